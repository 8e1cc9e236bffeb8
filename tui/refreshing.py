"""The reader's refresh, run in a process of its own.

A refresh of 1,000 feeds keeps an HTTP event loop and the library's writes busy for seconds of
Python: in a thread of the app they took the GIL from the screen's thread (a key during a refresh
cost two to three times its idle time). In a child process they take nothing from it; the reader
gets the progress and the report over a pipe. This module imports no Textual: the child loads
only it and `briefs`.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefs import NewsbriefError

from .logfile import log_warnings_to

if TYPE_CHECKING:
    from briefs import Config, RefreshReport

Progress = Callable[[int, int, str], None]


def refresh_in_child(library_file: Path, config: Config, source_ids: Sequence[int] | None,
                     progress: Progress, cancel: threading.Event,
                     log_file: Path | None = None) -> RefreshReport:
    """`briefs.refresh_feeds` on `library_file` in a child process; `progress` is called here
    (in the caller's thread) as the child reports; setting `cancel` stops the child's refresh
    within about a tenth of a second, as it does in process. Raises NewsbriefError when the
    child fails or ends without a report."""
    from briefs import helpers_on_real_files  # the refresh module: loaded on the first R

    context = multiprocessing.get_context("forkserver")  # never fork the app's threads
    with helpers_on_real_files():
        receive, send = context.Pipe(duplex=False)
        stop = context.Event()  # a semaphore: the resource tracker starts with the first one
        child = context.Process(target=_child, name="newsbrief-refresh", daemon=False,
                                args=(str(library_file), config, list(source_ids) if source_ids is not None
                                      else None, send, stop, str(log_file) if log_file else None))
        child.start()
    send.close()  # the child holds the only writing end: its end is our EOF
    try:
        while True:
            if cancel.is_set():
                stop.set()
            if not receive.poll(0.1):
                continue
            try:
                kind, *rest = receive.recv()
            except EOFError:
                raise NewsbriefError(f"the refresh stopped without a report (exit code {child.exitcode})") from None
            if kind == "progress":
                progress(*rest)
            elif kind == "report":
                return rest[0]
            else:
                raise NewsbriefError(str(rest[0]))
    finally:
        stop.set()
        child.join(10)
        if child.is_alive():
            child.terminate()
            child.join(5)
        receive.close()


def _child(library_file: str, config: Config, source_ids: list[int] | None, send: Any, stop: Any,
           log_file: str | None) -> None:
    """The child's side: its output goes to the log file (the terminal belongs to the reader)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    if log_file:
        log_warnings_to(Path(log_file))
    import briefs

    try:
        with briefs.Library.open(library_file, whole_file_check=False) as library:  # the reader checked it
            report = briefs.refresh_feeds(library, config, source_ids=source_ids,
                                          progress=lambda done, total, label: send.send(("progress", done, total, label)),
                                          cancel=stop)
        send.send(("report", report))
    except NewsbriefError as exc:
        send.send(("error", str(exc)))
    except Exception as exc:  # said in the reader, not lost in the child
        send.send(("error", f"the refresh failed: {type(exc).__name__}: {exc}"))
    finally:
        send.close()
