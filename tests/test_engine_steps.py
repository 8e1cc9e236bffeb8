"""Next steps: future and commitment cues, who and when, certainty, and what is not a step."""

from __future__ import annotations

import pytest
from engine_support import analysed

from briefs.engine.steps import find_next_steps


def _steps(text: str):
    doc, people = analysed(text)
    return find_next_steps(doc, people)


def test_possible_trips_by_two_people_are_two_steps() -> None:
    steps = _steps(
        "Analysts expect the visit will pave the way for more bilateral meetings in coming months, including "
        "possible trips by Treasury Secretary Janet Yellen and Commerce Secretary Gina Raimondo.\n"
    )
    texts = [s.text for s in steps]
    assert "Possible trip by Treasury Secretary Janet Yellen" in texts
    assert "Possible trip by Commerce Secretary Gina Raimondo" in texts
    assert any(
        "bilateral meetings" in t and s.when == "coming months"
        for t, s in zip(texts, steps, strict=True)
    )
    yellen = next(s for s in steps if "Yellen" in s.text)
    assert yellen.who == ("Janet Yellen",) and yellen.certainty == "possible"


def test_an_agreed_visit_keeps_who_and_no_date() -> None:
    (step,) = _steps(
        "They also agreed that foreign minister Qin Gang would visit Washington to continue the conversation, "
        "though no date was announced.\n"
    )
    assert step.certainty == "agreed"
    assert "Qin Gang" in step.who
    assert step.when == "no date announced"
    assert "visit Washington" in step.text


def test_a_summit_later_in_the_year_is_a_possible_step() -> None:
    (step,) = _steps(
        "Their roughly 30-minute meeting could help facilitate a summit between Xi and US President Joe Biden "
        "later in the year.\n"
    )
    assert step.certainty == "possible"
    assert step.when == "later in the year"
    assert "Joe Biden" in step.who


def test_a_scheduled_event_in_the_present_tense_is_a_step() -> None:
    steps = _steps(
        "Mr Obama lands in Kenya later on Friday for his first visit since becoming president.\n"
    )
    assert [s.when for s in steps] == ["later on Friday"]


def test_past_hypotheticals_and_conditions_are_not_steps() -> None:
    assert (
        _steps(
            "When asked last year, US President Joe Biden said Washington would defend Taiwan in the event of a "
            "Chinese invasion.\n"
            "The United States has long kept a policy of ambiguity over whether it would respond militarily.\n"
        )
        == ()
    )


def test_the_main_clause_after_a_condition_is_a_step() -> None:
    steps = _steps(
        "Opposition lawmakers had said that if the impeachment motion did not pass they would come back to it on "
        "Wednesday.\n"
    )
    assert len(steps) == 1 and steps[0].when == "Wednesday"


def test_menus_and_headings_are_not_steps() -> None:
    assert _steps("NEXT STEPS FOR VETS\nWILL YOU JOIN US\n") == ()


def test_the_planned_vote_that_failed_is_not_a_step() -> None:
    assert (
        _steps(
            "A plan to impeach the president failed after members of his party left parliament on Saturday ahead of "
            "the planned vote.\n"
        )
        == ()
    )


def test_step_lines_are_condensed() -> None:
    steps = _steps(
        "Then, on Friday, chief executives from leading media organisations will front the parliamentary "
        "committee to air their concerns about the bill, the data retention rules and the warrants, which they "
        "say put sources at risk, before the legislation goes to the Senate for a vote next month.\n"
    )
    assert steps
    assert all(len(s.text.split()) <= 40 for s in steps)


# Stories written for these tests (not from any corpus): the rules must read unseen wire copy.
_STRIKE_PLANS = (
    "The union has said it will hold a second 48-hour strike on Thursday, and members will vote next month on "
    "further action. Transport Secretary Grant Shapps is expected to meet union leaders again next week. It "
    "remains unclear whether the government will offer new money.\n\n"
    "Commuters have complained about cancelled trains for months, and businesses fear the strikes will hurt "
    "the economy.\n"
)
_MERGER = (
    "Shares in Ardent Semiconductor rose 12 percent on Wednesday after the company agreed to buy rival Corvex "
    "for $20 billion in cash.\n\n"
    "The deal faces scrutiny from competition regulators in the United States and Europe, who have raised "
    "concerns about higher prices for carmakers. The companies expect the transaction to close in the first "
    "half of next year, subject to shareholder approval.\n\n"
    "Analysts said chip prices will probably keep rising as demand grows. Ardent plans to cut about 1,500 "
    "jobs once the deal closes, the company said in a filing.\n"
)


