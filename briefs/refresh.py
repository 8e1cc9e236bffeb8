"""Adding sources and refreshing them: fetch concurrently, parse, get full text, store.

`refresh` is the sync entry (it runs `refresh_async` with asyncio.run); one
source failing never stops the others, and its reason is in the report.
Parsing and extraction run in a process pool when there is much of it, so the
app's GIL stays free.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import contextlib
import functools
import hashlib
import logging
import multiprocessing
import os
import sys
import threading
import time
import warnings
from collections.abc import Callable, Coroutine, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

from .config import Config
from .errors import FeedError, FetchError, NewsbriefError, SourceError
from .model import Article, content_hash
from .safety import check_url, clean_line, clean_text
from .sources.feeds import FeedEntry, ParsedFeed, discover_feeds, looks_like_feed, parse_feed
from .sources.fetch import ACCEPT_PAGES, Fetcher, FetchResult
from .store.library import Incoming, KnownEntry, Library, MergeResult, SourceInfo

if TYPE_CHECKING:
    from .sources.opml import OpmlFeed

# `.sources.pages` and `.sources.files` (readability, lxml.html) are imported where pages or files are
# handled: refreshing feeds never loads them.

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
T = TypeVar("T")

# Pages fetched for summary-only entries, per feed and refresh: polite to the site.
MAX_FULL_TEXT_PER_FEED = 25
# Documents at least this large are parsed in the process pool even for one source.
POOL_BYTES = 256 * 1024
# With this many sources or more, feeds are parsed in the process pool.
POOL_SOURCES = 4
# At most this many feeds stored in one transaction.
STORE_BATCH = 32
# How long the library's thread waits for a fuller batch while lanes are still fetching: each
# commit rewrites the index pages its rows touched (ids, links and hashes are random keys), so
# a cold refresh of 1,000 feeds committing one or two feeds at a time (~300 commits) spent a
# third more of the library's CPU than one committing ~32 at a time.
STORE_LINGER = 0.1
# Feeds of one host refreshed one after another on one connection (a heavy user has many
# feeds on a few sites): fewer connections opened, and the runs end close together.
HOST_RUN = 5


@dataclass(frozen=True)
class SourceReport:
    """What refreshing one source did: counts, or the readable reason it failed."""

    source_id: int
    title: str
    location: str
    new: int = 0
    updated: int = 0
    not_modified: bool = False
    full_text: int = 0
    moved_to: str | None = None
    error: str | None = None
    new_ids: tuple[str, ...] = ()
    # Article pages (of summary-only entries) that could not be fetched or read: "URL: reason".
    # Their articles keep the feed's summary; the page is tried again next refresh.
    page_problems: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """What the reader calls the source: its title, else its address."""
        return self.title or self.location

    @property
    def failure(self) -> str | None:
        """Why it failed, in one line that names it once: "<name>: <reason>" (None if it did not)."""
        return f"{self.name}: {self.error}" if self.error else None


@dataclass(frozen=True)
class RefreshReport:
    """The outcome of a refresh: one SourceReport per source, in the order asked."""

    sources: tuple[SourceReport, ...]
    pruned: int = 0
    # Problems of the run as a whole, in plain words (e.g. parsing fell back to this process).
    problems: tuple[str, ...] = ()

    @property
    def new(self) -> int:
        return sum(s.new for s in self.sources)

    @property
    def updated(self) -> int:
        return sum(s.updated for s in self.sources)

    @property
    def errors(self) -> list[SourceReport]:
        return [s for s in self.sources if s.error]

    @property
    def failed(self) -> bool:
        return any(s.error for s in self.sources)

    @property
    def new_ids(self) -> list[str]:
        return [i for s in self.sources for i in s.new_ids]

    @property
    def page_problems(self) -> list[tuple[str, str]]:
        """(source name, "URL: reason") for every article page that could not be had."""
        return [(s.name, p) for s in self.sources for p in s.page_problems]


@dataclass(frozen=True)
class AddResult:
    """A source added (or found already there) and what it brought in."""

    source: SourceInfo
    new: int
    already: bool = False
    discovered_from: str | None = None  # the page whose <link rel="alternate"> named the feed
    # Article pages that could not be fetched or read ("URL: reason"): those keep the summary.
    page_problems: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()  # of the add as a whole, e.g. parsing fell back in-process
    skipped_files: tuple[str, ...] = ()  # a folder's files that could not be read ("path: reason")


# --- the run: fetcher, pool, library ----------------------------------------------------------


class _Run:
    """One refresh or add: the HTTP client, the process pool (made on first need), the library."""

    def __init__(self, library: Library, config: Config, *, sources: int) -> None:
        self.library = library
        self.config = config
        self.fetcher = Fetcher(config)
        # Every library call runs on this one thread, in order: the library has one connection
        # behind a lock, so more threads would only queue on it (and on each other).
        self._db = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsbrief-db")
        # (ETag, Last-Modified, body hash) per source, read once up front.
        self.validators: dict[int, tuple[str | None, str | None, str | None]] = {}
        self._want_pool = sources >= POOL_SOURCES
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._pool_lock = threading.Lock()
        self._pool_failed = False
        # What went wrong for the run as a whole (not one source), in plain words.
        self.problems: list[str] = []
        # Feeds waiting to be stored, and the task storing them (see `store_feed`).
        self._to_store: list[tuple[int, list[Incoming], dict[str, Any], asyncio.Future[MergeResult]]] = []
        self._storing: asyncio.Task[None] | None = None
        self._unchanged: list[tuple[SourceInfo, asyncio.Future[MergeResult]]] = []
        self._stored_more = asyncio.Event()  # a feed joined the queue, or a storer left
        # How many tasks may still queue feeds (a refresh's lanes): when every one of them waits
        # on the library, waiting for a fuller batch gains nothing.
        self.storers = 1

    def start_pool_early(self) -> None:
        """In a process with no other thread (the headless CLI), fork the workers now.

        Forking is instant and the workers have the parsers loaded; it is only safe
        while nothing else runs, so the app, which has threads, uses a forkserver.
        """
        if not self._want_pool or threading.active_count() != 1:
            return
        if "fork" not in multiprocessing.get_all_start_methods():
            return
        with self._pool_lock:
            if self._pool is not None:
                return
            try:
                with helpers_on_real_files():
                    self._pool = concurrent.futures.ProcessPoolExecutor(
                        max_workers=_workers(), mp_context=multiprocessing.get_context("fork"),
                        initializer=_quiet_worker, initargs=(os.getpid(),),
                    )
                    # The first submit forks every worker, before the pool's own thread starts.
                    self._pool.submit(_nothing)
            except Exception as exc:  # the forkserver path below gets its chance
                log.info("could not fork parsing processes early (%s)", exc)
                self._pool = None

    def _executor(self) -> concurrent.futures.ProcessPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                # forkserver, not fork: the app has threads, and forking those can deadlock.
                method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
                context = multiprocessing.get_context(method)
                if method == "forkserver":
                    # Workers fork from a server that has the parsers loaded already.
                    context.set_forkserver_preload(["briefs.sources.feeds", "briefs.sources.files"])
                with helpers_on_real_files():
                    pool = concurrent.futures.ProcessPoolExecutor(
                        max_workers=_workers(), mp_context=context,
                        initializer=_quiet_worker, initargs=(os.getpid(),),
                    )
                    try:
                        pool.submit(_nothing)  # starts the forkserver and the workers
                    except BaseException:
                        pool.shutdown(wait=False, cancel_futures=True)
                        raise
                self._pool = pool
            return self._pool

    async def _off_loop(self, big: bool, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """`fn(*args, **kwargs)` in the process pool (when the work is big or plentiful), else in
        a thread. A document that kills a worker fails alone: it never gets parsed in-process.
        When the pool cannot start at all, everything is parsed in a thread of this process."""
        if (big or self._want_pool) and not self._pool_failed:
            loop = asyncio.get_running_loop()
            for _attempt in range(2):  # a pool broken by another document gets one fresh start
                try:
                    pool = self._executor()
                    future = loop.run_in_executor(pool, _Call(fn, args, kwargs))
                except Exception as exc:
                    # e.g. a caller's script without the `if __name__ == "__main__"` guard, no
                    # semaphores in a container, a file descriptor limit. Slower, never failing.
                    self._pool_failed = True
                    self.problems.append(
                        f"the parsing processes could not start ({_plain(exc)}); "
                        "feeds and pages were parsed in the app's own process instead"
                    )
                    log.warning("cannot start the parsing processes (%s); parsing in a thread", _plain(exc))
                    break
                try:
                    return await future
                except concurrent.futures.process.BrokenProcessPool:
                    self._discard(pool)
            else:
                raise FeedError("the parsing process crashed on this document")
        return await asyncio.to_thread(fn, *args, **kwargs)

    async def db(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """`fn(*args, **kwargs)` (a library call) on the library's thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._db, functools.partial(fn, *args, **kwargs))

    async def store_feed(self, source_id: int, incoming: list[Incoming], **source: Any) -> MergeResult:
        """`Library.store_feed`, stored together with the feeds that queue up while the library's
        thread is writing others: one transaction for them all (a commit costs more than a
        feed's articles). A batch that fails is stored feed by feed, so one bad feed fails alone."""
        return await self.queue_store(source_id, incoming, **source)

    def queue_store(self, source_id: int, incoming: list[Incoming], **source: Any) -> asyncio.Future[MergeResult]:
        """`store_feed` without waiting: the future is done once the feed is stored."""
        future: asyncio.Future[MergeResult] = asyncio.get_running_loop().create_future()
        self._to_store.append((source_id, incoming, source, future))
        self._stored_more.set()
        if self._storing is None or self._storing.done():
            self._storing = asyncio.ensure_future(self._store_queued())
        return future

    def record_unchanged(self, info: SourceInfo, **source: Any) -> None:
        """Queue the record of a feed that brought nothing new (checked now, perhaps moved), and
        let its lane go on to the next feed: waiting for that commit (up to STORE_LINGER for a
        batch) kept the lanes of a refresh whose feeds all answer 304 idle half the time.
        `unchanged_failures` says which of them could not be recorded."""
        self._unchanged.append((info, self.queue_store(info.id, [], **source)))

    async def unchanged_failures(self) -> list[tuple[SourceInfo, BaseException]]:
        """The feeds queued by `record_unchanged` whose record failed, once all are stored."""
        if not self._unchanged:
            return []
        await asyncio.gather(*(future for _info, future in self._unchanged), return_exceptions=True)
        return [(info, future.exception()) for info, future in self._unchanged
                if not future.cancelled() and future.exception() is not None]

    def storer_done(self) -> None:
        """A lane has no more feeds to queue (see `storers`)."""
        self.storers -= 1
        self._stored_more.set()

    async def _fill_batch(self) -> None:
        """Wait up to STORE_LINGER for STORE_BATCH feeds, or until every storer waits on the queue."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + STORE_LINGER
        while len(self._to_store) < min(STORE_BATCH, self.storers):
            left = deadline - loop.time()
            if left <= 0:
                return
            self._stored_more.clear()
            try:
                await asyncio.wait_for(self._stored_more.wait(), left)
            except asyncio.TimeoutError:
                return

    async def _store_queued(self) -> None:
        while self._to_store:
            await self._fill_batch()
            batch = [item for item in self._to_store[:STORE_BATCH] if not item[3].done()]
            del self._to_store[:STORE_BATCH]
            if not batch:
                continue
            try:
                results = await self.db(self.library.store_feeds, [item[:3] for item in batch])
            except Exception:
                if len(batch) == 1:
                    results = None
                else:
                    for source_id, incoming, source, future in batch:
                        await self._store_alone(source_id, incoming, source, future)
                    continue
            for index, (source_id, incoming, source, future) in enumerate(batch):
                if results is None:
                    await self._store_alone(source_id, incoming, source, future)
                elif not future.done():
                    future.set_result(results[index])

    async def _store_alone(self, source_id: int, incoming: list[Incoming], source: dict[str, Any],
                           future: asyncio.Future[MergeResult]) -> None:
        try:
            result = await self.db(self.library.store_feed, source_id, incoming, **source)
        except Exception as exc:
            if not future.done():
                future.set_exception(exc)
        else:
            if not future.done():
                future.set_result(result)

    def _discard(self, pool: concurrent.futures.ProcessPoolExecutor) -> None:
        with self._pool_lock:
            if self._pool is pool:
                self._pool = None
        pool.shutdown(wait=False, cancel_futures=True)

    async def parse(self, result: FetchResult) -> ParsedFeed:
        return await self._off_loop(
            len(result.data) >= POOL_BYTES, parse_feed, result.data, url=result.url,
            headers=result.headers,
        )

    async def extract(self, result: FetchResult, source: str) -> Article:
        from .sources.pages import page_article

        return await self._off_loop(
            True, page_article, result.data, url=result.url, source=source,
            content_type=result.content_type,
        )

    async def close(self) -> None:
        if self._storing is not None:
            await asyncio.gather(self._storing, return_exceptions=True)
        await self.fetcher.aclose()
        self._db.shutdown(wait=True)
        with self._pool_lock:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None


def _workers() -> int:
    # One core stays with this process (HTTP, the library): on 2 cores one parsing worker
    # refreshed the bench's 100 feeds faster than two, which starved the event loop.
    return max(1, min(2, (os.cpu_count() or 2) - 1))


def _nothing() -> None:
    """A first task: submitting it starts the pool's processes."""


