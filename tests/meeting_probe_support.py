"""The check the key-meeting probe files share: a probe text, what its first (key) meeting must
and must not name, and the problems found, read as the scorer reads a meeting."""

from __future__ import annotations

from dataclasses import dataclass

from engine_support import analysed

from briefs.engine.meetings import find_meetings
from briefs.model import Meeting


@dataclass(frozen=True)
class KeyMeetingProbe:
    id: str
    text: str
    key: tuple[str, ...] = ()  # words the first meeting's participants name (all of them)
    place: str | None = None  # a term of the first meeting's place
    when: str | None = None  # a term of the first meeting's day
    not_key: tuple[str, ...] = ()  # words no participant of the first meeting may name
    none: bool = False  # no meeting at all
    title: str = ""  # the headline, outside the text (a page's or a feed item's title)


def meetings_of(probe: KeyMeetingProbe) -> tuple[Meeting, ...]:
    doc, people = analysed(probe.text)
    return find_meetings(doc, people, title=probe.title)


def described(meetings: tuple[Meeting, ...]) -> list[tuple[list[str], str | None, str | None]]:
    """The meetings as a failure message shows them: participants, place, day."""
    return [([p.name for p in m.participants], m.place, m.when) for m in meetings]


def key_meeting_problems(probe: KeyMeetingProbe, meetings: tuple[Meeting, ...] | None = None) -> list[str]:
    """What the meetings found in the probe's text (or `meetings`, found already) get wrong:
    empty when all is as expected."""
    if meetings is None:
        meetings = meetings_of(probe)
    shown = described(meetings)
    problems: list[str] = []
    if probe.none and meetings:
        problems.append(f"expected no meeting, found {shown}")
    if probe.key or probe.not_key:
        if not meetings:
            return ["expected a key meeting, found none"]
        first = meetings[0]
        # as the scorer reads it: the expected word is a word of some participant's name
        names = {w.lower() for p in first.participants for w in p.name.split()}
        missing = [k for k in probe.key if k.lower() not in names]
        if missing:
            problems.append(f"key meeting lacks {missing}: {shown}")
        wrong = [k for k in probe.not_key if k.lower() in names]
        if wrong:
            problems.append(f"key meeting names {wrong}: {shown}")
        if probe.place and probe.place.lower() not in (first.place or "").lower():
            problems.append(f"place {first.place!r} lacks {probe.place!r}: {shown}")
        if probe.when and probe.when.lower() not in (first.when or "").lower():
            problems.append(f"when {first.when!r} lacks {probe.when!r}: {shown}")
    return problems
