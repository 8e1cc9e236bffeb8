"""bench/train_ranker.py's choice of sets and its leave-one-corpus-out split (no scikit-learn:
only the helpers that need none), on the held-out fixtures and a folder copied from them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from engine_support import REPO, load_bench

from briefs.engine import steps


def _load_train_ranker():
    return load_bench("train_ranker")


tr = _load_train_ranker()
HELDOUT = REPO / "tests" / "fixtures" / "heldout"


def _corpus(tmp_path: Path, name: str, articles: list[str]) -> Path:
    """A folder of gold files beside their articles, copied from the held-out fixtures."""
    folder = tmp_path / name
    folder.mkdir()
    for article in articles:
        shutil.copy(HELDOUT / f"{article}.gold.json", folder)
        shutil.copy(HELDOUT / f"{article}.txt", folder)
    return folder


def test_a_corpus_folder_is_a_set_named_after_it_after_the_named_sets(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, "outlets", ["central-bank-hold", "anon-officials"])
    paths = tr.set_paths(tmp_path, ["heldout"], [corpus])
    names = [name for name, _ in paths]
    assert names == ["heldout"] * len(list(HELDOUT.glob("*.gold.json"))) + ["outlets", "outlets"]
    # the folder's gold files in name order
    assert [p.name for _, p in paths[-2:]] == ["anon-officials.gold.json", "central-bank-hold.gold.json"]


@pytest.mark.parametrize(
    "names",
    [["heldout", "heldout"], ["wikinews", "wikinews-tune"], ["wikinews-check", "wikinews"]],
)
def test_sets_that_would_read_an_article_twice_are_refused(tmp_path: Path, names: list[str]) -> None:
    with pytest.raises(ValueError, match="overlap"):
        tr.set_paths(tmp_path, names, [])


def test_unknown_sets_and_folders_named_like_a_known_set_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown"):
        tr.set_paths(tmp_path, ["outlets"], [])
    with pytest.raises(ValueError, match="named like a known set"):
        tr.set_paths(tmp_path, [], [_corpus(tmp_path, "dev", ["anon-officials"])])


def test_families_join_dev_with_the_fixtures_and_the_wikinews_halves() -> None:
    assert tr.family("dev") == tr.family("heldout") == "dev+fixtures"
    assert tr.family("wikinews-tune") == tr.family("wikinews-check") == tr.family("wikinews")
    assert tr.family("outlets") == "outlets"


def test_leave_one_corpus_out_fits_on_the_other_families_and_briefs_the_one_left_out() -> None:
    sets = ["dev", "heldout", "wikinews", "outlets", "dev", "wikinews"]
    splits = tr.loco_splits(sets)
    assert [left for left, _, _ in splits] == ["dev+fixtures", "wikinews", "outlets"]
    for left, train, test in splits:
        assert sorted(train + test) == list(range(len(sets)))
        assert {tr.family(sets[i]) for i in test} == {left}
        assert left not in {tr.family(sets[i]) for i in train}
    assert splits[0][2] == [0, 1, 4]


def test_leave_one_corpus_out_needs_two_families() -> None:
    with pytest.raises(ValueError, match="two families"):
        tr.loco_splits(["dev", "heldout"])


def test_the_shipped_weights_name_the_sets_they_were_fitted_on() -> None:
    assert tr.shipped_on() and tr.shipped_on() <= set(tr.KNOWN_SETS)


def test_a_measurement_briefs_a_corpus_set_and_puts_the_engine_knobs_back(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, "outlets", ["central-bank-hold"])
    rows = [tr.candidate_rows(path, name) for name, path in tr.set_paths(tmp_path, [], [corpus])]
    assert rows[0]["set"] == "outlets" and rows[0]["feats"]["next_steps"]
    before = (steps.DROP_AT, steps.RESCUE_AT, steps.DECIDE_BAND)
    # A model that drops every candidate it decides on, deciding on every score up to +9.
    dropped = tr.measured(rows, [{"next_steps": {"bias": -50.0}}], 0.0, None, 9)
    alone = tr.measured(rows, [None], None, None, 0)
    assert (steps.DROP_AT, steps.RESCUE_AT, steps.DECIDE_BAND) == before
    assert set(alone) == {"outlets"}
    assert dropped["outlets"]["next_steps"].values["precision"][1] == 0
    assert alone["outlets"]["next_steps"].values["precision"][1] > 0


def test_a_knob_on_the_command_line_is_a_number_or_none() -> None:
    assert tr.optional_float("none") is None and tr.optional_float("None") is None
    assert tr.optional_float("-0.5") == -0.5
