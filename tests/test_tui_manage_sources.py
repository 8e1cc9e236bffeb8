"""Sources in the reader: r on the sidebar's source, remove (asked first), rename, a failing
source marked with its last error, natural order ("Feed 2" before "Feed 10")."""

from __future__ import annotations

from feedserver import FeedServer, Route, rss
from textual.widgets import Input
from tui_support import (
    fill_library,
    make_home,
    notices,
    open_library,
    point_at,
    reader,
    screen_lines,
    settle,
    status_line,
    wait_for,
    written,
)

from briefs import Article, Library
from tui.app import NewsbriefApp
from tui.screens import ConfirmScreen, PromptScreen

WIDE = (160, 48)


def sidebar_lines(app: NewsbriefApp) -> list[str]:
    screen = reader(app)
    return [str(screen.sidebar.get_option_at_index(i).prompt) for i in range(screen.sidebar.option_count)]


def _items(server: FeedServer, prefix: str, n: int) -> list[dict[str, str]]:
    return [{"title": f"{prefix} story {i}", "link": server.url(f"/{prefix}/{i}"), "guid": f"{prefix}-{i}",
             "pubDate": f"Mon, {10 + i:02d} Jun 2024 09:00:00 GMT",
             "content": f"<p>{prefix} story {i} happened on Monday, officials said.</p>"}
            for i in range(n)]


async def test_sources_sort_naturally_and_r_refreshes_the_one_under_the_sidebar_cursor(tmp_path):
    home = make_home(tmp_path)
    with FeedServer() as server:
        for n in (10, 2):
            server.routes[f"/f{n}.xml"] = Route(body=rss(f"Feed {n}", _items(server, f"f{n}", 2)))
        with Library.open(home.library_file) as library:
            for n in (10, 2):
                library.add_source("feed", server.url(f"/f{n}.xml"), title=f"Feed {n}")
        app = NewsbriefApp(home)
        async with app.run_test(size=WIDE) as pilot:
            await settle(pilot)
            lines = sidebar_lines(app)
            assert [n for n, line in enumerate(lines) if "Feed 2" in line] < \
                   [n for n, line in enumerate(lines) if "Feed 10" in line]
            await point_at(pilot, "Feed 10")
            await pilot.press("r")  # no enter first
            await settle(pilot)
            assert len(server.hits("/f10.xml")) == 1
            assert server.hits("/f2.xml") == []
            screen = reader(app)
            assert screen.view == "inbox"
            feed10 = next(s.id for s in screen.source_list if s.title == "Feed 10")
            assert screen.sidebar.source_under_cursor == feed10, "the sidebar's cursor stays put"
            assert "Refreshed Feed 10: 2 new articles" in status_line(app)  # r names its source
            await pilot.press("R")
            await settle(pilot)
            assert status_line(app).startswith("Refreshed: ")  # R: every source, none named


async def test_X_asks_then_removes_the_source_under_the_cursor(tmp_path):
    home = make_home(tmp_path)
    fill_library(home)
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        await point_at(pilot, "Test desk")
        await pilot.press("X")
        assert isinstance(app.screen, ConfirmScreen)
        assert any("Remove the source Test desk?" in line for line in screen_lines(app))
        await pilot.press("n")
        assert app.screen is screen
        with open_library(home) as library:
            assert len(library.sources()) == 1
        await pilot.press("X", "y")
        await settle(pilot, rounds=1)
        with open_library(home) as library:
            assert library.sources() == []
        assert not any("Test desk" in line for line in sidebar_lines(app))
        assert screen.table.row_count == 0
        assert "Removed the source" in status_line(app)


async def test_q_from_a_source_removed_elsewhere_says_back_to_the_whole_inbox(tmp_path):
    """The source shown removed by another process (`newsbrief library remove`): q said "Back to
    the whole Inbox from ." (its name is gone from the sidebar's sources)."""
    home = make_home(tmp_path)
    fill_library(home)
    with open_library(home) as library:
        other = library.add_source("folder", "/nowhere/other", title="Other desk")
        library.add_articles([Article(text="Talks were held on Monday, officials said. " * 5, title="Other",
                                      source="o/1.txt")], other)
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        await point_at(pilot, "Other desk")
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.source_id == other, what="Other desk's list")
        with open_library(home) as library:
            library.remove_source(other)
        screen.recount()
        await wait_for(pilot, lambda: all(s.id != other for s in screen.source_list), what="the sources read again")
        assert screen.place_name() == "Inbox"
        await pilot.press("q")
        await wait_for(pilot, lambda: status_line(app).startswith("Back to"), what="q's word")
        assert status_line(app) == "Back to the whole Inbox (q again quits).", status_line(app)
        assert screen.source_id is None