def test_a_strike_story_lists_the_strike_the_vote_and_the_talks() -> None:
    steps = _steps(_STRIKE_PLANS)
    by_text = {s.text: s for s in steps}
    strike = next(s for t, s in by_text.items() if "48-hour strike" in t)
    assert strike.when == "Thursday"
    vote = next(s for t, s in by_text.items() if "vote next month" in t)
    assert vote.when == "next month"
    talks = next(s for t, s in by_text.items() if "Shapps" in t)
    assert (
        talks.who[0] == "Grant Shapps"
        and talks.when == "next week"
        and talks.certainty == "expected"
    )
    assert not any("fear" in t for t in by_text), "a feared outcome is an open issue, not a step"
    assert not any(t.startswith("It remains unclear") for t in by_text)


def test_a_merger_story_keeps_plans_and_drops_market_forecasts() -> None:
    texts = [s.text for s in _steps(_MERGER)]
    assert any("close in the first half of next year" in t for t in texts)
    assert any("plans to cut about 1,500 jobs" in t for t in texts)
    assert not any("keep rising" in t for t in texts)


def test_a_dated_projection_is_kept_but_an_undated_forecast_is_not() -> None:
    texts = [
        s.text
        for s in _steps(
            "The budget office estimates that interest costs will climb to $900 billion in 2028.\n"
            "Economists say growth will slow.\n"
        )
    ]
    assert any("climb to $900 billion in 2028" in t for t in texts)
    assert not any("growth will slow" in t.lower() for t in texts)


def test_embedded_questions_and_generic_subjects_are_not_steps() -> None:
    texts = [
        s.text
        for s in _steps(
            "That raises the question of how the company plans to pay for the stores.\n"
            "If the price is right, people are going to buy it.\n"
            "Nobody knows what the government will pay in interest.\n"
        )
    ]
    assert texts == []


def test_a_refusal_is_a_commitment_only_when_someone_makes_it() -> None:
    steps = _steps(
        'Memorial director Arseny Roginsky said: "We won\'t register as a foreign agent."\n'
        'The governor condemned the bombing, saying that it "will not break our people\'s spirit."\n'
    )
    texts = [s.text for s in steps]
    assert any("won't register" in t for t in texts)
    assert not any("break our people" in t for t in texts)


def test_what_officials_were_not_told_would_happen_is_not_a_step() -> None:
    assert (
        _steps(
            "Administration officials said they were not notified in advance that the president would declare "
            "martial law.\n"
        )
        == ()
    )


def test_an_undated_state_of_affairs_and_a_thin_line_are_not_steps() -> None:
    texts = [
        s.text
        for s in _steps(
            "His vow on Monday that there would be no independent state as long as he is in office angered "
            "allies.\n"
            "He vowed to keep trying.\n"
        )
    ]
    assert texts == []


def test_who_is_the_person_a_pronoun_stands_for_and_not_the_place() -> None:
    steps = _steps(
        "In a wide-ranging interview, President Barack Obama also said the trade deal was close.\n\n"
        'He would speak "bluntly" against corruption when he lands in Kenya later on Friday.\n'
    )
    (step,) = steps
    assert step.who == ("Barack Obama",)
    assert step.when == "later on Friday"


_OIL_ANALYSIS = (
    "Demand in China will remain weak as its property sector struggles, and higher prices will encourage "
    "American shale producers to pump more.\n\n"
    "Opec+ ministers will meet in Vienna on November 26 to review the cuts. Saudi energy minister Prince "
    "Abdulaziz bin Salman has said the kingdom is prepared to extend its voluntary cut into next year if "
    "needed.\n"
)


