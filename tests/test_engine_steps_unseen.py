"""Next steps on news nobody tuned for: invented sentences of varied constructions (scheduled
events, hearings, votes, deadlines, appeals for help) and lines that are not steps (background,
forecasts and verdicts, plans overtaken)."""

from __future__ import annotations

import pytest
from step_probe_support import next_steps_in

NEXT_STEPS = (
    "The trial is due to begin in March at the high court in the capital.",
    "A verdict is expected next week, the judge told the jury.",
    "The city council will vote on the proposal on Thursday.",
    "Lawmakers are set to debate the bill later this month.",
    "The minister plans to visit the flood-hit region on Monday.",
    "An inquest into the deaths will be opened in the coming weeks.",
    "The company said it intends to appeal against the decision.",
    "A memorial service for the victims will be held at the cathedral on Saturday.",
    "He is scheduled to appear in court on 4 June.",
    "The findings of the review are to be published in the autumn.",
    "Both sides agreed to meet again after the holidays.",
    "The suspect was remanded in custody and will appear before magistrates next week.",
    "The board will decide next month whether to extend the programme.",
    "Negotiators are expected to return to the table on Wednesday.",
    "Parliament is to reconvene on 12 January after the recess.",
    "The airline said it would compensate passengers whose flights were cancelled.",
    "The mayor has promised a full review of the flood defences.",
    # a deadline set, a duty within a span, the next stage of a procedure, a search resumed, an appeal
    "The regulator has given the firm until Friday to respond.",
    "Under the constitution, new elections must be held within 90 days.",
    "The bill now goes to the Senate, where its fate is uncertain.",
    "Rescuers will resume the search for the missing climbers at first light.",
    "Police have appealed for witnesses to come forward.",
    # a second batch, written before the engine was run on it
    "The two leaders will meet in Geneva next month.",
    "Voters go to the polls on Sunday.",
    "The inquiry will report its findings by the end of the year.",
    "The company said it would cut 2,000 jobs over the next two years.",
    "Sentencing is set for 14 October.",
    "The ban takes effect on 1 January.",
    "Talks are scheduled to resume on Tuesday in Nairobi.",
    "A decision on the licence is expected within weeks.",
    "The prime minister is due to address the nation tonight.",
    "The government has pledged to rebuild the damaged schools before the new term.",
    "The defendants will be sentenced next month.",
    "The central bank's next rate decision is due on Thursday.",
    "The club hopes to complete the signing before the transfer window closes.",
    "Engineers will inspect the dam later this week.",
    "Investigators are expected to publish a preliminary report within 30 days.",
    "The hearing was adjourned until 3 May.",
    "Officials said the border crossing would reopen on Wednesday.",
    # an official act in progress, an effort with a time ahead, events a weak cue may point to
    "Divers are carrying out checks on the hull of the stricken ferry.",
    "Also investigating is the state fire marshal, which is attempting to establish how the blaze spread.",
    "The scheme is part of the council's effort to clear the housing waiting list by the end of the year.",
    "The completed forms must be returned within ten working days.",
    "Foreign Minister Ana Costa mentioned a possible arbitration at the regional trade court.",
    "Opposition leader Tom Reyes raised the prospect of a referendum on the treaty.",
    # a third batch: court dates, examinations, hearings set
    "The man is due to appear before magistrates on Monday.",
    "He is expected to be charged later today.",
    "A post-mortem examination will be carried out.",
    "The family intends to sue the hospital.",
    "An appeal hearing has been set for next spring.",
    "Results are expected by the end of the week.",
    "The agency plans to publish its report in the summer.",
    "Rescue teams were set to resume their work at dawn on Saturday.",
    "The law comes into force in April.",
    # a fourth batch (10 of 20 found before): events named ahead, penalties in prospect, work
    # going on, acts to be carried out, choices weighed, orders to act
    "The next round of talks is scheduled for Geneva.",
    "The next hearing in the case is in March.",
    "Campaigning for the upcoming election has been dominated by the economy.",
    "In the run-up to the vote, both parties have stepped up their campaigns.",
    "Former mayor John Keel could face up to 10 years in prison if convicted.",
    "Former mayor John Keel faces up to 20 years in jail.",
    "No date has been set for the trial.",
    "An investigation into the cause of the crash is continuing.",
    "Police said their inquiries were continuing.",
    "The findings will be presented to parliament.",
    "A second vote is planned for next week.",
    "The company has until the end of the month to file its response.",
    "Officials are considering whether to extend the curfew.",
    "The ministry is reviewing the contract.",
    "The government announced that fuel subsidies would be phased out over three years.",
    "Both leaders are due in Brussels for the summit on Thursday.",
    "The runway is expected to reopen in the coming days.",
    "He has been ordered to appear in court next month.",
    "The team travels to Madrid for the second leg next Wednesday.",
    # a fifth batch: headline-like leads, passive voice, reported speech (9 of 12 found before)
    "The minister is to unveil the budget on Wednesday.",
    "Ministers to meet on Friday to discuss fuel prices.",
    "A ruling on the case is due next month.",
    "The vote is expected to be close, analysts said.",
    "The plans will be put to a public consultation in the spring.",
    "Talks will resume after the holiday, both sides confirmed.",
    "The measures are to be reviewed in six months.",
    "The suspect is being held in custody and will be questioned on Monday.",
    "Officials said they hoped to reopen the airport within days.",
    "The coastguard said the search would resume at daybreak on Tuesday.",
    "The treaty must still be ratified by all 27 member states.",
    "Police have been given until Friday to question the suspect.",
)

