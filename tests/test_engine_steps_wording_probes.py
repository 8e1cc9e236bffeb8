"""Next steps on invented news, round 8: how news says what comes next without a future verb
(schedules stated in the present, "due", "set for", "now goes to", nominalised events, passives,
real conditional plans), and the look-alikes that are not steps (the same wording told as past,
causal "due to", forecasts of a figure or a reception, hypotheticals, quoted hopes, history).
Written before the engine was run on them; the first-pass rate is in bench/README.md
("Round 8: next steps")."""

from __future__ import annotations

import pytest
from step_probe_support import assert_story_steps, next_steps_in

NEXT_STEPS = (
    # wire: schedules with no future verb
    "The final vote on the package is on Thursday, party whips said.",
    "A preliminary hearing has been set for March 3 in federal court in Miami.",
    "Garza is due in court next month to enter a plea.",
    pytest.param(
        "Polls open at 7 a.m. and close at 8 p.m.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="gap: a clock time alone is no time ahead (a habit reads the same: shops open at 9 a.m.)",
        ),
    ),
    "The funeral is planned for Friday at St Mary's Church.",
    "Sentencing is scheduled for Jan. 22.",
    "The measure now heads to the House, where Republicans hold a narrow majority.",
    "Talks resume in Vienna on Monday.",
    "The next round of negotiations takes place in Doha in early March.",
    "Further strikes are planned for next month.",
    "A vigil is planned for Sunday evening outside the school.",
    # UK broadsheet: consultations, inquests, burials, passives
    "The consultation closes on 30 September.",
    "An inquest into her death is expected to be opened and adjourned at Truro Coroner's Court on Wednesday.",
    "The singer is to be buried in her home village on Tuesday.",
    "The former chairman is to stand trial alongside two ex-directors.",
    "Judgment was reserved and will be handed down at a later date.",
    "He was bailed to appear at Manchester Crown Court on 2 February.",
    "The evacuation order stays in place until Sunday.",
    # business
    "The audit report is expected by year-end.",
    "The deal is expected to close in the second quarter, subject to regulatory approval.",
    "The merger remains subject to approval by competition authorities in Brussels.",
    "Shareholders vote on the proposal at the annual meeting on May 12.",
    "Third-quarter results are due after the market closes on Tuesday.",
    "Tenders for the contract will be invited later this year.",
    # parliament and elections
    "The budget still has to be approved by the upper house.",
    "The bill receives its second reading on Tuesday.",
    "Royal assent is expected before Christmas.",
    "Nominations close at noon on 12 April.",
    "The by-election has been called for 4 May.",
    "Elections are due by January 2028 at the latest.",
    "The Senate is expected to take up the bill after the recess.",
    "The proposal has yet to be approved by the cabinet.",
    "EU foreign ministers take up the issue when they meet in Luxembourg on Monday.",
    # sport
    "Kick-off at Anfield is at 8pm on Tuesday.",
    "The second Test starts in Brisbane on Thursday.",
    "The match has been postponed to next Saturday.",
    # science, space, health
    "The launch window opens on 14 July and runs for three weeks.",
    "Liftoff is targeted for 9:32 a.m. on Saturday.",
    "The probe's closest approach to the comet comes in November.",
    "The full data set is expected to be released early next year.",
    "The first doses are expected to be administered in January.",
    "Human trials are slated to start in 2028.",
    "Patients will be contacted directly about rescheduled appointments.",
    # nominalised work ahead, decisions due, things postponed to a date
    "Work on the new terminal starts in the autumn.",
    "Construction of the bridge is due to finish in 2029.",
    "A decision on the planning application is due in the new year.",
    "Publication of the report has been delayed until after the election.",
    "The ministry is expected to announce the new tariffs within days.",
    # conditionals that are real plans
    "If no agreement is reached by Friday, the union will stage a 48-hour walkout.",
    "Unless a buyer is found by the end of the month, the plant will close.",
)

