"""Error classes found on real news the engine was not tuned on (issue 13); every sentence is invented."""

from __future__ import annotations

from engine_support import analysed

from briefs.engine.issues import find_open_issues
from briefs.engine.meetings import find_meetings
from briefs.engine.quotes import find_quotes
from briefs.engine.steps import find_next_steps


def _quotes(text: str) -> list[tuple[str | None, str]]:
    doc, people = analysed(text)
    return [(q.speaker, q.text) for q in find_quotes(doc, people)]


def test_a_quotation_reopened_in_the_same_paragraph_is_two_quotations() -> None:
    found = _quotes(
        'Minister Joe Lamb spoke in Leeds on Monday. Lamb added: "We must act on the roads now. '
        '"Time is short for the families who wait."\n'
    )
    assert ("Joe Lamb", "We must act on the roads now.") in found
    assert ("Joe Lamb", "Time is short for the families who wait.") in found


def test_a_second_opening_curly_mark_ends_the_first_quotation() -> None:
    found = _quotes(
        "The mayor, Tom Reed, said \u201cWe are ready. \u201cThe town is safe now.\u201d\n"
    )
    assert ("Tom Reed", "We are ready.") in found
    assert ("Tom Reed", "The town is safe now.") in found


def test_two_apostrophes_close_a_quotation_as_in_wire_copy() -> None:
    found = _quotes(
        "The mayor, Tom Reed, said \u201cThe bridge will reopen within a month.\u2019\u2019 He then left.\n\n"
        "Coach Ed Hill said: ''We played well tonight and deserved the win.'' The club agreed.\n\n"
        "The council leader, Mary Hale, said: ``We will not wait for the government.'' She left.\n"
    )
    assert ("Tom Reed", "The bridge will reopen within a month.") in found
    assert ("Ed Hill", "We played well tonight and deserved the win.") in found
    assert ("Mary Hale", "We will not wait for the government.") in found


def test_a_single_quoted_quotation_opened_after_a_colon_and_never_closed_is_kept() -> None:
    found = _quotes(
        "Police Chief Ann Lutz said: 'The roads are closed until further notice and people should stay home\n"
    )
    assert found == [
        ("Ann Lutz", "The roads are closed until further notice and people should stay home")
    ]


def test_the_same_quotation_in_a_caption_and_the_body_is_one_quote() -> None:
    found = _quotes(
        'Mayor Tom Reed said: "We will rebuild the old bridge by spring."\n\n'
        'Reed visited the site. "We will rebuild the old bridge by spring," Reed said on Monday.\n'
    )
    assert [text for _, text in found] == ["We will rebuild the old bridge by spring."]


def test_a_one_word_quote_like_we_or_please_is_not_a_quote() -> None:
    found = _quotes(
        'A spokesman, Ian Cole, said: "We."\n\nPolice Chief Ann Lutz said: "Please."\n\n'
        'Cole later said: "Enough."\n'
    )
    assert [text for _, text in found] == ["Enough."]


def test_stating_and_commented_attribute_a_quotation() -> None:
    found = _quotes(
        "Campaigner Ann Vole spoke to reporters, with Vole stating: "
        '"People need this government to decide faster."\n\n'
        "Council Speaker Bob Marr commented on the matter, which the Herald noted as unusual, "
        '"It is obvious that the purpose is to stop the debate."\n'
    )
    assert ("Ann Vole", "People need this government to decide faster.") in found
    assert ("Bob Marr", "It is obvious that the purpose is to stop the debate.") in found


def test_the_next_sentence_introducing_its_own_quote_does_not_take_this_one() -> None:
    found = _quotes(
        'Mayor Tom Reed said the plant would close. "It is shut for good." '
        'Then a spokesman, Ian Cole, countered: "Nothing has been decided yet."\n'
    )
    assert ("Tom Reed", "It is shut for good.") in found
    assert ("Ian Cole", "Nothing has been decided yet.") in found


def _step_texts(text: str) -> list[str]:
    doc, people = analysed(text)
    return [s.text for s in find_next_steps(doc, people)]


def _issue_topics(text: str) -> list[str]:
    doc, people = analysed(text)
    return [i.topic for i in find_open_issues(doc, people)]


