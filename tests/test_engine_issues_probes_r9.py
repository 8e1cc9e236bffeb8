"""Open issues on news from other outlets, round 9: a blind batch of invented sentences and short
stories in the styles of US regional papers, tabloids, business wires, magazine features and
opinion columns, written before the engine was run on them. Precision first: most probes are
look-alikes a reader would not trust as an open issue (a lead restating the day's event, "declined
to comment", background and biography, reported speech that leaves nothing open, a quotation of
praise or mood, headline and list text, newsletter and "read more" lines); the rest are open
issues told in these outlets' wording, each with a word its line (or topic) must hold, as a gold
item's terms would."""

from __future__ import annotations

import pytest
from issue_probe_support import assert_issue_holds, assert_story_issues, open_issues_in

# Sentences a reader would not take as an open issue.
NOT_OPEN_ISSUES = (
    # a lead that restates the day's event, settled
    "A 34-year-old Camden man was sentenced Thursday to 15 years in state prison for the 2021 "
    "shooting death of his cousin, authorities said.",
    "Shares of Acme Corp. rose 7% on Tuesday after the retailer reported quarterly profit that beat "
    "analysts' estimates.",
    "The Portland City Council voted 4-1 on Wednesday to approve a $12 million contract for new "
    "police body cameras.",
    "A fire tore through a vacant warehouse in Saginaw early Sunday, sending thick smoke over the "
    "east side, fire officials said.",
    # no comment given
    "A spokeswoman for the company declined to comment.",
    "Representatives for the singer did not immediately respond to a request for comment on Friday.",
    "The school district did not return calls seeking comment.",
    # background and biography
    "Jones, who grew up in Flint, joined the department in 2004 and was promoted to sergeant in 2011.",
    "The company was founded in 1987 by two brothers who sold car parts out of a garage in Dayton.",
    "The bridge, built in 1932, carries about 40,000 vehicles a day.",
    "Before entering politics, she worked as a public defender in Baltimore for a decade.",
    # reported speech that leaves nothing open
    "The mayor said the repaving of Main Street was finished ahead of schedule and under budget.",
    "Police said the driver was wearing a seat belt and the airbags deployed.",
    "The chief executive told analysts the company had closed its purchase of the Ohio plant in March.",
    "According to the report, the hospital treated 12,000 patients last year, up from 10,500 in 2022.",
    # a quotation of praise or mood
    "\"I'm thrilled to be back home and coaching the kids I grew up with,\" Davis said.",
    "\"We could not be prouder of this team,\" the principal said in a statement.",
    "\"It was the best day of my life,\" she said.",
    # headline, list and page text
    "5 things to know before you refinance your mortgage",
    "Here's what you need to know about the new parking rules.",
    "Sign up for our newsletter to get the latest news delivered to your inbox.",
    "Click here to read more about the crisis at the border.",
    "Follow our coverage of the trial on Twitter and Facebook.",
    # an opinion column's scene-setting
    "I remember the first time I voted, standing in line with my grandmother at a church in Atlanta.",
)

# (sentence, a word the issue's line or topic must hold)
OPEN_ISSUES = (
    ("The district has not said how it will cover a $4 million budget shortfall.", "shortfall"),
    ("Tenants say the landlord has ignored complaints about mold and broken heat for months.", "mold"),
    ("The lawsuit, filed in federal court in Newark, seeks unspecified damages.", "lawsuit"),
    ("Regulators are investigating whether the bank misled customers about overdraft fees.", "overdraft"),
    ("The deal still needs approval from shareholders and regulators in the U.S. and Europe.", "approval"),
    ("Analysts warned that rising interest rates could squeeze the company's margins next year.", "margins"),
    ("Critics say the new curfew unfairly targets Black teenagers.", "curfew"),
    ("The cause of the fire remains under investigation.", "fire"),
    ("It is not clear whether the senator will seek re-election.", "re-election"),
    ("The union has threatened to strike if the city does not raise wages by July.", "strike"),
    ("Neighbors have complained for years about speeding on the stretch of Route 9 where the crash "
     "happened.", "speeding"),
    ("The company is facing at least three lawsuits over the data breach.", "breach"),
    ("The police department has refused to release the body camera footage.", "footage"),
    ("The bill faces stiff opposition from Republicans in the state Senate.", "opposition"),
    ("Investors worry that the chain's expansion into China has stalled.", "china"),
    ("The suspect remains at large.", "suspect"),
    ("Her family disputes the police account of the shooting.", "shooting"),
    ("Two other victims remain in critical condition at University Hospital.", "critical"),
    ("The mayor's office has not explained why the contract was never put out to bid.", "contract"),
    pytest.param(
        "Opponents argue the stadium subsidy would divert money from schools.", "subsidy",
        marks=pytest.mark.xfail(strict=True, reason="gap: 'opponents' as a cue took a fixture's matched line's place ('opponents' of a recount), so an argument told by opponents is not cued"),
    ),
)

