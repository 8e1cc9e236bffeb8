"""Encodings from strangers: wrong or missing declarations, BOMs, windows-1252, gb2312 that is
really UTF-8, stray invalid bytes. Feeds, pages over loopback and local files all give the
best readable text and never crash.
"""

from __future__ import annotations

import json

import pytest
from feedserver import FeedServer, Route

from briefs.config import Config
from briefs.errors import FeedError, SourceError
from briefs.refresh import add_source, refresh
from briefs.sources.feeds import looks_like_feed, parse_feed
from briefs.sources.files import load_bytes
from briefs.store.library import Library

TITLE = "Caf\u00e9 \u201cquoted\u201d na\u00efve \u2014 end"
BODY = "The caf\u00e9 reopened \u201ctoday\u201d after repairs, officials said on Monday."
ZH_TITLE = "\u4e60\u8fd1\u5e73\u4f1a\u89c1\u5e03\u6797\u80af"
ZH_BODY = "\u4e60\u8fd1\u5e73\u5468\u4e00\u5728\u5317\u4eac\u4f1a\u89c1\u4e86\u7f8e\u56fd\u56fd\u52a1\u537f\u3002"


def _rss(decl: str, title: str = TITLE, body: str = BODY) -> str:
    return (f"{decl}<rss version=\"2.0\"><channel><title>{title}</title><item><title>{title}</title>"
            f"<link>https://x.example/1</link><description>{body}</description></item></channel></rss>")


def _json(title: str = TITLE, body: str = BODY) -> str:
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": title,
                       "items": [{"id": "1", "title": title, "content_text": body}]}, ensure_ascii=False)


UTF8 = '<?xml version="1.0" encoding="utf-8"?>'
# name: (bytes, content type header, expected title, expected words of the body)
FEEDS = {
    "cp1252-declared-utf8": (_rss(UTF8).encode("cp1252"), "", TITLE, "caf\u00e9 reopened \u201ctoday\u201d"),
    "cp1252-undeclared": (_rss("").encode("cp1252"), "", TITLE, "caf\u00e9 reopened"),
    "latin1-header": (_rss("").encode("latin-1", "replace"), "application/rss+xml; charset=iso-8859-1",
                      None, "caf\u00e9 reopened"),
    "gb2312-declared-but-utf8": (_rss('<?xml version="1.0" encoding="gb2312"?>', ZH_TITLE, ZH_BODY)
                                 .encode("utf-8"), "", ZH_TITLE, "\u5317\u4eac"),
    "gb2312-header-but-utf8": (_rss("", ZH_TITLE, ZH_BODY).encode("utf-8"),
                               "application/rss+xml; charset=gb2312", ZH_TITLE, "\u5317\u4eac"),
    "real-gb2312": (_rss('<?xml version="1.0" encoding="gb2312"?>', ZH_TITLE, ZH_BODY).encode("gb2312"),
                    "", ZH_TITLE, "\u5317\u4eac"),
    "utf8-bom-declared-latin1": (b"\xef\xbb\xbf" + _rss('<?xml version="1.0" encoding="iso-8859-1"?>')
                                 .encode("utf-8"), "", TITLE, "caf\u00e9 reopened"),
    "utf16-bom-declared": (_rss('<?xml version="1.0" encoding="utf-16"?>').encode("utf-16"), "", TITLE,
                           "caf\u00e9 reopened"),
    "utf16-bom-undeclared": (_rss("").encode("utf-16"), "", TITLE, "caf\u00e9 reopened"),
    "utf16-be-bom": (_rss("").encode("utf-16-be").join([b"\xfe\xff", b""]), "", TITLE, "caf\u00e9 reopened"),
    "utf32-le-bom": (b"\xff\xfe\x00\x00" + _rss('<?xml version="1.0" encoding="utf-32"?>').encode("utf-32-le"),
                     "", TITLE, "caf\u00e9 reopened"),
    "utf32-be-bom": (b"\x00\x00\xfe\xff" + _rss("").encode("utf-32-be"), "", TITLE, "caf\u00e9 reopened"),
    "utf32-le-no-bom": (_rss('<?xml version="1.0" encoding="utf-32"?>').encode("utf-32-le"), "", TITLE,
                        "caf\u00e9 reopened"),
    "utf16-le-no-bom": (_rss('<?xml version="1.0" encoding="utf-16"?>').encode("utf-16-le"), "", TITLE,
                        "caf\u00e9 reopened"),
    "utf8-with-stray-bytes": (_rss(UTF8).encode("utf-8").replace(b"officials", b"offi\xff\xfecials"),
                              "", TITLE, "caf\u00e9 reopened \u201ctoday\u201d"),
    "utf8-header-says-latin1": (_rss("").encode("utf-8"), "application/xml; charset=iso-8859-1",
                                TITLE, "caf\u00e9 reopened"),
    "unknown-charset-label": (_rss('<?xml version="1.0" encoding="x-no-such-charset"?>').encode("utf-8"),
                              "", TITLE, "caf\u00e9 reopened"),
    "json-bom": (b"\xef\xbb\xbf" + _json().encode("utf-8"), "application/feed+json", TITLE, "caf\u00e9"),
    "json-cp1252": (_json().encode("cp1252"), "application/feed+json", None, "caf\u00e9 reopened"),
}


