"""Meetings that happened: participants, place, day, duration, merged across sentences."""

from __future__ import annotations

import pytest
from engine_support import analysed

from briefs.engine.clauses import durations
from briefs.engine.meetings import find_meetings


def _surnames(meeting) -> set[str]:
    return {p.name.split()[-1] for p in meeting.participants}


def test_durations_are_normalised_and_ages_are_not_durations() -> None:
    assert [d for *_, d in durations("Their roughly 30-minute meeting could help")] == [
        "about 30 minutes"
    ]
    assert [d for *_, d in durations("during more than three hours of talks with Wang")] == [
        "more than three hours"
    ]
    assert [d for *_, d in durations("During 7-1/2 hours of talks with Qin on Sunday")] == [
        "7-1/2 hours"
    ]
    assert durations("insisting the 93 year-old finishes his term") == []
    assert durations("It took two years to pass the bill.") == []


def test_evidence_spread_over_sentences_makes_one_meeting() -> None:
    doc, people = analysed(
        "China's Xi Jinping hailed progress in talks with US Secretary of State Antony Blinken in Beijing on Monday.\n"
        "Blinken, the first holder of his post to meet the Chinese leader since 2018, had earlier strode towards Xi "
        "at the Great Hall of the People.\n"
        "Their roughly 30-minute meeting could help facilitate a summit between Xi and US President Joe Biden later "
        "in the year.\n"
    )
    meetings = find_meetings(doc, people)
    assert len(meetings) == 1
    key = meetings[0]
    assert _surnames(key) == {"Jinping", "Blinken"}
    assert key.place == "Great Hall of the People, Beijing"
    assert key.when == "Monday"
    assert key.duration == "about 30 minutes"
    assert doc.text[key.span[0] : key.span[1]].startswith("China's Xi Jinping hailed")


def test_a_future_or_possible_meeting_is_not_a_meeting() -> None:
    doc, people = analysed(
        "US President Joe Biden is expected to meet Chinese President Xi Jinping later in the year.\n"
        "Officials said the two leaders could hold a summit in San Francisco in November.\n"
    )
    assert find_meetings(doc, people) == ()


def test_televised_address_and_remarks_to_reporters_are_statements() -> None:
    doc, people = analysed(
        "Prime Minister Habib Essid declared in a televised address Wednesday that the nation was in danger.\n"
        "Han Dong-hoon, the leader of the PPP, urged Yoon to step down, telling reporters after the address that it "
        "was impossible.\n"
    )
    assert find_meetings(doc, people) == ()


def test_discussions_with_two_people_on_two_days_are_two_meetings() -> None:
    doc, people = analysed(
        "US Secretary of State Antony Blinken travelled to China.\n"
        "It was not clear what came of Blinken's earlier discussions with China's top diplomat Wang Yi on Monday "
        "and foreign minister Qin Gang on Sunday.\n"
    )
    meetings = find_meetings(doc, people)
    by_day = {m.when: _surnames(m) for m in meetings}
    assert by_day == {"Monday": {"Blinken", "Yi"}, "Sunday": {"Blinken", "Gang"}}


def test_groups_are_participants_where_no_person_is_named() -> None:
    doc, people = analysed(
        "The projections, made in sessions with brokers and agents, provide some of the most concrete evidence yet "
        "of how much insurance companies might increase prices.\n"
    )
    meetings = find_meetings(doc, people)
    assert len(meetings) == 1
    assert {p.name for p in meetings[0].participants} == {"brokers", "agents"}


def test_a_phone_call_has_its_day_and_the_lead_meeting_comes_first() -> None:
    doc, people = analysed(
        "Zimbabwe President Robert Mugabe met the army chief General Constantino Chiwenga at State House on "
        "Thursday.\n"
        "South Africa said Mr Mugabe had told President Jacob Zuma by telephone on Wednesday that he was confined "
        "to his home.\n"
    )
    meetings = find_meetings(doc, people)
    assert [_surnames(m) for m in meetings] == [{"Mugabe", "Chiwenga"}, {"Mugabe", "Zuma"}]
    assert meetings[0].place == "State House"
    assert meetings[1].when == "Wednesday"


def test_meeting_lines_are_condensed_and_spans_point_at_evidence() -> None:
    doc, people = analysed(
        "During 7-1/2 hours of talks with foreign minister Qin Gang on Sunday, Antony Blinken stressed the need to "
        "reduce the risk "
        "of misperception, the State Department said.\n"
    )
    (meeting,) = find_meetings(doc, people)
    assert meeting.duration == "7-1/2 hours" and meeting.when == "Sunday"
    assert "Qin Gang" in meeting.text and "Antony Blinken" in meeting.text
    assert len(meeting.text.split()) < 25
    start, end = meeting.span
    assert 0 <= start < end <= len(doc.text)


def test_an_address_to_a_present_assembly_is_a_meeting_there() -> None:
    doc, people = analysed(
        "Israeli Prime Minister Benjamin Netanyahu strongly warned against a bad deal during his March 3 address "
        "to a joint meeting of Congress.\n"
        "Seoul resident Margie Kim said after Yoon's address that he should resign.\n"
    )
    meetings = find_meetings(doc, people)
    assert len(meetings) == 1
    assert {p.name for p in meetings[0].participants} == {"Benjamin Netanyahu", "Congress"}
    assert meetings[0].when == "March 3"
    assert meetings[0].place == "Congress"


