"""Can a learned ranker choose the key meeting better than the rules' order? Cross-validated.

    .venv/bin/python bench/train_keymeet.py             # the CV table: rules against learned orders
    .venv/bin/python bench/train_keymeet.py --cases     # also each article whose choice differs
    .venv/bin/python bench/train_keymeet.py --c 0.3     # inverse L2 strength of the models
    .venv/bin/python bench/train_keymeet.py --probes    # the invented probes of tests/ trained on too

Needs scikit-learn in the venv (`.venv/bin/pip install scikit-learn`): a bench dependency
only. The rules build the meetings (`meetings._candidates`: every meeting of two or more
parties, with its participants, place, day and evidence) and order them: the key one first
(`_Order.weight`), the rest in text order. Here a model chooses the first one instead.

For every article, each candidate gets binary features (`features` below: the rules' own
order components, its position from the lede, how much evidence and how many mentions it has
beside the article's other candidates, its cue, its kind, how many parties, persons and
groups, whether it has a place, a day, a duration, a tone, whether its sentence is mostly
quoted) and a label: 1 when it names two of the gold key meeting's participants (the
`bench/scoring.py` match), else 0. Two models: pointwise logistic regression (a candidate's
log-odds of being the key one) and pairwise (the difference of a key and a non-key candidate
of the same article). A model's key meeting is its best-scored candidate, ties broken by the
rules' order; "rules first, then the model" keeps the rules' first two components (a recent
meeting, the headline's) and lets the model choose among the candidates that tie on them.

Only the sets one may tune on are read: dev, the Wikinews tune half (even places, as
`quality.py --split` names it) and the held-out fixtures. Cross-validation is grouped by
article (5 folds, dealt round-robin within each set). Each article's meetings are then
ordered as the engine orders them (the chosen key, the rest in text order, at most
`MAX_MEETINGS`) and scored by `bench/scoring.py`: key meeting first, meetings recall and
precision, per set. The Wikinews check half is never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from keymeet_features import features  # noqa: E402
from quality import DEFAULT_SHARED, gold_paths, load_article  # noqa: E402
from scoring import Counts, meeting_matches, score_meetings  # noqa: E402
from train_ranker import FOLDS, TRAIN_SETS, folds  # noqa: E402

from briefs.engine import meetings  # noqa: E402
from briefs.engine.doc import Document  # noqa: E402
from briefs.engine.people import find_people  # noqa: E402


def article_rows(gold_path: Path, set_name: str) -> dict[str, Any]:
    """One article's candidate meetings (in text order), their features and labels."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = load_article(gold_path.parent / gold["file"])
    doc = Document(article.text)
    people = find_people(doc)
    drafts, order = meetings._candidates(doc, people, article.title)
    dicts = [meetings._meeting(doc, d).to_dict() for d in drafts]
    keys = [g for g in gold.get("meetings") or [] if g.get("key")]
    labels = [int(any(meeting_matches(m, g) for g in keys)) for m in dicts]
    return {
        "name": gold_path.name.removesuffix(".gold.json"),
        "set": set_name,
        "gold": gold.get("meetings") or [],
        "has_key": bool(keys),
        "dicts": dicts,
        "rules": [order.weight(d) for d in drafts],
        "feats": [features(order, d, drafts) for d in drafts],
        "labels": labels,
    }


PROBE_MODULES = (
    "test_engine_meetings_probes",
    "test_engine_key_meeting_probes",
    "test_engine_meeting_events_probes",
    "test_engine_key_meeting_unseen",
)


def probe_rows() -> list[dict[str, Any]]:
    """The invented probe articles of tests/ with a key meeting, as extra training rows (`--probes`):
    a candidate is the key one when its participants name every word the probe expects."""
    import importlib

    sys.path.insert(0, str(REPO / "tests"))
    rows = []
    for module_name in PROBE_MODULES:
        for probe in importlib.import_module(module_name).PROBES:
            if not probe.key:
                continue
            doc = Document(probe.text)
            people = find_people(doc)
            drafts, order = meetings._candidates(doc, people, probe.title)
            words = [{w.lower() for p in d.participants for w in meetings._name(p).split()} for d in drafts]
            rows.append(
                {
                    "name": probe.id,
                    "set": "probes",
                    "gold": [],
                    "has_key": True,
                    "dicts": [],
                    "rules": [order.weight(d) for d in drafts],
                    "feats": [features(order, d, drafts) for d in drafts],
                    "labels": [int(all(k.lower() in w for k in probe.key)) for w in words],
                }
            )
    return rows


def _trainable(row: dict[str, Any]) -> bool:
    """An article teaches a choice when it has a key candidate and another one."""
    return row["has_key"] and 0 < sum(row["labels"]) < len(row["labels"])


def fit(rows: list[dict[str, Any]], c: float, pairwise: bool) -> dict[str, float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    x: list[dict[str, float]] = []
    y: list[int] = []
    for row in rows:
        if not row["has_key"] or not any(row["labels"]):
            continue
        if not pairwise:
            x += [{f: 1.0 for f in fs} for fs in row["feats"]]
            y += row["labels"]
            continue
        if not _trainable(row):
            continue
        for fp, lp in zip(row["feats"], row["labels"], strict=True):
            for fn, ln in zip(row["feats"], row["labels"], strict=True):
                if lp and not ln:
                    diff = Counter({f: 1.0 for f in fp})
                    diff.subtract({f: 1.0 for f in fn})
                    d = {f: v for f, v in diff.items() if v}
                    x += [d, {f: -v for f, v in d.items()}]
                    y += [1, 0]
    if len(set(y)) < 2:
        return {}
    vec = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=3000, fit_intercept=not pairwise)
    model.fit(vec.fit_transform(x), y)
    return {
        name: float(coef)
        for name, coef in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
    }


