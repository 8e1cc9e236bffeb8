"""Train the engine's candidate ranker for next steps, with honest cross-validation.

    .venv/bin/python bench/train_ranker.py --oracle      # what any choice of lines could reach
    .venv/bin/python bench/train_ranker.py --cv-only     # cross-validated figures, weights untouched
    .venv/bin/python bench/train_ranker.py --grid        # also sweep steps.DROP_AT and steps.RESCUE_AT
    .venv/bin/python bench/train_ranker.py               # cross-validate, then write the shipped weights

Needs scikit-learn in the venv (`.venv/bin/pip install scikit-learn`): a bench
dependency only; the engine reads the weights with no numpy.

The rules find the candidates (every cued clause, each condensed into its line with
who, when and certainty) and score them; the ranker decides on the candidates the
rules score at their threshold (steps.DROP_AT; steps.RESCUE_AT for those one point
short, off as shipped). A candidate's label is what the scoring would credit: 1 when
its line with its who and when matches the terms of a gold or acceptable item of its
article (GOLD_FORMAT rules), else 0. Features: the cue and shape features of the
candidate's sentence, the lower-case words and word pairs found in at least
`--min-articles` articles (names and numbers never: topic words do not carry over), and
the candidate's own (the rules' score, who/when, certainty). L2-regularised logistic
regression. Open issues have no model: no learned choice beat the rules under this
cross-validation (bench/README.md); `--oracle` still reports both sections.

Only the sets one may tune on are used: dev, the Wikinews tune half (even places, as
`quality.py --split` names it) and the held-out fixtures. Cross-validation is grouped by
article (5 folds, dealt round-robin within each set): each fold's model briefs the fold's
articles through the whole engine, scored by bench/scoring.py exactly as bench/quality.py
scores. The Wikinews check half is never read here, unless `--everything` adds it to the
final fit (the shipped weights; the figures are then no longer honest for that half).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from quality import DEFAULT_SHARED, gold_paths, load_article  # noqa: E402
from scoring import (  # noqa: E402
    MAX_ITEM_TOKENS,
    SECTIONS,
    Counts,
    issue_haystack,
    maximum_matching,
    score_brief,
    step_haystack,
    terms_match,
)
from scoring import tokens as score_tokens  # noqa: E402

from briefs.engine import brief_article, issues, ranker, steps  # noqa: E402
from briefs.engine.clauses import tidy, truncate_tokens, word_counts  # noqa: E402
from briefs.engine.doc import Document  # noqa: E402
from briefs.engine.people import find_people  # noqa: E402

ACCEPTABLE = {"open_issues": "acceptable_open_issues", "next_steps": "acceptable_next_steps"}
HAYSTACK = {"open_issues": issue_haystack, "next_steps": step_haystack}
TASKS = ("next_steps",)  # the models trained and shipped
KNOBS = {"next_steps": steps}
TRAIN_SETS = ("dev", "wikinews-tune", "heldout")
WEIGHTS_PATH = REPO / "briefs" / "engine" / "lexicons" / "ranker.json"
FOLDS = 5
STEP_FLOOR = -9  # every cued step clause is a training candidate, however the rules score it


def candidate_rows(gold_path: Path, set_name: str) -> dict[str, Any]:
    """Every rules candidate of one article (next steps): features and label."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = load_article(gold_path.parent / gold["file"])
    doc = Document(article.text)
    people = find_people(doc)
    sentence_feats: dict[int, list[str]] = {}

    def of(index: int) -> list[str]:
        if index not in sentence_feats:
            sentence_feats[index] = ranker.features(doc, doc.sentences[index], people)
        return sentence_feats[index]

    cands: dict[str, list[tuple[list[str], dict]]] = {}
    cands["next_steps"] = [
        (
            of(index) + list(steps.candidate_features(score, step)),
            {"text": step.text, "who": list(step.who), "when": step.when},
        )
        for score, _order, step, index in steps._candidates(doc, people, floor=STEP_FLOOR)
    ]
    labels: dict[str, list[int]] = {}
    for task in TASKS:
        acceptable = ACCEPTABLE[task]
        items = [i for i in (gold.get(task) or []) + (gold.get(acceptable) or []) if i.get("terms")]
        labels[task] = [
            int(any(terms_match(i["terms"], HAYSTACK[task](line)) for i in items))
            for _f, line in cands[task]
        ]
    return {
        "path": gold_path,
        "set": set_name,
        "gold": gold,
        "article": article,
        "doc": doc,
        "feats": {task: [f for f, _ in cands[task]] for task in TASKS},
        "labels": labels,
    }


