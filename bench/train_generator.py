"""A sentence model as a candidate GENERATOR for open issues and next steps, judged leave-one-family-out.

    .venv/bin/python bench/train_generator.py --oracle          # what any sentence line could reach
    .venv/bin/python bench/train_generator.py --loco            # rules vs generator variants, per family
    .venv/bin/python bench/train_generator.py --loco --c 0.03   # another inverse L2 strength

Needs scikit-learn in the venv (`.venv/bin/pip install scikit-learn`): a bench dependency only.

The cue rules find a line only where a cue lexicon fires; most gold items the engine misses have no
rules candidate at all. This bench asks whether a model over EVERY sentence of the article ("is this
an open issue / a next step?") can add the lines the rules never propose, without a cue lexicon
deciding which sentences are looked at.

Four families of gold articles: "dev+fixtures" (corpus/dev + the held-out fixtures), "wikinews"
(corpus/wikinews, all 80), "pool4" and "pool5" (bench/sets/pool4, bench/sets/pool5: other outlets'
real news). Rows: one per sentence of an article and per section. The line a sentence would be
shown as: the engine's own chosen line of that sentence where there is one ("src:chosen"), else the
rules' condensation of its best cued clause ("src:cand"), else the sentence itself when it has at
most 40 scoring tokens ("src:sentence"), else the sentence clipped at clause breaks to fit
("src:clipped"). A next-step line takes the rules' who and when where they exist, else the time
`steps._when_of` reads in it; an issue line has the rules' topic, else none.

Labels: what the scoring credits for that line as it would be shown. `--label any`: the line matches
a gold or acceptable item of its article; `--label credit` (default): it matches a gold item the
engine's own lines leave unmatched, or an acceptable item (a chosen line: it is in the engine's
one-to-one matching or matches an acceptable item) - what adding or keeping it would earn.

Features carry across outlets: the sentence's cue and shape features (`ranker.features`: lexicon
cues, modals, dates ahead or past, year, negation, attribution, figures, quotation, who is named,
position, length, question), the line's source and length, whether a neighbouring sentence gives
an engine line, and lower-case words and word pairs found in at least `--min-articles` articles of
each of at least two training families (never names: `ranker` drops capitalised words; numbers are
one token "<num>"). L2 logistic regression.

Leave-one-family-out: for each family, models fitted on the other three; the family's articles are
briefed by the engine (`briefs.engine.brief_article`, the rules' lines) and the variant's lines are
added to (or taken from) the brief's open issues / next steps, then scored with bench/scoring.py's
`score_brief` exactly as bench/quality.py scores. Variants:
  add t k     - up to k lines per article from sentences that give no engine line in that section,
                the model's log-odds >= t, best first, none restating a line already shown
  drop t      - the engine's lines whose row scores below log-odds t are taken out
  add+drop    - both
A sixth knob m adds only where the engine shows fewer than m lines; a seventh, only in articles of
500 words or more.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
import time
from collections import Counter
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
    score_brief,
    step_haystack,
    terms_match,
)
from train_issues import _bucket, logit  # noqa: E402  (one copy of each, shared with the issue filter)

import briefs.engine as engine  # noqa: E402
from briefs.engine import issues, ranker, steps  # noqa: E402
from briefs.engine.clauses import clauses, tidy, tokens  # noqa: E402
from briefs.engine.doc import Document  # noqa: E402
from briefs.engine.people import find_people  # noqa: E402

SECTIONS = ("open_issues", "next_steps")
FAMILIES = ("dev+fixtures", "wikinews", "pool4", "pool5")
CACHE = Path("/tmp/train_generator_rows.pkl")
ROWS_VERSION = 2  # raise when article_rows changes: the cache is keyed on it and on HEAD


def family_paths(shared: Path) -> list[tuple[str, Path]]:
    out = [("dev+fixtures", p) for s in ("dev", "heldout") for p in gold_paths(shared, s)]
    out += [("wikinews", p) for p in gold_paths(shared, "wikinews")]
    out += [(name, p) for name in ("pool4", "pool5") for p in corpus_paths(REPO / "bench" / "sets" / name)]
    return out


def _items(gold: dict[str, Any], section: str) -> tuple[list[dict], list[dict]]:
    gold_items = [i for i in gold.get(section) or [] if i.get("terms")]
    accept = [i for i in gold.get(f"acceptable_{section}") or [] if i.get("terms")]
    return gold_items, accept


def _haystack(section: str) -> Any:
    return issue_haystack if section == "open_issues" else step_haystack


def _ok(section: str, item: dict, line: dict) -> bool:
    return item_token_count(line) <= MAX_ITEM_TOKENS and terms_match(item["terms"], _haystack(section)(line))


def _matching(sec: str, gold_items: list[dict], predicted: list[dict]) -> dict[int, int]:
    """The scoring's one-to-one matching of gold items to the lines shown."""
    return maximum_matching(len(gold_items), len(predicted), lambda g, p: _ok(sec, gold_items[g], predicted[p]))