def _quiet_worker(parent: int | None = None) -> None:
    """Workers never touch the terminal (the TUI owns it): their failures come back as
    exceptions, so log records, warnings and stray reads or writes meet /dev/null.

    A worker also exits when the process that started the pool is gone: a SIGKILLed
    refresh would otherwise leave its workers (and the forkserver) waiting forever."""
    logging.getLogger().addHandler(logging.NullHandler())
    warnings.simplefilter("ignore")
    _stdio_to_devnull()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _stdio_to_devnull() -> None:
    """Bind fds 0, 1 and 2 (inherited from the app: its terminal) and sys.std* to /dev/null."""
    try:
        devnull = os.open(os.devnull, os.O_RDWR)
    except OSError:
        return
    try:
        for fd in (0, 1, 2):
            with contextlib.suppress(OSError):
                os.dup2(devnull, fd)
    finally:
        os.close(devnull)
    with contextlib.suppress(OSError):
        sys.stdin = open(0, closefd=False)  # noqa: SIM115 (lives as long as the worker)
        sys.stdout = sys.stderr = open(1, "w", closefd=False)  # noqa: SIM115


_HELPERS_LOCK = threading.Lock()


@contextlib.contextmanager
def helpers_on_real_files() -> Iterator[None]:
    """Start multiprocessing's helper processes with a sys.stderr that is a real file.

    The resource tracker (started with the first pool) keeps `sys.stderr.fileno()` open in
    the process it spawns. Inside the app, sys.stderr is Textual's capture object, whose
    fileno() is -1, and spawning fails with "bad value(s) in fds_to_keep". While the helpers
    start, sys.stderr is /dev/null instead; everything they inherit is a real descriptor.
    """
    with _HELPERS_LOCK:
        if _has_real_fileno(sys.stderr):
            yield
            return
        from multiprocessing import resource_tracker

        saved = sys.stderr
        with open(os.devnull, "w") as devnull:
            sys.stderr = devnull
            try:
                resource_tracker.ensure_running()
                yield
            finally:
                if sys.stderr is devnull:  # unless the app restored its own meanwhile
                    sys.stderr = saved


