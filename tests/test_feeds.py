"""Feed parsing: every format, hostile XML, discovery, summaries turned into text."""

from __future__ import annotations

import io
import json
from pathlib import Path

import feedparser
import pytest
from feedserver import fixture

from briefs.errors import FeedError
from briefs.feeds import discover_feeds, html_to_text, looks_like_feed, parse_feed

URL = "https://feeds.example/feed"


@pytest.mark.parametrize(
    ("name", "fmt", "title", "first"),
    [
        ("rss091.xml", "rss091n", "Old Wire 0.91", "Café owners meet the mayor"),
        ("rss10.rdf", "rss10", "RDF Daily", "RDF story A"),
        ("rss20.xml", "rss20", "World Desk", "Ministers agree to resume talks"),
        ("atom.xml", "atom10", "Atom Notes", "Atom entry one"),
        ("feed11.json", "json11", "JSON Journal", "JSON item one"),
        ("feed10.json", "json1", "JSON One Oh", "Old JSON"),
    ],
)
def test_every_feed_format_is_read(name: str, fmt: str, title: str, first: str):
    feed = parse_feed(fixture(name), url=URL)
    assert (feed.format, feed.title) == (fmt, title)
    assert feed.entries[0].title == first
    for entry in feed.entries:
        assert entry.url and entry.url.startswith("https://")
        assert "delegations met for three hours" in entry.text
        assert "<" not in entry.text and "&lt;" not in entry.text
        assert not entry.needs_full_text


def test_rss2_details_guid_date_author_content_and_relative_links():
    feed = parse_feed(fixture("rss20.xml"), url="https://worlddesk.example/rss")
    one, two = feed.entries
    assert one.guid == "wd-1001" and one.published == "2024-05-14T08:00:00+00:00"
    assert one.byline == "Sam Reporter"
    assert "alert(1)" not in one.text and "Second paragraph with bold words." in one.text
    assert one.summary == "Ministers agreed to resume talks."
    assert "\n\n" in one.text  # paragraphs kept
    assert two.url == "https://worlddesk.example/markets"


def test_json_feed_dates_authors_and_text():
    feed = parse_feed(fixture("feed11.json"), url=URL)
    one, two = feed.entries
    assert one.byline == "Jay Son" and one.summary == "One in short."
    assert two.published == "2024-07-02T09:00:00+00:00"
    old = parse_feed(fixture("feed10.json"), url=URL).entries[0]
    assert old.byline == "Old Author"


def test_a_summary_only_entry_asks_for_its_full_text():
    data = json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": "Teasers",
        "items": [
            {"id": "1", "url": "https://t.example/1", "title": "Short", "summary": "A short teaser."},
            {"id": "2", "url": "https://t.example/2", "title": "Teaser",
             "content_text": "Long words " * 80 + "Read more"},
            {"id": "3", "title": "No link", "content_text": "Too short but nowhere to go."},
            {"id": "4", "url": "javascript:alert(1)", "title": "Bad link", "content_text": "Short."},
        ],
    }).encode()
    short, teaser, nolink, badlink = parse_feed(data, url=URL).entries
    assert short.needs_full_text and short.summary == "A short teaser."
    assert teaser.needs_full_text
    assert not nolink.needs_full_text
    assert badlink.url is None and not badlink.needs_full_text


def test_garbage_is_a_feed_error_naming_the_url():
    for data in (b"\x00\x01garbage\xff" * 50, b"<html><body>Just a page</body></html>", b"{not json",
                 b'{"version": "nope", "items": []}'):
        with pytest.raises(FeedError, match="feeds.example"):
            parse_feed(data, url=URL)


def _xxe(secret: Path) -> bytes:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "file://{secret}">\n]>\n'
        '<rss version="2.0"><channel><title>Leak &xxe;</title>'
        '<item><title>Item &xxe;</title><description>Body &xxe;</description>'
        '<link>https://x.example/1</link></item></channel></rss>'
    ).encode()


def test_a_feed_referencing_a_local_file_never_leaks_it(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    data = _xxe(secret)
    with pytest.raises(FeedError, match="entities"):
        parse_feed(data, url=URL)
    # And feedparser itself, on bytes, does not resolve it either (defence in depth).
    parsed = feedparser.parse(io.BytesIO(data))
    assert "TOP-SECRET" not in json.dumps(parsed, default=str)


def test_an_entity_bomb_is_refused_quickly():
    lol = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    ]
    data = (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(lol) + "\n]>\n"
        '<rss version="2.0"><channel><title>&lol9;</title><item><title>x</title>'
        "<description>&lol9;</description></item></channel></rss>"
    ).encode()
    with pytest.raises(FeedError, match="entities"):
        parse_feed(data, url=URL)


def test_simple_character_entities_in_a_doctype_are_still_read():
    data = (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY nbsp "&#160;">\n]>\n'
        b'<rss version="2.0"><channel><title>Fine&nbsp;Feed</title><item><title>Item</title>'
        b"<link>https://x.example/1</link><description>Body text.</description></item></channel></rss>"
    )
    feed = parse_feed(data, url=URL)
    assert feed.title == "Fine\u00a0Feed" or feed.title == "Fine Feed"
    assert feed.entries[0].title == "Item"


def test_hostile_titles_and_bodies_are_cleaned():
    data = json.dumps({
        "version": "https://jsonfeed.org/version/1",
        "title": "Evil\x1b[2J feed",
        "items": [{"id": "1", "url": "https://e.example/1", "title": "Bad\u202e title\x07",
                   "content_html": "<p>Text\x1b]8;;http://x\x07 here</p><style>p{}</style>" + "x" * 700}],
    }).encode()
    feed = parse_feed(data, url=URL)
    assert feed.title == "Evil feed"
    entry = feed.entries[0]
    assert entry.title == "Bad title"
    assert "\x1b" not in entry.text and "p{}" not in entry.text


def test_feed_discovery_in_a_page():
    page = b"""<html><head><base href="https://site.example/news/">
    <link rel="alternate" type="application/rss+xml" href="rss.xml">
    <link rel="alternate" type="application/atom+xml" href="https://site.example/atom">
    <link rel="alternate" type="text/html" href="/other">
    <link rel="stylesheet" type="application/rss+xml" href="/nope">
    <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
    </head><body>hi</body></html>"""
    assert discover_feeds(page, "https://site.example/page") == [
        "https://site.example/news/rss.xml", "https://site.example/atom",
    ]
    assert discover_feeds(b"", "https://site.example/") == []


def test_looks_like_feed_tells_feeds_from_pages():
    assert looks_like_feed(fixture("rss20.xml"), "application/xml")
    assert looks_like_feed(fixture("atom.xml"), "text/html")  # misconfigured servers
    assert looks_like_feed(fixture("rss10.rdf"))
    assert looks_like_feed(fixture("feed11.json"), "application/json")
    assert not looks_like_feed(b"<html><body><p>rss</p></body></html>", "text/html")
    assert not looks_like_feed(b'{"a": 1}', "application/json")


def test_html_to_text_keeps_paragraphs_and_drops_scripts():
    html = "<p>One <b>bold</b>.</p><script>x()</script><ul><li>A</li><li>B</li></ul>Tail<br>line"
    assert html_to_text(html) == "One bold.\n\nA\n\nB\n\nTail\nline"
    assert html_to_text("plain &amp; simple") == "plain & simple"
    assert html_to_text("") == ""
