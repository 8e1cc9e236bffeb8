"""A learned FILTER over every line the rules choose for open issues and next steps, judged
leave-one-family-out on the engine's briefs with the real scorer. Not shipped (bench/README.md).

    .venv/bin/python bench/train_filter.py --stats          # lines and credited lines per family
    .venv/bin/python bench/train_filter.py --loco           # the LOFO table, every variant
    .venv/bin/python bench/train_filter.py --loco --criterion f1   # another inner-CV choice
    .venv/bin/python bench/train_filter.py --sweep          # every setting on every left-out family

Needs scikit-learn in the venv (`.venv/bin/pip install scikit-learn`): a bench dependency only.

Rows: every line the rules choose (chosen again here exactly as `issues.find_open_issues` and
`steps.find_next_steps` choose them; checked against the engine's brief), with generic features
(`line_features`): the sentence's `ranker.features`, the rules' own word on the line (issue weight,
guessed topic, question, widened; step score, who, when, certainty), the number of lines and the
line's rank among them, article length, line length and share of its sentence, quoted share,
lexicon cues in the line, a person named in it. Label: the scorer (`bench/scoring.py`) credits the
line in the brief as shown (it is in the one-to-one matching with the gold, or it matches an
acceptable item).

Six families: dev+fixtures, wikinews, pool4, pool5, pool6, pool7. For each family left out, a model
(L2 logistic regression, C 0.1) is fitted on the other five; its setting (threshold, per-article
budget, or both) is chosen by inner leave-one-family-out on those five alone (`--criterion gate`:
the most inner folds where neither precision nor F1 falls, then the largest summed F1 gain;
keeping every line is one of the settings); the left-out family's engine brief then loses the
lines the filter drops and is scored with `scoring.score_brief` as quality.py scores. (The filter
would act last in each section and no other section reads them, so this equals briefing with the
filter wired into the engine: checked at commit 113f3fe, where it was, for every row of the table.)
Variants: words / no words (the sentence's lower-case words and pairs found in >= 5 articles of each
of two training families, or none) x threshold / budget (the top a + words // b lines) / both (the
top k, and any other line scoring at least t); rules-cap: no model, the top k in the rules' order.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from quality import DEFAULT_SHARED, corpus_paths, gold_paths, load_article  # noqa: E402
from scoring import (  # noqa: E402
    MAX_ITEM_TOKENS,
    Counts,
    issue_haystack,
    item_token_count,
    maximum_matching,
    score_items,
    step_haystack,
    terms_match,
)

import briefs.engine as engine  # noqa: E402
from briefs.engine import issues, ranker, steps  # noqa: E402
from briefs.engine.clauses import phrase_pattern, quoted_share, tokens, word_counts  # noqa: E402
from briefs.engine.doc import Document  # noqa: E402
from briefs.engine.people import find_people  # noqa: E402

SECTIONS = ("open_issues", "next_steps")
FAMILIES = ("dev+fixtures", "wikinews", "pool4", "pool5", "pool6", "pool7")
MAINSTREAM = ("pool4", "pool5", "pool6", "pool7")
CACHE = Path("/tmp/train_filter_rows.pkl")
ROWS_VERSION = 3
THRESHOLDS = (-math.inf,) + tuple(round(-2.5 + 0.125 * i, 3) for i in range(29))  # -2.5 .. 1.0
BUDGETS = ((99, 0),) + tuple((a, 0) for a in range(2, 9)) + tuple(
    (a, b) for a in (1, 2, 3) for b in (200, 300, 400, 600)
)


def family_paths(shared: Path) -> list[tuple[str, Path]]:
    out = [("dev+fixtures", p) for s in ("dev", "heldout") for p in gold_paths(shared, s)]
    out += [("wikinews", p) for p in gold_paths(shared, "wikinews")]
    out += [(n, p) for n in MAINSTREAM for p in corpus_paths(REPO / "bench" / "sets" / n)]
    return out


def _haystack(sec: str) -> Any:
    return issue_haystack if sec == "open_issues" else step_haystack


def credited(sec: str, items: list[dict], gold: dict) -> list[int]:
    """1 for each line of `items` the scorer credits (in its one-to-one matching with the gold, or
    matching an acceptable item), as `scoring.score_items` counts precision."""
    gold_items = gold.get(sec) or []
    accept = gold.get(f"acceptable_{sec}") or []
    texts = [_haystack(sec)(i) if item_token_count(i) <= MAX_ITEM_TOKENS else None for i in items]

    def ok(terms: Any, p: int) -> bool:
        return texts[p] is not None and bool(terms) and terms_match(terms, texts[p])

    matched = set(maximum_matching(len(gold_items), len(items), lambda g, p: ok(gold_items[g]["terms"], p)).values())
    return [int(p in matched or any(ok(a["terms"], p) for a in accept)) for p in range(len(items))]


@dataclass(frozen=True)
class Line:
    """One line the rules chose: its evidence span and text, its place in the rules' order (best
    first) and the rules' own word on it ("iw:2", "iquestion" for an issue; "rs:3", "cert:likely",
    "has:when" for a step)."""

    span: tuple[int, int]
    text: str
    rank: int
    rule: tuple[str, ...]


_LINE_CUES = ("step_cues", "step_cues_weak", "issue_cues", "issue_cues_weak", "step_events")


def line_features(doc: Document, people: Any, lines: list[Line]) -> list[list[str]]:
    """The features of each chosen line: its sentence's `ranker.features` (cues, dates, negation,
    attribution, figures, quotation, who is named, position, length, lower-case words and pairs),
    the rules' word on it (prefixed "l"), how many lines the article has and the line's rank among
    them, article length, line length and share of its sentence, another line from the same
    sentence, the line's quoted share, lexicon cues in the line, a person named in it."""
    out = []
    n = len(lines)
    sentences = [doc.sentence_at(line.span[0]) for line in lines]
    per_sentence = Counter(s.index for s in sentences if s is not None)
    size = doc.word_count
    article = "<300" if size < 300 else ("<500" if size < 500 else ("<900" if size < 900 else "900+"))
    for line, sentence in zip(lines, sentences, strict=True):
        feats = list(ranker.features(doc, sentence, people)) if sentence is not None else []
        feats += [f"l{name}" for name in line.rule]
        feats += [f"lines:{min(n, 8)}", f"rank:{min(line.rank, 5)}", f"rankrel:{min(int(3 * line.rank / n), 2)}",
                  f"art:{article}"]
        count = len(tokens(line.text))
        feats.append(f"llen:{'<8' if count < 8 else ('8-15' if count < 16 else ('16-25' if count < 26 else '26+'))}")
        if sentence is not None:
            whole = len(tokens(sentence.text)) or 1
            feats.append(f"lpart:{'whole' if count >= whole else ('most' if count * 2 >= whole else 'part')}")
            if per_sentence[sentence.index] > 1:
                feats.append("lshared")
        share = quoted_share(doc, line.span[0], line.span[1])
        feats.append("lq:mostly" if share >= 0.5 else ("lq:some" if share > 0 else "lq:none"))
        feats += [f"lcue:{name}" for name in _LINE_CUES if phrase_pattern(name).search(line.text)]
        if people is not None and people.mentions_between(line.span[0], line.span[1]):
            feats.append("lwho:named")
        out.append(feats)
    return out