# Short stories: (text, term groups the open issues must hold, strings no issue may hold).
STORIES = {
    "tabloid-landlord": (
        "A Bronx landlord accused of leaving tenants without heat all winter was slapped with "
        "$250,000 in fines on Tuesday, city officials said.\n\n"
        "The owner, Marvin Kessler, 61, was cited for 340 violations at three buildings on Grand "
        "Concourse, according to the city's housing department.\n\n"
        "\"We've been freezing since November,\" said tenant Rosa Delgado, 44, who lives with her two "
        "children on the fourth floor. \"My kids sleep in their coats.\"\n\n"
        "Kessler has not paid any of the earlier fines, records show, and the city is weighing whether "
        "to take control of the buildings.\n\n"
        "Kessler bought the buildings in 2009 for $6 million.\n\n"
        "A lawyer for Kessler declined to comment.\n",
        [["paid"], ["control", "whether"]],
        ["declined", "2009", "coats"],
    ),
    "wire-takeover": (
        "Northway Energy Inc said on Thursday it would buy rival pipeline operator Calder Midstream "
        "for $4.2 billion in cash and stock, creating the largest gas transporter in western Canada.\n\n"
        "The deal, which values Calder at C$38 per share, a 24% premium to Wednesday's close, is "
        "expected to close in the second half of the year.\n\n"
        "It still requires approval from Calder shareholders and Canada's Competition Bureau, which "
        "has blocked two pipeline mergers since 2015.\n\n"
        "Some analysts questioned whether Northway was paying too much at a time when gas prices are "
        "near a five-year low.\n\n"
        "Northway shares fell 3.1% to C$51.20 in Toronto.\n\n"
        "Calder was founded in 1979 and operates 9,000 km of pipeline.\n\n"
        "A Calder spokesman declined to comment beyond the statement.\n",
        [["approval", "competition"], ["too much", "paying"]],
        ["founded", "declined"],
    ),
    "regional-school": (
        "The Lansing school board voted 5-2 Monday night to close Walnut Elementary at the end of the "
        "school year, capping months of debate over falling enrollment.\n\n"
        "The school, which opened in 1954, has 180 students, down from 400 a decade ago.\n\n"
        "Parents packed the meeting to urge the board to keep it open. \"This school is the heart of "
        "our neighborhood,\" said Tamara Wells, whose two sons attend Walnut.\n\n"
        "District officials have not said where the students will go next fall or what will happen "
        "to the building.\n\n"
        "Superintendent Ray Ortiz said the closure would save about $1.1 million a year.\n\n"
        "Board member Carla Fitch, who voted against the plan, said the district had not done enough "
        "to consult families.\n",
        [["students will go", "where the students"], ["consult"]],
        ["1954", "heart of our"],
    ),
    "opinion-budget": (
        "I have covered City Hall for twenty years, and I have never seen a budget fight as ugly as "
        "this one.\n\n"
        "Let me explain how we got here.\n\n"
        "In 2019, the council promised to hire 200 new teachers. It hired 40.\n\n"
        "Now the mayor wants to cut the school budget again, and the same council members who made "
        "that promise are lining up behind him.\n\n"
        "Parents are right to be furious. Nobody at City Hall has explained how the city will fill "
        "300 classroom vacancies with less money.\n\n"
        "Read more: The mayor's first year, in his own words.\n\n"
        "Sign up for our weekly politics newsletter.\n",
        [["vacancies"]],
        ["sign up", "read more", "twenty years"],
    ),
    "feature-lithium": (
        "On a gray morning in March, Priya Raman walked into a windowless lab in Cambridge and "
        "switched on a machine that, if it works, could make lithium mining obsolete.\n\n"
        "Raman, 38, grew up in Chennai and studied chemistry at MIT before founding Saltline in "
        "2020.\n\n"
        "The company's process pulls lithium from seawater using a membrane no thicker than a human "
        "hair.\n\n"
        "So far it has worked only in the lab. Nobody knows yet whether the membranes will survive "
        "months of contact with real seawater, and the cost per ton is still three times that of "
        "conventional mining.\n\n"
        "\"We're not there yet,\" Raman admits.\n\n"
        "Investors have put $60 million into the company.\n",
        [["membranes"], ["cost"]],
        ["gray morning", "chennai", "grew up"],
    ),
}


