"""Dump the JSON brief of every article of the tune families to one file (a byte-identity gate).

    .venv/bin/python bench/brief_dump.py OUT [--cold] [--shared DIR]

Briefs the seed, dev, fixtures (heldout), wikinews, bench/sets/pool4, pool5, pool6 and pool7, in that
order, one JSON line per article ("set/name" then the brief, its article's source written as
"set/file" and without the id derived from the absolute path, so two checkouts compare equal). By default the articles are briefed
in turn without emptying the engine's per-text caches (what a running app does); `--cold` empties
them before every article. A speed change must leave the file byte-identical: `cmp` before/after.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from quality import DEFAULT_SHARED, corpus_paths, gold_files, load_article  # noqa: E402

from briefs.engine import brief_article  # noqa: E402
from briefs.engine.clauses import clear_caches  # noqa: E402

CORPORA = tuple(REPO / "bench" / "sets" / name for name in ("pool4", "pool5", "pool6", "pool7"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--cold", action="store_true", help="empty the per-text caches per article")
    args = parser.parse_args(argv)
    files = gold_files(args.shared) + gold_files(args.shared, heldout=True)
    for folder in CORPORA:
        files += [(folder.name, p) for p in corpus_paths(folder)]
    with args.out.open("w", encoding="utf-8") as out:
        for set_name, gold_path in files:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            article = load_article(gold_path.parent / gold["file"])
            if args.cold:
                clear_caches()
            brief = brief_article(article).to_dict()
            brief["article"]["source"] = f"{set_name}/{gold['file']}"
            brief["article"].pop("id", None)
            name = gold_path.name.removesuffix(".gold.json")
            out.write(json.dumps([f"{set_name}/{name}", brief], ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(files)} briefs -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
