"""Quotations and their speakers: quote marks, speech cues, pronoun and surname resolution.

`find_quotes(doc, people)` pairs quote marks paragraph by paragraph (straight,
curly, single and guillemets; a paragraph that opens a quotation without
closing it is a continuation), attributes each quotation by the nearest
attribution pattern ("…," X said / said X / X said "…" / according to X /
quoted X as / the paragraph before a block quote / the previous quotation), and
drops scare quotes, titles, labels, document excerpts and quotations nobody can
be found to have said.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import IntEnum
from functools import lru_cache

from ..model import Quote
from .doc import Document, Paragraph, Sentence
from .lexicons import load_list, load_set
from .people import Entity, PeopleIndex, role_head

Span = tuple[int, int]

_OPEN_TO_CLOSE = {
    '"': '"',
    "\u201c": "\u201d",
    "\u201e": "\u201c",
    "\u00ab": "\u00bb",
    "\u2018": "\u2019",
    "'": "'",
    "`": "'",
}
_DOUBLE_OPEN = "\"\u201c\u201e\u00ab"
_SINGLE_OPEN = "\u2018'"
_ANY_MARK = re.compile("[" + re.escape(_DOUBLE_OPEN + _SINGLE_OPEN) + "]|``")
_WORDS = re.compile(r"[^\W_][\w\u00ad]*(?:['\u2019\-][^\W_][\w\u00ad]*)*")
_PRONOUNS = frozenset({"he", "she", "they", "it"})


@lru_cache(maxsize=1)
def _so_called() -> re.Pattern[str]:
    """ "so-called", "dubbed", "the word" right before a quotation: a label (lexicon quote_label_cues)."""
    words = "|".join(re.escape(w) for w in load_list("quote_label_cues"))
    return re.compile(r"(?:" + words + r")\s*$", re.IGNORECASE)


# An adverb in -ly ("quickly"), not a noun that ends so ("his family said", "the rally heard").
_LY_ADVERB = r"(?!(?:family|ally|rally|assembly|supply|monopoly|anomaly|folly|bully|lily|belly|italy)\b)[a-z]+ly"


@lru_cache(maxsize=1)
def _after_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = "|".join(sorted((re.escape(c) for c in _cues() if c != "according"), key=len, reverse=True))
    # "...," Xi said / "...," one senior official, speaking on condition of anonymity, said
    subject = re.compile(
        r"[\s,]*(?:[\u2014\u2013-]+\s*)?(?P<subj>[^,.!?;:\"\u201c\u201d\u00ab\u00bb]{1,90}?)"
        r"(?:,(?P<app>[^\"\u201c\u201d\u00ab\u00bb.;]{1,160}?),)?\s+"
        # "the finance minister meanwhile said", "Lee later also said": adverbs are no part of the subject
        r"(?:(?:also|then|later|further|meanwhile|however|again|separately|earlier|previously|" + _LY_ADVERB + r")\s+)*"
        r"(?:has\s+|had\s+|have\s+|would\s+|will\s+)?"
        r"(?P<cue>" + cues + r")\b"
    )
    # "...," said Tom Forte, an analyst
    inverted = re.compile(r"[\s,]*(?P<cue>" + cues + r")\s+(?P<subj>[^,.!?;:\"\u201c\u201d]{1,90})")
    return subject, inverted


_QUOTED_AS = re.compile(r"\bquoted\s+(?P<subj>[^,.;\"\u201c\u201d]{1,60}?)\s+as\b")
# '"…," Xi was quoted by state media as saying', '"…," she was quoted as saying'
_QUOTED_PASSIVE = re.compile(
    r"[\s,]*(?P<subj>[^,.!?;:\"\u201c\u201d]{1,60}?)\s+(?:was|were|is|has\s+been)\s+(?:also\s+)?quoted\b"
)
_ITS_DOCUMENT = re.compile(r"\s*(?:its|their)\s+(?:[a-z][\w-]*\s+){0,2}")
_SUBJECT_VERB = re.compile(r"\s+(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|did|does)\b")
_ACCORDING = re.compile(
    r"""
    \b(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)\s+      # "according to", "in the words of"
    (?P<subj>(?:[^,.;:\"\u201c\u201d\u2018\u2014\u2013()]    # the source, up to a stop, mark or bracket
              |(?<=[A-Z])\.                                       # "U.S." keeps its dots
              |(?:(?<=\bMr)|(?<=\bMs)|(?<=\bMrs)|(?<=\bDr)|(?<=\bSen)|(?<=\bRep)|(?<=\bGov)|(?<=\bGen))\.(?=\s[A-Z])
              ){1,80})                                            # and "Mr. Mercado" its honorific's
    """,
    re.VERBOSE,
)
# Words that open a clause: a speaker's noun phrase never runs across them ("a term which
# suggests", "The President has drawn both praise"): the cue after them is not this subject's verb.
_CLAUSE_WORD = (
    r"(?!(?:which|who|whom|whose|that|has|have|had|is|are|was|were|will|would|can|could|may|might"
    r"|must|shall|should|did|does|do|been|being)\b)"
)
# What ties an unnamed source to a story ("a person familiar with the matter", "a source close to
# the couple"): the noun after it is no speaker.
_TIE = r"(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on)"
_SOURCE_TIE = _TIE + r"\s+(?:the|his|her|its|their)"
_AFTER_SOURCE_TIE = re.compile(_TIE + r"\s+$")


def _describes_someone(head: str) -> bool:
    """A head noun that names a person or a group of them ("official", "source", "minister", "fans")."""
    return head in _PERSON_NOUNS or head in _ANONYMOUS_HEADS or head in _role_words() or head in _group_words()


_UNNAMED = re.compile(
    r"""
    (?:a|an|one|another|the|some|two|three|several)\s+   # "one fan", "a senior official"
    (?P<np>(?:""" + _CLAUSE_WORD + r"""[\w-]+\s+){0,3}   # up to three modifiers, no clause word
      """ + _CLAUSE_WORD + r"""[a-z][\w-]*)                # the head noun
    (?:\s+(?:in|from|at|of|with|on)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}  # "in Oskar"
      |\s+""" + _SOURCE_TIE + r"""\s+(?:[a-z][\w'\u2019-]*\s+){0,2}[a-z][\w'\u2019-]*)?  # "familiar with the matter"
    """,
    re.VERBOSE,
)
_LEADING_DETERMINER = re.compile(r"^(?:the|a|an|its|his|her|their)\s+", re.IGNORECASE)
# Closed whole-paragraph quotations in a row (with no attribution of their own) that make
# a document excerpt rather than speech.
_EXCERPT_RUN = 2
# ", an economist at Oxford University" right before ", who stated": a description of a person.
_DESCRIBED_BEFORE_WHO = re.compile(r",\s+(?:a|an|the)\s+[a-z][^,;\"\u201c\u201d]{1,80}\Z")
_RELATIVE_BEFORE = re.compile(r",?\s+who\s+(?:(?:have|has|had|also|then|later|once|repeatedly|previously)\s+)*$")
_CONNECT_BACK = frozenset({"and", "but", "or", "also", "then", "later", "further"})


@dataclass(frozen=True)
class _Mark:
    """One quotation: the words between the marks, and whether it closes in its paragraph."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # index of the closing mark; None for a continuation paragraph
    single: bool


@lru_cache(maxsize=1)
def _cues() -> frozenset[str]:
    return load_set("speech_cues")


def find_quotes(doc: Document, people: PeopleIndex) -> tuple[Quote, ...]:
    """Every attributed quotation in `doc`, most important first."""
    text = doc.text
    marks: list[_Mark] = []
    for paragraph in doc.paragraphs:
        marks.extend(_marks_in(text, paragraph))
    ctx = _Context(doc, people, [(m.open_at, (m.close_at + 1) if m.close_at is not None else m.end) for m in marks])
    found: list[tuple[Quote, _Mark, Strength]] = []
    previous: tuple[Quote, _Mark, Entity | None] | None = None
    for mark in marks:
        result = _attribute(ctx, mark, previous)
        if result is not None:
            quote, entity, strength = result
            found.append((quote, mark, strength))
            previous = (quote, mark, entity)
            if entity is not None and entity.kind == "person":
                ctx.focus = entity
        elif _is_speech_like(text, mark):
            # An unattributed quotation still separates speakers ("…," he said. "…").
            previous = None
    excerpt = _document_excerpts(ctx, marks)
    kept = [q for q, mark, strength in found if not (strength < Strength.CLAUSE and mark.open_at in excerpt)]
    kept = _without_repeats(kept)
    taken = {q.span[0] for q in kept}
    kept.extend(
        _interview_answers(doc, people, taken) or _labelled_answers(doc, people, taken) or _hansard_answers(doc, people, taken)
    )
    kept.sort(key=lambda q: (-q.score, q.span[0]))
    return tuple(_first_reference(text, kept))


# "the Syrian Democratic Forces (SDF)": a body's name and the acronym the article defines for it.
_DEFINED = re.compile(
    r"""
    (?P<name>[A-Z][\w&'\u2019.-]*                                       # "Syrian"
      (?:\s+(?:[A-Z][\w&'\u2019.-]*|of|for|and|on|in|the|de|du|des)){1,8})  # "Democratic Forces"
    \s+\((?P<acronym>[A-Z][A-Za-z&]{1,7})\)                              # "(SDF)"
    """,
    re.VERBOSE,
)


def _first_reference(text: str, quotes: list[Quote]) -> list[Quote]:
    """A body speaking under its acronym or under its name, when the article defines the one by
    the other, is shown as at first reference: "Syrian Democratic Forces (SDF)" (a brief is read
    away from the article, where a bare acronym may say nothing)."""
    if " (" not in text or not any(q.speaker and (q.speaker.isupper() or " " in q.speaker) for q in quotes):
        return quotes
    full: dict[str, str] = {}
    for match in _DEFINED.finditer(text):
        words, acronym = match.group("name").split(), match.group("acronym")
        # "the Kurdish-led Syrian Democratic Forces (SDF)": the words whose initials make the
        # acronym; else those from the first word sharing its first letter ("Kurdistan Workers'
        # Party (PKK)")
        starts = [i for i, w in enumerate(words) if w[:1].isupper() and w not in ("The", "A", "An")]
        exact = [i for i in starts if "".join(w[0] for w in words[i:] if w[:1].isupper()) == acronym.upper()]
        loose = [i for i in starts if words[i][0] == acronym[0] and len(acronym) <= len(words) - i]
        if not (exact or loose):
            continue
        name = " ".join(words[(exact or loose)[0] :])
        shown = f"{name} ({acronym})"
        full.setdefault(acronym, shown)
        full.setdefault(name, shown)
    if not full:
        return quotes
    return [replace(q, speaker=full[q.speaker]) if q.speaker in full else q for q in quotes]


def _ends_sentence(text: str, mark: _Mark) -> bool:
    """The quotation closes on a full stop: what follows its closing mark is a new sentence."""
    return text[mark.start : mark.end].rstrip().endswith(".")


def _without_repeats(quotes: list[Quote]) -> list[Quote]:
    """The same quotation twice (a caption and the body, a pull quote): the first one stays."""
    seen: list[str] = []
    out = []
    for quote in quotes:
        words = _WORDS.findall(quote.text)
        joined = f" {' '.join(words).lower()} "
        if len(words) >= 4 and any(joined in other for other in seen):
            continue
        seen.append(joined)
        out.append(quote)
    return out


@lru_cache(maxsize=1)
def _empty_words() -> frozenset[str]:
    return load_set("stopwords") | {"please", "thanks", "yes", "no", "ok", "okay", "sorry", "well"}


_QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s+\S")
_ANSWER = re.compile(r"(?:A|Answer)\s*[:.]\s+(?=\S)")


def _interview_answers(doc: Document, people: PeopleIndex, taken: set[int]) -> list[Quote]:
    """An interview set as questions and answers ("Q: …" / "A: …"): each answer paragraph is
    the interviewee's own words, given to the person the article names most."""
    text = doc.text
    questions = [p for p in doc.paragraphs if _QUESTION.match(text, p.start, p.end)]
    answers = [(p, m) for p in doc.paragraphs if (m := _ANSWER.match(text, p.start, p.end)) is not None]
    if len(questions) < 2 or len(answers) < 2:
        return []
    persons = [e for e in people.entities if e.kind == "person" and e.spans]
    if not persons:
        return []
    interviewee = max(persons, key=lambda e: (len(e.spans), -e.spans[0][0]))
    out = []
    for paragraph, match in answers:
        answer = _answer(doc, match.end(), paragraph.end, interviewee, interviewee.spans[0], taken)
        if answer is not None:
            out.append(answer)
    return out


def _answer(doc: Document, start: int, end: int, speaker: Entity, span: Span, taken: set[int]) -> Quote | None:
    """An interview answer's paragraph text (from `start`) as the speaker's quotation; none when it
    is already a quotation or shorter than three words."""
    n = len(_WORDS.findall(doc.text, start, end))
    if start in taken or n < 3:
        return None
    mark = _Mark(start, end, start, end, False)
    attribution = _Attribution(speaker, speaker.name, span, "answered", Strength.CLAUSE)
    return Quote(
        text=doc.text[start:end],
        span=(start, end),
        speaker=speaker.name,
        speaker_role=speaker.role,
        speaker_span=span,
        kind="direct",
        cue="answered",
        score=_score(doc, mark, n, "direct", attribution),
    )


_SPEAKER_LABEL = re.compile(r"(?P<label>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s*:\s+(?=\S)")


# Hansard: "Dale Rook (Dorn West) (Lab): …", "The Minister for Health (Hana Ito): …".
_HANSARD_LABEL = re.compile(
    r"""
    (?:(?P<name>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3})(?:\s+\([^()\n]{1,40}\)){1,2}   # "Dale Rook (Dorn West) (Lab)"
      |The\s+[A-Z][^():\n]{2,80}?\s+\((?P<held>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3})\))  # "The Minister for Health (Hana Ito)"
    :\s+(?=\S)
    """,
    re.VERBOSE,
)


def _hansard_answers(doc: Document, people: PeopleIndex, taken: set[int]) -> list[Quote]:
    """A parliamentary record whose paragraphs open with a member's name and seat or party, or an
    office and the name in brackets: each such paragraph of two or more is the member's words."""
    text = doc.text
    if "): " not in text:
        return []
    labelled = []
    for paragraph in doc.paragraphs:
        match = _HANSARD_LABEL.match(text, paragraph.start, paragraph.end)
        if match is not None:
            group = "name" if match.group("name") else "held"
            entity = people.resolve(match.group(group), at=match.start(group))
            if entity is not None and entity.kind == "person":
                labelled.append((paragraph, match, entity, match.span(group)))
    if len(labelled) < 2:
        return []
    out = []
    for paragraph, match, entity, span in labelled:
        answer = _answer(doc, match.end(), paragraph.end, entity, span, taken)
        if answer is not None:
            out.append(answer)
    return out


def _labelled_answers(doc: Document, people: PeopleIndex, taken: set[int]) -> list[Quote]:
    """A transcript whose paragraphs open with the speaker's name ("Priya Raman: …" after
    "Wikinews: …"): the paragraphs of a person named in the article who answers at least twice,
    in an exchange with at least one other label."""
    text = doc.text
    labelled: list[tuple[Paragraph, re.Match[str], Entity | None]] = []
    for paragraph in doc.paragraphs:
        match = _SPEAKER_LABEL.match(text, paragraph.start, paragraph.end)
        if match is not None:
            labelled.append((paragraph, match, people.resolve(match.group("label"), at=match.start())))
    speakers = [e for _p, _m, e in labelled if e is not None and e.kind == "person"]
    others = [m for _p, m, e in labelled if e is None or e.kind != "person"]
    if not others or not speakers:
        return []
    out = []
    for paragraph, match, entity in labelled:
        if entity is None or entity.kind != "person" or speakers.count(entity) < 2:
            continue
        answer = _answer(doc, match.end(), paragraph.end, entity, (match.start("label"), match.end("label")), taken)
        if answer is not None:
            out.append(answer)
    return out


def _document_excerpts(ctx: _Context, marks: list[_Mark]) -> set[int]:
    """Opening offsets of quotations that are runs of two or more whole paragraphs, each closed.

    Speech running over paragraphs leaves each paragraph open; a run of closed,
    whole-paragraph quotations is an excerpt of a document (a blog post, a report) —
    unless the paragraph just before ends by reporting a named person speaking
    ("Rob Gould, the union's negotiator, said the offer fell short.").
    """
    doc = ctx.doc
    whole: dict[int, _Mark] = {}
    for mark in marks:
        paragraph = doc.paragraph_at(mark.open_at)
        if paragraph is not None and paragraph.start == mark.open_at:
            if mark.close_at is not None and mark.close_at >= paragraph.end - 2:
                whole[paragraph.index] = mark
    excerpt: set[int] = set()
    run: list[int] = []
    for index in sorted(whole):
        if run and index != run[-1] + 1:
            if len(run) >= _EXCERPT_RUN and not _introduced_by_speaker(ctx, whole[run[0]].open_at):
                excerpt.update(whole[i].open_at for i in run)
            run = []
        run.append(index)
    if len(run) >= _EXCERPT_RUN and not _introduced_by_speaker(ctx, whole[run[0]].open_at):
        excerpt.update(whole[i].open_at for i in run)
    return excerpt


def _introduced_by_speaker(ctx: _Context, offset: int) -> bool:
    """The sentence before `offset` (no quotation in it) has a named person as the subject of a speech verb."""
    prev = _sentence_before(ctx.doc, offset)
    if prev is None or ctx.overlaps(prev.start, prev.end):
        return False
    found = _last_speaker_in(ctx, prev.start, prev.end)
    if found is None or found.entity is None or found.entity.kind != "person":
        return False
    # "Askar wrote in a blog post": what follows is a written text, an excerpt.
    return not any(w.lower() in load_set("writing_cues") for w in _WORDS.findall(ctx.text, prev.start, prev.end))




def _marks_in(text: str, paragraph: Paragraph) -> list[_Mark]:
    """Quotations of one paragraph, outermost only (a title in single marks inside a quote is not a quote)."""
    marks: list[_Mark] = []
    i, end = paragraph.start, paragraph.end
    while i < end:
        found = _ANY_MARK.search(text, i, end)  # jump to the next quote mark
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if (
            ch in _DOUBLE_OPEN
            or (ch in _SINGLE_OPEN and _opens_single(text, i, paragraph.start))
            or _opens_two_char(text, i, paragraph.start, end)
        ):
            if ch == '"' and i > paragraph.start and text[i - 1].isalnum() and i + 1 < end and text[i + 1] in " ,.;:":
                i += 1  # a stray closing straight mark (inch sign, broken pairing)
                continue
            width = 2 if text[i : i + 2] in _TWO_CHAR_OPENERS else 1
            close = _find_close(text, i + width - 1, end, ch)
            if close is None:
                if ch in _SINGLE_OPEN and not (width == 2 or _COLON_BEFORE.search(text, paragraph.start, i)):
                    i += 1
                    continue
                # Unclosed: a quotation that runs on to the next paragraph, or one opened after a
                # colon in single marks ('The chief said: 'The roads are closed ...') never closed.
                start = i + width
                stop = end
                if stop > start and any(c.isalpha() for c in text[start:stop]):
                    marks.append(_Mark(start, stop, i, None, False))
                break
            quote_end = close
            if text[close - 1 : close + 1] in _TWO_CHAR_CLOSERS and close - 1 > i + width - 1:
                quote_end = close - 1  # AP and NYT style: '' or ’’ closes the quotation
            reopens = _reopens(text, close, end)
            if reopens:
                quote_end = close  # "We must act. "Time is short.": the second mark opens anew
                while quote_end > i + width and text[quote_end - 1].isspace():
                    quote_end -= 1
            if quote_end > i + width and any(c.isalpha() for c in text[i + width : quote_end]):
                marks.append(_Mark(i + width, quote_end, i, close, ch in _SINGLE_OPEN and width == 1))
            i = close if reopens else close + 1
            continue
        i += 1
    return marks


def _opens_single(text: str, i: int, para_start: int) -> bool:
    """A single mark opens a quotation only before a letter and after a space or bracket (not "Xi's")."""
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([\u2014\u2013-") and (after.isalnum() or after in "[")


_TWO_CHAR_OPENERS = frozenset({"''", "``", "\u2018\u2018"})
_TWO_CHAR_CLOSERS = frozenset({"''", "\u2019\u2019"})
_COLON_BEFORE = re.compile(r":\s*\Z")


def _opens_two_char(text: str, i: int, para_start: int, end: int) -> bool:
    """ ``Like this'' or ''like this'': two marks open a quotation before a letter, after a space."""
    if text[i : i + 2] not in _TWO_CHAR_OPENERS or i + 2 >= end:
        return False
    before = text[i - 1] if i > para_start else " "
    return (before.isspace() or before in "([\u2014\u2013-") and (text[i + 2].isalnum() or text[i + 2] == "[")


def _reopens(text: str, close: int, end: int) -> bool:
    """A closing mark that opens a new quotation instead: after a space, before a capital
    ("We must act. "Time is short."), or a second opening curly mark."""
    if text[close] == "\u201c":
        return True
    return (
        text[close] == '"'
        and close > 0
        and text[close - 1].isspace()
        and close + 1 < end
        and text[close + 1].isupper()
    )


# What may close a quotation opened by a double mark (or two single ones): its closing mark,
# a straight or curly one that pairs with it, a second opening curly mark (a reopening), or two
# apostrophes after a word (AP and NYT style).
_TWO_CLOSE = r"|(?<!\s)(?:''|\u2019\u2019)"
_DOUBLE_CLOSERS = {
    '"': re.compile('["\u201d]' + _TWO_CLOSE),
    "\u201c": re.compile('[\u201d"\u201c]' + _TWO_CLOSE),
    "\u201e": re.compile("\u201c" + _TWO_CLOSE),
    "\u00ab": re.compile("\u00bb" + _TWO_CLOSE),
    "two": re.compile('["\u201d]' + _TWO_CLOSE),
}


def _find_close(text: str, i: int, end: int, ch: str) -> int | None:
    """The index of the mark closing the quotation opened at `i` (the last char of a two-char
    opener); for a two-char closer ('' or \u2019\u2019) its second char; a reopening mark counts."""
    if ch not in _SINGLE_OPEN or text[i - 1 : i + 1] in _TWO_CHAR_OPENERS:
        pattern = _DOUBLE_CLOSERS["two" if ch in _SINGLE_OPEN or ch == "`" else ch]
        found = pattern.search(text, i + 1, end)
        if found is None:
            return None
        return found.end() - 1
    closer = _OPEN_TO_CLOSE[ch]
    j = i + 1
    while j < end:
        c = text[j]
        # A closing single mark is followed by a non-letter; "don't" and "Xi's" are apostrophes.
        if c == closer and (j + 1 >= len(text) or not text[j + 1].isalnum()) and not text[j - 1].isspace():
            if not (text[j - 1] in "sS" and j + 1 < len(text) and text[j + 1] == " " and _plural_possessive(text, j)):
                return j
        j += 1
    return None


def _plural_possessive(text: str, j: int) -> bool:
    """ "the parents' house": an apostrophe after a plural, followed by a lower-case noun
    (not "'whatever it takes' to protect": a function word follows a closing mark)."""
    nxt = _WORDS.match(text, j + 2)
    if not nxt or not nxt.group()[0].islower():
        return False
    low = nxt.group().lower()
    return low not in _cues() and low not in load_set("label_followers")


def _is_speech_like(text: str, mark: _Mark) -> bool:
    words = _WORDS.findall(text, mark.start, mark.end)
    return len(words) >= 5


class Strength(IntEnum):
    """How firmly an attribution binds a quotation to its speaker."""

    WEAK = 1  # "according to", a continuation, the previous subject, a cue later in the sentence
    CLAUSE = 2  # a speech cue earlier in the clause ('Xi said China "hopes…"'), or after, comma outside
    ADJACENT = 3  # right after the closing mark ('"…," Xi said'; "said Tom Forte"; "quoted X as")


@dataclass(frozen=True)
class _Attribution:
    entity: Entity | None
    speaker: str | None
    speaker_span: Span | None
    cue: str | None
    strength: Strength


@dataclass(frozen=True)
class _Found:
    entity: Entity | None
    speaker: str
    speaker_span: Span


class _Context:
    """The document, its people, and where its quotations are (mentions inside them are not speakers)."""

    def __init__(self, doc: Document, people: PeopleIndex, quoted: list[Span]) -> None:
        self.doc = doc
        self.text = doc.text
        self.people = people
        self.quoted = quoted
        self._quoted_starts = [s for s, _e in quoted]
        self._quoted_ends = sorted(e for _s, e in quoted)
        self._reach: list[int] = []  # the furthest end among the first i + 1 quotations
        for _s, e in quoted:
            self._reach.append(max(e, self._reach[-1]) if self._reach else e)
        self.focus: Entity | None = None  # the person who spoke last: "he said" falls back to them

    def in_quote(self, offset: int) -> bool:
        i = bisect_right(self._quoted_starts, offset) - 1
        return i >= 0 and self.quoted[i][0] <= offset < self.quoted[i][1]

    # The three lookups below are bisections, not scans: a hostile page can hold thousands of quotations.
    def last_end_between(self, start: int, end: int) -> int | None:
        """The furthest end of a quotation closing within [start, end], if any."""
        i = bisect_right(self._quoted_ends, end) - 1
        return self._quoted_ends[i] if i >= 0 and self._quoted_ends[i] >= start else None

    def next_start_after(self, offset: int) -> int | None:
        """Where the first quotation opening after `offset` opens, if any."""
        i = bisect_right(self._quoted_starts, offset)
        return self._quoted_starts[i] if i < len(self._quoted_starts) else None

    def overlaps(self, start: int, end: int) -> bool:
        """Some quotation overlaps [start, end)."""
        i = bisect_left(self._quoted_starts, end) - 1
        return i >= 0 and self._reach[i] > start

    def mentions(self, start: int, end: int, countries: bool = True) -> list[tuple[int, int, Entity]]:
        return [
            m
            for m in self.people.mentions_between(start, end)
            if not self.in_quote(m[0]) and (countries or m[2].kind != "country")
        ]


# ", the party leader," or " — who leads the party — " between a subject and its verb
_APPOSITIVE_TAIL = re.compile(
    r"""
    ,[^,\"\u201c\u201d]{2,140},\s*(?:(?:has|have|had|also|then|later|earlier)\s+)*$  # ", the party leader," (", who …, had")
    |\s[\u2014\u2013]\s[^\u2014\u2013\"\u201c\u201d]{2,140}\s[\u2014\u2013]\s*$          # " — who leads the party — "
    """,
    re.VERBOSE,
)


def _mask_abbreviations(tail: str) -> str:
    """The same text with the dots of "Mr." and initials ("C. Eugene") hidden, offsets kept."""
    return _abbreviation_patterns()[1].sub(lambda m: m.group()[:-1] + "\u2024", tail)


@lru_cache(maxsize=1)
def _abbreviation_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """From lexicon abbreviations, capitalised as they open a name or a title ("Mr", "Gen", "U.S"):
    (a word ending right before a dot, a dot after such a word and before a space)."""
    forms = sorted(
        {e.upper() if "." in e else e[:1].upper() + e[1:] for e in load_list("abbreviations")},
        key=len,
        reverse=True,
    )
    anywhere = "|".join(re.escape(f) for f in forms)
    undotted = "|".join(re.escape(f) for f in forms if "." not in f)
    return (
        re.compile(r"(?:\b[A-Z]|\b(?:" + anywhere + r"))$"),
        re.compile(r"\b(?:[A-Z]|" + undotted + r")\.(?= )"),
    )


def _clip_subject(text: str, start: int, limit: int) -> int:
    """End of a subject phrase starting at `start`: the first comma, quote mark or sentence end."""
    i = start
    while i < limit:
        c = text[i]
        if c in ",;:!?\"\u201c\u201d\u00ab\u00bb\n(":
            return i
        if c == "." and not _abbreviation_patterns()[0].search(text, max(start, i - 4), i):
            return i
        i += 1
    return limit


def _attribute(
    ctx: _Context, mark: _Mark, previous: tuple[Quote, _Mark, Entity | None] | None
) -> tuple[Quote, Entity | None, Strength] | None:
    doc, text = ctx.doc, ctx.text
    words = _WORDS.findall(text, mark.start, mark.end)
    if not words:
        return None
    quote_text = text[mark.start : mark.end]
    sentence = doc.sentence_at(mark.open_at) or doc.sentence_at(mark.start)
    sent_start = sentence.start if sentence else mark.open_at
    sent_start = min(sent_start, mark.open_at)
    # Text between the previous quote (or sentence start) and this quote's opening mark.
    last_end = ctx.last_end_between(sent_start, mark.open_at)
    clause_start = sent_start if last_end is None else max(sent_start, last_end)
    before = text[clause_start : mark.open_at]
    embedded = _is_embedded(before, quote_text)
    label_like = _label_like(text, mark, words, before)

    attribution = None
    cue_before: list[_Attribution | None] = []  # _before's answer, asked once (it is pure here)

    def before_cue() -> _Attribution | None:
        if not cue_before:
            cue_before.append(_before(ctx, mark, clause_start, sent_start))
        return cue_before[0]

    if before.rstrip().endswith(":"):
        # 'Coach Ed Hill said: "..." The club agreed.': a quotation a colon introduces belongs
        # to whoever introduced it, not to the next sentence's subject.
        attribution = before_cue()
    if attribution is None and before.rstrip().endswith(":"):
        attribution = _response_from(ctx, clause_start, before)
    if attribution is None and before.rstrip().endswith((":", "\u2014", "\u2013")):
        attribution = _owned_words(ctx, clause_start, before)
    if attribution is None and mark.close_at is not None and text[mark.close_at - 1 : mark.close_at] == ".":
        # 'The sheriff's office tweeted the response "all hands on deck." Authorities said ...':
        # a quotation closing its sentence belongs to the cue before it, not to the next subject.
        attribution = before_cue()
    runs_on = (
        attribution is None
        and previous is not None
        and (
            # left open at the end of the paragraph before, or closed by this quotation's opening
            # mark ('said: "A. "B. "C." But …': C runs on from A and B)
            (previous[1].close_at is None and ctx.text[previous[1].end : mark.open_at].strip() == "")
            or previous[1].close_at == mark.open_at
        )
    )
    if attribution is None and mark.close_at is not None:
        attribution = _after(ctx, mark)
    if runs_on and (
        attribution is None
        or attribution.strength < Strength.ADJACENT
        or (text[mark.close_at - 1 : mark.close_at] in (".", "?", "!") and not _cue_ends_sentence(text, mark, attribution.cue))
    ):
        # 'Ann Lee said: "… rest.¶"The next paragraph …." Tom Hale said …': a quotation left open at
        # a paragraph's end runs on in the next one that opens with a mark; a subject after it
        # speaks a sentence of its own
        attribution = _continuation(ctx, mark, previous)
    if attribution is None or attribution.strength < Strength.ADJACENT:
        # A fragment inside reported speech belongs to the subject of its own clause
        # ('Blinken stressed "…", the State Department said').
        before_attr = before_cue()
        if before_attr is not None and (attribution is None or embedded or attribution.strength < Strength.CLAUSE):
            attribution = before_attr
    if attribution is None and mark.close_at is not None:
        attribution = _after_in_sentence(ctx, mark)
    if attribution is None and mark.close_at is not None and text.startswith((" \u2014", " \u2013", "\u2014"), mark.close_at + 1):
        attribution = _dash_attribution(ctx, mark)
    if attribution is None:
        attribution = _according_to(ctx, mark, sent_start)
    if attribution is None and not embedded:
        attribution = _introduced_by_subject(ctx, mark, sent_start, before)
    if attribution is None and not embedded:
        attribution = _previous_subject(ctx, mark, sent_start, previous)
    if attribution is None:
        attribution = _continuation(ctx, mark, previous)
    if attribution is None and not embedded and mark.close_at is not None:
        attribution = _next_paragraph_speaker(ctx, mark)
    if attribution is None and not embedded and mark.close_at is not None:
        attribution = _named_next(ctx, mark)
    if attribution is not None and attribution.entity is None and (attribution.speaker or "")[:1].islower():
        # "That mobility remains low suggests "…", Burtless said", "The biggest reason advisers get
        # fired, writes Beyer, is "…"": a clause before the quotation is no speaker; a person named
        # in an aside before it, or with a speech verb later in the sentence, is
        named = _named_aside(ctx, clause_start, mark.open_at) or (
            _after_in_sentence(ctx, mark) if mark.close_at is not None else None
        )
        if named is not None and named.entity is not None and named.entity.kind == "person":
            attribution = named

    n = len(words)
    if label_like and (attribution is None or attribution.strength < Strength.ADJACENT):
        return None
    if label_like and _WORK_BEFORE.search(before):
        return None  # 'on NBC's "Meet the Press,"', 'her memoir "A Long Road Home,"': a title, whoever speaks next
    if attribution is None:
        # Unattributed quotations are mostly block quotes of documents or titles: on real
        # news pages keeping them cost more precision than they gave recall.
        return None
    if n <= 3 and attribution.strength < Strength.CLAUSE and not _closed_sentence(quote_text):
        return None
    if n == 1 and words[0].lower() in _empty_words():
        return None  # "We." or "Please.": a word cut off, or a courtesy; nothing to brief
    elif n <= 3 and attribution.cue in _thought_cues() and attribution.strength < Strength.ADJACENT and not _spoken_before(ctx, sent_start, mark):
        return None  # 'what they believe to be "fake news"': a view, not words

    kind = "partial" if embedded else "direct"
    score = _score(doc, mark, n, kind, attribution)
    quote = Quote(
        text=quote_text,
        span=(mark.start, mark.end),
        speaker=attribution.speaker,
        speaker_role=attribution.entity.role if attribution.entity is not None else None,
        speaker_span=attribution.speaker_span,
        kind=kind,
        cue=attribution.cue,
        score=score,
    )
    return quote, attribution.entity, attribution.strength


_ASIDE_CUE = re.compile(
    r"""
    ,\s+(?P<cue>writes|wrote|says|said|notes|noted|adds|added|argues|argued|explains|explained)\s+  # ", writes"
    (?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}),\s                                 # "Beyer, "
    """,
    re.VERBOSE,
)


def _named_aside(ctx: _Context, start: int, end: int) -> _Attribution | None:
    """ ", writes Beyer," between a clause's subject and its verb: the person the aside names."""
    if ", " not in ctx.text[start:end]:
        return None
    aside = _ASIDE_CUE.search(ctx.text, start, end)
    if aside is None:
        return None
    entity = ctx.people.resolve(aside.group("name"), at=aside.start("name"))
    if entity is None:
        return None
    span = (aside.start("name"), aside.end("name"))
    return _Attribution(entity, entity.name, span, aside.group("cue"), Strength.CLAUSE)


# "drew a sharp response from union leader Kate Moss:", "There was a warning from the IMF:"
_RESPONSE_FROM = re.compile(
    r"""
    \b(?:response|reply|rebuke|retort|warning|message|answer|reaction|rebuttal|plea|appeal|criticism|praise|verdict)s?
    \s+(?:from|by)\s+(?:[\w'\u2019.-]+\s+){0,4}?$
    """,
    re.VERBOSE,
)


# "Her message to voters was simple:", "Saleh's words —": what someone said, by its owner.
_OWNED_WORDS = re.compile(
    r"""
    (?:(?<![\w'])(?P<pronoun>[Hh]is|[Hh]er)                                   # "Her"
      |(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})['\u2019]s)  # "Omar Saleh's"
    \s+(?:[a-z]+\s+){0,2}?                                                  # "blunt", "final"
    (?:message|reply|response|answer|verdict|words|advice|warning|plea|retort|reaction
      |comments?|remarks|assessment|explanation|argument|demand|promise|pledge)\b
    """,
    re.VERBOSE,
)


def _owned_words(ctx: _Context, clause_start: int, before: str) -> _Attribution | None:
    """A quotation a colon or a dash introduces after "her message was simple", "Saleh's words":
    whoever owns the words speaks."""
    owned = _OWNED_WORDS.search(before)
    if owned is None:
        return None
    if owned.group("pronoun"):
        at = clause_start + owned.start("pronoun")
        person = _person_in_focus(ctx, at, "m" if owned.group("pronoun").lower() == "his" else "f")
        if person is None:
            return None
        return _Attribution(person, person.name, (at, at + len(owned.group("pronoun"))), "said", Strength.CLAUSE)
    start, end = clause_start + owned.start("name"), clause_start + owned.end("name")
    named = [m for m in ctx.mentions(start, end + 1, countries=False) if m[2].kind in ("person", "org")]
    if not named:
        return None
    m_start, m_end, entity = named[-1]
    return _Attribution(entity, entity.name, (m_start, m_end), "said", Strength.CLAUSE)


def _response_from(ctx: _Context, clause_start: int, before: str) -> _Attribution | None:
    """A quotation a colon introduces after "a response from X": X speaks."""
    if "from" not in before and "by" not in before:
        return None
    colon = clause_start + before.rstrip().rfind(":")
    mentions = [m for m in ctx.mentions(clause_start, colon, countries=False) if m[2].kind != "group"]
    if not mentions or ctx.text[mentions[-1][1] : colon].strip():
        return None
    m_start, m_end, entity = mentions[-1]
    if _RESPONSE_FROM.search(ctx.text, max(clause_start, m_start - 60), m_start) is None:
        return None
    return _Attribution(entity, entity.name, (m_start, m_end), "said", Strength.CLAUSE)


_NAME_THEN_WORDS = re.compile(r"(?:\s+[a-z]+\b){1,3}")  # "remembered asking", "later said"


def _next_paragraph_speaker(ctx: _Context, mark: _Mark) -> _Attribution | None:
    """A quotation standing alone as its paragraph, then 'Alan Mulally remembered asking, "…"':
    the person who opens the next paragraph with a speech cue said it too."""
    doc, text = ctx.doc, ctx.text
    assert mark.close_at is not None
    paragraph = doc.paragraph_at(mark.open_at)
    if paragraph is None or text[paragraph.start : mark.open_at].strip() or text[mark.close_at + 1 : paragraph.end].strip():
        return None
    if paragraph.index + 1 >= len(doc.paragraphs):
        return None
    following = doc.paragraphs[paragraph.index + 1]
    named = ctx.mentions(following.start, min(following.end, following.start + 60))
    if not named or named[0][0] != following.start or named[0][2].kind != "person":
        return None
    start, end, person = named[0]
    after = _NAME_THEN_WORDS.match(text, end, following.end)
    cue = next((w for w in after.group(0).split() if w in _cues()), None) if after else None
    if cue is None:
        return None
    return _Attribution(person, person.name, (start, end), cue, Strength.WEAK)


# A sentence after a quotation that says whose words they were: "So says Ravi Bhat", "Those were the
# words of fire chief Ron Dale", "The pledge came from Mayor Ana Ruiz", "That, at least, is the view of".
_WORDS_OF = re.compile(
    r"""
    \s*(?:(?:So|Thus)\s+(?:says|said)
      |(?:Those|These|That|This|Such)(?:,\s+[a-z]+(?:\s+[a-z]+)?,)?\s+(?:were|was|is|are)\s+(?:the|his|her)\s+
       (?:words|verdict|view|message|warning|assessment|plea|reaction|response|opinion|conclusion)\s+of
      |The\s+(?:remarks|comments|comment|words|pledge|promise|warning|claim|plea|statement)\s+
       (?:came\s+from|were\s+made\s+by|was\s+made\s+by)
      |The\s+speaker\s+was)                                          # "The speaker was Rosa Kim"
    \s+
    """,
    re.VERBOSE,
)
# '"…," came the reply from X': an inverted sentence whose subject is the words.
_CAME_FROM = re.compile(
    r"""
    [\s,]*came\s+(?:the|a|his|her|their|its)\s+                               # "came the"
    (?:reply|response|answer|retort|message|verdict|warning)\s+from\s+          # "reply from"
    """,
    re.VERBOSE,
)
# "Mayor Ana Ruiz made the remarks at a news conference": the subject who made them.
_MADE_THE_REMARKS = re.compile(r"\s+(?:made|delivered)\s+the\s+(?:remarks|comments|comment|statement|pledge|promise|claim)\b")


def _named_next(ctx: _Context, mark: _Mark) -> _Attribution | None:
    """A quotation that is its own sentence, then a sentence saying whose words they were."""
    assert mark.close_at is not None
    sentence = ctx.doc.sentence_at(mark.close_at - 1)
    paragraph = ctx.doc.paragraph_at(mark.close_at - 1)
    if sentence is None or paragraph is None or sentence.index + 1 >= len(ctx.doc.sentences):
        return None
    following = ctx.doc.sentences[sentence.index + 1]
    if following.start >= paragraph.end or ctx.text[mark.close_at + 1 : following.start].strip(" ,.\u2014"):
        return None  # the next sentence must follow the quotation's close in its paragraph
    words_of = _WORDS_OF.match(ctx.text, following.start, following.end)
    if words_of is not None:
        found = _speaker_in(ctx, words_of.end(), _clip_subject(ctx.text, words_of.end(), following.end), leading=True)
    else:
        made = _MADE_THE_REMARKS.search(ctx.text, following.start, min(following.end, following.start + 80))
        found = _speaker_in(ctx, following.start, made.start(), trailing=True) if made is not None else None
    if found is None:
        return None
    return _Attribution(found.entity, found.speaker, found.speaker_span, "said", Strength.CLAUSE)


def _spoken_before(ctx: _Context, sent_start: int, mark: _Mark) -> bool:
    """ 'Lee said he hoped the talks would open "a new chapter"': a speech verb first, then the view."""
    cues, thoughts = _cues(), _thought_cues()
    for match in _WORDS.finditer(ctx.text, sent_start, mark.open_at):
        low = match.group().lower()
        if low in cues and low not in thoughts and match.group()[0].islower() and not ctx.in_quote(match.start()):
            return True
    return False


def _is_embedded(before: str, quote_text: str) -> bool:
    """A fragment inside reported speech: the sentence runs into the quote and the quote starts low."""
    tail = before.rstrip()
    if not tail or tail[-1] in ":.!?":
        return False
    if tail[-1] == ",":
        return quote_text[:1].islower()
    return quote_text[:1].islower() or not _full_sentence(quote_text)


def _closed_sentence(quote_text: str) -> bool:
    """ "There's collective amnesia." : a whole short sentence, not a fragment."""
    stripped = quote_text.strip()
    return bool(stripped) and stripped[0].isupper() and stripped[-1] in ".!?"


@lru_cache(maxsize=1)
def _thought_cues() -> frozenset[str]:
    return load_set("thought_cues")


def _full_sentence(quote_text: str) -> bool:
    stripped = quote_text.strip()
    return bool(stripped) and (stripped[0].isupper() or stripped[0] in "[\u2026.") and len(stripped.split()) >= 3




# A possessive or a noun naming a work right before a Title-Case quotation: its title.
_WORK_BEFORE = re.compile(
    r"""
    (?:['\u2019]s                                            # "NBC's"
      |\b(?:book|memoir|novel|film|movie|documentary|show   # a work named by what it is
         |programme|program|series|song|single|album|play|musical|opera|poem|essay
         |article|column|report|podcast
         |titled|entitled|called|named))                   # or its naming verb
    \s*$
    """,
    re.IGNORECASE | re.VERBOSE,
)


# '"a loud bang" shortly before': an adverb, not a noun the quotation would qualify as a label
_ADVERB_AFTER = re.compile(
    r"""
    (?:shortly|just|soon        # "shortly before"
      |""" + _LY_ADVERB + r""")   # "quickly", "only"
    """,
    re.VERBOSE,
)


def _label_like(text: str, mark: _Mark, words: list[str], before: str) -> bool:
    """Scare quotes, titles and labels: "so-called 'metadata'", "the 'one China' policy", a Title In Capitals."""
    if len(words) > 6:
        return False
    if _so_called().search(before):
        return True
    cue_right_before = bool(before.split()) and before.split()[-1].lower().strip(",:") in _cues()
    if mark.close_at is not None and len(words) <= 3 and not cue_right_before:
        after = text[mark.close_at + 1 : mark.close_at + 30]
        nxt = _WORDS.match(after, 1) if after[:1] == " " else None
        if nxt is not None and nxt.group()[0].islower():
            low = nxt.group().lower()
            if low not in _cues() and low not in load_set("label_followers") and not _ADVERB_AFTER.fullmatch(low):
                # The quotation qualifies the next word: a label ("profound" differences, "one China" policy).
                return True
    # Title Case inside a sentence: a title or a name, not speech.
    if not before.strip() or before.rstrip()[-1:] in ":":
        return False
    caps = [w for w in words if len(w) > 3]
    return len(words) >= 2 and bool(caps) and all(w[0].isupper() for w in caps)


def _after(ctx: _Context, mark: _Mark) -> _Attribution | None:
    """Attribution right after the closing mark: ' …," Xi said', ' …," said Tom Forte', 'quoted Qin as'."""
    text = ctx.text
    close = mark.close_at
    assert close is not None
    limit = min(len(text), close + 260, _paragraph_end(ctx.doc, close))
    next_start = ctx.next_start_after(close)
    if next_start is not None:
        limit = min(limit, next_start)
    tail = _mask_abbreviations(text[close + 1 : limit])
    if tail[:1] and tail[:1] in ".!?;)":
        return None
    quoted_as = _QUOTED_AS.search(tail, 0, 120)
    if quoted_as:
        attr = _speaker_in(ctx, close + 1 + quoted_as.start("subj"), close + 1 + quoted_as.end("subj"), leading=True)
        if attr is not None:
            return _Attribution(attr.entity, attr.speaker, attr.speaker_span, "quoted", Strength.ADJACENT)
    passive = _QUOTED_PASSIVE.match(tail)
    if passive:
        # '"…," Wang was quoted by Xinhua as saying': the person quoted, not the outlet.
        p_start = close + 1 + passive.start("subj")
        attr = _speaker_in(ctx, p_start, close + 1 + passive.end("subj"), trailing=True) or _proper_name_speaker(
            ctx, passive.group("subj"), p_start
        )
        if attr is not None:
            return _Attribution(attr.entity, attr.speaker, attr.speaker_span, "quoted", Strength.ADJACENT)
    came = _CAME_FROM.match(tail) if "came" in tail[:12] else None
    if came:
        # '"…," came the reply from the ministry's spokesman, Ivan Roth': the one it came from.
        s = close + 1 + came.end()
        clip = _clip_subject(text, s, limit)
        named = (
            [m for m in ctx.mentions(clip, min(limit, clip + 60)) if _NAME_OPENS.fullmatch(text, clip, m[0])]
            if text[clip : clip + 1] == ","
            else []
        )
        if named and named[0][2].kind == "person":
            attr = _Found(named[0][2], named[0][2].name, (named[0][0], named[0][1]))
        else:
            attr = _speaker_in(ctx, s, clip, leading=True)
        if attr is not None:
            return _Attribution(attr.entity, attr.speaker, attr.speaker_span, "said", Strength.ADJACENT)
    subject_pattern, inverted_pattern = _after_patterns()
    inverted = inverted_pattern.match(tail)
    if inverted is not None and inverted.group("cue").endswith("ing"):
        inverted = None  # '"…", adding Russia will act': a participle, its subject is before
    if inverted:
        s = close + 1 + inverted.start("subj")
        clip = _clip_subject(text, s, limit)
        bracket = _BRACKETED_ACRONYM.match(text, clip, limit)
        phrase_end = bracket.end() if bracket is not None else clip  # "the Committee to Protect Journalists (CPJ)"
        attr = (
            _owned_title(ctx, s, limit)
            or _speaker_in(ctx, s, clip, leading=True)
            or _proper_name_speaker(ctx, text[s:phrase_end], s)
            or _titled_name(ctx, s, clip)
        )
        if text[clip : clip + 1] == "," and (
            (attr is not None and _TITLE_WORDS.fullmatch(text, attr.speaker_span[1], clip))
            # 'said his father, Paul Mercer,': the name apposed to a description
            or _DESCRIPTION_ONLY.fullmatch(text, s, clip)
            # "recalled Berg's neighbour, Anna Lund": a named person's relation, then the name
            or _POSSESSED_DESCRIPTION.fullmatch(text, s, clip)
        ):
            # 'said Harbor Capital head trader, Paul Mercer': the title's holder, named after it.
            named = [m for m in ctx.mentions(clip, min(limit, clip + 60)) if _NAME_OPENS.fullmatch(text, clip, m[0])]
            if named and named[0][2].kind == "person":
                attr = _Found(named[0][2], named[0][2].name, (named[0][0], named[0][1]))
        if attr is None:
            # '"…," said one woman': someone unnamed, named by what they are
            described = _UNNAMED.fullmatch(text, s, clip)
            who = text.find(" who ", s, clip) if described is None else -1
            if who > s:
                described = _UNNAMED.fullmatch(text, s, who)  # "said a woman who gave her name only as Fatima"
            head = described.group("np").split()[-1].lower() if described is not None else ""
            if described is not None and (
                _describes_someone(head)
            ):
                attr = _Found(None, described.group("np"), described.span("np"))
        if attr is not None:
            return _Attribution(attr.entity, attr.speaker, attr.speaker_span, inverted.group("cue"), Strength.ADJACENT)
    subject = subject_pattern.match(tail)
    if subject and _ends_sentence(text, mark) and re.match(r"\s*:", tail[subject.end() :]):
        # '"... for good." Then a spokesman countered: "..."': the next sentence introduces
        # the next quotation; it does not attribute this one.
        subject = None
    if subject:
        cue = subject.group("cue")
        s = close + 1 + subject.start("subj")
        e = close + 1 + subject.end("subj")
        attr = _speaker_in(ctx, s, e, trailing=True)
        if subject.group("app") and (attr is None or attr.entity is None or attr.entity.kind != "person"):
            # '"…," Acme's chief executive, Nils Berg, said': the person apposed to a title or a
            # description speaks, not the title or its body.
            a_start = close + 1 + subject.start("app")
            named = [
                m for m in ctx.mentions(a_start, close + 1 + subject.end("app")) if _NAME_OPENS.fullmatch(text, a_start, m[0])
            ]
            if named and named[0][2].kind == "person":
                attr = _Found(named[0][2], named[0][2].name, (named[0][0], named[0][1]))
        if attr is None and subject.group("app"):
            # 'her mother, Fiona, said': the name is in the appositive.
            attr = _speaker_in(ctx, close + 1 + subject.start("app"), close + 1 + subject.end("app"), trailing=True)
        if attr is None and subject.start("subj") <= 4:
            # '"…," one fan shouted': someone unnamed, named by what they are.
            described = _UNNAMED.fullmatch(subject.group("subj").strip())
            if described is not None:
                offset = s + (len(subject.group("subj")) - len(subject.group("subj").lstrip())) + described.start("np")
                attr = _Found(None, described.group("np"), (offset, offset + len(described.group("np"))))
            else:
                attr = _proper_name_speaker(ctx, subject.group("subj"), s)  # '"…," Blue Origin said'
        if attr is not None:
            adjacent = subject.start("subj") <= 4 and len(subject.group("subj").split()) <= 6
            # '"…," Xi said' binds tighter than '"…", the State Department said' (comma outside).
            strength = (
                (Strength.ADJACENT if _punct_inside_close(text, mark) else Strength.CLAUSE)
                if adjacent
                else Strength.WEAK
            )
            return _Attribution(attr.entity, attr.speaker, attr.speaker_span, cue, strength)
    return None


_PERSON_NOUNS = frozenset("man woman boy girl person mother father wife husband son daughter".split())
_POSSESSED_DESCRIPTION = re.compile(
    r"""
    \s*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}['\u2019]s   # "Berg's"
    \s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*                        # "next-door neighbour"
    """,
    re.VERBOSE,
)
# What may stand between an appositive's comma and the name it holds: ", Dr. ", ", Prof "
_NAME_OPENS = re.compile(
    r"""
    ,?\s*(?:(?:Dr|Prof|Professor|Doctor|Mr|Mrs|Ms|Sir|Dame|Lord|Lady|Baroness       # courtesy titles
          |Sen|Rep|Gen|Col|Capt|Rev|Reverend|Judge|Det|Insp|Sgt|Supt|Cllr|Councillor  # offices and ranks
          |Rabbi|Imam|Sheikh|Father)\.?\s+)*                                        # clergy
    """,
    re.VERBOSE,
)

# "Acme's sales, service, and marketing vice president": a title held at a named body.
_OWNER = re.compile(r"\s*(?:the\s+)?(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['\u2019]s\s+")
_TITLE_WORD = re.compile(r"([a-z][\w-]*)(,?\s+|\s*$|(?=[.;]))")


_LOWER_TITLE = re.compile(r"\s*(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<title>[a-z][\w-]*)\s+(?=[A-Z])")


def _titled_name(ctx: _Context, start: int, end: int) -> _Found | None:
    """ '"…!" shouted protester Jo Kerr': a name we do not know, after a title or what they do."""
    title = _LOWER_TITLE.match(ctx.text, start, end)
    if title is None:
        return None
    word = title.group("title")
    if word not in _role_words() and word not in _group_words() and not _AGENT_NOUN.search(word):
        return None
    return _proper_name_speaker(ctx, ctx.text[title.end() : end], title.end())


def _owned_title(ctx: _Context, start: int, limit: int) -> _Found | None:
    """ '"…," said Acme's sales vice president': the title at the body speaks, not the body."""
    text = ctx.text
    owner = _OWNER.match(text, start, limit)
    if owner is None:
        return None
    pos = owner.end()
    for _ in range(7):
        word = _TITLE_WORD.match(text, pos, limit)
        if word is None:
            return None
        if word.group(1).lower() in _role_words():
            nxt = _TITLE_WORD.match(text, word.end(), limit)
            if nxt is None or nxt.group(1).lower() not in _role_words():
                span = (owner.start("owner"), word.end(1))
                return _Found(None, text[span[0] : span[1]], span)
        pos = word.end()
    return None


_PROPER_NAME = re.compile(r"\s*((?:[A-Z][\w&'\u2019.-]*)(?:\s+(?:[A-Z][\w&'\u2019.-]*|of|for|and|&)){0,5})\s*$")


_ARTICLE_OR_NAMED = re.compile(
    r"\s*(?:(?P<article>[Tt]he)\s+|(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:named|called)\s+)(?=[A-Z])"
)


_APPOSED_NAME = re.compile(
    r"""
    \s+(?:[a-z][\w-]*\s+){1,3}                                 # " refugee agency "
    (?P<name>[A-Z][A-Za-z&.-]+(?:\s+[A-Z][A-Za-z&.-]+){0,3})    # "UNHCR"
    (?:\s+(?:also|then|later|has|had|have|would|will))?\s*$    # before the verb
    """,
    re.VERBOSE,
)
_BRACKETED_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z&]{1,7}\)")
_DEFINED_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z&]{1,7})\)\s*$")


