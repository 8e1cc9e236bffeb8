"""How far two careful readers' golds of the same article agree, scored by GOLD_FORMAT's rules.

Some articles have two golds written independently: dev pages of mozilla/readability's test set
that pool6 (part c) and pool7 took again from the same repository, with golds by other writers who
never saw the first. Each gold's open-issue and next-step labels are scored as a brief's lines
against the other gold (both ways), exactly as `bench/scoring.py` scores the engine. The figure is a
rough ceiling for the engine under these rules: a second careful reader's one-line statements,
which are paraphrases and need not contain the article's own words the terms ask for.

    .venv/bin/python bench/gold_agreement.py [--shared ../shared]

Prints the pairs found (by the repository path in each set's SOURCES.tsv) and, per section,
recall and precision summed over both directions.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from scoring import Counts, issue_haystack, score_items, step_haystack  # noqa: E402

SECTIONS = (("open_issues", issue_haystack), ("next_steps", step_haystack))
_READABILITY = "mozilla/readability"


def twin_pairs(shared: Path) -> list[tuple[Path, Path]]:
    """(set gold, dev gold) for every set article taken from a readability test page dev also has."""
    pairs = []
    for sources in sorted((REPO / "bench" / "sets").glob("*/SOURCES.tsv")):
        with sources.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if row.get("repository") != _READABILITY:
                    continue
                page = Path(row["path"]).parent.name  # test/test-pages/<page>/expected.html
                dev = shared / "corpus" / "dev" / f"{page}.gold.json"
                mine = sources.parent / f"{row['slug']}.gold.json"
                if dev.exists() and mine.exists():
                    pairs.append((mine, dev))
    return pairs


def agreement(pairs: list[tuple[Path, Path]]) -> dict[str, Counts]:
    totals = {name: Counts() for name, _ in SECTIONS}
    for a, b in pairs:
        gold_a, gold_b = (json.loads(p.read_text(encoding="utf-8")) for p in (a, b))
        for reader, judge in ((gold_a, gold_b), (gold_b, gold_a)):
            for name, haystack in SECTIONS:
                lines = [{"text": item["label"]} for item in reader.get(name, [])]
                totals[name].merge(score_items(lines, judge.get(name, []), judge.get(f"acceptable_{name}", []), haystack))
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    pairs = twin_pairs(args.shared)
    for a, b in pairs:
        print(f"{a.parent.name}/{a.name.removesuffix('.gold.json')} ~ dev/{b.name.removesuffix('.gold.json')}")
    for name, counts in agreement(pairs).items():
        shown = ", ".join(f"{m} {h / t:.3f} ({h}/{t})" for m, (h, t) in counts.values.items() if m != "over_40_tokens" and t)
        print(f"{name:12} {shown}")


if __name__ == "__main__":
    main()
