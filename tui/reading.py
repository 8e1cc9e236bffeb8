"""The reading pane: the brief (every line one keypress from its evidence) and the article text.

Modes: `brief`, `article`, `both`. Enter on a brief line jumps to its span in the
article: the Article tab opens, scrolled to the sentence, which is highlighted.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.widgets import OptionList, Static, Tab, Tabs
from textual.widgets.option_list import Option

import briefs
from briefs import ArticleRow, Brief, clean_line

from .keys import PAGER_BINDINGS
from .panes import CutLines
from .render import age, highlight, safe_body, search_terms

Span = tuple[int, int]
MODES = ("brief", "article", "both")
MAX_CHUNKS = 300  # paragraphs merged beyond this: a huge page stays a few hundred widgets
RENDER_CACHE = 64  # briefs whose lines, and fitted lines per pane size, are kept for going back
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")


@dataclass(frozen=True)
class BriefLine:
    """One line of the brief as shown: what it says and where it came from."""

    section: str
    text: Text
    span: Span | None
    article_id: str | None = None  # a story's or agenda's line: the article the span is in
    header: bool = False  # a heading inside a section (a speaker): shown, not selectable
    body: Span | None = None  # the part of `text` that may be shortened to fit the pane
    compact: Text | None = None  # what is shortened to fit, when not `text` (a quote without a role)


# Sections whose lines are shortened (the highlighted one shown whole) when the brief would not
# fit the pane: the summary, the key meeting and every section's first line stay in sight.
FITTED = ("Key quotes", "Open issues", "Next steps")


def fit_line(text: Text, body: Span | None, lines: int, width: int, console) -> Text:
    """`text` cut inside `body` (else at its end), with an ellipsis, to wrap in `lines` lines."""
    if width < 8 or len(text.wrap(console, width)) <= lines:
        return text
    start, end = body if body is not None else (0, len(text))

    def cut(keep: int) -> Text:
        head = text[: start + keep]
        head.rstrip()
        head.append("…")
        return Text.assemble(head, text[end:])

    low, high = 0, end - start
    while low < high:  # the longest cut that fits
        middle = (low + high + 1) // 2
        if len(cut(middle).wrap(console, width)) <= lines:
            low = middle
        else:
            high = middle - 1
    return cut(low)


def brief_lines(brief: Brief) -> list[BriefLine]:
    """The brief as `shown_brief` selects it (the saved file says the same), one line per item,
    each carrying its evidence span."""
    shown = briefs.shown_brief(brief)  # the export stage loads with the first brief shown
    lines: list[BriefLine] = []
    if shown.summary:
        span = brief.summary.spans[0] if brief.summary.spans else None
        lines.append(BriefLine("Summary", Text(shown.summary), span))
    if shown.meeting is not None:
        text = Text(shown.meeting_text)
        if shown.meeting_details:
            text.append("\n" + " · ".join(value for _, value in shown.meeting_details), style="dim")
        lines.append(BriefLine("Key meeting", text, shown.meeting.span))
    for quote in shown.quotes:
        text = Text("“" + quote.text + "”", style="italic")
        text.append(" — " + quote.speaker, style="bold")
        label = Text(f"  ({quote.label})", style="dim") if quote.label else Text()
        # Shortened to fit, a quote keeps its words before its speaker's role: the role is
        # there when the line is highlighted (or the pane is big enough).
        compact = Text.assemble(text, label) if quote.role else None
        if quote.role:
            text.append(", " + quote.role)
        text.append_text(label)
        body = (1, 1 + len(quote.text))  # inside the marks: a cut quote keeps its speaker
        lines.append(BriefLine("Key quotes", text, quote.quote.span, body=body, compact=compact))
    for issue in shown.open_issues:
        text = Text()
        if issue.topic:
            text.append(issue.topic + ": ", style="bold")
        body = (len(text), len(text) + len(issue.text))
        text.append(issue.text)
        lines.append(BriefLine("Open issues", text, issue.issue.span, body=body))
    for step in shown.next_steps:
        text = Text(step.text)
        if step.details:  # on the same line: every next step in sight is the point of the pane
            text.append(" (" + "; ".join(step.details) + ")", style="dim")  # as the saved file
        lines.append(BriefLine("Next steps", text, step.step.span, body=(0, len(step.text))))
    for person in shown.people:
        text = Text(clean_line(person.name, 100), style="bold")
        if person.role:
            text.append(", " + clean_line(person.role, 100))
        if person.mentions > 1:
            text.append(f"  ×{person.mentions}", style="dim")
        lines.append(BriefLine("People", text, None))
    for note in shown.notes:
        lines.append(BriefLine("Notes", Text(note, style="dim"), None))
    return lines


def evidence_spans(brief: Brief) -> list[Span]:
    spans: list[Span] = list(brief.summary.spans)
    spans += [m.span for m in brief.meetings]
    spans += [q.span for q in brief.quotes]
    spans += [i.span for i in brief.open_issues]
    spans += [s.span for s in brief.next_steps]
    return spans


def chunks(text: str, limit: int = MAX_CHUNKS) -> list[Span]:
    """Paragraph spans covering `text`, merged so there are at most `limit` of them."""
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    if not paragraphs:
        return [(0, len(text))] if text else []
    if len(paragraphs) <= limit:
        return paragraphs
    per = -(-len(paragraphs) // limit)
    return [
        (paragraphs[i][0], paragraphs[min(i + per, len(paragraphs)) - 1][1])
        for i in range(0, len(paragraphs), per)
    ]


class BriefView(OptionList):
    """The brief as a list of lines; enter on one jumps to its sentence.

    The pager keys move the highlight (a line is what enter acts on): j/k by a line,
    space/b and ctrl+d/ctrl+u by a page or half, g/G to the first or last line.
    """

    BINDINGS = PAGER_BINDINGS
    # Another brief has another number of lines: that changes this list's scrollable height, not
    # its size or anyone's place, so it repaints this list (and its scrollbar: OptionList updates
    # it, and asks for a layout itself if the scrollbar comes or goes) instead of laying out the
    # whole screen, which repainted every pane on each enter.
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    @dataclass
    class JumpRequested(Message):
        """The user asked to see the evidence of a brief line."""

        span: Span | None
        section: str
        article_id: str | None = None  # None: the article the pane shows

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lines: list[BriefLine | None] = []
        self._items: list[BriefLine] = []
        self._empty = ""
        self._fitted: dict[int, Text] = {}  # option index -> its shortened text
        self._whole: int | None = None  # the shortened option now shown whole (highlighted)
        self._fitted_to: tuple[int, int] = (0, 0)
        # Going back to an article shows what was worked out for it: its lines (by article id,
        # for that very Brief) and their shortened texts (by those lines and the pane's size).
        self._lines_cache: OrderedDict[str, tuple[Brief, list[BriefLine]]] = OrderedDict()
        self._fit_cache: OrderedDict[tuple[int, int, int], tuple[list[BriefLine], dict[int, Text]]] = (
            OrderedDict())
        self.fits_made = 0  # how often a brief was measured to fit the pane (cache misses)

    def show(self, brief: Brief | None, note: str = "") -> None:
        if brief is None:
            self.show_lines([], note)
        else:
            self.show_lines(self._brief_lines(brief), "This article gave no brief.")

    def _brief_lines(self, brief: Brief) -> list[BriefLine]:
        article_id = brief.article.id
        cached = self._lines_cache.get(article_id)
        # The same brief may come back as another object (a prefetch read it again): equal will do.
        if cached is not None and (cached[0] is brief or cached[0] == brief):
            self._lines_cache.move_to_end(article_id)
            return cached[1]
        lines = brief_lines(brief)
        self._lines_cache[article_id] = (brief, lines)
        while len(self._lines_cache) > RENDER_CACHE:
            self._lines_cache.popitem(last=False)
        return lines

    def show_lines(self, items: list[BriefLine], empty: str = "") -> None:
        """Sections of lines (an article's brief, a story's, an agenda item's sources)."""
        self._items, self._empty = items, empty
        self._build(items, empty)
        first = next((i for i, line in enumerate(self.lines) if line is not None), None)
        self.highlighted = first

    def _build(self, items: list[BriefLine], empty: str) -> None:
        options: list[Option] = []
        self.lines = []
        section = ""
        fitted = self._fit(items)
        self._fitted, self._whole = {}, None
        for item in items:
            if item.section != section:
                if section:  # a blank line between sections
                    options.append(Option(Text(""), disabled=True))
                    self.lines.append(None)
                section = item.section
                options.append(Option(Text(section.upper(), style="bold"), disabled=True))
                self.lines.append(None)
            if item.header:
                options.append(Option(item.text, disabled=True))
                self.lines.append(None)
            else:
                text = fitted.get(id(item), item.text)
                if text is not item.text:
                    self._fitted[len(options)] = text
                options.append(Option(text))
                self.lines.append(item)
        if not options:
            options.append(Option(Text(empty, style="dim italic"), disabled=True))
            self.lines.append(None)
        self.set_options(options)

    def _fit(self, items: list[BriefLine]) -> dict[int, Text]:
        """Shortened texts for the FITTED sections' lines when the whole brief would not fit the
        pane: first to two lines each, then one. The highlighted line is shown whole."""
        region = self.scrollable_content_region
        # The options' padding, and room for the scrollbar that a long brief brings in later.
        scrollbar = 0 if self.show_vertical_scrollbar else self.styles.scrollbar_size_vertical
        width, height = region.width - 2 - scrollbar, region.height
        self._fitted_to = (region.width, region.height)
        key = (id(items), width, height)  # the entry holds `items`: its id stays theirs
        cached = self._fit_cache.get(key)
        if cached is not None and cached[0] is items:
            self._fit_cache.move_to_end(key)
            return cached[1]
        fitted = self._measure(items, width, height)
        self._fit_cache[key] = (items, fitted)
        while len(self._fit_cache) > RENDER_CACHE:
            self._fit_cache.popitem(last=False)
        return fitted

    def _measure(self, items: list[BriefLine], width: int, height: int) -> dict[int, Text]:
        self.fits_made += 1
        if width < 20 or height < 5 or not any(item.section in FITTED for item in items):
            return {}
        console = self.app.console
        # What must be in sight: everything up to the last fitted section (people may scroll).
        last = max(n for n, item in enumerate(items) if item.section in FITTED)
        shown = items[: last + 1]
        chrome = 2 * len({item.section for item in shown}) - 1  # headings, blank lines between

        def total(texts: dict[int, Text]) -> int:
            return chrome + sum(len(texts.get(id(i), i.text).wrap(console, width)) for i in shown)

        fitted: dict[int, Text] = {}
        for lines in (2, 1):
            if total(fitted) <= height:
                break
            fitted = {  # quotes keep two lines and their speaker; one line cuts at the end
                id(i): fit_line(i.compact or i.text, i.body, 2, width, console)
                if i.section == "Key quotes" or lines > 1
                else fit_line(i.compact or i.text, None, 1, width, console)
                for i in items if i.section in FITTED and not i.header
            }
        return fitted

    def on_resize(self) -> None:
        region = self.scrollable_content_region
        if self._items and (region.width, region.height) != self._fitted_to and self._fitted:
            highlighted = self.highlighted
            self._build(self._items, self._empty)
            self.highlighted = highlighted

    @on(OptionList.OptionHighlighted)
    def _show_whole(self, event: OptionList.OptionHighlighted) -> None:
        """The highlighted line whole; the one before it shortened again."""
        index = event.option_index
        if self._whole is not None and self._whole != index and self._whole in self._fitted:
            self.replace_option_prompt_at_index(self._whole, self._fitted[self._whole])
            self._whole = None
        line = self.lines[index] if index < len(self.lines) else None
        if index in self._fitted and line is not None:
            self.replace_option_prompt_at_index(index, line.text)
            self._whole = index

    def action_pager_down(self) -> None:
        self.action_cursor_down()

    def action_pager_up(self) -> None:
        self.action_cursor_up()

    def action_pager_page(self, direction: int) -> None:
        (self.action_page_down if direction > 0 else self.action_page_up)()

    def action_pager_half(self, direction: int) -> None:
        self._move_lines(direction * max(1, self.scrollable_content_region.height // 2))

    def action_pager_top(self) -> None:
        self.to_top()

    def action_pager_bottom(self) -> None:
        self.action_last()

    def _move_lines(self, lines: int) -> None:
        """Move the highlight about `lines` screen lines, onto a line that has evidence."""
        self.scroll_relative(y=lines, animate=False)
        if self.highlighted is None:
            return
        step = 1 if lines > 0 else -1
        index = self.highlighted
        target = index
        for _ in range(abs(lines)):
            nxt = target + step
            while 0 <= nxt < len(self.lines) and self.lines[nxt] is None:
                nxt += step
            if not 0 <= nxt < len(self.lines):
                break
            target = nxt
        self.highlighted = target

    def to_top(self) -> None:
        """Back to the first line of the brief, scrolled to the top."""
        first = next((i for i, line in enumerate(self.lines) if line is not None), None)
        self.highlighted = first
        self.scroll_home(animate=False)

    @property
    def current_line(self) -> BriefLine | None:
        if self.highlighted is None or self.highlighted >= len(self.lines):
            return None
        return self.lines[self.highlighted]

    def first_index(self, section: str) -> int | None:
        return next(
            (i for i, line in enumerate(self.lines) if line is not None and line.section == section),
            None,
        )

    @on(OptionList.OptionSelected)
    def _jump(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        line = self.lines[event.option_index] if event.option_index < len(self.lines) else None
        if line is not None:
            self.post_message(self.JumpRequested(line.span, line.section, line.article_id))


class ArticleView(VerticalScroll, can_focus=True):
    """The article's clean text, paragraph by paragraph, with the brief's evidence marked.

    A pager: j/k a line, space/b a page, ctrl+d/ctrl+u half a page, g/G top and end.
    """

    BINDINGS = PAGER_BINDINGS

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = ""
        self.chunks: list[Span] = []
        self.focus_span: Span | None = None
        self._evidence: list[Span] = []
        self.terms: list[str] = []
        self._rendered_key: tuple[object, ...] | None = None
        self._key: tuple[object, ...] | None = None

    def set_article(
        self,
        text: str,
        evidence: list[Span],
        focus_span: Span | None = None,
        terms: list[str] | None = None,
        key: object = None,
    ) -> None:
        """Remember what to show; drawn now if visible, else when the pane is shown (`draw`)."""
        self.text = safe_body(text)
        self._evidence = sorted(evidence)
        self.focus_span = focus_span
        self.terms = terms or []
        self._key = (key, len(text), tuple(self._evidence), focus_span, tuple(self.terms))

    def draw(self) -> None:
        if self._key == self._rendered_key:
            return
        self._rendered_key = self._key
        self.chunks = chunks(self.text)
        with self.app.batch_update():
            self.remove_children()
            self.mount_all(
                [Static(self._chunk_text(start, end), classes="paragraph") for start, end in self.chunks]
            )
        self.call_after_refresh(self.scroll_to_focus)

    def _chunk_text(self, start: int, end: int) -> Text:
        text = Text(self.text[start:end])
        for s, e in self._evidence:
            if e > start and s < end:
                text.stylize("underline", max(s, start) - start, min(e, end) - start)
        if self.focus_span is not None:
            s, e = self.focus_span
            if e > start and s < end:
                text.stylize("reverse bold", max(s, start) - start, min(e, end) - start)
        return highlight(text, self.terms)

    def action_pager_down(self) -> None:
        self.scroll_relative(y=1, animate=False)

    def action_pager_up(self) -> None:
        self.scroll_relative(y=-1, animate=False)

    def action_pager_page(self, direction: int) -> None:
        height = max(1, self.scrollable_content_region.height - 1)  # one line kept, as less does
        self.scroll_relative(y=direction * height, animate=False)

    def action_pager_half(self, direction: int) -> None:
        self.scroll_relative(y=direction * max(1, self.scrollable_content_region.height // 2),
                             animate=False)

    def action_pager_top(self) -> None:
        self.scroll_home(animate=False)

    def action_pager_bottom(self) -> None:
        self.scroll_end(animate=False)

    def chunk_index(self, offset: int) -> int | None:
        for index, (_start, end) in enumerate(self.chunks):
            if offset < end:
                return index
        return len(self.chunks) - 1 if self.chunks else None

    def focus_line(self) -> int | None:
        """About which line (of the whole text) the focused span starts on."""
        if self.focus_span is None:
            return None
        index = self.chunk_index(self.focus_span[0])
        if index is None or index >= len(self.children):
            return None
        widget = self.children[index]
        start, end = self.chunks[index]
        fraction = (self.focus_span[0] - start) / max(1, end - start)
        return widget.virtual_region.y + int(fraction * max(0, widget.outer_size.height - 1))

    def scroll_to_focus(self) -> None:
        line = self.focus_line()
        if line is None:
            if self.focus_span is None:
                self.scroll_home(animate=False)
            return
        # The sentence goes to the middle of the pane, where the eye is, not to its edge.
        self.scroll_to(y=max(0, line - self.scrollable_content_region.height // 2), animate=False)

    def span_visible(self) -> bool:
        """Whether the focused span's paragraph is on screen (what a test or a user checks)."""
        if self.focus_span is None:
            return False
        index = self.chunk_index(self.focus_span[0])
        if index is None or index >= len(self.children):
            return False
        region = self.children[index].virtual_region
        top, bottom = self.scroll_y, self.scroll_y + self.scrollable_content_region.height
        return region.y < bottom and region.bottom > top


class ReadingPane(Vertical):
    """Title line, Brief/Article/Both tabs, and the two views."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.mode = "brief"
        self.article_id: str | None = None
        self.brief: Brief | None = None
        # The article opened at a sentence from a story's or the agenda's line (`show_evidence`),
        # until the pane shows something else: what f, d, s, m, t and o act on in those views.
        self._evidence: ArticleRow | None = None

    @property
    def evidence(self) -> ArticleRow | None:
        return self._evidence

    @evidence.setter
    def evidence(self, row: ArticleRow | None) -> None:
        was = self._evidence is not None
        self._evidence = row
        if was != (row is not None):
            self._keys_changed()

    def _keys_changed(self) -> None:
        """An article opened from a line, or gone from view: the keys that act on it (f, d, s in
        the Agenda) come into the footer or leave it (the reader's `check_action`)."""
        if self.is_attached:
            self.screen.refresh_bindings()

    def compose(self) -> ComposeResult:
        yield CutLines(id="reading-title")
        yield Tabs(Tab("Brief", id="tab-brief"), Tab("Article", id="tab-article"),
                   Tab("Both", id="tab-both"), id="reading-tabs")
        yield BriefView(id="brief-view")
        yield ArticleView(id="article-view")

    def on_mount(self) -> None:
        self.set_mode("brief")
        self.query_one(Tabs).can_focus = False

    @property
    def brief_view(self) -> BriefView:
        return self.query_one(BriefView)

    @property
    def article_view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            return
        changed = mode != self.mode
        self.mode = mode
        if changed and self._evidence is not None:
            self._keys_changed()
        for name in MODES:
            self.set_class(name == mode, f"-{name}")
        tabs = self.query_one(Tabs)
        if tabs.active != f"tab-{mode}":
            tabs.active = f"tab-{mode}"
        if mode != "brief":
            self.article_view.draw()

    @on(Tabs.TabActivated)
    def _tab(self, event: Tabs.TabActivated) -> None:
        event.stop()
        mode = (event.tab.id or "tab-brief").removeprefix("tab-")
        if mode != self.mode:
            self.set_mode(mode)

    def show_title(self, row: ArticleRow | None) -> None:
        # Two fixed lines (title, then source · age · link), cut with an ellipsis: no relayout.
        title = Text(no_wrap=True, overflow="ellipsis")
        if row is not None:
            title.append(clean_line(row.title or "(untitled)", 300), style="bold")
            meta = [clean_line(row.source_title, 80), age(row.published)]
            if row.url:
                meta.append(clean_line(row.url, 200))
            title.append("\n" + " · ".join(m for m in meta if m), style="dim")
        self.query_one("#reading-title", Static).update(title, layout=False)

    def show_waiting(self, row: ArticleRow, note: str = "Briefing…") -> None:
        self.article_id = row.id
        self.brief = None
        self.evidence = None
        self.show_title(row)
        self.brief_view.show(None, note)
        self.article_view.set_article("", [], key=("waiting", row.id))
        if self.mode != "brief":
            self.article_view.draw()

    def show_brief(self, row: ArticleRow, brief: Brief, search: str | None = None) -> None:
        self.article_id = row.id
        self.brief = brief
        self.evidence = None
        self.show_title(row)
        self.brief_view.show(brief)
        self.article_view.set_article(
            brief.article.text, evidence_spans(brief), None, search_terms(search), key=row.id
        )
        if self.mode != "brief":
            self.article_view.draw()

    def show_lines(self, title: Text, items: list[BriefLine], empty: str, key: str) -> None:
        """A story's brief or an agenda item in the brief view (`key` names it); no article yet."""
        self.article_id = key
        self.brief = None
        self.evidence = None
        self.query_one("#reading-title", Static).update(title, layout=False)
        self.brief_view.show_lines(items, empty)
        self.article_view.set_article("", [], key=("lines", key))
        if self.mode != "brief":
            self.article_view.draw()

    def show_evidence(self, row: ArticleRow, brief: Brief, span: Span | None) -> None:
        """Another article's text at `span`, centred and highlighted (from a story or the agenda);
        the brief view keeps what it shows, so `1` goes back to it."""
        self.evidence = row
        self.show_title(row)
        view = self.article_view
        view.set_article(brief.article.text, evidence_spans(brief), span, [],
                         key=("evidence", brief.article.id))
        if self.mode == "brief":
            self.set_mode("article")
        view.draw()
        view.call_after_refresh(view.scroll_to_focus)

    def to_top(self) -> None:
        """Both views back at their top (a change of tab starts reading from the start)."""
        self.brief_view.to_top()
        self.article_view.scroll_home(animate=False)

    def jump_to(self, span: Span | None) -> None:
        """Show the article scrolled to `span`, highlighted (the brief stays beside it in `both`)."""
        if self.brief is None:
            return
        view = self.article_view
        view.set_article(self.brief.article.text, evidence_spans(self.brief), span,
                         view.terms, key=self.article_id)
        if self.mode == "brief":
            self.set_mode("article")
        view.draw()
        view.call_after_refresh(view.scroll_to_focus)

    def clear(self, note: str = "") -> None:
        self.article_id = None
        self.brief = None
        self.evidence = None
        self.show_title(None)
        self.brief_view.show(None, note)
        self.article_view.set_article("", [], key=None)
        if self.mode != "brief":
            self.article_view.draw()