def _proper_name_speaker(ctx: _Context, phrase: str, offset: int) -> _Found | None:
    """A capitalised name right next to the speech verb that is no one we know as a person
    ("Blue Origin said", "said Rocket Lab"): a body speaking as itself; a surname that is
    also a title ("King said") is the person of that name."""
    defined = _DEFINED_ACRONYM.search(phrase)
    if defined is not None:
        # "The United Nations High Commissioner for Refugees (UNHCR) said": the body as named,
        # else its acronym.
        return _proper_name_speaker(ctx, phrase[: defined.start()], offset) or _proper_name_speaker(
            ctx, defined.group("acronym"), offset + defined.start("acronym")
        )
    # "the SDF said", "a student named Wong said": an acronym after its article, a name after "named".
    lead = _ARTICLE_OR_NAMED.match(phrase)
    if lead is not None:
        offset, phrase = offset + lead.end(), phrase[lead.end() :]
    match = _PROPER_NAME.fullmatch(phrase)
    if match is None:
        return None
    name = match.group(1).rstrip(".")
    first = name.split()[0]
    if (
        lead is not None
        and lead.group("article")
        and not re.fullmatch(r"[A-Z]{2,6}", name)
        and not (len(name.split()) > 1 and name.split()[-1].lower() in _org_words())
    ):
        # "the Council said": a noun, told by the rules for roles and bodies; but "the Alachua
        # Sheriff's Office tweeted" names a body
        return None
    acronym = bool(re.fullmatch(r"[A-Z]{2}", name))  # "GM said"
    if first.lower() in _NON_SUBJECTS or first.lower() in _PRONOUNS or (len(name) < 3 and not acronym):
        return None
    start = offset + match.start(1)
    entity = ctx.people.resolve(name, at=start)
    if entity is None and len(name.split()) == 1:
        # "Rosselló said" of Ricardo Rosselló Nevares: a family name inside the full name.
        bearers = [
            e for e in ctx.people.by_kind("person") if name in e.name.split()[1:-1] and len(e.name.split()) > 2
        ]
        entity = bearers[0] if len(bearers) == 1 else None
    if entity is not None:
        return _Found(entity, entity.name, (start, start + len(name)))
    if len(name.split()) == 1 and (name.lower() in _role_words() or name.lower() in _org_words()):
        return None  # "King", "Council": a title or a noun, not a name
    return _Found(None, name, (start, start + len(name)))


