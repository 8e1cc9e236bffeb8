"""Open issues: cues of dispute, risk and doubt; a topic per issue; condensed lines."""

from __future__ import annotations

import pytest
from engine_support import analysed

from briefs.engine.clauses import MAX_ITEM_TOKENS, tokens
from briefs.engine.issues import find_open_issues


def _topics(text: str) -> list[str]:
    doc, people = analysed(text)
    return [issue.topic or "" for issue in find_open_issues(doc, people)]


def test_a_range_of_issues_gives_one_issue_per_topic() -> None:
    topics = _topics(
        "Biden and Xi last met in Bali in November, although ties since then have deteriorated over issues ranging "
        "from Taiwan to espionage concerns.\n"
    )
    assert "Taiwan" in topics
    assert any(t.startswith("espionage") for t in topics)


def test_an_unclear_outcome_becomes_an_open_question() -> None:
    doc, people = analysed(
        "It was not immediately clear from Xi's remarks or previous readouts of the earlier discussions with the "
        "foreign minister on Sunday, exactly what progress had been made.\n"
    )
    (issue,) = find_open_issues(doc, people)
    assert issue.topic == "progress unclear"
    assert issue.text.startswith("Not immediately clear: exactly what progress")


def test_the_words_before_a_dispute_noun_name_it() -> None:
    topics = _topics(
        "They also expressed a desire to stabilise bilateral ties despite what one US official called their "
        '"profound" differences.\n'
    )
    assert topics == ["profound differences"]


def test_reluctance_to_engage_in_talks_names_the_talks() -> None:
    topics = _topics(
        "Beijing's reluctance to engage in regular military-to-military talks with Washington has alarmed China's "
        "neighbours.\n"
    )
    assert topics == ["regular military-to-military talks"]


def test_lines_stay_condensed_even_for_long_sentences() -> None:
    long_sentence = (
        "Blinken's trip, which was postponed in February after a suspected Chinese spy balloon flew over US "
        "airspace, is closely followed worldwide as further deterioration of ties between the two largest "
        "economies in the world could have global implications on financial markets, trade practices and routes "
        "and supply chains in every region of the world for many years to come.\n"
    )
    doc, people = analysed(long_sentence)
    issues = find_open_issues(doc, people)
    assert issues
    assert all(len(tokens(i.text)) <= MAX_ITEM_TOKENS for i in issues)
    assert all(len(i.text) < len(long_sentence) for i in issues)


def test_issues_sharing_a_topic_are_one_issue() -> None:
    topics = _topics(
        "Critics fear the Taiwan dispute could escalate.\n"
        "Officials warned that the Taiwan dispute remains the most dangerous issue.\n"
        "Analysts say the Taiwan dispute is a risk for markets.\n"
    )
    assert len(topics) == len({t.lower().split()[0] for t in topics})


def test_a_calm_report_has_no_open_issues() -> None:
    assert (
        _topics(
            "The museum opened a new wing on Saturday. Visitors admired the paintings and the garden.\n"
        )
        == []
    )


# Stories written for these tests (not from any corpus): the rules must read unseen wire copy.
_STRIKE = (
    "Rail workers walk out as pay talks collapse\n\n"
    "Thousands of rail workers across Britain walked out on Tuesday after talks between the RMT union and "
    "Network Rail collapsed late on Monday night. Union leader Mick Lynch met Network Rail chief executive "
    "Andrew Haines for six hours at the Department for Transport in London but the two sides remained divided "
    "over pay and job cuts.\n\n"
    '"We have been left with no choice," Lynch told reporters outside the building.\n\n'
    "The union has said it will hold a second 48-hour strike on Thursday, and members will vote next month on "
    "further action. Transport Secretary Grant Shapps is expected to meet union leaders again next week. It "
    "remains unclear whether the government will offer new money.\n\n"
    "Commuters have complained about cancelled trains for months, and businesses fear the strikes will hurt "
    "the economy.\n"
)
_COURT = (
    "Supreme Court strikes down state abortion restrictions\n\n"
    "The Supreme Court on Friday struck down a Louisiana law that required doctors who perform abortions to "
    "have admitting privileges at nearby hospitals, ruling 5-4 that it placed an undue burden on women.\n\n"
    "Chief Justice John Roberts joined the court's four liberal justices in the decision. Justice Samuel Alito "
    "wrote in a dissent that the ruling ignored the court's own precedent.\n\n"
    "Abortion rights groups welcomed the ruling, but critics warned that the court remains deeply divided on "
    "the issue. The court is expected to hear a separate case on Mississippi's abortion ban later this year. "
    "Similar laws in Texas and Alabama face legal challenges, and lower courts will now have to apply the "
    "ruling.\n"
)


