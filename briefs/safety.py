"""Neutralising untrusted input: text shown on screen, URLs we fetch or open, file names.

Everything newsbrief reads comes from strangers. These functions are the one
place that decides what survives; screens, feeds and saving all call them.
"""

from __future__ import annotations

import re
import unicodedata
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


def is_utf8(data: bytes) -> bool:
    """Whether `data` decodes as UTF-8: what a page or feed really is, whatever it declares."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def clean_line(text: str | None, max_len: int = 300) -> str:
    """`clean_text`, folded onto one line and cut to `max_len` characters with an ellipsis."""
    if not text:
        return ""
    line = _SPACES.sub(" ", clean_text(text)).strip()
    if len(line) > max_len:
        line = line[: max(0, max_len - 1)].rstrip() + ELLIPSIS
    return line


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


# --- decoding repairs shared by every feed path -------------------------------------------------

# U+0080–U+009F in text are almost always Windows-1252 punctuation decoded as Latin-1 (U+0092 for
# ’). These are cp1252's characters for them (the table feedparser applies to every element);
# the five code points cp1252 leaves unassigned stay controls, for clean_text to drop.
_CP1252_C1 = {
    code: bytes([code]).decode("cp1252")
    for code in range(0x80, 0xA0)
    if code not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
_C1 = re.compile("[\x80-\x9f]")


def cp1252_c1(text: str) -> str:
    """`text` with C1 control characters read as the Windows-1252 characters they stand for."""
    return text.translate(_CP1252_C1) if _C1.search(text) else text


def undo_double_utf8(text: str) -> str:
    """UTF-8 read as Latin-1 and encoded again (`Ã©tÃ©` -> `été`), repaired as feedparser does:
    only when the whole of `text` is Latin-1 whose bytes are valid UTF-8."""
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return text


# UTF-32 before UTF-16: UTF-32LE's mark begins with UTF-16LE's.
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Without a mark, a document's first character (`<`, `{` or a blank) tells the width and the
# byte order, as XML 1.0 appendix F describes.
_WIDE_STARTS = (
    (re.compile(rb"\x00\x00\x00[<{ \t\r\n]"), "utf-32-be"),
    (re.compile(rb"[<{ \t\r\n]\x00\x00\x00"), "utf-32-le"),
    (re.compile(rb"\x00[<{ \t\r\n]\x00[\x01-\x7f]"), "utf-16-be"),
    (re.compile(rb"[<{ \t\r\n]\x00[\x01-\x7f]\x00"), "utf-16-le"),
)


def wide_unicode(data: bytes) -> str | None:
    """The text of a UTF-16 or UTF-32 document (told by its byte-order mark, or by a markup or
    JSON opening character in that width); None when `data` is in neither."""
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, "replace")
    for start, encoding in _WIDE_STARTS:
        if start.match(data):
            return data.decode(encoding, "replace")
    return None
