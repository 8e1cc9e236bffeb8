"""Classes every gold key meeting the engine does not get right, and every false meeting (bench only).

    .venv/bin/python bench/keymeet_misses.py [--shared DIR] [--family NAME ...] [--show] [--totals]

Families: dev (dev + the held-out fixtures), wikinews, pool4, pool5, pool6, pool7 (folders in
bench/sets/). A gold key meeting is one of: `first` (the first predicted meeting matches it, all
its parties named), `first-short` (matched first, a party missing), `not-first` (a later predicted
meeting matches it), `cut` (a candidate the rules build matches it but was not shown), `no-candidate`
(no meeting the rules build names two of its parties). A false meeting (a predicted one matching no
gold meeting) is `false-first` or `false-later`, and `in-no-meeting-story` when the gold has no
meeting at all. `--show` prints each miss's article, its gold parties and the lede; `--totals`
prints only the counts (for a family one may read as totals only).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from quality import DEFAULT_SHARED, HELDOUT, corpus_paths, load_article  # noqa: E402
from scoring import _participants_named, meeting_matches  # noqa: E402

from briefs.engine import brief_article, meetings  # noqa: E402
from briefs.engine.doc import Document  # noqa: E402
from briefs.engine.people import find_people  # noqa: E402

FAMILIES = ("dev", "wikinews", "pool4", "pool5", "pool6", "pool7")
KEY_CLASSES = ("first", "first-short", "not-first", "cut", "no-candidate")


def family_paths(shared: Path, family: str) -> list[Path]:
    if family == "dev":
        return corpus_paths(shared / "corpus" / "dev") + corpus_paths(HELDOUT)
    if family == "wikinews":
        return corpus_paths(shared / "corpus" / "wikinews")
    return corpus_paths(REPO / "bench" / "sets" / family)


def classify(path: Path) -> tuple[list[tuple[str, dict]], list[tuple[str, dict]], str]:
    """The key meetings' classes and the false meetings' classes of one article, and its lede."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    golds = gold.get("meetings") or []
    article = load_article(path.parent / gold["file"])
    predicted = brief_article(article).to_dict().get("meetings") or []
    keys: list[tuple[str, dict]] = []
    for g in golds:
        if not g.get("key"):
            continue
        if predicted and meeting_matches(predicted[0], g):
            full = _participants_named(predicted[0], g) >= len(g["participants"])
            keys.append(("first" if full else "first-short", g))
        elif any(meeting_matches(p, g) for p in predicted[1:]):
            keys.append(("not-first", g))
        else:
            doc = Document(article.text)
            real, _order = meetings._candidates(doc, find_people(doc), article.title)
            found = any(meeting_matches(meetings._meeting(doc, d).to_dict(), g) for d in real)
            keys.append(("cut" if found else "no-candidate", g))
    false: list[tuple[str, dict]] = []
    for i, p in enumerate(predicted):
        if not any(meeting_matches(p, g) for g in golds):
            where = "false-first" if i == 0 else "false-later"
            false.append((where + ("/in-no-meeting-story" if not golds else ""), p))
    lede = " ".join(article.text.split())[:280]
    return keys, false, lede


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--family", action="append", choices=FAMILIES)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--totals", action="store_true")
    args = parser.parse_args(argv)
    rows = []
    for family in args.family or FAMILIES:
        key_counts: Counter[str] = Counter()
        false_counts: Counter[str] = Counter()
        for path in family_paths(args.shared, family):
            keys, false, lede = classify(path)
            key_counts.update(c for c, _g in keys)
            false_counts.update(c for c, _p in false)
            if args.show and not args.totals and (any(c != "first" for c, _ in keys) or false):
                print(f"\n### {family} {path.name.removesuffix('.gold.json')}")
                print(f"  lede: {lede}")
                for c, g in keys:
                    if c != "first":
                        print(f"  KEY {c}: {g['participants']}")
                for c, p in false:
                    names = [x.get("name") for x in p.get("participants", [])]
                    print(f"  {c}: {names} | {' '.join(str(p.get('text') or '').split())[:200]}")
        rows.append((family, key_counts, false_counts))
    print("\n| family | " + " | ".join(KEY_CLASSES) + " | false first | false later |")
    print("|---" * (len(KEY_CLASSES) + 3) + "|")
    for family, kc, fc in rows:
        ff = sum(v for k, v in fc.items() if k.startswith("false-first"))
        fl = sum(v for k, v in fc.items() if k.startswith("false-later"))
        print(f"| {family} | " + " | ".join(str(kc[c]) for c in KEY_CLASSES) + f" | {ff} | {fl} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
