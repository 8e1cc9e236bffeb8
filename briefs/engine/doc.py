"""The document the engine works on: paragraphs and sentences with character offsets.

Every later stage (people, quotes, meetings, issues, steps, summary) reads a
`Document` and returns items whose spans point back into `Document.text`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
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


# An article given as one paragraph (an RSS description, a row of a news data set, pasted text)
# gets paragraph bounds inferred at its sentence ends. The trigger is a block of at least this many
# sentences holding at least this share of the text's characters: in the paragraphed tune families
# the longest block of a text that is (nearly) all one block has 12 sentences, and the longest
# block anywhere (18 sentences) holds 56% of its text; news paragraphs hold one to three.
_ONE_BLOCK_SENTENCES = 13
_ONE_BLOCK_SHARE = 0.75
_CLOSING_MARKS = frozenset("\"'\u201d\u2019")
_OPENING_MARKS = frozenset("\"\u201c")
_WORD = re.compile(r"[A-Za-z]+")
_ATTRIBUTION_WORDS = 7

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
        self._infer_paragraphs()

    def _infer_paragraphs(self) -> None:
        """Split a text given as one long block into paragraphs at its sentence ends.

        The rules read paragraph bounds (a speaker in the same paragraph, a quotation running on
        into the next, a pronoun resolved to the paragraph before); in one long block a quotation
        with no attribution of its own takes a speech cue sentences away. Each sentence end outside
        a quotation ends a paragraph, as news paragraphs are one to three sentences, except before
        a sentence opening with a quotation (it stays with the sentence leading into it: 'Brekke
        said he would appeal. "This is rushed."') or a short attribution of the quotation just
        closed. Only bounds change: the text and every offset stay as they were."""
        if not self.paragraphs:
            return
        counts = [0] * len(self.paragraphs)
        for sentence in self.sentences:
            counts[sentence.paragraph] += 1
        block = max(range(len(counts)), key=counts.__getitem__)
        paragraph = self.paragraphs[block]
        total = sum(p.end - p.start for p in self.paragraphs)
        if counts[block] < _ONE_BLOCK_SENTENCES or paragraph.end - paragraph.start < _ONE_BLOCK_SHARE * total:
            return
        opened = _open_at(self.text, paragraph.start, paragraph.end, [s.start for s in self.sentences if s.paragraph == block])
        starts: list[int] = []  # first sentence of each new paragraph of the block
        previous: Sentence | None = None
        for sentence, inside in zip((s for s in self.sentences if s.paragraph == block), opened, strict=True):
            quotation_opens = sentence.text[:1] in _OPENING_MARKS
            if not starts or not (inside or quotation_opens or self._attributes_quotation_before(previous, sentence)):
                starts.append(sentence.index)
            previous = sentence
        if len(starts) < 2:
            return
        self._rebound(block, starts)

    def _attributes_quotation_before(self, previous: Sentence | None, sentence: Sentence) -> bool:
        """'"…?" Sanders asked.': a sentence opening with its speech cue after a quotation that
        closed the sentence before is that quotation's attribution, in its paragraph."""
        if previous is None:
            return False
        between = self.text[previous.end : sentence.start].strip()
        if not between or any(c not in _CLOSING_MARKS for c in between):
            return False
        # Short, with its cue early ("He said on Monday."), not a report of its own ("Engineers say
        # the pilings could give way within a year.", whose subject is a speaker of its own).
        words = _WORD.findall(sentence.text)
        cues = load_set("speech_cues")
        return len(words) <= _ATTRIBUTION_WORDS and any(word.lower() in cues for word in words[:4])

    def _rebound(self, block: int, starts: list[int]) -> None:
        """Replace paragraph `block` by paragraphs opening at the sentences `starts`, renumbering.
        A paragraph ends where the next one's first sentence starts, less the white space between:
        a sentence's own end leaves out the closing mark after its full stop."""
        original = self.paragraphs[block]
        opens = [self.sentences[i].start for i in starts]
        opens[0] = original.start
        bounds = []
        for at, following in zip(opens, opens[1:] + [None], strict=True):
            end = original.end if following is None else following
            while end > at and self.text[end - 1].isspace():
                end -= 1
            bounds.append((at, end))
        paragraphs: list[Paragraph] = []
        for index, old in enumerate(self.paragraphs):
            if index == block:
                paragraphs.extend([Paragraph(block + i, a, b) for i, (a, b) in enumerate(bounds)])
            else:
                paragraphs.append(Paragraph(len(paragraphs), old.start, old.end))
        self.paragraphs = paragraphs
        shift = len(bounds) - 1
        sentences: list[Sentence] = []
        group = -1
        first = set(starts)
        for sentence in self.sentences:
            if sentence.paragraph < block:
                sentences.append(sentence)
            elif sentence.paragraph > block:
                sentences.append(replace(sentence, paragraph=sentence.paragraph + shift))
            else:
                group += sentence.index in first
                sentences.append(replace(sentence, paragraph=block + group))
        self.sentences = sentences

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


_MARK = re.compile("[\"\u201c\u201d\u2018\u2019']")
_OPENS_AFTER = frozenset("([\u2014\u2013-")


def _open_at(text: str, start: int, end: int, offsets: list[int]) -> list[bool]:
    """For each of `offsets` (ascending, in text[start:end]), whether a quotation is open there.

    Marks are read by their neighbours, not paired blindly: an opening mark follows a space and
    precedes a word, a closing one follows a word; a straight mark that is neither, or a closing
    mark with nothing open, is passed over, so one stray mark cannot hold the rest of the block
    open."""
    out: list[bool] = []
    state = ""  # "" nothing open, '"' a double quotation, "'" a single one
    marks = _MARK.finditer(text, start, end)
    mark = next(marks, None)
    for offset in offsets:
        while mark is not None and mark.start() < offset:
            at = mark.start()
            ch = text[at]
            before = text[at - 1] if at > start else " "
            after = text[at + 1] if at + 1 < end else " "
            opening = (before.isspace() or before in _OPENS_AFTER) and not after.isspace()
            closing = not before.isspace() and (after.isspace() or not after.isalnum())
            if ch == "\u201c" or (ch == '"' and opening):
                state = '"'
            elif ch == "\u201d" or (ch == '"' and closing):
                if state == '"':
                    state = ""
            elif state == "" and opening and after.isalnum():  # a single mark opens only outside
                state = "'"
            elif state == "'" and closing and ch != "\u2018":
                state = ""
            mark = next(marks, None)
        out.append(bool(state))
    return out


def _is_abbreviation(word: str, abbreviations: frozenset[str]) -> bool:
    bare = word.lstrip("(\"'\u201c\u2018")
    if bare.lower() in abbreviations:
        return True
    # Single capital initials ("John F. Kennedy") and dotted acronyms ("U.S.") do not end sentences.
    return bool(re.fullmatch(r"[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]?", bare))
