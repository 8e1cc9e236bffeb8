"""The brief's summary: what happened, in one or two sentences of the article's own.

Also the check for articles the rules cannot serve (not English, too short, a
list page): `brief_limits(doc)` says why, and the brief keeps to a summary.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from ..model import Summary
from .clauses import per_text
from .datelines import AGENCY_AND_DASH, DASH
from .doc import Document, Sentence
from .lexicons import load_set, mentions_any
from .people import lexicons as people_lexicons

# "BEIJING (Reuters) -", "WASHINGTON —", "LONDON, June 19 (AP) --", "CAIRO —". Unlike
# meetings._DATELINE (whose city is a place) any capitals and a date may open it, but a region
# only abbreviated (", Calif."): "GYEONGJU, South Korea —" stays in the summary unless an agency
# is named (_AGENCY_DATELINE). Kept so when the dateline pieces were shared: widening it changes
# summaries, a change for a quality round.
_DATELINE = re.compile(
    r"""
    ^[A-Z][A-Z .,'\u2019-]{2,40}               # "BEIJING", "LONDON"
    (?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?      # ", June 19"
    (?:,\s*[A-Z][a-z]{1,5}\.)?                  # ", Calif."
    """
    + AGENCY_AND_DASH                           # "(Reuters) -"
    + r"\s+",
    re.VERBOSE,
)
# A dateline naming its agency: "PORTLAND, Oregon (CNN) -- ", "Lyon, France (AFP)" and "(CNN)" glued
# to the lede, "(Reuters) -- " alone. The place may be in capitals or not and may name its region
# in full ("SANTA FE, New Mexico"); the agency is one to three capitalised words in brackets, then
# a dash or the lede's first letter with no space between ("(CNN)The council ..."). Not a bracket
# that is part of the sentence: "NASA (the space agency) said", "BBC (World Service) Director",
# nor a name and party set off by dashes: "Cllr Ann Lee (Green) - the longest-serving member - said"
# (and, by `_agency_dateline`, not before a capital: "John Smith (Labour) -- The MP said").
_AGENCY_DATELINE = re.compile(
    r"""
    ^(?:(?P<place>[A-Z][\w.'\u2019-]*(?:\ [A-Z][\w.'\u2019-]*){0,3}       # "Marseille", "SANTA FE"
        (?:,\s*[A-Z][\w.'\u2019-]*(?:\ [A-Z][\w.'\u2019-]*){0,2})?)\s*)?   # ", New Mexico"
    \([A-Z][\w.&'\u2019-]*(?:\ [A-Z][\w.&'\u2019-]*){0,2}\)              # "(CNN)", "(Reuters)"
    (?:\s*""" + DASH + r"""\s+|(?=[A-Z"\u201c]))                              # a dash, or the lede glued on
    (?=[A-Z0-9"\u201c\u2018'])      # the lede opens there: not "Ann Lee (Green) - the councillor who ..."
    """,
    re.VERBOSE,
)


def _agency_dateline(text: str) -> re.Match[str] | None:
    """`_AGENCY_DATELINE` at the start of `text`, unless its "place" is a person's name: two or more
    words, no region after a comma, opening on a given name or a title and not a known city ("John
    Smith (Labour) -- The MP said", "Councillor Ann Lee (Green) - The vote"); a name and a party."""
    match = _AGENCY_DATELINE.match(text)
    place = match.group("place") if match is not None else None
    if place is None or "," in place:
        return match
    words = place.split()
    lex = people_lexicons()
    if len(words) >= 2 and place not in lex.places and (words[0] in lex.given_names or lex.is_title_word(words[0].lower())):
        return None
    return match


# "Editor's note: ..." opens a note to the reader, not the story.
_EDITORS_NOTE = re.compile(r"^editor(?:['\u2019]?s)?\s+note\b", re.IGNORECASE)
# "By Jane Doe", "By JANE DOE and JOHN ROE", "Jane Doe, Reuters" at the start of the body.
_BYLINE = re.compile(r"^(?:By|BY)\s+[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|and|&|,))*\s*$")
_CAPTION = re.compile(
    r"""
    ^(?:Photo|Image|Picture|Video|Caption|Credit|Getty|Reuters|AP|AFP|EPA|File)s?   # a caption's opening,
    (?=\s*(?:$|[:/|(\-\u2013\u2014])                                           # then a caption mark,
      |\s+(?i:by|courtesy|via|credit|photo|image|picture|still|handout|grab)s?\b  # or a credit word
    )                                        # ("AP Photo"); not "Video showed …", nor a name that opens
                                             # on the word ("Credit Suisse said", "EPA Administrator X")
    |(?:Getty\ Images|/AP|/Reuters|/AFP|Photograph:)                                # a credit anywhere
    """,
    re.VERBOSE,
)
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_ASCII_LOWER = re.compile(r"[a-z]")  # found first: most sentences need no look at every character
_ENDS_LIKE_PROSE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
_MAX_CHARS = 450
_LEAD_SENTENCES = 8  # the summary comes from the article's lead: the first sentences of prose
_MIN_WORDS = 40
_POSITION_DECAY = 0.06  # a later lead sentence must carry more of the topic to be chosen
_MIN_STOPWORD_SHARE = 0.18


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return load_set("stopwords")


def lead_summary(doc: Document) -> Summary:
    """The first prose sentence and the lead sentence carrying most of the article's main
    words, dateline and byline removed, kept under ~450 characters."""
    sentences: list[Sentence] = []
    dated = False  # a sentence taken so far opens on a dateline
    note_paragraph = None  # the paragraph of an editor's note, skipped whole
    for sentence in doc.sentences:  # the lead only: the rest of a long article is never read here
        if note_paragraph is not None and note_paragraph is doc.paragraph_at(sentence.start):
            continue
        if _EDITORS_NOTE.match(sentence.text):
            note_paragraph = doc.paragraph_at(sentence.start)
            continue
        if _reads_as_prose(doc, sentence) and not _inside_quotation(doc, sentence):
            agency_dateline = _agency_dateline(sentence.text) is not None
            # Wire copy starts at its dateline: what comes before it near the top of the page
            # (a note, a caption) is front matter, unless the story already had its own dateline.
            if agency_dateline and not dated and len(sentences) <= _FRONT_MATTER_SENTENCES:
                sentences.clear()
            dated = dated or agency_dateline or _DATELINE.match(sentence.text) is not None
            sentences.append(sentence)
            if len(sentences) == _LEAD_SENTENCES:
                break
    if not sentences:
        return Summary(text="", spans=())
    weights = _word_weights(doc)
    scores = [_centrality(s.text, weights) * (1.0 - _POSITION_DECAY * i) for i, s in enumerate(sentences)]
    # The first sentence is the article's own lead and stays, unless it is an anecdote (no day,
    # no news verb) and a sentence just after states the news with both; the second is the
    # lead sentence that carries most of the article's topic words.
    lead = _news_lead(sentences, scores)
    chosen = [sentences[lead]]
    # After an anecdote, the second sentence comes from what follows the news, not the anecdote.
    rest = sorted(range(lead + 1 if lead else 1, len(sentences)), key=lambda i: (-scores[i], i))
    second = _second_sentence(doc, sentences, chosen[0], rest)
    if second is not None:
        chosen.append(second)
    chosen.sort(key=lambda s: s.start)
    spans = []
    parts = []
    for sentence in chosen:
        start = sentence.start
        dateline = _DATELINE.match(sentence.text) or _agency_dateline(sentence.text)
        if dateline:
            start += dateline.end()
        if not spans:
            # A summary cannot open on "But …": the sentence it answers is not in the summary.
            connective = _OPENING_CONNECTIVE.match(doc.text, start, sentence.end)
            if connective:
                start = connective.end()
        end = _sentence_end(doc, sentence)
        spans.append((start, end))
        parts.append(doc.text[start:end])
    return Summary(text=" ".join(parts), spans=tuple(spans))


_OPENING_CONNECTIVE = re.compile(r"(?:But|And|Yet|Still|So|However,|Meanwhile,)\s+(?=[A-Z])")
_WHEN = re.compile(
    r"""
    \b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday
      |yesterday|today|tonight|overnight
      |this\ (?:week|morning|afternoon|evening|month|year)|last\ (?:week|night|month)
      |(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\ \d{1,2}\b)   # "June 19"
    """,
    re.VERBOSE,
)
_NEWS_LEAD_WINDOW = 5
_FRONT_MATTER_SENTENCES = 3  # at most this many sentences before a dateline are front matter
_REPEAT_SHARE = 0.6  # a second sentence whose content words are this much the lede's repeats it


def _second_sentence(
    doc: Document, sentences: list[Sentence], lede: Sentence, order: list[int]
) -> Sentence | None:
    """The lead sentence to follow the lede, best first in `order`, that fits beside it, does
    not only say the lede again, does not quote someone known only as "he" or "she", and does
    not call someone by a surname that a skipped sentence introduced (then that sentence, which
    introduces them, is the one taken)."""
    lede_words = _content_words(lede.text)

    def fits(sentence: Sentence) -> bool:
        return (
            len(lede.text) + len(sentence.text) + 1 <= _MAX_CHARS
            # A sentence that only says the lede again (a caption restating it) adds nothing.
            and not _repeats(_content_words(sentence.text), lede_words)
            and not _PRONOUN_SPEAKER.search(sentence.text)
        )

    for i in order:
        candidate = sentences[i]
        if not fits(candidate):
            continue
        names = _skipped_names(doc, lede, candidate)
        if not names:
            return candidate
        introducing = next(
            (s for s in sentences if lede.end <= s.start < candidate.start and names & _introduced(s.text)),
            None,
        )
        if introducing is not None and fits(introducing) and not _skipped_names(doc, lede, introducing):
            return introducing
    return None


def _content_words(text: str) -> set[str]:
    """A sentence's content words, lower-cased, without a possessive ending."""
    stop = _stopwords()
    words = set()
    for word in _WORD.findall(text):
        low = word.lower()
        if low.endswith(("'s", "\u2019s")):
            low = low[:-2]
        if len(low) > 2 and low not in stop:
            words.add(low)
    return words


# A person named in full: a capitalised word (not a function word), an initial or not, then the
# surname ("Brice Robin", "Andy G. Beshear"), found at every word so that "Judge Martina Keller" gives
# "Keller"; the surname is what a later sentence calls them by.
_FULL_NAME = re.compile(r"(?=\b([A-Z][a-z]+)(?:\s+[A-Z]\.)?\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?![-'\u2019][a-z]))")
# A name standing alone: a capitalised word inside a sentence, no capitalised word on either side
# except a title before it ("Mr Balls", "Robin's comments", "said Beshear").
_ALONE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:['\u2019]s)?\b(?!\s+[A-Z])")


def _introduced(text: str) -> set[str]:
    """The surnames of the people a stretch of text names in full."""
    stop = _stopwords()
    return {m.group(2) for m in _FULL_NAME.finditer(text) if m.group(1).lower() not in stop}


def _alone(text: str) -> set[str]:
    """The names a sentence uses alone, by surname only (after a title or none)."""
    out = set()
    titles = load_set("honorifics")  # cached by load_set
    for m in _ALONE.finditer(text):
        before = text[: m.start()].rstrip().rsplit(None, 1)
        previous = before[-1] if before else ""
        if previous[:1].isupper() and previous.lower().rstrip(".") not in titles:
            continue  # the second word of a full name, written out here
        out.add(m.group(1))
    return out


# A quotation whose speaker is only a pronoun: '"This is not over," she said.'
_PRONOUN_SPEAKER = re.compile(
    r"^[\"\u201c].*[,.!?][\"\u201d]\s+(?:he|she|they|it|we)\s+[a-z]+\b", re.DOTALL
)


def _skipped_names(doc: Document, lede: Sentence, sentence: Sentence) -> set[str]:
    """The people a sentence calls by surname alone whom the lede does not name and the text
    between them names in full: its reader would meet "Robin's comments" without the summary
    saying who Robin is."""
    if sentence.start <= lede.end:
        return set()
    alone = _alone(sentence.text)
    if not alone:
        return set()
    names = (alone & _introduced(doc.text[lede.end : sentence.start])) - set(_WORD.findall(lede.text))
    # Not a word the article also writes in lower case ("Dudley Council" ... "the council"): a noun.
    return {name for name in names if not re.search(rf"\b{re.escape(name.lower())}\b", doc.text)}


def _repeats(words: set[str], lede_words: set[str]) -> bool:
    """Whether most of a sentence's content words are already the lede's."""
    return bool(words) and len(words & lede_words) >= _REPEAT_SHARE * len(words)


@lru_cache(maxsize=1)
def _news_verbs() -> frozenset[str]:
    return load_set("news_verbs")


def _news_signals(text: str) -> tuple[bool, bool]:
    """(names a day or date, has a news verb) for one sentence."""
    verbs = _news_verbs()
    return bool(_WHEN.search(text)), any(w.lower() in verbs for w in _WORD.findall(text))


def _news_lead(sentences: list[Sentence], scores: list[float]) -> int:
    """The index of the sentence that states the news: the first, unless it has neither a day
    nor a news verb and carries fewer of the article's topic words (an anecdotal lede) than
    one of the next few, which has both."""
    when, verb = _news_signals(sentences[0].text)
    if when or verb:
        return 0
    for i in range(1, min(len(sentences), _NEWS_LEAD_WINDOW)):
        if all(_news_signals(sentences[i].text)) and scores[i] > scores[0]:
            return i
    return 0


def _sentence_end(doc: Document, sentence: Sentence) -> int:
    """Where a sentence ends, with the closing quotation mark the sentence splitter leaves out
    when the sentence ends inside a quotation ('... known as the "cold corridor."')."""
    end, text = sentence.end, sentence.text
    after = doc.text[end : end + 1]
    if after == '"' and text.count('"') % 2 == 1:
        return end + 1
    if after == "\u201d" and text.count("\u201c") > text.count("\u201d"):
        return end + 1
    return end


def _inside_quotation(doc: Document, sentence: Sentence) -> bool:
    """A sentence in the middle of a quotation ('…35 days. If I play the same players…')."""
    paragraph = doc.paragraph_at(sentence.start)
    if paragraph is None:
        return False
    before = doc.text[paragraph.start : sentence.start]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _reads_as_prose(doc: Document, sentence: Sentence) -> bool:
    """A sentence of the story: long enough, ends like a sentence, not a byline, caption or quote alone."""
    return _prose_text(sentence.text)


@per_text
def _prose_text(text: str) -> bool:
    """`_reads_as_prose` of a sentence's text, kept: the summary and the limits both ask it."""
    words = text.split()
    if len(words) < 8 or not (_ASCII_LOWER.search(text) or any(c.islower() for c in text)):
        return False
    if not _ENDS_LIKE_PROSE.search(text) or _BYLINE.match(text) or _CAPTION.search(text[:60]):
        return False
    if mentions_any("page_furniture", text.lower()):
        return False
    # A sentence that is all quotation says what someone said, not what happened.
    return not (text[:1] in "\"\u201c\u2018'" and text.rstrip()[-1:] in "\"\u201d\u2019'")


@lru_cache(maxsize=1)
def _words(doc: Document) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The document's words and the same lower-cased: found once for the summary and the limits."""
    words = tuple(_WORD.findall(doc.text))
    return words, tuple(map(str.lower, words))


def _word_weights(doc: Document) -> dict[str, float]:
    """Content words weighted by how often the article uses them (its topic words)."""
    stop = _stopwords()
    words, lows = _words(doc)
    counts = Counter(low for w, low in zip(words, lows, strict=True) if low not in stop and len(w) > 2)
    return {w: math.log1p(c) for w, c in counts.items() if c > 1}


def _centrality(text: str, weights: dict[str, float]) -> float:
    words = {w.lower() for w in _WORD.findall(text)}
    total = sum(weights.get(w, 0.0) for w in words)
    return total / math.sqrt(max(len(words), 8))


def brief_limits(doc: Document) -> tuple[str, ...]:
    """Why the rules cannot serve this article (then the brief keeps to a summary), if they cannot."""
    words = _words(doc)[1]
    if len(words) < _MIN_WORDS:
        return ("too short for a brief: summary only",)
    stop = _stopwords()
    share = sum(map(stop.__contains__, words)) / len(words)  # no generator step per word
    if share < _MIN_STOPWORD_SHARE:
        return ("not English: summary only",)
    if len(doc.paragraphs) < 8:
        return ()
    # An article once its prose sentences hold 40% of its words: the rest need not be read.
    needed, prose = 0.4 * len(words), 0
    for sentence in doc.sentences:
        if _reads_as_prose(doc, sentence):
            prose += len(sentence.text.split())
            if prose >= needed:
                return ()
    return ("a list page, not an article: summary only",)


# Sentence ends in any script: Latin, CJK (。！？), Devanagari (।), Arabic (؟ ۔).
_ANY_SENTENCE_END = re.compile(
    "[.!?\u061f\u06d4][\"'\u201d\u2019)\\]]*(?=\\s|$)|[\u3002\uff01\uff1f\u0964][\u300d\u300f\u201d]*"
)
_OPENING_SENTENCES = 2


def opening_summary(doc: Document) -> Summary:
    """The article's first sentences as written, in any language: the summary of a brief the
    English rules cannot serve (they find no prose sentence in Arabic, Hindi or Japanese)."""
    text = doc.text
    start = len(text) - len(text.lstrip())
    if start >= len(text):
        return Summary(text="", spans=())
    paragraph_end = text.find("\n\n", start)
    limit = min(len(text) if paragraph_end < 0 else paragraph_end, start + _MAX_CHARS)
    ends = [m.end() for m in _ANY_SENTENCE_END.finditer(text, start, limit)][:_OPENING_SENTENCES]
    if ends:
        end = ends[-1]
    else:  # no sentence end in reach: cut at a space, else at the limit
        space = text.rfind(" ", start, limit)
        end = space if space > start and limit < len(text) else limit
    end = start + len(text[start:end].rstrip())
    return Summary(text=text[start:end], spans=((start, end),))


__all__ = ["brief_limits", "lead_summary", "opening_summary"]