def _clipped(doc: Document, sentence: Any) -> tuple[str, tuple[int, int]]:
    """A long sentence cut at its clause breaks to fit the 40-token line (else at 38 tokens)."""
    parts = clauses(sentence)
    end = sentence.start
    for part in parts:
        if len(tokens(doc.text[sentence.start : part.end])) > MAX_ITEM_TOKENS - 2:
            break
        end = part.end
    if end > sentence.start and len(tokens(doc.text[sentence.start : end])) >= 6:
        return tidy(doc.text[sentence.start : end]), (sentence.start, end)
    words = list(re.finditer(r"\S+", sentence.text))
    cut = words[min(len(words), MAX_ITEM_TOKENS - 6) - 1].end()
    return tidy(sentence.text[:cut]) + " ...", (sentence.start, sentence.start + cut)


def _sentence_of(doc: Document, offset: int) -> int:
    for s in doc.sentences:
        if s.start <= offset < s.end:
            return s.index
    return -1


_EXTRA_TERMS = {
    # generic English classes a lexicon may miss; each a feature of its own
    "plan": re.compile(r"\b(?:plan|plans|planned|planning|intend|intends|aim|aims|scheduled|set to|due to|expected to|is to|are to|will|going to|next)\b", re.I),
    "hope": re.compile(r"\b(?:hope|hopes|hoped|want|wants|seek|seeks|seeking|urge|urged|urges|call(?:ed|s)? (?:on|for))\b", re.I),
    "doubt": re.compile(r"\b(?:unclear|uncertain|unknown|question|questions|whether|doubt|doubts|not known|yet to|remain(?:s|ed)?|still)\b", re.I),
    "conflict": re.compile(r"\b(?:dispute|disputed|oppose|opposed|opposition|criticism|criticised|criticized|concern|concerns|fear|fears|risk|risks|challenge|challenges|row|clash|tension|tensions|accuse|accused|deny|denied|reject|rejected)\b", re.I),
    "legal": re.compile(r"\b(?:investigation|inquiry|probe|trial|appeal|lawsuit|court|charges|hearing|review|vote|talks|negotiations)\b", re.I),
}


_LOWER = re.compile(r"\b[a-z][a-z'\u2019-]{3,}\b")
_STOP = frozenset(
    "that this with from have been were they their there which would could should about after "
    "said says will also more than into other when what some them over only most such just".split()
)


def sentence_row(doc: Document, sentence: Any, people: Any) -> list[str]:
    feats = ranker.features(doc, sentence, people)
    for name, pattern in _EXTRA_TERMS.items():
        if pattern.search(sentence.text):
            feats.append(f"x:{name}")
    return feats