def test_a_strike_story_has_a_few_issues_with_real_topics() -> None:
    doc, people = analysed(_STRIKE)
    issues = find_open_issues(doc, people)
    assert 3 <= len(issues) <= 5
    texts = " | ".join(i.text for i in issues)
    assert "divided over pay" in texts
    assert "Unclear: whether the government will offer new money" in texts
    assert "complained about cancelled trains" in texts
    topics = [i.topic or "" for i in issues]
    assert len({t.lower() for t in topics}) == len(topics)
    assert "cancelled trains" in topics


def test_a_court_story_keeps_the_dissent_and_the_challenges() -> None:
    doc, people = analysed(_COURT)
    texts = " | ".join(i.text for i in find_open_issues(doc, people))
    assert "dissent" in texts
    assert "legal challenges" in texts
    assert "deeply divided" in texts


def test_a_topic_is_never_a_bare_verb_or_particle() -> None:
    doc, people = analysed(
        "Analysts say both leaders will seek to play down the friction between them.\n"
        "The government was accused of making things worse, and critics fear the talks are failing.\n"
    )
    for issue in find_open_issues(doc, people):
        assert (issue.topic or "").lower() not in {"down", "making", "failing", "isn't"}


def test_a_long_story_gets_at_most_eight_issues() -> None:
    paragraph = (
        "Critics warned of risks to the economy from the dispute over {x}, and officials voiced concern about "
        "the crisis in {x}.\n"
    )
    text = "".join(
        paragraph.format(x=place) for place in ("Avalon", "Brigadoon", "Camelot", "Dorado") * 10
    )
    doc, people = analysed(text)
    assert len(find_open_issues(doc, people)) <= 8


def test_a_question_not_yet_answered_and_a_short_warning_are_issues() -> None:
    doc, people = analysed(
        "Rescue teams worked through the night to pull survivors from collapsed buildings. It is not yet clear "
        "how many people remain trapped.\n\n"
        "Oil prices climbed above $90 a barrel this week. But analysts warn the rally may fade.\n"
    )
    texts = [i.text for i in find_open_issues(doc, people)]
    assert any(t.startswith("Not yet clear: how many people remain trapped") for t in texts)
    assert "Analysts warn the rally may fade." in texts


def test_deadlock_and_a_veto_threat_are_issues() -> None:
    doc, people = analysed(
        "Budget talks between the two parties ended in deadlock on Friday after a week of negotiations.\n"
        "The president has threatened to veto any bill that cuts funding for schools.\n"
    )
    texts = " | ".join(i.text for i in find_open_issues(doc, people))
    assert "deadlock" in texts and "veto" in texts


def test_a_manager_under_growing_pressure_is_an_issue() -> None:
    doc, people = analysed(
        "United manager Erik ten Hag faces growing pressure after a third straight defeat, and the club's "
        "owners are expected to review his position.\n"
    )
    assert any("growing pressure" in i.text for i in find_open_issues(doc, people))


def test_no_agreement_and_has_yet_to_are_open_issues() -> None:
    doc, people = analysed(
        "Officials said no agreement had been reached on a proposal for joint patrols in the Arafura Sea.\n"
        "Negotiators have yet to agree on thresholds above which contracts would be opened to foreign bidders.\n"
    )
    texts = " | ".join(i.text for i in find_open_issues(doc, people))
    assert "joint patrols" in texts
    assert "thresholds" in texts


def test_a_stalled_talk_and_a_pending_approval_are_open_issues() -> None:
    doc, people = analysed(
        "The union walked out after negotiations over a new collective agreement stalled.\n"
        "The features have been delayed in China pending regulatory approval, analysts said.\n"
    )
    texts = " | ".join(i.text for i in find_open_issues(doc, people))
    assert "collective agreement" in texts
    assert "regulatory approval" in texts


def test_a_cue_word_in_a_title_is_not_an_issue() -> None:
    doc, people = analysed(
        "Prime Minister Kyriakos Mitsotakis chaired a meeting in Athens on Sunday with the ministers for "
        "climate crisis and civil protection.\n"
        "As director of epidemic and pandemic threat management, she oversees the agency's preparations.\n"
    )
    assert find_open_issues(doc, people) == ()


def test_missing_people_power_cuts_and_injuries_are_issues() -> None:
    doc, people = analysed(
        "Governor Andy Beshear said dozens of people remained unaccounted for in eastern Kentucky.\n"
        "About 40,000 homes were still without power on Sunday evening, the network operator said.\n"
    )
    texts = " | ".join(i.text for i in find_open_issues(doc, people))
    assert "unaccounted for" in texts
    assert "without power" in texts