@pytest.mark.parametrize("sentence", NOT_OPEN_ISSUES)
def test_a_look_alike_from_other_outlets_is_no_open_issue(sentence: str) -> None:
    assert open_issues_in(sentence) == (), sentence


@pytest.mark.parametrize(("sentence", "term"), OPEN_ISSUES)
def test_an_open_issue_in_other_outlets_wording_is_found(sentence: str, term: str) -> None:
    assert_issue_holds(sentence, term)


# The stories' gaps left: each fails on one expected issue named in the reason.
STORY_GAPS = {
    "feature-lithium": "gap: a cost told by comparison ('still three times that of conventional "
    "mining') carries no cue",
    "tabloid-landlord": "gap: a choice weighed ('the city is weighing whether to take control') is "
    "read as a next step, not an open question",
    "wire-takeover": "gap: 'questioned whether' took a fixture's second line on an issue already "
    "chosen (round 7)",
}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=STORY_GAPS[n])) if n in STORY_GAPS else n
        for n in sorted(STORIES)
    ],
)
def test_a_story_from_other_outlets_gets_its_open_issues_and_not_its_colour(name: str) -> None:
    assert_story_issues(*STORIES[name])


# A second blind batch, written after the first fixes and before the engine was run on it: the
# classes left on the outlets tune half (aims and missions, prospects of a fix, scope lists,
# earlier incidents and crime narrative told as background, a threat or fear ruled out) and open
# issues in these outlets' wording (hopes fading, choices weighed, scrutiny, outrage and backlash,
# doubts about a result, pressure to resign).
NOT_OPEN_ISSUES_2 = (
    "The program's mission is to reduce injuries and save lives by finding wandering patients quickly.",
    "The new rules are designed to prevent accidents at busy intersections.",
    pytest.param(
        "The funding could restart dozens of construction projects that stalled during the pandemic.",
        marks=pytest.mark.xfail(strict=True, reason="gap: a fix in prospect ('could restart projects that stalled') still reads the stalled projects as open"),
    ),
    "In 2009, a similar jet crashed into the Atlantic after its sensors iced over, killing all 228 "
    "people on board.",
    pytest.param(
        "At 3 a.m., SWAT officers raided the house on Elm Street and arrested two men.",
        marks=pytest.mark.xfail(strict=True, reason="gap: a crime told as the night's events (a raid, arrests) is not told from an open matter"),
    ),
    "The survey covered topics ranging from school lunches to bus schedules.",
    "Officials breathed a sigh of relief when the levee held.",
    "The storm passed without causing major damage, the weather service said.",
    "Smith, who has battled cancer twice, returned to the stage last year to rave reviews.",
    "We're told that money can't buy happiness, but it certainly helps.",
    "The restaurant, which survived a fire in 1998, is known for its crab cakes.",
    "Police said there was no threat to the public.",
    "Authorities said the fire was under control by 6 a.m.",
    "The senator said she was not worried about the primary challenge.",
)

