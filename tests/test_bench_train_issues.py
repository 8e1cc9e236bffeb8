"""bench/train_issues.py (loaded by path): the features it gives the open-issue rules' candidates,
the words it lets a model read, and the choosers its leave-one-corpus-out table compares, whose
"rules alone" row must be the engine's own choice."""

from __future__ import annotations

import pytest
from engine_support import analysed, load_bench

from briefs.engine import issues
from briefs.model import OpenIssue


def _bench():
    return load_bench("train_issues")


# Invented: a story with a dispute, an open question, a restatement, a fragment line the engine
# shows as its whole sentence ("were unable to say how many ships ...") and a next step.
STORY = (
    "Dockworkers at the port of Halden walked out on Monday in a dispute over pay, halting cargo "
    "traffic for a second day.\n\n"
    "It is unclear whether the strike will spread to the northern terminals, union officials said.\n\n"
    "The pay dispute has drawn criticism from shipping firms, who say the port is losing business.\n\n"
    "Union officials met the port authority on Tuesday but were unable to say how many ships remained "
    "stranded in the harbour.\n\n"
    "Talks between the union and the port authority are due to resume on Thursday.\n\n"
    "The port handled 40 million tonnes of cargo last year."
)


FRAGMENT_WHOLE = (
    "Union officials met the port authority on Tuesday but were unable to say how many ships remained "
    "stranded in the harbour."
)


def _engine_issues(text: str) -> list[OpenIssue]:
    doc, people = analysed(text)
    return list(issues.find_open_issues(doc, people))


def _chosen(find, text: str) -> list[OpenIssue]:
    """What a chooser gives: each line's text, evidence span and topic."""
    doc, people = analysed(text)
    return list(find(doc, people))


def test_every_candidate_gets_its_rules_weight_place_and_choice() -> None:
    bench = _bench()
    doc, people = analysed(STORY)
    counts = issues._word_counts(doc)
    cands, feats = bench.candidate_features(doc, people, counts)
    assert cands and len(feats) == len(cands)
    chosen = [f for f in feats if "chosen:no" not in f]
    assert len(chosen) == len(_engine_issues(STORY))
    for fs in feats:
        assert sum(f.startswith("iw:") for f in fs) == 1
        assert sum(f.startswith("irank:") for f in fs) == 1
        assert sum(f.startswith("restate:") for f in fs) == 1
    assert any("cand:question" in fs for fs in feats)  # "It is unclear whether the strike ..."


def test_a_filter_that_keeps_everything_is_the_rules_and_one_that_keeps_nothing_gives_none() -> None:
    bench = _bench()
    rules = _engine_issues(STORY)
    assert FRAGMENT_WHOLE in [i.text for i in rules]  # the engine shows the fragment line as its whole sentence
    assert _chosen(bench.chooser("filter", {"bias": 9.0}, 0.0), STORY) == rules
    assert _chosen(bench.chooser("filter", {"bias": -9.0}, 0.0), STORY) == []
    assert _chosen(bench.chooser("rerank", {}, 1.0), STORY) == rules
    assert _chosen(bench.chooser("weight", {}, issues.MIN_WEIGHT), STORY) == rules
    assert _chosen(bench.chooser("cap", {}, 1), STORY) == rules[:1]


def test_a_word_is_read_only_when_many_articles_of_two_families_hold_it() -> None:
    bench = _bench()

    def row(family: str, words: list[str]) -> dict:
        return {"family": family, "feats": [[f"w:{w}" for w in words] + ["cue:modal"]]}

    rows = (
        [row("dev", ["strike", "talks"]) for _ in range(3)]
        + [row("wikinews", ["strike"]) for _ in range(3)]
        + [row("outlets", ["talks", "port"]) for _ in range(2)]
    )
    vocab = bench.vocabulary(rows, words=True, min_articles=3)
    assert vocab == {"cue:modal", "w:strike"}  # "talks": only two outlets articles; "port": one family
    assert bench.vocabulary(rows, words=False, min_articles=3) == {"cue:modal"}


def test_a_missing_family_folder_is_refused_by_name(tmp_path, capsys) -> None:
    bench = _bench()
    shared = tmp_path / "shared"
    for name in ("dev", "wikinews"):
        (shared / "corpus" / name).mkdir(parents=True)
        (shared / "corpus" / name / "a.gold.json").write_text("{}", encoding="utf-8")
    missing = tmp_path / "no-outlets"
    with pytest.raises(SystemExit) as raised:
        bench.main(["--shared", str(shared), "--outlets", str(missing), "--loco"])
    assert raised.value.code == 2
    assert f"no gold files (*.gold.json) in {missing}" in capsys.readouterr().err
