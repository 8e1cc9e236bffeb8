"""bench/summary_rouge.py: the brief's summary and the article's first two sentences scored with
ROUGE against human-written reference summaries, on the small in-repo XSum sample."""

from __future__ import annotations

import json

import pytest
from engine_support import REPO

pytest.importorskip("rouge_score", reason="the bench extra (rouge-score) is not installed")

from engine_support import load_bench  # noqa: E402

summary_rouge = load_bench("summary_rouge")
SAMPLE = REPO / "tests" / "fixtures" / "sumref"


def test_lead2_is_the_first_two_sentences_and_scores_as_counted_by_hand():
    text = (SAMPLE / "xsum" / "006.txt").read_text(encoding="utf-8")
    reference = (SAMPLE / "xsum" / "006.ref.txt").read_text(encoding="utf-8").strip()
    lead2 = summary_rouge.lead_sentences(text)
    assert lead2 == (
        "The 33-year-old was released by Norwich this summer after five years at the club, during"
        " which time he made 75 Canaries first-team appearances. Turner also had spells on loan at"
        " Fulham and Sheffield Wednesday during his time at Carrow Road."
    )
    # Counted by hand: lead-2 has 43 tokens, the reference 19 ("one" twice). Shared unigrams,
    # stemmed: year, norwich, and, turner, on -> 5; F1 = 2*5/(43+19). No shared bigram. Longest
    # common subsequence: norwich, turner, on -> 3; F = 2*3/(43+19).
    f = summary_rouge.rouge_f(summary_rouge._scorer(), reference, lead2)
    assert f["rouge1"] == pytest.approx(10 / 62)
    assert f["rouge2"] == 0.0
    assert f["rougeL"] == pytest.approx(6 / 62)


def test_an_empty_summary_scores_zero():
    f = summary_rouge.rouge_f(summary_rouge._scorer(), "A reference sentence.", "  ")
    assert f == {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}


def test_the_script_runs_on_the_sample_and_prints_engine_and_lead2(capsys):
    assert summary_rouge.main(["--dir", str(SAMPLE), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["xsum"]["pairs"] == 3 and out["all"]["pairs"] == 3
    for key in ("engine_rouge1", "lead2_rouge1", "engine_rouge2", "lead2_rougeL", "ratio_rouge1"):
        assert isinstance(out["xsum"][key], (int, float))
    assert 0 <= out["xsum"]["engine_below_lead2"] <= 3
    assert summary_rouge.main(["--dir", str(SAMPLE), "--show"]) == 0
    table = capsys.readouterr().out
    assert "xsum/006" in table and "R1 lead2" in table