def article_rows(fam: str, path: Path) -> dict[str, Any]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    article = load_article(path.parent / gold["file"])
    brief = engine.brief_article(article).to_dict()
    doc = Document(article.text)
    people = find_people(doc)
    counts = issues._word_counts(doc)
    icands = issues._candidates(doc, people, counts)
    scands = steps._candidates(doc, people, floor=-9)
    chosen_sent = {
        sec: {_sentence_of(doc, item["span"][0]): k for k, item in enumerate(brief.get(sec) or [])}
        for sec in SECTIONS
    }
    best_issue: dict[int, Any] = {}
    for c in icands:
        if c.sentence not in best_issue or c.weight > best_issue[c.sentence].weight:
            best_issue[c.sentence] = c
    best_step: dict[int, Any] = {}
    for score, _order, step, index in scands:
        if index not in best_step or score > best_step[index][0]:
            best_step[index] = (score, step)
    rows = []
    lead_words = {w.lower() for s in doc.sentences[:2] for w in _LOWER.findall(s.text)} - _STOP
    for s in doc.sentences:
        size = len(tokens(s.text))
        if size < 4:
            continue
        base = sentence_row(doc, s, people)
        lines = {}
        for sec in SECTIONS:
            if s.index in chosen_sent[sec]:
                item = (brief.get(sec) or [])[chosen_sent[sec][s.index]]
                line = {"text": item["text"], "topic": item.get("topic"), "who": item.get("who") or [],
                        "when": item.get("when"), "span": tuple(item["span"]), "src": "chosen"}
            elif sec == "open_issues" and s.index in best_issue:
                shown = issues._as_issues(doc, [best_issue[s.index]])[0]
                line = {"text": shown.text, "topic": shown.topic, "span": shown.span, "src": "cand"}
            elif sec == "next_steps" and s.index in best_step:
                st = best_step[s.index][1]
                line = {"text": st.text, "who": list(st.who), "when": st.when, "span": st.span, "src": "cand"}
            else:
                if size <= MAX_ITEM_TOKENS:
                    text, span, src = tidy(s.text), s.span, "sentence"
                else:
                    (text, span), src = _clipped(doc, s), "clipped"
                line = {"text": text, "span": span, "src": src, "topic": None, "who": [],
                        "when": steps._when_of(text) if sec == "next_steps" else None}
            lines[sec] = line
        near = [
            f"near:{sec}" for sec in SECTIONS
            if (s.index - 1) in chosen_sent[sec] or (s.index + 1) in chosen_sent[sec]
        ]
        other = [f"ruled:{sec}" for sec in SECTIONS if s.index in chosen_sent[sec]]
        # how much of the article's repeated vocabulary the sentence carries (its themes, not names)
        content = {w.lower() for w in _LOWER.findall(s.text)} - _STOP
        salient = sum(1 for w in content if counts.get(w, 0) >= 3)
        lead = len(content & lead_words)
        other += [
            f"sal:{min(salient, 4)}",
            f"lead:{min(lead, 3)}",
            f"words:{_bucket(doc.word_count, (300, 500, 900, 1500))}",
        ]
        feats = {}
        for sec in SECTIONS:
            ln = lines[sec]
            n = len(tokens(ln["text"]))
            feats[sec] = base + near + other + [
                f"src:{ln['src']}",
                f"llen:{'<8' if n < 8 else ('8-15' if n < 16 else ('16-25' if n < 26 else '26+'))}",
            ] + (["has:when"] if ln.get("when") else []) + (["has:who"] if ln.get("who") else []) + [
                f"eng:{min(len(brief.get(sec) or []), 4)}"
            ]
        rows.append({"sentence": s.index, "lines": lines, "feats": feats})
    # labels
    for sec in SECTIONS:
        gold_items, accept = _items(gold, sec)
        predicted = brief.get(sec) or []
        matching = _matching(sec, gold_items, predicted)
        open_gold = [g for k, g in enumerate(gold_items) if k not in matching]
        matched_preds = set(matching.values())
        for row in rows:
            ln = row["lines"][sec]
            anyl = any(_ok(sec, i, ln) for i in gold_items + accept)
            if ln["src"] == "chosen":
                k = chosen_sent[sec][row["sentence"]]
                credit = k in matched_preds or any(_ok(sec, a, ln) for a in accept)
            else:
                credit = any(_ok(sec, g, ln) for g in open_gold) or any(_ok(sec, a, ln) for a in accept)
            row.setdefault("any", {})[sec] = int(anyl)
            row.setdefault("credit", {})[sec] = int(credit)
    return {"family": fam, "path": path, "gold": gold, "brief": brief, "rows": rows,
            "oracle_lines": _oracle_lines(doc, icands, scands)}


