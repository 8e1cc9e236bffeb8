"""Open issues on news nobody tuned for, round 8: a blind batch of invented sentences (wire, UK
broadsheet, Wikinews, business, court, health/disaster, parliament), written before the engine was
run on them, on the classes of wording the Wikinews tune half's missed issues fall into: tolls that
may rise and people still in hospital, places still flooded or closed, disputes and protests still
going on, inquiries still running, causes still unknown, denials of guilt, deals still awaiting a
vote, claims nobody has confirmed, decisions put off, criticism a subject draws, economies and
markets sliding, money still needed, people not yet traced. Each open issue names a word its line
(or topic) must hold, as a gold item's terms would; the non-issues are look-alikes: settled past
facts, biography, scene colour and next steps, to probe precision too."""

from __future__ import annotations

import pytest
from issue_probe_support import assert_issue_holds, assert_story_issues, open_issues_in

# (sentence, a word the issue's line or topic must hold)
OPEN_ISSUES = (
    # tolls that may rise, people still in hospital
    ("The death toll is expected to rise as rescuers reach remote villages, the governor said.", "toll"),
    ("Officials said the number of dead could climb further as more bodies are recovered.", "dead"),
    ("Four of the injured were in a serious condition in hospital on Sunday night.", "condition"),
    ("A 17-year-old boy remains in hospital with life-threatening injuries.", "hospital"),
    # places still flooded, closed or cut off
    ("Large parts of the city centre were still under water on Friday.", "water"),
    ("More than 3,000 residents have been evacuated from their homes as the river continues to rise.", "evacuated"),
    ("All schools in the province will remain closed until further notice.", "schools"),
    ("The main road into the valley is impassable after a landslide.", "impassable"),
    # disputes and protests still going on
    ("Hundreds of farmers blocked the motorway for a second week in their fight over diesel subsidies.", "subsidies"),
    ("The strike by junior doctors, now in its fourth week, shows no sign of ending.", "strike"),
    # inquiries still running, causes still unknown
    ("The circumstances of the crash are still being investigated.", "crash"),
    ("Detectives are continuing to question a 34-year-old man on suspicion of arson.", "arson"),
    ("The inquest into her death was opened and adjourned.", "inquest"),
    ("What sparked the blaze is still a mystery to fire officers.", "blaze"),
    ("Investigators have yet to rule out sabotage.", "sabotage"),
    # guilt denied, rulings contested
    ("The former minister maintains his innocence.", "innocence"),
    ("Lawyers for the company said it would contest the fine.", "fine"),
    ("The accused, who has denied all the charges, was granted bail.", "charges"),
    # deals still awaiting a vote or a condition
    ("The takeover is subject to a vote by shareholders next month.", "takeover"),
    ("The merger has yet to be cleared by competition authorities in Brussels.", "merger"),
    ("The ceasefire deal hinges on the release of prisoners by both sides.", "prisoners"),
    # claims nobody has confirmed
    ("The army has not commented on the reports.", "reports"),
    ("There was no independent confirmation of the rebels' claim to have shot down the helicopter.", "helicopter"),
    ("The figures could not be checked independently.", "figures"),
    # decisions put off or still to be taken
    ("The board has deferred a decision on the maternity unit until the autumn.", "maternity"),
    ("The planning application is still awaiting a decision from the council.", "application"),
    ("The route of the new motorway is still to be decided.", "route"),
    ("Talks on the fishing quotas will resume next week with no deal in sight.", "deal"),
    # criticism and opposition a subject draws
    ("The policy has drawn fire from both farmers and environmental groups.", "policy"),
    ("The chancellor's budget was panned by economists as a missed opportunity.", "budget"),
    ("Parents have hit out at the decision to scrap free school buses.", "buses"),
    ("Campaigners branded the new tax a raid on pensioners.", "tax"),
    # economies and markets sliding
    ("The economy slipped into recession in the third quarter.", "recession"),
    ("The central bank cut its growth forecast for next year to 0.5%.", "growth"),
    pytest.param(
        "Shares in the retailer tumbled 18% after the chairman quit.",
        "shares",
        marks=pytest.mark.xfail(
            strict=True,
            reason="gap: 'tumbl*' as a cue took a Black Monday background line on the tune half "
            "('sent the market tumbling down 508 points'), so a fall told by 'tumbled' is not cued",
        ),
    ),
    pytest.param(
        "Investors pulled $12 billion out of emerging-market funds last month.",
        "pulled",
        marks=pytest.mark.xfail(
            strict=True,
            reason="gap: 'pulled out' is cued only when the two words touch; an amount between "
            "them ('pulled $12 billion out') needs a construction this round did not add",
        ),
    ),
    # money still needed
    ("The hospital needs another 40 million pounds to finish the new wing.", "wing"),
    ("The airline will need fresh capital within months to keep flying.", "capital"),
    # people not yet traced
    ("A second suspect, described as a man in his thirties, has not been traced.", "suspect"),
    ("Police are still trying to trace the owner of the van.", "van"),
)

