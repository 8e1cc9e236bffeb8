"""Lexicons: word lists the engine's rules read, kept as data files beside this module.

A `.txt` lexicon holds one entry per line; `#` starts a comment. Entries are
matched case-insensitively unless the rule says otherwise. A tagged lexicon
writes `tag TAB phrase` ("verb\tmet", "likely\twill"); `load_tagged` is its one
reader. Every lexicon file is read by some rule, and every name a rule asks for
has its file (tests/test_engine_lexicons.py).
"""

from __future__ import annotations

from functools import cache

from ...wordlists import read_word_list


@cache
def load_list(name: str) -> tuple[str, ...]:
    """The entries of lexicon `name` (file `<name>.txt`), in file order."""
    return read_word_list(__package__, f"{name}.txt")


@cache
def load_set(name: str) -> frozenset[str]:
    """Lexicon `name` as a lower-cased set."""
    return frozenset(entry.lower() for entry in load_list(name))


def mentions_any(name: str, low: str) -> bool:
    """Whether lower-cased `low` holds an entry of lexicon `name` anywhere (a substring)."""
    return any(entry in low for entry in load_set(name))


@cache
def load_tagged(name: str) -> tuple[tuple[str, str], ...]:
    """The (tag, phrase) pairs of a `tag TAB phrase` lexicon; an untagged line has tag ""."""
    pairs = []
    for entry in load_list(name):
        tag, tab, phrase = entry.partition("\t")
        if not tab:
            tag, phrase = "", tag
        pairs.append((tag.strip(), " ".join(phrase.split())))
    return tuple(pairs)