def test_a_raid_by_police_and_inspectors_is_a_visit() -> None:
    doc, people = analysed(
        "Russian police and tax inspectors have raided the offices of the human rights group Memorial.\n"
    )
    (meeting,) = find_meetings(doc, people)
    assert {p.name.split()[-1] for p in meeting.participants} >= {"police", "inspectors"}


# Stories written for these tests (not from any corpus): the rules must read unseen wire copy.
_SUMMIT = (
    "EU leaders agree on recovery fund after marathon summit\n\n"
    "European Union leaders agreed on a 750 billion euro recovery fund early on Tuesday after four days of "
    "talks in Brussels, ending a bitter dispute between wealthy northern states and the hard-hit south.\n\n"
    "German Chancellor Angela Merkel and French President Emmanuel Macron met Dutch Prime Minister Mark Rutte "
    "on Sunday night in an attempt to break the deadlock. Rutte had insisted on strict conditions for grants "
    "to Italy and Spain.\n\n"
    '"This is a historic day for Europe," Macron said at a news conference. The deal still needs the approval '
    "of the European Parliament, which will debate it next week.\n"
)


def test_a_summit_story_keeps_the_leaders_meeting_and_never_pairs_a_party_with_itself() -> None:
    doc, people = analysed(_SUMMIT)
    meetings = find_meetings(doc, people)
    leaders = [m for m in meetings if {"Merkel", "Macron", "Rutte"} <= _surnames(m)]
    assert leaders and leaders[0].when == "Sunday night"
    for meeting in meetings:
        names = [p.name.lower() for p in meeting.participants]
        assert not any(a != b and b.startswith(a + " ") for a in names for b in names), names
        assert "brussels" not in names  # where the talks were, not who talked


def test_a_vote_in_parliament_is_a_sitting_of_its_parties() -> None:
    doc, people = analysed(
        "The motion to remove the prime minister failed on Saturday after members of the ruling party walked out "
        "of parliament before the vote, leaving the 150 opposition lawmakers short of a majority.\n"
        "Analysts said voters would punish the party at the next election.\n"
    )
    (meeting,) = find_meetings(doc, people)
    names = {p.name.lower() for p in meeting.participants}
    assert "parliament" in names and "opposition lawmakers" in names
    assert meeting.place == "parliament" and meeting.when == "Saturday"


def test_a_planned_vote_is_not_a_sitting_yet() -> None:
    doc, people = analysed(
        "Opposition lawmakers said parliament will vote on the budget next week after the holiday recess.\n"
    )
    assert find_meetings(doc, people) == ()


def test_visits_by_a_group_name_the_group_and_not_the_place() -> None:
    doc, people = analysed(
        "Officials said on Thursday that the Kenyan government had allowed two visits by American inspectors "
        "to a remote border camp near Somalia.\n"
    )
    (meeting,) = find_meetings(doc, people)
    names = [p.name for p in meeting.participants]
    assert "American inspectors" in names
    assert not any(n in {"Somalia", "Officials"} for n in names)


def test_a_visit_by_he_names_the_person_the_group_met_and_the_city() -> None:
    doc, people = analysed(
        "President Recep Tayyip Erdogan declared a state of emergency in ten provinces.\n\n"
        "He visited the city of Kahramanmaras on Wednesday and met families of the victims.\n"
    )
    (meeting,) = find_meetings(doc, people)
    assert [p.name for p in meeting.participants] == ["Recep Tayyip Erdogan", "families"]
    assert meeting.place == "Kahramanmaras" and meeting.when == "Wednesday"


def test_testimony_before_a_committee_and_a_raid_on_offices() -> None:
    doc, people = analysed(
        "Meta chief executive Mark Zuckerberg testified before the Senate Judiciary Committee on Wednesday, "
        "facing four hours of questions from lawmakers.\n\n"
        "German prosecutors raided the Frankfurt offices of the bank on Tuesday, the bank said.\n"
    )
    meetings = find_meetings(doc, people)
    hearing = meetings[0]
    assert [p.name for p in hearing.participants] == [
        "Mark Zuckerberg",
        "Senate Judiciary Committee",
    ]
    assert hearing.when == "Wednesday" and hearing.duration == "four hours"
    for meeting in meetings:
        assert all(not p.name.endswith("offices") for p in meeting.participants)


def test_a_raid_names_whose_offices_were_raided() -> None:
    doc, people = analysed(
        "Police and tax inspectors have raided the offices of the rights group Memorial and other groups which "
        "get foreign funding.\n"
    )
    (meeting,) = find_meetings(doc, people)
    names = {p.name for p in meeting.participants}
    assert "Memorial" in names and "offices" not in " ".join(names)


def test_telling_an_assembly_is_an_address_and_a_recalled_one_is_not_the_key_meeting() -> None:
    doc, people = analysed(
        "President Obama told the U.N. General Assembly 18 months ago that he would seek a breakthrough.\n\n"
        "Israeli Prime Minister Benjamin Netanyahu strongly warned against a bad deal during his March 3 address "
        "to a joint meeting of Congress.\n"
    )
    meetings = find_meetings(doc, people)
    assert {p.name for p in meetings[0].participants} == {"Benjamin Netanyahu", "Congress"}
    recalled = next(
        m for m in meetings if "U.N. General Assembly" in {p.name for p in m.participants}
    )
    assert recalled.when == "18 months ago" and recalled.place == "U.N. General Assembly"


