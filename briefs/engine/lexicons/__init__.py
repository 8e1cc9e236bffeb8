"""Lexicons: word lists the engine's rules read, kept as data files beside this module.

A `.txt` lexicon holds one entry per line; `#` starts a comment. Entries are
matched case-insensitively unless the rule says otherwise.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load_list(name: str) -> tuple[str, ...]:
    """The entries of lexicon `name` (file `<name>.txt`), in file order."""
    raw = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return tuple(entries)


@cache
def load_set(name: str) -> frozenset[str]:
    """Lexicon `name` as a lower-cased set."""
    return frozenset(entry.lower() for entry in load_list(name))
