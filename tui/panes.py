"""The left and middle panes: views and sources with their counts, and the article list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.cache import LRUCache
from textual.containers import Vertical
from textual.content import Content
from textual.events import Blur, Click, Focus, Resize
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from briefs import ArticleRow, SourceInfo, clean_line

from .render import age_cell, count_label, cut, source_cell, state_glyph, title_cell
from .rows import ListRows, RowsById, RowSource

VIEWS = ("inbox", "flagged", "saved", "archive", "all", "stories", "agenda")
VIEW_NAMES = {"inbox": "Inbox", "flagged": "Flagged", "saved": "Saved", "archive": "Archive", "all": "All",
              "stories": "Stories", "agenda": "Agenda"}
OVERVIEWS = ("stories", "agenda")  # lists of stories or next steps, not of articles
SIDEBAR_WIDTH = 26


# The cursor keys of both lists (each adds what enter does).
_CURSOR_KEYS = [
    Binding("up", "cursor_up", "Up", show=False),
    Binding("down", "cursor_down", "Down", show=False),
    Binding("pageup", "page_up", "Page up", show=False),
    Binding("pagedown", "page_down", "Page down", show=False),
    Binding("home", "first", "First", show=False),
    Binding("end", "last", "Last", show=False),
]


class CutLines(Static):
    """A Static of lines that never wrap, each cut to its width by `render.cut`: Textual's own
    `text-overflow: ellipsis` leaves a gap before the ellipsis when it cuts a wide character."""

    def render(self) -> Content:
        content = self.visual
        if not isinstance(content, Content):
            return content
        width = self.content_size.width
        return Content("\n").join(cut(line, width) for line in content.split("\n", allow_blank=True))


class TitledPane(Vertical):
    """A bordered pane whose border title is cut by `render.cut` to the room the border has."""

    def __init__(self, *children, id: str | None = None) -> None:
        super().__init__(*children, id=id)
        self.full_title = Text()

    def show_title(self, title: Text) -> None:
        self.full_title = title
        self._fit_title()

    def on_resize(self, event: Resize) -> None:
        self._fit_title()

    def _fit_title(self) -> None:
        room = self.outer_size.width - 4  # two corners, a blank either side of the title
        self.border_title = cut(self.full_title, room) if room > 0 else self.full_title


class SidebarEntry(NamedTuple):
    """One line of the sidebar: `id` is `view:<name>`, `source:<id>`, `tag:<name>`, a heading's
    name or None (a rule between groups); headings and rules cannot be chosen."""

    id: str | None
    prompt: Text
    disabled: bool


class Sidebar(ScrollView, can_focus=True):
    """Views (Inbox, Flagged, Saved, Archive, All with counts; Stories, Agenda), then the sources
    with unread counts, then the tags.

    Drawn with the Line API, as the article list is: only the lines on screen are made, each
    cached by what it shows, so 1,000 sources cost what 30 do, and a refresh that moves every
    count redraws the lines in view, not 1,000 labels (an OptionList measured every option)."""

    COMPONENT_CLASSES = {"sidebar--highlighted", "sidebar--highlighted-blurred", "sidebar--rule"}
    DEFAULT_CSS = """
    Sidebar { overflow-x: hidden; scrollbar-size-vertical: 1; }
    Sidebar > .sidebar--highlighted { background: $block-cursor-background; color: $block-cursor-foreground;
                                      text-style: $block-cursor-text-style; }
    Sidebar > .sidebar--highlighted-blurred { background: $block-cursor-blurred-background; }
    Sidebar > .sidebar--rule { color: $foreground 15%; }
    """
    BINDINGS = [Binding("enter", "select", "Select", show=False), *_CURSOR_KEYS]

    @dataclass
    class Chosen(Message):
        """The user picked a view, a source (shown in the inbox view) or a tag (in all)."""

        view: str
        source_id: int | None
        tag: str | None = None

    @dataclass
    class Pointed(Message):
        """The highlight rests on a source (say where it is, and what failed last)."""

        source_id: int | None

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        # (id, what the label is made of): labels are made only for the lines drawn.
        self._entries: list[tuple[str | None, object]] = []
        self._index: dict[str, int] = {}
        self._highlighted: int | None = None
        self._quiet = False  # moving the highlight for the list (`select`), not by the user: no Pointed
        self._labels: LRUCache[tuple[object, int], Text] = LRUCache(4096)
        self._lines: LRUCache[tuple[object, ...], Strip] = LRUCache(1024)
        self.lines_drawn = 0  # lines made (not taken from the cache): what a change cost

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._redraw_all())

    def _redraw_all(self) -> None:
        self._lines.clear()
        self.refresh()

    # -- what it shows ----------------------------------------------------------------------

    def show(self, counts: dict[str, int], sources: list[SourceInfo],
             tags: list[tuple[str, int]] | None = None) -> None:
        """Show these counts, sources and tags: a list of what each line is made of (no label is
        made here), then the lines in view are drawn again; the highlight stays on its entry."""
        tags = tags or []
        kept = self.highlighted_id
        entries: list[tuple[str | None, object]] = [(f"view:{view}", ("view", view, _view_count(view, counts)))
                                                     for view in VIEWS]
        entries.append((None, ("rule",)))
        entries.append(("sources", ("heading", "SOURCES")))
        entries += [(f"source:{s.id}", s) for s in sources]
        if tags:
            entries.append((None, ("rule",)))
            entries.append(("tags", ("heading", "TAGS")))
            entries += [(f"tag:{t}", ("tag", t, n)) for t, n in tags]
        before = len(self._entries)
        self._entries = entries
        self._index = {entry_id: n for n, (entry_id, _what) in enumerate(entries) if entry_id is not None}
        if len(entries) != before:
            self.virtual_size = Size(self.scrollable_content_region.width, len(entries))
        index = self._index.get(kept) if kept is not None else None
        if index is None and self._highlighted is not None:
            index = min(self._highlighted, len(entries) - 1)
        self._highlighted = self._selectable(index if index is not None else 0, 1)
        self.refresh()

    @property
    def option_count(self) -> int:
        return len(self._entries)

    def get_option_at_index(self, index: int) -> SidebarEntry:
        entry_id, what = self._entries[index]
        return SidebarEntry(entry_id, self._label(what), entry_id is None or not _choosable(entry_id))

    def get_option_index(self, entry_id: str) -> int:
        """Where the entry `entry_id` is (KeyError: not shown)."""
        return self._index[entry_id]

    @property
    def highlighted_option(self) -> SidebarEntry | None:
        return None if self._highlighted is None else self.get_option_at_index(self._highlighted)

    @property
    def highlighted_id(self) -> str | None:
        if self._highlighted is None or self._highlighted >= len(self._entries):
            return None
        return self._entries[self._highlighted][0]

    @property
    def source_under_cursor(self) -> int | None:
        kind, _, value = (self.highlighted_id or "").partition(":")
        return int(value) if kind == "source" else None

    # -- the highlight ----------------------------------------------------------------------

    @property
    def highlighted(self) -> int | None:
        return self._highlighted

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        if index is not None:
            index = self._selectable(max(0, min(index, len(self._entries) - 1)), 1)
        before = self._highlighted
        if index == before:
            return
        self._highlighted = index
        for line in (before, index):
            if line is not None:
                self.refresh_line(line)
        if index is not None:
            self._scroll_into_view(index)
        if self.has_focus and not self._quiet:
            self.post_message(self.Pointed(self.source_under_cursor))

    def _selectable(self, index: int, step: int) -> int | None:
        """The first entry that can be chosen from `index` on (going by `step`, else back)."""
        for direction in (step, -step):
            n = index
            while 0 <= n < len(self._entries):
                if _choosable(self._entries[n][0]):
                    return n
                n += direction
        return None

    def _scroll_into_view(self, index: int) -> None:
        height = max(1, self.scrollable_content_region.height)
        top = int(self.scroll_y)
        if index < top:
            self.scroll_to(y=index, animate=False, immediate=True)
        elif index >= top + height:
            self.scroll_to(y=index - height + 1, animate=False, immediate=True)

    def _move(self, index: int, step: int) -> None:
        found = self._selectable(max(0, min(index, len(self._entries) - 1)), step) if self._entries else None
        if found is not None:
            self.highlighted = found

    def action_cursor_down(self) -> None:
        if self._highlighted is not None and self._highlighted + 1 < len(self._entries):
            found = self._selectable(self._highlighted + 1, 1)
            if found is not None and found > self._highlighted:
                self.highlighted = found

    def action_cursor_up(self) -> None:
        if self._highlighted is not None and self._highlighted > 0:
            found = self._selectable(self._highlighted - 1, -1)
            if found is not None and found < self._highlighted:
                self.highlighted = found

    def action_first(self) -> None:
        self._move(0, 1)

    def action_last(self) -> None:
        self._move(len(self._entries) - 1, -1)

    def action_page_down(self) -> None:
        self._move((self._highlighted or 0) + max(1, self.scrollable_content_region.height - 1), 1)

    def action_page_up(self) -> None:
        self._move((self._highlighted or 0) - max(1, self.scrollable_content_region.height - 1), -1)

    def action_select(self) -> None:
        entry_id = self.highlighted_id
        kind, _, value = (entry_id or "").partition(":")
        if kind == "view":
            self.post_message(self.Chosen(value, None))
        elif kind == "source":
            self.post_message(self.Chosen("inbox", int(value)))
        elif kind == "tag":
            self.post_message(self.Chosen("all", None, value))

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)  # inside the border
        if offset is None:
            return
        index = int(self.scroll_y) + offset.y
        if 0 <= index < len(self._entries) and _choosable(self._entries[index][0]):
            self.highlighted = index
            self.action_select()

    def select(self, view: str, source_id: int | None, tag: str | None = None, *, follow: bool = False) -> None:
        """Highlight what the list shows, unless the user is moving through the sidebar; never
        with a `Pointed` (the list moved it, not the user: the status line stays). `follow`: even
        while the user is in the sidebar (the list went on by itself, as `n` to the next source
        does: a cursor left on the last source would be what `r`, `e` and `X` act on)."""
        # The screen's focus, not `has_focus`, which follows it a message later: at start the
        # sidebar (the first pane) is focused by Textual before the reader moves focus to the list.
        if self.screen.focused is self and not follow:
            return
        entry_id = f"source:{source_id}" if source_id is not None else f"view:{view}"
        if tag is not None:  # the tag as the sidebar spells it: tags differing by case are one
            wanted = tag.casefold()
            entry_id = next((e for e in self._index if e.startswith("tag:") and e[4:].casefold() == wanted),
                            f"tag:{tag}")
        index = self._index.get(entry_id)
        if index is not None:
            self._quiet = True  # moved for the list, not by the user: the status line stays
            try:
                self.highlighted = index
            finally:
                self._quiet = False

    def on_focus(self, event: Focus) -> None:
        if self._highlighted is not None:
            self.refresh_line(self._highlighted)

    def on_blur(self, event: Blur) -> None:
        if self._highlighted is not None:
            self.refresh_line(self._highlighted)

    def on_resize(self, event: Resize) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._entries))
        self._lines.clear()

    # -- drawing ----------------------------------------------------------------------------

    @property
    def _label_width(self) -> int:
        return max(10, (self.scrollable_content_region.width or SIDEBAR_WIDTH) - 2)

    def _label(self, what: object) -> Text:
        width = self._label_width
        label = self._labels.get((what, width))
        if label is None:
            label = self._labels[(what, width)] = _make_label(what, width)
        return label

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = int(self.scroll_y) + y
        if not 0 <= index < len(self._entries):
            return Strip.blank(width, self.rich_style)
        entry_id, what = self._entries[index]
        highlighted = index == self._highlighted
        focused = highlighted and self.has_focus
        key = (what, highlighted, focused, width)
        strip = self._lines.get(key)
        if strip is None:
            strip = self._lines[key] = self._render_entry(entry_id, what, width, highlighted, focused)
            self.lines_drawn += 1
        return strip

    def _render_entry(self, entry_id: str | None, what: object, width: int, highlighted: bool,
                      focused: bool) -> Strip:
        style = self.rich_style
        if entry_id is None:
            rule = self.get_component_rich_style("sidebar--rule")
            return Strip([Segment("─" * width, style + rule)], width)
        if highlighted:
            name = "sidebar--highlighted" if focused else "sidebar--highlighted-blurred"
            style = style + self.get_component_rich_style(name)
        line = Text(" ", no_wrap=True, end="")
        line.append_text(self._label(what))
        segments = list(line.render(self.app.console, end=""))
        return Strip(segments).adjust_cell_length(width).apply_style(style)


def _choosable(entry_id: str | None) -> bool:
    return entry_id is not None and ":" in entry_id


def _view_count(view: str, counts: dict[str, int]) -> int | str:
    if view == "inbox":
        unread, total = counts.get("unread", 0), counts.get("inbox", 0)
        return f"{unread}/{total}" if total else 0
    return counts.get(view, 0)


def _make_label(what: object, width: int) -> Text:
    """The label of one sidebar entry (see `Sidebar.show` for what `what` holds)."""
    if isinstance(what, SourceInfo):  # the name and unread count; a failing source is marked `!` in red
        if not what.last_error:
            return count_label(what.title, what.unread, width)
        label = Text("! ", style="bold red")
        label.append_text(count_label(what.title, what.unread, width - 2))
        return label
    assert isinstance(what, tuple)
    if what[0] == "view":
        return count_label(VIEW_NAMES[what[1]], what[2], width)
    if what[0] == "tag":
        return count_label("#" + what[1], what[2], width)
    if what[0] == "heading":
        return Text(what[1], style="bold dim")
    return Text("")


class RowList(ScrollView, can_focus=True):
    """A list of one-line rows under a header line, drawn with the Line API: only the rows on
    screen are rendered, each line cached by row id, edit, cursor and focus, so moving the
    cursor or marking a row redraws one or two lines (as toolong's `LogLines` does). The rows
    come from a `RowSource`: held in memory, or (articles) read from the library page by page.

    Subclasses say what the columns are (`COLUMNS`: key, header, width; `FLEX` takes what the
    others leave) and how a row becomes cells (`cells`).
    """

    COLUMNS: tuple[tuple[str, str, int], ...] = ()
    FLEX = "title"

    COMPONENT_CLASSES = {"row-list--header", "row-list--cursor", "row-list--cursor-blurred"}
    DEFAULT_CSS = """
    RowList > .row-list--header { text-style: bold; color: $text-accent; background: $panel; }
    RowList > .row-list--cursor { background: $block-cursor-background; color: $block-cursor-foreground;
                                  text-style: $block-cursor-text-style; }
    RowList > .row-list--cursor-blurred { background: $block-cursor-blurred-background;
                                          text-style: $block-cursor-blurred-text-style; }
    """
    BINDINGS = [Binding("enter", "select", "Open", show=False), *_CURSOR_KEYS]

    @dataclass
    class Highlighted(Message):
        """The cursor moved to another row."""

        row_list: RowList
        row_id: str | None

        @property
        def control(self) -> RowList:
            return self.row_list

    @dataclass
    class Selected(Message):
        """Enter (or a click on the cursor row) on a row."""

        row_list: RowList
        row_id: str | None

        @property
        def control(self) -> RowList:
            return self.row_list

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.source: RowSource = ListRows([])
        self.terms: list[str] = []
        self.cursor_row = 0
        self.widths: dict[str, int] = {key: width for key, _label, width in self.COLUMNS}
        self._edits: dict[str, int] = {}  # row id -> edit number: a marked row draws anew
        self._edit = 0
        self._line_cache: LRUCache[tuple[object, ...], Strip] = LRUCache(1024)

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._redraw_all())

    def _redraw_all(self) -> None:
        """Another theme: every cached line has the old colours."""
        self._line_cache.clear()
        self.refresh()

    # -- the rows ---------------------------------------------------------------------------

    def cells(self, row: Any) -> tuple[Text, ...]:
        """The row's cells, one per column."""
        raise NotImplementedError

    def load(self, rows: list[Any], terms: list[str] | None = None, keep: str | None = None) -> None:
        """Show these rows (held in memory): a new view; the cursor goes back to `keep` if present."""
        self.show(ListRows(rows), terms, keep)

    def show(self, source: RowSource, terms: list[str] | None = None, keep: str | None = None) -> None:
        """Show the rows of `source` (a new view or search); the cursor goes back to `keep` if present."""
        self.terms = terms or []
        self.source = source
        self._line_cache.clear()
        self._resize_virtual()
        self.fit_columns()
        self.cursor_row = 0
        self.scroll_to(y=0, animate=False, immediate=True)
        index = source.index_of(keep) if keep is not None else None
        self.move_cursor(row=index if index is not None else 0)
        self.refresh()

    def _resize_virtual(self) -> None:
        size = Size(self.scrollable_content_region.width, len(self.source) + 1)
        before = self.virtual_size
        if size == before:
            return
        height = self.size.height
        if (self.show_vertical_scrollbar and size.width == before.width
                and size.height > height and before.height > height):
            # Long before and after (a search in a long list): the scrollbar stays, only its
            # thumb moves. Setting `virtual_size` would lay out the whole screen again (~50 ms).
            self.set_reactive(RowList.virtual_size, size)
            self.vertical_scrollbar.window_virtual_size = size.height
            self.vertical_scrollbar.refresh()
        else:
            self.virtual_size = size

    @property
    def rows_by_id(self) -> RowsById:
        """The rows by id (a long list reads them from the library as they are asked for)."""
        return RowsById(self.source)

    @property
    def row_count(self) -> int:
        return len(self.source)

    @property
    def total(self) -> int:
        return len(self.source)

    @property
    def rows_held(self) -> int:
        """How many rows the list keeps in memory now."""
        return self.source.rows_held

    @property
    def fully_loaded(self) -> bool:
        return True

    def ensure_loaded(self) -> None:
        """Every row is in the list (kept for callers that jump to the end)."""

    @property
    def current_id(self) -> str | None:
        return self.id_at(self.cursor_row)

    @property
    def current_row(self) -> Any:
        return self.source.row_at(self.cursor_row)

    def index_of(self, row_id: str) -> int | None:
        return self.source.index_of(row_id)

    def id_at(self, index: int) -> str | None:
        row = self.source.row_at(index)
        return None if row is None else row.id

    def find_state(self, start: int, step: int, state: str) -> int | None:
        """The first row from `start` on (going by `step`) whose article is in `state`."""
        return self.source.find_state(start, step, state)

    def ids_in_state(self, state: str) -> list[str]:
        return self.source.ids_in_state(state)

    def get_cell(self, row_id: str, column: str) -> Text:
        """What one cell shows (for tests and the status line)."""
        keys = [key for key, _label, _width in self.COLUMNS]
        return self.cells(self.rows_by_id[row_id])[keys.index(column)]

    def update_article(self, row: Any) -> None:
        """Show a row's new state or saved mark: that row's line is drawn again, no other."""
        if not self.source.update(row):
            return
        self._edit += 1
        self._edits[row.id] = self._edit
        index = self.source.index_of(row.id)
        if index is not None:
            self.refresh_line(index + 1)

    def remove_article(self, row_id: str) -> None:
        if self.source.remove(row_id) is None:
            return
        self._resize_virtual()
        self.refresh()

    def ids_around(self, before: int = 5, after: int = 15) -> list[str]:
        """Ids of the rows on screen and just past it: what to brief in the background."""
        top = int(self.scroll_y)
        height = max(1, self.scrollable_content_region.height - 1)
        start = max(0, min(top, self.cursor_row) - before)
        end = min(self.row_count, max(top + height, self.cursor_row + 1) + after)
        return [row_id for row_id in (self.id_at(n) for n in range(start, end)) if row_id is not None]

    # -- the cursor -------------------------------------------------------------------------

    def move_cursor(self, row: int, animate: bool = False, scroll: bool = True) -> None:
        """Put the cursor on `row` (clamped), scroll it into view, say so if it moved."""
        before_id = self.current_id
        before = self.cursor_row
        self.cursor_row = max(0, min(row, self.row_count - 1))
        if before != self.cursor_row:
            self.refresh_line(before + 1)
        self.refresh_line(self.cursor_row + 1)
        if scroll:
            self._scroll_to_cursor()
        if self.current_id != before_id or before != self.cursor_row:
            self.post_message(self.Highlighted(self, self.current_id))

    def _scroll_to_cursor(self) -> None:
        shown = max(1, self.scrollable_content_region.height - 1)  # the header takes a line
        top = int(self.scroll_y)
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + shown:
            self.scroll_to(y=self.cursor_row - shown + 1, animate=False, immediate=True)

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor_row - 1)

    def action_page_down(self) -> None:
        self.move_cursor(self.cursor_row + max(1, self.scrollable_content_region.height - 2))

    def action_page_up(self) -> None:
        self.move_cursor(self.cursor_row - max(1, self.scrollable_content_region.height - 2))

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(self.row_count - 1)

    def action_select(self) -> None:
        if self.row_count:
            self.post_message(self.Selected(self, self.current_id))

    def on_click(self, event: Click) -> None:
        if event.y < 1:
            return
        index = int(self.scroll_y) + event.y - 1
        if index == self.cursor_row:
            self.action_select()
        elif 0 <= index < self.row_count:
            self.move_cursor(index)

    def on_focus(self, event: Focus) -> None:
        self.refresh_line(self.cursor_row + 1)  # the cursor's colours follow focus

    def on_blur(self, event: Blur) -> None:
        self.refresh_line(self.cursor_row + 1)

    # -- drawing ----------------------------------------------------------------------------

    def fit_columns(self) -> None:
        """Give the flexible column whatever the fixed columns leave."""
        width = self.scrollable_content_region.width or self.size.width
        if not width:
            return
        fixed = sum(w + 2 for key, w in self.widths.items() if key != self.FLEX and w)
        flex = max(12, width - fixed - 2)
        if self.widths.get(self.FLEX) != flex:
            self.widths[self.FLEX] = flex
            self._line_cache.clear()
            self.refresh()

    def on_resize(self, event: Resize) -> None:
        self._resize_virtual()
        self.fit_columns()
        self._line_cache.clear()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:
            key = ("header", width, self.has_focus)  # the header's colours may follow focus
            header = self._line_cache.get(key)
            if header is None:
                header = self._line_cache[key] = self._header(width)
            return header
        index = int(self.scroll_y) + y - 1
        row = self.source.row_at(index)
        if row is None:  # past the end (or an article deleted since the list was read)
            return Strip.blank(width, self.rich_style)
        cursor = index == self.cursor_row
        focused = cursor and self.has_focus
        key = (row.id, self._edits.get(row.id, 0), cursor, focused, width)
        strip = self._line_cache.get(key)
        if strip is None:
            strip = self.render_row(row, width, cursor, focused)
            self._line_cache[key] = strip
        return strip

    def _header(self, width: int) -> Strip:
        style = self.get_component_rich_style("row-list--header")
        cells = [Text(label) for _key, label, _width in self.COLUMNS]
        return self._strip(cells, width, self.rich_style + style)

    def render_row(self, row: Any, width: int, cursor: bool = False, focused: bool = False) -> Strip:
        """One row as a line of `width` cells; the cursor row in the cursor's colours."""
        style = self.rich_style
        if cursor:
            name = "row-list--cursor" if focused else "row-list--cursor-blurred"
            style = style + self.get_component_rich_style(name)
        return self._strip(list(self.cells(row)), width, style)

    def _strip(self, cells: list[Text], width: int, style: Style) -> Strip:
        line = Text(no_wrap=True, end="")
        for (key, _label, _width), cell in zip(self.COLUMNS, cells, strict=True):
            cell_width = self.widths.get(key, 0)
            if not cell_width:
                continue
            cell = cell.copy()
            cell.no_wrap, cell.end = True, ""
            cell = cut(cell, cell_width)  # "讨…", the gap after the ellipsis (rich: "讨 …")
            gap = cell_width - cell.cell_len
            line.append(" ")
            if cell.justify == "right":
                line.append(" " * gap)
                line.append_text(cell)
            else:
                line.append_text(cell)
                line.append(" " * gap)
            line.append(" ")
        segments = list(line.render(self.app.console, end=""))
        return Strip(segments).adjust_cell_length(width).apply_style(style)