def test_hopes_braces_requests_and_agreements_with_someone_are_steps() -> None:
    assert _step_texts(
        "The port authority hopes to seal a deal with the shipping firms before the winter.\n"
    )
    assert _step_texts("Farmers in the valley braced for more flooding as the river kept rising.\n")
    assert _step_texts(
        "Opposition leader Ruth Adler urged a special session of parliament to debate the levy.\n"
    )
    assert _step_texts("The mayor agreed with the union leaders to reopen the depot talks.\n")


def test_would_have_to_is_an_obligation_not_a_counterfactual() -> None:
    assert _step_texts(
        "Finance minister Lee Ora said the council would have to find the money by March.\n"
    )


def test_a_hope_inside_someone_s_quotation_is_not_a_step() -> None:
    assert not _step_texts(
        'Mayor Tom Reed said the town "hopes to see a steady recovery" after the fire.\n'
    )


def test_verdicts_forecasts_and_the_month_may_are_not_steps() -> None:
    assert not _step_texts("Officials said a quick agreement would be hard to reach.\n")
    assert not _step_texts(
        "Historians say the summit will go down as a turning point for the region.\n"
    )
    assert not _step_texts("The councillors voted for the budget in May after weeks of debate.\n")


def test_refusals_lacks_and_conditions_are_open_issues() -> None:
    assert "railway funds" in _issue_topics(
        "The finance ministry rebuffed the request for more railway funds. "
        "The railway funds were due in spring.\n"
    )
    assert "water rights" in _issue_topics(
        "Water rights remain a thorny subject between the provinces. Water rights were set by treaty.\n"
    )
    assert "tax cut" in _issue_topics(
        "The minister offered no specifics on how the tax cut would be funded. "
        "The tax cut was a campaign promise.\n"
    )
    assert "aid" in _issue_topics(
        "The lenders made further aid conditional on audits of the state railway. "
        "The aid talks resume soon.\n"
    )


def _meetings(text: str) -> list[list[str]]:
    doc, people = analysed(text)
    return [[p.name for p in m.participants] for m in find_meetings(doc, people)]


def test_a_debate_or_conversation_between_two_people_is_a_meeting() -> None:
    assert _meetings(
        "Voters watched a televised debate between Senator Ann Bell and Mayor Mark Ode on Sunday.\n"
    ) == [["Ann Bell", "Mark Ode"]]
    assert _meetings(
        "The leak followed a conversation between Minister Ian Hart and envoy Maria Cole on Monday.\n"
    ) == [["Ian Hart", "Maria Cole"]]


def test_a_debate_on_a_bill_is_not_a_meeting_of_its_own() -> None:
    assert (
        _meetings("The debate over the levy has divided Senator Ann Bell and Mayor Mark Ode.\n")
        == []
    )


def test_things_received_and_sites_visited_are_not_meetings() -> None:
    assert (
        _meetings(
            "The Herald, a newspaper, and Reuters received the documents from President Ivo Baran on Monday.\n"
        )
        == []
    )
    assert (
        _meetings(
            "Users who visit Facebook and Twitter on Monday saw the notice from President Ivo Baran.\n"
        )
        == []
    )
    assert _meetings(
        "President Ivo Baran received Premier Lee Sato at the palace on Monday.\n"
    ) == [["Ivo Baran", "Lee Sato"]]


def test_the_countries_talks_focused_on_are_not_participants() -> None:
    assert _meetings(
        "Spain and Italy held talks in Rome on Monday that focused on France and Germany.\n"
    ) == [["Spain", "Italy"]]


def test_a_title_word_is_not_read_as_the_month() -> None:
    doc, people = analysed("Mayor Jan Kowal is meeting Governor Ruth Adler in Albany on Friday.\n")
    assert [m.when for m in find_meetings(doc, people)] == ["Friday"]


def test_photo_credits_subscribe_lines_slideshow_notes_and_button_codes_are_page_furniture() -> (
    None
):
    from briefs.sources.furniture import clean_paragraphs

    story = "The council met on Monday to discuss the budget for the new year."
    kept = clean_paragraphs(
        [
            story,
            "Photo credit: Jane Doe/Reuters",
            "This slideshow requires JavaScript.",
            "Subscribe to our YouTube channel for more videos and daily updates from the newsroom",
            '[button link="https://example.org/give"]Donate[/button]',
            "[/button]",
            "Credit: Getty Images",
            "The mayor said the credit union will open a branch next year.",
        ]
    )
    assert kept == [story, "The mayor said the credit union will open a branch next year."]