def _logit(weights: dict[str, float], feats: list[str]) -> float:
    return sum(weights.get(f, 0.0) for f in feats)


Chooser = Callable[[dict[str, Any], dict[str, float]], int]


def by_rules(row: dict[str, Any], _weights: dict[str, float]) -> int:
    return max(range(len(row["rules"])), key=lambda i: row["rules"][i])


def by_model(row: dict[str, Any], weights: dict[str, float]) -> int:
    return max(range(len(row["rules"])), key=lambda i: (_logit(weights, row["feats"][i]), row["rules"][i]))


def by_rules_then_model(row: dict[str, Any], weights: dict[str, float]) -> int:
    return max(
        range(len(row["rules"])),
        key=lambda i: (row["rules"][i][:2], _logit(weights, row["feats"][i]), row["rules"][i]),
    )


def by_oracle(row: dict[str, Any], weights: dict[str, float]) -> int:
    """The ceiling of any order: a candidate that matches the gold key meeting, if there is one."""
    return max(range(len(row["rules"])), key=lambda i: (row["labels"][i], row["rules"][i]))


def ordered(row: dict[str, Any], key: int) -> list[dict]:
    """The engine's order: the key meeting, then the others in text order, at most MAX_MEETINGS."""
    rest = [m for i, m in enumerate(row["dicts"]) if i != key]
    return ([row["dicts"][key]] + rest)[: meetings.MAX_MEETINGS]


def evaluate(rows: list[dict[str, Any]], chooser: Chooser, weights_by_row: list[dict]) -> dict[str, Counts]:
    by_set: dict[str, Counts] = {}
    for row, weights in zip(rows, weights_by_row, strict=True):
        predicted = ordered(row, chooser(row, weights)) if row["dicts"] else []
        by_set.setdefault(row["set"], Counts()).merge(score_meetings(predicted, row["gold"]))
    return by_set


def cell(counts: Counts) -> str:
    parts = []
    for metric in ("key_first", "recall", "precision"):
        hits, total = counts.values.get(metric, (0, 0))
        parts.append("-" if not total else f"{hits}/{total}")
    return " · ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--c", type=float, default=0.3, help="inverse L2 strength")
    parser.add_argument("--cases", action="store_true", help="print the articles whose choice differs")
    parser.add_argument(
        "--probes", action="store_true", help="add the invented probe articles of tests/ to every fold's training"
    )
    args = parser.parse_args(argv)

    rows = [
        article_rows(path, set_name) for set_name in TRAIN_SETS for path in gold_paths(args.shared, set_name)
    ]
    with_key = [r for r in rows if r["has_key"]]
    print(
        f"{len(rows)} articles ({', '.join(TRAIN_SETS)}); {len(with_key)} with a gold key meeting, "
        f"{sum(1 for r in with_key if any(r['labels']))} of them with a key candidate, "
        f"{sum(1 for r in rows if _trainable(r))} with a key candidate and another one; "
        f"{sum(len(r['labels']) for r in rows)} candidates; {FOLDS} folds by article, C={args.c}"
    )
    extra = probe_rows() if args.probes else []
    if extra:
        print(
            f"+ {len(extra)} probe articles with a key meeting in every fold's training "
            f"({sum(1 for r in extra if _trainable(r))} with a key candidate and another one)"
        )
    fold_of = folds(rows)
    variants: list[tuple[str, Chooser, bool | None]] = [
        ("rules (as shipped)", by_rules, None),
        ("pointwise model", by_model, False),
        ("pairwise model", by_model, True),
        ("rules' recent+headline, then pointwise", by_rules_then_model, False),
        ("rules' recent+headline, then pairwise", by_rules_then_model, True),
        ("oracle: a key candidate first if any", by_oracle, None),
    ]
    print(f"{'key first · meetings recall · precision':<46}" + "".join(f"{s:<24}" for s in TRAIN_SETS))
    for label, chooser, pairwise in variants:
        if pairwise is None:
            by_row: list[dict] = [{} for _ in rows]
        else:
            fold_models = [
                fit([r for r, f in zip(rows, fold_of, strict=True) if f != k] + extra, args.c, pairwise)
                for k in range(FOLDS)
            ]
            by_row = [fold_models[f] for f in fold_of]
        result = evaluate(rows, chooser, by_row)
        print(f"{label + ('' if pairwise is None else ' (CV)'):<46}" + "".join(f"{cell(result[s]):<24}" for s in TRAIN_SETS))
        if args.cases and pairwise is not None:
            for row, weights in zip(rows, by_row, strict=True):
                if row["dicts"] and chooser(row, weights) != by_rules(row, weights):
                    chosen = row["dicts"][chooser(row, weights)]
                    print(
                        f"    {row['set']}/{row['name']}: chose "
                        f"{[p['name'] for p in chosen['participants']]} (label "
                        f"{row['labels'][chooser(row, weights)]}; rules' label "
                        f"{row['labels'][by_rules(row, weights)]})"
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
