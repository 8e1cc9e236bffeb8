"""Round 12 (pool5): meeting constructions of mainstream news, probed with invented articles
(none copied from a corpus). The gold reading is pool5's: a chamber's vote on a bill is a sitting
of the chamber, and the members the story names by their seat in it (a "Rep.", an "MEP", a
"Senator") took part in its debate; a court sat when a named person or a role told the jury, when
"the trial of X ended", when "X's hearing before the panel" was held (the panel named as the story
names it in full); an address to an audience present ("In front of 20,000 fans", "told the
audience") is a meeting; a vote that "neared" or that a side works toward is still ahead; a meeting
on the lede's own day is the story's. Beside each, the constructions that stay no meeting. The
engine at the round's start (43e6e5c) passed 22 of these 44 tests (bench/README.md, round 12)."""

from __future__ import annotations

import pytest
from meeting_probe_support import KeyMeetingProbe as Probe
from meeting_probe_support import key_meeting_problems

PROBES = (
    # --- a chamber's vote, the chamber called "the House", its members named by their seat ---
    Probe(
        "house-passed-bill-members-quoted",
        "WASHINGTON - The Republican-led House has passed a bill that would expand rural broadband "
        "grants.\n\nThe House passed the measure, 231-190, on Wednesday.\n\n\"Rural families have waited "
        "long enough,\" said Rep. Dana Whitcombe, R-Iowa.\n\nRep. Luis Ferrante, D-N.M., called the "
        "grants too small to matter.\n",
        key=("House", "Whitcombe"),
        when="Wednesday",
    ),
    Probe(
        "full-house-voted-congresswoman",
        "The full House voted 301-122 on Tuesday to extend the flood insurance program for two years."
        "\n\n\"This keeps coastal towns afloat,\" said Congresswoman Meg Tarrant of Louisiana, who wrote "
        "the extension.\n",
        key=("House", "Tarrant"),
    ),
    Probe(
        "meps-voted-resolution-members-named",
        "Members of the European Parliament have criticised Freedonia's new media law.\n\nMEPs voted by "
        "512 votes to 88 on Thursday in favour of a resolution urging the country to repeal it.\n\n"
        "Jonas Kell, a Freedonian MEP from the ruling party, said the vote was an insult. Anna Rosz, "
        "an MEP from the opposition, welcomed it.\n",
        key=("MEPs", "Kell"),
        when="Thursday",
    ),
    Probe(
        "senate-approved-senators-named",
        "The Senate approved the defense bill 78-20 on Friday after two days of debate.\n\n\"Our troops "
        "deserve certainty,\" said Sen. Carla Ridgeway, R-Ohio.\n",
        key=("Senate", "Ridgeway"),
    ),
    # --- no sitting: a capitalised "House" that is a building or a title, a vote still to come ---
    Probe(
        "white-house-approved-no-sitting",
        "The White House approved the new guidance on Monday.\n\n\"It is overdue,\" said Rep. Dana "
        "Whitcombe, R-Iowa.\n",
        none=True,
    ),
    Probe(
        "opera-house-approved-no-sitting",
        "The board of the Grand Opera House approved a new season of six productions, and said Rep. "
        "Luis Ferrante would attend the opening.\n",
        none=True,
    ),
    Probe(
        "member-who-voted-no-sitting",
        "WASHINGTON - The leader of a centrist bloc in the U.S. House, who voted last week for the "
        "spending package, said on Sunday he would oppose the next one.\n\n\"We cannot keep doing "
        "this,\" said Rep. Ed Varga of Ohio.\n",
        none=True,
    ),
    Probe(
        "house-to-vote-next-week-no-sitting",
        "The House is expected to vote next week on the broadband bill.\n\n\"We have the votes,\" "
        "said Rep. Dana Whitcombe, R-Iowa.\n",
        none=True,
    ),
    # --- a court sitting told by what was told to the jury or the court ---
    Probe(
        "role-subject-told-county-jury",
        "Defendant Tom Reyes looked at the floor on Tuesday as a prosecutor told the Cook County jury "
        "that he had planned the fire for weeks.\n\n\"He bought the fuel on the first of May,\" said "
        "prosecutor Alma Diaz.\n\nReyes's lawyer, Ben Ochs, will close on Wednesday.\n",
        key=("Diaz", "jury"),
    ),
    Probe(
        "named-subject-told-a-jury",
        "Lena Ortiz, a former bookkeeper for the builder, told a jury in federal court in Trenton on "
        "Monday that she shredded the invoices on her manager's orders.\n\n\"I was afraid,\" Ortiz said.\n",
        key=("Ortiz", "jury"),
        when="Monday",
    ),
    Probe(
        "unnamed-lede-subject-named-next",
        "An engineer for developer Carl Voss's construction firm admitted in testimony on Wednesday that "
        "she had signed off on the beams without testing them.\n\nMaria Lutz, who designed the tower's "
        "frame, told the jury that managers had pressed her to finish early.\n",
        key=("Lutz", "jury"),
    ),
    Probe(
        "told-the-court-in-a-filing-no-sitting",
        "State Senator Ann Pell told the Supreme Court in a brief filed on Monday that the map was "
        "drawn to dilute the votes of rural residents.\n",
        none=True,
    ),
    Probe(
        "will-tell-the-jury-no-sitting",
        "Lawyers for Dan Pike said they would tell the jury next week that he was at home on the night "
        "of the robbery.\n",
        none=True,
    ),
    # --- a trial told as ending, a hearing named by its owner, a panel named by its head only ---
    Probe(
        "trial-of-ended-hung-jury",
        "The fraud trial of former mayor Ray Dunn ended in a mistrial on Friday after the jury said it "
        "could not agree on a verdict.\n\nDunn's lawyer said he was relieved.\n",
        key=("Dunn", "jury"),
        when="Friday",
    ),
    Probe(
        "trial-of-concluded-jury-acquitted",
        "The bribery trial of businessman Omar Said concluded on Monday, with the jury acquitting him "
        "on all five counts.\n",
        key=("Said", "jury"),
    ),
    Probe(
        "trial-of-to-end-next-month-no-sitting",
        "The fraud trial of former mayor Ray Dunn is expected to end next month, and the jury will then "
        "begin its deliberations.\n",
        none=True,
    ),
    Probe(
        "owner-hearing-before-named-committee",
        "Senators questioned Ana Ruiz, the president's choice for Treasury secretary, about her bank's "
        "overseas accounts.\n\nRuiz's confirmation hearing before the Senate Finance Committee on "
        "Tuesday ran for four hours.\n",
        key=("Ruiz", "Committee"),
        when="Tuesday",
    ),
    Probe(
        "owner-testimony-before-the-panel-resolved",
        "Senator Mia Cho, chairwoman of the Senate Commerce committee, opened the session with a warning."
        "\n\nLee Park's testimony before the panel on Thursday turned on the airline's safety records.\n",
        key=("Park", "Commerce"),
    ),
    Probe(
        "generic-senate-panel-takes-the-committee-name",
        "Tom Hale testified before a Senate panel on Monday about the base closures.\n\nHale, a former "
        "general, had been called by the Senate Armed Services Committee in June.\n",
        key=("Hale", "Armed"),
    ),
    Probe(
        "owner-hearing-scheduled-no-sitting",
        "Ruiz's confirmation hearing before the Senate Finance Committee is scheduled for next week.\n",
        none=True,
    ),
    Probe(
        "owner-hearing-postponed-no-sitting",
        "Dale Kim's hearing before the parole board was postponed on Monday after his lawyer fell ill.\n",
        none=True,
    ),
    # --- a vote still ahead: one that "neared", one a side works to win ---
    Probe(
        "vote-neared-meeting-held-is-key",
        "As a Friday vote in the Senate neared, Senators Ann Cole and Ray Diaz met on Wednesday with "
        "Treasury Secretary Tom Hale at the Capitol.\n",
        key=("Cole", "Hale"),
        not_key=("Senate",),
    ),
    Probe(
        "summit-approached-talks-held-is-key",
        "As the Lisbon summit approached, Prime Minister Ana Costa held talks with President Luc Moreau "
        "in Paris on Monday.\n",
        key=("Costa", "Moreau"),
        not_key=("Lisbon",),
    ),
    Probe(
        "lobbied-to-win-the-vote-is-ahead",
        "Party whips met privately on Tuesday with Senator Ann Cole and Senator Ray Diaz as leaders "
        "sought a way to shore up support for the governor in Thursday's decisive Senate vote.\n",
        key=("Cole", "Diaz"),
        not_key=("Senate",),
    ),
    Probe(
        "senate-vote-held-stays",
        "The Senate voted 61-38 on Thursday to confirm Ana Ruiz as Treasury secretary.\n",
        key=("Senate", "Ruiz"),
    ),
    # --- the lede's witness told as a role, named in the next sentence ---
    Probe(
        "role-lede-witness-named-next",
        "An auditor for real estate developer Carl Voss's holding company admitted in testimony on "
        "Tuesday that she had moved money between the firms' accounts.\n\nNora Quill, who kept the "
        "company's ledgers for a decade, said she had acted on Voss's orders.\n",
        key=("Quill", "Voss"),
    ),
    # --- the lede's day: a meeting that day is the news, over one recalled from another day ---
    Probe(
        "lede-day-meeting-over-last-month-votes",
        "Negotiators sought a budget deal on Tuesday as a shutdown drew closer.\n\nThe talks have "
        "stalled for weeks.\n\nSpeaker Tom Hale met Senator Ann Cole on Tuesday at the Capitol.\n\n"
        "Since the Senate voted last month to reject the spending bill, and lawmakers voted again to "
        "delay it, Cole has said little.\n",
        key=("Hale", "Cole"),
        when="Tuesday",
    ),
    Probe(
        "lede-day-call-over-earlier-talks",
        "Freedonia and Sylvania moved closer to a border deal on Friday.\n\nThe dispute is decades "
        "old.\n\nPresident Ana Costa spoke by phone with Prime Minister Luc Moreau on Friday.\n\nThe "
        "two countries' foreign ministers, Tom Hale and Ann Cole, held talks in Geneva in March, and Hale "
        "and Cole met again in Geneva in March.\n",
        key=("Costa", "Moreau"),
        when="Friday",
    ),
    Probe(
        "lede-day-meeting-over-recalled-meetings",
        "Union leaders and the rail operator sought a pay settlement on Monday.\n\nStrikes have shut "
        "the network twice.\n\nThe union's Ray Diaz met Transport Minister Tom Hale on Monday in Leeds."
        "\n\nDiaz and the operator's Ann Cole held a long meeting in January, and Diaz and Cole met "
        "again in February.\n",
        key=("Diaz", "Hale"),
        when="Monday",
    ),
    Probe(
        "said-day-is-not-the-lede-day",
        "The government will lift sanctions on Freedonia, officials said late Thursday.\n\nThe "
        "sanctions are decades old.\n\nAn aide, Tom Hale, spoke with Senator Ann Cole on Thursday.\n\n"
        "President Ana Costa held talks with Freedonian envoy Luc Moreau in May, and Costa and Moreau met "
        "again in May in Lisbon.\n",
        key=("Costa", "Moreau"),
    ),
    Probe(
        "lede-day-with-no-meeting-that-day",
        "Freedonia's parliament debated the budget on Wednesday.\n\nPresident Ana Costa met Prime "
        "Minister Luc Moreau in Lisbon last week.\n",
        key=("Costa", "Moreau"),
    ),
    # --- an address to an audience present: "in front of 20,000 fans", "told the audience" ---
    Probe(
        "in-front-of-count-fans-fronted",
        "Governor Tom Hale promised a new stadium on Saturday.\n\nIn front of 20,000 fans at the "
        "city's old ballpark, Hale said the team would never leave.\n",
        key=("Hale", "fans"),
    ),
    Probe(
        "before-a-crowd-of-supporters-role-subject",
        "Before a crowd of 3,000 supporters in a Dayton park, the senator vowed to fight the plant's "
        "closure.\n\nSenator Ann Cole, a Democrat, has opposed the sale for a year.\n",
        key=("Cole", "supporters"),
    ),
    Probe(
        "told-the-audience-named-subject",
        "Union leader Ray Diaz told the audience at a packed hall in Leeds on Friday that the strike "
        "would go on.\n\n\"We are not done,\" Diaz said.\n",
        key=("Diaz", "audience"),
    ),
    Probe(
        "in-front-of-pilgrims-the-role-of-the-story-s-main-holder",
        "Archbishop Leo Marr celebrated Mass on Sunday.\n\nIn front of 30,000 pilgrims at the hilltop "
        "shrine, the archbishop asked forgiveness for the diocese's failures.\n\nMarr later met "
        "parish leaders. Marr's predecessor, Archbishop Tom Rudd, had refused to do so.\n",
        key=("Marr", "pilgrims"),
    ),
    Probe(
        "in-front-of-the-cameras-no-audience",
        "In front of the cameras outside City Hall, Mayor Joe Park said the budget was balanced.\n",
        none=True,
    ),
    Probe(
        "told-the-audience-of-a-show-no-meeting",
        "Host Ann Cole told the audience of her radio show on Monday that the mayor had lied.\n",
        none=True,
    ),
    # --- "gathered" with a thing for object: data, signatures, evidence, no one met ---
    Probe(
        "survey-gathered-responses-no-meeting",
        "The Gallup survey was conducted by telephone and gathered responses from 2,004 adults, "
        "Governor Tom Hale's office said.\n",
        none=True,
    ),
    Probe(
        "campaign-gathered-signatures-no-meeting",
        "Activists led by Ann Cole gathered more than 80,000 signatures from voters in Ohio to force a "
        "referendum.\n",
        none=True,
    ),
    Probe(
        "investigators-gathered-evidence-no-meeting",
        "FBI agents gathered evidence from the offices of Senator Ray Diaz on Tuesday.\n",
        none=True,
    ),
    Probe(
        "people-gathered-and-were-addressed-stays",
        "Thousands of farmers gathered in Lyon on Saturday, and union leader Ann Cole told the crowd "
        "that prices had collapsed.\n",
        key=("Cole",),
    ),
    Probe(
        "leaders-gathered-for-talks-stays",
        "Prime Minister Ana Costa and President Luc Moreau gathered with their ministers in Lisbon on "
        "Monday for two days of talks.\n",
        key=("Costa", "Moreau"),
    ),
    Probe(
        "told-reporters-outside-court-no-sitting",
        "Judge Ruth Cole told reporters outside the courthouse on Friday that the trial of Dan Pike "
        "would resume in March.\n",
        none=True,
    ),
)


@pytest.mark.parametrize("probe", PROBES, ids=[p.id for p in PROBES])
def test_round12_meeting_probe(probe: Probe) -> None:
    assert key_meeting_problems(probe) == []


def test_the_turns_of_the_trial_a_lede_opens_on_are_one_court_sitting():
    # invented: a closing told to the jury in the lede, a witness's testimony recalled later
    from meeting_probe_support import meetings_of

    probe = Probe(
        "one-trial",
        "Defendant Tom Reyes looked at the floor on Tuesday as a prosecutor told the Cook County jury "
        "that he had planned the fire.\n\n\"He bought the fuel in May,\" said prosecutor Alma Diaz.\n\n"
        "Earlier in the trial, Diaz recalled, shop clerk Nina Park testified that Reyes paid in cash.\n",
        key=("Diaz", "jury"),
    )
    meetings = meetings_of(probe)
    assert key_meeting_problems(probe, meetings) == []
    assert len(meetings) == 1, meetings
