"""briefs.timex: time expressions resolved against the article's date to TIMEX3 values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import briefs
from briefs.dates import timex

MONDAY = dt.date(2023, 6, 19)
FIXTURE = Path(__file__).parent / "fixtures" / "timex_news.tsv"
HELD_OUT = Path(__file__).parent / "fixtures" / "timex_news_heldout.tsv"


@pytest.mark.parametrize(
    ("expression", "tense", "value"),
    [
        ("Friday", "future", "2023-06-23"),
        ("Friday", None, "2023-06-16"),
        ("on Tuesday", "future", "2023-06-20"),
        ("next week", None, "2023-W26"),
        ("later this year", None, "2023"),
        ("in coming months", None, "FUTURE_REF"),
        ("last May", None, "2023-05"),
        ("early December", None, "2023-12"),
        ("the summer", None, "2023-SU"),
        ("this spring", None, "2023-SP"),
        ("now", None, "PRESENT_REF"),
        ("recently", None, "PAST_REF"),
        ("three days later", None, "2023-06-22"),
        ("2009", None, "2009"),
        ("the third quarter", None, "2023-Q3"),
        ("June 26 at 2 p.m.", None, "2023-06-26T14:00"),
        ("Monday, June 26, 2023", None, "2023-06-26"),
        ("in two weeks", None, "2023-W27"),
        ("January", "future", "2024-01"),
        ("June 12", "future", "2023-06-12"),  # a week back stays this year's, not next June's
        ("within 90 days", None, "FUTURE_REF"),  # a deadline, not a day
        ("until at least Friday", "future", "2023-06-23"),
        ("in 48 hours", None, "2023-06-19"),
        ("this past weekend", None, "2023-W24-WE"),
        ("last quarter", None, "2023-Q1"),
        ("the last quarter of 2023", None, "2023-Q4"),
        ("H2 2023", None, "2023-H2"),
        ("26/06/2023", None, "2023-06-26"),
        ("at 9:30 a.m. ET on Friday", "future", "2023-06-23T09:30"),
        ("no date announced", None, None),
        ("the Moon", None, None),
        ("", None, None),
    ],
)
def test_timex_reads_the_issue_examples(expression: str, tense: str | None, value: str | None) -> None:
    assert timex(expression, MONDAY, tense=tense) == value


def test_timex_is_exported_from_briefs() -> None:
    assert briefs.timex("tomorrow", MONDAY) == "2023-06-20"


def test_without_an_anchor_only_absolute_dates_resolve() -> None:
    assert timex("June 26, 2023", None) == "2023-06-26"
    assert timex("in 2024", None) == "2024"
    assert timex("Friday", None) is None
    assert timex("next week", None) is None


def test_a_datetime_anchor_counts_as_its_day() -> None:
    assert timex("yesterday", dt.datetime(2023, 6, 19, 23, 30)) == "2023-06-18"


def test_a_december_article_s_january_is_the_coming_one() -> None:
    assert timex("on January 20", dt.date(2020, 11, 26)) == "2021-01-20"
    assert timex("last December", dt.date(2020, 1, 6)) == "2019-12"


def _news_set(path: Path = FIXTURE) -> list[tuple[str, dt.date, str, str | None, str | None]]:
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        article, anchor, expression, value, tense = (line.split("\t") + [""] * 5)[:5]
        rows.append((article, dt.date.fromisoformat(anchor), expression, value or None, tense or None))
    return rows


@pytest.mark.parametrize(("path", "size"), [(FIXTURE, 200), (HELD_OUT, 40)])
def test_timex_resolves_most_news_time_expressions_exactly(path: Path, size: int) -> None:
    rows = _news_set(path)
    assert len(rows) >= size
    wrong = [
        (article, anchor.isoformat(), expression, value, got)
        for article, anchor, expression, value, tense in rows
        if (got := timex(expression, anchor, tense=tense)) != value
    ]
    share = 1 - len(wrong) / len(rows)
    assert share >= 0.85, f"{share:.3f} exact; wrong: {wrong}"