def test_an_analysis_piece_keeps_the_meeting_and_the_offer_but_not_market_forecasts() -> None:
    steps = _steps(_OIL_ANALYSIS)
    texts = [s.text for s in steps]
    assert not any("Demand in China" in t or "higher prices will" in t.lower() for t in texts)
    meeting = next(s for s in steps if "meet in Vienna" in s.text)
    assert meeting.when == "November 26"
    offer = next(s for s in steps if "prepared to extend" in s.text)
    assert offer.certainty == "possible" and offer.when == "next year"


def test_a_pledge_of_aid_and_a_promise_within_a_year_are_steps() -> None:
    steps = _steps(
        "President Recep Tayyip Erdogan said the government would build new homes for those who lost theirs "
        "within a year.\n"
        "The European Union has pledged 10 million euros in emergency aid.\n"
    )
    homes = next(s for s in steps if "new homes" in s.text)
    assert homes.when == "within a year"
    aid = next(s for s in steps if "10 million euros" in s.text)
    assert aid.certainty == "agreed"


def test_a_programme_that_has_begun_is_a_step_under_way() -> None:
    (step,) = _steps(
        "Water board officials said they had begun replacing the town's 300 miles of lead pipes with copper.\n"
    )
    assert "begun replacing" in step.text and step.certainty == "planned"


def test_adjournments_and_pending_decisions_are_steps() -> None:
    texts = [
        s.text
        for s in _steps(
            "The inquest into her death was adjourned until July.\n"
            "The board is weighing a rival offer from a private equity group.\n"
            "The former mayor awaits trial on corruption charges.\n"
        )
    ]
    assert len(texts) == 3


def test_a_named_leader_quoting_what_an_attack_will_not_do_is_not_committing() -> None:
    texts = [
        s.text
        for s in _steps(
            "The party leader, Rachid Ghannouchi, condemned the attack, saying in a statement that it "
            "\u201cwill not break our people\u2019s will.\u201d\n"
        )
    ]
    assert texts == []


def test_fixtures_season_ends_and_years_give_steps_their_time() -> None:
    steps = _steps(
        "City play Liverpool at Anfield next Saturday.\n"
        "The club's owners are expected to review his position at the end of the season.\n"
        "Nasa plans to send astronauts to the region in 2026 under its Artemis programme.\n"
    )
    whens = {s.when for s in steps}
    assert whens == {"next Saturday", "at the end of the season", "2026"}


def test_british_dates_and_by_until_days_date_a_step() -> None:
    steps = _steps(
        "District Judge Helen Mercer said she would give her ruling on 14 February.\n"
        "The Commission said four firefighting aircraft were on their way and would be deployed by Monday.\n"
        "A spokeswoman said all services west of Swansea would remain suspended until at least Monday.\n"
    )
    whens = {s.when for s in steps}
    assert "14 February" in whens
    assert "by Monday" in whens
    assert "until at least Monday" in whens


def test_a_month_after_a_past_participle_is_not_the_step_time() -> None:
    steps = _steps(
        "Officials said the two sides would also hold technical sessions by video link in December.\n"
        "A budget bill approved in February that raised spending will add to the financial pressure.\n"
    )
    sessions = next(s for s in steps if "technical sessions" in s.text)
    assert sessions.when == "December"
    assert all(s.when != "February" for s in steps)


def test_forecast_must_and_was_reviewing_are_cues() -> None:
    steps = _steps(
        "Climate Minister Vassilis Kikilias said the winds were forecast to ease on Tuesday.\n"
        "Linda Kessler must report to prison by Jan. 15.\n"
        "Moody's Investors Service said it was reviewing the company's credit rating for a possible downgrade.\n"
    )
    texts = " | ".join(s.text for s in steps)
    assert "ease on Tuesday" in texts
    assert "report to prison" in texts
    assert "credit rating" in texts


def test_being_pressed_to_agree_is_not_an_agreement() -> None:
    steps = _steps(
        "Negotiators resumed indirect talks in Cairo on Sunday, with Egyptian mediators pressing both sides "
        "to agree to a six-week truce.\n"
    )
    assert all(s.certainty != "agreed" for s in steps)


