"""What a list shows: its rows in order, by position and by id.

`ListRows` holds a short list in memory (stories, the agenda). `ArticlePages` holds only the
order of an article list (one 8-byte key per article) and reads the rows of the part in view
from the library a page at a time, keeping a few pages: a list of 100,000 articles costs
about a megabyte, and the row under the cursor is always at hand.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Protocol

from briefs import ArticleRow, Library

PAGE = 100  # rows read at once: two screenfuls of a tall terminal
MAX_PAGES = 8  # pages kept: at most PAGE * MAX_PAGES rows in memory
SCAN = 1000  # keys asked about at once when looking for the next unread article


class RowSource(Protocol):
    """The rows of a `RowList`; each row has an `id`."""

    def __len__(self) -> int: ...

    def row_at(self, index: int) -> Any | None: ...

    def index_of(self, row_id: str) -> int | None: ...

    def update(self, row: Any) -> bool: ...

    def remove(self, row_id: str) -> int | None: ...

    def find_state(self, start: int, step: int, state: str) -> int | None: ...

    def ids_in_state(self, state: str) -> list[str]: ...

    @property
    def rows_held(self) -> int: ...


class ListRows:
    """Rows held in memory, in order."""

    def __init__(self, rows: Sequence[Any]) -> None:
        self._rows = list(rows)
        self._index = {row.id: n for n, row in enumerate(self._rows)}

    def __len__(self) -> int:
        return len(self._rows)

    def row_at(self, index: int) -> Any | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def index_of(self, row_id: str) -> int | None:
        return self._index.get(row_id)

    def update(self, row: Any) -> bool:
        index = self._index.get(row.id)
        if index is None:
            return False
        self._rows[index] = row
        return True

    def remove(self, row_id: str) -> int | None:
        index = self._index.pop(row_id, None)
        if index is None:
            return None
        del self._rows[index]
        for n in range(index, len(self._rows)):  # the rows below move up one
            self._index[self._rows[n].id] = n
        return index

    def find_state(self, start: int, step: int, state: str) -> int | None:
        index = start
        while 0 <= index < len(self._rows):
            if getattr(self._rows[index], "state", None) == state:
                return index
            index += step
        return None

    def ids_in_state(self, state: str) -> list[str]:
        return [row.id for row in self._rows if getattr(row, "state", None) == state]

    @property
    def rows_held(self) -> int:
        return len(self._rows)


class ArticlePages:
    """An article list read from the library a page at a time (`Library.article_keys` gives the
    order, `Library.rows_by_key` a page's rows); at most MAX_PAGES pages are kept.

    The order is a snapshot: an article whose state changes keeps its place, as in a list held
    in memory, until the list is read again. Safe to build (and `prefetch`) in a worker thread.
    """

    def __init__(self, library: Library, keys: Sequence[int]) -> None:
        self.library = library
        self.keys = keys  # an array('q') from the library; `remove` deletes from it
        self._pages: OrderedDict[int, list[ArticleRow | None]] = OrderedDict()
        self._where: dict[str, int] = {}  # id -> position, for the rows of the pages kept

    def __len__(self) -> int:
        return len(self.keys)

    def prefetch(self, index: int = 0) -> None:
        """Read the page holding `index` now (a worker does it before the list is shown)."""
        if 0 <= index < len(self.keys):
            self._page(index // PAGE)

    def _page(self, number: int) -> list[ArticleRow | None]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        start = number * PAGE
        keys = list(self.keys[start:start + PAGE])
        found = self.library.rows_by_key(keys)
        page = [found.get(key) for key in keys]  # None: the article is gone since the list was read
        self._pages[number] = page
        for offset, row in enumerate(page):
            if row is not None:
                self._where[row.id] = start + offset
        while len(self._pages) > MAX_PAGES:
            self._forget(next(iter(self._pages)))
        return page

    def _forget(self, number: int) -> None:
        for row in self._pages.pop(number, []):
            if row is not None:
                self._where.pop(row.id, None)

    def row_at(self, index: int) -> ArticleRow | None:
        if not 0 <= index < len(self.keys):
            return None
        page = self._page(index // PAGE)
        offset = index % PAGE
        return page[offset] if offset < len(page) else None

    def index_of(self, row_id: str) -> int | None:
        index = self._where.get(row_id)
        if index is not None:
            return index
        key = self.library.key_of(row_id)
        if key is None:
            return None
        try:
            return self.keys.index(key)  # type: ignore[attr-defined]  # array.index: a C loop
        except ValueError:
            return None

    def update(self, row: ArticleRow) -> bool:
        index = self._where.get(row.id)
        if index is None:  # not in a page kept: it is read afresh when it comes into view
            return self.index_of(row.id) is not None
        self._pages[index // PAGE][index % PAGE] = row
        return True

    def remove(self, row_id: str) -> int | None:
        index = self.index_of(row_id)
        if index is None:
            return None
        del self.keys[index]  # type: ignore[attr-defined]
        for number in [n for n in self._pages if n >= index // PAGE]:  # their rows moved up one
            self._forget(number)
        return index

    def find_state(self, start: int, step: int, state: str) -> int | None:
        """The position of the first article in `state` from `start` on, going by `step`."""
        index = start
        while 0 <= index < len(self.keys):
            if step > 0:
                chunk = range(index, min(len(self.keys), index + SCAN))
            else:
                chunk = range(index, max(-1, index - SCAN), -1)
            found = self.library.keys_in_state([self.keys[n] for n in chunk], state)
            for n in chunk:
                if self.keys[n] in found:
                    return n
            index = chunk[-1] + step
        return None

    def ids_in_state(self, state: str) -> list[str]:
        found: list[str] = []
        for start in range(0, len(self.keys), SCAN):
            chunk = self.keys[start:start + SCAN]
            in_state = self.library.keys_in_state(chunk, state)
            found += [in_state[key] for key in chunk if key in in_state]
        return found

    @property
    def rows_held(self) -> int:
        return sum(len(page) for page in self._pages.values())


class RowsById(Mapping[str, Any]):
    """A list's rows by id, read through its source (the rows of a long list are not all held:
    iterating reads them page by page)."""

    def __init__(self, source: RowSource) -> None:
        self._source = source

    def __getitem__(self, row_id: str) -> Any:
        index = self._source.index_of(row_id)
        row = None if index is None else self._source.row_at(index)
        if row is None:
            raise KeyError(row_id)
        return row

    def __contains__(self, row_id: object) -> bool:
        return isinstance(row_id, str) and self._source.index_of(row_id) is not None

    def __iter__(self) -> Iterator[str]:
        for index in range(len(self._source)):
            row = self._source.row_at(index)
            if row is not None:
                yield row.id

    def __len__(self) -> int:
        return len(self._source)
