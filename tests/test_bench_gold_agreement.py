"""bench/gold_agreement.py: two golds of one article scored against each other by the gold rules."""

from __future__ import annotations

import json
from pathlib import Path

from engine_support import load_bench

agreement = load_bench("gold_agreement").agreement


def _gold(path: Path, issues: list[tuple[str, list[list[str]]]], steps: list[tuple[str, list[list[str]]]]) -> Path:
    path.write_text(json.dumps({
        "open_issues": [{"label": label, "terms": terms} for label, terms in issues],
        "next_steps": [{"label": label, "terms": terms} for label, terms in steps],
    }), encoding="utf-8")
    return path


def test_each_gold_reads_the_other_and_the_figures_add_up_both_ways(tmp_path):
    a = _gold(tmp_path / "a.gold.json",
              [("Unions reject the pier closure", [["union"], ["pier"]]), ("Cost of repairs unknown", [["cost"]])],
              [("Council votes on Thursday", [["vote"], ["thursday"]])])
    b = _gold(tmp_path / "b.gold.json",
              [("The pier closure is opposed by the union", [["pier"], ["oppos"]])],
              [("A vote on Thursday", [["vote"]]), ("Crews meet the board next week", [["crews"], ["board"]])])
    totals = agreement([(a, b)])
    # a's two issue labels against b's one issue: "Unions reject the pier closure" lacks "oppos";
    # b's label against a's two issues: it says "union" and "pier", so it matches the first.
    assert totals["open_issues"].values["recall"] == [1, 3]
    assert totals["open_issues"].values["precision"] == [1, 3]
    # a's step matches b's first; b's first matches a's; b's second matches nothing in a.
    assert totals["next_steps"].values["recall"] == [2, 3]
    assert totals["next_steps"].values["precision"] == [2, 3]
