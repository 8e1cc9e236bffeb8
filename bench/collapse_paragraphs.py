"""A gold folder with every article's paragraphs joined into one, to measure the engine on text
given as one paragraph (RSS descriptions, news data sets, pasted text).

    .venv/bin/python bench/collapse_paragraphs.py bench/sets/pool4 /tmp/coll/pool4
    .venv/bin/python bench/quality.py --corpus /tmp/coll/pool4

Each `.txt` beside a gold file is written with every run of white space (the paragraph breaks
with it) made one space; the gold files are copied as they are (gold items are matched by their
words, not by offsets, so they hold for the joined text).
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path


def collapse(text: str) -> str:
    """The paragraphs of `text` joined by one space: every run of white space is one space (a
    final newline is added on writing)."""
    return " ".join(text.split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    args = parser.parse_args()
    args.target.mkdir(parents=True, exist_ok=True)
    count = 0
    for gold in sorted(args.source.glob("*.gold.json")):
        shutil.copyfile(gold, args.target / gold.name)
        for article in args.source.glob(gold.name.removesuffix(".gold.json") + ".*"):
            if article.suffix == ".txt":
                (args.target / article.name).write_text(collapse(article.read_text(encoding="utf-8")) + "\n", encoding="utf-8")
                count += 1
    print(f"{count} articles -> {args.target}")


if __name__ == "__main__":
    main()
