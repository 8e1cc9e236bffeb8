"""briefs.timex on news time expressions: share of exact TIMEX3 values, and dateparser's on the
same set when it can be imported (it is no dependency of newsbrief: `pip install dateparser`
into any folder and pass it with --dateparser-path).

The sets: tests/fixtures/timex_news.tsv (dev: 241 time expressions found in the wikinews corpus
articles, each with its article's date and the value read in context by hand; the rules were
tuned on it) and timex_news_heldout.tsv (47 more from the same articles, labelled before the
rules ever saw them).

    .venv/bin/python bench/timex.py [--dateparser-path DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from briefs import timex

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
SETS = {"dev": FIXTURES / "timex_news.tsv", "held-out": FIXTURES / "timex_news_heldout.tsv"}


def rows(path: Path) -> list[tuple[str, dt.date, str, str | None, str | None]]:
    out = []
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            article, anchor, expression, value, tense = (line.split("\t") + [""] * 5)[:5]
            out.append((article, dt.date.fromisoformat(anchor), expression, value or None, tense or None))
    return out


def dateparser_value(expression: str, anchor: dt.date, tense: str | None) -> str | None:
    from dateparser.date import DateDataParser

    base = dt.datetime(anchor.year, anchor.month, anchor.day, 12, 0)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future" if tense == "future" else "past",
                "RETURN_TIME_AS_PERIOD": True}
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(expression)
    when, period = data.date_obj, data.period
    if when is None:
        return None
    if period == "time":
        return when.strftime("%Y-%m-%dT%H:%M")
    if period == "week":
        iso = when.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if period == "month":
        return when.strftime("%Y-%m")
    if period == "year":
        return when.strftime("%Y")
    return when.strftime("%Y-%m-%d")


def score(name: str, fn) -> None:
    for label, path in SETS.items():
        data = rows(path)
        right = sum(1 for _a, anchor, expr, value, tense in data if fn(expr, anchor, tense) == value)
        print(f"{name:<12} {label:<9} {right}/{len(data)} exact = {right / len(data):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dateparser-path", default=None)
    args = parser.parse_args()
    score("briefs.timex", lambda e, a, t: timex(e, a, tense=t))
    if args.dateparser_path:
        sys.path.insert(0, args.dateparser_path)
    try:
        import dateparser  # noqa: F401
    except ImportError:
        print("dateparser: not importable; skipped")
        return
    score("dateparser", dateparser_value)


if __name__ == "__main__":
    main()