@pytest.mark.parametrize("name", list(FEEDS))
def test_a_feed_in_any_encoding_gives_readable_text(name):
    data, ctype, title, words = FEEDS[name]
    feed = parse_feed(data, url="https://feeds.example/enc", headers={"content-type": ctype} if ctype else None)
    (entry,) = feed.entries
    if title is not None:
        assert entry.title == title
    assert words in entry.text
    assert "\u00c3" not in entry.text and "\u00e2\u20ac" not in entry.text  # no UTF-8 read as 1252
    assert "\x00" not in entry.text and "\ufeff" not in entry.text + entry.title


WIDE = ["utf16-bom-declared", "utf16-bom-undeclared", "utf16-be-bom", "utf32-le-bom", "utf32-be-bom",
        "utf32-le-no-bom", "utf16-le-no-bom"]


@pytest.mark.parametrize("name", WIDE)
def test_a_utf16_or_utf32_feed_is_told_from_a_page_and_added_as_a_feed(name, tmp_path):
    data = FEEDS[name][0]
    assert looks_like_feed(data, "application/rss+xml") and looks_like_feed(data)
    with FeedServer() as server, Library.open(tmp_path / "library.sqlite3") as lib:
        server.routes["/feed"] = Route(body=data, content_type="application/xml")
        added = add_source(lib, server.url("/feed"), Config(connect_timeout=5, total_timeout=10))
        assert added.source.kind == "feed" and added.new == 1
        (row,) = lib.articles(source_id=added.source.id)
        assert row.title == TITLE


@pytest.mark.parametrize("data", [
    b"\xff\xfe\x00\x00", b"\xef\xbb\xbf", b"\xfe\xff\xd8\x00", b"<?xml version='1.0' encoding='utf-32'?><rss/>",
    b"<?xml version='1.0' encoding='utf-16'?><rss version='2.0'><channel><title>x</title></channel></rss>",
    "<rss version='2.0'><channel><item><title>\ud800</title></item></channel></rss>".encode("utf-8", "surrogatepass"),
])
def test_nonsense_encodings_are_a_feed_error_or_text_never_a_crash(data):
    try:
        feed = parse_feed(data, url="https://feeds.example/enc")
    except FeedError as exc:
        assert "feeds.example" in str(exc)
        return
    for entry in feed.entries:
        entry.title.encode("utf-8")  # no lone surrogates
        entry.text.encode("utf-8")


PAGE = ("<html><head>{meta}<title>{title}</title></head><body><article><h1>{title}</h1>"
        + "<p>{body} The harbour master said the quay would reopen next month.</p>" * 3
        + "<p>Page {{name}}.</p>"
        + "</article></body></html>")
