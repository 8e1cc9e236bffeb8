"""Adding and refreshing sources from the reader, and strangers' text shown as text, never markup."""

from __future__ import annotations

from feedserver import FeedServer, Route, rss
from textual.widgets import Input
from tui_support import (
    make_home,
    notices,
    open_library,
    palette_highlights,
    reader,
    screen_lines,
    settle,
    status_line,
)

from briefs import Article, Library
from tui.app import NewsbriefApp
from tui.reader import ReaderScreen
from tui.screens import AddSourceScreen

WIDE = (200, 50)


def screen_segments(app: NewsbriefApp) -> list:
    return [seg for strip in app.screen._compositor.render_strips() for seg in strip]


async def test_a_adds_a_local_file(home, tmp_path):
    article = tmp_path / "harbour-report.txt"
    article.write_text(
        "Harbour report finds the old pier unsafe\n\n"
        "The harbour authority said on Monday that the old pier was unsafe.\n\n"
        "\"We will close it next week,\" the harbour master, Lena Berg, said.\n",
        encoding="utf-8",
    )
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        before = screen.table.row_count
        await pilot.press("a")
        assert isinstance(app.screen, AddSourceScreen)
        await pilot.press(*"/no/such/file.txt", "enter")
        error = str(app.screen.query_one("#add-error").render())
        assert "No such file or folder" in error
        assert isinstance(app.screen, AddSourceScreen)  # still asking
        app.screen.query_one(Input).value = str(article)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert screen.table.row_count == before + 1
        assert [s.title for s in screen.source_list if s.kind == "files"] == ["Local files"]
        assert "Added" in str(screen.query_one("#status").render())
    with open_library(home) as library:
        assert any("pier" in r.title.lower() for r in library.articles())


async def test_add_refuses_a_non_http_url_with_a_clear_error(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        app.screen.query_one(Input).value = "ftp://example.com/feed"
        await pilot.press("enter")
        assert "Only http:// and https://" in str(app.screen.query_one("#add-error").render())
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


def _items(server: FeedServer, n: int, start: int = 0) -> list[dict[str, str]]:
    return [
        {
            "title": f"Loopback story {i}",
            "link": server.url(f"/story/{i}"),
            "guid": f"story-{i}",
            "pubDate": f"Mon, {10 + i:02d} Jun 2024 09:00:00 GMT",
            "content": f"<p>Loopback story {i} happened on Monday, officials said.</p>"
                       f"<p>\"It went well,\" said organiser Jane Doe. More is expected next week.</p>",
        }
        for i in range(start, start + n)
    ]


async def test_r_refreshes_the_selected_source_from_a_loopback_feed(tmp_path):
    home = make_home(tmp_path)
    with FeedServer() as server:
        server.routes["/feed.xml"] = Route(body=rss("Loopback News", _items(server, 2)))
        with Library.open(home.library_file) as library:
            library.add_source("feed", server.url("/feed.xml"), title="Loopback News")
        progress: list[ReaderScreen.RefreshProgress] = []

        def hook(message):
            if isinstance(message, ReaderScreen.RefreshProgress):
                progress.append(message)

        app = NewsbriefApp(home)
        async with app.run_test(size=WIDE, message_hook=hook) as pilot:
            await settle(pilot)
            screen = reader(app)
            assert screen.table.row_count == 0
            await pilot.press("R")
            await settle(pilot)
            assert screen.table.row_count == 2
            assert progress and progress[-1].done == progress[-1].total == 1
            assert "2 new" in str(screen.query_one("#status").render())
            server.routes["/feed.xml"] = Route(body=rss("Loopback News", _items(server, 3)))
            await pilot.press("r")  # the selected article's source
            await settle(pilot)
            assert screen.table.row_count == 3
            assert len(server.hits("/feed.xml")) == 2


async def test_refresh_errors_are_listed(tmp_path):
    home = make_home(tmp_path)
    with FeedServer() as server:
        server.routes["/broken.xml"] = Route(body=b"gone", status=500, content_type="text/plain")
        with Library.open(home.library_file) as library:
            library.add_source("feed", server.url("/broken.xml"), title="Broken [b]feed[/b]")
        app = NewsbriefApp(home)
        async with app.run_test(size=WIDE) as pilot:
            await settle(pilot)
            screen = reader(app)
            await pilot.press("R")
            await settle(pilot)
            assert [source for source, _ in screen.refresh_errors] == ["Broken [b]feed[/b]"]
            assert any(n.message == "1 source failed: ! lists them" for n in notices(app))
            await pilot.press("!")
            await pilot.pause()
            text = "\n".join(screen_lines(app))
            assert "Broken [b]feed[/b]" in text and "500" in text and "In the last refresh" in text
        # Opened again, before any refresh: the problems are the sources' last ones, said as such
        # (not "None: every source refreshed").
        again = NewsbriefApp(home)
        async with again.run_test(size=WIDE) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+p", *"refresh problems")
            await palette_highlights(pilot, "Show refresh problems")
            await pilot.press("enter")
            await pilot.pause()
            text = "\n".join(screen_lines(again))
            assert "No refresh since the reader opened" in text, text
            assert "Broken [b]feed[/b]" in text and "500" in text and "every source refreshed" not in text


HOSTILE = [
    "[@click=app.quit]Click me[/]",
    "[link=http://x]x[/link] and [b]bold[/b]",
    "\x1b[31mred\x1b[0m \x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\ title",
]


async def test_hostile_titles_show_literally_and_trigger_nothing(tmp_path):
    home = make_home(tmp_path)
    with Library.open(home.library_file) as library:
        source = library.add_source("feed", "https://evil.example/feed", title="[@click=app.quit]Evil[/]")
        library.add_articles(
            [Article(text=f"Body {n} [@click=app.quit] [b]x[/b] said Bob.", title=title,
                     source=f"evil/{n}", url=f"https://evil.example/{n}/[@click=app.quit]")
             for n, title in enumerate(HOSTILE)],
            source_id=source,
        )
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert reader(app).table.row_count == len(HOSTILE)
        text = "\n".join(screen_lines(app))
        assert "[@click=app.quit]Click me[/]" in text
        assert "[link=http://x]x[/link] and [b]bold[/b]" in text
        assert "red" in text and "\x1b" not in text
        assert "[@click=app.quit]Evil[/]" in text  # the source name, in sidebar and list
        for segment in screen_segments(app):
            style = segment.style
            assert "\x1b" not in segment.text
            if style is not None:
                assert not style.link
                assert "@click" not in (style.meta or {})
        for _ in HOSTILE:
            await pilot.press("enter")  # open each: the title in the reading pane, the body
            await pilot.press("2", "1", "escape", "j")
            await settle(pilot, rounds=1)
        await pilot.press("u")  # the undo's status line quotes the title, literally
        await settle(pilot, rounds=1)
        assert app.is_running
        said = status_line(app)
        assert "Undone" in said and any(word in said for word in ("[@click=app.quit]", "[link=", "red"))
        await pilot.press("ctrl+p")
        await pilot.press(*"evil")
        await palette_highlights(pilot, "evil")
        palette = "\n".join(screen_lines(app))
        assert "Go to source: [@click=app.quit]Evil[/]" in palette
        await pilot.press("escape")
        assert app.is_running
