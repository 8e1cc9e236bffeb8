"""The reader: three panes and keyboard triage over the library.

Every decision shows at once and goes to the library in order, through the reader's writer
(`tui.writer`: one thread, a connection of its own), so a key never waits for the write lock a
refresh or the index holds. Briefing, refreshing, adding and saving run in thread workers that
post one typed message each; a result for an article the user has already left is kept in the
cache but never shown in its place.
"""

from __future__ import annotations

import logging
import time
import webbrowser
from collections import Counter, OrderedDict
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingsMap
from textual.color import Color
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.events import Resize
from textual.message import Message
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Static
from textual.worker import Worker, WorkerState, get_current_worker

import briefs
from briefs import (
    ArticleRow,
    Brief,
    FolderNotWritable,
    Library,
    NewsbriefError,
    SourceInfo,
    clean_line,
    is_fetchable_url,
)

from .footer import KeysFooter
from .keys import (
    ACTIONS,
    DESCRIPTIONS,
    INDEX_ON_DEMAND,
    ORDER,
    PAGER_BINDINGS,
    PAGER_ORDER,
    PALETTE_DESCRIPTION,
    PALETTE_ID,
    QUIT_DESCRIPTION,
    QUIT_KEYS,
    READER_BINDINGS,
    TYPE_AHEAD,
)
from .overview import (
    AgendaTable,
    OverviewRow,
    OverviewTable,
    StoryTable,
    agenda_lines,
    agenda_rows,
    agenda_title,
    story_lines,
    story_row,
    story_rows,
    story_state,
    story_title,
)
from .panes import (
    OVERVIEWS,
    VIEW_NAMES,
    VIEWS,
    ArticleTable,
    CutLines,
    RowList,
    Sidebar,
    TitledPane,
)
from .reading import BriefView, ReadingPane
from .refreshing import refresh_in_child
from .render import search_terms
from .rows import ArticlePages
from .screens import Added, AddSourceScreen, ConfirmScreen, ErrorsScreen, HelpScreen, PromptScreen
from .writer import LibraryWriter

if TYPE_CHECKING:  # the names for types only: their stages load when first used, not at start
    from briefs import AddResult, AgendaItem, Config, OpmlImport, RefreshReport, Story, StoryBrief

T = TypeVar("T")
# The counts per view, the sources and the tags: what the sidebar and the list's title show.
Counts = tuple["dict[str, int]", "list[SourceInfo]", "list[tuple[str, int]]"]

NARROW = 100  # below this many columns: one pane at a time (list or reading), toggled
MEDIUM = 140  # below this many columns the sidebar starts hidden (backslash shows it)
BRIEF_CACHE = 256
MINUTE = 60.0  # seconds (a test shortens it)
WATCH_SECONDS = 2.0  # how often the reader looks whether another process changed the library
SEARCH_DELAY = 0.3  # seconds the keys rest in the search line before the query runs
PREVIEW_DELAY = 0.05  # seconds the cursor rests before the reading pane follows it
# What each count of `Library.counts()` counts, per article.
COUNTED: dict[str, Callable[[ArticleRow], bool]] = {
    "inbox": lambda r: r.state != "archived",
    "unread": lambda r: r.state == "unread",
    "flagged": lambda r: r.state == "flagged",
    "saved": lambda r: r.saved_path is not None,
    "archive": lambda r: r.state == "archived",
    "all": lambda r: True,
}
# Keys for one article: in the Stories and Agenda lists they act on the opened article or the
# story, or say why not (`SAID_IN_OVERVIEWS`).
ARTICLE_ONLY = frozenset({"next_unread", "previous_unread", "next_article", "previous_article", "toggle_read",
                          "tag", "open_browser", "search", "mark_all_read"})
# In Stories on the story, or on the article opened from its line; in the Agenda on the opened article.
STORY_ONLY = frozenset({"flag", "done", "save"})
# What each of them does to the one article, as said where it has none to act on (an agenda step's line).
ONE_ARTICLE_DOES = {"flag": "flags one article", "done": "archives one article", "save": "saves one article's brief"}
ROW_KEYS = ARTICLE_ONLY | STORY_ONLY  # the keys that act on the list's row
# Of those, the keys that work in Stories and the Agenda all the same: on the article the reading
# pane opened from a line, on the whole story (m, n, p; A: every story), or they say why not and
# what to press. Only / is off there (its line says where search works).
SAID_IN_OVERVIEWS = ROW_KEYS - {"search"}
DIGEST_SINCE = timedelta(hours=24)  # what `newsbrief digest` takes by default
SEARCH_HINT = "/ search this view (full text)"
OVERVIEW_SEARCH_HINT = "search: in the article views (v: Inbox, Flagged, Saved, Archive, All)"
STALLED_SECONDS = 3.0  # a refresh's count unmoved this long: the status line says it is waiting
PLACE_SETTING = "reader.place"  # where the last quit left the reader: view, source, tag, article
# The list pane's share (per cent) of the width beside the sidebar, as < and > last left it.
LIST_WIDTH_SETTING = "reader.list_width"
LIST_WIDTHS = range(25, 80, 5)  # the shares < and > step through
DEFAULT_LIST_WIDTH = 45  # the stylesheet's 9fr list beside an 11fr reading pane
IDLE_TIP = "?: keys · ctrl+p: commands · a: add a source · s: save the brief"
FIRST_RUN_TIP = "a: add a feed, page or file · ?: keys · ctrl+p: commands"


def _file_in(path: Path) -> str:
    """A written file as the status line says it: its name first (a narrow screen cuts the folder)."""
    return f"{path.name} (in {path.parent})"