def test_public_anger_and_the_question_is_whether_are_issues() -> None:
    doc, people = analysed(
        "Public anger over the martial law order has driven the president's approval rating down to 13%.\n"
        '"The question is whether London is willing to accept a thinner deal," said Emily Lydgate, a trade '
        "law professor.\n"
    )
    texts = " | ".join(i.text for i in find_open_issues(doc, people))
    assert "anger" in texts
    assert "thinner deal" in texts


def test_has_yet_to_say_when_is_an_open_question() -> None:
    doc, people = analysed(
        "The transport ministry has yet to say when the bridge will reopen to traffic.\n"
    )
    (issue,) = find_open_issues(doc, people)
    assert issue.topic == "bridge unclear"


def test_a_line_cut_after_its_speaker_is_not_an_issue() -> None:
    doc, people = analysed(
        "Federal employee unions welcomed the vote but said the repeated threats were taking a toll.\n"
    )
    assert all(not i.text.lower().startswith("said") for i in find_open_issues(doc, people))


def test_a_description_of_who_someone_is_is_not_an_issue() -> None:
    doc, people = analysed(
        "Memorial is famous for documenting human rights abuses in Russia.\n\n"
        "Inspectors raided the offices of Memorial on Thursday and seized 600 documents, "
        "raising fears of a wider crackdown on rights groups.\n"
    )
    texts = [i.text for i in find_open_issues(doc, people)]
    assert not any("famous" in t for t in texts)
    assert any("crackdown" in t for t in texts)


def test_a_short_article_gets_at_most_four_issues_a_long_one_more() -> None:
    from briefs.engine.issues import _issue_budget

    assert _issue_budget(420) == 4
    assert _issue_budget(900) == 7
    sentences = [
        f"Critics warned of risks to the {w} programme, and the dispute over {w} funding remains unresolved."
        for w in ("rail", "school", "hospital", "housing", "water", "energy")
    ]
    doc, people = analysed("\n\n".join(sentences) + "\n")
    assert doc.word_count < 500
    assert len(find_open_issues(doc, people)) <= 4


def test_a_quotation_carried_on_without_its_speaker_ranks_below_reported_issues() -> None:
    from briefs.engine.issues import _issue_budget

    doc, people = analysed(
        "Union leaders said talks over pay had collapsed. \"We have run out of other options. "
        "Every day without an agreement costs our members money.\"\n\n"
        "Business groups raised concerns about the cost of the strike to exporters.\n\n"
        "Ministers face criticism over the failure to appoint a mediator.\n\n"
        "The dispute over automation at the terminals remains unresolved.\n\n"
        "Shipping lines warned of delays at other ports.\n"
    )
    assert _issue_budget(doc.word_count) == 4
    texts = [i.text for i in find_open_issues(doc, people)]
    assert not any("run out of other options" in t for t in texts)
    assert any("automation" in t for t in texts)


def test_a_quote_whose_sentence_names_its_speaker_is_still_an_issue() -> None:
    doc, people = analysed(
        '"The gaps have narrowed, but they have not closed," one of the Egyptian officials said.\n'
    )
    texts = [i.text for i in find_open_issues(doc, people)]
    assert any("gaps" in t for t in texts)


def test_a_cut_that_opens_on_a_participle_reads_as_the_whole_sentence() -> None:
    doc, people = analysed(
        "The package also lists 35 companies, including firms in China accused of helping Russia "
        "evade sanctions.\n"
    )
    texts = [i.text for i in find_open_issues(doc, people)]
    assert texts
    assert all(t.startswith("The package also lists") for t in texts)


def test_the_leads_dated_news_is_the_story_not_an_open_question() -> None:
    from briefs.engine.issues import _news_of_day

    lead = "Police have appealed for witnesses after a cyclist was killed late on Sunday night."
    assert _news_of_day(0, lead)
    assert not _news_of_day(5, lead)  # later in the story, a dated event may be the issue
    assert not _news_of_day(0, "It was unclear on Monday whether the talks would resume.")
    assert not _news_of_day(1, "Critics fear the cuts will close libraries.")
    doc, people = analysed(
        "Optus said on Friday that hackers had stolen the personal details of 9 million customers.\n\n"
        "The company declined to say how the attackers got in, citing an investigation by police.\n\n"
        "Privacy groups have raised concerns about the fines for breaches.\n\n"
        "It remains unclear who would pay for replacing stolen licences.\n\n"
        "Critics say the maximum fine for privacy breaches is far too low.\n\n"
        "Banks warned customers about the risk of scam calls.\n"
    )
    texts = [i.text for i in find_open_issues(doc, people)]
    assert len(texts) == 4
    assert any("attackers got in" in t for t in texts)
    assert not any("hackers had stolen" in t for t in texts)


