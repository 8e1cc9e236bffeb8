"""Stories: articles about the same event from any number of sources, clustered as they arrive.

A new article is compared only with the articles that share one of its lookup keys (a sampled
word 4-gram of its text, a title word, a person, a place) within a few days of it, so the work
per article stays bounded however large the library grows. It joins the story of the best
match that passes the rules of `match_score`, or starts a story of its own whose id never
changes. Wrong merges cost more than missed ones: every rule asks for evidence from the text
itself (shared passages; or shared headline words with the same people and places, or with
the same names and vocabulary) within a day or two, and one outlet's second article on a
subject is a follow-up, not the same report.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..store.library import Library

# How far apart two reports of one event can be.
WINDOW = timedelta(days=4)
# How long one story can run: a chain of reports a few days apart each never becomes a saga.
SPAN = timedelta(days=6)
# Candidates read per lookup key: the newest within the window.
PER_KEY = 24
# Words of the text that make its fingerprint, and the share of 4-grams kept (1 in SAMPLE).
TEXT_WORDS = 600
SAMPLE = 6
KEY_SAMPLE = 3  # of the kept 4-grams, 1 in KEY_SAMPLE also serves as a lookup key
TOP_WORDS = 40

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?", re.UNICODE)
_NAME = re.compile(r"(?:\b[A-Z][\w'\u2019-]+(?:\s+(?:of|de|la|al|van|von|the)?\s*[A-Z][\w'\u2019-]+)*)")


@cache
def _stopwords() -> frozenset[str]:
    text = resources.files("briefs.engine.lexicons").joinpath("stopwords.txt").read_text("utf-8")
    words = {w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")}
    return frozenset(words | _EXTRA_STOPWORDS)


_EXTRA_STOPWORDS = {
    "said", "says", "say", "new", "news", "also", "would", "could", "one", "two", "year", "years",
    "people", "told", "like", "just", "many", "first", "last", "week", "time", "now", "get",
    "make", "made", "report", "reports", "update", "live", "latest", "video", "photos", "watch",
}


def _hash(key: str) -> int:
    """A signed 64-bit key for SQLite's INTEGER."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


@dataclass(frozen=True)
class Features:
    """What the clusterer compares: the article's time, source, words, people and places."""

    at: str  # UTC ISO timestamp (published, else when it arrived)
    source: int | None
    title: frozenset[str]
    prints: frozenset[int]  # sampled word 4-grams of the text
    people: frozenset[str]
    places: frozenset[str]
    names: frozenset[str] = frozenset()  # capitalised words anywhere in the text
    words: tuple[tuple[str, int], ...] = ()  # the most frequent content words, with counts

    def to_json(self) -> str:
        return json.dumps({
            "at": self.at, "source": self.source, "title": sorted(self.title),
            "prints": sorted(self.prints), "people": sorted(self.people), "places": sorted(self.places),
            "names": sorted(self.names), "words": [list(w) for w in self.words],
        }, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Features:
        d = json.loads(text)
        return cls(d["at"], d["source"], frozenset(d["title"]), frozenset(d["prints"]),
                   frozenset(d["people"]), frozenset(d["places"]), frozenset(d.get("names", ())),
                   tuple((w, int(n)) for w, n in d.get("words", ())))

    def keys(self) -> set[int]:
        keys = {p for p in self.prints if p % KEY_SAMPLE == 0}
        keys |= {_hash(f"t:{w}") for w in self.title}
        keys |= {_hash(f"p:{p}") for p in self.people}
        keys |= {_hash(f"l:{p}") for p in self.places}
        return keys


def features(
    title: str,
    text: str,
    at: str,
    source: int | None = None,
    people: Iterable[str] = (),
    places: Iterable[str] = (),
) -> Features:
    """The clustering features of one article. `people` and `places` come from its brief."""
    stop = _stopwords()
    title_words = frozenset(
        w for w in (m.lower() for m in _WORD.findall(title)) if w not in stop and (len(w) > 2 or w.isdigit())
    )
    words = [w.lower() for w in _WORD.findall(text[: TEXT_WORDS * 12])][:TEXT_WORDS]
    content = [w for w in words if w not in stop]
    prints = set()
    for i in range(len(content) - 3):
        h = _hash(" ".join(content[i : i + 4]))
        if h % SAMPLE == 0:
            prints.add(h)
    names = {" ".join(p.lower().split()) for p in people if p and " " in p.strip()}
    lead = text[:1500]
    found = {" ".join(m.lower().split()) for m in _NAME.findall(lead) if " " in m or len(m) > 3}
    place_set = {" ".join(p.lower().split()) for p in places if p}
    place_set |= {f for f in found if f not in names and f.split()[0] not in stop}
    capitals = {w.lower() for w in re.findall(r"\b[A-Z][A-Za-z'-]+", f"{title}\n{text[: TEXT_WORDS * 12]}")}
    capitals = {w for w in capitals if w not in stop and w not in _CAPITAL_STOPWORDS and len(w) > 2}
    counts: dict[str, int] = {}
    for w in content:
        if len(w) > 2 and not w.isdigit():
            counts[w] = counts.get(w, 0) + 1
    top = tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_WORDS])
    return Features(at, source, title_words, frozenset(prints), frozenset(names), frozenset(place_set),
                    frozenset(capitals), top)


