"""Triage that never surprises: d keeps a flagged article, archived rows leave the Inbox at once,
u says what it undid, A marks a whole view or source read (and u brings it back)."""

from __future__ import annotations

from tui_support import fill_library, make_home, open_library, reader, settle, written

from tui.app import NewsbriefApp
from tui.reader import ReaderScreen

WIDE = (160, 48)


def toasts(app: NewsbriefApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def title_text(screen: ReaderScreen) -> str:
    title = screen.query_one("#list-pane").border_title
    return getattr(title, "plain", str(title))


async def test_d_on_a_flagged_article_keeps_the_flag_and_says_so(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        first = screen.table.current_id
        await pilot.press("f", "d")
        await written(pilot)
        with open_library(home) as library:
            assert library.row(first).state == "flagged"
        assert any("flagged" in t and "Kept" in t for t in toasts(app))
        assert screen.table.cursor_row == 1


async def test_an_archived_row_leaves_the_inbox_and_the_counts_agree(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        table = screen.table
        total = table.row_count
        first, second = table.current_id, table.id_at(1)
        await pilot.press("d")
        await settle(pilot, rounds=1)
        assert first not in table.rows_by_id and table.row_count == total - 1
        assert table.current_id == second
        assert screen.reading.article_id == second
        assert f"{total - 1} articles" in title_text(screen)
        with open_library(home) as library:
            assert screen.counts == library.counts()
            assert screen.counts["inbox"] == table.row_count
        await pilot.press("u")
        await settle(pilot, rounds=1)
        assert table.row_count == total and first in table.rows_by_id
        assert any("Undone" in t and "archived" in t for t in toasts(app))


async def test_A_marks_the_view_read_and_u_undoes_it_all(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        total = screen.table.row_count
        await pilot.press("A")
        await settle(pilot, rounds=1)
        with open_library(home) as library:
            assert library.counts()["unread"] == 0
        assert screen.counts["unread"] == 0
        assert all(r.state == "read" for r in screen.table.rows_by_id.values())
        assert any(f"Marked {total} articles read in Inbox" in t for t in toasts(app))
        await pilot.press("u")
        await settle(pilot, rounds=1)
        with open_library(home) as library:
            assert library.counts()["unread"] == total
        assert screen.counts["unread"] == total
        assert any(f"marking {total} articles read" in t for t in toasts(app))


async def test_A_in_a_source_marks_only_that_source(tmp_path):
    home = make_home(tmp_path)
    fill_library(home)
    from briefs import Article

    with open_library(home) as library:
        other = library.add_source("folder", "/nowhere/other", title="Other desk")
        library.add_articles([Article(text="A quiet day at the harbour.", title="Harbour", source="o.txt")],
                             source_id=other)
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        desk = next(s.id for s in screen.source_list if s.title == "Test desk")
        screen.choose("inbox", desk)
        await settle(pilot, rounds=1)
        await pilot.press("A")
        await settle(pilot, rounds=1)
        with open_library(home) as library:
            assert library.counts()["unread"] == 1
        assert any("Inbox · Test desk" in t for t in toasts(app))
