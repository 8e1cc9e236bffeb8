"""The brief of a story: its articles' briefs merged, every line still pointing at its sentence.

The same quotation from three outlets is one quote with three sources; open issues and next
steps said by several articles appear once. Each `Source` names the article and the
`[start, end)` span in that article's own text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..dates import step_date
from ..model import CERTAINTIES, Brief

if TYPE_CHECKING:
    from ..store.library import Library
    from .clusters import Story

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Source:
    """Where a line was read: the article, its feed and link, and the span in its text."""

    article_id: str
    span: tuple[int, int]
    feed: str = ""
    url: str | None = None
    title: str = ""


@dataclass(frozen=True)
class StoryLine:
    """A summary, meeting or open issue, with every article that says it."""

    text: str
    sources: tuple[Source, ...]
    topic: str | None = None


@dataclass(frozen=True)
class StoryQuote:
    text: str
    speaker: str | None
    role: str | None
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class StoryStep:
    text: str
    who: tuple[str, ...]
    when: str | None
    date: str | None
    certainty: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class StoryBrief:
    story: Story
    summary: StoryLine | None
    meeting: StoryLine | None
    quotes: tuple[StoryQuote, ...]
    open_issues: tuple[StoryLine, ...]
    next_steps: tuple[StoryStep, ...]


def _tokens(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text) if len(w) > 2)


def _similar(a: frozenset[str], b: frozenset[str], share: float) -> bool:
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= share


def _surname(name: str | None) -> str:
    return (name or "").split()[-1].lower() if name and name.split() else ""


def briefs_of(lib: Library, article_ids: list[str]) -> dict[str, Brief]:
    """Each article's brief: cached for its current text (any engine), else made now."""
    from .index import briefs_for

    return briefs_for(lib, article_ids) if article_ids else {}


def story_brief(lib: Library, story: Story) -> StoryBrief:
    """Merge the briefs of `story`'s articles (the longest article leads)."""
    ids = [a.id for a in story.articles]
    briefs = briefs_of(lib, ids)
    feeds = {a.id: (a.feed, a.url, a.title) for a in story.articles}
    order = sorted(briefs.values(), key=lambda b: -len(b.article.text))

    def src(brief: Brief, span: tuple[int, int]) -> Source:
        feed, url, title = feeds.get(brief.article.id, ("", brief.article.url, brief.article.title))
        return Source(brief.article.id, span, feed, url, title)

    summary = None
    for b in order:
        if b.summary.text:
            span = b.summary.spans[0] if b.summary.spans else (0, 0)
            summary = StoryLine(b.summary.text, (src(b, span),))
            break
    meeting = None
    for b in order:
        if b.meetings:
            m = b.meetings[0]
            sources = [src(b, m.span)]
            names = {_surname(p.name) for p in m.participants}
            for other in order:
                if other is b:
                    continue
                for om in other.meetings[:1]:
                    if len(names & {_surname(p.name) for p in om.participants}) >= 2:
                        sources.append(src(other, om.span))
            meeting = StoryLine(m.text, tuple(sources))
            break

    quotes: list[tuple[StoryQuote, frozenset[str], float]] = []
    for b in order:
        for q in b.quotes:
            toks = _tokens(q.text)
            for n, (have, have_toks, score) in enumerate(quotes):
                same_speaker = _surname(have.speaker) == _surname(q.speaker)
                if same_speaker and _similar(toks, have_toks, 0.6):
                    quotes[n] = (StoryQuote(have.text, have.speaker, have.role,
                                            have.sources + (src(b, q.span),)), have_toks,
                                 max(score, q.score))
                    break
            else:
                quotes.append((StoryQuote(q.text, q.speaker, q.speaker_role, (src(b, q.span),)),
                               toks, q.score))
    quotes.sort(key=lambda t: (-len(t[0].sources), -t[2]))

    issues: list[tuple[StoryLine, frozenset[str]]] = []
    for b in order:
        for i in b.open_issues:
            toks = _tokens(i.text)
            for n, (have, have_toks) in enumerate(issues):
                same_topic = bool(i.topic) and (i.topic or "").lower() == (have.topic or "").lower()
                if same_topic or _similar(toks, have_toks, 0.6):
                    issues[n] = (StoryLine(have.text, have.sources + (src(b, i.span),), have.topic),
                                 have_toks)
                    break
            else:
                issues.append((StoryLine(i.text, (src(b, i.span),), i.topic), toks))

    steps: list[tuple[StoryStep, frozenset[str]]] = []
    for b in order:
        for s in b.next_steps:
            date = s.date if s.date is not None else step_date(s.when, b.article.published)
            toks = _tokens(s.text)
            who = {w.lower() for w in s.who}
            for n, (have, have_toks) in enumerate(steps):
                dated_same = date is not None and date == have.date and who & {w.lower() for w in have.who}
                if dated_same or _similar(toks, have_toks, 0.6):
                    certainty = min((have.certainty, s.certainty), key=lambda c: CERTAINTIES.index(c)
                                    if c in CERTAINTIES else len(CERTAINTIES))
                    merged_who = have.who + tuple(w for w in s.who if w not in have.who)
                    steps[n] = (StoryStep(have.text, merged_who, have.when, have.date, certainty,
                                          have.sources + (src(b, s.span),)), have_toks)
                    break
            else:
                steps.append((StoryStep(s.text, s.who, s.when, date, s.certainty, (src(b, s.span),)),
                              toks))
    return StoryBrief(
        story=story, summary=summary, meeting=meeting,
        quotes=tuple(q for q, _t, _s in quotes),
        open_issues=tuple(i for i, _t in issues),
        next_steps=tuple(s for s, _t in steps),
    )


def story_brief_json(brief: StoryBrief) -> str:
    """The merged brief as JSON (for tools and tests): every line with its sources' spans."""

    def sources(ss: tuple[Source, ...]) -> list[dict]:
        return [{"article_id": s.article_id, "span": list(s.span), "feed": s.feed, "url": s.url}
                for s in ss]

    return json.dumps({
        "story": brief.story.to_dict(),
        "summary": None if brief.summary is None else
        {"text": brief.summary.text, "sources": sources(brief.summary.sources)},
        "meeting": None if brief.meeting is None else
        {"text": brief.meeting.text, "sources": sources(brief.meeting.sources)},
        "quotes": [{"text": q.text, "speaker": q.speaker, "role": q.role, "sources": sources(q.sources)}
                   for q in brief.quotes],
        "open_issues": [{"text": i.text, "topic": i.topic, "sources": sources(i.sources)}
                        for i in brief.open_issues],
        "next_steps": [{"text": s.text, "who": list(s.who), "when": s.when, "date": s.date,
                        "certainty": s.certainty, "sources": sources(s.sources)}
                       for s in brief.next_steps],
    }, ensure_ascii=False)


__all__ = ["Source", "StoryBrief", "StoryLine", "StoryQuote", "StoryStep", "story_brief",
           "story_brief_json"]
