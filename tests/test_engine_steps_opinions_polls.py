"""Next steps on mainstream news (pool4, issue 13 round 11): a belief about what others will do
and a poll's finding are not steps; the same frames with a time of their own, or a planned
event as the subject, still are. Invented sentences, written before the rules."""

from __future__ import annotations

import pytest
from step_probe_support import next_steps_in

NOT_STEPS = (
    # a belief or judgement framing the cue, no time named
    "The finance minister said she was confident the central bank would hold its nerve.",
    "Mr Okafor told the radio station he was sure the coalition would not collapse.",
    "Critics argue that the new levy will drive small shops out of business.",
    "The union's leader doubts the company will honour its promises.",
    "It is likely that the court will side with the landlords.",
    "The senator had suggested that the treasury would miss its borrowing target.",
    # a poll's finding
    "Sixty percent of voters say they would back a ban on the sale of fireworks.",
    "Two-thirds of respondents doubt the council will fix the potholes.",
    "Among renters, 45% said they would move if rents rose again.",
    "A majority of parents say schools should stay open through the summer.",
)

STEPS = (
    "The finance minister said she was confident the bill would pass the Senate on Tuesday.",
    "The company said it would close the plant next year.",
    "Officials believe the bridge will reopen on Friday.",
    "The prime minister said he will travel to Brussels next week for talks.",
    "The union said its members would vote on the offer next month.",
    "Shareholders will vote on the deal on 14 May.",
    "The chairman is confident the merger agreement will be approved by regulators.",
    "Half of the staff will move to the new office in March.",
)


@pytest.mark.parametrize("text", NOT_STEPS)
def test_opinions_and_poll_findings_are_not_steps(text: str) -> None:
    assert next_steps_in(text) == (), [s.text for s in next_steps_in(text)]


@pytest.mark.parametrize("text", STEPS)
def test_dated_or_planned_events_in_the_same_frames_stay_steps(text: str) -> None:
    assert next_steps_in(text), text


PAST_NARRATION = (
    "In March, the ministry said it would review the licensing rules.",
    "Last year, the company announced that it would move its headquarters to Denver.",
    "On June 4, the regulator said the two banks could merge.",
    "Two years ago, the mayor promised residents the pool would be rebuilt.",
    "In 2019, the festival's organisers said they would look for a bigger site.",
)

STEPS_AFTER_A_FRONTED_TIME = (
    "In March, the ministry said the new rules would take effect in June.",
    "Last week, the mayor said the road would reopen on Monday.",
    "In April, the council will vote on the plan.",
    "On Tuesday, the minister said she would resign.",
    "Last week, the company said it would cut 300 jobs by the end of the year.",
)


@pytest.mark.parametrize("text", PAST_NARRATION)
def test_the_future_of_a_narrated_past_moment_is_not_a_step(text: str) -> None:
    assert next_steps_in(text) == (), [s.text for s in next_steps_in(text)]


@pytest.mark.parametrize("text", STEPS_AFTER_A_FRONTED_TIME)
def test_a_time_ahead_a_weekday_or_a_modal_of_its_own_keeps_the_step(text: str) -> None:
    assert next_steps_in(text), text


ASSESSMENTS = (
    "Consumer groups said the new rule would not solve the problem of hidden fees.",
    "Two professors said the acquisition would include the firm's debts.",
    "Opponents said the policy would violate the freedom of the press.",
    "A retired judge told the BBC that the decision would undermine trust in the courts.",
)

WHAT_IS_DONE_TO_A_PLAN = (
    "The ministry said the ban would be lifted once the outbreak is over.",
    "The spokesman said the new law would take effect in stages.",
    "Officials said the bill would give police new powers to seize phones.",
    "She said the scheme would now be extended to rural areas.",
)


@pytest.mark.parametrize("text", ASSESSMENTS)
def test_what_someone_judges_a_plan_or_act_will_do_is_not_a_step(text: str) -> None:
    assert next_steps_in(text) == (), [s.text for s in next_steps_in(text)]