NOT_NEXT_STEPS = (
    # the same schedules told as past
    "The vote was on Thursday, and the measure passed 52-48.",
    "Polls opened at 7 a.m. and closed at 8 p.m.",
    "The funeral, held on Friday, drew hundreds of mourners.",
    "The consultation closed in June and drew 4,000 responses.",
    "An inquest in 2018 recorded a verdict of accidental death.",
    "The film was released in 1994 to mixed reviews.",
    "He stood trial in 2015 and was acquitted.",
    "The previous round of talks ended without agreement.",
    "Voters went to the polls on Sunday in a tense election.",
    "Kick-off was delayed by 20 minutes because of crowd trouble.",
    "Sunday's election was the closest in decades.",
    "The hearing lasted three hours.",
    # history and overtaken schedules
    "The cathedral was due to be consecrated in 1914, but war intervened.",
    "The club was founded in 1878 and moved to its current ground in 1910.",
    "The court heard the defendant was due to marry the following week.",
    "The prime minister would go on to win three elections.",
    # "due" as a cause or a debt
    "The delay was due to a technical fault.",
    "Much of the damage was due to poor maintenance, the report found.",
    "Officials are due credit for the swift response, the mayor said.",
    # forecasts of a figure, an effect or a reception
    "Unemployment is expected to peak at 6 percent next year, the forecaster said.",
    "The decision will be seen as a major victory for campaigners.",
    "The takeover will make the group the world's largest brewer.",
    "The dispute is expected to dominate the summit.",
    "The drug is thought to be twice as effective as existing treatments.",
    # hypotheticals
    "A disorderly exit would cost the economy billions, the Treasury estimated.",
    "If elected, she would be the first woman to lead the party.",
    # quoted hopes and dreams that are no plan
    '"I hope one day to walk again," she said.',
    '"We dream of playing at Wembley," said the captain.',
    # a launch or a vote named with no time and no act ahead
    "The launch is a milestone for the space programme.",
    "Tuesday's vote was the first test of the new coalition.",
)


