"""How fast is the engine, next to readability-lxml's extraction of the same pages?

    .venv/bin/python bench/engine_speed.py [--shared DIR] [--repeat N] [--clock cpu|wall] [--sections]

For every page of the dev corpus: the median time of `brief_article` on the
extracted text and the median time of readability-lxml extracting the page
(`Document(html).summary()` then lxml `text_content()`), both over N runs in
this process. Prints a per-article table, the median engine time per article,
ms per 1,000 words, and the engine/extraction ratio (aim: <= 0.25).

`--clock cpu` (the default) times this process's CPU only, so other jobs on a
shared machine do not inflate the figures; `--clock wall` is what a user waits.
`--sections` adds the engine's time per stage (doc, people, quotes, meetings,
issues, steps, summary) in ms per 1,000 words, the fastest of N runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import lxml.html  # noqa: E402
from quality import DEFAULT_SHARED, load_article  # noqa: E402
from readability import Document as ReadabilityDocument  # noqa: E402

from briefs.engine import brief_article  # noqa: E402
from briefs.engine.clauses import clear_caches  # noqa: E402


def cold_brief(article: object) -> object:
    """One brief as of a new article: per-text caches are emptied, lexicons stay loaded."""
    clear_caches()
    return brief_article(article)  # type: ignore[arg-type]


def readability_text(html: str) -> str:
    summary = ReadabilityDocument(html).summary()
    return lxml.html.fromstring(summary).text_content()


CLOCKS = {"cpu": time.process_time, "wall": time.perf_counter}
clock = CLOCKS["cpu"]


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = clock()
        run()
        times.append(clock() - started)
    return statistics.median(times)


def section_times(articles: list[object], repeat: int) -> dict[str, float]:
    """Seconds per engine stage over all articles, the fastest of `repeat` runs."""
    from briefs.engine.doc import Document
    from briefs.engine.issues import find_open_issues
    from briefs.engine.meetings import find_meetings
    from briefs.engine.people import find_people
    from briefs.engine.quotes import find_quotes
    from briefs.engine.steps import find_next_steps
    from briefs.engine.summary import lead_summary

    best: dict[str, float] = {}
    for _ in range(repeat):
        totals: dict[str, float] = {}
        for article in articles:
            clear_caches()
            text = article.text  # type: ignore[attr-defined]
            marks = [clock()]
            doc = Document(text)
            marks.append(clock())
            people = find_people(doc)
            marks.append(clock())
            find_quotes(doc, people)
            marks.append(clock())
            find_meetings(doc, people)
            marks.append(clock())
            find_open_issues(doc, people)
            marks.append(clock())
            find_next_steps(doc, people)
            marks.append(clock())
            lead_summary(doc)
            marks.append(clock())
            names = ("doc", "people", "quotes", "meetings", "issues", "steps", "summary")
            for name, a, b in zip(names, marks, marks[1:], strict=False):
                totals[name] = totals.get(name, 0.0) + (b - a)
        for name, seconds in totals.items():
            best[name] = min(best.get(name, seconds), seconds)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="cpu")
    parser.add_argument("--sections", action="store_true", help="time per engine stage")
    args = parser.parse_args(argv)
    global clock
    clock = CLOCKS[args.clock]

    pages = sorted((args.shared / "corpus" / "dev").glob("*.html"))
    rows = []
    for page in pages:
        html = page.read_bytes().decode("utf-8", errors="replace")
        article = load_article(page)
        words = len(article.text.split())
        brief_article(article)  # warm the lexicon caches once, as a running app would have them
        engine = median_seconds(lambda a=article: cold_brief(a), args.repeat)
        extraction = median_seconds(lambda h=html: readability_text(h), args.repeat)
        rows.append((page.stem, words, engine, extraction))

    print(f"{'article':<28}{'words':>7}{'engine ms':>11}{'readability ms':>16}{'ratio':>8}")
    for name, words, engine, extraction in rows:
        print(
            f"{name:<28}{words:>7}{engine * 1000:>11.1f}{extraction * 1000:>16.1f}{engine / extraction:>8.2f}"
        )
    engine_total = sum(r[2] for r in rows)
    extraction_total = sum(r[3] for r in rows)
    words_total = sum(r[1] for r in rows)
    print(
        f"\nmedian engine time per article: {statistics.median(r[2] for r in rows) * 1000:.1f} ms"
    )
    print(
        f"median readability time per article: {statistics.median(r[3] for r in rows) * 1000:.1f} ms"
    )
    print(f"engine ms per 1,000 words: {engine_total * 1000 / max(words_total, 1) * 1000:.1f}")
    print(
        f"engine / extraction ratio (totals): {engine_total / extraction_total:.2f}  (aim <= 0.25)"
    )
    print(f"clock: {args.clock}")
    if args.sections:
        articles = [load_article(page) for page in pages]
        words = sum(len(a.text.split()) for a in articles)
        print("\nengine stage      ms per 1,000 words (fastest of the runs)")
        for name, seconds in section_times(articles, args.repeat).items():
            print(f"  {name:<15}{seconds * 1000 / max(words, 1) * 1000:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