def test_a_refusal_to_accept_or_agree_is_a_stance_not_a_step() -> None:
    steps = _steps(
        "In Jerusalem, Prime Minister Benjamin Netanyahu told his cabinet that Israel would not agree to end "
        "the war before its goals were met.\n"
        "A Hamas official in Beirut, Osama Hamdan, said the group would not accept any deal that did not "
        "include a full withdrawal of Israeli forces.\n"
    )
    assert steps == ()


def test_said_in_a_past_month_reports_a_past_plan() -> None:
    steps = _steps(
        "The cuts follow layoffs at Intel, which said in August that it would eliminate more than 15,000 "
        "positions.\n"
    )
    assert steps == ()


def test_must_be_is_a_ruling_not_a_step() -> None:
    steps = _steps(
        "Drivers for the ride-hailing company Swiftly must be treated as employees rather than independent "
        "contractors, a federal appeals court ruled on Tuesday.\n"
        "Linda Kessler must report to prison by Jan. 15.\n"
    )
    assert [s.text for s in steps] == ["Linda Kessler must report to prison by Jan. 15."]


def test_scheduled_results_appeals_invitations_and_forecasts_are_steps() -> None:
    steps = _steps(
        "Its full-year results are due in April.\n"
        "Forecasters warned that more thunderstorms were expected over the weekend.\n"
        "Whatever the judge decides, the losing side can appeal to the High Court.\n"
        "Xi invited Lee to make a state visit to China next year, and Lee accepted.\n"
        "Anyone with information is asked to call 101 quoting reference 5224187654.\n"
        "She confirmed that the retailer was in early talks to sell its loss-making home furnishings arm.\n"
        "They open the new season away at Manchester United on Aug. 17.\n"
    )
    texts = " | ".join(s.text for s in steps)
    for words in (
        "results are due in April",
        "thunderstorms",
        "appeal to the High Court",
        "state visit",
        "call 101",
        "home furnishings",
        "Manchester United",
    ):
        assert words in texts


def test_met_over_the_weekend_is_still_a_meeting_in_the_past() -> None:
    from briefs.engine.meetings import find_meetings

    doc, people = analysed(
        "German Chancellor Friedrich Merz met French President Emmanuel Macron over the weekend in Paris.\n"
    )
    assert len(find_meetings(doc, people)) == 1


def test_a_vote_to_act_with_a_date_ahead_is_an_agreed_step() -> None:
    steps = _steps(
        "Teachers in Denver Public Schools voted overwhelmingly on Saturday to strike as early as Monday, "
        "after 15 months of negotiations over pay failed to produce a deal.\n"
        "The Baltimore City Council voted 11-3 to cap annual rent increases at 5% for most apartments.\n"
    )
    assert [(s.certainty, s.when) for s in steps] == [("agreed", "as early as Monday")]


def test_a_deadline_to_act_is_a_step() -> None:
    steps = _steps(
        "Lawmakers face a Friday deadline to pass a spending bill or trigger a government shutdown.\n"
    )
    assert len(steps) == 1 and "spending bill" in steps[0].text


def test_a_step_cut_after_its_speaker_is_dropped() -> None:
    steps = _steps(
        "The water minister, Emma Hardy, said ministers were 'prepared for all scenarios' but had no plans to "
        "nationalise the company.\n"
    )
    assert all(not s.text.lower().startswith("had") for s in steps)


def test_a_day_reported_as_past_is_not_the_steps_time() -> None:
    steps = _steps(
        "MPs clashed in the House of Commons on Tuesday over government plans to let water companies "
        "raise bills by up to 36% over five years.\n\n"
        "Talks between the union and the hospital trusts are scheduled to resume at Acas on Friday.\n"
    )
    assert not any(s.when == "Tuesday" for s in steps)
    talks = next(s for s in steps if "Acas" in s.text)
    assert talks.when == "Friday"


