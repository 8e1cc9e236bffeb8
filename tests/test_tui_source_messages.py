"""What the reader says about sources: `r` on one that fails names it and why; `n` going on to
the next source takes the sidebar's cursor along; a story line found twice in one feed never
says "also in" that same feed as if it were another."""

from __future__ import annotations

from feedserver import FeedServer, Route, rss
from tui_support import make_home, point_at, reader, screen_lines, settle, status_line, wait_for

from briefs import Article, Library
from tui.app import NewsbriefApp

WIDE = (160, 48)


async def _refresh_failing(pilot, name: str, key: str) -> str:
    """Point the sidebar at `name`, press `key` (r or R), and return the status line once it says the failure."""
    await point_at(pilot, name)
    await pilot.press(key)
    await wait_for(pilot, lambda: "failed" in status_line(pilot.app), what="the refresh's end")
    await settle(pilot)
    return status_line(pilot.app)


async def test_r_on_a_failing_source_says_it_failed_and_why_in_one_line_naming_it(tmp_path):
    home = make_home(tmp_path)
    with FeedServer() as server:
        server.routes["/good.xml"] = Route(body=rss("Good news", [
            {"title": "Fine", "link": server.url("/1"), "content": "<p>All is fine, officials said.</p>"}]))
        server.routes["/broken.xml"] = Route(body=b"gone", status=500, content_type="text/plain")
        with Library.open(home.library_file) as library:
            library.add_source("feed", server.url("/good.xml"), title="Good news")
            library.add_source("feed", server.url("/broken.xml"), title="Broken [b]feed[/b]\x1b[31m")
        app = NewsbriefApp(home)
        async with app.run_test(size=WIDE) as pilot:
            await settle(pilot)
            said = await _refresh_failing(pilot, "Broken", "r")
            assert said.startswith("Refreshing Broken [b]feed[/b] failed: "), said
            assert "HTTP 500" in said and said.endswith("(!: the problems)"), said
            assert "Refreshed" not in said and "source(s)" not in said and "\x1b" not in said
            assert "\n" not in said
            assert any(n.message == said for n in app._notifications), [n.message for n in app._notifications]
            assert server.hits("/good.xml") == []  # r refreshed the one source


async def test_a_failing_sources_address_is_said_once_in_r_the_problems_list_and_the_sidebar(tmp_path):
    """A source with no title of its own is called by its address: the reason after it does not
    say the address again ("http://…/gone.xml: http://…/gone.xml: HTTP 404")."""
    home = make_home(tmp_path)
    with FeedServer() as server:
        gone = server.url("/gone.xml")
        server.routes["/gone.xml"] = Route(body=b"gone", status=404, content_type="text/plain")
        with Library.open(home.library_file) as library:
            library.add_source("feed", gone)
            library.add_source("feed", server.url("/gone2.xml"), title="Feed 2")
        app = NewsbriefApp(home)
        async with app.run_test(size=WIDE) as pilot:
            await settle(pilot)
            said = await _refresh_failing(pilot, "http://127.0.0.1", "r")
            assert said == f"Refreshing {gone} failed: HTTP 404 Not Found (!: the problems)", said
            await pilot.press("!")
            await pilot.pause()
            shown = str(app.screen.query_one("#errors-dialog Static").visual)  # the problems list
            assert shown.count(gone) == 1 and f"{gone}\n  HTTP 404 Not Found" in shown, shown
            await pilot.press("escape")
            await _refresh_failing(pilot, "Feed 2", "R")  # a titled one, failed by R: its name, then why
            assert ("Feed 2", "HTTP 404 Not Found") in reader(app).refresh_errors
            await point_at(pilot, "http://127.0.0.1")  # pointed at: why, then its address
            await pilot.pause()
            assert status_line(app) == f"Last refresh failed: HTTP 404 Not Found · {gone}", status_line(app)
            assert any("│ ! Feed 2 " in line for line in screen_lines(app)), screen_lines(app)  # marked


async def test_at_80_columns_a_failing_sources_reason_shows_before_its_long_address(tmp_path):
    """The status line is cut from the right: the reason comes first, so a long address is what
    gets cut, not why the refresh failed."""
    home = make_home(tmp_path)
    address = "https://news.a-rather-long-host-name.example/sections/the-harbour-desk/latest/feed.xml"
    with Library.open(home.library_file) as library:
        bad = library.add_source("feed", address, title="Gone feed")
        library.update_source(bad, error="HTTP 404 Not Found")
    app = NewsbriefApp(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await point_at(pilot, "Gone feed")
        await pilot.pause()
        assert address in status_line(app)  # the whole address is said; the screen cuts it
        shown = [line for line in screen_lines(app) if "Last refresh failed" in line]
        assert shown and "HTTP 404 Not Found" in shown[0], screen_lines(app)


async def test_n_on_to_the_next_source_takes_the_sidebar_cursor_along(tmp_path):
    home = make_home(tmp_path)
    with Library.open(home.library_file) as library:
        ids = []
        for n in (1, 2):
            source_id = library.add_source("feed", f"https://feed{n}.example/rss.xml", title=f"Feed {n}")
            ids.append(source_id)
            library.add_articles([
                Article(text=f"Story {n}-{i}: the harbour council met on day {n}{i}, officials said. " * 3,
                        title=f"Feed {n} story {i}", source=f"https://feed{n}.example/{i}",
                        published=f"2024-05-1{i}T09:00:00+00:00")
                for i in range(2)], source_id=source_id)
        library.mark_read([r.id for r in library.articles(view="all", source_id=ids[0])])
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        await point_at(pilot, "Feed 1")
        await pilot.press("enter")  # Feed 1's list: nothing unread in it
        await settle(pilot)
        assert screen.source_id == ids[0]
        await point_at(pilot, "Feed 1")  # back in the sidebar: the status line names Feed 1's address
        assert "feed1.example" in status_line(app)
        await pilot.press("n")
        await wait_for(pilot, lambda: screen.source_id == ids[1], what="Feed 2's list")
        await settle(pilot)
        assert screen.sidebar.highlighted_id == f"source:{ids[1]}"  # not left on Feed 1
        said = status_line(app)
        assert "on to Feed 2" in said and "feed1.example" not in said, said
        # The sidebar's cursor is where the list is: `r` there would refresh Feed 2, not Feed 1.
        assert screen.source_under_cursor().id == ids[1]


def test_a_line_found_twice_in_one_feed_never_names_that_feed_as_another():
    from briefs.stories.clusters import Story
    from briefs.stories.merge import Source, StoryBrief, StoryLine
    from tui.overview import story_lines

    sources = (Source("a1", (0, 5), "Feed 1", title="Talks open"), Source("a2", (0, 5), "Feed 1", title=None),
               Source("a3", (0, 5), "Feed 1", title="Talks end"), Source("a4", (0, 5), "Feed 2", title="Talks"))
    sb = StoryBrief(Story("s-a1", "Talks open", "", "", ()), StoryLine("Talks were held.", sources), None, (), (), ())
    shown = [line.text.plain for line in story_lines(sb)]
    also = [line for line in shown if "↳" in line]
    assert also == ["  ↳ also in another Feed 1 article", "  ↳ also in another Feed 1 article: Talks end",
                    "  ↳ also in Feed 2"], shown