def test_telling_reporters_is_not_a_meeting() -> None:
    doc, people = analysed(
        "Prime Minister Jane Doe told reporters on Monday that talks would resume.\n"
    )
    assert find_meetings(doc, people) == ()


def test_the_two_leaders_are_the_persons_named_just_before() -> None:
    doc, people = analysed(
        "Japanese Prime Minister Shigeru Ishiba welcomed German Chancellor Friedrich Merz to Tokyo on Monday.\n"
        "The two leaders met for about an hour at the prime minister's office in Tokyo, the first visit to "
        "Japan by a German chancellor in three years.\n"
    )
    meetings = find_meetings(doc, people)
    assert len(meetings) == 1
    assert _surnames(meetings[0]) == {"Ishiba", "Merz"}
    assert meetings[0].duration == "about an hour"


def test_their_first_meeting_names_the_clause_persons_and_not_the_since_date() -> None:
    doc, people = analysed(
        "South Korean President Lee Jae-myung and Chinese President Xi Jinping agreed on Saturday to resume "
        "regular talks on trade, in their first meeting since Lee took office in June.\n"
    )
    meetings = find_meetings(doc, people)
    assert len(meetings) == 1
    assert _surnames(meetings[0]) == {"Jae-myung", "Jinping"} or len(meetings[0].participants) == 2
    assert meetings[0].when == "Saturday"


def test_a_plan_governs_a_coordinated_meeting_verb() -> None:
    doc, people = analysed(
        "On Wednesday, Foreign Minister Penny Wong is scheduled to visit a training centre in West Java and "
        "meet students who have received scholarships.\n"
        "She will then fly to Kuala Lumpur ahead of the ASEAN foreign ministers' meeting later this month.\n"
    )
    assert find_meetings(doc, people) == ()


def test_an_interview_quoted_as_a_source_is_not_a_meeting() -> None:
    doc, people = analysed(
        "Kim Heung-kyun, a former ambassador, said the summit was a reset.\n"
        '"The problems have not gone away," Kim said in an interview with Yonhap News Agency.\n'
        '"We want stable ties," said Lee Jae-myung. "Trade comes first," Lee added.\n'
        "In a 2015 interview with the Detroit Free Press, Lydia Marsh said she had no regrets.\n"
    )
    # the interviewee is no main speaker of the story (the interview a story is built on is a
    # meeting: tests/test_engine_meetings_outlets_probes.py)
    assert find_meetings(doc, people) == ()


def test_a_call_with_analysts_is_a_statement() -> None:
    doc, people = analysed(
        '"We are proud of the momentum," Chief Executive Tim Cook said on a call with analysts.\n'
    )
    assert find_meetings(doc, people) == ()


def test_negotiators_from_a_country_make_it_a_party_and_mediators_are_not_a_verb() -> None:
    doc, people = analysed(
        "Negotiators from Israel and Hamas resumed indirect talks in Cairo on Sunday, with Egyptian and "
        "Qatari mediators pressing both sides to agree to a truce, officials said.\n"
    )
    meetings = find_meetings(doc, people)
    assert len(meetings) == 1
    assert [p.name for p in meetings[0].participants] == ["Israel", "Hamas"]
    assert meetings[0].place == "Cairo"


def test_a_counted_audience_is_a_party() -> None:
    doc, people = analysed(
        "Speaking to about 600 medical students at Howard University, Surgeon General Vivek Murthy said "
        "loneliness was a public health crisis.\n"
    )
    meetings = find_meetings(doc, people)
    assert len(meetings) == 1
    assert "medical students" in [p.name for p in meetings[0].participants]


def test_the_minister_for_a_portfolio_is_the_person_with_that_role() -> None:
    doc, people = analysed(
        "Prime Minister Kyriakos Mitsotakis chaired an emergency meeting at the civil protection headquarters "
        "in Athens on Sunday morning with the ministers for climate crisis and civil protection, the fire "
        "service chief and regional governors.\n"
        'Civil Protection Minister Vassilis Kikilias said the next two days were critical. "We are ready," '
        "he said.\n"
    )
    meetings = find_meetings(doc, people)
    assert len(meetings) == 1
    assert {"Mitsotakis", "Kikilias"} <= _surnames(meetings[0])
    assert meetings[0].when == "Sunday morning"


def test_a_meeting_of_parties_told_again_with_its_people_is_one_meeting() -> None:
    doc, people = analysed(
        "Britain and the Gulf Cooperation Council wrapped up a fifth round of trade negotiations in Riyadh "
        "on Thursday.\n"
        "Trade Secretary Jonathan Reynolds joined the final day and held talks with GCC Secretary General "
        "Jasem Albudaiwi and Saudi Commerce Minister Majid al-Qasabi.\n"
    )
    meetings = find_meetings(doc, people)
    assert len(meetings) == 1
    assert {"Reynolds", "Albudaiwi", "al-Qasabi"} <= _surnames(meetings[0])
    assert meetings[0].place == "Riyadh" and meetings[0].when == "Thursday"


