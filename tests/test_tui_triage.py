"""Triage that never surprises: d keeps a flagged article, archived rows leave the Inbox at once,
u says what it undid, A marks a whole view or source read (and u brings it back)."""

from __future__ import annotations

import threading

import pytest
from tui_support import (
    fill_library,
    make_home,
    notices,
    open_library,
    reader,
    running_reader,
    screen_lines,
    settle,
    status_line,
    wait_for,
    written,
)

from tui.app import NewsbriefApp
from tui.reader import ReaderScreen


def toasts(app: NewsbriefApp) -> list[str]:
    return [str(n.message) for n in notices(app)]


def said(app: NewsbriefApp) -> str:
    """What the last triage key said: on the status line, with no toast over the panes."""
    assert not toasts(app), toasts(app)
    return status_line(app)


def title_text(screen: ReaderScreen) -> str:
    title = screen.query_one("#list-pane").border_title
    return getattr(title, "plain", str(title))


async def test_d_on_a_flagged_article_keeps_the_flag_and_says_so(home):
    async with running_reader(home) as (app, pilot, screen):
        first = screen.table.current_id
        await pilot.press("f", "d")
        await written(pilot)
        with open_library(home) as library:
            assert library.row(first).state == "flagged"
        assert "flagged" in said(app) and "Kept" in said(app)
        assert screen.table.cursor_row == 1


async def test_an_archived_row_leaves_the_inbox_and_the_counts_agree(home):
    async with running_reader(home) as (app, pilot, screen):
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
        assert "Undone" in said(app) and "archived" in said(app)


async def test_A_marks_the_view_read_and_u_undoes_it_all(home):
    async with running_reader(home) as (app, pilot, screen):
        total = screen.table.row_count
        await pilot.press("A")
        await settle(pilot, rounds=1)
        with open_library(home) as library:
            assert library.counts()["unread"] == 0
        assert screen.counts["unread"] == 0
        assert all(r.state == "read" for r in screen.table.rows_by_id.values())
        assert f"Marked {total} articles read in Inbox" in said(app)
        await pilot.press("u")
        await settle(pilot, rounds=1)
        with open_library(home) as library:
            assert library.counts()["unread"] == total
        assert screen.counts["unread"] == total
        assert f"marking {total} articles read" in said(app)


async def test_A_in_a_source_marks_only_that_source(tmp_path):
    home = make_home(tmp_path)
    fill_library(home)
    from briefs import Article

    with open_library(home) as library:
        other = library.add_source("folder", "/nowhere/other", title="Other desk")
        library.add_articles([Article(text="A quiet day at the harbour.", title="Harbour", source="o.txt")],
                             source_id=other)
    async with running_reader(home) as (app, pilot, screen):
        desk = next(s.id for s in screen.source_list if s.title == "Test desk")
        screen.choose("inbox", desk)
        await settle(pilot, rounds=1)
        await pilot.press("A")
        await settle(pilot, rounds=1)
        with open_library(home) as library:
            assert library.counts()["unread"] == 1
        assert "Inbox · Test desk" in said(app)


async def test_triage_at_80_columns_says_each_decision_on_the_status_line_and_covers_nothing(home, tmp_path):
    """f, m, d, u and s on a narrow screen: one line each on the status line, naming the article;
    no toast piles up over the list or the reading pane."""
    async with running_reader(home, size=(80, 24)) as (app, pilot, screen):
        title = screen.table.current_row.title
        await pilot.press("f")
        await written(pilot)
        assert said(app).startswith("Flagged") and title[:20] in said(app)
        await pilot.press("m")  # m on a flagged article: unread
        await written(pilot)
        assert said(app).startswith("Marked unread") and title[:20] in said(app)
        await pilot.press("u")  # flagged again
        await settle(pilot, rounds=1)
        assert said(app).startswith("Undone: unread → flagged") and title[:20] in said(app)
        await pilot.press("d")
        await written(pilot)
        assert said(app).startswith("Kept, flagged") and title[:20] in said(app)
        await pilot.press("k", "f", "d")  # back, unflagged (read), archived
        await settle(pilot, rounds=1)
        assert said(app).startswith("Archived") and title[:20] in said(app)
        await pilot.press("s")
        await settle(pilot)
        assert said(app).startswith("Saved the brief ")
        shown = screen_lines(app)[-2]  # the status line, above the footer: cut, not wrapped away
        assert shown.strip().startswith("Saved the brief ") and shown.rstrip().endswith("…"), shown


async def test_the_list_title_says_how_many_are_unread_as_they_are_read(home):
    """At 80 columns the sidebar (with its unread counts) is hidden: the list's title says how
    many of its articles are unread, and follows as they are read, in the inbox and in a source."""
    app = NewsbriefApp(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reader(app)
        total = screen.table.row_count
        assert f"Inbox · {total} articles, {total} unread" in screen_lines(app)[0]
        await pilot.press("enter")
        await wait_for(pilot, lambda: f"{total} articles, {total - 1} unread" in title_text(screen),
                       what="the title's unread count following the read article")
        screen.choose("inbox", screen.source_list[0].id)
        await settle(pilot, rounds=1)
        assert f"{total} articles, {total - 1} unread" in title_text(screen)
        screen.choose("flagged", None)  # no unread count to give there
        await settle(pilot, rounds=1)
        assert "unread" not in title_text(screen)


@pytest.mark.parametrize("second_d", ["before u answers", "after u's list read is queued"])
async def test_an_article_archived_after_u_stays_out_of_the_inbox_however_late_u_answers(home, second_d):
    """u's answer can come after later keys (a refresh holds the writer). The list it shows
    again is read in the writer after those keys' decisions, and a list read a later key
    overtakes is read again: an article archived after the u stays out of the Inbox, as the
    library has it (a list read at once, or shown as read, brought it back as unread)."""
    async with running_reader(home) as (app, pilot, screen):
        table = screen.table
        first, second = table.current_id, table.id_at(1)
        held, held_after_undo = threading.Event(), threading.Event()
        try:
            screen.write(lambda library: held.wait(300))  # the writer is busy: d and u wait
            await pilot.press("d", "u")
            screen.write(lambda library: held_after_undo.wait(300))  # so does what u asks for
            if second_d == "before u answers":
                await pilot.press("d")
            held.set()  # the undo is written and answers
            await wait_for(pilot, lambda: "Undone" in status_line(app), what="the undo's answer")
            if second_d == "after u's list read is queued":
                await pilot.press("d")
            assert second not in table.rows_by_id
        finally:
            held.set()
            held_after_undo.set()
        await written(pilot)
        await settle(pilot)
        with open_library(home) as library:
            assert library.row(first).state == "unread" and library.row(second).state == "archived"
            shown = {row.id: row.state for row in table.rows_by_id.values()}
            assert first in shown and second not in shown, shown
            assert all(library.row(i).state == state for i, state in shown.items())