def _has_real_fileno(stream: Any) -> bool:
    try:
        fd = stream.fileno()
        os.fstat(fd)
    except (AttributeError, ValueError, OSError, TypeError):
        return False
    return isinstance(fd, int) and fd >= 0


def _plain(exc: BaseException) -> str:
    text = clean_line(str(exc), 200)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _exit_with(parent: int) -> None:
    while True:
        time.sleep(0.5)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(0)
        except OSError:
            pass  # it exists but is not ours to signal


@dataclass(frozen=True)
class _Call:
    """A picklable call with keyword arguments, for the process pool."""

    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]

    def __call__(self) -> Any:
        return self.fn(*self.args, **self.kwargs)


# --- refresh ----------------------------------------------------------------------------------


def refresh(
    library: Library,
    config: Config,
    source_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> RefreshReport:
    """Refresh the sources (all when `source_ids` is None). Blocks; call it from a worker thread.

    Setting `cancel` (e.g. when the app quits) stops it within a tenth of a second: what
    was stored stays stored, the sources not done yet are reported as cancelled.
    """
    return _run_sync(lambda: refresh_async(library, config, source_ids, progress, cancel))


def ensure_seeds(library: Library, seeds_dir: str | os.PathLike[str]) -> int:
    """On first run, import the bundled seeds as the folder source "Seeds". Returns articles added.

    Runs once per library (see `Library.needs_seeds`); missing seeds are tried again next time.
    """
    if not library.needs_seeds():
        return 0
    from .sources.files import load_path  # the sources stage is heavy: import it only when needed

    folder = Path(seeds_dir).resolve()
    try:
        articles = load_path(folder)
    except Exception as exc:  # no seeds is no reason to fail opening the library
        log.warning("could not load the bundled seeds from %s: %s", folder, exc)
        return 0
    return library.add_seeds(folder, articles)


async def refresh_async(
    library: Library,
    config: Config,
    source_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> RefreshReport:
    """`refresh` for callers already in an event loop."""
    # On the loop's thread: no worker thread may exist before the fork.
    infos = library.sources(counts=False)
    if source_ids is not None:
        wanted = set(source_ids)
        infos = [s for s in infos if s.id in wanted]
    total = len(infos)
    run = _Run(library, config, sources=total)
    run.validators = library.validators()
    run.start_pool_early()
    if progress:
        progress(0, total, "")
    done = 0
    reports: dict[int, SourceReport] = {}

    async def one(info: SourceInfo) -> None:
        nonlocal done
        reports[info.id] = await _refresh_source(run, info)
        done += 1
        if progress:
            try:
                progress(done, total, info.title)
            except Exception as exc:  # a broken progress display must not stop the refresh
                log.error("progress callback failed: %s", exc)
                log.debug("progress callback traceback", exc_info=True)

    work = _by_host(infos)

    async def lane() -> None:
        # One source after another: a lane reuses its connection for a run of one host's
        # feeds, and holds at most one document (fetched, parsed, stored) at a time.
        try:
            while work:
                for info in work.popleft():
                    await one(info)
        finally:
            run.storer_done()

    # More lanes than fetches at once (the fetcher holds them to `jobs`): while up to a batch of
    # lanes wait for the library to store their feeds, the others keep fetching.
    lanes = min(config.jobs + STORE_BATCH, len(work))
    run.storers = lanes
    tasks = [asyncio.ensure_future(lane()) for _ in range(lanes)]
    try:
        pending = set(tasks)
        while pending:
            _done, pending = await asyncio.wait(pending, timeout=0.1)
            if cancel is not None and cancel.is_set():
                for task in pending:
                    task.cancel()
                await asyncio.gather(*pending, return_exceptions=True)
                break
        # An unchanged feed whose record could not be stored fails like any other.
        for info, exc in await run.unchanged_failures():
            reports[info.id] = await _failed(run, info, exc)
    finally:
        for task in tasks:
            task.cancel()
        await run.close()
    # The articles stored in batches enter the full-text index in one go (a stopped refresh
    # leaves them to the next search or refresh), before pruning deletes any of them.
    try:
        await asyncio.to_thread(library.index_pending)
    except NewsbriefError as exc:
        log.error("could not index the new articles for search: %s", exc)
    cancelled = cancel is not None and cancel.is_set()
    pruned = 0 if cancelled else await asyncio.to_thread(library.prune, config.retention_days)
    return RefreshReport(
        sources=tuple(
            reports.get(i.id)
            or SourceReport(source_id=i.id, title=i.title, location=i.location, error="cancelled")
            for i in infos
        ),
        pruned=pruned,
        problems=tuple(run.problems),
    )


def _by_host(infos: Sequence[SourceInfo]) -> collections.deque[list[SourceInfo]]:
    """The sources in runs of at most HOST_RUN of one host, ordered so that runs taken at the
    same time are of different hosts: the first run of every host, then the second, …"""
    hosts: dict[str, list[SourceInfo]] = {}
    for info in infos:
        key = f"{info.kind}:{info.id}"
        if info.kind in ("feed", "page"):
            parts = urlsplit(info.location)
            key = f"{parts.scheme}://{parts.netloc}".lower()
        hosts.setdefault(key, []).append(info)
    runs = [[group[i:i + HOST_RUN] for i in range(0, len(group), HOST_RUN)] for group in hosts.values()]
    ordered: collections.deque[list[SourceInfo]] = collections.deque()
    for depth in range(max((len(r) for r in runs), default=0)):
        ordered.extend(r[depth] for r in runs if depth < len(r))
    return ordered


async def _refresh_source(run: _Run, info: SourceInfo) -> SourceReport:
    base = SourceReport(source_id=info.id, title=info.title, location=info.location)
    try:
        if info.kind == "feed":
            return await _refresh_feed(run, info, base)
        if info.kind == "page":
            return await _refresh_page(run, info, base)
        return await _refresh_path(run, info, base)
    except Exception as exc:
        return await _failed(run, info, exc)


async def _failed(run: _Run, info: SourceInfo, exc: BaseException) -> SourceReport:
    """The report of a source that failed, its reason recorded in the library."""
    reason = _source_reason(exc, info.location)
    if not isinstance(exc, NewsbriefError):
        # One line for the user (the CLI and the TUI show `reason`); the traceback only in debug logs.
        log.error("refreshing %s failed unexpectedly: %s", info.location, reason)
        log.debug("traceback for %s", info.location, exc_info=(type(exc), exc, exc.__traceback__))
    try:
        await run.db(run.library.update_source, info.id, error=reason, keep_cache=True)
    except NewsbriefError as store_exc:
        log.error("could not record the failure of %s: %s", info.location, store_exc)
    return SourceReport(source_id=info.id, title=info.title, location=info.location, error=reason)


def _source_reason(exc: BaseException, location: str) -> str:
    """Why a source failed, without its own address: every place that shows the reason names
    the source first (`SourceReport.failure`, the reader's `!` list, `newsbrief sources`), and
    "Feed 2: http://…/feed.xml: HTTP 404" said the address twice where a title is its address.
    Another address (a redirect's target) stays: it says where the failure was."""
    text = _reason(exc, location)
    return text.removeprefix(f"{location}: ") or text


def _reason(exc: BaseException, location: str) -> str:
    """Why fetching `location` failed, in one line that starts with it (an article page's)."""
    text = clean_line(str(exc), 400)
    if isinstance(exc, NewsbriefError):
        return text if location in text else f"{location}: {text}"
    return f"{location}: {type(exc).__name__}: {text}" if text else f"{location}: {type(exc).__name__}"


async def _refresh_feed(run: _Run, info: SourceInfo, base: SourceReport) -> SourceReport:
    etag, last_modified, body_hash = run.validators.get(info.id, (None, None, None))
    result = await run.fetcher.get(info.location, etag=etag, last_modified=last_modified)
    # Nothing new (a 304, or the same document again): only the source's record changes, and
    # it joins the batch being stored (one transaction for many feeds, not one each).
    # The lane goes on at once: the record is stored with the next batch (see `record_unchanged`).
    if result.not_modified:
        run.record_unchanged(info, location=result.moved_to, keep_cache=True)
        return replace(base, not_modified=True, moved_to=result.moved_to)
    digest = content_hash_bytes(result.data)
    if digest == body_hash:
        # The very document stored last time, from a server without validators: no parse.
        run.record_unchanged(
            info, location=result.moved_to, etag=result.etag, last_modified=result.last_modified,
        )
        return replace(base, not_modified=True, moved_to=result.moved_to)
    parsed = await run.parse(result)
    return await _store_feed(run, info, base, parsed, result, digest)


async def _store_feed(
    run: _Run, info: SourceInfo, base: SourceReport, parsed: ParsedFeed, result: FetchResult,
    digest: str | None = None,
) -> SourceReport:
    # What the library knows of this source only matters for entries that may need their
    # page fetched (most feeds carry their full text: no query then).
    wants_pages = any(entry.needs_full_text for entry in parsed.entries)
    known = await run.db(run.library.known_entries, info.id) if wants_pages else {}
    incoming: list[Incoming] = []
    to_fetch: list[FeedEntry] = []
    for entry in parsed.entries:
        seen = _known(known, entry)
        if seen is not None and not seen.id:
            continue  # pruned long ago: stays gone
        if entry.needs_full_text:
            if seen is not None and seen.summary_hash == content_hash(entry.summary or entry.text):
                # Same teaser as last time: its full text is stored already, no page fetch.
                incoming.append(_incoming(entry, entry.text, info.location))
            elif len(to_fetch) < MAX_FULL_TEXT_PER_FEED:
                to_fetch.append(entry)
            elif not _has_full_text(seen):
                incoming.append(_incoming(entry, entry.text, info.location))
        else:
            incoming.append(_incoming(entry, entry.text, info.location))
    fetched = await asyncio.gather(*(_full_text(run, e, info.location) for e in to_fetch))
    full_text = sum(1 for page in fetched if page.got)
    # A page that failed this time never replaces a full text stored before with the teaser:
    # the article stays as it was, and its page is tried again next refresh.
    incoming.extend(page.item for entry, page in zip(to_fetch, fetched, strict=True)
                    if page.got or not _has_full_text(_known(known, entry)))
    keep_title = info.title and info.title != info.location
    # The articles and the source's new validators in one transaction: a crash in between can
    # never leave new validators (a 304 next time) without the articles they stand for.
    merged = await run.store_feed(
        info.id, incoming, location=result.moved_to,
        title=None if keep_title else parsed.title, etag=result.etag,
        last_modified=result.last_modified, body_hash=digest or content_hash_bytes(result.data),
    )
    return replace(
        base, title=info.title if keep_title else parsed.title, new=len(merged.new),
        updated=len(merged.updated), full_text=full_text, moved_to=result.moved_to,
        new_ids=merged.new, page_problems=tuple(p.problem for p in fetched if p.problem),
    )


def content_hash_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _has_full_text(seen: KnownEntry | None) -> bool:
    """Whether a stored article's text came from its page (it is not the feed's teaser)."""
    return seen is not None and seen.summary_hash is not None and seen.content_hash != seen.summary_hash


def _known(known: dict[str, KnownEntry], entry: FeedEntry) -> KnownEntry | None:
    if entry.guid and f"g:{entry.guid}" in known:
        return known[f"g:{entry.guid}"]
    if entry.url:
        return known.get(f"l:{entry.url}")
    return None


def _incoming(entry: FeedEntry, text: str, source: str, byline: str | None = None,
              published: str | None = None) -> Incoming:
    article = Article(
        text=text, title=entry.title, source=source, url=entry.url,
        published=entry.published or published, byline=entry.byline or byline,
    )
    return Incoming(article, guid=entry.guid, summary=entry.summary)


@dataclass(frozen=True)
class _Page:
    """An entry after trying its page: with the page's text (`got`), or the summary and why."""

    item: Incoming
    got: bool
    problem: str | None = None  # "URL: reason" when the page could not be fetched or read


async def _full_text(run: _Run, entry: FeedEntry, source: str) -> _Page:
    """The entry with its page's text when the page has more to say than the summary."""
    assert entry.url is not None
    try:
        result = await run.fetcher.get(entry.url, accept=ACCEPT_PAGES)
        page = await run.extract(result, entry.url)
    except (FetchError, SourceError) as exc:
        log.info("full text of %s: %s; keeping the summary", entry.url, exc)
        return _Page(_incoming(entry, entry.text, source), False, _reason(exc, entry.url))
    except Exception as exc:  # a page that crashes the extractor only costs its full text
        log.warning("full text of %s failed: %s: %s", entry.url, type(exc).__name__, exc)
        return _Page(_incoming(entry, entry.text, source), False, _reason(exc, entry.url))
    if len(page.text) <= len(entry.text):
        return _Page(_incoming(entry, entry.text, source), False)
    if page.title and entry.title == clean_line(entry.url, 1000):
        entry = replace(entry, title=page.title)  # a link-only entry: its URL stood in for a title
    return _Page(_incoming(entry, page.text, source, page.byline, page.published), True)


async def _refresh_page(run: _Run, info: SourceInfo, base: SourceReport) -> SourceReport:
    etag, last_modified, _body = run.validators.get(info.id, (None, None, None))
    result = await run.fetcher.get(
        info.location, etag=etag, last_modified=last_modified, accept=ACCEPT_PAGES
    )
    if result.not_modified:
        await run.db(run.library.update_source, info.id, keep_cache=True)
        return replace(base, not_modified=True)
    article = await run.extract(result, info.location)
    merged = await run.db(
        run.library.merge_articles, [Incoming(article, guid=info.location)], info.id
    )
    await run.db(
        run.library.update_source, info.id, location=result.moved_to, etag=result.etag,
        last_modified=result.last_modified,
    )
    return replace(base, new=len(merged.new), updated=len(merged.updated),
                   moved_to=result.moved_to, new_ids=merged.new)


async def _refresh_path(run: _Run, info: SourceInfo, base: SourceReport) -> SourceReport:
    from .sources.files import load_path

    if info.kind == "files":
        known = await run.db(run.library.known_entries, info.id)
        paths = sorted({Path(key[2:]) for key in known if key.startswith("g:")})
        articles = await asyncio.to_thread(_load_files, paths)
    else:
        articles = await asyncio.to_thread(load_path, Path(info.location))
    items = [Incoming(a, guid=a.source or None) for a in articles]
    merged = await run.db(run.library.merge_articles, items, info.id)
    await run.db(run.library.update_source, info.id, keep_cache=True)
    return replace(base, new=len(merged.new), updated=len(merged.updated), new_ids=merged.new)


def _load_files(paths: Sequence[Path]) -> list[Article]:
    """The "Local files" source's files read again; one that is gone or unreadable keeps what
    the library already has of it."""
    from .sources.files import load_path

    articles: list[Article] = []
    for path in paths:
        try:
            articles += load_path(path)
        except (OSError, NewsbriefError) as exc:
            log.info("%s not read again: %s", path, exc)
    return articles


# --- adding a source -------------------------------------------------------------------------

LOCAL_FILES = "local:files"  # the location of the one source that holds files added one by one


def add_source(library: Library, source: str, config: Config) -> AddResult:
    """Follow a feed URL, a page URL (its advertised feed, else the page itself), a file or a folder.

    Raises SourceError, FetchError or FeedError naming the source when nothing can be added.
    """
    from .sources.pages import is_url

    if is_url(source):
        return _run_sync(lambda: _add_url(library, source, config))
    return _add_path(library, source)


def _add_path(library: Library, source: str) -> AddResult:
    path = Path(source).expanduser()
    if not path.exists():
        raise SourceError(f"{source}: no such file or folder")
    path = path.resolve()
    # The library keeps a folder's path as clean text, and a single file's as a clean line (its
    # entry in "Local files"): a path that does not survive that could never be read again.
    where = str(path)
    if clean_text(where) != where or "\n" in where or "\t" in where:
        raise SourceError(f"{clean_line(where, max_len=300)}: its path holds control characters or bytes "
                          "that are not text; rename it to add it")
    if not path.is_dir() and clean_line(where, max_len=1000) != where:
        raise SourceError(f"{clean_line(where, max_len=300)}: a file whose path has runs of spaces or is over "
                          "1,000 characters cannot be read again on refresh; add its folder instead")
    existing = library.find_source(str(path))
    if existing is not None:
        return AddResult(existing, 0, already=True)
    from .sources.files import load_path

    skipped: list[str] = []
    articles = load_path(path, skipped)
    if path.is_dir():
        source_id = library.add_source("folder", str(path), title=path.name)
    else:  # a single file joins the "Local files" source, not a source named after its title
        files = library.find_source(LOCAL_FILES)
        if files is not None and f"g:{path}" in library.known_entries(files.id):
            return AddResult(files, 0, already=True)
        source_id = files.id if files else library.add_source("files", LOCAL_FILES, title="Local files")
    merged = library.merge_articles([Incoming(a, guid=a.source or None) for a in articles], source_id)
    library.update_source(source_id, keep_cache=True)
    return AddResult(library.source(source_id), len(merged.new), skipped_files=tuple(skipped))


@dataclass(frozen=True)
class OpmlImport:
    """The feeds an OPML file listed: how many were followed now, how many were already."""

    file: Path
    added: int
    already: int


def import_opml(library: Library, file: str | os.PathLike[str]) -> OpmlImport:
    """Follow every feed an OPML file lists (folders become categories); nothing is fetched.

    Raises SourceError or FeedError naming the file when it cannot be read as OPML.
    """
    return follow_opml(library, *read_opml(file))


def read_opml(file: str | os.PathLike[str]) -> tuple[Path, list[OpmlFeed]]:
    """The feeds an OPML file lists, read before any library is touched.

    Raises SourceError or FeedError naming the file when it cannot be read as OPML.
    """
    from .sources.opml import parse_opml

    path = Path(file).expanduser()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{clean_line(str(path), 300)}: cannot read ({exc.strerror or exc})") from None
    return path, parse_opml(data, source=str(path))


def follow_opml(library: Library, path: Path, feeds: list[OpmlFeed]) -> OpmlImport:
    """Follow the feeds `read_opml` gave that the library does not follow yet."""
    known = {s.location for s in library.sources(counts=False)}
    added = 0
    for feed in feeds:
        if feed.url in known:
            continue
        library.add_source("feed", feed.url, title=feed.title, category=feed.category)
        known.add(feed.url)
        added += 1
    return OpmlImport(path, added, len(feeds) - added)


async def _add_url(library: Library, source: str, config: Config) -> AddResult:
    url = check_url(source)
    existing = library.find_source(url)
    if existing is not None:
        return AddResult(existing, 0, already=True)
    run = _Run(library, config, sources=1)
    try:
        result = await run.fetcher.get(url)
        if looks_like_feed(result.data, result.content_type):
            return await _add_feed(run, url, result)
        from .sources.decode import looks_like_html

        is_page = "html" in result.content_type or looks_like_html(result.data)
        if is_page:
            for feed_url in discover_feeds(result.data, result.url)[:3]:
                if library.find_source(feed_url) is not None:
                    return AddResult(library.find_source(feed_url), 0, already=True,  # type: ignore[arg-type]
                                     discovered_from=url)
                try:
                    feed_result = await run.fetcher.get(feed_url)
                    if looks_like_feed(feed_result.data, feed_result.content_type):
                        added = await _add_feed(run, feed_url, feed_result)
                        return replace(added, discovered_from=url)
                except (FetchError, FeedError) as exc:
                    log.info("%s advertises %s, which failed: %s", url, feed_url, exc)
        article = await run.extract(result, url)
        source_id = await run.db(
            library.add_source, "page", result.moved_to or url, article.title
        )
        merged = await run.db(
            library.merge_articles, [Incoming(article, guid=result.moved_to or url)], source_id
        )
        await run.db(
            library.update_source, source_id, etag=result.etag, last_modified=result.last_modified,
        )
        return AddResult(library.source(source_id), len(merged.new), problems=tuple(run.problems))
    finally:
        await run.close()


async def _add_feed(run: _Run, url: str, result: FetchResult) -> AddResult:
    parsed = await run.parse(result)
    location = result.moved_to or url
    source_id = await run.db(run.library.add_source, "feed", location, parsed.title)
    info = run.library.source(source_id)
    base = SourceReport(source_id=source_id, title=info.title, location=location)
    report = await _store_feed(run, info, base, parsed, replace(result, moved_to=None))
    return AddResult(run.library.source(source_id), report.new, page_problems=report.page_problems,
                     problems=tuple(run.problems))


# --- running async code from sync callers ----------------------------------------------------


def _run_sync(factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """asyncio.run, or on a helper thread when this thread already runs an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(factory())
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as helper:
        return helper.submit(lambda: asyncio.run(factory())).result()


__all__ = [
    "AddResult",
    "Progress",
    "RefreshReport",
    "SourceReport",
    "add_source",
    "refresh",
    "refresh_async",
]
