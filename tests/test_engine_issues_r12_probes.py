"""Open issues, round 12: classes of the gold issues the engine missed on pool5 and pool7a with no
rules candidate at all, each written first as invented sentences in new wording (what the rule
must catch, and near misses it must not), counted against the engine before the rule."""

from __future__ import annotations

import pytest
from issue_probe_support import assert_issue_holds, assert_story_issues, open_issues_in

# Talk that something may happen, not confirmed: "amid speculation that ...", "fuelled speculation
# over ...". Before the rule: 0 of 4 found.
SPECULATION = (
    ("The striker missed training on Friday amid speculation that he will join a rival club.", "club"),
    ("The chairman's sudden trip to Zurich has fuelled speculation over a merger with the insurer.", "merger"),
    ("Her absence from the launch raised speculation about her future at the broadcaster.", "future"),
    ("There has been growing speculation about an early election in the autumn.", "election"),
)
# "speculation" as a trade, and speculators, are no open question; talk fronted by "After" is
# what the news answered. Before: 3 of 3 empty (the third written after pool5's "After widespread
# speculation about what had happened, Twitter initially said ..." was taken as an issue).
NOT_SPECULATION = (
    "The family made its fortune through land speculation in the 1920s.",
    "Currency speculators bought the franc heavily on Friday morning.",
    "After weeks of speculation about her plans, the singer confirmed on Monday that she will retire.",
)

# A doubtful prospect: "is unlikely to", "seems unlikely". Before the rule: 0 of 3 found. Left
# out (strict xfail): as a cue, strong or weak, it cost pool4 a matched line for each it gained and
# took false lines on pool4 and pool5 ("the effects of a deal are unlikely to be seen right away").
UNLIKELY = (
    ("The repairs to the viaduct are unlikely to be finished before the winter.", "viaduct"),
    ("Agreement on the fishing quotas now looks unlikely this year, diplomats said.", "quotas"),
    ("Analysts said the board was unlikely to accept the lower offer from the bidder.", "offer"),
)
# "an unlikely friendship": a surprising thing, not a doubtful one. Before: 2 of 2 empty.
NOT_UNLIKELY = (
    "The two painters struck up an unlikely friendship at art school in Glasgow.",
    "The goalkeeper became an unlikely hero when he scored in the final minute.",
)

# A possibility kept open or a lack that blocks a plan. Before the rule: 0 of 4 found; after: 3
# of 4. "the possibility of" is a strict xfail: as a cue it took two false lines (pool4, pool7a:
# "putting more emphasis on the possibility of deportation") and no gold one.
OPEN_PROSPECTS = (
    ("The minister did not rule out further tax rises in the spring.", "tax rises"),
    ("The council said there was not enough money to keep all six swimming pools open.", "swimming pools"),
    ("There are not enough teachers to staff the two new primary schools, the union said.", "teachers"),
)
# A ruler, and "enough" said of no lack. Before: 2 of 2 empty.
NOT_OPEN_PROSPECTS = (
    "The dynasty ruled over the northern valleys for almost three centuries.",
    "The old harbour offers enough moorings for the fishing fleet and the ferries.",
)


LEFT_OUT = (("Officials raised the possibility of closing the border crossing for a second week.", "border"),)


@pytest.mark.parametrize(("sentence", "term"), SPECULATION + OPEN_PROSPECTS)
def test_an_unsettled_prospect_is_an_issue(sentence: str, term: str) -> None:
    assert_issue_holds(sentence, term)


@pytest.mark.parametrize("sentence", NOT_SPECULATION + NOT_UNLIKELY + NOT_OPEN_PROSPECTS)
def test_a_near_miss_is_no_issue(sentence: str) -> None:
    assert open_issues_in(sentence) == (), sentence


@pytest.mark.xfail(strict=True, reason="round 12: 'unlikely' and 'the possibility of' cost lines on pool4/pool5/pool7a")
@pytest.mark.parametrize(("sentence", "term"), UNLIKELY + LEFT_OUT)
def test_a_doubtful_prospect_is_not_yet_an_issue(sentence: str, term: str) -> None:
    assert_issue_holds(sentence, term)


# What a poll or survey found people think, told after a story's opening: a divided or doubtful
# public is a question the story leaves open. Before the rule: 0 of 3 found; after: 2 of 3.
_OPENING = (
    "The city council approved its budget for the coming year on Tuesday evening. "
    "Councillors voted by a wide margin after a debate that lasted four hours. "
    "The budget includes new spending on roads and parks. "
)
POLL_FINDINGS = (
    (_OPENING + "Only 31% of voters believe the mayor should stand again, a survey for the newspaper found.", "mayor"),
    (_OPENING + "A poll for the broadcaster showed that most farmers would rather keep the old grazing rules.", "grazing rules"),
)
# A bare share holding a view, with no poll named: left out (strict xfail), it took a background
# report's figures on pool4.
POLL_LEFT_OUT = ((_OPENING + "Some 58 per cent of parents said the school day should start later.", "school day"),)
# A share that is no view held (turnout), a polling station, and a poll's own story, whose
# findings restate its opening. Before: 3 of 3 with no such line.
NOT_POLL_FINDINGS = (
    (_OPENING + "Turnout reached 64% in the first round of voting in the northern provinces.", "turnout"),
    (_OPENING + "The polling station in the village hall opened at seven in the morning.", "polling"),
    (
        "Most drivers want speed cameras removed from rural roads, a new survey suggests. "
        "The survey of 2,000 motorists was carried out for a motoring group last month. "
        "Some 62% of drivers said the cameras were there to raise money. "
        "Only 20% said they had made the roads safer.",
        "20%",
    ),
)


