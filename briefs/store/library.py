"""The library: every source, article, brief and triage decision in one SQLite file.

WAL mode, one connection guarded by a lock (usable from any thread), every write
committed at once, schema versioned with `PRAGMA user_version` (the migrations: `schema`).
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import threading
import time
from array import array
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from itertools import chain, islice
from pathlib import Path
from typing import Any

from ..errors import LibraryError
from ..model import Article, Brief, content_hash
from ..safety import clean_line, clean_text
from .schema import migrate

log = logging.getLogger(__name__)

STATES = ("unread", "read", "flagged", "archived")
VIEWS = ("inbox", "flagged", "saved", "archive", "all")
SOURCE_KINDS = ("feed", "page", "file", "folder", "files")  # files: the one "Local files" source
BUSY_TIMEOUT_MS = 10_000
# Above this size a reader opens the library without SQLite's whole-file check (0.27 s on
# 10,000 articles, 1.5 s on 100,000) and runs it after its first screen (`Library.check`).
CHECK_AT_OPEN_BYTES = 64 * 1024 * 1024
# A text this long is a whole article: found again under another link and title, it is the same
# article. A shorter one (a teaser) is a duplicate only under the same title.
SAME_ARTICLE_WORDS = 80


@dataclass(frozen=True)
class SourceInfo:
    """A followed source with its counts, as lists and panes show it."""

    id: int
    kind: str
    location: str
    title: str
    category: str | None
    unread: int
    total: int
    last_error: str | None
    last_checked: str | None


@dataclass(frozen=True)
class ArticleRow:
    """One line of an article list: everything but the body."""

    id: str
    title: str
    source_id: int | None
    source_title: str
    url: str | None
    published: str | None
    added: str
    state: str
    saved_path: str | None


@dataclass(frozen=True)
class Undone:
    """What `Library.undo_last` reverted: one decision, or every article of one mark-read or
    `set_states`."""

    article_ids: tuple[str, ...]
    old_state: str  # the state the articles are back in (the first one's, for a batch)
    new_state: str  # the state that was undone


@dataclass(frozen=True)
class Incoming:
    """An article as a source delivered it, with what dedup and full-text need."""

    article: Article
    guid: str | None = None
    summary: str | None = None  # the feed's own summary when the text came from the page


@dataclass(frozen=True)
class MergeResult:
    """What `merge_articles` did: ids of new and of updated articles; duplicates skipped."""

    new: tuple[str, ...]
    updated: tuple[str, ...]
    duplicates: int


@dataclass(frozen=True)
class KnownEntry:
    """An article already in the library, as a refresh needs to know it."""

    id: str
    content_hash: str
    summary_hash: str | None
    title: str


# Articles indexed per transaction by `Library.index_pending`: big enough that FTS5 writes few
# segments, small enough that the library's lock is free again within a fraction of a second
# (the reader's own queries wait on it).
INDEX_CHUNK = 4000


def _is_whole_article(text: str) -> bool:
    """At least SAME_ARTICLE_WORDS words (counting stops there)."""
    return sum(1 for _ in islice(_WORD.finditer(text), SAME_ARTICLE_WORDS)) >= SAME_ARTICLE_WORDS


def _index_pending(c: sqlite3.Connection, limit: int = -1) -> int:
    """Put up to `limit` (-1: all) of the articles waiting in `fts_pending` into the full-text
    index; returns how many waited there."""
    if c.execute("SELECT 1 FROM fts_pending LIMIT 1").fetchone() is None:
        return 0
    c.execute(
        "INSERT INTO articles_fts(rowid, title, text) SELECT a.rowid, a.title, a.text FROM articles a "
        "WHERE a.rowid IN (SELECT article_rowid FROM fts_pending ORDER BY article_rowid LIMIT ?)",
        (limit,),
    )
    return c.execute(
        "DELETE FROM fts_pending WHERE article_rowid IN "
        "(SELECT article_rowid FROM fts_pending ORDER BY article_rowid LIMIT ?)", (limit,),
    ).rowcount


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# Undated articles (no published date, or one that does not parse: `_sort_key` then fell back to
# when we got it) sort after every dated one; the time we fetched them is not their news date.
_UNDATED_LAST = "(a.published IS NULL OR a.sort_key = a.added)"
# Every list's order; the index `articles_list_order` (migration 6) holds it, so a list of
# 100,000 is read in key order without sorting the table.
_LIST_ORDER = f"{_UNDATED_LAST}, a.sort_key DESC, a.added DESC, a.rowid DESC"
_ROW_COLUMNS = """a.id, a.title, a.source_id, COALESCE(s.title, s.location, a.source) AS source_title,
                  a.url, a.published, a.added, a.state, a.saved_path"""


def _sort_key(published: str | None, added: str) -> str:
    """A sortable UTC timestamp: the published date when it parses, else when we got it."""
    if published:
        try:
            when = datetime.fromisoformat(published.replace("Z", "+00:00"))
            if when.tzinfo is None:
                when = when.replace(tzinfo=timezone.utc)
            return when.astimezone(timezone.utc).isoformat(timespec="seconds")
        except (ValueError, OverflowError):  # OverflowError: year 1 or 9999 moved past its end
            return added
    return added


_WORD = re.compile(r"\w+", re.UNICODE)
_DIGITS = re.compile(r"(\d+)")
_TAG_JUNK = re.compile(r"[\s,]+")


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that reads numbers as numbers: "Feed 2" before "Feed 10", case ignored."""
    parts = _DIGITS.split(text.casefold())
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts if p)


def clean_tag(tag: str) -> str:
    """A tag as stored: one line, no spaces or commas (they separate tags), at most 40 characters."""
    return _TAG_JUNK.sub("-", clean_line(tag, max_len=200)).strip("-#")[:40]


_QUERY_TOKEN = re.compile(r'-?(?:\w+:)?"[^"]*"?|\S+')
# The fields a search word may name, as newsboat's filters (`title`, `feedtitle`) and mail
# readers have them: `title:word` looks in titles only, `source:word` (or `feed:word`) keeps the
# articles of the sources whose name has it. Any other `x:` is two words, as before.
_FIELD = re.compile(r"(title|source|feed):(?=\S)", re.IGNORECASE)
_SOURCE_FIELDS = ("source", "feed")


def _query_tokens(search: str) -> Iterator[tuple[str, bool, str]]:
    """What the user typed as (operator, negative, body) tokens: `OR` and `AND` as operators
    (body empty), every other token with `-word` and `NOT word` folded into `negative`."""
    negate = False
    for token in _QUERY_TOKEN.findall(clean_line(search, max_len=1000)):
        if token in ("OR", "AND"):
            yield token, False, ""
            continue
        if token == "NOT":
            negate = True
            continue
        negative = negate or (token.startswith("-") and len(token) > 1)
        negate = False
        yield "", negative, token[1:] if token.startswith("-") else token


