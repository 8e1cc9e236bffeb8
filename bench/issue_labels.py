"""How good the labels shown before open issues are ("<label>: <line>"), per tune family.

    .venv/bin/python bench/issue_labels.py [--family NAME ...] [--corpus DIR] [--sample N] [--seed S] [--show]

For every engine issue that the scorer (bench/scoring.py, unchanged) matches to a gold open
issue, the label a reader sees (`briefs.issue_label(topic, text)`) is judged against that gold
issue: it is *good* when one of its content words, stemmed, occurs in the gold issue's `label`
or `terms`; a shown label with none is counted as *off* (the automatic stand-in for misleading:
a hand judgement is still needed, see bench/README.md). Prints per family: matched issues, the
share shown, good and off (of matched), and good among shown; and the share shown over all
issues. `--sample N` prints N shown labels drawn at random (fixed `--seed`) from matched issues
of all chosen families, with their line and gold label, to judge by hand. `--corpus DIR` measures a
folder of gold files beside their articles instead (a set read as totals only: do not add --show or
--sample for a held-out set). `--labels-from CHECKOUT` judges the labels of another checkout's
`briefs/export/render.py` (e.g. /work/main, to read "before" beside "after" on the same briefs).
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from quality import DEFAULT_SHARED, evaluate, gold_files  # noqa: E402
from scoring import (  # noqa: E402
    MAX_ITEM_TOKENS,
    issue_haystack,
    item_token_count,
    maximum_matching,
    terms_match,
)

from briefs import issue_label  # noqa: E402
from briefs.engine.lexicons import load_set  # noqa: E402

# family -> how to list its gold files (quality.gold_files arguments)
FAMILIES = {
    "dev": {},  # seed + dev (+ wikinews, dropped below)
    "fixtures": {"heldout": True},
    "wikinews": {"wikinews_only": True},
    "pool4": {"corpus": REPO / "bench" / "sets" / "pool4"},
    "pool5": {"corpus": REPO / "bench" / "sets" / "pool5"},
    "pool6": {"corpus": REPO / "bench" / "sets" / "pool6"},
    "pool7": {"corpus": REPO / "bench" / "sets" / "pool7"},
}
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f0-9][\w\u00c0-\u024f'\u2019-]*")
STEM = 5  # letters: "disputes", "disputed" and "dispute" share "disput"[:5]


def stems(text: str) -> set[str]:
    """The content words of a text, lower-cased and cut to `STEM` letters."""
    stop = load_set("issue_stopwords")
    out = set()
    for word in _WORD.findall(text):
        low = re.sub(r"['\u2019]s?$", "", word.lower())
        if len(low) >= 3 and low not in stop:
            out.add(low[:STEM])
    return out


def good(label: str, gold: dict) -> bool:
    """A label is good when one of its content words is in the gold issue's label or terms."""
    said = " ".join([gold.get("label") or "", *(t for group in gold.get("terms") or [] for t in group)])
    gold_stems = stems(said)
    return any(s in gold_stems or any(g.startswith(s) or s.startswith(g) for g in gold_stems if len(g) >= 4)
               for s in stems(label))


def matched_pairs(brief: dict, gold: dict) -> list[tuple[dict, dict]]:
    """(engine issue, gold issue) as the scorer pairs them; then acceptable items for the rest."""
    predicted = brief.get("open_issues") or []
    golds = gold.get("open_issues") or []
    acceptable = gold.get("acceptable_open_issues") or []
    texts = [issue_haystack(i) if item_token_count(i) <= MAX_ITEM_TOKENS else None for i in predicted]

    def ok(g: dict, p: int) -> bool:
        return texts[p] is not None and bool(g.get("terms")) and terms_match(g["terms"], texts[p])

    matching = maximum_matching(len(golds), len(predicted), lambda g, p: ok(golds[g], p))
    pairs = [(predicted[p], golds[g]) for g, p in matching.items()]
    taken = set(matching.values())
    for p in range(len(predicted)):
        if p not in taken:
            extra = next((a for a in acceptable if ok(a, p)), None)
            if extra is not None:
                pairs.append((predicted[p], extra))
    return pairs


def family_results(name: str, shared: Path) -> list[dict]:
    files = gold_files(shared, **FAMILIES[name]) if name in FAMILIES else gold_files(shared, corpus=Path(name))
    if name == "dev":
        files = [(s, p) for s, p in files if s in ("seed", "dev")]
    return [evaluate(path) for _set, path in files]


def labels_from(checkout: Path):
    """`issue_label` of another checkout's render module (the engine and its briefs stay this one's)."""
    path = checkout / "briefs" / "export" / "render.py"
    spec = importlib.util.spec_from_file_location("briefs.export._render_of_checkout", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module.issue_label


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", action="append", choices=list(FAMILIES), help="default: all")
    parser.add_argument("--corpus", type=Path, metavar="DIR", help="a folder of gold files instead")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--labels-from", type=Path, metavar="CHECKOUT", help="another checkout's issue_label")
    parser.add_argument("--sample", type=int, default=0, help="print N shown labels at random")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--show", action="store_true", help="print every matched issue's label")
    args = parser.parse_args(argv)
    label_of = labels_from(args.labels_from) if args.labels_from else issue_label

    rows = []
    shown_pool: list[tuple[str, str, str, str, str]] = []
    total = defaultdict(int)
    names = [str(args.corpus)] if args.corpus else args.family or list(FAMILIES)
    for name in names:
        counts = defaultdict(int)
        for result in family_results(name, args.shared):
            issues = result["brief"].get("open_issues") or []
            counts["issues"] += len(issues)
            counts["issues_shown"] += sum(1 for i in issues if label_of(i["topic"], i["text"]))
            for issue, gold in matched_pairs(result["brief"], result["gold"]):
                label = label_of(issue["topic"], issue["text"])
                counts["matched"] += 1
                if label:
                    counts["shown"] += 1
                    verdict = "good" if good(label, gold) else "off"
                    counts[verdict] += 1
                    shown_pool.append((name, result["name"], label, issue["text"], gold.get("label") or ""))
                else:
                    verdict = "-"
                if args.show:
                    print(f"{name:8} {verdict:4} [{label}] {issue['text'][:100]}  || {gold.get('label', '')[:70]}")
        rows.append((Path(name).name if args.corpus else name, counts))
        for key, value in counts.items():
            total[key] += value
    rows.append(("all", total))

    def pct(a: int, b: int) -> str:
        return "  -  " if not b else f"{a / b:5.1%} ({a}/{b})"

    print(f"{'family':9} {'matched':>7}  {'shown':<17} {'good':<17} {'off':<17} {'good/shown':<17} shown/all issues")
    for name, c in rows:
        print(f"{name:9} {c['matched']:>7}  {pct(c['shown'], c['matched']):<17} {pct(c['good'], c['matched']):<17} "
              f"{pct(c['off'], c['matched']):<17} {pct(c['good'], c['shown']):<17} {pct(c['issues_shown'], c['issues'])}")
    if args.sample:
        picked = random.Random(args.seed).sample(shown_pool, min(args.sample, len(shown_pool)))
        print(f"\n# {len(picked)} shown labels at random (seed {args.seed}): family | article | label | line || gold")
        for i, (fam, art, label, text, gold_label) in enumerate(picked, 1):
            print(f"{i:3}. {fam} | {art} | [{label}] {text[:110]} || {gold_label[:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
