"""Meetings that happened: talks, calls, summits, visits, interviews, addresses, testimony, raids.

Each meeting cue (lexicon `meeting_cues`) in a clause that is not about the
future gives a piece of evidence: participants, place, day, duration, tone.
Evidence about the same meeting is merged — the participants in one sentence,
the place in the next, "their roughly 30-minute meeting" in a third — and the
meeting the lead is about, or with the most evidence, comes first.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

from ..model import Meeting, Participant
from .clauses import (
    Clause,
    clauses,
    durations,
    future_when,
    past_when,
    phrase_pattern,
    sentences_with,
    share_scan,
)
from .datelines import AGENCY_AND_DASH
from .doc import Document, Sentence
from .lexicons import load_set, load_tagged

if TYPE_CHECKING:
    from collections.abc import Collection

    from .people import Entity, PeopleIndex

MAX_MEETINGS = 6
# Evidence is merged with recent meetings only: keeps huge texts linear, and a story
# comes back to a meeting within a few paragraphs of it, not forty.
_LOOK_BACK = 40
# "their meeting", "the talks", "Sunday's meetings", "Yoon's address": an event named before.
_ANAPHORIC = re.compile(
    r"""
    (?:\b(?:their|the|this|that|these|those|his|her|its|our)|[\w-]+['\u2019]s)\s+   # "their", "Yoon's"
    # its modifiers, not another phrase ("his re-election in a phone call" is no back-reference)
    (?:(?!(?:in|on|at|a|an|of|for|with|by|to|from|during|after|before|and)\s)[\w-]+\s+){0,3}$
    """,
    re.IGNORECASE | re.VERBOSE,
)
_DAY_AFTER = re.compile(
    r"^\W{0,3}(?:on|late on|early on|last)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_PLACE_AT = re.compile(
    r"""
    \b(?:at|inside|in)\s+(?:the\s+)?
    (?P<p>[A-Z][\w'\u2019.-]*                                  # "Great"
      (?:\s+(?:of\s+the|of|the|for|and|[A-Z][\w'\u2019.-]*))*)  # "Hall of the People"
    """,
    re.VERBOSE,
)
_PLACE_VISITED = re.compile(
    r"""
    \b(?:visited|visit\s+to|trip\s+to|arrived\s+in|toured|travell?ed\s+to|flew\s+to|went\s+to)\s+
    (?:the\s+(?:city|town|village|province|region|port)\s+of\s+)?   # "the city of"
    (?P<p>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})         # "Kahramanmaras"
    """,
    re.VERBOSE,
)
_PLACE_CITY_OF = re.compile(
    r"""
    \b(?:in|at|on)\s+the\s+(?:[A-Za-z-]+\s+){0,2}             # "in the southeastern", "on the Spanish"
    (?:city|town|village|port|capital|resort|island)\s+of\s+
    (?P<p>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)        # "Gyeongju"
    """,
    re.VERBOSE,
)
_AUDIENCE = re.compile(
    r"""
    \b(?:address(?:ed)?|speech|spoke|testified)\s+(?:to|before)\s+
    (?:a\s+joint\s+(?:meeting|session)\s+of\s+)?               # "a joint meeting of"
    (?:the\s+)?(?P<p>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})       # "Congress", "U.N. General Assembly"
    """,
    re.VERBOSE,
)
_PLACE_OFFICES = re.compile(
    r"""
    \b(?:its|the|their|his|her)\s+
    (?:(?P<p>[A-Z][\w-]+\s+(?:offices?|headquarters|compound|home|residence))\b   # "Moscow offices"
      |(?P<of>(?:offices?|headquarters|premises)\s+of\s+(?:the\s+)?               # "the offices of the
         (?:[a-z][\w-]*\s+){0,3}[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3}))   #  rights group Memorial"
    """,
    re.VERBOSE,
)
_NOT_PLACES = re.compile(
    r"""
    ^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday               # days
      |January|February|March|April|May|June|July|August|September|October    # months
      |November|December
      |The|A|An|This|That|His|Her|Their|Our|In|On|At)$                        # sentence openers
    """,
    re.VERBOSE,
)
# Noun phrase of a participant group after "with", "to" or before the verb: "brokers and agents".
_NP_WORDS = re.compile(r"[A-Za-z][\w'\u2019-]*")
_NP_STOP = re.compile(
    r"""
    ^(?:on|in|at|about|over|for|during|after|before|since|to|from|by|as|of   # prepositions
      |who|which|that|when|where|while                                     # clause openers
      |said|says|have|has|had|was|were|is|are|be|been                      # verbs
      |would|could|will|may|might
      |us|me|them|him|you)$                                                # object pronouns
    """,
    re.IGNORECASE | re.VERBOSE,
)


@dataclass
class _Evidence:
    start: int
    end: int
    cue: str
    participants: list[Entity | str] = field(default_factory=list)
    place: str | None = None
    when: str | None = None
    duration: str | None = None
    tone: str | None = None
    anaphoric: bool = False
    sentence: int = 0
    hints: set[str] = field(default_factory=set)  # persons named beside an anaphoric cue
    hinted: list[Entity] = field(default_factory=list)  # the same persons, in text order
    sitting: bool = False  # a vote or walk-out of a legislature
    joined: bool = False  # "Di Maio joined the talks": the persons before the cue take part
    background: bool = False  # "had met in 2019", "Earlier this month, X held talks": before the story
    source: bool = False  # an interview told as where quotes come from (the story's, or an outlet told)
    lede: bool = False  # told in the story's first two sentences
    named: list[Entity] = field(default_factory=list)  # persons of an anaphoric cue's clause, in order


def _in_clause(
    clause: Clause, sentence: Sentence, people: PeopleIndex, at: int, *, cue: str,
    participants: list[Entity | str], place: str | None = None,
) -> _Evidence:
    """A meeting told in one clause: its span, its cue and parties, and the date and place the
    clause gives (the date nearest `at`, the cue's offset in the clause; `place` when the rule
    found the place itself)."""
    return _Evidence(
        start=clause.start,
        end=clause.end,
        cue=cue,
        participants=participants,
        when=_when(clause.text, at),
        place=place if place is not None else _place(clause.text, people, clause.start),
        sentence=sentence.index,
    )


@dataclass
class _Draft:
    participants: list[Entity | str]
    spans: list[tuple[int, int]]
    cue: str
    place: str | None = None
    when: str | None = None
    duration: str | None = None
    tones: list[str] = field(default_factory=list)
    first_sentence: int = 0
    evidence: int = 1
    sitting: bool = False
    background: bool = False

    def keys(self) -> set[str]:
        return {_key(p) for p in self.participants}


def find_meetings(doc: Document, people: PeopleIndex, title: str = "") -> tuple[Meeting, ...]:
    """Meetings that happened, the key one first (the headline's, the lead's, else the best attested)."""
    real, order = _candidates(doc, people, title)
    if not real:
        return ()
    key = max(real, key=order.weight)
    if key.place is None and key.first_sentence < order.lead_limit and not _CALL_CUE.search(key.cue):
        # "GENEVA (Reuters) - ... resumed talks": the story's dateline is where it happened
        dateline = _DATELINE.match(doc.text)
        if dateline is not None:
            key.place = dateline.group("city").title()
    ordered = [key] + sorted((d for d in real if d is not key), key=lambda d: d.first_sentence)
    return tuple(_meeting(doc, d) for d in ordered[:MAX_MEETINGS])


@dataclass(frozen=True)
class _Order:
    """What the key meeting is chosen by: where the story's lede and lead are, and its headline."""

    doc: Document
    lede: int
    lead_paragraph: int
    lead_limit: int
    headline: set[str]
    lede_day: str | None = None

    def in_lead(self, d: _Draft) -> bool:
        return d.first_sentence < self.lead_limit or self.doc.sentences[d.first_sentence].paragraph == self.lead_paragraph

    def weight(self, d: _Draft) -> tuple[bool, bool, bool, bool, bool, int, bool, int, int]:
        # A recent meeting before one the story recalls ("18 months ago", "in 2013"); then the
        # headline's ("Carter and Xu hold talks"), then the lead says what the story is about: a
        # meeting there is the key one. Else the best attested, then the one between the people
        # the story keeps coming back to.
        recent = not (d.when and _DISTANT_PAST.search(d.when)) and not d.background
        salience = sum(len(p.spans) for p in d.participants if not isinstance(p, str))
        # "met world leaders, including an address at the UN": named parties over a generic group
        named = all(_name(p)[:1].isupper() for p in d.participants)
        # the first sentence is the story's lede: its meeting over one the second sentence adds
        return (
            recent,
            _in_headline(d, self.headline),
            d.first_sentence == self.lede,
            self.in_lead(d),
            # "The White House and senators sought compromise Tuesday": a meeting that day is the news
            bool(self.lede_day and d.when and self.lede_day in d.when),
            d.evidence,
            named,
            salience,
            -d.first_sentence,
        )


share_scan(("meeting_cues", "meeting_sittings"))


def _candidates(doc: Document, people: PeopleIndex, title: str) -> tuple[list[_Draft], _Order]:
    """The meetings of two or more parties the rules build, in text order, and how to rank them."""
    drafts: list[_Draft] = []
    lede = _lede_index(doc)
    cued = sentences_with(
        doc,
        phrase_pattern("meeting_cues"),
        phrase_pattern("meeting_sittings"),
        # Literal-led triggers stand in for the long patterns when choosing sentences (the
        # regex engine skips ahead to a literal; each rule still applies its own pattern).
        *_SENTENCE_TRIGGERS,
    )
    for sentence in doc.sentences:
        if sentence.index not in cued:
            continue
        for clause in clauses(sentence):
            fronted = _FRONTED_GERUND.match(clause.text)
            if fronted is None:
                for evidence in _evidence(doc, people, sentence, clause):
                    evidence.lede = lede <= sentence.index <= lede + 1
                    if evidence.source and not evidence.lede:
                        continue  # "Cole told Politico in an interview", told past the lede: a quote's source
                    if evidence.cue == "court" and not evidence.lede:
                        continue  # "X told the jury" past the lede: one turn of a trial the story tells
                    # (`_add_court_parties` joins its speaker to that trial)
                    _merge(drafts, evidence)
                continue
            # "Three weeks after meeting Pope Leo in Rome, Costa held talks with Vogt": two
            # meetings, the fronted one of the main clause's subject, and before the story's own
            head = Clause(clause.start, clause.start + fronted.end("phrase"), fronted.group("phrase"))
            rest = Clause(clause.start + fronted.end(), clause.end, clause.text[fronted.end() :])
            main = _evidence(doc, people, sentence, rest)
            subject = next(
                (e for _s, _e, e in people.mentions_between(rest.start, rest.end) if e.kind == "person"), None
            )
            for evidence in _evidence(doc, people, sentence, head):
                if subject is not None and all(_key(p) != subject.key for p in evidence.participants):
                    evidence.participants.append(subject)
                evidence.background = evidence.background or bool(main)
                _merge(drafts, evidence)
            for evidence in main:
                _merge(drafts, evidence)
    drafts = _with_people_told_next([d for d in drafts if d.participants])  # a lede's noun never filled: none
    _add_bill_movers(doc, people, drafts)
    _add_seated_members(doc, people, drafts, lede)
    _add_told_chamber(doc, people, drafts)
    _add_court_parties(doc, people, drafts)
    _add_role_subject_named_next(doc, people, drafts, lede)
    drafts = _one_trial(drafts)
    _add_representatives(doc, people, drafts)
    for d in drafts:
        if d.when is None:
            d.when = _day_before(doc, d.first_sentence)
        if d.place is None:
            d.place = _place_before(doc, people, d.first_sentence)
    for d in drafts:
        # "a Senate panel": the one committee the story names in full
        d.participants = [(_panel_named(doc, p) or p) if isinstance(p, str) else p for p in d.participants]
        d.participants = _distinct(d.participants)
    real = [d for d in drafts if len(d.participants) >= 2]
    # Wikinews opens with a line holding only the date: the lede is the sentence after it
    lead_paragraph = doc.sentences[lede].paragraph if doc.sentences else 0
    lead_limit = min(lede + 2, len(doc.sentences))
    day = _LEDE_DAY.search(doc.sentences[lede].text) if lede < len(doc.sentences) else None
    return real, _Order(doc, lede, lead_paragraph, lead_limit, _headline_words(title), day.group("day") if day else None)


# the day of the lede's event ("sought compromise Tuesday"), not of its telling ("said late Thursday")
_LEDE_DAY = re.compile(
    r"""
    (?<!said\ )(?<!says\ )(?<!said\ late\ )(?<!said\ early\ )(?<!said\ on\ )   # not "said late Thursday"
    (?<!told\ )(?<!announced\ )(?<!reported\ )                                 # nor "announced Friday"
    \b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
    """,
    re.VERBOSE,
)


# "Ambassador X told the council that ...": a person who spoke to the body that sat took part.
_TOLD_CHAMBER = re.compile(
    r"""
    told\s+(?:the\s+)?
    (?P<head>council|chamber|assembly|house|senate|parliament|congress|summit|conference|meeting|session
      |lawmakers|legislators|senators|delegates|deputies|members|councill?ors|MPs|MEPs
      |crowd|rally|protesters|demonstrators|shareholders|investors|ambassador|envoy)\b
    """,
    re.VERBOSE,
)


_CHAMBER_CUES = frozenset(
    {"meeting", "meetings", "session", "sessions", "summit", "sitting", "debate", "hearing", "convened"}
)
# "told the crowd" joining a rally: the audience, as told, is a party beside the one who spoke
_TOLD_AUDIENCES = frozenset({"crowd", "rally", "protesters", "demonstrators", "delegates", "shareholders", "investors"})


def _add_told_chamber(doc: Document, people: PeopleIndex, drafts: list[_Draft]) -> None:
    """A person who "told the council" (or the chamber, the summit) within three sentences of
    the sitting or meeting told last took part in it."""
    for literal in re.finditer(r"told\s", doc.text):
        # the literal first: a pattern opening on \b is tried at every position of the text
        match = _TOLD_CHAMBER.match(doc.text, literal.start())
        if literal.start() and doc.text[literal.start() - 1].isalnum():
            continue  # "foretold"
        sentence = doc.sentence_at(literal.start()) if match is not None else None
        if match is None or sentence is None:
            continue
        speakers = [
            e
            for _s, _e, e in people.mentions_between(sentence.start, match.start())
            if e.kind == "person"
        ]
        head = match.group("head").lower()
        earlier = [
            d
            for d in drafts
            if 0 <= sentence.index - d.first_sentence <= 3
            and (
                d.sitting
                or d.cue in _CHAMBER_CUES
                # "About 10,000 people rallied ... X told the crowd": the gathering's audience
                or (d.cue in ("gathered", "rallied") and head in _TOLD_AUDIENCES)
                # "X summoned Ambassador Y ... Foreign Minister Z told the ambassador"
                or (d.cue == "summoned" and head in ("ambassador", "envoy"))
                or any(head in _name(p).lower().split() for p in d.participants)
            )
        ]
        if not speakers or not earlier:
            continue
        target = max(earlier, key=lambda d: d.first_sentence)
        if speakers[-1].key not in target.keys():
            target.participants.append(speakers[-1])
            target.spans.append((sentence.start, sentence.end))
            target.evidence += 1
            if head in _TOLD_AUDIENCES and not any(isinstance(p, str) and head in p.lower() for p in target.participants):
                target.participants.append(head)


# "The bill was drafted by X", "X, who co-sponsored the bill", "said on the parliament floor":
# the persons who moved the business of a sitting took part in it.
_BILL_MOVER = re.compile(
    r"""
    \b(?:drafted|sponsored|co-sponsored|introduced|tabled|proposed)\s+
    (?:by\b                                            # "drafted by X"
      |(?:the|a|this)\s+(?:[\w-]+\s+){0,2}            # "co-sponsored the (abortion) bill"
       (?:bill|motion|resolution|legislation|amendment)s?\b)
    |\bon\s+the\s+(?:[\w-]+\s+)?floor\b             # "said on the parliament floor"
    """,
    re.IGNORECASE | re.VERBOSE,
)


_MOVED_BY = re.compile(
    r"""
    \b(?:drafted|sponsored|introduced|tabled|proposed|posed|submitted)\s+by\s+     # "posed by"
    (?:the\s+)?(?:(?:country|nation|state|government)['\u2019]s\s+)?             # "the country's"
    (?P<who>[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*){0,3})                               # "cabinet", "conservatives"
    """,
    re.VERBOSE,
)
_BILL_WORDS = re.compile(r"\b(?:bills?|motions?|resolutions?|legislation|amendments?)\b")
_MOVER_BODIES = frozenset({"cabinet", "government", "opposition", "executive", "presidency"})


def _add_bill_movers(doc: Document, people: PeopleIndex, drafts: list[_Draft]) -> None:
    """The one sitting of a story gains the persons who drafted, moved or spoke for its bill."""
    sittings = [d for d in drafts if d.sitting]
    if len(sittings) != 1:
        return
    sitting = sittings[0]
    for match in _BILL_MOVER.finditer(doc.text):
        sentence = doc.sentence_at(match.start())
        if sentence is None:
            continue
        for clause in clauses(sentence):
            if not clause.start <= match.start() < clause.end:
                continue
            before = clause.text[: match.start() - clause.start]
            if _is_future(before, "") or re.search(r"\b(?:will|to)\s+(?:be\s+)?$", before):
                continue  # "is expected to introduce a bill": not yet
            for _s, _e, entity in people.mentions_between(clause.start, clause.end):
                if entity.kind == "person" and entity.key not in sitting.keys():
                    sitting.participants.append(entity)
    # "debated three bills, and selected the one posed by the country's cabinet, over the two
    # posed by conservatives": the bodies and groups that moved the bills it debated
    for mover in _MOVED_BY.finditer(doc.text):
        sentence = doc.sentence_at(mover.start())
        if sentence is None or not _BILL_WORDS.search(sentence.text):
            continue
        if re.search(r"\b(?:will|to)\s+(?:be\s+)?$", doc.text[sentence.start : mover.start()]):
            continue  # "a bill to be submitted by the cabinet": not yet
        who_start, who_end = mover.span("who")
        entity = people.mention_at(who_start, who_end)
        party: Entity | str | None = None
        if entity is not None and entity.kind in {"org", "group"}:
            party = entity
        elif entity is None and mover.group("who").lower() in _MOVER_BODIES:
            party = mover.group("who").lower()
        if party is not None and _key(party) not in sitting.keys():
            sitting.participants.append(party)


# A member named by the seat she holds: "Rep. Ann Lee", "Senator Ann Lee", "Ann Lee, an MEP from ...".
_SEAT_BEFORE = re.compile(
    r"(?:\b(?P<title>Rep|Sen)\.|\b(?P<word>Representative|Senator|Congressman|Congresswoman|MEP|MP))\s+$"
)
_SEAT_AFTER = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?P<word>MEP|MP|senator|congressman|congresswoman)\b"
)
_SEAT_ROLE = re.compile(
    r"""
    \b(?:(?P<title>Rep|Sen)\.                                                    # "Rep.", "Sen."
      |(?P<word>MEP|MP|[Ss]enator|[Cc]ongress(?:wo)?man|[Rr]epresentative))     # "Polish MEP", "senator"
    (?:\s|$)
    """,
    re.VERBOSE,
)
_SEATS = {"rep": "house", "representative": "house", "congressman": "house", "congresswoman": "house",
          "sen": "senate", "senator": "senate", "mp": "commons", "mep": "european"}
# the chamber a sitting's party or place names, and the seats of its members
_CHAMBER_SEATS = (
    ("european", frozenset({"european"})),
    ("meps", frozenset({"european"})),
    ("house", frozenset({"house"})),
    ("senate", frozenset({"senate"})),
    ("parliament", frozenset({"commons"})),
    ("commons", frozenset({"commons"})),
    ("mps", frozenset({"commons"})),
)


def _seat(doc: Document, entity: Entity) -> str | None:
    """The chamber seat a person's title, apposition or role names ("Rep.", "an MEP"), if any."""
    for start, end in entity.spans:
        for found in (_SEAT_BEFORE.search(doc.text, max(0, start - 16), start), _SEAT_AFTER.match(doc.text, end)):
            if found is not None:
                return _SEATS[(found.groupdict().get("title") or found.group("word")).lower()]
    role = _SEAT_ROLE.search(entity.role or "")
    if role is not None:
        return _SEATS[(role.group("title") or role.group("word")).lower()]
    return None


def _add_seated_members(doc: Document, people: PeopleIndex, drafts: list[_Draft], lede: int) -> None:
    """The one sitting of a story, a chamber's vote its lede tells with no person among its parties,
    gains the members of that chamber the story names by their seat ("Rep. X", "Y, an MEP"): they
    sat in it. Not Congress (its two chambers sit apart), nor a vote the story only recalls."""
    sittings = [d for d in drafts if d.sitting]
    if len(sittings) != 1 or sittings[0].first_sentence > lede + 1:
        return
    sitting = sittings[0]
    # the parties that are the chamber or its members ("the House", "MEPs"), not a company's name
    chambers = [p for p in sitting.participants if any(m.end() == len(_name(p)) for m in _assemblies(_name(p)))]
    if any(not isinstance(p, str) and p.kind == "person" and p not in chambers for p in sitting.participants):
        return
    words = {w.lower() for p in chambers for w in _name(p).split()}
    seats: set[str] = set()
    for word, chamber_seats in _CHAMBER_SEATS:
        if word in words:
            seats |= chamber_seats
            if word in ("european", "meps"):
                break  # the European Parliament's members are MEPs, not MPs
    if not seats:
        return
    for entity in people.by_kind("person"):
        if entity.key not in sitting.keys() and _seat(doc, entity) in seats:
            sitting.participants.append(entity)


_COURT_CUES = frozenset(
    {"sentenced", "undergoing trial", "stood trial", "standing trial", "stands trial", "on trial"}
    | {"hearing", "trial"}
)
# "X told the court", "the Crown prosecutor, X,", "Speaking in the parents' defence, X": the
# persons who argued at a trial or hearing took part in it.
_TOLD_COURT = re.compile(r"\btold\s+(?:the\s+)?(?:court|jury|tribunal|hearing|judge)\b")
_COURT_ROLE = re.compile(
    r"""
    \b(?:prosecutors?                                            # "the Crown prosecutor, X"
      |defen[cs]e\s+(?:lawyers?|counsel|attorneys?|barristers?)   # "defence lawyer X"
      |(?:in|for)\s+(?:the\s+)?(?:[\w-]+['\u2019]s?\s+)?defen[cs]e  # "Speaking in the parents' defence, X"
    )\b,?\s+
    """,
    re.IGNORECASE | re.VERBOSE,
)


_JUDGE_TITLE = re.compile(
    r"\b(?:Judge|Justice|Magistrate|(?:[Pp]residing|[Tt]rial|[Dd]istrict|[Cc]ircuit)\s+judge)\s+(?=[A-Z])"
)


def _add_court_parties(doc: Document, people: PeopleIndex, drafts: list[_Draft]) -> None:
    """The one trial or hearing of a story gains its prosecutors, defenders and witnesses."""
    hearings = [
        d
        for d in drafts
        if d.cue in _COURT_CUES
        # "appeared before a Paris court", "appeared at Leeds Crown Court": a hearing too
        or (d.cue.startswith("appeared") and re.search(r"\b[Cc]ourt\b", doc.text[d.spans[0][0] : d.spans[0][1]]))
    ]
    if len(hearings) != 1:
        return
    hearing = hearings[0]
    found: list[Entity] = []
    for match in _TOLD_COURT.finditer(doc.text):
        sentence = doc.sentence_at(match.start())
        if sentence is None:
            continue
        before = [
            e
            for _s, _e, e in people.mentions_between(max(sentence.start, match.start() - 60), match.start())
            if e.kind == "person"
        ]
        if before:
            found.append(before[-1])
    for match in _COURT_ROLE.finditer(doc.text):
        after = [
            e
            for _s, _e, e in people.mentions_between(match.end(), match.end() + 40)
            if e.kind == "person"
        ]
        if after:
            found.append(after[0])
    if any(w in _name(p).lower() for p in hearing.participants for w in ("court", "jury", "judge", "magistrate", "tribunal")) or hearing.cue != "hearing":
        # "appeared in court ..., where Judge Mary Keane refused him bail", "... Presiding judge
        # Sophie Blanc read out the charges": the judge who sat, named there or in the next sentence
        # (or two sentences on: "A man appeared at court. Daniel Shaw, 34, spoke only to confirm his name.
        # Judge Ruth Hale remanded him")
        told = {s.index + i for a, _b in hearing.spans if (s := doc.sentence_at(a)) is not None for i in (0, 1, 2)}
        for match in _JUDGE_TITLE.finditer(doc.text):
            sentence = doc.sentence_at(match.start())
            named = people.mentions_between(match.end(), match.end() + 40)
            if sentence is not None and sentence.index in told and named and named[0][0] == match.end():
                if named[0][2].kind == "person":
                    found.append(named[0][2])
    for entity in found:
        if entity.key not in hearing.keys():
            hearing.participants.append(entity)


# "The employers' group, represented by chief executive Ronald Lugthart, said": who spoke for a party
_REPRESENTED_BY = re.compile(
    r"""
    (?P<group>(?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+),?\s+       # "The employers' group"
    (?:which\s+was\s+|was\s+)?represented\s+by\s+                # "represented by"
    """,
    re.VERBOSE,
)
_GROUP_FILLERS = frozenset({"the", "a", "its", "their", "group", "side", "team", "s"})


def _add_representatives(doc: Document, people: PeopleIndex, drafts: list[_Draft]) -> None:
    """A person named as representing a party of a meeting told just before took part in it."""
    for literal in re.finditer(r"represented\s+by\s", doc.text):
        # the literal first: a pattern opening on a word run is tried at every position of the text
        match = _REPRESENTED_BY.search(doc.text, max(0, literal.start() - 80), literal.end())
        if match is None or match.end() != literal.end():
            continue
        sentence = doc.sentence_at(match.start())
        named = people.mentions_between(match.end(), match.end() + 80)
        if sentence is None or not named or named[0][2].kind != "person":
            continue
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", match.group("group"))} - _GROUP_FILLERS
        for draft in drafts:
            # within three paragraphs of where the meeting was last told
            told = [t.paragraph for a, _b in draft.spans if (t := doc.sentence_at(a)) is not None]
            if not any(0 <= sentence.paragraph - i <= 3 for i in told) or named[0][2].key in draft.keys():
                continue
            if any(words & {w.lower() for w in re.findall(r"[A-Za-z]+", _name(p))} for p in draft.participants):
                draft.participants.append(named[0][2])  # "port employers" ... "the employers' group"
                break


def _day_before(doc: Document, index: int) -> str | None:
    """ "Ishiba and Merz agreed on Monday to ... The two leaders met for about an hour": the one
    day word of the sentence just before, in the same or the previous paragraph."""
    if index == 0:
        return None
    prior, sentence = doc.sentences[index - 1], doc.sentences[index]
    if sentence.paragraph - prior.paragraph > 1:
        return None
    days = {
        m.group(1) or m.group(2)
        for m in re.finditer(
            r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['\u2019]s)"
            r"|^\W*(Yesterday|Today|Tonight)\b",  # "Today, Lam delivered her speech."
            prior.text,
        )
    }
    if len(days) != 1 or re.search(r"\b(?:next|this|until|by)\s+\w+day\b", prior.text):
        return None
    day = days.pop()
    return day.lower() if day in ("Yesterday", "Today", "Tonight") else day


# "arrived in Cairo on Sunday. The top US diplomat then met ...", "opened their summit in Rio on
# Monday. Host President X welcomed ...": the sentence before set the scene the meeting is in
_SCENE_SET = re.compile(r"\b(?:arrived|landed|opened|convened|gathered)\s+(?:[\w-]+\s+){0,3}?in\s+[A-Z]")


def _place_before(doc: Document, people: PeopleIndex, index: int) -> str | None:
    """The place where the sentence just before (same paragraph or the one before) arrived or opened."""
    if index == 0:
        return None
    prior, sentence = doc.sentences[index - 1], doc.sentences[index]
    if sentence.paragraph - prior.paragraph > 1 or "in " not in prior.text:
        return None
    scene = _SCENE_SET.search(prior.text)
    if scene is None:
        return None
    return _place(prior.text[scene.start() :], people, prior.start + scene.start())


def _headline_words(title: str) -> set[str]:
    if not title or _DATE_LINE.fullmatch(title.strip()):
        return set()  # no headline, or Wikinews' date line taken for one
    return {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", title)}


def _in_headline(draft: _Draft, headline: set[str]) -> bool:
    """The headline tells this meeting: it names two of its parties, or one and its kind
    ("Carter and Xu hold talks", "Ruiz in Rabat for talks")."""
    if not headline:
        return False
    # any capitalised word of a name: "Xu" of "Xu Ming", "Carter" of "John Carter", "NATO"
    names = sum(
        1 for p in draft.participants if any(w.lower() in headline for w in re.findall(r"[A-Z][\w-]+", _name(p)))
    )
    kind = any(w[:4] in {h[:4] for h in headline if len(h) >= 4} for w in draft.cue.split() if len(w) >= 4)
    return names + kind >= 2


_DATE_LINE = re.compile(
    r"""
    (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?
    (?:(?:January|February|March|April|May|June|July|August|September|October|November|December)
       \s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}                        # "August 25, 2011"
     |\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September
       |October|November|December),?\s+\d{4})                       # "25 August 2011"
    \W*
    """,
    re.VERBOSE,
)


def _lede_index(doc: Document) -> int:
    """The story's first sentence: past lines that hold only a date ("Thursday, August 25, 2011")."""
    for sentence in doc.sentences[:3]:
        if not _DATE_LINE.fullmatch(sentence.text.strip()):
            return sentence.index
    return 0


def _with_people_told_next(drafts: list[_Draft]) -> list[_Draft]:
    """ "Britain and the GCC wrapped up a round of talks" then "Reynolds held talks with
    Albudaiwi and al-Qasabi": a meeting of parties, told again with its people, is one."""
    out: list[_Draft] = []
    for draft in drafts:
        prior = out[-1] if out else None
        if (
            prior is not None
            and not prior.sitting
            and not draft.sitting
            and not any(_is_person(p) for p in prior.participants)
            and len(prior.participants) >= 2
            and (
                sum(1 for p in draft.participants if _is_person(p)) >= 2
                # "Union leaders and port employers met" ... "Stam sat down with representatives"
                or (
                    all(isinstance(p, str) or p.kind == "group" for p in prior.participants)
                    and any(_is_person(p) for p in draft.participants)
                )
            )
            and 0 <= draft.first_sentence - prior.first_sentence <= 3
            and (not prior.when or not draft.when or prior.when == draft.when)
        ):
            prior.participants = draft.participants + prior.participants
            prior.spans.extend(draft.spans)
            prior.place = _combine_places([p for p in (prior.place, draft.place) if p])
            prior.when = prior.when or draft.when
            prior.duration = prior.duration or draft.duration
            prior.tones.extend(t for t in draft.tones if t not in prior.tones)
            prior.evidence += draft.evidence
            continue
        out.append(draft)
    return out


_QUANTITY = re.compile(
    r"""
    (?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few|few|dozens\s+of)\s+  # "six"
    (?:[\w-]+\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|times)                                      # "years"
    |years|months|weeks|days|hours|minutes                                                                   # "to 25 years"
    """,
    re.VERBOSE,
)


def _distinct(participants: list[Entity | str]) -> list[Entity | str]:
    """ "EU" beside "EU leaders", "Council" beside "Baltimore City Council", the same name twice
    (an entity and a group of the same words): one party, never paired with itself."""
    names = [_name(p).lower() for p in participants]
    # "US" beside "United States", "U.N." beside "United Nations": an acronym of a name listed too
    initials = {"".join(w[0] for w in _name(p).split() if w[:1].isupper()) for p in participants if " " in _name(p)}
    kept: list[Entity | str] = []
    seen: set[str] = set()
    for p, name in zip(participants, names, strict=True):
        if isinstance(p, str) and _QUANTITY.fullmatch(name):
            continue  # "six years", "several times": how long or how often, not a party
        acronym = _name(p).replace(".", "")
        if len(acronym) >= 2 and acronym.isupper() and acronym.isalpha() and acronym in initials:
            continue
        if name in seen or any(
            other != name and (other.startswith(name + " ") or other.endswith(" " + name))
            for other in names
        ):
            continue
        seen.add(name)
        kept.append(p)
    return kept


def _name(p: Entity | str) -> str:
    return p if isinstance(p, str) else p.name


# "18 months ago", "in 2013", "last year": a meeting the lead recalls as background.
_DISTANT_PAST = re.compile(r"\b(?:years?|months?)\s+ago\b|\b(?:19|20)\d\d\b|\blast\s+year\b")


def _key(p: Entity | str) -> str:
    return p.key if not isinstance(p, str) else p.lower()


def _evidence(
    doc: Document, people: PeopleIndex, sentence: Sentence, clause: Clause
) -> list[_Evidence]:
    text = clause.text
    excluded = phrase_pattern("meeting_exclusions").search(text)
    if excluded and (
        # "a joint press conference with X", "told reporters after meeting X": a meeting, told
        re.search(r"\bjoint\s+$", text[: excluded.start()], re.IGNORECASE)
        or _MEETING_IN_TIME_PHRASE.search(text)
    ):
        excluded = None
    if excluded and not (excluded.group(0).lower() == "televised" and _TELEVISED_DEBATE.search(text)):
        return []  # a statement, not a meeting; but "a televised debate between A and B" met
    listed = _gerund_list(doc, people, sentence, clause)
    if listed:
        return listed
    out: list[_Evidence] = []
    cues = list(phrase_pattern("meeting_cues").finditer(text))
    unheld: list[tuple[int, int]] = []  # the objects of meetings still to come or called off
    earlier: list[tuple[int, int]] = []  # the objects of meetings told as before the story's
    for at, cue in enumerate(cues):
        word = " ".join(cue.group(0).lower().split())
        before = text[: cue.start()]
        if _name_not_cue(people, clause, cue):
            continue  # "Attorney General Jeff Sessions", "said on NBC's Meet the Press": a name, no meeting
        if word == "engagement" and _POLICY_DEGREE.search(before):
            continue  # "stepped up engagement with Pakistan": a policy, no meeting
        if word in _REPORTER_VERBS and _REPORTING_FROM.match(text):
            continue  # "Reporting from the border, Lauren Frayer spoke to a refugee": the reporter's interview
        if _REACTION_OR_SUPPORT.match(word + text[cue.end() :]) and (
            word != "met" or _PASSIVE_BEFORE.search(before)
        ):
            continue  # "was met with anger", "rallied behind the senator", "an official briefed on the probe"
        anaphoric = bool(_ANAPHORIC.search(before)) and _is_noun(word)
        # "his September 2013 address to the United Nations" names its other party: not a back-reference.
        if anaphoric and (
            re.match(r"\s+(?:to|with|before|between)\s+(?:the\s+|a\s+)?[A-Z]", text[cue.end() :])
            # "delivered the keynote address at the World Economic Forum": names its audience
            or (word in _ADDRESS_WORDS and re.match(r"\s+at\s+(?:the\s+|a\s+)?[A-Z]", text[cue.end() :]))
        ):
            anaphoric = False
        elif anaphoric and re.match(r"\s+(?:with|between)\s", text[cue.end() :]) and any(
            e.kind == "person"
            for _s, _e, e in people.mentions_between(clause.start + cue.end(), clause.start + cue.end() + 60)
        ):
            anaphoric = False  # "her summit with the leader of Chile, Pablo Soto": names its party
        future = _is_future(before, text[cue.end() :]) or _is_generic(before) or _planned_reach(before)
        if not future and not anaphoric and _is_noun(word) and " will " in text and _NOUN_WILL.match(text, cue.end()):
            future = True  # "a discussion table will be opened with the unions": still to come
        if future and not anaphoric:
            unheld.append(_reach(text, cues, at, clause.start))
            continue
        if _undone(before, sentence.text[clause.start - sentence.start + cue.end() :], _is_noun(word)):
            unheld.append(_reach(text, cues, at, clause.start))
            continue  # "cancelled her meeting with", "was due to meet …, but the talks were postponed"
        if _NEGATED.search(before):
            unheld.append(_reach(text, cues, at, clause.start))
            continue  # "did not meet", "has never met": no meeting
        if _HABITUAL_BEFORE.search(before) or _HABITUAL_AFTER.match(text, cue.end()):
            continue  # "have met several times since 2019", "often visited": meetings in general
        if anaphoric and (_is_future(before, "") or _plan_governs(before)):
            continue  # "is expected to present a proposal at Thursday's session": still to come
        if word == "addressing" and (not before.strip() or not _ADDRESSED_WHOM.match(text, cue.end())):
            continue  # "Addressing the crowd, X said" is `_addressing`'s; "addressing the shortage": a problem
        if word == "hearing" and _HEARD_THING.match(text, cue.end()):
            continue  # "seeing a flash and hearing a loud thud": the verb, no sitting
        if _is_noun(word) and _VERB_USE.search(before):
            continue  # "users who visit Facebook", "to call the helpline": a verb, and no meeting
        if word == "address" and not (
            re.match(r"\s+(?:to|before|at|in)\s", text[cue.end() :]) or _SPEECH_KIND.search(before)
        ):
            continue  # "confirm his name and address": where he lives, no speech
        if word == "speech" and not _BODY_ADDRESSED.match(text, cue.end()):
            continue  # "a speech to the UN" met its audience; "in a speech, X said" is a source
        if word == "discussed" and not (
            re.match(r"[^,;]{0,60}?\bwith\s+(?:the\s+)?[A-Z]", text[cue.end() :])
            # "Ruiz and Li discussed", not "said she was humbled, and discussed social problems"
            or (re.search(r"\band\s", before) and not re.search(r"\band\s+(?:[a-z]+ly\s+)?$", before))
        ):
            continue  # "discussed trade with Li", "Ruiz and Li discussed": not "analysts discussed the report"
        if word == "met" and _HOW_THEY_MET.search(before):
            continue  # "his fiancée Ana Ruiz, whom he met at university": how a couple met, before the story
        if word in ("met", "meet", "meets") and (_MET_THING.match(text, cue.end()) or _FIXTURE.search(text)):
            continue  # "met its target", "met his death", "met Bayern in the semi-final": no one was met
        if word.startswith("gather") and _GATHERED_THING.match(text, cue.end()):
            continue  # "gathered responses from 1,113 adults", "gathered evidence": a thing collected
        if word in _THING_VERBS and (_THING_OBJECT.match(text[cue.end() :]) or _NO_OBJECT.match(text, cue.end())):
            continue  # "received the documents from ...", "the aid it has received,": a thing, not a visitor
        if (
            word in _BETWEEN_ONLY
            and not re.match(r"\s+between\s", text[cue.end() :])
            and not (
                _PHONED.search(before)
                and (re.match(r"\s+with\s", text[cue.end() :]) or _HAD_A.search(before))
            )
            and not _IN_DEBATE.search(before)
        ):
            continue  # "the debate on the bill" is the sitting's; "a debate between A and B" met
        if word == "sentenced" and re.search(
            r"\b(?:was|were|been|be|is|are|being|get|got)\s+(?:\w+\s+)?$", before
        ) and not _SENTENCED_BY.match(text, cue.end()):
            continue  # "was sentenced on Tuesday": the sentence, told without its hearing
        if word == "toured" and not re.match(r"[^,;]{0,80}?\b(?:with|alongside)\s+(?:[\w-]+\s+){0,3}[A-Z]", text[cue.end() :]):
            continue  # "toured flooded farms": a visit to a place; "toured a plant with Vice Premier Liu" met him
        if word == "summoned" and not _SUMMONED_ENVOY.match(text, cue.end()):
            continue  # "summoned the courage", "summoned X to testify": only an envoy called in met
        if word == "sentenced" and not _SENTENCER_BEFORE.search(before):
            continue  # "Turkey sentenced two smugglers": only a court or a judge sits to sentence
        if (
            _is_verb_cue(word)
            and re.search(r"\b(?:(?:was|were)|(?:is|are|was|were)\s+(?:\w+ly\s+)?being)\s+$", before)
            and not re.match(r"\s+by\b", text[cue.end() :])
            and not word.endswith(" by")  # "was questioned by the committee": the cue holds its agent
            # "was sworn in as prime minister by President Costa": the agent after the office
            # "was sworn in as prime minister by President Costa", "was welcomed at the airport by
            # President Aoun": the agent after the office or the place
            and not re.match(r"[^,;]{0,50}?\bby\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]", text[cue.end() :])
            and not (word == "sentenced" and _SENTENCED_BY.match(text, cue.end()))
        ):
            continue  # "Putin was briefed, and ...": by whom is not said, no party to pair with
        if word == "interview":
            own = _story_interview(doc, people, sentence, clause, cue)
            if own is not None:
                out.append(own)  # "Ruiz said in a phone interview with the Ledger": the story's source met
                continue
            if _QUOTED_INTERVIEW.search(text):
                continue  # "Kim said in an interview with Yonhap": where a quote comes from
        outlet = _TO_OUTLET.match(text, cue.end()) if word.startswith(("speaking", "spoke", "talking")) else None
        if outlet is not None and _outlet_only(
            doc, people, clause.start + cue.end(), clause.end, bool(outlet.group("outlet"))
        ):
            continue  # "Speaking to newspaper Star of Mysore, Parvathi said": a source, not a meeting
        ev = _Evidence(
            start=clause.start,
            end=clause.end,
            cue=word,
            anaphoric=anaphoric,
            sentence=sentence.index,
            source=word in ("interview", "interviews"),  # "accused them in an interview with Politico"
        )
        near = text[max(0, cue.start() - 40) : cue.end() + 40] if anaphoric else text
        ev.duration = _first_duration(near)
        ev.tone = _tone(sentence.text)
        if anaphoric:
            day = re.search(r"\b([A-Z][a-z]+day)'s\s", text[max(0, cue.start() - 30) : cue.start()])
            ev.when = day.group(1) if day else None
            # "during their meeting in Lima", "The talks were held at the Hotel Metropole in Hanoi"
            # its own phrase, not the next clause; "their meeting on Wednesday, in Vienna," goes on
            after_cue = re.match(r"[^,;:]{0,80}(?:,\s+(?:in|at)\s+[A-Z][^,;:]{0,40})?", text[cue.end() :]).group(0)
            ev.place = _place(after_cue, people, clause.start + cue.end())
            ev.hints = {
                e.key
                for _s, _e, e in people.mentions_between(sentence.start, sentence.end)
                if e.kind == "person"
            }
            ev.hinted = [  # "Katigbak apologised to Duterte during the hearing"
                e
                for _s, _e, e in people.mentions_between(clause.start, clause.start + cue.start())
                if e.kind == "person"
            ]
            ev.joined = bool(_JOINED.search(before))
            ev.named = list(
                {
                    e.key: e
                    for _s, _e, e in people.mentions_between(clause.start, clause.end)
                    if e.kind == "person"
                }.values()
            )
            chair = _CHAIR_HELD.search(before)
            if chair is not None:
                # "Senator Bob Corker, chairman of the Foreign Relations Committee, held the
                # hearing": the chair and the body that sat
                chairs = [
                    e
                    for _s, _e, e in people.mentions_between(clause.start, clause.start + chair.start())
                    if e.kind == "person"
                ]
                body = people.mention_at(clause.start + chair.start("body"), clause.start + chair.end("body"))
                if chairs:
                    ev.participants = [chairs[-1], body if body is not None and body.kind != "person" else chair.group("body")]
                    ev.when = ev.when or _when(text, cue.start())
            if re.search(r"\btheir\s+(?:[\w-]+\s+){0,3}$", before):
                # "Lee and Xi agreed ... in their first meeting": the clause's own persons met.
                own = [
                    e
                    for _s, _e, e in people.mentions_between(
                        clause.start, clause.start + cue.start()
                    )
                    if e.kind == "person"
                ]
                if len({e.key for e in own}) >= 2:
                    ev.participants = list({e.key: e for e in own}.values())
                    ev.when = ev.when or _when(text, cue.start())
            out.append(ev)
            continue
        ev.when = _when(text, cue.start())
        said_before = sentence.text[: clause.start - sentence.start + cue.start()]
        ev.background = bool(
            # "officials said they had briefed X": reported speech shifts the past back, no earlier event
            (_PLUPERFECT.search(before) and not _REPORTED.search(said_before))
            or _EARLIER.search(said_before)
            # "visited Kyiv on Friday, a day after meeting Barrot in Paris": a meeting before the story's
            or _SOME_TIME_AFTER.search(before)
        )
        ev.place = _place(text, people, clause.start)
        split = _split_by_day(doc, people, clause, cue, sentence.index)
        if split:
            out.extend(split)
            continue
        ev.participants = _participants(doc, people, clause, cue)
        addressee = _TOLD_WHOM.search(before)
        if addressee is not None:
            # "An official told CNN's Jake Tapper the president was briefed in a call": whom the
            # news was told is no party to the meeting it tells
            unheld.append((clause.start + addressee.start("whom"), clause.start + addressee.end("whom")))
        sayer = None if _BODY_SAT.search(before) else _SAYER_TAIL.search(text, cue.end())
        for tail in (sayer, _FUTURE_CONJUNCT.search(text, cue.end())):
            if tail is not None:
                # "..., Secretary of State Rex Tillerson said.": who told it; "visited Iowa and will
                # campaign for Gov. Walt Havenstein": a step still to come; neither names a party
                unheld.append((clause.start + tail.start(), clause.end))
        if word == "hearing" and " told " in text and (panel := _TOLD_PANEL.search(text, cue.end())) is not None:
            # "At a Senate hearing, X told the Banking Committee": the committee that sat
            named = panel.group("panel")
            if all(_name(p).lower() != named.lower() for p in ev.participants):
                ev.participants.append(named)
        if word in ("gathered", "rallied") and not any(_is_person(p) for p in ev.participants):
            # "About 10,000 people rallied in Tbilisi against the law": who gathered, not what about
            subject = re.sub(r"\s+(?:from|of)\s+.*$", "", before.strip())  # "Delegates from 190 countries"
            came = re.search(r"(?:^|\s)(?P<head>[A-Za-z][a-z]+s|people)$", subject)
            if came and came.group("head").lower() not in {"its", "his", "this", "was", "has", "is", "thus", "as", "us"}:
                ev.participants = [came.group("head").lower()]
        if ev.background and _SOME_TIME_AFTER.search(before):
            earlier.append(_reach(text, cues, at, clause.start))  # whom "a day after meeting X" names met the subject before the story
            ev.when = _when(text[cue.start() :], 0)  # "on Friday" before it is the story's day
        sentenced_at = _SENTENCED_BY.match(text, cue.end()) if word == "sentenced" else None
        if word.endswith(" trial") and (tried_at := _TRIED_AT.match(text, cue.end())) is not None:
            # "went on trial at Southwark Crown Court": the court that sat
            court = people.mention_at(clause.start + tried_at.start("court"), clause.start + tried_at.end("court"))
            tried: Entity | str = court if court is not None and court.kind == "org" else tried_at.group("court")
            if all(_key(p) != _key(tried) for p in ev.participants):
                ev.participants.append(tried)
        sentencer = _SENTENCING_COURT.search(before) if word == "sentenced" and sentenced_at is None else None
        if sentenced_at is not None and sentenced_at.group("body"):
            # "was sentenced ... by a special tribunal of the Supreme Court": the court that sat
            ev.participants.append(_court_named(people, sentenced_at.group("body"), clause.start + sentenced_at.start("body")))
        elif sentencer is not None and len(ev.participants) == 1:
            # "A court in Istanbul on Thursday sentenced X": the court that sat
            ev.participants.insert(0, _court_named(people, sentencer.group("court"), clause.start + sentencer.start("court")))
        if sentenced_at is not None and sentenced_at.group("court"):
            # "was sentenced at Leeds Crown Court": the court that sat
            court = people.mention_at(clause.start + sentenced_at.start("court"), clause.start + sentenced_at.end("court"))
            party: Entity | str = court if court is not None and court.kind == "org" else sentenced_at.group("court")
            if all(_key(p) != _key(party) for p in ev.participants):
                ev.participants.append(party)
        out.append(ev)
    if (unheld or earlier) and out:
        # a party only where a meeting still to come, called off or before the story's names it
        # is none of this one
        named_at: dict[str, list[int]] = {}
        for start, _end, entity in people.mentions_between(clause.start, clause.end):
            named_at.setdefault(entity.key, []).append(start)
        for ev in out:
            apart = unheld if ev.background else unheld + earlier
            ev.participants = [
                p
                for p in ev.participants
                if isinstance(p, str)
                or not all(any(a <= s < b for a, b in apart) for s in named_at.get(p.key, [-1]))
            ]
    out.extend(_sitting(people, sentence, clause))
    if not out:
        out.extend(_told_assembly(people, sentence, clause))
    if _no_pair(out):
        # "appeared before a parliamentary committee": the cue's rule found no second party
        out = _appearance(doc, people, sentence, clause) or out
    if not out and clause.start == sentence.start:
        out.extend(_addressing(doc, people, sentence))
    if _no_pair(out) and " by " in clause.text:
        out = _spoke_at_hosted(doc, people, sentence, clause) or out
    if not out:
        out.extend(_on_air(doc, people, sentence, clause))
    if not out:
        out.extend(_question_time(doc, people, sentence, clause))
    if _no_pair(out):
        out = _attended_event(doc, people, sentence, clause) or out
    elif "attended by" in clause.text and all(e.anaphoric and not e.participants for e in out):
        # "X hosted the summit, which was attended by A and B": the summit told before, and who came
        for came in _attended_event(doc, people, sentence, clause)[:1]:
            for ev in out:
                ev.hinted = [p for p in came.participants if not isinstance(p, str)]
                ev.joined = True
    if _no_pair(out):
        out = _body_event(doc, people, sentence, clause) or out
    if _no_pair(out) and (
        "present" in clause.text
        or (" from " in clause.text and any(w in clause.text for w in ("received", "accepted", "awarded")))
    ):
        out = _presented(people, sentence, clause) or out
    if "told " in clause.text and not any(len(e.participants) >= 2 for e in out):
        # "told investors at the company's annual meeting": the audience present, over a back-reference
        out = _told_at_event(doc, people, sentence, clause) or out
    if _no_pair(out) and "told " in clause.text:
        out = _told_jury(doc, people, sentence, clause) or out
    if _no_pair(out) and ("told " in clause.text or clause.text.lstrip("\"'\u201c ")[:2] in ("In", "Be", "Ad")):
        out = _before_audience(doc, people, sentence, clause) or out
    if ("hearing" in clause.text or "testimony" in clause.text) and not any(len(e.participants) >= 2 for e in out):
        # over a back-reference too: "Lee's testimony before the panel" names its parties
        out = _owned_hearing(doc, people, sentence, clause) or out
    if not out and ("told " in clause.text or "Asked " in clause.text):
        out = _told_outlet(doc, people, sentence, clause)
    if _no_pair(out) and " by " in clause.text:
        out = _judged_by(doc, people, sentence, clause) or out
    if _no_pair(out) and "briefing" in clause.text and clause.start == sentence.start:
        out = _briefing_for(people, sentence, clause) or out
    if _no_pair(out) and "debated" in clause.text:
        out = _debated(people, sentence, clause) or out
    if _no_pair(out) and any(verb in clause.text for verb in _SPAT_VERBS):
        out = _on_air_spat(doc, people, sentence, clause) or out
    if _no_pair(out) and " with " in clause.text:
        out = _agreement_with(doc, people, sentence, clause) or out
    if _no_pair(out) and " alongside " in clause.text:
        out = _alongside_at_event(doc, people, sentence, clause) or out
    if _no_pair(out) and "awarded" in clause.text:
        out = _prize_awarded(doc, people, sentence, clause) or out
    return out


# "..., U.S. Secretary of State Rex Tillerson said.": the sentence's closing attribution
# (", Tancredo told the Herald shortly after the dinner.": the same, with when it was told)
_SAYER_TAIL = re.compile(
    r"""
    ,[\"\u201d\u2019]?\s+(?:[^,;\"\u201c\u201d]{0,90}?)\s+                    # ", U.S. Secretary of State Rex Tillerson"
    (?:said|says|added|confirmed|told\s+(?:reporters|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}))  # "said", "told Breitbart News"
    (?:\s+(?:on|in|at|shortly|soon|after|before|last|this|earlier|later)\b         # "shortly after the dinner"
       [^,;\"\u201c\u201d]{0,40})?
    \W*$                                                                          # the sentence's end
    """,
    re.VERBOSE,
)
# "told CNN's Jake Tapper Thursday the president was", "told Reuters that": the one told, before
# the reported clause
_TOLD_WHOM = re.compile(
    r"""
    \btold\s+(?P<whom>(?:[A-Z][\w.\u2019'-]*\s+                # "CNN's Jake Tapper Thursday"
      |(?:host|anchor|reporter|correspondent|journalist|editor|presenter|interviewer)\s+){1,6})  # "Fox News host X"
    (?:on\s+\w+\s+)?(?:that\s+)?                          # "on Tuesday", "that"
    (?=(?:the|a|an|he|she|they|it|[A-Z])\b)                  # then the reported clause
    """,
    re.VERBOSE,
)
# "stepped up engagement with", "deepening engagement with": engagement as a policy
_POLICY_DEGREE = re.compile(
    r"""
    \b(?:stepped\s+up|step\s+up|increased|increasing|deepened|deepening    # "stepped up", "deepening"
      |expanded|expanding|boosted|more|greater|closer)\s+$                 # "greater"
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "Reporting from the Croatia-Serbia border, X spoke to Y": the one who spoke is the reporter
_REPORTING_FROM = re.compile(r"^\W*Reporting\s+(?:from|in)\s")
_REPORTER_VERBS = frozenset({"spoke to", "spoke with", "talked to", "talked with", "interviewed", "met", "met with"})
# "The bank's board met on Tuesday ..., Governor X said": a body sitting, told by its own head
_BODY_SAT = re.compile(r"\b(?:board|council|committee|cabinet|panel|commission|court|jury)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "visited Iowa last month and will campaign for Gov. Walt Havenstein": a step the clause adds;
# "welcomed him during a visit, partly because he has taken a tough stance against Iran", "came
# amid a downturn strained by X's tariffs": a reason or a setting, whose persons met no one
_FUTURE_CONJUNCT = re.compile(
    r"""
    \band\s+(?:will|plans\s+to|(?:is|are)\s+(?:expected|scheduled|set|due)\s+to)\s   # "and will campaign"
    |\b(?:(?:partly|largely|mainly|in\s+part)\s+)?because\s+(?!of\b)              # "partly because he"
    |\bamid\s                                                                    # "amid tensions with"
    """,
    re.VERBOSE,
)
# "his fiancée Ana Ruiz, whom he met at university": how two people came to know each other
_HOW_THEY_MET = re.compile(
    r"""
    \b(?:wife|husband|fianc[eé]e?|partner|girlfriend|boyfriend|spouse|friend|widow|widower)\b
    [^;.]{0,60}\b(?:whom|who)\s+(?:he|she|they|I|we)\s+(?:had\s+)?(?:first\s+)?$
    """,
    re.IGNORECASE | re.VERBOSE,
)


# "Senator X, Republican chairman of the Senate Foreign Relations Committee, held the hearing":
# the chair's body, named in apposition before the sitting it held
_CHAIR_HELD = re.compile(
    r"""
    ,\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:chairman|chairwoman|chairperson|chair|head|leader|speaker)\s+of\s+
    (?:the\s+)?(?P<body>(?:[A-Z][\w'\u2019-]*\s+){0,5}(?:Committee|Subcommittee|Commission|Council|Panel|Board
      |Senate|House|Assembly|Parliament|Caucus))\s*,\s+
    (?:held|chaired|opened|convened|led|presided\s+over)\s+(?:the|a|an|its|this)\s+(?:[\w-]+\s+){0,2}$
    """,
    re.VERBOSE,
)


def _name_not_cue(people: PeopleIndex, clause: Clause, cue: re.Match[str]) -> bool:
    """A capitalised cue inside a sentence is a name's: a person's ("Jeff Sessions") or a title's
    ("NBC's Meet the Press"), where a verb is never capitalised."""
    found = clause.text[cue.start() : cue.end()]  # the cue pattern matches the lower-cased text
    if not found[:1].isupper():
        return False
    entity = people.mention_at(clause.start + cue.start(), clause.start + cue.end())
    if entity is not None and entity.kind == "person":
        return True  # "Sessions testified in Congress": the person, wherever the sentence puts him
    return _is_verb_cue(found) and bool(clause.text[: cue.start()].strip(" \t\"'“‘("))


# "was met with anger", "rallied behind the senator", "an official briefed on the probe": a
# reaction, support or knowledge, no meeting ("met" only in the passive: "met with the mayor" met).
_REACTION_OR_SUPPORT = re.compile(
    r"""
    met\s+with\s+(?!(?:the\s+|a\s+)?[A-Z])                 # "was met with anger", not "with the Mayor"
    |rallied\s+(?:\w+\s+)?(?:behind|around|round|to)\b      # "rallied behind him", "rallied to her defence"
    |briefed\s+on\s+(?:the|a|an|its|their|his|her)\b        # "a diplomat briefed on the talks"
    """,
    re.VERBOSE,
)
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?$")
# "are scheduled to appear in court on Monday for a status hearing", "is expected to speak at the
# museum before later meeting X": a plan governs the cue across its infinitive phrase.
_PLAN_TO = re.compile(r"\b(?:scheduled|expected|due|set|slated|poised)\s+to\s+(?P<rest>[^,;:.!?]{0,100})$")
_PLAN_BROKEN = re.compile(
    r"\b(?:after|following|during|since|said|says|who|which|that|when|while|because|but|and|or)\b"
)


def _planned_reach(before: str) -> bool:
    """A plan ("is scheduled to", "is expected to") governs the cue across its own phrase."""
    plan = _PLAN_TO.search(before)
    return plan is not None and not _PLAN_BROKEN.search(plan.group("rest"))


_SPEECH_KIND = re.compile(
    r"""
    \b(?:keynote|inaugural|farewell|opening|closing|commencement|annual|policy|budget   # "keynote address"
      |televised|victory|acceptance|radio|weekly)\s+$                                  # "victory address"
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A negator: "not", "never", "didn't", "failed to" (the one list of _NEGATED and _NOT_SAT)
_NEGATOR = r"(?:\b(?:not|never|failed\s+to)|n['\u2019]t)"
_NEGATED = re.compile(
    _NEGATOR
    + r"""\s+                                                                        # "did not", "failed to"
    (?:(?:yet|formally|personally|actually|even|once|been|able\s+to)\s+)*$     # "not yet formally"
    """,
    re.IGNORECASE | re.VERBOSE,
)
# No sitting after a negator and a few words (lower case only)
_NOT_SAT = re.compile(
    rf"""
    (?:{_NEGATOR}|\byet\s+to)\s+(?:\w+\s+){{0,2}}$        # "it has still not been debated", "yet to be put"
    |\bfailed\s+to\s+(?:\w+\s+){{0,3}}$                  # "failed to get them passed"
    """,
    re.VERBOSE,
)
_HABITUAL_BEFORE = re.compile(r"\b(?:often|regularly|frequently|repeatedly|usually|routinely|once)\s+$")  # "once testified": background
_HABITUAL_AFTER = re.compile(
    r"""
    \s+(?:[\w-]+\s+){0,4}?(?:several|many|numerous|multiple|countless|\d+|two|three|four|five|six)\s+times\b  # "several times"
    |\s+(?:[\w-]+\s+){0,3}?(?:regularly|often|frequently|repeatedly)\b                                   # "met regularly"
    """,
    re.VERBOSE,
)


# "GENEVA (Reuters) -", "LONDON —", "SAN JOSE, Calif. (AP) —": a wire story's dateline. Its city is
# taken as the meeting's place, so it asks more than people._DATELINE_CITY: a whole dateline at the
# start, a first word of three capitals or more (not "US - China talks"), a region in full
# (", South Korea"), one space after the dash (the offset where the sentence goes on).
_DATELINE = re.compile(
    r"""
    ^\W*(?P<city>[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2})          # "GENEVA", "SAN JOSE"
    (?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?              # ", Calif."
    """
    + AGENCY_AND_DASH                                     # "(Reuters) -"
    + r"\s",
    re.VERBOSE,
)
_CALL_CUE = re.compile(r"phone|call|telephone|video|virtual")
# "After meeting Pope Leo in Rome, ...", "Hours before visiting Kyiv, ...": a fronted gerund phrase.
_FRONTED_GERUND = re.compile(
    r"""
    ^\W*(?P<phrase>(?:[\w-]+\s+){0,3}?(?:[Aa]fter|[Bb]efore|[Ss]ince|[Ff]ollowing|[Uu]pon|[Ww]hile|[Ww]hen)\s+
    (?:meeting|visiting|hosting|talking\s+(?:to|with)|speaking\s+(?:to|with)|holding\s+talks)\s
    [^,;]{3,100}),\s+
    """,
    re.VERBOSE,
)
# "Paz and Lima had also met", "Earlier this month, Lima held talks": a meeting before the story's.
# "summoned Russian Ambassador Sergei Orlov", "summoned the Iranian charge d'affaires": an envoy called in
_SUMMONED_ENVOY = re.compile(
    r"""
    \s+(?:(?:the|its|their|[A-Z][\w-]*)\s+){0,3}                       # "Russian", "the Iranian"
    (?i:ambassadors?|envoys?|charg[eé]s?\s+d['\u2019]affaires)\b       # "Ambassador", "charge d'affaires"
    """,
    re.VERBOSE,
)
_PLUPERFECT = re.compile(r"\bhad\s+(?:also\s+|already\s+|previously\s+|earlier\s+|last\s+|first\s+)?$")
_REPORTED = re.compile(r"\b(?:said|says|told|divulged|disclosed|revealed|announced|reported|added|confirmed|according)\b")
def _reach(text: str, cues: list[re.Match[str]], at: int, base: int) -> tuple[int, int]:
    """Where cue `at` names whom it met: up to the next comma or cue. "will travel to Washington
    to meet President Carter, her office said after she spoke with Dubois": Carter only."""
    cue = cues[at]
    stop = min(cues[at + 1].start() if at + 1 < len(cues) else len(text), cue.end() + 80)
    comma = re.search(r"[,;]", text[cue.end() : stop])
    return (base + cue.end(), base + (cue.end() + comma.start() if comma else stop))


# "visited Kyiv on Friday, a day after meeting Barrot": a meeting some time before the story's
_SOME_TIME_AFTER = re.compile(
    r"""
    \b(?:a|an|one|two|three|four|five|six|several|few|\d+|the)\s+    # "a", "two"
    (?:hours?|days?|weeks?|months?|years?)\s+                        # "day"
    (?:after|since)\s+(?:(?:his|her|their|a|an|the)\s+)?            # "after"
    (?:[\w-]+\s+)?$                                                  # right before the cue
    """,
    re.VERBOSE,
)
_EARLIER = re.compile(
    r"""
    \b(?:[Ee]arlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)   # "Earlier this month"
      |[Ll]ast\s+(?:week|month)                                      # "last week"
      |[Pp]reviously)\b
    """,
    re.VERBOSE,
)


# "was sentenced to six years by Judge Tom Hale": the hearing, with the judge who sentenced.
_SENTENCED_BY = re.compile(
    r"""
    [^,;]{0,60}?\bby\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,3}[Jj]udge\b     # "by Judge Tom Hale"
    |[^,;]{0,60}?\bby\s+(?P<body>(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:court|tribunal|jury)\b    # "by a special tribunal
      (?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s*){1,4})?)                           #  of the Supreme Court"
    |\s+(?:at|in)\s+(?:the\s+)?(?P<court>(?:[A-Z][\w'\u2019.-]*\s+){1,4}Court)\b   # "at Leeds Crown Court"
    """,
    re.VERBOSE,
)


# "went on trial at Southwark Crown Court on Monday", "stood trial before the High Court": the court
_TRIED_AT = re.compile(
    r"""
    \s+(?:(?:on|last|this)\s+[A-Z][a-z]+\s+)?                          # "on Monday"
    (?:at|in|before)\s+(?:the\s+)?                                    # "at the"
    (?P<court>(?:[A-Z][\w'\u2019.-]*\s+){1,4}Court)\b                   # "Southwark Crown Court"
    """,
    re.VERBOSE,
)


# "Judge Bernard Schwartz sentenced", "A Paris court sentenced", "was sentenced": who sentenced.
_SENTENCING_COURT = re.compile(
    r"""
    (?P<court>\b(?:[Tt]he|[Aa])\s+(?:[\w-]+\s+){0,2}?(?:court|tribunal|jury)\b
      (?:\s+(?:in|at|of)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})?)   # "A court in Istanbul"
    [^,;]{0,40}$
    """,
    re.VERBOSE,
)


def _court_named(people: PeopleIndex, phrase: str, start: int) -> Entity | str:
    """The court of `phrase` as the people index knows it ("the Supreme Court"), else its words."""
    for _s, _e, entity in people.mentions_between(start, start + len(phrase)):
        if entity.kind == "org":
            return entity
    return re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", phrase.strip())


_SENTENCER_BEFORE = re.compile(
    r"""
    \b(?:[Cc]ourts?|[Jj]ur(?:y|ies)|[Jj]udges?|[Jj]ustices?|[Mm]agistrates?|[Tt]ribunals?)\b[^,;]{0,40}$  # the sentencer
    |\b(?:was|were|been|be|is|are|being|get|got)\s+(?:\w+\s+)?$                                  # passive
    """,
    re.VERBOSE,
)


def _no_pair(found: list[_Evidence]) -> bool:
    """No evidence of the clause names two parties or points back to a meeting told before."""
    return not any(len(e.participants) >= 2 or e.anaphoric for e in found)


_EVENT_NOUNS = r"(?:ceremony|event|launch|unveiling|celebration|gala|premiere|rally|reception)"
# "The event was attended by 15,000 people including employees", "Relatives attended the
# renaming ceremony", "In a Wednesday media event, Apple released": an event of the story's
# host with an audience that was present.
_ATTENDED = re.compile(
    r"""
    \b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?""" + _EVENT_NOUNS + r"""\s+was\s+attended\s+by\s+  # "The event was attended by"
    |\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?""" + _EVENT_NOUNS + r"""\s+(?:(?:in|at)\s+[^,;]{1,40}?\s+)?attended\s+by\s+  # "at a ceremony in Valparaiso attended by"
    |\battended\s+the\s+(?:[\w-]+\s+){0,2}?""" + _EVENT_NOUNS + r"""\b                           # "attended the ceremony"
    |\b(?P<press>media|press|news)\s+(?:event|briefing\s+event)\b                                # "a media event"
    |\battended\s+(?:the|a|an|their|its)\s+(?:[\w-]+\s+){0,2}?(?P<meeting>summit|talks|meeting|conference|negotiations)\b  # "attended the summit"
    |\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<hosted>summit|talks|meeting|conference|negotiations),?\s+  # "hosted the summit,"
     (?:which\s+)?was\s+(?:also\s+)?attended\s+by\s+                                                   # "which was attended by"
    """,
    re.IGNORECASE | re.VERBOSE,
)


_APPOSED = re.compile(r", [A-Z]")
# "Holt cut the ribbon alongside Mayor Dan Ortiz" in or right after a sentence telling a ceremony
_EVENT_TOLD = re.compile(r"\b(?:ceremony|ceremonies|unveiling|ribbon|gala|premiere|inauguration|dedication|reception)\b", re.IGNORECASE)
_ALONGSIDE = re.compile(r"\balongside\s+")


# "The 2004 Nobel Peace Prize was awarded today to Dr Wangari Maathai": an honour handed over, the
# body that chose her named in the next two sentences ("The Nobel committee cited ...")
_PRIZE_AWARDED = re.compile(
    r"""
    \b(?:Prize|Award|Medal|Trophy|prize|award|medal)\s+(?:was|has\s+been)\s+awarded\s+
    (?:(?:on\s+\w+|today|yesterday|this\s+\w+|last\s+\w+)\s+)?to\s+
    """,
    re.VERBOSE,
)
_AWARDING_BODY = frozenset({"committee", "jury", "academy", "foundation", "panel", "board", "judges"})


def _prize_awarded(doc: Document, people: PeopleIndex, sentence: Sentence, clause: Clause) -> list[_Evidence]:
    """An honour awarded to a person and the body that awarded it, named within two sentences."""
    match = _PRIZE_AWARDED.search(clause.text)
    if match is None or _is_future(clause.text[: match.start()], clause.text[match.end() :]):
        return []
    taker = next(
        (e for s, _e, e in people.mentions_between(clause.start + match.end(), clause.start + match.end() + 40) if e.kind == "person"),
        None,
    )
    if taker is None:
        return []
    later = doc.sentences[sentence.index + 1 : sentence.index + 3]
    body = next(
        (
            e
            for nxt in later
            for _s, _e, e in people.mentions_between(nxt.start, nxt.end)
            if e.kind == "org" and e.name.split()[-1].lower() in _AWARDING_BODY
        ),
        None,
    )
    if body is None:
        return []
    return [
        _in_clause(
            clause, sentence, people, match.start(), cue="ceremony",
            participants=[taker, body],
        )
    ]


def _alongside_at_event(
    doc: Document, people: PeopleIndex, sentence: Sentence, clause: Clause
) -> list[_Evidence]:
    """Two persons at a ceremony told in this sentence or the one before: the subject and whom
    it stood "alongside" (not at a press conference, which the gold never counts)."""
    match = _ALONGSIDE.search(clause.text)
    if match is None or "conference" in sentence.text:
        return []
    earlier = doc.sentences[sentence.index - 1].text if sentence.index > 0 else ""
    if not (_EVENT_TOLD.search(sentence.text) or _EVENT_TOLD.search(earlier)):
        return []
    before = clause.text[: match.start()]
    if _is_future(before, clause.text[match.end() :]) or _NEGATED.search(before):
        return []
    subjects = _subjects_between(doc, people, clause.start, clause.start + match.start())
    # "alongside Mayor Mitch Landrieu": the first person named within its title's reach
    other = next(
        (
            e
            for s, _e, e in people.mentions_between(clause.start + match.start(), clause.start + match.end() + 40)
            if e.kind == "person" and not re.search(r"[,;]", clause.text[match.end() : s - clause.start])
        ),
        None,
    )
    if not subjects or other is None or other.kind != "person" or other.key == subjects[0].key:
        return []
    return [_in_clause(clause, sentence, people, match.start(), cue="ceremony", participants=[subjects[0], other])]


def _attended_event(
    doc: Document, people: PeopleIndex, sentence: Sentence, clause: Clause
) -> list[_Evidence]:
    """An event the story's host held, with those who attended it (or the press) as the audience."""
    match = _ATTENDED.search(clause.text)
    if match is None or _is_future(clause.text[: match.start()], clause.text[match.end() :]):
        return []
    audience: list[Entity | str]
    if match.group("press"):
        audience = ["media"]
    elif match.group(0).lower().startswith("attended"):
        subject = clause.text[: match.start()]
        audience = _np_members(subject, people, clause.start) if subject.strip() else []
        if not audience and subject.strip():
            # "The boy's aunt, Tima Kurdi, also attended": the person named in apposition
            audience = [
                e
                for s, _e, e in people.mentions_between(clause.start, clause.start + match.start())
                if e.kind == "person" and _APPOSED.match(clause.text, s - clause.start - 2)
            ]
    else:
        rest = clause.text[match.end() :]
        including = re.match(r"[^;]{0,40}?\bincluding\s+", rest)
        skip = including.end() if including else 0
        audience = _np_members(rest[skip:], people, clause.start + match.end() + skip)
    if not audience:
        return []
    if match.group("hosted"):
        # "X hosted the summit, which was attended by A and B": the persons before it met those after
        audience = [
            e for _s, _e, e in people.mentions_between(clause.start, clause.start + match.start()) if e.kind == "person"
        ] + audience
    if match.group("meeting") or match.group("hosted"):
        # "Macron and Scholz attended the summit": those who attended met; one alone met no one named
        persons = [a for a in audience if not isinstance(a, str)]
        if len(persons) < 2:
            return []
        return [
            _in_clause(
                clause, sentence, people, match.start(), cue=(match.group("meeting") or match.group("hosted")).lower(),
                participants=persons,
            )
        ]
    host = _event_host(doc, people, sentence, clause, audience)
    if host is None:
        return []
    return [
        _in_clause(
            clause, sentence, people, match.start(), cue="event",
            participants=[host, *audience],
        )
    ]


# "Nova Motors chief executive Laura Hayes": the title between a body and its person
_TITLE_BETWEEN = re.compile(r"(?:['\u2019]s)?\s+(?:[a-z][\w-]*\s+){1,3}")


def _event_host(
    doc: Document,
    people: PeopleIndex,
    sentence: Sentence,
    clause: Clause,
    audience: list[Entity | str],
) -> Entity | None:
    """The actor the event belongs to: named in its clause, else the first named in the lead."""
    taken = {_key(a) for a in audience}
    lead_end = doc.sentences[min(2, len(doc.sentences) - 1)].end if doc.sentences else 0
    for start, end in ((clause.start, clause.end), (0, lead_end)):
        mentions = people.mentions_between(start, end)
        for _s, e_end, entity in mentions:
            if entity.kind == "org" and any(
                other.kind == "person" and _TITLE_BETWEEN.fullmatch(doc.text, e_end, o_start)
                for o_start, _o, other in mentions
            ):
                continue  # "Nova Motors chief executive Laura Hayes unveiled": the person presented
            if entity.kind in {"person", "org"} and entity.key not in taken:
                return entity
    return None


# "During Prime Minister's Questions, Sunak defended", "told MPs at PMQs": the weekly sitting
# of the House of Commons where the prime minister answers members.
_PMQS = re.compile(r"\bPrime\s+Minister['\u2019]s\s+Questions\b|\bPMQs\b")


def _question_time(
    doc: Document, people: PeopleIndex, sentence: Sentence, clause: Clause
) -> list[_Evidence]:
    match = _PMQS.search(clause.text)
    if match is None or _is_future(clause.text[: match.start()], clause.text[match.end() :]):
        return []
    persons = _subjects_between(doc, people, clause.start, clause.end)
    if not persons and re.search(r"\b(?:he|she)\s", clause.text, re.IGNORECASE):
        last = _last_person_before(doc, people, clause.start)
        persons = [last] if last is not None else []
    if not persons:
        return []
    return [
        _Evidence(
            start=clause.start,
            end=clause.end,
            cue="Prime Minister's Questions",
            participants=[persons[0], "House of Commons"],
            place="House of Commons",
            when=_when(clause.text, match.start()),
            sentence=sentence.index,
        )
    ]


# "spoke on MSNBC's morning talk show Morning Joe": an appearance is an interview by the show.
_ON_AIR = re.compile(
    r"""
    \b(?:spoke|speaking|appeared|appearing)\s+(?:live\s+)?on\s+(?:the\s+)?
    (?:(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)['\u2019]s\s+)?   # "MSNBC's"
    (?:[\w-]+\s+){0,5}?                                           # "morning news talk"
    (?:show|programme|program|podcast|broadcast)\b
    (?:,?\s+(?P<show>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}))?   # "Morning Joe"
    """,
    re.VERBOSE,
)


def _on_air(
    doc: Document, people: PeopleIndex, sentence: Sentence, clause: Clause
) -> list[_Evidence]:
    """A person appearing on a named broadcast: the person, the show and whose show it is."""
    match = _ON_AIR.search(clause.text)
    if match is None or not (match.group("owner") or match.group("show")):
        return []
    before = clause.text[: match.start()]
    if _is_future(before, ""):
        return []
    persons = [
        e
        for _s, _e, e in people.mentions_between(clause.start, clause.start + match.start())
        if e.kind == "person"
    ]
    if not persons and re.search(r"\b(?:he|she)\s+(?:\w+\s+)?$", before, re.IGNORECASE):
        last = _last_person_before(doc, people, clause.start + match.start())
        persons = [last] if last is not None else []
    if not persons:
        return []
    parties: list[Entity | str] = [persons[-1]]
    parties += [name for name in (match.group("show"), match.group("owner")) if name]
    return [
        _Evidence(
            start=clause.start,
            end=clause.end,
            cue="interview",
            participants=parties,
            when=_when(clause.text, match.start()),
            sentence=sentence.index,
        )
    ]


# "Speaking in the Legislative Council, Lam was interrupted", "Addressing a conference in
# Wyoming, the bank chief said": the sentence's subject spoke to a body that was present.
_ADDRESSING = re.compile(
    r"""
    \b(?:Speaking|Addressing|Testifying)\s+(?:(?:in|to|at|before)\s+)?(?:a|an|the)?\s*
    (?P<body>[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,5}?)                # "Legislative Council", "conference"
    (?:\s+(?:in|at)\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))?   # "in Wyoming"
    (?:\s+(?:on|last|this)\s+\w+)?                                  # "on Tuesday"
    ,\s                                                            # then the subject
    """,
    re.VERBOSE,
)
# "a political consulting event for campaign professionals, ": an apposition naming what a named
# gathering is, before the subject who spoke there
_APPOSED_EVENT = re.compile(r"(?:a|an|the)\s+[a-z][^,;:\"\u201c]{0,100}?,\s")
# "was speaking at a seminar organised by the Equal Opportunities Commission": the host of the
# gathering the speaker addressed
_SPOKE_AT_HOSTED = re.compile(
    r"""
    \b(?:spoke|speaking|addressed|addressing)\s+(?:at|to)?\s*(?:a|an|the)\s+
    (?P<event>(?:[\w-]+\s+){0,5}?(?:seminar|conference|forum|summit|convention|meeting|dinner|lunch|luncheon
      |breakfast|symposium|gathering|rally|reception|workshop))\s+
    (?:organi[sz]ed|hosted|held|convened|run|sponsored|called)\s+by\s+(?:the\s+)?
    (?P<host>[A-Z][\w'\u2019&.-]*(?:\s+(?:of\s+|for\s+|and\s+|on\s+)?[A-Z][\w'\u2019&.-]*){0,6})
    """,
    re.VERBOSE,
)


def _spoke_at_hosted(doc: Document, people: PeopleIndex, sentence: Sentence, clause: Clause) -> list[_Evidence]:
    """A person spoke at a gathering a body hosted: the speaker and the host met there."""
    match = _SPOKE_AT_HOSTED.search(clause.text)
    if match is None or _is_future(clause.text[: match.start()], ""):
        return []
    speakers = [
        e for _s, _e, e in people.mentions_between(clause.start, clause.start + match.start()) if e.kind == "person"
    ]
    if not speakers and re.search(r"\b(?:he|she)\s+(?:was\s+|had\s+)?$", clause.text[: match.start()], re.IGNORECASE):
        last = _last_person_before(doc, people, clause.start)
        speakers = [last] if last is not None else []
    if not speakers:
        return []
    at = clause.start + match.start("host")
    host_entity = people.mention_at(at, clause.start + match.end("host"))
    host: Entity | str = (
        host_entity if host_entity is not None and host_entity.kind != "person" else match.group("host")
    )
    return [
        _in_clause(
            clause, sentence, people, match.start(), cue="address",
            participants=[speakers[-1], host], place=match.group("event"),
        )
    ]


# "the bank chief", "the minister": the subject named by the role of a person named before.
_ROLE_SUBJECT = re.compile(
    r"""
    \s*the\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+        # "the bank chief"
    (?:said|says|told|added|warned|noted|argued|was|is|had|has)\b  # then its verb
    """,
    re.VERBOSE,
)


def _addressing(doc: Document, people: PeopleIndex, sentence: Sentence) -> list[_Evidence]:
    """An address opened by a participle: the body addressed and the sentence's subject."""
    match = _ADDRESSING.match(sentence.text)
    if match is None:
        return []
    body = match.group("body")
    head = body.split()[-1].lower()
    if head not in load_set("meeting_assemblies") and head not in load_set("meeting_audiences"):
        return []
    rest_at = sentence.start + match.end()
    apposed = _APPOSED_EVENT.match(sentence.text, match.end())
    if apposed is not None and body[:1].isupper():
        rest_at = sentence.start + apposed.end()  # "Speaking at the Poli Conference, a consulting event for ..., Morris said"
    speaker: Entity | None = next(
        (
            e
            for s, _e, e in people.mentions_between(rest_at, min(sentence.end, rest_at + 60))
            if e.kind == "person"
        ),
        None,
    )
    if speaker is None:
        rest = sentence.text[match.end() :]
        role = _ROLE_SUBJECT.match(rest)
        before = _last_persons_before(doc, people, sentence.start, 3)
        if role is not None:
            speaker = next(
                (
                    e
                    for e in reversed(before)
                    if e.role and e.role.lower().split()[-1] == role.group("np").split()[-1]
                ),
                None,
            )
        elif re.match(r"\s*(?:he|she)\b", rest):
            speaker = before[-1] if before else None
    if speaker is None:
        return []
    if body[:1].islower():
        body = head  # "a conference": the audience, without its article or adjectives
    return [
        _Evidence(
            start=sentence.start,
            end=sentence.end,
            cue="address",
            participants=[speaker, body],
            place=match.group("place") or (body if body[:1].isupper() else None),
            when=_when(sentence.text, match.start()),
            sentence=sentence.index,
        )
    ]


# "X has met leaders, including giving an address at the UN, meeting with the Pope, and
# speaking to Congress": a list of gerunds, each a meeting of the sentence's subject.
_GERUND_LIST = re.compile(r"^\W*(?:including|and|also)\s+(?:[a-z]+ing)\b")


def _gerund_list(
    doc: Document, people: PeopleIndex, sentence: Sentence, clause: Clause
) -> list[_Evidence]:
    if not _GERUND_LIST.match(clause.text) or clause.start == sentence.start:
        return []
    subjects = [
        e for _s, _e, e in people.mentions_between(sentence.start, clause.start) if e.kind == "person"
    ]
    if not subjects:
        return []
    subject = subjects[0]
    out: list[_Evidence] = []
    for cue in phrase_pattern("meeting_cues").finditer(clause.text):
        before = clause.text[: cue.start()]
        segment_end = clause.text.find(",", cue.end())
        segment_end = len(clause.text) if segment_end < 0 else segment_end
        if "," in before[-40:] and not re.search(
            r",\s+(?:and\s+)?(?:[a-z]+ing\s+(?:[\w-]+\s+){0,2})?$", before
        ):
            continue  # the cue is not the head of its list item
        parties: list[Entity | str] = [subject]
        for _s, _e, e in people.mentions_between(clause.start + cue.end(), clause.start + segment_end):
            if e.kind in {"person", "org", "group"} and all(_key(p) != e.key for p in parties):
                parties.append(e)
        if len(parties) == 1:
            parties += [
                c
                for c in _np_members(
                    re.sub(r"^\s*(?:to|with|before|at)\s+(?:the\s+)?", "", clause.text[cue.end() : segment_end]),
                    people,
                    clause.start + cue.end(),
                )
                if isinstance(c, str) and c[:1].isupper()
            ]
        if len(parties) >= 2:
            out.append(
                _Evidence(
                    start=clause.start,
                    end=clause.end,
                    cue=" ".join(cue.group(0).lower().split()),
                    participants=parties,
                    sentence=sentence.index,
                )
            )
    return out


# A noun cue used as a verb in the present or the infinitive: "who visit", "to call".
_VERB_USE = re.compile(
    r"""
    \b(?:to|who|that                                              # "to call", "who visit"
      |they|we|you|i|people|users|visitors|readers                 # a plural or personal subject
      |can|cannot|will|would|could|may|might|should|must|do|does|did|not)  # a modal or auxiliary
    \s+$
    """,
    re.IGNORECASE | re.VERBOSE,
)
# What "received" or "hosted" takes when it is a thing: "the documents", "a letter", "$5 million".
_THING_OBJECT = re.compile(
    r"""
    \s+(?!by\b)                                                       # not "received by X"
    (?!(?:at|in|on|upon|during)\s[^,;]{0,50}?\bby\s+(?:the\s+)?[A-Z])  # "welcomed at the airport by X"
    (?!(?:(?:the|a|an|his|her|their|its|our|more|some|several|no)\s+)?   # (its determiner, then)
       (?:delegation|delegations|visitors?|guests?|leaders?|ministers?  # not a visitor ...
       |officials?|president|envoys?|ambassadors?|king|queen|pope|prime
       |team|families|survivors|members
       |dinner|lunch|luncheon|banquet|breakfast|reception)\b)   # ... nor a meal with a guest
    (?:(?:the|a|an|his|her|their|its|our|more|some|several|no)\s+)?   # a determiner
    (?:[a-z$\d]                                                       # ... but a thing or a sum
      |(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['\u2019]s\s+(?!visit|delegation|envoy|team)[a-z])  # "Haddad's backing"
    """,
    re.VERBOSE,
)

# What "gathered" takes when it is a thing collected, not people come together.
_GATHERED_THING = re.compile(
    r"""
    \s+(?:(?:the|its|their|his|her|more|some|enough|new|fresh|further)\s+)?
    (?:(?:than|about|nearly|over|some|[\d,]+)\s+){0,3}                      # "more than 80,000"
    (?:[a-z][\w-]*\s+)?                                                   # "online", "forensic"
    (?:responses|data|evidence|signatures|information|intelligence|material|materials|samples
      |feedback|input|statements|documents|records|testimony|momentum|pace|steam|speed|dust|strength
      |support|votes|donations|funds|money|names|footage|photos|images)\b
    """,
    re.VERBOSE,
)


# What "met" takes when it is a goal, a fate or a stronger opponent, not a person or a body.
_MET_THING = re.compile(
    r"""
    \s+(?:(?:its|their|his|her|our|my|your|the|a|an|all|every|this|that|these|those|some|most|both)\s+)?
    (?:[a-z][\w-]*\s+){0,2}?                                                  # "annual", "30,000-home"
    (?:targets?|goals?|demands?|deadlines?|criteria|criterion|requirements?|standards?|expectations?
      |thresholds?|conditions|obligations?|commitments?|needs|costs?|fate|death|end|match|quotas?
      |benchmarks?|forecasts?|estimates?|challenges?|pledges?|promises?|terms|resistance|opposition(?!\s+[a-zA-Z])
      |(?:better|stronger|superior|tougher)\s+(?:team|side|opponents?|player))\b
    """,
    re.VERBOSE,
)

# "met Bayern Munich in the Champions League semi-final, winning 2-1": a fixture, not a meeting
_FIXTURE = re.compile(
    r"""
    \bin\s+(?:the|a|their|its)\s+(?:[\w-]+\s+){0,3}?
    (?:semi-finals?|quarter-finals?|finals?|match|fixture|derby|play-offs?|game)\b
    (?!\s+(?:round|stage|day|session|talks|meeting|summit|text|agreement|deal))
    |\b(?:winning|losing|won|lost|drew|beat|beating)\s+(?:\w+\s+)?\d{1,2}-\d{1,2}\b
    """,
    re.VERBOSE,
)

# "the four billion it has already received, saying": the verb's object came before it.
_NO_OBJECT = re.compile(r"\s*(?:[,.;:!?]|$)")

# Nouns that make a meeting only with "between A and B" after them.
_BETWEEN_ONLY = frozenset({"debate", "debates", "conversation", "conversations"})
# "had a phone conversation with X": a call, held (and so a meeting) like "spoke by phone with".
_PHONED = re.compile(r"\b(?:phone|telephone|video|private|lengthy|long)\s+$", re.IGNORECASE)
# "X and Y had a phone conversation", "held a lengthy telephone conversation": a call held
_HAD_A = re.compile(r"\b(?:had|held)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$")
_DEBATE_BETWEEN = re.compile(r"\b(?:debates?|conversations?)\s+between\s", re.IGNORECASE)
# "told reporters after meeting Petrov", "following their talks": the meeting is the time of a statement
_MEETING_IN_TIME_PHRASE = re.compile(
    r"""
    \b(?:after|following)\s+(?:(?:his|her|their|the|a|an)\s+)?(?:[\w-]+\s+){0,2}?   # "after their"
    (?:meeting|talks|visiting|talking|speaking|meetings)\s+                           # "talks"
    (?:with\s+)?(?:[A-Z]|his|her)                                                      # "with Petrov"
    """,
    re.VERBOSE,
)
# "a televised debate between A and B", "A and B clashed in a televised debate": the debate held
_TELEVISED_DEBATE = re.compile(r"\btelevised\s+(?:[\w-]+\s+)?(?:debates?|conversations?)\b", re.IGNORECASE)
# "Lowe and Ford clashed over taxes in a televised debate": the subjects debated each other
_IN_DEBATE = re.compile(
    r"""
    \b(?:[A-Z][\w'\u2019-]+)\s+and\s+(?:[A-Z][\w'\u2019-]+\s+)*[A-Z][\w'\u2019-]+   # "Lowe and Rick Ford"
    ,?\s+                                                              # "..., Tom Reed, clashed"
    (?:clashed|sparred|faced\s+off|squared\s+off|traded\s+\w+|met|argued)\b[^,;]{0,40}?  # "clashed over taxes"
    \b(?:in|during)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}$          # "in a televised"
    """,
    re.VERBOSE,
)

# "said in an interview with Yonhap", "In a 2015 interview with the Free Press, Marsh said": an
# old or passing interview is where a quote comes from (the story's own interview is a meeting).
_QUOTED_INTERVIEW = re.compile(
    r"""
    \b(?:said|says|told\s+\w+|added)\s+in\s+an?\s+(?:[\w-]+\s+){0,2}interview\b   # "said in an interview"
    |^\W*In\s+an?\s+(?:19|20)\d\d\s+interview\s+with\b                          # "In a 2015 interview with
     [^,]{0,60},\s+[^,]{0,40}\b(?:said|says|told)\b                               #  the Free Press, Marsh said"
    """,
    re.VERBOSE,
)

# Who asked the questions of an interview: "an interview with the Ledger", "told Wired in an
# interview", "told CNN's Jake Morrow in a phone interview" (a capitalised name, "the" allowed).
_INTERVIEWER = re.compile(
    r"""
    \binterview\s+with\s+(?:the\s+)?(?P<with>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,4})
    |\btold\s+(?:the\s+)?(?P<told>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,4})
     \s+in\s+an?\s+(?:[\w-]+\s+){0,2}interview\b
    """,
    re.VERBOSE,
)
_QUOTE_MARKS = ('"', "\u201c", "\u201d")


_QUOTED_BY: weakref.WeakKeyDictionary[Document, tuple[int, dict[str, int]]] = weakref.WeakKeyDictionary()


def _quoted_persons(doc: Document, people: PeopleIndex) -> tuple[int, dict[str, int]]:
    """How many sentences with a quotation name a person, and in how many each person is named
    (counted once a document: linear however many interviews it tells)."""
    known = _QUOTED_BY.get(doc)
    if known is not None:
        return known
    named = 0
    counts: dict[str, int] = {}
    for sentence in doc.sentences:
        if not any(mark in sentence.text for mark in _QUOTE_MARKS):
            continue
        keys = {e.key for _s, _e, e in people.mentions_between(sentence.start, sentence.end) if e.kind == "person"}
        if keys:
            named += 1
            for key in keys:
                counts[key] = counts.get(key, 0) + 1
    _QUOTED_BY[doc] = (named, counts)
    return named, counts


def _main_speaker(doc: Document, people: PeopleIndex, person: Entity, least: int = 1) -> bool:
    """`person` is named in more than half of the sentences with a quotation that name a person
    (and in `least` of them at the least): the story is built on what they said."""
    named, counts = _quoted_persons(doc, people)
    own = counts.get(person.key, 0)
    return own * 2 > named and own >= least


# "Sharpton told The Root.", "Asked about it by NJ Advance Media, Doherty declined": the outlet
# the story's main speaker talked to (a capitalised name, no person).
_TOLD_OUTLET = re.compile(
    r"""
    \btold\s+(?P<told>(?:The\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3})(?=\s*[.,;]|\s+(?:in|on|last|this|that)\b)
    |\bAsked\s+(?:about\s+\w+\s+)?by\s+(?P<asked>(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3}),
    """,
    re.VERBOSE,
)


def _persons_outside(people: PeopleIndex, clause: Clause, lo: int, hi: int) -> list[Entity]:
    """The persons the clause names, in order, but for those in [lo, hi) (the outlet or asker)."""
    return [e for s, _e, e in people.mentions_between(clause.start, clause.end) if e.kind == "person" and not lo <= s < hi]


def _told_outlet(doc: Document, people: PeopleIndex, sentence: Sentence, clause: Clause) -> list[_Evidence]:
    """The story's main speaker (three quotations at the least) told an outlet: the interview the
    story is built on. "told Reuters" from anyone else is attribution."""
    match = _TOLD_OUTLET.search(clause.text)
    if match is None:
        return []
    group = "told" if match.group("told") else "asked"
    lo, hi = clause.start + match.start(group), clause.start + match.end(group)
    if any(e.kind in ("person", "country") for _s, _e, e in people.mentions_between(lo, hi)):
        return []  # "told Smith", "told Russia": a person or a country, no outlet
    if phrase_pattern("meeting_assemblies").search(match.group(group)) or _is_future(clause.text[: match.start()], ""):
        return []
    speakers = _persons_outside(people, clause, lo, hi)
    if not speakers or not _main_speaker(doc, people, speakers[0], least=3):
        return []
    return [
        _Evidence(
            start=clause.start,
            end=clause.end,
            cue="interview",
            source=True,
            participants=[speakers[0], match.group(group)],
            when=_when(clause.text, match.start()),
            sentence=sentence.index,
        )
    ]


def _story_interview(
    doc: Document, people: PeopleIndex, sentence: Sentence, clause: Clause, cue: re.Match[str]
) -> _Evidence | None:
    """The interview the story is built on: its interviewer named ("with the Ledger", "told Wired
    in an interview") and its interviewee the story's main speaker (a passing interview in a story
    about something else, "Cook told Reuters in an interview that supply was tight", stays a source)."""
    if re.search(r"\b(?:19|20)\d\d\s+interview\b", clause.text):
        return None  # "In a 2015 interview with the Free Press": an old interview, a source
    asked = _INTERVIEWER.search(clause.text, max(0, cue.start() - 120))
    if asked is None or not (asked.start() <= cue.start() <= asked.end()):
        return None
    group = "with" if asked.group("with") else "told"
    lo, hi = clause.start + asked.start(group), clause.start + asked.end(group)
    inside = [e for s, _e, e in people.mentions_between(lo, hi) if e.kind == "person"]
    others = _persons_outside(people, clause, lo, hi)
    if not others and re.search(r"\b(?:he|she)\s+(?:\w+\s+)?(?:said|says|told)\b", clause.text):
        last = _last_person_before(doc, people, clause.start)
        others = [last] if last is not None else []
    if not others or not _main_speaker(doc, people, others[0]):
        return None
    asker: Entity | str = inside[-1] if inside else asked.group(group)
    return _Evidence(
        start=clause.start,
        end=clause.end,
        cue="interview",
        source=True,
        participants=[others[0], asker],
        when=_when(clause.text, cue.start()),
        sentence=sentence.index,
        # "In an interview with PolitickerNJ.com published this morning": another outlet's, told
        # as published before the story's own
        background=bool(re.search(r"\b(?:published|aired|broadcast)\b", clause.text)),
    )


# "speaking to newspaper Star of Mysore", "speaking to AFP": the object names a news outlet.
_TO_OUTLET = re.compile(
    r"""
    \s+(?:the\s+)?
    (?P<outlet>(?:news\s+agency|newspaper|broadcaster|magazine|radio|television|channel|outlet|website)\s+)?
    (?=[A-Z])                                                        # then a name
    """,
    re.VERBOSE,
)


def _outlet_only(doc: Document, people: PeopleIndex, start: int, end: int, outlet_noun: bool) -> bool:
    """What "speaking to" names, up to its comma, is a news outlet ("newspaper Star", or an
    organisation that is no assembly: an address to a parliament is a meeting) and no person."""
    comma = doc.text.find(",", start, end)
    if comma < 0:
        return False
    if outlet_noun:
        return True  # "newspaper Star of Mysore": whatever the name holds
    mentions = people.mentions_between(start, comma)
    if any(e.kind == "person" for _s, _e, e in mentions):
        return False
    return (
        bool(mentions)
        and mentions[0][2].kind == "org"
        and all(e.kind in ("org", "country") for _s, _e, e in mentions)
        and phrase_pattern("meeting_assemblies").search(doc.text[start:comma]) is None
    )


# What `_TOLD_BODY`, `_ADDRESSING`, `_ON_AIR` and `_ATTENDED` need in a sentence at the least.
# Two who argued face to face ("sparred over the tax bill"): `_on_air_spat` below.
_SPAT_VERBS = ("sparred", "clashed", "bantered", "argued", "squabbled", "bickered")
_SENTENCE_TRIGGERS = (
    re.compile(r"told\s"),
    # literal-led triggers of the appearance, chair, court and signing rules (one literal each:
    # a pattern opening on an alternation is tried at every position of the text)
    re.compile(r"appeared\s"),
    re.compile(r"testified\s"),
    re.compile(r"pleaded\s"),
    re.compile(r"gave\s+(?:evidence|testimony|an?\s)"),
    re.compile(r"spoke\s+(?:(?:on|last|this)\s+\w+\s+)?(?:at|to|before)\s"),
    re.compile(r"organi[sz]ed\s+by\s"),  # "a seminar organised by the Commission"
    re.compile(r"hosted\s+by\s"),
    re.compile(r"delivered\s"),
    re.compile(r"chair(?:ed|s|ing)\s"),
    re.compile(r"ourt\s"),
    re.compile(r"ury\s"),
    re.compile(r"udge\s"),
    re.compile(r"ustice\s+[A-Z]"),
    re.compile(r"agistrate"),
    re.compile(r"ribunal\s"),
    re.compile(r"rial\s+of\s"),
    re.compile(r"trial\s+(?:opened|began|started|resumed|continued|got)\b"),
    re.compile(r"signed\s+(?:a|an|the)\s"),
    re.compile(r"greement\s+with\s"),
    re.compile(r"deal\s+with\s"),
    re.compile(r"ccord\s+with\s"),
    re.compile(r"truce\s+with\s"),
    re.compile(r"told\s+(?:the\s+)?(?:shareholders|investors|delegates|members|staff|employees|supporters|activists)\s+at\s"),
    re.compile(r"performed\s"),
    re.compile(r"campaign\s+at\s"),
    re.compile(r"sang\s"),
    re.compile(r"played\s+(?:to|before|for)\s"),
    re.compile(r"briefing\s+(?:for|of)\s+[a-z]"),
    re.compile(r"Speaking\s"),
    re.compile(r"presented\s"),
    re.compile(r"presents?\s+the\s"),  # a caption's present tense: "A and B present the prize to C"
    re.compile(r"ettlement\s+with\s"),
    re.compile(r"alongside\s"),
    re.compile(r"awarded\s"),
    re.compile(r"Questions\b"),
    re.compile(r"PMQs"),
    re.compile(r"Addressing\s"),
    re.compile(r"(?:In\s+front\s+of|Before)\s+(?:a\s+(?:crowd|gathering|audience)\s+of\s+)?[\w,.]+\s"),
    re.compile(r"Testifying\s"),
    re.compile(r"show\b"),
    re.compile(r"program"),
    re.compile(r"podcast\b"),
    re.compile(r"broadcast\b"),
    re.compile(r"ttended\s"),
    re.compile(r"Asked\s+(?:about\s+\w+\s+)?by\s"),
    re.compile(r"(?:" + "|".join(_SPAT_VERBS) + r")\s"),
    re.compile(r"edia\s+(?:event|briefing)"),
    re.compile(r"ress\s+(?:event|briefing)"),
    re.compile(r"ews\s+(?:event|briefing)"),
)


# "appeared before a parliamentary committee", "gave evidence to the Treasury Committee",
# "appeared in court": a hearing of the sentence's subject by the body named.
_HEARING_BODY = r"(?:court(?:room)?|committee|tribunal|inquiry|panel|commission|hearing|senate|congress|parliament)s?"
_APPEARED_BEFORE = re.compile(
    r"""
    \b(?:appeared|testified|gave\s+(?:evidence|testimony)
      |pleaded\s+(?:not\s+)?guilty(?:\s+to\s+[^,;]{1,40}?)?)\s+             # "pleaded guilty to fraud"
    (?:(?:on|last|this)\s+[A-Z]?[a-z]+\s+|for\s+(?:[\w-]+\s+){1,3}?(?=before))?   # "on Tuesday", "for five hours"
    (?:(?:by|via|over)\s+(?:a\s+)?video(?:[\s-]?link)?\s+|remotely\s+)?           # "by video link"
    (?:before|to|at|in)\s+(?:the\s+|a\s+|an\s+)?
    (?P<body>(?:[A-Z][\w.'\u2019-]*\s+){1,5}(?i:""" + _HEARING_BODY + r""")\b   # "Westminster Magistrates' Court"
      |(?:[a-z][\w-]*\s+){0,2}""" + _HEARING_BODY + r"""\b)                      # "a parliamentary committee"
    """,
    re.VERBOSE,
)
# "spoke at the World Economic Forum", "gave a speech to the Oxford Union": an address to an
# audience present, named as an event or a body (not "spoke to Reuters").
# "spoke at a rally in Ohio", "addressed a crowd of 5,000": an address to the audience present
_TO_AUDIENCE = re.compile(
    r"""
    \b(?P<verb>spoke|addressed|addressing|performed|sang|played(?=\s+(?:to|before|for)\s)
      |(?:launched|kicked\s+off)\s+(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}?campaign(?=\s+at\s))  # "launched her campaign at"
    \s+(?:(?:to|at|before|for)\s+)?   # not "told the crowd"
    (?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?                                # "a crowd", "a packed rally"
    (?P<audience>rally|crowd|gathering|audience|congregation|vigil)\b
    |(?P<count>(?:\d[\d,]*|thousands|hundreds|tens\s+of\s+thousands)\s+(?:of\s+)?(?:[a-z]+\s+)?   # "60,000 fans"
      (?P<people>fans|supporters|spectators|worshippers|pilgrims|residents|students|graduates|delegates|voters|people))\b)
    """,
    re.VERBOSE,
)
_EVENT_HEADS = (
    r"(?:Forum|Conference|Summit|Assembly|Congress|Parliament|Council|Convention|Symposium|Meeting|"
    r"Union|Club|Society|Institute|University|College|School|Committee|Festival|Dialogue|Session|Rally)"
)
_ADDRESS_AT = re.compile(
    r"""
    \b(?:spoke|gave\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:speech|address|keynote|lecture|talk)
      |delivered\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+)?(?:speech|address|keynote|lecture))\s+
    (?:(?:on|last|this)\s+[A-Z]?[a-z]+\s+)?                                 # "on Tuesday"
    (?:at|to|before)\s+(?:the\s+|a\s+)?
    (?P<body>(?:[A-Z][\w.'\u2019&-]*\s+(?:(?:of|for|on|and)\s+)?){0,5}""" + _EVENT_HEADS + r""")\b
    """,
    re.VERBOSE,
)


# Cheap substring tests before the appearance and body-event patterns (most clauses hold none).
_APPEARANCE_WORDS = ("campaign", "appeared", "pleaded", "addressed", "performed", "sang", "played", "testified", "evidence", "testimony", "spoke", "speech", "address", "keynote", "lecture", "talk")
_BODY_EVENT_WORDS = ("chair", "ourt", "ury", "udge", "ustice", "agistrate", "ribunal", "rial", "signed")


def _appearance(
    doc: Document, people: PeopleIndex, sentence: Sentence, clause: Clause
) -> list[_Evidence]:
    """A hearing or an address of the clause's subject, with the body present."""
    text = clause.text
    if not any(w in text for w in _APPEARANCE_WORDS):
        return []
    for pattern, cue in ((_APPEARED_BEFORE, "hearing"), (_ADDRESS_AT, "address"), (_TO_AUDIENCE, "address")):
        match = pattern.search(text)
        if match is None:
            continue
        before = text[: match.start()]
        if _is_future(before, text[match.end() :]) or _undone(before, text[match.end() :]):
            return []
        if re.search(r"\b(?:once|formerly|previously|had|has|have)\s+$", before):
            return []  # "what Wilson once testified before the Senate": background, not the story's
        subjects: list[Entity | str] = _subjects_between(doc, people, clause.start, clause.start + match.start())
        if not subjects and re.search(r"\b(?:he|she)\s+(?:\w+\s+)?$", before, re.IGNORECASE):
            last = _last_person_before(doc, people, clause.start + match.start())
            subjects = [last] if last is not None else []
        if not subjects and pattern is _TO_AUDIENCE and match.group("verb") in ("performed", "sang", "played"):
            # "The Berlin Philharmonic played to an audience of 2,000": a band or an orchestra performs too
            subjects = _subjects_between(doc, people, clause.start, clause.start + match.start(), kinds={"org", "group"})[:1]
            band = None if subjects else re.fullmatch(r"\W*(?:The\s+)?((?:[A-Z][\w'\u2019-]*\s+){1,4})", before)
            if band is not None:
                subjects = [band.group(1).strip()]  # "The Berlin Philharmonic": a name no index holds
        role = None if subjects else _ROLE_BEFORE_CUE.match(before)
        if clause.start == sentence.start and not subjects and (
            (role is not None and role.group("head").lower() in load_set("role_titles"))
            or _UNNAMED_PERSON.match(before)  # "A man accused of arson appeared at ... Daniel Shaw, 34, ..."
        ):
            # "The former health secretary gave evidence to the inquiry. James Holt said ...": the
            # person the next sentence opens on (a paper's way of naming its subject late)
            nxt = _subject_after(doc, people, sentence.index)
            subjects = [nxt] if nxt is not None else []
        if not subjects:
            return []
        if pattern is _TO_AUDIENCE and match.group("count"):
            party = match.group("people")  # "performed to 60,000 fans": the audience present
        elif pattern is _TO_AUDIENCE:
            # "a rally of supporters": who came; else the audience as told ("rally", "crowd")
            rest = clause.text[match.end("audience") :]
            came = _np_members(rest[of.end() :], people, clause.start + match.end("audience") + of.end()) if (
                of := re.match(r"\s+of\s+", rest)
            ) else []
            party: Entity | str = came[0] if came else match.group("audience")
        else:
            body = match.group("body")
            named = people.mentions_between(clause.start + match.start("body"), clause.start + match.end("body"))
            party = named[-1][2] if named and named[-1][2].kind != "person" else body
        place = _place(text, people, clause.start)
        if isinstance(party, str) and party.lower().endswith("courtroom"):
            # "in a Eugene courtroom": the court that sat there, in that town
            town = re.match(r"(?:[A-Z][\w.'\u2019-]*\s+)+", party)
            place = place or (town.group(0).strip() if town else None)
            party = party[: -len("room")]
        return [
            _Evidence(
                start=clause.start,
                end=clause.end,
                cue=cue,
                participants=[subjects[-1], party],
                when=_when(text, match.start()),
                place=place,
                sentence=sentence.index,
            )
        ]
    return []


# "X told a jury in federal court", "as a prosecutor told the Cook County jury": a court that sat
# and heard the one who spoke to it; not "told the court in a brief" (a filing).
_TOLD_JURY = re.compile(
    r"""
    \btold\s+(?:the|a)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}      # "told the Cook County"
    (?:federal\s+|grand\s+|trial\s+)?                          # "a federal"
    (?P<body>jury|jurors|court)\b(?!['\u2019])                  # "jury"; not "the court's website"
    """,
    re.VERBOSE,
)
_IN_WRITING = re.compile(
    r"""
    \s+(?:in|through|via)\s+(?:a|an|the|its|his|her|their)?\s*(?:[\w-]+\s+){0,2}   # "in a sworn"
    (?:brief|briefs|filing|filings|letter|motion|papers|documents?|submissions?
      |declaration|affidavit|statement)\b                                           # "declaration"
    """,
    re.VERBOSE,
)
# "as a prosecutor told the jury": the unnamed role just before the verb is its subject
_ROLE_JUST_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<role>[a-z]+)\s+(?:also\s+|then\s+|later\s+)?$")


# "Lee's confirmation hearing before the panel", "Park's testimony to the committee": the hearing's
# witness, named as its owner, and the body that heard it. A name's word is at most 41 characters:
# unbounded, every capital inside one endless word ("A-B-C-...") read on to its end (quadratic).
_OWNED_HEARING = re.compile(
    r"""
    (?P<owner>[A-Z][\w.'\u2019-]{0,40}(?:\s+[A-Z][\w.'\u2019-]{0,40}){0,3})['\u2019]s?\s+   # "Lee Park's"
    (?:[a-z][\w-]*\s+){0,2}(?:hearing|testimony)\s+                              # "confirmation hearing"
    (?:before|to)\s+(?:the|a)\s+                                                 # "before the"
    (?P<body>(?:[A-Z][\w.'\u2019-]*\s+){0,4}(?:[Pp]anel|[Cc]ommittee|[Ss]ubcommittee))\b  # "Senate panel"
    """,
    re.VERBOSE,
)
# a body told by its head alone: "the panel", "a Senate panel", "the committee"
_GENERIC_PANEL = re.compile(r"(?:(?:the|a|an)\s+)?(?:(?P<mod>[A-Z][\w.-]*)\s+)?(?:panel|committee|subcommittee)", re.IGNORECASE)
_NAMED_COMMITTEE = re.compile(
    r"(?:(?:[A-Z](?:\.[A-Z])+\.|[A-Z][\w'\u2019&-]*)\s+){1,5}(?:[Cc]ommittee|[Ss]ubcommittee)\b"  # "U.S. Senate ... Committee"
)


_COMMITTEES: weakref.WeakKeyDictionary[Document, tuple[str, ...]] = weakref.WeakKeyDictionary()


def _committees(doc: Document) -> tuple[str, ...]:
    """The committees a story names in full ("Senate Intelligence Committee"), once each (found
    once a document, like `_quoted_persons`)."""
    known = _COMMITTEES.get(doc)
    if known is not None:
        return known
    names: dict[str, str] = {}
    for named in _NAMED_COMMITTEE.finditer(doc.text):
        name = re.sub(r"^(?:The|A|An)\s+", "", named.group(0))
        if len(name.split()) >= 2:
            names.setdefault(name.lower(), name)
    _COMMITTEES[doc] = tuple(names.values())
    return _COMMITTEES[doc]


def _panel_named(doc: Document, generic: str) -> str | None:
    """The one committee the story names in full that "the panel" ("a Senate panel") stands for."""
    told = _GENERIC_PANEL.fullmatch(generic.strip())
    if told is None:
        return None
    mod = told.group("mod")
    if mod is not None and mod.lower() in {"the", "a", "an"}:
        mod = None
    names = [name for name in _committees(doc) if mod is None or mod in name.split()[:-1]]
    return names[0] if len(names) == 1 else None


def _owned_hearing(doc: Document, people: PeopleIndex, sentence: Sentence, clause: Clause) -> list[_Evidence]:
    """ "Lee's confirmation hearing before the panel yesterday": the witness and the body."""
    match = _OWNED_HEARING.search(clause.text)
    if match is None:
        return []
    owner = people.mention_at(clause.start + match.start("owner"), clause.start + match.end("owner"))
    if owner is None or owner.kind != "person":
        return []
    before, after = clause.text[: match.start()], clause.text[match.end() :]
    if _is_future(before, after) or _undone(before, after):
        return []
    body = match.group("body")
    return [_in_clause(clause, sentence, people, match.start(), cue="hearing", participants=[owner, _panel_named(doc, body) or body])]


# "An accountant for X's campaign chairman Y admitted in testimony ...": the lede's subject is a
# role, the persons after it describe whom the role serves
_ROLE_OPENING = re.compile(r"\W*(?:An?|The)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<role>[a-z]+)\s+(?:for|of|to|at|with|in)\s")


def _add_role_subject_named_next(doc: Document, people: PeopleIndex, drafts: list[_Draft], lede: int) -> None:
    """A lede's meeting whose subject is a role ("A bookkeeper for ...") gains the person the next
    sentence opens on: a paper's way of naming its subject late."""
    if lede >= len(doc.sentences):
        return
    sentence = doc.sentences[lede]
    dateline = _DATELINE.match(sentence.text)  # "ALEXANDRIA, Va. (Reuters) - An accountant for ..."
    skip = dateline.end() if dateline is not None else 0
    opening = _ROLE_OPENING.match(sentence.text, skip)
    if opening is None or opening.group("role") not in load_set("role_titles"):
        return
    if people.mentions_between(sentence.start + skip, sentence.start + opening.end("role")):
        return  # "The aide to Ann Lee": a name before the role's head
    named = _subject_after(doc, people, sentence.index)
    if named is None:
        return
    for d in drafts:
        if d.first_sentence == lede and named.key not in d.keys() and not d.sitting:
            d.participants.insert(0, named)


# "In front of 45,000 supporters at the shrine, the pope ...", "Before a crowd of 3,000 supporters,
# the senator ...": an address to an audience present, counted, fronted before its speaker
_FRONTED_AUDIENCE = re.compile(
    r"""
    \W*(?:In\s+front\s+of|Before|Addressing)\s+(?:a\s+(?:crowd|gathering|audience)\s+of\s+)?
    (?:(?:some|about|around|nearly|almost|over|more\s+than|roughly)\s+)?
    (?:[\d,.]+(?:\s+(?:thousand|million))?|(?:tens\s+of\s+|hundreds\s+of\s+)?thousands\s+of|hundreds\s+of|dozens\s+of)\s+
    (?:[a-z][\w-]*\s+){0,2}?
    (?P<people>supporters|fans|faithful|pilgrims|worshippers|people|spectators|students|delegates|voters
      |residents|members|protesters|demonstrators|workers|troops|soldiers|guests|followers|believers)\b
    [^,;]{0,80},\s+
    """,
    re.VERBOSE,
)
# "told the audience at a packed hall": the audience present; not "of her radio show"
_TOLD_AUDIENCE = re.compile(r"\btold\s+(?:the|an?)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<people>audience|crowd)\b")
_BROADCAST_AUDIENCE = re.compile(
    r"""
    \s+(?:of|on)\s+(?:[\w'\u2019-]+\s+){0,2}?                                   # "of her radio"
    (?:show|podcast|program|programme|broadcast|radio|television|TV|channel|livestream)\b
    |\s+at\s+home\b                                                             # "the audience at home"
    """,
    re.VERBOSE,
)


_GATHERED_BEFORE = re.compile(r"\b(?:rallied|gathered|marched|demonstrated|protested)\b")


def _titled_holder(doc: Document, people: PeopleIndex, role: str) -> Entity | None:
    """The one person the story gives `role` ("the pope", "the senator"): by role, title or name."""
    title = role.capitalize()
    persons = people.by_kind("person")
    # the role the story gives a person first ("Pope" of Francis), then a title told before a name
    holders = _role_holders(people, role) or [
        e
        for e in persons
        if e.name.split()[0] == title
        or any(doc.text[max(0, a - len(title) - 1) : a] == f"{title} " for a, _b in e.spans)
    ]
    if len(holders) > 1:
        # "the pope" of a story about Francis that recalls Benedict: the one it names more than all others
        holders.sort(key=lambda e: -len(e.spans))
        if len(holders[0].spans) > sum(len(e.spans) for e in holders[1:]):
            return holders[0]
    return holders[0] if len(holders) == 1 else None


def _unpossessed_subjects(doc: Document, people: PeopleIndex, clause: Clause, until: int) -> list[Entity]:
    """The subjects of a clause before offset `until` of it, not one the clause names as a
    possessor ("Marsh's barrister, Clare Hale, told the court": Hale, not Marsh)."""
    return [
        e
        for e in _subjects_between(doc, people, clause.start, clause.start + until)
        if not any(_POSSESSIVE_AT.match(doc.text, b, b + 3) for a, b in e.spans if clause.start <= a < clause.end)
    ]


_POSSESSIVE_AT = re.compile(r"['\u2019]s?\s")


def _before_audience(doc: Document, people: PeopleIndex, sentence: Sentence, clause: Clause) -> list[_Evidence]:
    """An address to an audience present: fronted ("In front of 20,000 fans, Hale said") or told
    ("Diaz told the audience at a packed hall")."""
    text = clause.text
    subject: Entity | None = None
    fronted = _FRONTED_AUDIENCE.match(text) if clause.start == sentence.start else None
    if fronted is not None:
        after = clause.start + fronted.end()
        first = people.mentions_between(after, min(clause.end, after + 40))
        if first and first[0][0] == after and first[0][2].kind == "person":
            subject = first[0][2]
        elif (role := re.match(r"(?:[Tt]he)\s+(?P<role>[a-z]+)\b", text[fronted.end() :])) is not None:
            subject = _titled_holder(doc, people, role.group("role"))
        match: re.Match[str] = fronted
    else:
        told = _TOLD_AUDIENCE.search(text)
        if told is None:
            return []
        rest = text[told.end() :]
        if _BROADCAST_AUDIENCE.match(rest):
            return []  # "told the audience of her radio show": listeners, not an audience present
        subjects = _unpossessed_subjects(doc, people, clause, told.start())
        subject = subjects[0] if subjects else None
        match = told
        earlier = doc.text[doc.sentences[max(0, sentence.index - 3)].start : sentence.start]
        if _GATHERED_BEFORE.search(earlier):
            return []  # "About 10,000 people rallied ... X told the crowd": the rally's, joined there
    if subject is None:
        return []
    before, rest = text[: match.start()], text[match.end() :]
    if _is_future(before, rest) or _undone(before, rest) or _DISTANT_PAST.search(text):
        return []  # "During his 1966 campaign ..., Reagan told a crowd": a past the story recalls
    return [_in_clause(clause, sentence, people, match.start(), cue="address", participants=[subject, match.group("people")])]


_TRIAL_TURNS = frozenset({"testimony", "testified", "hearing", "trial", "court"})


def _one_trial(drafts: list[_Draft]) -> list[_Draft]:
    """ "X told the jury" in the lede, then "Y testified", "the hearing" with X: the turns of the one
    trial the story opens on are one court sitting, not a meeting each."""
    court = next((d for d in drafts if d.cue == "court"), None)
    if court is None:
        return drafts
    out: list[_Draft] = []
    for d in drafts:
        persons = {_key(p) for p in d.participants if _is_person(p)}
        if d is not court and d.cue in _TRIAL_TURNS and not d.background and persons & court.keys():
            court.participants.extend(p for p in d.participants if _key(p) not in court.keys())
            court.spans.extend(d.spans)
            court.evidence += d.evidence
            court.place = court.place or d.place
            continue
        out.append(d)
    return out


def _role_holders(people: PeopleIndex, role: str) -> list[Entity]:
    """The persons of the story whose role ends in `role` ("prosecutor"), in order."""
    return [e for e in people.by_kind("person") if e.role and e.role.split()[-1].lower() == role]


def _role_holder(people: PeopleIndex, role: str) -> Entity | None:
    """The one person of the story whose role ends in `role` ("prosecutor"), if exactly one."""
    holders = _role_holders(people, role)
    return holders[0] if len(holders) == 1 else None


def _told_jury(doc: Document, people: PeopleIndex, sentence: Sentence, clause: Clause) -> list[_Evidence]:
    """A court sitting: the clause's subject (named, or an unnamed role the story names once) told
    the jury or the court."""
    text = clause.text
    match = _TOLD_JURY.search(text)
    if match is None or _IN_WRITING.match(text, match.end()):
        return []
    before = text[: match.start()]
    if _is_future(before, text[match.end() :]) or _undone(before, text[match.end() :]):
        return []
    role = _ROLE_JUST_BEFORE.search(before)
    subject: Entity | None = None
    if role is not None and role.group("role") in load_set("role_titles"):
        subject = _role_holder(people, role.group("role"))
    elif role is None:
        subjects = _unpossessed_subjects(doc, people, clause, match.start())
        subject = subjects[0] if subjects else None
    if subject is None:
        return []
    body = "jury" if match.group("body").startswith("jur") else "court"
    return [_in_clause(clause, sentence, people, match.start(), cue="court", participants=[subject, body])]


# "chaired a cabinet meeting", "chaired a meeting of the Security Council", "The cabinet, chaired
# by X, met": the chair and the body that sat.
_CHAIRED = re.compile(
    r"""
    \bchair(?:ed|s|ing)\s+(?:a|an|the|his|her)\s+
    (?:(?P<kind>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:meeting|session)\b            # "a cabinet meeting"
      |(?:[\w-]+\s+)?(?:meeting|session)\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4}))  # "a meeting of the Security Council"
    """,
    re.VERBOSE,
)
_CHAIRED_BY = re.compile(
    r"""
    ^\W*(?:[Tt]he\s+)?(?P<body>[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}),\s+chaired\s+by\s+[^,]{3,60},\s+
    (?:met|convened|gathered|sat)\b                                                  # "..., met"
    """,
    re.VERBOSE,
)
# "the SDF entered into an agreement with the government of Syria", "reached a ceasefire deal with
# Hamas": the two parties agreed face to face (through envoys) - a meeting to the gold
_AGREEMENT_WITH = re.compile(
    r"""
    \b(?:entered\s+into|reached|struck|concluded|sealed|clinched|signed
      |announced(?=\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?settlement))\s+   # "announced a settlement with"
    (?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?
    (?:agreement|deal|accord|truce|ceasefire|pact|settlement)\s+with\s+
    """,
    re.VERBOSE,
)


# "told investors at the company's annual meeting", "told delegates at the party's conference":
# an address to those present at a gathering
_TOLD_AT_EVENT = re.compile(
    r"""
    \btold\s+(?:the\s+)?(?P<aud>shareholders|investors|delegates|members|staff|employees|supporters|activists)\s+
    at\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'\u2019-]+\s+){0,3}?
    (?:meeting|conference|convention|rally|summit|congress|gathering|assembly)\b
    """,
    re.VERBOSE,
)


def _told_at_event(doc: Document, people: PeopleIndex, sentence: Sentence, clause: Clause) -> list[_Evidence]:
    """The speaker who told those present at a gathering, and the audience."""
    match = _TOLD_AT_EVENT.search(clause.text)
    if match is None or _is_future(clause.text[: match.start()], clause.text[match.end() :]):
        return []
    speakers = _subjects_between(doc, people, clause.start, clause.start + match.start())
    if not speakers:
        return []
    return [
        _in_clause(
            clause, sentence, people, match.start(), cue="address",
            participants=[speakers[-1], match.group("aud")],
        )
    ]


# "At a closed briefing for senators on Thursday, CIA Director Helen Price said": a briefing of a
# group present, told in a fronted phrase, by the main clause's subject (not the press: excluded)
_BRIEFING_FOR = re.compile(
    r"""
    ^\W*(?:At|During|In)\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?briefing\s+(?:for|of)\s+   # "At a closed briefing for"
    (?P<aud>senators|lawmakers|legislators|MPs|ministers|ambassadors|diplomats|investors|officials|members)\b
    [^,;]{0,40},\s                                                                         # "on Thursday, "
    """,
    re.VERBOSE,
)


def _briefing_for(people: PeopleIndex, sentence: Sentence, clause: Clause) -> list[_Evidence]:
    """The speaker of the main clause briefed the group the fronted phrase names."""
    match = _BRIEFING_FOR.match(clause.text)
    if match is None:
        return []
    speaker = next(
        (
            e
            for s, _e, e in people.mentions_between(clause.start + match.end(), min(clause.end, clause.start + match.end() + 60))
            if e.kind == "person"
        ),
        None,
    )
    if speaker is None:
        return []
    return [
        _in_clause(
            clause, sentence, people, match.start(), cue="briefing",
            participants=[speaker, match.group("aud")],
        )
    ]


# "novelists Sarah Penn and David Ames debated whether ...": two persons debated each other
_DEBATED_PAIR = re.compile(
    r"""
    [A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}\s+and\s+     # "Sarah Penn and"
    (?:[A-Z][\w'\u2019-]+\s+){0,3}[A-Z][\w'\u2019-]+\s+debated\b  # "David Ames debated"
    """,
    re.VERBOSE,
)


def _debated(people: PeopleIndex, sentence: Sentence, clause: Clause) -> list[_Evidence]:
    """Two persons, the coordinated subject of "debated", met in a debate."""
    match = _DEBATED_PAIR.search(clause.text)
    if match is None or _is_future(clause.text[: match.start()], clause.text[match.end() :]):
        return []
    persons = list(
        {
            e.key: e
            for _s, _e, e in people.mentions_between(clause.start + match.start(), clause.start + match.end())
            if e.kind == "person"
        }.values()
    )
    if len(persons) != 2:
        return []
    return [
        _in_clause(
            clause, sentence, people, match.start(), cue="debate",
            participants=persons,
        )
    ]


# "Cole and Ortiz sparred over the tax bill", "Holtz bantered with May": two who argued face to
# face; a meeting only on air ("During a segment on ESPN's ...", "on Sunday's show"), where the
# pundits are together (protesters who "clashed with police" met no one).
_SPAT = re.compile(r"\b(?:" + "|".join(_SPAT_VERBS) + r")\b(?P<with>\s+with\s)?")
_BROADCAST_WORDS = re.compile(
    r"""
    \b(?:shows?|segments?|programmes?|programs?|broadcasts?|podcasts?|episodes?   # a broadcast
      |on[- ]air|on\s+the\s+air|panel)\b                                        # "on air", a panel
    |\bOn\s+[A-Z][a-z]+day['\u2019]s\s+["\u201c]                                # On Sunday's "Face the Nation"
    """,
    re.VERBOSE,
)

# "on ESPN's College Football Final": the show, where the pundits met
_ON_SHOW = re.compile(r"\bon\s+(?P<show>[A-Z][\w&.-]*['\u2019]s\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})")


def _on_air_spat(doc: Document, people: PeopleIndex, sentence: Sentence, clause: Clause) -> list[_Evidence]:
    """Two persons who argued with each other on a broadcast met there."""
    match = _SPAT.search(clause.text)
    if match is None or not _BROADCAST_WORDS.search(sentence.text):
        return []
    before = clause.text[: match.start()]
    if _is_future(before, clause.text[match.end() :]) or _NEGATED.search(before):
        return []
    verb_at = clause.start + match.start()
    subjects = list(
        {e.key: e for _s, _e, e in people.mentions_between(clause.start, verb_at) if e.kind == "person"}.values()
    )
    if match.group("with"):
        after = clause.start + match.end()
        objects = [e for _s, _e, e in people.mentions_between(after, after + 30) if e.kind == "person"]
        named = re.match(r"(?:[a-z][\w-]*\s+){0,2}(?P<name>[A-Z][\w'\u2019-]+)\b", clause.text[match.end() :])
        if not objects and named:
            # "bantered with May": a surname the story named in full before ("Mark May")
            objects = [
                e
                for _s, _e, e in people.mentions_between(0, clause.start)
                if e.kind == "person" and e.key.split()[-1] == named.group("name")
            ][:1]
        if not subjects and re.search(r"\b(?:he|she)\s+$", before, re.IGNORECASE):
            last = _last_person_before(doc, people, clause.start)
            subjects = [last] if last is not None else []
        if not subjects or not objects or objects[0].key == subjects[-1].key:
            return []
        parties: list[Entity | str] = [subjects[-1], objects[0]]
    elif len(subjects) == 2 and re.search(r"\sand\s", clause.text[: match.start()]):
        parties = list(subjects)
    else:
        return []
    when = _when(clause.text, match.start())
    when = re.sub(r"['\u2019]s$", "", when) if when else None  # "On Tuesday's episode": Tuesday
    names = {word for p in parties for word in _name(p).split()}
    show = _ON_SHOW.search(sentence.text)
    return [
        _Evidence(
            start=clause.start,
            end=clause.end,
            cue="debate",
            participants=parties,
            when=when if when not in names else None,  # "bantered with May": the man, not the month
            place=show.group("show") if show else None,
            sentence=sentence.index,
        )
    ]


# "was found guilty of seven murders by a jury at Manchester Crown Court": the defendant and the court
_JUDGED_BY = re.compile(
    r"""
    \b(?:was|were)\s+(?:found\s+(?:not\s+)?guilty|convicted|acquitted|cleared|jailed|fined|remanded)\b
    [^;]{0,60}?\bby\s+(?:a|the)\s+(?P<court>jury|judge|court|magistrates|tribunal)\b
    (?:\s+at\s+(?:the\s+)?(?P<at>(?:[A-Z][\w'\u2019-]*\s+){0,4}(?:Court|Bailey|Tribunal)))?
    """,
    re.VERBOSE,
)


def _judged_by(doc: Document, people: PeopleIndex, sentence: Sentence, clause: Clause) -> list[_Evidence]:
    """A verdict told in the passive: the person judged and the court (or jury) that sat."""
    match = _JUDGED_BY.search(clause.text)
    if match is None or _DISTANT_PAST.search(_YEAR_MODIFIER.sub("", clause.text)):
        return []
    persons = _subjects_between(doc, people, sentence.start, clause.start + match.start())
    if not persons:
        return []
    court: Entity | str = match.group("at") or match.group("court")
    return [
        _in_clause(
            clause, sentence, people, match.start(), cue="hearing",
            participants=[persons[-1], court],
        )
    ]


# "the government of Syria", "the rebels of the M23": a body named by its head and its owner
_HEAD_OF_NAME = re.compile(r"(?:the\s+)?(?P<np>[a-z]+\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})")


# "The government of Colombia struck ...": the sentence's subject, a body named by its head and owner
_HEAD_OF_OPENING = re.compile(r"\W*[Tt]he\s+(?P<np>[a-z]+\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+$")
# "the ELN rebel group", "the Tigray People's Liberation Front": a named armed or political group
_NAMED_GROUP = re.compile(
    r"""
    (?:the\s+)?(?P<np>(?:[A-Z][\w'\u2019-]*\s+){1,4}(?:[a-z]+\s+)?       # "ELN rebel"
    (?:group|rebels|movement|militia|alliance|coalition|[Ff]ront|union))\b  # "group"
    """,
    re.VERBOSE,
)


# "Book publishing giant Macmillan", "Oil company Rosneft" right before the verb: the subject named
_DESCRIBED_SUBJECT = re.compile(
    r"""
    (?:\b|(?<=[a-z]))(?:group|company|firm|giant|maker|retailer|publisher|carrier|airline|bank|insurer|chain|union|operator)\s+
    (?P<name>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3})\s+(?:[a-z]+ly\s+)?$
    """,
    re.VERBOSE,
)


def _agreement_with(doc: Document, people: PeopleIndex, sentence: Sentence, clause: Clause) -> list[_Evidence]:
    """An agreement one actor entered into with another: the subject and the party after "with"."""
    match = _AGREEMENT_WITH.search(clause.text)
    if match is None:
        return []
    before = clause.text[: match.start()]
    if _is_future(before, clause.text[match.end() :]) or _undone(before, clause.text[match.end() :]) or _NEGATED.search(before):
        return []
    if re.search(r"\b(?:had|has|have)\s+(?:already\s+|previously\s+)?$", before) and not re.search(
        r"\b(?:said|announced|says)\b", before
    ):
        return []  # "had signed a deal with X in 2015": background, unless reported ("announced it had")
    verb_at = clause.start + match.start()
    opening = _HEAD_OF_OPENING.match(doc.text, sentence.start, verb_at)
    subject: Entity | str | None = opening.group("np") if opening else next(
        (
            e
            for s, _e, e in people.mentions_between(sentence.start, verb_at)
            if e.kind in {"org", "country", "person", "group"}
            and not _PREPOSITION_BEFORE.search(doc.text[max(sentence.start, s - 30) : s])
            and not _LOCATIVE.search(doc.text[max(sentence.start, s - 30) : s])
        ),
        None,
    )
    if subject is None and (described := _DESCRIBED_SUBJECT.search(doc.text, sentence.start, verb_at)) is not None:
        subject = described.group("name")  # "Book publishing giant Macmillan announced": a name no index holds
    if subject is None:
        return []
    rest = clause.text[match.end() :]
    owned = _HEAD_OF_NAME.match(rest)
    party: list[Entity | str] = [owned.group("np")] if owned else _np_members(rest, people, clause.start + match.end())
    if not party and (group := _NAMED_GROUP.match(rest)) is not None:
        party = [group.group("np")]  # "the ELN rebel group": a group no index names
    if not party:
        party = _unindexed_bodies(rest, people, clause.start + match.end())[:1]  # "a settlement with Intel"
    party = [p for p in party if _key(p) != _key(subject) and _is_actor(p)][:1]
    if not party:
        return []
    return [
        _in_clause(
            clause, sentence, people, match.start(), cue="agreement",
            participants=[subject, party[0]],
        )
    ]


# "King Charles presented the Order of Merit to X", "presented his credentials to the King": an
# honour handed over in person.
_PRESENTED = re.compile(
    r"""
    \b(?:presented|presents?(?=\s+the\s)|(?P<from>received|accepted|was\s+presented\s+with|was\s+awarded))\s+  # "received ... from X"
    (?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w'\u2019-]+\s+){0,4}?
    (?:(?i:awards?|medals?|prizes?|honou?rs?|trophy|credentials)|Order\s+of\s+[A-Z][\w-]*|Cross|Star)
    (?:\s+(?:of|for)\s+[^,;]{1,40}?)?\s+(?(from)from|to)\s+
    """,
    re.VERBOSE,
)


def _presented(people: PeopleIndex, sentence: Sentence, clause: Clause) -> list[_Evidence]:
    """A ceremony: the person who presented an honour and the person who received it."""
    match = _PRESENTED.search(clause.text)
    if match is None or _is_future(clause.text[: match.start()], clause.text[match.end() :]):
        return []
    mentions = people.mentions_between(clause.start, clause.end)
    before = [(s, e_, e) for s, e_, e in mentions if s < clause.start + match.start() and e.kind == "person"]
    giver = [e for _s, _e, e in before]
    taker = [e for s, _e, e in mentions if s >= clause.start + match.end() and e.kind == "person"]
    if match.group("from"):  # "X received the prize from Y": the giver comes after
        giver, taker = taker[:1], giver[-1:]
    elif not taker:
        # "presented the medals to the winning crew": a group received them
        group = [m for m in _np_members(clause.text[match.end() :], people, clause.start + match.end()) if isinstance(m, str)]
        taker = group[:1]
    if not giver or not taker or giver[-1].key == _key(taker[0]):
        return []
    both = (
        not match.group("from")
        and len(before) >= 2
        and re.fullmatch(r"\s+and\s+(?:[a-z]+\s+){0,2}", clause.text[before[-2][1] - clause.start : before[-1][0] - clause.start])
        and before[-2][2].key != _key(taker[0])
    )  # "Twitter chief A and actress B present the prize to C": both hand it over
    return [
        _in_clause(
            clause, sentence, people, match.start(), cue="ceremony",
            participants=([before[-2][2]] if both else []) + [giver[-1], taker[0]],
        )
    ]


# "A jury found X guilty", "The court heard that X ...", "Judge Y ruled that X ...", "The trial of X
# opened": a hearing with the defendant and the court, told by what the court did.
_COURT_ACTED = re.compile(
    r"""
    \b(?P<court>(?:[Tt]he|[Aa])\s+(?:[a-z]+\s+)?(?:court|jury|judge|magistrates?|tribunal))\s+
    (?:(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,4})?          # "A jury at the Old Bailey"
    (?:(?:on|last|this)\s+[A-Z][a-z]+\s+)?                                   # "A court in Lyon on Monday"
    (?:heard|ruled|found|convicted|acquitted|cleared|ordered|was\s+told|jailed|fined|remanded
      |(?:denied|granted|refused)\s+bail\s+to)\b                              # "denied bail to X"
    |\b(?P<judge>[Jj]udge|[Jj]ustice|[Mm]agistrate)\s+(?=[A-Z])                         # "Judge Tom Hale ruled"
    """,
    re.VERBOSE,
)
_JUDGE_VERB = re.compile(r"\s+(?:ruled|ordered|found|convicted|acquitted|cleared|told|jailed|fined|remanded)\b")
# (an owner's words bounded as in _OWNED_HEARING: "A-B-C-..." starts a word at every capital)
_TRIAL_OF = re.compile(
    r"""
    (?:\btrial\s+of\s+(?:(?:former|ex-|the|a)\s+)?(?:[a-z][\w-]*\s+){0,2}         # "the trial of former minister"
      (?P<who>[A-Z][^,;]{2,60}?)\s+                                               # "Ann Lee"
    |\b(?P<owner>[A-Z][\w-]{0,40}(?:\s+[A-Z][\w-]{0,40}){0,3})['\u2019]s\s+(?:[a-z][\w-]*\s+){0,2}trial\s+)  # "Jacob Ndlovu's corruption trial"
    (?:opened|began|started|resumed|continued|got\s+under\s+way
      |ended|closed|concluded)\b                                                # "opened", "ended in a mistrial"
    """,
    re.VERBOSE,
)
_COURT_HEARD = re.compile(
    r"""
    \b(?:(?P<court>(?:[A-Z][\w'\u2019-]*\s+){0,4}(?:Court|court|Tribunal|tribunal)
      (?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?)    # "The Supreme Court of India"
     |(?:[Tt]he|[Tt]wo|[Tt]hree|[Ff]ive|[Ss]even|[Nn]ine|\d+)\s+(?:[a-z]+\s+)?(?:judges|justices)\s+(?:at|of|on)\s+
      (?:the\s+)?(?P<bench>(?:[A-Z][\w'\u2019-]*\s+){0,3}(?:Court|Tribunal)(?:\s+of\s+[A-Z][\w'\u2019-]*)?)  # "Three judges at the Court of Appeal"
      (?:\s+in\s+[A-Z][\w-]*)?)\s+                                                   # "in London"
    (?:(?:on|last|this)\s+[A-Z]?[a-z]+\s+)?                                            # "on Monday"
    (?:heard|hears)\s+(?:oral\s+)?(?:arguments|an?\s+appeal|the\s+appeal|a\s+case|a\s+challenge|evidence|testimony
      |(?:a|an|the)\s+(?:[\w-]+\s+)?(?:petition|plea|motion|complaint|lawsuit|suit))\b
    """,
    re.VERBOSE,
)
_COURT_NAME = re.compile(r"\b(?:[A-Z][\w'\u2019-]*\s+){1,4}Court\b")
_FROM_SIDES = re.compile(r"\s+from\s+(?:the\s+|both\s+)?(?:two\s+|both\s+|opposing\s+)?(?:sides|parties)\b")
# "Scholz and Biden signed a trade agreement": the signatories met to sign it.
_SIGNED_TOGETHER = re.compile(
    r"""
    \bsigned\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?                                   # "signed a trade"
    (?:agreement|deal|treaty|accord|declaration|memorandum|pact)s?\b                 # "agreement"
    """,
    re.VERBOSE,
)


# "jailed ... for the assault of a student in 2021": the year of what the case is about
_CASE_YEAR = re.compile(r"\b(?:for|over)\s+(?:the|an?|his|her|their)\s+[a-z][^,;]{0,60}?\bin\s+(?:19|20)\d\d\b")
# "over a 2024 factory fire": a year naming what the case is about, not when the court sat
_YEAR_MODIFIER = re.compile(r"\b(?:a|an|the|its|his|her|their)\s+(?:19|20)\d\d\s+(?=[a-z])")


def _body_event(doc: Document, people: PeopleIndex, sentence: Sentence, clause: Clause) -> list[_Evidence]:
    """A meeting told by what a chair, a court or two signatories did."""
    text = clause.text
    if not any(w in text for w in _BODY_EVENT_WORDS) or _DISTANT_PAST.search(_CASE_YEAR.sub("", _YEAR_MODIFIER.sub("", text))):
        return []  # "the Supreme Court ruled in 2019": background
    persons = [(s, e) for s, _e, e in people.mentions_between(clause.start, clause.end) if e.kind == "person"]
    found: tuple[re.Match[str], list[Entity | str], str] | None = None
    chaired = _CHAIRED.search(text)
    chaired_by = _CHAIRED_BY.match(text)
    trial = _TRIAL_OF.search(text)
    court = _COURT_ACTED.search(text)
    signed = _SIGNED_TOGETHER.search(text)
    heard = _COURT_HEARD.search(text)
    if heard is not None and (court is None or _FROM_SIDES.match(text, heard.end())):
        # "The Supreme Court heard arguments in a case brought by Acme against the FTC"
        court_name = re.sub(r"^(?:The|A)\s+", "", (heard.group("court") or heard.group("bench")).strip())
        parties: list[Entity | str] = [court_name]
        for _s, _e, e in people.mentions_between(clause.start + heard.end(), clause.end):
            if e.kind in {"person", "org", "country"} and e.name not in court_name and all(
                _key(p) != e.key for p in parties
            ):
                parties.append(e)
        if len(parties) < 2 and _FROM_SIDES.match(text, heard.end()):
            # "the court heard arguments from the two sides. X ... argued ...; ..., argued Y": who argued
            for nxt in doc.sentences[sentence.index + 1 : sentence.index + 5]:
                if "argued" not in nxt.text:
                    continue
                arguer = next((e for _s, _e, e in people.mentions_between(nxt.start, nxt.end) if e.kind == "person"), None)
                if arguer is not None and all(_key(p) != arguer.key for p in parties):
                    parties.append(arguer)
        if len(parties) >= 2:
            found = (heard, parties, "hearing")
    if found is not None:
        pass
    elif chaired is not None:
        chair = [e for s, e in persons if s < clause.start + chaired.start()]
        body = chaired.group("of") or chaired.group("kind")
        if chair and body:
            found = (chaired, [chair[-1], body], "meeting")
    elif chaired_by is not None:
        chair = [e for s, e in persons if clause.start + chaired_by.start("body") < s]
        if chair:
            found = (chaired_by, [chair[0], chaired_by.group("body")], "meeting")
    elif trial is not None:
        who = "who" if trial.group("who") else "owner"
        accused = [e for s, e in persons if clause.start + trial.start(who) <= s < clause.start + trial.end(who)]
        named_court = _COURT_NAME.search(text, trial.end())
        if accused:
            # "ended in a mistrial after the jury deadlocked": a jury trial, the jury sat
            body = named_court.group(0) if named_court else ("jury" if re.search(r"\bjury\b", sentence.text) else "court")
            found = (trial, [accused[0], body], "trial")
    elif court is not None:
        if court.group("judge"):
            judge = next((e for s, e in persons if s == clause.start + court.end()), None)
            verb = _JUDGE_VERB.match(text, _name_end(people, clause.start + court.end()) - clause.start) if judge else None
            defendant = _court_party(doc, people, clause.start + verb.end(), sentence.end) if verb else None
            if judge is not None and defendant is not None and defendant.key != judge.key:
                found = (court, [judge, defendant], "hearing")
        else:
            # "The court heard that X ...": the defendant may be named in the clause after "that"
            defendant = _court_party(doc, people, clause.start + court.end(), sentence.end)
            if defendant is not None:
                found = (
                    court,
                    [court.group("court").split(None, 1)[1], defendant, *_co_defendants(doc, people, defendant, clause.start + court.end(), clause.end)],
                    "hearing",
                )
    elif signed is not None:
        # "Scholz and Macron signed": persons listed as the verb's subject, nothing else between
        listed: list[Entity] = []
        gap_end = clause.start + signed.start()
        for s, _e, e in reversed(people.mentions_between(clause.start, gap_end)):
            joiner = _SIGNATORY_JOINER if listed else _BEFORE_SIGNED
            # persons, or states ("Iran and Iraq signed a security pact"); companies sign by post
            if e.kind not in {"person", "country"} or not joiner.fullmatch(doc.text, _e, gap_end):
                break
            listed.insert(0, e)
            gap_end = s
        signatories = list({e.key: e for e in listed}.values())
        if len(signatories) >= 2:
            found = (signed, signatories, "signing")
    if found is None:
        return []
    match, parties, cue = found
    before = text[: match.start()]
    if _is_future(before, text[match.end() :]) or _undone(before, text[match.end() :]):
        return []
    return [_in_clause(clause, sentence, people, match.start(), cue=cue, participants=parties)]


# Between the court's verb and the person it acted on: "found", "ruled on Monday that", "ordered former".
_TO_DEFENDANT = re.compile(
    r"""
    \s+(?:(?:on|last|this)\s+\w+\s+)?                        # "on Monday"
    (?:that\s+)?                                             # "ruled that"
    (?:(?:[A-Z][\w.]*|the|a|former|defendant|accused)\s+){0,3}  # "Mr", "the defendant"
    (?:(?!(?:of|in|on|at|by|for|to|with|about|over|from|into|and|or)\s)[a-z][\w-]*\s+)?  # "actor", "businessman"
    """,
    re.VERBOSE,
)


# "jailed two former police officers, Marc Girard and Luc Fabre": a count and a description, then the names
_TO_DEFENDANTS = re.compile(
    r"""
    \s+(?:(?:on|last|this)\s+\w+\s+)?                                  # "on Monday"
    (?:two|three|four|five|six|\d+)\s+                                # "two"
    (?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s,\s+                             # "former police officers, "
    """,
    re.VERBOSE,
)


# "Sarkis and Azerbaijani President Ilham Rzayev": the joiner, then the next signatory's title
_SIGNATORY_JOINER = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:[A-Z][\w-]*\s+(?:of\s+(?:the\s+)?)?){0,4}")
# "The two leaders, A and B, signed": the appositive's closing comma
_BEFORE_SIGNED = re.compile(r",?\s+(?:[a-z]+ly\s+|also\s+|both\s+|on\s+\w+\s+)?")


def _court_party(doc: Document, people: PeopleIndex, verb_end: int, limit: int) -> Entity | None:
    """The person a court acted on: its object, or the subject of its "that" clause; not a person
    named in passing ("the release of files about X", "a law signed by X")."""
    for s, _e, entity in people.mentions_between(verb_end, limit):
        if entity.kind == "person":
            return entity if _TO_DEFENDANT.fullmatch(doc.text, verb_end, s) or _TO_DEFENDANTS.fullmatch(doc.text, verb_end, s) else None
    return None


def _co_defendants(doc: Document, people: PeopleIndex, first: Entity, start: int, limit: int) -> list[Entity]:
    """Those listed right after the first person a court acted on: "A and B", "A, B and C"."""
    out: list[Entity] = []
    end = next((e for s, e, entity in people.mentions_between(start, limit) if entity is first), None)
    if end is None:
        return out
    for s, e, entity in people.mentions_between(end, limit):
        if entity.kind != "person" or not re.fullmatch(r",?\s+(?:and\s+)?|,\s+", doc.text[end:s]):
            break
        out.append(entity)
        end = e
    return out


def _name_end(people: PeopleIndex, start: int) -> int:
    """The end of the person's name that starts at `start` (else `start`)."""
    for s, e, _entity in people.mentions_between(start, start + 80):
        if s == start:
            return e
    return start


# "Obama told the U.N. General Assembly ...": speaking to an assembly that is present.
_TOLD_BODY = re.compile(
    r"""
    \btold\s+(?:a\s+joint\s+(?:meeting|session)\s+of\s+)?(?:the\s+|a\s+|an\s+)?   # "told a joint session of"
    (?P<body>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}                       # "the U.N. General Assembly"
      (?:\s+(?:committee|subcommittee|hearing|panel|inquiry|session
         |conference|convention|congress|summit))?)\b  # "a House committee", "the Labour conference"
    """,
    re.VERBOSE,
)


# "told a House committee", "told the Senate Armed Services Committee": a hearing
_HEARING_HEADS = frozenset({"committee", "subcommittee", "hearing", "panel", "inquiry"})
# "told the Labour conference", "told the Democratic convention": a gathering addressed (lower case)
_GATHERING_HEADS = frozenset({"conference", "convention", "congress", "summit"})


def _told_assembly(people: PeopleIndex, sentence: Sentence, clause: Clause) -> list[_Evidence]:
    """An address: a named person told an assembly (Congress, Parliament, the General Assembly)."""
    match = _TOLD_BODY.search(clause.text)
    if match is None:
        return []
    body = match.group("body")
    if (
        body.split()[-1].lower() not in load_set("meeting_assemblies")
        and body.split()[-1].lower() not in _HEARING_HEADS
        and body.split()[-1] not in _GATHERING_HEADS
    ):
        return []
    before = clause.text[: match.start()]
    if _is_future(before, clause.text[match.end() :]):
        return []
    speakers = [
        e
        for _s, _e, e in people.mentions_between(clause.start, clause.start + match.start())
        if e.kind == "person"
    ]
    if not speakers:
        return []
    return [
        _in_clause(
            clause, sentence, people, match.start(), cue="address",
            participants=[speakers[-1], body],
            place=(_place(clause.text, people, clause.start) if body.split()[-1] in _GATHERING_HEADS else None) or body,
        )
    ]


# "the 192 opposition lawmakers", "PPP lawmakers": the members of a legislature, as a party.
_MEMBERS = re.compile(
    r"""
    \b(?:(?:the|its|his|her|their)\s+)?(?:\d+\s+)?             # "the 192"
    (?P<np>(?:(?:[a-z][\w-]*|[A-Z]{2,})\s+){0,2}?             # "opposition", "PPP"
       (?:[Ll]awmakers|[Ll]egislators|ME?Ps|[Ss]enators|[Dd]eputies|[Rr]epresentatives))\b
    # "Kurdish and Sunni Members of Parliament": the members, named by their communities
    |\b(?P<sides>[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*(?:,?\s+and\s+[A-Z][a-z]+)?)\s+
    [Mm]embers\s+of\s+(?:the\s+)?(?:[Pp]arliament|[Cc]ongress|[Aa]ssembly)\b
    """,
    re.VERBOSE,
)


# A legislature's name in apposition: "the parliament of Freedonia, the Grand Hural, voted".
_ASSEMBLY_NAMED = re.compile(
    r"""
    (?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?      # "of Taiwan"
    ,\s+(?:the\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}),   # ", the Legislative Yuan,"
    """,
    re.VERBOSE,
)
_MEMBER_WORDS = frozenset({"lawmakers", "legislators", "mps", "meps", "senators", "deputies"})


# "the House", "the Democratic-controlled House", "The full House": a chamber by its bare
# capitalised name; not "the White House" or "the Opera House" (a capitalised word before it), nor
# "House of Cards" or "House Speaker" (a name or a title it opens).
_BARE_HOUSE = re.compile(r"\bHouse\b(?!\s+(?:of\b|[A-Z&]))")
# the whole word before a "House" that leaves it the chamber: a lower-case or hyphened word, "U.S.",
# "the" (found in one pass: a look back from each "House" made a text of many of them quadratic)
_BEFORE_HOUSE = re.compile(
    r"(?<![\w.'\u2019-])(?:[a-z][\w-]*|[A-Z][\w]*-[a-z][\w-]*|U\.S\.|US|[Tt]he)\s+(?=House\b)"
)
_FIRST_WORD = re.compile(r"\w")


def _assemblies(text: str) -> list[re.Match[str]]:
    """The legislatures `text` names (lexicon `meeting_assemblies`, and a bare "the House"), in order."""
    found = list(phrase_pattern("meeting_assemblies").finditer(text))
    taken = {m.start() for m in found}
    # a bare "House" after such a word, or the text's first word
    chamber_at = {m.end() for m in _BEFORE_HOUSE.finditer(text)}
    if (first := _FIRST_WORD.search(text)) is not None:
        chamber_at.add(first.start())
    found.extend(h for h in _BARE_HOUSE.finditer(text) if h.start() in chamber_at and h.start() not in taken)
    return sorted(found, key=lambda m: m.start())


def _first_assembly(text: str) -> re.Match[str] | None:
    found = _assemblies(text)
    return found[0] if found else None


_CHOOSING_CUES = frozenset({"elected", "re-elected", "confirmed", "impeached"})
_ENACTING_CUES = frozenset({"passed", "approved", "adopted", "rejected", "ratified"})
_BY_ASSEMBLY = re.compile(
    r"""
    [^,;]{0,40}?\bby\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}                                # "chancellor by the"
    (?:[Pp]arliament|[Ss]enate|[Cc]ongress|[Aa]ssembly|[Bb]undestag|[Kk]nesset|[Dd]uma   # "Bundestag"
      |[Hh]ouse|[Ll]egislature|[Cc]ouncil|[Cc]hamber)\b
    """,
    re.VERBOSE,
)
_NOMINATION_OF = re.compile(r"\s+(?:the|his|her)\s+(?:nomination|appointment|election|impeachment|removal)\s+of\s+$")
_DEFEATING = re.compile(r"\b(?:defeating|beating)\s+(?:[\w'\u2019-]+\s+){0,4}$")
_VOTED_ON = re.compile(
    r"""
    \bto\s+(?:confirm|elect|re-elect|appoint|impeach|remove|censure|replace|dismiss|oust|reinstate)\s+  # "to replace"
    (?:(?:its|the|their)\s+)?(?:[a-z][\w-]*\s+){0,2}(?:[A-Z][\w.]*\s+){0,3}$                       # "chief executive"
    """,
    re.VERBOSE,
)


# "sought a way to shore up support ... in the vote", "in hopes of getting it to the floor for a
# vote": the vote a side works toward is still ahead
_WORKED_TO = re.compile(
    r"""
    \b(?:sought|seek(?:s|ing)?|aim(?:ed|s|ing)|hop(?:ed|es|ing)|tr(?:ied|ies|ying)|urg(?:ed|es|ing)
      |lobb(?:ied|ies|ying)|press(?:ed|es|ing)|work(?:ed|s|ing))\s+     # "sought", "in hopes"
    (?:[\w'\u2019-]+\s+){0,3}?to\s+[^,;:.]{0,70}$                     # "a way to shore up ... in"
    """,
    re.VERBOSE,
)


def _sitting(people: PeopleIndex, sentence: Sentence, clause: Clause) -> list[_Evidence]:
    """A vote or walk-out in a legislature is a sitting: its parties and the assembly meet.

    Only where the sentence names the legislature or its members, and not about the future.
    """
    text = clause.text
    cue = phrase_pattern("meeting_sittings").search(text)
    if cue is None:
        return []
    before = text[: cue.start()]
    if _is_future(before, text[cue.end() :]) or _is_generic(before):
        return []
    if _NOT_SAT.search(before):
        return []  # "it has still not been debated", "failed to get them passed": no sitting
    if _WORKED_TO.search(before[-100:]) and cue.group(0).lower() in ("vote", "votes"):
        return []  # "sought a way to bolster support for Trump in Thursday's vote": the vote is ahead
    if re.search(r",\s+who\s+(?:also\s+|then\s+|later\s+)?$", before):
        return []  # "The head of a faction in Congress, who voted for the bill": one member's vote, recalled
    if cue.group(0).lower() in _CHOOSING_CUES:
        # "The Senate confirmed X", "X was elected chancellor by the Bundestag": the assembly chose;
        # not "was elected to parliament" (by voters) nor "the ministry confirmed that"
        chooser = _first_assembly(before) or _BY_ASSEMBLY.match(text, cue.end())
        if chooser is None or re.match(r"\s+(?:to|that|in)\b", text[cue.end() :]):
            return []
    if cue.group(0).lower() in _ENACTING_CUES:
        # "The Senate passed the bill", "Lawmakers in the National Assembly rejected the budget": the
        # assembly is the subject; not "passed away", "approved by the regulator", "was rejected"
        if (
            _first_assembly(before) is None
            or re.search(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+\s+)?$", before)
            or re.match(r"\s+(?:to|that|away|through|by|on)\b", text[cue.end() :])
            # "In 2009, when Congress passed a stimulus bill": a law of the past, recalled
            or _DISTANT_PAST.search(sentence.text)
            or re.search(r"\bwhen\s+(?:[\w-]+\s+){0,4}$", before)
        ):
            return []
    assembly = _first_assembly(sentence.text)
    if assembly is None:
        return []
    parties: list[Entity | str] = []
    cue_start, cue_end = clause.start + cue.start(), clause.start + cue.end()
    for m_start, m_end, entity in people.mentions_between(clause.start, clause.end):
        # Organisations (parties, the assembly); groups of members come from `_MEMBERS` below.
        if (
            entity.kind == "org"
            and (m_end <= cue_start or (m_start - cue_end <= 12 and "," not in text[cue.end() : m_start - clause.start]))
            and all(_key(p) != entity.key for p in parties)
        ):
            # The subject that voted, or whom it voted for; not "the deadline issued by the Court".
            parties.append(entity)
        elif (
            entity.kind == "person"
            and (
                0 <= m_start - cue_end <= 12
                or 0 <= cue_start - m_end <= 24
                # "voted 52-48 on Thursday to confirm Ann Lee": whom the vote was on
                or _VOTED_ON.search(text, 0, m_start - clause.start) is not None
                # "approved the nomination of Ana Ruiz": whom the vote was on
                or _NOMINATION_OF.fullmatch(text, cue.end(), m_start - clause.start) is not None
                # "elected X as its Speaker, defeating Y": the rival the vote was on too
                or (
                    cue.group(0).lower() in _CHOOSING_CUES
                    and _DEFEATING.search(text, cue.end(), m_start - clause.start) is not None
                )
            )
            and all(_key(p) != entity.key for p in parties)
        ):
            parties.append(entity)  # "voted for Pelosi", "Pelosi was elected by": whom the vote was on
    for match in _MEMBERS.finditer(text):
        if match.group("sides"):
            sides = match.group("sides")
            if sides.split()[0].lower() not in load_set("non_names"):
                parties.append(f"{sides} members")
            continue
        phrase = match.group("np")
        words = phrase.split()
        if words[0][0].isupper() and people.mention_at(
            clause.start + match.start("np"), clause.start + match.end("np")
        ):
            continue  # "People Power Party lawmakers": the party is already a party
        if words[0].lower() in load_set("issue_stopwords") or (
            words[0][0].isupper() and len(words) > 1
        ):
            phrase = words[-1]
        if phrase[0].isupper() and len(phrase.split()) == 1:
            phrase = phrase.lower()  # "Lawmakers from the PPP": the sentence's first word
        if all(_key(p) != phrase.lower() and not _key(p).endswith(phrase.lower()) for p in parties):
            parties.append(phrase)
    place = None
    body = next(
        (
            m
            for m in _assemblies(sentence.text)
            if m.group(0).lower() not in _MEMBER_WORDS
        ),
        None,
    )
    if body is not None:
        # The assembly sat: it is a party and the place ("voted ... in the National Assembly").
        place = sentence.text[body.start() : body.end()]
        owned = re.match(r"\s+of\s+(?:the\s+)?[A-Z]", sentence.text[body.end() :]) and any(
            not isinstance(p, str) and p.kind == "org" for p in parties
        )  # "The board of Acme Corp voted": one party, the company's board
        if place.lower() == "board":
            place = None  # a board sits in a room, not a chamber the story names
        if owned or place is None:
            pass
        elif place.lower() != "chamber" and all(
            _key(p) != place.lower() and not place.lower().endswith(_key(p).lower())
            for p in parties
        ):
            parties.append(place)
    if body is not None and (named := _ASSEMBLY_NAMED.match(sentence.text, body.end())):
        # "the legislature of Taiwan, the Legislative Yuan, voted": the assembly's own name
        name = named.group("name")
        # one body under its own name, not beside its generic word ("legislature", "Legislative Yuan")
        parties = [p for p in parties if place is None or _key(p) != place.lower()]
        if all(_key(p) != name.lower() for p in parties):
            parties.append(name)
    return [
        _Evidence(
            start=clause.start,
            end=clause.end,
            # "voted", "voting", "walked out": the line says what the sitting was
            cue="vote" if cue.group(0).lower().startswith("vot") else "sitting",
            participants=parties,
            when=_when(text, cue.start()),
            place=place or _place(text, people, clause.start),
            sentence=sentence.index,
            sitting=True,
        )
    ]


def _is_generic(before: str) -> bool:
    """ "more bilateral meetings", "regular military-to-military talks": meetings in general."""
    last_words = " ".join(before.split()[-4:])
    return bool(phrase_pattern("meeting_generic").search(last_words))


@lru_cache(maxsize=512)
def _is_noun(word: str) -> bool:
    """Whether cue `word` is a noun entry ("meeting") rather than a verb ("meet") of the lexicon."""
    for kind, phrase in load_tagged("meeting_cues"):
        if word == phrase or (phrase.endswith("*") and word.startswith(phrase[:-1])):
            return kind == "noun"
    return False


def _is_future(before: str, after: str) -> bool:
    """The cue is governed by a plan or a modal ("is expected to meet", "could facilitate a summit")."""
    near = before[-45:]
    # "was agreed on Monday after talks": a time clause between the plan and the cue ends its reach
    cut = max((m.end() for m in _TIME_CLAUSE.finditer(near)), default=0)
    near = near[cut:]
    if phrase_pattern("step_cues").search(near) or re.search(
        r"\b(?:would|could|may|might)\b", near
    ):
        return True
    # "is scheduled to visit a training centre and meet students": the plan governs both verbs.
    joined = _COORDINATED.search(before)
    if joined and _plan_governs(before[: joined.start()]):
        return True
    if re.match(r"(?:\s+(?:in|at|on|of)\s+(?:the\s+)?[\w'\u2019.-]+(?:\s+[A-Z][\w-]*)*)?\s+(?:neared|nears|approached|approaches|loomed|looms|drew\s+near)\b", after):
        return True  # "As a vote in the Senate neared", "as the summit approached": still ahead
    window = after[:50]
    # not a time cut out of a longer word ("by May" of "by Mayor Ken Ito")
    futures = [m for m in future_when(window) if not window[m.end() : m.end() + 1].isalpha()]
    if not futures:
        return False
    # "later this month" holds "this month": a past time only outside every future one.
    spans = [(m.start(), m.end()) for m in futures]
    return not any(
        not any(s <= m.start() and m.end() <= e and e - s > m.end() - m.start() for s, e in spans)
        for m in past_when(window)
    )


_COORDINATED = re.compile(r"\band\s+(?:then\s+|also\s+|later\s+)?$")
# "a discussion table will be opened with", "talks with the union will resume": a noun still to come
_NOUN_WILL = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+will\s+(?!have\b)")
# "took turns addressing the crowd", "addressing the UN": an audience or a body, not a problem
_ADDRESSED_WHOM = re.compile(
    r"""\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z]|(?:[\w-]+\s+){0,2}?(?:crowds?|rally|gathering|audience|congregation|vigil
    |supporters|delegates|students|graduates|lawmakers|members|conference|convention|assembly|summit|meeting
    |parliament|senate|congress|nation|troops|workers|mourners|protesters|demonstrators|marchers)\b)""",
    re.VERBOSE,
)
_TOLD_PANEL = re.compile(
    r"""
    \btold\s+the\s+                                                    # "told the"
    (?P<panel>(?:[A-Z][\w'\u2019-]*\s+){1,4}(?:Committee|Subcommittee|Panel|Commission))\b  # "Banking Committee"
    """,
    re.VERBOSE,
)
# "hearing a loud thud", "hearing an explosion": the verb, not "a hearing"
_HEARD_THING = re.compile(r"\s+(?:a|an)\s")
_TIME_CLAUSE = re.compile(r"\b(?:after|following|during|since)\s")


@lru_cache(maxsize=1)
def _undone_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a cancelling word governing the cue from before it, one after it in its sentence)."""
    def alternation(where: str) -> str:
        phrases = sorted((p for w, p in load_tagged("meeting_undone") if w == where), key=len, reverse=True)
        return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)

    # at most four words between the cancelling word and the cue, none a clause of its own
    before = re.compile(
        # not across a time phrase: "called for calm after meeting X" met X
        r"\b(?:" + alternation("before") + r")\s+(?:(?!and\b|but\b|then\b|after\b|following\b|during\b)[\w'\u2019-]+\s+){0,4}$",
        re.IGNORECASE
    )
    # "but the talks were postponed", "it was cancelled": the meeting itself, as the subject
    after = re.compile(
        r"\b(?:(?:the|their|his|her|its|this|that)\s+(?:[\w-]+\s+){0,2}"
        r"(?:meetings?|talks|summits?|visits?|calls?|sessions?|hearings?|interviews?|trips?|debates?)|it)\s+"
        r"(?:" + alternation("after") + r")\b",
        re.IGNORECASE,
    )
    return before, after


def _undone(before: str, rest_of_sentence: str, noun: bool = False) -> bool:
    """The meeting was called off, skipped or only due: "cancelled her meeting with X",
    "had been due to meet X, but the talks were postponed"."""
    governing, following = _undone_patterns()
    if governing.search(before[-80:]) or following.search(rest_of_sentence[:160]):
        return True
    # "The summit between X and Y, set for Monday, has been postponed": the cue is the subject
    return noun and bool(_SUBJECT_START.search(before)) and bool(_UNDONE_PREDICATE.search(rest_of_sentence[:160]))


_SUBJECT_START = re.compile(r"^\W*(?:(?:the|a|an|their|his|her|its|this|that)\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_UNDONE_PREDICATE = re.compile(
    r"""
    ^(?:(?!\b(?:after|but|because|when|while|although|before|since)\b|,\s*and\b)[^.;])*?   # its own predicate
    \b(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:now\s+|again\s+|also\s+)?
    (?:postponed|cancell?ed|called\s+off|scrapped|put\s+off|shelved|delayed|suspended)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _plan_governs(head: str) -> bool:
    """A plan or modal in the first conjunct, with no clause of its own in between."""
    ends = [m.end() for m in phrase_pattern("step_cues").finditer(head)]
    ends += [m.end() for m in re.finditer(r"\b(?:will|would|could|may|might)\b", head)]
    at = max(ends, default=-1)
    return at >= 0 and not re.search(r"[,;]|\b(?:who|which|that|said|says)\b", head[at:])


def _first_duration(text: str) -> str | None:
    found = durations(text)
    return found[0][2] if found else None


def _tone(text: str) -> str | None:
    match = phrase_pattern("meeting_tones").search(text)
    return match.group(0).lower() if match else None


# "Yesterday, the Parliament voted", "Today, Lam delivered": a day word opening the sentence
_OPENING_DAY = re.compile(r"(?<![\w,] )\b(?:Yesterday|Today|Tonight)\b(?=,)")
_SAID_AT = re.compile(
    r"""
    \b(?:said|says|told\s+\w+|announced|added|reported|confirmed)\s+   # "said"
    (?:(?:late|early)\s+)?(?:on\s+|last\s+)?$                         # "late on"
    """,
    re.VERBOSE,
)


def _when(text: str, cue_at: int) -> str | None:
    found = [
        m
        for m in sorted([*past_when(text), *_OPENING_DAY.finditer(text)], key=lambda m: m.start())
        if not re.search(r"\b(?:since|until)\s*$", text[: m.start()])
        # "since Lee took office in June": the time of another event
        and not re.search(r"\bsince\s+(?:[A-Z]\w*|he|she|they|it)\s[^,;]{0,40}$", text[: m.start()])
    ]
    if not found:
        return None
    # "said on Tuesday that she had met X on Monday": the day of the saying is not the meeting's
    unsaid = [m for m in found if not _SAID_AT.search(text, 0, m.start())]
    if unsaid:
        found = unsaid
    # A day or date before a bare year ("On Monday, the council voted ... built before 2010").
    best = min(
        found,
        key=lambda m: (bool(re.fullmatch(r"(?:in\s+)?\d{4}", m.group(0))), abs(m.start() - cue_at)),
    )
    value = " ".join(best.group(0).split())
    if value in ("Yesterday", "Today", "Tonight"):
        value = value.lower()  # a sentence's first word, written as the day words are elsewhere
    return re.sub(r"^(?:on|in)\s+", "", value)


def _place(text: str, people: PeopleIndex, offset: int) -> str | None:
    """A venue ("the Great Hall of the People"), offices ("its Moscow offices") or a city/country."""
    venues = load_set("venue_words")
    found: list[str] = []
    sites: list[str] = []
    for match in _PLACE_OFFICES.finditer(text):
        found.append(match.group("p") or match.group("of"))
    for match in _PLACE_AT.finditer(text):
        phrase = re.sub(r"\s+(?:of\s+the|of|the|for|and)$", "", match.group("p")).rstrip(".,")
        words = phrase.split()
        while words and _NOT_PLACES.match(words[-1]):
            words.pop()
        if words and words[0] == "The" and len(words) > 1 and match.group(0).startswith("in "):
            pass  # "in The Hague": the article is part of the name
        elif not words or _NOT_PLACES.match(words[0]):
            continue
        phrase = " ".join(words)
        start = offset + match.start("p")
        entity = people.mention_at(start, start + len(phrase))
        if entity is not None and entity.kind == "person":
            continue
        is_venue = words[-1].lower() in venues
        if not is_venue and entity is None and match.group(0).startswith("at the ") and (
            len(words) >= 2 or len(words[0]) >= 4  # "at the Vatican", "at the Kremlin": a site by one name
        ):
            sites.append(" ".join(words))  # "at the Amiri Diwan": a named place no lexicon knows
            continue
        if (
            is_venue
            or (entity is not None and entity.kind == "country")
            or match.group(0).startswith("in ")
        ):
            # "in Bali, Indonesia": keep the country after the city.
            # not the title or the first word of a name ("in Rome, President Costa", "New York, New York")
            tail = re.match(r",\s+([A-Z][a-z]+)\b(?![\s-]+[A-Z])", text[match.end() :])
            if (
                tail
                and not _NOT_PLACES.match(tail.group(1))
                and not is_venue
                and tail.group(1).lower() not in load_set("role_titles")
                and tail.group(1).lower() not in load_set("honorifics")
            ):
                phrase = f"{phrase}, {tail.group(1)}"
            found.append(phrase)
    for match in _PLACE_CITY_OF.finditer(text):
        found.append(match.group("p"))  # "in the southeastern city of Gyeongju"
    for match in _PLACE_VISITED.finditer(text):
        start = offset + match.start("p")
        entity = people.mention_at(start, start + len(match.group("p")))
        if entity is None or entity.kind != "person":
            found.append(match.group("p"))  # "visited the city of Kahramanmaras"
    audience = _audience_place(text)
    if audience:
        found.append(audience)
    return _combine_places(found, sites[0] if sites else None)


def _audience_place(text: str) -> str | None:
    """ "an address to a joint meeting of Congress": the assembly addressed is the place."""
    match = _AUDIENCE.search(text)
    place = match.group("p").rstrip(".") if match else ""
    if place and place.split()[-1].lower() in load_set("venue_words"):
        return place
    return None


def _combine_places(found: list[str], site: str | None = None) -> str | None:
    """A venue then its city ("Great Hall of the People, Beijing"); `site` is a named place no
    lexicon knows, the venue when none is known."""
    if not found and site is None:
        return None
    venues = load_set("venue_words")
    venue = next((p for p in found if p.split()[-1].lower() in venues), site)
    city = next((p for p in found if p is not venue), None)
    if venue and city and city not in venue:
        return f"{venue}, {city}"
    return venue or city


# A news outlet by its name's last word: "the Deseret News", "the Washington Post", "Reuters"
_OUTLET_NAME = re.compile(
    r"""
    \b(?:News|Times|Post|Journal|Herald|Tribune|Press|Gazette|Telegraph|Guardian|Chronicle|Observer  # a paper's
      |Reuters|Bloomberg|AFP|CNN|BBC|NPR|Politico|Axios)$                                            # an agency's
    """,
    re.VERBOSE,
)


def _outlet_source(clause: Clause, entity: Entity, end: int, cue: re.Match[str]) -> bool:
    """`entity` is a news outlet that reports the meeting told after it ("the Deseret News, which
    broke the story, reported that X met Y"): the source, not a party."""
    return (
        _OUTLET_NAME.search(entity.name) is not None
        and end - clause.start < cue.start()
        and _REPORTED.search(clause.text, end - clause.start, cue.start()) is not None
    )


# "in Johnson's jet", "aboard Ruiz's yacht": the owner of the ride, no party to the meeting
_VEHICLE_OWNER = re.compile(
    r"['\u2019]s?\s+(?:[\w-]+\s+)?(?:jet|plane|aircraft|helicopter|yacht|boat|car|limousine|motorcade)\b"
)


def _participants(
    doc: Document, people: PeopleIndex, clause: Clause, cue: re.Match[str]
) -> list[Entity | str]:
    """Persons named in the clause; organisations, countries and groups only where no person is."""
    mentions = people.mentions_between(clause.start, clause.end)
    persons: list[Entity | str] = []
    others: list[Entity | str] = []
    # "Wang Yi, who accompanied Xi, met ... Cho Hyun": the relative clause's person is not a party
    relative = [
        (clause.start + m.start(), clause.start + m.end())
        for m in re.finditer(r",\s+who\s+[^,]{3,80},", clause.text)
    ]
    outside = {
        e.key
        for s, _e, e in mentions
        if e.kind == "person" and not any(a <= s < b for a, b in relative)
    }
    if len(outside) >= 2:
        mentions = [m for m in mentions if not any(a <= m[0] < b for a, b in relative)]
    # "Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters": the person an
    # appositive describes someone by is not a party
    described_by = [
        (clause.start + m.start("of"), clause.start + m.end())
        for m in _OF_APPOSITIVE.finditer(clause.text)
    ]
    if described_by:
        mentions = [
            m for m in mentions if m[2].kind != "person" or not any(a <= m[0] < b for a, b in described_by)
        ]
    topic = _TOPIC_MARK.search(clause.text, cue.end())
    topic_at = clause.start + topic.start() if topic else clause.end
    for start, end, entity in mentions:
        if _is_location(clause.text[: start - clause.start]) and entity.kind == "country":
            continue  # "a border area near Libya": where it happened, not who met
        if entity.kind != "person" and start >= topic_at:
            continue  # "talks that focused on France and Germany": what they discussed
        if entity.kind != "person" and _REPORTS.match(clause.text[end - clause.start :]):
            continue  # "Officials divulged that ...": the source of the news, not a party
        if entity.kind != "person" and _outlet_source(clause, entity, end, cue):
            continue  # "the Deseret News, which broke the story, reported that X met Y": the source
        if (
            entity.kind == "person"
            and start - clause.start > cue.end()
            and _REPORTS.match(clause.text[end - clause.start :])
            and _ATTRIBUTION_BEFORE.search(clause.text, cue.end(), start - clause.start)
            and any(s < clause.start + cue.start() and e.kind == "person" for s, _e, e in mentions)
        ):
            continue  # "Ruiz met Haddad in Rome, President Costa said": the source, not a party
        if entity.kind == "person" and _VEHICLE_OWNER.match(clause.text, end - clause.start):
            continue  # "flew to New York in Johnson's jet to meet X": whose plane, not who met
        if entity.kind == "person":
            complement = _OF_NOUN_BEFORE.search(clause.text, max(0, start - clause.start - 30), start - clause.start)
            if complement is not None and complement.group("noun") not in _GATHERING_NOUNS:
                continue  # "calling for the killers of Khashoggi": named in passing, not a party
            if all(_key(p) != entity.key for p in persons):
                persons.append(entity)
            continue
        # "US Secretary of State Antony Blinken": the country is part of a person's title.
        if _prefixes_person(mentions, end):
            continue
        owned = _OWNED_BODY.match(clause.text, end - clause.start)
        if owned is not None and owned.group("body").lower() in _OWNED_BODIES:
            # "Iceland's parliament convened": the country's chamber sat, not the country
            body = f"{entity.name}'s {owned.group('body')}"
            if all(_key(p) != body.lower() for p in others):
                others.append(body)
            continue
        if all(_key(p) != entity.key for p in others):
            others.append(entity)
    counterpart = _counterpart_phrases(doc, people, clause, cue)
    if (
        len(persons) < 2
        and not clause.text[: cue.start()].strip()
        and cue.group(0).lower().startswith(("speaking", "talking"))
        and _PRONOUN_AFTER.match(clause.text[cue.end() :])
    ):
        # "Speaking to Martin Smith of PBS, he said": the subject of the sentence before.
        person = _first_person_before(doc, people, clause.start, exclude=persons)
        if person is not None:
            persons.insert(0, person)
    elif (
        len(persons) < 2
        and _FRONTED.match(clause.text[: cue.start()])
        and _PRONOUN_AFTER.match(clause.text[cue.end() :])
    ):
        # "In a meeting that day he was told by the minister": the person the pronoun stands for.
        person = _last_person_before(doc, people, clause.start)
        if person is not None and all(person.key != p.key for p in persons if _is_person(p)):
            persons.insert(0, person)
    elif (not persons or (len(persons) == 1 and _COORDINATED_PASSIVE.match(clause.text))) and (
        _COORDINATED_PREDICATE.match(clause.text) or _COORDINATED_PASSIVE.match(clause.text)
    ):
        # "Putin was briefed, and flew to the city, visiting the wounded": the sentence's subject.
        sentence = doc.sentence_at(clause.start)
        subjects = [
            e
            for _s, _e, e in people.mentions_between(sentence.start if sentence else clause.start, clause.start)
            if e.kind == "person"
        ]
        if subjects and all(subjects[0].key != _key(p) for p in persons):
            persons.insert(0, subjects[0])
    elif len(persons) < 2 and _PRONOUN_SUBJECT.match(clause.text[: cue.start()]):
        # "He visited the city ... and met families", "…, where he met the premier, Ana Ruiz":
        # the person the pronoun stands for.
        person = _opening_pronoun_subject(doc, people, clause, exclude=persons) or _last_person_before(
            doc, people, clause.start, exclude=persons
        )
        if person is not None:
            persons.insert(0, person)
    elif len(persons) == 1 and _POSSESSOR.search(clause.text[: cue.start()]):
        # "Her summit with Chilean President Pablo Soto": the person "her" stands for.
        person = _last_person_before(doc, people, clause.start, exclude=persons)
        if person is not None:
            persons.insert(0, person)
    elif len(persons) < 2 and (role := _ROLE_BEFORE_CUE.match(clause.text[: cue.start()])):
        # "The defence adviser met Premier Ana Ruiz": the person named before with that role.
        head = role.group("head").lower()
        person = _titled_before(doc, people, clause.start, head, exclude=persons)
        if person is None and head in load_set("role_titles"):
            # "Laura Quinn arrived in Cairo. The top US diplomat then met X": the sentence
            # before opens on the person the role describes
            person = _subject_before(doc, people, clause.start, exclude=persons)
        if person is not None:
            persons.insert(0, person)
    if (
        all(s >= clause.start + cue.end() for s, _e, e in mentions if e.kind == "person")
        and len(persons) <= 1
        and _THEY_SUBJECT.match(clause.text[: cue.start()])
    ):
        # "The delegation was led by A and B. They held talks with X": the persons just named
        sentence = doc.sentence_at(clause.start)
        earlier = doc.sentences[sentence.index - 1] if sentence is not None and sentence.index > 0 else None
        if earlier is not None and sentence.start == clause.start:
            named = list(
                {e.key: e for _s, _e, e in people.mentions_between(earlier.start, earlier.end) if e.kind == "person"}.values()
            )
            if 2 <= len(named) <= 4 and all(_key(p) not in {e.key for e in named} for p in persons):
                persons = named + persons
    if len(persons) < 2 and not others and _SIDES.search(clause.text[: cue.start()]):
        # "Russia and Ukraine agreed ... The two sides met": the two actors named last
        sides = _last_actors_before(doc, people, clause.start + cue.start(), 2)
        if len(sides) == 2:
            others = sides
            counterpart = [c for c in counterpart if not isinstance(c, str)]
    if len(persons) < 2 and _PAIR.search(clause.text[: cue.start()]):
        # "The two leaders met", "where the pair held talks": the two persons named last.
        pair = _last_persons_before(doc, people, clause.start + cue.start(), 2)
        if len(pair) == 2:
            persons = pair
            counterpart = [c for c in counterpart if not isinstance(c, str)]
            counterpart = [c for c in counterpart if c.kind == "person"]
    merged = list(persons)
    if not persons:
        # No person named: the organisations, countries and groups are the parties.
        merged = [o for o in others if _is_actor(o)]
        if cue.group(0).lower() in ("visited", "toured"):
            # "Foreign tourists visited Japan": the country visited is where, not whom they met
            visited = {
                e.key
                for s, _e, e in mentions
                if e.kind == "country" and clause.text[cue.end() : s - clause.start].strip() in ("", "the")
            }
            merged = [o for o in merged if _key(o) not in visited]
    for item in counterpart:
        if all(_key(item) != _key(p) for p in merged):
            merged.append(item)
    # "Iceland's parliament": the chamber is the party, its country no second one
    owners = {p.split("'s ")[0].lower() for p in merged if isinstance(p, str) and "'s " in p}
    if owners:
        merged = [p for p in merged if isinstance(p, str) or p.name.lower() not in owners]
    if len(merged) == 1 and persons:
        # "The Senate Judiciary Committee held a hearing with Ana Ruiz": the body that is the
        # subject takes part with the one person named.
        for start, end, entity in mentions:
            if (
                start < clause.start + cue.start()
                and entity.kind == "org"
                and _is_actor(entity)
                and not _outlet_source(clause, entity, end, cue)
                and not _titles_person(clause.text, mentions, end - clause.start, clause.start)
                and not _LOCATIVE.search(clause.text[: start - clause.start])
                and not _PREPOSITION_BEFORE.search(clause.text[: start - clause.start])
            ):
                merged.insert(0, entity)
                break
        else:
            body = _BODY_SUBJECT.match(clause.text[: cue.start()])
            if body is not None:
                merged.insert(0, body.group("body").lower())  # "The city council held a meeting with X"
    return merged


_OWNED_BODY = re.compile(r"['\u2019]s\s+(?P<body>[a-z]+)\b")
_OWNED_BODIES = frozenset({"parliament", "legislature", "assembly", "senate", "congress", "cabinet", "government"})
_BODY_SUBJECT = re.compile(
    r"""
    ^\W*[Tt]he\s+(?P<body>(?:[a-z][\w-]*\s+)?(?:council|committee|board|cabinet|commission|panel|assembly|parliament
      |senate|congress|jury|court))\s+
    (?:held|convened|had|called|hosted)\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$   # "held an emergency"
    """,
    re.VERBOSE,
)
_OF_NOUN_BEFORE = re.compile(r"\b(?P<noun>[a-z][\w-]*)\s+of\s+$")
_GATHERING_NOUNS = frozenset(
    "meeting meetings summit talks visit visits delegation delegations group team cabinet members".split()
)
_OF_APPOSITIVE = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?[^\W\d_A-Z][\w-]*\s+(?P<of>of\s+)[^,;]{3,80},")

# "joined the talks", "also attended the meeting", "took part in the summit": a late party.
_JOINED = re.compile(
    r"""
    \b(?:joined|attended|took\s+part\s+in|participated\s+in|sat\s+in\s+on   # "joined"
      |opened|chaired|co-chaired|presided\s+over|hosted)\s+                    # "opened the meeting"
    (?:the|their|these|those)\s+(?:[\w-]+\s+){0,2}$                        # "the talks"
    """,
    re.VERBOSE,
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|by|with|from|about|against|under|over)\s+(?:the\s+)?$")
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|to|from|across|inside|outside|into|around|within)\s+(?:the\s+)?$"
)
# What follows is the subject of the talks, not a party to them.
_TOPIC_MARK = re.compile(
    r"""
    \b(?:focus(?:ed|ing)?\s+on|centred\s+on|centered\s+on|about|regarding|concerning|over)\s
    # "an emergency session on Syria": a subject, not a day ("on Tuesday") nor a party
    |(?<=session\s)on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?=[A-Z])
    |(?<=talks\s)on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?=[A-Z])
    """,
    re.VERBOSE,
)
_ATTRIBUTION_BEFORE = re.compile(r",\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,5}$")
_REPORTS = re.compile(
    r"\s+(?:\w+\s+)?(?:said|say|says|told|divulged|disclosed|revealed|confirmed|announced|reported)\b"
)


