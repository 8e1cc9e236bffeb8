"""bench/keymeet_misses.py: each gold key meeting classed by what the engine did with it."""

from __future__ import annotations

import json

from engine_support import load_bench

classify = load_bench("keymeet_misses").classify

TEXT = ("Foreign Minister Ana Reyes met her Chilean counterpart Pablo Soto in Lima on Monday for talks "
        "on the border, officials said.\n\nThe two agreed to meet again in June, Reyes told reporters. Soto "
        "said the talks were useful.\n\nThe border has been disputed since 1990, and both sides have troops "
        "there.\n")


def _gold(tmp_path, participants: list[str]):
    (tmp_path / "talks.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "talks.gold.json"
    path.write_text(json.dumps({"file": "talks.txt", "meetings": [
        {"participants": participants, "key": True}]}), encoding="utf-8")
    return path


def test_a_key_meeting_the_engine_puts_first_is_first(tmp_path):
    keys, false, lede = classify(_gold(tmp_path, ["Ana Reyes", "Pablo Soto"]))
    assert [k for k, _ in keys] == ["first"] and false == []
    assert lede.startswith("Foreign Minister Ana Reyes met")


def test_a_key_meeting_of_other_parties_has_no_candidate_and_the_engines_is_false(tmp_path):
    keys, false, _ = classify(_gold(tmp_path, ["Maria Lund", "Olaf Berg"]))
    assert [k for k, _ in keys] == ["no-candidate"]
    assert [k for k, _ in false] == ["false-first"]