OPEN_ISSUES_2 = (
    ("Hopes of finding more survivors faded as the search entered its third day.", "survivors"),
    pytest.param(
        "The city is weighing whether to take over the troubled housing authority.", "housing",
        marks=pytest.mark.xfail(strict=True, reason="gap: a choice weighed ('is weighing whether to') is read as a next step, not an open question"),
    ),
    pytest.param(
        "Some analysts questioned whether the company can keep growing without new stores.", "growing",
        marks=pytest.mark.xfail(strict=True, reason="gap: 'questioned whether' took a fixture's second line on an issue already chosen (round 7)"),
    ),
    ("The proposal has come under scrutiny from state regulators.", "proposal"),
    ("The decision sparked outrage among parents.", "outrage"),
    ("The ad drew backlash on social media for its portrayal of immigrants.", "backlash"),
    ("It remains to be seen whether voters will approve the tax increase.", "tax"),
    ("The team faces an uphill battle to make the playoffs.", "playoffs"),
    ("The hospital is short-staffed and has cut back on elective surgeries.", "short-staffed"),
    ("The police chief is under pressure to resign after the video surfaced.", "resign"),
    pytest.param(
        "The governor vetoed the bill, and lawmakers are expected to attempt an override.", "veto",
        marks=pytest.mark.xfail(strict=True, reason="gap: a veto is no cue ('veto' as a weak cue changed nothing on the sets and still fell below the weight threshold here)"),
    ),
    ("Residents fear the new highway will split their neighborhood in two.", "highway"),
)


@pytest.mark.parametrize("sentence", NOT_OPEN_ISSUES_2)
def test_a_second_batch_of_look_alikes_is_no_open_issue(sentence: str) -> None:
    assert open_issues_in(sentence) == (), sentence


@pytest.mark.parametrize(("sentence", "term"), OPEN_ISSUES_2)
def test_a_second_batch_of_open_issues_in_other_outlets_wording_is_found(sentence: str, term: str) -> None:
    assert_issue_holds(sentence, term)


# Classes found on the outlets tune half, each fixed by a general rule; the sentences are invented
# (written after the rule, so these are tests, not a blind figure).
FIXED_LOOK_ALIKES = (
    # a fear denied by its holder, or told as not come true
    "The coach said he was not concerned about the team's confidence.",
    "By the evening, shoppers relaxed as the worst of the feared gridlock failed to materialize.",
    "When the final report came out, those concerns were nowhere to be found.",
    # an event word naming a kind of craft
    "The navy is due to receive six new attack helicopters next year.",
    # a run of linked headlines
    "More Related to this Story Storm leaves thousands without power as crisis deepens",
    # a line in the first person that names no speaker
    "We're told that patience is a virtue in moments of crisis.",
    # a sentence the page broke off
    "In case of engine trouble or other unforeseen problems, the pilot can",
)


@pytest.mark.parametrize("sentence", FIXED_LOOK_ALIKES)
def test_a_look_alike_found_on_other_outlets_news_is_no_open_issue(sentence: str) -> None:
    assert open_issues_in(sentence) == (), sentence


@pytest.mark.parametrize(
    ("sentence", "term"),
    (
        ("Smith is not sure who will take over the program when he retires.", "take over"),
        ("Hopes of a ceasefire faded as shelling resumed overnight.", "ceasefire"),
        ("The company is appealing the ruling and the $20 million fine.", "ruling"),
    ),
)
def test_an_open_issue_found_missing_on_other_outlets_news_is_found(sentence: str, term: str) -> None:
    assert_issue_holds(sentence, term)


def test_an_allegation_keys_on_what_is_alleged_not_on_allegedly() -> None:
    issues = open_issues_in(
        "Jones allegedly accepted cash from a developer seeking a zoning change. Later, Jones "
        "allegedly spent the cash on a holiday in Florida with his family."
    )
    assert issues
    assert all("allegedly" not in i.topic.lower() for i in issues), issues


def test_a_hope_fading_is_named_by_what_was_hoped_for() -> None:
    (issue,) = open_issues_in("Hopes of a quick deal faded after the talks broke up without a date.")
    assert issue.topic == "quick deal", issue

