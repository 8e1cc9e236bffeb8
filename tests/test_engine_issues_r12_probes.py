"""Open issues, round 12: classes of the gold issues the engine missed on pool5 and pool7a with no
rules candidate at all, each written first as invented sentences in new wording (what the rule
must catch, and near misses it must not), counted against the engine before the rule."""

from __future__ import annotations

import pytest
from issue_probe_support import assert_issue_holds, open_issues_in

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
