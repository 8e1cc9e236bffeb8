"""The library's schema: every migration in order, and the code that applies them.

The schema version is SQLite's `PRAGMA user_version`: migration N brings a library from
version N-1 to N.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import LibraryError

# Each entry upgrades the schema by one version; never edit a shipped entry, append.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        location TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        category TEXT,
        etag TEXT,
        last_modified TEXT,
        last_error TEXT,
        last_checked TEXT,
        added TEXT NOT NULL
    );
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
        guid TEXT,
        url TEXT,
        title TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        published TEXT,
        byline TEXT,
        text TEXT NOT NULL,
        summary TEXT,
        content_hash TEXT NOT NULL,
        summary_hash TEXT,
        added TEXT NOT NULL,
        updated TEXT,
        sort_key TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'unread',
        saved_path TEXT
    );
    CREATE INDEX articles_source_guid ON articles(source_id, guid);
    CREATE INDEX articles_url ON articles(url);
    CREATE INDEX articles_hash ON articles(content_hash);
    CREATE INDEX articles_sort ON articles(sort_key DESC);
    CREATE INDEX articles_state ON articles(state);
    CREATE TABLE briefs (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        content_hash TEXT NOT NULL,
        engine TEXT NOT NULL,
        json TEXT NOT NULL
    );
    CREATE TABLE triage (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id TEXT NOT NULL,
        old_state TEXT NOT NULL,
        new_state TEXT NOT NULL,
        at TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    -- What pruning removed, so the next refresh does not bring it back.
    CREATE TABLE gone (key TEXT PRIMARY KEY, at TEXT NOT NULL);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    """,
    # 2: a hash of the last feed document stored, for servers without ETag or Last-Modified.
    """
    ALTER TABLE sources ADD COLUMN body_hash TEXT;
    """,
    # 3: triage changes made together (mark a view read) undo together;
    # tags on articles.
    """
    ALTER TABLE triage ADD COLUMN batch INTEGER;
    CREATE TABLE tags (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (article_id, tag)
    );
    CREATE INDEX tags_tag ON tags(tag);
    """,
    # 4: stories: each article's story, its clustering features and lookup keys;
    # the next steps of every brief, indexed for the agenda.
    """
    CREATE TABLE story_members (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        at TEXT NOT NULL,
        features TEXT NOT NULL
    );
    CREATE INDEX story_members_story ON story_members(story_id);
    CREATE INDEX story_members_at ON story_members(at);
    CREATE TABLE story_keys (
        key INTEGER NOT NULL,
        at TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
    );
    CREATE INDEX story_keys_key ON story_keys(key, at);
    CREATE INDEX story_keys_article ON story_keys(article_id);
    CREATE TABLE step_sources (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        content_hash TEXT NOT NULL,
        engine TEXT NOT NULL
    );
    CREATE TABLE steps (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        text TEXT NOT NULL,
        who TEXT NOT NULL,
        "when" TEXT,
        date TEXT,
        day TEXT,
        day_end TEXT,
        certainty TEXT NOT NULL,
        norm TEXT NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        PRIMARY KEY (article_id, seq)
    );
    CREATE INDEX steps_day ON steps(day);
    """,
    # 5: new articles enter the full-text index by one INSERT … SELECT per
    # merge (`_index_new`), not a trigger per row: a refresh of 20,000 articles spent a third
    # less CPU and wrote 40-60% fewer pages. Updates and deletes keep their triggers.
    """
    DROP TRIGGER IF EXISTS articles_ai;
    """,
    # 6: the lists' order as an index (undated last, newest first), with the
    # columns views filter on, so a reader's list of 100,000 articles is read in order, not
    # sorted; the sidebar's counts (per view, per source) read from a narrow index, not the table.
    """
    CREATE INDEX articles_list_order ON articles(
        (published IS NULL OR sort_key = added), sort_key DESC, added DESC, state, source_id
    );
    CREATE INDEX articles_source_state ON articles(source_id, state, saved_path);
    """,
    # 7: new articles wait in `fts_pending` and enter the full-text index in one
    # INSERT … SELECT when a refresh ends (`Library.index_pending`; a search indexes whatever
    # still waits first): one insert of 20,000 articles costs a fraction of 600 small ones.
    # A row never indexed must never be deleted from FTS5: the triggers skip the waiting ones.
    """
    CREATE TABLE fts_pending (article_rowid INTEGER PRIMARY KEY);
    CREATE TRIGGER articles_ai_pending AFTER INSERT ON articles BEGIN
        INSERT OR IGNORE INTO fts_pending(article_rowid) VALUES (new.rowid);
    END;
    DROP TRIGGER IF EXISTS articles_ad;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        SELECT 'delete', old.rowid, old.title, old.text
        WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE article_rowid = old.rowid);
        DELETE FROM fts_pending WHERE article_rowid = old.rowid;
    END;
    DROP TRIGGER IF EXISTS articles_au;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles
    WHEN NOT EXISTS (SELECT 1 FROM fts_pending WHERE article_rowid = old.rowid) BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    """,
    # 8: the merge puts new articles in `fts_pending` itself, one statement
    # per merge (`_merge_all`), not a trigger per row: a trigger on INSERT makes SQLite keep a
    # statement journal for every insert (a copy of each page it touches, past 64 KiB in a temp
    # file): nine-tenths of a cold refresh's page writes, and a third of its library CPU.
    """
    DROP TRIGGER IF EXISTS articles_ai_pending;
    """,
    # 9 (branch s4-http): articles by the time they were added, for `prune`, which every
    # refresh runs: without it each refresh read the whole table (25-100 ms at 20,000
    # articles, a tenth of a refresh whose feeds all answer 304); new rows append at its end.
    """
    CREATE INDEX articles_added ON articles(added);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the library at `path` to SCHEMA_VERSION, one migration per transaction; a
    library written by a newer newsbrief is refused."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise LibraryError(
            f"the library {path} was written by a newer newsbrief (schema {version}, "
            f"this one knows {SCHEMA_VERSION}); upgrade newsbrief"
        )
    for target in range(version + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-check inside the lock: another process may have migrated meanwhile.
            current = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if current >= target:
                conn.execute("COMMIT")
                continue
            for statement in statements(MIGRATIONS[target - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {target}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def statements(script: str) -> list[str]:
    """Split a migration into statements (triggers hold `;` inside BEGIN … END)."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "migrate", "statements"]