class ReaderScreen(Screen[None]):
    """Sidebar (views, sources), article list, reading pane; status line and footer."""

    BINDINGS = READER_BINDINGS
    # Screen repaints itself whole when focus moves; the panes that look different (the borders,
    # the list's cursor row, the focused list) repaint themselves, so the rest of the screen is
    # not drawn again on every enter, tab, / or escape.
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

    # -- messages posted by this screen's workers ---------------------------------------

    class Painted(Message):
        """The reader's first screen is painted (the app's own background work may start)."""

    @dataclass
    class LibraryDamaged(Message):
        """The library failed its whole-file check (run after the first screen on a big one);
        the app sets it aside and starts afresh."""

        problem: str

    @dataclass
    class BriefReady(Message):
        """A brief was made (or read from the cache) in a worker."""

        article_id: str
        brief: Brief

    @dataclass
    class Seeded(Message):
        """The bundled sample articles are in the (previously empty) library."""

        added: int

    @dataclass
    class RefreshProgress(Message):
        """How far a refresh has got; only the latest one matters."""

        done: int
        total: int
        label: str

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ReaderScreen.RefreshProgress)

    @dataclass
    class RefreshFinished(Message):
        report: RefreshReport

    @dataclass
    class SourceAdded(Message):
        source: str
        result: AddResult | None = None
        error: str | None = None

    @dataclass
    class Saved(Message):
        folder: Path
        which: str = "the brief"  # what "Saved …" names when one is saved
        rows: list[ArticleRow] = field(default_factory=list)
        paths: list[Path] = field(default_factory=list)
        failures: list[str] = field(default_factory=list)

    @dataclass
    class SearchDone(Message):
        """The rows matching a search, found in a worker; `number` tells stale results apart."""

        number: int
        query: str | None
        pages: ArticlePages
        live: bool = False  # found while typing: the box keeps the focus

    @dataclass
    class BrowserDone(Message):
        url: str
        error: str | None = None

    @dataclass
    class IndexProgress(Message):
        """How far clustering stories and reading next steps has got; only the latest matters."""

        done: int
        total: int

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ReaderScreen.IndexProgress)

    @dataclass
    class IndexUpdated(Message):
        """Stories and the agenda are up to date with the library (`indexed` articles were new),
        and, once either view has been opened, here they are, read in the worker: going back to
        either view costs no query."""

        indexed: int
        stories: list[Story] | None  # None: not read (neither view has been opened yet)
        agenda: list[AgendaItem] | None
        # The stories carry their articles' states (`Story.states`), current as of this many
        # decisions; None: a decision was being written as they were read.
        states_as_of: int | None = None

    @dataclass
    class StoryReady(Message):
        """A story's merged brief, made in a worker."""

        story_id: str
        brief: StoryBrief

    @dataclass
    class EvidenceReady(Message):
        """The article a story or agenda line points at, ready to show at its sentence."""

        number: int
        row: ArticleRow
        brief: Brief
        span: tuple[int, int] | None

    @dataclass
    class WriteDone(Message):
        """A job of the writer is done: what the screen does next (`then` with its result)."""

        then: Callable[[], None]

    @dataclass
    class WriteFailed(Message):
        """A decision could not be written (the article is gone, the disk is full)."""

        problem: str

    @dataclass
    class Written(Message):
        """A story saved or the digest written (or why not)."""

        what: str
        path: Path | None = None
        error: str | None = None

    # -- setting up ---------------------------------------------------------------------

    def __init__(self, library: Library, config: Config, briefs_folder: Path) -> None:
        super().__init__()
        self.library = library
        # The reader's writes, and the reads that must follow them, off the screen's thread.
        self.writer = LibraryWriter(library)
        self._decisions = 0  # decisions shown so far: counts read before the latest are stale
        self.config = config
        self.briefs_folder = briefs_folder
        self.view = "inbox"
        self.source_id: int | None = None
        self.tag: str | None = None
        self.search: str | None = None
        self.source_list: list[SourceInfo] = []
        self.tag_list: list[tuple[str, int]] = []
        self.counts: dict[str, int] = {}
        self.briefs: OrderedDict[str, Brief] = OrderedDict()
        self.refresh_errors: list[tuple[str, str]] = []
        self._refreshed = False  # a refresh has ended since the reader opened
        self.first_run = False
        self._painted = False  # until the first screen is shown: no brief is asked for before it
        self._preview_timer: Any = None
        self._preview_force = False
        self._opened: str | None = None  # the article last opened (enter, n/p, J/K), not previewed
        # Articles a worker is briefing now: asked again (the cursor back on one, a prefetch),
        # they wait for that brief rather than start another (a 4 MB file takes 20 s each).
        self._briefing: set[str] = set()
        self._prefetch_timer: Any = None
        self._search_number = 0  # bumped by each search and reload: older results are stale
        self._data_version = 0
        self._watching = False  # a look at the library's version is on its way
        # Set by a worker of the reader's own (refresh, index, seed) once it may have committed on a
        # connection of its own, before it says it is done: the next version read is the reader's.
        self._own_wrote = False
        self._progress: tuple[int, int, float] = (0, 0, 0.0)  # a refresh's done, total, when last moved
        self._waiting_timer: Any = None
        self._refreshing = ""  # " <name>" while r refreshes one source, which the status line names
        self._live_search_timer: Any = None
        self.sidebar_wanted: bool | None = None  # None: shown when the screen is wide enough
        self.list_width: int | None = None  # the list's share (LIST_WIDTH_SETTING); None: the stylesheet's
        self.story_briefs: OrderedDict[str, StoryBrief] = OrderedDict()
        self._index_again = False
        self._evidence_number = 0
        self._border_colours: tuple[str, Color, Color] = ("", Color(0, 0, 0), Color(0, 0, 0))
        # Read by the index worker once Stories or Agenda is opened; None until then.
        self.stories: list[Story] | None = None
        self.agenda: list[AgendaItem] | None = None
        # Story id -> how many of its articles are in each state: the marks of the story rows.
        self.story_states: dict[str, dict[str, int]] = {}
        self._overviews_wanted = False  # the index worker reads the lists once either view is opened
        self._states_as_of: int | None = None  # the stories' states are current as of this many decisions
        self._key_ids: tuple[dict[str, str], dict[str, str]] | None = None  # (keymap, key -> binding id)

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            yield Sidebar(id="sidebar")
            with TitledPane(id="list-pane"):
                # Always there, one line: opening or closing it never resizes the list.
                yield Input(placeholder=SEARCH_HINT, id="search")
                yield ArticleTable(id="articles")
                yield StoryTable(id="stories")
                yield AgendaTable(id="agenda")
            yield ReadingPane(id="reading")
        yield CutLines(id="status")
        yield KeysFooter()

    def on_mount(self) -> None:
        self._articles = self.query_one("#articles", ArticleTable)  # read again on unmount, when queries find nothing
        # Now, not on a later tick: Textual has focused the first pane, the sidebar, and a sidebar
        # with focus keeps its cursor where the user moves it, not on the view reopened below.
        self.focus_now(self.table)
        try:
            empty = self.library.is_empty()
            if not empty:
                self.reload(keep=self._restore_place())
        except NewsbriefError as exc:
            if self.library.checked:
                raise
            # Opened without the whole-file check (a big library) and the first read failed:
            # check now; the app sets a damaged file aside and starts afresh.
            self.app.post_message(self.LibraryDamaged(self.library.check() or str(exc)))
            return
        self._apply_list_width(self.library.get_setting(LIST_WIDTH_SETTING))
        if empty:
            self.first_run = True
            self.set_status("Importing the sample articles…")
            self._seed()
        else:
            self.set_status(IDLE_TIP)
        self.call_after_refresh(self._started)

    def on_unmount(self) -> None:
        place = {"view": self.view, "source_id": self.source_id, "tag": self.tag,
                 "article": None if self.overview else self._articles.current_id}
        self.write(lambda library: library.set_setting(PLACE_SETTING, place))
        self.writer.close()  # every decision queued is written before the app closes the library

    def _restore_place(self) -> str | None:
        """The view, source or tag the reader was left in, as the last quit wrote it; the
        article the cursor was on (None: the list's first). What is gone since is left out."""
        place = self.library.get_setting(PLACE_SETTING)
        if not isinstance(place, dict) or place.get("view") not in VIEWS:
            return None
        source_id, tag, article = place.get("source_id"), place.get("tag"), place.get("article")
        if source_id is not None and source_id not in {s.id for s in self.library.sources(counts=False)}:
            return None
        self.view = place["view"]
        self.source_id = source_id
        # As the sidebar spells it now: tags differing only by case are one tag.
        names = {name.casefold(): name for name, _count in self.library.all_tags()}
        self.tag = names.get(tag.casefold()) if isinstance(tag, str) else None
        return article if isinstance(article, str) else None

    def _started(self) -> None:
        """The first screen is painted: now the work in the background (index, refresh, watch)."""
        self._painted = True
        self.app.post_message(self.Painted())
        self.write(lambda library: None)  # the writer opens its connection now, off this thread
        self.sidebar.show(self.counts, self.source_list, self.tag_list)
        self.sidebar.select(self.view, self.source_id, self.tag)  # Stories or the Agenda reopened: listed later
        if not self.first_run:
            self.start_index()
        self._keep_fresh()

    # -- the pane with the focus -------------------------------------------------------
    # Its border is the accent colour. Set here on the three panes (not by `:focus-within` in the
    # stylesheet, which restyles every widget inside the panes whenever focus moves): a move of
    # the focus recolours two borders and repaints nothing else.

    @on(events.Mount)
    def _follow_the_theme(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._show_focused_pane())

    @on(events.DescendantFocus)
    def _focus_moved(self) -> None:
        self._show_focused_pane()

    def _show_focused_pane(self, focused: Widget | None = None) -> None:
        """The borders for the focus as it is, or as it will be in a moment (`focused`, whose focus
        is still on its way): painted in the same frame as the change that moves the focus."""
        theme = self.app.theme
        if self._border_colours[0] != theme:
            variables = self.app.get_css_variables()
            self._border_colours = (theme, Color.parse(variables["panel"]), Color.parse(variables["accent"]))
        _theme, panel, accent = self._border_colours
        focused = focused or self.focused
        for pane in (self.sidebar, self.query_one("#list-pane"), self.reading):
            within = focused is not None and (focused is pane or pane in focused.ancestors)
            border = ("round", accent if within else panel)
            if pane.styles.border_top != border:  # setting it repaints the pane even if unchanged
                pane.styles.border = border

    # -- fresh without asking -----------------------------------------------------------

    def _keep_fresh(self) -> None:
        """Refresh on start and every N minutes (config), and show what other processes
        (`newsbrief add` or `refresh` in another terminal) put in the library."""
        config = self.config
        if getattr(config, "refresh_on_start", False) and self.source_list:
            self.start_refresh(None, quiet=True)
        minutes = getattr(config, "refresh_minutes", 0) or 0
        if minutes > 0:
            self.set_interval(minutes * MINUTE, partial(self.start_refresh, None, quiet=True),
                              name="refresh-every")
        self._own_writes_seen()
        self.set_interval(WATCH_SECONDS, self._watch_library, name="library-watch")

    # What changed the library is asked of the writer's connection: the reader's own decisions
    # are written there, and `data_version` counts only the commits of other connections.

    def _watch_library(self) -> None:
        if self._watching or self._own_work_running():
            return  # its end reloads the list anyway
        self._watching = True
        self.write(_version_of, self._watched)

    def _own_work_running(self) -> bool:
        return any(w.group in ("refresh", "index", "seed") and w.is_running for w in self.workers)

    def _watched(self, version: int | None) -> None:
        self._watching = False
        if version is None or version == self._data_version or self._own_work_running():
            return
        if self._own_wrote:
            # A worker of ours has just ended (and is no longer running) but the version its
            # message will read is not read yet: what changed is its own, not news from outside.
            self._own_wrote = False
            self._data_version = version
            return
        self._data_version = version
        self.start_index()  # cheap when nothing is new; keeps Stories and Agenda in step
        before = self.table.total
        self.reload_later(self.table.current_id, partial(self._arrived, before))

    def _arrived(self, before: int) -> None:
        arrived = self.table.total - before
        if arrived > 0 and not self.overview:
            self.set_status(Text(f"{arrived} new article{'s' if arrived != 1 else ''} arrived "
                                 "(added from outside the reader)"))

    def _own_writes_seen(self) -> None:
        """The refresh and index workers write on a connection of their own (`sibling`), which
        `data_version` counts as another process: what they wrote is not news from outside."""
        self.write(_version_of, self._version_seen)

    def _version_seen(self, version: int | None) -> None:
        self._own_wrote = False
        if version is not None:
            self._data_version = version

    @work(thread=True, group="seed", exit_on_error=False, name="seeding")
    def _seed(self) -> None:
        # The cheap check first: the loader (the refresh stage) is imported only on a first run.
        try:
            added = briefs.ensure_seeds(self.library, briefs.seeds_dir()) if self.library.needs_seeds() else 0
        finally:
            self._own_wrote = True
        self.post_message(self.Seeded(added))

    @on(Seeded)
    def _seeded(self, message: Seeded) -> None:
        self._own_writes_seen()
        self.reload()
        self.set_status(FIRST_RUN_TIP)
        self.start_index()

    # -- stories and the agenda stay indexed ------------------------------------------------

    def start_index(self) -> None:
        """Cluster new articles into stories and read their next steps, in a thread worker
        (cheap when nothing is new); one run at a time, another after it if asked meanwhile."""
        if any(w.group == "index" and w.is_running for w in self.workers):
            self._index_again = True
            return
        self._index_again = False
        self._index()

    @work(thread=True, group="index", exit_on_error=False, name="indexing stories and agenda")
    def _index(self) -> None:
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            if worker.is_cancelled:
                raise _IndexStopped  # between batches: what is written stays consistent
            self.post_message(self.IndexProgress(done, total))

        try:
            # On a connection of its own: the list keeps reading its pages meanwhile.
            with self.library.sibling() as library:
                indexed = briefs.update_index(library, progress=progress)
                if worker.is_cancelled:
                    return
                stories = agenda = as_of = None
                if self._overviews_wanted:  # read once Stories or Agenda was opened: at 100,000
                    # The count first, then the writer: a decision counted after the count, or
                    # still queued, makes the states read below possibly stale.
                    decisions = self._decisions
                    as_of = decisions if self.writer.idle else None
                    stories = briefs.list_stories(library, update=False)  # articles they take
                    agenda = briefs.agenda_items(library, update=False)  # hundreds of megabytes
        except _IndexStopped:
            return
        except NewsbriefError:
            if worker.is_cancelled:
                return  # the library closed under it as the reader quit
            raise  # said on screen by `_worker_failed`; the next refresh tries again
        finally:
            self._own_wrote = True
        if not worker.is_cancelled:
            self.post_message(self.IndexUpdated(indexed, stories, agenda, as_of))

    @on(IndexProgress)
    def _index_progress(self, message: IndexProgress) -> None:
        if self.view in OVERVIEWS and message.done < message.total:
            self.set_status(Text(f"Indexing stories and agenda {message.done}/{message.total}…", style="bold"))

    @on(IndexUpdated)
    def _index_updated(self, message: IndexUpdated) -> None:
        self._own_writes_seen()
        if message.stories is None:  # the lists were not read: nothing to show
            if message.indexed:
                self.story_briefs.clear()
            if self._index_again:
                self.start_index()
            return
        states = {story.id: story.states for story in message.stories}
        changed = (message.stories, message.agenda, states) != (self.stories, self.agenda, self.story_states)
        self.stories, self.agenda, self.story_states = message.stories, message.agenda, states
        if message.indexed:
            self.story_briefs.clear()
        if changed and self.view in OVERVIEWS:
            # The states came with the stories: the reload reads them again only if a decision
            # may have landed since.
            self._states_as_of = message.states_as_of
            self.reload(keep=self.table.current_id)
            if message.indexed:
                self.set_status(Text(f"Stories and agenda up to date ({message.indexed} article"
                                     f"{'s' if message.indexed != 1 else ''} indexed)"))
        if self._index_again:
            self.start_index()

    # -- handy parts --------------------------------------------------------------------

    @property
    def table(self) -> RowList:
        """The list in view: articles, or (Stories, Agenda) an `OverviewTable`."""
        if self.view in OVERVIEWS:
            return self.query_one(f"#{self.view}", OverviewTable)
        return self.query_one("#articles", ArticleTable)

    @property
    def overview(self) -> bool:
        return self.view in OVERVIEWS

    @property
    def reading(self) -> ReadingPane:
        return self.query_one(ReadingPane)

    @property
    def sidebar(self) -> Sidebar:
        return self.query_one(Sidebar)

    @property
    def narrow(self) -> bool:
        return self.has_class("-narrow")

    def set_status(self, text: str | Text) -> None:
        self.query_one("#status", Static).update(text if isinstance(text, Text) else Text(text), layout=False)

    def say(self, message: str) -> None:
        """A confirmation on the status line, in place of the last: a reader triaging fast keeps
        the list and the reading pane in sight (a toast is three or four lines at 80 columns, and
        a pile of them covers the pane). Problems stay toasts (`tell`)."""
        self.set_status(Text(clean_line(message, 1000)))

    def tell(self, message: str, severity: str = "information", timeout: float = 6) -> None:
        """A notification; the text may hold strangers' words, so it is never parsed as markup."""
        lines = "\n".join(clean_line(line, 1000) for line in (message.splitlines() or [""])[:12])  # each line cleaned
        self.app.notify(lines, severity=severity, timeout=timeout,  # type: ignore[arg-type]
                        markup=False)

    def remember(self, brief: Brief) -> None:
        self.briefs[brief.article.id] = brief
        self.briefs.move_to_end(brief.article.id)
        while len(self.briefs) > BRIEF_CACHE:
            self.briefs.popitem(last=False)

    # -- loading views ------------------------------------------------------------------

    def reload(self, keep: str | None = None, counts: bool = True) -> None:
        """Query the library for the current view/source/search and show it."""
        self._search_number += 1  # a search still running was for another list: drop it
        for view in OVERVIEWS:
            self.set_class(self.view == view, f"-{view}")
        # `/` is off in Stories and the Agenda: the line says where searching works.
        self.query_one("#search", Input).placeholder = OVERVIEW_SEARCH_HINT if self.overview else SEARCH_HINT
        if self.overview:
            self._load_overview(keep, counts)
            return
        if self.search:  # a search indexes what a refresh stored first: a write, never on this thread
            self.reload_later(keep)
            return
        self.show_articles(self.article_pages(self.view, self.source_id, self.search, self.tag), keep, counts)

    def reload_later(self, keep: str | None = None, then: Callable[[], None] | None = None) -> None:
        """`reload`, with the list's order, the counts, the sources and the tags read by the
        writer (after every decision before it): what a refresh's end or another process
        changed costs the screen's thread no query that grows with the library."""
        if self.overview:
            self.reload(keep)
            if then is not None:
                then()
            return
        self._search_number += 1  # a search still running was for another list: drop it
        number = self._search_number
        view, source_id, search, tag = self.view, self.source_id, self.search, self.tag

        def read(library: Library) -> tuple[Any, ...]:
            keys = library.article_keys(view=view, source_id=source_id, search=search, tag=tag)
            return keys, _counts_of(library)

        def listed(result: tuple[Any, ...]) -> None:
            if number != self._search_number:
                return  # a newer view, search or reload came after it
            keys, counts = result
            self.counts, self.source_list, self.tag_list = counts
            self.show_articles(ArticlePages(self.library, keys), keep, counts=False, force=False)
            self.sidebar.show(self.counts, self.source_list, self.tag_list)
            if then is not None:
                then()

        # No `stale`: a list a later key overtook is read again after that key's write (shown as
        # read, it would undo what the key showed).
        self.read_after_decisions(read, listed)

    def article_pages(self, view: str, source_id: int | None, search: str | None, tag: str | None) -> ArticlePages:
        """The list of a view, source, tag and search: its order now, its rows page by page."""
        keys = self.library.article_keys(view=view, source_id=source_id, search=search, tag=tag)
        return ArticlePages(self.library, keys)

    def show_articles(self, pages: ArticlePages, keep: str | None = None, counts: bool = True,
                      preview_now: bool = True, force: bool = True) -> None:
        """Show a list; the reading pane shows its current article (`preview_now` False: once the
        list is painted and the cursor rests, as a search's results do; `force` False: an article
        the pane shows already keeps its brief as drawn, as after a refresh)."""
        table = self.table
        table.show(pages, search_terms(self.search), keep)
        if counts:
            self.update_counts()
        else:
            self._update_list_title()
        self.sidebar.select(self.view, self.source_id, self.tag)
        if len(pages):
            if not preview_now:
                self.schedule_preview(force=True)
            elif self._painted:
                self.preview(table.current_id, force=force)
            else:  # starting: the list paints first, then the brief is asked for
                self.call_after_refresh(partial(self.preview, table.current_id, force=True))
        else:
            empty = "Nothing here." if not self.search else "No article matches the search."
            self.reading.clear(empty)

    def _load_overview(self, keep: str | None, counts: bool) -> None:
        """The Stories or Agenda list, from the index (brought up to date by `start_index`)."""
        table = self.table
        listed = self.stories if self.view == "stories" else self.agenda
        if listed is None:  # not read yet: the index worker reads the lists and fills this one
            self._overviews_wanted = True
            self.start_index()
            table.load([], None, None)
            self._update_list_title()
            self.sidebar.select(self.view, None, None)
            self.reading.clear("Gathering stories and the agenda…")
            return
        rows = story_rows(listed, self.story_states) if self.view == "stories" else agenda_rows(listed)
        table.load(rows, None, keep)
        as_of, self._states_as_of = self._states_as_of, None  # serves this load only
        if self.view == "stories" and as_of != self._decisions:
            self.read_story_states()  # decisions made in the article views since the index read them
        if keep is None or keep not in table.rows_by_id:
            assert isinstance(table, OverviewTable)
            table.first_entry()
        if counts:
            self.update_counts()
        else:
            self._update_list_title()
        self.sidebar.select(self.view, None, None)
        if rows:
            self.schedule_preview()  # once the cursor rests: the list paints first
        else:
            self.reading.clear("No stories yet: they gather as articles arrive." if self.view == "stories"
                               else "No next steps in the library yet.")

    def update_counts(self) -> None:
        """The counts, sources and tags: read now while starting (the first screen shows them),
        afterwards by the writer, after the decisions before them (`recount`)."""
        if self._painted:
            self.recount()
            self._update_list_title()
            return
        self.counts = self.library.counts()
        self.source_list = self.library.sources()
        self.tag_list = self.library.all_tags()
        self.sidebar.show(self.counts, self.source_list, self.tag_list)
        self._update_list_title()

    def recount(self) -> None:
        """Read the counts, sources and tags again, in the writer after the writes queued before."""
        self.read_after_decisions(_counts_of, self._counted)

    def _counted(self, result: Counts) -> None:
        self.counts, self.source_list, self.tag_list = result
        self.sidebar.show(self.counts, self.source_list, self.tag_list)
        self._update_list_title()

    def read_after_decisions(self, job: Callable[[Library], T], then: Callable[[T], None],
                             stale: Callable[[T], None] | None = None) -> None:
        """Run `job(library)` in the writer, after every decision queued before it, and `then`
        with its result; if a later decision was made meanwhile, the result may not count it:
        `stale(result)` is called instead, or without `stale` the job runs again (a read)."""
        decisions = self._decisions

        def done(result: T) -> None:
            if decisions == self._decisions:
                then(result)
            elif stale is not None:
                stale(result)
            else:
                self.read_after_decisions(job, then)

        self.write(job, done)

    def write(self, job: Callable[[Library], Any], then: Callable[[Any], None] | None = None) -> None:
        """Run `job(library)` in the writer, in order after every job before it; `then(result)`
        on this thread. A failure is said on screen and the list read again."""

        def done(future: Future[Any]) -> None:
            error = future.exception()
            if error is not None:
                self.post_message(self.WriteFailed(str(error)))
            elif then is not None:
                self.post_message(self.WriteDone(partial(then, future.result())))

        try:
            self.writer.submit(job, done)
        except NewsbriefError:
            pass  # closing: the writer has stopped taking jobs

    @on(WriteDone)
    def _write_done(self, message: WriteDone) -> None:
        message.then()

    @on(WriteFailed)
    def _write_failed(self, message: WriteFailed) -> None:
        self.tell(message.problem, severity="error", timeout=8)
        self.reload_later(self.table.current_id)  # show what the library holds

    def place_name(self) -> str:
        """Where the list is: the view, and the source or tag it is narrowed to."""
        parts = [VIEW_NAMES[self.view]]
        name = next((s.title for s in self.source_list if s.id == self.source_id), "") if self.source_id is not None else ""
        if name:  # none: the source shown was removed (by another process)
            parts.append(clean_line(name, 60))
        if self.tag is not None:
            parts.append("#" + clean_line(self.tag, 40))
        return " · ".join(parts)

    def _update_list_title(self) -> None:
        # The list's source column follows the sources it may show (none in a source's own view).
        self._articles.show_sources([] if self.source_id is not None else [s.title for s in self.source_list])
        title = Text(VIEW_NAMES[self.view], style="bold")
        rest = self.place_name()[len(VIEW_NAMES[self.view]):]
        if rest:
            title.append(rest)
        count = self.table.total
        if self.view == "stories":
            title.append(f" · {count} stor{'y' if count == 1 else 'ies'}", style="dim")
        elif self.view == "agenda":
            count = sum(1 for r in self.table.rows_by_id.values() if not r.is_header)
            title.append(f" · {count} next step{'' if count == 1 else 's'}", style="dim")
        else:
            said = f" · {count} article{'' if count == 1 else 's'}"
            unread = self._unread_here()
            if unread is not None:  # as newsboat's title: the sidebar that says it may be hidden
                said += f", {unread} unread"
            title.append(said, style="dim")
        if self.search:
            title.append(" · search: ", style="dim")
            title.append(clean_line(self.search, 60), style="reverse")
            title.append("  (q clears)", style="dim")
        self.query_one("#list-pane", TitledPane).show_title(title)

    def _unread_here(self) -> int | None:
        """How many of the list's articles are unread, where the counts say it (the inbox or
        all, whole or one source's; not a search or a tag, which the counts do not cover)."""
        if self.search or self.tag is not None or self.view not in ("inbox", "all"):
            return None
        if self.source_id is None:
            return self.counts.get("unread")
        return next((s.unread for s in self.source_list if s.id == self.source_id), None)

    def choose(self, view: str, source_id: int | None, tag: str | None = None) -> None:
        self.view, self.source_id, self.search, self.tag = view, source_id, None, tag
        self.query_one("#search", Input).value = ""
        self.reload()
        self.show_list()

    @on(Sidebar.Chosen)
    def _chosen(self, message: Sidebar.Chosen) -> None:
        if self.narrow and self.sidebar_visible:  # it lay over the list: make way for it
            self.sidebar_wanted = None
            self._place_sidebar()
        self.choose(message.view, message.source_id, message.tag)
        if message.source_id is not None:
            self._describe_source(message.source_id)

    @on(Sidebar.Pointed)
    def _pointed(self, message: Sidebar.Pointed) -> None:
        if message.source_id is None:
            self.set_status(IDLE_TIP)
        else:
            self._describe_source(message.source_id)

    def _describe_source(self, source_id: int) -> None:
        """The status line names the source's address and, if its last refresh failed, why:
        the failure first, as the line is cut from the right and the reason is what the user
        needs (the reason does not say the address again)."""
        info = next((s for s in self.source_list if s.id == source_id), None)
        if info is None:
            return
        status = Text()
        if info.last_error:
            status.append("Last refresh failed: ", style="bold red")
            status.append(clean_line(info.last_error, 300))
            status.append(" · ")
        status.append(clean_line(info.location, 120), style="dim")
        self.set_status(status)

    # -- the reading pane follows the cursor ------------------------------------------

    @on(RowList.Highlighted, "#articles")
    def _highlighted(self, event: RowList.Highlighted) -> None:
        event.stop()
        self.schedule_preview()

    @on(RowList.Selected, "#articles")
    def _selected(self, event: RowList.Selected) -> None:
        event.stop()
        self.action_open()

    @on(RowList.Highlighted, "#stories, #agenda")
    def _overview_highlighted(self, event: RowList.Highlighted) -> None:
        event.stop()
        if event.row_list is self.table:
            self.schedule_preview()

    @on(RowList.Selected, "#stories, #agenda")
    def _overview_selected(self, event: RowList.Selected) -> None:
        event.stop()
        if event.row_list is self.table:
            self.action_open()

    def schedule_preview(self, force: bool = False) -> None:
        """The reading pane follows the cursor once it rests (PREVIEW_DELAY): held keys stay fast.
        `force`: shown afresh even if it is the article already shown (a search's highlights)."""
        self._preview_force = self._preview_force or force
        if self._preview_timer is not None:
            self._preview_timer.stop()
        self._preview_timer = self.set_timer(PREVIEW_DELAY, self._preview_current)

    def _preview_current(self) -> None:
        self._preview_timer = None
        force, self._preview_force = self._preview_force, False
        if self.overview:
            self._preview_overview()
        else:
            self.preview(self.table.current_id, force=force)

    def _overview_row(self) -> OverviewRow | None:
        row = self.table.current_row if self.overview else None
        return row if isinstance(row, OverviewRow) else None

    def _preview_overview(self) -> None:
        """The reading pane follows the Stories or Agenda cursor: a story's merged brief (made in
        a worker, then kept), an agenda step with each source's sentence."""
        row = self._overview_row()
        pane = self.reading
        if row is None:
            return
        if row.item is not None:
            pane.show_lines(agenda_title(row.item), agenda_lines(row.item), "", key=row.id)
        elif row.story is not None:
            story = row.story
            ready = self.story_briefs.get(story.id)
            if ready is not None:
                pane.show_lines(story_title(story), story_lines(ready), "This story gave no brief.", key=row.id)
            else:
                pane.show_lines(story_title(story), [], f"Merging the briefs of {len(story.articles)} "
                                f"article{'s' if len(story.articles) != 1 else ''}…", key=row.id)
                self._make_story_brief(story)
        else:
            heading = Text(str(row.cells[1]), style="bold")
            pane.show_lines(heading, [], "The next steps below fall in this period.", key=row.id)

    @work(thread=True, group="story", exclusive=True, exit_on_error=False, name="merging a story's briefs",
          description="merging a story's briefs")
    def _make_story_brief(self, story: Story) -> None:
        worker = get_current_worker()
        merged = briefs.story_brief(self.writer.library, story)
        if not worker.is_cancelled:
            self.post_message(self.StoryReady(story.id, merged))

    @on(StoryReady)
    def _story_ready(self, message: StoryReady) -> None:
        self.story_briefs[message.story_id] = message.brief
        self.story_briefs.move_to_end(message.story_id)
        while len(self.story_briefs) > BRIEF_CACHE:
            self.story_briefs.popitem(last=False)
        row = self._overview_row()
        if row is not None and row.story is not None and row.story.id == message.story_id:
            self.reading.show_lines(story_title(row.story), story_lines(message.brief),
                                    "This story gave no brief.", key=row.id)

    def preview(self, article_id: str | None, force: bool = False) -> None:
        """Show the brief of `article_id` at once if known, else ask a worker for it."""
        if article_id is None:
            return
        row = self.table.rows_by_id.get(article_id)
        if row is None:
            return
        pane = self.reading
        if not force and pane.article_id == article_id and pane.brief is not None:
            pane.show_title(row)
            return
        brief = self.briefs.get(article_id)
        if brief is not None:
            pane.show_brief(row, brief, self.search)
        else:
            pane.show_waiting(row)
            self.want_brief(article_id)
        self.schedule_prefetch()

    def want_brief(self, article_id: str) -> None:
        if self.table.current_id != article_id or article_id in self.briefs or article_id in self._briefing:
            return
        self._make_brief(article_id)

    @work(thread=True, group="brief", exclusive=True, exit_on_error=False, name="briefing")
    def _make_brief(self, article_id: str) -> None:
        # Marked here, not when asked: a worker replaced before it starts never runs.
        if article_id in self._briefing:
            return
        self._briefing.add(article_id)
        try:
            brief = self.writer.library.brief(article_id)  # may cache it: a write, off the screen's connection
        finally:
            self._briefing.discard(article_id)
        # Posted even when the cursor has moved on (the worker cancelled): the brief is kept,
        # and shown if the cursor comes back to it; it is not made a second time.
        self.post_message(self.BriefReady(article_id, brief))

    @on(BriefReady)
    def _brief_ready(self, message: BriefReady) -> None:
        self.remember(message.brief)
        # Only the article still under the cursor gets the pane; others wait in the cache.
        if self.table.current_id == message.article_id:
            row = self.table.rows_by_id.get(message.article_id)
            if row is not None and self.reading.brief is None:
                self.reading.show_brief(row, message.brief, self.search)

    def schedule_prefetch(self) -> None:
        if self._prefetch_timer is not None:
            self._prefetch_timer.stop()
        self._prefetch_timer = self.set_timer(0.3, self._prefetch)

    def _prefetch(self) -> None:
        wanted = [i for i in self.table.ids_around() if i not in self.briefs]
        if wanted:
            self._prefetch_work(wanted)

    @work(thread=True, group="prefetch", exclusive=True, exit_on_error=False, name="prefetching briefs",
          description="prefetching the briefs of the rows in view")
    def _prefetch_work(self, ids: list[str]) -> None:
        worker = get_current_worker()
        for article_id in ids:
            if worker.is_cancelled:
                return
            if article_id in self._briefing:
                continue  # being made now: its worker posts it
            self._briefing.add(article_id)
            try:
                brief = self.writer.library.brief(article_id)
            except NewsbriefError:
                continue  # deleted meanwhile; the pane asks again if it needs it
            finally:
                self._briefing.discard(article_id)
            if worker.is_cancelled:
                return
            self.post_message(self.BriefReady(article_id, brief))
            time.sleep(0.005)  # hand the GIL back: keys first, background briefs second

    @on(BriefView.JumpRequested)
    def _jump(self, message: BriefView.JumpRequested) -> None:
        if message.article_id is not None:
            self.show_evidence(message.article_id, message.span)
            return
        if message.span is None:
            self.tell("This line has no single sentence behind it in the article.")
            return
        self.show_reading()
        self.reading.jump_to(message.span)
        if self.reading.mode == "article":  # the brief is hidden now: keep focus visible
            self.focus_now(self.reading.article_view)

    def show_evidence(self, article_id: str, span: tuple[int, int] | None) -> None:
        """Open `article_id`'s text at `span`, centred (a story's or the agenda's line)."""
        self._evidence_number += 1
        self._evidence_work(self._evidence_number, article_id, span)

    @work(thread=True, group="evidence", exclusive=True, exit_on_error=False, name="opening the source")
    def _evidence_work(self, number: int, article_id: str, span: tuple[int, int] | None) -> None:
        worker = get_current_worker()
        try:
            row = self.library.row(article_id)
            brief = self.briefs.get(article_id) or self.writer.library.brief(article_id)
        except NewsbriefError as exc:
            self.post_message(self.Written("source", None, str(exc)))
            return
        if not worker.is_cancelled:
            self.post_message(self.EvidenceReady(number, row, brief, span))

    @on(EvidenceReady)
    def _evidence_ready(self, message: EvidenceReady) -> None:
        if message.number != self._evidence_number:
            return  # the user asked for another line since
        self.remember(message.brief)
        self.show_reading()
        self.reading.show_evidence(message.row, message.brief, message.span)
        self.focus_now(self.reading.article_view)

    # -- moving -------------------------------------------------------------------------

    # j/k/g/G move in the list that has focus: the sidebar's own (as its ↓/↑/home/end do), else
    # the article list. (They moved the article list from the sidebar too: hidden behind it on a
    # narrow screen, and X or r then meant the source of an article the user could not see.)

    def _moving(self) -> Sidebar | RowList | None:
        """The list j/k/g/G move: the sidebar when it has focus, else the article list (None
        when that is empty)."""
        if self.sidebar.has_focus:
            return self.sidebar
        return self.table if self.table.row_count else None

    def action_next(self) -> None:
        if (target := self._moving()) is not None:
            target.action_cursor_down()

    def action_previous(self) -> None:
        if (target := self._moving()) is not None:
            target.action_cursor_up()

    def action_first(self) -> None:
        if (target := self._moving()) is not None:
            target.action_first()

    def action_last(self) -> None:
        if not self.sidebar.has_focus:
            self.table.ensure_loaded()
        if (target := self._moving()) is not None:
            target.action_last()

    def _find_unread(self, step: int) -> int | None:
        """The next (or previous) unread row; n counts the row under the cursor while it is
        unread and not opened yet (the list's first article, which the cursor starts on), as
        newsboat's first n does, so reading on with n leaves nothing behind."""
        table = self.table
        start = table.cursor_row + step
        if step > 0 and table.current_id is not None and table.current_id != self._opened:
            start = table.cursor_row
        return table.find_state(start, step, "unread")

    def action_next_article(self) -> None:
        self._step_article(1)

    def action_previous_article(self) -> None:
        self._step_article(-1)

    def _step_article(self, step: int) -> None:
        """J/K: the next or previous article, opened (marked read), focus left where it is (in
        Stories and the Agenda, whose rows are not articles: said why not, and what to press)."""
        if self.overview:
            keys = f"{self.key_for('next_article')}/{self.key_for('previous_article')}"
            moves = f"{self.key_for('next')}/{self.key_for('previous')} move, {self.key_for('open')} opens "
            if self.view == "stories":
                nearby = f"{self.key_for('next_unread')}/{self.key_for('previous_unread')} open the next story with unread"
                self.say(f"{keys} open the next/previous article; these rows are stories: {moves}one, {nearby}.")
            else:
                self.say(f"{keys} open the next/previous article; these rows are steps: {moves}a step's article.")
            return
        table = self.table
        index = table.cursor_row + step
        if step > 0 and index >= table.row_count:
            table.ensure_loaded()
        if not 0 <= index < table.row_count:
            self.say("That was the " + ("last" if step > 0 else "first") + " article here.")
            return
        table.move_cursor(row=index, animate=False)
        row = table.current_row
        if row is None:
            return
        self._opened = row.id
        if row.state == "unread":
            self.set_state(row, "read")
        self.preview(row.id)
        self.reading.to_top()

    def action_next_unread(self) -> None:
        self._open_unread(1)

    def action_previous_unread(self) -> None:
        self._open_unread(-1)

    def _open_unread(self, step: int) -> None:
        if self.view == "agenda":
            self.say(f"{self.key_for('next_unread')}/{self.key_for('previous_unread')} go to unread articles; "
                     f"the Agenda lists next steps: j/k move, {self.key_for('open')} opens a step's article.")
            return
        if self.view == "stories":
            self._open_unread_story(step)
            return
        index = self._find_unread(step)
        if index is None and step > 0 and self._on_to_next_source():
            return
        if index is None:
            self.say("No more unread articles " + ("below." if step > 0 else "above."))
            return
        self.table.move_cursor(row=index, animate=False)
        self.action_open()

    def _open_unread_story(self, step: int) -> None:
        """n/p in Stories: the next (previous) story with an unread article, its brief opened."""
        table = self.table
        index = table.cursor_row + step
        while 0 <= index < table.row_count:
            row = table.source.row_at(index)
            if isinstance(row, OverviewRow) and row.story is not None:
                counts = self.story_states.get(row.story.id)
                if not counts or counts.get("unread"):  # as the row's mark reads them
                    table.move_cursor(row=index, animate=False)
                    self._open_overview()
                    return
            index += step
        self.say("No more stories with unread articles " + ("below." if step > 0 else "above."))

    def _on_to_next_source(self) -> bool:
        """n with nothing unread below in a source's list: the next source (in the sidebar's
        order, round to the first) with unread articles, its first unread opened, as newsboat's
        n goes on to the next feed. False when the list is not one source's unread articles."""
        if self.source_id is None or self.search or self.tag is not None or self.view not in ("inbox", "all"):
            return False
        ids = [s.id for s in self.source_list]
        if self.source_id not in ids:
            return False
        at = ids.index(self.source_id)
        left = clean_line(self.place_name(), 80)
        for source in self.source_list[at + 1:] + self.source_list[:at]:
            if not source.unread:
                continue
            keys = self.library.article_keys(view=self.view, source_id=source.id)
            if not self.library.keys_in_state(keys, "unread"):
                continue  # its count was older than its articles
            self.choose(self.view, source.id)
            self.sidebar.select(self.view, source.id, follow=True)
            index = self.table.find_state(0, 1, "unread")
            if index is None:  # read meanwhile (another terminal): the list is there all the same
                self.say(f"Nothing unread left in {left}: on to {clean_line(source.title, 60)}.")
                return True
            self.table.move_cursor(row=index, animate=False)
            self.action_open()
            self.say(f"Nothing unread left in {left}: on to {clean_line(source.title, 60)}.")
            return True
        return False

    def action_open(self) -> None:
        if self.overview:
            self._open_overview()
            return
        row = self.table.current_row
        if row is None:
            return
        if self._preview_timer is not None:  # the pane shows this row now: nothing to follow
            self._preview_timer.stop()
            self._preview_timer = None
        self._opened = row.id
        if row.state == "unread":
            self.set_state(row, "read")
        self.preview(row.id)
        self.show_reading()
        pane = self.reading
        reading = pane.article_view if pane.mode == "article" else pane.brief_view
        self.focus_now(reading)
        self._show_focused_pane(reading)

    def _open_overview(self) -> None:
        """Enter on a story: its brief, focused (enter on a line goes to its sentence); on an
        agenda step: its first source's article at the step's sentence."""
        row = self._overview_row()
        if row is None or row.is_header:
            return
        if row.item is not None:
            if row.item.sources:
                source = row.item.sources[0]
                self.show_evidence(source.article_id, tuple(source.span))  # type: ignore[arg-type]
            return
        self._preview_overview()
        self.show_reading()
        pane = self.reading
        if pane.mode == "article":
            pane.set_mode("brief")
        self.focus_now(pane.brief_view)

    def _pane_widgets(self) -> list[Widget]:
        pane = self.reading
        reading: Widget = pane.article_view if pane.mode == "article" else pane.brief_view
        panes: list[Widget] = [self.table, reading]
        if self.sidebar_visible and not self.narrow:
            panes.insert(0, self.sidebar)
        return panes

    def _cycle_pane(self, step: int) -> None:
        panes = self._pane_widgets()
        focused = self.focused
        current = 0
        for index, widget in enumerate(panes):
            if focused is not None and (focused is widget or widget in focused.ancestors):
                current = index
        target = panes[(current + step) % len(panes)]
        if self.narrow:
            self.set_class(target is not self.table, "-reading")
        self.focus_now(target)

    def action_next_pane(self) -> None:
        self._cycle_pane(1)

    def action_previous_pane(self) -> None:
        self._cycle_pane(-1)

    def action_reading_mode(self, mode: str) -> None:
        pane = self.reading
        was_reading = self.focused is not None and pane in self.focused.ancestors
        pane.set_mode(mode)
        pane.to_top()
        if was_reading:  # the view that had focus may be hidden now: keep reading in the pane
            self.focus_now(pane.article_view if mode == "article" else pane.brief_view)
        if self.narrow:
            self.show_reading()

    def show_reading(self) -> None:
        if self.narrow:
            self.add_class("-reading")

    def show_list(self) -> None:
        self.remove_class("-reading")
        self.focus_now(self.table)

    def on_key(self, event: events.Key) -> None:
        """The keys that are off here (and out of the footer), said why: < or > below NARROW
        columns; f, d or s on an agenda step's line."""
        if isinstance(self.focused, Input):
            return
        binding_id = self._bound_to(event.key)
        if self.narrow and binding_id in ("narrow_list", "widen_list"):
            event.stop()
            narrower, wider = self.key_for("narrow_list"), self.key_for("widen_list")
            self.say(f"{narrower}/{wider} size the list beside the reading pane: the panes are side by side "
                     f"from {NARROW} columns (one shows at a time below).")
        elif binding_id is not None and self._acts_on_nothing(ACTIONS[binding_id]):
            event.stop()
            self._say_why_off(binding_id)

    async def run_command(self, binding_id: str) -> None:
        """A reader action chosen in the command palette: done, or said why not where it is off."""
        if self._acts_on_nothing(ACTIONS[binding_id]):
            self._say_why_off(binding_id)
        else:
            await self.run_action(ACTIONS[binding_id])

    def _say_why_off(self, binding_id: str) -> None:
        self._not_here(binding_id, ONE_ARTICLE_DOES[binding_id])

    def _bound_to(self, key: str) -> str | None:
        """The id of the reader's binding for `key` (after the user's keymap), as Textual names keys."""
        keymap = dict(getattr(self.app, "keymap", {}))
        if self._key_ids is None or self._key_ids[0] != keymap:  # made once per keymap, not per key
            bindings = BindingsMap(READER_BINDINGS)
            bindings.apply_keymap(keymap)
            self._key_ids = (keymap, {bound: binding.id for bound, binding in bindings if binding.id})
        return self._key_ids[1].get(key)

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")
        self.set_class(event.size.width < MEDIUM, "-medium")
        self._place_sidebar()

    @property
    def sidebar_visible(self) -> bool:
        if self.sidebar_wanted is not None:
            return self.sidebar_wanted
        return not self.has_class("-medium")  # by default: only when there is room for three panes

    def _place_sidebar(self) -> None:
        self.set_class(not self.sidebar_visible, "-no-sidebar")
        self.refresh_bindings()  # on a narrow screen the row keys go off and on with it (check_action)

    def action_resize_list(self, step: int) -> None:
        """< and >: the list pane narrower or wider (the reading pane takes the rest), remembered."""
        now = self.list_width
        if now is None:  # as the stylesheet has it: its share now, to the nearest step
            room = self.query_one("#list-pane").size.width + self.reading.size.width
            now = round(self.query_one("#list-pane").size.width * 100 / room / 5) * 5 if room else DEFAULT_LIST_WIDTH
        wanted = min(max(now + 5 * step, LIST_WIDTHS[0]), LIST_WIDTHS[-1])
        if wanted == self.list_width:
            self.say(f"The list is as {'wide' if step > 0 else 'narrow'} as it goes ({wanted}% of the width).")
            return
        self._apply_list_width(wanted)
        self.write(lambda library: library.set_setting(LIST_WIDTH_SETTING, wanted))
        narrower, wider = self.key_for("narrow_list"), self.key_for("widen_list")
        self.say(f"List pane: {wanted}% of the width ({narrower} narrower, {wider} wider; remembered)")

    def _apply_list_width(self, share: object) -> None:
        """Give the list pane `share` per cent of the width beside the sidebar (None, or a value
        from another version: the stylesheet's widths)."""
        if not isinstance(share, int) or share not in LIST_WIDTHS:
            return
        self.list_width = share
        self.query_one("#list-pane").styles.width = f"{share}fr"
        self.reading.styles.width = f"{100 - share}fr"

    def action_toggle_sidebar(self) -> None:
        """Show or hide the sidebar at any width; below NARROW columns it opens over the list."""
        self.sidebar_wanted = not self.sidebar_visible
        self._place_sidebar()
        if self.sidebar_visible:
            self.remove_class("-reading")
            self.focus_now(self.sidebar)
        elif self.focused is None or self.focused is self.sidebar:
            self.focus_now(self.table)

    def action_cycle_view(self) -> None:
        index = VIEWS.index(self.view) if self.source_id is None else -1
        self.choose(VIEWS[(index + 1) % len(VIEWS)], None)
        # On the status line, not a toast: v pressed five times stacked five toasts over the list.
        self.set_status(f"View: {VIEW_NAMES[self.view]} (v: the next view)")

    def focus_now(self, widget: Widget) -> None:
        """Focus `widget` before the next key is handled. `Widget.focus()` moves focus on a
        later tick, so keys typed ahead (q q, enter j) acted on the pane before it."""
        self.set_focus(widget)
        if self.focused is not widget:  # not focusable yet (shown by this very key): next tick
            widget.focus()

    def action_back(self) -> None:
        """q, one step back at a time (as newsboat's q): out of the search line or the reading
        pane, then the search cleared, then from any other view, source or tag to the Inbox the
        reader opens on; from the Inbox with nothing open, quit."""
        if self._leave_pane():
            return
        if self.search:
            self.search = None
            self.query_one("#search", Input).value = ""
            self.reload(keep=self.table.current_id, counts=False)
        elif self.view != "inbox" or self.source_id is not None or self.tag is not None:
            left, inbox = self.place_name(), "the Inbox"
            if self.view == "inbox":  # a source of the Inbox: "Inbox · Seeds"
                left, inbox = left.removeprefix(VIEW_NAMES["inbox"]).removeprefix(" · "), "the whole Inbox"
            came_from = f" from {left}" if left else ""  # no name: the source shown was removed
            self.choose("inbox", None)
            self.say(f"Back to {inbox}{came_from} ({self.key_for('back')} again quits).")
        else:
            self.app.exit()

    def action_cancel(self) -> None:
        """escape: leave the search line (the search in force stays) or the reading pane."""
        self._leave_pane()

    def _leave_pane(self) -> bool:
        """Back from the search line or the reading pane to the list; False if already there."""
        search = self.query_one("#search", Input)
        if search.has_focus:
            self._stop_live_search()
            search.value = self.search or ""
            self.focus_now(self.table)
        elif self.narrow and self.sidebar_visible:
            self.sidebar_wanted = None  # it lay over the list: back to the list
            self._place_sidebar()
            self.focus_now(self.table)
        elif self.narrow and self.has_class("-reading"):
            self.show_list()
        elif self.focused is not None and self.reading in self.focused.ancestors:
            self.focus_now(self.table)
        else:
            return False
        return True

    # -- triage -------------------------------------------------------------------------

    def set_state(self, row: ArticleRow, state: str) -> ArticleRow:
        """Show the decision now (its row, the counts) and write it (`decide`)."""
        new = self.decide(row, state)
        self.table.update_article(new)
        return new

    def decide(self, row: ArticleRow, state: str) -> ArticleRow:
        """Move the counts by a decision and queue its write; the row as it is now. The key
        never waits: a refresh or the index may hold the write lock for seconds."""
        new = replace(row, state=state)
        if new == row:
            return row
        self._decisions += 1
        self.count_change(row, new)
        article_id = row.id
        self.write(lambda library: library.set_state(article_id, state))
        return new

    def count_change(self, old: ArticleRow, new: ArticleRow) -> None:
        """Move the counts by one decision, as `Library.counts` would (no query on a keypress)."""
        for name, counted in COUNTED.items():
            self.counts[name] = self.counts.get(name, 0) + counted(new) - counted(old)
        delta = (new.state == "unread") - (old.state == "unread")
        if delta and old.source_id is not None:
            self.source_list = [
                replace(s, unread=s.unread + delta) if s.id == old.source_id else s
                for s in self.source_list
            ]
        self.sidebar.show(self.counts, self.source_list, self.tag_list)
        self._update_list_title()  # its unread count

    def _current(self) -> ArticleRow | None:
        row = self.table.current_row
        if row is None:
            self.tell("No article selected.", severity="warning", timeout=3)
        return row

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """In the Stories and Agenda lists, `/` is off (and leaves the footer); the other keys
        that act on one article act there or say why not (`SAID_IN_OVERVIEWS`), except f, d and s
        on an Agenda step's line with no article opened: off, as they act on nothing there
        (`on_key` says why not). `/` in the search line types a slash, and `a` an a (priority
        keys, so they are asked here first). On a narrow screen with the sidebar open over the
        list, the keys that act on a row are off until it closes."""
        if action in TYPE_AHEAD and isinstance(self.focused, Input):
            return False  # a priority key: typed into the line
        if action == "resize_list" and self.narrow:
            return False  # one pane at a time: no width to share (and the footer keeps its room; `on_key` says so)
        if action in ROW_KEYS and self.narrow and not self.has_class("-no-sidebar"):
            return False  # below NARROW the sidebar lies over the list: no key acts on an unseen row
        if self._acts_on_nothing(action):
            return False  # off the footer, which shows the keys that act here; `on_key` says why not
        if self.view in OVERVIEWS and action in ROW_KEYS:
            return action in SAID_IN_OVERVIEWS
        return True

    def _acts_on_nothing(self, action: str) -> bool:
        """f, d and s in the Agenda with no article opened from a step's line: a step is not an
        article, and there is no story to act on."""
        return self.view == "agenda" and action in STORY_ONLY and self._opened_article() is None

    # -- a whole story at once --------------------------------------------------------------

    def _current_story(self) -> Story | None:
        row = self._overview_row()
        if row is None or row.story is None:
            self.tell("No story selected.", severity="warning", timeout=3)
            return None
        return row.story

    def read_story_states(self) -> None:
        """Read every story's article states again, in the writer after the decisions before it,
        and mark the story rows that changed (a decision on an article counts for its story)."""
        self.read_after_decisions(briefs.story_states, self._story_states_read)

    def _story_states_read(self, states: dict[str, dict[str, int]]) -> None:
        self.story_states = states
        self._mark_stories(states)

    def _mark_stories(self, states: dict[str, dict[str, int]]) -> None:
        """Mark anew the rows of the stories in `states` whose mark changed (others stay)."""
        table = self.table
        if self.view != "stories" or not isinstance(table, StoryTable):
            return
        for story_id, story_states in states.items():
            row = table.rows_by_id.get(f"story:{story_id}")
            if row is not None and row.story is not None and row.state != story_state(story_states):
                table.update_article(story_row(row.story, story_states))

    def _decide_story(self, story: Story, decide: Callable[[dict[str, str]], tuple[list[str], str]],
                      said: Callable[[dict[str, str], list[str], str], str]) -> None:
        """A whole story's decision, made and written in the writer in key order (its articles'
        states read there, after every decision before it); then its row's mark, what was done
        and the counts follow. `decide(states)` gives (ids to change, new state); `said(states, ids,
        state)` what was done."""
        self._decisions += 1
        ids = [a.id for a in story.articles]

        def write(library: Library) -> tuple[dict[str, str], list[str], str]:
            states = {}
            for article_id in ids:
                try:
                    states[article_id] = library.row(article_id).state
                except NewsbriefError:
                    continue  # removed with its source meanwhile
            todo, state = decide(states)
            # One decision for the story: one u puts every article back as it was.
            return states, library.set_states(todo, state), state

        def written(result: tuple[dict[str, str], list[str], str]) -> None:
            states, todo, state = result
            after = Counter({**states, **dict.fromkeys(todo, state)}.values())
            self.story_states[story.id] = dict(after)
            self._mark_stories({story.id: dict(after)})
            self.say(said(states, todo, state))
            self.recount()

        self.write(write, written)

    def _story_flag(self) -> None:
        story = self._current_story()
        if story is None:
            return
        title = clean_line(story.title, 80)

        def decide(states: dict[str, str]) -> tuple[list[str], str]:
            if states and all(state == "flagged" for state in states.values()):
                return list(states), "read"
            return [i for i, state in states.items() if state != "flagged"], "flagged"

        def said(states: dict[str, str], todo: list[str], state: str) -> str:
            n = f"{len(todo)} article{'s' if len(todo) != 1 else ''}"
            if state == "read":  # `decide` unflags when all were flagged
                return f"Unflagged the {n} of “{title}”."
            return f"Flagged {n} of “{title}” (u undoes it)."

        self._decide_story(story, decide, said)

    def _story_done(self) -> None:
        story = self._current_story()
        if story is None:
            return
        title = clean_line(story.title, 80)

        def decide(states: dict[str, str]) -> tuple[list[str], str]:
            return [i for i, state in states.items() if state not in ("flagged", "archived")], "archived"

        def said(states: dict[str, str], todo: list[str], state: str) -> str:
            message = f"Archived {len(todo)} article{'s' if len(todo) != 1 else ''} of “{title}”"
            kept = sum(1 for state in states.values() if state == "flagged")
            if kept:
                message += f"; kept {kept} flagged (flag means keep)"
            return message + " (u undoes it)."

        self._decide_story(story, decide, said)
        self._step_down()

    def _story_read(self) -> None:
        """m on a story: its unread articles read; when none is unread, its read ones unread
        again (flagged and archived ones stay as they are). One decision: one u undoes it."""
        story = self._current_story()
        if story is None:
            return
        title = clean_line(story.title, 80)

        def decide(states: dict[str, str]) -> tuple[list[str], str]:
            unread = [i for i, state in states.items() if state == "unread"]
            if unread:
                return unread, "read"
            return [i for i, state in states.items() if state == "read"], "unread"

        def said(states: dict[str, str], todo: list[str], state: str) -> str:
            return f"Marked {len(todo)} article{'s' if len(todo) != 1 else ''} of “{title}” {state} (u undoes it)."

        self._decide_story(story, decide, said)

    def _opened_article(self) -> ArticleRow | None:
        """In Stories or the Agenda: the article the reading pane opened from a line (enter on
        it), while its text is in view; None when the pane shows the story or the step, or
        when there is no pane: `check_action` asks while the screen unmounts (quitting from the
        Agenda, a footer refresh finds the pane already removed)."""
        try:
            pane = self.reading
        except NoMatches:
            return None
        return pane.evidence if pane.evidence is not None and pane.mode != "brief" else None

    def _opened_article_changed(self, row: ArticleRow) -> None:
        """A decision on the article opened from a story's or the agenda's line: the pane keeps
        it as it is now, and the stories' marks follow."""
        if self.overview and self.reading.evidence is not None and self.reading.evidence.id == row.id:
            self.reading.evidence = row
            self.read_story_states()

    def _not_here(self, action: str, does: str) -> None:
        """Say in one line why a key for one article does nothing on this row, and what to press."""
        key, enter = self.key_for(action), self.key_for("open")
        opens = (f"{enter} opens the story, {enter} on one of its articles" if self.view == "stories"
                 else f"{enter} opens this step's article")
        self.say(f"{key} {does}: {opens}, then {key} (or v to an article view).")

    def _story_save(self) -> None:
        story = self._current_story()
        if story is not None:
            self._save_story(story)

    @work(thread=True, group="save", exit_on_error=False, name="saving the story", description="saving a story")
    def _save_story(self, story: Story) -> None:
        try:
            merged = self.story_briefs.get(story.id) or briefs.story_brief(self.writer.library, story)
            path = briefs.save_story(merged, self.briefs_folder)
        except NewsbriefError as exc:
            self.post_message(self.Written("story", None, str(exc)))
            return
        self.post_message(self.Written("story", path))

    def action_write_digest(self) -> None:
        if any(w.group == "digest" and w.is_running for w in self.workers):
            self.say("The digest is being written.")
            return
        self.set_status("Writing the digest…")
        self._write_digest()

    @work(thread=True, group="digest", exit_on_error=False, name="writing the digest")
    def _write_digest(self) -> None:
        """The digest of the last 24 hours' inbox (as `newsbrief digest`) into the briefs folder,
        as `digest-YYYY-MM-DD.md`; a name already taken gets `-2`, `-3`…"""
        now = datetime.now(timezone.utc)
        folder = self.briefs_folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if not folder.is_dir():
                raise NotADirectoryError(f"{folder} is not a folder")
            base = f"digest-{now.astimezone():%Y-%m-%d}"
            path = folder / f"{base}.md"
            n = 1
            while path.exists():
                n += 1
                path = folder / f"{base}-{n}.md"
            written = briefs.write_digest(self.library, path, since=now - DIGEST_SINCE, view="inbox", now=now)
        except NewsbriefError as exc:  # already names the file and says why
            self.post_message(self.Written("digest", None, str(exc)))
            return
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.post_message(self.Written("digest", None, f"{folder}: cannot write the digest ({reason})"))
            return
        self.post_message(self.Written("digest", written))

    @on(Written)
    def _written(self, message: Written) -> None:
        if message.error is not None:
            self.set_status(Text(f"Could not write the {message.what}" if message.what != "source"
                                 else "Could not open that article"))
            self.tell(message.error, severity="error", timeout=10)
            return
        text = {"story": "Saved the story", "digest": "Wrote the digest"}[message.what]
        self.say(f"{text} {_file_in(message.path)}")

    def _agenda_article(self, action: str) -> ArticleRow | None:
        """f, d or s in the Agenda: the article opened from a step's line, or None (and said why not)."""
        row = self._opened_article()
        if row is None:
            self._say_why_off(action)
        return row

    def _one_of_the_story(self) -> str:
        """What the status line adds when f, d or s in Stories acted on the article opened from a
        story's line, not on the whole story (as they do on the story's line)."""
        return " this article, not its story" if self.view == "stories" else ""

    def action_flag(self) -> None:
        if self.view == "agenda":
            row = self._agenda_article("flag")
        elif self.overview:
            row = self._opened_article()
            if row is None:
                self._story_flag()
                return
        else:
            row = self._current()
        if row is not None:
            new = self.set_state(row, "read" if row.state == "flagged" else "flagged")
            done = "Flagged (kept)" if new.state == "flagged" else "Unflagged"
            self._said(new, done + self._one_of_the_story())
            self._opened_article_changed(new)

    def action_toggle_read(self) -> None:
        if self.overview:
            article = self._opened_article()
            if article is not None:
                self._toggle_read(article)
            elif self.view == "stories":
                self._story_read()
            else:
                self._not_here("toggle_read", "marks an article read or unread")
            return
        row = self._current()
        if row is not None:
            self._toggle_read(row)

    def _toggle_read(self, row: ArticleRow) -> None:
        new = self.set_state(row, "read" if row.state == "unread" else "unread")
        self._said(new, f"Marked {new.state}")
        self._opened_article_changed(new)

    def action_done(self) -> None:
        """Archive, then go to the next row. In a view that holds no archived articles (the
        Inbox, Flagged) the row leaves at once, so the list and its counts agree.

        A flagged article is kept (flag means keep): `d` says so and moves on. In Stories and
        the Agenda: the article opened from a line (enter on it) is archived, the cursor left on
        its story or step; in Stories with none opened, the story's articles are archived (its
        flagged ones kept); in the Agenda with none opened, `d` says what to press.
        """
        if self.view == "agenda":
            if (opened := self._agenda_article("done")) is not None:
                self._archive_opened(opened)
            return
        if self.overview:
            if (opened := self._opened_article()) is not None:
                self._archive_opened(opened)  # the cursor stays on its story
            else:
                self._story_done()
            return
        row = self._current()
        if row is None:
            return
        table = self.table
        if row.state == "flagged":
            self.say(f"Kept, flagged (f unflags, then d archives): “{clean_line(row.title, 80)}”")
            self._step_down()
            return
        if row.state == "archived":
            self._step_down()
            return
        new = self.decide(row, "archived")
        self._said(new, "Archived")
        if self.view in ("inbox", "flagged"):
            index = table.cursor_row
            table.remove_article(row.id)
            self._update_list_title()
            if table.row_count:
                table.move_cursor(row=min(index, table.row_count - 1), animate=False)
                self.schedule_preview()
            else:
                table.ensure_loaded()
                if not table.row_count:
                    self.reading.clear("Nothing here.")
        else:
            table.update_article(new)
            self._step_down()

    def _archive_opened(self, row: ArticleRow) -> None:
        if row.state == "flagged":
            self.say(f"Kept, flagged (f unflags, then d archives): “{clean_line(row.title, 80)}”")
        elif row.state == "archived":
            self.say(f"Already archived: “{clean_line(row.title, 80)}”")
        else:
            new = self.set_state(row, "archived")
            self._said(new, "Archived" + self._one_of_the_story())
            self._opened_article_changed(new)

    def _said(self, row: ArticleRow, done: str) -> None:
        """What a triage key did, on the status line: the title last, so a narrow screen cuts it."""
        self.say(f"{done} (u undoes it): “{clean_line(row.title, 200)}”")

    def _step_down(self) -> None:
        table = self.table
        if table.cursor_row + 1 < table.row_count:
            table.move_cursor(row=table.cursor_row + 1, animate=False)
        elif table.fully_loaded:
            self.say("That was the last one here.")
        else:
            table.ensure_loaded()
            table.move_cursor(row=table.cursor_row + 1, animate=False)

    def action_undo(self) -> None:
        """u: the last decision undone, in the writer after every decision before it."""
        self._decisions += 1
        overview = self.overview

        def undo(library: Library) -> tuple[Any, ArticleRow | None, Any]:
            undone = library.undo_last()
            row = library.row(undone.article_ids[0]) if undone is not None else None
            # In Stories the marks and counts follow: read here, after the undo, in one job.
            after = (briefs.story_states(library), _counts_of(library)) if overview and row else None
            return undone, row, after

        # The undo is never made twice: a later decision only makes what it read stale.
        self.read_after_decisions(undo, partial(self._undone, fresh=True), stale=partial(self._undone, fresh=False))

    def _undone(self, result: tuple[Any, ArticleRow | None, Any], fresh: bool) -> None:
        undone, row, after = result
        if undone is None or row is None:
            self.say("Nothing to undo.")
            return
        first = undone.article_ids[0]
        if len(undone.article_ids) > 1:
            if self.overview:
                self._undone_marks(after if fresh else None)
            else:
                self.reload_later(self.table.current_id)
            self.say(self._undone_words(undone))
            return
        if self.overview:  # the cursor stays on its story; the story's mark follows
            self._undone_marks(after if fresh else None)
        elif first in self.table.rows_by_id and self.table.index_of(first) is not None:
            self.table.update_article(row)
            self.table.move_cursor(row=self.table.index_of(first) or 0, animate=False)
            self.update_counts()
        else:  # read in the writer after the keys pressed since: none of their decisions is undone
            self.reload_later(keep=first)
        self.say(f"Undone: {undone.new_state} → {undone.old_state}: “{clean_line(row.title, 80)}”")

    def _undone_marks(self, after: Any) -> None:
        """In Stories, after an undo: the stories' marks and the counts (as the undo's own job
        read them, else read again)."""
        if after is not None:
            states, counts = after
            self._story_states_read(states)
            self._counted(counts)
        else:
            self.read_story_states()
            self.recount()

    def _undone_words(self, undone: Any) -> str:
        """What undoing a decision on several articles (a story's f or d, an A) did."""
        count = len(undone.article_ids)
        ids = set(undone.article_ids)
        story = next((s for s in self.stories or [] if ids <= {a.id for a in s.articles}), None)
        of = f" of “{clean_line(story.title, 80)}”" if story is not None else ""
        if undone.new_state == "read" and undone.old_state == "unread" and story is None:  # an A
            return f"Undone: marking {count} articles read; they are unread again."
        doing = {"flagged": f"flagging {count} articles{of}", "archived": f"archiving {count} articles{of}"}.get(
            undone.new_state, f"marking {count} articles{of} {undone.new_state}")
        return f"Undone: {doing}; each is back as it was."

    def action_mark_all_read(self) -> None:
        """A: every article in this view (or source, or search) read, as one undoable decision;
        with the sidebar's cursor on another source, every unread article of that one (as r, e
        and X act on it there, and newsboat's A on the feed under its cursor)."""
        table = self.table
        pointed = self.source_under_cursor() if self.sidebar.has_focus else None
        if pointed is not None and pointed.id != self.source_id:
            self._mark_source_read(pointed)
            return
        if self.view == "stories":
            self._mark_stories_read()
            return
        if self.view == "agenda":
            self.say(f"{self.key_for('mark_all_read')} marks a view's articles read; the Agenda lists next steps: "
                     f"{self.key_for('open')} opens a step's article, then {self.key_for('toggle_read')} marks it.")
            return
        ids = table.ids_in_state("unread")
        place = self.place_name()
        if not ids:
            self.say(f"Nothing unread in {place}.")
            return
        self._decisions += 1
        keep = table.current_id

        def marked(count: int) -> None:
            self.reload_later(keep)
            self.say(f"Marked {count} article{'s' if count != 1 else ''} read in {place} (u undoes it).")

        self.write(lambda library: library.mark_read(ids), marked)

    def _mark_stories_read(self) -> None:
        """A in Stories: every unread article of every story read, as one decision (one u). The
        articles that arrived since the stories were listed are put in their stories first, in
        the writer (after the keys before A, before the ones after it), up to `INDEX_ON_DEMAND`
        of them; more are left to the index worker, unread, and said."""
        self._decisions += 1

        def marked(result: briefs.StoriesRead) -> None:
            count, arrived, left = result.marked, result.arrived, result.left
            if result.indexed or left:
                self.story_briefs.clear()  # stories the new articles joined brief anew
                self.start_index()  # the lists read again: the new stories show
            if count:
                self.read_story_states()
                self.recount()
            said = (f"Marked {count} article{'s' if count != 1 else ''} of every story read" if count
                    else "Nothing unread in Stories")
            if arrived:
                said += f", with the {arrived} that arrived since the list was drawn"
            said += " (u undoes it)." if count else "."
            if left:
                said += (f" {left} newer article{'s are' if left != 1 else ' is'} still being put in stories and "
                         f"stay{'s' if left == 1 else ''} unread: {self.key_for('mark_all_read')} again once "
                         "they show.")
            self.say(said)

        self.write(lambda library: briefs.mark_stories_read(library, INDEX_ON_DEMAND), marked)

    def _mark_source_read(self, source: SourceInfo) -> None:
        """A on a source in the sidebar: its unread articles, found and marked by the writer."""
        self._decisions += 1
        keep = self.table.current_id
        place = clean_line(source.title, 60)

        def mark(library: Library) -> int:
            keys = library.article_keys(view="inbox", source_id=source.id)
            return library.mark_read(library.keys_in_state(keys, "unread").values())

        def marked(count: int) -> None:
            if not count:
                self.say(f"Nothing unread in {place}.")
                return
            self.reload_later(keep)
            self.say(f"Marked {count} article{'s' if count != 1 else ''} read in {place} (u undoes it).")

        self.write(mark, marked)

    # -- tags ---------------------------------------------------------------------------

    def action_tag(self) -> None:
        if self.overview:
            row = self._opened_article()
            if row is None:
                self._not_here("tag", "tags one article")
                return
        else:
            row = self._current()
        if row is None:
            return
        tags = self.library.tags(row.id)
        self.app.push_screen(
            PromptScreen(f"Tags for “{clean_line(row.title, 80)}”",
                         "Words separated by spaces or commas; empty removes every tag.",
                         " ".join(tags), "enter: set the tags · escape: cancel"),
            callback=partial(self._tagged, row),
        )

    def _tagged(self, row: ArticleRow, typed: str | None) -> None:
        if typed is None:
            return
        words = [w for w in typed.replace(",", " ").split() if w]
        self.write(lambda library: library.set_tags(row.id, words), partial(self._tags_set, row))

    def _tags_set(self, row: ArticleRow, tags: tuple[str, ...]) -> None:
        self.recount()
        if self.tag is not None and self.tag.casefold() not in {t.casefold() for t in tags}:
            self.reload_later(self.table.current_id)
        shown = " ".join("#" + t for t in tags) or "no tags"
        self.say(f"Tagged {shown}: “{clean_line(row.title, 60)}”")

    # -- saving -------------------------------------------------------------------------

    def action_save(self) -> None:
        if self.view == "agenda":
            row = self._agenda_article("save")
        elif self.overview:
            row = self._opened_article()
            if row is None:
                self._story_save()
                return
        else:
            row = self._current()
        if row is not None:
            self._save([row.id], "this article's brief (not the story's)" if self.view == "stories" else "the brief")

    def action_save_flagged(self) -> None:
        ids = [r.id for r in self.library.articles(view="flagged")]
        if not ids:
            self.say("No flagged articles to save: f flags one.")
            return
        self._save(ids)

    @work(thread=True, group="save", exit_on_error=False, name="saving", description="saving briefs")
    def _save(self, ids: list[str], which: str = "the brief") -> None:
        """Save the briefs of `ids`; `which` names one saved on the status line."""
        worker = get_current_worker()
        done = self.Saved(self.briefs_folder, which=which)
        library = self.writer.library  # after the decisions written before (the state saved)
        for n, article_id in enumerate(ids):
            if worker.is_cancelled:
                break
            try:
                brief = library.brief(article_id)
                state = library.row(article_id).state
                path = briefs.save_brief(brief, self.briefs_folder, state=state, tags=library.tags(article_id))
                done.rows.append(library.mark_saved(article_id, path))
                done.paths.append(path)
            except FolderNotWritable as exc:
                # The folder, not this brief: the others would fail the same way. Said once.
                left = len(ids) - n
                done.failures.append(str(exc) if len(ids) == 1 else
                                     f"{exc.there()}: {left} of {len(ids)} not saved")
                break
            except NewsbriefError as exc:
                done.failures.append(str(exc))
        self.post_message(done)

    @on(Saved)
    def _saved(self, message: Saved) -> None:
        for row in message.rows:
            self.table.update_article(row)
        if message.rows:
            self.update_counts()
        if len(message.paths) == 1:
            self.say(f"Saved {message.which} {_file_in(message.paths[0])}")
        elif message.paths:
            self.say(f"Saved {len(message.paths)} briefs to {message.folder}")
        for failure in message.failures[:5]:
            self.tell(failure, severity="error", timeout=10)

    # -- the browser --------------------------------------------------------------------

    def action_open_browser(self) -> None:
        if self.overview:
            row = self._opened_article() or self._steps_article()
            if row is None:
                self._not_here("open_browser", "opens one article's web page")
                return
        else:
            row = self._current()
            if row is None:
                return
        if not row.url:
            self.tell("This article has no web address to open (it came from a file).",
                      severity="warning")
            return
        if not is_fetchable_url(row.url):
            self.tell(f"Not opening {clean_line(row.url, 120)}: only http and https links open "
                      "in a browser.", severity="warning")
            return
        url = clean_line(row.url, 4096)
        try:
            browser = webbrowser.get()
        except webbrowser.Error:
            self.app.copy_to_clipboard(url)
            self.tell(f"No web browser found (set $BROWSER). The link is copied: {url}",
                      severity="warning", timeout=10)
            return
        if _runs_in_terminal(browser):
            try:
                with self.app.suspend():
                    browser.open(url)
            except Exception as exc:  # headless or a driver that cannot suspend
                self.tell(f"Could not hand the terminal to the browser ({exc}). The link: {url}",
                          severity="warning", timeout=10)
            return
        self._open_browser(browser, url)

    def _steps_article(self) -> ArticleRow | None:
        """In the Agenda: the article of the step under the cursor (its first source)."""
        row = self._overview_row()
        if row is None or row.item is None or not row.item.sources:
            return None
        try:
            return self.library.row(row.item.sources[0].article_id)
        except NewsbriefError:
            return None  # removed with its source since the agenda was read

    @work(thread=True, group="browser", exit_on_error=False, name="opening the browser")
    def _open_browser(self, browser: webbrowser.BaseBrowser, url: str) -> None:
        opened = browser.open(url, new=2)
        self.post_message(self.BrowserDone(url, None if opened else "the browser did not start"))

    @on(BrowserDone)
    def _browser_done(self, message: BrowserDone) -> None:
        if message.error:
            self.tell(f"Could not open {message.url}: {message.error}", severity="warning")
        else:
            self.say(f"Opened {message.url}")

    # -- search -------------------------------------------------------------------------

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.value = self.search or ""
        self.focus_now(search)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._stop_live_search()
        self.apply_search(event.value)

    @on(Input.Changed, "#search")
    def _search_typed(self, event: Input.Changed) -> None:
        """Search as you type: the query runs once the keys pause for SEARCH_DELAY."""
        event.stop()
        box = self.query_one("#search", Input)
        self._stop_live_search()
        if not box.has_focus or (event.value.strip() or None) == self.search:
            return  # set by the program (a new view, a finished search), or nothing new
        self._live_search_timer = self.set_timer(SEARCH_DELAY, self._live_search)

    def _stop_live_search(self) -> None:
        if self._live_search_timer is not None:
            self._live_search_timer.stop()
            self._live_search_timer = None

    def _live_search(self) -> None:
        self._live_search_timer = None
        box = self.query_one("#search", Input)
        if box.has_focus:
            self.apply_search(box.value, live=True)

    def apply_search(self, query: str, live: bool = False) -> None:
        """Search the current view in a worker; the box keeps taking keys meanwhile.

        Only the latest search shows its result: an older one still running is dropped,
        and so is any search overtaken by a change of view or a reload.
        """
        if self.overview:  # the search line was clicked in Stories or Agenda: it searches articles
            self.tell("Search works in the article views (Inbox, Flagged, Saved, Archive, All).", timeout=3)
            return
        self._search_number += 1
        wanted = query.strip() or None
        self.set_status(Text("Searching…" if wanted else "Clearing the search…"))
        self._search_work(self._search_number, wanted, self.view, self.source_id, self.tag, live)

    @work(thread=True, group="search", exclusive=True, exit_on_error=False, name="searching")
    def _search_work(self, number: int, query: str | None, view: str, source_id: int | None,
                     tag: str | None = None, live: bool = False) -> None:
        worker = get_current_worker()
        # A search first indexes what a refresh stored: a write, made on the writer's connection
        # (waiting there for a refresh's batch blocks this worker, never the screen's reads).
        keys = self.writer.library.article_keys(view=view, source_id=source_id, search=query, tag=tag)
        pages = ArticlePages(self.library, keys)
        pages.prefetch(0)  # the first screenful, read here rather than on the screen's thread
        if not worker.is_cancelled:
            self.post_message(self.SearchDone(number, query, pages, live))

    @on(SearchDone)
    def _search_done(self, message: SearchDone) -> None:
        if message.number != self._search_number:
            return  # a newer search, view or reload came after it
        self.search = message.query
        box = self.query_one("#search", Input)
        typed_on = box.has_focus and (box.value.strip() or None) != message.query
        if not typed_on:
            box.value = message.query or ""
        self.show_articles(message.pages, counts=False, preview_now=False)
        self.set_status(IDLE_TIP)
        if not typed_on and not message.live:  # a user still typing keeps the box
            self.focus_now(self.table)  # the list's title says how many match; no toast to mount

    # -- refresh and add ----------------------------------------------------------------

    def source_under_cursor(self) -> SourceInfo | None:
        """The source a key means: the one highlighted in the sidebar when it has focus (none when
        a view or tag is highlighted there), else the source the list shows, else the current
        article's."""
        if self.sidebar.has_focus:
            source_id = self.sidebar.source_under_cursor
        elif self.source_id is not None:
            source_id = self.source_id
        else:  # a story or agenda row has no source
            source_id = getattr(self.table.current_row, "source_id", None)
        return next((s for s in self.source_list if s.id == source_id), None)

    def action_refresh(self) -> None:
        source = self.source_under_cursor()
        if source is None:
            self.tell("No source selected: R refreshes them all.", timeout=4)
            return
        self.start_refresh([source.id], name=source.title)

    def action_remove_source(self) -> None:
        source = self.source_under_cursor()
        if source is None:
            self.tell("No source selected: pick one in the sidebar (\\ shows it).", timeout=4)
            return
        question = Text("Remove the source ")
        question.append(clean_line(source.title, 80), style="bold")
        question.append(f"?\n{clean_line(source.location, 200)}\n\n", style="")
        question.append(f"Its {source.total} article{'s' if source.total != 1 else ''} go with it, "
                        "except the flagged and saved ones.", style="dim")
        self.app.push_screen(ConfirmScreen(question, "Remove"),
                             callback=partial(self._remove_confirmed, source))

    def _remove_confirmed(self, source: SourceInfo, sure: bool | None) -> None:
        if not sure:
            self.tell("Nothing removed.", timeout=2)
            return
        self.write(lambda library: library.remove_source(source.id), partial(self._removed, source))

    def _removed(self, source: SourceInfo, removed: int) -> None:
        if self.source_id == source.id:
            self.source_id = None
        self.start_index()  # its articles leave their stories and the agenda
        self.reload_later(self.table.current_id)
        self.say(f"Removed the source “{clean_line(source.title, 80)}” and {removed} "
                 f"article{'s' if removed != 1 else ''}.")

    def action_rename_source(self) -> None:
        source = self.source_under_cursor()
        if source is None:
            self.tell("No source selected: pick one in the sidebar (\\ shows it).", timeout=4)
            return
        self.app.push_screen(
            PromptScreen("Rename the source", clean_line(source.location, 200), source.title,
                         "enter: rename · escape: cancel"),
            callback=partial(self._renamed, source),
        )

    def _renamed(self, source: SourceInfo, name: str | None) -> None:
        if name is None:
            return
        self.write(lambda library: library.rename_source(source.id, name), partial(self._renamed_to, source))

    def _renamed_to(self, source: SourceInfo, info: SourceInfo) -> None:
        self.start_index()  # the lists name sources
        self.reload_later(self.table.current_id)
        self.say(f"Renamed “{clean_line(source.title, 60)}” to “{clean_line(info.title, 60)}”.")

    # -- OPML: feeds in from another reader, out to one (from the command palette) ---------------

    def ask_import_opml(self) -> None:
        self.app.push_screen(
            PromptScreen("Import feeds from an OPML file",
                         "The path of an .opml file (another reader's export): its feeds are followed; "
                         "R fetches them.", "", "enter: import · escape: cancel"),
            callback=self._import_opml,
        )

    def _import_opml(self, typed: str | None) -> None:
        path = (typed or "").strip()
        if not path:
            return
        self.say(f"Importing the feeds listed in {path}…")
        self.write(lambda library: briefs.import_opml(library, path), self._opml_imported)

    def _opml_imported(self, imported: OpmlImport) -> None:
        self.recount()
        self.say(f"Imported {imported.added} feed{'s' if imported.added != 1 else ''} from {imported.file} "
                 f"({imported.already} already followed)" + (": R fetches them." if imported.added else "."))

    def ask_export_opml(self) -> None:
        suggested = self.briefs_folder / f"newsbrief-feeds-{datetime.now().astimezone():%Y-%m-%d}.opml"
        self.app.push_screen(
            PromptScreen("Export the feeds as OPML", "The file to write (replaced if it exists); "
                         "another reader imports it.", str(suggested), "enter: write · escape: cancel"),
            callback=self._export_opml,
        )

    def _export_opml(self, typed: str | None) -> None:
        path = Path((typed or "").strip()).expanduser()
        if not str(path).strip() or path == Path():
            return

        self.write(lambda library: briefs.export_opml(library, path, make_folder=True), lambda count: self.say(
            f"Exported {count} feed{'s' if count != 1 else ''} to {_file_in(path)}"))

    def action_refresh_all(self) -> None:
        self.start_refresh(None)

    def start_refresh(self, source_ids: list[int] | None, quiet: bool = False, name: str | None = None) -> None:
        """Refresh in a worker; `quiet` (on start, on the timer) skips silently when one runs;
        `name`: the one source refreshed (r), which the status line names."""
        if any(w.group == "refresh" and w.is_running for w in self.workers):
            if not quiet:
                self.tell("A refresh is already running.", timeout=3)
            return
        self._refreshing = f" {clean_line(name, 80)}" if name else ""
        self.set_status(f"Refreshing{self._refreshing}…")
        self._progress = (0, 0, time.monotonic())
        if self._waiting_timer is None:
            self._waiting_timer = self.set_interval(1.0, self._still_waiting, name="refresh-waiting")
        else:
            self._waiting_timer.resume()  # paused while no refresh runs: an idle reader wakes for nothing
        self._refresh(source_ids)

    def _still_waiting(self) -> None:
        """A count that has not moved for a while says what it waits for: a source that does
        not answer holds the last few for up to the fetch's time limit, and the line must not
        look frozen on the name of a source long done."""
        done, total, at = self._progress
        if total and done < total and time.monotonic() - at >= STALLED_SECONDS:
            left = total - done
            self.set_status(Text(f"Refreshing {done}/{total}: waiting for {left} slow source{'s' if left != 1 else ''} "
                                 f"(each gives up after {self.config.total_timeout:g} s)", style="bold"))

    @work(thread=True, group="refresh", exit_on_error=False, name="refresh")
    def _refresh(self, source_ids: list[int] | None) -> None:
        """Refresh the sources; cancelling the worker (the app closing) stops it within ~0.1 s."""
        def progress(done: int, total: int, label: str) -> None:
            self.post_message(self.RefreshProgress(done, total, label))

        cancel = get_current_worker().cancelled_event
        try:
            # In a process of its own: its HTTP loop and its writes never take the GIL from the
            # screen's thread; the list keeps reading its pages meanwhile (WAL).
            report = refresh_in_child(self.library.path, self.config, source_ids, progress, cancel,
                                      _log_file())
        except OSError:  # no process to be had (a sandbox, no /dev/shm): in this one, on a connection of its own
            with self.library.sibling() as library:
                report = briefs.refresh_feeds(library, self.config, source_ids=source_ids, progress=progress,
                                              cancel=cancel)
        finally:
            self._own_wrote = True
        self.post_message(self.RefreshFinished(report))

    @on(RefreshProgress)
    def _refresh_progress(self, message: RefreshProgress) -> None:
        self._progress = (message.done, message.total, time.monotonic())
        status = Text(f"Refreshing {message.done}/{message.total}", style="bold")
        if message.label:
            status.append(f" · done: {clean_line(message.label, 120)}")
        self.set_status(status)

    @on(RefreshFinished)
    def _refresh_finished(self, message: RefreshFinished) -> None:
        self._progress = (0, 0, time.monotonic())
        if self._waiting_timer is not None:
            self._waiting_timer.pause()
        self._own_writes_seen()
        self.refresh_errors = report_errors(message.report)
        self._refreshed = True
        self.reload_later(self.table.current_id)  # read in the writer: 30,000 rows, 1,000 sources
        self.start_index()
        new = message.report.new
        status = f"Refreshed{self._refreshing}: {new} new article{'s' if new != 1 else ''}"
        failure = self._one_source_failed(message.report)
        if failure is not None:
            self.tell(failure, severity="warning", timeout=12)
            self.set_status(Text(failure))
            return
        if self.refresh_errors:
            # A short notice (a line or two at 80 columns, the reading pane stays in sight): how
            # many failed, and the key that lists each one with its reason.
            report = message.report
            failed, pages, others = len(report.errors), len(report.page_problems), len(report.problems)
            parts = [f"{failed} source{'s' if failed != 1 else ''} failed"] if failed else []
            if pages:
                parts.append(f"{pages} article page{'s' if pages != 1 else ''} not fetched")
            if others:
                parts.append(f"{others} other problem{'s' if others != 1 else ''}")
            key = self.key_for("refresh_problems")
            status += f"; {', '.join(parts)} ({key}: the problems)"
            said = ", ".join(parts)
            self.tell(f"{said[:1].upper()}{said[1:]}: {key} lists them", severity="warning", timeout=12)
        self.set_status(status)

    def _one_source_failed(self, report: RefreshReport) -> str | None:
        """For `r` on one source that failed: that it failed and why, in one line naming it
        (not "Refreshed Feed 2: 0 new articles; 1 source(s) failed"); None otherwise."""
        if not self._refreshing or len(report.sources) != 1 or report.problems:
            return None
        source = report.sources[0]
        if not source.error:
            return None
        name = clean_line(source.name, 80)
        reason = clean_line(source.error, 240)
        return f"Refreshing {name} failed: {reason} ({self.key_for('refresh_problems')}: the problems)"

    def action_refresh_problems(self) -> None:
        self.show_errors()

    def show_errors(self) -> None:
        if self._refreshed:
            self.app.push_screen(ErrorsScreen(self.refresh_errors))
            return
        # No refresh here yet: what the library kept of each source's last one (the sidebar's `!`).
        last = [(s.title, s.last_error) for s in self.source_list if s.last_error]
        self.app.push_screen(ErrorsScreen(last, since_opened=False))

    def action_add_source(self) -> None:
        self.app.push_screen(AddSourceScreen(self._add), callback=self._add_chosen)

    def _add(self, value: str) -> AddResult:
        """Add one source (called from the dialog's worker thread); raises NewsbriefError."""
        return briefs.add_source(self.writer.library, value, self.config)  # loads the HTTP client on first use

    def _add_chosen(self, added: list[Added] | None) -> None:
        for item in added or []:
            self.post_message(self.SourceAdded(item.source, item.result, item.error))
        if added and len(added) > 1:  # after each one's own line: all of them, not only the last
            self.call_later(self.say, " · ".join(
                describe_add(item.result, item.source) if item.result is not None and not item.error
                else f"Could not add {clean_line(item.source, 120)}" for item in added))

    @on(SourceAdded)
    def _source_added(self, message: SourceAdded) -> None:
        result = message.result
        if message.error or result is None:
            self.set_status(Text("Could not add " + clean_line(message.source, 150)))
            self.tell(message.error or "The library gave no answer.", severity="error", timeout=10)
            return
        self.reload_later(self.table.current_id)
        self.start_index()
        text = describe_add(result, message.source)
        self.say(text)
        if result.page_problems or result.problems or result.skipped_files:
            self.tell(text, severity="warning", timeout=12)  # a problem stays in sight

    # -- help and failures --------------------------------------------------------------

    def keys_in_force(self) -> dict[str, str]:
        """Binding id -> the keys that trigger it (the reader's bindings after the user's keymap).

        Built from the binding table rather than `active_bindings`, which depend on focus
        (the focused list shadows ↓, ↑ and enter with its own bindings that do the same).
        """
        bindings = BindingsMap(READER_BINDINGS + PAGER_BINDINGS)
        bindings.apply_keymap(getattr(self.app, "keymap", {}))  # what NewsbriefApp.apply_keymap set
        found: dict[str, list[str]] = {}
        for _key, binding in bindings:
            if binding.id in DESCRIPTIONS:
                found.setdefault(binding.id, []).append(self.app.get_key_display(binding))
        keys = {binding_id: " ".join(shown) for binding_id, shown in found.items()}
        if self.app.ENABLE_COMMAND_PALETTE:
            palette = Binding(self.app.COMMAND_PALETTE_BINDING, "command_palette",
                              key_display=self.app.COMMAND_PALETTE_DISPLAY)
            keys[PALETTE_ID] = self.app.get_key_display(palette)
        return keys

    def key_for(self, binding_id: str) -> str:
        """The key in force for an action, as the footer shows it (the first, if several; enter
        by its name, which reads better in a sentence than ⏎)."""
        key = self.keys_in_force().get(binding_id, "ctrl+p").split(" ")[0]
        return "enter" if key == "⏎" else key

    def action_help(self) -> None:
        keys = self.keys_in_force()
        rows = [(keys[i], DESCRIPTIONS[i], i) for i in ORDER if i in keys]
        if PALETTE_ID in keys:
            rows.append((keys[PALETTE_ID], PALETTE_DESCRIPTION, "(app)"))
        rows.append((QUIT_KEYS, QUIT_DESCRIPTION, "(app)"))
        rows.append(("pgup pgdn", "A page up or down in the list", "(list)"))
        rows.append(("", "", ""))
        rows.append(("", "With the reading pane focused (a pager, like less):", ""))
        rows += [(keys[i], DESCRIPTIONS[i], i) for i in PAGER_ORDER if i in keys]
        self.app.push_screen(HelpScreen(rows))

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            worker = event.worker
            if worker.group == "refresh":
                self.set_status("Refresh failed")
            self.tell(f"{worker.name or worker.group} failed: {worker.error}", severity="error",
                      timeout=10)