def test_day_from_the_sentence_before_and_city_of_place() -> None:
    doc, people = analysed(
        "Japanese Prime Minister Shigeru Ishiba and German Chancellor Friedrich Merz agreed on Monday to work "
        "together on securing supplies of critical minerals.\n"
        "The two leaders met for about an hour on the sidelines of a forum in the southeastern city of "
        "Gyeongju.\n"
    )
    (meeting,) = find_meetings(doc, people)
    assert meeting.when == "Monday"
    assert meeting.place == "Gyeongju"


def test_a_person_in_a_relative_clause_is_not_a_party() -> None:
    doc, people = analysed(
        "China's foreign minister, Wang Yi, who accompanied Xi Jinping, met his South Korean counterpart, "
        "Cho Hyun, separately on Friday evening.\n"
    )
    (meeting,) = find_meetings(doc, people)
    assert _surnames(meeting) == {"Yi", "Hyun"}


def test_groups_meeting_told_again_with_a_named_negotiator_and_a_future_session() -> None:
    doc, people = analysed(
        "Union leaders and port employers met for more than six hours on Monday in an attempt to end a strike.\n"
        "The union is demanding a 9 per cent pay rise.\n"
        "Niek Stam, the union's national secretary, sat down with representatives of the terminal operators "
        "at the offices of a government mediator in The Hague.\n"
        "The mediator, former labour minister Lodewijk Asscher, is expected to present a compromise proposal "
        "at Thursday's session.\n"
    )
    (meeting,) = find_meetings(doc, people)
    assert "Stam" in _surnames(meeting)
    assert meeting.when == "Monday"
    assert meeting.place == "The Hague"


def test_the_talks_length_wins_over_the_trip_length() -> None:
    doc, people = analysed(
        "Australia's Foreign Minister Penny Wong arrived in Jakarta on Tuesday for a two-day visit to "
        "Indonesian Foreign Minister Sugiono.\n"
        "Wong was received by Sugiono at the Pancasila Building, where the pair held talks for about 90 "
        "minutes on maritime security.\n"
    )
    (meeting,) = find_meetings(doc, people)
    assert meeting.duration == "about 90 minutes"
    assert meeting.when == "Tuesday"


def test_phone_calls_and_appearances_before_a_named_body_are_meetings() -> None:
    doc, people = analysed(
        "French President Emmanuel Macron spoke by phone with Ukrainian President Volodymyr Zelensky on "
        "Tuesday, the Elysee said.\n"
    )
    (call,) = find_meetings(doc, people)
    assert _surnames(call) == {"Macron", "Zelensky"} and call.when == "Tuesday"
    doc, people = analysed(
        "Meta chief executive Mark Zuckerberg appeared before the House Judiciary Committee on Thursday.\n"
    )
    (hearing,) = find_meetings(doc, people)
    assert "Zuckerberg" in _surnames(hearing)
    doc, people = analysed("Daniel Marsh, 41, appeared before magistrates in London on Friday.\n")
    assert find_meetings(doc, people) == ()


def test_plain_the_officials_is_not_the_two_persons_named_before() -> None:
    doc, people = analysed(
        "Foreign Minister Penny Wong praised Trade Minister Don Farrell for the deal on Monday.\n"
        "The officials met business groups in Sydney on Tuesday.\n"
    )
    for meeting in find_meetings(doc, people):
        assert not {"Wong", "Farrell"} <= _surnames(meeting)


def test_a_phone_conversation_with_a_leader_is_a_call() -> None:
    doc, people = analysed(
        "The decision came after Chilean President Rosa Vial had a phone conversation with Peruvian "
        "President Tomas Ugarte on Sunday.\n"
    )
    (call,) = find_meetings(doc, people)
    assert _surnames(call) == {"Vial", "Ugarte"} and call.when == "Sunday"
    doc, people = analysed("Analysts said the conversation with Ugarte would be hard.\n")
    assert find_meetings(doc, people) == ()


def test_speaking_to_a_present_body_is_an_address_by_the_sentences_subject() -> None:
    doc, people = analysed(
        "Shares rose after central bank governor Mara Lind said inflation was easing.\n"
        "Addressing a conference in Geneva, the bank governor said growth would return.\n"
    )
    (address,) = find_meetings(doc, people)
    assert [p.name for p in address.participants] == ["Mara Lind", "conference"]
    assert address.place == "Geneva"
    doc, people = analysed(
        "Speaking in the National Assembly on Tuesday, Premier Jonas Brekke defended the budget.\n"
    )
    (sitting,) = find_meetings(doc, people)
    assert "Brekke" in _surnames(sitting) and "National Assembly" in {
        p.name for p in sitting.participants
    }
    doc, people = analysed("Speaking about the budget, Premier Jonas Brekke said it was fair.\n")
    assert find_meetings(doc, people) == ()


