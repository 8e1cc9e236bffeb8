"""The left and middle panes: views and sources with their counts, and the article list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual import on
from textual.coordinate import Coordinate
from textual.events import Resize
from textual.geometry import Size
from textual.message import Message
from textual.widget import PseudoClasses, Widget
from textual.widgets import DataTable, OptionList
from textual.widgets.data_table import ColumnKey, RowDoesNotExist, RowKey
from textual.widgets.option_list import Option

from briefs import ArticleRow, SourceInfo

from .render import age_cell, count_label, source_cell, state_glyph, title_cell

VIEWS = ("inbox", "flagged", "saved", "archive", "all", "stories", "agenda")
VIEW_NAMES = {"inbox": "Inbox", "flagged": "Flagged", "saved": "Saved", "archive": "Archive", "all": "All",
              "stories": "Stories", "agenda": "Agenda"}
OVERVIEWS = ("stories", "agenda")  # lists of stories or next steps, not of articles
SIDEBAR_WIDTH = 26
FIRST_ROWS = 80  # shown before the first paint (a tall screenful)
CHUNK_ROWS = 250  # then this many per slice of idle time (~25 ms each)


class Sidebar(OptionList):
    """Views (Inbox, Flagged, Saved, Archive, All with counts; Stories, Agenda), then the sources
    with unread counts, then the tags."""

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
        self._shape: tuple[object, ...] = ()
        self._labels: dict[str, str] = {}
        self._width = 0
        self._shown: tuple[dict[str, int], list[SourceInfo], list[tuple[str, int]]] | None = None

    def on_resize(self, event: Resize) -> None:
        if self._shown is not None:
            self.call_after_refresh(lambda: self.show(*self._shown) if self._shown else None)

    @property
    def source_under_cursor(self) -> int | None:
        option_id = self.highlighted_option.id if self.highlighted_option is not None else None
        kind, _, value = (option_id or "").partition(":")
        return int(value) if kind == "source" else None

    def show(self, counts: dict[str, int], sources: list[SourceInfo],
             tags: list[tuple[str, int]] | None = None) -> None:
        """Update the counts in place; rebuild only when the sources or tags changed."""
        tags = tags or []
        self._shown = (counts, sources, tags)
        width = max(10, (self.scrollable_content_region.width or SIDEBAR_WIDTH) - 2)
        if width != self._width:  # wider or narrower (opened over the list): lay out anew
            self._width, self._shape = width, ()
        shape = (tuple(s.id for s in sources), tuple(t for t, _ in tags))
        if shape != self._shape or self.option_count == 0:
            self._shape = shape
            keep = self.highlighted
            options: list[Option | None] = [
                Option(self._view_label(view, counts, width), id=f"view:{view}") for view in VIEWS
            ]
            options.append(None)
            options.append(Option(Text("SOURCES", style="bold dim"), id="sources", disabled=True))
            options += [Option(self._source_label(s, width), id=f"source:{s.id}") for s in sources]
            if tags:
                options.append(None)
                options.append(Option(Text("TAGS", style="bold dim"), id="tags", disabled=True))
                options += [Option(count_label("#" + t, n, width), id=f"tag:{t}") for t, n in tags]
            self.set_options(options)
            self._labels = {o.id: str(o.prompt) for o in options if o is not None and o.id}
            self.highlighted = keep if keep is not None and keep < self.option_count else 0
            return
        labels = {f"view:{view}": self._view_label(view, counts, width) for view in VIEWS}
        labels.update({f"source:{s.id}": self._source_label(s, width) for s in sources})
        labels.update({f"tag:{t}": count_label("#" + t, n, width) for t, n in tags})
        for option_id, label in labels.items():
            if self._labels.get(option_id) != label.plain:  # redraw only the counts that moved
                self.replace_option_prompt(option_id, label)
        self._labels = {option_id: label.plain for option_id, label in labels.items()}

    @staticmethod
    def _source_label(source: SourceInfo, width: int) -> Text:
        """The source's name and unread count; a failing source is marked `!` in red."""
        if not source.last_error:
            return count_label(source.title, source.unread, width)
        label = Text("! ", style="bold red")
        label.append_text(count_label(source.title, source.unread, width - 2))
        return label

    @staticmethod
    def _view_label(view: str, counts: dict[str, int], width: int) -> Text:
        if view == "inbox":
            unread, total = counts.get("unread", 0), counts.get("inbox", 0)
            return count_label("Inbox", f"{unread}/{total}" if total else 0, width)
        return count_label(VIEW_NAMES[view], counts.get(view, 0), width)

    def select(self, view: str, source_id: int | None, tag: str | None = None) -> None:
        """Highlight what the list shows, unless the user is moving through the sidebar."""
        if self.has_focus:
            return
        option_id = f"source:{source_id}" if source_id is not None else f"view:{view}"
        if tag is not None:
            option_id = f"tag:{tag}"
        try:
            self.highlighted = self.get_option_index(option_id)
        except Exception:
            pass

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        kind, _, value = option_id.partition(":")
        if kind == "view":
            self.post_message(self.Chosen(value, None))
        elif kind == "source":
            self.post_message(self.Chosen("inbox", int(value)))
        elif kind == "tag":
            self.post_message(self.Chosen("all", None, value))

    @on(OptionList.OptionHighlighted)
    def _pointed(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if self.has_focus:
            self.post_message(self.Pointed(self.source_under_cursor))


class ArticleTable(DataTable):
    """The article list: one row per article, keyed by its id; triage updates a single cell.

    Fast on 10,000 rows through overrides of DataTable internals (Textual pinned at 8.2.8),
    each explained where it is: row order kept between cell updates, one-row cell updates,
    focus changes redrawing the cursor row only, appended rows redrawing nothing on screen,
    and no measuring of new rows.
    """

    COLUMNS = (("state", "", 2), ("title", "Title", 40), ("source", "Source", 16), ("age", "Age", 4))

    @dataclass
    class Loaded(Message):
        """Every row of the view is in the table now."""

        rows: int

    def __init__(self, *, id: str | None = None) -> None:
        self._shape = 0  # bumped whenever rows are added, removed or cleared
        self._shape_cache: tuple[int, list[Any], list[tuple[RowKey, int]]] | None = None
        super().__init__(id=id, cursor_type="row", zebra_stripes=False)
        self.rows_by_id: dict[str, ArticleRow] = {}
        self.terms: list[str] = []
        self._pending: list[ArticleRow] = []
        self._generation = 0
        self._drawn_state: PseudoClasses | None = None
        self._styled_rules: dict[str, Any] | None = None

    def on_mount(self) -> None:
        for key, label, width in self.COLUMNS:
            self.add_column(label, width=width, key=key)

    def load(self, rows: list[ArticleRow], terms: list[str] | None = None, keep: str | None = None) -> None:
        """Replace every row (a new view or search); the cursor goes back to `keep` if present.

        The first screenful is added at once; the rest follows in chunks after the first
        paint, so a view of 10,000 articles shows in a fraction of a second.
        """
        self.terms = terms or []
        self.clear()
        self._generation += 1
        self.rows_by_id = {row.id: row for row in rows}
        self._pending = list(rows)
        first = FIRST_ROWS
        if keep is not None and keep in self.rows_by_id:
            first = max(first, next(i for i, r in enumerate(rows) if r.id == keep) + 50)
        self._add(first)
        self.fit_columns()
        if keep is not None and keep in self.rows_by_id:
            self.move_cursor(row=self.get_row_index(keep), animate=False, scroll=True)
        elif rows:
            self.move_cursor(row=0, animate=False)
        if self._pending:
            generation = self._generation  # the rest once the first screen is painted
            self.set_timer(0.05, lambda: self._load_more(generation))

    # DataTable recomputes row order and line offsets (O(rows)) after *any* cell update.
    # Every row here is one line high and a cell update never moves a row, so both are
    # kept until rows are added, removed or cleared: triage on 10,000 rows stays O(screen).
    def _shape_lists(self) -> tuple[list[Any], list[tuple[RowKey, int]]]:
        if self._shape_cache is None or self._shape_cache[0] != self._shape:
            rows = DataTable.ordered_rows.fget(self)  # type: ignore[attr-defined]
            self._shape_cache = (self._shape, rows, [(row.key, 0) for row in rows])
        return self._shape_cache[1], self._shape_cache[2]

    @property
    def ordered_rows(self) -> list[Any]:
        return self._shape_lists()[0]

    @property
    def _y_offsets(self) -> list[tuple[RowKey, int]]:
        return self._shape_lists()[1]

    def clear(self, columns: bool = False) -> ArticleTable:
        self._shape += 1
        super().clear(columns)
        return self

    # DataTable's add_row bumps the counter that every cached rendering is keyed by, so each
    # chunk of rows added below the screen re-rendered every visible cell. Rows are only ever
    # appended here (a new view clears first), which changes no row already drawn.
    def add_row(self, *cells: Any, height: int | None = 1, key: str | None = None,
                label: Any = None) -> RowKey:
        self._shape += 1
        update_count = self._update_count
        row_key = super().add_row(*cells, height=1, key=key, label=label)
        self._update_count = update_count
        return row_key

    def remove_row(self, row_key: RowKey | str) -> None:
        self._shape += 1
        super().remove_row(row_key)

    # DataTable measures every cell of every new row once idle (~30 ms per 250 rows) to fit
    # column widths and row heights. Here every column has a fixed width and every row is one
    # line with no label, so only the scrollable size is set. (Textual pinned at 8.2.8.)
    def _update_dimensions(self, new_rows: Any) -> None:
        width = sum(column.get_render_width(self) for column in self.columns.values())
        header = self.header_height if self.show_header else 0
        self.virtual_size = Size(width + self._row_label_column_width, self._total_row_height + header)

    def _add(self, count: int) -> None:
        chunk, self._pending = self._pending[:count], self._pending[count:]
        terms = self.terms
        for row in chunk:
            if row.id in self.rows_by_id:  # not removed (d) while waiting to be shown
                self.add_row(state_glyph(row), title_cell(row, terms), source_cell(row), age_cell(row),
                             key=row.id)

    def _load_more(self, generation: int) -> None:
        if generation != self._generation or not self._pending:
            return
        self._add(CHUNK_ROWS)
        if self._pending:
            self.set_timer(0.01, lambda: self._load_more(generation))
        else:
            self.post_message(self.Loaded(self.row_count))

    @property
    def fully_loaded(self) -> bool:
        return not self._pending

    def ensure_loaded(self) -> None:
        """Add every row still waiting (before jumping to the end or searching past it)."""
        if self._pending:
            self._add(len(self._pending))
            self.post_message(self.Loaded(self.row_count))

    @property
    def total(self) -> int:
        return len(self.rows_by_id)

    @property
    def current_id(self) -> str | None:
        if not self.row_count:
            return None
        try:
            key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
        except Exception:
            return None
        return key.value

    @property
    def current_row(self) -> ArticleRow | None:
        current = self.current_id
        return None if current is None else self.rows_by_id.get(current)

    def index_of(self, article_id: str) -> int | None:
        try:
            return self.get_row_index(article_id)
        except RowDoesNotExist:
            return None

    def id_at(self, index: int) -> str | None:
        if 0 <= index < self.row_count:
            return self.coordinate_to_cell_key(Coordinate(index, 0)).row_key.value
        return None

    def update_article(self, row: ArticleRow) -> None:
        """Show a new state or saved mark: two cells, no rebuild."""
        if row.id not in self.rows_by_id:
            return
        self.rows_by_id[row.id] = row
        if self.index_of(row.id) is None:  # still waiting to be added: it will show the new state
            self._pending = [row if r.id == row.id else r for r in self._pending]
            return
        self._set_cells(row.id, {"state": state_glyph(row), "title": title_cell(row, self.terms)})

    # DataTable keys every cached rendering by its focus state, and Textual re-applies its
    # styles on every focus change (which throws every rendering away even when no rule
    # changed): moving focus to the search line or the reading pane re-rendered every
    # visible cell (~40 ms at 200x50). Here the table looks the same focused or not
    # (newsbrief.tcss pins its tint; the pane's border shows focus) except for the cursor
    # row, so only that row is redrawn. (Textual pinned at 8.2.8.)
    def notify_style_update(self) -> None:
        rules = dict(self.styles.base._rules)
        if rules == self._styled_rules:
            Widget.notify_style_update(self)
            self.refresh()
            return
        self._styled_rules = rules
        super().notify_style_update()

    def render_lines(self, crop: Any) -> Any:
        state = self.get_pseudo_class_state()
        if state != self._drawn_state:
            if self._drawn_state is not None and state.enabled != self._drawn_state.enabled:
                self._clear_caches()
            self._drawn_state = state
            self._get_styles_to_render_cell.cache_clear()  # the cursor's colours follow focus
            # Drop what was drawn with the cursor's colours: cells, rows and lines.
            for cache_key in [k for k in self._cell_render_cache.keys() if k[3]]:
                self._cell_render_cache.discard(cache_key)
            where = self._row_locations.get
            for cache_key in [k for k in self._row_render_cache.keys() if where(k[0]) == k[3].row]:
                self._row_render_cache.discard(cache_key)
            header = self.header_height if self.show_header else 0
            for cache_key in [k for k in self._line_cache.keys() if k[0] - header == k[4].row]:
                self._line_cache.discard(cache_key)
        self._pseudo_class_state = PseudoClasses(enabled=state.enabled, focus=False, hover=False)
        return super(DataTable, self).render_lines(crop)

    def _set_cells(self, article_id: str, values: dict[str, Text]) -> None:
        """`update_cell` for one row that redraws that row only.

        DataTable's own update_cell bumps a table-wide counter that throws away the
        rendering of every visible cell (~40 ms at 200x50). Widths are fixed here, so
        dropping this row's cached renders is enough. (Textual pinned at 8.2.8.)
        """
        key = RowKey(article_id)
        for column, value in values.items():
            self._data[key][ColumnKey(column)] = value
        for cache in (self._cell_render_cache, self._row_render_cache):
            for cache_key in [k for k in cache.keys() if k[0] == key]:
                cache.discard(cache_key)
        index = self._row_locations.get(key)
        for cache_key in [k for k in self._row_renderable_cache.keys() if k[1] == index]:
            self._row_renderable_cache.discard(cache_key)
        header = self.header_height if self.show_header else 0
        for cache_key in [k for k in self._line_cache.keys() if k[0] - header == index]:
            self._line_cache.discard(cache_key)  # this row's lines; the others are unchanged
        if index is not None:
            self.refresh_row(index)

    def remove_article(self, article_id: str) -> None:
        if article_id in self.rows_by_id:
            del self.rows_by_id[article_id]
            if self.index_of(article_id) is not None:
                self.remove_row(article_id)

    def ids_around(self, before: int = 5, after: int = 15) -> list[str]:
        """Ids of the rows on screen and just past it: what to brief in the background."""
        top = int(self.scroll_y)
        height = max(1, self.scrollable_content_region.height)
        start = max(0, min(top, self.cursor_row) - before)
        end = min(self.row_count, max(top + height, self.cursor_row + 1) + after)
        return [i for i in (self.id_at(n) for n in range(start, end)) if i is not None]

    def fit_columns(self) -> None:
        """Give the title column whatever the fixed columns leave."""
        width = self.scrollable_content_region.width or self.size.width
        if not width:
            return
        fixed = sum(w + 2 for key, _, w in self.COLUMNS if key != "title")
        source = 16 if width >= 70 else 10
        self.columns[ColumnKey("source")].width = source
        fixed += source - 16
        title = max(12, width - fixed - 2)
        column = self.columns[ColumnKey("title")]
        if column.width != title:
            column.width = title
            self.refresh()

    def on_resize(self, event: Resize) -> None:
        self.fit_columns()
