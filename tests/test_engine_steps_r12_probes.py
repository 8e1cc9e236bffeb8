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


# What an act or an event would do to others, judged ("scrapping it would only deepen the divide",
# "both would suffer", "will have serious consequences", "will only get more expensive"), is a
# verdict or a forecast of a state, not a step.
VERDICTS_OF_EFFECT = (
    "Scrapping the rail link would only deepen the divide between north and south, the councillor said.",
    "Doubling the levy will hurt small brewers most, the trade body said.",
    "Both farmers and shoppers would suffer from a trade war, the senator said.",
    "Any strike on the port will have serious consequences for the region.",
    "Commuting into the city will only get more expensive next year.",
    "A shutdown would highlight the deep split within the governing party.",
)
ACTS_AHEAD = (
    "The council will vote on scrapping the rail link next month.",
    "Workers will get a pay rise of 4% next month.",
    "The levy will be doubled in January, the Treasury said.",
)

# A condition whose subject carries a title ("If Dr. Patel is right", "Were Ms. Lopez elected") or
# an unreal one ("if the river were to rise"): what would follow is a hypothesis, not a plan.
HYPOTHESES = (
    "Were Ms. Lopez elected mayor, her aides said, she would scrap the toll.",
    "If Dr. Patel is right, the clinic would need twice as many nurses.",
    "Engineers said the dam would fail if the river were to rise another metre.",
    "The airline could collapse if fuel prices were to double.",
)
PLANS_WITH_CONDITIONS = (
    "Ms. Lopez said she would scrap the toll in March.",
    "If the board approves, the plant will close next spring.",
)


