"""Train the engine's candidate ranker for next steps, with honest cross-validation.

    .venv/bin/python bench/train_ranker.py --oracle      # what any choice of lines could reach
    .venv/bin/python bench/train_ranker.py --cv-only     # cross-validated figures, weights untouched
    .venv/bin/python bench/train_ranker.py --grid        # also sweep steps.DROP_AT and steps.RESCUE_AT
    .venv/bin/python bench/train_ranker.py               # cross-validate, then write the shipped weights
    .venv/bin/python bench/train_ranker.py --sets dev heldout wikinews --corpus bench/sets/pool4 --loco
                                                         # leave one corpus family out: fit on the
                                                         # others, brief the one left out

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

By default the sets of round 5a are used: dev, the Wikinews tune half (even places, as
`quality.py --split` names it) and the held-out fixtures. `--sets` chooses others among
dev, heldout, wikinews (all 80), wikinews-tune and wikinews-check, and `--corpus DIR` (as
in quality.py; repeatable) adds a folder of gold files beside their articles as a set named
after the folder. Cross-validation is grouped by article (5 folds, dealt round-robin within
each set): each fold's model briefs the fold's articles through the whole engine, scored by
bench/scoring.py exactly as bench/quality.py scores. `--everything` adds the Wikinews check
half to the final fit (never to the cross-validation).

`--loco` evaluates across corpora instead: the sets fall into families (dev and the
held-out fixtures are one family, written for the project; Wikinews another; each
`--corpus` folder its own), and for each family a model fitted on the others briefs that
family's articles; the table sets the rules alone, the shipped weights (in-sample where
they were fitted on the family) and that refit side by side, per set of the family.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from quality import DEFAULT_SHARED, corpus_paths, family, gold_paths, load_article  # noqa: E402
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
TRAIN_SETS = ("dev", "wikinews-tune", "heldout")  # the default sets (round 5a's)
KNOWN_SETS = ("dev", "heldout", "wikinews", "wikinews-tune", "wikinews-check")
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


def line(counts: dict[str, Counts], task: str, hits: bool = False) -> str:
    """"R/P" of one section, with hits/totals ("R/P (h/n, h/n)") when `hits`."""
    c = counts[task]
    r, p = c.ratio("recall"), c.ratio("precision")
    out = f"{'-' if r is None else f'{r:.3f}'}/{'-' if p is None else f'{p:.3f}'}"
    if hits:
        (rh, rn), (ph, pn) = c.values.get("recall", (0, 0)), c.values.get("precision", (0, 0))
        out += f" ({rh}/{rn}, {ph}/{pn})"
    return out


def shipped_on() -> set[str]:
    """The sets the shipped weights were fitted on, as their "about" names them ("... on 98
    articles (dev, heldout, wikinews-tune); ..."): a shipped figure on these is in-sample."""
    about = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8")).get("about", "")
    named = re.search(r"articles \(([^)]*)\)", about)
    return {s.strip() for s in named.group(1).split(",")} if named else set()


def set_paths(shared: Path, names: list[str], corpora: list[Path]) -> list[tuple[str, Path]]:
    """(set name, gold path) of the chosen sets, in the order given, then each corpus folder
    (its gold files in name order) as a set named after the folder. A set named twice, or a
    Wikinews half beside the whole of it, would read its articles twice: refused."""
    chosen = list(names) + [c.name for c in corpora]
    unknown = [n for n in names if n not in KNOWN_SETS]
    if unknown:
        raise ValueError(f"unknown set(s) {', '.join(unknown)}: choose among {', '.join(KNOWN_SETS)}")
    clash = [c.name for c in corpora if c.name in KNOWN_SETS]
    if clash:
        raise ValueError(f"a --corpus folder may not be named like a known set: {', '.join(clash)}")
    if len(set(chosen)) < len(chosen) or (
        "wikinews" in chosen and ({"wikinews-tune", "wikinews-check"} & set(chosen))
    ):
        raise ValueError(f"sets overlap: {', '.join(chosen)}")
    out = [(n, p) for n in names for p in gold_paths(shared, n)]
    return out + [(c.name, p) for c in corpora for p in corpus_paths(c)]


def loco_splits(set_names: list[str]) -> list[tuple[str, list[int], list[int]]]:
    """(family left out, indices to fit on, indices to brief) for each family of the rows whose
    sets are `set_names`, in order of first appearance; needs two families at least."""
    families = list(dict.fromkeys(family(s) for s in set_names))
    if len(families) < 2:
        raise ValueError(f"leave-one-corpus-out needs two families at least, got {families}")
    return [
        (
            left,
            [i for i, s in enumerate(set_names) if family(s) != left],
            [i for i, s in enumerate(set_names) if family(s) == left],
        )
        for left in families
    ]


def settings_of(args: argparse.Namespace) -> list[tuple[float | None, float | None, int]]:
    """(DROP_AT, RESCUE_AT, DECIDE_BAND) to measure: the engine's (or --drop/--rescue/--band),
    or with --grid a sweep. DROP_AT None: the rules alone decide at the threshold."""
    if args.grid:
        return [
            (drop, rescue, band)
            for band in args.bands
            for drop, rescue in itertools.product(
                (None, -1.0, -0.5, 0.0, 0.5), (None, 1.0, 0.5, 0.0)
            )
            if not (drop is None and (rescue is not None or band))
        ]
    return [(args.drop, args.rescue, args.bands[0])]


def measured(
    rows: list[dict[str, Any]],
    models_by_row: list[dict | None],
    drop: float | None,
    rescue: float | None,
    band: int,
) -> dict[str, dict[str, Counts]]:
    """Brief `rows` through the engine with these knobs (None model: the shipped weights),
    then put the engine's own knobs back."""
    saved = (steps.DROP_AT, steps.RESCUE_AT, steps.DECIDE_BAND)
    # DROP_AT None: the rules alone decide at the threshold (a log-odds no model reaches).
    steps.DROP_AT = -1e9 if drop is None else drop
    steps.RESCUE_AT = rescue
    steps.DECIDE_BAND = band
    try:
        return brief_scores(rows, models_by_row)
    finally:
        steps.DROP_AT, steps.RESCUE_AT, steps.DECIDE_BAND = saved


def optional_float(value: str) -> float | None:
    """A knob's value on the command line: a number, or "none" (off)."""
    return None if value.lower() == "none" else float(value)


def knobs(drop: float | None, rescue: float | None, band: int) -> str:
    return f"DROP_AT={drop!s:<5} RESCUE_AT={rescue!s:<5} BAND={band}"


def loco(rows: list[dict[str, Any]], args: argparse.Namespace) -> None:
    """For each family: the rules alone, the shipped weights and a refit on the other families,
    briefing the left-out family's articles through the whole engine."""
    task = "next_steps"
    engine = (steps.DROP_AT, steps.RESCUE_AT, steps.DECIDE_BAND)
    in_sample = shipped_on()
    print(
        "leave-one-corpus-out, next steps R/P (recall hits/gold, precision hits/lines) of the "
        f"family left out; refit: C={args.c}, min_articles={args.min_articles}"
    )
    for left, train, test in loco_splits([r["set"] for r in rows]):
        fitted = fit([rows[i] for i in train], args.min_articles, args.c)
        held = [rows[i] for i in test]
        others = sorted({family(rows[i]["set"]) for i in train})
        print(f"\n{left} ({len(held)} articles) left out; refit on {' + '.join(others)} "
              f"({len(train)} articles, {sum(len(rows[i]['labels'][task]) for i in train)} candidates)")
        shown = [
            ("rules alone", measured(held, [None] * len(held), None, None, 0)),
            (f"shipped ({knobs(*engine)})", measured(held, [None] * len(held), *engine)),
        ]
        shown += [
            (f"refit ({knobs(*k)})", measured(held, [fitted] * len(held), *k))
            for k in settings_of(args)
        ]
        for label, result in shown:
            cells = []
            for set_name, counts in result.items():
                mark = ""
                if label.startswith("shipped"):
                    halves = {f"{set_name}-tune", f"{set_name}-check"}
                    mark = "*" if set_name in in_sample else ("~" if halves & in_sample else "")
                cells.append(f"{set_name}{mark} {line(counts, task, hits=True)}")
            print(f"  {label:<52} " + "   ".join(cells))
    print("\n* in-sample: the shipped weights were fitted on this set (~ on half of it)")


def oracle(rows: list[dict[str, Any]]) -> None:
    """Gold items reachable (one-to-one, 40-token cap) by: the engine's lines, every rules
    candidate (and those scoring at least MIN_SCORE, or MIN_SCORE - 1), and every sentence
    as a line of its own (tidied, cut to 40 tokens); totals per set and per family."""

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
        scored_steps = [
            (sc, {"text": s.text, "who": list(s.who), "when": s.when})
            for sc, _o, s, _i in steps._candidates(doc, people, floor=STEP_FLOOR)
        ]
        lines = {
            "open_issues": [
                {"text": c.text, "topic": c.topic} for c in issues._candidates(doc, people, counts)
            ],
            "next_steps": [x for _sc, x in scored_steps],
        }
        at = {task: (None, None) for task in ACCEPTABLE}
        at["next_steps"] = (
            [x for sc, x in scored_steps if sc >= steps.MIN_SCORE],
            [x for sc, x in scored_steps if sc >= steps.MIN_SCORE - 1],
        )
        for task in ACCEPTABLE:
            gold = row["gold"].get(task) or []
            keys = [(row["set"], task)]
            if family(row["set"]) != row["set"]:
                keys.append((f"[{family(row['set'])}]", task))
            values = (
                len(gold),
                reach(gold, brief[task], task),
                -1 if at[task][0] is None else reach(gold, at[task][0], task),
                -1 if at[task][1] is None else reach(gold, at[task][1], task),
                reach(gold, lines[task], task),
                reach(gold, sentences, task),
                len(lines[task]),
                len(doc.sentences),
            )
            for key in keys:
                t = totals.setdefault(key, [0] * len(values))
                for i, v in enumerate(values):
                    t[i] += v
    print(
        "gold items reachable (one-to-one): by the engine's lines / rules candidates scoring at "
        f"least MIN_SCORE ({steps.MIN_SCORE}) / at least MIN_SCORE-1 / any / any sentence"
    )
    for (set_name, task), t in sorted(totals.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        scored = "" if t[2] < 0 else f"  >=min {t[2]:>3}  >=min-1 {t[3]:>3}"
        print(
            f"  {set_name:<16} {task:<12} gold {t[0]:>3}  engine {t[1]:>3}{scored}  candidates "
            f"{t[4]:>3} ({t[6]} lines)  sentences {t[5]:>3} ({t[7]})"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument(
        "--sets", nargs="+", default=list(TRAIN_SETS), metavar="SET",
        help=f"sets to train and measure on, among {', '.join(KNOWN_SETS)} "
        f"(default: {' '.join(TRAIN_SETS)})",
    )
    parser.add_argument(
        "--corpus", type=Path, action="append", default=[], metavar="DIR",
        help="also a folder of gold files beside their articles, as a set named after it "
        "(repeatable)",
    )
    parser.add_argument("--min-articles", type=int, default=8)
    parser.add_argument("--c", type=float, default=0.1, help="inverse L2 strength")
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--grid", action="store_true", help="sweep DROP_AT and RESCUE_AT")
    parser.add_argument("--oracle", action="store_true", help="reachability only")
    parser.add_argument(
        "--loco", action="store_true",
        help="leave one corpus family out: fit on the others, brief it (weights untouched)",
    )
    parser.add_argument(
        "--drop", type=optional_float, default=steps.DROP_AT,
        help=f"DROP_AT to measure, or none: the rules alone (default the engine's, {steps.DROP_AT})",
    )
    parser.add_argument(
        "--rescue", type=optional_float, default=steps.RESCUE_AT,
        help=f"RESCUE_AT to measure, or none: no rescue (default the engine's, {steps.RESCUE_AT})",
    )
    parser.add_argument(
        "--bands", type=int, nargs="+", default=[steps.DECIDE_BAND], metavar="N",
        help="DECIDE_BAND(s): the ranker decides on candidates up to MIN_SCORE+N "
        "(the first without --grid; every one with it)",
    )
    parser.add_argument(
        "--everything",
        action="store_true",
        help="add the Wikinews check half to the final fit (never to the cross-validation)",
    )
    args = parser.parse_args(argv)
    for folder in args.corpus:
        if not folder.is_dir():
            parser.error(f"--corpus {folder}: not a folder")
    try:
        paths = set_paths(args.shared, args.sets, args.corpus)
    except ValueError as exc:
        parser.error(str(exc))
    rows = [candidate_rows(path, set_name) for set_name, path in paths]
    names = list(dict.fromkeys(r["set"] for r in rows))
    if args.oracle:
        oracle(rows)
        return 0
    if args.loco:
        try:
            loco(rows, args)
        except ValueError as exc:
            parser.error(str(exc))
        return 0
    fold_of = folds(rows)
    fold_models = [
        fit([r for r, f in zip(rows, fold_of, strict=True) if f != k], args.min_articles, args.c)
        for k in range(FOLDS)
    ]
    by_row = [fold_models[f] for f in fold_of]
    print(
        f"{len(rows)} articles ({', '.join(names)}), "
        + ", ".join(f"{t} {sum(len(r['labels'][t]) for r in rows)} candidates" for t in TASKS)
        + f"; {FOLDS} folds by article, C={args.c}, min_articles={args.min_articles}"
    )
    for task in TASKS:
        for setting in settings_of(args):
            result = measured(rows, by_row, *setting)
            print(
                f"{task:<12} {knobs(*setting)} (cross-validated) "
                + "  ".join(f"{s} {line(c, task)}" for s, c in result.items())
            )
    if args.cv_only or args.grid:
        return 0
    final_rows = rows
    if args.everything and "wikinews-check" not in names and "wikinews" not in names:
        final_rows = rows + [
            candidate_rows(path, "wikinews-check")
            for path in gold_paths(args.shared, "wikinews-check")
        ]
    final = fit(final_rows, args.min_articles, args.c)
    fitted_on = list(dict.fromkeys(r["set"] for r in final_rows))
    payload = {
        "about": "Candidate ranker weights (logistic regression log-odds) written by "
        f"bench/train_ranker.py on {len(final_rows)} articles ({', '.join(fitted_on)}); "
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