def _oracle_lines(doc: Document, icands: list[Any], scands: list[Any]) -> dict[str, list[dict]]:
    """Every line a generator could show: each rules candidate line and each clause window,
    beside the whole (or clipped) sentence (the rows' own lines are added by the oracle)."""
    out: dict[str, list[dict]] = {"open_issues": [], "next_steps": []}
    for c in icands:
        shown = issues._as_issues(doc, [c])[0]
        out["open_issues"].append({"text": shown.text, "topic": shown.topic})
    for _score, _o, st, _i in scands:
        out["next_steps"].append({"text": st.text, "who": list(st.who), "when": st.when})
    for s in doc.sentences:
        parts = clauses(s)
        for i in range(len(parts)):
            for j in range(i, min(len(parts), i + 3)):
                text = tidy(doc.text[parts[i].start : parts[j].end])
                if 3 <= len(tokens(text)) <= MAX_ITEM_TOKENS:
                    out["open_issues"].append({"text": text, "topic": None})
                    out["next_steps"].append({"text": text, "who": [], "when": steps._when_of(text)})
    return out


def load_rows(shared: Path, rebuild: bool) -> list[dict[str, Any]]:
    if CACHE.exists() and not rebuild:
        data = pickle.loads(CACHE.read_bytes())
        if data.get("head") == _head():
            return data["arts"]
    arts = []
    started = time.time()
    for fam, path in family_paths(shared):
        arts.append(article_rows(fam, path))
    print(f"# rows of {len(arts)} articles in {time.time() - started:.0f} s", file=sys.stderr)
    CACHE.write_bytes(pickle.dumps({"head": _head(), "arts": arts}))
    return arts


def _head() -> str:
    import subprocess

    head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"], capture_output=True, text=True)
    return f"{head.stdout.strip()}:{ROWS_VERSION}"


# -- oracle -------------------------------------------------------------------------------------


def oracle(arts: list[dict[str, Any]]) -> None:
    print("Oracle: gold items the engine misses, and how many some sentence line could match")
    print(f"{'family':<14} {'section':<12} {'gold':>5} {'missed':>7} {'row line':>9} {'+clauses':>9} {'neither':>8}")
    for fam in FAMILIES:
        for sec in SECTIONS:
            gold_n = missed_n = by_row = by_any = 0
            for art in (a for a in arts if a["family"] == fam):
                gold_items, _acc = _items(art["gold"], sec)
                predicted = art["brief"].get(sec) or []
                matching = _matching(sec, gold_items, predicted)
                gold_n += len(gold_items)
                for k, g in enumerate(gold_items):
                    if k in matching:
                        continue
                    missed_n += 1
                    row_hit = any(_ok(sec, g, r["lines"][sec]) for r in art["rows"])
                    by_row += row_hit
                    by_any += row_hit or any(_ok(sec, g, ln) for ln in art["oracle_lines"][sec])
            print(f"{fam:<14} {sec:<12} {gold_n:>5} {missed_n:>7} {by_row:>9} {by_any:>9} {missed_n - by_any:>8}")


# -- model --------------------------------------------------------------------------------------


def vocabulary(arts: list[dict[str, Any]], sec: str, min_articles: int) -> set[str]:
    per_family: dict[str, Counter[str]] = {}
    every: set[str] = set()
    for art in arts:
        found = {f for r in art["rows"] for f in r["feats"][sec]}
        every |= found
        per_family.setdefault(art["family"], Counter()).update(found)
    keep = {f for f in every if not f.startswith(("w:", "b:"))}
    keep |= {
        f for f in every
        if f.startswith(("w:", "b:")) and sum(1 for c in per_family.values() if c[f] >= min_articles) >= 2
    }
    return keep


def fit(arts: list[dict[str, Any]], sec: str, label: str, c: float, min_articles: int) -> dict[str, float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vocab = vocabulary(arts, sec, min_articles)
    x, y = [], []
    for art in arts:
        for r in art["rows"]:
            x.append({f: 1 for f in r["feats"][sec] if f in vocab})
            y.append(r[label][sec])
    vec = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(vec.fit_transform(x), y)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 0.005
    }
    weights["bias"] = round(float(model.intercept_[0]), 4)
    return weights


