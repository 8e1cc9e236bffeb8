"""Turning untrusted strings into things the screen can show: always Text/Content, never markup.

Every title, body, speaker and source name comes from a stranger. They pass
through `briefs.clean_line` / `clean_text` and are then wrapped in `rich.text.Text`
or Textual `Content`, which treat `[b]`, `[@click=…]` and `[link=…]` as plain characters.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.measure import Measurement
from rich.text import Text
from textual.content import Content

from briefs import ArticleRow, clean_line, cut_at

STATE_GLYPHS = {"unread": "●", "read": " ", "flagged": "⚑", "archived": "✓"}
SAVED_GLYPH = "↓"
STATE_STYLES = {"unread": "bold", "read": "", "flagged": "bold", "archived": "dim"}

# Length-preserving neutraliser for article bodies: spans are offsets into the text,
# so control characters become a visible replacement instead of disappearing.
_UNSAFE_CODEPOINTS = (
    [c for c in range(0x00, 0x20) if c not in (0x09, 0x0A)]
    + list(range(0x7F, 0xA0))
    + list(range(0x200B, 0x2010))  # zero-width marks, the emoji joiner too (`clean_text` says why)
    + list(range(0x202A, 0x202F))
    + list(range(0x2060, 0x2065))
    + list(range(0x2066, 0x206A))
    + [0xFEFF, 0x061C, 0x180E]
)
_BODY_TABLE = {c: "\ufffd" for c in _UNSAFE_CODEPOINTS}
_BODY_TABLE[0x0D] = "\n"


class Cell(Text):
    """A table cell: measured as one line. (The list's columns have fixed widths, and Text's
    own measure splits every title into words to find the longest: a third of the cost of
    adding rows.)"""

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        width = cell_len(self.plain)
        return Measurement(width, width)


def safe_body(text: str) -> str:
    """`text` with every control, escape and bidi character replaced one-for-one (offsets kept)."""
    return text.translate(_BODY_TABLE)


def cut(text: Text | Content, width: int) -> Text | Content:
    """One clean line cut to `width` cells, styles kept: whole characters (a wide one, a letter
    with its marks, an emoji with its selector or skin tone, a flag), then "…". Every cut on
    screen goes through here: rich's and Textual's own ellipsis leave a gap before it when they
    cut through a wide character ("讨 …")."""
    kept = cut_at(text.plain, width, cells=cell_len)
    if kept is None:
        return text
    if width <= 0:
        return text[:0]
    head = text[:kept]
    if isinstance(head, Content):
        return head.rstrip() + "…"
    head.rstrip()
    head.append("…")
    return head


def line(text: str | None, max_len: int = 300, style: str = "") -> Text:
    """One cleaned line of untrusted text as a `Text` (never parsed as markup)."""
    return Cell(clean_line(text, max_len=max_len), style=style, no_wrap=True, overflow="ellipsis")


def state_glyph(row: ArticleRow) -> Text:
    glyph = STATE_GLYPHS.get(row.state, "?")
    saved = SAVED_GLYPH if row.saved_path else " "
    text = Cell(glyph, style=glyph_style(row.state))
    text.append(saved, style="green")
    return text


def glyph_style(state: str) -> str:
    return {"unread": "bold cyan", "flagged": "bold yellow", "archived": "dim"}.get(state, "")


def search_terms(query: str | None) -> list[str]:
    """The words of a search query worth highlighting (quotes, operators and stars dropped)."""
    if not query:
        return []
    # Excluded words (-word, -"a phrase", NOT word) are not in what matched: nothing to mark.
    query = re.sub(r'(?:^|\s)-"[^"]*"?|(?:^|\s)-\S+|\bNOT\s+("[^"]*"?|\S+)', " ", query)
    # `source:name` names a source, not words in the text; `title:` is a field, not a word.
    query = re.sub(r'(?i)(?<!\S)(?:source|feed):("[^"]*"?|\S+)|(?<!\S)title:', " ", query)
    words = re.findall(r"\w+", query, flags=re.UNICODE)
    return [w for w in words if w.upper() not in ("AND", "OR", "NOT", "NEAR") and len(w) > 1]


def highlight(text: Text, terms: list[str]) -> Text:
    if terms:
        text.highlight_words(terms, style="reverse", case_sensitive=False)
    return text


def title_cell(row: ArticleRow, terms: list[str] | None = None) -> Text:
    title = row.title or "(untitled)"
    text = line(title, max_len=200, style=STATE_STYLES.get(row.state, ""))
    return highlight(text, terms or [])


def source_cell(row: ArticleRow) -> Text:
    return line(row.source_title, max_len=60, style="dim")


def age(stamp: str | None, now: datetime | None = None) -> str:
    """A short age such as `5m`, `3h`, `2d`, `6w`, `1y` for an ISO 8601 stamp ('' if unreadable)."""
    if not stamp:
        return ""
    try:
        when = datetime.fromisoformat(stamp.strip().replace("Z", "+00:00"))
    except ValueError:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    seconds = (now - when).total_seconds()
    if seconds < 0:
        return "now"
    for unit, size in (("y", 31_536_000), ("w", 604_800), ("d", 86_400), ("h", 3_600), ("m", 60)):
        if seconds >= size:
            return f"{int(seconds // size)}{unit}"
    return "now"


def age_cell(row: ArticleRow, now: datetime | None = None) -> Text:
    return Cell(age(row.published, now), style="dim", justify="right")  # undated: blank


def count_label(name: str, count: int | str, width: int) -> Text:
    """`name` left and `count` right-aligned inside `width` cells (name cleaned and cut to fit)."""
    shown = "" if count in (0, "") else str(count)
    room = max(4, width - len(shown) - 1)
    text = cut(Text(clean_line(name, max_len=200)), room)
    text.pad_right(max(1, width - text.cell_len - len(shown)))
    text.append(shown, style="bold" if shown else "")
    return text
