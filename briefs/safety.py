"""Neutralising untrusted input: text shown on screen, URLs we fetch or open, file names.

Everything newsbrief reads comes from strangers. These functions are the one
place that decides what survives; screens, feeds and saving all call them.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from urllib.parse import urlsplit

from .errors import FetchError

# ANSI/VT escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL/ST), other ESC x.
_ANSI = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]          # CSI
    | (?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?   # OSC ... BEL or ST
    | \x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?  # DCS, SOS, PM, APC strings
    | \x1b[@-Z\\-_]                            # other two-byte escapes
    """,
    re.VERBOSE,
)
# Bidi embeddings/overrides/isolates and zero-width characters that can hide or reorder text,
# and the soft hyphen (a hyphenation hint some terminals draw and that splits words for search).
# The zero-width joiner goes too, even inside an emoji sequence (👩‍👩‍👧): rich measures a joined
# sequence as one emoji, and a terminal that does not join them (tmux 3.3, xterm, VTE) draws three,
# so the row would run long and push the pane beside it; three emoji line up everywhere.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c\u180e]")
# C0 controls but \t and \n, DEL, C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Lone surrogates (a JSON "\\ud800" escape): no UTF-8 file, database or terminal takes them.
_SURROGATE = re.compile("[\ud800-\udfff]")
_SPACES = re.compile(r"\s+")
# Every character any of the patterns above (or the \r rewrite) acts on: text without one of them
# is returned as it is, after one scan instead of three substitutions.
_NEEDS_CLEANING = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c\u180e"
    "\ud800-\udfff]"
)

ELLIPSIS = "\u2026"


def clean_text(text: str) -> str:
    """Text with escape sequences, control characters, bidi overrides and zero-width marks removed.

    Newlines and tabs survive; `\\r\\n` and lone `\\r` become `\\n`.
    """
    if not text:
        return ""
    if not _NEEDS_CLEANING.search(text):
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ANSI.sub("", text)
    text = _INVISIBLE.sub("", text)
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))


def clean_line(text: str | None, max_len: int = 300) -> str:
    """`clean_text`, folded onto one line and cut to `max_len` characters with an ellipsis."""
    if not text:
        return ""
    line = _SPACES.sub(" ", clean_text(text)).strip()
    if len(line) > max_len:
        line = line[: max(0, max_len - 1)].rstrip() + ELLIPSIS
    return line


def cell_width(text: str) -> int:
    """How many terminal columns `text` (one clean line) takes: CJK and emoji two, combining
    marks none, an emoji with its variation selector or skin tone (❤️, 👍🏽) two, a flag's two
    letters (🇫🇷) two. A clean line holds no zero-width joiner (`clean_text` removes it), so a
    joined sequence is measured as the emoji it is made of, as terminals draw them. For
    aligning plain-text tables, which `len` misaligns."""
    return sum(_cluster_cells(cluster) for cluster in _clusters(text))


def _clusters(text: str) -> list[str]:
    """`text` (clean) as the characters a terminal draws: each with its combining marks,
    variation selectors and skin tones; a flag's two letters."""
    clusters: list[str] = []
    for ch in text:
        if clusters and (_attaches(ch) or _second_flag_letter(clusters[-1], ch)):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return clusters


def _attaches(ch: str) -> bool:
    return (unicodedata.combining(ch) != 0 or unicodedata.category(ch) in ("Mn", "Me", "Cf")
            or "\U0001f3fb" <= ch <= "\U0001f3ff")


def _second_flag_letter(cluster: str, ch: str) -> bool:
    return len(cluster) == 1 and all("\U0001f1e6" <= c <= "\U0001f1ff" for c in (cluster, ch))


def _cluster_cells(cluster: str) -> int:
    base = cluster[0]
    if _attaches(base):
        return 0  # a mark with nothing before it
    if len(cluster) > 1 and ("\ufe0f" in cluster or _second_flag_letter(base, cluster[1])):
        return 2  # drawn as an emoji
    if unicodedata.east_asian_width(base) in ("W", "F"):
        return 2
    # An emoji newer than this Python's Unicode tables: the emoji planes are drawn wide.
    return 2 if unicodedata.category(base) == "Cn" and "\U0001f300" <= base <= "\U0001faff" else 1