_STEM = re.compile(r"[a-z]{4,}")


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _STEM.findall(text.lower())}


def _restates(line: dict, shown: list[dict]) -> bool:
    a = _stems(line["text"])
    for other in shown:
        b = _stems(other["text"])
        shared = len(a & b)
        if shared >= 0.5 * min(len(a), len(b)) and shared >= 2:
            return True
    return False


def variant_lines(art: dict[str, Any], sec: str, weights: dict[str, float], variant: tuple) -> list[dict]:
    """The section's lines with the variant: the engine's own, some dropped, some added."""
    kind, t_add, k, t_drop, cross = variant[:5]
    engine_lines = list(art["brief"].get(sec) or [])
    if len(variant) > 5 and len(engine_lines) >= variant[5]:
        k = 0  # the rules gave enough lines: the generator adds only where they are thin
    if len(variant) > 6 and variant[6] and art["rows"] and any(f in _SHORT for f in art["rows"][0]["feats"][sec]):
        k = 0  # a short story (under variant[6] words): few open questions, none added
    scored = [(logit(weights, r["feats"][sec]), r) for r in art["rows"]]
    out = engine_lines
    if "drop" in kind:
        low = {
            r["lines"][sec]["span"] for s, r in scored if r["lines"][sec]["src"] == "chosen" and s < t_drop
        }
        out = [ln for ln in engine_lines if tuple(ln["span"]) not in low]
    if "add" in kind:
        other = "next_steps" if sec == "open_issues" else "open_issues"
        taken = {r["sentence"] for r in art["rows"] if r["lines"][sec]["src"] == "chosen"}
        if cross:  # a sentence giving a line of the other section is left to it
            taken |= {r["sentence"] for r in art["rows"] if r["lines"][other]["src"] == "chosen"}
        added = 0
        for s, r in sorted(scored, key=lambda p: (-p[0], p[1]["sentence"])):
            if added >= k or s < t_add:
                break
            if r["sentence"] in taken:
                continue
            ln = r["lines"][sec]
            if len(variant) > 7 and not any(f in variant[7] for f in r["feats"][sec]):
                continue  # the sentence must hold one of the named features (a cue class)
            if _restates(ln, out):
                continue
            out = out + [ln]
            added += 1
    return out


def score_family(arts: list[dict[str, Any]], sec: str, lines_of: Any) -> Counts:
    total = Counts()
    for art in arts:
        brief = dict(art["brief"])
        brief[sec] = lines_of(art)
        total.merge(score_brief(brief, art["gold"])[sec])
    return total


def fmt(c: Counts) -> str:
    (rh, rt), (ph, pt) = c.values["recall"], c.values["precision"]
    return f"{rh / rt:.3f}/{ph / max(pt, 1):.3f} ({rh}/{rt}, {ph}/{pt})"


def auc(arts: list[dict[str, Any]], sec: str, weights: dict[str, float], label: str, src: set[str] | None) -> float:
    pos, neg = [], []
    for art in arts:
        for r in art["rows"]:
            if src is not None and r["lines"][sec]["src"] not in src:
                continue
            (pos if r[label][sec] else neg).append(logit(weights, r["feats"][sec]))
    if not pos or not neg:
        return float("nan")
    neg.sort()
    import bisect

    wins = sum(bisect.bisect_left(neg, p) + 0.5 * (bisect.bisect_right(neg, p) - bisect.bisect_left(neg, p)) for p in pos)
    return wins / (len(pos) * len(neg))


