"""What the reader asks of the library: mark many read and undo it at once, tags, rename,
natural order of sources, FTS5-style search, and a change counter for other writers."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefs.errors import LibraryError
from briefs.model import Article
from briefs.store.library import Library, natural_key


@pytest.fixture
def lib(tmp_path: Path):
    with Library.open(tmp_path / "data" / "library.sqlite3") as library:
        yield library


def _a(text: str, title: str = "Title") -> Article:
    return Article(text=text, title=title, source="test")


def test_mark_read_is_one_decision_that_one_undo_reverts(lib: Library):
    a, b, c = lib.add_articles([_a("One."), _a("Two."), _a("Three.")])
    lib.set_state(c, "flagged")
    assert lib.mark_read([a, b, c]) == 2
    assert [lib.row(i).state for i in (a, b, c)] == ["read", "read", "flagged"]
    undone = lib.undo_last()
    assert undone is not None and set(undone.article_ids) == {a, b}
    assert (undone.old_state, undone.new_state) == ("unread", "read")
    assert [lib.row(i).state for i in (a, b, c)] == ["unread", "unread", "flagged"]
    undone = lib.undo_last()
    assert undone is not None and undone.article_ids == (c,) and undone.new_state == "flagged"
    assert lib.undo_last() is None


def test_tags_are_cleaned_replaced_and_filter_articles(lib: Library):
    a, b = lib.add_articles([_a("Talks in Beijing."), _a("Markets fell.")])
    assert lib.set_tags(a, ["China", " talks ", "China", "trade war", ""]) == ("China", "talks", "trade-war")
    lib.set_tags(b, ["talks"])
    assert lib.tags(a) == ("China", "talks", "trade-war")
    assert lib.all_tags() == [("China", 1), ("talks", 2), ("trade-war", 1)]
    assert {r.id for r in lib.articles(view="all", tag="talks")} == {a, b}
    assert [r.id for r in lib.articles(view="all", tag="China")] == [a]
    lib.set_tags(a, [])
    assert lib.tags(a) == ()
    with pytest.raises(LibraryError):
        lib.set_tags("nope", ["x"])


def test_sources_sort_naturally_and_rename_keeps_its_name(lib: Library):
    for n in (10, 2, 1):
        lib.add_source("feed", f"https://example.org/{n}.xml", title=f"Feed {n}")
    assert [s.title for s in lib.sources()] == ["Feed 1", "Feed 2", "Feed 10"]
    feed10 = lib.find_source("Feed 10")
    assert feed10 is not None
    assert lib.rename_source(feed10.id, "  Alpha news ").title == "Alpha news"
    assert [s.title for s in lib.sources()][0] == "Alpha news"
    with pytest.raises(LibraryError):
        lib.rename_source(feed10.id, "   ")
    assert natural_key("feed 9") < natural_key("Feed 10")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("beijing OR markets", {"talks", "markets"}),
        ('"great hall"', {"talks"}),
        ('"hall great"', set()),
        ("beijing -taiwan", {"markets"}),
        ('beijing -"great hall"', {"markets"}),
        ("-taiwan", {"markets", "weather"}),
        ("beijing NOT taiwan", {"markets"}),
        ("beij", {"talks", "markets"}),
    ],
)
def test_search_reads_or_phrases_and_minus_as_fts5_users_expect(lib: Library, query, expected):
    ids = lib.add_articles([
        _a("Blinken met Xi in the Great Hall in Beijing. Taiwan came up.", title="talks"),
        _a("Markets in Beijing fell on Tuesday.", title="markets"),
        _a("Rain all week.", title="weather"),
    ])
    titles = {lib.row(i).id: lib.row(i).title for i in ids}
    assert {titles[r.id] for r in lib.articles(view="all", search=query)} == expected


def test_data_version_moves_when_another_connection_writes(lib: Library):
    before = lib.data_version()
    lib.add_articles([_a("Mine.")])
    assert lib.data_version() == before  # our own writes: we know about them already
    with Library.open(lib.path) as other:
        other.add_articles([_a("From the command line.")])
    assert lib.data_version() != before


def test_a_source_cannot_be_renamed_to_another_sources_name(lib: Library):
    """Names pick sources on the command line (`--feed`, `remove`, `rename`): two alike would be ambiguous."""
    first = lib.add_source("feed", "https://a.example/feed", title="Harbour desk")
    second = lib.add_source("feed", "https://b.example/feed", title="City desk")
    with pytest.raises(LibraryError, match="already named"):
        lib.rename_source(second, "harbour DESK")
    assert lib.source(second).title == "City desk"
    assert lib.rename_source(first, "Harbour Desk").title == "Harbour Desk"  # its own name, re-cased
