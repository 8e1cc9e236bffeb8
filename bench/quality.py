"""Score the engine against the gold briefs of the seed and the dev corpus (GOLD_FORMAT.md rules).

    .venv/bin/python bench/quality.py [--shared DIR] [--heldout | --wikinews | --corpus DIR] [--split] [--article NAME] [--show] [--json]

By default scores "seed", "dev" and "wikinews" (../shared/corpus/wikinews/, real
Wikinews articles) as separate sets. `--wikinews` scores the Wikinews set alone;
`--heldout` scores the held-out articles in tests/fixtures/heldout/ instead
(written for the project, never tuned on); `--corpus DIR` scores a folder of gold files
beside their articles (a set kept outside the repository). Prints a per-article table and
micro-averaged totals per section for each set. It is a measurement: it always exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from scoring import SECTIONS, Counts, score_brief  # noqa: E402

from briefs.engine import brief_article  # noqa: E402
from briefs.model import Article  # noqa: E402

DEFAULT_SHARED = REPO.parent / "shared"
HELDOUT = REPO / "tests" / "fixtures" / "heldout"

# (section, metric) columns of the per-article table, in print order.
TABLE_COLUMNS = (
    ("quotes", "recall"),
    ("quotes", "precision"),
    ("quotes", "speaker"),
    ("meetings", "recall"),
    ("meetings", "key_first"),
    ("open_issues", "recall"),
    ("open_issues", "precision"),
    ("next_steps", "recall"),
    ("next_steps", "precision"),
    ("people", "recall"),
    ("people", "role"),
    ("summary", "terms"),
    ("boilerplate", "absent"),
)
SHORT = {
    "quotes": "q",
    "meetings": "m",
    "open_issues": "iss",
    "next_steps": "step",
    "people": "ppl",
    "summary": "sum",
    "boilerplate": "boil",
}


def load_article(path: Path) -> Article:
    """The article of a gold file: `.txt` as is, `.html` through the project's extraction if present."""
    if path.suffix.lower() == ".txt":
        text = path.read_text(encoding="utf-8")
        try:
            from briefs.sources.files import load_path  # type: ignore[attr-defined]

            articles = load_path(path)
            if articles:
                return articles[0]
        except ImportError:
            pass
        return Article(text=text, source=str(path.name))
    try:
        from briefs.sources.files import load_path  # type: ignore[attr-defined]
    except ImportError:
        return _readability_fallback(path)
    articles = load_path(path)
    return articles[0] if articles else Article(text="", source=path.name)


def _readability_fallback(path: Path) -> Article:
    """Until briefs.sources exists: readability's main content, as plain text with paragraphs."""
    import lxml.html
    from readability import Document as ReadabilityDocument

    raw = path.read_bytes().decode("utf-8", errors="replace")
    readable = ReadabilityDocument(raw)
    root = lxml.html.fromstring(readable.summary())
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "br", "tr"):
        block.tail = "\n\n" + (block.tail or "")
    text = "\n\n".join(part.strip() for part in root.text_content().split("\n\n") if part.strip())
    return Article(text=text, title=readable.short_title() or "", source=path.name)


# A corpus family: sets written the same way, left out together by a leave-one-corpus-out bench
# (train_ranker.py, train_issues.py). Any other set (a --corpus folder) is a family of its own.
FAMILY = {
    "dev": "dev+fixtures",
    "heldout": "dev+fixtures",
    "wikinews": "wikinews",
    "wikinews-tune": "wikinews",
    "wikinews-check": "wikinews",
}


def family(set_name: str) -> str:
    """The corpus family of a set (a --corpus folder is its own, named after the folder)."""
    return FAMILY.get(set_name, set_name)


def corpus_paths(folder: Path) -> list[Path]:
    """The gold files of a folder (gold files beside their articles), in name order; none when the
    folder is missing."""
    return sorted(folder.glob("*.gold.json"))


def gold_paths(shared: Path, which: str) -> list[Path]:
    """The gold files of one set: "heldout", "dev", "wikinews", or a Wikinews half by place in
    name order: "wikinews-tune" (even places, to tune rules on) and "wikinews-check" (odd
    places, looked at only to see whether a change carries over)."""
    if which == "heldout":
        return corpus_paths(HELDOUT)
    if which in ("wikinews-tune", "wikinews-check"):
        return corpus_paths(shared / "corpus" / "wikinews")[which == "wikinews-check"::2]
    return corpus_paths(shared / "corpus" / which)