def _log_file() -> Path | None:
    """The file the app logs the briefs stages' warnings to (`tui.app`), if it does."""
    for handler in logging.getLogger("briefs").handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def _counts_of(library: Library) -> Counts:
    """What the sidebar and the list's title count: per view, per source, per tag."""
    return library.counts(), library.sources(), library.all_tags()


def _version_of(library: Library) -> int | None:
    """`Library.data_version`, or None when it cannot be read (closing): the watch goes on."""
    try:
        return library.data_version()
    except NewsbriefError:
        return None


class _IndexStopped(Exception):
    """The index worker was cancelled (the app is closing): stop between batches."""


def _runs_in_terminal(browser: webbrowser.BaseBrowser) -> bool:
    """Console browsers (lynx, w3m, elinks) need the terminal: the app suspends for them."""
    if isinstance(browser, webbrowser.UnixBrowser):
        return not browser.background
    return type(browser) is webbrowser.GenericBrowser


def report_errors(report: RefreshReport) -> list[tuple[str, str]]:
    """(source, reason) for every source of a RefreshReport that failed, every article page
    that could not be had, and every problem of the refresh as a whole."""
    failed = [(s.name, s.error or "") for s in report.errors]
    pages = [(source, "article page not fetched, summary kept: " + problem)
             for source, problem in report.page_problems]
    return failed + pages + [("Refresh", problem) for problem in report.problems]


def describe_add(result: AddResult, source: str) -> str:
    """One line about an AddResult: which source, how many articles it brought."""
    name = clean_line(result.source.title or source, 120)
    if result.source.kind == "files":  # the one "Local files" source: the file is the news
        typed = clean_line(source, 160)
        if result.already:
            return f"Already in the library: {typed}"
        name = f"{typed} to {name}"
    elif result.already:
        return f"Already in the library: {name}"
    found = f" (found on {clean_line(result.discovered_from, 100)})" if result.discovered_from else ""
    text = f"Added {name}{found}: {result.new} new article{'s' if result.new != 1 else ''}"
    if result.page_problems:
        count = len(result.page_problems)
        text += (f"; {count} article page{'s' if count != 1 else ''} not fetched, summary kept: "
                 + "; ".join(clean_line(p, 160) for p in result.page_problems[:3]))
    if result.skipped_files:
        count = len(result.skipped_files)
        text += (f"; {count} file{'s' if count != 1 else ''} skipped: "
                 + "; ".join(clean_line(p, 160) for p in result.skipped_files[:3]))
    for problem in result.problems:
        text += f"; {clean_line(problem, 200)}"
    return text