_DASH_THEN_NAME = re.compile(r"\s*[\u2014\u2013]\s*")


def _dash_attribution(ctx: _Context, mark: _Mark) -> _Attribution | None:
    """'"Nobody is above the law" — Judge Maria Falk, in her ruling': a person named right after a
    dash that follows the closing mark, then a comma or the paragraph's end."""
    dash = _DASH_THEN_NAME.match(ctx.text, mark.close_at + 1)
    if dash is None:
        return None
    limit = _paragraph_end(ctx.doc, dash.end())
    for m_start, m_end, entity in ctx.mentions(dash.end(), min(limit, dash.end() + 60)):
        lead = ctx.text[dash.end() : m_start]
        if entity.kind != "person" or not re.fullmatch(r"(?:[A-Z][\w.-]*\s+){0,3}", lead):
            return None  # a title may come first ("Judge"), nothing else
        if ctx.text[m_end : m_end + 1] not in (",", ".", "") and m_end < limit:
            return None
        return _Attribution(entity, entity.name, (m_start, m_end), "said", Strength.CLAUSE)
    return None


def _after_in_sentence(ctx: _Context, mark: _Mark) -> _Attribution | None:
    """ '"…" while they were in power, Azzouz said.': a speaker and cue later in the same sentence."""
    text = ctx.text
    close = mark.close_at
    assert close is not None
    sentence = ctx.doc.sentence_at(close) or ctx.doc.sentence_at(mark.start)
    end = sentence.end if sentence else min(len(text), close + 200)
    end = min(end, _paragraph_end(ctx.doc, close), close + 200)
    cues = _cues()
    for match in _WORDS.finditer(text, close + 1, end):
        if ctx.in_quote(match.start()):
            break
        word = match.group()
        if word.lower() in cues and word[0].islower() and word != "according":
            attr = _speaker_in(ctx, close + 1, match.start(), trailing=True)
            if attr is not None:
                # '…"around the clock" to reconnect customers, the company said.': a clause-final
                # attribution that closes the sentence binds like an adjacent one.
                closing = _CLAUSE_FINAL.match(text, match.end(), end + 1) is not None
                subject_next_to_cue = attr.speaker_span is not None and match.start() - attr.speaker_span[1] <= 2
                strength = Strength.CLAUSE if closing and subject_next_to_cue else Strength.WEAK
                return _Attribution(attr.entity, attr.speaker, attr.speaker_span, word, strength)
            break
    return None


