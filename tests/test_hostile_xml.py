"""XML cannot reach out: external entities, external DTDs, XInclude and entity bombs in feeds,
OPML files and pages never read a local file and never blow up.

Every case plants a secret in a temp file, points the document at it, and checks the
secret appears nowhere: not in the parse result, not in an error, not in the library.
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
from feedserver import FeedServer, Route

from briefs.cli import cli
from briefs.config import Config
from briefs.errors import FeedError, SourceError
from briefs.refresh import refresh
from briefs.sources.extract import extract_html
from briefs.sources.feeds import parse_feed
from briefs.sources.opml import parse_opml
from briefs.store.library import Library

SECRET = "S3CRET-7f1c2a-TOKEN"
URL = "https://feeds.example/evil.xml"
ITEM = ("<item><title>Item {ref}</title><link>https://x.example/1</link>"
        "<description>Body {ref} of the entry.</description></item>")


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


def _rss(prolog: str, ref: str, root_attrs: str = "") -> bytes:
    return (f'<?xml version="1.0"?>\n{prolog}\n<rss version="2.0"{root_attrs}><channel>'
            f"<title>Feed {ref}</title>{ITEM.format(ref=ref)}</channel></rss>").encode()


def feed_attacks(secret: Path) -> dict[str, bytes]:
    uri = secret.as_uri()
    return {
        "system-entity": _rss(f'<!DOCTYPE rss [<!ENTITY x SYSTEM "{uri}">]>', "&x;"),
        "system-entity-plain-path": _rss(f'<!DOCTYPE rss [<!ENTITY x SYSTEM "{secret}">]>', "&x;"),
        "public-entity": _rss(f'<!DOCTYPE rss [<!ENTITY x PUBLIC "-//X//Y" "{uri}">]>', "&x;"),
        "parameter-entity": _rss(
            f'<!DOCTYPE rss [<!ENTITY % p SYSTEM "{uri}"> %p;]>', "plain"),
        "external-dtd": _rss(f'<!DOCTYPE rss SYSTEM "{uri}">', "&x;"),
        "external-dtd-and-entity": _rss(
            f'<!DOCTYPE rss SYSTEM "{uri}" [<!ENTITY x SYSTEM "{uri}">]>', "&x;"),
        "xinclude": _rss("", f'<xi:include href="{uri}" parse="text"/>',
                         ' xmlns:xi="http://www.w3.org/2001/XInclude"'),
        "stylesheet-pi": _rss(f'<?xml-stylesheet type="text/xsl" href="{uri}"?>', "plain"),
        # The entity declaration hides behind a comment that looks like a root element.
        "comment-before-doctype": _rss(
            f'<!-- <a> --><!DOCTYPE rss [<!ENTITY x SYSTEM "{uri}">]>', "&x;"),
        "atom": (f'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x SYSTEM "{uri}">]>'
                 '<feed xmlns="http://www.w3.org/2005/Atom"><title>A &x;</title>'
                 '<entry><title>E &x;</title><id>urn:1</id><link href="https://x.example/a"/>'
                 "<content>C &x;</content></entry></feed>").encode(),
        "rdf": (f'<?xml version="1.0"?><!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM "{uri}">]>'
                '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://x.example/">'
                "<title>R &x;</title></channel><item rdf:about=\"https://x.example/1\">"
                "<title>I &x;</title><link>https://x.example/1</link><description>D &x;</description>"
                "</item></rdf:RDF>").encode(),
        "utf16": _rss(f'<!DOCTYPE rss [<!ENTITY x SYSTEM "{uri}">]>', "&x;")
        .decode().replace('version="1.0"?>', 'version="1.0" encoding="utf-16"?>').encode("utf-16"),
    }


@pytest.mark.parametrize("attack", list(feed_attacks(Path("/x"))))
def test_a_feed_never_reads_a_local_file(secret: Path, attack: str):
    data = feed_attacks(secret)[attack]
    try:
        feed = parse_feed(data, url=URL)
    except FeedError as exc:
        assert SECRET not in str(exc)
        return
    shown = json.dumps([feed.title, feed.link, [e.__dict__ for e in feed.entries]], default=str)
    assert SECRET not in shown


@pytest.mark.parametrize("attack", ["comment-before-doctype", "utf16", "utf16-be"])
def test_the_entity_guard_sees_through_comments_and_utf16(secret: Path, attack: str):
    # feedparser would not resolve these either; the guard is our own rule and must hold alone.
    attacks = feed_attacks(secret)
    data = attacks.get(attack) or attacks["utf16"].decode("utf-16").encode("utf-16-be")
    with pytest.raises(FeedError, match="refused for safety"):
        parse_feed(data, url=URL)


def test_a_refreshed_feed_that_references_a_local_file_leaves_no_trace_in_the_library(tmp_path, secret):
    attacks = feed_attacks(secret)
    db = tmp_path / "library.sqlite3"
    with FeedServer() as server, Library.open(db) as lib:
        for name, data in attacks.items():
            server.routes[f"/{name}"] = Route(body=data, content_type="application/xml")
            lib.add_source("feed", server.url(f"/{name}"))
        report = refresh(lib, Config(connect_timeout=30, total_timeout=30, retention_days=0))
        assert len(report.sources) == len(attacks)
        for row in lib.articles(view="all"):
            article = lib.article(row.id)
            assert SECRET not in json.dumps([article.title, article.text, article.byline, row.source_title])
        assert all(SECRET not in (s.last_error or "") + s.title for s in lib.sources())
    for part in tmp_path.glob("library.sqlite3*"):
        assert SECRET.encode() not in part.read_bytes()


def _billion_laughs(root: str, levels: int = 10) -> bytes:
    decls = ['<!ENTITY l0 "lol">'] + [
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, levels)
    ]
    return (f'<?xml version="1.0"?><!DOCTYPE {root} [{"".join(decls)}]>').encode()


BOMBS = {
    "billion-laughs": _billion_laughs("rss") + _rss("", "&l9;").split(b"?>", 1)[1],
    # One 200-character entity referenced 100,000 times: 20 MB if expanded.
    "quadratic": _rss('<!DOCTYPE rss [<!ENTITY a "' + "A" * 200 + '">]>', "&a;" * 100_000),
    "billion-laughs-behind-a-comment": b'<?xml version="1.0"?><!-- <x> -->'
    + _billion_laughs("rss").split(b"?>", 1)[1] + _rss("", "&l9;").split(b"?>", 1)[1],
    "billion-laughs-utf16": (_billion_laughs("rss") + _rss("", "&l9;").split(b"?>", 1)[1])
    .decode().replace('version="1.0"?>', 'version="1.0" encoding="utf-16"?>').encode("utf-16"),
}


# A refused or unexpanded bomb parses in milliseconds; an expanded billion laughs is 3 GB of text
# (minutes, or the machine's memory), and anything expanded that does come back fails the size
# checks. The bound is what a loaded machine (2 cores, other test workers) could add, never what
# an expansion takes.
PARSED_AT_ONCE = 30


@pytest.mark.parametrize("bomb", list(BOMBS))
def test_an_entity_bomb_in_a_feed_is_bounded(bomb: str):
    data = BOMBS[bomb]
    started = time.monotonic()
    try:
        feed = parse_feed(data, url=URL)
    except FeedError as exc:
        assert "feeds.example" in str(exc)
    else:
        produced = sum(len(e.text) + len(e.title) for e in feed.entries) + len(feed.title)
        assert produced <= 2 * len(data), produced  # nothing was expanded
    assert time.monotonic() - started < PARSED_AT_ONCE


@pytest.mark.parametrize("bomb", ["billion-laughs-behind-a-comment", "billion-laughs-utf16"])
def test_a_hidden_entity_bomb_is_refused(bomb: str):
    with pytest.raises(FeedError, match="refused for safety"):
        parse_feed(BOMBS[bomb], url=URL)


MEASURE = """
import resource, sys
from briefs.sources.feeds import parse_feed
from briefs.errors import FeedError
data = sys.stdin.buffer.read()
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    parse_feed(data, url="https://feeds.example/bomb")
except FeedError:
    pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base)