# First run of this batch (blind, at the commit that added it, before any rule of the round): 7 of
# 40 open issues found, 14 of 16 look-alikes rejected. After the round: 38 of 40, the same 14 of 16
# (the four left are strict xfails naming the gap).

NOT_OPEN_ISSUES = (
    pytest.param(
        "The death toll from the 1998 earthquake reached 4,000.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="gap: a year as a modifier ('the 1998 earthquake') is not read as background, "
            "and background only lowers a candidate's weight by half a point",
        ),
    ),
    "The school was closed in 2009 and turned into flats.",
    "She spent two weeks in hospital after the accident in 2015 before returning to competition.",
    "The merger, approved by regulators last year, created the country's largest bank.",
    "The town was evacuated during the war and rebuilt in the 1950s.",
    "He was acquitted of all charges in 2012 and later became a judge.",
    "Shares closed 2% higher on Friday.",
    "The inquiry, which reported in 2019, recommended new safety rules.",
    "The festival returns next summer with a new stage for local bands.",
    "The fire was put out within an hour and nobody was hurt.",
    "The company was founded by two brothers who had fled the war in 1975.",
    "The chancellor will deliver her budget statement on 22 November.",
    "The roof was repaired after the storm and the hall reopened in May.",
    "The bridge, which was closed for repairs last winter, now carries 30,000 vehicles a day.",
    "The singer, who grew up in poverty, has sold 20 million records.",
    pytest.param(
        "Police said the driver had been arrested and charged with dangerous driving.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="gap: an arrest and a charge are weak cues the gold often counts (a case still "
            "to be tried); nothing tells this settled report of the day from an open case",
        ),
    ),
)


@pytest.mark.parametrize(("sentence", "term"), OPEN_ISSUES)
def test_a_state_in_progress_in_unseen_news_language_is_an_open_issue(sentence: str, term: str) -> None:
    assert_issue_holds(sentence, term)


@pytest.mark.parametrize("sentence", NOT_OPEN_ISSUES)
def test_a_settled_look_alike_is_no_open_issue(sentence: str) -> None:
    assert open_issues_in(sentence) == (), sentence


# A second blind batch, written after the first round of fixes and before the engine was run on it:
# five short stories (a flood, a takeover, a UK court case, a stock-market slide, a hospital fire),
# each with the open issues a careful reader lists (term groups, one issue each must match) and
# strings no issue may hold (next steps, settled background). First run (after the first fixes, so
# not a blind figure for those cues: the stories use the classes' wording): 10 of 10 issues, 10 of
# 10 strings kept out; the engine at the round's start gives 5 of 10 and 10 of 10.
STATE_STORIES = {  # name: (story, term groups each matched by an issue, strings no issue may hold)
"flood": ("""Heavy rain caused the river Lune to burst its banks on Saturday, flooding hundreds of homes in the town of Kirkby.

Two people have been confirmed dead and the number of casualties could rise further as the water recedes, police said. Much of the town centre is still under water, and the main bridge remains closed.

The town last flooded in 2009, when a new defence wall was built. The Environment Agency will publish a review of the wall next month.
""", [["dead", "casualties"], ["under water", "bridge"]], ["2009", "review"]),
"takeover": ("""Shares in Marlow Foods jumped 22% on Monday after the company agreed to be bought by a US rival for 3.1 billion pounds.

The deal is subject to a vote by Marlow shareholders and has yet to be cleared by the competition regulator. Unions have hit out at the plan, saying up to 600 jobs could go.

Marlow was founded in 1952 and employs 4,000 people. The vote will take place on 14 May.
""", [["vote", "regulator", "cleared"], ["jobs", "unions", "plan"]], ["1952", "14 May"]),
"court": ("""A former council leader accused of taking bribes from a property developer has told a jury he was the victim of a smear.

Peter Hale, 61, maintains his innocence and denies all six charges. The developer, who cannot be named for legal reasons, has not been traced by police.

The trial, which began last week at Leeds Crown Court, is expected to last a month. Mr Hale served as leader of the council from 2011 to 2018.
""", [["innocence", "charges", "denies"], ["traced", "developer"]], ["2011", "expected to last"]),
"markets": ("""Stock markets in Asia slid on Tuesday as fears grew that the world's second-largest economy could slip into recession.

Investors pulled out of technology shares, and the central bank cut its growth forecast for the year to 3.5%. The currency plunged to its weakest level since 2008.

The index had gained 12% last year. Trading will resume on Thursday after a public holiday.
""", [["recession", "fears"], ["growth forecast", "3.5"]], ["12%", "resume"]),
"hospital": ("""A fire broke out at a children's hospital in the city of Ternopil overnight, forcing the evacuation of 140 patients.

Three children are in a serious condition, doctors said. What started the fire is still a mystery to investigators, and the hospital director has not commented on reports that the alarms failed.

The hospital was built in 1978 and renovated in 2015. A memorial service for the night nurse who died will be held on Friday.
""", [["serious condition", "children"], ["fire", "mystery", "started"]], ["1978", "memorial"]),
}


