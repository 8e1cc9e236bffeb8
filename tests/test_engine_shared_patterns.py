"""Patterns that several rules share, and the cheap pre-checks that guard regexes: one source for
each, and a pre-check never skips a text its regex would match."""

from __future__ import annotations

import random
import re

from briefs.engine import meetings

# _sitting's negation as it was written inline before it shared meetings._NEGATOR
_OLD_NOT_SAT = re.compile(
    r"\b(?:not|never|yet\s+to)\s+(?:\w+\s+){0,2}$|n['\u2019]t\s+(?:\w+\s+){0,2}$|\bfailed\s+to\s+(?:\w+\s+){0,3}$"
)


def _random_texts(pieces: list[str], seed: int, count: int = 3000, most: int = 8) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(count)]


def test_a_sitting_is_negated_as_before_from_the_shared_negator():
    pieces = ["not", "never", "yet", "to", "failed", "didn", "n't", "n\u2019t", "it", "been", "put", " ", "  ", "Not", "x"]
    for text in _random_texts(pieces, 3):
        assert bool(meetings._NOT_SAT.search(text)) == bool(_OLD_NOT_SAT.search(text)), text


def test_a_meeting_cue_after_a_negator_is_negated_also_when_the_negator_is_glued():
    # "didn't meet": "n't" is glued to its verb, so no word boundary stands before it
    for before in ("Ana Ruiz did not ", "Ana Ruiz didn't ", "Ana Ruiz hasn\u2019t yet ", "She failed to ", "He has never once "):
        assert meetings._NEGATED.search(before), before
    for before in ("Ana Ruiz ", "Ana Ruiz, who knows the envoy, ", "Notably, she "):
        assert not meetings._NEGATED.search(before), before


def test_the_three_past_tense_patterns_of_steps_know_the_same_irregular_verbs():
    from briefs.engine import steps

    words = steps._IRREGULAR_PAST.strip("(?:)").split("|")
    assert len(words) > 30
    for word in words:
        assert steps._GUESSED_PAST_AFTER.match(" " + word), word
        assert steps._WHICH_PAST.match(", which " + word), word
        assert steps._PAST_VERB.fullmatch(word) or word == "found", word


def test_a_role_is_matched_by_its_last_word_without_case_or_full_stop():
    from briefs.engine.people import role_head

    assert role_head("Finance Minister") == "minister"
    assert role_head("the club's head coach") == "coach"
    assert role_head("Lt. Gen.") == role_head("lt gen") == "gen"


def _precheck_holds(pattern: re.Pattern[str], words: tuple[str, ...], pieces: list[str], seed: int) -> None:
    for text in _random_texts(pieces, seed, count=4000, most=10):
        if pattern.search(text):
            assert any(w in text.lower() for w in words), text


def test_the_share_pre_check_holds_wherever_a_share_says_something():
    from briefs.engine import steps

    pieces = [
        "one", "One", "ONE", " ", "\n", "\t", "  ", "in", "IN", "three", "Ten", "per", "cent", "Per", "CENT", "%", "45",
        "sixty", "Sixty-five", "half", "Majority", "a", "two", "-", "thirds", "quarter", "of", "voters", "say", "said",
        "would", "like", "expects", "x",
    ]
    _precheck_holds(steps._SHARE_SAYS, steps._SHARE_WORDS, pieces, 11)
    # a break or a tab inside the share, once missed by a pre-check on " in " and "per cent"
    for text in ("one\tin three say so", "45 per\ncent of voters said", "One in\nten would vote"):
        assert steps._SHARE_SAYS.search(text) and any(w in text.lower() for w in steps._SHARE_WORDS), text


def test_the_reported_thing_pre_check_holds_wherever_a_thing_is_reported():
    from briefs.engine import steps

    pieces = [
        "said", "SAID", "told", "Reuters", "that", "the", "The", " ", "  ", "\n", "plan", "PLANS", "Policies", "policy",
        "programme", "Program", "cuts", "bill", "tax", "deal", "of", "to", "it", "x", "likely", "new",
    ]
    _precheck_holds(steps._REPORTED_THING, steps._THING_HEADS, pieces, 12)


def test_the_poll_pre_check_holds_in_any_letter_case():
    from briefs.engine import issues

    pieces = ["a", "A", " ", "poll", "POLL", "Poll", "survey", "SURVEY", "Survey", "found", "FOUND", "shows", "that", "x"]
    _precheck_holds(issues._POLL_FINDING, ("oll", "urvey"), pieces, 13)
    text = "A POLL FOR THE PAPER FOUND THAT MOST FARMERS DOUBT THE PLAN WILL WORK."
    assert issues._POLL_FINDING.search(text)
    assert any(m.re is issues._POLL_FINDING for m in issues._constructed(text))


def test_the_four_dateline_patterns_end_on_the_same_dashes():
    from briefs.engine import people, summary

    for dash in ("-", "--", "\u2013", "\u2014"):
        assert meetings._DATELINE.match(f"GENEVA (Reuters) {dash} Talks resumed.")
        assert summary._DATELINE.match(f"GENEVA (Reuters) {dash} Talks resumed.")
        assert summary._AGENCY_DATELINE.match(f"Geneva (AFP) {dash} Talks resumed.")
        assert people._DATELINE_CITY.match(f"GENEVA {dash} Talks resumed.")
    # the agency's brackets as summary read them before: any 1 to 30 characters
    assert meetings._DATELINE.match("LONDON (AP/Reuters) \u2014 Talks resumed.")
    # on purpose, only people's city reading takes a first word of two capitals
    assert people._DATELINE_CITY.match("MT SOMERS, New Zealand (Reuters) - Talks resumed.")
    assert not meetings._DATELINE.match("US - China talks resumed on Monday.")
