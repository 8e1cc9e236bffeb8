"""Next steps carry `date`: the TIMEX3 value of their `when`, read from the article's date."""

from __future__ import annotations

import json

from briefs import Article, Brief, NextStep, brief_article
from briefs.dates import anchor_date, dated_steps

TEXT = (
    "Foreign ministers of the two countries met in Paris on Monday for two hours. "
    "Minister Anna Berg said the talks were useful. "
    "Berg will travel to Rome next week to meet her Italian counterpart, officials said. "
    "A summit of the two leaders is expected later this year, the ministry said."
)


def test_a_brief_dates_its_next_steps_from_the_published_day() -> None:
    brief = brief_article(Article(text=TEXT, title="Talks", published="2023-06-19T08:00:00+00:00"))
    dated = {s.when: s.date for s in brief.next_steps if s.when}
    assert dated.get("next week") == "2023-W26", brief.to_dict()["next_steps"]
    assert all("date" in s for s in brief.to_dict()["next_steps"])


def test_without_a_published_day_only_absolute_whens_get_a_date() -> None:
    steps = dated_steps(
        [NextStep("a", (0, 1), when="next week"), NextStep("b", (0, 1), when="June 26, 2023"),
         NextStep("c", (0, 1))],
        None,
    )
    assert [s.date for s in steps] == [None, "2023-06-26", None]


def test_a_bare_weekday_in_a_step_is_the_coming_one() -> None:
    (step,) = dated_steps([NextStep("a", (0, 1), when="Friday")], "2023-06-19")
    assert step.date == "2023-06-23"


def test_a_brief_saved_before_steps_had_dates_reads_them_on_load() -> None:
    brief = brief_article(Article(text=TEXT, title="Talks", published="2023-06-19"))
    data = json.loads(json.dumps(brief.to_dict()))
    for step in data["next_steps"]:
        del step["date"]
    again = Brief.from_dict(data)
    assert [s.date for s in again.next_steps] == [s.date for s in brief.next_steps]
    assert Brief.from_dict(brief.to_dict()) == brief


def test_anchor_date_reads_iso_dates_and_datetimes_and_refuses_the_rest() -> None:
    assert str(anchor_date("2023-06-19")) == "2023-06-19"
    assert str(anchor_date("2023-06-19T23:00:00Z")) == "2023-06-19"
    assert anchor_date("Mon, 19 Jun 2023") is None
    assert anchor_date(None) is None