VARIANTS = tuple(
    ("add", t, k, 0, False) for k in (1, 2) for t in (1.0, 0.5, 0.25, 0.0, -0.25, -0.5)
) + (
    ("drop", 0, 0, -1.5, False),
    ("drop", 0, 0, -1.0, False),
    ("add+drop", 0.0, 1, -1.5, False),
    ("add+drop", 0.0, 1, -1.0, False),
    ("add", 0.0, 1, 0, False, 3),
    ("add", 0.0, 2, 0, False, 3),
    ("add", -0.25, 1, 0, False, 3),
    ("add", 0.0, 1, 0, False, 2),
    ("add+drop", 0.0, 1, -1.0, False, 3),
    ("add", 0.25, 1, 0, False, 99, 500),
    ("add", 0.0, 1, 0, False, 99, 500),
    ("add+drop", 0.0, 1, -1.0, False, 99, 500),
    ("add", 0.0, 1, 0, False, 99, 0, frozenset({"x:doubt", "x:conflict"})),
    ("add", -0.5, 1, 0, False, 99, 0, frozenset({"x:doubt", "x:conflict"})),
    ("add", 0.0, 1, 0, False, 99, 0, frozenset({"cue:issue_cues", "cue:issue_cues_weak", "shape:question"})),
    ("add", 0.0, 1, 0, False, 99, 0, frozenset({"src:cand"})),
    ("add", 0.0, 1, 0, False, 99, 0, frozenset({"src:sentence", "src:clipped"})),
    ("add+drop", 0.0, 1, -1.0, False, 99, 0, frozenset({"x:doubt", "x:conflict"})),
)


_SHORT = {"words:<300", "words:<500"}


def vname(v: tuple) -> str:
    kind, t_add, k, t_drop, cross = v[:5]
    parts = [kind]
    if "add" in kind:
        parts.append(f"t{t_add:g} k{k}{' x' if cross else ''}")
    if "drop" in kind:
        parts.append(f"d{t_drop:g}")
    if len(v) > 5 and v[5] < 99:
        parts.append(f"if<{v[5]}")
    if len(v) > 6 and v[6]:
        parts.append("long only")
    if len(v) > 7:
        parts.append("needs " + "|".join(sorted(v[7])))
    return " ".join(parts)


def loco(
    arts: list[dict[str, Any]], label: str, c: float, min_articles: int, variants: tuple, sections: tuple[str, ...]
) -> None:
    print(f"leave-one-family-out; label {label}, C={c}, words in >= {min_articles} articles of 2 families")
    for left in FAMILIES:
        test = [a for a in arts if a["family"] == left]
        train = [a for a in arts if a["family"] != left]
        for sec in sections:
            weights = fit(train, sec, label, c, min_articles)
            print(
                f"-- {left} ({len(test)} articles) {sec}: {len(weights)} weights; AUC all rows "
                f"{auc(test, sec, weights, label, None):.3f}, new rows (no engine line) "
                f"{auc(test, sec, weights, label, {'cand', 'sentence', 'clipped'}):.3f}, engine lines "
                f"{auc(test, sec, weights, label, {'chosen'}):.3f}"
            )
            print(f"   {'rules alone':<22} {fmt(score_family(test, sec, lambda a, s=sec: a['brief'].get(s) or []))}")
            for v in variants:
                got = score_family(test, sec, lambda a, s=sec, v=v, w=weights: variant_lines(a, s, w, v))
                print(f"   {vname(v):<22} {fmt(got)}")
            sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--oracle", action="store_true")
    parser.add_argument("--loco", action="store_true")
    parser.add_argument("--stats", action="store_true")
    parser.add_argument("--label", choices=("any", "credit"), default="credit")
    parser.add_argument("--c", type=float, default=0.1)
    parser.add_argument("--min-articles", type=int, default=5)
    parser.add_argument("--section", choices=SECTIONS, action="append", help="only this section (repeatable)")
    parser.add_argument("--rebuild", action="store_true", help="recompute the rows (cached in /tmp)")
    args = parser.parse_args(argv)
    arts = load_rows(args.shared, args.rebuild)
    if args.stats:
        for fam in FAMILIES:
            mine = [a for a in arts if a["family"] == fam]
            for sec in SECTIONS:
                rows = [r for a in mine for r in a["rows"]]
                src = Counter(r["lines"][sec]["src"] for r in rows)
                pos = Counter(r["lines"][sec]["src"] for r in rows if r[args.label][sec])
                print(f"{fam:<14} {sec:<12} {len(mine)} articles {len(rows)} rows; "
                      + ", ".join(f"{k} {pos[k]}/{n}" for k, n in src.most_common()))
    if args.oracle:
        oracle(arts)
    if args.loco:
        loco(arts, args.label, args.c, args.min_articles, VARIANTS, tuple(args.section or SECTIONS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
