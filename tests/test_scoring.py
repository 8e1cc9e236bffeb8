"""The GOLD_FORMAT scoring rules of bench/scoring.py, on small hand-made cases (no corpus files)."""

from __future__ import annotations

import engine_support  # noqa: F401  (loads bench/scoring.py as `scoring`)
from scoring import (
    maximum_matching,
    normalise,
    quote_matches,
    score_boilerplate,
    score_items,
    score_meetings,
    score_people,
    score_quotes,
    shares_last_word,
    step_haystack,
    terms_match,
)


def test_normalise_straightens_curly_quotes_and_collapses_whitespace() -> None:
    assert normalise("\u201cIt\u2019s  fine,\u201d\n he said") == '"It\'s fine," he said'


def test_quote_matches_at_half_the_gold_tokens_in_order() -> None:
    gold = "one two three four"
    assert quote_matches("one two", gold)
    assert quote_matches("one x two y", gold)
    assert not quote_matches("one", gold)
    assert not quote_matches("four three", gold)  # out of order: LCS is 1


def test_quote_longer_than_twice_gold_plus_eight_never_matches() -> None:
    gold = "alpha beta"  # 2 tokens: cap is 2 * 2 + 8 = 12
    twelve = "alpha beta " + " ".join(f"w{i}" for i in range(10))
    thirteen = twelve + " w10"
    assert quote_matches(twelve, gold)
    assert not quote_matches(thirteen, gold)


def test_curly_apostrophes_do_not_break_a_quote_match() -> None:
    # Unnormalised, "it\u2019s" would split into "it" and "s" and share no token with "it's".
    assert quote_matches("it\u2019s", "it's")
    assert quote_matches("\u201cdon\u2019t\u201d", "don't")


def test_maximum_matching_beats_greedy_first_fit() -> None:
    # left 0 can use right 0 or 1; left 1 only right 0. Greedy gives 0->0 and leaves 1 unmatched.
    edges = {(0, 0), (0, 1), (1, 0)}
    matching = maximum_matching(2, 2, lambda i, j: (i, j) in edges)
    assert matching == {0: 1, 1: 0}


def test_quote_recall_uses_a_maximum_matching() -> None:
    gold = [{"quote": "a b c d", "speaker": "X"}, {"quote": "a b", "speaker": "Y"}]
    predicted = [{"text": "a b", "speaker": "Y"}, {"text": "a b c d", "speaker": "X"}]
    counts = score_quotes(predicted, gold, [])
    assert counts.values["recall"] == [2, 2]
    assert counts.values["speaker"] == [2, 2]


def test_quote_precision_counts_acceptable_quotes_and_speaker_uses_last_word() -> None:
    gold = [
        {
            "quote": "we will win this fight",
            "speaker": "senior State Department official",
            "key": True,
        }
    ]
    acceptable = [{"quote": "progress", "speaker": "Xi Jinping"}]
    predicted = [
        {"text": "we will win this fight", "speaker": "one State Department official"},
        {"text": "progress", "speaker": None},
        {"text": "unrelated words entirely", "speaker": None},
    ]
    counts = score_quotes(predicted, gold, acceptable)
    assert counts.values["precision"] == [2, 3]
    assert counts.values["speaker"] == [1, 1]
    assert counts.values["key_recall"] == [1, 1]


def test_shares_last_word_is_by_word_not_substring() -> None:
    assert shares_last_word("Xi Jinping", "Xi Jinping")
    assert not shares_last_word("Jinpingo", "Xi Jinping")
    assert not shares_last_word(None, "Wang Yi")


def test_term_groups_need_every_group_and_any_alternative() -> None:
    terms = [["summit"], ["Biden", "US President"]]
    assert terms_match(terms, "A SUMMIT with Biden")
    assert terms_match(terms, "summit with the US president")
    assert not terms_match(terms, "a summit later in the year")


def test_next_step_terms_see_who_and_when_but_not_the_span() -> None:
    gold = [{"label": "Yellen trip", "terms": [["Yellen"], ["coming months"]]}]
    predicted = [
        {"text": "Possible trip", "who": ["Janet Yellen"], "when": "coming months", "span": [0, 1]}
    ]
    assert score_items(predicted, gold, [], step_haystack).values["recall"] == [1, 1]


def test_items_over_forty_tokens_match_nothing() -> None:
    gold = [{"label": "Taiwan", "terms": [["Taiwan"]]}]
    long_text = "Taiwan " + "word " * 40
    counts = score_items([{"text": long_text, "topic": "Taiwan"}], gold, [], step_haystack)
    assert counts.values["recall"] == [0, 1]
    assert counts.values["precision"] == [0, 1]


def test_items_are_matched_one_to_one_with_acceptable_items_for_precision() -> None:
    gold = [{"label": "flights", "terms": [["flights"]]}]
    acceptable = [{"label": "visit", "terms": [["visit"]]}]
    predicted = [
        {"text": "more flights", "who": [], "when": None},
        {"text": "more flights again", "who": [], "when": None},
        {"text": "citizens visit", "who": [], "when": None},
    ]
    counts = score_items(predicted, gold, acceptable, step_haystack)
    assert counts.values["recall"] == [1, 1]
    assert counts.values["precision"] == [2, 3]


def test_meeting_needs_two_gold_participants_by_surname_and_key_first() -> None:
    gold = [
        {
            "key": True,
            "participants": ["Xi Jinping", "Antony Blinken"],
            "place_terms": [["Great Hall"]],
            "when_terms": [["Monday"]],
            "duration_terms": [["30"]],
        },
        {
            "key": False,
            "participants": ["Antony Blinken", "Wang Yi"],
            "place_terms": [],
            "when_terms": [["Monday"]],
            "duration_terms": [],
        },
    ]
    predicted = [
        {
            "participants": [{"name": "Blinken"}, {"name": "Wang Yi"}],
            "place": None,
            "when": "Monday",
            "duration": None,
        },
        {
            "participants": [{"name": "Xi Jinping"}, {"name": "Antony Blinken"}],
            "place": "Great Hall of the People",
            "when": "on Monday",
            "duration": "about 30 minutes",
        },
        {"participants": [{"name": "Xi Jinping"}], "place": None, "when": None, "duration": None},
    ]
    counts = score_meetings(predicted, gold)
    assert counts.values["recall"] == [2, 2]
    assert counts.values["precision"] == [2, 3]
    assert counts.values["key_first"] == [0, 1]  # the key meeting is second
    assert counts.values["place"] == [1, 1]
    assert counts.values["when"] == [2, 2]


def test_people_recall_and_role_terms() -> None:
    gold = [
        {"name": "Janet Yellen", "role_terms": [["Treasury Secretary"]]},
        {"name": "Gina Raimondo", "role_terms": [["Commerce"]]},
    ]
    predicted = [
        {"name": "Janet Yellen", "role": "Treasury Secretary"},
        {"name": "Raimondo", "role": None},
    ]
    counts = score_people(predicted, gold)
    assert counts.values["recall"] == [2, 2]
    assert counts.values["role"] == [1, 2]


def test_boilerplate_is_searched_in_every_string_of_the_brief() -> None:
    brief = {"article": {"text": "Body.\nComments are  moderated."}, "quotes": [{"text": "fine"}]}
    counts = score_boilerplate(brief, ["Comments are moderated", "Order Reprints"])
    assert counts.values["absent"] == [1, 2]
    assert counts.values["absent_from_items"] == [2, 2]