def add_set_options(parser: argparse.ArgumentParser) -> None:
    """The diagnostics' choice of one set (`dest="which"`, None when not given)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--heldout", action="store_const", const="heldout", dest="which")
    group.add_argument("--dev", action="store_const", const="dev", dest="which")
    group.add_argument("--wikinews", action="store_const", const="wikinews", dest="which")
    group.add_argument("--tune", action="store_const", const="wikinews-tune", dest="which",
                       help="the Wikinews half to tune on (as quality.py --split names it)")


def gold_files(
    shared: Path,
    heldout: bool = False,
    wikinews_only: bool = False,
    split: bool = False,
    corpus: Path | None = None,
) -> list[tuple[str, Path]]:
    """(set name, gold path) for the seed(s), the dev corpus and Wikinews; or one set alone.

    With `split`, Wikinews is two sets by position in name order: "wikinews-tune" (even places)
    to tune rules on, and "wikinews-check" (odd places) to look at only to see whether a change
    carries over to articles it was not made for. A `corpus` folder (gold files beside their
    articles, as in corpus/dev) is scored alone, as a set named after the folder, and split the
    same way into "<name>-tune" and "<name>-check".
    """
    if corpus is not None:
        paths = corpus_paths(corpus)
        if not split:
            return [(corpus.name, p) for p in paths]
        return [(f"{corpus.name}-{half}", p) for i, half in enumerate(("tune", "check"))
                for p in paths[i::2]]
    if heldout:
        return [("heldout", p) for p in gold_paths(shared, "heldout")]
    halves = ("wikinews-tune", "wikinews-check") if split else ("wikinews",)
    wikinews = [(half, p) for half in halves for p in gold_paths(shared, half)]
    if wikinews_only:
        return wikinews
    out = [("seed", p) for p in corpus_paths(shared / "seeds")]
    out += [("dev", p) for p in corpus_paths(shared / "corpus" / "dev")]
    return out + wikinews


def evaluate(gold_path: Path) -> dict[str, Any]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = load_article(gold_path.parent / gold["file"])
    started = time.perf_counter()
    brief = brief_article(article).to_dict()
    elapsed = time.perf_counter() - started
    scores = score_brief(brief, gold)
    return {
        "name": gold_path.name.removesuffix(".gold.json"),
        "gold": gold,
        "brief": brief,
        "scores": scores,
        "seconds": elapsed,
    }


def _fmt(counts: Counts, metric: str) -> str:
    hits, total = counts.values.get(metric, (0, 0))
    return "-" if total == 0 else f"{hits}/{total}"


def print_table(set_name: str, results: list[dict[str, Any]]) -> None:
    headers = ["article"] + [f"{SHORT[s]}.{m[:4]}" for s, m in TABLE_COLUMNS]
    rows = [[r["name"]] + [_fmt(r["scores"][s], m) for s, m in TABLE_COLUMNS] for r in results]
    widths = [
        max(len(h), *(len(row[i]) for row in rows)) if rows else len(h)
        for i, h in enumerate(headers)
    ]
    print(f"\n== {set_name} ({len(results)} articles) ==")
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


def totals(results: list[dict[str, Any]]) -> dict[str, Counts]:
    out = {section: Counts() for section in SECTIONS}
    for r in results:
        for section in SECTIONS:
            out[section].merge(r["scores"][section])
    return out


def print_totals(set_name: str, summed: dict[str, Counts]) -> None:
    print(f"-- {set_name} totals (micro-averaged) --")
    for section in SECTIONS:
        parts = []
        for metric, (hits, total) in summed[section].values.items():
            ratio = "  -  " if total == 0 else f"{hits / total:.3f}"
            parts.append(f"{metric} {ratio} ({hits}/{total})")
        print(f"  {section:<12} " + "; ".join(parts))


def show(result: dict[str, Any]) -> None:
    """Predicted vs gold, section by section, for debugging one article."""
    brief, gold = result["brief"], result["gold"]
    print(f"\n##### {result['name']}  ({result['seconds'] * 1000:.1f} ms)")
    print("SUMMARY:", brief["summary"]["text"][:300])
    print("  gold terms:", gold.get("summary_terms"))
    print("MEETINGS predicted:")
    for m in brief["meetings"]:
        names = ", ".join(f"{p['name']} ({p.get('role')})" for p in m["participants"])
        print(
            f"  - [{names}] place={m['place']!r} when={m['when']!r} dur={m['duration']!r} :: {m['text'][:120]}"
        )
    print("MEETINGS gold:")
    for m in gold.get("meetings", []):
        print(
            f"  - key={m.get('key')} {m['participants']} place={m['place_terms']} when={m['when_terms']} "
            f"dur={m['duration_terms']}"
        )
    print("QUOTES predicted:")
    for q in brief["quotes"]:
        print(f"  - {q['speaker']!r}: {q['text'][:110]!r}")
    print("QUOTES gold:")
    for q in gold.get("quotes", []):
        print(f"  - {q['speaker']!r}{' KEY' if q.get('key') else ''}: {q['quote'][:110]!r}")
    print("OPEN ISSUES predicted:")
    for i in brief["open_issues"]:
        print(f"  - [{i['topic']}] {i['text']}")
    print("OPEN ISSUES gold:")
    for i in gold.get("open_issues", []):
        print(f"  - {i['label']}  {i['terms']}")
    print("NEXT STEPS predicted:")
    for s in brief["next_steps"]:
        print(f"  - ({s['certainty']}; who={s['who']}; when={s['when']!r}) {s['text']}")
    print("NEXT STEPS gold:")
    for s in gold.get("next_steps", []):
        print(f"  - {s['label']}  {s['terms']}")
    for s in gold.get("acceptable_next_steps", []):
        print(f"  ~ {s['label']}  {s['terms']}")
    print("PEOPLE predicted:", [(p["name"], p["role"]) for p in brief["people"]])
    print("PEOPLE gold:", [(p["name"], p["role_terms"]) for p in gold.get("people", [])])
    for section in SECTIONS:
        print(f"  score {section}: {result['scores'][section].to_dict()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared", type=Path, default=DEFAULT_SHARED, help="folder holding seeds/ and corpus/"
    )
    parser.add_argument(
        "--article", help="score only this article (gold file name without .gold.json)"
    )
    parser.add_argument(
        "--show", action="store_true", help="print predicted vs gold for each article"
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--heldout", action="store_true", help=f"score the held-out set in {HELDOUT.relative_to(REPO)}"
    )
    parser.add_argument(
        "--wikinews", action="store_true", help="score only the Wikinews set (corpus/wikinews)"
    )
    parser.add_argument(
        "--split", action="store_true",
        help="score Wikinews as two sets: wikinews-tune (even places) and wikinews-check (odd places)",
    )
    parser.add_argument(
        "--corpus", type=Path, metavar="DIR",
        help="score only the gold files in DIR (articles beside them), as a set named after DIR; "
        "with --split as DIR-tune (even places) and DIR-check (odd places)",
    )
    args = parser.parse_args(argv)
    if args.corpus is not None and not args.corpus.is_dir():
        parser.error(f"--corpus {args.corpus}: not a folder")

    by_set: dict[str, list[dict[str, Any]]] = {}
    for set_name, path in gold_files(args.shared, args.heldout, args.wikinews, args.split, args.corpus):
        if args.article and path.name.removesuffix(".gold.json") != args.article:
            continue
        try:
            result = evaluate(path)
        except Exception as exc:  # a measurement reports failures, it does not stop at them
            print(f"{path.name}: failed: {exc!r}", file=sys.stderr)
            continue
        by_set.setdefault(set_name, []).append(result)

    if args.json:
        payload = {
            set_name: {
                "articles": {
                    r["name"]: {s: r["scores"][s].to_dict() for s in SECTIONS} for r in results
                },
                "totals": {s: c.to_dict() for s, c in totals(results).items()},
            }
            for set_name, results in by_set.items()
        }
        print(json.dumps(payload, indent=2))
        return 0
    for set_name, results in by_set.items():
        if args.show:
            for r in results:
                show(r)
        print_table(set_name, results)
        print_totals(set_name, totals(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
