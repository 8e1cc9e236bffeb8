"""Measure extraction on the gold corpus: furniture removed, article text kept, time per page.

    .venv/bin/python bench/extraction.py [--shared DIR] [--runs N] [--article NAME] [--show]

For every gold file of `../shared/corpus/dev/` (and the seed), the article is
read through `briefs.sources.files.load_path` and checked for: every
`boilerplate_must_not_appear` string absent from article.text, and every gold
quote still present (quote marks straightened, whitespace collapsed: the
GOLD_FORMAT rule; soft hyphens, which extraction drops as invisible
hyphenation hints, are ignored on both sides). Prints both per page and in total, with the median
extraction time per page (ms, over N runs). A measurement: always exits 0.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from briefs.sources.files import load_path  # noqa: E402

DEFAULT_SHARED = REPO.parent / "shared"
_STRAIGHT = str.maketrans(
    {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00ad": None}
)


def normalise(text: str) -> str:
    return " ".join(text.translate(_STRAIGHT).split())


def gold_files(shared: Path) -> list[tuple[str, Path]]:
    sets = [("seed", shared / "seeds"), ("dev", shared / "corpus" / "dev")]
    return [(name, g) for name, folder in sets for g in sorted(folder.glob("*.gold.json"))]


def measure(gold_path: Path, runs: int) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    page = gold_path.parent / gold["file"]
    times = []
    article = None
    error = None
    for _ in range(runs):
        start = time.perf_counter()
        try:
            article = load_path(page)[0]
        except Exception as exc:  # a measurement: report, do not stop
            error = f"{type(exc).__name__}: {exc}"
            break
        times.append((time.perf_counter() - start) * 1000)
    text = normalise(article.text) if article else ""
    boiler = gold.get("boilerplate_must_not_appear", [])
    leaked = [b for b in boiler if normalise(b) in text]
    quotes = [q["quote"] for q in gold.get("quotes", [])]
    lost = [q for q in quotes if normalise(q) not in text]
    return {
        "name": gold_path.name.removesuffix(".gold.json"),
        "file": page.name,
        "boiler_total": len(boiler),
        "boiler_absent": len(boiler) - len(leaked),
        "leaked": leaked,
        "quotes_total": len(quotes),
        "quotes_kept": len(quotes) - len(lost),
        "lost": lost,
        "ms": statistics.median(times) if times else None,
        "title": article.title if article else None,
        "byline": article.byline if article else None,
        "published": article.published if article else None,
        "url": article.url if article else None,
        "chars": len(article.text) if article else 0,
        "error": error,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--runs", type=int, default=3, help="timed runs per page (median)")
    parser.add_argument("--article", help="only this gold name (e.g. wapo-2)")
    parser.add_argument("--show", action="store_true", help="print metadata and what leaked or was lost")
    args = parser.parse_args(argv)

    rows_by_set: dict[str, list[dict]] = {}
    for set_name, gold_path in gold_files(args.shared):
        if args.article and gold_path.name != f"{args.article}.gold.json":
            continue
        rows_by_set.setdefault(set_name, []).append(measure(gold_path, max(1, args.runs)))

    for set_name, rows in rows_by_set.items():
        print(f"== {set_name}")
        print(f"{'page':32} {'boilerplate absent':>18} {'gold quotes kept':>16} {'ms':>8} {'chars':>7}")
        for r in rows:
            ms = f"{r['ms']:.1f}" if r["ms"] is not None else "error"
            print(
                f"{r['name']:32} {r['boiler_absent']:>8}/{r['boiler_total']:<9} "
                f"{r['quotes_kept']:>7}/{r['quotes_total']:<8} {ms:>8} {r['chars']:>7}"
            )
            if r["error"]:
                print(f"    ERROR {r['error']}")
            if args.show:
                print(f"    title={r['title']!r} byline={r['byline']!r} published={r['published']!r}")
                print(f"    url={r['url']!r}")
            for s in r["leaked"]:
                print(f"    LEAKED {s!r}")
            for q in r["lost"]:
                print(f"    LOST   {q[:100]!r}")
        b_abs = sum(r["boiler_absent"] for r in rows)
        b_tot = sum(r["boiler_total"] for r in rows)
        q_kept = sum(r["quotes_kept"] for r in rows)
        q_tot = sum(r["quotes_total"] for r in rows)
        times = [r["ms"] for r in rows if r["ms"] is not None]
        median = f"{statistics.median(times):.1f}" if times else "n/a"
        print(
            f"TOTAL {set_name}: boilerplate absent {b_abs}/{b_tot}, gold quotes kept {q_kept}/{q_tot}, "
            f"median extraction {median} ms/page over {len(times)} pages"
        )
        pages = [r for r in rows if r["file"].endswith((".html", ".htm"))]
        if pages:
            found = {k: sum(1 for r in pages if r[k]) for k in ("byline", "published", "url")}
            print(
                f"      metadata on {len(pages)} web pages: byline {found['byline']}, "
                f"published {found['published']}, canonical url {found['url']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
