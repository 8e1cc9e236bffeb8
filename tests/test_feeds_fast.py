"""The fast RSS 2.0 path gives exactly feedparser's entries, or steps aside.

`parse_feed` reads plain, well-formed RSS 2.0 with lxml (feeds._fast_rss) and hands
everything else to feedparser. The rule checked here: on every fixture feed, on generated
feeds mixing what the fast path knows with what it does not, and on byte-mutated feeds,
the fast path either returns None or a ParsedFeed equal to feedparser's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_fuzz_feeds import mutated
from test_hostile_encodings import FEEDS as ENCODED_FEEDS

from briefs.sources import feeds
from briefs.sources.feeds import parse_feed

FIXTURES = Path(__file__).parent / "fixtures"
URL = "https://fast.example/news/feed.xml"
CT = "application/rss+xml"


def both(data: bytes, url: str = URL, content_type: str = CT):
    """(fast result or None, feedparser's result or its FeedError) for the same document."""
    data, content_type = feeds._utf8_when_it_is(data, content_type)
    fast = feeds._fast_rss(data, url, content_type)
    try:
        slow = feeds._feedparser_feed(data, url, content_type)
    except feeds.FeedError as exc:
        slow = exc
    return fast, slow


def agree(data: bytes, url: str = URL, content_type: str = CT) -> bool:
    """True when the fast path read the document (and matched feedparser); False when it stepped aside."""
    fast, slow = both(data, url, content_type)
    if fast is None:
        return False
    assert not isinstance(slow, Exception), f"fast path read what feedparser refuses: {slow}"
    assert fast.title == slow.title
    assert fast.link == slow.link
    assert fast.format == slow.format
    assert len(fast.entries) == len(slow.entries)
    for mine, theirs in zip(fast.entries, slow.entries, strict=True):
        assert mine == theirs
    assert fast == slow
    return True


def _fixture_feeds() -> list[Path]:
    return sorted(
        p for p in FIXTURES.rglob("*")
        if p.is_file() and p.suffix in (".xml", ".rdf", ".rss", ".atom", ".json")
        and "articles" not in p.parts
    )


@pytest.mark.parametrize("path", _fixture_feeds(), ids=lambda p: str(p.relative_to(FIXTURES)))
def test_every_fixture_feed_reads_the_same(path):
    agree(path.read_bytes())


@pytest.mark.parametrize("name", list(ENCODED_FEEDS))
def test_every_encoding_reads_the_same(name):
    """UTF-16 and UTF-32 with or without a mark, cp1252, UTF-8 mislabelled…: one answer."""
    data, content_type, _title, _words = ENCODED_FEEDS[name]
    agree(data, content_type=content_type)


def test_plain_rss20_takes_the_fast_path():
    assert agree((FIXTURES / "feeds" / "rss20.xml").read_bytes())
    assert agree((FIXTURES / "feeds" / "rss20.xml").read_bytes(), content_type="")


def test_other_formats_go_to_feedparser():
    for name in ("atom.xml", "rss091.xml", "rss10.rdf"):
        fast, _ = both((FIXTURES / "feeds" / name).read_bytes())
        assert fast is None, name


def test_parse_feed_uses_the_fast_path_and_gives_the_same(monkeypatch):
    data = _doc(["<title>One</title><link>/one</link><description>Text one.</description>"])
    expected = feeds._feedparser_feed(data, URL, CT)

    def no_feedparser(*args, **kwargs):
        raise AssertionError("feedparser called on plain RSS 2.0")

    monkeypatch.setattr(feeds, "_feedparser_feed", no_feedparser)
    assert parse_feed(data, url=URL, headers={"content-type": CT}) == expected


# --- generated feeds ----------------------------------------------------------------------------

TEXTS = [
    "Plain words", "  padded  ", "", "AT&amp;T and Q&amp;A", "&lt;b&gt;bold&lt;/b&gt; title",
    "<![CDATA[<p>Para <b>one</b></p><p>two</p>]]>", "<![CDATA[  spaced cdata  ]]>",
    "caf\u00e9 \u2014 na\u00efve \u4e2d\u6587", "line\none", "tab\there", "&#8217;quote&#8217;",
    "Read more\u2026", "x" * 700, "&amp;nbsp;", "a &gt; b", "\u00a0nbsp\u00a0",
    # what foreign corpora found (issue 12): C1 controls, double-encoded UTF-8, embeds, HTML titles
    "Don\u0092t stop \u0081\u009b31m", "\u00c3\u00a9t\u00c3\u00a9 2024", "\u0093\u00c3\u00a9\u0094",
    '<![CDATA[<p>Clip:</p><embed src="v.swf"><p>The council voted 7-2.</p>]]>',
    '<![CDATA[<p>Watch:</p><object data="v"><param name="a" value="b"><p>After</p>]]>',
    "Q&amp;amp;A: &lt;i&gt;Dune&lt;/i&gt;", "&amp;#8216;Medium&amp;#8217; &amp;#163;5", "AT&amp;T &lt;3",
]
LINKS = [
    "https://site.example/a", "/relative/path", "relative", "//other.example/x", "http:///triple",
    "javascript:alert(1)", "https://site.example/q?a=1&amp;b=2", "https://site.example/q?a=1&amp;amp;b=2",
    "", "  https://site.example/spaced  ", "mailto:x@example.com", "urn:uuid:1234", "ftp://f.example/",
    "https://site.example/p?x=&amp;lt;", "http://[::1", "https://site.example/caf\u00c3\u00a9",
    "https://site.example/\u0092q", "https://\u00ef\u00bc\u008f.example/",
]
DATES = [
    "Mon, 06 Oct 2025 08:00:00 GMT", "6 Oct 2025 08:00:00 +0200", "Tue, 07 Oct 2025 23:59:59 -0530",
    "Wed, 31 Feb 2025 10:00:00 GMT", "Thu, 09 Oct 2025 10:00:00 EST", "2025-10-09T10:00:00Z",
    "Fri, 10 Oct 25 10:00:00 GMT", "Sat, 11 Oct 2025 10:00 GMT", "", "not a date",
    "Sun, 12 Oct 2025 24:00:00 GMT", "Mon, 13 Oct 2025 10:00:00 UT", "Mon, 13 Oct 2025 10:00:00 Z",
    "Mon, 01 Jan 1970 00:00:00 +1400", "mon, 13 oct 2025 10:00:00 gmt", "Mon, 13 Oct 2025 10:00:60 GMT",
    "yesterday",
]
AUTHORS = ["Sam Reporter", "sam@example.com (Sam Reporter)", "", "Dana (desk)", "A &amp; B",
           "noreply@blogger.com (Jane Doe)", "Ren\u00c3\u00a9e", "Ren\u0092e"]


@st.composite
def item_xml(draw) -> str:
    parts = []
    kinds = draw(st.lists(st.sampled_from(
        ["title", "link", "guid", "guid_false", "guid_true", "guid_True", "pubDate", "description",
         "content", "creator", "author", "category", "comments", "enclosure", "dcdate", "source",
         "comment_node", "title_markup", "attr", "wfw", "slash"]), max_size=9))
    for kind in kinds:
        text = draw(st.sampled_from(TEXTS))
        if kind == "title":
            parts.append(f"<title>{text}</title>")
        elif kind == "title_markup":
            parts.append("<title>A <b>bold</b> title</title>")
        elif kind == "link":
            parts.append(f"<link>{draw(st.sampled_from(LINKS))}</link>")
        elif kind.startswith("guid"):
            value = draw(st.sampled_from(LINKS + ["f1-i2", "  id-3  "]))
            attr = {"guid": "", "guid_false": ' isPermaLink="false"', "guid_true": ' isPermaLink="true"',
                    "guid_True": ' isPermaLink="True"'}[kind]
            parts.append(f"<guid{attr}>{value}</guid>")
        elif kind == "pubDate":
            parts.append(f"<pubDate>{draw(st.sampled_from(DATES))}</pubDate>")
        elif kind == "description":
            parts.append(f"<description>{text}</description>")
        elif kind == "content":
            parts.append(f"<content:encoded>{text}</content:encoded>")
        elif kind == "creator":
            parts.append(f"<dc:creator>{draw(st.sampled_from(AUTHORS))}</dc:creator>")
        elif kind == "author":
            parts.append(f"<author>{draw(st.sampled_from(AUTHORS))}</author>")
        elif kind == "category":
            parts.append('<category domain="d">World</category>')
        elif kind == "comments":
            parts.append(f"<comments>{draw(st.sampled_from(LINKS))}</comments>")
        elif kind == "enclosure":
            parts.append('<enclosure url="https://site.example/a.mp3" length="1" type="audio/mpeg"/>')
        elif kind == "dcdate":
            parts.append("<dc:date>2025-10-01T10:00:00Z</dc:date>")
        elif kind == "source":
            parts.append('<source url="https://src.example/">Src</source>')
        elif kind == "comment_node":
            parts.append("<!-- a comment -->")
        elif kind == "attr":
            parts.append('<title xml:lang="en">Lang title</title>')
        elif kind == "wfw":
            parts.append(f"<wfw:commentRss>{draw(st.sampled_from(LINKS))}</wfw:commentRss>")
        elif kind == "slash":
            parts.append("<slash:comments>3</slash:comments>")
    return "".join(parts)


def _doc(items: list[str], channel_extra: str = "", title: str = "Feed &amp; title",
         link: str = "https://site.example/") -> bytes:
    body = "".join(f"<item>{i}</item>" for i in items)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" '
        'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
        'xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
        'xmlns:slash="http://purl.org/rss/1.0/modules/slash/"><channel>'
        f"<title>{title}</title><link>{link}</link><description>d</description>{channel_extra}"
        f"{body}</channel></rss>"
    ).encode()


