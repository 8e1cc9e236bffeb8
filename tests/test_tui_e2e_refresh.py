"""Refresh and add in the reader as a person runs it: the installed `newsbrief` on a
pseudo-terminal, against loopback feeds and pages.

Pilot tests run the app inside pytest's process and never met what the console script meets:
Textual swaps sys.stderr for an object whose fileno() is -1, and the parsing processes are
started from inside the app.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.feedserver import FeedServer, Route, rss
from tests.pty_terminal import (
    NEWSBRIEF,
    Terminal,
    listed,
    pytestmark,  # noqa: F401  (skipped without the console script)
    wait_for,
)

FEEDS = 20
ITEMS = 10


def paragraphs(topic: str, count: int = 6) -> str:
    sentence = (f"The council met on Monday to discuss the {topic}, and officials said the plan "
                "would be put to a vote next month after a public consultation.")
    return "".join(f"<p>{sentence} Paragraph {n} adds detail about costs and timing.</p>"
                   for n in range(count))


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as srv:
        yield srv


@pytest.fixture
def reader(tmp_path: Path) -> Iterator[Callable[[], Terminal]]:
    opened: list[Terminal] = []

    def start() -> Terminal:
        terminal = Terminal(tmp_path / "home")
        opened.append(terminal)
        assert wait_for(lambda: "Inbox" in terminal.text()), "the reader did not start:\n" + terminal.text()[-2000:]
        return terminal

    yield start
    for terminal in opened:
        terminal.close()


def serve_feeds(server: FeedServer) -> list[str]:
    urls = []
    for f in range(FEEDS):
        items = [
            {"title": f"Bridge story {f}-{i}", "link": server.url(f"/a/{f}/{i}.html"),
             "guid": f"feed-{f}-item-{i}", "content": paragraphs(f"bridge {f}-{i}"),
             "pubDate": f"Mon, 0{1 + i % 9} Jan 2024 10:00:00 GMT"}
            for i in range(ITEMS)
        ]
        path = f"/feed/{f}.xml"
        server.routes[path] = Route(body=rss(f"Loopback feed {f}", items), etag=f'"feed-{f}"')
        urls.append(server.url(path))
    return urls


def write_opml(path: Path, urls: list[str]) -> Path:
    outlines = "".join(f'<outline type="rss" text="Loopback feed {n}" xmlUrl="{url}"/>'
                       for n, url in enumerate(urls))
    path.write_text(f'<?xml version="1.0"?><opml version="2.0"><head><title>feeds</title></head>'
                    f"<body>{outlines}</body></opml>", encoding="utf-8")
    return path


def test_R_in_the_reader_refreshes_every_imported_feed(server, reader, tmp_path):
    home = tmp_path / "home"
    opml = write_opml(tmp_path / "feeds.opml", serve_feeds(server))
    subprocess.run([str(NEWSBRIEF), "--home", str(home), "import-opml", str(opml)],
                   capture_output=True, timeout=60, check=True)
    assert listed(home) == []  # imported, not refreshed

    terminal = reader()
    start = terminal.mark()
    terminal.press("R")
    arrived: list[dict[str, object]] = []

    def all_arrived_or_failed() -> bool:
        if "failed" in terminal.text(start):
            return True
        arrived[:] = listed(home)
        return len(arrived) >= FEEDS * ITEMS

    wait_for(all_arrived_or_failed, every=0.5)
    assert wait_for(lambda: "Refreshed:" in terminal.text(start) or "failed" in terminal.text(start))
    screen = terminal.text(start)
    assert "failed" not in screen, screen[-3000:]
    assert len(arrived) == FEEDS * ITEMS
    assert {a["title"] for a in arrived} == {f"Bridge story {f}-{i}" for f in range(FEEDS) for i in range(ITEMS)}
    assert f"Refreshed: {FEEDS * ITEMS} new articles" in screen


def test_a_in_the_reader_adds_a_web_page(server, reader, tmp_path):
    home = tmp_path / "home"
    page = ("<!doctype html><html><head><title>Council approves the river bridge</title></head><body>"
            "<article><h1>Council approves the river bridge</h1>" + paragraphs("river bridge", 8)
            + "</article></body></html>").encode()
    server.routes["/news/bridge.html"] = Route(body=page, content_type="text/html; charset=utf-8")
    url = server.url("/news/bridge.html")

    terminal = reader()
    added = add_in_the_reader(terminal, url)
    assert added, terminal.text()[-3000:]
    found: list[dict[str, object]] = []
    assert wait_for(lambda: bool(found.extend(a for a in listed(home) if a["url"] == url) or found), every=0.5)
    assert [a["title"] for a in found] == ["Council approves the river bridge"]


def test_article_pages_that_fail_are_named_on_screen_when_a_feed_is_added(server, reader, tmp_path):
    # A summary-only feed: each entry has a one-line teaser, and its page answers 404.
    items = [{"title": f"Short story {i}", "link": server.url(f"/gone/{i}.html"), "guid": f"short-{i}",
              "description": f"Officials met on Monday about story {i}."} for i in range(3)]
    server.routes["/teasers.xml"] = Route(body=rss("Teaser feed", items))

    terminal = reader()
    start = terminal.mark()
    assert add_in_the_reader(terminal, server.url("/teasers.xml"))
    screen = terminal.text(start)
    assert "Added Teaser feed: 3 new articles" in screen, screen[-3000:]
    assert "not fetched" in screen, screen[-3000:]
    assert "/gone/0.html" in screen and "404" in screen, screen[-3000:]
    kept = [a["title"] for a in listed(tmp_path / "home") if a["feed"] == "Teaser feed"]
    assert sorted(kept) == [f"Short story {i}" for i in range(3)]  # the teasers are kept


def add_in_the_reader(terminal: Terminal, source: str) -> bool:
    """`a`, the source typed into the dialog, enter; True once the reader says it was added."""
    start = terminal.mark()
    terminal.press("a")
    assert wait_for(lambda: "Add sources" in terminal.text(start)), terminal.text(start)[-2000:]
    terminal.press(source)
    assert wait_for(lambda: source.rsplit("/", 1)[-1] in terminal.text(start))
    terminal.press("\r")
    wait_for(lambda: any(w in terminal.text(start) for w in ("Added ", "Could not add", "failed")))
    return "Added " in terminal.text(start)