def cut_at(text: str, width: int, cells: Callable[[str], int] = cell_width) -> int | None:
    """How many characters of `text` (a clean line) to keep before an ellipsis so that both fit
    in `width` terminal columns, never parting a character from its marks, variation selector
    or skin tone, nor a flag's two letters; None when `text` fits whole. `cells` measures a
    string (the screen passes its own measure)."""
    if cells(text) <= width:
        return None
    kept = used = 0
    for cluster in _clusters(text):
        used += cells(cluster)
        if used > width - 1:
            break
        kept += len(cluster)
    return kept


def cut_cells(text: str, width: int) -> str:
    """`text` cut (with an ellipsis after the last whole character) to at most `width` columns."""
    kept = cut_at(text, width)
    if kept is None:
        return text
    return text[:kept].rstrip() + ELLIPSIS if width > 0 else ""


def fit_cells(text: str, width: int) -> str:
    """`text` cut (with an ellipsis) or padded with spaces to exactly `width` terminal columns."""
    text = cut_cells(text, width)
    return text + " " * (width - cell_width(text))


_FETCHABLE = ("http", "https")


def check_url(url: str, source: str | None = None) -> str:
    """`url`, stripped, if it is an absolute http(s) URL with a host; else FetchError.

    `file:`, `javascript:`, `data:` and anything else are refused: a feed must
    never make us read a local file or run anything.
    """
    cleaned = clean_line(url, max_len=4096)
    where = f" (from {source})" if source else ""
    try:
        parts = urlsplit(cleaned)
    except ValueError as exc:
        raise FetchError(f"not a valid URL{where}: {cleaned[:200]!r}: {exc}") from None
    if parts.scheme.lower() not in _FETCHABLE:
        scheme = parts.scheme or "no scheme"
        raise FetchError(f"refusing to open a {scheme!s} link{where}: only http and https: {cleaned[:200]}")
    if not parts.hostname:
        raise FetchError(f"URL has no host{where}: {cleaned[:200]}")
    return cleaned


def is_fetchable_url(url: str | None) -> bool:
    if not url:
        return False
    try:
        check_url(url)
    except FetchError:
        return False
    return True


# Names Windows reserves whatever the extension; harmless elsewhere but kept out everywhere.
_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{i}" for i in range(1, 10)]
    + [f"lpt{i}" for i in range(1, 10)]
)
_SLUG_DROP = re.compile(r"[^\w\s-]", re.UNICODE)
_SLUG_JOIN = re.compile(r"[-\s_]+")


def safe_stem(title: str | None, max_bytes: int = 80, fallback: str = "article") -> str:
    """A file-name stem made from `title`: lower-case words joined by `-`.

    Never empty, never a path (no separators, no leading dot), never a reserved
    device name, at most `max_bytes` bytes of UTF-8 (cut on a character
    boundary), the same on every filesystem we know of.
    """
    text = unicodedata.normalize("NFKC", clean_line(title or "", max_len=1000))
    text = _SLUG_DROP.sub(" ", text.lower())
    slug = _SLUG_JOIN.sub("-", text).strip("-_.")
    encoded = slug.encode("utf-8")
    if len(encoded) > max_bytes:
        slug = encoded[:max_bytes].decode("utf-8", "ignore").rstrip("-_.")
    if not slug:
        slug = fallback
    if slug.split(".")[0] in _RESERVED:
        slug = f"{slug}-{fallback}"
    return slug


# --- titles as plain text ---------------------------------------------------------------------
# Pages often carry a title that was escaped twice (`&amp;#8216;` in og:title) or never decoded
# at all (JSON-LD headlines are JSON, not HTML), and some put tags in it (`<em>`). A reader
# wants the words: ‘The Medium is the Message’, £5.

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
