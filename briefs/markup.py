"""Titles as plain text: markup a page or file left in its title (entities, tags) decoded once.

Pages often carry a title that was escaped twice (`&amp;#8216;` in og:title) or
never decoded at all (JSON-LD headlines are JSON, not HTML), and some put tags
in it (`<em>`). A reader wants the words: ‘The Medium is the Message’, £5.
"""

from __future__ import annotations

import html
import re

from .safety import clean_line

# Only complete references with their semicolon: "AT&T", "R&D" and "&c" stay as written.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A tag is `<` then a letter (or `/` and a letter): "x < y" and "<3" are words, not tags.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]{0,30}(?:\s[^<>]{0,500})?/?>")


def decode_entities(text: str) -> str:
    """`text` with its character references decoded once (an unknown name stays as written)."""
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


def plain_title(text: str | None, max_len: int = 300) -> str:
    """A title as plain text on one line: tags dropped and entities decoded, once."""
    if not text:
        return ""
    line = _TAG.sub("", decode_entities(_TAG.sub("", text)))
    return clean_line(line, max_len)
