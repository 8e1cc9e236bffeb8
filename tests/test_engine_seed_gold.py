"""The seed article against its gold brief, item by item, with the bench's scoring rules.

The seed must score 1.0 on every key item: the key meeting (first, with its
participants, place, day and duration), the other meetings, every key quote
with its speaker, every open issue and next step, and every person.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from engine_support import REPO
from scoring import (  # bench/scoring.py, loaded by engine_support
    meeting_matches,
    quote_matches,
    score_brief,
    shares_last_word,
    terms_match,
)

from briefs.engine import brief_article
from briefs.sources.files import load_path

GOLD = json.loads(
    (REPO / "tests" / "fixtures" / "blinken-xi-beijing.gold.json").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def brief() -> dict:
    (article,) = load_path(REPO / "seeds" / "blinken-xi-beijing.txt")
    return brief_article(article).to_dict()


def test_the_key_meeting_comes_first_with_place_day_and_duration(brief: dict) -> None:
    key = next(m for m in GOLD["meetings"] if m["key"])
    first = brief["meetings"][0]
    assert meeting_matches(first, key)
    names = [p["name"] for p in first["participants"]]
    assert all(any(shares_last_word(n, g) for n in names) for g in key["participants"])
    assert terms_match(key["place_terms"], first["place"] or "")
    assert terms_match(key["when_terms"], first["when"] or "")
    assert terms_match(key["duration_terms"], first["duration"] or "")


@pytest.mark.parametrize("index", range(len(GOLD["meetings"])))
def test_every_gold_meeting_is_found_with_its_details(brief: dict, index: int) -> None:
    gold = GOLD["meetings"][index]
    found = [m for m in brief["meetings"] if meeting_matches(m, gold)]
    assert found, gold["participants"]
    meeting = found[0]
    for part in ("place", "when", "duration"):
        assert terms_match(gold[f"{part}_terms"], meeting[part] or ""), (part, meeting)


@pytest.mark.parametrize("index", [i for i, q in enumerate(GOLD["quotes"]) if q["key"]])
def test_every_key_quote_is_found_with_its_speaker(brief: dict, index: int) -> None:
    gold = GOLD["quotes"][index]
    found = [q for q in brief["quotes"] if quote_matches(q["text"], gold["quote"])]
    assert found, gold["quote"]
    assert any(shares_last_word(q["speaker"], gold["speaker"]) for q in found), (
        gold["speaker"],
        found,
    )


@pytest.mark.parametrize("section", ["open_issues", "next_steps", "people", "meetings", "summary"])
def test_the_section_scores_full_recall(brief: dict, section: str) -> None:
    counts = score_brief(brief, GOLD)[section]
    metric = {"summary": "terms"}.get(section, "recall")
    hits, total = counts.values[metric]
    assert hits == total, counts.to_dict()


def test_open_issues_and_next_steps_are_each_matched_one_to_one(brief: dict) -> None:
    scores = score_brief(brief, GOLD)
    assert scores["open_issues"].values["recall"] == [len(GOLD["open_issues"])] * 2
    assert scores["next_steps"].values["recall"] == [len(GOLD["next_steps"])] * 2
    assert scores["next_steps"].values["over_40_tokens"][0] == 0
    assert scores["open_issues"].values["over_40_tokens"][0] == 0


def test_key_quote_and_speaker_scores_are_perfect(brief: dict) -> None:
    quotes = score_brief(brief, GOLD)["quotes"]
    assert quotes.values["key_recall"][0] == quotes.values["key_recall"][1]
    assert quotes.values["key_speaker"][0] == quotes.values["key_speaker"][1]


def test_the_seed_fixture_is_the_shipped_article() -> None:
    assert (REPO / "seeds" / GOLD["file"]).is_file()
    assert Path(GOLD["file"]).suffix == ".txt"