def test_an_undisclosed_fact_a_lack_an_unnamed_cause_and_nowhere_near_are_issues() -> None:
    doc, people = analysed(
        "The harbour board did not disclose whether the ferry operator had paid its berthing fees.\n"
        "Fishermen in the valley towns complain of a lack of cold storage for their catch.\n"
        "Investigators have not named a cause for the warehouse blaze in Tarnby.\n"
        'The dockers\' union called the new roster "nowhere near enough" to cover the night shifts.\n'
    )
    texts = " | ".join(i.text for i in find_open_issues(doc, people))
    assert "did not disclose whether" in texts
    assert "lack of cold storage" in texts
    assert "not named a cause" in texts
    assert "nowhere near enough" in texts


def test_displeasure_at_a_decision_is_an_issue_a_players_mood_is_not() -> None:
    doc, people = analysed(
        "Mayor Ilse Varga said she was disappointed with the plan to shut the Brenner Street depot.\n"
        "The winger said he was disappointed to miss the final after a late knee knock.\n"
    )
    texts = " | ".join(i.text for i in find_open_issues(doc, people))
    assert "Brenner Street depot" in texts
    assert "disappointed to miss" not in texts


def test_woes_slumps_outbreaks_and_cases_thrown_out_are_issues() -> None:
    doc, people = analysed(
        "The Brenvik district faces a cholera outbreak after the spring rains.\n"
        "Further compounding the region's woes is a slump in timber prices.\n"
        "Two wardens at the Osk prison were suspended from duty pending a review.\n"
        "A first case against the Tarrow mill owners was thrown out for insufficient evidence.\n"
    )
    texts = " | ".join(i.text for i in find_open_issues(doc, people))
    assert "cholera outbreak" in texts
    assert "slump in timber prices" in texts
    assert "suspended from duty" in texts
    assert "thrown out" in texts


def test_ageing_means_unproven_claims_pleas_limits_and_hardship_are_issues() -> None:
    doc, people = analysed(
        "The Orsk bus fleet is ageing, with sanctions restricting the purchase of spare parts.\n"
        "There is no evidence that the Tamber reservoir was poisoned, the water board said.\n"
        "The Velden harbour master pleaded not guilty to six counts of fraud.\n"
        "Farmers in the Arlo valley face new limits on well water this summer.\n"
    )
    texts = " | ".join(i.text for i in find_open_issues(doc, people))
    assert "ageing" in texts
    assert "no evidence" in texts
    assert "pleaded not guilty" in texts
    assert "limits on well water" in texts


def test_scarcity_debt_negligence_and_work_without_pay_are_issues() -> None:
    doc, people = analysed(
        "The Tarrow ferry line suffers from a scarcity of trained pilots.\n"
        "The Brenn football club has debts of 40 million euros, its auditors found.\n"
        "The Osk clinic's director was charged with gross negligence over the deaths.\n"
        "Some museum guards in Lund are working without pay since the budget lapsed.\n"
    )
    texts = " | ".join(i.text for i in find_open_issues(doc, people))
    assert "scarcity of trained pilots" in texts
    assert "debts of 40 million" in texts
    assert "without pay" in texts


def test_denials_blaming_and_unratified_deals_are_issues() -> None:
    doc, people = analysed(
        "The Orsk tannery denied that it had dumped dye into the river.\n"
        "The Velden port authority issued a statement blaming the pilots for the collision.\n"
        "The Arlo senate did not ratify the fishing treaty with its neighbour.\n"
    )
    texts = " | ".join(i.text for i in find_open_issues(doc, people))
    assert "denied" in texts
    assert "blaming the pilots" in texts
    assert "did not ratify" in texts


def test_questions_remain_how_much_is_an_open_question() -> None:
    doc, people = analysed(
        "An analyst said questions remain how much direct funding the rebels receive from abroad.\n"
    )
    (issue,) = find_open_issues(doc, people)
    assert issue.text.startswith("Unclear: how much direct funding")
    assert issue.topic.endswith("unclear")


