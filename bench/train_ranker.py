"""Train the engine's sentence ranker for next steps on the dev and Wikinews gold.

    .venv/bin/python bench/train_ranker.py            # cross-validate, then write the shipped weights
    .venv/bin/python bench/train_ranker.py --cv-only  # figures only, weights untouched
    .venv/bin/python bench/train_ranker.py --grid     # also sweep the rules/ranker blend

Needs scikit-learn in the venv (`.venv/bin/pip install scikit-learn`): a bench
dependency only; the engine reads the weights with no numpy.

A sentence's label for a task is soft: a gold item (or acceptable item) whose terms
match n sentences of its article (GOLD_FORMAT term rules, on the sentence text)
makes each of them 1/n a positive; a sentence is a weighted positive and a weighted
negative at once. Words and word pairs count only when they occur in at least
`--min-articles` articles, so topic words of one story are not learned; the model
is L2-regularised logistic regression. Cross-validation is grouped by article
(5 folds over dev + Wikinews): each fold's model briefs the fold's articles through
the whole engine, scored by bench/scoring.py exactly as bench/quality.py scores.

An open-issue model is trained and cross-validated at the sentence level too, for
comparison; it is not shipped: blended into the open-issue rules (as a weight in
their ranking, or adding sentences no cue finds) it found more Wikinews issues but
cost precision on dev and on the held-out fixtures (figures in bench/README.md).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from quality import DEFAULT_SHARED, load_article  # noqa: E402
from scoring import SECTIONS, Counts, score_brief, terms_match  # noqa: E402

from briefs.engine import brief_article, ranker, steps  # noqa: E402
from briefs.engine.doc import Document  # noqa: E402
from briefs.engine.people import find_people  # noqa: E402

TASKS = {"open_issues": "acceptable_open_issues", "next_steps": "acceptable_next_steps"}
WEIGHTS_PATH = REPO / "briefs" / "engine" / "lexicons" / "ranker.json"
FOLDS = 5


def corpus(shared: Path) -> list[tuple[str, Path]]:
    out = [("dev", p) for p in sorted((shared / "corpus" / "dev").glob("*.gold.json"))]
    out += [("wikinews", p) for p in sorted((shared / "corpus" / "wikinews").glob("*.gold.json"))]
    return out


def sentence_rows(gold_path: Path) -> dict[str, Any]:
    """Features and soft labels of every sentence of one article."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = load_article(gold_path.parent / gold["file"])
    doc = Document(article.text)
    people = find_people(doc)
    feats = [ranker.features(doc, s, people) for s in doc.sentences]
    labels: dict[str, list[float]] = {}
    for task, acceptable in TASKS.items():
        soft = [0.0] * len(doc.sentences)
        for item in list(gold.get(task) or []) + list(gold.get(acceptable) or []):
            terms = item.get("terms") or []
            if not terms:
                continue
            hits = [s.index for s in doc.sentences if terms_match(terms, s.text)]
            for i in hits:
                soft[i] = max(soft[i], 1.0 / len(hits))
        labels[task] = soft
    return {"path": gold_path, "gold": gold, "article": article, "feats": feats, "labels": labels}


def vocabulary(rows: list[dict[str, Any]], min_articles: int) -> set[str]:
    """Cue and shape features always; words and pairs only if common across articles."""
    seen: Counter[str] = Counter()
    for row in rows:
        seen.update({f for fs in row["feats"] for f in fs})
    return {f for f, n in seen.items() if not f.startswith(("w:", "b:")) or n >= min_articles}


def fit(rows: list[dict[str, Any]], min_articles: int, c: float) -> dict[str, dict[str, float]]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vocab = vocabulary(rows, min_articles)
    models: dict[str, dict[str, float]] = {}
    for task in TASKS:
        x, y, w = [], [], []
        for row in rows:
            for fs, q in zip(row["feats"], row["labels"][task], strict=True):
                kept = {f: 1 for f in fs if f in vocab}
                if q > 0:
                    x.append(kept)
                    y.append(1)
                    w.append(q)
                if q < 1:
                    x.append(kept)
                    y.append(0)
                    w.append(1.0 - q)
        vec = DictVectorizer()
        matrix = vec.fit_transform(x)
        model = LogisticRegression(C=c, max_iter=2000)
        model.fit(matrix, y, sample_weight=w)
        weights = {
            name: round(float(coef), 4)
            for name, coef in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
            if abs(coef) >= 0.005
        }
        weights["bias"] = round(float(model.intercept_[0]), 4)
        models[task] = dict(sorted(weights.items()))
    return models


