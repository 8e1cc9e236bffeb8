"""Domain objects: an Article and the Brief made of it (schema `newsbrief.brief/1`).

Every object is a frozen dataclass with a JSON round trip (`to_dict` / `from_dict`).
Spans are `(start, end)` character offsets into `Article.text`, end exclusive.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Any

SCHEMA = "newsbrief.brief/1"

Span = tuple[int, int]

CERTAINTIES = ("agreed", "planned", "expected", "possible")
QUOTE_KINDS = ("direct", "partial", "indirect")


def article_id(source: str, text: str) -> str:
    """A stable id for an article: its source and body, hashed."""
    digest = hashlib.sha256(f"{source}\x00{text}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _span(value: Any) -> Span:
    start, end = value
    return (int(start), int(end))


def _opt_span(value: Any) -> Span | None:
    return None if value is None else _span(value)


@dataclass(frozen=True)
class Article:
    """One article's clean body text and its metadata."""

    text: str
    title: str = ""
    source: str = ""
    url: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as the source gave it
    byline: str | None = None
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", article_id(self.source, self.text))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "published": self.published,
            "byline": self.byline,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            text=data["text"],
            title=data.get("title") or "",
            source=data.get("source") or "",
            url=data.get("url"),
            published=data.get("published"),
            byline=data.get("byline"),
            id=data.get("id") or "",
        )


@dataclass(frozen=True)
class Summary:
    text: str
    spans: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "spans": [list(s) for s in self.spans]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Summary:
        return cls(text=data["text"], spans=tuple(_span(s) for s in data.get("spans", [])))


@dataclass(frozen=True)
class Participant:
    name: str
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Participant:
        return cls(name=data["name"], role=data.get("role"))


@dataclass(frozen=True)
class Meeting:
    participants: tuple[Participant, ...]
    text: str
    span: Span
    place: str | None = None
    when: str | None = None
    duration: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "participants": [p.to_dict() for p in self.participants],
            "place": self.place,
            "when": self.when,
            "duration": self.duration,
            "text": self.text,
            "span": list(self.span),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Meeting:
        return cls(
            participants=tuple(Participant.from_dict(p) for p in data.get("participants", [])),
            text=data["text"],
            span=_span(data["span"]),
            place=data.get("place"),
            when=data.get("when"),
            duration=data.get("duration"),
        )


@dataclass(frozen=True)
class Quote:
    text: str
    span: Span
    speaker: str | None = None
    speaker_role: str | None = None
    speaker_span: Span | None = None
    kind: str = "direct"
    cue: str | None = None
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": list(self.span),
            "speaker": self.speaker,
            "speaker_role": self.speaker_role,
            "speaker_span": None if self.speaker_span is None else list(self.speaker_span),
            "kind": self.kind,
            "cue": self.cue,
            "score": round(float(self.score), 4),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(
            text=data["text"],
            span=_span(data["span"]),
            speaker=data.get("speaker"),
            speaker_role=data.get("speaker_role"),
            speaker_span=_opt_span(data.get("speaker_span")),
            kind=data.get("kind", "direct"),
            cue=data.get("cue"),
            score=float(data.get("score", 0.0)),
        )


@dataclass(frozen=True)
class OpenIssue:
    text: str
    span: Span
    topic: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "topic": self.topic, "span": list(self.span)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OpenIssue:
        return cls(text=data["text"], span=_span(data["span"]), topic=data.get("topic"))


@dataclass(frozen=True)
class NextStep:
    text: str
    span: Span
    who: tuple[str, ...] = ()
    when: str | None = None
    certainty: str = "possible"
    date: str | None = None  # TIMEX3 value of `when` read from the article's date (briefs.timex)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "who": list(self.who),
            "when": self.when,
            "date": self.date,
            "certainty": self.certainty,
            "span": list(self.span),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], published: str | None = None) -> NextStep:
        when = data.get("when")
        if "date" in data:
            date = data["date"]
        else:  # a brief written before steps had dates: read `when` now
            from .dates import step_date

            date = step_date(when, published)
        return cls(
            text=data["text"],
            span=_span(data["span"]),
            who=tuple(data.get("who") or ()),
            when=when,
            certainty=data.get("certainty", "possible"),
            date=date,
        )


@dataclass(frozen=True)
class Person:
    name: str
    role: str | None = None
    mentions: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "mentions": self.mentions}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Person:
        return cls(name=data["name"], role=data.get("role"), mentions=int(data.get("mentions", 1)))


@dataclass(frozen=True)
class Brief:
    """What newsbrief makes of one article."""

    article: Article
    summary: Summary
    engine: str
    meetings: tuple[Meeting, ...] = ()
    quotes: tuple[Quote, ...] = ()
    open_issues: tuple[OpenIssue, ...] = ()
    next_steps: tuple[NextStep, ...] = ()
    people: tuple[Person, ...] = ()
    notes: tuple[str, ...] = field(default=())  # e.g. "not English: summary only"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "schema": SCHEMA,
            "engine": self.engine,
            "article": self.article.to_dict(),
            "summary": self.summary.to_dict(),
            "meetings": [m.to_dict() for m in self.meetings],
            "quotes": [q.to_dict() for q in self.quotes],
            "open_issues": [i.to_dict() for i in self.open_issues],
            "next_steps": [s.to_dict() for s in self.next_steps],
            "people": [p.to_dict() for p in self.people],
        }
        if self.notes:
            data["notes"] = list(self.notes)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Brief:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} brief: schema is {data.get('schema')!r}")
        article = Article.from_dict(data["article"])
        return cls(
            article=article,
            summary=Summary.from_dict(data["summary"]),
            engine=data["engine"],
            meetings=tuple(Meeting.from_dict(m) for m in data.get("meetings", [])),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", [])),
            open_issues=tuple(OpenIssue.from_dict(i) for i in data.get("open_issues", [])),
            next_steps=tuple(
                NextStep.from_dict(s, article.published) for s in data.get("next_steps", [])
            ),
            people=tuple(Person.from_dict(p) for p in data.get("people", [])),
            notes=tuple(data.get("notes", ())),
        )


def field_names(cls: type) -> list[str]:
    return [f.name for f in fields(cls)]
