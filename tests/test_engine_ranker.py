"""The learned candidate ranker: shipped weights, pure-Python inference, and its place in the steps."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

from engine_support import analysed

from briefs.engine import ranker, steps
from briefs.engine.steps import find_next_steps


def _logit(task: str, text: str, sentence: int = 0) -> float:
    doc, people = analysed(text)
    return ranker.score(task, ranker.features(doc, doc.sentences[sentence], people))


def test_the_shipped_weights_are_a_small_data_file_with_both_models() -> None:
    raw = (
        resources.files("briefs.engine.lexicons")
        .joinpath("ranker.json")
        .read_text(encoding="utf-8")
    )
    models = json.loads(raw)["models"]
    assert set(models) == {"next_steps"}
    assert all("bias" in weights and len(weights) > 50 for weights in models.values())
    assert len(raw) < 100_000


def test_a_dated_plan_outranks_a_past_description_for_next_steps() -> None:
    plan = _logit("next_steps", "The regional council will vote on the new budget plan next month.")
    past = _logit("next_steps", "The old stone bridge over the river was built by farmers in 1920.")
    # Trained on the rules' candidates (every one with a cue), the sentence part separates less
    # than a model of all sentences would; the candidate's own features carry the rest.
    assert plan > past + 0.5


def test_names_and_figures_are_not_features() -> None:
    doc, people = analysed("Governor Alma Ruiz of Tesoria pledged 40 new clinics by 2031.")
    feats = ranker.features(doc, doc.sentences[0], people)
    assert "w:<num>" in feats
    assert not any(f in feats for f in ("w:alma", "w:ruiz", "w:tesoria", "w:40"))


def test_a_model_swapped_in_by_a_benchmark_changes_the_score_and_can_be_undone() -> None:
    text = "The regional council will vote on the new budget plan next month."
    shipped = _logit("next_steps", text)
    ranker.use_model({"next_steps": {"bias": 5.0}})
    try:
        assert _logit("next_steps", text) == 5.0
    finally:
        ranker.use_model(None)
    assert _logit("next_steps", text) == shipped


def test_the_ranker_decides_on_a_step_the_rules_score_at_their_threshold() -> None:
    # A reported "would" with no one named and no date scores exactly MIN_SCORE by the rules.
    doc, people = analysed("The company said it would cut prices.\n")
    assert [score for score, *_ in steps._candidates(doc, people, floor=-9)] == [steps.MIN_SCORE]
    ranker.use_model({"next_steps": {"bias": steps.DROP_AT + 5.0}})
    try:
        assert [s.text for s in find_next_steps(doc, people)] == [
            "The company said it would cut prices."
        ]
        ranker.use_model({"next_steps": {"bias": steps.DROP_AT - 5.0}})
        assert find_next_steps(doc, people) == ()
    finally:
        ranker.use_model(None)


def test_the_ranker_reads_the_candidates_own_features() -> None:
    doc, people = analysed("The company said it would cut prices.\n")
    # The same sentence score, swung by a feature of the candidate alone.
    ranker.use_model({"next_steps": {"bias": steps.DROP_AT + 1.0, "no:when": -2.0}})
    try:
        assert find_next_steps(doc, people) == ()
    finally:
        ranker.use_model(None)


def test_a_step_well_above_the_threshold_is_the_rules_alone() -> None:
    doc, people = analysed("The council may vote on the plan next week.\n")
    ranker.use_model({"next_steps": {"bias": -50.0}})
    try:
        assert [s.when for s in find_next_steps(doc, people)] == ["next week"]
    finally:
        ranker.use_model(None)


def test_a_clause_one_point_short_is_rescued_only_with_a_rescue_threshold(monkeypatch) -> None:
    # An undated "will" with no one named scores one point short of a step by the rules.
    doc, people = analysed("The city will open a new library.\n")
    ranker.use_model({"next_steps": {"bias": 5.0}})
    try:
        assert steps.RESCUE_AT is None and find_next_steps(doc, people) == ()
        monkeypatch.setattr(steps, "RESCUE_AT", 0.0)
        assert [s.text for s in find_next_steps(doc, people)] == [
            "The city will open a new library."
        ]
    finally:
        ranker.use_model(None)


def test_the_shipped_model_knows_the_candidate_features() -> None:
    raw = (
        resources.files("briefs.engine.lexicons")
        .joinpath("ranker.json")
        .read_text(encoding="utf-8")
    )
    weights = json.loads(raw)["models"]["next_steps"]
    assert {"has:when", "no:when", f"rs:{steps.MIN_SCORE}"} <= set(weights)
    # a dated step is likelier one the reader needs than an undated one, all else equal
    assert weights["has:when"] > weights["no:when"]


def test_inference_needs_no_numpy() -> None:
    code = (
        "import sys; from briefs.engine import brief_article; from briefs.model import Article; "
        "brief_article(Article(text='The council will vote on the plan next month. ' * 3)); "
        "print('numpy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