_CLAUSE_FINAL = re.compile(r"(?:\s+(?:on|in|at)\s+[\w ]{1,25})?\s*[.!?]")


def _cue_ends_sentence(text: str, mark: _Mark, cue: str | None) -> bool:
    """ '"… agencies." Ivo Marsh said.': the speech verb after a closed quotation ends its sentence
    (but a time or place may follow), so it reports the quotation; '"…." Ivo Marsh said the plan was
    reckless' is a sentence of its own."""
    if not cue or mark.close_at is None:
        return False
    found = re.search(r"\b" + re.escape(cue) + r"\b", text[mark.close_at : mark.close_at + 150], re.IGNORECASE)
    return found is not None and _CLAUSE_FINAL.match(text, mark.close_at + found.end()) is not None


def _punct_inside_close(text: str, mark: _Mark) -> bool:
    """ '"…," he said' or '"…?" she asked': the quotation ends its own clause."""
    return text[mark.end - 1 : mark.end] in ",.!?\u2026-\u2014"


def _sentence_before(doc: Document, offset: int) -> Sentence | None:
    """The sentence ending last before `offset` (across a paragraph break)."""
    current = doc.sentence_at(offset)
    if current is not None:
        return doc.sentences[current.index - 1] if current.index > 0 else None
    for sentence in reversed(doc.sentences):
        if sentence.end <= offset:
            return sentence
    return None


def _paragraph_end(doc: Document, offset: int) -> int:
    paragraph = doc.paragraph_at(offset)
    return paragraph.end if paragraph is not None else len(doc.text)


def _before(ctx: _Context, mark: _Mark, clause_start: int, sent_start: int) -> _Attribution | None:
    """A speech cue earlier in the sentence: 'Xi said China "hopes…"', 'He also urged the US not to "…"'."""
    text = ctx.text
    cues = _cues()
    tokens = [(m.start(), m.end(), m.group()) for m in _WORDS.finditer(text, sent_start, mark.open_at)]
    asides = [(a.start(), a.end()) for a in _ASIDE.finditer(text, sent_start, mark.open_at)]
    # "Bercow commented — which the BBC noted as unusual — "...": a cue in an aside is not his
    tokens = [t for t in tokens if not ctx.in_quote(t[0]) and not any(a <= t[0] < b for a, b in asides)]
    cue_index = None
    for idx in range(len(tokens) - 1, -1, -1):
        low = tokens[idx][2].lower()
        # ("A report by the Audit Office found that …": a document's finding is what it says)
        finding = low in _FINDINGS and _document_pattern().search(text, sent_start, tokens[idx][0]) is not None
        if (low in cues or finding) and tokens[idx][2][0].islower():
            if low == "according" or _used_as_noun(tokens, idx):
                continue
            cue_index = idx
            # A coordinated verb ("and believes") shares the subject of the earlier cue.
            k = idx - 1
            while k >= 0 and tokens[k][2].lower() in _CONNECT_BACK:
                k -= 1
            if k < idx - 1 or (k >= 0 and tokens[k][1] <= clause_start and clause_start > sent_start):
                earlier = [j for j in range(k + 1) if tokens[j][2].lower() in cues and tokens[j][2][0].islower()]
                if earlier:
                    cue_index = earlier[-1]
            break
    if cue_index is None:
        # 'X said: "…"' in the previous sentence, ending with a colon.
        prev = _sentence_before(ctx.doc, sent_start)
        if prev is not None and text[prev.end - 1 : prev.end] == ":" and text[prev.end : mark.open_at].strip() == "":
            return _before(ctx, mark, prev.start, prev.start)
        return None
    cue_start, cue_end, cue = tokens[cue_index]
    if _FREE_RELATIVE_COPULA.match(text, cue_end) and _FREE_RELATIVE_OPENS.search(text, max(sent_start, cue_start - 60), cue_start):
        # 'What the chancellor wanted was "…", Ann Kerr said': the verb is inside the subject of
        # "was"; the quotation is what someone says of it, not the words of that subject
        return None
    if cue.lower() == "saying" and cue_index >= 1 and _QUOTED_BY_AS.search(text, max(sent_start, cue_start - 90), cue_start):
        # 'Wang was quoted by Xinhua as saying China "…"': the one quoted, not the outlet.
        quoted = next(t for t in reversed(tokens[:cue_index]) if t[2].lower() == "quoted")
        cue_start, cue_end, cue = quoted
    agent = _PASSIVE_AGENT.match(text, cue_end, mark.open_at) if cue.lower() != "quoted" else None
    if agent is not None and _PASSIVE_BEFORE.search(text, max(sent_start, cue_start - 12), cue_start):
        # 'he was told by Health Minister Oleg Sorin of "…"': the agent speaks.
        by = _speaker_in(ctx, agent.end(), _clip_subject(text, agent.end(), mark.open_at), leading=True)
        if by is not None:
            return _Attribution(by.entity, by.speaker, by.speaker_span, cue.lower(), Strength.CLAUSE)
    if cue.endswith("ing") and text[clause_start:cue_start].rstrip().endswith(","):
        # 'Stone congratulated Grant, saying "…"': a participle shares the main clause's
        # subject, not the object or a name in a prepositional phrase.
        main = _main_subject(ctx, clause_start, cue_start)
        if main is not None:
            return _Attribution(main.entity, main.speaker, main.speaker_span, cue.lower(), Strength.CLAUSE)
    if (
        cue_index >= 2
        and tokens[cue_index - 1][2] == "and"
        and text[tokens[cue_index - 2][1] : tokens[cue_index - 1][0]].strip() == ","
    ):
        # "Voss spoke to the Courier in an interview also attended by her partner, Jens Ahl, and
        # said": the verb after ", and" shares the sentence's subject, not the last name.
        main = _main_subject(ctx, sent_start, cue_start)
        if main is not None and main.entity is not None and main.entity.kind == "person":
            return _Attribution(main.entity, main.speaker, main.speaker_span, cue.lower(), Strength.CLAUSE)
    # "Berger declined to comment, but his deputy, Eva Lind, said": a clause of its own with
    # its own subject (not "Berger declined, but said").
    contrasts = list(_CONTRAST_CLAUSE.finditer(text, sent_start, cue_start))
    contrast = contrasts[-1] if contrasts else None
    if contrast is not None and not ctx.in_quote(contrast.start()) and ctx.mentions(contrast.end(), cue_start):
        sent_start = contrast.end()
    # The subject: the last mention or pronoun before the cue, an appositive skipped
    # ('Lee, the Democratic Party leader, said').
    subject_end = cue_start
    appositive = _APPOSITIVE_TAIL.search(text, sent_start, cue_start)
    if appositive:
        head = [
            m
            for m in ctx.mentions(sent_start, appositive.start())
            # "Speaking to AFP, the president of the League, Jamel Msallem, said": not AFP
            if not _possessive_at(text, m[1]) and not _after_preposition(text, m[0])
        ]
        inside = ctx.mentions(appositive.start(), cue_start)
        # "Lee, the Democratic Party leader, said" names Lee; "The EU's chief negotiator,
        # Michel Barnier, said" names Barnier.
        if head and (any(m[2].kind == "person" for m in head) or not any(m[2].kind == "person" for m in inside)):
            subject_end = appositive.start()
        elif not head and not inside:
            # "The mayor, who is running for re-election, told the council:", "The 32-year-old,
            # from Leeds, said": a described subject, an aside after it.
            opening = len(text[sent_start:appositive.start()]) - len(text[sent_start:appositive.start()].lstrip())
            described_subject = _ROLE_DESCRIPTION.match(text, sent_start + opening, appositive.start())
            if (
                described_subject is not None
                and described_subject.end() == appositive.start()
                and described_subject.group("head").lower() not in load_set("speaker_documents")
            ):  # (not "The statement, issued by Petrov's lawyers, said": read with its issuer)
                subject_end = appositive.start()
    relative = _RELATIVE_BEFORE.search(text, max(sent_start, cue_start - 40), cue_start)
    described = (
        _DESCRIBED_BEFORE_WHO.search(text, sent_start, relative.start()) if relative is not None else None
    )
    persons_before = (
        [m for m in ctx.mentions(sent_start, described.start()) if m[2].kind == "person"] if described else []
    )
    if described is not None and persons_before and described.start() - persons_before[-1][1] <= 1:
        # "Paul Mercer, an economist at Oxford University, who stated": the person described.
        p_start, p_end, person = persons_before[-1]
        attr = _Found(person, person.name, (p_start, p_end))
    elif relative is not None:
        # "a showdown with House Republicans who have called…": the noun before "who" speaks.
        attr = _speaker_in(ctx, sent_start, relative.start(), trailing=True, nearest=True)
    else:
        attr = _speaker_in(ctx, sent_start, subject_end, trailing=True)
    if attr is None and relative is None:
        # 'In his resignation speech, Rossi said, "…"': a capitalised name no one else bears.
        # ('Ray "The Hammer" Kerr said': the name after a nickname in quote marks)
        seg_start = max(sent_start, clause_start, text.rfind(",", sent_start, subject_end) + 1)
        attr = _proper_name_speaker(ctx, text[seg_start:subject_end], seg_start)
        body = _BODY_SUBJECT.fullmatch(text, sent_start, subject_end)
        if attr is None and body is not None and body.group("body").lower() in _org_words():
            # 'Police said in a statement that "…"': the body named by its common noun.
            attr = _Found(None, body.group("body").lower(), body.span("body"))
        if attr is None:
            # 'One Labour backbencher said: "…"': someone unnamed, named by what they are (as after
            # the quotation, '"…," said one woman').
            segment = text[seg_start:subject_end].strip()
            described = _UNNAMED.fullmatch(segment[:1].lower() + segment[1:])
            head = described.group("np").split()[-1].lower() if described is not None else ""
            if described is not None and (_describes_someone(head)):
                offset = text.index(segment, seg_start) + described.start("np")
                attr = _Found(None, described.group("np"), (offset, offset + len(described.group("np"))))
    if attr is None and cue.lower() not in load_set("addressee_cues"):
        # Inverted: 'said Tom Forte' (but 'told ministers' names whom the speaker told).
        attr = _speaker_in(ctx, cue_end, _clip_subject(text, cue_end + 1, mark.open_at), leading=True)
    if attr is None:
        return None
    return _Attribution(attr.entity, attr.speaker, attr.speaker_span, cue.lower(), Strength.CLAUSE)


