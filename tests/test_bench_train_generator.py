"""bench/train_generator.py (loaded by path): one row per sentence with the line it would be shown
as, labels as the scoring credits them, generic features only, and variants whose "rules alone"
setting is the engine's own brief."""

from __future__ import annotations

import json
from pathlib import Path

from engine_support import load_bench

from briefs.engine.clauses import tokens


def _bench():
    return load_bench("train_generator")


# Invented: a strike story. The engine's rules find the open question and the talks; the gold also
# holds an issue no cue lexicon names (the cost to farmers, told plainly) and a long sentence.
STORY = (
    "Grain haulers at the river port of Velmo stopped work on Monday over a change to their shift "
    "rota, leaving barges idle along the quay.\n\n"
    "It is unclear whether the stoppage will reach the rail yard, a union organiser said.\n\n"
    "Farmers upstream have been left holding this season's harvest in open sheds, where it spoils "
    "within days.\n\n"
    "Talks between the haulers and the port board are due to resume on Thursday.\n\n"
    "The port, which was rebuilt after the floods and now moves more grain than any other inland "
    "harbour in the region, had its busiest autumn on record last year, with traffic up by a third "
    "and new berths opened for the larger barges that carry feed and seed to the coast.\n\n"
    "The quay is lit at night."
)
GOLD = {
    "id": "test/velmo",
    "file": "velmo.txt",
    "open_issues": [
        {"label": "whether the rail yard stops", "terms": [["rail yard"]]},
        {"label": "spoiling harvest", "terms": [["harvest"], ["spoil"]]},
    ],
    "next_steps": [{"label": "talks Thursday", "terms": [["talks"], ["Thursday"]]}],
}


def _rows(tmp_path: Path) -> dict:
    (tmp_path / "velmo.txt").write_text(STORY, encoding="utf-8")
    gold = tmp_path / "velmo.gold.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    return _bench().article_rows("test", gold)


def test_one_row_per_sentence_each_line_short_enough_to_score(tmp_path: Path) -> None:
    art = _rows(tmp_path)
    sentences = [r["sentence"] for r in art["rows"]]
    assert sentences == sorted(set(sentences))  # one row per sentence, in text order
    for row in art["rows"]:
        for sec in ("open_issues", "next_steps"):
            line = row["lines"][sec]
            assert len(tokens(line["text"])) <= 40
            assert line["src"] in {"chosen", "cand", "sentence", "clipped"}
            start, end = line["span"]
            assert 0 <= start < end <= len(STORY)  # every line keeps its evidence span
    long_row = next(r for r in art["rows"] if "rebuilt after the floods" in r["lines"]["open_issues"]["text"])
    assert long_row["lines"]["open_issues"]["src"] == "clipped"
    assert "new berths" not in long_row["lines"]["open_issues"]["text"]  # cut at a clause break


def test_labels_are_what_the_scoring_credits(tmp_path: Path) -> None:
    art = _rows(tmp_path)
    by_text = {r["lines"]["open_issues"]["text"]: r for r in art["rows"]}
    harvest = next(r for t, r in by_text.items() if "harvest" in t)
    # no cue word: the rules give no line, the sentence itself would earn the missed gold item
    assert harvest["lines"]["open_issues"]["src"] == "sentence"
    assert harvest["credit"]["open_issues"] == 1 and harvest["any"]["open_issues"] == 1
    lit = next(r for t, r in by_text.items() if "lit at night" in t)
    assert lit["credit"]["open_issues"] == 0 and lit["any"]["open_issues"] == 0
    talks = next(r for r in art["rows"] if "Talks between" in r["lines"]["next_steps"]["text"])
    assert talks["lines"]["next_steps"]["src"] == "chosen"  # the engine's own step line
    assert talks["credit"]["next_steps"] == 1


def test_features_hold_no_names_or_figures(tmp_path: Path) -> None:
    art = _rows(tmp_path)
    for row in art["rows"]:
        for feats in row["feats"].values():
            words = [f for f in feats if f.startswith(("w:", "b:"))]
            assert not any("Velmo" in f or "Thursday" in f for f in words)
            assert not any(ch.isdigit() for f in words for ch in f)


def test_variants_keep_the_engine_lines_and_add_only_new_sentences(tmp_path: Path) -> None:
    bench = _bench()
    art = _rows(tmp_path)
    sec = "open_issues"
    engine_lines = art["brief"][sec]
    # an add with no budget and a drop below any score are the rules alone
    assert bench.variant_lines(art, sec, {"bias": 0.0}, ("add", 0.0, 0, 0, False)) == engine_lines
    assert bench.variant_lines(art, sec, {"bias": 0.0}, ("drop", 0, 0, -5.0, False)) == engine_lines
    # a model that rates every row high adds at most k lines, from sentences the engine left alone
    added = bench.variant_lines(art, sec, {"bias": 5.0}, ("add", 0.0, 2, 0, False))
    assert added[: len(engine_lines)] == engine_lines and len(added) <= len(engine_lines) + 2
    used = {tuple(line["span"]) for line in engine_lines}
    assert all(tuple(line["span"]) not in used for line in added[len(engine_lines) :])
    # a model that rates every row low drops every engine line
    assert bench.variant_lines(art, sec, {"bias": -5.0}, ("drop", 0, 0, 0.0, False)) == []
    # the gate: where the rules already gave `m` lines, nothing is added
    gated = bench.variant_lines(art, sec, {"bias": 5.0}, ("add", 0.0, 2, 0, False, len(engine_lines)))
    assert gated == engine_lines
