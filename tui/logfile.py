"""Warnings of the briefs stages to a file: Textual owns the terminal (and swallows stderr) while
the reader runs, in the app's process and in its refresh process alike. No Textual here: the
refresh process loads only this and `briefs`."""

from __future__ import annotations

import logging
from pathlib import Path


def log_warnings_to(path: Path) -> None:
    """Send the `briefs` loggers' warnings to `path` (appended; opened on the first one). A file
    that cannot be opened is left out: the messages on screen still say what failed."""
    try:
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        return
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("briefs").addHandler(handler)
