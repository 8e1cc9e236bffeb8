"""bench/gold_check.py: the check every gold brief passes before it is used (quotes verbatim,
every term group in the article, participants and people named in it)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from engine_support import REPO, load_bench

gold_check = load_bench("gold_check")
HELDOUT = REPO / "tests" / "fixtures" / "heldout"


def _copy_one(tmp_path: Path) -> Path:
    gold = sorted(HELDOUT.glob("*.gold.json"))[0]
    data = json.loads(gold.read_text(encoding="utf-8"))
    shutil.copy(HELDOUT / data["file"], tmp_path / data["file"])
    target = tmp_path / gold.name
    target.write_text(json.dumps(data), encoding="utf-8")
    return target


def test_the_fixture_golds_pass():
    problems = [line for path in sorted(HELDOUT.glob("*.gold.json")) for line in gold_check.check(path)]
    assert problems == []


def test_a_quote_not_in_the_article_and_a_missing_term_are_reported(tmp_path):
    target = _copy_one(tmp_path)
    data = json.loads(target.read_text(encoding="utf-8"))
    data["quotes"].append({"quote": "words nobody in this article said", "speaker": "Nobody", "key": False})
    data["next_steps"].append({"label": "invented", "terms": [["zqxv-not-a-word"]]})
    target.write_text(json.dumps(data), encoding="utf-8")
    problems = gold_check.check(target)
    assert any("quote not verbatim" in line for line in problems)
    assert any("zqxv-not-a-word" in line for line in problems)
    assert all(line.startswith(target.name) for line in problems)


def test_curly_quote_marks_and_spacing_do_not_count_as_differences(tmp_path):
    target = _copy_one(tmp_path)
    article = tmp_path / json.loads(target.read_text(encoding="utf-8"))["file"]
    article.write_text(article.read_text(encoding="utf-8") + "\n\nShe said: \u201cIt\u2019s  done.\u201d\n",
                       encoding="utf-8")
    data = json.loads(target.read_text(encoding="utf-8"))
    data["quotes"].append({"quote": "It's done.", "speaker": "She", "key": False})
    target.write_text(json.dumps(data), encoding="utf-8")
    assert gold_check.check(target) == []