# Capitalised words that name no one: days, months, titles, sentence openers.
_CAPITAL_STOPWORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december mr mrs ms dr president minister government
officials official police said according spokesman spokeswoman chief executive state national
""".split())


def _cosine(a: tuple[tuple[str, int], ...], b: tuple[tuple[str, int], ...]) -> float:
    if not a or not b:
        return 0.0
    da, db = dict(a), dict(b)
    num = sum(n * db[w] for w, n in da.items() if w in db)
    return num / ((sum(n * n for n in da.values()) * sum(n * n for n in db.values())) ** 0.5)


def _parse(at: str) -> datetime:
    when = datetime.fromisoformat(at.replace("Z", "+00:00"))
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _overlap(a: frozenset[Any], b: frozenset[Any]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _jaccard(a: frozenset[Any], b: frozenset[Any]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def match_score(a: Features, b: Features) -> float:
    """How surely `a` and `b` report the same event: 0 when the rules say they do not."""
    hours = abs((_parse(a.at) - _parse(b.at)).total_seconds()) / 3600
    if hours > WINDOW.total_seconds() / 3600:
        return 0.0
    shared_text = _overlap(a.prints, b.prints) if min(len(a.prints), len(b.prints)) >= 4 else 0.0
    if a.source is not None and a.source == b.source:
        # One outlet writes one article per event; a second one is a follow-up, unless it is
        # the same text again (a republished or corrected copy).
        return 2.0 + shared_text if shared_text >= 0.6 and hours <= 48 else 0.0
    title = _jaccard(a.title, b.title)
    people = _overlap(a.people, b.people)
    places = _overlap(a.places, b.places)
    names_shared = len(a.people & b.people) + len(a.places & b.places)
    if shared_text >= 0.2:
        return 2.0 + shared_text + title
    if title >= 0.5 and names_shared >= 2 and (people >= 0.5 or places >= 0.5) and hours <= 48:
        return 1.0 + title + 0.5 * people
    if title >= 0.34 and people >= 0.6 and places >= 0.5 and names_shared >= 3 and hours <= 36:
        return 0.5 + title + 0.5 * people
    # Each outlet in its own words: two headline words, the same names, the same vocabulary.
    if (len(a.title & b.title) >= 2 and hours <= 36 and len(a.names & b.names) >= 4
            and _overlap(a.names, b.names) >= 0.4):
        words = _cosine(a.words, b.words)
        if words >= 0.2:
            return 0.25 + words
    return 0.0


@dataclass(frozen=True)
class StoryArticle:
    id: str
    title: str
    feed: str
    url: str | None
    published: str | None
    at: str = field(default="", compare=False)
    state: str = "unread"  # its triage state when the story was read (not in `to_dict`)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "feed": self.feed, "url": self.url,
                "published": self.published}


@dataclass(frozen=True)
class Story:
    """Articles about one event: the first one's id and title name it."""

    id: str
    title: str
    first_seen: str
    last_seen: str
    articles: tuple[StoryArticle, ...]

    @property
    def sources(self) -> int:
        return len({a.feed for a in self.articles})

    @property
    def newest(self) -> str | None:
        """When its newest article was published; None when no article carries a date (the
        times it was seen, `first_seen`/`last_seen`, are when they reached the library)."""
        return max((a.published for a in self.articles if a.published), default=None)

    @property
    def states(self) -> dict[str, int]:
        """How many of its articles were in each triage state when it was read: one entry of
        `story_states`, without a second query."""
        return dict(Counter(a.state for a in self.articles))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "first_seen": self.first_seen,
                "last_seen": self.last_seen, "articles": [a.to_dict() for a in self.articles]}