def test_a_sitting_names_the_assembly_in_apposition_and_not_an_org_after_the_vote() -> None:
    doc, people = analysed(
        "On Monday the parliament of Freedonia, the Grand Hural, voted 80 to 12 to ban the tax, a week "
        "ahead of a deadline set by the Supreme Court.\n"
        "The Grand Hural debated two bills and chose the one posed by the cabinet over one posed by the opposition.\n"
    )
    (sitting,) = find_meetings(doc, people)
    names = [p.name for p in sitting.participants]
    # the body under its own name only, never beside its generic word ("parliament"); the bodies
    # that moved the bills it debated are its parties
    assert names == ["Grand Hural", "cabinet", "opposition"]


def test_members_named_by_their_communities_boycotting_a_vote_are_its_parties() -> None:
    doc, people = analysed(
        "On Sunday, the Parliament of Freedonia voted to close the base.\n"
        "The vote was boycotted by both Druze and Alawite Members of Parliament.\n"
    )
    (sitting,) = find_meetings(doc, people)
    assert "Druze and Alawite members" in {p.name for p in sitting.participants}


def test_the_persons_who_moved_a_bill_take_part_in_its_sitting() -> None:
    doc, people = analysed(
        "Yesterday, the Parliament of Ruritania voted to pass the Clean Rivers Bill.\n"
        "The bill was drafted by Alan Lindqvist, who said on the parliament floor it was overdue.\n"
        "MP Hanna Berg, who co-sponsored the bill, said farmers were ready.\n"
    )
    (sitting,) = find_meetings(doc, people)
    assert {"Lindqvist", "Berg"} <= _surnames(sitting)


def test_a_bill_not_yet_debated_is_no_sitting() -> None:
    doc, people = analysed(
        "Tomas Varga, a member of Parliament, said he proposed a bill in 2019 and it has still not "
        "been debated.\n"
    )
    assert find_meetings(doc, people) == ()


def test_a_judge_sentencing_defendants_is_a_hearing() -> None:
    doc, people = analysed(
        "On Friday in the county court, Judge Walter Briggs sentenced Dana Holt to six years in prison.\n"
    )
    (hearing,) = find_meetings(doc, people)
    assert _surnames(hearing) == {"Briggs", "Holt"}


def test_a_trial_gains_the_prosecutor_and_the_defence_who_argued_at_it() -> None:
    doc, people = analysed(
        "Peter Lowe, 51, is on trial for fraud in Leeds.\n"
        "In the words of the prosecutor, Ruth Caldwell, the scheme was deliberate.\n"
        "Speaking for the defence, barrister Gareth Moss said the accounts were muddled.\n"
        "A neighbour, Carol Price, said the family kept to themselves.\n"
    )
    (trial,) = find_meetings(doc, people)
    assert _surnames(trial) == {"Lowe", "Caldwell", "Moss"}


def test_a_fronted_meeting_takes_the_pronoun_subject_and_a_passive_sentence_is_no_hearing() -> None:
    doc, people = analysed(
        "Governor Maria Kovac flew to the flooded town on Monday.\n"
        "In a meeting that day she was told by Fire Chief Daniel Ross that 40 homes were lost.\n"
    )
    (meeting,) = find_meetings(doc, people)
    assert _surnames(meeting) == {"Kovac", "Ross"}
    doc, people = analysed(
        "A former city clerk was sentenced on Monday to five years in prison for fraud.\n"
        "Janet Hale, 58, admitted the thefts.\n"
        "Hale briefly addressed the court before she was sentenced.\n"
    )
    assert find_meetings(doc, people) == ()


def test_appearing_on_a_named_show_is_an_interview_with_the_show() -> None:
    doc, people = analysed(
        "Senator Laura Finch spoke on CNN's Sunday politics show Capital Hour when she announced her bid.\n"
    )
    (interview,) = find_meetings(doc, people)
    assert [p.name for p in interview.participants] == ["Laura Finch", "Capital Hour", "CNN"]
    doc, people = analysed("Laura Finch will appear on a talk show next week.\n")
    assert find_meetings(doc, people) == ()


def test_an_event_attended_by_an_audience_or_the_press_is_the_hosts_meeting() -> None:
    doc, people = analysed(
        "Carmaker Voltra Motors showed its first electric van at its Leipzig plant on Saturday.\n"
        "The event was attended by 2,000 people including dealers and workers.\n"
    )
    (event,) = find_meetings(doc, people)
    names = [p.name for p in event.participants]
    assert names[0].endswith("Voltra Motors") and "dealers" in names
    doc, people = analysed("In a Tuesday media event, Kestrel Inc. released two new phones.\n")
    (event,) = find_meetings(doc, people)
    assert [p.name for p in event.participants][-1] == "media"
    doc, people = analysed("Voltra said the launch event will be attended by 500 dealers.\n")
    assert find_meetings(doc, people) == ()


def test_a_list_of_gerund_meetings_gives_the_subject_one_meeting_each() -> None:
    doc, people = analysed(
        "On her tour, activist Maria Lund has met with farmers, including giving an address at the "
        "African Union, meeting with Kenyan President Samuel Otieno, and speaking to the European "
        "Parliament.\n"
    )
    pairs = [_surnames(m) for m in find_meetings(doc, people)]
    assert {"Lund", "Otieno"} in pairs
    assert {"Lund", "Union"} in pairs and {"Lund", "Parliament"} in pairs


