"""The left and middle panes: views and sources with their counts, and the article list."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.coordinate import Coordinate
from textual.events import Resize
from textual.message import Message
from textual.widgets import DataTable, OptionList
from textual.widgets.data_table import ColumnKey, RowDoesNotExist
from textual.widgets.option_list import Option

from briefs import ArticleRow, SourceInfo

from .render import age_cell, count_label, source_cell, state_glyph, title_cell

VIEWS = ("inbox", "flagged", "saved", "archive", "all")
VIEW_NAMES = {"inbox": "Inbox", "flagged": "Flagged", "saved": "Saved", "archive": "Archive", "all": "All"}
SIDEBAR_WIDTH = 26


class Sidebar(OptionList):
    """Views (Inbox, Flagged, Saved, Archive, All) with counts, then the sources with unread counts."""

    @dataclass
    class Chosen(Message):
        """The user picked a view, or a source (shown in the inbox view)."""

        view: str
        source_id: int | None

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._source_ids: tuple[int, ...] = ()

    def show(self, counts: dict[str, int], sources: list[SourceInfo]) -> None:
        """Update the counts in place; rebuild only when the list of sources changed."""
        width = max(10, (self.scrollable_content_region.width or SIDEBAR_WIDTH) - 2)
        ids = tuple(s.id for s in sources)
        if ids != self._source_ids or self.option_count == 0:
            self._source_ids = ids
            keep = self.highlighted
            options: list[Option | None] = [
                Option(self._view_label(view, counts, width), id=f"view:{view}") for view in VIEWS
            ]
            options.append(None)
            options.append(Option(Text("SOURCES", style="bold dim"), id="sources", disabled=True))
            options += [
                Option(count_label(s.title, s.unread, width), id=f"source:{s.id}") for s in sources
            ]
            self.set_options(options)
            self.highlighted = keep if keep is not None and keep < self.option_count else 0
            return
        for view in VIEWS:
            self.replace_option_prompt(f"view:{view}", self._view_label(view, counts, width))
        for s in sources:
            self.replace_option_prompt(f"source:{s.id}", count_label(s.title, s.unread, width))

    @staticmethod
    def _view_label(view: str, counts: dict[str, int], width: int) -> Text:
        if view == "inbox":
            unread, total = counts.get("unread", 0), counts.get("inbox", 0)
            return count_label("Inbox", f"{unread}/{total}" if total else 0, width)
        return count_label(VIEW_NAMES[view], counts.get(view, 0), width)

    def select(self, view: str, source_id: int | None) -> None:
        option_id = f"source:{source_id}" if source_id is not None else f"view:{view}"
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


class ArticleTable(DataTable):
    """The article list: one row per article, keyed by its id; triage updates a single cell."""

    COLUMNS = (("state", "", 2), ("title", "Title", 40), ("source", "Source", 16), ("age", "Age", 4))

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=False)
        self.rows_by_id: dict[str, ArticleRow] = {}
        self.terms: list[str] = []

    def on_mount(self) -> None:
        for key, label, width in self.COLUMNS:
            self.add_column(label, width=width, key=key)

    def load(self, rows: list[ArticleRow], terms: list[str] | None = None, keep: str | None = None) -> None:
        """Replace every row (a new view or search); the cursor goes back to `keep` if present."""
        self.terms = terms or []
        self.clear()
        self.rows_by_id = {row.id: row for row in rows}
        terms_ = self.terms
        for row in rows:
            self.add_row(state_glyph(row), title_cell(row, terms_), source_cell(row), age_cell(row), key=row.id)
        self.fit_columns()
        if keep is not None and keep in self.rows_by_id:
            self.move_cursor(row=self.get_row_index(keep), animate=False, scroll=True)
        elif rows:
            self.move_cursor(row=0, animate=False)

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
        self.update_cell(row.id, "state", state_glyph(row))
        self.update_cell(row.id, "title", title_cell(row, self.terms))

    def remove_article(self, article_id: str) -> None:
        if article_id in self.rows_by_id:
            del self.rows_by_id[article_id]
            self.remove_row(article_id)

    def ids_around(self, before: int = 5, after: int = 40) -> list[str]:
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
