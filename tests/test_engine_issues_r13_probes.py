"""Open issues, round 13: classes of false lines on pool6 and pool7 (lines credited to no gold
issue) told by a construction of English news, each written first as invented sentences in new
wording (the false lines a rule must drop, and true issues of the same shape it must keep),
counted against the engine before the rule.

Round 13's method keeps a rule only if it carries: written on pool6 and pool7 (read per article),
it must also lift open-issue precision on pool4 or pool5 (read as totals), with no section's
precision falling on any family. None of the three rules below passed, so the engine does not
carry them; the sentences they must drop are strict xfails, the true issues they must keep pass
with or without them. Figures are open-issue matched/lines, main (f716d3f) -> the rule.
"""

from __future__ import annotations

import pytest
from issue_probe_support import assert_issue_holds, open_issues_in

# A harm named as what an act is meant to remedy ("deploying troops to help it combat worsening
# violence", "in order to minimise the risk of infection"): the act's purpose, not a question the
# news leaves open. Before the rule: 0 of 4 dropped. The rule (a remedy verb after "to"/"help",
# up to four words of the harm's own before the cue, every cue of the clause so named, the remedy
# not told as failing, pushed for, demanded or planned) dropped 4 of 4 and carried to pool5
# (180/377 -> 180/374) but cost pool4 matched lines (252/435 -> 250/434; 248/434 before the
# guard for remedies demanded or planned) and so was left out. "resolve" and "address" were
# taken out of it first: a dispute "to be resolved" is still open (Wikinews lost "To resolve
# differences, they invited the countries to open dialogue").
REMEDIED = (
    "The government sent two hundred police officers to the port to help it combat rising violence.",
    "The council will fit brighter street lamps in the arcade in order to minimise the risk of theft.",
    "The ministry has opened a telephone line to help parents tackle the growing problem of online bullying.",
    "The senate voted on Tuesday for a bill to curb the region's long-running water shortage.",
)
# The same verbs when the remedy failed or is still doubted: the harm is open. Found before and
# with the rule.
NOT_REMEDIED = (
    ("Critics say the government has failed to combat the rising violence in the northern towns.", "violence"),
    ("Residents fear the new barrier will do little to reduce the risk of flooding in the valley.", "flooding"),
    ("The province remains unable to tackle the water crisis, the report found.", "water crisis"),
)

# A cue word naming someone's field before a word for a person ("a terrorism analyst", "the
# climate crisis campaigner"): who speaks, not what is at stake. Before the rule: 0 of 3 dropped;
# with it 3 of 3, and no line of any family changed (dev, fixtures, Wikinews, pool4-7): nothing to
# carry, left out.
FIELD_OF_A_PERSON = (
    "Maria Lopez, a climate crisis campaigner, opened the new library in the village on Saturday.",
    "The documentary was presented by a terrorism analyst from the university of Leeds.",
    "The festival prize went to the conflict photographer Tom Hale for his portraits of fishermen.",
)
# The same words as the stake, a person word after them but not named by them (the person word
# followed by a verb). Found before and with the rule.
NOT_FIELD_OF_A_PERSON = (
    ("The crisis analysts had warned about for months finally reached the county's hospitals.", "crisis"),
    ("Terrorism experts warned that the group could strike again before the summit.", "strike"),
)

# A reaction likened to one told before or passed on, with no stake of its own ("other countries
# in the region have expressed similar concern", "met to share concerns"): it restates an issue the
# story already gave. Before the rule: 0 of 3 dropped; with it 3 of 3, pool6 231/491 -> 232/490,
# every other family unchanged (pool4 and pool5 too): it does not carry, left out. (Its first form
# also took "the same worrying tendencies as", a likeness, and cost pool7 a matched line; the
# reaction must be a noun.)
ECHOED = (
    "Several neighbouring councils have since voiced similar concerns.",
    "Opposition members repeated the same criticism in the chamber on Wednesday.",
    "About forty parents met at the school hall on Tuesday evening to share their worries.",
)
# The same words with a stake of their own after them. Found before and with the rule.
NOT_ECHOED = (
    ("Engineers raised similar concerns about the second tunnel under the estuary.", "tunnel"),
    ("The union shared the workers' fears that the bottling plant will close next year.", "plant"),
)


@pytest.mark.xfail(strict=True, reason="round 13: the remedy rule cost pool4 matched lines")
@pytest.mark.parametrize("sentence", REMEDIED)
def test_a_harm_named_as_what_an_act_remedies_is_no_issue(sentence: str) -> None:
    assert open_issues_in(sentence) == (), sentence


@pytest.mark.xfail(strict=True, reason="round 13: the field rule changed no line of any family")
@pytest.mark.parametrize("sentence", FIELD_OF_A_PERSON)
def test_a_cue_naming_a_persons_field_is_no_issue(sentence: str) -> None:
    assert open_issues_in(sentence) == (), sentence


@pytest.mark.xfail(strict=True, reason="round 13: the echo rule moved pool6 only, not pool4 or pool5")
@pytest.mark.parametrize("sentence", ECHOED)
def test_a_reaction_likened_to_one_told_before_is_no_new_issue(sentence: str) -> None:
    assert open_issues_in(sentence) == (), sentence


@pytest.mark.parametrize(("sentence", "term"), NOT_REMEDIED + NOT_FIELD_OF_A_PERSON + NOT_ECHOED)
def test_a_harm_left_unremedied_a_stake_beside_a_person_word_or_a_new_stake_is_an_issue(
    sentence: str, term: str
) -> None:
    assert_issue_holds(sentence, term)