def search_parts(search: str) -> tuple[str | None, str | None]:
    """(what must match, what must not) as safe FTS5 expressions, from what the user typed.

    As FTS5 users expect: words must all match (each as a prefix), `OR` between words or
    groups, `"a phrase"` matched exactly, `-word` or `-"a phrase"` (or `NOT word`) excluded.
    `title:word` (or `title:"a phrase"`) looks in titles only; `source:word` is left to
    `search_sources`. Only runs of letters and digits survive, each quoted, so `*`, `NEAR(`,
    FTS column filters or a lone `'` can never break the FTS syntax. (None, None) when nothing
    is searchable.
    """
    groups: list[list[str]] = [[]]
    excluded: list[str] = []
    count = 0
    for operator, negative, body in _query_tokens(search):
        if operator == "OR":
            if groups[-1]:
                groups.append([])
            continue
        if operator:  # AND: words must all match anyway
            continue
        field = _FIELD.match(body)
        column = ""
        if field is not None:
            if field.group(1).lower() in _SOURCE_FIELDS:
                continue
            column, body = "title : ", body[field.end():]
        words = _WORD.findall(body)
        if not words or count >= 32:
            continue
        count += len(words)
        if body.startswith('"'):
            terms = [column + '"' + " ".join(words) + '"']
        else:
            terms = [f'{column}"{w}"*' for w in words]
        if negative:
            excluded.append(terms[0] if len(terms) == 1 else "(" + " AND ".join(terms) + ")")
        else:
            groups[-1].extend(terms)
    groups = [g for g in groups if g]
    positive = " OR ".join(
        (" ".join(g) if len(groups) == 1 else "(" + " ".join(g) + ")") for g in groups
    ) or None
    negative = " OR ".join(excluded) or None
    return positive, negative


def search_sources(search: str) -> tuple[list[str], list[str]]:
    """The `source:word` (or `feed:word`, `source:"a phrase"`) parts of a search: (names
    wanted, names left out with `-source:word`), each as typed, case-folded."""
    wanted: list[str] = []
    unwanted: list[str] = []
    for operator, negative, body in _query_tokens(search):
        field = None if operator else _FIELD.match(body)
        if field is None or field.group(1).lower() not in _SOURCE_FIELDS:
            continue
        name = " ".join(_WORD.findall(body[field.end():])).casefold()
        if name:
            (unwanted if negative else wanted).append(name)
    return wanted, unwanted


def _names_match(name: str, title: str) -> bool:
    """Whether `name` (words, case-folded) begins at a word of `title`, as search words match."""
    return re.search(r"(?<!\w)" + r"\W+".join(map(re.escape, name.split())),
                     " ".join(_WORD.findall(title)).casefold()) is not None


def fts_query(search: str) -> str | None:
    """The FTS5 query for what the user typed (see `search_parts`); None when nothing but
    exclusions or nothing searchable is left."""
    positive, negative = search_parts(search)
    if positive is None:
        return None
    return f"({positive}) NOT ({negative})" if negative else positive


