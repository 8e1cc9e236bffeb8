"""The followed feeds written out as an OPML 2.0 subscription list (for another reader)."""

from __future__ import annotations

import os

from ..sources.opml import OpmlFeed, write_opml
from ..store.library import Library
from .save import write_text_atomically


def opml_of(library: Library) -> tuple[bytes, int]:
    """The library's feeds as OPML 2.0 (pages and files are not subscriptions), and how many."""
    feeds = [OpmlFeed(s.location, s.title, s.category) for s in library.sources(counts=False) if s.kind == "feed"]
    return write_opml(feeds), len(feeds)


def export_opml(library: Library, file: str | os.PathLike[str]) -> int:
    """Write the followed feeds to `file` in one step (never a partial file); how many feeds.
    Raises OSError when the file cannot be written."""
    data, count = opml_of(library)
    write_text_atomically(file, data.decode("utf-8"))
    return count
