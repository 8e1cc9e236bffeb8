"""Next steps: future and commitment cues, who and when, certainty, and what is not a step."""

from __future__ import annotations

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