"""


def test_an_entity_bomb_does_not_blow_up_memory():
    # In a child process: the peak memory of the parse alone, against a 1 GB address-space cap.
    data = BOMBS["billion-laughs"]

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    result = subprocess.run([sys.executable, "-c", MEASURE], input=data, capture_output=True,
                            timeout=120, preexec_fn=cap)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    grown_kb = int(result.stdout.split()[-1])
    assert grown_kb < 100 * 1024, grown_kb


# --- OPML -------------------------------------------------------------------------------------


def opml_attacks(secret: Path) -> dict[str, bytes]:
    uri = secret.as_uri()
    body = '<opml version="2.0"><head><title>{ref}</title></head><body>' \
           '<outline text="{ref}" title="{ref}" xmlUrl="https://a.example/feed"/></body></opml>'
    return {
        "system-entity": f'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "{uri}">]>'
                         f'{body.format(ref="&x;")}'.encode(),
        "parameter-entity": f'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY % p SYSTEM "{uri}"> %p;]>'
                            f'{body.format(ref="plain")}'.encode(),
        "external-dtd": f'<?xml version="1.0"?><!DOCTYPE opml SYSTEM "{uri}">'
                        f'{body.format(ref="&x;")}'.encode(),
        "xinclude": f'<?xml version="1.0"?>{body.format(ref="plain")}'.replace(
            "<body>", f'<body xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="{uri}" parse="text"/>'
        ).encode(),
        "billion-laughs": _billion_laughs("opml") + body.format(ref="&l9;").encode(),
        "quadratic": (f'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "{"A" * 200}">]>'
                      + body.format(ref="&a;" * 50_000)).encode(),
        "utf16-system-entity": (f'<?xml version="1.0" encoding="utf-16"?><!DOCTYPE opml '
                                f'[<!ENTITY x SYSTEM "{uri}">]>{body.format(ref="&x;")}').encode("utf-16"),
    }


@pytest.mark.parametrize("attack", list(opml_attacks(Path("/x"))))
def test_an_opml_file_never_reads_a_local_file_or_expands_a_bomb(secret: Path, attack: str):
    data = opml_attacks(secret)[attack]
    started = time.monotonic()
    try:
        feeds = parse_opml(data, source="evil.opml")
    except FeedError as exc:
        assert "evil.opml" in str(exc) and SECRET not in str(exc)
    else:
        shown = json.dumps([f.__dict__ for f in feeds])
        assert SECRET not in shown and len(shown) < 10_000
    assert time.monotonic() - started < PARSED_AT_ONCE


def test_import_opml_with_an_external_entity_is_one_line_and_adds_nothing(tmp_path, secret):
    opml = tmp_path / "evil.opml"
    opml.write_bytes(opml_attacks(secret)["system-entity"])
    home = tmp_path / "home"
    result = CliRunner().invoke(cli, ["--home", str(home), "import-opml", str(opml)], obj={})
    assert result.exit_code == 2
    assert "Traceback" not in result.output and SECRET not in result.output
    assert "evil.opml" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    with Library.open(home / "library.sqlite3") as lib:
        assert lib.sources() == []


# --- pages ------------------------------------------------------------------------------------


def test_a_page_with_an_xml_doctype_never_reads_a_local_file_or_expands_entities(secret: Path):
    uri = secret.as_uri()
    para = "<p>" + "The minister spoke at length about the budget and the harbour plans. " * 4 + "</p>"
    pages = [
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "{uri}">]>'
        f"<html><head><title>T &x;</title></head><body><article>{para}<p>&x;</p>{para}</article></body></html>",
        f'<!DOCTYPE html SYSTEM "{uri}"><html><body><article>{para}<p>&x;</p></article></body></html>',
        _billion_laughs("html").decode() + f"<html><body><article>{para}<p>&l9;</p></article></body></html>",
        f'<html xmlns:xi="http://www.w3.org/2001/XInclude"><body><article>{para}'
        f'<xi:include href="{uri}" parse="text"/></article></body></html>',
    ]
    for page in pages:
        data = page.encode()
        started = time.monotonic()
        try:
            article = extract_html(data, url="https://pages.example/a")
        except SourceError as exc:
            assert SECRET not in str(exc)
            continue
        assert SECRET not in json.dumps([article.title, article.text, article.byline])
        assert len(article.text) < 2 * len(data)
        assert time.monotonic() - started < PARSED_AT_ONCE
