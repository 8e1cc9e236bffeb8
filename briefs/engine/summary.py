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
from .doc import Document, Sentence
from .lexicons import load_set, mentions_any

# "BEIJING (Reuters) -", "WASHINGTON —", "LONDON, June 19 (AP) --", "CAIRO —"
_DATELINE = re.compile(
    r"""
    ^[A-Z][A-Z .,'\u2019-]{2,40}               # "BEIJING", "LONDON"
    (?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?      # ", June 19"
    (?:,\s*[A-Z][a-z]{1,5}\.)?                  # ", Calif."
    \s*(?:\([^)]{1,30}\))?                      # "(Reuters)"
    \s*[-\u2013\u2014]{1,2}\s+                   # the dash
    """,
    re.VERBOSE,
)
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
_MIN_STOPWORD_SHARE = 0.18


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return load_set("stopwords")


def lead_summary(doc: Document) -> Summary:
    """The first prose sentence and the lead sentence carrying most of the article's main
    words, dateline and byline removed, kept under ~450 characters."""
    sentences = []
    for sentence in doc.sentences:  # the lead only: the rest of a long article is never read here
        if _reads_as_prose(doc, sentence) and not _inside_quotation(doc, sentence):
            sentences.append(sentence)
            if len(sentences) == _LEAD_SENTENCES:
                break
    if not sentences:
        return Summary(text="", spans=())
    weights = _word_weights(doc)
    scores = [_centrality(s.text, weights) * (1.0 - 0.06 * i) for i, s in enumerate(sentences)]
    # The first sentence is the article's own lead and stays, unless it is an anecdote (no day,
    # no news verb) and a sentence just after states the news with both; the second is the
    # lead sentence that carries most of the article's topic words.
    lead = _news_lead(sentences, scores)
    chosen = [sentences[lead]]
    # After an anecdote, the second sentence comes from what follows the news, not the anecdote.
    rest = sorted(range(lead + 1 if lead else 1, len(sentences)), key=lambda i: (-scores[i], i))
    for i in rest:
        if len(chosen[0].text) + len(sentences[i].text) + 1 <= _MAX_CHARS:
            chosen.append(sentences[i])
            break
    chosen.sort(key=lambda s: s.start)
    spans = []
    parts = []
    for sentence in chosen:
        start = sentence.start
        dateline = _DATELINE.match(sentence.text)
        if dateline:
            start += dateline.end()
        if not spans:
            # A summary cannot open on "But …": the sentence it answers is not in the summary.
            connective = _OPENING_CONNECTIVE.match(doc.text, start, sentence.end)
            if connective:
                start = connective.end()
        spans.append((start, sentence.end))
        parts.append(doc.text[start : sentence.end])
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


def _inside_quotation(doc: Document, sentence: Sentence) -> bool:
    """A sentence in the middle of a quotation ('…35 days. If I play the same players…')."""
    paragraph = doc.paragraph_at(sentence.start)
    if paragraph is None:
        return False
    before = doc.text[paragraph.start : sentence.start]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _reads_as_prose(doc: Document, sentence: Sentence) -> bool:
    """A sentence of the story: long enough, ends like a sentence, not a byline, caption or quote alone."""
    text = sentence.text
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