def issue_lines(doc: Document, people: Any) -> tuple[list[Line], list[dict]]:
    """The rules' open issues as `issues.find_open_issues` chooses them (best first), as Lines and
    as the brief shows them."""
    counts = issues._word_counts(doc)
    chosen = issues._select(
        issues._candidates(doc, people, counts), counts, issues._issue_budget(doc.word_count),
        doc.word_count < issues.SHORT_ARTICLE,
    )
    shown = issues._as_issues(doc, chosen)
    lines = [
        Line(tuple(issue.span), issue.text, rank, (
            f"iw:{min(int(cand.weight), 4)}",
            "iguessed" if cand.guessed else "inamed",
            "iquestion" if cand.question else "istate",
            "iwidened" if cand.core else "icut",
        ))
        for rank, (cand, issue) in enumerate(zip(chosen, shown, strict=True))
    ]
    return lines, [i.to_dict() for i in shown]


def step_lines(doc: Document, people: Any) -> tuple[list[Line], list[dict]]:
    """The rules' next steps as `steps.find_next_steps` chooses them (best first), as Lines and as
    the brief shows them (text order)."""
    counts = word_counts(doc.text)
    best: list[tuple[int, int, Any]] = []
    themes: list[set[str]] = []
    scored = [(score, order, step) for score, order, step, _ in steps._candidates(doc, people)]
    for item in sorted(scored, key=lambda item: (-item[0], item[1])):
        stems = steps._theme_stems(item[2].text, counts)
        if any(steps._same_theme(stems, other) for other in themes):
            continue
        themes.append(stems)
        best.append(item)
        if len(best) >= steps.MAX_STEPS:
            break
    lines = [
        Line(tuple(step.span), step.text, rank, steps.candidate_features(score, step))
        for rank, (score, _order, step) in enumerate(best)
    ]
    return lines, [step.to_dict() for _, _, step in sorted(best, key=lambda item: item[1])]


