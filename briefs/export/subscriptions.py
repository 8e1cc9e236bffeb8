"""The followed feeds written out as an OPML 2.0 subscription list (for another reader)."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import SaveError
from ..safety import clean_line
from ..sources.opml import OpmlFeed, write_opml
from ..store.library import Library
from .save import write_text_atomically


def opml_of(library: Library) -> tuple[bytes, int]:
    """The library's feeds as OPML 2.0 (pages and files are not subscriptions), and how many."""
    feeds = [OpmlFeed(s.location, s.title, s.category) for s in library.sources(counts=False) if s.kind == "feed"]
    return write_opml(feeds), len(feeds)


def export_opml(library: Library, file: str | os.PathLike[str], *, make_folder: bool = False) -> int:
    """Write the followed feeds to `file` in one step (never a partial file), its folder made
    first with `make_folder`; how many feeds. Raises SaveError naming the file when it cannot
    be written."""
    path = Path(file)
    data, count = opml_of(library)
    try:
        if make_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomically(path, data.decode("utf-8"))
    except OSError as exc:
        raise SaveError(f"{clean_line(str(path), 300)}: cannot write ({exc.strerror or exc})") from None
    return count