def test_a_cue_word_inside_a_body_s_name_is_no_issue() -> None:
    doc, people = analysed(
        "Nadia Perrin, the head of the Harbour Police Counter Terrorism Command, spoke to the crowd at noon.\n"
        "She thanked the volunteers of the Crisis Response Team for their long night of work.\n"
        "Harbour Division of the rail company started its summer festival on June 1.\n"
    )
    assert find_open_issues(doc, people) == ()


def test_a_second_line_whose_topic_is_only_the_cue_word_is_the_same_issue() -> None:
    topics = _topics(
        "The attacks on the two depots began before dawn on Sunday and lasted an hour.\n\n"
        "The attacks set fire to a storage tank near the river, officials said.\n\n"
        "A militia from the hills said it carried out the attacks.\n\n"
        "Farmers in the valley have complained for years about water shortages.\n"
    )
    assert topics.count("attacks") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Unlike its rival, the carmaker will not publicly announce which of its dealers will close.",
        "Analysts expect a resurgence of the militia in the border provinces this winter.",
        "The carmakers want new loans. The ministry will review their plans before a decision is made "
        "on whether or not to extend the loans.",
        "The league's charter prohibits any intervention of a political or religious character.",
        "The governor said he will not approve a budget that leaves out money for the new prison.",
        'A spokesman said the agency "would not consider requests of this nature" from any member.',
    ],
)
def test_withheld_facts_returns_open_choices_bans_and_refusals_are_issues(text: str) -> None:
    doc, people = analysed(text + "\n")
    assert find_open_issues(doc, people)


def test_people_still_missing_are_an_open_issue() -> None:
    doc, people = analysed(
        "Heavy rain flooded the valley towns on Tuesday. Dozens of villagers remain missing after the "
        "flood, the governor said. The villagers had been warned.\n"
    )
    assert any("remain missing" in i.text for i in find_open_issues(doc, people))


@pytest.mark.parametrize(
    "sentence",
    [
        "Police are still searching for the driver of the van.",
        "A manhunt for the two gunmen was launched across the county.",
        "The three victims had not been identified by the coroner.",
    ],
)
def test_unresolved_searches_and_identities_are_issues(sentence: str) -> None:
    doc, people = analysed(
        "A van struck a crowd near the harbour on Sunday evening. " + sentence + " The van and "
        "its victims were found later near the harbour.\n"
    )
    assert any(sentence[:20] in i.text for i in find_open_issues(doc, people))


def test_a_diminished_cue_word_is_no_issue() -> None:
    doc, people = analysed(
        "The new speaker said her term will begin with less controversial bills on roads. "
        "The speaker also backed a non-violent march in the capital.\n"
    )
    assert find_open_issues(doc, people) == ()


def test_a_line_quoted_from_inside_someone_s_sentence_is_no_issue() -> None:
    doc, people = analysed(
        "The minister apologised for the order, saying it “came from a sense of duty” but “caused "
        "anxiety and inconvenience to the public.”\n"
    )
    assert not any(i.text.startswith("\u201ccaused") for i in find_open_issues(doc, people))


def test_a_fact_left_unsaid_is_an_open_question() -> None:
    doc, people = analysed(
        "Drones hit the oil plant on Saturday. The agency did not mention if there were casualties, "
        "but said exports of oil were continuing.\n"
    )
    assert [i.text for i in find_open_issues(doc, people)] == ["Unclear: if there were casualties"]
    doc, people = analysed(
        "A second blast was reported near the depot. Reports of the second blast were unconfirmed "
        "on Sunday night.\n"
    )
    assert find_open_issues(doc, people)


@pytest.mark.parametrize(
    "sentence",
    [
        "The border militia said the pull-out was a stab in the back for its fighters.",
        "The envoy called the militia's statement on the border a propaganda exercise.",
        "The bill to ban the militia has still not been debated in parliament.",
    ],
)
def test_betrayal_propaganda_and_a_bill_left_hanging_are_issues(sentence: str) -> None:
    doc, people = analysed(
        "The government ordered troops to leave the border on Sunday. " + sentence
        + " The militia held the border towns on Monday.\n"
    )
    assert any(sentence[:25] in i.text for i in find_open_issues(doc, people))


@pytest.mark.parametrize(
    "sentence",
    [
        "Democrats plan to address the government shutdown promptly.",
        "The first model was overshadowed by the larger tablet.",
        "The first model did not fare so well in the shops.",
    ],
)
def test_a_shutdown_and_a_product_faring_badly_are_issues(sentence: str) -> None:
    doc, people = analysed(
        "The company released its second model on Tuesday. " + sentence + " The second model and "
        "the government were both in the news on Tuesday.\n"
    )
    assert any(sentence[:25] in i.text for i in find_open_issues(doc, people))