# name: (bytes, content type, expected title)
PAGES = {
    "meta-gb2312-but-utf8": (PAGE.format(meta='<meta charset="gb2312">', title=ZH_TITLE, body=ZH_BODY)
                             .encode("utf-8"), "text/html", ZH_TITLE),
    "header-gb2312-but-utf8": (PAGE.format(meta="", title=ZH_TITLE, body=ZH_BODY).encode("utf-8"),
                               "text/html; charset=gb2312", ZH_TITLE),
    "cp1252-no-declaration": (PAGE.format(meta="", title=TITLE, body=BODY).encode("cp1252"), "text/html", TITLE),
    "cp1252-declared-utf8": (PAGE.format(meta='<meta charset="utf-8">', title=TITLE, body=BODY)
                             .encode("cp1252"), "text/html; charset=utf-8", TITLE),
    "utf16-bom": (PAGE.format(meta="", title=TITLE, body=BODY).encode("utf-16"), "text/html", TITLE),
    "utf8-bom-header-latin1": (b"\xef\xbb\xbf" + PAGE.format(meta="", title=TITLE, body=BODY).encode("utf-8"),
                               "text/html; charset=iso-8859-1", TITLE),
    "stray-bytes": (PAGE.format(meta='<meta charset="utf-8">', title=TITLE, body=BODY).encode("utf-8")
                    .replace(b"harbour master", b"harbour \xff\xc0master"), "text/html", TITLE),
    "bogus-charset": (PAGE.format(meta='<meta charset="x-bogus">', title=TITLE, body=BODY).encode("utf-8"),
                      "text/html; charset=\"\"", TITLE),
}


def test_pages_in_any_encoding_over_loopback_land_readable(tmp_path):
    with FeedServer() as server, Library.open(tmp_path / "library.sqlite3") as lib:
        for name, (data, ctype, _title) in PAGES.items():
            data = data.replace(b"{name}", name.encode()).replace("{name}".encode("utf-16")[2:], name.encode("utf-16")[2:])
            server.routes[f"/{name}"] = Route(body=data, content_type=ctype)
        config = Config(connect_timeout=5, total_timeout=10, retention_days=0)
        added = {name: add_source(lib, server.url(f"/{name}"), config) for name in PAGES}
        for name, result in added.items():
            assert result.new == 1, name
            (row,) = lib.articles(source_id=result.source.id)
            assert row.title == PAGES[name][2], (name, row.title)
            text = lib.article(row.id).text
            assert "\u00c3" not in text and "\u00e2\u20ac" not in text, (name, text[:80])
        assert not refresh(lib, config).failed


@pytest.mark.parametrize("data", [
    TITLE.encode("cp1252") + b"\n\n" + BODY.encode("cp1252"),
    b"\xef\xbb\xbf" + (TITLE + "\n\n" + BODY).encode("utf-8"),
    (TITLE + "\n\n" + BODY).encode("utf-16"),
    (TITLE + "\n\n" + BODY).encode("utf-8").replace(b"officials", b"offi\xffcials"),
])
def test_a_local_file_in_any_encoding_is_read(data):
    try:
        article = load_bytes(data, source="enc.txt", name="enc.txt")
    except SourceError as exc:  # pragma: no cover - a refusal must at least name the file
        pytest.fail(f"refused a readable file: {exc}")
    assert article.title == TITLE
    assert "caf\u00e9 reopened" in article.text


def test_a_json_feed_with_lone_surrogates_lands_with_replacement_characters(tmp_path):
    # "\ud800" is valid JSON and decodes to a lone surrogate, which SQLite and UTF-8 refuse.
    body = " ".join(["The council met on Monday and agreed on the plan, the mayor said."] * 10)
    doc = ('{"version": "https://jsonfeed.org/version/1.1", "title": "Feed \\ud800", "items": ['
           '{"id": "1\\udfff", "title": "Title \\ud800 here", "content_text": "' + body + ' \\ud83d end",'
           ' "authors": [{"name": "A\\udc00 Writer"}], "url": "https://x.example/a\\ud800"}]}').encode("ascii")
    with FeedServer() as server, Library.open(tmp_path / "library.sqlite3") as lib:
        server.routes["/feed"] = Route(body=doc, content_type="application/feed+json")
        lib.add_source("feed", server.url("/feed"))
        report = refresh(lib, Config(connect_timeout=5, total_timeout=10, retention_days=0))
        assert not report.failed, report.errors
        (row,) = lib.articles(view="all")
        article = lib.article(row.id)
        assert row.title == "Title \ufffd here" and article.text.endswith("\ufffd end")
        assert article.byline == "A\ufffd Writer"
        for value in (row.title, article.text, article.byline, row.url or "", lib.sources()[0].title):
            value.encode("utf-8")
