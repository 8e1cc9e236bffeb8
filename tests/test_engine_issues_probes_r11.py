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


# Cues written on pool4 (round 11): a deal not near, facts left undetailed, a weak claim, scorn,
# calls unheard, cruelty charged, distrust, hurdles ahead; economies shrinking and budgets cut.
# Before: 1 of 12 found ("distrust" through "threatens"); after: 12 of 12.
POOL4_CUES = (
    ("A spokesman for the ministry said an agreement with the unions was not imminent.", "agreement"),
    ("The statement mentioned three further sites, which were not detailed.", "sites"),
    ("The operator said the line would reopen soon, without giving further details.", "reopen"),
    ("The coalition's majority in parliament looks tenuous after two defections.", "majority"),
    ("Opposition leaders poured scorn on the minister's housing figures.", "housing"),
    ("Repeated appeals by residents for a new crossing have fallen on deaf ears.", "crossing"),
    ("Rights groups called the detention of migrant children inhumane.", "detention"),
    ("Deep distrust between the two militias threatens to unravel the ceasefire.", "distrust"),
    ("Several legal hurdles remain before the merger can close.", "merger"),
    ("Factory output shrank for a third month in October, the survey showed.", "output"),
    ("The region has been hurt by weakness in steel and coal.", "steel"),
    ("Cutbacks at the county council have closed four libraries.", "libraries"),
)

# The same words in a sense that leaves nothing open. Before: 3 of 3 empty; after: 3 of 3.
POOL4_CUE_LOOKALIKES = (
    "The athlete cleared every hurdle in the final to take gold in a record time.",
    "She led the race from the start and won without giving up the lead.",
    "The plan was detailed in a report published by the council on Monday.",
)


@pytest.mark.parametrize(("sentence", "term"), POOL4_CUES)
def test_a_pool4_cue_gives_an_open_issue(sentence: str, term: str) -> None:
    assert_issue_holds(sentence, term)


@pytest.mark.parametrize("sentence", POOL4_CUE_LOOKALIKES)
def test_a_pool4_cue_lookalike_gives_none(sentence: str) -> None:
    assert open_issues_in(sentence) == (), sentence


# A second batch written on pool4: requests unanswered, words withheld, a side united against, a
# body not told, wariness, an error owned, an inability, money misdirected. Before: 4 of 8 found;
# after: 8 of 8. The lookalikes: before 2 of 2 empty; after 2 of 2 (the first forms of the rule,
# "a mistake" and "not immediately return" alone, took both).
POOL4_CUES_2 = (
    ("The water company did not immediately return a request for comment on the sewage spills.", "sewage"),
    ("The chief executive said the merger talks had stalled, without elaborating.", "merger"),
    ("Opposition parties are unified against the proposed voting reform.", "voting reform"),
    ("The regulator was not notified of the data breach until three weeks later.", "breach"),
    ("Banks have been leery of lending to the struggling shipyard.", "shipyard"),
    ("The minister later conceded that cutting the grant had been a mistake.", "grant"),
    ("The army says it is not prepared to deploy troops to the border this year.", "troops"),
    ("Unions argue the training money is misdirected and should go to apprentices.", "training money"),
)
POOL4_CUE_LOOKALIKES_2 = (
    "She made a mistake on the first jump but still won the title.",
    "The club did not immediately return to training after the holiday break.",
)


@pytest.mark.parametrize(("sentence", "term"), POOL4_CUES_2)
def test_a_second_pool4_cue_gives_an_open_issue(sentence: str, term: str) -> None:
    assert_issue_holds(sentence, term)


@pytest.mark.parametrize("sentence", POOL4_CUE_LOOKALIKES_2)
def test_a_second_pool4_cue_lookalike_gives_none(sentence: str) -> None:
    assert open_issues_in(sentence) == (), sentence


# A sentence the page broke after its subject (a paragraph that opens lower-case on "would be
# delayed by a year ..."): it opens on an auxiliary with its subject left behind, and is dropped as
# a fragment whatever its length. Before: 0 of 3 dropped; after: 3 of 3. A question opening on an
# auxiliary at its own sentence start stays (before 2 of 2, after 2 of 2).
BROKEN_AFTER_SUBJECT = (
    "The council met on Monday to discuss the budget.\n\nOfficials said the new library\n\n"
    "would be delayed by a year because of a shortage of builders and rising costs of materials.\n",
    "The mine reopened on Thursday after a two-week closure.\n\nA spokesman said output at the pit\n\n"
    "was expected to fall short of targets because of a dispute with contractors over safety.\n",
    "The bank published its results on Friday.\n\nThe chief executive, who took over in March,\n\n"
    "is facing criticism from shareholders over a pay award worth twice his predecessor's salary.\n",
)
QUESTIONS_ON_AN_AUXILIARY = (
    ("The council met on Monday to discuss the budget.\n\nWould the new library be delayed again, "
     "residents asked, after a shortage of builders last year?\n", "delayed"),
    ("The council met on Monday to discuss the budget.\n\nIs the new library at risk, residents "
     "asked, after a shortage of builders last year?\n", "risk"),
)


@pytest.mark.parametrize("story", BROKEN_AFTER_SUBJECT)
def test_a_line_broken_after_its_subject_is_no_open_issue(story: str) -> None:
    lines = [i.text for i in open_issues_in(story.rstrip("\n"))]
    assert not any(line.split()[0] in ("Would", "Was", "Is") for line in lines), lines


@pytest.mark.parametrize(("story", "term"), QUESTIONS_ON_AN_AUXILIARY)
def test_a_question_opening_on_an_auxiliary_stays(story: str, term: str) -> None:
    assert_issue_holds(story.rstrip("\n"), term)


# A line cut after an aside between dashes opens on an auxiliary with its subject left before the
# aside ("yields - average revenues per passenger - were expected to decline"): it takes its subject
# back and drops the aside. Before: 0 of 3 found (each a fragment); after: 3 of 3. A line after an
# aside that opens on its own verb is left as it was, aside and all (before and after alike).
ASIDE_CUTS = (
    (
        "Analysts said the airline's yields - the average fare paid per passenger - were under "
        "pressure as it cuts prices to fight budget rivals.",
        "airline's yields were under pressure",
    ),
    (
        "The mayor's housing plan - unveiled with fanfare in March - is already facing legal "
        "challenges from two developers.",
        "housing plan is already facing",
    ),
    (
        "Police said the suspect - a 34-year-old former employee of the firm - was still at large on "
        "Friday night.",
        "suspect was still at large",
    ),
)


@pytest.mark.parametrize(("sentence", "term"), ASIDE_CUTS)
def test_a_line_cut_after_an_aside_takes_back_its_subject(sentence: str, term: str) -> None:
    assert_issue_holds(sentence, term)


def test_a_line_after_an_aside_on_its_own_verb_keeps_the_aside() -> None:
    sentence = (
        "The union's leader - a veteran of three previous strikes - warned that the dispute could "
        "last into the spring."
    )
    assert [i.text for i in open_issues_in(sentence)] == [sentence]
    assert open_issues_in("The new stadium - the club's first in a century - opened on Saturday to a sell-out crowd.") == ()
