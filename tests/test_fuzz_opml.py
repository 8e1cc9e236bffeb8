"""Fuzzing OPML: a real subscription list (and our own export of it) mutated byte by byte.
`parse_opml` gives clean http(s) subscriptions or a FeedError naming the file, nothing else;
and whatever it gives goes into the library and back out as OPML that reads the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_fuzz_feeds import assert_clean, mutated

from briefs.errors import FeedError
from briefs.safety import is_fetchable_url
from briefs.sources.opml import OpmlFeed, parse_opml, write_opml

FIXTURE = Path(__file__).parent / "fixtures" / "hostile" / "subscriptions.opml"
SEED = FIXTURE.read_bytes()


def _exported() -> bytes:
    feeds = parse_opml(SEED, source="seed")
    return write_opml(feeds)


SEEDS = [SEED, _exported()]


def test_the_fixture_reads_as_expected():
    feeds = parse_opml(SEED, source="seed")
    assert [f.url for f in feeds] == [
        "https://world.example/rss", "https://evil.example/feed?a=1&b=2", "http://nested.example/atom.xml",
        "https://cafe.example/feed.json", "https://bidi.example/rss", "https://upper.example/rss",
    ]
    assert feeds[1].title == "[@click=app.quit]Evil[/]"  # kept literally, shown as text later
    assert feeds[2].category == "News/Deeper" and feeds[3].category == "Tech-Science"
    assert feeds[4].title == "txt.exe"  # the bidi override is gone


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=mutated(SEEDS))
def test_a_mutated_opml_gives_clean_subscriptions_or_a_feed_error(data: bytes):
    try:
        feeds = parse_opml(data, source="fuzz.opml")
    except FeedError as exc:
        assert "fuzz.opml" in str(exc)
        return
    urls = [f.url for f in feeds]
    assert len(urls) == len(set(urls))
    for feed in feeds:
        assert is_fetchable_url(feed.url)
        assert_clean(feed.url, one_line=True)
        assert_clean(feed.title, one_line=True)
        assert_clean(feed.category, one_line=True)
    # What was read writes back out and reads the same.
    again = parse_opml(write_opml(feeds), source="round-trip")
    assert [f.url for f in again] == urls


@settings(max_examples=100, deadline=None)
@given(title=st.text(max_size=60), category=st.one_of(st.none(), st.text(max_size=30)),
       query=st.text(max_size=30))
def test_any_title_category_or_url_query_survives_an_opml_round_trip(title, category, query):
    from urllib.parse import quote

    url = "https://feeds.example/rss?q=" + quote(query, safe="&=;/?:@")
    (feed,) = parse_opml(write_opml([OpmlFeed(url, title, category)]), source="round-trip")
    assert feed.url == url
    assert_clean(feed.title, one_line=True)
    assert_clean(feed.category, one_line=True)


@pytest.mark.parametrize("encoding", ["gb2312", "shift_jis", "big5", "euc-kr", "utf-16", "iso-8859-1"])
def test_an_opml_file_in_a_multibyte_encoding_is_read(encoding: str):
    title = {"gb2312": "\u4e2d\u6587\u65b0\u95fb", "shift_jis": "\u65e5\u672c\u8a9e", "big5": "\u4e2d\u6587",
             "euc-kr": "\ud55c\uad6d\uc5b4", "utf-16": "\u4e2d\u6587", "iso-8859-1": "Caf\u00e9"}[encoding]
    doc = (f'<?xml version="1.0" encoding="{encoding}"?><opml version="2.0"><body>'
           f'<outline text="{title}" xmlUrl="https://a.example/feed"/></body></opml>')
    (feed,) = parse_opml(doc.encode(encoding), source="subs.opml")
    assert feed.title == title and feed.url == "https://a.example/feed"


@pytest.mark.parametrize("encoding", ["TTF-8", "x", "utf-7\u00e9", "", "cp037"])
def test_an_opml_file_with_a_bogus_encoding_is_a_feed_error(encoding: str):
    doc = (f'<?xml version="1.0" encoding="{encoding}"?><opml version="2.0"><body>'
           '<outline text="t" xmlUrl="https://a.example/feed"/></body></opml>').encode()
    try:
        feeds = parse_opml(doc, source="subs.opml")
    except FeedError as exc:
        assert "subs.opml" in str(exc)
    else:
        assert all(is_fetchable_url(f.url) for f in feeds)