async def test_e_renames_the_source_under_the_cursor(tmp_path):
    home = make_home(tmp_path)
    fill_library(home)
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await point_at(pilot, "Test desk")
        await pilot.press("e")
        assert isinstance(app.screen, PromptScreen)
        box = app.screen.query_one(Input)
        assert box.value == "Test desk"
        box.value = ""
        await pilot.press(*"Harbour [b]desk[/b]", "enter")
        await settle(pilot, rounds=1)
        assert any("Harbour [b]desk[/b]" in line for line in sidebar_lines(app))
        with open_library(home) as library:
            assert [s.title for s in library.sources()] == ["Harbour [b]desk[/b]"]
        assert reader(app).table.current_row.source_title == "Harbour [b]desk[/b]"


async def test_a_failing_source_is_marked_and_says_why_when_pointed_at(tmp_path):
    home = make_home(tmp_path)
    fill_library(home)
    with open_library(home) as library:
        bad = library.add_source("feed", "https://gone.example/feed.xml", title="Gone feed")
        library.update_source(bad, error="the server answered 404 Not Found")
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert any(line.startswith("! Gone feed") for line in sidebar_lines(app))
        assert not any(line.startswith("! Test desk") for line in sidebar_lines(app))
        await point_at(pilot, "Gone feed")
        await pilot.pause()
        status = str(reader(app).query_one("#status").render())
        assert "Last refresh failed" in status and "404 Not Found" in status


