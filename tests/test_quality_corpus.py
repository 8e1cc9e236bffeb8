"""bench/quality.py --corpus: a folder of gold files scored as its own set, split on demand."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "blinken-xi-beijing.txt"
GOLD = REPO / "tests" / "fixtures" / "blinken-xi-beijing.gold.json"


def _corpus(folder: Path, names: list[str]) -> Path:
    folder.mkdir()
    for name in names:
        shutil.copy(SEED, folder / f"{name}.txt")
        gold = json.loads(GOLD.read_text(encoding="utf-8"))
        gold.update(id=f"mine/{name}", file=f"{name}.txt")
        (folder / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def _quality(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "bench" / "quality.py"), *args],
        capture_output=True, text=True, timeout=300, check=False,
    )


def test_a_corpus_folder_is_scored_alone_under_its_own_name(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "mine", ["a", "b", "c"])
    done = _quality("--corpus", str(folder), "--json")
    assert done.returncode == 0, done.stderr
    sets = json.loads(done.stdout)
    assert list(sets) == ["mine"]
    assert sorted(sets["mine"]["articles"]) == ["a", "b", "c"]
    # The seed's brief holds every key item of its gold: the set is really scored, not listed.
    quotes = sets["mine"]["totals"]["quotes"]
    assert quotes["recall"]["hits"] == quotes["recall"]["total"] > 0


def test_split_deals_even_places_to_tune_and_odd_places_to_check(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "mine", ["a", "b", "c"])
    sets = json.loads(_quality("--corpus", str(folder), "--split", "--json").stdout)
    assert {name: sorted(s["articles"]) for name, s in sets.items()} == {
        "mine-tune": ["a", "c"], "mine-check": ["b"],
    }


def test_a_corpus_that_is_not_a_folder_is_refused_in_one_line(tmp_path: Path) -> None:
    done = _quality("--corpus", str(tmp_path / "nowhere"))
    assert done.returncode == 2
    assert "nowhere: not a folder" in done.stderr