def test_past_day_helper_keeps_days_that_belong_to_a_plan() -> None:
    from briefs.engine.clauses import future_when
    from briefs.engine.steps import _past_day

    def days(text: str) -> dict[str, bool]:
        return {m.group(0): _past_day(text, m) for m in future_when(text)}

    assert days("A British judge on Wednesday postponed her decision.") == {"on Wednesday": True}
    assert days("Dudley Council moved to the new timetable on Tuesday, saying it would save money.")[
        "on Tuesday"
    ]
    assert not days("Lake's lawyers said they planned to sue in court on Friday.")["on Friday"]
    assert not days(
        "The government said it would announce a compensation package for affected farmers on Wednesday."
    )["on Wednesday"]
    assert not days("The hearing will be held on Monday.")["on Monday"]


def test_a_past_date_in_an_earlier_report_does_not_block_a_later_would() -> None:
    steps = _steps(
        "Norfolk Southern, which owns the line, said in a statement that the bridge had passed its most "
        "recent annual inspection in March and that it would comply fully with the order.\n"
    )
    assert any("comply fully" in s.text for s in steps)
    assert not any(s.when == "March" for s in steps)


def test_a_quotation_continued_from_an_earlier_sentence_counts_as_quoted() -> None:
    from briefs.engine.clauses import quoted_share
    from briefs.engine.doc import Document

    text = (
        '"The gaps have narrowed. We will finish the job," Netanyahu said. '
        "Officials will meet again on Monday.\n"
    )
    doc = Document(text)
    start = text.index("We will")
    assert quoted_share(doc, start, text.index(',"')) > 0.9
    officials = text.index("Officials")
    assert quoted_share(doc, officials, len(text) - 1) == 0.0


def test_a_warned_consequence_or_a_verdict_is_not_a_step() -> None:
    steps = _steps(
        "Industry groups warned that further unilateral curbs would hurt American suppliers.\n\n"
        "Defence barrister Clare Montgomery said such a sentence would be grossly disproportionate.\n\n"
        "Sen. Sherrod Brown said he would introduce legislation next month.\n"
    )
    texts = " ".join(s.text for s in steps)
    assert "curbs" not in texts
    assert "disproportionate" not in texts
    assert "introduce legislation" in texts


def test_who_is_a_named_subject_not_a_bare_common_noun() -> None:
    steps = _steps(
        "Australian telecommunications company Optus was hacked last week, and Optus staff are "
        "checking its systems.\n\n"
        "Optus said it would contact every affected customer by email over the next few days.\n\n"
        "The report estimated that the number of passenger cars in China was on track to hit "
        "400 million by 2030.\n"
    )
    contact = next(s for s in steps if "contact" in s.text)
    assert contact.who == ("Optus",)
    assert all("passenger" not in w for s in steps for w in s.who)


def test_actor_group_rules() -> None:
    from briefs.engine.steps import _actor_group

    assert _actor_group("Foreign ministers")
    assert _actor_group("opposition lawmakers")
    assert _actor_group("diplomats")
    assert not _actor_group("passenger")
    assert not _actor_group("findings would help doctors")


def test_a_passive_with_be_keeps_its_month_ahead() -> None:
    steps = _steps(
        "Two other former executives pleaded guilty last year. They are due to be sentenced in April.\n"
    )
    sentenced = next(s for s in steps if "sentenced" in s.text)
    assert sentenced.when == "April"


def test_the_leads_agreement_on_a_past_day_is_the_news_not_a_step() -> None:
    steps = _steps(
        "Japan and Germany agree to cooperate on chips\n\n"
        "Japanese Prime Minister Shigeru Ishiba and German Chancellor Friedrich Merz agreed on Monday "
        "to work together on securing supplies of semiconductors.\n\n"
        "Officials said the two governments would set up a working group on critical minerals by "
        "the end of the year.\n"
    )
    assert not any("agreed on Monday" in s.text for s in steps)
    assert any("working group" in s.text for s in steps)


