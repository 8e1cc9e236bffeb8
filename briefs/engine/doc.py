"""The document the engine works on: paragraphs and sentences with character offsets.

Every later stage (people, quotes, meetings, issues, steps, summary) reads a
`Document` and returns items whose spans point back into `Document.text`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .lexicons import load_set

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) and
# whitespace, when what follows can start a sentence.
# The break is group 1; the mark is matched, not looked behind for, so the regex engine skips
# ahead to the next mark instead of trying every offset (a paragraph never starts after a mark).
_BOUNDARY = re.compile(
    r"""[.!?](['"\u201d\u2019)\]]*\s+)(?=['"`\u201c\u2018(\[]*[A-Z0-9\u00c0-\u024f])"""
)
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\S)")
_BEFORE_NUMBERS = frozenset({"no", "nos", "vol", "art", "fig", "pp"})  # abbreviations only before a number
_OPENING_DOUBLE = ("\"", "\u201c")
# US state abbreviations after a town in a dateline ("CUPERTINO, Calif. (Reuters) -"): not a sentence end.
_STATES = frozenset(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev "
    "Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo".split()
)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return load_set("honorifics")


_WORD_BEFORE_DOT = re.compile(r"(\S+)\.['\"\u201d\u2019)]*$")


def _word_before_dot(before: str) -> re.Match[str] | None:
    """`_WORD_BEFORE_DOT` searched from the start of the last word only: a match holds no space,
    so it lies in the text's last run of non-space characters (before a final newline, where `$`
    also matches); searching the whole sentence tried every word in it."""
    tail = before[:-1] if before.endswith("\n") else before
    if not tail or tail[-1].isspace():
        return None
    return _WORD_BEFORE_DOT.search(before, len(tail) - len(tail.rsplit(None, 1)[-1]))


MAX_SENTENCE = 1_000
_SOFT_BREAKS = ("; ", ", ", " ")


def _overlong_cut(text: str, start: int, limit: int) -> int:
    """Where to cut an overlong sentence before `limit`: after the last ';', else ',', else space."""
    for mark in _SOFT_BREAKS:
        at = text.rfind(mark, start + MAX_SENTENCE // 2, limit)
        if at > start:
            return at + len(mark.rstrip())
    return limit


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    text: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int


class Document:
    """Text split into paragraphs and sentences; offsets are into `text`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs: list[Paragraph] = []
        self.sentences: list[Sentence] = []
        self._split()

    def _split(self) -> None:
        abbreviations = load_set("abbreviations")
        pos = 0
        para_index = 0
        for match in list(_PARAGRAPH.finditer(self.text)) + [None]:
            end = match.start() if match else len(self.text)
            self._add_paragraph(pos, end, para_index, abbreviations)
            if self.paragraphs and self.paragraphs[-1].index == para_index:
                para_index += 1
            pos = match.end() if match else len(self.text)

    def _add_paragraph(self, start: int, end: int, index: int, abbreviations: frozenset[str]) -> None:
        chunk = self.text[start:end]
        stripped_left = len(chunk) - len(chunk.lstrip())
        stripped_right = len(chunk.rstrip())
        if stripped_right <= stripped_left:
            return
        start, end = start + stripped_left, start + stripped_right
        self.paragraphs.append(Paragraph(index=index, start=start, end=end))
        sent_start = start
        for boundary in _BOUNDARY.finditer(self.text, start, end):
            before = self.text[sent_start : boundary.start(1)]
            word = _word_before_dot(before)
            if word and _is_abbreviation(word.group(1), abbreviations) or (
                word
                and word.group(1) in _STATES
                and before[max(0, word.start() - 2) : word.start()] == ", "
                and self.text[boundary.end(1) : boundary.end(1) + 1] in "(\u2014\u2013-"
            ):
                # "No. 10" abbreviates; "the answer was no. Then…" ends a sentence.
                number_only = word.group(1).lower() in _BEFORE_NUMBERS and not self.text[boundary.end(1) : boundary.end(1) + 1].isdigit()
                # "an analyst at Oppenheimer & Co. "Divesting…": a quotation opens a new sentence
                # (but not after a title: 'Gen. "Mad Dog" Mattis').
                quotation_next = self.text[boundary.end(1) : boundary.end(1) + 1] in _OPENING_DOUBLE and (
                    word.group(1).lower().strip("(\"'\u201c\u2018") not in _titles()
                )
                if not (number_only or quotation_next):
                    continue
            self._add_sentence(sent_start, boundary.start(1), index)
            sent_start = boundary.end(1)
        self._add_sentence(sent_start, end, index)

    def _add_sentence(self, start: int, end: int, paragraph: int) -> None:
        text = self.text[start:end]
        trimmed = text.rstrip()
        end = start + len(trimmed)
        while end - start > MAX_SENTENCE:
            # Untrusted text with no sentence ends: the rules look at a sentence's words pairwise, so
            # an unbounded sentence costs quadratic time. Real news sentences stay under 800 characters.
            cut = _overlong_cut(self.text, start, start + MAX_SENTENCE)
            self._add_sentence(start, cut, paragraph)
            start = cut
            while start < end and self.text[start].isspace():
                start += 1
        if end > start:
            self.sentences.append(
                Sentence(len(self.sentences), start, end, paragraph, self.text[start:end])
            )

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding character `offset`, if any."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph holding character `offset`, if any."""
        starts = self._paragraph_starts
        i = bisect_right(starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @cached_property
    def word_count(self) -> int:
        return len(self.text.split())


def _is_abbreviation(word: str, abbreviations: frozenset[str]) -> bool:
    bare = word.lstrip("(\"'\u201c\u2018")
    if bare.lower() in abbreviations:
        return True
    # Single capital initials ("John F. Kennedy") and dotted acronyms ("U.S.") do not end sentences.
    return bool(re.fullmatch(r"[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]?", bare))
