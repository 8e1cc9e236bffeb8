"""Keeps the library's derived tables up to date: each article's story and each brief's next steps.

`update_index(library)` briefs what has no brief yet, clusters every article not yet in a story
(in the order they arrived, so story ids never depend on when the index ran) and re-reads the
next steps of every brief whose article or engine changed. Cheap when nothing is new.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..dates import interval, step_date
from ..model import Brief
from .agenda import step_norm
from .clusters import UNREAD_MEMBERS, Clusterer, features

if TYPE_CHECKING:
    from ..store.library import Library

log = logging.getLogger(__name__)

BATCH = 200

Progress = Callable[[int, int], None]


def briefs_for(lib: Library, ids: list[str]) -> dict[str, Brief]:
    """A brief per article: a cached one for its current text (any engine), else made now."""
    out: dict[str, Brief] = {}
    marks = ",".join("?" * len(ids))
    with lib._read() as c:
        rows = c.execute(
            f"""SELECT b.article_id, b.json FROM briefs b JOIN articles a
                ON a.id = b.article_id AND a.content_hash = b.content_hash
                WHERE b.article_id IN ({marks})""", ids,
        ).fetchall()
    for r in rows:
        try:
            out[r[0]] = Brief.from_dict(json.loads(r[1]))
        except (ValueError, KeyError, TypeError):
            continue
    for article_id in ids:
        if article_id not in out:
            try:
                out[article_id] = lib.brief(article_id)
            except Exception as exc:  # one bad article must not stop the index
                log.warning("could not brief %s for stories and agenda: %s", article_id, exc)
    return out


def _step_rows(article_id: str, brief: Brief) -> list[tuple]:
    rows = []
    for seq, step in enumerate(brief.next_steps):
        date = step.date if step.date is not None else step_date(step.when, brief.article.published)
        span = interval(date)
        rows.append((
            article_id, seq, step.text, json.dumps(list(step.who)), step.when, date,
            span[0].isoformat() if span else None, span[1].isoformat() if span else None,
            step.certainty, step_norm(step.text), step.span[0], step.span[1],
        ))
    return rows


_NEW = """FROM articles a LEFT JOIN story_members m ON m.article_id = a.id WHERE m.article_id IS NULL"""


def unindexed_ids(lib: Library) -> list[str]:
    """The articles in no story yet, in the order they arrived."""
    with lib._read() as c:
        return [r[0] for r in c.execute(f"SELECT a.id {_NEW} ORDER BY a.added, a.rowid")]


def unindexed_count(lib: Library) -> int:
    """How many articles are in no story yet: arrived since the index last ran."""
    with lib._read() as c:
        return int(c.execute(f"SELECT COUNT(*) {_NEW}").fetchone()[0])


def update_index(
    lib: Library, progress: Progress | None = None, *, new_only: bool = False, ids: list[str] | None = None,
) -> int:
    """Bring stories and steps up to date; returns how many articles were (re)indexed.
    `new_only`: only the articles in no story yet (their stories and steps), not the steps of
    the articles whose text or engine changed, which can be the whole library after an upgrade.
    `ids` (implies `new_only`): only those of them, as listed before (what arrived since is left
    to the next run)."""
    new = unindexed_ids(lib)
    if ids is not None:
        new_only, wanted = True, set(ids)
        new = [i for i in new if i in wanted]
    with lib._read() as c:
        stale = [] if new_only else [r[0] for r in c.execute(
            """SELECT a.id FROM articles a LEFT JOIN step_sources s ON s.article_id = a.id
               LEFT JOIN briefs b ON b.article_id = a.id AND b.content_hash = a.content_hash
               WHERE s.article_id IS NULL OR s.content_hash != a.content_hash
                  OR (b.engine IS NOT NULL AND b.engine != s.engine)
               ORDER BY a.added, a.rowid"""
        )]
    todo = list(dict.fromkeys(new + stale))
    if not todo:
        return 0
    fresh = set(new)
    for start in range(0, len(todo), BATCH):
        chunk = todo[start : start + BATCH]
        briefs = briefs_for(lib, chunk)
        with lib._write() as c:
            clusterer = Clusterer(c)
            info = {
                r[0]: r for r in c.execute(
                    f"""SELECT id, title, text, sort_key, source_id, content_hash FROM articles
                        WHERE id IN ({",".join("?" * len(chunk))})""", chunk,
                )
            }
            for article_id in chunk:
                row = info.get(article_id)
                if row is None:  # removed meanwhile
                    continue
                brief = briefs.get(article_id)
                if article_id in fresh:
                    people = [p.name for p in brief.people] if brief else []
                    places = [m.place for m in brief.meetings if m.place] if brief else []
                    clusterer.assign(article_id, features(
                        row[1], row[2], row[3], row[4], people=people, places=places,
                    ))
                if brief is None:
                    continue
                c.execute("DELETE FROM steps WHERE article_id = ?", (article_id,))
                c.executemany(
                    """INSERT INTO steps(article_id, seq, text, who, "when", date, day, day_end,
                       certainty, norm, span_start, span_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
                    _step_rows(article_id, brief),
                )
                c.execute(
                    """INSERT INTO step_sources(article_id, content_hash, engine) VALUES (?,?,?)
                       ON CONFLICT(article_id) DO UPDATE SET content_hash = excluded.content_hash,
                       engine = excluded.engine""",
                    (article_id, row[5], brief.engine),
                )
        if progress is not None:
            progress(min(start + BATCH, len(todo)), len(todo))
    return len(todo)


@dataclass(frozen=True)
class StoriesRead:
    """What `mark_stories_read` did: `marked` articles read (one decision), `arrived` of them
    just put in their stories (of `indexed` put there), and `left` unread articles still in no
    story."""

    marked: int
    arrived: int
    indexed: int
    left: int


def mark_stories_read(lib: Library, index_up_to: int) -> StoriesRead:
    """Every unread article of every story read, as one decision (one `undo`). When at most
    `index_up_to` articles are in no story yet (arrived since the index last ran), they are put
    in their stories first and marked with the rest; more are left to the index, unread. What is
    marked and what is counted as left are read in the one write transaction that marks, so an
    index committing meanwhile cannot make an article both counted as left and marked read."""
    new = unindexed_ids(lib)
    indexed = update_index(lib, ids=new) if 0 < len(new) <= index_up_to else 0
    with lib._write() as c:
        ids = [r[0] for r in c.execute(UNREAD_MEMBERS)]
        left = int(c.execute(f"SELECT COUNT(*) {_NEW} AND a.state = 'unread'").fetchone()[0])
        marked = lib._mark_read_in(c, ids)
    return StoriesRead(marked=len(marked), arrived=len(set(marked).intersection(new)), indexed=indexed, left=left)


__all__ = ["StoriesRead", "briefs_for", "mark_stories_read", "unindexed_count", "unindexed_ids", "update_index"]