def article_rows(fam: str, path: Path) -> dict[str, Any]:
    """The engine's brief of one gold article, and a row per chosen line with features and label.
    The lines are chosen again here as the engine chooses them (checked against the brief)."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    article = load_article(path.parent / gold["file"])
    brief = engine.brief_article(article).to_dict()
    doc = Document(article.text)
    chosen: dict[str, tuple[list[Line], list[dict]]] = {sec: ([], []) for sec in SECTIONS}
    people = None
    if not brief.get("notes"):  # (a page the engine only summarises has no lines)
        people = find_people(doc)
        chosen = {"open_issues": issue_lines(doc, people), "next_steps": step_lines(doc, people)}
    sentence_of = {
        sec: {getattr(doc.sentence_at(i["span"][0]), "index", -1) for i in brief.get(sec) or []} for sec in SECTIONS
    }
    rows: dict[str, list[dict]] = {}
    for sec in SECTIONS:
        items = brief.get(sec) or []
        lines, shown = chosen[sec]
        same = ("text", "span", "topic", "who", "when", "certainty")
        assert [{k: i.get(k) for k in same} for i in shown] == [{k: i.get(k) for k in same} for i in items], (
            f"{path}: the bench's {sec} differ from the engine's"
        )
        feats = line_features(doc, people, lines) if lines else []
        other = sentence_of["next_steps" if sec == "open_issues" else "open_issues"]
        # the brief's order (text order for steps) against the rules' order the filter reads
        where = {(tuple(i["span"]), i["text"]): k for k, i in enumerate(items)}
        assert len(where) == len(items), (path, sec)
        labels = credited(sec, items, gold)
        rows[sec] = [
            {"item": where[(tuple(ln.span), ln.text)], "rank": ln.rank, "feats": f,
             "label": labels[where[(tuple(ln.span), ln.text)]],
             # (--cross only: a filter inside one section's rules would not know the other's)
             "cross": ["xother"] if getattr(doc.sentence_at(ln.span[0]), "index", -2) in other else []}
            for ln, f in zip(lines, feats, strict=True)
        ]
    return {"family": fam, "path": str(path), "gold": gold, "brief": brief, "rows": rows,
            "words": doc.word_count}


def _head() -> str:
    head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"], capture_output=True, text=True)
    return f"{head.stdout.strip()}:{ROWS_VERSION}"


def load_rows(shared: Path, rebuild: bool) -> list[dict[str, Any]]:
    if CACHE.exists() and not rebuild:
        data = pickle.loads(CACHE.read_bytes())
        if data.get("head") == _head():
            return data["arts"]
    started = time.time()
    arts = [article_rows(fam, path) for fam, path in family_paths(shared)]
    print(f"# rows of {len(arts)} articles in {time.time() - started:.0f} s", file=sys.stderr)
    CACHE.write_bytes(pickle.dumps({"head": _head(), "arts": arts}))
    return arts


# -- model ----------------------------------------------------------------------------------------


CROSS = False  # --cross: a line whose sentence also gives a line of the other section


def _feats(row: dict, words: bool | None) -> list[str]:
    feats = row["feats"] if words else [f for f in row["feats"] if not f.startswith(("w:", "b:"))]
    return feats + row["cross"] if CROSS else feats


def vocabulary(arts: list[dict], sec: str, min_articles: int) -> set[str]:
    per_family: dict[str, Counter[str]] = {}
    every: set[str] = set()
    for art in arts:
        found = {f for r in art["rows"][sec] for f in r["feats"] + (r["cross"] if CROSS else [])}
        every |= found
        per_family.setdefault(art["family"], Counter()).update(found)
    keep = {f for f in every if not f.startswith(("w:", "b:"))}
    return keep | {
        f for f in every
        if f.startswith(("w:", "b:")) and sum(1 for c in per_family.values() if c[f] >= min_articles) >= 2
    }


def fit(arts: list[dict], sec: str, words: bool | None, c: float, min_articles: int) -> dict[str, float]:
    if words is None:
        return {"bias": 0.0}  # every line scores the same: the rules' order decides
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vocab = vocabulary(arts, sec, min_articles)
    x, y = [], []
    for art in arts:
        for r in art["rows"][sec]:
            x.append({f: 1 for f in _feats(r, words) if f in vocab})
            y.append(r["label"])
    vec = DictVectorizer(sort=True)
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(vec.fit_transform(x), y)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 0.005
    }
    weights["bias"] = round(float(model.intercept_[0]), 4)
    return weights


def logit(weights: dict[str, float], feats: list[str]) -> float:
    return math.fsum([weights.get("bias", 0.0)] + [weights.get(f, 0.0) for f in feats])


def keep_mask(scores: list[float], ranks: list[int], words: int, setting: tuple) -> list[bool]:
    """Which lines stay: those scoring at least the threshold, and the budget's best by score (ties:
    the rules' order)."""
    t, budget = spec_of(setting)
    keep = [s >= t for s in scores]
    if budget is not None:
        a, b = budget
        limit = a + (words // b if b else 0)
        for i in sorted(range(len(scores)), key=lambda i: (-scores[i], ranks[i]))[:limit]:
            keep[i] = True
    return keep


def spec_of(setting: tuple) -> tuple[float, tuple[int, int] | None]:
    """(threshold, budget) of a setting: a line is kept when it scores at least the threshold or is
    among the budget's best."""
    kind, value = setting
    if kind == "threshold":
        return value, None
    if kind == "budget":
        return math.inf, value
    t, k = value
    return t, (k, 0)


_MEMO: dict[tuple, Counts] = {}


def score_kept(art: dict, sec: str, kept_items: frozenset[int]) -> Counts:
    key = (art["path"], sec, kept_items)
    if key not in _MEMO:
        gold = art["gold"]
        items = [i for k, i in enumerate(art["brief"].get(sec) or []) if k in kept_items]
        _MEMO[key] = score_items(items, gold.get(sec) or [], gold.get(f"acceptable_{sec}") or [], _haystack(sec))
    return _MEMO[key]


def family_counts(arts: list[dict], sec: str, weights: dict[str, float] | None, setting: tuple | None,
                  words: bool) -> tuple[int, int, int, int]:
    """(recall hits, gold, precision hits, lines) of `arts` with the filter applied after the engine."""
    rh = rt = ph = pt = 0
    for art in arts:
        rows = art["rows"][sec]
        kept = set(range(len(art["brief"].get(sec) or [])))
        if weights is not None and setting is not None and rows:
            scores = [logit(weights, _feats(r, words)) for r in rows]
            mask = keep_mask(scores, [r["rank"] for r in rows], art["words"], setting)
            kept = {r["item"] for r, m in zip(rows, mask, strict=True) if m}
        c = score_kept(art, sec, frozenset(kept))
        (a, b), (p, q) = c.values["recall"], c.values["precision"]
        rh, rt, ph, pt = rh + a, rt + b, ph + p, pt + q
    return rh, rt, ph, pt


def prf(c: tuple[int, int, int, int]) -> tuple[float, float, float]:
    rh, rt, ph, pt = c
    r = rh / rt if rt else 0.0
    p = ph / pt if pt else 0.0
    return r, p, (2 * p * r / (p + r) if p + r else 0.0)


def settings_of(kind: str) -> list[tuple]:
    if kind == "threshold":
        return [("threshold", t) for t in THRESHOLDS]
    if kind == "both":
        return [("threshold", -math.inf)] + [
            ("both", (t, k)) for k in range(3, 9) for t in THRESHOLDS[1:] if -1.5 <= t <= 0.5
        ]
    return [("budget", b) for b in BUDGETS]


def choose(arts: list[dict], sec: str, kind: str, words: bool, c: float, min_articles: int,
           criterion: str) -> tuple[tuple, list[str]]:
    """The setting chosen by leave-one-family-out over the families of `arts` alone."""
    fams = sorted({a["family"] for a in arts}, key=FAMILIES.index)
    table: dict[tuple, list[tuple[float, float]]] = {s: [] for s in settings_of(kind)}
    dropped: Counter[tuple] = Counter()
    for inner in fams:
        test = [a for a in arts if a["family"] == inner]
        weights = fit([a for a in arts if a["family"] != inner], sec, words, c, min_articles)
        before = family_counts(test, sec, None, None, words)
        _r0, p0, f0 = prf(before)
        for s in table:
            after = family_counts(test, sec, weights, s, words)
            _r, p, f = prf(after)
            table[s].append((p - p0, f - f0))
            dropped[s] += before[3] - after[3]

    def merit(s: tuple) -> tuple:
        deltas = table[s]
        passing = sum(1 for dp, df in deltas if dp >= -1e-9 and df >= -1e-9)
        total = sum(df for _dp, df in deltas)
        if criterion == "f1":
            return (total, passing)
        if criterion == "least":  # (added after the first run) the gate in every inner fold, then
            # the fewest lines dropped among settings that gain at all
            return (passing, total > 1e-9, -dropped[s] if total > 1e-9 else 0)
        return (passing, total)

    best = max(table, key=lambda s: (merit(s), s == settings_of(kind)[0]))
    note = [f"{inner}: dP {dp:+.3f} dF1 {df:+.3f}" for inner, (dp, df) in zip(fams, table[best], strict=True)]
    return best, note


def sname(s: tuple) -> str:
    kind, v = s
    if kind == "threshold":
        return "keep all" if v == -math.inf else f"t {v:g}"
    if kind == "both":
        return f"top {v[1]} or t {v[0]:g}"
    a, b = v
    return "keep all" if a >= 99 else (f"top {a}" if not b else f"top {a}+w//{b}")


def auc(arts: list[dict], sec: str, weights: dict[str, float], words: bool) -> float:
    import bisect

    pos, neg = [], []
    for art in arts:
        for r in art["rows"][sec]:
            (pos if r["label"] else neg).append(logit(weights, _feats(r, words)))
    if not pos or not neg:
        return float("nan")
    neg.sort()
    wins = sum(bisect.bisect_left(neg, p) + 0.5 * (bisect.bisect_right(neg, p) - bisect.bisect_left(neg, p)) for p in pos)
    return wins / (len(pos) * len(neg))


def fmt(c: tuple[int, int, int, int]) -> str:
    r, p, f = prf(c)
    return f"{p:.3f}/{r:.3f}/{f:.3f} ({c[2]}/{c[3]}, {c[0]}/{c[1]})"


VARIANTS = {
    "nowords-threshold": (False, "threshold"),
    "words-threshold": (True, "threshold"),
    "nowords-budget": (False, "budget"),
    "words-budget": (True, "budget"),
    "nowords-both": (False, "both"),
    "words-both": (True, "both"),
    "rules-cap": (None, "budget"),  # no model: the top k in the rules' own order (a baseline)
}


def loco(arts: list[dict], variants: list[str], c: float, min_articles: int, criterion: str) -> None:
    print(f"leave-one-family-out; C={c}, words in >= {min_articles} articles of 2 families; "
          f"setting by inner LOFO ({criterion}); P/R/F1 (precision hits/lines, recall hits/gold)")
    results: dict[tuple[str, str, str], tuple] = {}
    for left in FAMILIES:
        test = [a for a in arts if a["family"] == left]
        train = [a for a in arts if a["family"] != left]
        before = {sec: family_counts(test, sec, None, None, False) for sec in SECTIONS}
        for name in variants:
            words, kind = VARIANTS[name]
            for sec in SECTIONS:
                weights = fit(train, sec, words, c, min_articles)
                setting, note = choose(train, sec, kind, words, c, min_articles, criterion)
                print(f"-- {left} {name} {sec}: {sname(setting)}; AUC {auc(test, sec, weights, words):.3f}; "
                      f"inner: {'; '.join(note)}")
                results[(left, name, sec)] = family_counts(test, sec, weights, setting, words)
            sys.stdout.flush()
        for sec in SECTIONS:
            results[(left, "rules", sec)] = before[sec]
    print()
    print("| section | variant | " + " | ".join(FAMILIES) + " | gate |")
    print("|---|---|" + "---|" * len(FAMILIES) + "---|")
    for sec in SECTIONS:
        print(f"| {sec} | rules alone | " + " | ".join(
            "{1:.3f} / {0:.3f} / {2:.3f}".format(*prf(results[(f, 'rules', sec)])) for f in FAMILIES) + " | |")
        for name in variants:
            cells, ok, rises = [], True, 0
            for f in FAMILIES:
                r0, p0, f0 = prf(results[(f, "rules", sec)])
                r1, p1, f1 = prf(results[(f, name, sec)])
                ok &= p1 >= p0 - 1e-9 and f1 >= f0 - 1e-9
                rises += f in MAINSTREAM and f1 > f0 + 1e-9
                cells.append(f"{p1:.3f} / {r1:.3f} / {f1:.3f}")
            verdict = "PASS" if ok and rises >= 3 else f"fail ({'P or F1 falls' if not ok else ''}{'; ' if not ok else ''}F1 up on {rises}/4 pools)"
            print(f"| {sec} | {name} | " + " | ".join(cells) + f" | {verdict} |")


def sweep(arts: list[dict], variants: list[str], c: float, min_articles: int) -> None:
    """Every setting on every left-out family (fitted on the other five, no inner choice): how far
    the best fixed setting is from the gate, post hoc on the engine's brief."""
    for name in variants:
        words, kind = VARIANTS[name]
        for sec in SECTIONS:
            print(f"-- {name} {sec}: P/R/F1 of the left-out family, dF1 x1000 against the rules")
            fitted = {f: fit([a for a in arts if a["family"] != f], sec, words, c, min_articles) for f in FAMILIES}
            print(f"   {'setting':<14} " + " ".join(f"{f:>22}" for f in FAMILIES) + "  gate")
            base = {f: prf(family_counts([a for a in arts if a["family"] == f], sec, None, None, words)) for f in FAMILIES}
            for s in settings_of(kind)[1:]:
                cells, ok, rises = [], True, 0
                for f in FAMILIES:
                    r, p, f1 = prf(family_counts([a for a in arts if a["family"] == f], sec, fitted[f], s, words))
                    _r0, p0, f0 = base[f]
                    ok &= p >= p0 - 1e-9 and f1 >= f0 - 1e-9
                    rises += f in MAINSTREAM and f1 > f0 + 1e-9
                    cells.append(f"{p:.3f}/{r:.3f}/{f1:.3f} {1000 * (f1 - f0):+4.0f}")
                print(f"   {sname(s):<14} " + " ".join(f"{x:>22}" for x in cells) + f"  {'PASS' if ok and rises >= 3 else ''}")
            sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--stats", action="store_true")
    parser.add_argument("--loco", action="store_true")
    parser.add_argument("--variant", choices=tuple(VARIANTS), action="append")
    parser.add_argument("--criterion", choices=("gate", "f1", "least"), default="gate")
    parser.add_argument("--sweep", action="store_true", help="every setting on every left-out family")
    parser.add_argument("--c", type=float, default=0.1)
    parser.add_argument("--min-articles", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true", help="recompute the rows (cached in /tmp)")
    parser.add_argument("--cross", action="store_true",
                        help="bench only: add whether the line's sentence gives a line of the other section")
    args = parser.parse_args(argv)
    global CROSS
    CROSS = args.cross
    arts = load_rows(args.shared, args.rebuild)
    if args.stats:
        for fam in FAMILIES:
            mine = [a for a in arts if a["family"] == fam]
            for sec in SECTIONS:
                rows = [r for a in mine for r in a["rows"][sec]]
                print(f"{fam:<14} {sec:<12} {len(mine)} articles, {len(rows)} lines, "
                      f"{sum(r['label'] for r in rows)} credited; {fmt(family_counts(mine, sec, None, None, False))}")
    if args.loco:
        loco(arts, args.variant or list(VARIANTS), args.c, args.min_articles, args.criterion)
    if args.sweep:
        sweep(arts, args.variant or list(VARIANTS), args.c, args.min_articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