# "Negotiators from Israel and Hamas": whose envoys they are, not where.
_ENVOYS_FROM = re.compile(
    r"""
    \b(?:negotiators|officials|delegations?|representatives|envoys|diplomats|mediators
      |ministers|leaders|delegates|teams?)      # people sent by a party
    \s+from\s+(?:the\s+)?$                     # "... from (the)"
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _is_location(before: str) -> bool:
    return bool(_LOCATIVE.search(before)) and not _ENVOYS_FROM.search(before)


_PRONOUN_SUBJECT = re.compile(
    r"""
    ^\W*(?:(?:where|when|then|there|later)\s+                 # ", where he met"
         |(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*,?\s+    # "In Lima he met"
         |(?:on|later|earlier|last|this|that|the\s+next|the\s+following)\s+(?:[\w-]+\s+){0,2}?
          (?:[A-Z][a-z]+day|morning|afternoon|evening|night|day|week|month|year),?\s+)?   # "On Tuesday he met"
    (?:he|she)\s+(?:\w+\s+){0,2}$
    |^\W*(?:he|she)\b.*\band\s+$
    |^.*,\s+(?:where|when)\s+(?:he|she)\s+(?:\w+\s+)?$     # "He arrived in Lima, where he met"
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "Her summit with", "during his visit to": the meeting of the person the pronoun stands for.
_POSSESSOR = re.compile(r"(?:^|\s)(?:[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,3}$")
# "The defence adviser met", "The adviser arrived in Lima, where he met": a role as the subject.
_ROLE_BEFORE_CUE = re.compile(
    r"""
    ^\W*[Tt]he\s+(?:[A-Za-z][\w-]*\s+){0,2}                      # "The defence", "The top US"
    (?P<head>(?!(?:then|later|also|first|again|separately|subsequently|finally|briefly)\b)[a-z][\w-]*)\s+  # "adviser", not "later"
    (?:(?:[\w-]+\s+){0,5}[\w-]+,\s+where\s+he\s+|she\s+)?          # "arrived in Lima, where he"
    (?:\w+\s+)?$                                                    # right before the cue
    """,
    re.VERBOSE,
)


# "They held talks with", "They later met": the sentence opens on the pronoun
_THEY_SUBJECT = re.compile(r"\W*They\s+(?:[a-z]+\s+){0,2}$")
# The cue in a fronted phrase, the subject after it: "In a meeting that day he was told".
_FRONTED = re.compile(
    r"^\W*(?:In|At|During|After|Following)\s+(?:a|an|the|their|his|her|that|this)?\s*(?:[\w-]+\s+){0,3}$"
)
# A clause that is a second predicate of its sentence's subject: "and flew to ...".
_COORDINATED_PREDICATE = re.compile(r"^\W*and\s+(?:then\s+|later\s+|also\s+)?[a-z]+(?:ed|ew|ent|ook|ame|ade|eld|et)\s")
# "…, and was welcomed at the airport by President Aoun": the sentence's subject was welcomed.
_COORDINATED_PASSIVE = re.compile(r"^\W*and\s+(?:then\s+|later\s+)?(?:was|were)\s+[a-z]+ed\b")
_PRONOUN_AFTER = re.compile(
    r"^[^,;]{0,25}?,?\s+(?:he|she)\s+(?:was|had|has|is|told|asked|met|said|says|\w+ed)\b"
)


_PAIR = re.compile(
    r"""
    (?:\b(?:the\s+two|both(?:\s+the)?)\s+                       # "the two", "both (the)"
       (?:leaders|men|women|ministers|presidents|premiers|sides
         |counterparts|officials|envoys|diplomats|chancellors)
      |\bthe\s+pair)                                          # "the pair"
    \s+(?:also\s+|then\s+|later\s+|have\s+|had\s+)?$          # right before the cue
    """,
    re.IGNORECASE | re.VERBOSE,
)


_SIDES = re.compile(
    r"""
    \b(?:the\s+two|both(?:\s+the)?)\s+                                               # "the two"
    (?:sides|countries|nations|governments|companies|parties|delegations)\s+          # "sides"
    (?:also\s+|then\s+|later\s+|have\s+|had\s+)?$                                 # right before the cue
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _last_actors_before(doc: Document, people: PeopleIndex, offset: int, n: int) -> list[Entity]:
    """The `n` distinct organisations or countries named last in the two sentences before `offset`."""
    sentence = doc.sentence_at(offset)
    back = doc.sentences[max(0, sentence.index - 2)].start if sentence is not None else offset
    found: list[Entity] = []
    for _s, _e, entity in reversed(people.mentions_between(back, offset)):
        if entity.kind in {"org", "country"} and all(f.key != entity.key for f in found):
            found.append(entity)
        if len(found) == n:
            break
    return found[::-1]


def _last_persons_before(doc: Document, people: PeopleIndex, offset: int, n: int) -> list[Entity]:
    """The `n` distinct persons named last in the two sentences before `offset` (or its own)."""
    sentence = doc.sentence_at(offset)
    back = doc.sentences[max(0, sentence.index - 2)].start if sentence is not None else offset
    found: list[Entity] = []
    for _s, _e, entity in reversed(people.mentions_between(back, offset)):
        if entity.kind == "person" and all(f.key != entity.key for f in found):
            found.append(entity)
        if len(found) == n:
            break
    return found[::-1]


def _subjects_between(
    doc: Document, people: PeopleIndex, start: int, end: int, kinds: Collection[str] = frozenset({"person"})
) -> list[Entity]:
    """The entities of `kinds` named between `start` and `end` that no preposition governs ("the
    envoy of Ana Vogt" names no subject): who may be the subject of a cue at `end`."""
    return [
        e
        for s, _e, e in people.mentions_between(start, end)
        if e.kind in kinds and not _PREPOSITION_BEFORE.search(doc.text[max(start, s - 30) : s])
    ]


def _opening_pronoun_subject(
    doc: Document, people: PeopleIndex, clause: Clause, exclude: list[Entity | str]
) -> Entity | None:
    """A sentence opening on "She met ..." goes on from the sentence before's subject: its first
    person of the pronoun's gender, not one named as a possessor ("On the stump, Holt praises
    Ruiz's record. She met students")."""
    opening = re.match(r"\W*(?P<pronoun>[Hh]e|[Ss]he)\s", clause.text)
    sentence = doc.sentence_at(clause.start)
    if opening is None or sentence is None or sentence.start != clause.start or sentence.index == 0:
        return None
    gender = "m" if opening.group("pronoun").lower() == "he" else "f"
    before = doc.sentences[sentence.index - 1]
    taken = {_key(p) for p in exclude}
    for _s, end, entity in people.mentions_between(before.start, before.end):
        if entity.kind != "person" or entity.key in taken or entity.gender not in (gender, None):
            continue
        if re.match(r"['\u2019]s?\b", doc.text[end : end + 2]):
            continue  # "Ruiz's record": the possessor is not the one the sentence is about
        return entity
    return None


def _last_person_before(
    doc: Document, people: PeopleIndex, offset: int, exclude: list[Entity | str] = ()
) -> Entity | None:
    """The person named last in the three sentences before `offset` (not one of `exclude`)."""
    sentence = doc.sentence_at(offset)
    back = doc.sentences[max(0, sentence.index - 3)].start if sentence is not None else offset
    taken = {_key(p) for p in exclude}
    persons = [
        e for _s, _e, e in people.mentions_between(back, offset) if e.kind == "person" and e.key not in taken
    ]
    return persons[-1] if persons else None


def _first_person_before(
    doc: Document, people: PeopleIndex, offset: int, exclude: list[Entity | str]
) -> Entity | None:
    """The first person named (not after a preposition) in the sentence before `offset`."""
    sentence = doc.sentence_at(offset)
    if sentence is None or sentence.index == 0:
        return None
    before = doc.sentences[sentence.index - 1]
    taken = {_key(p) for p in exclude}
    for start, _end, entity in people.mentions_between(before.start, before.end):
        if entity.kind == "person" and entity.key not in taken and not _PREPOSITION_BEFORE.search(
            doc.text[max(before.start, start - 30) : start]
        ):
            return entity
    return None


def _titled_before(
    doc: Document, people: PeopleIndex, offset: int, head: str, exclude: list[Entity | str]
) -> Entity | None:
    """The person last named before `offset` (three sentences back) whose role ends in `head`."""
    sentence = doc.sentence_at(offset)
    back = doc.sentences[max(0, sentence.index - 3)].start if sentence is not None else offset
    taken = {_key(p) for p in exclude}
    found = [
        e
        for _s, _e, e in people.mentions_between(back, offset)
        if e.kind == "person" and e.key not in taken and e.role and e.role.split()[-1].lower() == head
    ]
    return found[-1] if found else None


_UNNAMED_PERSON = re.compile(
    r"""
    ^\W*(?:[Aa]n?|[Tt]he)\s+(?:\d+-year-old\s+)?(?:[a-z]+\s+)?     # "A 34-year-old local"
    (?:man|woman|teenager|boy|girl|mother|father)\b                # "man"
    |^\W*[Aa]n?\s+\d+-year-old\s+[a-z]                           # "A 36-year-old part-time missionary"
    |^\W*[Aa]\s+former\s+[A-Za-z]                                  # "A former Marine", "A former nurse"
    """,
    re.VERBOSE,
)


def _subject_after(doc: Document, people: PeopleIndex, index: int) -> Entity | None:
    """The person the sentence after sentence `index` opens on, in the same paragraph."""
    if index + 1 >= len(doc.sentences):
        return None
    nxt = doc.sentences[index + 1]
    if nxt.paragraph - doc.sentences[index].paragraph > 1:
        return None
    mentions = people.mentions_between(nxt.start, nxt.end)
    if not mentions or mentions[0][2].kind != "person" or mentions[0][0] - nxt.start > 3:
        return None
    return mentions[0][2]


def _subject_before(doc: Document, people: PeopleIndex, offset: int, exclude: list[Entity | str]) -> Entity | None:
    """The person the sentence before `offset`'s sentence opens on (its subject), if any."""
    sentence = doc.sentence_at(offset)
    if sentence is None or sentence.index == 0 or offset - sentence.start > 3:
        return None
    before = doc.sentences[sentence.index - 1]
    mentions = people.mentions_between(before.start, before.end)
    if not mentions:
        return None
    start, _end, first = mentions[0]
    if first.kind == "country" and len(mentions) > 1:
        start, _end, first = mentions[1]  # "US Secretary of State Laura Quinn"
    taken = {_key(p) for p in exclude}
    if first.kind != "person" or first.key in taken or re.search(r"\b[a-z]+(?:ed|s)\s", doc.text[before.start : start]):
        return None  # not the sentence's subject ("Police said Ana Ruiz ...")
    return first


_TITLE_GAP = re.compile(r"(?:['\u2019]s)?(?:\s+(?P<w>[A-Za-z-]+)){0,3}\s+")


def _titles_person(text: str, mentions: list[tuple[int, int, Entity]], end: int, base: int) -> bool:
    """ "Acme Corp chief Ana Ruiz": the body names a person's title (its words no verb)."""
    for start, _e, entity in mentions:
        if entity.kind != "person" or start - base <= end:
            continue
        gap = _TITLE_GAP.fullmatch(text, end, start - base)
        return gap is not None and not any(
            w.endswith("ed") or w.lower() in ("held", "met", "with", "and", "to") for w in text[end : start - base].split()
        )
    return False


def _prefixes_person(mentions: list[tuple[int, int, Entity]], end: int) -> bool:
    return any(entity.kind == "person" and 0 <= start - end <= 40 for start, _e, entity in mentions)


def _is_actor(entity: Entity | str) -> bool:
    # Cities are stored as countries by the people index; they are places, not parties.
    return isinstance(entity, str) or entity.kind in {"org", "group", "country"}


# "the Commons defence committee", "the Senate intelligence panel": a hearing body no index names
_NAMED_PANEL = re.compile(r"(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:[a-z][\w-]*\s+){0,2}(?:committee|subcommittee|panel|inquiry)\b")


def _counterpart_phrases(
    doc: Document, people: PeopleIndex, clause: Clause, cue: re.Match[str]
) -> list[Entity | str]:
    """Groups named around the cue without being entities: "sessions with brokers and agents",
    "Russian police and tax inspectors have raided"."""
    text = clause.text
    out: list[Entity | str] = []
    after = (
        re.match(r"\s*(?:the\s+)?", text[cue.end() :])
        if re.search(r"\b(?:with|to|before|from|by)$", cue.group(0), re.IGNORECASE)
        else None
    )  # "appeared before the House Judiciary Committee": the cue holds its preposition
    after = (
        after
        or (
            re.match(r"\s*(?:with|to|before|of|between|by)\s+(?:the\s+)?", text[cue.end() :])
            if not _INFINITIVE_AFTER.match(text, cue.end())
            else None
        )
        or re.match(
            r"(?:\s+[\w'\u2019.-]+){1,12}?\s+(?:with|against)\s+(?:the\s+)?", text[cue.end() :]
        )
    )
    if after:
        found = _np_members(
            text[cue.end() + after.end() :], people, clause.start + cue.end() + after.end()
        )
        if re.match(r"\s*with\s", after.group(0)):
            # "negotiations with the United Steelworkers", "meetings with executives from Siemens
            # and Bosch": organisations no index holds, named after "with"
            bodies = _unindexed_bodies(
                text[cue.end() + after.end() :], people, clause.start + cue.end() + after.end()
            )
            if bodies:
                found = [f for f in found if not (isinstance(f, str) and f.lower() in _MEMBER_HEADS | {"heads"})]
                found = [f for f in found if not (not isinstance(f, str) and f.kind == "group")] + bodies
                agent = _AGENT_RUN.search(text, 0, cue.start())
                if agent is not None and not people.mentions_between(
                    clause.start + agent.start("run"), clause.start + agent.end("run")
                ) and agent.group("run").split()[0].lower() not in _NOT_BODY_WORDS:
                    # "was announced by Halvorsen Steel ... after negotiations with": the other side
                    found.insert(0, agent.group("run"))
        if re.match(r"\s*to\b", after.group(0)) and cue.group(0).lower().startswith(
            ("visit", "trip")
        ):
            # "Xi's first visit to South Korea": where he went, not whom he met.
            found = [f for f in found if isinstance(f, str) or f.kind not in {"country"}]
        out.extend(found)
    elif _is_verb_cue(cue.group(0)) and (owner := _PREMISES_OF.match(text, cue.end())):
        # "raided the offices of the human rights group Memorial": whose offices they were.
        out.extend(_np_members(text[owner.end() :], people, clause.start + owner.end()))
    elif (
        # "visited the town on Wednesday, meeting residents": the participle is the verb
        (_is_verb_cue(cue.group(0)) or (cue.group(0).lower() == "meeting" and re.search(r",\s+$", text[: cue.start()])))
        and cue.group(0).lower() not in _THING_VERBS
        and re.match(r"\s+(?!the\s+[A-Z])(?:the\s+)?[a-z]", text[cue.end() :])
    ):
        # "met families of the victims": the group met is the verb's object.
        out.extend(_np_members(text[cue.end() :], people, clause.start + cue.end()))
    elif _is_verb_cue(cue.group(0)) and not cue.group(0).lower().startswith("visit") and (
        obj := re.match(r"\s+(?:the\s+)?(?=[A-Z])", text[cue.end() :])
    ):
        # "met European Commission officials": a named group or body as the verb's object
        at = clause.start + cue.end() + obj.end()
        named = [
            e for s, _e, e in people.mentions_between(at, min(clause.end, at + 80)) if s == at and e.kind in {"org", "group"}
        ]
        panel = None if named else _NAMED_PANEL.match(text, cue.end() + obj.end())
        out.extend(named or ([panel.group(0)] if panel else []))  # "briefed the Commons defence committee"
    if cue.group(0).lower() in _ADDRESS_WORDS:
        # "addressed the UN General Assembly", "a speech at the European Parliament": the body.
        body = _BODY_ADDRESSED.match(text, cue.end())
        if body is not None:
            named = [
                (m_start, entity)
                for m_start, _m_end, entity in people.mentions_between(clause.start + body.end(), clause.end)
                if m_start == clause.start + body.end()
            ]
            out.extend(entity for _s, entity in named if entity.kind == "org")
            assembly = _ASSEMBLY_WORD.match(text, body.end())
            if not named and assembly is not None and assembly.group(0).lower() in load_set("meeting_assemblies"):
                out.append(assembly.group(0))  # "a speech to the Bundestag": a chamber no lexicon names
    if cue.group(0).lower().startswith("appeared"):
        # "appeared before the House Judiciary Committee" (a named body), not "before magistrates"
        out = [o for o in out if not isinstance(o, str) or o[:1].isupper()]
    subject = re.search(r"^(?P<np>[^,;]{3,60}?)\s+(?:have|has|had)?\s*$", text[: cue.start()])
    if not _is_verb_cue(cue.group(0)):
        # "Iranian and European negotiators resumed nuclear talks": who held the talks
        subject = _HELD_NOUN.search(text[: cue.start()])
    if subject and (_is_verb_cue(cue.group(0)) or subject.re is _HELD_NOUN):
        np = subject.group("np")
        first = re.match(r"[A-Z][a-z]+(?=\s+and\s)", np)
        sentence = doc.sentence_at(clause.start)
        if (
            first
            and sentence is not None
            and sentence.start == clause.start
            and _is_group_head(first.group(0).lower())
            and people.mention_at(clause.start, clause.start + first.end()) is None
        ):
            np = np[0].lower() + np[1:]  # "Nurses and hospital managers met": capitalised as the first word
        members = _np_members(np, people, clause.start)
        named = people.mentions_between(clause.start, clause.start + subject.end("np"))
        if any(e.kind == "person" for _s, _e, e in named) and " and " not in subject.group("np"):
            # "Acme Corp chief Ana Ruiz visited": the body is her title, not a second party
            members = [m for m in members if isinstance(m, str) or m.kind == "person"]
        out.extend(members)
    return out


# "a meeting to discuss theories of policing", "talks to end the strike": what for, not with whom
_INFINITIVE_AFTER = re.compile(
    r"""
    \s+to\s+(?:(?:discuss|end|resolve|review|consider|plan|agree|settle|negotiate|seek|find|explore
    |prepare|decide|set|mark|examine|avert|ease|repair|coordinate|finali[sz]e|sign|launch|craft|hammer
    |address|talk|hear|avoid|break|reach|try|work|map|chart|defuse|save|secure|restore|forge)\b
    |[a-z]+\s+(?:the|a|an|its|their|his|her|how|whether|what|ways)\b)
    """,
    re.VERBOSE,
)
# "executives from Siemens", "the heads of Barclays and Lloyds": the bodies they stand for
_MEMBERS_FROM = re.compile(
    r"""
    (?:(?:senior|top)\s+)?                                                        # "senior"
    (?:executives|officials|representatives|heads|leaders|members|bosses|chiefs)  # "executives"
    \s+(?:from|of|at)\s+(?:the\s+)?                                               # "from the"
    """,
    re.VERBOSE,
)
_NAMED_BODY_RUN = re.compile(
    r"""
    (?P<run>[A-Z][\w&\u2019'.-]*                              # "United"
      (?:\s+(?:of\s+|for\s+|&\s+)?[A-Z][\w&\u2019'.-]*){0,4})  # "Steelworkers", "of America"
    (?P<union>\s+union\b)?                                    # "the Canadian Auto Workers union"
    """,
    re.VERBOSE,
)
_NOT_BODY_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march"}
    | {"april", "may", "june", "july", "august", "september", "october", "november", "december", "the", "his"}
    | {"her", "their", "its", "he", "she", "they", "i", "we", "mr", "mrs", "ms", "dr", "president", "prime"}
)


_AGENT_RUN = re.compile(
    r"""
    \b(?:was|were)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+by\s+                   # "was announced by"
    (?P<run>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3})        # "Halvorsen Steel"
    """,
    re.VERBOSE,
)


def _unindexed_bodies(text: str, people: PeopleIndex, offset: int) -> list[Entity | str]:
    """The named bodies right at the start of `text` ("the United Steelworkers", "executives from
    Siemens and Bosch") when no index holds the first of them: strings as told."""
    at = 0
    members = _MEMBERS_FROM.match(text)
    if members is not None:
        at = members.end()
    out: list[Entity | str] = []
    while len(out) < 4:
        run = _NAMED_BODY_RUN.match(text, at)
        if run is None:
            break
        name = run.group("run")
        first = name.split()[0].lower()
        if first in _NOT_BODY_WORDS or name.lower() in load_set("places"):
            break
        mentioned = people.mentions_between(offset + run.start(), offset + run.end("run"))
        if mentioned:
            if not out:
                return []  # the index holds it: `_np_members` has it
            out.extend(e for s, _e, e in mentioned[:1] if e.kind in {"org", "group"} and s == offset + run.start())
        else:
            if name.endswith(".") and not re.search(r"\.\w+\.$", name):
                name = name[:-1]  # "the United Steelworkers." ends the sentence, not the name
            out.append(name + (run.group("union") or ""))
        joiner = re.match(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?=[A-Z])", text[run.end() :])
        if joiner is None:
            break
        at = run.end() + joiner.end()
    return out


_HELD_NOUN = re.compile(
    r"""
    ^(?P<np>[^,;]{3,60}?)\s+(?:have\s+|has\s+|had\s+)?
    (?:held|resumed|began|opened|started|concluded|continued|wrapped\s+up)\s+   # "resumed"
    (?:(?:a|an|the|their|fresh|new|more|further)\s+)?(?:[\w-]+\s+){0,2}$        # "nuclear"
    """,
    re.VERBOSE,
)
_ADDRESS_WORDS = frozenset({"addressed", "address", "speech"})
# A chamber told by its own name: "the Bundestag", "the Knesset" (lexicon `meeting_assemblies`).
_ASSEMBLY_WORD = re.compile(r"[A-Z][\w-]+")
_BODY_ADDRESSED = re.compile(
    r"""
    \s+(?:to\s+|before\s+|at\s+)?                               # "a speech to", "addressed"
    (?:a\s+joint\s+(?:meeting|session)\s+of\s+)?(?:the\s+)?      # "a joint session of the"
    (?=[A-Z])                                                      # a body's name
    """,
    re.VERBOSE,
)
# "received scholarships", "hosted a dinner": these verbs meet a group only when it is named.
_THING_VERBS = frozenset({"received", "hosted", "welcomed", "greeted"})


def _is_verb_cue(word: str) -> bool:
    return not _is_noun(" ".join(word.lower().split()))


def _np_members(text: str, people: PeopleIndex, offset: int) -> list[Entity | str]:
    """ "brokers and agents" -> ["brokers", "agents"]; named entities come back as entities."""
    # "about 600 medical students": the group, without its count.
    count = _COUNT.match(text)
    if count:
        return _np_members(text[count.end() :], people, offset + count.end())
    words = []
    for match in _NP_WORDS.finditer(text):
        if _NP_STOP.match(match.group(0)) or len(words) >= 8:
            break
        words.append(match)
        if (
            text[match.end() : match.end() + 1] in {",", ".", ";", ":"}
            and text[match.end() + 1 : match.end() + 6].strip()[:3] != "and"
        ):
            break
    if not words:
        return []
    head_word = words[-1].group(0).lower()
    if head_word in load_set("meeting_audiences") and (of := _AUDIENCE_OF.match(text, words[-1].end())):
        # "addressed a rally of 20,000 supporters": the audience is who came, not the event
        return _np_members(text[of.end() :], people, offset + of.end()) or [head_word]
    if len(words) <= 2 and head_word in _MEMBER_HEADS and (of := _OF_BODY.match(text, words[-1].end())):
        # "met members of the Trades Union Congress": the body they stand for
        run = _CAPITALISED_RUN.match(text, of.end())
        body = people.mention_at(offset + run.start(), offset + run.end()) if run else None
        if body is not None and body.kind in {"org", "country", "group"}:
            # the body's whole name where the index holds only its last words ("Trades Union Congress")
            return [body if body.name == run.group(0) or " " not in run.group(0) else run.group(0)]
    phrase = text[words[0].start() : words[-1].end()]
    members: list[Entity | str] = []
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", phrase)
    shared = parts[-1].split()
    for part in parts:
        part = re.sub(r"^(?:the|a|an|its|his|her|their)\s+", "", part.strip(), flags=re.IGNORECASE)
        if not part or part.lower() in {"the", "a", "an"}:
            continue
        local = phrase.find(part)
        part_start = offset + words[0].start() + local
        entity = people.mention_at(part_start, part_start + len(part))
        if (
            part is not parts[-1]
            and " " not in part
            and part[:1].isupper()
            and not _is_group_head(part.lower())  # "Nurses and hospital managers": two groups
            and len(shared) >= 2
            and _is_group_head(shared[-1])
            and (entity is None or entity.kind == "country")
        ):
            # "Israeli and Hamas negotiators": each modifier names its own negotiators
            members.append(f"{part} {shared[-1]}")
            continue
        head = part.split()[-1]
        if head.lower() in _PLACE_HEADS:
            continue  # "the Frankfurt offices": where, not who
        if entity is None or entity.kind == "group":
            # "the ministers for climate crisis and civil protection": the title runs past "and"
            entity = (
                _titled_person(
                    re.split(r"[,;.]", text[words[0].start() + max(local, 0) :], maxsplit=1)[0],
                    people,
                )
                or entity
            )
        if entity is not None:
            members.append(entity)
        elif len(part.split()) <= 3 and _is_group_head(head):
            members.append(part)  # "brokers", "tax inspectors", "Russian police"
        elif part[:1].isupper() and len(part.split()) <= 5 and head.lower() in _BODY_HEADS:
            members.append(part)  # "the Senate Judiciary Committee": a named body
        elif (named := _DESCRIBED_NAME.search(part)) is not None:
            members.append(named.group("name"))  # "the human rights group Memorial"
    return members


_MEMBER_HEADS = frozenset(
    {"members", "representatives", "leaders", "officials", "executives", "delegates", "envoys", "delegation"}
)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w&'\u2019.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'\u2019.-]*){0,5}")
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
_AUDIENCE_OF = re.compile(r"\s+of\s+(?=(?:about|some|around|nearly|more\s+than|over|\d|[a-z]))")
_COUNT = re.compile(
    r"""
    \s*(?:(?:about|some|around|nearly|almost|roughly|more\s+than|over|at\s+least)\s+)?   # "about"
    (?:\d[\d,]*\s+                                                              # "600 students"
      |(?:tens\s+of\s+|hundreds\s+of\s+)?(?:dozens|hundreds|thousands|millions)\s+of\s+)  # "thousands of supporters"
    (?=[a-z])
    """,
    re.VERBOSE,
)


def _titled_person(part: str, people: PeopleIndex) -> Entity | None:
    """ "the ministers for climate crisis": the one person whose role holds all those words."""
    words = [w.lower() for w in _NP_WORDS.findall(part)]
    if len(words) < 2:
        return None
    title = words[0][:-1] if words[0].endswith("s") else words[0]
    if title not in load_set("role_titles") or words[1] not in {"for", "of"}:
        return None
    wanted = [w for w in words[1:] if w not in {"for", "of", "the", "and"}]
    found = [
        e
        for e in people.by_kind("person")
        if e.role
        and title in e.role.lower().split()
        and 2 * sum(1 for w in wanted if w in e.role.lower()) >= max(len(wanted), 1)
    ]
    return found[0] if len(found) == 1 else None


_PREMISES_OF = re.compile(
    r"""
    \s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w-]+\s+)?                   # "the Moscow"
    (?:offices?|headquarters|premises|homes?|compound)\s+of\s+(?:the\s+)?  # "offices of the"
    """,
    re.VERBOSE,
)
# A description then a name: "human rights group Memorial", "oil company Rosneft".
_DESCRIBED_NAME = re.compile(
    r"""
    \b(?:group|company|firm|organi[sz]ation|agency|charity|party|bank|newspaper|network|union)\s+
    (?P<name>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3})$       # "Memorial", "Rosneft"
    """,
    re.VERBOSE,
)
_PLACE_HEADS = frozenset(
    {"offices", "office", "headquarters", "compound", "home", "homes", "residence", "building"}
    | {"buildings", "hotel", "airport", "base", "room", "premises", "site", "camp", "camps"}
)
_BODY_HEADS = frozenset(
    {"committee", "commission", "council", "court", "tribunal", "panel", "board", "inquiry"}
)


def _is_group_head(word: str) -> bool:
    """A common plural noun able to act as a party: "brokers", "inspectors", "police"."""
    low = word.lower()
    if re.fullmatch(r"[A-Z]{2,}s", word):
        return True  # "MPs", "MEPs": members named by an acronym
    return word[:1].islower() and (
        low in load_set("group_heads")
        or (low.endswith("s") and not low.endswith("ss"))
        or low in {"police", "staff", "military", "cast", "team", "delegation", "crew", "squad", "choir"}
    )


def _split_by_day(
    doc: Document, people: PeopleIndex, clause: Clause, cue: re.Match[str], clause_sentence: int
) -> list[_Evidence]:
    """ "Blinken's discussions with Wang Yi on Monday and Qin Gang on Sunday" is two meetings."""
    after_start = clause.start + cue.end()
    mentions = [
        (s, e, ent)
        for s, e, ent in people.mentions_between(after_start, clause.end)
        if ent.kind == "person"
    ]
    pairs = []
    for _s, e, ent in mentions:
        day = _DAY_AFTER.match(doc.text[e : e + 30])
        if day:
            pairs.append((ent, day.group(1)))
    if len(pairs) < 2 or len({d for _, d in pairs}) < 2:
        return []
    before = [
        ent
        for s, e, ent in people.mentions_between(
            max(clause.start, clause.start + cue.start() - 60), clause.start + cue.start()
        )
        if ent.kind == "person"
    ]
    if not before:
        return []
    host = before[-1]
    return [
        _Evidence(
            start=clause.start,
            end=clause.end,
            cue=cue.group(0).lower(),
            participants=[host, ent],
            when=day,
            sentence=clause_sentence,
        )
        for ent, day in pairs
    ]


def _merge(drafts: list[_Draft], ev: _Evidence) -> None:
    keys = {_key(p) for p in ev.participants}
    target: _Draft | None = None
    if ev.sitting:
        # One legislature's sitting told in several sentences ("voted down on Saturday before
        # PPP lawmakers left the chamber") is one meeting unless the days differ.
        target = next(
            (
                d
                for d in reversed(drafts[-_LOOK_BACK:])
                if d.sitting and (not d.when or not ev.when or d.when == ev.when)
            ),
            None,
        )
    if target is not None:
        pass
    elif (
        len(keys) >= 2
        and drafts
        and drafts[-1].first_sentence == ev.sentence
        and sum(1 for p in drafts[-1].participants if _is_person(p)) >= 2
        and not any(_is_person(p) for p in ev.participants)
    ):
        # "The two leaders met ..., the first visit to Japan by a German chancellor": the
        # sentence's meeting of named persons, told again with groups and countries.
        target = drafts[-1]
        ev.participants = []
    elif len(keys) >= 2:
        for draft in reversed(drafts[-_LOOK_BACK:]):
            common = keys & draft.keys()
            if len(common) >= 2 or (common and (keys <= draft.keys() or draft.keys() <= keys)):
                if ev.when and draft.when and ev.when != draft.when and len(common) < 2:
                    continue
                if ev.background != draft.background and ev.when != draft.when:
                    continue  # "they had also met in 2019": an earlier meeting of the same pair
                target = draft
                break
        if target is None:
            drafts.append(_new_draft(ev))
            return
    elif drafts:
        # One named party or none: "their 30-minute meeting", "the meeting with Blinken".
        candidates = [d for d in drafts[-_LOOK_BACK:] if len(d.participants) >= 2]
        if ev.when and ev.anaphoric:
            candidates = [d for d in candidates if d.when == ev.when] or candidates
        if keys:
            candidates = [d for d in candidates if keys & d.keys()] or (
                [] if not ev.anaphoric else candidates
            )
        if candidates and (ev.anaphoric or keys):
            # The meeting whose people this sentence names, then the best attested, then the latest.
            ranked = sorted(
                enumerate(candidates),
                key=lambda ic: (len(ev.hints & ic[1].keys()), ic[1].evidence, ic[0]),
            )
            target = ranked[-1][1]
    if target is None and ev.anaphoric and len(ev.named) >= 2 and not ev.when:
        # "Talks in Geneva ended on Thursday ... The talks brought together A and B": the lede
        # told the story's meeting by its noun alone; the persons named with it later met there.
        told = next(
            (d for d in reversed(drafts[-_LOOK_BACK:]) if not d.participants and d.cue == ev.cue),
            None,
        )
        if told is not None:
            told.participants = list(ev.named)
            told.evidence += 1
            told.spans.append((ev.start, ev.end))
            told.place = told.place or ev.place
            return
    if target is None and ev.anaphoric and ev.hinted and not ev.when:
        # "A Senate hearing was held ... Katigbak apologised during the hearing": the persons
        # named beside "the hearing" took part in the one-party hearing told before.
        lone = next(
            (
                d
                for d in reversed(drafts[-_LOOK_BACK:])
                if d.cue == ev.cue and len(d.participants) == 1 and not d.sitting
            ),
            None,
        )
        if lone is not None:
            for person in ev.hinted:
                if person.key not in lone.keys():
                    lone.participants.append(person)
            lone.evidence += 1
            lone.spans.append((ev.start, ev.end))
            return
    if target is None and ev.anaphoric and ev.joined and len({p.key for p in ev.hinted}) >= 2:
        # "Macron and Scholz attended the summit", no summit told before: those who attended met
        ev.participants = list({p.key: p for p in ev.hinted}.values())
        drafts.append(_new_draft(ev))
        return
    if target is None:
        if (len(keys) == 1 and not ev.anaphoric) or (ev.sitting and keys):
            drafts.append(_new_draft(ev))
        elif not keys and ev.lede and not ev.anaphoric and not ev.background and _is_noun(ev.cue):
            drafts.append(_new_draft(ev))  # "Talks in Geneva ended on Thursday": parties told later
        return
    target.evidence += 1
    target.spans.append((ev.start, ev.end))
    if ev.joined:
        ev.participants = [*ev.participants, *ev.hinted]
    for p in ev.participants:
        # "lawmakers" after "opposition lawmakers": the same party, named shorter.
        if _key(p) not in target.keys() and not any(
            k.endswith(" " + _key(p)) for k in target.keys()
        ):
            target.participants.append(p)
    target.place = _combine_places([p for p in (target.place, ev.place) if p])
    target.when = target.when or ev.when
    if ev.duration and (
        not target.duration
        or (_is_trip_length(target.duration) and not _is_trip_length(ev.duration))
    ):
        # "a two-day visit ... where the pair held talks for about 90 minutes": the talks' length
        target.duration = ev.duration
    if ev.tone and ev.tone not in target.tones:
        target.tones.append(ev.tone)


def _is_trip_length(duration: str) -> bool:
    return bool(re.search(r"\b(?:days?|weeks?|months?)\b", duration))


def _is_person(p: Entity | str) -> bool:
    return not isinstance(p, str) and p.kind == "person"


def _new_draft(ev: _Evidence) -> _Draft:
    return _Draft(
        list(ev.participants),
        [(ev.start, ev.end)],
        ev.cue,
        ev.place,
        ev.when,
        ev.duration,
        [ev.tone] if ev.tone else [],
        ev.sentence,
        sitting=ev.sitting,
        background=ev.background,
    )


# "testified to a Senate committee", "was in talks with Saudi authorities": the body's or the
# country's people the evidence names, not the body or the country itself.
_BODY_HEAD = re.compile(
    r"""
    \s+(?P<head>committee|subcommittee|panel|delegation|delegates        # a body's part
      |authorities|officials|leaders|negotiators|lawmakers|legislators   # a country's or a body's people
      |envoys|diplomats|ministers)\b
    """,
    re.VERBOSE,
)


def _headed_name(doc: Document, draft: _Draft, party: Entity | str) -> str:
    """The party's name with the group head that follows it in the evidence ("Senate committee")."""
    if not isinstance(party, str):
        if party.kind == "person":
            return party.name
        spans = list(party.spans)
    elif party[:1].isupper() and " " not in party:  # "Saudi", "Chinese": a word told before its head
        word = re.compile(rf"\b{re.escape(party)}\b")
        spans = [(m.start(), m.end()) for a, b in draft.spans for m in word.finditer(doc.text, a, b)]
    else:
        return party
    # (a party named many times in a long draft: each mention is looked up, not checked against
    # every span of the draft)
    ordered = sorted(draft.spans)
    starts = [a for a, _ in ordered]
    reach = list(accumulate((b for _, b in ordered), max))  # the furthest end of a span opening by then
    for start, end in spans:
        at = bisect_right(starts, start) - 1
        if at >= 0 and reach[at] >= end:
            head = _BODY_HEAD.match(doc.text, end)
            if head is not None:
                headed = f"{doc.text[start:end]} {head.group('head')}"
                return _panel_named(doc, headed) or headed  # "Senate panel": the committee named in full
    return _name(party)


# "Labour's spring conference", "the party's annual convention" as a party: the body that met,
# and its gathering where it met.
_BODY_GATHERING = re.compile(
    r"""
    ^(?P<body>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}?(?:(?<=s)['\u2019]|['\u2019]s))\s+  # "Labour's", "Tories'"
    (?P<event>(?:[a-z]+\s+){0,2}(?:conference|convention|congress|rally|summit|assembly|caucus|congregation))$
    """,
    re.VERBOSE,
)


def _body_and_gathering(draft: _Draft, names: list[str]) -> tuple[list[str], str | None]:
    """The party names with "X's conference" told as X, and the conference added to the place."""
    place = draft.place
    out: list[str] = []
    for name in names:
        gathering = _BODY_GATHERING.match(name)
        body = re.sub(r"['\u2019]s?$", "", gathering.group("body")) if gathering is not None else None
        if body is None or body in names:
            out.append(name)
            continue
        out.append(body)
        if place is None or name not in place:
            place = f"{name}, {place}" if place else name
    return out, place


def _meeting(doc: Document, draft: _Draft) -> Meeting:
    participants = tuple(
        Participant(name=_headed_name(doc, draft, p), role=None)
        if isinstance(p, str)
        else Participant(name=_headed_name(doc, draft, p), role=p.role)
        for p in draft.participants
    )
    names, place = _body_and_gathering(draft, [p.name for p in participants])
    participants = tuple(Participant(name=n, role=p.role) for n, p in zip(names, participants, strict=True))
    who = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]
    details = [d for d in (place and f"at {place}", draft.when, draft.duration) if d]
    text = f"{who}: {draft.cue}" + (f" ({', '.join(details)})" if details else "")
    if draft.tones:
        text += f"; described as {' and '.join(draft.tones)}"
    return Meeting(
        participants=participants,
        text=text,
        span=draft.spans[0],
        place=place,
        when=draft.when,
        duration=draft.duration,
    )
