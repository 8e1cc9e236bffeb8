"""The brief's summary: what happened, in one or two sentences of the article's own."""

from __future__ import annotations

import re

from ..model import Summary
from .doc import Document, Sentence

# "BEIJING (Reuters) -", "WASHINGTON —", "LONDON, June 19 (AP) --"
_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'\u2019-]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[-\u2013\u2014]{1,2}\s+"
)
_MAX_CHARS = 420


def lead_summary(doc: Document) -> Summary:
    """The first one or two sentences, dateline removed, kept under ~420 characters."""
    sentences = [s for s in doc.sentences if _reads_as_prose(s)]
    if not sentences:
        return Summary(text="", spans=())
    chosen: list[Sentence] = [sentences[0]]
    if len(sentences) > 1 and len(sentences[0].text) + len(sentences[1].text) < _MAX_CHARS // 2:
        chosen.append(sentences[1])
    spans = []
    parts = []
    for sentence in chosen:
        start = sentence.start
        dateline = _DATELINE.match(sentence.text)
        if dateline:
            start += dateline.end()
        spans.append((start, sentence.end))
        parts.append(doc.text[start : sentence.end])
    return Summary(text=" ".join(parts), spans=tuple(spans))


def _reads_as_prose(sentence: Sentence) -> bool:
    words = sentence.text.split()
    return len(words) >= 6 and any(c.islower() for c in sentence.text)
