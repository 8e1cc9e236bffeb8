"""Feed parsing: every format, hostile XML, discovery, summaries turned into text."""

from __future__ import annotations

import io
import json
from pathlib import Path

import feedparser
import pytest
from feedserver import FeedServer, Route, fixture

from briefs.config import Config
from briefs.errors import FeedError
from briefs.refresh import refresh
from briefs.sources.feeds import (
    ParsedFeed,
    discover_feeds,
    html_to_text,
    looks_like_feed,
    parse_feed,
)
from briefs.store.library import Library

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


# --- what foreign test corpora found (issue 12); each snippet is in tests/fixtures/feed-quirks ---

QUIRKS = Path(__file__).parent / "fixtures" / "feed-quirks"


def quirk(name: str) -> ParsedFeed:
    return parse_feed((QUIRKS / name).read_bytes(), url="https://quirks.example/feed")


def titles(feed: ParsedFeed) -> list[str]:
    return [entry.title for entry in feed.entries]


def test_titles_marked_as_html_are_plain_text_decoded_once():
    atom = quirk("html-titles.atom")
    assert atom.title == "Notes \u2013 Blog"
    # type="html" is decoded; type="text" is shown as written, its entity left as text.
    assert titles(atom) == ["Don\u2019t panic", "Tags look like a <b> and &amp;lt; stays"]
    rss = quirk("html-titles.rss")
    assert rss.title == "Q&A weekly"
    assert titles(rss) == [
        "Q&A: Dune", "\u2018The Medium is the Message\u2019", "Tickets from \u00a35",
        "Write &lt;b&gt; for bold",  # escaped twice to be read as text: unescaped once, not twice
        "AT&T <3 fibre",
    ]


def test_json_feed_titles_carrying_html_entities_are_decoded():
    data = json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": "Notes &#8211; Blog",
        "items": [
            {"id": "1", "url": "https://j.example/1", "title": "Don&#8217;t <em>panic</em>", "content_text": "x"},
            {"id": "2", "url": "https://j.example/2", "title": "a < b and AT&T", "content_text": "y"},
        ],
    }).encode()
    feed = parse_feed(data, url=URL)
    assert feed.title == "Notes \u2013 Blog"
    assert titles(feed) == ["Don\u2019t panic", "a < b and AT&T"]


def test_c1_controls_are_read_as_windows_1252_punctuation():
    feed = quirk("cp1252-controls.rss")
    assert feed.title == "Don\u2019t stop desk"
    (entry,) = feed.entries
    assert entry.title == "Don\u2019t stop"
    assert entry.text == "\u201cQuoted\u201d words \u2013 and a price of \u20ac10\u2026 or so"
    data = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Don\u0092t",
                       "items": [{"id": "1", "title": "Don\u0092t stop", "content_html": "<p>\u0093Hi\u0094</p>",
                                  "summary": "It\u0092s"}]}).encode()
    json_feed = parse_feed(data, url=URL)
    (item,) = json_feed.entries
    assert (json_feed.title, item.title, item.text, item.summary) == (
        "Don\u2019t", "Don\u2019t stop", "\u201cHi\u201d", "It\u2019s")


def test_double_encoded_utf8_is_repaired():
    feed = quirk("double-utf8.rss")
    (entry,) = feed.entries
    assert (feed.title, entry.title, entry.byline) == ("Caf\u00e9 news", "\u00e9t\u00e9 2024", "Ren\u00e9e")
    assert entry.text == "Le caf\u00e9 a rouvert cet \u00e9t\u00e9."
    data = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "t",
                       "items": [{"id": "1", "title": "\u00c3\u00a9t\u00c3\u00a9 2024", "content_text": "x"}]}).encode()
    assert titles(parse_feed(data, url=URL)) == ["\u00e9t\u00e9 2024"]


def test_an_embed_or_an_unclosed_object_hides_nothing_after_it():
    rss = quirk("embeds.rss")
    assert [e.text for e in rss.entries] == [
        "Clip:\n\nThe council voted 7-2.", "Watch:\n\nThe mayor resigned on Friday.",
        "Listen:\n\nThe port reopened.",  # a closed object's fallback text is dropped
    ]
    assert quirk("embeds.atom").entries[0].text == "Clip:\n\nThe council voted 7-2."
    data = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [
        {"id": "1", "content_html": '<p>Clip:</p><embed src="v.swf"><p>The council voted 7-2.</p>'}]}).encode()
    assert parse_feed(data, url=URL).entries[0].text == "Clip:\n\nThe council voted 7-2."
    assert html_to_text('<p>A</p><iframe src="x"/><p>B</p>') == "A\n\nB"
    assert html_to_text('<p>A</p><iframe src="x">fallback</iframe><p>B</p>') == "A\n\nB"
    many = "<p>x</p><iframe src=a>" * 3000 + "<object><embed>" * 100 + "<p>end</p>"
    assert html_to_text(many).endswith("x\n\nend")