@pytest.mark.parametrize(("story", "term"), POLL_FINDINGS)
def test_a_poll_finding_is_an_issue(story: str, term: str) -> None:
    assert_story_issues(story, [[term]], [])


@pytest.mark.parametrize(("story", "word"), NOT_POLL_FINDINGS)
def test_a_share_that_is_no_view_is_no_issue(story: str, word: str) -> None:
    assert_story_issues(story, [], [word])


@pytest.mark.xfail(strict=True, reason="round 12: a share with no poll named took a background report's figures on pool4")
@pytest.mark.parametrize(("story", "term"), POLL_LEFT_OUT)
def test_a_share_with_no_poll_named_is_not_yet_an_issue(story: str, term: str) -> None:
    assert_story_issues(story, [[term]], [])


# A fronted condition with a consequence ahead ("Unless a buyer comes forward, the mill will
# close"): the outcome hangs on what is not yet done. Before the rule: 0 of 3 found.
FRONTED_CONDITIONS = (
    ("Unless a buyer comes forward by the summer, the paper mill will shut for good.", "paper mill"),
    ("Unless the operator raises their wages, bus drivers will stay at home next month.", "bus drivers"),
    ("Unless the council finds a new tenant, the old library will stand empty through the winter.", "library"),
)
# An everyday exception (not fronted, or with no consequence ahead). Before: 3 of 3 empty.
NOT_FRONTED_CONDITIONS = (
    "Visitors are asked not to feed the swans unless a warden is present.",
    "Unless otherwise stated, all prices include delivery to the door.",
    "Please do not ring the helpline unless you have an urgent question about your order.",
)

# An attempt that has not worked ("tried without success", "asked to no avail", "doomed to
# fail"). Before the rule: 0 of 3 found.
FAILED_ATTEMPTS = (
    ("The family has tried for years without success to have the inquest reopened.", "inquest"),
    ("Parents have asked to no avail for a pedestrian crossing outside the school.", "crossing"),
    ("The rescue plan for the steelworks looks doomed to fail, one adviser said.", "steelworks"),
)
# Success, and an event that went smoothly. Before: 2 of 2 empty.
NOT_FAILED_ATTEMPTS = (
    "The first launch of the new rocket went ahead without a hitch on Thursday.",
    "The operation to separate the twins was a success, surgeons said.",
)


@pytest.mark.parametrize(("sentence", "term"), FRONTED_CONDITIONS + FAILED_ATTEMPTS)
def test_an_outcome_still_hanging_is_an_issue(sentence: str, term: str) -> None:
    assert_issue_holds(sentence, term)


@pytest.mark.parametrize("sentence", NOT_FRONTED_CONDITIONS + NOT_FAILED_ATTEMPTS)
def test_an_everyday_exception_or_success_is_no_issue(sentence: str) -> None:
    assert open_issues_in(sentence) == (), sentence


# What someone faces ahead ("could face", "is facing a", "will face"): a cost, a trial, a
# contest not yet met. Before: 0 of 3 found. Left out (strict xfail): as cues ("could face",
# "will face", "is facing a", "faces a" ...) they passed these probes and gained no gold line on
# any family, and took one false line each on pool4 and pool5 ("the GOP faces a similar
# reckoning", "faces a court-imposed deadline").
FACING = (
    ("The former treasurer could face ten years behind bars.", "treasurer"),
    ("The ferry company is facing a bill of several million pounds to repair the pier.", "pier"),
    ("Whoever wins the leadership will face a long task rebuilding the party finances.", "party"),
)
# A building or a person turned towards something. Before: 3 of 3 empty.
NOT_FACING = (
    "The new offices face the river on the south side of the square.",
    "The statue faces east, towards the old harbour wall.",
    "She faced the cameras with a smile after the ceremony.",
)


@pytest.mark.xfail(strict=True, reason="round 12: 'faces a', 'could face' cost precision on pool4 and pool5")
@pytest.mark.parametrize(("sentence", "term"), FACING)
def test_what_someone_faces_ahead_is_an_issue(sentence: str, term: str) -> None:
    assert_issue_holds(sentence, term)


@pytest.mark.parametrize("sentence", NOT_FACING)
def test_a_thing_turned_towards_another_is_no_issue(sentence: str) -> None:
    assert open_issues_in(sentence) == (), sentence


# A claim held against doubt ("insisted that the manager had its backing", "ministers insist the
# levy will not hurt"): someone disputes it, or will. Before: 0 of 3 found. Left out (strict xfail):
# "insist*" as a strong cue gained dev (+1 matched, nytimes-4) and pool7a (+1) and cost pool4 three
# matched lines (it pushed out better-cued lines); as a weak cue it still cost pool4 one matched
# line and pool4 and pool5 a false line each. (The first sentence, "insisted that the stadium would
# be ready", was found before through "ready" and was reworded.)
INSISTED = (
    ("The club insisted that the new manager had the full backing of its owners.", "manager"),
    ("Ministers insist the new levy will not hurt small firms.", "levy"),
    ("The driver has insisted he was not using his phone at the wheel.", "phone"),
)
# Insistence as manners or as a trait. Before: 2 of 2 empty.
NOT_INSISTED = (
    "Her grandmother was an insistent letter writer all her life.",
    "The tailor's insistence on fine cloth made his suits famous across the county.",
)


@pytest.mark.xfail(strict=True, reason="round 12: 'insist*' as a cue cost pool4 matched lines")
@pytest.mark.parametrize(("sentence", "term"), INSISTED)
def test_a_claim_held_against_doubt_is_an_issue(sentence: str, term: str) -> None:
    assert_issue_holds(sentence, term)


@pytest.mark.parametrize("sentence", NOT_INSISTED)
def test_insistence_as_a_trait_is_no_issue(sentence: str) -> None:
    assert open_issues_in(sentence) == (), sentence
