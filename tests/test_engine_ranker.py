"""The learned sentence ranker: shipped weights, pure-Python inference, and its place in the steps."""

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
    assert plan > past + 1.0


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


def test_the_ranker_decides_on_a_clause_the_rules_score_one_point_short() -> None:
    # An undated "will" with no one named scores one point short of a step by the rules.
    doc, people = analysed("The city will open a new library.\n")
    ranker.use_model({"next_steps": {"bias": steps.RESCUE_AT + 5.0}})
    try:
        assert [s.text for s in find_next_steps(doc, people)] == [
            "The city will open a new library."
        ]
        ranker.use_model({"next_steps": {"bias": steps.RESCUE_AT - 5.0}})
        assert find_next_steps(doc, people) == ()
    finally:
        ranker.use_model(None)


def test_inference_needs_no_numpy() -> None:
    code = (
        "import sys; from briefs.engine import brief_article; from briefs.model import Article; "
        "brief_article(Article(text='The council will vote on the plan next month. ' * 3)); "
        "print('numpy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
