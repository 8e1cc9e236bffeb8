"""OPML: import, export, round trip with folders, and hostile documents refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefs.errors import FeedError
from briefs.sources.opml import OpmlFeed, parse_opml, write_opml
from briefs.store.library import Library

OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>My feeds</title></head>
  <body>
    <outline type="rss" text="Top level" xmlUrl="https://top.example/feed"/>
    <outline text="News">
      <outline type="rss" text="World Desk" title="World Desk" xmlUrl="https://world.example/rss" htmlUrl="https://world.example/"/>
      <outline text="Europe">
        <outline type="rss" text="Euro" xmlUrl="https://euro.example/atom"/>
      </outline>
    </outline>
    <outline text="Tech"><outline type="rss" text="Bits" xmlUrl="http://bits.example/feed.json"/></outline>
    <outline type="rss" text="Evil" xmlUrl="javascript:alert(1)"/>
    <outline type="rss" text="Local" xmlUrl="file:///etc/passwd"/>
    <outline type="rss" text="Dup" xmlUrl="https://top.example/feed"/>
  </body>
</opml>
"""


def test_opml_feeds_and_their_folders_are_read():
    assert parse_opml(OPML, source="subs.opml") == [
        OpmlFeed("https://top.example/feed", "Top level", None),
        OpmlFeed("https://world.example/rss", "World Desk", "News"),
        OpmlFeed("https://euro.example/atom", "Euro", "News/Europe"),
        OpmlFeed("http://bits.example/feed.json", "Bits", "Tech"),
    ]


def test_opml_round_trips_through_the_library(tmp_path: Path):
    with Library.open(tmp_path / "library.sqlite3") as lib:
        for feed in parse_opml(OPML, source="subs.opml"):
            lib.add_source("feed", feed.url, title=feed.title, category=feed.category)
        lib.add_source("folder", str(tmp_path), title="Not a feed")
        out = write_opml(
            OpmlFeed(s.location, s.title, s.category) for s in lib.sources() if s.kind == "feed"
        )
    assert out.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')
    again = parse_opml(out, source="out.opml")
    assert sorted(again, key=lambda f: f.url) == sorted(parse_opml(OPML, source="x"), key=lambda f: f.url)


def test_titles_with_markup_characters_survive_export():
    with_amp = [OpmlFeed("https://a.example/f?x=1&y=2", "Q&A <live> \"news\"", "R&D")]
    assert parse_opml(write_opml(with_amp), source="x") == with_amp


def test_an_opml_with_an_external_entity_is_refused(tmp_path: Path):
    secret = tmp_path / "secret"
    secret.write_text("SECRET")
    data = (
        f'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<opml version="2.0"><body><outline text="&x;" xmlUrl="https://a.example/"/></body></opml>'
    ).encode()
    with pytest.raises(FeedError, match="refused") as info:
        parse_opml(data, source="evil.opml")
    assert "evil.opml" in str(info.value) and "SECRET" not in str(info.value)


def test_an_entity_bomb_is_refused():
    lol = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    data = (
        f'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY l0 "lol">{lol}]>'
        '<opml version="2.0"><body><outline text="&l9;" xmlUrl="https://a.example/"/></body></opml>'
    ).encode()
    with pytest.raises(FeedError, match="refused"):
        parse_opml(data, source="bomb.opml")


@pytest.mark.parametrize("data", [b"", b"not xml", b"<html><body/></html>", b"<opml version='2.0'/>"])
def test_broken_opml_names_the_file(data: bytes):
    with pytest.raises(FeedError, match="broken.opml"):
        parse_opml(data, source="broken.opml")
