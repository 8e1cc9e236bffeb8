"""Fresh without asking: refresh on start and every N minutes (config), typing never blocked,
and articles another process adds appear in the open reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from feedserver import FeedServer, Route, rss
from tui_support import fill_library, make_home, open_library, reader, settle, wait_for

import tui.reader
from briefs import Article, Library, load_config, resolve_home
from briefs.config import EXAMPLE_FILE, parse_config
from tui.app import NewsbriefApp

WIDE = (160, 48)


def _items(server: FeedServer, n: int) -> list[dict[str, str]]:
    return [{"title": f"Fresh story {i}", "link": server.url(f"/s/{i}"), "guid": f"s-{i}",
             "pubDate": f"Mon, {10 + i:02d} Jun 2024 09:00:00 GMT",
             "content": f"<p>Fresh story {i} happened on Monday, officials said.</p>"} for i in range(n)]


def test_the_refresh_keys_default_to_off_and_are_documented(tmp_path: Path):
    home = resolve_home(tmp_path)
    config = load_config(home)
    assert config.refresh_on_start is False and config.refresh_minutes == 0
    text = EXAMPLE_FILE.read_text(encoding="utf-8")
    assert "# refresh_on_start = true" in text and "# refresh_minutes = 30" in text
    uncommented = text.replace("# refresh_on_start", "refresh_on_start").replace("# refresh_minutes",
                                                                                 "refresh_minutes")
    config = parse_config(uncommented, path=EXAMPLE_FILE, home=home)
    assert config.refresh_on_start is True and config.refresh_minutes == 30
    from briefs import ConfigError

    with pytest.raises(ConfigError, match="refresh_on_start"):
        parse_config("refresh_on_start = 1\n", path=EXAMPLE_FILE, home=home)
    with pytest.raises(ConfigError, match="refresh_minutes"):
        parse_config("refresh_minutes = -5\n", path=EXAMPLE_FILE, home=home)


async def test_refresh_on_start_and_every_n_minutes_without_a_key(tmp_path, monkeypatch):
    home = make_home(tmp_path)
    home.config_file.parent.mkdir(parents=True, exist_ok=True)
    home.config_file.write_text("refresh_on_start = true\nrefresh_minutes = 1\n", encoding="utf-8")
    monkeypatch.setattr(tui.reader, "MINUTE", 0.5)
    with FeedServer() as server:
        server.routes["/feed.xml"] = Route(body=rss("Fresh News", _items(server, 2)))
        with Library.open(home.library_file) as library:
            library.add_source("feed", server.url("/feed.xml"), title="Fresh News")
        app = NewsbriefApp(home)
        async with app.run_test(size=WIDE) as pilot:
            screen = reader(app)
            await wait_for(pilot, lambda: screen.table.row_count == 2)
            await pilot.press("slash", *"fresh")  # typing while refreshes come and go
            assert screen.query_one("#search").value == "fresh"
            server.routes["/feed.xml"] = Route(body=rss("Fresh News", _items(server, 3)))
            await wait_for(pilot, lambda: screen.library.counts()["all"] == 3)
            await wait_for(pilot, lambda: screen.table.row_count == 3)
            assert len(server.hits("/feed.xml")) >= 2
            # The timer stopped before settling: on a loaded machine one refresh (a child process)
            # can take longer than the half second between them, and the app is never quiet.
            for timer in list(screen._timers):
                if timer.name == "refresh-every":
                    timer.stop()
            await settle(pilot)


def _add_on_another_connection(home, title: str) -> None:
    """One article in a source of its own, committed on a connection other than the reader's."""
    with open_library(home) as other:
        source = other.add_source("folder", f"/nowhere/{title}", title=title)
        other.add_articles([Article(text="The ferry timetable changes on Monday.", title=f"{title}: ferry news",
                                    source=f"{title}.txt", published="2024-05-01T09:00:00+00:00")], source_id=source)


async def test_articles_added_by_another_process_appear_without_a_key(tmp_path):
    home = make_home(tmp_path)
    fill_library(home)
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        before = screen.table.row_count
        current = screen.table.current_id
        _add_on_another_connection(home, "From the CLI")  # as `newsbrief add` in another terminal would
        await wait_for(pilot, lambda: screen.table.row_count == before + 1)
        assert screen.table.current_id == current, "the cursor stays on the article being read"
        assert any(s.title == "From the CLI" for s in screen.source_list)
        assert "arrived" in str(screen.query_one("#status").render())


async def test_what_the_readers_own_worker_wrote_is_not_said_to_come_from_outside(tmp_path, monkeypatch):
    # The index and refresh workers write on connections of their own, which the library's version
    # counts like another process. A look at the version that lands after such a worker ended but
    # before its message was handled said "2 new articles arrived (added from outside the reader)"
    # over the reader's own "Added ..." line (seen once under load after adding two sources).
    monkeypatch.setattr(tui.reader, "WATCH_SECONDS", 3600.0)  # the looks are taken by the test
    home = make_home(tmp_path)
    fill_library(home)
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        screen.set_status("Added harbour: 2 new articles")
        said: list[str] = []
        set_status = screen.set_status
        monkeypatch.setattr(screen, "set_status", lambda text: (said.append(str(text)), set_status(text)))

        def look() -> None:
            screen._watch_library()

        # As the reader's own worker does: it commits on a connection of its own, marks it, and
        # ends; the watch's look comes before the worker's message is handled.
        _add_on_another_connection(home, "Own")
        screen._own_wrote = True
        look()
        await wait_for(pilot, lambda: not screen._watching and not screen._own_wrote, what="the look answered")
        await settle(pilot)
        assert not any("arrived" in s for s in said), said
        # Another process's article after that is still said to have arrived.
        _add_on_another_connection(home, "From the CLI")
        look()
        await wait_for(pilot, lambda: any("arrived" in s for s in said), what="the outside article said")