class Library:
    """The SQLite library. Open with `Library.open(path)`; safe to share between threads."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._lock = threading.RLock()
        self._closed = False
        # Where a damaged library file was moved when this one was started afresh (tell the user).
        self.moved_aside: Path | None = None
        self.checked = True  # False: opened with `defer_check`, `check()` not run yet

    # -- opening -----------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, defer_check: bool = False, whole_file_check: bool = True) -> Library:
        """Open (or create) the library at `path`; a corrupt file is moved aside, never deleted.

        `defer_check`: a file over CHECK_AT_OPEN_BYTES skips the whole-file check here (`checked`
        is then False); the caller runs `check()` soon after and reopens the file if it fails.
        `whole_file_check=False` skips it at any size, for a headless refresh: it reads and writes
        only the pages it needs, and SQLite reports damage in any of them (the refresh fails
        instead of writing on); every other open (the reader, `list`, …) checks the whole file
        and moves a damaged one aside.
        """
        path = Path(path).expanduser()
        try:
            check = whole_file_check and (not defer_check or path.stat().st_size <= CHECK_AT_OPEN_BYTES)
        except OSError:
            check = True
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"cannot create the library folder {path.parent} ({exc.strerror or exc})") from None
        aside = None
        try:
            if _foreign_file(path):
                raise sqlite3.DatabaseError("file is not a database")
            conn = cls._connect(path, check)
        except sqlite3.DatabaseError as exc:
            if not _looks_corrupt(exc):
                raise LibraryError(f"cannot open the library {path}: {exc}{_unwritable_folder(path)}") from None
            aside = _move_aside(path)
            log.error("library %s is damaged (%s); moved it to %s and started afresh", path, exc, aside)
            try:
                conn = cls._connect(path, True)
            except sqlite3.Error as exc2:
                raise LibraryError(f"cannot open the library {path}: {exc2}") from None
            check = True
        library = cls(path, conn)
        library.moved_aside = aside
        library.checked = check
        return library

    def sibling(self) -> Library:
        """A second connection to the same file, for a long job in another thread (a refresh,
        indexing): in WAL mode its writes never make this connection's readers wait, where one
        shared connection would hold every read of the reader's list behind a batch of writes.
        Already checked and migrated by this one; the caller closes it (`with lib.sibling() as w`)."""
        if self._closed:
            raise LibraryError(f"the library {self.path} is closed")
        try:
            return type(self)(self.path, self._connect(self.path, check=False))
        except sqlite3.Error as exc:
            raise LibraryError(f"cannot open the library {self.path}: {exc}") from None

    def check(self) -> str | None:
        """SQLite's quick check of the whole file, on a read-only connection of its own (the
        library stays usable meanwhile): None when sound, else what is wrong."""
        try:
            conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                result = str(conn.execute("PRAGMA quick_check(1)").fetchone()[0])
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            return str(exc)
        return None if result == "ok" else result

    @staticmethod
    def _connect(path: Path, check: bool = True) -> sqlite3.Connection:
        # Autocommit; writes open their own BEGIN IMMEDIATE so two processes queue on
        # the busy timeout instead of failing a read-to-write upgrade.
        conn = sqlite3.connect(
            str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
            check_same_thread=False,
        )
        try:
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("library %s: journal mode is %s, not WAL", path, mode)
            # NORMAL in WAL mode: a commit is safe from a crash of the process (or of the app)
            # the moment it returns; only a power cut or an OS crash can lose the last few
            # commits (never corrupt the file). FULL fsyncs every commit, which made a refresh
            # wait on the disk twice per feed.
            conn.execute("PRAGMA synchronous = NORMAL")
            # 16 MiB of page cache instead of 2: a refresh inserts into six indexes with random
            # keys (ids, hashes, links), and with a small cache it read their pages back again
            # and again (a fifth of the library's CPU in a refresh of 20,000 articles).
            conn.execute("PRAGMA cache_size = -16384")
            conn.execute("PRAGMA foreign_keys = ON")
            if check:
                result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
                if result != "ok":
                    raise sqlite3.DatabaseError(f"database disk image is malformed: {result}")
            else:  # the schema at least: a file that is no database fails here
                conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            migrate(conn, path)
        except BaseException:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ----------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._closed:
                raise LibraryError(f"the library {self.path} is closed")
            try:
                yield self._conn
            except sqlite3.Error as exc:
                raise LibraryError(f"library {self.path}: {exc}") from exc

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction, committed on exit: nothing decided is ever left pending."""
        with self._lock:
            if self._closed:
                raise LibraryError(f"the library {self.path} is closed")
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise LibraryError(f"library {self.path}: {exc}") from exc
            try:
                yield conn
            except BaseException as exc:
                _rollback(conn)
                if isinstance(exc, sqlite3.Error):
                    raise LibraryError(f"library {self.path}: {exc}") from exc
                raise
            else:
                try:
                    conn.execute("COMMIT")
                except sqlite3.Error as exc:
                    _rollback(conn)
                    raise LibraryError(f"library {self.path}: {exc}") from exc

    # -- sources -----------------------------------------------------------------

    def is_empty(self) -> bool:
        with self._read() as c:
            return (
                c.execute("SELECT 1 FROM sources LIMIT 1").fetchone() is None
                and c.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None
            )

    def needs_seeds(self) -> bool:
        """Whether this is a first run: never seeded, and empty. (`refresh.ensure_seeds` loads them.)

        Once seeded, removing the Seeds source keeps them gone.
        """
        return not self.get_setting("seeded") and self.is_empty()

    def add_seeds(self, folder: Path, articles: list[Article]) -> int:
        """Store the bundled seeds, read from `folder`, as the folder source "Seeds"; mark the
        library seeded. Returns the articles added."""
        source_id = self.add_source("folder", str(folder), title="Seeds")
        # Keyed by file, as a refresh of the folder source keys them: an edited seed updates.
        added = self.add_articles([Incoming(a, guid=a.source or None) for a in articles], source_id)
        self.set_setting("seeded", True)
        return len(added)

    def add_source(
        self,
        kind: str,
        location: str,
        title: str = "",
        category: str | None = None,
    ) -> int:
        """Insert a source (or return the id of the one already at `location`)."""
        if kind not in SOURCE_KINDS:
            raise LibraryError(f"unknown source kind {kind!r} for {location}")
        # A path keeps its spaces as they are (it must be found again on disk); a URL is one clean line.
        location = (clean_text(location).strip()[:4096] if kind in ("folder", "file")
                    else clean_line(location, max_len=4096))
        with self._write() as c:
            row = c.execute("SELECT id FROM sources WHERE location = ?", (location,)).fetchone()
            if row is not None:
                return int(row["id"])
            cur = c.execute(
                "INSERT INTO sources(kind, location, title, category, added) VALUES (?,?,?,?,?)",
                (kind, location, clean_line(title), clean_line(category) or None, _now()),
            )
            return int(cur.lastrowid)

    def remove_source(self, source_id: int) -> int:
        """Forget a source and its articles, except the flagged and saved ones. Returns articles removed."""
        with self._write() as c:
            if c.execute("SELECT 1 FROM sources WHERE id = ?", (source_id,)).fetchone() is None:
                raise LibraryError(f"no source with id {source_id} in {self.path}")
            cur = c.execute(
                "DELETE FROM articles WHERE source_id = ? AND state != 'flagged' AND saved_path IS NULL",
                (source_id,),
            )
            c.execute("DELETE FROM sources WHERE id = ?", (source_id,))
            return cur.rowcount

    def sources(self, *, counts: bool = True) -> list[SourceInfo]:
        """Every source, in the sidebar's order. `counts=False` leaves `unread` and `total` at 0:
        counting passes over every article (20-30 ms at 20,000), which a refresh has no use for."""
        with self._read() as c:
            if counts:
                rows = c.execute(
                    """
                    SELECT s.*,
                           COALESCE(SUM(a.state = 'unread'), 0) AS unread,
                           COUNT(a.source_id) AS total
                    FROM sources s LEFT JOIN articles a ON a.source_id = s.id
                    GROUP BY s.id
                    """
                ).fetchall()
            else:
                rows = c.execute("SELECT s.*, 0 AS unread, 0 AS total FROM sources s").fetchall()
        infos = [_source_info(r) for r in rows]
        # Uncategorised first, then by category; names read as people read them ("Feed 2" < "Feed 10").
        infos.sort(key=lambda i: (i.category is not None, natural_key(i.category or ""),
                                  natural_key(i.title), i.id))
        return infos

    def rename_source(self, source_id: int, title: str) -> SourceInfo:
        """Give a source the name the user chose (a refresh keeps a source's title once it has one)."""
        name = clean_line(title, max_len=200)
        if not name:
            raise LibraryError("a source needs a name: it cannot be blank")
        with self._write() as c:
            taken = c.execute(
                "SELECT id FROM sources WHERE id != ? AND lower(COALESCE(title, '')) = lower(?)",
                (source_id, name),
            ).fetchone()
            if taken is not None:  # `--feed NAME`, `remove NAME` and `rename NAME` would pick one of two
                raise LibraryError(f"another source is already named {name!r}: choose another name")
            cur = c.execute("UPDATE sources SET title = ? WHERE id = ?", (name, source_id))
            if cur.rowcount == 0:
                raise LibraryError(f"no source with id {source_id} in {self.path}")
        return self.source(source_id)

    def source(self, source_id: int) -> SourceInfo:
        for info in self.sources():
            if info.id == source_id:
                return info
        raise LibraryError(f"no source with id {source_id} in {self.path}")

    def find_source(self, name: str) -> SourceInfo | None:
        """The source a user means by `name`: its id, its location or its title (case-insensitive)."""
        name = name.strip()
        infos = self.sources()
        for info in infos:
            if str(info.id) == name or info.location == name:
                return info
        for info in infos:
            if info.location.rstrip("/") == name.rstrip("/"):
                return info
        lowered = name.casefold()
        for info in infos:
            if info.title.casefold() == lowered:
                return info
        return None

    def http_cache(self, source_id: int) -> tuple[str | None, str | None]:
        """The (ETag, Last-Modified) stored for a source's last good fetch."""
        with self._read() as c:
            row = c.execute(
                "SELECT etag, last_modified FROM sources WHERE id = ?", (source_id,)
            ).fetchone()
        if row is None:
            return (None, None)
        return (row["etag"], row["last_modified"])

    def body_hash(self, source_id: int) -> str | None:
        """The hash of the document last stored from a source (see `update_source`)."""
        with self._read() as c:
            row = c.execute("SELECT body_hash FROM sources WHERE id = ?", (source_id,)).fetchone()
        return None if row is None else row["body_hash"]

    def validators(self) -> dict[int, tuple[str | None, str | None, str | None]]:
        """(ETag, Last-Modified, body hash) of every source, in one query: what a refresh sends."""
        with self._read() as c:
            rows = c.execute("SELECT id, etag, last_modified, body_hash FROM sources").fetchall()
        return {int(r["id"]): (r["etag"], r["last_modified"], r["body_hash"]) for r in rows}

    def store_feed(
        self,
        source_id: int,
        articles: Iterable[Incoming],
        **source: Any,
    ) -> MergeResult:
        """`merge_articles` then `update_source(source_id, **source)`, in one transaction."""
        incoming = list(articles)
        with self._write() as c:
            result = self._merge_all(c, incoming, source_id)
            self._update_source(c, source_id, **source)
            _index_pending(c)
        return result

    def store_feeds(self, batch: Sequence[tuple[int, Iterable[Incoming], dict[str, Any]]]) -> list[MergeResult]:
        """`store_feed` for several sources, `(source_id, articles, source fields)` each, in one
        transaction: a refresh stores together what queued up while its last write ran (fewer
        commits, and pages that several feeds touch are written once).

        The new articles are not in the full-text index yet: the refresh indexes them all at
        its end (`index_pending`), and a search indexes whatever still waits before it runs."""
        results = []
        with self._write() as c:
            for source_id, articles, source in batch:
                results.append(self._merge_all(c, list(articles), source_id))
                self._update_source(c, source_id, **source)
        return results

    def update_source(
        self,
        source_id: int,
        *,
        location: str | None = None,
        title: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        error: str | None = None,
        checked: bool = True,
        keep_cache: bool = False,
        body_hash: str | None = None,
    ) -> None:
        """Record a refresh of one source: its new URL or title, cache validators, error or success.

        `keep_cache` leaves the stored ETag/Last-Modified alone (after a 304 or a failure);
        `body_hash` (kept unless given) identifies the document just stored.
        """
        with self._write() as c:
            self._update_source(
                c, source_id, location=location, title=title, etag=etag,
                last_modified=last_modified, error=error, checked=checked, keep_cache=keep_cache,
                body_hash=body_hash,
            )

    def _update_source(
        self,
        c: sqlite3.Connection,
        source_id: int,
        *,
        location: str | None = None,
        title: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        error: str | None = None,
        checked: bool = True,
        keep_cache: bool = False,
        body_hash: str | None = None,
    ) -> None:
        sets: list[str] = []
        args: list[Any] = []
        if location:
            sets.append("location = ?")
            args.append(clean_line(location, max_len=4096))
        if title:
            sets.append("title = ?")
            args.append(clean_line(title))
        if not keep_cache:
            sets += ["etag = ?", "last_modified = ?"]
            args += [etag, last_modified]
        if body_hash is not None:
            sets.append("body_hash = ?")
            args.append(body_hash)
        sets.append("last_error = ?")
        args.append(clean_line(error, max_len=500) or None)
        if checked:
            sets.append("last_checked = ?")
            args.append(_now())
        args.append(source_id)
        try:
            c.execute(f"UPDATE sources SET {', '.join(sets)} WHERE id = ?", args)
        except sqlite3.IntegrityError:
            # The new URL is already another source: keep ours where it was.
            if location:
                log.warning("source %s moved to %s, which is already followed", source_id, location)
                self._update_without_location(c, sets, args)
            else:
                raise

    @staticmethod
    def _update_without_location(c: sqlite3.Connection, sets: list[str], args: list[Any]) -> None:
        c.execute(f"UPDATE sources SET {', '.join(sets[1:])} WHERE id = ?", args[1:])

    # -- articles ----------------------------------------------------------------

    def known_entries(self, source_id: int) -> dict[str, KnownEntry]:
        """What a source already gave us, keyed by 'g:<guid>' and 'l:<url>': lets refresh skip
        full-text fetches for entries it has seen (and pruning's tombstones count as seen)."""
        out: dict[str, KnownEntry] = {}
        with self._read() as c:
            rows = c.execute(
                "SELECT id, guid, url, title, content_hash, summary_hash FROM articles WHERE source_id = ?",
                (source_id,),
            ).fetchall()
            gone = c.execute(
                "SELECT key FROM gone WHERE key LIKE ?", (f"g:{source_id}:%",)
            ).fetchall()
        for r in rows:
            entry = KnownEntry(r["id"], r["content_hash"], r["summary_hash"], r["title"])
            if r["guid"]:
                out[f"g:{r['guid']}"] = entry
            if r["url"]:
                out.setdefault(f"l:{r['url']}", entry)
        prefix = len(f"g:{source_id}:")
        for r in gone:
            out.setdefault(f"g:{r['key'][prefix:]}", KnownEntry("", "", None, ""))
        return out

    def add_articles(
        self, articles: Iterable[Article | Incoming], source_id: int | None = None
    ) -> list[str]:
        """Store articles; returns the ids of those new or updated (duplicates are skipped).

        Dedup by guid (within the source), then link, then content hash. An
        update to a known article replaces its text and keeps its triage state.
        """
        result = self.merge_articles(articles, source_id=source_id)
        return list(result.new) + list(result.updated)

    def merge_articles(
        self, articles: Iterable[Article | Incoming], source_id: int | None = None
    ) -> MergeResult:
        """`add_articles` with the new and updated ids told apart."""
        incoming = [a if isinstance(a, Incoming) else Incoming(a) for a in articles]
        with self._write() as c:
            result = self._merge_all(c, incoming, source_id)
            _index_pending(c)
            return result

    def index_pending(self) -> int:
        """Index the articles stored without it (`store_feeds`) for search, INDEX_CHUNK to a
        transaction; returns how many. A refresh calls it once when it ends."""
        total = 0
        while True:
            with self._write() as c:
                done = _index_pending(c, INDEX_CHUNK)
            total += done
            if done < INDEX_CHUNK:
                return total

    def _merge_all(
        self, c: sqlite3.Connection, incoming: list[Incoming], source_id: int | None
    ) -> MergeResult:
        new: list[str] = []
        updated: list[str] = []
        duplicates = 0
        if not incoming:
            return MergeResult((), (), 0)
        now = _now()
        # Most libraries have pruned nothing: skip the tombstone lookups then.
        tombstones = c.execute("SELECT 1 FROM gone LIMIT 1").fetchone() is not None
        # A source's first refresh (every feed of a new user's OPML): none of its guids can be
        # stored yet but those of this very merge, so the lookup by guid is skipped for the rest.
        first_guids: set[str] | None = None
        if source_id is not None and c.execute(
            "SELECT 1 FROM articles WHERE source_id = ? LIMIT 1", (source_id,)
        ).fetchone() is None:
            first_guids = set()
        for item in incoming:
            outcome, article_id = self._merge_one(c, item, source_id, now, tombstones, first_guids)
            if outcome == "new":
                new.append(article_id)
            elif outcome == "updated":
                updated.append(article_id)
            else:
                duplicates += 1
        return MergeResult(tuple(new), tuple(updated), duplicates)

    def _merge_one(
        self, c: sqlite3.Connection, item: Incoming, source_id: int | None, now: str,
        tombstones: bool = True, first_guids: set[str] | None = None,
    ) -> tuple[str, str]:
        a = item.article
        text = clean_text(a.text)
        title = clean_line(a.title)
        url = clean_line(a.url, max_len=4096) or None
        guid = clean_line(item.guid, max_len=1000) or None
        # A feed's summary is most often the very text (no page fetched): cleaned once.
        summary = (text if item.summary == a.text else clean_text(item.summary)) if item.summary else None
        published = clean_line(a.published, max_len=64) or None
        byline = clean_line(a.byline) or None
        digest = content_hash(text)
        summary_hash = (digest if summary == text else content_hash(summary)) if summary else None
        # A feed's summary that is the article's whole text (no page was fetched) is stored once,
        # as the text; its hash stays, for the next refresh to know the entry (`KnownEntry`).
        stored_summary = None if summary == text else summary

        row = None
        if guid is not None:
            if first_guids is None or guid in first_guids:
                row = c.execute(
                    "SELECT * FROM articles WHERE source_id IS ? AND guid = ?", (source_id, guid)
                ).fetchone()
            if first_guids is not None:
                first_guids.add(guid)
            if row is None and tombstones and c.execute(
                "SELECT 1 FROM gone WHERE key = ?", (f"g:{source_id}:{guid}",)
            ).fetchone():
                return ("duplicate", "")
        if row is None and url is not None:
            row = c.execute("SELECT * FROM articles WHERE url = ? LIMIT 1", (url,)).fetchone()
            if row is None and tombstones and c.execute(
                "SELECT 1 FROM gone WHERE key = ?", (f"l:{url}",)
            ).fetchone():
                return ("duplicate", "")
            if row is not None and row["source_id"] != source_id:
                # Another source's article under the same link: the same story, never rewritten
                # by this source (an aggregator's teaser or a hostile feed would replace its text).
                return ("duplicate", row["id"])
        if row is not None:
            # Same text, or only the same summary again for an article whose full text we have.
            same_text = row["content_hash"] == digest or (
                summary_hash is not None and row["summary_hash"] == summary_hash and text == summary
            )
            if same_text and row["title"] == title:
                return ("duplicate", row["id"])
            if same_text:
                c.execute("UPDATE articles SET title = ?, updated = ? WHERE id = ?",
                          (title, now, row["id"]))
            else:
                when = published or row["published"]
                c.execute(
                    """UPDATE articles SET title = ?, text = ?, summary = ?, content_hash = ?,
                       summary_hash = ?, byline = COALESCE(?, byline), published = ?,
                       sort_key = ?, updated = ? WHERE id = ?""",
                    (title, text, stored_summary, digest, summary_hash, byline, when,
                     _sort_key(when, row["added"]), now, row["id"]),
                )
                c.execute("DELETE FROM briefs WHERE article_id = ?", (row["id"],))
            return ("updated", row["id"])
        # The same text under another guid and link: the same article (a mirror, an aggregator)
        # when the text is a whole article, or when the title is the same too. A short text under
        # another title is a feed's boilerplate teaser ("Read the full story on our site") that
        # distinct headlines share: each is its own article.
        # (The words are counted only when the text was seen before: a new one is the rule.)
        same = c.execute(
            "SELECT MAX(title = ?) FROM articles WHERE content_hash = ?", (title, digest)
        ).fetchone()[0]
        seen = same is not None or (
            tombstones and c.execute("SELECT 1 FROM gone WHERE key = ?", (f"h:{digest}",)).fetchone()
        )
        if seen and (same or _is_whole_article(text)):
            return ("duplicate", "")
        values = [a.id, source_id, guid, url, title, clean_line(a.source, max_len=4096),
                  published, byline, text, stored_summary, digest, summary_hash, now,
                  _sort_key(published, now)]
        insert = """INSERT INTO articles(id, source_id, guid, url, title, source, published, byline,
                    text, summary, content_hash, summary_hash, added, sort_key, state)
                    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,'unread')"""
        try:
            cursor = c.execute(insert, values)
        except sqlite3.IntegrityError:
            # The id (source + text) belongs to an article whose text has since changed.
            values[0] = content_hash(f"{a.id}\x00{guid}\x00{url}\x00{now}")[:16]
            cursor = c.execute(insert, values)
        # The new row waits for the full-text index (`_index_pending`), at once: an entry later in
        # this merge may update it, and the update trigger must know it was never indexed. A
        # statement of our own, not a trigger (migration 8): a trigger on INSERT makes SQLite keep
        # a statement journal for every insert.
        c.execute("INSERT OR IGNORE INTO fts_pending(article_rowid) VALUES (?)", (cursor.lastrowid,))
        return ("new", values[0])

    def articles(
        self,
        view: str = "inbox",
        source_id: int | None = None,
        search: str | None = None,
        limit: int | None = None,
        tag: str | None = None,
    ) -> list[ArticleRow]:
        """Articles in a view (inbox, flagged, saved, archive, all), newest first; `tag` keeps
        only the articles with that tag; `search` as `search_parts` reads it."""
        filtered = self._list_filter(view, source_id, search, tag)
        if filtered is None:
            return []
        join, where, args = filtered
        sql = f"""
            SELECT {_ROW_COLUMNS}
            FROM articles a {join} LEFT JOIN sources s ON s.id = a.source_id
            {"WHERE " + " AND ".join(where) if where else ""}
            ORDER BY {_LIST_ORDER}
        """
        if limit is not None:
            sql += " LIMIT ?"
            args.append(int(limit))
        with self._read() as c:
            rows = c.execute(sql, args).fetchall()
        return [_article_row(r) for r in rows]

    def _list_filter(
        self, view: str, source_id: int | None, search: str | None, tag: str | None
    ) -> tuple[str, list[str], list[Any]] | None:
        """`_list_filter` for a list read now: a search first indexes what still waits for it."""
        if search is not None and search.strip():
            self._index_before_search()
        tags = None if tag is None else self._tag_spellings(tag)
        return _list_filter(view, source_id, search, tags, self._sources_named(search))

    def _sources_named(self, search: str | None) -> tuple[list[int] | None, list[int]] | None:
        """The ids of the sources a search's `source:` words keep (None: any source) and of those
        it leaves out; None when it names no source."""
        if not search:
            return None
        wanted, unwanted = search_sources(search)
        if not wanted and not unwanted:
            return None
        infos = self.sources(counts=False)

        def named(info: SourceInfo, name: str) -> bool:
            return _names_match(name, info.title) or _names_match(name, info.location)

        keep = [i.id for i in infos if all(named(i, n) for n in wanted)] if wanted else None
        return keep, [i.id for i in infos if any(named(i, n) for n in unwanted)]

    def _index_before_search(self) -> None:
        """Articles a refresh stored but has not indexed yet (it is running, or was stopped)
        are indexed before a search, so that it finds them."""
        with self._read() as c:
            waiting = c.execute("SELECT 1 FROM fts_pending LIMIT 1").fetchone() is not None
        if waiting:
            try:
                self.index_pending()
            except LibraryError as exc:  # e.g. a read-only library: search what is indexed
                log.warning("could not index the newest articles before searching: %s", exc)

    # -- a long list, page by page ------------------------------------------------
    # A reader's list holds the order of its articles as row keys (SQLite rowids, 8 bytes
    # each in an `array`) and reads the rows of the part on screen with `rows_by_key`: at
    # 100,000 articles the list is under a megabyte, not every row in memory. The order is a
    # snapshot: a row whose state changes keeps its place until the list is read again.

    def article_keys(
        self,
        view: str = "inbox",
        source_id: int | None = None,
        search: str | None = None,
        tag: str | None = None,
    ) -> array:
        """The row keys of `articles(...)` in the same order (see `rows_by_key`)."""
        filtered = self._list_filter(view, source_id, search, tag)
        if filtered is None:
            return array("q")
        join, where, args = filtered
        sql = f"""
            SELECT a.rowid FROM articles a {join}
            {"WHERE " + " AND ".join(where) if where else ""}
            ORDER BY {_LIST_ORDER}
        """
        with self._read() as c:
            cursor = c.cursor()
            cursor.row_factory = None  # plain tuples: 100,000 keys in ~80 ms, not 150
            return array("q", chain.from_iterable(cursor.execute(sql, args).fetchall()))

    def rows_by_key(self, keys: Sequence[int]) -> dict[int, ArticleRow]:
        """The rows of these keys (from `article_keys`); a key whose article is gone is missing."""
        out: dict[int, ArticleRow] = {}
        with self._read() as c:
            for start in range(0, len(keys), 500):  # within SQLite's bound on parameters
                chunk = list(keys[start:start + 500])
                for r in c.execute(
                    f"""SELECT a.rowid AS row_key, {_ROW_COLUMNS}
                        FROM articles a LEFT JOIN sources s ON s.id = a.source_id
                        WHERE a.rowid IN ({','.join('?' * len(chunk))})""", chunk,
                ):
                    out[int(r["row_key"])] = _article_row(r)
        return out

    def key_of(self, article_id: str) -> int | None:
        """The row key of an article (None: no such article)."""
        with self._read() as c:
            r = c.execute("SELECT rowid FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if r is None else int(r[0])

    def keys_in_state(self, keys: Sequence[int], state: str) -> dict[int, str]:
        """Of these keys, the ones whose article is in `state`, with the article's id."""
        out: dict[int, str] = {}
        with self._read() as c:
            for start in range(0, len(keys), 500):
                chunk = list(keys[start:start + 500])
                for r in c.execute(
                    f"SELECT rowid, id FROM articles WHERE state = ? AND rowid IN ({','.join('?' * len(chunk))})",
                    [state, *chunk],
                ):
                    out[int(r[0])] = str(r[1])
        return out

    def row(self, article_id: str) -> ArticleRow:
        with self._read() as c:
            r = c.execute(
                """SELECT a.id, a.title, a.source_id, COALESCE(s.title, s.location, a.source) AS source_title,
                          a.url, a.published, a.added, a.state, a.saved_path
                   FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?""",
                (article_id,),
            ).fetchone()
        if r is None:
            raise LibraryError(f"no article {article_id!r} in {self.path}")
        return _article_row(r)

    def article(self, article_id: str) -> Article:
        with self._read() as c:
            r = c.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if r is None:
            raise LibraryError(f"no article {article_id!r} in {self.path}")
        return Article(
            text=r["text"], title=r["title"], source=r["source"], url=r["url"],
            published=r["published"], byline=r["byline"], id=r["id"],
        )

    def summary(self, article_id: str) -> str | None:
        """The feed's own summary of an article whose text came from its page, if any."""
        with self._read() as c:
            r = c.execute("SELECT summary FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if r is None else r["summary"]

    # -- briefs ------------------------------------------------------------------

    def cached_brief(self, article_id: str) -> Brief | None:
        """The cached brief if it matches the article's current text and this engine."""
        from ..engine import ENGINE_VERSION  # the engine loads only when briefs are asked for

        with self._read() as c:
            r = c.execute(
                """SELECT b.json FROM briefs b JOIN articles a ON a.id = b.article_id
                   WHERE b.article_id = ? AND b.content_hash = a.content_hash AND b.engine = ?""",
                (article_id, ENGINE_VERSION),
            ).fetchone()
        if r is None:
            return None
        try:
            return Brief.from_dict(json.loads(r["json"]))
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("cached brief of %s unreadable (%s); making it again", article_id, exc)
            return None

    def brief(self, article_id: str) -> Brief:
        """The article's brief: from the cache, or made now and cached."""
        cached = self.cached_brief(article_id)
        if cached is not None:
            return cached
        from ..engine import ENGINE_VERSION, brief_article

        article = self.article(article_id)
        # Briefing runs outside the lock: other threads keep reading and writing meanwhile.
        made = brief_article(article)
        digest = content_hash(article.text)
        with self._write() as c:
            c.execute(
                """INSERT INTO briefs(article_id, content_hash, engine, json)
                   SELECT ?, ?, ?, ? WHERE EXISTS
                     (SELECT 1 FROM articles WHERE id = ? AND content_hash = ?)
                   ON CONFLICT(article_id) DO UPDATE SET content_hash = excluded.content_hash,
                     engine = excluded.engine, json = excluded.json""",
                (article_id, digest, ENGINE_VERSION, json.dumps(made.to_dict()),
                 article_id, digest),
            )
        return made

    def unbriefed(self, limit: int | None = None) -> list[str]:
        """Ids of articles (newest first) with no brief cached for their text and this engine."""
        from ..engine import ENGINE_VERSION

        sql = """SELECT a.id FROM articles a LEFT JOIN briefs b
                 ON b.article_id = a.id AND b.content_hash = a.content_hash AND b.engine = ?
                 WHERE b.article_id IS NULL ORDER BY a.sort_key DESC"""
        args: list[Any] = [ENGINE_VERSION]
        if limit is not None:
            sql += " LIMIT ?"
            args.append(int(limit))
        with self._read() as c:
            return [r["id"] for r in c.execute(sql, args).fetchall()]

    # -- triage ------------------------------------------------------------------

    def set_state(self, article_id: str, state: str) -> ArticleRow:
        """Move an article to `state` (unread, read, flagged, archived); recorded for undo."""
        if state not in STATES:
            raise LibraryError(f"unknown triage state {state!r}: use one of {', '.join(STATES)}")
        with self._write() as c:
            r = c.execute("SELECT state FROM articles WHERE id = ?", (article_id,)).fetchone()
            if r is None:
                raise LibraryError(f"no article {article_id!r} in {self.path}")
            if r["state"] != state:
                c.execute("UPDATE articles SET state = ? WHERE id = ?", (state, article_id))
                c.execute(
                    "INSERT INTO triage(article_id, old_state, new_state, at) VALUES (?,?,?,?)",
                    (article_id, r["state"], state, _now()),
                )
        return self.row(article_id)

    def mark_read(self, article_ids: Iterable[str]) -> int:
        """Mark every unread article of `article_ids` read, as one decision (one `undo` reverts
        them all). Returns how many changed."""
        with self._write() as c:
            return len(self._mark_read_in(c, article_ids))

    @staticmethod
    def _mark_read_in(c: sqlite3.Connection, article_ids: Iterable[str]) -> list[str]:
        """`mark_read` inside a write transaction the caller holds: the ids that changed."""
        ids = list(dict.fromkeys(article_ids))
        now = _now()
        changed: list[str] = []
        batch: int | None = None
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            unread = [r[0] for r in c.execute(
                f"SELECT id FROM articles WHERE state = 'unread' AND id IN ({marks})", chunk)]
            for article_id in unread:
                cur = c.execute(
                    "INSERT INTO triage(article_id, old_state, new_state, at, batch) VALUES (?,?,?,?,?)",
                    (article_id, "unread", "read", now, batch),
                )
                if batch is None:  # the batch is named by its first change
                    batch = int(cur.lastrowid)
                    c.execute("UPDATE triage SET batch = ? WHERE seq = ?", (batch, batch))
            c.executemany("UPDATE articles SET state = 'read' WHERE id = ?", [(i,) for i in unread])
            changed += unread
        return changed

    def set_states(self, article_ids: Iterable[str], state: str) -> list[str]:
        """Move every article of `article_ids` to `state`, as one decision (one `undo` puts each
        back as it was: a story's articles flagged or archived at once). Returns the ids that
        changed; an id no longer in the library is passed over."""
        if state not in STATES:
            raise LibraryError(f"unknown triage state {state!r}: use one of {', '.join(STATES)}")
        now = _now()
        changed: list[str] = []
        with self._write() as c:
            batch: int | None = None
            for article_id in dict.fromkeys(article_ids):
                r = c.execute("SELECT state FROM articles WHERE id = ?", (article_id,)).fetchone()
                if r is None or r["state"] == state:
                    continue
                c.execute("UPDATE articles SET state = ? WHERE id = ?", (state, article_id))
                cur = c.execute(
                    "INSERT INTO triage(article_id, old_state, new_state, at, batch) VALUES (?,?,?,?,?)",
                    (article_id, r["state"], state, now, batch),
                )
                if batch is None:  # the batch is named by its first change
                    batch = int(cur.lastrowid)
                    c.execute("UPDATE triage SET batch = ? WHERE seq = ?", (batch, batch))
                changed.append(article_id)
        return changed

    def undo(self) -> str | None:
        """Revert the last triage change not yet undone; returns its article id (None: nothing to undo)."""
        undone = self.undo_last()
        return None if undone is None else undone.article_ids[0]

    def undo_last(self) -> Undone | None:
        """Revert the last triage decision not yet undone (every article of a `mark_read` or a
        `set_states` at once)."""
        with self._write() as c:
            r = c.execute(
                """SELECT t.seq, t.article_id, t.old_state, t.new_state, t.batch FROM triage t
                   JOIN articles a ON a.id = t.article_id
                   WHERE t.undone = 0 ORDER BY t.seq DESC LIMIT 1"""
            ).fetchone()
            if r is None:
                return None
            if r["batch"] is None:
                changes = [r]
            else:
                changes = c.execute(
                    """SELECT t.seq, t.article_id, t.old_state FROM triage t
                       JOIN articles a ON a.id = t.article_id
                       WHERE t.undone = 0 AND t.batch = ? ORDER BY t.seq""", (r["batch"],)
                ).fetchall()
            c.executemany("UPDATE articles SET state = ? WHERE id = ?",
                          [(x["old_state"], x["article_id"]) for x in changes])
            c.executemany("UPDATE triage SET undone = 1 WHERE seq = ?", [(x["seq"],) for x in changes])
            return Undone(tuple(str(x["article_id"]) for x in changes), str(r["old_state"]),
                          str(r["new_state"]))

    # -- tags --------------------------------------------------------------------

    def set_tags(self, article_id: str, tags: Iterable[str]) -> tuple[str, ...]:
        """Replace an article's tags (cleaned, deduplicated, in the order given); returns them."""
        # Kept as typed; two spellings of one tag ("Taiwan", "taiwan") are one tag: the first stays.
        firsts: dict[str, str] = {}
        for t in (clean_tag(x) for x in tags):
            if t:
                firsts.setdefault(t.casefold(), t)
        wanted = tuple(firsts.values())
        with self._write() as c:
            if c.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
                raise LibraryError(f"no article {article_id!r} in {self.path}")
            c.execute("DELETE FROM tags WHERE article_id = ?", (article_id,))
            c.executemany("INSERT INTO tags(article_id, tag) VALUES (?, ?)",
                          [(article_id, t) for t in wanted])
        return wanted

    def tags(self, article_id: str) -> tuple[str, ...]:
        """An article's tags, sorted."""
        with self._read() as c:
            rows = c.execute("SELECT tag FROM tags WHERE article_id = ?", (article_id,)).fetchall()
        return tuple(sorted((r["tag"] for r in rows), key=natural_key))

    def all_tags(self) -> list[tuple[str, int]]:
        """Every tag in use with how many articles carry it, sorted by name. Tags differing only
        by case are one tag, named as most of its articles spell it (a tie: capitals first)."""
        with self._read() as c:
            rows = c.execute("SELECT tag, COUNT(*) AS n FROM tags GROUP BY tag").fetchall()
        spellings: dict[str, list[tuple[str, int]]] = {}
        for r in rows:
            spellings.setdefault(str(r["tag"]).casefold(), []).append((str(r["tag"]), int(r["n"])))
        merged = [(min(group, key=lambda s: (-s[1], s[0]))[0], sum(n for _t, n in group))
                  for group in spellings.values()]
        return sorted(merged, key=lambda t: natural_key(t[0]))

    def _tag_spellings(self, tag: str) -> list[str]:
        """Every spelling of `tag` in use, case ignored (the tags index holds a few hundred
        names, not one per article); the tag itself when none is."""
        wanted = clean_tag(tag)
        with self._read() as c:
            names = [str(r[0]) for r in c.execute("SELECT DISTINCT tag FROM tags")]
        return [n for n in names if n.casefold() == wanted.casefold()] or [wanted]

    def data_version(self) -> int:
        """A number that changes when another connection (another process: the CLI) commits.

        Cheap enough to poll every second or two: a reader uses it to show what a
        `newsbrief add` or `refresh` in another terminal brought in.
        """
        with self._read() as c:
            return int(c.execute("PRAGMA data_version").fetchone()[0])

    def history(self, limit: int = 100) -> list[tuple[str, str, str, str, bool]]:
        """The latest triage changes, newest first: (article id, old, new, when, undone)."""
        with self._read() as c:
            rows = c.execute(
                "SELECT article_id, old_state, new_state, at, undone FROM triage ORDER BY seq DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]

    def mark_saved(self, article_id: str, path: str | Path) -> ArticleRow:
        with self._write() as c:
            cur = c.execute("UPDATE articles SET saved_path = ? WHERE id = ?", (str(path), article_id))
            if cur.rowcount == 0:
                raise LibraryError(f"no article {article_id!r} in {self.path}")
        return self.row(article_id)

    def counts(self) -> dict[str, int]:
        """How many articles each view holds, and how many are unread."""
        with self._read() as c:
            r = c.execute(
                """SELECT COALESCE(SUM(state != 'archived'), 0) AS inbox,
                          COALESCE(SUM(state = 'unread'), 0) AS unread,
                          COALESCE(SUM(state = 'flagged'), 0) AS flagged,
                          COALESCE(SUM(saved_path IS NOT NULL), 0) AS saved,
                          COALESCE(SUM(state = 'archived'), 0) AS archive,
                          COUNT(*) AS "all"
                   FROM articles"""
            ).fetchone()
        return {k: int(r[k]) for k in ("inbox", "unread", "flagged", "saved", "archive", "all")}

    # -- settings and housekeeping ----------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._read() as c:
            r = c.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if r is None:
            return default
        try:
            return json.loads(r["value"])
        except ValueError:
            return default

    def set_setting(self, key: str, value: Any) -> None:
        data = json.dumps(value)
        with self._write() as c:
            c.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, data),
            )

    def prune(self, retention_days: int | None) -> int:
        """Delete articles added more than `retention_days` ago; flagged and saved ones stay.

        What goes is remembered (guid, link, hash) so a refresh does not bring it back.
        `None` or 0 keeps everything. Returns how many were deleted.
        """
        if not retention_days or retention_days <= 0:
            return 0
        cutoff = (datetime.now(timezone.utc) - timedelta(days=retention_days)).isoformat(
            timespec="seconds"
        )
        now = _now()
        with self._write() as c:
            doomed = c.execute(
                """SELECT id, source_id, guid, url, content_hash FROM articles
                   WHERE added < ? AND state != 'flagged' AND saved_path IS NULL""",
                (cutoff,),
            ).fetchall()
            keys: list[tuple[str, str]] = []
            for r in doomed:
                keys.append((f"h:{r['content_hash']}", now))
                if r["guid"]:
                    keys.append((f"g:{r['source_id']}:{r['guid']}", now))
                if r["url"]:
                    keys.append((f"l:{r['url']}", now))
            c.executemany("INSERT OR IGNORE INTO gone(key, at) VALUES (?, ?)", keys)
            c.executemany("DELETE FROM articles WHERE id = ?", [(r["id"],) for r in doomed])
        if doomed:
            log.info("pruned %d articles older than %d days from %s", len(doomed), retention_days, self.path)
        return len(doomed)


def _list_filter(
    view: str, source_id: int | None, search: str | None, tags: Sequence[str] | None,
    sources_named: tuple[list[int] | None, list[int]] | None = None,
) -> tuple[str, list[str], list[Any]] | None:
    """(join, where, args) for a list of articles; `tags`: the spellings of the one tag wanted;
    `sources_named`: the sources a search's `source:` words keep and leave out
    (`Library._sources_named`). None when the search has nothing to look for."""
    where, args = _view_filter(view)
    if source_id is not None:
        where.append("a.source_id = ?")
        args.append(source_id)
    if tags is not None:
        where.append(f"a.id IN (SELECT article_id FROM tags WHERE tag IN ({','.join('?' * len(tags))}))")
        args.extend(tags)
    join = ""
    if search is not None and search.strip():
        positive, negative = search_parts(search)
        if positive is None and negative is None and sources_named is None:
            return None
        if sources_named is not None:
            keep, drop = sources_named
            if keep is not None:
                where.append(f"a.source_id IN ({','.join('?' * len(keep)) or 'NULL'})")
                args.extend(keep)
            if drop:
                where.append(f"a.source_id NOT IN ({','.join('?' * len(drop))})")
                args.extend(drop)
        if positive is not None:
            join = "JOIN articles_fts f ON f.rowid = a.rowid"
            where.append("articles_fts MATCH ?")
            args.append(positive)
        if negative is not None:
            where.append("a.rowid NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            args.append(negative)
    return join, where, args


def _view_filter(view: str) -> tuple[list[str], list[Any]]:
    if view == "inbox":
        return (["a.state != 'archived'"], [])
    if view == "flagged":
        return (["a.state = 'flagged'"], [])
    if view == "saved":
        return (["a.saved_path IS NOT NULL"], [])
    if view == "archive":
        return (["a.state = 'archived'"], [])
    if view == "all":
        return ([], [])
    if view in ("unread", "read"):
        return (["a.state = ?"], [view])
    raise LibraryError(f"unknown view {view!r}: use one of {', '.join(VIEWS)}")


def _source_info(r: sqlite3.Row) -> SourceInfo:
    return SourceInfo(
        id=int(r["id"]), kind=r["kind"], location=r["location"], title=r["title"] or r["location"],
        category=r["category"], unread=int(r["unread"]), total=int(r["total"]),
        last_error=r["last_error"], last_checked=r["last_checked"],
    )


def _article_row(r: sqlite3.Row) -> ArticleRow:
    return ArticleRow(
        id=r["id"], title=r["title"], source_id=r["source_id"], source_title=r["source_title"] or "",
        url=r["url"], published=r["published"], added=r["added"], state=r["state"],
        saved_path=r["saved_path"],
    )


def _rollback(conn: sqlite3.Connection) -> None:
    """Roll back what is still open: after a full disk SQLite has rolled back by itself, and a
    second ROLLBACK would raise over the error that matters."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error as exc:
            log.warning("rollback failed: %s", exc)


def _looks_corrupt(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return any(s in text for s in ("not a database", "malformed", "corrupt"))


def _unwritable_folder(path: Path) -> str:
    """Why SQLite could not open `path` when its folder takes no file (a read-only home: the
    library writes its journal beside the file), as a clause to add to the message; else ''."""
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=path.parent):
            return ""
    except OSError as exc:
        return (f" (the folder {path.parent} cannot be written: {exc.strerror or exc}; "
                "the library keeps its journal beside the file)")


def _foreign_file(path: Path) -> bool:
    """Whether `path` holds bytes that are no SQLite file. SQLite itself takes a file shorter
    than its 100-byte header for an empty database and writes over it."""
    try:
        with path.open("rb") as f:
            head = f.read(len(_SQLITE_MAGIC))
    except OSError:
        return False  # missing (a new library) or unreadable (SQLite's own open says why)
    return bool(head) and head != _SQLITE_MAGIC


_SQLITE_MAGIC = b"SQLite format 3\x00"


def _move_aside(path: Path) -> Path:
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while aside.exists():
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    try:
        path.replace(aside)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.replace(aside.with_name(aside.name + suffix))
    except OSError as exc:
        raise LibraryError(f"the library {path} is damaged and could not be moved aside: {exc}") from None
    return aside


__all__ = [
    "STATES",
    "VIEWS",
    "ArticleRow",
    "Incoming",
    "KnownEntry",
    "Library",
    "MergeResult",
    "SourceInfo",
    "Undone",
    "clean_tag",
    "fts_query",
    "natural_key",
    "search_parts",
    "search_sources",
]
