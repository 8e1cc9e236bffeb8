"""The SQLite library: dedup, triage and undo, search, briefs cache, pruning, crashes and two writers."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from briefs.engine import ENGINE_VERSION
from briefs.errors import LibraryError
from briefs.model import Article
from briefs.refresh import ensure_seeds
from briefs.store.library import Incoming, Library, fts_query


@pytest.fixture
def lib(tmp_path: Path):
    with Library.open(tmp_path / "data" / "library.sqlite3") as library:
        yield library


def _a(text: str, title: str = "Title", url: str | None = None, published: str | None = None) -> Article:
    return Article(text=text, title=title, url=url, published=published, source="test")


def test_opening_creates_the_folder_and_uses_wal(tmp_path: Path):
    path = tmp_path / "deep" / "er" / "library.sqlite3"
    with Library.open(path) as library:
        assert library.is_empty()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 1
    conn.close()


def test_a_corrupt_library_is_moved_aside_not_deleted(tmp_path: Path, caplog):
    path = tmp_path / "library.sqlite3"
    garbage = b"this is not sqlite at all" * 100
    path.write_bytes(garbage)
    with Library.open(path) as library:
        assert library.is_empty()
        library.add_source("feed", "https://example.org/feed")
    aside = list(tmp_path.glob("library.sqlite3.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == garbage
    assert "moved it to" in caplog.text and str(path) in caplog.text


def test_a_library_from_a_newer_version_is_refused_naming_the_file(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(LibraryError, match=str(path)):
        Library.open(path)


def test_dedup_by_guid_then_link_then_content_hash(lib: Library):
    feed = lib.add_source("feed", "https://example.org/feed", title="Example")
    other = lib.add_source("feed", "https://example.net/feed", title="Other")
    first = lib.add_articles([Incoming(_a("Body one.", url="https://e.org/1"), guid="g1")], feed)
    assert len(first) == 1
    # Same guid, same text: nothing new.
    assert lib.add_articles([Incoming(_a("Body one.", url="https://e.org/1"), guid="g1")], feed) == []
    # Same link from another feed: the same article.
    assert lib.add_articles([Incoming(_a("Body one.", url="https://e.org/1"), guid="x")], other) == []
    # Same text under another link: a duplicate by content hash.
    assert lib.add_articles([_a("Body one.", url="https://mirror.org/1")], other) == []
    # The same guid in another feed is a different article.
    assert len(lib.add_articles([Incoming(_a("Body two.", url=None), guid="g1")], other)) == 1
    assert lib.counts()["all"] == 2


def test_an_updated_entry_replaces_its_text_and_keeps_its_state(lib: Library):
    feed = lib.add_source("feed", "https://example.org/feed")
    (aid,) = lib.add_articles([Incoming(_a("Old body.", title="Old"), guid="g")], feed)
    lib.set_state(aid, "flagged")
    result = lib.merge_articles([Incoming(_a("New body, corrected.", title="New"), guid="g")], feed)
    assert result.new == () and result.updated == (aid,)
    assert lib.article(aid).text == "New body, corrected."
    row = lib.row(aid)
    assert row.title == "New" and row.state == "flagged"
    assert lib.counts()["all"] == 1


def test_untrusted_text_is_cleaned_before_it_is_stored(lib: Library):
    (aid,) = lib.add_articles([_a("Body \x1b[31mred\x1b[0m\u202e here.", title="Ti\x07tle\nline")])
    art = lib.article(aid)
    assert "\x1b" not in art.text and "\u202e" not in art.text
    assert art.title == "Title line"


def test_views_and_counts_follow_triage(lib: Library):
    ids = lib.add_articles([_a(f"Body {i}.", title=f"T{i}") for i in range(4)])
    lib.set_state(ids[0], "flagged")
    lib.set_state(ids[1], "archived")
    lib.set_state(ids[2], "read")
    lib.mark_saved(ids[3], "/tmp/x.md")
    assert {r.id for r in lib.articles("flagged")} == {ids[0]}
    assert {r.id for r in lib.articles("archive")} == {ids[1]}
    assert {r.id for r in lib.articles("saved")} == {ids[3]}
    assert ids[1] not in {r.id for r in lib.articles("inbox")}
    assert len(lib.articles("all")) == 4
    assert lib.counts() == {"inbox": 3, "unread": 1, "flagged": 1, "saved": 1, "archive": 1, "all": 4}
    with pytest.raises(LibraryError):
        lib.set_state(ids[0], "deleted")
    with pytest.raises(LibraryError):
        lib.articles("nonsense")


def test_articles_are_listed_newest_first(lib: Library):
    lib.add_articles([
        _a("Older.", title="older", published="2024-01-01T10:00:00+00:00"),
        _a("Newer.", title="newer", published="2024-03-01T10:00:00Z"),
        _a("Middle.", title="middle", published="2024-02-01"),
    ])
    assert [r.title for r in lib.articles()] == ["newer", "middle", "older"]
    assert [r.title for r in lib.articles(limit=1)] == ["newer"]


def test_undated_articles_sort_after_dated_ones_however_new(lib: Library):
    lib.add_articles([_a("Old.", title="old", published="2015-03-18")])
    lib.add_articles([_a("Undated.", title="undated"), _a("Bad date.", title="bad", published="soon")])
    lib.add_articles([_a("Newer.", title="newer", published="2019-01-03T07:00:02+00:00")])
    titles = [r.title for r in lib.articles()]
    assert titles[:2] == ["newer", "old"], titles
    assert sorted(titles[2:]) == ["bad", "undated"]
    assert [r.published for r in lib.articles() if r.title == "undated"] == [None]


def test_triage_history_and_undo(lib: Library):
    a, b = lib.add_articles([_a("First."), _a("Second.")])
    lib.set_state(a, "flagged")
    lib.set_state(b, "archived")
    lib.set_state(a, "archived")
    assert [h[2] for h in lib.history()] == ["archived", "archived", "flagged"]
    assert lib.undo() == a and lib.row(a).state == "flagged"
    assert lib.undo() == b and lib.row(b).state == "unread"
    assert lib.undo() == a and lib.row(a).state == "unread"
    assert lib.undo() is None


def test_set_states_is_one_decision_that_one_undo_puts_back_article_by_article(lib: Library):
    a, b, c = lib.add_articles([_a("First."), _a("Second."), _a("Third.")])
    lib.set_state(b, "read")
    lib.set_state(c, "archived")
    assert lib.set_states([a, b, c, "gone"], "archived") == [a, b]  # c was archived already
    assert {lib.row(i).state for i in (a, b, c)} == {"archived"}
    undone = lib.undo_last()
    assert undone is not None and undone.article_ids == (a, b) and undone.new_state == "archived"
    assert [lib.row(i).state for i in (a, b, c)] == ["unread", "read", "archived"]
    assert lib.undo() == c and lib.row(c).state == "unread"


def test_setting_the_same_state_records_nothing(lib: Library):
    (a,) = lib.add_articles([_a("Only.")])
    lib.set_state(a, "unread")
    assert lib.history() == []


@pytest.mark.parametrize("query", ['"', "*", "NEAR(", "'", "AND", "OR NOT", "title:x", "(", "^", "-", "a\"b*c", "\x00"])
def test_hostile_search_queries_never_break_fts(lib: Library, query: str):
    lib.add_articles([_a("Blinken met Xi in Beijing.", title="Talks in Beijing")])
    lib.articles(search=query)  # must not raise


def test_search_matches_titles_and_bodies_by_word_prefix(lib: Library):
    a, b = lib.add_articles([
        _a("Blinken met Xi in Beijing.", title="Talks"),
        _a("Markets fell on Tuesday.", title="Beijing markets"),
    ])
    assert {r.id for r in lib.articles(search="beij")} == {a, b}
    assert {r.id for r in lib.articles(search='"Blinken" NEAR(')} == set()
    assert {r.id for r in lib.articles(search="blinken xi")} == {a}
    assert {r.id for r in lib.articles(search="  ")} == {a, b}
    assert fts_query("it's \"quoted\" *") == '"it"* "s"* "quoted"'


def test_search_follows_updates(lib: Library):
    feed = lib.add_source("feed", "https://example.org/feed")
    (aid,) = lib.add_articles([Incoming(_a("About apples."), guid="g")], feed)
    lib.add_articles([Incoming(_a("About oranges."), guid="g")], feed)
    assert lib.articles(search="apples") == []
    assert [r.id for r in lib.articles(search="oranges")] == [aid]


def test_briefs_are_cached_by_content_and_engine(lib: Library):
    feed = lib.add_source("feed", "https://example.org/feed")
    (aid,) = lib.add_articles([Incoming(_a("Xi met Blinken on Monday. They talked."), guid="g")], feed)
    assert lib.cached_brief(aid) is None
    assert aid in lib.unbriefed()
    brief = lib.brief(aid)
    assert brief.engine == ENGINE_VERSION
    assert lib.cached_brief(aid) == brief
    assert aid not in lib.unbriefed()
    lib.add_articles([Incoming(_a("A different body now."), guid="g")], feed)
    assert lib.cached_brief(aid) is None
    assert lib.brief(aid).article.text == "A different body now."


def test_settings_round_trip(lib: Library):
    assert lib.get_setting("theme", "dark") == "dark"
    lib.set_setting("theme", "nord")
    lib.set_setting("widths", [1, 2])
    assert lib.get_setting("theme") == "nord" and lib.get_setting("widths") == [1, 2]


def test_every_write_is_visible_to_another_connection_at_once(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    lib = Library.open(path)
    (aid,) = lib.add_articles([_a("Kept.")])
    lib.set_state(aid, "flagged")
    other = Library.open(path)  # as another process would see it, while the first stays open
    assert other.row(aid).state == "flagged"
    other.close()
    lib.close()


def _age(path: Path, article_id: str, days: int) -> None:
    when = (datetime.now(timezone.utc) - timedelta(days=days)).isoformat(timespec="seconds")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE articles SET added = ? WHERE id = ?", (when, article_id))
    conn.commit()
    conn.close()


def test_pruning_keeps_flagged_and_saved_and_does_not_bring_pruned_back(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as lib:
        feed = lib.add_source("feed", "https://example.org/feed")
        items = [Incoming(_a(f"Body {i}.", url=f"https://e.org/{i}"), guid=f"g{i}") for i in range(4)]
        old, flagged, saved, fresh = lib.add_articles(items, feed)
        lib.set_state(flagged, "flagged")
        lib.mark_saved(saved, tmp_path / "saved.md")
        for aid in (old, flagged, saved):
            _age(path, aid, 40)
        assert lib.prune(0) == 0
        assert lib.prune(30) == 1
        ids = {r.id for r in lib.articles("all")}
        assert ids == {flagged, saved, fresh}
        # The feed still carries the pruned entry: it must not come back as new.
        assert lib.add_articles(items, feed) == []


def test_removing_a_source_keeps_its_flagged_articles(lib: Library):
    feed = lib.add_source("feed", "https://example.org/feed", title="Ex")
    a, b = lib.add_articles([_a("One."), _a("Two.")], feed)
    lib.set_state(a, "flagged")
    lib.remove_source(feed)
    assert lib.sources() == []
    assert [r.id for r in lib.articles("all")] == [a]
    assert lib.row(a).source_id is None


def test_sources_report_counts(lib: Library):
    feed = lib.add_source("feed", "https://example.org/feed", title="Ex", category="World")
    a, _ = lib.add_articles([_a("One."), _a("Two.")], feed)
    lib.set_state(a, "read")
    (info,) = lib.sources()
    assert (info.title, info.category, info.unread, info.total) == ("Ex", "World", 1, 2)
    assert lib.find_source("ex") == info and lib.find_source(str(feed)) == info
    assert lib.add_source("feed", "https://example.org/feed") == feed


def test_the_library_is_usable_from_many_threads(lib: Library):
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(20):
                (aid,) = lib.add_articles([_a(f"Thread {n} item {i}.")])
                lib.set_state(aid, "read")
                lib.articles(search="thread")
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert lib.counts()["all"] == 80


def _writer(path: str, tag: str, n: int) -> None:
    with Library.open(path) as lib:
        for i in range(n):
            (aid,) = lib.add_articles([_a(f"{tag} article {i} " + "word " * 50)])
            lib.set_state(aid, "read")


def test_two_processes_write_at_once_without_database_is_locked(tmp_path: Path):
    path = str(tmp_path / "library.sqlite3")
    Library.open(path).close()
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, tag, 60)) for tag in ("alpha", "beta")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    with Library.open(path) as lib:
        assert lib.counts() == {"inbox": 120, "unread": 0, "flagged": 0, "saved": 0, "archive": 0, "all": 120}
        assert len(lib.history(500)) == 120


def test_first_run_imports_the_seeds_once(tmp_path: Path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "one.txt").write_text("Talks in Beijing\n\nXi met Blinken on Monday in Beijing.\n")
    (seeds / "two.md").write_text("# Markets\n\nMarkets fell on Tuesday after the talks.\n")
    with Library.open(tmp_path / "library.sqlite3") as lib:
        assert ensure_seeds(lib, seeds) == 2
        (src,) = lib.sources()
        assert (src.kind, src.title, src.total) == ("folder", "Seeds", 2)
        assert ensure_seeds(lib, seeds) == 0
        lib.remove_source(src.id)
        assert ensure_seeds(lib, seeds) == 0 and lib.is_empty()


def test_missing_seeds_add_nothing_and_are_tried_again(tmp_path: Path):
    with Library.open(tmp_path / "library.sqlite3") as lib:
        assert ensure_seeds(lib, tmp_path / "no-seeds-here") == 0
        assert lib.is_empty() and lib.get_setting("seeded") is None


def test_an_old_schema_is_migrated_in_place(tmp_path: Path):
    from briefs.store.schema import MIGRATIONS, SCHEMA_VERSION, statements

    path = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(path)
    for statement in statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("INSERT INTO sources(kind, location, title, added) VALUES ('feed', 'https://e.org/f', 'Old', 'x')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Library.open(path) as lib:
        (src,) = lib.sources()
        assert src.title == "Old" and lib.body_hash(src.id) is None
        lib.update_source(src.id, body_hash="abc", keep_cache=True)
        assert lib.body_hash(src.id) == "abc"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 2
    conn.close()


def test_no_search_string_at_all_breaks_fts(tmp_path: Path):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    with Library.open(tmp_path / "library.sqlite3") as lib:
        lib.add_articles([_a("Blinken met Xi in Beijing.", title="Talks")])

        @settings(max_examples=300, deadline=None)
        @given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
        def search(query: str) -> None:
            lib.articles(search=query)

        search()


def test_articles_stored_in_one_merge_are_searchable_even_when_one_updates_another(lib):
    # The full-text index is filled once per merge (branch `refresh`): an entry that updates one
    # inserted earlier in the same merge (a feed listing a guid twice) must not corrupt it.
    source = lib.add_source("feed", "https://example.com/feed.xml")
    first = Incoming(_a("The harbour council met on Monday about ferries.", "Ferries", "https://e.com/1"), guid="g1")
    again = Incoming(_a("The harbour council voted on Tuesday about tolls.", "Tolls", "https://e.com/1"), guid="g1")
    other = Incoming(_a("Lighthouse keepers gathered in the port.", "Lighthouse", "https://e.com/2"), guid="g2")
    result = lib.merge_articles([first, again, other], source)
    assert (len(result.new), len(result.updated)) == (2, 1)
    assert [r.title for r in lib.articles("all", search="tolls")] == ["Tolls"]
    assert lib.articles("all", search="ferries") == []
    assert [r.title for r in lib.articles("all", search="lighthouse")] == ["Lighthouse"]
    with lib._read() as c:  # FTS5 checks its index against the articles table
        c.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")


def test_several_feeds_are_stored_in_one_call_with_their_validators(lib):
    first = lib.add_source("feed", "https://example.com/a.xml")
    second = lib.add_source("feed", "https://example.com/b.xml")
    results = lib.store_feeds([
        (first, [Incoming(_a("Alpha text about the port.", "Alpha", "https://e.com/a"), guid="a")], {"etag": '"a"'}),
        (second, [Incoming(_a("Beta text about the bridge.", "Beta", "https://e.com/b"), guid="b")], {"etag": '"b"'}),
    ])
    assert [len(r.new) for r in results] == [1, 1]
    assert lib.validators()[first][0] == '"a"' and lib.validators()[second][0] == '"b"'
    assert [r.title for r in lib.articles("all", search="bridge")] == ["Beta"]


def test_a_sibling_connection_writes_without_holding_up_the_readers(tmp_path):
    """A refresh writes through `sibling()`: a batch it holds open never blocks the reader's list."""
    with Library.open(tmp_path / "lib.sqlite3") as lib:
        lib.add_articles([Article(text=f"Body {i}. " * 30, title=f"Title {i}", source="t") for i in range(3)])
        writing, release = threading.Event(), threading.Event()

        def hold_a_batch() -> None:
            with lib.sibling() as other, other._write() as c:
                c.execute("UPDATE articles SET title = title || '!'")
                writing.set()
                release.wait(600)  # held until the test is done reading: the wrong read waits 10 min

        writer = threading.Thread(target=hold_a_batch)
        writer.start()
        try:
            assert writing.wait(120)
            read: list[int] = []
            reader = threading.Thread(target=lambda: read.append(len(lib.articles(view="all"))))
            reader.start()
            # The shared connection's lock would hold it until the batch ends (10 min); a read
            # takes milliseconds, and the 60 s is far above what a loaded machine adds.
            reader.join(60)
            assert read == [3], "a read waited on the sibling's open write"
            assert all(not r.title.endswith("!") for r in lib.articles(view="all"))  # not committed yet
        finally:
            release.set()
            writer.join(60)
        assert all(r.title.endswith("!") for r in lib.articles(view="all"))
        lib.close()
        with pytest.raises(LibraryError):
            lib.sibling()


def test_distinct_headlines_sharing_a_teaser_are_each_kept(lib: Library):
    """A feed whose items all carry the same boilerplate text (their pages failed) keeps every
    headline; a whole article found again under another link and title is still one article."""
    feed = lib.add_source("feed", "https://example.org/feed")
    teaser = "Read the full story on our website."
    items = [Incoming(_a(teaser, title=f"Headline {i}", url=f"https://e.org/{i}"), guid=f"g{i}") for i in range(3)]
    assert len(lib.add_articles(items, feed)) == 3
    assert sorted(r.title for r in lib.articles(view="all")) == ["Headline 0", "Headline 1", "Headline 2"]
    # The same teaser under a title already kept: a duplicate.
    again = Incoming(_a(teaser, title="Headline 1", url="https://mirror.org/1"), guid="m1")
    assert lib.add_articles([again], feed) == []
    whole = " ".join(f"Sentence {i} of the whole article about the council vote." for i in range(20))
    assert len(lib.add_articles([_a(whole, title="Council votes", url="https://e.org/whole")], feed)) == 1
    mirrored = _a(whole, title="Council votes 7-2 (mirror)", url="https://mirror.org/whole")
    assert lib.add_articles([mirrored], feed) == []
    assert lib.counts()["all"] == 4
