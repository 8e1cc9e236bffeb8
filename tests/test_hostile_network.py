"""Network limits against a hostile server, and only http(s) links are ever fetched.

The page fetcher behind `newsbrief brief URL` and the refresh fetcher both meet
compressed bombs, endless and trickling bodies, redirect loops and redirects to
`file:`; feeds whose entry links are `file:`, `javascript:` or `data:` get no
full-text fetch; `add` refuses those schemes with a message.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from faultserver import Fault, FaultServer, zero_bomb
from feedserver import FeedServer, Route, rss

from briefs.cli import cli
from briefs.config import Config
from briefs.errors import FetchError
from briefs.refresh import add_source, refresh
from briefs.sources.pages import fetch_page
from briefs.store.library import Library

SECRET = "S3CRET-page-9d2e"
PAGE = ("<html><head><title>Fine page</title></head><body><article>"
        + "<p>The harbour reopened on Tuesday after three weeks of repairs, officials said.</p>" * 8
        + "</article></body></html>").encode()

FETCH_FAULTS = {
    "gzip-bomb": (Fault("bomb", bomb_mb=300, encoding="gzip", content_type="text/html"), "larger than"),
    "deflate-bomb": (Fault("bomb", bomb_mb=300, encoding="deflate", content_type="text/html"), "larger than"),
    "endless": (Fault("huge", content_type="text/html"), "larger than"),
    "trickle": (Fault("trickle", interval=0.1, content_type="text/html", body=PAGE * 4), "timed out"),
    "hang": (Fault("hang"), "timed out"),
    "loop": (Fault("redirect", location="/loop"), "redirects"),
    "to-file": (Fault("redirect", location="file:///etc/passwd"), "file"),
    "to-javascript": (Fault("redirect", location="javascript:alert(1)"), ""),
    "reset": (Fault("reset"), ""),
    "garbage": (Fault("garbage"), ""),
    "truncated": (Fault("truncated", body=PAGE, content_type="text/html"), ""),
    "drip-headers": (Fault("drip-headers", interval=0.1), "timed out"),
    "continue-flood": (Fault("continue-flood", interval=0.05), "timed out"),
}


@pytest.fixture(scope="module")
def faults():
    zero_bomb(300, "gzip")
    zero_bomb(300, "deflate")
    with FaultServer() as server:
        for name, (fault, _) in FETCH_FAULTS.items():
            server.faults[f"/{name}"] = fault
        yield server


# The faults a time limit must stop: the server keeps them up for minutes (a trickle of several
# thousand bytes at 0.1 s, a hang or drip of ten minutes), the fetch's limit is 1 s, and the test
# allows BOUND, far above what a loaded machine adds and far below the server's minutes. The other
# faults are stopped by a size or a protocol rule, not by time: a generous limit there keeps a
# loaded machine from turning "larger than" or "redirects" into "timed out".
TIMED = {name for name, (_, reason) in FETCH_FAULTS.items() if reason == "timed out"}
BOUND = 30


@pytest.mark.parametrize("name", list(FETCH_FAULTS))
def test_the_page_fetcher_stops_at_every_limit_with_a_reason(faults, name):
    url = faults.url(f"/{name}")
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        fetch_page(url, timeout=1.0 if name in TIMED else 30.0, max_bytes=2_000_000)
    assert time.monotonic() - started < BOUND
    message = str(info.value)
    assert url in message and "\n" not in message
    assert FETCH_FAULTS[name][1] in message


MEASURE = """
import resource, sys
from briefs.sources.pages import fetch_page
from briefs.errors import FetchError
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    fetch_page(sys.argv[1], timeout=30.0, max_bytes=2_000_000)  # refused by size: time is not the point
except FetchError as exc:
    print("refused", exc, file=sys.stderr)
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) // 1024)
"""


@pytest.mark.parametrize("name", ["gzip-bomb", "deflate-bomb"])
def test_a_compressed_bomb_does_not_blow_up_memory(faults, name):
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    result = subprocess.run([sys.executable, "-c", MEASURE, faults.url(f"/{name}")],
                            capture_output=True, text=True, timeout=120, preexec_fn=cap)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "larger than" in result.stderr
    grown_mb = int(result.stdout.split()[-1])
    assert grown_mb < 150, f"{grown_mb} MB for a 300 MB bomb"


def test_the_refresh_fetcher_refuses_a_redirect_to_a_local_file(tmp_path, faults, caplog):
    with Library.open(tmp_path / "library.sqlite3") as lib:
        for name in ("to-file", "to-javascript", "loop"):
            lib.add_source("feed", faults.url(f"/{name}"))
        report = refresh(lib, Config(connect_timeout=30, total_timeout=30, retention_days=0))
        errors = {s.location.rsplit("/", 1)[1]: s.error for s in report.sources}
        assert "refused URL" in errors["to-file"] and "only http and https" in errors["to-file"]
        assert "to-javascript" in errors["to-javascript"] and "Traceback" not in errors["to-javascript"]
        assert "redirects" in errors["loop"]
        assert "unexpectedly" not in caplog.text  # each one a FetchError, not a crash


def test_entry_links_that_are_not_http_are_never_fetched_or_stored(tmp_path):
    secret = tmp_path / "secret.html"
    secret.write_text(f"<html><body><article><p>{SECRET} " + "word " * 300 + "</p></article></body></html>")
    links = {
        "file": secret.as_uri(),
        "javascript": "javascript:fetch('http://127.0.0.1/steal')",
        "data": "data:text/html;base64,PHA+aGk8L3A+",
        "vbscript": "vbscript:msgbox(1)",
        "ftp": "ftp://127.0.0.1/etc/passwd",
    }
    with FeedServer() as server, Library.open(tmp_path / "library.sqlite3") as lib:
        items = [{"title": f"Teaser {kind}", "link": link, "guid": kind,
                  "description": f"A short {kind} teaser. Read more"} for kind, link in links.items()]
        server.routes["/teasers"] = Route(body=rss("Teasers", items))
        lib.add_source("feed", server.url("/teasers"))
        report = refresh(lib, Config(connect_timeout=30, total_timeout=30, retention_days=0))
        assert not report.failed and report.new == len(links)
        assert report.sources[0].full_text == 0
        assert [r.path for r in server.requests] == ["/teasers"]
        for row in lib.articles(view="all"):
            assert row.url is None
            assert SECRET not in lib.article(row.id).text
    assert not any(SECRET.encode() in p.read_bytes() for p in tmp_path.glob("library.sqlite3*"))


def test_an_entry_page_that_redirects_to_a_local_file_keeps_its_summary(tmp_path, faults):
    secret = tmp_path / "secret.html"
    secret.write_text(f"<html><body><article><p>{SECRET} " + "word " * 300 + "</p></article></body></html>")
    faults.faults["/entry-to-file"] = Fault("redirect", location=secret.as_uri())
    with FeedServer() as server, Library.open(tmp_path / "library.sqlite3") as lib:
        items = [{"title": "Teaser", "link": faults.url("/entry-to-file"), "guid": "t",
                  "description": "A short teaser. Read more"},
                 {"title": "Loop", "link": faults.url("/loop"), "guid": "l", "description": "Loops. Read more"}]
        server.routes["/teasers"] = Route(body=rss("Teasers", items))
        lib.add_source("feed", server.url("/teasers"))
        report = refresh(lib, Config(connect_timeout=30, total_timeout=30, retention_days=0))
        assert not report.failed and report.new == 2 and report.sources[0].full_text == 0
        texts = {r.title: lib.article(r.id).text for r in lib.articles(view="all")}
        assert texts == {"Teaser": "A short teaser. Read more", "Loop": "Loops. Read more"}
    assert not any(SECRET.encode() in p.read_bytes() for p in tmp_path.glob("library.sqlite3*"))


@pytest.mark.parametrize("source", [
    "file:///etc/passwd", "javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
    "ftp://127.0.0.1/feed", "FILE:///etc/passwd", " file:///etc/passwd",
])
def test_add_refuses_links_that_are_not_http_with_a_message(tmp_path, source):
    home = tmp_path / "home"
    result = CliRunner().invoke(cli, ["--home", str(home), "add", source], obj={})
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "root:" not in result.output
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1 and message.startswith("newsbrief: ")
    assert "only http and https" in message or "no such file" in message
    with Library.open(home / "library.sqlite3") as lib:
        assert lib.sources() == []


def test_add_and_refresh_of_a_url_with_hostile_characters_store_it_cleanly(tmp_path):
    with FeedServer() as server, Library.open(tmp_path / "library.sqlite3") as lib:
        server.routes["/feed"] = Route(body=rss("Feed", [
            {"title": "One", "link": "https://s.example/1", "guid": "1",
             "content": "<p>" + "Enough words to need no page fetch at all. " * 20 + "</p>"}]))
        url = server.url("/feed") + "?a=\x1b[2J\u202e"
        with pytest.raises(FetchError, match="only http and https"):
            add_source(lib, "javascript://" + url, Config(connect_timeout=30, total_timeout=30))
        result = add_source(lib, url, Config(connect_timeout=30, total_timeout=30))
        stored = result.source.location
        assert "\x1b" not in stored and "\u202e" not in stored
        assert json.dumps(stored).isascii() or stored.isprintable()
    assert Path(tmp_path / "library.sqlite3").exists()


@pytest.mark.parametrize("name", ["drip-headers", "continue-flood"])
def test_the_refresh_fetcher_stops_a_server_that_never_finishes_its_headers(tmp_path, faults, name):
    with Library.open(tmp_path / "library.sqlite3") as lib:
        lib.add_source("feed", faults.url(f"/{name}"))
        started = time.monotonic()
        (src,) = refresh(lib, Config(connect_timeout=2, total_timeout=2, retention_days=0)).sources
        assert time.monotonic() - started < BOUND  # the server drips for ten minutes
        assert "timed out" in src.error