CHANNEL_EXTRAS = [
    "", "<language>en</language>", "<lastBuildDate>Mon, 06 Oct 2025 08:00:00 GMT</lastBuildDate>",
    "<image><url>https://site.example/i.png</url><title>Img</title><link>/</link></image>",
    '<atom:link xmlns:atom="http://www.w3.org/2005/Atom" href="https://site.example/feed" rel="self"/>',
    "<title>Second title</title>", "<link>/second</link>", "<ttl>60</ttl>", "<!-- c -->",
    '<category domain="x">C</category>', "<managingEditor>ed@example.com (Ed)</managingEditor>",
    '<atom:link href="https://site.example/feed" rel="self" type="application/rss+xml"/>',
    '<atom:link href="/other" rel="alternate" type="text/html"/>', '<atom:link href="https://hub.example/" rel="hub"/>',
    "<atom:link rel='self'>text</atom:link>", "<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>",
    "<image><url>/i.png</url><title>Image &amp; title</title><link>https://img.example/</link><width>32</width></image>",
    "<image><title>Only an image title</title></image><title>Late title</title>",
    "<image><title>a</title><title>b</title></image>", '<image><url x="1">/i.png</url></image>',
    "<image><url>/i.png</url><foo>bar</foo></image>", "<image>text<url>/i.png</url></image>",
    "<image/>", "<image><link></link><description>img</description></image>",
]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    items=st.lists(item_xml(), max_size=5),
    extra=st.sampled_from(CHANNEL_EXTRAS),
    title=st.sampled_from(TEXTS),
    link=st.sampled_from(LINKS),
    url=st.sampled_from([URL, "http://127.0.0.1:8080/feed/1.xml", "https://fast.example/"]),
    content_type=st.sampled_from([CT, "", "text/xml", "application/xml; charset=utf-8",
                                  "text/html", "application/rss+xml; charset=iso-8859-1"]),
)
def test_generated_feeds_read_the_same(items, extra, title, link, url, content_type):
    agree(_doc(items, extra, title, link), url, content_type)


