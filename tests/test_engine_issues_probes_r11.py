"""Open issues, round 11: written on pool4 (mainstream news: Reuters, BBC, CNN, AP, ...), each
rule with invented sentences in new wording, counted against the engine before the rule."""

from __future__ import annotations

import pytest
from issue_probe_support import assert_issue_holds, open_issues_in

# A short coordinated clause with no subject of its own ("..., but has yet to approach its board")
# was dropped as a fragment; in a short sentence it now reads as the whole sentence. Before the
# rule: 1 of 3 found (the union line, already whole).
SHORT_CLAUSE_ISSUES = (
    ("The airline is weighing a bid for the regional carrier, but has yet to approach its board.", "carrier"),
    ("The miners' union rejected the latest pay offer on Monday and warned of strikes.", "pay offer"),
    (
        "Shares in the builder rose sharply after reports of a takeover approach, though the firm has not commented.",
        "takeover",
    ),
)

# A long sentence's short clause stays a fragment: the whole would be over the line length.
# Before the rule: 2 of 2 empty, as after.
LONG_SENTENCES = (
    "The company, which has run the ferry route between the two islands since the early 1990s and "
    "employs more than 400 people across three ports and two depots, reported higher profits on "
    "Thursday and warned of strikes.",
    "The retailer, founded by two brothers with a market stall in Leeds half a century ago and now "
    "one of the largest sellers of bicycle parts in Europe with shops in four countries, reported "
    "record sales on Tuesday and was criticised.",
)


@pytest.mark.parametrize(("sentence", "term"), SHORT_CLAUSE_ISSUES)
def test_a_short_clause_without_subject_reads_as_its_sentence(sentence: str, term: str) -> None:
    assert_issue_holds(sentence, term)


@pytest.mark.parametrize("sentence", LONG_SENTENCES)
def test_a_long_sentence_keeps_its_short_clause_a_fragment(sentence: str) -> None:
    assert open_issues_in(sentence) == (), sentence