def vocabulary(rows: list[dict[str, Any]], task: str, min_articles: int) -> set[str]:
    """Cue, shape and candidate features always; words and pairs only if common across articles."""
    seen: Counter[str] = Counter()
    for row in rows:
        seen.update({f for fs in row["feats"][task] for f in fs})
    return {f for f, n in seen.items() if not f.startswith(("w:", "b:")) or n >= min_articles}


def fit(rows: list[dict[str, Any]], min_articles: int, c: float) -> dict[str, dict[str, float]]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    models: dict[str, dict[str, float]] = {}
    for task in TASKS:
        vocab = vocabulary(rows, task, min_articles)
        x = [
            {f: 1 for f in fs if f in vocab} for row in rows for fs in row["feats"][task]
        ]
        y = [label for row in rows for label in row["labels"][task]]
        vec = DictVectorizer()
        model = LogisticRegression(C=c, max_iter=3000)
        model.fit(vec.fit_transform(x), y)
        weights = {
            name: round(float(coef), 4)
            for name, coef in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
            if abs(coef) >= 0.005
        }
        weights["bias"] = round(float(model.intercept_[0]), 4)
        models[task] = dict(sorted(weights.items()))
    return models


def folds(rows: list[dict[str, Any]]) -> list[int]:
    """Fold of each article: round-robin within each set, so every fold mixes all sets."""
    seen: Counter[str] = Counter()
    out = []
    for row in rows:
        out.append(seen[row["set"]] % FOLDS)
        seen[row["set"]] += 1
    return out


def brief_scores(
    rows: list[dict[str, Any]], models_by_row: list[dict]
) -> dict[str, dict[str, Counts]]:
    by_set: dict[str, dict[str, Counts]] = {}
    for row, models in zip(rows, models_by_row, strict=True):
        ranker.use_model(models)
        brief = brief_article(row["article"]).to_dict()
        scores = score_brief(brief, row["gold"])
        summed = by_set.setdefault(row["set"], {s: Counts() for s in SECTIONS})
        for s in SECTIONS:
            summed[s].merge(scores[s])
    ranker.use_model(None)
    return by_set


def line(counts: dict[str, Counts], task: str) -> str:
    c = counts[task]
    r, p = c.ratio("recall"), c.ratio("precision")
    return f"{'-' if r is None else f'{r:.3f}'}/{'-' if p is None else f'{p:.3f}'}"