NOT_NEXT_STEPS = (
    "The bridge was completed in 1932 and carries 40,000 vehicles a day.",
    "Economists say inflation will probably remain high for some time.",
    "The season will go down as one of the wettest on record.",
    "It would be hard to overstate the damage, the mayor said.",
    "The match was scheduled for Saturday and ended in a draw.",
    "He promised in 2016 that he would cut taxes, and he did so a year later.",
    # a plan in the past perfect was overtaken; "will be" + an adjective is an undated state
    "The company had planned to open the plant in 2019, but the project was cancelled.",
    "The village, which will be familiar to fans of the series, lies at the foot of the mountain.",
    # a second batch: forecasts, expectations overtaken, receptions, past pledges, stances
    "Analysts expect prices to keep rising.",
    "The storm was expected to make landfall on Tuesday, but it turned north.",
    "The decision will be welcomed by many residents.",
    "In 2010 the government promised to build a new airport, which opened in 2015.",
    "He would later become the country's first elected president.",
    "The company said profits would fall for the third year in a row.",
    "The protesters said they would never give up.",
    # a surprise told, a generic "you" in single quotes, a stance, a day told as past, effects foreseen
    "Scientists are finding the parasite in rivers in ways they did not expect.",
    "'You cannot close the depot and expect the same service.'",
    'A spokesman said the country "will always defend its fishermen".',
    "Lawmakers argued in parliament on Monday over government plans to raise the fuel duty.",
    "Retailers said the new levy would discourage investment in the high street.",
    "A researcher who was not involved in the study said the results would help nurses spot the illness earlier.",
    "Critics said the plan would never work.",
    "The court heard that he would often drive to the coast at night.",
    "On Friday the shares lost nearly six percent to close at $73.57.",
    "Many had hoped he would win, but he lost by a wide margin.",
    "The report said that drivers would often ignore the signs.",
    "The new stadium will be one of the largest in Europe.",
)


@pytest.mark.parametrize("sentence", NEXT_STEPS)
def test_a_scheduled_planned_or_requested_act_is_a_next_step(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_NEXT_STEPS)
def test_background_forecasts_verdicts_and_overtaken_plans_are_not_steps(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence


def test_a_deadline_given_keeps_its_day() -> None:
    (step,) = next_steps_in("The regulator has given the firm until Friday to respond.")
    assert step.when and "Friday" in step.when


def test_the_end_of_the_year_and_within_weeks_are_times_ahead_but_within_hours_of_is_not() -> None:
    (step,) = next_steps_in("The inquiry will report its findings by the end of the year.")
    assert step.when == "by the end of the year"
    (step,) = next_steps_in("A decision on the licence is expected within weeks.")
    assert step.when == "within weeks"
    assert next_steps_in("The officers were allowed to go home within hours of the allegation.") == ()


def test_a_negative_expectation_about_the_future_is_still_a_step() -> None:
    assert next_steps_in("The minister said he did not expect a wider strike.")


def test_a_club_named_united_is_no_past_verb_before_the_fixture_date() -> None:
    (step,) = next_steps_in("They open the new season away at Northfield United on Aug. 9.")
    assert step.when == "Aug. 9"