async def test_in_the_sidebar_j_k_g_G_move_its_highlight_and_X_means_only_its_source(tmp_path):
    """On a narrow screen the sidebar covers the list: j/k moved the hidden article list, and X
    on a view's line asked to remove the source of an article the user could not see."""
    home = make_home(tmp_path)
    fill_library(home)
    with Library.open(home.library_file) as library:
        other = library.add_source("folder", "/nowhere/other", title="Other desk")
        library.add_articles([Article(text="Talks were held on Monday, officials said. " * 5, title="Other",
                                      source="o/1.txt")], other)
    app = NewsbriefApp(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reader(app)
        await pilot.press("backslash")
        await settle(pilot)
        assert screen.sidebar.has_focus and screen.sidebar.highlighted_id == "view:inbox"
        row = screen.table.cursor_row
        await pilot.press("j", "j")
        assert screen.sidebar.highlighted_id == "view:saved" and screen.table.cursor_row == row
        await pilot.press("X")  # a view is highlighted: no source is meant
        await pilot.pause()
        assert app.screen is screen
        assert any("No source selected" in str(n.message) for n in notices(app))
        await pilot.press("G")
        assert screen.sidebar.source_under_cursor is not None and screen.table.cursor_row == row
        await pilot.press("k", "X")
        assert isinstance(app.screen, ConfirmScreen)
        question = " ".join(screen_lines(app))
        await pilot.press("n")
        shown = str(screen.sidebar.highlighted_option.prompt)
        name = "Other desk" if "Other desk" in shown else "Test desk"
        assert f"Remove the source {name}?" in question  # the one highlighted, nothing else
        await pilot.press("g")
        assert screen.sidebar.highlighted_id == "view:inbox"


async def test_on_a_narrow_screen_f_d_m_do_nothing_to_the_article_hidden_behind_the_sidebar(tmp_path):
    """Below 100 columns the sidebar opens over the list: f, d and m acted on an article the user
    could not see. They are off until the sidebar closes, and leave the footer meanwhile."""
    home = make_home(tmp_path)
    fill_library(home)
    app = NewsbriefApp(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reader(app)
        first, rows = screen.table.current_id, screen.table.row_count
        await pilot.press("backslash")
        await settle(pilot)
        assert screen.sidebar.has_focus
        assert not any(" Flag " in line or " Done " in line for line in screen_lines(app)[-2:])
        await pilot.press("f", "d", "m")
        await settle(pilot)
        with open_library(home) as library:
            assert library.row(first).state == "unread"
        assert screen.table.row_count == rows and screen.table.current_id == first
        await pilot.press("backslash", "f")  # the sidebar closed, the list back in sight: f flags
        await settle(pilot)
        with open_library(home) as library:
            assert library.row(first).state == "flagged"
        assert any(" Flag " in line for line in screen_lines(app)[-2:])


async def test_A_on_a_source_in_the_sidebar_marks_that_source_read_and_u_undoes_it(tmp_path):
    """As newsboat's A on the feed under its cursor: with the sidebar focused on a source, A marks
    that source's unread articles read (as r, e and X act on it), not the list's whole view."""
    home = make_home(tmp_path)
    desk_ids = fill_library(home)
    with Library.open(home.library_file) as library:
        other = library.add_source("folder", "/nowhere/other", title="Other desk")
        other_ids = library.add_articles(
            [Article(text=f"Officials met on Monday about item {n}, the ministry said.", title=f"Other {n}",
                     source=f"other/{n}.txt", published=f"2024-04-{10 + n:02d}T09:00:00+00:00")
             for n in range(3)], source_id=other)
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert screen.source_id is None  # the list shows the whole inbox
        await point_at(pilot, "Other desk")
        await pilot.press("A")
        await wait_for(pilot, lambda: "Marked 3 articles read in Other desk" in status_line(app),
                       what="A's confirmation naming the source")
        with open_library(home) as library:
            assert {library.row(i).state for i in other_ids} == {"read"}
            assert {library.row(i).state for i in desk_ids} == {"unread"}, "the other source is left alone"
        await wait_for(pilot, lambda: "Other desk" in " ".join(sidebar_lines(app)) and not any(
            "Other desk" in line and line.rstrip()[-1].isdigit() for line in sidebar_lines(app)),
            what="the source's unread count gone from the sidebar")
        await pilot.press("u")
        await wait_for(pilot, lambda: "Undone" in status_line(app), what="the undo")
        with open_library(home) as library:
            assert {library.row(i).state for i in other_ids} == {"unread"}


async def test_n_at_the_end_of_a_source_goes_on_to_the_next_source_with_unread(tmp_path):
    """newsboat's n: nothing unread left in this feed, so on to the next one with unread articles
    (in the sidebar's order), its first unread opened, the status line saying where it went."""
    home = make_home(tmp_path)
    desk_ids = fill_library(home)
    with Library.open(home.library_file) as library:
        for name in ("Alpha desk", "Beta desk"):  # sorted before "Test desk"; Beta is all read
            other = library.add_source("folder", f"/nowhere/{name}", title=name)
            ids = library.add_articles(
                [Article(text=f"Officials of {name} met on Monday about item {n}, the ministry said.",
                         title=f"{name} {n}", source=f"{name}/{n}.txt",
                         published=f"2024-04-{10 + n:02d}T09:00:00+00:00") for n in range(2)],
                source_id=other)
            if name == "Beta desk":
                library.mark_read(ids)
        alpha = library.find_source("Alpha desk")
    app = NewsbriefApp(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reader(app)
        screen.choose("inbox", alpha.id)
        await settle(pilot, rounds=1)
        await pilot.press("n", "n")
        assert screen.source_id == alpha.id and screen.table.cursor_row == 1
        await pilot.press("n")  # Alpha is read, Beta has nothing unread: on to Test desk
        assert screen.source_id != alpha.id
        assert screen.place_name() == "Inbox · Test desk"
        assert screen.reading.article_id == desk_ids[0] and screen.table.cursor_row == 0
        assert "Nothing unread left in Inbox · Alpha desk: on to Test desk." in status_line(app)
        for _ in range(len(desk_ids) - 1):
            await pilot.press("n")
        await pilot.press("n")  # every source read now: n says so and stays
        assert screen.place_name() == "Inbox · Test desk"
        assert "No more unread articles below." in status_line(app)
        await written(pilot)
        with open_library(home) as library:
            assert library.counts()["unread"] == 0
