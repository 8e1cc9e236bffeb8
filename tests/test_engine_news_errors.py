"""Error classes found on real news the engine was not tuned on (issue 13); every sentence is invented."""

from __future__ import annotations

from engine_support import analysed

from briefs.engine.quotes import find_quotes


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
    found = _quotes("The mayor, Tom Reed, said \u201cWe are ready. \u201cThe town is safe now.\u201d\n")
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