class Clusterer:
    """Assigns articles to stories in the library's tables (`story_members`, `story_keys`).

    Works on a connection inside the caller's transaction: `add` reads the candidates and
    writes the article's membership and keys.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def candidates(self, f: Features, article_id: str) -> list[tuple[str, str, Features]]:
        at = _parse(f.at)
        lo = (at - WINDOW).isoformat(timespec="seconds")
        hi = (at + WINDOW).isoformat(timespec="seconds")
        found: set[str] = set()
        for key in f.keys():
            rows = self.conn.execute(
                "SELECT article_id FROM story_keys WHERE key = ? AND at BETWEEN ? AND ? "
                "ORDER BY at DESC LIMIT ?", (key, lo, hi, PER_KEY),
            ).fetchall()
            found.update(r[0] for r in rows)
        found.discard(article_id)
        if not found:
            return []
        out = []
        ids = sorted(found)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.conn.execute(
                f"SELECT article_id, story_id, features FROM story_members WHERE article_id IN ({marks})",
                chunk,
            ):
                out.append((r[0], r[1], Features.from_json(r[2])))
        return out

    def assign(self, article_id: str, f: Features) -> str:
        """The story `article_id` belongs to (joining one or starting its own), stored."""
        row = self.conn.execute(
            "SELECT story_id FROM story_members WHERE article_id = ?", (article_id,)
        ).fetchone()
        if row is not None:
            return str(row[0])
        best, story = 0.0, f"s-{article_id}"
        candidates = self.candidates(f, article_id)
        started = self._story_starts({c[1] for c in candidates})
        at = _parse(f.at)
        for other_id, other_story, other in candidates:
            if abs(at - started.get(other_story, at)) > SPAN:
                continue
            score = match_score(f, other)
            if score > best or (score == best and score > 0 and other_id < story):
                best, story = score, other_story
        stamp = at.astimezone(timezone.utc).isoformat(timespec="seconds")
        self.conn.execute(
            "INSERT INTO story_members(article_id, story_id, at, features) VALUES (?,?,?,?)",
            (article_id, story, stamp, f.to_json()),
        )
        self.conn.executemany(
            "INSERT INTO story_keys(key, at, article_id) VALUES (?,?,?)",
            [(k, stamp, article_id) for k in f.keys()],
        )
        return story

    def _story_starts(self, stories: set[str]) -> dict[str, datetime]:
        """When each of `stories` began (its first article's time)."""
        ids = sorted(stories)
        out: dict[str, datetime] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for story_id, first in self.conn.execute(
                f"SELECT story_id, MIN(at) FROM story_members WHERE story_id IN ({marks}) GROUP BY story_id",
                chunk,
            ):
                out[story_id] = _parse(first)
        return out


def list_stories(lib: Library, since: datetime | None = None, *, update: bool = True) -> list[Story]:
    """Every story (with `since`, those with an article newer than it), largest and newest first.

    `update` first clusters what arrived since the last call (and briefs it if need be). Each
    article carries its triage state, so `Story.states` needs no `story_states` after it."""
    if update:
        from .index import update_index

        update_index(lib)
    where, args = "", []
    if since is not None:
        where = "WHERE m.story_id IN (SELECT story_id FROM story_members WHERE at >= ?)"
        args.append(since.astimezone(timezone.utc).isoformat(timespec="seconds"))
    sql = f"""
        SELECT m.story_id, m.at, a.id, a.title, a.url, a.published,
               COALESCE(s.title, s.location, a.source) AS feed, a.state
        FROM story_members m JOIN articles a ON a.id = m.article_id
        LEFT JOIN sources s ON s.id = a.source_id
        {where}
        ORDER BY m.at, a.rowid
    """
    with lib._read() as c:
        rows = c.execute(sql, args).fetchall()
    members: dict[str, list[StoryArticle]] = {}
    for r in rows:
        members.setdefault(r[0], []).append(
            StoryArticle(r[2], r[3] or "", r[6] or "", r[4], r[5], at=r[1], state=r[7])
        )
    stories = []
    for story_id, articles in members.items():
        named = next((a for a in articles if f"s-{a.id}" == story_id), articles[0])
        stories.append(Story(story_id, named.title, articles[0].at, articles[-1].at, tuple(articles)))
    stories.sort(key=lambda s: (len(s.articles), s.last_seen, s.id), reverse=True)
    return stories


def story_states(lib: Library) -> dict[str, dict[str, int]]:
    """How many of each story's articles are in each triage state (unread, read, flagged,
    archived): what a story's row shows was decided about it. One query, whatever the size.
    Stories just read by `list_stories` have them already (`Story.states`): this is for
    reading them again after decisions."""
    sql = """
        SELECT m.story_id, a.state, COUNT(*)
        FROM story_members m JOIN articles a ON a.id = m.article_id
        GROUP BY m.story_id, a.state
    """
    with lib._read() as c:
        rows = c.execute(sql).fetchall()
    states: dict[str, dict[str, int]] = {}
    for story_id, state, count in rows:
        states.setdefault(story_id, {})[state] = count
    return states


UNREAD_MEMBERS = """SELECT a.id FROM story_members m JOIN articles a ON a.id = m.article_id
                    WHERE a.state = 'unread' ORDER BY m.at, a.rowid"""


def unread_in_stories(lib: Library) -> list[str]:
    """The ids of the unread articles that are in a story (every article the index has seen is
    in one): what marking every story read changes."""
    with lib._read() as c:
        return [r[0] for r in c.execute(UNREAD_MEMBERS)]


# A span back from now as people type it: "24h", "7d", "2w", "3mo", "1y", "2 years", "3 days ago".
# `m` stays minutes ("90m"); months are `mo` or `month`.
_SPAN = re.compile(
    r"""\s*(\d{1,6})\s*
        (m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)
        (?:\s+ago)?\s*""",
    re.VERBOSE | re.IGNORECASE,
)
_FIXED = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}
# A year or a month given alone ("2023", "2023-06"): from its first day.
_YEAR_MONTH = re.compile(r"\s*(\d{4})(?:-(\d{1,2}))?\s*")


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """'90m', '24h', '7d', '2w', '3mo', '1y' (or '2 years', '3 days ago'), an ISO date or time,
    a month ('2023-06') or a year ('2023'): the moment that far back. ValueError otherwise.
    A span reaching back before year 1 is the earliest moment there is (everything is newer)."""
    now = now or datetime.now(timezone.utc)
    m = _SPAN.fullmatch(text or "")
    if m:
        n, unit = int(m[1]), m[2].lower()
        try:
            if unit.startswith("mo"):
                return _months_back(now, n)
            if unit.startswith("y"):
                return _months_back(now, 12 * n)
            return now - n * _FIXED[unit[0]]
        except (OverflowError, ValueError):
            return datetime.min.replace(tzinfo=timezone.utc)
    ym = _YEAR_MONTH.fullmatch(text or "")
    try:
        if ym:
            return datetime(int(ym[1]), int(ym[2] or 1), 1, tzinfo=timezone.utc)
        return _parse(text.strip())
    except (ValueError, AttributeError):
        raise ValueError(f"not a time span or date: {text!r} "
                         "(use e.g. 24h, 7d, 2w, 3mo, 1y, 2023-06-19, 2023-06 or 2023)") from None


def _months_back(now: datetime, months: int) -> datetime:
    """The same day `months` calendar months before `now` (the month's last day when it is
    shorter: 31 March less one month is 28 or 29 February)."""
    index = now.year * 12 + now.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return now.replace(year=year, month=month, day=min(now.day, calendar.monthrange(year, month)[1]))


__all__ = [
    "Clusterer", "Features", "Story", "StoryArticle", "features", "list_stories", "match_score",
    "parse_since", "unread_in_stories",
]