def folds(rows: list[dict[str, Any]]) -> list[int]:
    """Fold of each article: round-robin over the sorted names, so every fold mixes both sets."""
    return [i % FOLDS for i in range(len(rows))]


def brief_scores(
    rows: list[dict[str, Any]], models_by_row: list[dict]
) -> dict[str, dict[str, Counts]]:
    by_set: dict[str, dict[str, Counts]] = {}
    for row, models in zip(rows, models_by_row, strict=True):
        ranker.use_model(models)
        brief = brief_article(row["article"]).to_dict()
        scores = score_brief(brief, row["gold"])
        name = row["set"]
        summed = by_set.setdefault(name, {s: Counts() for s in SECTIONS})
        for s in SECTIONS:
            summed[s].merge(scores[s])
    ranker.use_model(None)
    return by_set


def sentence_figures(rows: list[dict[str, Any]], models_by_row: list[dict]) -> dict[str, str]:
    """Sentence-level precision/recall at p >= 0.5 against the soft labels (expected counts)."""
    out = {}
    for task in TASKS:
        tp = fp = pos = 0.0
        for row, models in zip(rows, models_by_row, strict=True):
            ranker.use_model(models)
            for fs, q in zip(row["feats"], row["labels"][task], strict=True):
                p = 1 / (1 + math.exp(-ranker.score(task, fs)))
                pos += q
                if p >= 0.5:
                    tp += q
                    fp += 1 - q
        ranker.use_model(None)
        out[task] = (
            f"sentence precision {tp / max(tp + fp, 1e-9):.3f} recall {tp / max(pos, 1e-9):.3f}"
        )
    return out


def line(counts: dict[str, Counts]) -> str:
    def r(section: str, metric: str) -> str:
        value = counts[section].ratio(metric)
        return "-" if value is None else f"{value:.3f}"

    return (
        f"issues R/P {r('open_issues', 'recall')}/{r('open_issues', 'precision')}  "
        f"steps R/P {r('next_steps', 'recall')}/{r('next_steps', 'precision')}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--min-articles", type=int, default=8)
    parser.add_argument("--c", type=float, default=0.1, help="inverse L2 strength")
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--grid", action="store_true", help="sweep the rules/ranker blend")
    args = parser.parse_args(argv)

    rows = []
    for set_name, path in corpus(args.shared):
        row = sentence_rows(path)
        row["set"] = set_name
        rows.append(row)
    fold_of = folds(rows)
    fold_models = [
        fit([r for r, f in zip(rows, fold_of, strict=True) if f != k], args.min_articles, args.c)
        for k in range(FOLDS)
    ]
    by_row = [fold_models[f] for f in fold_of]
    print(
        f"{len(rows)} articles, {sum(len(r['feats']) for r in rows)} sentences, {FOLDS} folds by article"
    )
    for task, text in sentence_figures(rows, by_row).items():
        print(f"  {task}: {text} (cross-validated)")
    knobs = ("RESCUE_AT",)
    saved = {k: getattr(steps, k) for k in knobs}
    blends: list[tuple[float, ...]] = [()]  # the engine's own settings
    if args.grid:
        blends = [(99.0,), (1.0,), (0.5,), (0.0,), (-0.5,), (-1.0,)]
    for blend in blends:
        for k, v in zip(knobs, blend, strict=False):
            setattr(steps, k, v)
        shown = " ".join(f"{k}={v}" for k, v in zip(knobs, blend, strict=False)) or "as shipped"
        result = brief_scores(rows, by_row)
        print(f"next-step blend {shown} (cross-validated):")
        for set_name, counts in result.items():
            print(f"  {set_name:<9} {line(counts)}")
    for k, v in saved.items():
        setattr(steps, k, v)
    if args.cv_only:
        return 0
    # Only the next-step model is shipped: for open issues no blend beat the rules under
    # cross-validation on both dev and the held-out fixtures (bench/README.md).
    final = {"next_steps": fit(rows, args.min_articles, args.c)["next_steps"]}
    payload = {
        "about": "Sentence ranker weights (logistic regression log-odds) written by bench/train_ranker.py "
        f"on {len(rows)} dev + Wikinews articles; min_articles={args.min_articles}, C={args.c}.",
        "models": final,
    }
    WEIGHTS_PATH.write_text(json.dumps(payload, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(
        f"wrote {WEIGHTS_PATH.relative_to(REPO)}: "
        + ", ".join(f"{t} {len(w)} weights" for t, w in final.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