class ArticleTable(RowList):
    """The article list: one row per article, keyed by its id. The mark, source and age columns
    are as wide as what they show; the title takes the rest (what a reader triages by)."""

    COLUMNS = (("state", "", 2), ("title", "Title", 40), ("source", "Source", 16), ("age", "Age", 3))
    SOURCE_WIDTHS = ((70, 16), (0, 12))  # (narrowest list, widest source column): a long name is cut

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.source_names: tuple[str, ...] | None = None  # None: not known yet (the widest column)

    def cells(self, row: ArticleRow) -> tuple[Text, ...]:
        return state_glyph(row), title_cell(row, self.terms), source_cell(row), age_cell(row)

    def show_sources(self, names: list[str]) -> None:
        """The sources this list's rows may come from: with one (a source's own view, a library
        of one source) the column goes, its room to the title; else it is as wide as the
        longest name (and its heading)."""
        shown = tuple(names)
        if shown != self.source_names:
            self.source_names = shown
            self.fit_columns()

    def fit_columns(self) -> None:
        width = self.scrollable_content_region.width or self.size.width
        if width:
            widest = next(most for least, most in self.SOURCE_WIDTHS if width >= least)
            names = self.source_names
            if names is not None and len(names) <= 1:
                wanted = 0
            elif names is None:
                wanted = widest
            else:
                longest = max(cell_len(clean_line(name, 60)) for name in names)
                wanted = max(len("Source"), min(widest, longest))
            if self.widths.get("source") != wanted:
                self.widths["source"] = wanted
                self._line_cache.clear()
                self.refresh()
        super().fit_columns()
