"""bench/train_filter.py (loaded by path): one row per line the rules choose, labelled as the
scorer credits it, generic features only, and a filter applied after the brief that drops exactly
what the engine drops with the same model."""

from __future__ import annotations

import json
import math
from pathlib import Path

from engine_support import load_bench
from scoring import score_brief

from briefs.engine import line_filter

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


def test_a_filter_after_the_brief_drops_what_the_engine_drops(tmp_path: Path) -> None:
    bench = _bench()
    art = _art(tmp_path)
    # a model that likes quoted lines and lines with a date, and a threshold in between
    weights = {"bias": -0.3, "lq:none": 0.6, "lhas:when": 0.8, "cue:modal": -0.2}
    for setting in (("threshold", 0.0), ("budget", (1, 0)), ("both", (0.5, 1))):
        models = {sec: bench.model_spec(weights, setting) for sec in bench.SECTIONS}
        line_filter.use_models(models)
        try:
            from quality import load_article

            from briefs.engine import brief_article

            brief = brief_article(load_article(tmp_path / "harrow.txt")).to_dict()
        finally:
            line_filter.use_models(None)
        for sec in bench.SECTIONS:
            rows = art["rows"][sec]
            scores = [bench.logit(weights, r["feats"]) for r in rows]
            mask = bench.keep_mask(scores, [r["rank"] for r in rows], art["words"], setting)
            kept = sorted(r["item"] for r, m in zip(rows, mask, strict=True) if m)
            assert brief[sec] == [art["brief"][sec][k] for k in kept], (setting, sec)


def test_keeping_every_line_is_the_rules_alone(tmp_path: Path) -> None:
    bench = _bench()
    art = _art(tmp_path)
    for sec in bench.SECTIONS:
        scored = score_brief(art["brief"], art["gold"])[sec]
        got = bench.family_counts([art], sec, {"bias": -5.0}, ("threshold", -math.inf), False)
        (rh, rt), (ph, pt) = scored.values["recall"], scored.values["precision"]
        assert got == (rh, rt, ph, pt)