def test_persons_named_beside_the_hearing_join_a_one_party_hearing() -> None:
    doc, people = analysed(
        "A Senate hearing was conducted on March 3 into the broadcaster's licence.\n"
        "Network chief Maria Santos apologised to President Pedro Lopez during the hearing, which the "
        "palace accepted according to spokesman Juan Cruz.\n"
    )
    (hearing,) = find_meetings(doc, people)
    names = {p.name for p in hearing.participants}
    assert {"Senate", "Maria Santos", "Pedro Lopez"} <= names and "Juan Cruz" not in names


def test_named_parties_come_before_a_generic_group_of_the_same_sentence() -> None:
    doc, people = analysed(
        "On her tour, activist Maria Lund has met with world leaders, including giving an address at "
        "the African Union.\n"
    )
    first = find_meetings(doc, people)[0]
    assert [p.name for p in first.participants] == ["Maria Lund", "African Union"]


def test_a_second_predicate_of_the_subject_is_its_meeting_and_an_agentless_passive_is_none() -> None:
    doc, people = analysed(
        "Governor Maria Kovac was briefed, and flew to the flooded town on Monday, visiting the "
        "injured in hospital.\n"
    )
    (visit,) = find_meetings(doc, people)
    assert [p.name for p in visit.participants] == ["Maria Kovac", "injured"]
    assert visit.when == "Monday"


def test_two_leaders_who_spoke_on_the_phone_met() -> None:
    doc, people = analysed(
        "Rebels announced a truce on Sunday. On October 6, US President Dan Moor and Ruritanian "
        "President Ivo Kral spoke on the phone. Then both nations issued statements.\n"
    )
    meetings = find_meetings(doc, people)
    assert meetings and _surnames(meetings[0]) == {"Moor", "Kral"}
    assert meetings[0].when == "October 6"


def test_a_cancelled_or_only_due_meeting_did_not_happen() -> None:
    for text in (
        "Foreign Minister Ana Ruiz cancelled her meeting with Premier Li Wen on Tuesday.\n",
        "Foreign Minister Ana Ruiz had been due to meet Premier Li Wen on Tuesday, but the talks were "
        "postponed.\n",
        "Foreign Minister Ana Ruiz was to meet Premier Li Wen on Tuesday.\n",
    ):
        doc, people = analysed(text)
        assert find_meetings(doc, people) == (), text


def test_a_cancelled_trip_does_not_undo_the_meeting_that_followed() -> None:
    for text in (
        "Foreign Minister Ana Ruiz cancelled a trip to Paris and met Premier Li Wen in Rome on Tuesday.\n",
        "Foreign Minister Ana Ruiz met Premier Li Wen on Tuesday, a meeting that was postponed from March.\n",
    ):
        doc, people = analysed(text)
        meetings = find_meetings(doc, people)
        assert meetings and _surnames(meetings[0]) == {"Ruiz", "Wen"}, text


@pytest.mark.parametrize(
    "text",
    [
        "Defence adviser Tom Hale flew out on Monday. He arrived in Lima, where he met Premier Ana Ruiz.\n",
        "Defence adviser Tom Hale flew out on Monday. The defence adviser arrived in Lima, where he met "
        "the premier, Ana Ruiz.\n",
        "Defence adviser Tom Hale flew out on Monday. The defence adviser met Premier Ana Ruiz in Lima.\n",
        "Defence adviser Tom Hale flew out on Monday. He met Premier Ana Ruiz in Lima.\n",
        "Defence adviser Tom Hale spoke on Monday. His summit with Chilean President Ana Ruiz was friendly.\n",
        "Defence adviser Tom Hale spoke on Monday. His summit with the leader of Chile, Ana Ruiz, was "
        "friendly.\n",
    ],
)
def test_a_participant_linked_by_pronoun_role_or_possessive_takes_part(text: str) -> None:
    doc, people = analysed(text)
    meetings = find_meetings(doc, people)
    assert meetings and _surnames(meetings[0]) == {"Hale", "Ruiz"}, text


@pytest.mark.parametrize(
    "text",
    [
        'Speaking to newspaper Star of Lakeside, Pilot Mira Shah said, "It is a proud moment."\n',
        'Speaking to Agence France-Presse, the president of the League, Jamel Osei, said, "We are free."\n',
    ],
)
def test_speaking_to_a_news_outlet_is_a_source_not_a_meeting(text: str) -> None:
    doc, people = analysed(text)
    assert find_meetings(doc, people) == ()