@pytest.mark.parametrize("sentence", VERDICTS_OF_EFFECT + HYPOTHESES)
def test_verdicts_of_effect_and_hypotheses_are_not_steps(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence


@pytest.mark.parametrize("sentence", ACTS_AHEAD + PLANS_WITH_CONDITIONS)
def test_acts_ahead_and_plans_with_conditions_stay_steps(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


def test_the_details_after_a_colon_are_one_step_with_the_event_they_detail() -> None:
    steps = next_steps_in(
        "Both governors will unveil new plans at a conference in Denver in early May: Smith will "
        "propose a carbon tax, and Jones will announce a new rail link."
    )
    assert len(steps) == 1, [s.text for s in steps]


def test_two_dated_events_in_one_sentence_stay_two_steps() -> None:
    steps = next_steps_in("Finance ministers meet in Oslo on Monday; the leaders will gather in Rome on Friday.")
    assert len(steps) == 2, [s.text for s in steps]


# "is committed to" a way of working or a cause ("working with schools", "protecting the health
# service", "any of the candidates") is a stance held; committed to building or opening something
# is a step.
STANCES_HELD = (
    '"The ministry is committed to working with schools to keep children safe," a spokesman said.',
    "The bank said it remains committed to supporting small businesses through the downturn.",
    "Our party is committed to protecting the health service.",
    "The senator, who is not committed to any of the candidates, said the race was open.",
)
COMMITMENTS_TO_ACT = (
    "The carmaker is committed to building two battery plants in Ohio by 2027.",
    "Both firms are committed to opening a research centre in Leeds next year.",
    "The government is committed to invest $2 billion in the port.",
)


@pytest.mark.parametrize("sentence", STANCES_HELD)
def test_a_stance_held_is_not_a_step(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence


@pytest.mark.parametrize("sentence", COMMITMENTS_TO_ACT)
def test_a_commitment_to_build_open_or_invest_stays_a_step(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


# A negated expectation or willingness ("was not expected to attend", "neither has been willing
# to", "isn't likely this month") tells what will not happen; "isn't likely to ... until March"
# still names when it will.
NOTHING_AHEAD = (
    "The minister was not expected to attend the opening of the new hospital wing.",
    "Neither union has been willing to accept the revised offer.",
    "A ruling isn't likely this month, court officials said.",
    "The company's founder wasn't willing to sell his remaining shares, the filing showed.",
)
SOMETHING_AHEAD = (
    "The bill isn't likely to reach the Senate floor until March.",
    "The minister is expected to attend the opening on Friday.",
    "The union is willing to accept the revised offer, its leader said.",
)


@pytest.mark.parametrize("sentence", NOTHING_AHEAD)
def test_a_negated_expectation_or_willingness_is_not_a_step(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence


@pytest.mark.parametrize("sentence", SOMETHING_AHEAD)
def test_an_expectation_a_willingness_or_a_negated_until_stays_a_step(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


# "is to" and "plans to" before no verb ("is to the town's trade", "offer all plans to those"), a
# verdict in the passive ("is to be condemned"), and "agreed to at the summit on 12 May" (the
# summit's day is past) are no steps.
NO_INFINITIVE_OR_VERDICT = (
    "Any attempt to hide the evidence is to be condemned, the bishop said.",
    "The bigger danger is to the town's tourism trade.",
    "The new rules require insurers to offer all plans to those with existing conditions.",
    "The treaty is the goal both leaders agreed to at the summit on 12 May.",
)
INFINITIVES_AHEAD = (
    "The minister is to visit the flood zone on Thursday.",
    "More money is to be given to schools, the minister said.",
    "Both leaders agreed to meet again on 12 May.",
)


@pytest.mark.parametrize("sentence", NO_INFINITIVE_OR_VERDICT)
def test_no_infinitive_after_the_cue_or_a_passive_verdict_is_not_a_step(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence


@pytest.mark.parametrize("sentence", INFINITIVES_AHEAD)
def test_an_infinitive_ahead_stays_a_step(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


# A pledge under a fronted past month ("In March, the mayor vowed to ...") is a past pledge the
# story recalls, unless it names a time still ahead; a weekday's pledge is the story's news.
PAST_PLEDGES = (
    "In March, the mayor vowed to rebuild the stadium.",
    "In October, both parties pledged to cut taxes on petrol.",
    "On May 3, the company promised to refund every customer.",
)
PLEDGES_AHEAD = (
    "In March, the mayor vowed to rebuild the stadium by 2030.",
    "On Monday, the mayor vowed to rebuild the stadium.",
)


@pytest.mark.parametrize("sentence", PAST_PLEDGES)
def test_a_pledge_under_a_fronted_past_month_is_not_a_step(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence


@pytest.mark.parametrize("sentence", PLEDGES_AHEAD)
def test_a_dated_or_this_weeks_pledge_stays_a_step(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


# Working "to make sure", "to ensure", "to keep" a state is an effort to hold things as they are,
# like "committed to protecting"; working with others "to decide" or "to establish" something is
# a step. An attempt told in the past progressive with "recently" or "previously" is past.
EFFORTS_TO_KEEP_AND_PAST_ATTEMPTS = (
    "The ministry is working to make sure the water supply stays safe.",
    "Officials are working with local councils to ensure that the polls are protected.",
    "The agency says it is working to keep prices stable.",
    "The suspect was recently seeking to buy a rifle online.",
    "The firm was previously planning to list its shares in London.",
)
EFFORTS_TOWARD_A_DECISION = (
    "Engineers are working with the operator to decide whether the bridge must close.",
    "Police are working with partner forces to establish where the weapons came from.",
    "The firm is seeking to list its shares in London next year.",
    "The suspect is seeking to have the charges dropped.",
)


@pytest.mark.parametrize("sentence", EFFORTS_TO_KEEP_AND_PAST_ATTEMPTS)
def test_efforts_to_keep_a_state_and_past_attempts_are_not_steps(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence


@pytest.mark.parametrize("sentence", EFFORTS_TOWARD_A_DECISION)
def test_efforts_toward_a_decision_stay_steps(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


# An editor's bracketed insertion ("they [the players]") is part of the hoped-for subject: a hope
# about what others will do is no step.
HOPES_WITH_INSERTIONS = (
    'The coach told reporters: "I hope that they [the players] are going to learn from this defeat."',
    'The minister said: "We hope that they [the rebels] will lay down their arms."',
    'The principal said: "I hope that [the parents] are going to back the new timetable."',
)
OWN_HOPES_DATED = ("The club hopes to sign two players in January.",)


@pytest.mark.parametrize("sentence", HOPES_WITH_INSERTIONS)
def test_a_hope_about_others_with_a_bracketed_insertion_is_not_a_step(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence


@pytest.mark.parametrize("sentence", OWN_HOPES_DATED)
def test_an_own_dated_hope_stays_a_step(sentence: str) -> None:
    assert next_steps_in(sentence), sentence