def test_an_undated_will_with_no_actor_or_event_describes_rather_than_plans() -> None:
    steps = _steps(
        "The combined company will operate about 3,400 stores in 38 states.\n\n"
        "The bill will now go to committee stage.\n\n"
        "The lower court will hold a hearing to calculate damages.\n"
    )
    texts = " ".join(s.text for s in steps)
    assert "3,400 stores" not in texts
    assert "committee stage" in texts
    assert "hearing" in texts


def test_an_ongoing_investigation_is_a_step_under_way() -> None:
    steps = _steps(
        "A fire at a warehouse in Dunmore killed four workers on Monday.\n"
        "A police investigation into the cause of the fire is ongoing.\n"
    )
    assert any("investigation" in s.text for s in steps)


def test_awaited_anticipated_and_headed_for_are_expected_steps() -> None:
    texts = " | ".join(
        s.text
        for s in _steps(
            "The tribunal's ruling on the Marlow quarry permit is still awaited by the villagers.\n"
            "Completion of the Ostrava bypass is now anticipated around 2031, not 2028.\n"
            "The two mayoral candidates are headed for a runoff in the port city of Velden.\n"
        )
    )
    assert "still awaited" in texts
    assert "now anticipated" in texts
    assert "headed for a runoff" in texts


def test_mourning_requests_proposals_and_until_at_least_are_steps() -> None:
    texts = " | ".join(
        s.text
        for s in _steps(
            "The governor of Karst Province declared a day of mourning for the miners.\n"
            "Aid groups in Tessaly are calling for a pause in the shelling of the river crossings.\n"
            "Senator Mira Osei is proposing a levy on empty holiday homes in the coastal districts.\n"
            "Nordline has ordered spare engines, keeping its old ferries in service until at least 2030.\n"
        )
    )
    assert "day of mourning" in texts
    assert "calling for a pause" in texts
    assert "proposing a levy" in texts
    assert "until at least 2030" in texts


def test_deadlines_remands_instructions_obligations_and_take_over_are_steps() -> None:
    texts = " | ".join(
        s.text
        for s in _steps(
            "The Halvard shipyard has a deadline set for March 3 to present a rescue plan.\n"
            "The appeals panel overturned the fine, remanding the case to the district court in Orlo.\n"
            "Residents of Linden Hill were asked to boil their tap water for a week.\n"
            "If the sale collapses, the club will be obliged to refund the season tickets.\n"
            "The Brask council would take over the running of the two bus lines from Veltra.\n"
        )
    )
    assert "deadline set" in texts
    assert "remanding the case" in texts
    assert "asked to boil" in texts
    assert "obliged to refund" in texts
    assert "take over the running" in texts


def test_tributes_and_plans_said_not_to_exist_are_not_steps() -> None:
    texts = " | ".join(
        s.text
        for s in _steps(
            "Her courage will forever be part of the Lund theatre, the director said.\n"
            '"We will miss Anna greatly," her co-star Pavel Dorn said.\n'
            "There are no current plans to sell the Vasby site, a spokesman said.\n"
        )
    )
    assert "forever" not in texts
    assert "miss Anna" not in texts
    assert "Vasby" not in texts


def test_would_hold_a_stake_and_would_examine_are_steps() -> None:
    lead = (
        "The Kessel tram company was rescued by the regional government of Norway on Monday after months "
        "of losses, Transport Minister Ann Varga said.\n"
    )
    stake = _steps(lead + "The Norwegian government would hold a 40% stake.\n")
    assert any("40% stake" in s.text for s in stake)
    examined = _steps(
        lead + "The footbridge would be examined, Varga said, to determine if it had been built as designed.\n"
    )
    assert any("would be examined" in s.text for s in examined)


def test_encouragement_unveilings_waiting_and_petitions_are_steps() -> None:
    lead = "The Kessel tram company was rescued by the regional government of Norway on Monday.\n"
    texts = " | ".join(
        s.text
        for s in _steps(
            lead + "Transport Minister Ann Varga encouraged the board to publish its accounts.\n"
            "A new fare scheme is to be unveiled at the depot in Brenn.\n"
            '"We await the auditors\' report," Varga said.\n'
            "Riders launched a petition asking the council to keep the night trams.\n"
        )
    )
    assert "encouraged the board" in texts
    assert "to be unveiled" in texts
    assert "await the auditors" in texts
    assert "petition asking" in texts


