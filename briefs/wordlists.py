"""Word lists kept as data files: one entry a line, `#` starts a comment. The one reader of them,
shared by the engine's lexicons (`briefs.engine.lexicons`) and the page furniture rules, which read
the engine's list of given names without loading the engine."""

from __future__ import annotations

from importlib import resources


def read_word_list(package: str, *path: str) -> tuple[str, ...]:
    """The entries of the word list at `path` inside `package`, in file order, comments and blank
    lines left out ("given_names.txt" of "briefs.engine.lexicons": `("briefs", "engine",
    "lexicons", "given_names.txt")` reads it without importing the engine)."""
    raw = resources.files(package).joinpath(*path).read_text(encoding="utf-8")
    entries = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return tuple(entries)