def test_atom_entries_inherit_their_source_or_feed_author_and_keep_every_author():
    assert [e.byline for e in quirk("authors.atom").entries] == ["Feed Desk", "Ada, Grace", "Source Writer"]


def test_rss_authors_every_creator_and_the_name_of_an_email_address():
    # RSS has no inheritance: the channel's managingEditor is not the item's author.
    assert [e.byline for e in quirk("authors.rss").entries] == ["Ada, Grace", "Jane Doe", None]


def test_an_entry_with_only_a_link_is_kept_to_fetch_its_page():
    feed = quirk("link-only.rss")
    assert [(e.url, e.needs_full_text) for e in feed.entries] == [
        ("https://quirks.example/only-a-link", True), ("https://quirks.example/only-a-guid", True),
    ]
    assert titles(feed) == ["https://quirks.example/only-a-link", "https://quirks.example/only-a-guid"]


def test_an_internal_entity_in_single_quotes_is_read():
    feed = quirk("single-quoted-entity.rss")
    assert feed.title == "Fine Feed \u2014 entities"
    assert titles(feed) == ["Item one"]


def test_an_unreadable_date_is_no_date():
    assert [e.published for e in quirk("undated.rss").entries] == [None, "2025-10-06T08:00:00+00:00"]
    assert [e.published for e in quirk("undated.atom").entries] == [None]
    data = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [
        {"id": "1", "title": "a", "date_published": "yesterday"},
        {"id": "2", "title": "b", "date_published": "Mon, 06 Oct 2025 08:00:00 +0200"}]}).encode()
    assert [e.published for e in parse_feed(data, url=URL).entries] == [None, "2025-10-06T06:00:00+00:00"]


def test_a_link_only_entry_lands_with_its_page_text(tmp_path: Path):
    page = ("<html><head><title>Council passes the budget</title></head><body><article>"
            "<h1>Council passes the budget</h1>"
            + "<p>The council voted 7-2 on Monday to pass the budget, the mayor said after the meeting.</p>" * 4
            + "</article></body></html>").encode()
    with FeedServer() as server, Library.open(tmp_path / "library.sqlite3") as lib:
        feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Links</title>'
                b"<link>/</link><description>d</description><item><link>" + server.url("/budget").encode()
                + b"</link></item></channel></rss>")
        server.routes["/feed"] = Route(body=feed)
        server.routes["/budget"] = Route(body=page, content_type="text/html; charset=utf-8")
        lib.add_source("feed", server.url("/feed"))
        report = refresh(lib, Config(connect_timeout=5, total_timeout=10, retention_days=0))
        assert not report.failed, report.errors
        (row,) = lib.articles(view="all")
        assert row.url == server.url("/budget")
        assert row.title == "Council passes the budget"  # the page's title, not the URL
        assert "voted 7-2 on Monday" in lib.article(row.id).text


def test_a_link_whose_host_normalises_to_a_path_is_no_link_not_a_crash():
    for data in (
        '<rss version="2.0"><channel><title>t</title><item><title>Odd host</title>'
        "<link>https://\uff0f.example/</link><description>Body.</description></item></channel></rss>",
        # feedparser resolves the link, then repairs it as double-encoded UTF-8 into the above
        '<rss version="2.0"><channel><title>t</title><item><title>Odd host</title><source url="/s">S</source>'
        "<link>https://\u00ef\u00bc\u008f.example/</link><description>Body.</description></item></channel></rss>",
    ):
        (entry,) = parse_feed(data.encode(), url=URL).entries
        assert entry.title == "Odd host" and entry.url is None


def test_a_character_reference_to_a_control_character_costs_the_feed_nothing(tmp_path):
    """`[&#8:30;]` in one item's description (a mangled `&#8230;`) decodes to a backspace, which
    lxml refused to take back: the whole feed failed with a ValueError. Now the item is read."""
    from feedserver import rss

    with FeedServer() as server:
        server.routes["/f.xml"] = Route(body=rss("Desk", [
            {"title": "Talks resume", "link": server.url("/a"), "guid": "a",
             "description": "<p>The delegations met again [&#8:30;] in Geneva on Monday.</p><p>More.</p>"}]))
        with Library.open(tmp_path / "library.sqlite3") as library:
            library.add_source("feed", server.url("/f.xml"), title="Desk")
            report = refresh(library, Config())
            assert report.errors == []
            (row,) = library.articles(view="all")
            text = library.article(row.id).text
    assert "delegations met again" in text and "\x08" not in text
