"""Open issues, round 10: a blind batch on the false-line class that recurs across the three
families of gold articles (dev and fixtures, Wikinews, other outlets): a past event told as
background, dated by a month and a year, a clock time or "years ago", whose only cue is an event
word (a crash, a raid, a fire). Written before the engine was run on them, in the styles of a
wire, a UK broadsheet, Wikinews, a business page, a court report and a US regional paper; the
open issues beside them mention a past date too, and must stay."""

from __future__ import annotations

import pytest
from issue_probe_support import assert_issue_holds, open_issues_in

# Past events told as background: a reader would not list them as open.
DATED_BACKGROUND = (
    "In May 2015, a cargo rocket exploded two minutes after lift-off over the Atlantic.",
    "At 3:15 a.m. on a Sunday in March 2009, officers raided the farmhouse and seized a dozen rifles.",
    "The plant suffered a similar fire in October 2011 that injured four workers.",
    "Twelve years ago, a landslide buried part of the village and killed 31 people.",
    "In January 2008 the club was relegated after a season of heavy losses.",
    "The firm's shares crashed in August 2015, wiping a third off its value in a week.",
    "Two decades ago, the region was hit by a drought that destroyed most of its harvest.",
    "The same ferry ran aground in February 2012 off the coast of Kerala, injuring 14 passengers.",
)

# (sentence, a word the issue's line or topic must hold): open issues that mention a past date.
DATED_OPEN_ISSUES = (
    ("The inquiry, opened in March 2018, has still not explained why the alarm failed.", "alarm"),
    ("Residents who lost homes in the August 2017 floods say they are still waiting for compensation.", "compensation"),
    ("Investigators have yet to determine what caused the blast at 2:40 a.m. on Tuesday.", "blast"),
    ("The dispute over the contract signed in June 2014 remains unresolved and could go to arbitration.", "dispute"),
    ("Twenty years ago the government promised a new hospital for the town, but no site has been chosen.", "hospital"),
    ("The bank faces a lawsuit over losses its clients suffered in the crash of October 2008.", "lawsuit"),
)


@pytest.mark.parametrize("sentence", DATED_BACKGROUND)
def test_a_dated_past_event_is_no_open_issue(sentence: str) -> None:
    assert open_issues_in(sentence) == (), sentence


@pytest.mark.parametrize(("sentence", "term"), DATED_OPEN_ISSUES)
def test_an_open_issue_that_mentions_a_past_date_is_found(sentence: str, term: str) -> None:
    assert_issue_holds(sentence, term)
