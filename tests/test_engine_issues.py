"""Open issues: cues of dispute, risk and doubt; a topic per issue; condensed lines."""

from __future__ import annotations

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