def test_indicated_they_would_reports_an_intention() -> None:
    steps = _steps("Both pilots indicated they would appeal; one of them wept as the verdict was read.\n")
    assert [s.text for s in steps] == ["Both pilots indicated they would appeal"]


def test_a_united_states_before_would_is_not_reported_speech() -> None:
    assert _steps("The United States, which sends grain to the region, would be caught in the middle.\n") == ()


def test_a_line_cut_after_adding_keeps_the_report() -> None:
    steps = _steps(
        "According to the regional news agency, the chief prosecutor of the northern province, Omar Haddad, "
        'said the nine must face "fraud and bribery charges", adding the province will pursue the case '
        "against the former governor even after he leaves the country next spring.\n"
    )
    assert any(s.text.startswith("The province will pursue the case") for s in steps)


def test_a_second_predicate_after_and_borrows_its_subject_and_till_is_a_time_ahead() -> None:
    steps = _steps("The harvest festival started on June 1, and is planned till June 12.\n")
    assert [(s.text, s.when) for s in steps] == [
        ("The harvest festival started on June 1, and is planned till June 12.", "till June 12")
    ]


def test_going_to_after_we_re_and_forthcoming_are_steps() -> None:
    texts = [s.text for s in _steps(
        "The mayor said we're going to give the families the best information we can.\n\n"
        "A formal report from the harbour authority is forthcoming.\n"
    )]
    assert any(t.startswith("The mayor said we're going to give the families") for t in texts)
    assert "A formal report from the harbour authority is forthcoming." in texts


def test_steps_that_differ_in_their_figures_are_two_steps() -> None:
    texts = [s.text for s in _steps(
        "The utility said a phase two was planned to begin at noon.\n\n"
        "A phase three was tentatively planned.\n"
    )]
    assert len(texts) == 2


def test_a_resignation_effective_on_a_day_ahead_is_a_step() -> None:
    (step,) = _steps("The deputy mayor, Ines Talbot, also announced her resignation effective next Friday.\n")
    assert step.when == "next Friday"


def test_must_be_with_a_time_ahead_is_a_step_without_it_a_duty() -> None:
    assert [s.when for s in _steps("The signed form must be returned within ten days.\n")] == [
        "within ten days"
    ]
    assert _steps("Drivers must be treated as employees.\n") == ()


def test_a_purpose_a_cause_and_a_past_schedule_are_not_steps() -> None:
    assert _steps("The aim is to reduce the risk of floods in the valley.\n") == ()
    assert _steps("The rise in prices is due to the long drought in the south.\n") == ()
    assert _steps("The utility said it scheduled the power cuts because of high winds.\n") == ()
    assert _steps("There were also two teams from Peru scheduled to compete in the final.\n") == ()
    assert _steps("The plan is to reopen the bridge next month.\n") != ()


def test_refusing_to_comment_consider_or_name_is_a_stance_not_a_step() -> None:
    assert _steps('The agency said it "would not consider requests of this nature".\n') == ()
    assert _steps("The carmaker will not publicly announce which dealers it is dropping.\n") == ()
    assert _steps('The spokesman said he "won\'t give any comments at this time".\n') == ()
    assert _steps('The mayor said that "I will not pretend that the hard times are over."\n') == ()


def test_as_soon_as_we_can_is_a_comparison_not_a_step() -> None:
    texts = [s.text for s in _steps(
        "The governor said we're going to give the families the best information we can, as soon as "
        "we can, in an honest way.\n"
    )]
    assert not any(t.startswith("As soon as") for t in texts)


def test_a_plan_announced_this_week_is_a_step_but_one_said_months_ago_is_not() -> None:
    lead = "The port reopened on Monday after a week of storms.\n\nCrews cleared the last of the debris.\n\n"
    texts = [s.text for s in _steps(
        lead + "The harbour master also announced on Wednesday that mooring fees would be cut, "
        "freeing up money for repairs.\n"
    )]
    assert any("mooring fees would be cut" in t for t in texts)
    assert _steps(
        lead + "The cuts follow job losses at a rival yard, which said in August that it would "
        "shed more than 900 positions.\n"
    ) == ()