_FINDINGS = frozenset({"found", "finds"})
# "What the mayor wants is": a clause opened by "what" that is the subject of a copula
_FREE_RELATIVE_OPENS = re.compile(r"(?:^|(?<=[\s(]))[Ww]hat\s+(?:[\w'\u2019-]+\s+){1,4}$")
_FREE_RELATIVE_COPULA = re.compile(r"\s+(?:is|was|were|are)\s")
_CONTRAST_CLAUSE = re.compile(r"(?:,\s+(?:but|while|whereas)|;)\s+")
_QUOTED_BY_AS = re.compile(r"\bquoted\s+(?:by\s+[^,;\"\u201c\u201d]{1,70}?\s+)?as\s+$")
_THE = re.compile(r"\b[Tt]he\s+")
_LOWER_WORD = re.compile(r"([a-z][\w-]*)\s*")
_OF_WORD = re.compile(r"\s*of\s+[a-z]+")


def _bodies_described(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, phrase) of bodies described, not named: "the ministry of health", "the regional council"."""
    found = []
    for the in _THE.finditer(text, start, end):
        pos = the.end()
        for _ in range(3):
            word = _LOWER_WORD.match(text, pos, end)
            if word is None:
                break
            if word.group(1) in _org_words():
                phrase_end = word.end(1)
                of = _OF_WORD.match(text, phrase_end, end)
                phrase_end = of.end() if of is not None else phrase_end
                found.append((the.start(), text[the.end() : phrase_end]))
                break
            pos = word.end()
    return found


_BODY_SUBJECT = re.compile(r"\s*(?P<body>[A-Z][a-z]+)\s+(?:(?:also|later|then|have|has|had)\s+)?")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$")
_PASSIVE_AGENT = re.compile(r"\s+by\s+")
# Words that end a subject phrase at the start of a clause: its verb or an auxiliary.
_CLAUSE_VERBS = frozenset(
    "did does do was is were are has had have would will could can may might must should also then".split()
)
# A clause opening with an adverbial before its subject: "On Tuesday, …", "Speaking to AFP, …".
_ADVERBIAL_OPENERS = frozenset(
    "in on at after before during following speaking according with without despite while when as "
    "earlier later meanwhile however since until".split()
)


_APPOSITIVE_OPENING = re.compile(r",\s+(?:the|a|an|\d{1,3},)\s")


def _main_subject(ctx: _Context, start: int, end: int) -> _Found | None:
    """The subject of the clause in text[start:end]: the words before its first verb ("Mary
    Stone" in "Mary Stone congratulated Grant", "An eyewitness" in "An eyewitness described")."""
    text = ctx.text
    words = [m for m in _WORDS.finditer(text, start, end) if not ctx.in_quote(m.start())]
    if not words:
        return None
    if words[0].group().lower() in _ADVERBIAL_OPENERS:
        comma = text.find(",", words[0].end(), end)
        if comma < 0:
            return None
        words = [m for m in words if m.start() > comma]
    if not words:
        return None
    s = words[0].start()
    verb = None
    for m in words[1:]:
        w = m.group()
        if w[0].islower() and (w in _CLAUSE_VERBS or w in _cues() or (w.endswith("ed") and len(w) > 4)):
            verb = m
            break
    if verb is None:
        return None
    if any(c in text[s : verb.start()] for c in ",;:"):
        # "Rep. Ann Lee of Ohio, the top Democrat on the panel, suggested …, telling Fox News": the
        # name before an appositive that runs up to the verb
        first = text.find(",", s, verb.start())
        if (
            any(c in text[s : verb.start()] for c in ";:")
            or not _APPOSITIVE_OPENING.match(text, first)
            or not text[s : verb.start()].rstrip().endswith(",")
        ):
            return None
        subject = _speaker_in(ctx, s, first, trailing=True)
        return subject if subject is not None and subject.entity is not None and subject.entity.kind == "person" else None
    subject = _speaker_in(ctx, s, verb.start(), trailing=True)
    if subject is None:
        subject = _proper_name_speaker(ctx, text[s : verb.start()], s)
    return subject


def _used_as_noun(tokens: list[tuple[int, int, str]], idx: int) -> bool:
    """ "the explanatory notes", "in a post": a cue word after a determiner is a noun."""
    if tokens[idx][2].lower() not in _cue_nouns():
        return False
    before = [t[2].lower() for t in tokens[max(0, idx - 2) : idx]]
    if not before:
        return False
    if before[-1] in _NOUN_DETERMINERS:
        return True
    # "the explanatory notes" (a noun) but "the company claims" (a subject and its verb)
    subject_noun = before[-1] in _role_words() | _org_words() | _group_words() or tokens[idx - 1][2][0].isupper()
    return len(before) == 2 and before[0] in _NOUN_DETERMINERS and not subject_noun


_NOUN_DETERMINERS = frozenset("the a an his her its their our my your this that these those every each".split())


@lru_cache(maxsize=1)
def _cue_nouns() -> frozenset[str]:
    return load_set("speech_cue_nouns")


_OBJECT_PRONOUN = re.compile(r"\s*(?P<p>him|her)\s*", re.IGNORECASE)
_SUBJECT_FORM = {"him": "m", "her": "f"}


_RIGHT_AFTER_CLOSE = re.compile(r"\s*,?\s*")


def _according_to(ctx: _Context, mark: _Mark, sent_start: int) -> _Attribution | None:
    sentence = ctx.doc.sentence_at(mark.start)
    sent_end = sentence.end if sentence else min(len(ctx.text), mark.end + 200)
    for match in _ACCORDING.finditer(ctx.text, sent_start, sent_end):
        s, e = match.start("subj"), match.end("subj")
        if ctx.in_quote(s):
            continue
        verb = _SUBJECT_VERB.search(ctx.text, s, e)
        if verb is not None:
            e = verb.start()  # "which according to its report was caused by": the source ends at the verb
        adjacent = mark.close_at is not None and _RIGHT_AFTER_CLOSE.fullmatch(ctx.text, mark.close_at + 1, match.start())
        last = _WORDS.findall(ctx.text, s, e)[-1:]
        if ctx.text[e : e + 1] == "," and last and (last[0].lower() in _role_words() or last[0].lower() in _KIN):
            # "according to (a statement from) his lawyer, Dan Bell": the person apposed to the role
            named = [m for m in ctx.mentions(e, min(sent_end, e + 60)) if _NAME_OPENS.fullmatch(ctx.text, e, m[0])]
            if named and named[0][2].kind == "person":
                person = named[0][2]
                strength = Strength.CLAUSE if adjacent else Strength.WEAK
                return _Attribution(person, person.name, (named[0][0], named[0][1]), "according to", strength)
        attr = _speaker_in(ctx, s, e, leading=True)
        if attr is not None and attr.speaker_span[0] - s <= 12:
            # 'The plan is "dead on arrival," according to Senator Vance': right after the closing
            # mark, "according to" binds as tightly as "said" there.
            adjacent = mark.close_at is not None and _RIGHT_AFTER_CLOSE.fullmatch(ctx.text, mark.close_at + 1, match.start())
            strength = Strength.CLAUSE if adjacent else Strength.WEAK
            return _Attribution(attr.entity, attr.speaker, attr.speaker_span, "according to", strength)
        objective = _OBJECT_PRONOUN.fullmatch(ctx.text, s, e)
        if objective is not None:
            # "According to him, …": the person the pronoun stands for, or no one.
            subject_form = _SUBJECT_FORM[objective.group("p").lower()]
            person = _person_in_focus(ctx, objective.start("p"), subject_form)
            if person is None:
                return None
            span = (objective.start("p"), objective.end("p"))
            return _Attribution(person, person.name, span, "according to", Strength.WEAK)
        # "according to the explanatory notes of the British Bill": the source as written.
        phrase = ctx.text[s:e].strip()
        bare = _LEADING_DETERMINER.sub("", phrase)
        if bare and len(bare.split()) <= 10 and any(c.isalpha() for c in bare):
            offset = s + (len(phrase) - len(bare)) + (len(ctx.text[s:e]) - len(ctx.text[s:e].lstrip()))
            strength = Strength.WEAK
            if (
                mark.close_at is not None
                and _RIGHT_AFTER_CLOSE.fullmatch(ctx.text, mark.close_at + 1, match.start())
                and _UNNAMED.fullmatch(phrase)
                and (
                    (head := phrase.split()[-1].lower()) in _role_words()
                    or head in _group_words()
                    or head + "s" in _group_words()
                    or head in _PERSON_NOUNS
                )
            ):
                # '"a masterpiece", according to one critic': someone described, right after the mark
                strength = Strength.CLAUSE
            return _Attribution(None, bare, (offset, offset + len(bare)), "according to", strength)
    owned = _IN_OWNERS_WORDS.search(ctx.text, sent_start, mark.open_at) if "words" in ctx.text[sent_start : mark.open_at] else None
    if owned is not None:
        # "In Bade's words, the budget was "a tax on hope"": the owner of the words
        s, e = owned.span("owner")
        attr = _speaker_in(ctx, s, e, leading=True) or _proper_name_speaker(ctx, ctx.text[s:e], s)
        if attr is not None:
            return _Attribution(attr.entity, attr.speaker, attr.speaker_span, "according to", Strength.WEAK)
    return None


_IN_OWNERS_WORDS = re.compile(r"\b[Ii]n\s+(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['\u2019]s\s+(?:own\s+)?words,")


def _introduced_by_subject(ctx: _Context, mark: _Mark, sent_start: int, before: str) -> _Attribution | None:
    """A whole sentence quoted after a comma or colon, in a sentence whose subject is a named
    person and that has no speech verb: 'Jobs left this farewell, "I have made ..."'."""
    words = ctx.text[mark.start : mark.end].strip()
    if not before.rstrip().endswith((",", ":")) or not (
        _full_sentence(words)
        # 'Ruiz shrugged: "Who knows?"': a short sentence a colon introduces
        or (before.rstrip().endswith(":") and words[:1].isupper() and len(words.split()) == 2)
    ):
        return None
    mentions = ctx.mentions(sent_start, mark.open_at)
    if not mentions or mentions[0][2].kind != "person":
        return None
    m_start, m_end, entity = mentions[0]
    opening = _WORDS.match(ctx.text, sent_start)
    if opening is not None and opening.group().lower() in _ADVERBIAL_OPENERS:
        # "In part of his resignation, Jobs left this farewell, …": the clause after the adverbial.
        comma = ctx.text.find(",", sent_start, m_start)
        if comma >= 0:
            sent_start = comma + 1
    # The subject opens the sentence (a title or a role may come first, no clause before it; or a
    # description the name is apposed to: "The union's general secretary, Pat Greer, was blunt:").
    lead = ctx.text[sent_start:m_start]
    apposed = _APPOSED_OPENING.fullmatch(lead) is not None and ctx.text.startswith(",", m_end)
    if not apposed and (any(c in ",;:" for c in lead) or len(lead.split()) > 4):
        return None
    return _Attribution(entity, entity.name, (m_start, m_end), None, Strength.WEAK)


_NAME_AFTER_FRONTED = re.compile(r",\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}\s*")
# Between the body that asks and the person asked: the verb, then at most a few lower-case words
# of role ("asked march organiser Ada Berg").
_ASKED_NEXT = re.compile(r"\s+(?:asked|questioned|pressed|quizzed)\s+(?:[a-z][\w'\u2019-]*\s+){0,4}")
_APPOSED_OPENING = re.compile(r"\s*(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+[^,;:\"\u201c\u201d]{1,60},\s+")


def _previous_subject(
    ctx: _Context, mark: _Mark, sent_start: int, previous: tuple[Quote, _Mark, Entity | None] | None
) -> _Attribution | None:
    """A quotation standing alone right after a sentence about someone: that person speaks.

    'Charles Schultze … once summed up the danger with a metaphor. "It's not so much …"'
    """
    text = ctx.text
    if text[sent_start:mark.open_at].strip():
        return None
    if previous is not None and previous[1].close_at is None and text[previous[1].end : mark.open_at].strip() == "":
        return None  # a paragraph continuing an open quotation
    prev = _sentence_before(ctx.doc, sent_start)
    if prev is None or ctx.overlaps(prev.start, prev.end):
        return None
    mentions = ctx.mentions(prev.start, prev.end)
    sentence = ctx.doc.sentence_at(mark.open_at)
    if mentions and sentence is not None and sentence.paragraph == prev.paragraph:
        # 'In answer to a question from student Ana Ruiz, Mr Cole said talking was the answer.
        # "You have to …"': the one the sentence reports speaking, not the first one it names.
        speaker = _last_speaker_in(ctx, prev.start, prev.end)
        if speaker is not None and speaker.entity is not None and speaker.entity.kind == "person":
            return _Attribution(speaker.entity, speaker.speaker, speaker.speaker_span, None, Strength.WEAK)
    if mentions:
        m_start, m_end, entity = mentions[0]
        if entity.kind == "person":
            return _Attribution(entity, entity.name, (m_start, m_end), None, Strength.WEAK)
        # 'Wikinews asked march organiser Ada Berg whether it would go ahead. "Absolutely."': the
        # one asked answers, not the body that asked.
        if len(mentions) > 1 and mentions[1][2].kind == "person" and _ASKED_NEXT.fullmatch(text, m_end, mentions[1][0]):
            a_start, a_end, asked = mentions[1]
            return _Attribution(asked, asked.name, (a_start, a_end), None, Strength.WEAK)
    sentence = ctx.doc.sentence_at(mark.open_at)
    if sentence is not None and sentence.paragraph == prev.paragraph:
        # 'She added that the family had waited two years. "Today we finally heard…"': the
        # speaker of the sentence just before, in the same paragraph.
        speaker = _last_speaker_in(ctx, prev.start, prev.end)
        if speaker is not None:
            return _Attribution(speaker.entity, speaker.speaker, speaker.speaker_span, None, Strength.WEAK)
    # A block quotation after a paragraph that reports someone speaking ("…, he said according to a transcript.").
    starts_para = mark.open_at == 0 or text[mark.open_at - 1] == "\n"
    if starts_para and (previous is None or previous[1].end < prev.start):
        speaker = _last_speaker_in(ctx, _paragraph_start(ctx.doc, prev.start), prev.end)
        if speaker is not None:
            return _Attribution(speaker.entity, speaker.speaker, speaker.speaker_span, None, Strength.WEAK)
    return None


def _last_speaker_in(ctx: _Context, start: int, end: int) -> _Found | None:
    """The subject of the last speech verb in text[start:end] ("Zuckerberg said", "he said")."""
    cues = _cues()
    last = None
    for match in _WORDS.finditer(ctx.text, start, end):
        if match.group() in cues and not ctx.in_quote(match.start()):
            last = match
    if last is None:
        return None
    sentence = ctx.doc.sentence_at(last.start())
    lo = sentence.start if sentence else start
    return _speaker_in(ctx, max(lo, last.start() - 80), last.start(), trailing=True)


def _previous_paragraph_start(doc: Document, offset: int) -> int:
    """Where the paragraph before the one holding `offset` starts (the recent context)."""
    paragraph = doc.paragraph_at(offset)
    if paragraph is None:
        return max(0, offset - 600)
    index = paragraph.index
    for p in reversed(doc.paragraphs):
        if p.index < index:
            return p.start
    return paragraph.start


def _paragraph_start(doc: Document, offset: int) -> int:
    paragraph = doc.paragraph_at(offset)
    return paragraph.start if paragraph is not None else offset


def _continuation(ctx: _Context, mark: _Mark, previous: tuple[Quote, _Mark, Entity | None] | None) -> _Attribution | None:
    """A quotation with no attribution of its own continues the previous speaker's words."""
    if previous is None or previous[0].speaker is None:
        return None
    quote, previous_mark, entity = previous
    gap = ctx.text[previous_mark.end : mark.open_at]
    same_para = "\n" not in gap
    starts_para = mark.open_at == 0 or ctx.text[mark.open_at - 1] == "\n"
    if (same_para and len(gap) < 300) or (starts_para and (previous_mark.close_at is None or len(gap) < 400)):
        return _Attribution(entity, quote.speaker, quote.speaker_span, quote.cue, Strength.WEAK)
    return None


def _speaker_in(
    ctx: _Context, start: int, end: int, trailing: bool = False, leading: bool = False, nearest: bool = False
) -> _Found | None:
    """The speaker named in text[start:end]: a mention, a pronoun (resolved) or a role phrase."""
    text = ctx.text
    if end <= start:
        return None
    if trailing or leading:
        issuer = _document_issuer(ctx, start, end, leading)
        if issuer is not None:
            return issuer
    mentions = ctx.mentions(start, end, countries=trailing)
    pronoun = None
    for match in _WORDS.finditer(text, start, end):
        if match.group().lower() in _PRONOUNS and not ctx.in_quote(match.start()):
            pronoun = match
            if leading:
                break
    if mentions and trailing:
        on_behalf = _group_on_behalf(ctx, mentions, start, end)
        if on_behalf is not None:
            return on_behalf
        opening = None
        if all(_after_preposition(text, m[0]) for m in mentions) and (
            _DESCRIBED_SUBJECT.match(text, mentions[-1][1], end)
            or (
                (opening := _DESCRIBED_OPENING.match(text, start, mentions[0][0])) is not None
                and opening.group("description").split()[-1].lower() in _role_words()
            )
        ):
            # "Posting on Instagram, the singer wrote", "The president, in an interview with the
            # Herald, said": a name in a fronted phrase or an aside is no subject; the description
            # is (read below as a role).
            mentions = []
            if opening is not None:
                end = opening.end("description")
    if mentions:
        if trailing:
            # The subject, not a noun inside a prepositional phrase ("Officials at the Treasury").
            heads = [
                m for m in mentions if nearest or not (_after_preposition(text, m[0]) or _possessive_at(text, m[1]))
            ]
            if not heads and _possessive_at(text, mentions[-1][1]):
                owned = _OWNED_PHRASE.match(text, mentions[-1][1], end)
                if owned is not None and owned.group("head").lower() in _org_words() | _group_words() | _role_words():
                    # "China's foreign ministry said", "Walsh's attorney said": the body or person it owns.
                    span = (mentions[-1][0], owned.end())
                    return _Found(None, text[span[0] : span[1]], span)
            if not heads and _NAME_AFTER_FRONTED.fullmatch(text, mentions[-1][1], end):
                # "In an interview with the Kessel Post, Ferrer admitted": the fronted phrase's
                # object is no subject; the name after its comma is (read by the caller).
                return None
            m_start, m_end, entity = heads[-1] if heads else mentions[-1]
            if (
                len(heads) >= 2
                and entity.kind == "person"
                and heads[-2][2].kind == "person"
                and _JOINED_SPEAKER.fullmatch(text, heads[-2][1], m_start)
            ):
                # "Ron Gettelfinger and Vice President Gerald Bantom said": the first named speaks.
                m_start, m_end, entity = heads[-2]
            if entity.kind != "person":
                for p_start, p_end, person in reversed(mentions):
                    if person.kind == "person" and p_end <= m_start and _OF_BODY.fullmatch(text, p_end, m_start):
                        # "Yvette Moss of the Labour Party added": the person, not her party
                        m_start, m_end, entity = p_start, p_end, person
                        break
        else:
            m_start, m_end, entity = mentions[0]
            if entity.kind != "person":
                for p_start, p_end, person in mentions[1:]:
                    if person.kind == "person" and _ROLE_BRIDGE.fullmatch(text, m_end, p_start):
                        # "said Harbor Capital chief strategist, Paul Mercer": the person, not the firm
                        m_start, m_end, entity = p_start, p_end, person
                        break
        if trailing and pronoun is not None and pronoun.start() > m_end:
            return _resolve_pronoun(ctx, pronoun)
        apposed = _APPOSED_NAME.match(text, m_end, end) if trailing and entity.kind != "person" else None
        if apposed is not None:
            # "the UN refugee agency UNHCR said": the name the description ends in
            found = _proper_name_speaker(ctx, apposed.group("name"), apposed.start("name"))
            if found is not None:
                return found
        if leading and pronoun is not None and pronoun.start() < m_start:
            return _resolve_pronoun(ctx, pronoun)
        # A group phrase that contains a country or organisation ("one US official") names the group.
        for g_start, g_end, group in mentions:
            if group.kind == "group" and g_start <= m_start and g_end >= m_end and group is not entity:
                m_start, m_end, entity = g_start, g_end, group
        if entity.kind == "group" and _ONE_OF.search(text, max(0, m_start - 16), m_start):
            return _Found(entity, _singular(entity.name), (m_start, m_end))  # "one of the Egyptian officials"
        return _Found(entity, entity.name, (m_start, m_end))
    if pronoun is not None:
        return _resolve_pronoun(ctx, pronoun)
    if trailing:
        kin = _PRONOUN_OWNED.fullmatch(text, start, end)
        if kin is not None and (
            kin.group("head") in _KIN
            or kin.group("head") in _RELATIONS
            or kin.group("head") in _SPEAKS_FOR_OWNER
            or kin.group("head") in _role_words()
        ):
            # '"…," his family said', '"…," her lawyer said': they speak, not the person they belong to.
            head = kin.group("head")
            titled = [
                (max(s for s, _e in e.spans if s < start), e)
                for e in ctx.people.entities
                if e.kind == "person" and e.role and role_head(e.role) == head and any(s < start for s, _e in e.spans)
            ]
            if titled:
                # "His wife, Mary Kent, … '…,' his wife said": the person named with that role.
                chosen = max(titled, key=lambda t: t[0])[1]
                return _Found(chosen, chosen.name, kin.span("phrase"))
            owner_word = kin.group("owner").lower()
            owner = _person_in_focus(ctx, kin.start("owner"), {"his": "m", "her": "f"}.get(owner_word))
            span = kin.span("phrase")
            if head in _SPEAKS_FOR_OWNER and owner is not None and owner_word != "their":
                # "Her campaign described it as …", "his office said": they speak for the person.
                return _Found(owner, owner.name, span)
            phrase = text[span[0] : span[1]]
            return _Found(None, f"{owner.name}'s {phrase}" if owner is not None and owner_word != "their" else phrase, span)
        owned = _NAMED_OWNER_PHRASE.fullmatch(text, start, end)
        heads = _org_words() | _group_words() | _role_words()
        if owned is not None and (owned.group("head").lower() in heads or _singular(owned.group("head").lower()) in heads):
            # "Dunne's lawyers said" of a name no rule knew: the lawyers speak, not their client.
            span = (owned.start("phrase"), owned.end("phrase"))
            return _Found(None, text[span[0] : span[1]], span)
    role_description = None
    # "The president also admitted": adverbs and auxiliaries between subject and verb.
    trimmed = _TRAILING_ADVERBS.search(text, start, end)
    subject_end = trimmed.start() if trimmed is not None and trailing else end
    for match in _ROLE_DESCRIPTION.finditer(text, start, subject_end):
        if match.group("head").lower() in _NOUN_DETERMINERS | _LINK_WORDS or ctx.in_quote(match.start()):
            continue  # (not '"The first thing," said Berg': words inside a quotation)
        if _AFTER_SOURCE_TIE.search(text, max(start, match.start() - 40), match.start()):
            continue  # "a person familiar with the matter said": not the matter
        if trailing and _NAME_AFTER_FRONTED.fullmatch(text, match.end(), subject_end):
            continue  # "When asked about the report, Kerr said": the name after the fronted phrase
        if match.group("head")[:1].isupper() and match.group("head").lower() not in _role_words():
            continue  # "The Guardian": a name, told by the rules for names
        if leading and match.group("head").lower() not in _role_words() | _group_words():
            continue  # after the verb only a plain title names the speaker ("said the spokesman")
        role_description = match
        if leading:
            break
    end = subject_end
    near = role_description is not None and (
        (trailing and end - role_description.end() <= 12) or (leading and role_description.start() - start <= 12)
    )
    head = role_description.group("head").lower() if near else ""
    phrase, phrase_span = (role_description.group("phrase"), role_description.span("phrase")) if near else ("", (0, 0))
    if near and head not in _org_words() and head not in _body_descriptions():
        # "The prime minister told ministers": the person with that role, if one has it.
        titled = [
            e
            for e in ctx.people.entities
            if e.kind == "person" and e.role and role_head(e.role) == head and _same_office(e.role, phrase)
        ]
        recent_from = _previous_paragraph_start(ctx.doc, role_description.start())
        recent = [e for e in titled if any(recent_from <= s < role_description.start() for s, _e in e.spans)]
        modifiers = set(phrase.lower().split()[:-1])
        if modifiers and len(recent) > 1:
            # "the health minister said" beside a health and a finance minister: the role that says so.
            fitting = [e for e in recent if modifiers & set(e.role.lower().split())]
            recent = fitting or recent
        if recent or (len(titled) == 1 and not (head in _role_words() or _AGENT_NOUN.search(head))):
            chosen = max(recent, key=lambda e: max(s for s, _e in e.spans if s < role_description.start())) if recent else titled[0]
            return _Found(chosen, chosen.name, phrase_span)
        if titled and _person_in_focus(ctx, role_description.start()) is None:
            return _Found(titled[0], titled[0].name, phrase_span)
        if head in _group_words() or head in _ANONYMOUS_HEADS:
            return _Found(None, phrase, phrase_span)  # "the spokesman said", "that person said": anonymous by design
        if head in _role_words() or _AGENT_NOUN.search(head) or head.endswith("-year-old") or head in _EPITHETS:
            # "the 24-year-old Norwegian striker added", "the 64-year-old said", "The star, 34, told
            # The Sun": the person in focus.
            focus = _person_in_focus(ctx, role_description.start())
            if (
                focus is not None
                and len(titled) == 1
                and focus is not titled[0]
                and focus.role
                and role_head(focus.role) != head
            ):
                # "President Obama nominated Chief of Staff Jack Lew. … The president said": the one
                # person with that title, not the one in focus who holds another
                return _Found(titled[0], titled[0].name, phrase_span)
            if focus is not None and not (focus.role and role_head(focus.role) == head and not _same_office(focus.role, phrase)):
                # (not the shadow health secretary for "the health secretary said")
                return _Found(focus, focus.name, phrase_span)
        return _Found(None, phrase, phrase_span)
    description = _org_description().search(text, start, end)
    if description is not None:
        # "the company claims": the organisation named last before as a subject, or a
        # capitalised name that was the subject of a speech verb ("Swiftly said it would appeal").
        named = None
        for m_start, _e, entity in reversed(ctx.mentions(max(0, start - 1500), start, countries=False)):
            if entity.kind == "org" and not _after_preposition(text, m_start) and not _ADDRESSED.search(
                text, max(0, m_start - 20), m_start
            ):
                # not "he told the BBC": the outlet addressed does not speak
                named = (m_start, entity)
                break
        subject = _org_subject_before(ctx, start)
        head = description.group().split()[-1].lower()
        unnamed = None
        if head in text[max(0, start - 600) : description.start()]:
            for match in _unnamed_body(head).finditer(text, max(0, start - 600), description.start()):
                modifiers = match.group("phrase").split()[:-1]
                if modifiers and modifiers[0] not in _ANAPHORIC_MODIFIERS and not ctx.in_quote(match.start()):
                    unnamed = match  # the last one; not "the club" itself, which points back
        if (
            unnamed is not None
            and all(unnamed.start() > other[0] for other in (named, subject) if other is not None)
        ):
            # "The national library association issued a statement. '…,' the association said":
            # the body described, not an organisation named before it.
            return _Found(None, unnamed.group("phrase"), description.span())
        if subject is not None and (named is None or subject[0] > named[0]):
            return _Found(None, subject[1], description.span())
        if named is not None:
            return _Found(named[1], named[1].name, description.span())
        opener = _body_opening_before(ctx, start)
        if opener is not None:
            return _Found(None, opener, description.span())
    if near:
        # "The firefighters' union said": an organisation named by what it is.
        return _Found(None, phrase, phrase_span)
    if trailing:
        documents = list(_document_pattern().finditer(text, start, end))
        document = documents[-1] if documents else None
        if (
            document is not None
            and _PARTICIPLE_ASIDE.fullmatch(text, document.end(), end)
            and _DOCUMENT_DETERMINER.search(text, start, document.start())
        ):
            # "The lawsuit, filed on Wednesday, claims": a document no one is named to have issued
            return _Found(None, document.group(), document.span())
    return None


@lru_cache(maxsize=1)
def _document_pattern() -> re.Pattern[str]:
    """The document nouns of lexicon speaker_documents, as written in lower case."""
    words = sorted(load_set("speaker_documents"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


_PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]+(?:ed|en)\b[^,;\"\u201c\u201d]{0,60},\s*")
_OWNED_ISSUER = re.compile(r"(?P<phrase>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['\u2019]s\s+(?P<head>[a-z]+))\s*,?\s*$")
_ISSUED_BY = re.compile(
    r"""
    \s+(?:from|by|of|issued\s+by)\s+(?:the\s+)?                          # "a statement from NASA"
    |,\s+(?:issued|released|signed|sent|published)\s+by\s+(?:the\s+)?   # "The statement, issued by X's lawyers,"
    """,
    re.VERBOSE,
)
# "RIAA's DMCA notice", "a Reuters report": the document's owner before it.
_OWNER_BEFORE = (
    re.compile(r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['\u2019]s\s+(?:[\w-]+\s+){0,2}$"),
    re.compile(r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:[a-z][\w-]*\s+){0,2}$"),
)
_DESCRIBED_OWNER = re.compile(r"\b[Tt]he\s+(?P<noun>[a-z]+)['\u2019]s\s+(?:[a-z][\w-]*\s+)?$")
_DOCUMENT_DETERMINER = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z][\w-]*\s+){0,2}$")


def _document_issuer(ctx: _Context, start: int, end: int, leading: bool) -> _Found | None:
    """ "the statement said", "RIAA's notice alleged", "a letter from the ministry says": the
    document's issuer speaks (named in the phrase, else the last body or person to speak)."""
    text = ctx.text
    words = list(_document_pattern().finditer(text, start, end))
    if not words:
        return None
    word = words[0] if leading else words[-1]
    if leading and text[start : word.start()].strip().lower() not in ("the", "a", "an", "its", "their"):
        owned = _ITS_DOCUMENT.fullmatch(text, start, word.start())
        sentence = ctx.doc.sentence_at(word.start()) if owned is not None else None
        if sentence is None:
            return None
        # "according to its preliminary report": the body the sentence is about
        issuer = _sentence_subject(ctx, sentence.start, word.start())
        if issuer is None or (issuer[0] is not None and issuer[0].kind == "person"):
            return None
        return _Found(issuer[0], issuer[1], (owned.start() + len(owned.group()) - len(owned.group().lstrip()), word.end()))
    after = text[word.end() : end]
    by = _ISSUED_BY.match(after)
    if by is not None:
        issuer_start = word.end() + by.end()
        mentions = ctx.mentions(issuer_start, end, countries=False)
        if mentions and mentions[0][0] - issuer_start <= 2:
            m_start, m_end, entity = mentions[0]
            return _Found(entity, entity.name, (m_start, m_end))
        owned = _OWNED_ISSUER.match(text, issuer_start, end)
        if owned is not None and owned.group("head").lower() in _RELATIONS | _group_words():
            # "The statement, issued by Petrov's lawyers, said": those who issued it
            return _Found(None, owned.group("phrase"), owned.span("phrase"))
        # "a statement from NASA said": a body no rule knew, named right after "from"
        return _proper_name_speaker(ctx, text[issuer_start:end].rstrip(), issuer_start)
    if after.strip() and not _TRAILING_ADVERBS.fullmatch(after) and not _PARTICIPLE_ASIDE.fullmatch(after):
        return None  # (not "The lawsuit, filed on Wednesday, claims": an aside)
    lead = text[start : word.start()]
    owner = _OWNER_BEFORE[0].search(lead) or _OWNER_BEFORE[1].search(lead)
    owner_words = owner.group("owner").split() if owner is not None else []
    skip = 0
    if len(owner_words) > 1 and owner_words[0] in ("A", "An", "The"):
        skip = len(owner_words[0]) + 1  # "A NASA statement said": the article opening the sentence
    if owner is not None and owner_words[0 if not skip else 1].lower() not in _NON_SUBJECTS:
        o_start = start + owner.start("owner") + skip
        o_end = start + owner.end("owner")
        named = ctx.mentions(o_start, o_end + 2, countries=False)
        if named:
            return _Found(named[-1][2], named[-1][2].name, (named[-1][0], named[-1][1]))
        return _proper_name_speaker(ctx, owner.group("owner")[skip:], o_start)
    described_owner = _DESCRIBED_OWNER.search(lead)
    if described_owner is not None and described_owner.group("noun").lower() in _body_descriptions():
        # "the group's website said": the body the description stands for
        o_start = start + described_owner.start()
        return _speaker_in(ctx, o_start, start + described_owner.end("noun"), trailing=True)
    if _DOCUMENT_DETERMINER.search(lead) is None:
        return None
    # "The ministry issued a statement. The statement added: …": the subject of the sentence
    # that brought the document up.
    sentence = ctx.doc.sentence_at(word.start())
    if sentence is not None:
        for back in range(sentence.index - 1, max(-1, sentence.index - 4), -1):
            earlier = ctx.doc.sentences[back]
            if re.search(r"\b" + re.escape(word.group()) + r"\b", ctx.text[earlier.start : earlier.end]) is None:
                continue
            issuer = _sentence_subject(ctx, earlier.start, earlier.end)
            if issuer is not None:
                return _Found(issuer[0], issuer[1], (word.start(), word.end()))
            # '"…," the company said in a statement. … "…," the statement continued': whoever
            # spoke in the sentence that brought the document up.
            spoke = _last_speaker_in(ctx, earlier.start, word.start() if earlier.end > word.start() else earlier.end)
            if spoke is not None and (spoke.entity is None or spoke.entity.kind != "group"):
                return _Found(spoke.entity, spoke.speaker, (word.start(), word.end()))
            break
    # "In a statement, Acme said it was sorry. The statement said …": whoever spoke last.
    cue = _last_cue(ctx, word.start())
    if cue is not None:
        for m_start, _m_end, entity in ctx.mentions(*cue):
            if entity.kind != "group" and not _after_preposition(text, m_start):
                return _Found(entity, entity.name, (word.start(), word.end()))
    if sentence is not None and sentence.index > 0 and lead.strip().lower() == "the":
        # "Norland Rail apologised for the delays. '…,' the statement said.": a document no
        # sentence brought up is the one of the body (or person) the sentence before opens with.
        earlier = ctx.doc.sentences[sentence.index - 1]
        issuer = _sentence_subject(ctx, earlier.start, earlier.end)
        if issuer is not None and (issuer[0] is None or issuer[0].kind in ("org", "person")):
            return _Found(issuer[0], issuer[1], (word.start(), word.end()))
    return None


def _sentence_subject(ctx: _Context, start: int, end: int) -> tuple[Entity | None, str] | None:
    """The body or person a sentence opens with ("Acme Corp issued …", "The ministry issued …")."""
    opening = _WORDS.match(ctx.text, start)
    if opening is not None and opening.group().lower() in _ADVERBIAL_OPENERS:
        comma = ctx.text.find(",", start, end)
        start = comma + 1 if comma >= 0 else start
    head = ctx.text[start : start + 60]
    for m_start, _m_end, entity in ctx.mentions(start, min(end, start + 60), countries=False):
        if entity.kind != "group" and len(ctx.text[start:m_start].split()) <= 2:
            return entity, entity.name
        break
    bodies = _bodies_described(ctx.text, start, min(end, start + 60))
    if bodies and bodies[0][0] - start <= 1 and head.strip():
        return None, bodies[0][1]
    named = _NAME_THEN_VERB.match(ctx.text, start, end)
    if named is not None:
        # "NASA issued a statement": a body no rule knew, opening the sentence before its verb
        found = _proper_name_speaker(ctx, named.group("name"), named.start("name"))
        if found is not None:
            return found.entity, found.speaker
    return None


_NAME_THEN_VERB = re.compile(
    r"""
    \s*(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+   # "NASA", "Acme Corp"
    (?:""" + _LY_ADVERB + r"""\s+)?                                 # "quickly"
    (?:[a-z]+ed|sent|wrote|put|gave)\b                     # "issued", "sent"
    """,
    re.VERBOSE,
)


# A description with no name of its own: "his father", "the group's lawyer".
_DESCRIPTION_ONLY = re.compile(
    r"""
    \s*(?:(?:one|another|each)\s+of\s+)?         # "one of"
    (?:his|her|their|its|the|a|an)\s+            # "the"
    (?:[\w'\u2019-]+\s+){0,3}[a-z][\w-]*\s*      # "study's lead author"
    """,
    re.VERBOSE,
)
# ", the singer" up to the verb: a described subject after a fronted phrase.
_DESCRIBED_SUBJECT = re.compile(r"[^,]*,\s+(?:the|this|that)\s+(?:[\w'\u2019-]+\s+){0,3}[a-z][\w-]*\s*$")
_DESCRIBED_OPENING = re.compile(r"(?P<description>\s*[Tt]he\s+(?:[\w'\u2019-]+\s+){0,3}?[a-z][\w-]*),\s[^,]*$")
_JOINED_SPEAKER = re.compile(r"\s+and\s+(?:[\w.-]+\s+){0,3}")
# After a body's name, the title its holder has there: " chief strategy expert".
_TITLE_WORDS = re.compile(r"(?:['\u2019]s)?(?:\s+[A-Za-z][\w-]*){0,3}\s+[a-z][\w-]*\s*")
# Between a body and a person: the person's title there ("chief strategy expert, ").
_ROLE_BRIDGE = re.compile(r"(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,3}[\w-]+,?\s+")
_ON_BEHALF = re.compile(
    r"""
    \s+(?:for|of|at|from)\s+(?:the\s+)?
    (?P<org>[A-Z][^;:\"\u201c\u201d()]*?)\s*           # "the Department for Environment, Food ..."
    (?:,\s*(?:which|who)\b[^,]*,?\s*)?$               # ", which runs the scheme,"
    """,
    re.VERBOSE,
)


def _group_on_behalf(ctx: _Context, mentions: list[tuple[int, int, Entity]], start: int, end: int) -> _Found | None:
    """ "A spokesperson for the Department for Environment, Food and Rural Affairs said": the
    spokesperson speaks, named with the body they speak for ("... spokesperson")."""
    g_start, g_end, group = mentions[0]
    if group.kind != "group" or ctx.text[start:g_start].strip().lower() not in ("", "a", "an", "the", "one"):
        return None
    tail = _ON_BEHALF.match(ctx.text, g_end, end)
    if tail is None:
        return None
    org = tail.group("org").strip(" ,")
    if len(org.split()) > 8 or not all(w[0].isupper() or w in ("and", "of", "for", "&") for w in org.replace(",", " ").split()):
        return None
    return _Found(None, f"{org} {group.name}", (g_start, g_end))


_OWNED_PHRASE = re.compile(r"['\u2019]s\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*)(?=\s*$|\s+(?:also|then|later)\b)")
_PRONOUN_OWNED = re.compile(
    r"""
    \s*(?P<owner>[Hh]is|[Hh]er|[Tt]heir)\s+                          # "his"
    (?P<phrase>(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*))         # "family", "election campaign"
    (?:\s+(?:also|then|later))?\s*                                   # before the verb
    """,
    re.VERBOSE,
)
_SPEAKS_FOR_OWNER = frozenset("campaign office team staff aides administration government".split())
_RELATIONS = frozenset("family relatives parents children lawyers attorneys representatives spokesperson".split())
_NAMED_OWNER_PHRASE = re.compile(
    r"""
    \s*(?P<phrase>
      [A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['\u2019]s?\s+   # "Dunne's"
      (?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*))         # "lawyers"
    (?:\s+(?:also|then|later))?\s*                          # before the verb
    """,
    re.VERBOSE,
)
_ONE_OF = re.compile(r"\b(?:one|each|either|neither)\s+of\s+(?:the\s+|these\s+|those\s+)?$", re.IGNORECASE)


def _singular(phrase: str) -> str:
    """ "Egyptian officials" -> "Egyptian official" (one of them speaks)."""
    words = phrase.split()
    last = words[-1]
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        last = last[:-1]
    return " ".join(words[:-1] + [last])


_LINK_WORDS = frozenset("of to in on at for with by from and or but as than".split())
_TRAILING_ADVERBS = re.compile(
    r"""
    (?:\s+(?:also|then|later|further|again|still|once|repeatedly|previously        # adverbs
         |quickly|separately|publicly|privately|recently
         |meanwhile|however|likewise|similarly|instead|nonetheless|nevertheless
         |earlier|subsequently|reportedly|allegedly|yesterday|today
         |has|have|had|would|will|was|is
         |can|could|be|been|heard|seen|to|reported|believed|understood|alleged))+  # "can be heard", "is reported to have"
    \s*$
    """,
    re.VERBOSE,
)
_ANONYMOUS_HEADS = frozenset({"person", "people", "insider", "insiders"})
# Nouns a story calls a person it has named, as no title would ("The star, 34, told The Sun").
_EPITHETS = frozenset(
    "star superstar veteran youngster teenager teen legend icon ace pensioner newcomer rookie mum dad "
    "gran grandad heiress tycoon billionaire millionaire hitmaker".split()
)
_ROLE_DESCRIPTION = re.compile(
    r"""
    \b(?:[Tt]he|[Tt]hat|[Tt]his)\s+
    (?P<phrase>(?:(?!(?:which|who|whom|whose|that|has|have|had|is|are|was|were|will|would|can|could
                      |may|might|must|shall|should|did|does|do|been|being)\b)   # no clause word inside
                   [\w-]+['\u2019]?\s+){0,3}    # "24-year-old Norwegian"
      (?!(?:which|who|whom|whose|that|has|have|had|is|are|was|were|will|would|can|could
            |may|might|must|shall|should|did|does|do|been|being)\b)
      (?P<head>[a-z][\w-]*                     # "striker"
        |[A-Z][a-z]+                           # "The Chancellor" (a title, checked by the caller)
        |[A-Z]{2,4}(?=\s)                      # "the Labour MP" (a title, checked by the caller)
        |\d{1,3}-year-old))                    # "the 64-year-old"
    \b(?!['\u2019])                             # not a possessive ("the company's")
    """,
    re.VERBOSE,
)


_AGENT_NOUN = re.compile(r"^[a-z-]{3,}(?:ist|er|or|ian|ant|ent|man|woman)$")


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return load_set("role_titles")


@lru_cache(maxsize=1)
def _role_modifiers() -> frozenset[str]:
    return load_set("role_modifiers")


@lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    return load_set("org_words")


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    return load_set("group_heads")


@lru_cache(maxsize=1)
def _body_descriptions() -> frozenset[str]:
    return load_set("body_descriptions")


@lru_cache(maxsize=1)
def _org_description() -> re.Pattern[str]:
    """ "the company", "the club": a body named by what it is (lexicon body_descriptions)."""
    words = "|".join(sorted((re.escape(w) for w in _body_descriptions()), key=len, reverse=True))
    return re.compile(r"\b[Tt]he\s+(?:" + words + r")\b")


_ANAPHORIC_MODIFIERS = frozenset("same new former other whole entire said latter".split())


@lru_cache(maxsize=64)
def _unnamed_body(head: str) -> re.Pattern[str]:
    """ "The national library association", "a residents' association": a body only described."""
    return re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?P<phrase>(?:[a-z][\w'\u2019-]*\s+){0,3}?" + re.escape(head) + r")\b(?!['\u2019]s)")


_SUBJECT_THEN_CUE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3}),?\s+([a-z]+)\b", re.MULTILINE)


def _org_subject_before(ctx: _Context, offset: int) -> tuple[int, str] | None:
    """The last sentence-opening capitalised name (not a person) followed by a speech verb."""
    cues = _cues()
    best = None
    for match in _SUBJECT_THEN_CUE.finditer(ctx.text, max(0, offset - 1500), offset):
        name, verb = match.group(1), match.group(2)
        if verb not in cues or ctx.in_quote(match.start()) or name.split()[0].lower() in _NON_SUBJECTS:
            continue
        entity = ctx.people.resolve(name, at=match.start())
        if entity is not None and entity.kind == "person":
            continue
        best = (match.start(), entity.name if entity is not None else name)
    return best


_ADDRESSED = re.compile(r"\b(?:told|tells|tell|telling|informed|wrote\s+to|spoke\s+to|speaking\s+to)\s+(?:the\s+)?$")


def _body_opening_before(ctx: _Context, offset: int) -> str | None:
    """ "Hartley Rovers sacked their manager. … the club said": a capitalised name no rule knew,
    opening one of the three sentences before with a verb, that is no person or place."""
    sentence = ctx.doc.sentence_at(offset)
    if sentence is None:
        return None
    for back in range(sentence.index - 1, max(-1, sentence.index - 4), -1):
        earlier = ctx.doc.sentences[back]
        named = _NAME_THEN_VERB.match(ctx.text, earlier.start, earlier.end)
        if named is None or ctx.in_quote(named.start("name")):
            continue
        name = re.sub(r"^The\s+", "", named.group("name"))
        if not name or name.split()[0].lower() in _NON_SUBJECTS or ctx.people.resolve(name, at=named.start()) is not None:
            continue
        if len(name.split()) >= 2:
            return name
    return None