@pytest.mark.parametrize("name", sorted(STATE_STORIES))
def test_a_story_of_states_in_progress_gets_its_open_issues_and_not_its_background(name: str) -> None:
    assert_story_issues(*STATE_STORIES[name])


# A third blind batch: the same classes in wording deliberately unlike the cue phrases added this
# round (paraphrases a careful reader still calls open), written before the engine was run on it.
# First run: 7 of 16, the same as the engine at the round's start: the cue phrases added before it
# did not carry to paraphrase. After the constructions below ("remain flooded", "entered its third
# week") and a few more phrases: 15 of 16.
PARAPHRASED = (
    ("Rescuers fear the toll may yet climb as more villages are reached.", "toll"),
    ("Several streets near the harbour remain flooded two days after the storm.", "flooded"),
    ("The museum is still shut while engineers check the ceiling.", "museum"),
    ("Investigators have not pinned down what caused the derailment.", "derailment"),
    ("The singer has protested her innocence throughout the trial.", "innocence"),
    ("The acquisition still needs the green light from regulators in Washington.", "acquisition"),
    ("A ruling on the appeal has been put back until next year.", "appeal"),
    ("Claims that the general was killed in the strike have not been confirmed by the army.", "general"),
    ("The walkout by bus drivers has entered its third week.", "walkout"),
    ("The minister's handling of the crisis has come in for sharp criticism.", "handling"),
    ("Two of the climbers are still in intensive care.", "climbers"),
    ("The factory's owners say they cannot afford to pay the fine.", "fine"),
    ("Nobody has yet come forward to claim the winning ticket.", "ticket"),
    pytest.param(
        "The town's only GP surgery could close within months unless a new doctor is found.",
        "surgery",
        marks=pytest.mark.xfail(
            strict=True,
            reason="gap: a condition told by 'unless' is not cued ('unless' as a cue took a "
            "fixture's advice 'not to travel unless they really have to')",
        ),
    ),
    ("Retail sales fell for a fourth month in a row in October.", "sales"),
    ("The regulator has opened a formal investigation into the bank's lending practices.", "lending"),
)


@pytest.mark.parametrize(("sentence", "term"), PARAPHRASED)
def test_a_state_in_progress_in_paraphrase_is_an_open_issue(sentence: str, term: str) -> None:
    assert_issue_holds(sentence, term)


@pytest.mark.parametrize(
    "sentence",
    (
        # a state still in force only until a day ahead is a schedule, not an open issue
        "Services west of the city will remain suspended until Monday while trees are cleared.",
        # a plain "for a second day" is the day's news; the ongoing reading needs "straight",
        # "in a row" or "entered its"
        "Trains were cancelled for a second day on Tuesday.",
        # the time and place of an event, told as a fact, with no dispute or doubt named
        "A spokesman said the attack took place at about 7:45 p.m. near the main gate.",
        # an injury made light of
        "A crew member was treated for minor injuries at the scene.",
    ),
)
def test_a_schedule_the_days_news_or_a_minor_hurt_is_no_open_issue(sentence: str) -> None:
    assert open_issues_in(sentence) == (), sentence


def test_a_state_still_in_force_is_named_by_its_state() -> None:
    (issue,) = open_issues_in("Several streets near the harbour remain flooded two days after the storm.")
    assert issue.topic == "flooded", issue
    (issue,) = open_issues_in("Two of the climbers are still in intensive care.")
    assert issue.topic == "in intensive care", issue


@pytest.mark.parametrize(
    ("sentence", "term"),
    (
        # the classes in other common wordings, cued after the batches (not a blind figure)
        ("The pilot is fighting for his life in hospital after the crash.", "pilot"),
        ("The two brothers are awaiting trial on fraud charges.", "trial"),
        ("The future of the steelworks hangs in the balance.", "steelworks"),
        ("Plans for the new stadium are in limbo after the council withdrew its support.", "stadium"),
        ("The opposition leader lambasted the budget as a giveaway to the rich.", "budget"),
        ("Work on the bypass has been put on hold while the costs are reviewed.", "bypass"),
    ),
)
def test_other_wordings_of_states_in_progress_are_open_issues(sentence: str, term: str) -> None:
    assert_issue_holds(sentence, term)


def test_a_state_still_in_force_is_found_when_lower_case_changes_the_lengths() -> None:
    """The construction is searched on the lower-cased sentence; a letter whose lower case is
    longer ("İ") shifts the positions, so the sentence is searched as written instead."""
    (issue,) = open_issues_in("Several streets in central İzmir remain flooded two days after the storm.")
    assert issue.topic == "flooded", issue
