"""The checks the quote probe files share: is a quotation found (its words in order, as the
scoring matches them, but at 90 %), and does it go to the expected speaker."""

from __future__ import annotations

import re

from briefs.engine.doc import Document
from briefs.engine.people import find_people
from briefs.engine.quotes import find_quotes
from briefs.model import Quote

_TOKEN = re.compile(r"\w+(?:'\w+)*")


def _tokens(text: str) -> list[str]:
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    return _TOKEN.findall(text)


def _in_order(needle: list[str], hay: list[str]) -> int:
    """Length of the longest common subsequence of two token lists."""
    prev = [0] * (len(hay) + 1)
    for a in needle:
        cur = [0]
        for j, b in enumerate(hay):
            cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def matching(quotes: tuple[Quote, ...], expected: str) -> Quote | None:
    want = _tokens(expected)
    for quote in quotes:
        got = _tokens(quote.text)
        if len(got) <= 2 * len(want) + 8 and _in_order(want, got) >= 0.9 * len(want):
            return quote
    return None


def _speaker_last(quote: Quote) -> str:
    return quote.speaker.split()[-1].lower().strip("()")  # "Norland Space Agency (NSA)"


def assert_quotations(text: str, expected: list[tuple[str, str]], count: int | None) -> None:
    """Each (words, "speaker|alternatives") is found with its speaker; `count` quotes in all."""
    doc = Document(text)
    quotes = find_quotes(doc, find_people(doc))
    found = [(q.text, q.speaker) for q in quotes]
    for words, speakers in expected:
        quote = matching(quotes, words)
        assert quote is not None, f"missing {words!r}; found {found}"
        assert quote.speaker, f"{words!r} has no speaker; found {found}"
        assert _speaker_last(quote) in speakers.split("|"), f"{words!r} went to {quote.speaker!r}; found {found}"
    if count is not None:
        assert len(quotes) == count, f"expected {count} quotes, found {found}"


def assert_article_speakers(text: str, expected: list[tuple[str, str]]) -> None:
    """A whole article: every expected quotation (matched, or by its opening words) has its
    speaker, and the article gives no other quote."""
    doc = Document(text)
    quotes = find_quotes(doc, find_people(doc))
    found = [(q.text[:40], q.speaker) for q in quotes]
    for words, speakers in expected:
        quote = matching(quotes, words) or next((q for q in quotes if q.text.startswith(words)), None)
        assert quote is not None, f"missing {words!r}; found {found}"
        assert quote.speaker and _speaker_last(quote) in speakers.split("|"), f"{words!r} went to {quote.speaker!r}"
    assert len(quotes) == len(expected), found
