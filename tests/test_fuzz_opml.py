"""Fuzzing OPML: a real subscription list (and our own export of it) mutated byte by byte.
`parse_opml` gives clean http(s) subscriptions or a FeedError naming the file, nothing else;
and whatever it gives goes into the library and back out as OPML that reads the same.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_fuzz_feeds import assert_clean, mutated

from briefs.errors import FeedError
from briefs.library import SourceInfo
from briefs.opml import parse_opml, write_opml
from briefs.safety import is_fetchable_url

FIXTURE = Path(__file__).parent / "fixtures" / "hostile" / "subscriptions.opml"
SEED = FIXTURE.read_bytes()


def _exported() -> bytes:
    feeds = parse_opml(SEED, source="seed")
    infos = [SourceInfo(i, "feed", f.url, f.title, f.category, 0, 0, None, None) for i, f in enumerate(feeds)]
    return write_opml(infos)


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
    infos = [SourceInfo(i, "feed", f.url, f.title, f.category, 0, 0, None, None) for i, f in enumerate(feeds)]
    again = parse_opml(write_opml(infos), source="round-trip")
    assert [f.url for f in again] == urls


@settings(max_examples=100, deadline=None)
@given(title=st.text(max_size=60), category=st.one_of(st.none(), st.text(max_size=30)),
       query=st.text(max_size=30))
def test_any_title_category_or_url_query_survives_an_opml_round_trip(title, category, query):
    from urllib.parse import quote

    url = "https://feeds.example/rss?q=" + quote(query, safe="&=;/?:@")
    info = SourceInfo(1, "feed", url, title, category, 0, 0, None, None)
    (feed,) = parse_opml(write_opml([info]), source="round-trip")
    assert feed.url == url
    assert_clean(feed.title, one_line=True)
    assert_clean(feed.category, one_line=True)
