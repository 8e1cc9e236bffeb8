"""The library's write path as a refresh uses it: what each stored article costs SQLite."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefs.model import Article
from briefs.store.library import Incoming, Library
from briefs.store.schema import MIGRATIONS, statements


def _item(n: int, text: str = "") -> Incoming:
    body = text or f"Story {n}: the harbour council met about ferry number {n} and the tolls."
    return Incoming(Article(text=body, title=f"Story {n}", url=f"https://e.com/{n}", source="feed"),
                    guid=f"g{n}")


def _insert_triggers(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles'")
    return [name for name, sql in rows if " INSERT ON " in " ".join(sql.upper().split())]


def test_no_trigger_runs_on_an_article_insert(lib: Library):
    # A trigger on INSERT makes SQLite keep a statement journal for every inserted row (a copy of
    # each page the insert touches, in a temp file past 64 KiB): most of a cold refresh's writes.
    with lib._read() as c:
        assert _insert_triggers(c) == []


def test_new_articles_wait_for_the_index_and_are_found_once_indexed(lib: Library):
    source = lib.add_source("feed", "https://e.com/feed.xml")
    lib.store_feeds([(source, [_item(n) for n in range(3)], {"etag": '"v1"'})])
    with lib._read() as c:
        waiting = [r[0] for r in c.execute("SELECT article_rowid FROM fts_pending ORDER BY 1")]
        stored = [r[0] for r in c.execute("SELECT rowid FROM articles ORDER BY 1")]
    assert waiting == stored and len(stored) == 3
    assert lib.index_pending() == 3
    assert {r.title for r in lib.articles("all", search="ferry")} == {"Story 0", "Story 1", "Story 2"}
    with lib._read() as c:  # FTS5 checks its index against the articles table
        c.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")


def test_an_article_inserted_then_updated_in_one_batch_is_indexed_once(lib: Library):
    # The update trigger must see the new row waiting (not indexed) even within the same merge.
    source = lib.add_source("feed", "https://e.com/feed.xml")
    first, again = _item(1), _item(1, "The harbour council voted on the tolls for the ferries.")
    lib.store_feeds([(source, [first, again], {})])
    lib.index_pending()
    assert [r.title for r in lib.articles("all", search="voted")] == ["Story 1"]
    assert lib.articles("all", search="met") == []
    with lib._read() as c:
        c.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")


def test_a_library_from_before_keeps_its_waiting_articles_and_loses_the_insert_trigger(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(path)
    version = next(i for i, m in enumerate(MIGRATIONS, 1) if "articles_ai_pending AFTER INSERT" in m)
    for migration in MIGRATIONS[:version]:
        for statement in statements(migration):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("INSERT INTO articles(id, text, content_hash, added, sort_key) "
                 "VALUES ('a1', 'Lighthouse keepers gathered in the port.', 'h', 'now', 'now')")
    conn.commit()
    assert conn.execute("SELECT COUNT(*) FROM fts_pending").fetchone()[0] == 1  # the old trigger did it
    conn.close()
    with Library.open(path) as lib:
        with lib._read() as c:
            assert _insert_triggers(c) == []
        assert lib.index_pending() == 1
        assert [r.id for r in lib.articles("all", search="lighthouse")] == ["a1"]
        source = lib.add_source("feed", "https://e.com/feed.xml")
        lib.store_feeds([(source, [_item(7)], {})])
        assert lib.index_pending() == 1
        assert [r.title for r in lib.articles("all", search="ferry")] == ["Story 7"]


def _damage_an_index(path: Path) -> None:
    """Overwrite the root page of an index a refresh of no source never reads."""
    with Library.open(path) as lib:
        source = lib.add_source("feed", "https://e.com/feed.xml")
        lib.store_feeds([(source, [_item(n) for n in range(200)], {})])
        with lib._read() as c:
            root = c.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles_hash'").fetchone()[0]
            page = c.execute("PRAGMA page_size").fetchone()[0]
            c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        lib.remove_source(source)  # no source left to refresh; the index keeps its pages
        with lib._read() as c:
            c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with path.open("r+b") as f:
        f.seek((root - 1) * page)
        f.write(b"\xff" * page)


def test_a_headless_refresh_skips_the_whole_file_check_and_the_next_open_moves_damage_aside(tmp_path: Path):
    from click.testing import CliRunner

    from briefs.cli import cli

    home = tmp_path / "home"
    path = home / "library.sqlite3"
    home.mkdir()
    _damage_an_index(path)

    refreshed = CliRunner().invoke(cli, ["--home", str(home), "refresh"], obj={})
    assert refreshed.exit_code == 0, refreshed.output
    assert not list(home.glob("library.sqlite3.corrupt-*"))  # not checked: nothing it needs was hit

    listed = CliRunner().invoke(cli, ["--home", str(home), "list"], obj={})
    assert listed.exit_code == 0, listed.output
    assert len(list(home.glob("library.sqlite3.corrupt-*"))) == 1  # every other open checks
