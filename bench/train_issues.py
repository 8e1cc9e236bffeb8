"""A learned filter or re-ranker over the open-issue rules' candidates, judged leave-one-corpus-out.

    .venv/bin/python bench/train_issues.py --loco              # rules vs every variant, per left-out family
    .venv/bin/python bench/train_issues.py --loco --c 0.03     # another inverse L2 strength
    .venv/bin/python bench/train_issues.py --stats             # candidates, labels and what the rules choose

Needs scikit-learn in the venv (`.venv/bin/pip install scikit-learn`): a bench dependency
only; the weights are plain dicts scored in pure Python, as an engine module would.

Three families of gold articles: "dev+fixtures" (corpus/dev + the held-out fixtures, written
for the project), "wikinews" (corpus/wikinews, all 80) and "outlets" (`--outlets`, default
bench/sets/pool4: other outlets' real news). Leave-one-corpus-out: fit on two families, brief the
third through the whole engine (`briefs.engine.brief_article`, its open issues chosen by the
variant) and score it with bench/scoring.py exactly as bench/quality.py scores.

Rows: every rules candidate of an article (`issues._candidates`: each cued clause condensed into
its line and topic, weighted). Label: what the scoring credits, 1 when the line as the engine
would show it (`issues._as_issues`: a fragment line as its whole sentence) with its topic matches
the terms of a gold or acceptable item of its article. Features are generic: the candidate
sentence's cue and shape features (`ranker.features` without its words: lexicon cues,
modal, dates, negation, attribution, figures, quotation, who is named, position, length), the
candidate's own (the rules' weight, guessed topic, open question, widened line, line length, its
place in the rules' choice, a restatement of a line chosen before it, another candidate of the
same sentence ranked higher) and, with `--words`, the lower-case words and word pairs found in at
least `--min-articles` articles of each of two training families.

Variants: `filter` (the rules choose, the model drops a chosen line below log-odds t),
`filter-fill` (candidates below t are dropped before the rules choose, so others may fill the
budget) and `rerank` (the rules' choice with weight + a * log-odds as the order and the cut).
Every variant's lines are built as the engine builds its own (`issues._as_issues`), so a keep-all
variant is the "rules alone" row.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import sys
from collections import Counter
from collections.abc import Callable
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
    item_token_count,
    maximum_matching,
    score_brief,
    step_haystack,
    terms_match,
)

import briefs.engine as engine  # noqa: E402
from briefs.engine import issues, ranker, steps  # noqa: E402
from briefs.engine.clauses import tidy, tokens  # noqa: E402
from briefs.engine.doc import Document  # noqa: E402
from briefs.engine.people import find_people  # noqa: E402
from briefs.model import OpenIssue  # noqa: E402

FAMILIES = (family("dev"), family("wikinews"), "outlets")  # --outlets: a family of its own
DEFAULT_OUTLETS = REPO / "bench" / "sets" / "pool4"  # (the outlets set of session 7 was lost)
RULES_FIND = issues.find_open_issues


def family_paths(shared: Path, outlets: Path) -> list[tuple[str, str, Path]]:
    """(family, set, gold path) of every article of the three families."""
    sets = [(s, p) for s in ("dev", "heldout", "wikinews") for p in gold_paths(shared, s)]
    sets += [("outlets", p) for p in corpus_paths(outlets)]
    return [(family(s), s, p) for s, p in sets]


def family_folders(shared: Path, outlets: Path) -> list[Path]:
    """The folders of gold files the families are read from (the held-out fixtures are the repo's)."""
    return [shared / "corpus" / "dev", shared / "corpus" / "wikinews", outlets]


def _bucket(value: float, edges: tuple[float, ...]) -> str:
    for edge in edges:
        if value < edge:
            return f"<{edge:g}"
    return f">={edges[-1]:g}"


def candidate_features(
    doc: Document, people: Any, counts: Counter[str]
) -> tuple[list[Any], list[list[str]]]:
    """The rules' candidates of one article and the generic features of each."""
    cands = issues._candidates(doc, people, counts)
    chosen = issues._select(cands, counts, issues._issue_budget(doc.word_count), doc.word_count < issues.SHORT_ARTICLE)
    place = {c.order: i for i, c in enumerate(chosen)}
    order = sorted(cands, key=lambda c: (-c.weight, c.order))
    rank = {c.order: i for i, c in enumerate(order)}
    sentence_feats: dict[int, list[str]] = {}
    stems = {c.order: issues._content_stems(f"{c.topic} {c.core or c.text}", counts) for c in cands}
    out = []
    for cand in cands:
        if cand.sentence not in sentence_feats:
            sentence_feats[cand.sentence] = ranker.features(doc, doc.sentences[cand.sentence], people)
        feats = list(sentence_feats[cand.sentence])
        size = len(tokens(cand.text))
        feats += [
            f"iw:{_bucket(cand.weight, (0.5, 1.5, 2.5, 3.5, 4.5))}",
            f"ilen:{_bucket(size, (8, 13, 20, 30))}",
            f"tlen:{min(len(cand.topic.split()), 3)}",
            f"irank:{min(rank[cand.order], 6)}",
            f"chosen:{min(place[cand.order], 5) if cand.order in place else 'no'}",
            f"words:{_bucket(doc.word_count, (300, 500, 900, 1500))}",
        ]
        if cand.guessed:
            feats.append("cand:guessed")
        if cand.question:
            feats.append("cand:question")
        if cand.core:
            feats.append("cand:widened")
        if cand.text != tidy(doc.sentences[cand.sentence].text):
            feats.append("cand:cut")
        higher = [c for c in cands if rank[c.order] < rank[cand.order]]
        if any(c.sentence == cand.sentence for c in higher):
            feats.append("cand:sentence-higher")
        before = [c for c in chosen if rank[c.order] < rank[cand.order]]
        shared = max((len(stems[cand.order] & stems[c.order]) for c in before), default=0)
        feats.append(f"restate:{min(shared, 2)}")
        out.append(feats)
    return cands, out


def article_row(family: str, set_name: str, gold_path: Path) -> dict[str, Any]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = load_article(gold_path.parent / gold["file"])
    doc = Document(article.text)
    people = find_people(doc)
    counts = issues._word_counts(doc)
    cands, feats = candidate_features(doc, people, counts)
    # each line as the engine would show it (a fragment line as its whole sentence), so a label is
    # what the scoring would credit
    shown = {c.order: issues._as_issues(doc, [c])[0].text for c in cands}
    items = [
        i for i in (gold.get("open_issues") or []) + (gold.get("acceptable_open_issues") or [])
        if i.get("terms")
    ]
    gold_items = [i for i in gold.get("open_issues") or [] if i.get("terms")]
    accept = [i for i in gold.get("acceptable_open_issues") or [] if i.get("terms")]

    def ok(item: dict[str, Any], cand: Any) -> bool:
        line = {"text": shown[cand.order], "topic": cand.topic}
        return item_token_count(line) <= MAX_ITEM_TOKENS and terms_match(item["terms"], issue_haystack(line))

    labels = [int(any(ok(i, c) for i in items)) for c in cands]
    # "credit": what the scoring credits given the rules' own choice: a chosen line when it is in
    # the one-to-one matching or matches an acceptable item (a restatement is not credited); a
    # line left out when it matches a gold item the chosen lines leave unmatched, or an
    # acceptable one.
    chosen = [i for i, fs in enumerate(feats) if "chosen:no" not in fs]
    matching = maximum_matching(len(gold_items), len(chosen), lambda g, p: ok(gold_items[g], cands[chosen[p]]))
    taken = set(matching)
    matched = {chosen[p] for p in matching.values()}
    credit = []
    for i, cand in enumerate(cands):
        if i in chosen:
            credit.append(int(i in matched or any(ok(a, cand) for a in accept)))
        else:
            credit.append(
                int(any(ok(g, cand) for k, g in enumerate(gold_items) if k not in taken)
                    or any(ok(a, cand) for a in accept))
            )
    # why a chosen line is not credited (the false open issues), by class
    steps_gold = [i for i in (gold.get("next_steps") or []) + (gold.get("acceptable_next_steps") or []) if i.get("terms")]
    errors = []
    for i in chosen:
        if credit[i]:
            continue
        cand = cands[i]
        sentence = doc.sentences[cand.sentence].text
        whole = {"text": sentence, "topic": None}
        if labels[i]:
            kind = "restated"  # matches a gold item another chosen line took
        elif any(terms_match(g["terms"], step_haystack({"text": shown[cand.order], "who": [], "when": None})) for g in steps_gold):
            kind = "next-step"
        elif any(terms_match(g["terms"], issue_haystack(whole)) for g in items):
            kind = "condensed-lost"  # its sentence holds a gold issue, the line lost it
        elif cand.sentence < 2:
            kind = "lead-event"  # the lead's own news, not a question it leaves open
        else:
            kind = "background"  # a sentence that holds no gold issue at all
        errors.append((kind, shown[cand.order]))
    return {
        "errors": errors,
        "family": family,
        "set": set_name,
        "path": gold_path,
        "gold": gold,
        "article": article,
        "feats": feats,
        "labels": labels,
        "credit": credit,
    }


def vocabulary(rows: list[dict[str, Any]], words: bool, min_articles: int) -> set[str]:
    """Generic features always; a word or pair only when `min_articles` articles of each of at
    least two families hold it."""
    per_family: dict[str, Counter[str]] = {}
    every: set[str] = set()
    for row in rows:
        found = {f for fs in row["feats"] for f in fs}
        every |= found
        per_family.setdefault(row["family"], Counter()).update(found)
    out = {f for f in every if not f.startswith(("w:", "b:"))}
    if words:
        out |= {
            f
            for f in every
            if f.startswith(("w:", "b:"))
            and sum(1 for c in per_family.values() if c[f] >= min_articles) >= 2
        }
    return out


def fit(
    rows: list[dict[str, Any]],
    *,
    c: float,
    words: bool,
    min_articles: int,
    chosen_only: bool,
    label: str = "labels",
    kinds: str = "all",
    trees: bool = False,
) -> dict[str, Any]:
    """Logistic-regression weights by feature name (or, with `trees`, a gradient-boosted model
    kept as a scorer under "scorer", to see whether anything non-linear carries)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vocab = vocabulary(rows, words, min_articles)
    if kinds == "candidate":  # the candidate's own features only, none of its sentence's
        vocab = {f for f in vocab if f.startswith(CANDIDATE_KINDS)}
    x, y = [], []
    for row in rows:
        for fs, value in zip(row["feats"], row[label], strict=True):
            if chosen_only and "chosen:no" in fs:
                continue
            x.append({f: 1 for f in fs if f in vocab})
            y.append(value)
    vec = DictVectorizer()
    if trees:
        from sklearn.ensemble import HistGradientBoostingClassifier

        booster = HistGradientBoostingClassifier(max_depth=3, max_iter=100, learning_rate=0.05, random_state=0)
        booster.fit(vec.fit_transform(x).toarray(), y)

        def scorer(feats: list[str]) -> float:
            row = vec.transform([{f: 1 for f in feats if f in vocab}]).toarray()
            p = min(max(float(booster.predict_proba(row)[0][1]), 1e-6), 1 - 1e-6)
            return math.log(p / (1 - p))

        return {"scorer": scorer}
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(vec.fit_transform(x), y)
    weights = {
        name: round(float(coef), 4)
        for name, coef in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(coef) >= 0.005
    }
    weights["bias"] = round(float(model.intercept_[0]), 4)
    return weights


CANDIDATE_KINDS = ("iw:", "ilen:", "tlen:", "irank:", "chosen:", "words:", "cand:", "restate:")


def logit(weights: dict[str, Any], feats: list[str]) -> float:
    if "scorer" in weights:
        return weights["scorer"](feats)
    return math.fsum([weights.get("bias", 0.0)] + [weights.get(f, 0.0) for f in feats])


def auc(rows: list[dict[str, Any]], weights: dict[str, float] | None, chosen: bool) -> float:
    """How often a credited line outranks an uncredited one (ties half): by the model's log-odds,
    or with no weights by the rules' weight bucket and place."""
    scored = []
    for row in rows:
        for fs, lab, cred in zip(row["feats"], row["labels"], row["credit"], strict=True):
            if chosen and "chosen:no" in fs:
                continue
            if weights is None:
                place = next(f for f in fs if f.startswith("irank:"))
                value = -float(place.split(":")[1])
            else:
                value = logit(weights, fs)
            scored.append((value, cred if chosen else lab))
    pos = [v for v, y in scored if y]
    neg = [v for v, y in scored if not y]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def chooser(variant: str, weights: dict[str, float], knob: float) -> Callable:
    """A find_open_issues that chooses by `variant` with `weights`."""

    def find(doc: Document, people: Any) -> tuple[OpenIssue, ...]:
        counts = issues._word_counts(doc)
        cands, feats = candidate_features(doc, people, counts)
        odds = {c.order: logit(weights, f) for c, f in zip(cands, feats, strict=True)}
        budget = issues._issue_budget(doc.word_count)
        short = doc.word_count < issues.SHORT_ARTICLE
        if variant.startswith("add"):
            # the rules' choice, then up to two more lines the model rates at log-odds `knob` or
            # more, on a topic and words no chosen line has
            chosen = list(issues._select(cands, counts, budget, short))
            keys = {issues._topic_key(c.topic) for c in chosen}
            seen = [issues._content_stems(f"{c.topic} {c.core or c.text}", counts) for c in chosen]
            extra = 0
            for cand in sorted(cands, key=lambda c: (-odds[c.order], c.order)):
                if extra >= 2 or odds[cand.order] < knob:
                    break
                if cand in chosen or issues._topic_key(cand.topic) in keys:
                    continue
                words = issues._content_stems(f"{cand.topic} {cand.core or cand.text}", counts)
                if any(issues._overlaps(words, other) for other in seen):
                    continue
                if variant == "add-short" and len(chosen) >= 3:
                    break
                chosen.append(cand)
                keys.add(issues._topic_key(cand.topic))
                seen.append(words)
                extra += 1
        elif variant == "cap":  # at most `knob` lines, whatever the length
            chosen = issues._select(cands, counts, min(budget, int(knob)), short)
        elif variant == "dedupe":
            # a line sharing `knob` of the article's repeated words with a chosen one restates it
            rules_overlap = issues._overlaps
            issues._overlaps = lambda a, b: len(a & b) >= knob or rules_overlap(a, b)
            try:
                chosen = issues._select(cands, counts, budget, short)
            finally:
                issues._overlaps = rules_overlap
        elif variant == "dedupe-ratio":
            # ... or `knob` of the smaller line's repeated words
            rules_overlap = issues._overlaps
            issues._overlaps = lambda a, b: (
                len(a & b) >= 1 and len(a & b) >= knob * min(len(a), len(b))
            ) or rules_overlap(a, b)
            try:
                chosen = issues._select(cands, counts, budget, short)
            finally:
                issues._overlaps = rules_overlap
        elif variant.startswith("nostep"):
            # a line whose evidence sentence also gives a next step is the step, filed twice
            step_spans = [st.span for st in steps.find_next_steps(doc, people)]
            sentences = [doc.sentences[c.sentence] for c in cands]
            gives_step = {
                c.order for c, st in zip(cands, sentences, strict=True)
                if any(a < st.end and st.start < b for a, b in step_spans)
                and (knob <= 0 or c.weight < knob)
            }
            if variant == "nostep":
                chosen = [c for c in issues._select(cands, counts, budget, short) if c.order not in gives_step]
            else:
                chosen = issues._select([c for c in cands if c.order not in gives_step], counts, budget, short)
        elif variant == "weight":  # the rules' own cut, raised: the baseline a filter must beat
            chosen = [c for c in issues._select(cands, counts, budget, short) if c.weight >= knob]
        elif variant == "whole":
            # every chosen line cut from a sentence of at most `knob` tokens shown as the sentence
            # (the engine does so for a fragment line only: issues._opens_on_no_subject)
            chosen = [
                dataclasses.replace(c, text=tidy(doc.sentences[c.sentence].text))
                if len(tokens(doc.sentences[c.sentence].text)) <= knob and not c.question
                else c
                for c in issues._select(cands, counts, budget, short)
            ]
        elif variant == "late-filter":  # the first three lines kept, later ones filtered
            ranked = issues._select(cands, counts, budget, short)
            chosen = [c for i, c in enumerate(ranked) if i < 3 or odds[c.order] >= knob]
        elif variant == "filter":
            chosen = [c for c in issues._select(cands, counts, budget, short) if odds[c.order] >= knob]
        elif variant == "filter-fill":
            chosen = issues._select([c for c in cands if odds[c.order] >= knob], counts, budget, short)
        elif variant == "rerank":
            moved = [dataclasses.replace(c, weight=c.weight + knob * odds[c.order]) for c in cands]
            chosen = issues._select(moved, counts, budget, short)
        else:
            raise ValueError(variant)
        return issues._as_issues(doc, chosen)  # as the engine shows its choice (a fragment line whole)

    return find


def brief_scores(rows: list[dict[str, Any]], find: Callable | None) -> Counts:
    """Open-issue counts of `rows` briefed through the whole engine with `find` choosing."""
    engine.find_open_issues = find or RULES_FIND
    total = Counts()
    try:
        for row in rows:
            brief = engine.brief_article(row["article"]).to_dict()
            total.merge(score_brief(brief, row["gold"])["open_issues"])
    finally:
        engine.find_open_issues = RULES_FIND
    assert "open_issues" in SECTIONS
    return total


def counts_text(c: Counts) -> str:
    (rh, rt), (ph, pt) = c.values["recall"], c.values["precision"]
    return f"{rh / rt:.3f} / {ph / pt:.3f} ({rh}/{rt}, {ph}/{pt})"


# The rules' own cuts (no model): what any filter must beat at the same number of lines.
BASELINES = (
    ("weight", 1.5),
    ("weight", 2.0),
    ("weight", 2.5),
    ("cap", 4),
    ("cap", 5),
    ("cap", 6),
    ("dedupe", 2),
    ("dedupe-ratio", 0.34),
    ("nostep", 0),
)
VARIANTS = (
    ("filter", -1.0),
    ("filter", -0.5),
    ("filter", -0.25),
    ("filter", 0.0),
    ("filter", 0.25),
    ("filter-fill", -0.5),
    ("filter-fill", 0.0),
    ("rerank", 0.5),
    ("rerank", 1.0),
    ("rerank", 2.0),
    ("add", 0.0),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--outlets", type=Path, default=DEFAULT_OUTLETS)
    parser.add_argument("--c", type=float, default=0.1, help="inverse L2 strength")
    parser.add_argument("--words", action="store_true", help="add words and pairs common to two families")
    parser.add_argument("--min-articles", type=int, default=8)
    parser.add_argument("--chosen-only", action="store_true", help="fit on the rules' chosen lines only")
    parser.add_argument(
        "--label", choices=("labels", "credit"), default="labels",
        help="labels: the line matches any gold or acceptable item; credit: what the scoring credits "
        "beside the rules' own choice (a restatement is 0)",
    )
    parser.add_argument("--kinds", choices=("all", "candidate"), default="all",
                        help="candidate: the candidate's own features only (weight, place, shape)")
    parser.add_argument("--trees", action="store_true", help="gradient-boosted trees instead")
    parser.add_argument("--loco", action="store_true", help="leave-one-corpus-out table")
    parser.add_argument("--stats", action="store_true")
    parser.add_argument("--errors", action="store_true", help="classes of the rules' false open issues")
    parser.add_argument("--lines", action="store_true", help="with --errors: each false line too")
    parser.add_argument("--variant", action="append", default=[], metavar="NAME:KNOB")
    parser.add_argument("--baselines", action="store_true", help="also the rules' own cuts (no model)")
    args = parser.parse_args(argv)
    for folder in family_folders(args.shared, args.outlets):
        if not corpus_paths(folder):  # a family with no article has no figure to print
            parser.error(f"no gold files (*.gold.json) in {folder}")

    rows = [article_row(f, s, p) for f, s, p in family_paths(args.shared, args.outlets)]
    if args.errors:
        for fam in FAMILIES:
            mine = [r for r in rows if r["family"] == fam]
            kinds = Counter(k for r in mine for k, _t in r["errors"])
            print(f"{fam:<12} {sum(kinds.values())} false lines: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
            if args.lines:
                for r in mine:
                    for k, t in r["errors"]:
                        print(f"    {r['path'].name[:-10]:<24} {k:<15} {t[:150]}")
        return 0
    if args.stats or not args.loco:
        for fam in FAMILIES:
            mine = [r for r in rows if r["family"] == fam]
            n = sum(len(r["labels"]) for r in mine)
            pos = sum(sum(r["labels"]) for r in mine)
            ch = [(fs, lab) for r in mine for fs, lab in zip(r["feats"], r["labels"], strict=True) if "chosen:no" not in fs]
            print(
                f"{fam:<12} {len(mine):>3} articles  {n:>4} candidates, {pos} credited; "
                f"chosen by the rules {len(ch)}, credited {sum(lab for _f, lab in ch)}"
            )
        if not args.loco:
            return 0
    variants = VARIANTS + (BASELINES if args.baselines else ())
    if args.variant:
        variants = tuple((v.split(":")[0], float(v.split(":")[1])) for v in args.variant)
    print(
        f"leave-one-corpus-out; C={args.c}, words={args.words} (min {args.min_articles} articles in two "
        f"families), fit on {'the rules chosen lines' if args.chosen_only else 'every candidate'}, "
        f"label {args.label}, features {args.kinds}, {'trees' if args.trees else 'logistic'}"
    )
    for left in FAMILIES:
        test = [r for r in rows if r["family"] == left]
        train = [r for r in rows if r["family"] != left]
        weights = fit(
            train, c=args.c, words=args.words, min_articles=args.min_articles,
            chosen_only=args.chosen_only, label=args.label, kinds=args.kinds, trees=args.trees,
        )
        print(
            f"-- left out: {left} ({len(test)} articles), fit on {len(train)}; {len(weights)} weights; "
            f"AUC on its chosen lines (credit): model {auc(test, weights, True):.3f}, rules weight "
            f"{auc(test, None, True):.3f}; on all candidates (labels) {auc(test, weights, False):.3f}"
        )
        print(f"  {'rules alone':<18} {counts_text(brief_scores(test, None))}")
        for variant, knob in variants:
            score = brief_scores(test, chooser(variant, weights, knob))
            print(f"  {variant + ' ' + format(knob, 'g'):<18} {counts_text(score)}")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