def oracle(rows: list[dict[str, Any]]) -> None:
    """Gold items reachable (one-to-one, 40-token cap) by: the engine's lines, every rules
    candidate, and every sentence as a line of its own (tidied, cut to 40 tokens)."""

    def reach(gold: list[dict], lines: list[dict], task: str) -> int:
        # The 40-token cap is on an item's text; its terms match text with who/when or topic.
        texts = [
            HAYSTACK[task](x) if len(score_tokens(x["text"])) <= MAX_ITEM_TOKENS else None
            for x in lines
        ]
        ok = [
            [bool(g.get("terms")) and t is not None and terms_match(g["terms"], t) for t in texts]
            for g in gold
        ]
        return len(maximum_matching(len(gold), len(lines), lambda g, p: ok[g][p]))

    totals: dict[tuple[str, str], list[int]] = {}
    for row in rows:
        brief = brief_article(row["article"]).to_dict()
        doc = row["doc"]
        people = find_people(doc)
        counts = word_counts(doc.text)
        sentences = [
            {"text": truncate_tokens(tidy(s.text), MAX_ITEM_TOKENS)} for s in doc.sentences
        ]
        lines = {
            "open_issues": [
                {"text": c.text, "topic": c.topic} for c in issues._candidates(doc, people, counts)
            ],
            "next_steps": [
                {"text": s.text, "who": list(s.who), "when": s.when}
                for _sc, _o, s, _i in steps._candidates(doc, people, floor=STEP_FLOOR)
            ],
        }
        for task in ACCEPTABLE:
            gold = row["gold"].get(task) or []
            t = totals.setdefault((row["set"], task), [0] * 6)
            values = (
                len(gold),
                reach(gold, brief[task], task),
                reach(gold, lines[task], task),
                reach(gold, sentences, task),
                len(lines[task]),
                len(doc.sentences),
            )
            for i, v in enumerate(values):
                t[i] += v
    print("gold items reachable (one-to-one): by the engine's lines / any rules candidate / any sentence")
    for (set_name, task), t in totals.items():
        print(
            f"  {set_name:<14} {task:<12} gold {t[0]:>3}  engine {t[1]:>3}  candidates {t[2]:>3} "
            f"({t[4]} lines)  sentences {t[3]:>3} ({t[5]})"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--min-articles", type=int, default=8)
    parser.add_argument("--c", type=float, default=0.1, help="inverse L2 strength")
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--grid", action="store_true", help="sweep DROP_AT and RESCUE_AT")
    parser.add_argument("--oracle", action="store_true", help="reachability only")
    parser.add_argument(
        "--everything",
        action="store_true",
        help="add the Wikinews check half to the final fit (never to the cross-validation)",
    )
    args = parser.parse_args(argv)

    rows = [
        candidate_rows(path, set_name)
        for set_name in TRAIN_SETS
        for path in gold_paths(args.shared, set_name)
    ]
    if args.oracle:
        oracle(rows)
        return 0
    fold_of = folds(rows)
    fold_models = [
        fit([r for r, f in zip(rows, fold_of, strict=True) if f != k], args.min_articles, args.c)
        for k in range(FOLDS)
    ]
    by_row = [fold_models[f] for f in fold_of]
    print(
        f"{len(rows)} articles ({', '.join(TRAIN_SETS)}), "
        + ", ".join(f"{t} {sum(len(r['labels'][t]) for r in rows)} candidates" for t in TASKS)
        + f"; {FOLDS} folds by article, C={args.c}, min_articles={args.min_articles}"
    )
    saved = {(t, k): getattr(KNOBS[t], k) for t in TASKS for k in ("DROP_AT", "RESCUE_AT")}
    settings: list[tuple[str, float | None, float | None]] = [
        (t, saved[(t, "DROP_AT")], saved[(t, "RESCUE_AT")]) for t in TASKS
    ]
    if args.grid:
        settings = [
            (t, drop, rescue)
            for t in TASKS
            for drop, rescue in itertools.product(
                (None, -1.0, -0.5, 0.0, 0.5), (None, 1.0, 0.5, 0.0)
            )
        ]
    for task, drop, rescue in settings:
        module = KNOBS[task]
        # DROP_AT None: the rules alone decide at the threshold (a log-odds no model reaches).
        module.DROP_AT = -1e9 if drop is None else drop
        module.RESCUE_AT = rescue
        result = brief_scores(rows, by_row)
        print(
            f"{task:<12} DROP_AT={drop!s:<5} RESCUE_AT={rescue!s:<5} (cross-validated) "
            + "  ".join(f"{s} {line(c, task)}" for s, c in result.items())
        )
        for (t, k), v in saved.items():
            setattr(KNOBS[t], k, v)
    if args.cv_only or args.grid:
        return 0
    final_rows = rows
    if args.everything:
        final_rows = rows + [
            candidate_rows(path, "wikinews-check")
            for path in gold_paths(args.shared, "wikinews-check")
        ]
    final = fit(final_rows, args.min_articles, args.c)
    names = sorted({r["set"] for r in final_rows})
    payload = {
        "about": "Candidate ranker weights (logistic regression log-odds) written by "
        f"bench/train_ranker.py on {len(final_rows)} articles ({', '.join(names)}); "
        f"min_articles={args.min_articles}, C={args.c}.",
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
