"""Per article, the gold open issues and next steps beside the engine's, with each miss classed.

    .venv/bin/python bench/items_diag.py [--shared DIR] [--heldout | --dev | --wikinews | --tune | --corpus DIR]
                                         [--issues | --steps] [--misses] [--summary]

For every gold item it prints `ok`/`MISS`, its label and terms, and for a miss the
class of the miss and the article sentences whose text matches the terms:

- `matched-over-40`: a predicted item's text plus fields would match, but it has more
  than 40 word tokens (GOLD_FORMAT: not a condensed line);
- `taken`: a predicted item would match, but the one-to-one matching gave it to another;
- `condensed-lost`: the evidence sentence of a predicted item matches the terms, its
  condensed line and fields do not (the line dropped the words);
- `no-cue`: some article sentence matches the terms, no predicted item's evidence is one;
- `no-sentence`: no single sentence matches the terms (the gold item spans sentences or
  paraphrases).

Then the predicted items that matched nothing (false positives). `--summary` prints the
counts of each class only. `--tune` reads only the Wikinews tune half (even places in name
order, as `bench/quality.py --split`). A diagnostic for rule work, not a score.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from quality import DEFAULT_SHARED, add_set_options, corpus_paths, gold_paths, load_article  # noqa: E402
from scoring import (  # noqa: E402
    MAX_ITEM_TOKENS,
    issue_haystack,
    item_token_count,
    maximum_matching,
    normalise,
    step_haystack,
    terms_match,
)

from briefs.engine import brief_article  # noqa: E402


def sentences(text: str) -> list[str]:
    out: list[str] = []
    for part in re.split(r"\n+", text):
        out.extend(s.strip() for s in re.split(r"(?<=[.!?])[\"'”’]?\s+(?=[\"“'‘(]?[A-Z0-9])", part))
    return [s for s in out if s]


def classify(
    terms: list, preds: list[dict], haystack, taken_by_other: bool, sents: list[str]
) -> tuple[str, list[str]]:
    matching_sents = [s for s in sents if terms_match(terms, normalise(s))]
    for p in preds:
        if terms_match(terms, haystack(p)):
            if item_token_count(p) > MAX_ITEM_TOKENS:
                return "matched-over-40", matching_sents
            if taken_by_other:
                return "taken", matching_sents
    for p in preds:
        evidence = normalise(str(p.get("evidence") or ""))
        if evidence and terms_match(terms, evidence):
            return "condensed-lost", matching_sents
    if matching_sents:
        return "no-cue", matching_sents
    return "no-sentence", matching_sents


def evidence_text(item: dict, text: str) -> str:
    """The article text of the item's evidence span, widened to its sentence."""
    span = item.get("span")
    if not span:
        return ""
    start = max(text.rfind(". ", 0, span[0]), text.rfind("\n", 0, span[0])) + 1
    end = min(
        x for x in (text.find(". ", span[1] - 1), text.find("\n", span[1] - 1), len(text)) if x >= 0
    )
    return text[start:end]


def describe(path: Path, section: str, misses_only: bool, quiet: bool, classes: Counter) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    key, acc_key, haystack = (
        ("open_issues", "acceptable_open_issues", issue_haystack)
        if section == "issues"
        else ("next_steps", "acceptable_next_steps", step_haystack)
    )
    gold_items = gold.get(key) or []
    acceptable = gold.get(acc_key) or []
    article = load_article(path.parent / gold["file"])
    preds = brief_article(article).to_dict().get(key) or []
    for p in preds:
        p["evidence"] = evidence_text(p, article.text)
    sents = sentences(article.text)

    def ok(terms, p):
        return (
            item_token_count(preds[p]) <= MAX_ITEM_TOKENS
            and bool(terms)
            and terms_match(terms, haystack(preds[p]))
        )

    matching = maximum_matching(
        len(gold_items), len(preds), lambda g, p: ok(gold_items[g]["terms"], p)
    )
    lines: list[str] = []
    missed = False
    for g, item in enumerate(gold_items):
        if g in matching:
            lines.append(f"  ok   {item['label']!r} {item['terms']}")
            continue
        missed = True
        cls, hits = classify(item["terms"], preds, haystack, True, sents)
        classes[cls] += 1
        lines.append(f"  MISS [{cls}] {item['label']!r} {item['terms']}")
        for s in hits[:3]:
            lines.append(f"       sent: {s[:220]}")
    used = set(matching.values())
    for p, item in enumerate(preds):
        good = p in used or any(ok(a["terms"], p) for a in acceptable)
        if not good:
            classes["false-positive"] += 1
        tag = "pred" if good else "FP  "
        extra = (
            f" who={item.get('who')} when={item.get('when')}"
            if section == "steps"
            else f" topic={item.get('topic')}"
        )
        lines.append(f"  {tag} {str(item.get('text'))[:200]!r}{extra}")
        if not good:
            missed = True
    if quiet or (misses_only and not missed):
        return
    print(f"\n### {path.name.removesuffix('.gold.json')} ({section})")
    print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    add_set_options(parser)
    section = parser.add_mutually_exclusive_group()
    section.add_argument("--issues", action="store_const", const=("issues",), dest="sections")
    section.add_argument("--steps", action="store_const", const=("steps",), dest="sections")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--summary", action="store_true")
    parser.add_argument(
        "--corpus", type=Path, metavar="DIR",
        help="a folder of gold files beside their articles instead (as quality.py --corpus)",
    )
    args = parser.parse_args(argv)
    paths = (
        corpus_paths(args.corpus)
        if args.corpus is not None
        else gold_paths(args.shared, args.which or "wikinews")
    )
    for sec in args.sections or ("issues", "steps"):
        classes: Counter = Counter()
        for path in paths:
            describe(path, sec, args.misses, args.summary, classes)
        print(f"\n{sec}: " + ", ".join(f"{k} {v}" for k, v in classes.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