@pytest.mark.parametrize("text", WHAT_IS_DONE_TO_A_PLAN)
def test_a_plan_acted_on_started_or_providing_its_terms_stays_a_step(text: str) -> None:
    assert next_steps_in(text), text


PAST_PLEDGES_AND_PLANS = (
    "The pledged shares are now held by a trustee in Zurich.",
    "Several armed groups in the region have pledged to the movement and its leader.",
    "It was a war the general didn't plan to fight.",
    "The couple had never planned to stay in the city.",
)

PLEDGES_AND_PLANS_AHEAD = (
    "The company pledged to repay the loan by March.",
    "The minister promised to the victims' families that an inquiry would report next month.",
    "The charity has pledged £2m to the relief effort.",
    "The mayor does not plan to seek a third term.",
    "The government plans to sell its stake next year.",
)


@pytest.mark.parametrize("text", PAST_PLEDGES_AND_PLANS)
def test_a_thing_named_by_a_pledge_allegiance_and_a_plan_denied_are_not_steps(text: str) -> None:
    assert next_steps_in(text) == (), [s.text for s in next_steps_in(text)]


@pytest.mark.parametrize("text", PLEDGES_AND_PLANS_AHEAD)
def test_pledges_and_plans_of_acts_ahead_stay_steps(text: str) -> None:
    assert next_steps_in(text), text


QUOTED_STANCES = (
    'Prime Minister Anna Lind spoke after the summit. "We will act with our allies in our national'
    ' interest," Lind said.',
    'Mayor Tom Reyes was defiant. "We will continue to oppose any attempt to close the hospital,"'
    " Reyes said.",
    'President Maria Ochoa addressed the rally. "We will defend our borders," Ochoa told the crowd.',
)

QUOTED_STANCES_AT_AN_EVENT = (
    'Senator Joan Pike was angry. "We will oppose the bill in the Senate," Pike said.',
    'Union leader Dan Hale spoke to members. "We will support the deal," Hale said.',
    'Mayor Tom Reyes was defiant. "We will appeal the ruling on Monday," Reyes said.',
    "Mayor Tom Reyes said the council will oppose the plan at the planning inquiry.",
)


@pytest.mark.parametrize("text", QUOTED_STANCES)
def test_a_stance_restated_in_a_quotation_is_not_a_step(text: str) -> None:
    assert next_steps_in(text) == (), [s.text for s in next_steps_in(text)]


@pytest.mark.parametrize("text", QUOTED_STANCES_AT_AN_EVENT)
def test_a_stance_taken_at_a_planned_event_or_reported_stays_a_step(text: str) -> None:
    assert next_steps_in(text), text


PRIVATE_EXCHANGES = (
    'Police said Carl Dorsey phoned the shop owner. "I\'m going to burn this place down," Dorsey told'
    " the woman.",
    "Investigators said Tom Vance had threatened his former partner. Vance told her he would burn"
    " down the house.",
    "The suspect told the victim he would come back with a gun, prosecutors said.",
)

TOLD_WITH_A_TIME_OR_TO_THE_PRESS = (
    "Minister Ana Costa told reporters she would visit the flooded towns on Friday.",
    "The coach told them they would travel to Madrid on Sunday.",
    "Senator Ruth Baird told the committee she will introduce a bill next month.",
    "Judge Mary Lane told him he would be sentenced on 3 June.",
)


@pytest.mark.parametrize("text", PRIVATE_EXCHANGES)
def test_what_one_person_of_the_story_told_another_is_not_a_step(text: str) -> None:
    assert next_steps_in(text) == (), [s.text for s in next_steps_in(text)]


@pytest.mark.parametrize("text", TOLD_WITH_A_TIME_OR_TO_THE_PRESS)
def test_told_with_a_time_or_to_the_press_stays_a_step(text: str) -> None:
    assert next_steps_in(text), text


MONEY_PROJECTIONS = (
    "The tax plan is expected to add $2 trillion to the deficit over a decade.",
    "Critics of the scheme said the new stadium would cost taxpayers about $900 million.",
    "The programme is likely to cost £3bn a year.",
)

