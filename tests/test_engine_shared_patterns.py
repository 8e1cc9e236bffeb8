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
