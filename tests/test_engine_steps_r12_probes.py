"""Next steps on invented news, round 12 (written on pool5's false steps, classed before any rule):
look-alikes of a scheduled event that are not one, guesses about the past, and reported forecasts
of others' doings. Each group was written before the engine change it tests, in new wording; the
first-pass rate is in bench/README.md ("Round 12: next-step precision on pool5")."""

from __future__ import annotations

import pytest
from step_probe_support import next_steps_in

# A present-tense verb of schedule ("opens", "faces", "votes", "close") only announces an event
# when it is the clause's verb: not a word of a name ("Fresh Start", "Face the Voters"), of a
# hyphened compound ("open-source"), a noun after a figure ("12,000 votes") or an adjective
# ("too close"); and "earlier this month", or "this week"/"over the weekend" after a past verb,
# is the time of something done.
NAMED_OR_PAST_NOT_SCHEDULED = (
    "Earlier this week the sportswear makers Fresh Start and Blue Meets Green joined the boycott.",
    'The governor told the radio programme "Face the Voters" over the weekend that the budget was balanced.',
    "Earlier this month a group of open-source developers wrote to the regulator about the new rules.",
    "On Saturday a coastguard spokesman said a trawler had come too close to the rocks.",
    "The party's candidate won the seat by 12,000 votes the week before the election.",
    "The charity's volunteers handed out leaflets this week at the Fresh Start food bank.",
)
SCHEDULED_IN_THE_PRESENT = (
    "The Senate votes on the spending package this week, the majority leader said.",
    "The new bridge opens to traffic over the weekend, city officials said.",
    "Talks between the two unions resume in Brussels later this month.",
    "The exhibition closes on Sunday after a three-month run.",
)

# "likely", "possibly", "probably" before a verb in the past (or the present of a state), "it is
# possible that ... was", and a modal with "have" and a participle: a guess about what happened
# or what would have happened, not a step still to come.
GUESSES_ABOUT_THE_PAST = (
    "Heavy snow in January likely delayed deliveries at several ports, which handled fewer ships.",
    "The minister had possibly misled parliament over the contracts, the report found.",
    "It is possible that the fire was started by a faulty heater on Tuesday.",
    "The coach should not have substituted his captain in the final minutes, the club's owner said.",
    "Shareholders probably would have rejected the merger if the board had put it to a vote.",
)
PROSPECTS_AHEAD = (
    "The committee is likely to vote on the nomination next week.",
    "The plant will possibly reopen in March, the company said.",
    "Officials said the talks would probably resume on Friday.",
)

# What others believe, fear or predict will happen, a survey's share that expects something, and
# what an act would do to someone ("cutting the subsidy would hurt ...") are forecasts.
REPORTED_FORECASTS = (
    "Shop owners worried the council's parking charges would drive customers away next year.",
    "A quarter of the farmers surveyed expect that their harvest will be smaller.",
    "Many local business owners believe shoppers will ultimately abandon the high street.",
    "Cutting the fuel subsidy would hurt the poorest families, the economist said.",
    "The retired judge predicted the reforms will not survive a court challenge.",
    "She doubts the factory will be running at full speed anytime soon.",
)
STEPS_REPORTED = (
    "The council said it would vote on the parking charges next month.",
    "The mayor said the new parking charges will be introduced in April.",
    "The company predicted it will open five new stores next year.",
)


@pytest.mark.parametrize("sentence", NAMED_OR_PAST_NOT_SCHEDULED + GUESSES_ABOUT_THE_PAST + REPORTED_FORECASTS)
def test_names_past_times_guesses_and_reported_forecasts_are_not_steps(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence


@pytest.mark.parametrize("sentence", SCHEDULED_IN_THE_PRESENT + PROSPECTS_AHEAD + STEPS_REPORTED)
def test_scheduled_events_prospects_and_reported_plans_stay_steps(sentence: str) -> None:
    assert next_steps_in(sentence), sentence