ACTS_WITH_FIGURES = (
    "Finance Minister Ruth Kane is expected to raise taxes in the budget on 26 November.",
    "The company is expected to cut 2,000 jobs next year.",
    "The bank will add $5 billion to its buyback programme next month.",
)


@pytest.mark.parametrize("text", MONEY_PROJECTIONS)
def test_an_undated_projection_of_money_is_not_a_step(text: str) -> None:
    assert next_steps_in(text) == (), [s.text for s in next_steps_in(text)]


@pytest.mark.parametrize("text", ACTS_WITH_FIGURES)
def test_an_act_with_a_figure_or_a_dated_sum_stays_a_step(text: str) -> None:
    assert next_steps_in(text), text


PAST_PREPARATIONS = (
    "Mayor Lena Ortiz said the town planned for the worst and was spared.",
    "Organisers planned for a crowd of 5,000, but only 900 came.",
)

EVENTS_PLANNED_FOR_A_TIME = (
    "A vote is planned for the end of the month.",
    "Mayor Lena Ortiz said a second meeting was planned for the spring.",
    "The strike planned for Monday will go ahead.",
)


@pytest.mark.parametrize("text", PAST_PREPARATIONS)
def test_a_past_preparation_is_not_a_step(text: str) -> None:
    assert next_steps_in(text) == (), [s.text for s in next_steps_in(text)]


@pytest.mark.parametrize("text", EVENTS_PLANNED_FOR_A_TIME)
def test_an_event_planned_for_a_time_stays_a_step(text: str) -> None:
    assert next_steps_in(text), text


BELIEFS_OF_NO_ONE_NAMED = (
    "Many believe that the prime minister will lose a confidence vote in parliament.",
    "Some analysts think the coalition will collapse before the budget.",
)

BELIEFS_WITH_A_TIME_OR_A_PLANNED_EVENT = (
    "Many believe the prime minister will call an election in May.",
    "Officials expect the minister to visit the region on Friday.",
    "Chief executive Ana Ruiz believes the merger will be approved by regulators.",
)


@pytest.mark.parametrize("text", BELIEFS_OF_NO_ONE_NAMED)
def test_an_undated_belief_of_no_one_named_is_not_a_step(text: str) -> None:
    assert next_steps_in(text) == (), [s.text for s in next_steps_in(text)]


@pytest.mark.parametrize("text", BELIEFS_WITH_A_TIME_OR_A_PLANNED_EVENT)
def test_a_belief_with_a_time_or_a_named_believer_stays_a_step(text: str) -> None:
    assert next_steps_in(text), text


THINGS_WISHED_FOR = (
    "Senator Mia Lund said the next governor must be able to lay out a housing plan that will end"
    " the shortage.",
    "Residents of the estate said they wanted a budget which would protect the poorest families.",
)

THINGS_SET_UP_OR_DATED = (
    "The council approved a plan that will close the road on Monday.",
    "Ministers set up a commission that will report by the end of the year.",
    "The ministry said the plan will be published next week.",
    "Mayor Tom Reyes announced a review that will look at every bus route.",
)


@pytest.mark.parametrize("text", THINGS_WISHED_FOR)
def test_what_a_thing_wished_for_would_do_is_not_a_step(text: str) -> None:
    assert next_steps_in(text) == (), [s.text for s in next_steps_in(text)]


@pytest.mark.parametrize("text", THINGS_SET_UP_OR_DATED)
def test_a_planned_event_or_a_dated_act_in_a_relative_clause_stays_a_step(text: str) -> None:
    assert next_steps_in(text), text


def test_what_a_thing_will_be_the_largest_of_is_not_a_step() -> None:
    text = (
        "Chancellor Paul Berg praised the scheme. The scheme will be the largest of its kind and give"
        " Chancellor Paul Berg a boost with voters."
    )
    assert next_steps_in(text) == (), [s.text for s in next_steps_in(text)]


@pytest.mark.parametrize(
    "text",
    (
        "Ana Costa would be the first woman to lead the party if she wins the vote next month.",
        "The deal would be the first step in a plan to sell the unit by 2027.",
    ),
)
def test_a_superlative_with_a_time_ahead_stays_a_step(text: str) -> None:
    assert next_steps_in(text), text