def test_speaking_to_a_journalist_or_an_assembly_is_still_a_meeting() -> None:
    for text in (
        'Speaking to Martin Smith of NTV, Crown Prince Omar Talal said, "It happened."\n',
        "Speaking to the European Parliament, President Ana Ruiz said reform was needed.\n",
    ):
        doc, people = analysed(text)
        assert len(find_meetings(doc, people)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Ruiz welcomed Prime Minister Li Wen to Lima on Monday.\n",
        "President Ana Ruiz and Prime Minister Li Wen shook hands in Lima on Monday.\n",
        "President Ana Ruiz discussed trade with Prime Minister Li Wen on Monday.\n",
        "President Ana Ruiz and Prime Minister Li Wen discussed trade on Monday.\n",
        "Prime Minister Li Wen was received by President Ana Ruiz in Lima on Monday.\n",
    ],
)
def test_welcomes_handshakes_discussions_and_receptions_are_meetings(text: str) -> None:
    doc, people = analysed(text)
    meetings = find_meetings(doc, people)
    assert meetings and _surnames(meetings[0]) == {"Ruiz", "Wen"}, text


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Ruiz welcomed the decision on Monday.\n",
        "Analysts discussed the report of President Ana Ruiz on Monday.\n",
    ],
)
def test_a_welcomed_decision_or_a_discussed_report_is_no_meeting(text: str) -> None:
    doc, people = analysed(text)
    assert find_meetings(doc, people) == ()


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("President Ana Ruiz delivered a speech to the UN General Assembly on Tuesday.\n",
         {"Ruiz", "Assembly"}),
        ("President Ana Ruiz gave a speech at the European Parliament on Tuesday.\n", {"Ruiz", "Parliament"}),
        ("President Ana Ruiz addressed the UN General Assembly on Tuesday.\n", {"Ruiz", "Assembly"}),
        ("President Ana Ruiz telephoned Prime Minister Li Wen on Tuesday.\n", {"Ruiz", "Wen"}),
    ],
)
def test_speeches_to_a_body_addresses_and_phone_calls_are_meetings(text: str, parties: set[str]) -> None:
    doc, people = analysed(text)
    meetings = find_meetings(doc, people)
    assert meetings and _surnames(meetings[0]) == parties, text


def test_a_speech_as_a_source_or_a_speech_by_someone_is_no_meeting() -> None:
    for text in (
        "In a speech, President Ana Ruiz praised Prime Minister Li Wen.\n",
        "Senator Bo Kim praised a speech by President Ana Ruiz.\n",
    ):
        doc, people = analysed(text)
        assert find_meetings(doc, people) == (), text


def test_a_body_holding_a_hearing_with_one_person_takes_part() -> None:
    doc, people = analysed("The Senate Judiciary Committee held a hearing with Ana Ruiz on Monday.\n")
    meetings = find_meetings(doc, people)
    assert meetings and {p.name for p in meetings[0].participants} == {"Senate Judiciary Committee", "Ana Ruiz"}


def test_the_body_in_a_person_s_title_is_not_a_second_party() -> None:
    doc, people = analysed("Acme Corp chief Ana Ruiz visited Lima on Monday.\n")
    assert find_meetings(doc, people) == ()


def test_the_country_a_session_or_talks_are_on_is_no_party() -> None:
    doc, people = analysed("The UN Security Council held an emergency session on Syria on Tuesday.\n")
    assert find_meetings(doc, people) == ()
    doc, people = analysed("President Ana Ruiz held talks on Ukraine with Prime Minister Li Wen on Tuesday.\n")
    meetings = find_meetings(doc, people)
    assert meetings and _surnames(meetings[0]) == {"Ruiz", "Wen"}


def test_a_person_who_joined_or_attended_the_meeting_takes_part() -> None:
    for text in (
        "Foreign ministers Ana Ruiz and Li Wen gathered in Cairo on Wednesday to discuss trade. The Italian "
        "foreign minister, Luigi Dimo, joined the talks as an observer.\n",
        "President Ana Ruiz met Premier Li Wen in Cairo on Wednesday. Minister Luigi Dimo also attended the "
        "meeting.\n",
    ):
        doc, people = analysed(text)
        meetings = find_meetings(doc, people)
        assert meetings and _surnames(meetings[0]) == {"Ruiz", "Wen", "Dimo"}, text


def test_speaking_to_someone_then_he_said_is_a_meeting_of_the_subject_before() -> None:
    doc, people = analysed(
        "Broadcaster NTV revealed that in May, Crown Prince Omar Talal accepted responsibility for the "
        "murder of journalist Jamal Kashi. Speaking to Martin Smith of NTV, he said, \"It happened under "
        'my watch."\n'
    )
    meetings = find_meetings(doc, people)
    assert meetings and _surnames(meetings[0]) == {"Talal", "Smith"}


def test_a_body_after_the_vote_and_a_comma_is_not_whom_it_voted_for():
    text = (
        "Yesterday, the Parliament of Ruritania voted on a resolution to expel foreign troops. "
        "The vote was boycotted by both Kurdish and Sunni Members of Parliament.\n\n"
        "Following the vote, a United States Department of State spokesperson, Ann Lee, said the "
        "United States was disappointed by the Parliament's decision."
    )
    doc, people = analysed(text)
    meetings = find_meetings(doc, people)
    assert meetings
    assert all("Department" not in p.name for m in meetings for p in m.participants)


_CAST = (
    "Chancellor Olaf Scholz, President Emmanuel Macron, Judge Tom Hale and Minister Ann Lee "
    "were in the news this week.\n\n"
)