_NON_SUBJECTS = frozenset(
    "the a an he she they it we i you this that these those there but and or yet so"
    " when if as after before while although though because since once unless whether until asked"
    # a phrase opening with a preposition ("In January, when …") is no subject
    " in on at by for from with during among amid".split()
)


_PREPOSITION_BEFORE = re.compile(
    r"""
    \b(?:of|at|for|from|in|with|by|on|to|into|against|about|under|over
      |outside|inside|near|across|through|beyond|beside|behind
      |after|before|during|following|despite|unlike|among|between|towards|toward|upon|without)
    \s+(?:the\s+|a\s+|an\s+)?$             # right before the mention
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _possessive_at(text: str, end: int) -> bool:
    """ "Walsh's attorney": the mention owns the subject rather than being it."""
    return text[end : end + 2] in ("'s", "\u2019s") or text[end - 2 : end] in ("'s", "\u2019s")


_ASIDE = re.compile(r"\s[\u2014\u2013]\s[^\u2014\u2013\"\u201c]{3,120}?\s[\u2014\u2013]\s|\([^()\"\u201c]{3,120}\)")
_OF_BODY = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?(?:[A-Z][\w'\u2019&.-]*\s+){0,3}")


def _after_preposition(text: str, offset: int) -> bool:
    if _PREPOSITION_BEFORE.search(text, max(0, offset - 20), offset) is not None:
        return True
    # "The decision by President Lukas Hoffmann", "the cuts proposed by shadow chancellor Ana
    # Ruiz": a title (capitalised, or lower case with its modifiers) between the preposition and the name
    start = offset
    for _ in range(3):
        space = text.rfind(" ", max(0, start - 30), start - 1)
        word = text[space + 1 : start - 1] if space >= 0 and text[start - 1 : start] == " " else ""
        low = word.lower().rstrip(".")
        if not (low in _role_words() and (word[:1].isupper() or word.islower())) and not (
            word.islower() and low in _role_modifiers()
        ):
            break
        start = space + 1
        if _PREPOSITION_BEFORE.search(text, max(0, start - 20), start) is not None:
            return True
    return False


# "The NMU said …", "Acme Corp announced …": a capitalised subject and a speech verb opening a sentence
_BODY_SPOKE = re.compile(
    r"""
    \s*(?:The\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+   # "The NMU"
    (?:also\s+|later\s+)?(?:said|says|added|announced|stated|warned)\b    # "said"
    """,
    re.VERBOSE,
)


def _body_spoke_before(ctx: _Context, pronoun: re.Match[str], span: Span) -> _Found | None:
    """ 'The NMU said in a statement that … "…," it said': the body the sentence before opens with."""
    sentence = ctx.doc.sentence_at(pronoun.start())
    if sentence is None or not sentence.index:
        return None
    before = ctx.doc.sentences[sentence.index - 1]
    opener = _BODY_SPOKE.match(ctx.text, before.start, before.end)
    if opener is None or opener.group("name").split()[0] in ("He", "She", "They", "It", "I", "We", "But", "And"):
        return None
    entity = ctx.people.resolve(opener.group("name"), at=opener.start("name"))
    if entity is not None:
        return _Found(entity, entity.name, span) if entity.kind in ("org", "country") else None
    found = _proper_name_speaker(ctx, opener.group("name"), opener.start("name"))
    return _Found(found.entity, found.speaker, span) if found is not None else None


_TITLES_ONLY = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+)*")
_PAIR_JOINER = re.compile(
    r"(?:,\s+[A-Z]-[A-Z][\w.]*)?,?\s+and\s+(?:(?:his|her|their)\s+[a-z]+,\s+)?(?:[A-Z][\w.'\u2019-]*\s+)*"
)
_THEY_OPENS = re.compile(r"\s*They\b")


def _coordinated_pair_before(ctx: _Context, offset: int, span: Span) -> _Found | None:
    """ "House leader Ann Lee, D-Ohio, and her deputy, Rep. Tom Bell, objected. They also called for
    …": "they" are the two persons the sentence before (or the one before a run of "They …"
    sentences) opens with, joined by "and"."""
    sentence = ctx.doc.sentence_at(offset)
    index = sentence.index - 1 if sentence is not None else -1
    for _ in range(3):
        if index < 0:
            return None
        s = ctx.doc.sentences[index]
        if _THEY_OPENS.match(ctx.text, s.start):
            index -= 1
            continue
        persons = [m for m in ctx.mentions(s.start, s.end) if m[2].kind == "person"]
        if len(persons) < 2 or persons[0][2] is persons[1][2]:
            return None
        (a_start, _a_end, a), (b_start, _b_end, b) = persons[0], persons[1]
        if not _TITLES_ONLY.fullmatch(ctx.text, s.start, a_start) or not _PAIR_JOINER.fullmatch(ctx.text, persons[0][1], b_start):
            return None
        return _Found(None, f"{a.name} and {b.name}", span)
    return None


def _resolve_pronoun(ctx: _Context, pronoun: re.Match[str]) -> _Found | None:
    """He/she: the subject of the pronoun's sentence or of the nearest sentence before it
    that names a person; it/they: the last organisation or group named."""
    word = pronoun.group().lower()
    span = (pronoun.start(), pronoun.end())
    if word == "it":
        spoke = _body_spoke_before(ctx, pronoun, span)
        if spoke is not None:
            return spoke
    if word == "they":
        pair = _coordinated_pair_before(ctx, pronoun.start(), span)
        if pair is not None:
            return pair
    if word in ("it", "they"):
        kinds = ("org", "group") if word == "it" else ("group", "org")
        for _s, _e, entity in reversed(ctx.mentions(max(0, pronoun.start() - 600), pronoun.start(), countries=False)):
            if entity.kind in kinds and (word == "they" or not entity.name.endswith("s") or entity.kind == "org"):
                if word == "it" and entity.kind == "group" and entity.name.split()[-1].lower() in _role_words():
                    continue  # "Their health spokesman": a person, never "it"
                return _Found(entity, entity.name, span)
        if word == "they":
            # "Foreign ministers A, B and C gathered in Cairo. They concluded …": those named.
            sentence = ctx.doc.sentence_at(pronoun.start())
            if sentence is not None and sentence.index:
                before = ctx.doc.sentences[max(0, sentence.index - 2)]
                persons = list(
                    {e.key: e for _s, _e, e in ctx.mentions(before.start, sentence.start) if e.kind == "person"}.values()
                )
                if len(persons) >= 2 and all(e.role for e in persons):
                    # the words their roles end with alike: "Egyptian foreign minister" and
                    # "foreign minister" are "foreign ministers"
                    split = [e.role.lower().split() for e in persons]
                    common: list[str] = []
                    while all(len(r) > len(common) for r in split) and len({r[-1 - len(common)] for r in split}) == 1:
                        common.insert(0, split[0][-1 - len(common)])
                    if common:
                        role = " ".join(common)
                        return _Found(None, role if role.endswith("s") else role + "s", span)
        if word == "it":
            # "The ministry of health issued guidance. It said …": a body named by what it is.
            sentence = ctx.doc.sentence_at(pronoun.start())
            lo = ctx.doc.sentences[sentence.index - 1].start if sentence is not None and sentence.index else 0
            bodies = [b for b in _bodies_described(ctx.text, lo, pronoun.start()) if not ctx.in_quote(b[0])]
            if bodies:
                return _Found(None, bodies[-1][1], span)
        return None
    gender = "m" if word == "he" else "f"
    person = _person_in_focus(ctx, pronoun.start(), gender)
    if person is not None:
        return _Found(person, person.name, span)
    described = _described_speaker(ctx, pronoun.start(), gender, span)
    if described is not None:
        return described
    # '"I was terrified," she said. Lena Park, 31, had been on the bus.': with no one before
    # to be "she", the person the next sentence of the paragraph opens with.
    sentence = ctx.doc.sentence_at(pronoun.start())
    paragraph = ctx.doc.paragraph_at(pronoun.start())
    if sentence is not None and paragraph is not None and sentence.index + 1 < len(ctx.doc.sentences):
        following = ctx.doc.sentences[sentence.index + 1]
        if following.start < paragraph.end and not any(
            e.kind == "person" for _s, _e, e in ctx.mentions(_previous_paragraph_start(ctx.doc, paragraph.start), pronoun.start())
        ):
            for m_start, _m_end, entity in ctx.mentions(following.start, min(following.end, following.start + 40)):
                if entity.kind == "person" and entity.gender in (None, gender) and not ctx.in_quote(m_start):
                    return _Found(entity, entity.name, span)
                break
    return None


_KIN = {
    "husband": "m", "dad": "m", "son": "m", "father": "m", "brother": "m", "grandfather": "m", "uncle": "m", "boyfriend": "m",
    "wife": "f", "mum": "f", "daughter": "f", "mother": "f", "sister": "f", "grandmother": "f", "aunt": "f", "girlfriend": "f",
    "partner": None, "neighbor": None, "neighbour": None, "friend": None,
}
# "A neighbour, who did not want to be named, said", "Her husband, a retired steelworker, said".
_DESCRIBED = re.compile(
    r"""
    (?P<owner>\b[Aa]n?|\b[Tt]he|\b[Oo]ne|\b[Hh]er|\b[Hh]is|\b[Tt]heir)\s+   # "A", "Her"
    (?P<phrase>(?:[\w-]+\s+){0,2}?(?P<head>[a-z][\w-]*)                # "neighbour", "husband"
      (?:\s+of\s+(?:the\s+|a\s+)?(?:[\w'\u2019-]+\s+){0,3}[a-z][\w-]*)?)  # "head of the police's investigators"
    (?:,[^,.;\"\u201c\u201d]{1,80},)?                                    # ", who did not want to be named,"
    \s+(?:also\s+|then\s+|later\s+)?$                                  # right before the verb
    """,
    re.VERBOSE,
)


# '…." But an executive spokeswoman insisted': a sentence opening (after a quotation closed, a
# conjunction) right before the description
_OPENS_AFTER_QUOTE = re.compile(
    r"""
    \s*(?:[\"\u201c][^\"\u201c\u201d]*[.!?][\"\u201d]\s+)?   # '"The minister should apologise." '
    (?:(?:But|And|Yet|However,)\s+)?                     # "But "
    """,
    re.VERBOSE,
)


def _described_subject(ctx: _Context, lo: int, cue_start: int) -> re.Match[str] | None:
    """An unnamed person as the subject before a speech verb: "A neighbour, …, said"."""
    match = _DESCRIBED.search(ctx.text, lo, cue_start)
    if match is None or (ctx.text[lo : match.start()].strip() and not _OPENS_AFTER_QUOTE.fullmatch(ctx.text, lo, match.start())):
        return None
    head = match.group("head").lower()
    if head in _KIN or head in _ANONYMOUS_HEADS or head in _group_words() or head in _role_words():
        return match
    return None


def _words_backwards(text: str, start: int, end: int, chunk: int = 512) -> Iterator[re.Match[str]]:
    """The `_WORDS` matches of text[start:end], last first, read in chunks that end at whitespace,
    so a look back that stops at the nearest cue costs what it reads, not the whole paragraph (a
    paragraph of a thousand quotations asked this once per quotation)."""
    hi = end
    while hi > start:
        lo = max(start, hi - chunk)
        if lo > start:
            cut = text.rfind(" ", start, lo + 1)  # a word never spans a space
            lo = cut if cut > start else start
        yield from reversed(list(_WORDS.finditer(text, lo, hi)))
        hi = lo


def _last_cue(ctx: _Context, offset: int) -> tuple[int, int] | None:
    """(subject search start, cue start) of the main speech verb (the first one) of the last
    sentence reporting speech (not quoted, not after a modal) between the start of the previous
    paragraph and `offset`: "Her husband said he had called the council" is "said"."""
    start = _previous_paragraph_start(ctx.doc, offset)
    cues = _cues()

    def is_cue(match: re.Match[str]) -> bool:
        word = match.group()
        return (
            word in cues
            and word.lower() not in _thought_cues()
            and not ctx.in_quote(match.start())
            and not _MODAL_BEFORE.search(ctx.text, max(0, match.start() - 12), match.start())
        )  # "Lunin will continue in goal": not a report of speech

    for match in _words_backwards(ctx.text, start, offset):
        if not is_cue(match):
            continue
        sentence = ctx.doc.sentence_at(match.start())
        lo = sentence.start if sentence else start
        first = next((m for m in _WORDS.finditer(ctx.text, max(lo, start), match.end()) if is_cue(m)), match)
        return max(lo, first.start() - 160), first.start()
    return None


def _described_speaker(ctx: _Context, offset: int, gender: str, span: Span) -> _Found | None:
    """ "A neighbour … said …. '…,' she said": no name, so the description ("neighbour"); a
    relative is named through the person they belong to ("Janet Cole's husband")."""
    cue = _last_cue(ctx, offset)
    if cue is None:
        return None
    found = _described_subject(ctx, *cue)
    if found is None:
        return None
    head = found.group("head").lower()
    if head in _KIN and _KIN[head] not in (None, gender):
        return None
    owner_word = found.group("owner").lower()
    if head in _KIN and owner_word in ("her", "his"):
        owner = _person_in_focus(ctx, found.start(), "f" if owner_word == "her" else "m")
        if owner is not None:
            return _Found(None, f"{owner.name}'s {head}", span)
    return _Found(None, found.group("phrase"), span)


def _known_gender_first(ctx: _Context, entity: Entity, gender: str | None, start: int, end: int) -> Entity:
    """ "Vice Premier He Lifeng met Janet Hale. '…,' she said": of the persons in one sentence, "she"
    is the one known to be a woman before one whose sex no rule knows."""
    if gender != "f" or entity.gender == gender:
        return entity
    known = [e for _s, _e, e in ctx.mentions(start, end) if e.kind == "person" and e.gender == gender]
    return known[0] if known else entity


def _person_in_focus(ctx: _Context, offset: int, gender: str | None = None) -> Entity | None:
    """The first person named in this sentence before `offset`, or in the nearest sentence
    before it that names one (up to four back); else the person who spoke last. A person
    known to be of the other gender ("Mr Corbyn" for "she") is passed over."""

    def fits(entity: Entity) -> bool:
        return entity.kind == "person" and (gender is None or entity.gender in (None, gender))

    sentence = ctx.doc.sentence_at(offset)
    if sentence is not None:
        reported = gender is not None and _PRONOUN_CUE_AFTER_CLAUSE.match(ctx.text, offset) is not None and ctx.text[
            max(sentence.start, offset - 2) : offset
        ] == ", "
        for m_start, m_end, entity in ctx.mentions(sentence.start, offset):
            if gender is not None and _possessive_at(ctx.text, m_end):
                continue  # "Mr Ross's budget was a 'gamble', he added": the owner of a noun is not "he"
            if reported and not ctx.in_quote(m_start):
                continue  # "Mr Blair has failed, he claimed": one the words are about, not the one saying them
            if fits(entity) and not _after_preposition(ctx.text, m_start):
                # named in this very sentence ("Speaking to Martin Smith, he said": not Smith)
                return _known_gender_first(ctx, entity, gender, sentence.start, offset)
        # The person who last spoke, in reported speech or a quotation, in this paragraph or
        # the one before ("Ancelotti confirmed that Courtois would miss the game. Lunin will
        # play." then '"…," the coach said' is Ancelotti, not Lunin).
        cue = _last_cue(ctx, sentence.start)
        if gender is not None:
            # "he said" in a paragraph that names a person as a subject, after a report of
            # speech in an earlier paragraph: the person this paragraph is about.
            paragraph = ctx.doc.paragraph_at(offset)
            if cue is not None and paragraph is not None and cue[1] < paragraph.start:
                index = sentence.index - 1
                while index >= 0 and ctx.doc.sentences[index].start >= paragraph.start:
                    s = ctx.doc.sentences[index]
                    for m_start, _m_end, entity in ctx.mentions(s.start, s.end):
                        if fits(entity) and not _after_preposition(ctx.text, m_start):
                            return _known_gender_first(ctx, entity, gender, s.start, s.end)
                    index -= 1
        speaker = _recent_speaker(ctx, cue, fits)
        if speaker is _DESCRIBED_ONLY:
            return None  # the last to speak was someone unnamed ("a neighbour"): no one to guess
        if speaker is not None:
            return speaker
        # Subjects and objects first ("she was raped by Quirin" does not make Quirin "she"),
        # then anyone named in a prepositional phrase after the first sentence.
        for anywhere in (False, True):
            index = sentence.index
            first = True
            while index >= 0 and index >= sentence.index - 4:
                s = ctx.doc.sentences[index]
                end = offset if first else s.end
                listed_after_preposition = -1  # "by Quirin, Redouane and a third officer"
                for m_start, m_end, entity in ctx.mentions(s.start, end):
                    governed = _after_preposition(ctx.text, m_start) or (
                        listed_after_preposition >= 0 and _LIST_JOINER.fullmatch(ctx.text, listed_after_preposition, m_start)
                    )
                    listed_after_preposition = m_end if governed else -1
                    # "After Kowal's speech, Berger walked out", "Kowal's spokesman, Markus Vogel":
                    # the owner of a noun is not the sentence's subject
                    governed = governed or _possessive_at(ctx.text, m_end)
                    if first and reported and not ctx.in_quote(m_start):
                        continue  # "Mr Ross has failed, he claimed": not the one saying it
                    if fits(entity) and ((anywhere and not first) or not governed):
                        return _known_gender_first(ctx, entity, gender, s.start, end)
                first = False
                index -= 1
    return ctx.focus if ctx.focus is not None and fits(ctx.focus) else None


_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# ", he claimed,", ", she said.": a pronoun and its speech verb set after the clause they report
# (not ", he said:", which opens a quotation)
_PRONOUN_CUE_AFTER_CLAUSE = re.compile(
    r"""
    (?:he|she)\s+(?:also\s+)?                                                  # "he", "she also"
    (?:said|says|claimed|claims|argued|argues|insisted|insists|added|warned)    # the speech verb
    (?=[,.])                                                                   # set off: ", he claimed, saying"
    """,
    re.VERBOSE,
)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|can|may|might|must|should|to|not)\s+$")


_DESCRIBED_ONLY = object()  # the last speaker is described, not named


_COORDINATOR_BEFORE = re.compile(r"(?:,|\b(?:while|whereas|and|but))\s+(?:[A-Z][\w.'\u2019-]*\s+){0,4}$")
_VERB_AFTER = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?(?P<verb>[a-z]+)\b")


def _coordinated_speaker(ctx: _Context, cue_start: int) -> Entity | None:
    """ 'Duda said the victims were "…" while Interior Minister Joachim Brudziński wrote he had
    ordered checks': the person of the last coordinated clause with a speech verb spoke last."""
    sentence = ctx.doc.sentence_at(cue_start)
    if sentence is None:
        return None
    text, cues, thoughts = ctx.text, _cues(), _thought_cues()
    found = None
    for m_start, m_end, entity in ctx.mentions(cue_start, sentence.end):
        if entity.kind != "person":
            continue
        verb = _VERB_AFTER.match(text, m_end, sentence.end)
        if (
            verb is not None
            and verb.group("verb") in cues
            and verb.group("verb") not in thoughts
            and _COORDINATOR_BEFORE.search(text, max(cue_start, m_start - 60), m_start)
        ):
            found = entity
    return found


_PRONOUN_SUBJECT = re.compile(r"\b(?P<p>[Hh]e|[Ss]he)\s+(?:(?:also|later|then|again|[a-z]+ly)\s+)*$")


# " said", " has also said", " had claimed": the verb right after the name, or its perfect
# '"…", the' or '…," the': a quotation closed, then the words attributing it
_CLOSED_QUOTE_BEFORE = re.compile(r"[\"\u201d][,.]?\s+(?=the\s)")
_RIGHT_BEFORE_CUE = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|then\s+|later\s+)?")


def _recent_speaker(ctx: _Context, cue: tuple[int, int] | None, fits):  # noqa: ANN001, ANN202
    """The subject of the last speech verb (`cue`, from `_last_cue`), if it is a person that
    fits; `_DESCRIBED_ONLY` if it is someone described but not named ("A neighbour, who …, said")."""
    if cue is None:
        return None
    lo, cue_start = cue
    coordinated = _coordinated_speaker(ctx, cue_start)
    if coordinated is not None:
        return coordinated if fits(coordinated) else None
    pronoun = _PRONOUN_SUBJECT.search(ctx.text, lo, cue_start)
    if pronoun is not None and not ctx.in_quote(pronoun.start()):
        # "He told the paper that Kowal had … '…,' he said": the one "He" stood for, not Kowal
        earlier = _person_in_focus(ctx, pronoun.start(), "m" if pronoun.group("p").lower() == "he" else "f")
        if earlier is not None:
            return earlier if fits(earlier) else None
    heads = [
        m for m in ctx.mentions(lo, cue_start) if not (_after_preposition(ctx.text, m[0]) or _possessive_at(ctx.text, m[1]))
    ]
    if heads and heads[-1][2].kind == "person" and _RIGHT_BEFORE_CUE.fullmatch(ctx.text, heads[-1][1], cue_start):
        # "In answer to student Ana Ruiz, Mr Cole said": the name right before the verb
        entity = heads[-1][2]
        return entity if fits(entity) else None
    if heads and heads[0][2].kind != "group":
        entity = heads[0][2]
        return entity if fits(entity) else None
    if len(heads) > 1 and heads[1][2].kind == "person" and ctx.text[heads[0][1] : heads[1][0]].strip() == ",":
        # "His neighbour, Anna Berg, said": the description's name.
        entity = heads[1][2]
        return entity if fits(entity) else None
    described = _described_subject(ctx, lo, cue_start)
    closed = _CLOSED_QUOTE_BEFORE.search(ctx.text, lo, cue_start) if described is None else None
    after_quote = _described_subject(ctx, closed.end(), cue_start) if closed is not None else None
    if after_quote is not None and after_quote.group("owner") == "the" and after_quote.group("head").lower() in _role_words():
        # '"…," the party leader said. … he added': the one the title stood for in that attribution
        titled = _titled_before(ctx, after_quote, cue_start) or _person_in_focus(ctx, after_quote.start())
        if titled is not None:
            return titled if fits(titled) else None
    if described is not None:
        titled = _titled_before(ctx, described, cue_start)
        if titled is not None:
            return titled if fits(titled) else None
        head = described.group("head").lower()
        if (
            described.group("owner").lower() == "the"
            and head in _role_words()
            and head not in _group_words()
            and head not in _ANONYMOUS_HEADS
            and described.group("phrase").lower().split()[-1] == head
        ):
            # "But the Tory leader argued …. '…,' he said": the one the title stood for (not "the
            # head of the police's investigators", a title with its own body: someone else)
            focus = _person_in_focus(ctx, described.start())
            if focus is not None:
                return focus if fits(focus) else None
        return _DESCRIBED_ONLY
    return None  # "he said", "the company said": no named subject


# a word that makes another office of a title: "the chancellor" is not the shadow chancellor,
# nor the former or the deputy one
_OTHER_OFFICE = frozenset("shadow former ex deputy vice".split())


def _same_office(role: str, phrase: str) -> bool:
    """Whether "the <phrase>" can name one whose role is `role`: no word of another office in the
    role that the phrase leaves out ("Tory shadow chancellor" is not "the chancellor")."""
    said = set(re.split(r"[\s-]+", phrase.lower()))
    return not any(w in _OTHER_OFFICE and w not in said for w in re.split(r"[\s-]+", role.lower()))


def _titled_before(ctx: _Context, described: re.Match[str], cue_start: int) -> Entity | None:
    """ "Health minister Mark Ruiz spoke. The minister said …": "the" and a title word name the
    one person named before (in this paragraph or the one before) whose role ends in that title."""
    head = described.group("head").lower()
    if described.group("owner").lower() != "the" or head not in _role_words():
        return None
    start = _previous_paragraph_start(ctx.doc, cue_start)
    found = {
        e.key: e
        for _s, _e, e in ctx.mentions(start, described.start())
        if e.kind == "person"
        and e.role
        and role_head(e.role) == head
        and _same_office(e.role, described.group("phrase"))
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _score(doc: Document, mark: _Mark, n_words: int, kind: str, attribution: _Attribution) -> float:
    """Key quotes first: long full-sentence quotes from named principal speakers, early in the article."""
    length = min(n_words, 40) / 40
    position = 1.0 - min(mark.start / max(len(doc.text), 1), 1.0)
    speaker = 0.0
    if attribution.entity is not None and attribution.entity.kind == "person":
        speaker = 0.6 + 0.4 * min(len(attribution.entity.spans), 8) / 8
    elif attribution.speaker is not None:
        speaker = 0.5
    direct = 1.0 if kind == "direct" else 0.4
    return round(0.3 * length + 0.2 * position + 0.3 * speaker + 0.2 * direct, 4)


__all__ = ["find_quotes"]