def test_an_announcement_that_it_would_and_a_call_on_someone_to_act_are_steps() -> None:
    texts = [s.text for s in _steps(
        "Markets rose after the central bank's announcement that it would buy billions of dollars of "
        "bad loans from lenders.\n\n"
        "The ministers called on Norway to halt its drilling near the islands.\n"
    )]
    assert any("it would buy billions of dollars of bad loans" in t for t in texts)
    assert any("called on Norway to halt its drilling" in t for t in texts)


def test_an_event_ahead_of_which_things_happen_is_a_step_unless_told_after_it() -> None:
    assert [s.text for s in _steps("Campaigning intensified ahead of the May 3 vote.\n")] == [
        "Campaigning intensified ahead of the May 3 vote."
    ]
    assert _steps("The party walked out on Saturday ahead of the planned vote.\n") == ()


@pytest.mark.parametrize(
    "text",
    [
        "The trial continues on Monday.",
        "Voters go to the polls on Sunday.",
        "The smoking ban comes into force in January.",
        "Officials said the coast road will remain closed until further notice.",
    ],
)
def test_scheduled_events_in_the_present_and_until_further_notice_are_steps(text: str) -> None:
    assert _steps(text + "\n")


def test_a_cue_gerund_after_a_preposition_names_a_past_act() -> None:
    assert _steps(
        "Critics pilloried the mayor for proposing a new stadium tax during the recession in 2009.\n"
    ) == ()


def test_would_inside_the_speaker_s_own_quotation_is_not_reported_intention() -> None:
    assert _steps(
        'Ana Ruiz, a vice president at the utility, said "We understand the difficulties such a '
        'power cut would cause".\n'
    ) == ()


def test_will_never_is_a_stance_not_a_step() -> None:
    assert _steps('"Here in our city we will never let them win," the mayor Ana Ruiz said.\n') == ()


def test_would_after_a_judgement_is_a_forecast_not_an_intention() -> None:
    assert _steps("The engineer Ana Ruiz estimated the repairs would take a full day.\n") == ()


def test_a_state_forecast_to_be_the_strongest_is_not_a_step() -> None:
    assert _steps('The forecaster Ana Ruiz said, "This is forecast to be the strongest storm of the decade".\n') == ()
    assert _steps("The results are expected to be announced by the board on Friday.\n") != ()


def test_could_not_is_a_past_inability_not_a_prospect() -> None:
    assert _steps(
        "The offices are shut because the mayor Ana Ruiz and the council could not reach an agreement "
        "on the budget.\n"
    ) == ()


def test_could_be_with_an_adjective_is_speculation_but_could_be_held_a_step() -> None:
    assert _steps("Analysts say the chain could be willing to accept thinner margins.\n") == ()
    assert _steps("Analysts say the vote could be held as early as next week.\n") != ()


@pytest.mark.parametrize(
    "text",
    [
        "The final vote on the harbour plan is slated for May.",
        "The ferry company announced plans yesterday to cut 300 crossings.",
        "Farmers are gearing up for the harvest fair in the valley next month.",
        "The mayor Ana Ruiz is on course to finish the bridge by June.",
        "The rail operator unveiled plans yesterday to close three stations.",
    ],
)
def test_slated_announced_plans_gearing_up_and_on_course_are_steps(text: str) -> None:
    assert _steps(text + "\n")


def test_expecting_or_inviting_someone_to_act_is_a_step() -> None:
    texts = [s.text for s in _steps(
        "The minister Ana Ruiz said she expected the rebuilt plant to make cleaner engines.\n\n"
        "To settle the row, the ministers invited Norway to open talks on the fishing grounds.\n\n"
        "The union Unite wants the board to resign before the summer.\n"
    )]
    assert any("expected the rebuilt plant to make cleaner engines" in t for t in texts)
    assert any("invited Norway to open talks" in t for t in texts)
    assert any("wants the board to resign" in t for t in texts)
