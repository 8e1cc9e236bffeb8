"""The reader's own writes to the library (triage, undo, tags, saved marks) and the reads that
must follow them (the counts), in order, in one thread on a connection of its own.

A refresh or the index holds SQLite's write lock for a batch at a time; a write made on the
screen's thread would wait for it (up to the busy timeout: seconds). So a key shows its decision
at once, from memory, and the decision is written here, in the order the keys came.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import TypeVar

from briefs import Library, NewsbriefError

T = TypeVar("T")


class LibraryWriter:
    """One thread, one connection (`Library.sibling`), jobs run first come first served.

    `submit(job)` runs `job(library)` there and returns its Future; `close` waits for every job
    submitted (nothing decided is left unwritten) and closes the connection. The thread workers
    that make briefs share the connection (`library`): their cache writes wait there too.
    """

    def __init__(self, library: Library) -> None:
        self._main = library
        self._library: Library | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsbrief-writes")
        self._closed = False
        self._opening = threading.Lock()
        self._pending = 0  # jobs submitted and not yet done
        self._counting = threading.Lock()

    @property
    def library(self) -> Library:
        """The connection of the reader's background work (opened on first use)."""
        with self._opening:  # the writer thread and a brief worker may both be first
            if self._closed and self._library is None:
                raise NewsbriefError(f"the library {self._main.path} is closed")
            if self._library is None:
                self._library = self._main.sibling()
            return self._library

    def submit(self, job: Callable[[Library], T],
               done: Callable[[Future[T]], None] | None = None) -> Future[T]:
        """Run `job(library)` after every job submitted before it; then `done(future)`, in the
        writer's thread (before `idle` holds again)."""
        if self._closed:
            raise NewsbriefError(f"the library {self._main.path} is closed")
        with self._counting:
            self._pending += 1
        future = self._pool.submit(lambda: job(self.library))
        future.add_done_callback(partial(self._done, done))
        return future

    def _done(self, done: Callable[[Future[T]], None] | None, future: Future[T]) -> None:
        try:
            if done is not None:
                done(future)
        finally:
            with self._counting:
                self._pending -= 1

    @property
    def idle(self) -> bool:
        """Every job submitted is done (tests wait for it; a key never does)."""
        with self._counting:
            return self._pending == 0

    def close(self) -> None:
        """Write what is queued, then close the connection (the app is closing)."""
        if self._closed:
            return
        self._closed = True
        self._pool.shutdown(wait=True)
        with self._opening:
            if self._library is not None:
                self._library.close()
