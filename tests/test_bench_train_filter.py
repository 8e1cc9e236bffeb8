"""bench/train_filter.py (loaded by path): one row per line the rules choose (the engine's own lines,
in the rules' order), labelled as the scorer credits it, generic features only, and the filter's
threshold and budget."""

from __future__ import annotations

import json
import math
from pathlib import Path

from engine_support import load_bench
from scoring import score_brief

# Invented: a ferry strike. The rules find an open question, a fear and a few plans; the gold holds
# some of them.
STORY = (
    "Ferry crews on the Harrow Sound route walked out on Tuesday over a new shift rota, stranding "
    "about 900 passengers on both sides of the water.\n\n"
    "It is unclear whether the stoppage will spread to the freight ferries, a union official said.\n\n"
    "Shopkeepers on the island fear that fresh food will run short by the weekend.\n\n"
    "Talks between the crews and the operator will resume on Thursday, and the regional council "
    "plans to hold an emergency meeting next week.\n\n"
    "The operator said it would publish a revised timetable on Friday.\n\n"
    "\"We will not back down,\" the union official said."
)
GOLD = {
    "id": "test/harrow",
    "file": "harrow.txt",
    "open_issues": [
        {"label": "whether freight stops", "terms": [["freight"]]},
        {"label": "food short", "terms": [["food"]]},
    ],
    "next_steps": [
        {"label": "talks Thursday", "terms": [["talks"], ["Thursday"]]},
        {"label": "council meeting", "terms": [["council"], ["meeting"]]},
    ],
}


def _bench():
    return load_bench("train_filter")


def _art(tmp_path: Path) -> dict:
    (tmp_path / "harrow.txt").write_text(STORY, encoding="utf-8")
    gold = tmp_path / "harrow.gold.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    return _bench().article_rows("test", gold)


def test_each_line_the_rules_choose_is_one_row_labelled_as_the_scorer_credits_it(tmp_path: Path) -> None:
    art = _art(tmp_path)
    scored = score_brief(art["brief"], art["gold"])
    for sec in ("open_issues", "next_steps"):
        rows = art["rows"][sec]
        assert sorted(r["item"] for r in rows) == list(range(len(art["brief"][sec])))
        assert [r["rank"] for r in rows] == list(range(len(rows)))
        hits, lines = scored[sec].values["precision"]
        assert (sum(r["label"] for r in rows), len(rows)) == (hits, lines)
    assert art["rows"]["next_steps"], "the story's plans give next-step lines"


def test_no_name_or_figure_is_a_feature(tmp_path: Path) -> None:
    art = _art(tmp_path)
    feats = {f for sec in art["rows"].values() for r in sec for f in r["feats"]}
    assert not any("harrow" in f.lower() or "900" in f for f in feats)
    assert any(f.startswith("lrs:") for f in feats) and any(f.startswith("liw:") for f in feats)


def test_the_rows_are_the_engines_own_lines_in_the_rules_order(tmp_path: Path) -> None:
    bench = _bench()
    art = _art(tmp_path)
    # article_rows checks the lines it chooses again against the brief; here: the rules' order
    weights = {"bias": 0.0}  # every line scores the same
    for sec in bench.SECTIONS:
        rows = art["rows"][sec]
        assert any(f.startswith("rank:0") for f in rows[0]["feats"])
        scores = [bench.logit(weights, r["feats"]) for r in rows]
        kept = bench.keep_mask(scores, [r["rank"] for r in rows], art["words"], ("budget", (1, 0)))
        assert [r["rank"] for r, k in zip(rows, kept, strict=True) if k] == [0]  # ties: the rules' best


def test_a_line_stays_when_it_is_among_the_best_k_or_scores_above_the_threshold() -> None:
    bench = _bench()
    scores, ranks = [0.2, -1.0, 0.9, -0.3], [0, 1, 2, 3]
    assert bench.keep_mask(scores, ranks, 400, ("threshold", 0.0)) == [True, False, True, False]
    assert bench.keep_mask(scores, ranks, 400, ("budget", (2, 0))) == [True, False, True, False]
    assert bench.keep_mask(scores, ranks, 400, ("budget", (1, 200))) == [True, False, True, True]
    assert bench.keep_mask(scores, ranks, 400, ("both", (-0.5, 1))) == [True, False, True, True]
    assert bench.keep_mask(scores, ranks, 400, ("threshold", -math.inf)) == [True] * 4


def test_keeping_every_line_is_the_rules_alone(tmp_path: Path) -> None:
    bench = _bench()
    art = _art(tmp_path)
    for sec in bench.SECTIONS:
        scored = score_brief(art["brief"], art["gold"])[sec]
        got = bench.family_counts([art], sec, {"bias": -5.0}, ("threshold", -math.inf), False)
        (rh, rt), (ph, pt) = scored.values["recall"], scored.values["precision"]
        assert got == (rh, rt, ph, pt)