def test_a_refusal_is_planned_not_agreed() -> None:
    doc, people = analysed("Premier Lee Sato won't attend the summit in Oslo next week.\n")
    assert [s.certainty for s in find_next_steps(doc, people)] == ["planned"]


def test_new_stays_in_the_name_of_a_newspaper() -> None:
    doc, people = analysed(
        "Coach Ann Bell told The New York Times that the squad was ready. "
        "The New Zealand Herald agreed.\n"
    )
    orgs = {e.name for e in people.entities if e.kind == "org"}
    assert {"New York Times", "New Zealand Herald"} <= orgs


def test_an_adverb_before_the_speech_verb_is_no_part_of_the_speaker() -> None:
    found = _quotes(
        "Finance Minister Ola Berg spoke in Oslo on Monday. "
        '"We will cut the levy by spring," the finance minister meanwhile said.\n'
    )
    assert found == [("Ola Berg", "We will cut the levy by spring,")]


def test_a_title_with_its_of_or_to_complement_is_the_role() -> None:
    doc, people = analysed(
        "On Monday, President of the Senate Ann Vole presented a plan. "
        "Ambassador to Norway Tom Reed replied on Monday. "
        "Secretary of the Navy Ian Cole agreed. Immigration barrister Mary Hale objected.\n"
    )
    roles = {p.name: p.role for p in people.people()}
    assert roles["Ann Vole"] == "President of the Senate"
    assert roles["Tom Reed"] == "Ambassador to Norway"
    assert roles["Ian Cole"] == "Secretary of the Navy"
    assert roles["Mary Hale"] == "Immigration barrister"


def test_a_plural_title_before_listed_names_makes_each_a_person_with_that_title() -> None:
    doc, people = analysed(
        "Senators Ann Bell and Mark Ode clashed on Sunday. Later, Tom Reed and Ian Cole spoke.\n"
    )
    roles = {p.name: p.role for p in people.people()}
    assert roles == {
        "Ann Bell": "Senator",
        "Mark Ode": "Senator",
        "Tom Reed": None,
        "Ian Cole": None,
    }


def test_a_day_before_a_plural_title_is_no_part_of_the_role() -> None:
    doc, people = analysed(
        "Leaders met in Oslo, where on Sunday Presidents Ivo Baran of Tesoria and Lee Sato signed the pact.\n"
    )
    roles = {p.name: p.role for p in people.people()}
    assert roles["Ivo Baran"] == "President"


def test_the_person_a_chamber_voted_for_takes_part_in_the_sitting() -> None:
    found = _meetings(
        "Members of the House of Representatives voted for Ann Vole as Speaker on Thursday, "
        "ending a long stand-off.\n"
    )
    assert found and "Ann Vole" in found[0]


def test_ministers_who_gathered_in_a_city_met() -> None:
    assert _meetings(
        "Foreign minister Omar Fahmy and his Greek counterpart, Nikos Pappas, "
        "gathered in Cairo on Wednesday to discuss trade.\n"
    ) == [["Omar Fahmy", "Nikos Pappas"]]


def test_a_whole_sentence_quoted_after_a_comma_belongs_to_the_sentence_s_named_subject() -> None:
    found = _quotes(
        'Mayor Tom Reed left this farewell, "I have made some of the best friends of my life here."\n\n'
        'The storm hit the coast, "a wall of water" in the words of one fisherman.\n'
    )
    # ("in the words of one fisherman" attributes its fragment like "according to")
    assert found == [
        ("Tom Reed", "I have made some of the best friends of my life here."),
        ("one fisherman", "a wall of water"),
    ]


def test_the_person_of_a_body_speaks_and_not_the_body_or_an_aside() -> None:
    found = _quotes(
        'Member of Parliament Yvette Moss of the Labour Party added, "This is a dangerous way to govern."\n\n'
        "Commons Speaker John Bole commented on the matter \u2014 which the Herald noted as an unusual "
        'move \u2014 "It is obvious that the purpose is to stop the debate."\n'
    )
    assert ("Yvette Moss", "This is a dangerous way to govern.") in found
    assert ("John Bole", "It is obvious that the purpose is to stop the debate.") in found