@pytest.mark.parametrize("sentence", NEXT_STEPS)
def test_schedules_without_a_future_verb_passives_and_real_conditions_are_steps(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_NEXT_STEPS)
def test_past_schedules_causal_due_forecasts_hypotheticals_and_hopes_are_not_steps(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence


# Short articles in three outlets' manner: the steps a reader lists, and lines that must not be.
STORIES = {
    "commons": (
        """The government's planning bill cleared its second reading in the Commons on Tuesday by 312 votes to 259, despite a rebellion by 14 backbench MPs.

The bill now goes to committee stage, where ministers expect amendments on green belt protections. Report stage is pencilled in for early February.

Housing Secretary Priya Lal said the reforms would "unlock a generation of homebuilding". Opposition MPs said the bill would be a charter for developers.

A separate consultation on planning fees closes on 15 January. Peers are expected to scrutinise the bill closely when it reaches the Lords in the spring.

The last major overhaul of the planning system was in 1990.""",
        (("committee",), ("Report stage",), ("consultation",), ("Lords",)),
        ("charter", "1990", "generation of homebuilding"),
    ),
    "launch": (
        """The Orion-2 weather satellite is now scheduled to launch on 21 March from the Kestrel Space Centre, the national space agency said on Monday, after a faulty valve forced a two-week delay.

Engineers replaced the valve over the weekend. A final review of the rocket's readiness is due on 18 March.

The satellite, built at a cost of 400 million dollars, is expected to improve storm forecasts across the region. Its predecessor, launched in 2009, stopped working last year.

If the weather is unfavourable, the launch will move to a backup window on 23 March.""",
        (("launch", "21 March"), ("review",), ("backup",)),
        ("2009", "improve storm forecasts", "replaced the valve"),
    ),
    "health": (
        """Hospitals in the north-east are to postpone non-urgent operations for two weeks as winter flu cases rise, health officials said on Thursday.

Patients whose operations are cancelled will be contacted by letter. A review of bed capacity is expected by the end of the month.

Nurses' leaders said the decision was due to years of underfunding. Flu admissions were 40 percent higher than at the same time last year.

The regional health board meets on Monday to decide whether to extend the measures.""",
        (("operations",), ("letter",), ("review",), ("board", "Monday")),
        ("underfunding", "40 percent"),
    ),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_an_article_gives_the_steps_a_reader_lists_and_not_its_history_or_verdicts(name: str) -> None:
    assert_story_steps(*STORIES[name])


# A second blind batch (written after the first batch's fixes, before the engine was run on it):
# "pending" as a preposition, "heads to", "next up", "in force from", "faces a vote", announcements
# due "shortly", details to follow; and framings ("comes amid"), "is on a knife-edge", approvals
# that are no approval ("subject to criticism"), forecasts of a figure, plans overtaken.
NEXT_STEPS_2 = (
    "A second round of voting follows on 14 May.",
    "The runoff, if needed, would be held on 2 June.",
    "Parliament goes into recess on Friday.",
    "The inquiry will hear from witnesses over the next six weeks.",
    "The results are likely to be known by Wednesday.",
    "The council tax rise, if approved, would take effect in April.",
    "MPs are to be given a free vote on the issue.",
    "Next up for the team is a trip to Lyon on Sunday.",
    "The aircraft is grounded pending an investigation.",
    "The suspect remains in custody pending extradition proceedings.",
    "A full statement is expected later today.",
    "Details of the package will follow in the coming weeks.",
    "The EU is poised to impose tariffs on Chinese steel.",
    "The prime minister faces a confidence vote on Monday.",
    "The court will rule on the injunction at a later date.",
    "The driver was charged and bailed until next month.",
    "Nasa has set a launch date of 12 October for the mission.",
    "The ceasefire expires at midnight on Sunday.",
    "The government will now consider its response.",
    "The report goes before the full council on 9 July.",
    "Lawmakers reconvene in January.",
    "Her nomination heads to the full Senate for a confirmation vote.",
    "The festival returns next summer.",
    "Doctors will decide in the coming days whether to operate again.",
    "Talks are set to continue into the weekend.",
    "A yellow warning for snow is in force from 6 p.m. on Tuesday.",
    "Officers are expected to make further arrests.",
    "The minister faces questions from MPs on Wednesday.",
    "The drug could be approved for use in Europe by the end of the year.",
    "An announcement is expected shortly.",
    "The authority said it would write to all affected customers.",
    "Fans will be able to buy tickets from 9am on Friday.",
    "Trading in the shares has been suspended until further notice.",
    "Relatives of the victims are to meet the prime minister.",
    "Kenya heads to the polls in August.",
    "The Lords will have their say when the bill returns in the new year.",
)

NOT_NEXT_STEPS_2 = (
    "The decision comes amid growing pressure on the government.",
    "The announcement comes a week after the company posted record losses.",
    "Her remarks come at a time of rising tension in the region.",
    "The ceasefire, which expired at midnight, was not renewed.",
    "The trial, which was due to start on Monday, collapsed after a juror fell ill.",
    "The bill was subject to fierce debate in the Commons.",
    "The plan remains subject to fierce criticism from environmental groups.",
    "The bill has yet to win the support of the Greens.",
    "The cause of the fire has yet to be established.",
    "The results, released on Friday, showed a sharp rise in poverty.",
    "The summit is expected to be overshadowed by the war.",
    "House prices are forecast to fall by 5 percent this year.",
    "Growth is expected to slow to 1.2 percent in 2025.",
    "The club is set for its best season in a decade.",
    "The meeting is in its third day.",
    "The vote is on a knife-edge, analysts said.",
    "The hearing is at the heart of the dispute.",
    "Closing arguments were on Tuesday.",
    '"We would love to host the Olympics one day," the mayor said.',
    '"I want to play until I am 40," said the goalkeeper.',
    "He was due in court last week but failed to appear.",
    "The merger, approved by regulators in March, created the country's largest bank.",
    "Voting closed at 10pm and counting began immediately.",
    "Tickets went on sale on Friday and sold out within an hour.",
    "The prime minister, who faced a confidence vote last year, survived by 12 votes.",
    "In 2019 the council voted to close the library.",
)


@pytest.mark.parametrize("sentence", NEXT_STEPS_2)
def test_pending_acts_next_stages_and_notices_ahead_are_steps(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_NEXT_STEPS_2)
def test_framings_non_approvals_figure_forecasts_and_past_schedules_are_not_steps(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence


STORIES_2 = {
    "court": (
        """A former nursery worker appeared at Leeds Crown Court on Monday charged with 14 counts of child cruelty.

Anna Price, 34, spoke only to confirm her name. She was remanded in custody until a plea hearing on 3 March, and a provisional trial date has been set for September.

The nursery, which closed in 2021, was rated outstanding by inspectors in 2018. Parents said the case had left them shattered.

West Yorkshire Police said inquiries were continuing and urged anyone with information to contact them.""",
        (("plea hearing",), ("trial", "September"), ("information",)),
        ("2018", "shattered", "14 counts"),
    ),
    "election": (
        """Voters in Kestria go to the polls on Sunday in a presidential election seen as a referendum on the government's handling of the economy.

Polls open at 8 a.m. and results are expected on Monday. If no candidate wins more than half the vote, a run-off between the top two will be held on 30 April.

The incumbent, Lena Daric, won the last election in 2019 with 61 percent. Inflation has since reached 40 percent, and critics say a second term would be a disaster for the currency.

International observers from the OSCE are due to publish their preliminary findings a day after the vote.""",
        (("results", "Monday"), ("run-off",), ("observers",)),
        ("2019", "disaster", "40 percent"),
    ),
}


@pytest.mark.parametrize("name", sorted(STORIES_2))
def test_a_court_or_election_report_gives_its_dates_ahead_and_not_its_past(name: str) -> None:
    assert_story_steps(*STORIES_2[name])


# A third blind batch (written before the engine was run on it), in Wikinews' and American wire
# manner: plans told in past-tense reports, a weekday or "Dec. 14" with no "on", progressive
# plans ("was sending a team"), "plan on", "slated for a release", an election "called for".
NEXT_STEPS_3 = (
    "Officials stated the road would remain closed for several days.",
    "The suspects are scheduled to be arraigned Tuesday.",
    "The results will be certified Dec. 14.",
    "The inquiry's report is expected in early 2027.",
    "A spokesperson stated that the airline would be reviewing its procedures.",
    "The organization said they plan on appealing the ruling.",
    "Voting is to take place over two days.",
    "The UN said it was sending a team to assess the damage.",
    "Parliament will reconvene Monday to debate the motion.",
    "The aid package must still clear the House.",
    "The quarterfinals, to be played next weekend, will be broadcast live.",
    "The film is slated for a 2027 release.",
    pytest.param(
        "An autopsy is planned.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="gap: a line under six words with no who or when is dropped as too thin; keeping "
            "those that name an event also kept a fixture's false 'Meta said it would appeal.'",
        ),
    ),
    "The body has been sent for a post-mortem examination.",
    "The game is the first of a three-match series, with the remaining games on Thursday and Saturday.",
    "The winner advances to face Spain in the final.",
    "The government has called a snap election for October.",
    "Residents have been told to expect power cuts through the weekend.",
    "Evacuees will be allowed to return home once the fire is contained.",
    "He is expected to testify Thursday before the committee.",
)

NOT_NEXT_STEPS_3 = (
    "The ship, which was to dock in Lisbon, was diverted to Porto.",
    "The company had said in January that it would hire 500 workers.",
    "He was sentenced Tuesday to five years in prison.",
    "The suspects were arraigned Monday.",
    "It was not immediately clear when the road would reopen.",
    "Officials said the death toll would likely have been higher without the warning system.",
    "Wikinews was unable to confirm whether the concert would go ahead.",
    "The report predicted that sea levels would rise by a metre by 2100.",
    "The new line was expected to cost $2 billion.",
    pytest.param(
        "The minister said the government would not be intimidated.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="gap: a stated resolve reads as a commitment; the Wikinews gold counts one "
            "('will not be deterred'), so it is not marked down",
        ),
    ),
)


@pytest.mark.parametrize("sentence", NEXT_STEPS_3)
def test_plans_in_past_tense_reports_and_bare_weekdays_are_steps(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_NEXT_STEPS_3)
def test_past_acts_with_bare_weekdays_unknowns_and_projections_are_not_steps(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence


# A fourth blind batch (written before the engine was run on it), on precision in Wikinews'
# manner: what a thing will be (its capacity, worth, size), effects claimed, projections and
# counterfactuals told in past-tense reports; beside plans told the same way.
NOT_NEXT_STEPS_4 = (
    "Analysts said the merger would create the largest airline in Asia.",
    "Police said the man would have faced charges had he survived.",
    "The spokesman said it would be inappropriate to comment further.",
    "According to the report, a third of species could disappear by 2050.",
    "Scientists said the find will help researchers understand how birds evolved.",
    "Officials said the new bridge will carry 50,000 vehicles a day.",
    "The stadium will seat 60,000 spectators.",
    "The telescope will be able to see galaxies 13 billion light years away.",
    "The new trains will be faster and quieter than the old fleet.",
    "The museum said the painting would be worth at least $10 million.",
    "Voters who turned out said they would have preferred a different candidate.",
    "The plane, which can carry 300 passengers, will be the largest in the fleet.",
)
NEXT_STEPS_4 = (
    "The company stated the plant would close in March.",
    "Officials said a decision would be made next week.",
    "She is to be replaced by her deputy until a new leader is elected.",
    "The researchers said they intend to publish their full results later this year.",
    "He said he would step down once a successor had been chosen.",
    "The band announced a reunion tour, to begin in Dublin in June.",
    "The station is expected to be decommissioned in the 2030s.",
    "A referendum on the proposal will be held within six months.",
)


@pytest.mark.parametrize("sentence", NOT_NEXT_STEPS_4)
def test_capacities_worth_effects_and_counterfactuals_in_reports_are_not_steps(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence


@pytest.mark.parametrize("sentence", NEXT_STEPS_4)
def test_plans_told_in_past_tense_reports_are_steps(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


# A fifth blind batch (written before the engine was run on it): an order given for a process
# ("ordered an investigation", "ordered a retrial") is what happens next; an order told with its
# past year or outcome, or an order of goods, is not.
NEXT_STEPS_5 = (
    "The president ordered an investigation into the crash.",
    pytest.param(
        "The judge ordered a retrial.",
        marks=pytest.mark.xfail(strict=True, reason="gap: a line under six words with no who or when is too thin"),
    ),
    "The ministry has ordered the closure of all schools in the province.",
    "The court ordered a recount of the votes in two districts.",
)
NOT_NEXT_STEPS_5 = (
    "In 2015 the governor ordered an inquiry, which found no wrongdoing.",
    "The inspection he ordered last year found no faults.",
    "He ordered a coffee and sat down by the window.",
)


@pytest.mark.parametrize("sentence", NEXT_STEPS_5)
def test_an_order_for_a_process_is_a_step(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_NEXT_STEPS_5)
def test_a_past_order_or_an_order_of_goods_is_not_a_step(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence


# A sixth blind batch (written before the engine was run on it): demands named as a noun with
# what they include are the acts asked for; the demands of a job are not.
NEXT_STEPS_6 = (
    "The protesters' demands include the release of all detainees.",
    "Their demands have included early elections and a new constitution.",
    pytest.param(
        "Among the union's demands is a 10 percent pay rise for nurses.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="gap: found at the threshold score and dropped by the ranker (a request with no "
            "named actor or time)",
        ),
    ),
)
NOT_NEXT_STEPS_6 = (
    "The demands of the job include long hours and frequent travel.",
    "Demand for electricity includes a growing share from data centres.",
)


@pytest.mark.parametrize("sentence", NEXT_STEPS_6)
def test_demands_that_include_acts_are_steps(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_NEXT_STEPS_6)
def test_the_demands_of_a_job_are_not_steps(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence
