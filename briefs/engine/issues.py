"""Open issues: disputes, risks, concerns, criticism and open questions, one per topic.

A clause carrying a cue of lexicon `issue_cues` becomes a condensed line; its
topic is the noun phrase at stake ("concerns about X", "dispute over X",
"ranging from X to Y"), else the article's most talked-about word in the clause.
Candidates rank by cue strength (a dispute or a doubt outweighs an event word of
`issue_cues_weak`), topic salience and quality, place in the story; background
history and fragments rank lower. Issues sharing a topic, or a line repeating the
themes of a chosen one, are one issue; an article gets a few, by its length.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..model import OpenIssue
from .clauses import (
    MAX_ITEM_TOKENS,
    Clause,
    case_counts,
    clauses,
    from_cue,
    lower,
    phrase_pattern,
    phrase_union,
    quoted_share,
    sentences_with,
    share_scan,
    tidy,
    tokens,
    truncate_tokens,
    window,
    word_counts,
)
from .doc import Document, Sentence
from .lexicons import load_set, mentions_any

if TYPE_CHECKING:
    from .people import PeopleIndex


class _Gated:
    """A case-insensitive pattern behind a cheap test: it can only match where one of `needs`
    (lower-case literals) occurs, and most clauses hold none of them."""

    def __init__(self, pattern: re.Pattern[str], *needs: str) -> None:
        self.pattern, self.needs = pattern, needs

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        low = lower(text)
        for word in self.needs:  # a plain loop: no generator set up for a handful of words
            if word in low:
                return self.pattern.search(text, pos)
        return None


MAX_ISSUES = 8
MIN_WEIGHT = 0.5
QUOTED = -1.0  # a line of someone's own words, its speaker named in another sentence
SHORT_ARTICLE = 500  # words: a short story has few open questions  # below this a candidate is a passing mention, not an issue
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f'\u2019-]*")
# "concerns about X", "dispute over X", "tone on X", "fears of X"
_ABOUT = re.compile(
    r"""
    ^(?:\W*(?:\w+\W+){0,2}?(?:over|about|regarding|concerning|around|against|surrounding)  # "dispute over"
      |\s+(?:of|on)                                                # "fears of", "tone on"
      |\s+to\s+(?:engage|act|comply|work)\s+(?:in|on|with))          # "reluctance to engage in"
    \s+(?P<np>.+)$                                                  # what it is about
    """,
    re.IGNORECASE | re.VERBOSE,
)
_RANGE = _Gated(
    re.compile(r"\branging\s+from\s+(?P<a>[^,;.]+?)\s+to\s+(?P<b>[^,;.]+)", re.IGNORECASE),
    "ranging",
)
# The open question after an uncertainty cue; ", who" opens a relative clause, not a question.
_WH = re.compile(r"(?<!,\s)\b(?:what|whether|how|why|when|where|who|if)\s+(?P<rest>.+)$", re.IGNORECASE)
_UNCERTAIN = _Gated(
    re.compile(
        r"""
        \b(?:unclear|not\ (?:yet\ |immediately\ )?clear|uncertain\w*|unknown|unanswered
          |unresolved|doubts?|remains\ to\ be\ seen|jury\ is\ still\ out
          |questions?\ remains?                                 # "questions remain how much"
          |(?:did|would)\ not\ (?:mention|say|specify|confirm|explain)
           (?=\ (?:if|whether|what|who|why|when|where))        # "did not say what caused"
          |(?:has|have|had)\ not\ (?:said|specified|confirmed|explained|determined|established)
           (?=\ (?:if|whether|what|who|why|when|where|how))    # "has not said how many trains"
          |(?:nobody|no\ one)\ knows                            # "nobody knows how long"
          |(?:nobody|no\ one)(?:\ [\w'\u2019-]+){0,4}?\ (?:has|have|had)\ (?:yet\ )?
           (?:said|explained|determined|established|answered)
           (?=\ (?:if|whether|what|who|why|when|where|how))    # "nobody at City Hall has explained how"
          |neither\ (?:\w+\ )?said(?=\ (?:if|whether|what|who|why|when|where|how))  # "neither leader said when"
          |did\ not\ know|do\ not\ know|not\ (?:yet\ )?known
          |not\ (?:yet\ )?sure(?=\ (?:if|whether|what|who|why|when|where|how))|unsure      # "is not sure who"
          |asking(?=\ (?:if|whether|how|why|who|what))          # "analysts are asking whether"
          |wan(?:t|ts|ted)\ to\ know(?=\ (?:if|whether|how|why|who|what|where))  # "want to know who"
          )\b
        """,
        re.IGNORECASE | re.VERBOSE,
    ),
    "clear",
    "certain",
    "unknown",
    "unanswered",
    "unresolved",
    "doubt",
    "seen",
    "jury",
    "know",
    "remain",
    " not ",
    "knows",
    "not sure",
    "not yet sure",
    "unsure",
    "nobody",
    "no one",
    "neither",
    "asking",
)


@lru_cache(maxsize=256)
def _uncertain(text: str) -> re.Match[str] | None:
    """`_UNCERTAIN` searched once per clause: a candidate's line, topic, question flag and news test
    each ask."""
    return _UNCERTAIN.search(text)


# A question left unanswered, told by who has not answered it: "district officials have not said
# where the students will go", "nobody at City Hall has explained how" (the lexicon lists the
# commonest of these; the construction takes every wh-word and a few words between).
_UNANSWERED = re.compile(
    r"""
    (?:\b(?:(?:has|have|had)\ not|(?:nobody|no\ one)(?:\ [\w'\u2019-]+){0,4}?\ (?:has|have|had))
       \ (?:yet\ )?(?:said|specified|explained|determined|established|answered|disclosed|revealed)
      |\b(?:(?:is|are|was|were|am)\ not\ (?:yet\ )?sure|unsure))              # "is not sure who will"
    \ (?:if|whether|what|who|why|when|where|how|which)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


# Hopes fading or chances slim: "as hopes of finding survivors of Flight 8501 faded", "chances of
# finding anyone alive were exceedingly remote"; a ruling under appeal: "is appealing a ruling".
_FADING = re.compile(
    r"""
    \b(?:hopes?|chances?|prospects?)\s+(?:of|for)\s+(?P<hoped>(?:[\w'\u2019-]+\s+){1,10}?)
      (?:(?:were|was|are|is|looked|look|seemed|remain|remained)\s+(?:\w+\s+)?(?:remote|slim|dim|fading)
        |faded|fade|fading|dimmed|dimming|dwindled|dwindling|receded)\b
    |\bappeal(?:s|ed|ing)\s+(?:a|the|his|her|its|their)\s+(?:[\w-]+\s+)?   # not "will appeal": a step
      (?P<appealed>ruling|verdict|conviction|sentence|judgment|judgement)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


# _UNANSWERED's cheap test (a search for a literal, then a few letters): every match holds one.
_UNANSWERED_GATE = re.compile(r"not (?:yet |sure|s[ap]|e[xs]|d[ei]|an|re)|unsure|obody|o one")


# An inquiry into an open question: "is examining whether", "trying to establish how".
_INQUIRY = _Gated(
    re.compile(
        r"""
        \b(?:examining|investigating|looking\ into|assessing|to\ determine|to\ establish)
        \s+(?:whether|if|how|what|why|who)\s+(?P<rest>.+)$     # the question itself
        """,
        re.IGNORECASE | re.VERBOSE,
    ),
    "examining",
    "investigating",
    "looking into",
    "assessing",
    "to determine",
    "to establish",
)


# An open question as the subject of its sentence, without an uncertainty word: "Whether the
# striker is fit will depend on a scan", "How the airline will repay its loans is the question".
_WH_SUBJECT = re.compile(
    r"""
    ^\W*(?:Whether|How|Why)\s+(?P<rest>[^,;:?]{5,120}?)\s
    (?:is|remains|was|will\s+(?:be|depend|decide|determine)|depends|hinges|rests)\b
    """,
    re.VERBOSE,
)
# A demand that something be done, told by its act: "insisted that the loan be repaid", "wants the
# election postponed"; a condition set on money or help: "tied the release of the aid to progress
# on reforms". ("calling for X to be brought to justice" was tried: it took a lead's plea.)
_DEMANDED_ACT = re.compile(
    r"""
    \b(?:insist|demand|urg|request|ask)(?:s|ed|es|ing)?\s+that\s+
       (?:[\w'\u2019-]+\s+){1,8}?be\s+[a-z]{3,}\b        # "insisted that X be repaid"
    |\bwant(?:s|ed)?\s+(?:the|its|their|his|her|all)\s+(?:[\w'\u2019-]+\s+){0,3}?
       (?:postponed|scrapped|delayed|cancell?ed|reversed|withdrawn|dropped|halted
         |suspended|released|lifted|overturned|abolished)\b           # "wants the vote postponed"
    |\b(?:tie[sd]?|tying|link(?:s|ed|ing)?|condition(?:s|ed|ing)?)\s+(?:the\s+)?
       (?:release|payment|disbursement|delivery|transfer|resumption|renewal)\s+of\s
                                                                    # "tied the release of X to"
    """,
    re.IGNORECASE | re.VERBOSE,
)


# What a condition holds back ("tied the release of the aid to"): _DEMANDED_ACT's cheap test.
_HELD_BACK = re.compile(r"(?:release|payment|disbursement|delivery|transfer|resumption|renewal) of ")
_DEMAND_HEAD = re.compile(r"^\S+\s+(?:for|that)?\s*")


# A state still in force, told by "still" or "remain" before an adverse state: "streets remain
# flooded", "the museum is still shut", "two climbers are still in intensive care"; the state is the
# stake. ("still without" was tried in round 7: it hid "without power", a cue of its own.)
_STILL_STATE = re.compile(
    r"""
    \b(?:remain(?:s|ed)?|still)\s+(?:(?:largely|partly|closed\ and|shut\ and)\s+)?
    (?P<state>flooded|shut|closed|trapped|stranded|detained|grounded|besieged|offline
      |in\ (?:hospital|intensive\ care|custody|limbo|a\ coma|a\ (?:critical|serious)\ condition)
      |on\ (?:strike|hold)|under\ (?:siege|threat|review))\b
    (?!\s+(?:until|till|for\ now)\b)          # "will remain suspended until Monday": a schedule
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A hardship that has gone on for a while: "fell for a fourth month in a row", "the walkout has
# entered its third week", "the strike, now in its fourth week" (not a plain "for a second day":
# "services were cancelled for a second day" is the day's news).
_NTH = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
_SPAN = r"(?:day|night|week|month)s?\b"
_ONGOING = re.compile(
    rf"""
    \b(?:now\ in|entered|into)\ its\s+{_NTH}\s+(?:(?:straight|consecutive|successive)\s+)?{_SPAN}
                                          # "now in its fourth week"
    |\bfor\ (?:a|the)\s+{_NTH}\s+(?:(?:straight|consecutive|successive)\s+{_SPAN}|{_SPAN}\s+in\ a\ row)
                                          # "for a third straight day", "for a fourth month in a row"
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _match_at(
    pattern: re.Pattern[str], twin: re.Pattern[str], text: str, low: str
) -> re.Match[str] | None:
    """`pattern` (case-insensitive) found through its case-sensitive `twin` on the lower-cased
    text, which is faster; the match is then taken on `text` at the same place."""
    if len(low) != len(text):  # a character whose lower case is longer: positions differ
        return pattern.search(text)
    found = twin.search(low)
    return pattern.match(text, found.start()) if found else None


_STILL_STATE_LOW = re.compile(_STILL_STATE.pattern, re.VERBOSE)
_ONGOING_LOW = re.compile(_ONGOING.pattern, re.VERBOSE)
# _ONGOING's cheap test: every match holds one of these (its first branch an "... its", its second
# "in a row" or an adverb); a bare "its " let most sentences through.
_ONGOING_WORDS = ("now in its", "entered its", "into its", " row", "straight", "consecutive", "successive")


# What a poll or survey found ("a poll for the paper showed that most farmers ...", "only 31% of
# voters believe ..., a survey found"), told in a story that is not the poll's own: a public
# divided or doubtful. Not a polling station. (A bare share holding a view, "58 per cent of parents
# said ...", was tried: on pool4 it took a background report's figures, two lines a story.)
_POLL_FINDING = re.compile(
    r"""
    \b(?:poll|survey)\b[^.;]{0,80}?                       # a poll or survey named ...
    \b(?:found|finds|showed|shows|suggests|suggested)\b   # ... and what it found
    """,
    re.IGNORECASE | re.VERBOSE,
)


# A fronted condition with a consequence ahead ("Unless a buyer comes forward, the mill will
# shut"): the outcome hangs on what is not yet done. Not an exception in passing ("do not ring
# unless ...") nor a rule of the house ("Unless otherwise stated, prices include ...": no modal).
_FRONTED_UNLESS = re.compile(
    r"""
    ^\W*Unless\s+(?!otherwise\b)     # the sentence opens on the condition
    [^,.;]{3,120},\s+                  # the condition, up to its comma
    [^.;]*?\b(?:will|would|could|may|might|must|cannot|can't|can\u2019t|won't|won\u2019t|shall)\b
                                     # the consequence, still ahead
    """,
    re.VERBOSE,
)


_POLL_NAMED = re.compile(r"\b(?:poll|polls|survey|surveys)\b", re.IGNORECASE)


def _poll_story(doc: Document) -> bool:
    """The story is a poll's own news: its opening names the poll, and each finding restates it."""
    return any(_POLL_NAMED.search(s.text) for s in doc.sentences[:3])


def _constructed(text: str, polls: bool = True) -> list[re.Match[str]]:
    """Cues that are constructions, not words: a demanded act, a condition, a question as subject,
    a question left unanswered ("have not said where the students will go"), a poll's finding, a fronted condition ("Unless ..., X will ...")."""
    out: list[re.Match[str]] = []
    # cheap tests on the text as written: most sentences hold none of these words
    if (
        ("hope" in text or "Hope" in text)
        or "hance" in text
        or "rospect" in text
        or "ppeal" in text
    ):
        fading = _FADING.search(text)
        if fading:
            out.append(fading)
    if (
        "not " in text or "obody" in text or "o one" in text or "unsure" in text
    ) and _UNANSWERED_GATE.search(text):
        unanswered = _UNANSWERED.search(text)
        if unanswered:
            out.append(unanswered)
    if "want" in text or ("that " in text and " be " in text) or (" of " in text and _HELD_BACK.search(text)):
        demanded = _DEMANDED_ACT.search(text)
        if demanded:
            out.append(demanded)
    if "Unless" in text:
        condition = _FRONTED_UNLESS.match(text)
        if condition:
            out.append(condition)
    if polls and ("oll" in text or "urvey" in text):
        poll = _POLL_FINDING.search(text)
        if poll:
            out.append(poll)
    if _asks_first(text):
        asked = _WH_SUBJECT.match(text)
        if asked:
            out.append(asked)
    return out


def _states(text: str) -> list[re.Match[str]]:
    """Cues that are states told by construction: a state still in force, a hardship gone on for
    days or weeks."""
    out: list[re.Match[str]] = []
    low = lower(text)
    if "still " in low or "remain" in low:
        state = _match_at(_STILL_STATE, _STILL_STATE_LOW, text, low)
        if state:
            out.append(state)
    for word in _ONGOING_WORDS:  # a plain loop: no generator set up for every sentence
        if word in low:
            ongoing = _match_at(_ONGOING, _ONGOING_LOW, text, low)
            if ongoing:
                out.append(ongoing)
            break
    return out


def _asks_first(text: str) -> bool:
    return text.lstrip("\"'\u201c\u2018 ")[:1] in ("W", "H")


@dataclass(frozen=True)
class _Candidate:
    topic: str
    text: str
    span: tuple[int, int]
    weight: float
    order: int
    guessed: bool = False  # the topic is the clause's most repeated word, not a named stake
    core: str = ""  # the cue's own clause, when the line was widened to read alone
    sentence: int = -1  # index of the evidence sentence
    question: bool = False  # the line says something is unknown or unclear
    whole: tuple[int, int] | None = None  # the sentence to show instead of a fragment line


def find_open_issues(doc: Document, people: PeopleIndex) -> tuple[OpenIssue, ...]:
    """Open issues, the most strongly cued and salient first, one per topic, a few per article."""
    counts = _word_counts(doc)
    candidates = _candidates(doc, people, counts)
    chosen = _select(candidates, counts, _issue_budget(doc.word_count), doc.word_count < SHORT_ARTICLE)
    return _as_issues(doc, chosen)


def _as_issues(doc: Document, chosen: list[_Candidate]) -> tuple[OpenIssue, ...]:
    """The chosen candidates as open issues. A chosen line that is a fragment of a short sentence
    reads as its whole sentence (chosen as the line was: the choice and the topic do not change),
    unless another chosen line comes from that sentence: the whole would say that one again."""
    per_sentence = Counter(c.sentence for c in chosen)
    return tuple(
        OpenIssue(text=tidy(doc.text[c.whole[0] : c.whole[1]]), span=c.whole, topic=c.topic)
        if c.whole and per_sentence[c.sentence] == 1
        else OpenIssue(text=c.text, span=c.span, topic=c.topic)
        for c in chosen
    )


share_scan(("issue_cues", "issue_cues_weak"))


def _candidates(doc: Document, people: PeopleIndex, counts: Counter[str]) -> list[_Candidate]:
    """Every cued clause of the article as a weighted candidate line, in text order."""
    top = _top_entity(people)
    strong_cues, weak_cues = phrase_pattern("issue_cues"), phrase_pattern("issue_cues_weak")
    candidates: list[_Candidate] = []
    cued = sentences_with(doc, phrase_union(("issue_cues", "issue_cues_weak")))
    polls = not _poll_story(doc)  # a poll's findings are issues of a story the poll is not
    for sentence in doc.sentences:
        stated = bool(_states(sentence.text))
        if (
            sentence.index not in cued and not stated and not _constructed(sentence.text, polls)
        ) or not _reads_as_prose(sentence) or _furniture(sentence.text):
            continue
        parts = clauses(sentence)
        for index, clause in enumerate(parts):
            found = list(strong_cues.finditer(clause.text))
            if any(_fear_undone(clause.text, c) for c in found):
                continue  # "the worst of the travel fears failed to materialize": nothing left open
            strong = [
                c
                for c in found
                if not _in_title(clause.text, c)
                and not _diminished(clause.text, c.start())
                and not _NO_COMMENT.match(clause.text, c.end())
                and not _talk_answered(clause.text, c)
                and not (
                    c.group(0).lower().startswith(_RISKS)
                    and _RULED_OUT.search(clause.text, max(0, c.start() - 30), c.start())
                )
            ] + _constructed(clause.text, polls) + (_states(clause.text) if stated else [])
            weak = [
                w
                for w in weak_cues.finditer(clause.text)
                if not any(c.start() <= w.start() < c.end() for c in strong)
                and not _in_title(clause.text, w)
                and not _diminished(clause.text, w.start())
                and not _NO_COMMENT.match(clause.text, w.end())
                and not _KIND_OF_CRAFT.match(clause.text, w.end())
            ]  # "pressure" inside "growing pressure" is one cue
            if not strong and not weak:
                continue
            cues = sorted(strong + weak, key=lambda m: m.start())
            start, end = window(sentence, parts, index)
            core = ""
            if (
                doc.text[start : start + 1].islower()
                and _DANGLING.match(doc.text[start:end])
                and len(tokens(sentence.text)) <= MAX_ITEM_TOKENS - 4
            ):
                # "as ministers faced accusations that ...", "angering conservatives who ...": a cut
                # that leaves no main clause; the whole sentence reads alone.
                core = doc.text[start:end]
                start, end = sentence.start, sentence.end
            text = tidy(doc.text[start:end])
            shortened = len(tokens(text)) > MAX_ITEM_TOKENS - 4
            if shortened:
                text = _around(clause, cues[0].start())
            size = len(tokens(text))
            if size < 3:
                continue
            question = _unclear_line(clause)
            if (
                question
                and index > 0
                and _BACK_REFERENCE.search(question)
                and len(tokens(sentence.text)) <= MAX_ITEM_TOKENS - 4
            ):
                # "..., and it is unclear whether Jakarta will raise them": the question needs
                # what "them" stands for, said earlier in its sentence.
                question = tidy(sentence.text)
            text = question or _without_lead_phrase(text)
            # "Were unable to say how many people remained trapped", "naturally suffer, with ...": a
            # line cut from inside a short sentence on no subject does not say whose issue it is.
            whole = (
                (sentence.start, sentence.end)
                if not question
                and not core
                and _opens_on_no_subject(doc.text[start : start + 40])
                and len(tokens(sentence.text)) <= MAX_ITEM_TOKENS - 4
                else None
            )
            strength = min(
                len({c.group(0).lower() for c in strong}) + (0.5 if weak else 0.0),
                3.0,
            )
            if _DESCRIPTION.search(clause.text):
                continue  # "Memorial is famous for documenting abuses": who someone is, not an issue
            cut = doc.text[start : start + 1].islower() or (shortened and _opens_lower(text, clause.text))
            if cut and size < 7 and _JOINED_CLAUSE.match(doc.text[start:end]):
                cut = False  # "..., and eight people remain missing": a clause with its own subject
            if (
                size < 7
                and cut
                and not question
                and not core
                and not _broken_off(text)
                and 7 <= len(tokens(sentence.text)) <= MAX_ITEM_TOKENS - 4
            ):
                # "..., but has yet to contact its target": a short clause with no subject of its
                # own reads as its whole short sentence
                start, end = sentence.start, sentence.end
                text, size, cut, whole = tidy(sentence.text), len(tokens(sentence.text)), False, None
            if not question and not core and _NO_SUBJECT.match(text):
                closed = _AFTER_ASIDE.search(doc.text, max(sentence.start, start - 4), start)
                asides = list(_ASIDE_DASH.finditer(doc.text, sentence.start, closed.start())) if closed else []
                opened = asides[-1].start() if asides else -1
                if closed and opened > sentence.start:
                    # "BA warned that yields - average revenues per passenger - were expected to
                    # decline": the line cut after an aside between dashes takes back its subject
                    joined = tidy(f"{doc.text[sentence.start : opened].rstrip()} {doc.text[start:end].lstrip()}")
                    if len(tokens(joined)) > MAX_ITEM_TOKENS - 4:
                        continue  # too long to take its subject back: a fragment
                    text, size, cut, whole = joined, len(tokens(joined)), False, None
                    start = sentence.start
            if (
                _QUOTED_FRAGMENT.match(text)
                or _SAID_FRAGMENT.match(text)
                or _broken_off(text)
                or (size < 7 and (cut or _NO_SUBJECT.match(text)))
                or (not question and sentence.text[:1].islower() and _NO_SUBJECT.match(text))
            ):
                # "... and makes infrastructure problems even worse"; "were expected to decline as
                # ..." (a sentence the page broke after its subject, opening lower-case on an
                # auxiliary): a fragment
                continue
            fragment = -1.0 if size < 7 else 0.0  # short lines say little on their own
            opening = text[:1].lower() + text[1:80] if shortened else doc.text[start : start + 80]
            if cut and not core and _OPENS_WITHOUT_SUBJECT.match(opening):
                fragment = -1.0  # "taking advantage of his absence to complain ...": no subject
            background = -0.5 if _BACKGROUND.search(clause.text) else 0.0
            if not strong and _HAPPENED.search(clause.text):
                background -= 1.0  # "the attack took place at about 7:45 p.m.": when and where, told
            # The lead's own news ("A judge on Wednesday postponed her decision"): the event the
            # summary reports, not a question it leaves open, unless a dispute or doubt is named.
            news_of_day = not strong and _news_of_day(sentence.index, clause.text)
            # A quotation carried on from an earlier sentence ("We have run out of other
            # options.") is the speaker's mood; the quotes section has it. A quote whose
            # sentence names its speaker ("The gaps have narrowed," an official said) still counts.
            voiced = quoted_share(doc, clause.start, clause.end) >= 0.6 and not _ATTRIBUTED.search(
                sentence.text
            )
            # cue words that are never the topic: a strong cue, or an -ly word ("allegedly", "unduly",
            # "costly" say how a deed is told or judged, not what it is about)
            strong_words = frozenset(c.group(0).lower() for c in strong) | frozenset(
                w.group(0).lower() for w in weak if w.group(0).endswith("ly")
            )
            for found, quality in _topics(clause, cues, counts, people, (top, strong_words)):
                topic = _clean_topic(found)
                if not topic:
                    continue
                weight = (
                    strength
                    + _salience(topic, counts)
                    + (1.0 if sentence.index < 4 and not news_of_day else 0.0)
                    + _emphasis(clause.text)
                    + quality
                    + background
                    + (QUOTED if voiced or _first_person(text) else 0.0)
                    + fragment
                )
                candidates.append(
                    _Candidate(
                        topic,
                        text,
                        (start, end),
                        weight,
                        len(candidates),
                        quality < 0,
                        core,
                        sentence.index,
                        bool(_uncertain(clause.text)),
                        whole,
                    )
                )
    return candidates


# "the ministers for climate crisis", "director of pandemic threat management": a cue word
# inside a title or a body's name names a portfolio, not a problem.
_TITLE_BEFORE = re.compile(
    r"""
    \b(?:ministers?|ministry|secretary|department|director|head|office|commissioner)
    \s+(?:of|for)\s+                       # "minister for"
    (?:[\w-]+\s+(?:and\s+)?){0,3}$          # "climate crisis and"
    """,
    re.IGNORECASE | re.VERBOSE,
)
_TITLE_AFTER = re.compile(
    r"""
    ^(?:\s+(?:and\s+)?                    # "emergency"; never "whether the" ("unclear whether the
      (?!(?:the|a|an|whether|if|that|of|for|to|by|with|from|its|their|his|her)\b)[\w-]+){0,2}?\s+  # ministry")
    (?:management|minister|ministry|department|agency|unit|commissioner|directorate)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


# "less controversial issues", "a non-violent protest", "no longer a concern", "treated for minor
# injuries", "passed without causing major damage", "to reduce potential injury": the cue word
# denied, made light of or named as what an aim prevents ("not" was tried: "not illegal" is a stake).
_DIMINISHED = re.compile(
    r"""
    \b(?:(?:less|least|non|no\s+longer|minor)[\s-]+
      |without\s+(?:(?:any|a|an)\s+)?(?:[a-z-]+\s+){0,2}
      |(?:reduce|prevent|avoid|minimi[sz]e)\s+(?:(?:potential|further|future)\s+)?)$
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _diminished(text: str, cue_start: int) -> bool:
    """The words just before a cue deny it or make light of it (searched in the 60 characters
    before the cue: every match is shorter, and a search of the whole clause before each cue was
    a hot spot)."""
    return _DIMINISHED.search(text, max(0, cue_start - 60), cue_start) is not None


# "After weeks of speculation about her plans, the singer confirmed ...": talk fronted by "after"
# or "following" came before the news, and the main clause answers it; nothing is left open.
_TALK_BEFORE = re.compile(
    r"""
    ^\W*(?:after|following)\s+        # the clause opens on what came before
    (?:[\w'\u2019-]+\s+){0,4}$       # a few words of the talk ("weeks of", "widespread")
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _talk_answered(text: str, cue: re.Match[str]) -> bool:
    """A cue of talk ("speculation") in a fronted "After ..." phrase: the talk the news answered."""
    return "speculation" in cue.group(0).lower() and _TALK_BEFORE.search(text, 0, cue.start()) is not None


# "there was no threat to the public", "poses no immediate danger": a threat ruled out.
_RULED_OUT = re.compile(r"\bno\s+(?:(?:immediate|further|ongoing|known|wider|direct)\s+)?$", re.IGNORECASE)
_RISKS = ("threat", "danger", "risk")


# "declined to comment", "refused to be interviewed", "declined to repeat the word": no word given,
# a line of the reporting, not a question the story leaves open ("declined to say whether" and
# "declined to comment on whether" still are).
_NO_COMMENT = re.compile(
    r"""
    \s+to\s+(?:comment(?!\s+on\s+(?:whether|if|how|why|what|when|who)\b)|repeat|elaborate
      |be\s+(?:interviewed|named|identified|quoted)|give\s+(?:details|(?:an?\s+)?interviews?)
      |speak\s+(?:to|with)\s+(?:reporters|journalists|the\s+(?:press|media)))\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


# "a dozen attack planes", "attack helicopters", "score attack games": an event word naming a kind
# of craft or game, not an event.
_KIND_OF_CRAFT = re.compile(
    r"""
    [\s-](?:aircraft|planes?|jets?|helicopters?|submarines?|drones?|boats?|craft   # "attack planes"
      |dogs?|games?|squadrons?)\b                                                # "attack games"
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "he's not concerned about the mind-set", "I am not worried": a fear denied; "the worst of the
# travel fears failed to materialize", "those concerns were nowhere to be found": a fear that did
# not come true. (An attempt to "allay concerns" leaves them open: it may fail.)
_FEARS = ("concern", "worr", "fear", "afraid")
_FEAR_DENIED = re.compile(
    r"\b(?:not|n't|n\u2019t|never)\s+(?:(?:too|overly|particularly|unduly|that|at\s+all)\s+)?$",
    re.IGNORECASE,
)
_FEAR_GONE = re.compile(
    r"""
    ^(?:\s+[\w'\u2019-]+){0,5}?\s+(?:failed\s+to|did\s+not|didn't|didn\u2019t|never)\s+materiali[sz]ed?\b
    |^(?:\s+[\w'\u2019-]+){0,3}?\s+(?:were|was|are|is|proved|proved\s+to\s+be)\s+
      (?:nowhere\s+to\s+be\s+(?:found|seen)|unfounded|groundless)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _fear_undone(text: str, cue: re.Match[str]) -> bool:
    """A fear or concern denied by its holder or told as not come true."""
    if not cue.group(0).lower().startswith(_FEARS):
        return False
    return bool(
        _FEAR_DENIED.search(text, max(0, cue.start() - 30), cue.start())
        or _FEAR_GONE.match(text[cue.end() : cue.end() + 80])
    )


def _in_title(text: str, cue: re.Match[str]) -> bool:
    if _in_name(text, cue):
        return True
    return bool(
        _TITLE_BEFORE.search(text[max(0, cue.start() - 60) : cue.start()])
        or _TITLE_AFTER.match(text[cue.end() : cue.end() + 50])
    )


# "the Counter Terrorism Command", "the Conflict Studies Institute": a capitalised cue word beside
# another capitalised word mid-sentence is part of a body's name.
_CAPITALISED_BEFORE = re.compile(r"(?:(?<=[a-z,] )|^)[A-Z][\w'\u2019&.-]*\s+$")
_CAPITALISED_AFTER = re.compile(r"^\s+(?:(?:of|for|and)\s+)?[A-Z][a-z]")


def _in_name(text: str, cue: re.Match[str]) -> bool:
    if not text[cue.start() : cue.start() + 1].isupper():
        return False
    return bool(
        _CAPITALISED_BEFORE.search(text[max(0, cue.start() - 40) : cue.start()])
        or (cue.start() > 0 and _CAPITALISED_AFTER.match(text[cue.end() : cue.end() + 30]))
    )


def _issue_budget(words: int) -> int:
    """Four open issues for a short story, up to eight for a long one: never a list to skim."""
    if words < SHORT_ARTICLE:
        return 4
    return max(4, min(MAX_ISSUES, 5 + words // 400))


def _select(
    candidates: list[_Candidate], counts: Counter[str], budget: int, short: bool = False
) -> list[_Candidate]:
    """The strongest candidates, skipping a repeated topic and a line about what a chosen one says.

    In a `short` story a second line whose guessed topic is only its cue word ("attacks",
    "injured") tells the same event again; a long one may hold several such events, but a second
    line whose topic is only a strong cue word ("criticism", "concerns") tells the same reaction
    again ("There are some political undercurrents in Doherty's criticism")."""
    chosen: list[_Candidate] = []
    keys: set[str] = set()
    seen: list[set[str]] = []
    for cand in sorted(candidates, key=lambda c: (-c.weight, c.order)):
        if len(chosen) >= budget or cand.weight < MIN_WEIGHT:
            break
        key = _topic_key(cand.topic)
        if not key or (
            key in keys
            and (
                not cand.guessed
                or (short and _names_the_cue(cand.topic))
                or _names_the_cue(cand.topic, "issue_cues")
            )
        ):
            continue
        words = _content_stems(f"{cand.topic} {cand.core or cand.text}", counts)
        if any(_overlaps(words, other) for other in seen):
            continue
        if cand.question and any(
            c.question and abs(c.sentence - cand.sentence) <= 1 and words & other
            for c, other in zip(chosen, seen, strict=True)
        ):
            continue  # "the cause remains unknown" told again next: "it was not known what started it"
        keys.add(key)
        seen.append(words)
        chosen.append(cand)
    return sorted(chosen, key=lambda c: (-c.weight, c.order))


def _names_the_cue(topic: str, lexicon: str = "issue_cues_weak") -> bool:
    """A guessed topic that is only a cue word of `lexicon` ("attacks", "injured"): a second line
    on it tells the same event again, where a guessed topic of another word may still be a new
    stake."""
    cue = phrase_pattern(lexicon).search(topic)
    return cue is not None and cue.start() == 0 and cue.end() == len(topic)


def _content_stems(text: str, counts: Counter[str]) -> set[str]:
    """The words of a line that the article repeats (its themes), cut to a stem."""
    stop = load_set("issue_stopwords")
    out = set()
    for word in _WORD.findall(text):
        low = word.lower().strip("'\u2019")
        if len(low) > 3 and low not in stop and counts.get(low, 0) >= 2:
            out.add(low[:5])
    return out


def _overlaps(a: set[str], b: set[str]) -> bool:
    shared = len(a & b)
    return shared >= 3 or (shared >= 2 and shared * 2 >= min(len(a), len(b)))


def _salience(topic: str, counts: Counter[str]) -> float:
    """A topic the article keeps returning to ranks higher."""
    stop = load_set("issue_stopwords")
    words = [w.lower() for w in _WORD.findall(topic) if w.lower() not in stop]
    return max((min(counts.get(w, 0), 6) for w in words), default=0) / 3


# The closing dash of an aside just before a cut ("yields - average revenues per passenger - were").
_AFTER_ASIDE = re.compile(r"\s[-\u2013\u2014]\s*$|\u2014\s*$")
_ASIDE_DASH = re.compile(r"\s[-\u2013\u2014]\s|\u2014")  # a dash between words, not a hyphen
# A line that starts with its verb or modal has lost its subject ("Could be even more difficult").
_NO_SUBJECT = re.compile(
    r"^\W*(?:could|would|will|may|might|can|should|must|makes?|made|is|are|was|were|has|have|had)\b",
    re.IGNORECASE,
)
# '"caused anxiety and inconvenience to the public."': words quoted from inside someone's sentence.
_QUOTED_FRAGMENT = re.compile(r"^[\"\u201c\u2018']+[a-z]")
# "In case of difficulties or unforeseen problems, the captain can": a sentence the page broke off.
_BROKEN_OFF = re.compile(
    r"\b(?:can|could|will|would|may|might|must|should|shall|the|a|an|to|of|and|or)$", re.IGNORECASE
)
_BROKEN_OFF_REACH = 8  # its longest word ("should", 6 letters), a final newline, and one to spare


def _broken_off(text: str) -> re.Match[str] | None:
    """`_BROKEN_OFF.search(text)`, tried in the line's last few characters only: the pattern ends
    at the end of the line (tried from every offset of a long line it cost a scan of it)."""
    return _BROKEN_OFF.search(text, max(0, len(text) - _BROKEN_OFF_REACH))


# "Said the repeated threats were taking a toll": a line cut from after its speaker.
_SAID_FRAGMENT = re.compile(r"^\W*(?:said|says|told|adding|saying|had|has)\s", re.IGNORECASE)
# History told as background ("In 1991, ...", "in the past") is context, not an open issue.
_BACKGROUND = _Gated(
    re.compile(
        r"""
        \b(?:in|since|until|by)\s+(?:the\s+)?(?:19\d\d|20[01]\d)s?\b     # "since 2008", "in the 1990s"
        |\bin\ the\ past\b|\bonce\b|\bhistorically\b
        """,
        re.IGNORECASE | re.VERBOSE,
    ),
    "19",
    "20",
    "past",
    "once",
    "historically",
)
# An event's time and place told as a fact ("the attack took place at about 7:45 p.m.", "the
# accident happened during the height of the crisis"): the day's news, not what it leaves open.
_HAPPENED = _Gated(
    re.compile(r"\b(?:took\s+place|happened|occurred)\b", re.IGNORECASE),
    "took place",
    "happened",
    "occurred",
)
# "Memorial is famous for documenting human rights abuses", "a group best known for its
# campaigns against corruption": a description of the subject, background whatever its words.
_DESCRIPTION = _Gated(
    re.compile(
        r"""
        \b(?:is|are|was|were|been|be)\s+(?:best\s+|well\s+|widely\s+|perhaps\s+)?   # "is best"
        (?:known|famous|renowned|noted|celebrated|respected)\s+(?:for|as)\b        # "known for"
        """,
        re.IGNORECASE | re.VERBOSE,
    ),
    "known",
    "famous",
    "renowned",
    "noted",
    "celebrated",
    "respected",
)
# A coordinated clause that opens on its own subject: "and eight people remain missing", "but the
# cause is unknown" (not "and makes problems worse", "and charged him").
_JOINED_CLAUSE = re.compile(
    r"""
    ^(?:and|but)\s+
    (?=(?:the|a|an|his|her|its|their|some|many|several|most|few|no|it|they|he|she|this|these|those
        |dozens|hundreds|thousands|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)\s
       |(?-i:[A-Z]))
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A line cut from inside its sentence that opens on a subordinator or a participle, or on the
# last member of a list ("..., short of staff, and in danger of closing").
_DANGLING = re.compile(r"(?:that|which|who|whose|(?:and|or) (?:in|on|at|with|of|for|from|by) \w+|[a-z]{3,}ing|[a-z]{3,}ed)\s")
# A cut line that opens on a participle or an adverb and a past verb: its subject is left behind.
_OPENS_WITHOUT_SUBJECT = re.compile(r"(?:[a-z]{3,}ing|[a-z]{2,}ly\s+[a-z]{3,}ed)\s")
_DATED = re.compile(
    r"\b(?:on|late on|early on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
def _news_of_day(index: int, text: str) -> bool:
    """A dated event in the first two sentences, no doubt named: the story's news."""
    return index < 2 and bool(_DATED.search(text)) and not _uncertain(text)


# "We're told that we reveal our true character in moments of crisis", "We have run out of other
# options": a line in the first person, its speaker not named in it, is a voice (a columnist's or a
# quoted speaker's), not a question the news leaves open.
_FIRST_PERSON = re.compile(r"^\W*(?:I|We|We're|We\u2019re|I'm|I\u2019m|Our|My)\b")


_TOLD_US = re.compile(
    r"^\W*(?:we|I)(?:['\u2019](?:re|m|ve\s+been)|\s+(?:are|am|were|was|have\s+been))\s+told\b",
    re.IGNORECASE,
)


def _first_person(line: str) -> bool:
    """A line opening in the first person whose speaker it does not name ("We're told that ..."
    names none)."""
    return bool(_FIRST_PERSON.match(line)) and (
        not _ATTRIBUTED.search(line) or bool(_TOLD_US.match(line))
    )


_ATTRIBUTED = re.compile(r"\b(?:said|says|told|added|adds|asked|according to)\b", re.IGNORECASE)
_SHORT_QUOTE = re.compile(r"[\"\u201c][\w'\u2019 -]{2,30}[\"\u201d]")


def _emphasis(text: str) -> float:
    """A word or two in quote marks ("profound" differences) is someone's contested label."""
    return 1.0 if any(len(m.group(0).split()) <= 3 for m in _SHORT_QUOTE.finditer(text)) else 0.0


# "More Related to this Story ...", "Related: Why the border crisis ...": a run of linked headlines.
_RELATED = re.compile(
    r"""
    ^\W*(?:More\s+Related                                                   # "More Related to this Story"
      |Related(?:\s+(?:to\s+this\s+story|stories|articles|coverage|content|links))?
       \s*[:|\u2014-])                                                       # "Related: ...", "Related Stories |"
    """,
    re.VERBOSE,
)


def _furniture(text: str) -> bool:
    """Page furniture a cue word sits in ("Click here to read more about the crisis", "Sign up for
    our newsletter"), or a run of linked headlines: no line of the story."""
    if _RELATED.match(text):
        return True
    return mentions_any("page_furniture", lower(text))


# Conjunctions a clause with its own subject may open on ("while Siemens has ...", "though the
# investigators have ..."): the word after them decides.
_JOINERS = frozenset("and but or so yet though although while whereas as because since when if".split())
# Words a fragment opens on: an auxiliary or modal, a negation, a preposition, a relative pronoun
# ("were unable to say ...", "not women for the draft ...", "despite the resistance of ...",
# "which claims ..."); and any -ed, -ing or -ly word ("argued that ...", "naturally suffer ...").
_FRAGMENT_OPENERS = frozenset(
    "was were is are be been has have had did does do will would could can may might must should "
    "not to never on in at for of from by with without despite after before during amid against "
    "given including following under over which who whom whose where".split()
)


def _opens_on_no_subject(source: str) -> bool:
    """Text cut from inside its sentence (lower-case in the article) that opens, after a leading
    conjunction, on a verb, an adverb, a preposition or a relative pronoun: a fragment that does
    not say whose issue it is."""
    words = source.split(None, 2)
    if not words or not words[0][:1].islower():
        return False
    if words[0].rstrip(",") in _JOINERS and len(words) > 1:
        words = words[1:]
    first = words[0].strip(",;:\"'\u201c\u2018")
    return first in _FRAGMENT_OPENERS or (len(first) > 4 and first.endswith(("ed", "ing", "ly")))


def _reads_as_prose(sentence: Sentence) -> bool:
    lower, upper = case_counts(sentence.text)
    return lower > 2 * upper and len(sentence.text.split()) >= 5


def _word_counts(doc: Document) -> Counter[str]:
    return word_counts(doc.text)


def _opens_lower(line: str, clause: str) -> bool:
    """A line shortened from a long clause that opens on a word written lower-case there ("...
    killed her to try and steal her unborn baby" -> "Steal her unborn baby."): cut from inside."""
    first = _WORD.match(line)
    return first is not None and first.group(0) not in clause


def _around(clause: Clause, cue_start: int) -> str:
    return from_cue(clause.text, cue_start)


def _unclear(question: re.Match[str] | None) -> list[tuple[str, float]] | None:
    """"<subject> unclear" for a question whose words after its wh-word name a subject."""
    subject = _noun_phrase(question.group("rest"), limit=2) if question else None
    return [(f"{subject} unclear", 1.0)] if subject else None


def _topics(
    clause: Clause,
    cues: list[re.Match[str]],
    counts: Counter[str],
    people: PeopleIndex,
    context: tuple[str | None, frozenset[str]],
) -> list[tuple[str, float]]:
    """(topic, quality) pairs: a named stake ("concerns about X") is worth more than a guess."""
    text = clause.text
    ranged = _RANGE.search(text)
    if ranged:
        found = [_noun_phrase(ranged.group("a")), _noun_phrase(ranged.group("b"))]
        return [(t, 1.0) for t in found if t]
    uncertain = _uncertain(text)
    unclear = _unclear(_WH.search(text, uncertain.end())) if uncertain else None
    unclear = unclear or _unclear(_WH_SUBJECT.match(text))
    if unclear:
        return unclear
    for cue in cues:
        if cue.re is _STILL_STATE:
            return [(" ".join(cue.group("state").lower().split()), -0.5)]  # "flooded": named by its state
    for cue in cues:
        if cue.re is _FADING:
            # "hopes of finding survivors ... faded": what was hoped for; "appealing a ruling": the
            # ruling under appeal
            hoped = _noun_phrase(cue.group("hoped"), limit=3) if cue.group("hoped") else None
            if hoped:
                return [(hoped, 0.5)]
            if cue.group("appealed"):
                return [(f"{cue.group('appealed').lower()} under appeal", 0.5)]
    for cue in cues:
        if cue.re is _DEMANDED_ACT:
            # "insisted that the loan be repaid": the thing demanded is the stake; "tied the
            # release of the aid to": what is held back is
            rest = text[cue.end() :] if cue.group(0).endswith(" ") else _DEMAND_HEAD.sub("", cue.group(0))
            phrase = _noun_phrase(rest, limit=3)
            if phrase and not _reads_as_topic(phrase):
                phrase = phrase.rpartition(" ")[0]  # "election postponed" -> "election"
            if phrase and _reads_as_topic(phrase):
                return [(phrase, 0.5)]
    # "prosecutors are examining whether other officials were paid": the question under inquiry
    unclear = _unclear(_INQUIRY.search(text))
    if unclear:
        return unclear
    for cue in cues:
        about = _ABOUT.match(text[cue.end() :])
        if about:
            phrase = _noun_phrase(about.group("np"))
            if phrase and _reads_as_topic(phrase):
                return [(phrase, 1.0)]
    for cue in cues:
        if cue.group(0).lower().endswith((" of", " about")):
            # "the bigger question of how Amazon plans to position ...": what follows is the stake
            phrase = _noun_phrase(text[cue.end() :], limit=3)
            if phrase and _reads_as_topic(phrase):
                return [(phrase, 1.0)]
    for cue in cues:
        if _UNSETTLED.search(cue.group(0)):
            # "no agreement had been reached on a proposal for joint patrols", "have yet to agree
            # on thresholds": what is still unsettled follows a little later.
            later = _LATER_ON.search(text[cue.end() : cue.end() + 60])
            phrase = _noun_phrase(later.group("np")) if later else None
            if phrase and _reads_as_topic(phrase):
                return [(phrase, 1.0)]
            # "has yet to say when the bridge will reopen": the open question
            wh = _WH.search(text, cue.end())
            subject = _noun_phrase(wh.group("rest"), limit=2) if wh else None
            if subject:
                return [(f"{subject} unclear", 1.0)]
    for cue in cues:
        modified = _modified_cue(text, cue)
        if modified:
            return [(modified, 0.5)]
    for cue in cues:
        phrase = " ".join(cue.group(0).lower().split())
        if (
            " " in phrase
            and not phrase.endswith((" of", " about"))
            and phrase.split()[-1] not in load_set("issue_stopwords")
        ):
            return [(phrase, 0.0)]  # "growing pressure", "house arrest": the cue names the issue
    salient = _salient(clause, counts, people, cues[0].start(), context)
    if salient and _reads_as_topic(salient):
        return [(salient, -0.5)]
    fallback = cues[0].group(0).lower()
    if not salient and not _topic_key(fallback):
        # "has yet to respond", "has still not arrived": a cue of function words names the issue
        # by the act it awaits
        act = _noun_phrase(text[cues[0].end() :], limit=2)
        fallback = f"{fallback} {act}" if act and (act[0].islower() or act[0].isdigit()) else fallback
    return [(salient or fallback, -1.0)]


_UNSETTLED = re.compile(r"agree|\byet to\b|stalled|moved on|did not say", re.IGNORECASE)
_LATER_ON = re.compile(
    r"""
    ^(?:\W*[\w'\u2019-]+){0,4}?\s+(?:on|over|about)\s+(?:(?:a|an|the)\s+)?   # "a decision on a"
    (?:(?:proposals?|plans?|demands?|request)\s+(?:for|to|on)\s+)?             # "proposal for"
    (?P<np>.+)$                                                              # the topic
    """,
    re.IGNORECASE | re.VERBOSE,
)
_NOT_A_TOPIC = re.compile(r"(?:ing|ed|n't|n\u2019t)$", re.IGNORECASE)


# "In the immediate aftermath of Tuesday's elections, tensions ...": a scene-setting phrase.
_LEAD_PHRASE = re.compile(
    r"""
    ^(?:In|On|During|After|Before|Since|With|Amid|Despite|At|For|Over|Under)\b
    [^,;:\"\u201c]{0,60},\s+                # "the immediate aftermath of Tuesday's elections, "
    (?=[a-zA-Z])
    """,
    re.VERBOSE,
)


def _without_lead_phrase(text: str) -> str:
    """A line without its opening scene-setting phrase, when what is left is still a sentence."""
    match = _LEAD_PHRASE.match(text)
    if match is None or len(tokens(text[match.end() :])) < 7:
        return text
    if any(phrase_pattern(n).search(match.group(0)) for n in ("issue_cues", "issue_cues_weak")):
        return text  # "Despite racial tensions, ...": the phrase is the issue
    rest = text[match.end() :]
    return rest[0].upper() + rest[1:]


# "economic policies Mr Mugabe's critics (have long blamed)": a noun phrase run on into the subject
# of a relative clause without its "that"; the stake is the words before the possessive name.
_RUN_ON_POSSESSIVE = re.compile(
    r"""
    ^(?P<head>.*?\b[a-z][\w-]*)\s+                          # "economic policies"
    (?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*   # "Mr Mugabe"
    ['\u2019]s\b                                            # "'s"
    """,
    re.VERBOSE,
)
_DANGLING_POSSESSIVE = re.compile(r"\s+\S+['\u2019]s?$")


def _clean_topic(topic: str) -> str:
    """A topic as a reader sees it before a colon: no run-on possessive clause, no trailing
    possessive ("the president's"), no trailing punctuation."""
    topic = topic.strip().rstrip(":;,.-\u2013\u2014 ")
    run_on = _RUN_ON_POSSESSIVE.match(topic)
    if run_on:
        topic = run_on.group("head")
    if " " in topic and re.search(r"['\u2019]s?$", topic):
        shorter = _DANGLING_POSSESSIVE.sub("", topic)
        stop = load_set("issue_stopwords")
        if any(w.lower() not in stop for w in shorter.split()):
            topic = shorter  # "tensions Beijing's" -> "tensions"
        else:
            topic = re.sub(r"['\u2019]s?$", "", topic)  # "the president's" -> "the president"
    return topic.strip()


def _reads_as_topic(phrase: str) -> bool:
    """A topic is a noun phrase: "down", "making" or "isn't" alone say nothing about the dispute."""
    words = phrase.split()
    if len(words) > 1:
        return not _NOT_A_TOPIC.search(words[-1]) or words[-1][0].isupper()
    word = words[0] if words else ""
    return len(word) > 3 and (word[0].isupper() or not _NOT_A_TOPIC.search(word))


def _modified_cue(text: str, cue: re.Match[str]) -> str | None:
    """ "human rights abuses", "their 'profound' differences", "espionage concerns": the words
    that say what kind of dispute or risk it is, with the cue noun.

    Only a noun cue takes modifiers: before a verb ("Frankel warns", "lawmakers defied")
    the words are its subject, not the kind of issue.
    """
    if _NOT_A_TOPIC.search(cue.group(0)) or " " in cue.group(0).strip():
        return None
    stop = load_set("issue_stopwords")
    words = re.findall(r"[\w\u00c0-\u024f'\u2019-]+|[,;:.]", text[: cue.start()])
    kept: list[str] = []
    for word in reversed(words[-3:]):
        bare = word.strip("'\u2019")
        if (
            not bare
            or not bare[0].isalnum()
            or bare.lower() in stop
            or bare.lower().endswith("ly")
            or not bare.replace("-", "").isalpha()
            or (bare[0].isupper() and not bare.isupper())
            or (
                bare.lower().endswith("ing") and bare.lower() not in load_set("issue_ing_modifiers")
            )
        ):
            break
        kept.insert(0, bare)
    if not kept:
        return None
    return " ".join([*kept, cue.group(0).lower()])


# A pronoun in an open question that stands for something named before it.
_BACK_REFERENCE = re.compile(r"\b(?:it|its|them|they|their|this|these|those)\b", re.IGNORECASE)


def _unclear_line(clause: Clause) -> str | None:
    """ "It was not immediately clear ... exactly what progress had been made" -> "Not immediately
    clear: exactly what progress had been made" — the open question, without the detour."""
    uncertain = _uncertain(clause.text)
    if not uncertain:
        return None
    wh = _WH.search(clause.text, uncertain.end())
    if not wh:
        return None
    lead = clause.text[max(0, wh.start() - 8) : wh.start()].split(",")[-1].strip()
    question = (
        f"{lead} {clause.text[wh.start() :]}".strip()
        if lead.lower() in {"exactly", "just", "precisely"}
        else clause.text[wh.start() :]
    )
    label = uncertain.group(0)
    if re.search(r"asking|want", label, re.IGNORECASE):
        label = "unclear"  # "analysts are asking whether ..." -> "Unclear: whether ..."
    elif re.search(r"\bknow", label, re.IGNORECASE):
        label = "unknown"  # "officials did not know if ..." -> "Unknown: if ..."
    elif re.search(r"doubt|seen|jury|question|neither|nobody|no one|sure|\bnot\s+(?:mention|sa[yi]|specif|confirm|explain|determin|establish)", label, re.I):
        label = "unclear"
    return truncate_tokens(tidy(f"{label}: {question}"))


def _noun_phrase(text: str, limit: int = 4) -> str | None:
    """The first run of content words (up to `limit`), e.g. "regular military-to-military talks"."""
    stop = load_set("issue_stopwords")
    words: list[str] = []
    for match in re.finditer(r"[\w\u00c0-\u024f'\u2019./-]+|[^\w\s]", text):
        word = match.group(0).rstrip(".")
        if not word or not (word[0].isalnum()):
            if words:
                break
            continue
        if word.lower() in stop or word.lower().endswith(("'s", "\u2019s")):
            if words:
                break
            continue
        words.append(word)
        if len(words) >= limit:
            break
    return " ".join(words) or None


def _salient(
    clause: Clause,
    counts: Counter[str],
    people: PeopleIndex,
    cue_at: int,
    context: tuple[str | None, frozenset[str]],
) -> str | None:
    """The clause's word or name the article keeps coming back to, nearest the cue.

    The article's most mentioned name is left out: every line of a story about
    Sudan mentions Sudan, and one topic for all of them would merge them all.
    """
    stop = load_set("issue_stopwords")
    top, cue_words = context  # the article's most mentioned name; the clause's strong cue words
    best: tuple[float, str] | None = None
    for start, _end, entity in people.mentions_between(clause.start, clause.end):
        if entity.kind != "person" and entity.key != top:
            distance = abs(start - clause.start - cue_at)
            score = min(len(entity.spans), 4) + 1 - distance / 100
            if best is None or score > best[0]:
                best = (score, entity.name)
    for match in _WORD.finditer(clause.text):
        word = match.group(0)
        low = word.lower().strip("'\u2019")
        if len(low) < 3 or low in stop or low in cue_words or word[0].isupper():
            continue
        count = counts.get(low, 0)
        if count < 2:
            continue
        score = min(count, 4) - abs(match.start() - cue_at) / 100
        if best is None or score > best[0]:
            best = (score, low)
    if best is None:
        return None
    return _with_neighbour(clause.text, best[1], counts) if best[1].islower() else best[1]


def _with_neighbour(text: str, word: str, counts: Counter[str]) -> str:
    """ "gun" -> "gun control" when the article uses the pair more than once."""
    stop = load_set("issue_stopwords")
    written = _WORD.findall(text)
    words = [w.lower() for w in written]
    lowered = " ".join(words)
    for i, w in enumerate(words):
        if w != word:
            continue
        for pair in (
            (words[i - 1], w) if i > 0 else None,
            (w, words[i + 1]) if i + 1 < len(words) and written[i + 1].islower() else None,
        ):
            # "gun control", "Palestinian state"; never "address Yoon": a name ends no phrase.
            if pair and all(p not in stop and len(p) > 2 and p.isalpha() for p in pair):
                phrase = " ".join(pair)
                if (
                    lowered.count(phrase) >= 1
                    and counts.get(pair[0], 0) >= 2
                    and counts.get(pair[1], 0) >= 2
                ):
                    return phrase
    return word


def _top_entity(people: PeopleIndex) -> str | None:
    others = [e for e in people.entities if e.kind != "person"]
    return max(others, key=lambda e: len(e.spans)).key if others else None


def _topic_key(topic: str) -> str:
    words = [w for w in re.findall(r"\w+(?:-\w+)*", topic.lower()) if w not in load_set("issue_stopwords")]
    # "espionage concerns" and "espionage" are one topic: key on the first content word.
    return words[0].rstrip("s") if words else ""