def _first_meeting(sentence: str) -> list[str]:
    doc, people = analysed(_CAST + sentence)
    meetings = find_meetings(doc, people)
    return [p.name for p in meetings[0].participants] if meetings else []


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        # a hearing: the subject appeared before, or gave evidence to, a body
        ("Ann Lee appeared before a parliamentary committee on Tuesday.", ["Ann Lee", "parliamentary committee"]),
        ("Ann Lee gave evidence to the Treasury Committee on Tuesday.", ["Ann Lee", "Treasury Committee"]),
        ("Ann Lee appeared in court on Tuesday charged with fraud.", ["Ann Lee", "court"]),
        ("Ann Lee appeared at Westminster Magistrates' Court on Tuesday.", ["Ann Lee", "Westminster Magistrates' Court"]),
        ("Ann Lee was sentenced to six years in prison by Judge Tom Hale on Tuesday.", ["Ann Lee", "Tom Hale"]),
        # an address to an audience present, named as an event or a body
        ("Ann Lee spoke at the World Economic Forum in Davos on Tuesday.", ["Ann Lee", "World Economic Forum"]),
        ("Ann Lee gave a speech at the World Economic Forum on Tuesday.", ["Ann Lee", "World Economic Forum"]),
        # those who attended a summit met
        ("Emmanuel Macron and Olaf Scholz attended the summit in Brussels on Thursday.", ["Emmanuel Macron", "Olaf Scholz"]),
    ],
)
def test_hearings_addresses_and_summits_attended(sentence, parties):
    assert _first_meeting(sentence) == parties


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee will appear in court next week.",
        "Ann Lee is due to appear before the committee next week.",
        "The maxim is what Tom Hale once testified before the Senate when he was nominated.",
        "Ann Lee spoke at length about the plan.",
        "Olaf Scholz attended the summit in Brussels on Thursday.",
        "Emmanuel Macron and Olaf Scholz will attend the summit in Brussels on Thursday.",
        "Ann Lee and Tom Hale have met several times since 2019.",
        "Ann Lee often visited Tom Hale in Dover.",
        "Ann Lee was sentenced to six years in prison on Tuesday.",
    ],
)
def test_no_meeting_from_plans_background_habits_or_one_party(sentence):
    assert _first_meeting(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        # a chair and the body that sat
        ("The cabinet, chaired by Olaf Scholz, met on Thursday to approve the budget.", ["Olaf Scholz", "cabinet"]),
        ("Olaf Scholz chaired a cabinet meeting on Thursday.", ["Olaf Scholz", "cabinet"]),
        ("Olaf Scholz chaired a meeting of the Security Council on Thursday.", ["Olaf Scholz", "Security Council"]),
        # a hearing told by what the court did
        ("The trial of Ann Lee opened at Dover Crown Court on Monday.", ["Ann Lee", "Dover Crown Court"]),
        ("The court heard on Monday that Ann Lee had stolen the money.", ["court", "Ann Lee"]),
        ("Judge Tom Hale ruled on Monday that Ann Lee must pay a fine.", ["Tom Hale", "Ann Lee"]),
        ("A jury found Ann Lee guilty of fraud on Monday.", ["jury", "Ann Lee"]),
        # signatories, a video conference, a meal with a guest
        ("Olaf Scholz and Emmanuel Macron signed a trade agreement in Berlin on Thursday.", ["Olaf Scholz", "Emmanuel Macron"]),
        ("Olaf Scholz and Emmanuel Macron held a video conference on Thursday.", ["Olaf Scholz", "Emmanuel Macron"]),
        ("Olaf Scholz hosted a dinner for Emmanuel Macron on Thursday.", ["Olaf Scholz", "Emmanuel Macron"]),
    ],
)
def test_chairs_courts_signatories_and_hosts(sentence, parties):
    assert _first_meeting(sentence) == parties


@pytest.mark.parametrize(
    "sentence",
    [
        "The Supreme Court ruled in 2019 that Ann Lee was right.",
        "Olaf Scholz will chair a cabinet meeting on Thursday.",
        "Olaf Scholz and Emmanuel Macron will sign a trade agreement on Thursday.",
        "The judge said Ann Lee was lying.",
        "Olaf Scholz hosted the dinner on Thursday.",
        "Olaf Scholz received the documents from Ann Lee.",
    ],
)
def test_no_meeting_from_background_plans_or_things(sentence):
    assert _first_meeting(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        # an assembly choosing a person sat with that person
        ("The Senate voted 52-48 on Thursday to confirm Ann Lee as judge.", ["Senate", "Ann Lee"]),
        ("The Senate confirmed Ann Lee as judge on Thursday by 52 votes to 48.", ["Senate", "Ann Lee"]),
        ("The Bundestag elected Olaf Scholz chancellor on Thursday.", ["Olaf Scholz", "Bundestag"]),
        ("Olaf Scholz was elected chancellor by the Bundestag on Thursday.", ["Olaf Scholz", "Bundestag"]),
    ],
)
def test_an_assembly_choosing_a_person(sentence, parties):
    assert _first_meeting(sentence) == parties


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee was elected to parliament in 2015.",
        "The ministry confirmed that Ann Lee had resigned from parliament.",
        "The Senate confirmed that Ann Lee had resigned.",
    ],
)
def test_no_sitting_from_voters_or_confirmations_of_facts(sentence):
    assert _first_meeting(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a person named in passing is not the one the court acted on
        "The court ordered the release of files about Ann Lee on Monday.",
        "Judge Tom Hale ruled on Monday that the law signed by Olaf Scholz was void.",
        # one signatory, another person merely named in the sentence
        "Ann Lee said Olaf Scholz signed a trade agreement on Thursday.",
    ],
)
def test_no_hearing_or_signing_from_persons_named_in_passing(sentence):
    assert _first_meeting(sentence) == []
