"""Faults across a refresh of many feeds: healthy feeds land, each failure has a reason, nothing is lost.

A FeedServer serves the healthy feeds, a FaultServer (raw sockets, 127.0.0.1) the
broken ones: 500s, resets, hangs, truncated bodies, garbage, endless and
compressed-bomb bodies, trickles and redirect loops.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from faultserver import Fault, FaultServer, zero_bomb
from feedserver import FeedServer, Route, rss

from briefs.config import Config
from briefs.refresh import refresh
from briefs.store.library import Library

LONG = ("The committee met for three hours and agreed to publish its findings next month, "
        "the chair said after the meeting. ") * 6

# One of each fault; the reason a refresh must give for it.
FAULTS: dict[str, tuple[Fault, tuple[str, ...]]] = {
    "/f500": (Fault("status", status=500), ("HTTP 500", "after one retry")),
    "/f503": (Fault("status", status=503), ("HTTP 503",)),
    "/f404": (Fault("status", status=404), ("HTTP 404",)),
    "/reset": (Fault("reset"), ("connection",)),
    "/close": (Fault("close"), ("connection",)),
    "/hang": (Fault("hang"), ("timed out",)),
    "/truncated": (Fault("truncated"), ("connection",)),
    "/garbage": (Fault("garbage"), ("connection",)),
    "/huge": (Fault("huge"), ("larger than",)),
    "/trickle": (Fault("trickle", interval=0.2), ("timed out",)),
    "/gzipbomb": (Fault("bomb", bomb_mb=300, encoding="gzip"), ("larger than",)),
    "/deflatebomb": (Fault("bomb", bomb_mb=300, encoding="deflate"), ("larger than",)),
    "/loop": (Fault("redirect", location="/loop"), ("redirects",)),
}


# The time limit a hang or a trickle runs into (the fault server keeps them up for minutes), and
# the bound a refresh must end within: the limit leaves a loaded machine (2 cores, other test
# workers) seconds for each healthy feed, and the bound is far above the limit plus what such a
# machine adds, and far below the fault server's minutes.
LIMIT = 5.0
BOUND = 60


def fast(**kw) -> Config:
    base = dict(connect_timeout=LIMIT, total_timeout=LIMIT, jobs=8, per_host=8, retention_days=0,
                max_bytes=2_000_000)
    base.update(kw)
    return Config(**base)


def healthy_feed(n: int, items: int = 2, extra: str = "") -> bytes:
    return rss(f"Healthy {n}", [
        {"title": f"Story {n}.{i}{extra}", "link": f"https://h{n}.example/{i}", "guid": f"h{n}-{i}",
         "content": f"<p>Story {n}.{i}. {LONG}</p>"}
        for i in range(items)
    ])


@pytest.fixture
def servers():
    with FeedServer() as good, FaultServer() as bad:
        yield good, bad


@pytest.fixture(scope="module", autouse=True)
def _bombs():
    # Built once (about a second each) so the refresh timeouts measure the client, not the server.
    zero_bomb(300, "gzip")
    zero_bomb(300, "deflate")


def test_the_bombs_are_what_they_claim():
    import zlib

    for encoding, wbits in (("gzip", 31), ("deflate", 15)):
        bomb = zero_bomb(300, encoding)
        assert len(bomb) < 1_000_000
        head = zlib.decompressobj(wbits).decompress(bomb, 10_000_000)
        assert len(head) == 10_000_000 and not head.strip(b"\x00")


def test_twenty_feeds_a_third_faulty_healthy_land_failures_have_reasons(tmp_path, servers):
    good, bad = servers
    with Library.open(tmp_path / "library.sqlite3") as lib:
        healthy: dict[int, int] = {}
        for n in range(13):
            good.routes[f"/h{n}"] = Route(body=healthy_feed(n))
            healthy[lib.add_source("feed", good.url(f"/h{n}"))] = n
        faulty = list(FAULTS)[:7]  # 13 healthy + 7 faulty = 20
        broken: dict[int, str] = {}
        for path in faulty:
            bad.faults[path] = FAULTS[path][0]
            broken[lib.add_source("feed", bad.url(path))] = path
        started = time.monotonic()
        report = refresh(lib, fast())
        took = time.monotonic() - started
        assert took < BOUND, took
        by_id = {s.source_id: s for s in report.sources}
        assert len(by_id) == 20
        for sid in healthy:
            assert by_id[sid].error is None and by_id[sid].new == 2, by_id[sid]
        assert report.new == 26 and lib.counts()["all"] == 26
        infos = {s.id: s for s in lib.sources()}
        for sid, path in broken.items():
            error = by_id[sid].error
            assert error, path
            # The reason, the address said once where it is shown: "<name>: <reason>".
            assert bad.url(path) not in error and by_id[sid].failure.count(bad.url(path)) == 1, error
            for word in FAULTS[path][1]:
                assert word.lower() in error.lower(), (path, error)
            assert infos[sid].last_error == error
            assert "\n" not in error and "Traceback" not in error
        for sid in healthy:
            assert infos[sid].last_error is None
        assert report.failed and len(report.errors) == 7


@pytest.mark.parametrize("path", [p for p in FAULTS if p not in ("/f500", "/f503", "/f404", "/reset",
                                                                   "/close", "/hang", "/loop")])
def test_each_remaining_fault_is_a_readable_failure_within_the_time_limit(tmp_path, servers, path):
    good, bad = servers
    bad.faults[path] = FAULTS[path][0]
    with Library.open(tmp_path / "library.sqlite3") as lib:
        sid = lib.add_source("feed", bad.url(path))
        started = time.monotonic()
        (src,) = refresh(lib, fast()).sources
        assert time.monotonic() - started < BOUND
        assert src.error and bad.url(path) not in src.error and src.failure.count(bad.url(path)) == 1, src.failure
        for word in FAULTS[path][1]:
            assert word.lower() in src.error.lower(), src.error
        assert lib.source(sid).last_error == src.error


def test_a_second_refresh_with_faults_keeps_the_first_runs_articles_and_triage(tmp_path, servers):
    good, bad = servers
    with Library.open(tmp_path / "library.sqlite3") as lib:
        sids = []
        for n in range(9):
            good.routes[f"/s{n}"] = Route(body=healthy_feed(n, items=3))
            sids.append(lib.add_source("feed", good.url(f"/s{n}")))
        first = refresh(lib, fast())
        assert not first.failed and first.new == 27, first.errors
        rows = lib.articles(view="all")
        decided = {}
        for i, row in enumerate(rows):
            state = ("flagged", "archived", "read", "unread")[i % 4]
            lib.set_state(row.id, state)
            decided[row.id] = state
        before = {r.id: (r.title, lib.article(r.id).text) for r in rows}
        # The same feeds now fail in every way, or serve an empty or garbled document.
        faults = [Fault("status", status=500), Fault("reset"), Fault("truncated", body=healthy_feed(0)),
                  Fault("garbage"), Fault("huge"), Fault("bomb", bomb_mb=300)]
        for n in range(9):
            if n < len(faults):
                bad.faults[f"/s{n}"] = faults[n]
                good.routes[f"/s{n}"] = Route(status=302, headers={"Location": bad.url(f"/s{n}")})
            elif n == 6:
                good.routes[f"/s{n}"] = Route(body=rss("Empty now", []))
            elif n == 7:
                good.routes[f"/s{n}"] = Route(body=b"<rss version='2.0'><channel><item><title>half")
            else:
                good.routes[f"/s{n}"] = Route(body=b"\x00" * 500)
        second = refresh(lib, fast())
        assert second.new == 0
        errors = {s.source_id: s.error for s in second.errors}
        assert set(sids[:6]) <= set(errors), errors
        after = lib.articles(view="all")
        assert {r.id for r in after} == set(decided)
        for row in after:
            assert row.state == decided[row.id]
            assert (row.title, lib.article(row.id).text) == before[row.id]
        assert len(lib.history(500)) == sum(1 for s in decided.values() if s != "unread")


def _run_cli(home: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, NEWSBRIEF_HOME=str(home), NO_COLOR="1")
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args], env=env, capture_output=True, text=True,
        timeout=timeout, cwd=str(Path(__file__).resolve().parent.parent),
    )


def test_newsbrief_refresh_exits_1_and_lists_every_failure_on_stderr(tmp_path, servers):
    good, bad = servers
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text(f"connect_timeout = {LIMIT}\ntotal_timeout = {LIMIT}\nmax_bytes = 2000000\n")
    with Library.open(home / "library.sqlite3") as lib:
        for n in range(4):
            good.routes[f"/ok{n}"] = Route(body=healthy_feed(n))
            lib.add_source("feed", good.url(f"/ok{n}"))
        for path in ("/f500", "/reset", "/hang", "/garbage", "/gzipbomb"):
            bad.faults[path] = FAULTS[path][0]
            lib.add_source("feed", bad.url(path), title=f"Broken {path}")
    result = _run_cli(home, "refresh")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "8 new" in result.stderr and "5 failed" in result.stderr
    failures = [line for line in result.stderr.splitlines() if line.startswith("newsbrief: Broken")]
    assert len(failures) == 5, result.stderr
    for path in ("/f500", "/reset", "/hang", "/garbage", "/gzipbomb"):
        # The source's name, then the reason (which does not say its address again).
        line = next(line for line in failures if line.startswith(f"newsbrief: Broken {path}: "))
        assert bad.url(path) not in line and all(w.lower() in line.lower() for w in FAULTS[path][1]), line
    with Library.open(home / "library.sqlite3") as lib:
        assert lib.counts()["all"] == 8


def test_another_feed_linking_to_the_same_story_cannot_rewrite_it(tmp_path):
    story = "https://news.example/story"
    full = "<p>" + "The full report runs to many paragraphs of detail, the editor said. " * 20 + "</p>"
    with FeedServer() as server, Library.open(tmp_path / "library.sqlite3") as lib:
        server.routes["/trusted"] = Route(body=rss("Trusted", [
            {"title": "The real story", "link": story, "guid": "t1", "content": full}]))
        server.routes["/hostile"] = Route(body=rss("Hostile", [
            {"title": "HIJACKED [@click=app.quit]", "link": story, "guid": "h1",
             "content": "<p>" + "Replaced by a stranger's words, nothing more to see here. " * 20 + "</p>"}]))
        trusted = lib.add_source("feed", server.url("/trusted"))
        assert refresh(lib, fast(), source_ids=[trusted]).new == 1
        (row,) = lib.articles(view="all")
        lib.set_state(row.id, "flagged")
        before = lib.article(row.id)
        lib.add_source("feed", server.url("/hostile"))
        report = refresh(lib, fast())
        assert not report.failed and report.updated == 0
        after = lib.article(row.id)
        assert (after.title, after.text) == (before.title, before.text)
        assert lib.row(row.id).state == "flagged" and lib.counts()["all"] == 1


def test_a_page_that_fails_once_does_not_replace_a_stored_full_text_with_the_teaser(tmp_path):
    page = ("<html><head><title>Story</title></head><body><article>"
            + "<p>The full story has many more words than the teaser, officials said on Monday.</p>" * 12
            + "</article></body></html>").encode()
    with FeedServer() as server, Library.open(tmp_path / "library.sqlite3") as lib:
        def teaser(words: str) -> Route:
            return Route(body=rss("Teasers", [{"title": "Story", "link": server.url("/story"), "guid": "s1",
                                               "description": f"A short teaser {words}. Read more"}]))

        server.routes["/feed"] = teaser("(2 comments)")
        server.routes["/story"] = Route(body=page, content_type="text/html")
        lib.add_source("feed", server.url("/feed"))
        assert refresh(lib, fast()).sources[0].full_text == 1
        (row,) = lib.articles(view="all")
        lib.set_state(row.id, "flagged")
        full = lib.article(row.id).text
        assert "many more words" in full
        # The teaser changes while the page is down: the stored full text must stay.
        server.routes["/feed"] = teaser("(5 comments)")
        server.routes["/story"] = Route(status=503)
        refresh(lib, fast())
        assert lib.article(row.id).text == full
        # The page is back: still the full text (and it is fetched again, the teaser being new).
        server.routes["/story"] = Route(body=page, content_type="text/html")
        refresh(lib, fast())
        assert lib.article(row.id).text == full and lib.row(row.id).state == "flagged"


def test_dates_at_the_edge_of_the_calendar_do_not_cost_a_feed_its_entries(tmp_path):
    import json

    edges = ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "0000-00-00", "2024-02-30T25:61:00Z"]
    items = [{"id": str(n), "title": f"Edge {n}", "content_text": f"Entry {n}. {LONG}", "date_published": date,
              "url": f"https://edge.example/{n}"} for n, date in enumerate(edges)]
    rss_items = [{"title": f"RSS edge {n}", "link": f"https://edge.example/r{n}", "guid": f"r{n}",
                  "pubDate": date, "content": f"<p>RSS entry {n}. {LONG}</p>"} for n, date in enumerate(edges)]
    with FeedServer() as server, Library.open(tmp_path / "library.sqlite3") as lib:
        server.routes["/json"] = Route(body=json.dumps({"version": "https://jsonfeed.org/version/1.1",
                                                        "title": "Edges", "items": items}).encode(),
                                       content_type="application/feed+json")
        server.routes["/rss"] = Route(body=rss("RSS edges", rss_items))
        lib.add_source("feed", server.url("/json"))
        lib.add_source("feed", server.url("/rss"))
        report = refresh(lib, fast())
        assert not report.failed, report.errors
        assert report.new == 2 * len(edges)