def test_the_generator_reaches_the_fast_path():
    """Guard against a generator whose feeds all fall back (the test above would prove nothing)."""
    simple = _doc([
        '<title>T</title><link>/a?x=1&amp;y=2</link><guid>f1-i2</guid>'
        "<pubDate>6 Oct 2025 08:00:00 +0200</pubDate><description><![CDATA[<p>Hi</p>]]></description>"
        "<content:encoded>&lt;p&gt;Longer body&lt;/p&gt;</content:encoded><dc:creator>Sam</dc:creator>",
        '<guid isPermaLink="false">x</guid><description>Only a summary</description>',
        "<guid>https://site.example/only-guid</guid>",
        '<guid isPermaLink="True">  id-3  </guid><link></link><category domain="d">c</category>',
        "<title>Title only</title><comments>/c</comments><author>Dana (desk)</author>",
    ], "<language>en</language><ttl>5</ttl>")
    assert agree(simple)
    assert agree(simple, "http://127.0.0.1:8080/feed/1.xml", "")


WORDPRESS = b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"
 xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
 <title>Desk Notes</title>
 <atom:link href="https://desk.example/feed/" rel="self" type="application/rss+xml" />
 <link>https://desk.example</link>
 <description>News from the desk</description>
 <lastBuildDate>Mon, 06 Oct 2025 08:00:00 +0000</lastBuildDate>
 <language>en-US</language>
 <sy:updatePeriod>hourly</sy:updatePeriod>
 <sy:updateFrequency>1</sy:updateFrequency>
 <generator>https://wordpress.org/?v=6.4</generator>
 <image><url>https://desk.example/icon.png</url><title>Desk Notes</title><link>https://desk.example</link>
  <width>32</width><height>32</height></image>
 <item>
  <title>Talks resume in Geneva</title>
  <link>https://desk.example/2025/10/06/talks/</link>
  <comments>https://desk.example/2025/10/06/talks/#respond</comments>
  <dc:creator><![CDATA[Sam Reporter]]></dc:creator>
  <pubDate>Mon, 06 Oct 2025 07:30:00 +0000</pubDate>
  <category><![CDATA[World]]></category>
  <guid isPermaLink="false">https://desk.example/?p=123</guid>
  <description><![CDATA[<p>The delegations met again [&#8230;]</p>]]></description>
  <content:encoded><![CDATA[<p>The delegations met for three hours on Monday, officials said.</p>]]></content:encoded>
  <wfw:commentRss>https://desk.example/2025/10/06/talks/feed/</wfw:commentRss>
  <slash:comments>0</slash:comments>
 </item>
</channel>
</rss>"""


@pytest.mark.parametrize("name", ["cp1252-controls.rss", "double-utf8.rss", "embeds.rss", "link-only.rss"])
def test_plain_rss_snippets_of_issue_12_take_the_fast_path_and_read_the_same(name):
    """C1 controls, double-encoded UTF-8, embeds and link-only items are plain RSS 2.0: the fast
    path reads them, as feedparser does (every snippet of tests/fixtures/feed-quirks is also in
    test_every_fixture_feed_reads_the_same)."""
    assert agree((FIXTURES / "feed-quirks" / name).read_bytes())


def test_a_wordpress_like_feed_takes_the_fast_path():
    assert agree(WORDPRESS)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=mutated([(FIXTURES / "feeds" / "rss20.xml").read_bytes(), WORDPRESS]))
def test_mutated_feeds_read_the_same(data):
    agree(data)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(
    st.text(max_size=8),
    st.sampled_from(["read more", "Read  the full story", "continue reading", "(more)", "(MORE\u2026)",
                     "[...]", "[ \u2026 ]", "...", "\u2026", "keep reading", "full story", "FULL  ARTICLE",
                     "read the full article", " ", "\n", "!", ".", ">>", "\u017ftory", "\u212aeep reading",
                     "x" * 30]),
), max_size=8))
def test_teaser_shortcut_agrees_with_the_pattern(parts):
    text = "".join(parts)
    assert feeds._ends_like_teaser(text) == bool(feeds._TEASER.search(text))


def test_c1_controls_map_as_feedparsers_table():
    from feedparser.html import _cp1252

    from briefs.sources.decode import cp1252_c1

    assert {code: cp1252_c1(chr(code)) for code in _cp1252} == _cp1252
    assert [chr(c) for c in range(0x80, 0xA0) if c not in _cp1252] == [
        cp1252_c1(chr(c)) for c in range(0x80, 0xA0) if c not in _cp1252
    ]
