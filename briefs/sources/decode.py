"""Bytes to text, every path: byte-order marks, declared and sniffed charsets, UTF-8 checks,
binary checks and the mojibake repairs feeds need.

Feeds, pages, files and stdin all decode here. The charset detector (charset_normalizer) is
imported only when undeclared bytes that are not UTF-8 must be guessed.
"""

from __future__ import annotations

import codecs
import re

# UTF-32 before UTF-16: UTF-32LE's mark begins with UTF-16LE's.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WIDE_BOMS = tuple((bom, encoding) for bom, encoding in BOMS if encoding != "utf-8")
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
# WHATWG: these labels mean windows-1252 on the web.
_WEB_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252",
                "us-ascii": "cp1252", "iso8859-1": "cp1252", "l1": "cp1252"}
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b",
    re.IGNORECASE | re.DOTALL,
)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


# --- checks ---------------------------------------------------------------------------------


def is_utf8(data: bytes) -> bool:
    """Whether `data` decodes as UTF-8: what a page or feed really is, whatever it declares."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def mostly_utf8(data: bytes) -> bool:
    """UTF-8 text with a few broken bytes (a truncated or spliced file) rather than another charset."""
    sample = data[:200_000]
    sequences = _UTF8_SEQUENCE.findall(sample)
    if not sequences:
        return False
    in_sequences = sum(len(s) for s in sequences)
    stray = len(_HIGH_BYTE.findall(sample)) - in_sequences
    return stray <= max(2, in_sequences // 20)


def looks_like_html(data: bytes) -> bool:
    """Whether bytes start like an HTML document (after a BOM, blanks and comments)."""
    head = data[:2048].removeprefix(codecs.BOM_UTF8)
    if head[:4] in (b"\xff\xfe<\x00", b"\xfe\xff\x00<"):
        return True
    return bool(_HTML_START.match(head))


def is_binary(data: bytes) -> bool:
    """Whether bytes are a binary file (NULs or many control bytes), not text in any width."""
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return False
    if b"\x00" in head:
        return True
    # Escape (27) is left out: text pasted from a terminal carries colour codes, cleaned later.
    controls = sum(1 for b in head if b < 9 or (13 < b < 32 and b != 27))
    return controls > len(head) * 0.1


# --- decoding -------------------------------------------------------------------------------


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """The page as text: BOM, then the declared charset, checked against what the bytes are.

    A page that declares one charset but is valid UTF-8 (a common CMS mistake,
    e.g. `gb2312` on a UTF-8 page) is read as UTF-8; undeclared bytes are sniffed.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, "replace")
    declared = _declared_charset(data, content_type)
    if is_utf8(data):
        return data.decode("utf-8")
    if declared and declared.startswith(("utf-16", "utf-32")) and b"\x00" not in data[:1024]:
        declared = None  # a declaration readable as ASCII is not in UTF-16 (WHATWG: use UTF-8)
    if declared == "utf-8":
        sample = data[:200_000]
        sequences = _UTF8_SEQUENCE.findall(sample)
        stray = len(_HIGH_BYTE.findall(sample)) - sum(len(s) for s in sequences)
        if len(sequences) > stray:  # declared UTF-8, mostly UTF-8, a few broken bytes: UTF-8
            return data.decode("utf-8", "replace")
    if declared and declared not in ("utf-8", "utf8"):
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    return sniff_decode(data)


def sniff_decode(data: bytes) -> str:
    """Bytes of unknown encoding as text: UTF-8 if valid, else the best guess, else windows-1252."""
    if is_utf8(data):
        return data.decode("utf-8")
    if mostly_utf8(data):
        return data.decode("utf-8", "replace")
    from charset_normalizer import from_bytes  # only undeclared, non-UTF-8 bytes pay for it

    matches = from_bytes(data[:200_000])
    best = matches.best()
    if best is not None:
        # A tie between single-byte codepages (cp1250 and cp1252 read "na\xefve" equally well
        # to the detector): windows-1252 is by far the most common, so it wins the tie.
        best = next((m for m in matches if m.encoding == "cp1252" and m.chaos == best.chaos
                     and m.coherence == best.coherence), best)
    if best is not None and best.encoding and best.encoding not in ("utf_8", "ascii"):
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", "replace")


def decode_text(data: bytes) -> str:
    """Plain text or Markdown bytes as text: a byte-order mark, else sniffed."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, "replace")
    return sniff_decode(data)


def _declared_charset(data: bytes, content_type: str | None) -> str | None:
    label = None
    if content_type:
        found = _HEADER_CHARSET.search(content_type)
        if found:
            label = found.group(1)
    if label is None:
        found = _META_CHARSET.search(data[:4096])
        if found:
            label = found.group(1).decode("ascii", "ignore")
    if not label:
        return None
    label = label.strip().lower()
    label = _WEB_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


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


# --- decoding repairs shared by every feed path -----------------------------------------------

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
    if text.isascii():  # O(1) for most feeds' text (CPython knows), where the search scans it all
        return text
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


__all__ = [
    "BOMS",
    "cp1252_c1",
    "decode_html",
    "decode_text",
    "is_binary",
    "is_utf8",
    "looks_like_html",
    "mostly_utf8",
    "sniff_decode",
    "undo_double_utf8",
    "wide_unicode",
]
