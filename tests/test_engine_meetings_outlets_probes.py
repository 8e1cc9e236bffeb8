"""Meetings in other outlets' news, probed blind with invented short articles (none copied from a corpus).

Round 9 wave 2 of issue 13 (the outlets set): US regional, tabloid, magazine and wire styles.
A meeting here is what the dev and Wikinews gold call one: an interview the story is built on
(with a named outlet or reporter), on-air debates between pundits, meetings told with "met at" or
"allegedly met with", depositions, settlement talks. Beside them what is attribution only: "told
Reuters", a passing interview in a story about something else, a press conference. Every
expectation was written before the engine was run on the batch; the first-pass rate is in
bench/README.md ("Round 9: meetings on other outlets' news").
"""

from __future__ import annotations

import pytest
from engine_support import gap_marks
from meeting_probe_support import KeyMeetingProbe as Probe
from meeting_probe_support import key_meeting_problems

PROBES = (
    # --- the story's own interview, with a named outlet or reporter ---
    Probe(
        "regional-phone-interview-with-paper",
        "Mayor Dana Ruiz will not raise water rates this year, she said in a phone interview with the "
        "Ledger on Tuesday.\n\n\"We balanced the books without touching the rates,\" Ruiz said.\n\n"
        "\"Nobody in this town should pay more for water because of a pipe that broke in 1990,\" she said.\n\n"
        "\"I am not running again, but I want this fixed,\" Ruiz added.\n",
        key=("Ruiz", "Ledger"),
    ),
    Probe(
        "magazine-told-outlet-in-an-interview",
        "\"We were never going to sell,\" founder Luis Ortega told Wired in an interview at the company's "
        "Austin office.\n\n\"The offer was generous, but the product is not finished,\" Ortega said.\n\n"
        "\"Ask me again in five years,\" he said with a laugh.\n",
        key=("Ortega", "Wired"),
    ),
    Probe(
        "magazine-in-an-interview-with-opening",
        "In an interview with The Atlantic, novelist Mara Quinn said her new book began as a letter to her "
        "late father.\n\n\"I wrote it at night, after the children slept,\" Quinn said.\n\n\"I did not think "
        "anyone would read it,\" she said.\n",
        key=("Quinn", "Atlantic"),
    ),
    Probe(
        "tv-named-reporter-interview",
        "Senator Paul Brady told CNN's Jake Morrow in an interview on Sunday that he would vote against the "
        "budget.\n\n\"It spends money we do not have,\" Brady said.\n\n\"I have told the leadership that "
        "for months,\" he said.\n",
        key=("Brady", "Morrow"), when="Sunday",
    ),
    # --- attribution only ---
    Probe(
        "wire-told-reuters-alone",
        "LONDON (Reuters) - Oil prices rose on Monday after Saudi Arabia signalled deeper output cuts.\n\n"
        "\"The market is tighter than it looks,\" an energy ministry official told Reuters.\n\n"
        "Brent crude futures rose 1.2% to $84.10 a barrel by 1200 GMT.\n",
        none=True,
    ),
    Probe(
        "wire-passing-interview-in-results-story",
        "Northwind Foods reported a 12% rise in quarterly profit on Wednesday, helped by higher prices for "
        "frozen meals.\n\nChief executive Lena Fox told Bloomberg in an interview that costs had peaked.\n\n"
        "\"The numbers look good, but volumes are falling,\" said Sam Reid, an analyst at Cole Securities.\n\n"
        "\"Price rises will not last,\" said Ana Pak, an analyst at Birch Capital.\n",
        none=True,
    ),
    Probe(
        "tabloid-told-the-paper-alone",
        "A Queens landlord was ordered to pay $2 million to tenants who went without heat all winter.\n\n"
        "\"We froze for four months,\" tenant Rosa Diaz told The Post.\n",
        none=True,
    ),
    Probe(
        "regional-news-conference-alone",
        "Governor Ann Price said at a news conference on Tuesday that the Route 9 bridge would reopen in "
        "May.\n\n\"Crews are working around the clock,\" Price said.\n",
        none=True,
    ),
    # --- on-air debates between pundits ---
    Probe(
        "tv-pundits-sparred-on-show",
        "On Sunday's \"Face the Nation,\" Republican strategist Amy Cole and Democratic pollster Ben Ortiz "
        "sparred over the tax bill.\n\n\"This bill is a giveaway,\" Ortiz said.\n",
        key=("Cole", "Ortiz"), when="Sunday",
    ),
    Probe(
        "sport-analysts-argued-in-segment",
        "During a segment on Fox's pregame show, analyst Terry Lane argued with co-host Mike Dorsey about "
        "the playoff format.\n\n\"Eight teams is too many,\" Lane said.\n",
        key=("Lane", "Dorsey"),
    ),
    # --- meetings told with "met at", "allegedly met with", depositions, settlement talks ---
    Probe(
        "tabloid-met-at-diner",
        "Kyle Dunn, 24, met Tara Wells at a diner in Scranton on Friday night, police said. Hours later "
        "she was missing.\n",
        key=("Dunn", "Wells"), place="Scranton",
    ),
    Probe(
        "court-allegedly-met-with",
        "Prosecutors say former county treasurer Ron Vance allegedly met with lobbyist Carl Pike at a "
        "Denny's in March 2019 to discuss the parking contract.\n\nVance has pleaded not guilty.\n",
        key=("Vance", "Pike"),
    ),
    Probe(
        "court-deposed-by-body",
        "Former county clerk Dan Reyes was deposed by the state ethics commission in June, according to "
        "court papers filed Monday.\n",
        key=("Reyes", "commission"),
    ),
    Probe(
        "business-settlement-talks",
        "Lawyers for Uber and the Teamsters union held settlement talks on Monday before a federal "
        "mediator in San Francisco.\n",
        key=("Uber", "Teamsters"), place="San Francisco", when="Monday",
    ),
    Probe(
        "wire-met-with-leaders-at-capitol",
        "Governor Tom Lopez met with union leaders at the Capitol on Thursday to end a three-week strike "
        "by state nurses.\n",
        key=("Lopez", "leaders"), when="Thursday",
    ),
    # --- blind batch 2 (written after batch 1's fixes, before running: do they carry?) ---
    Probe(
        "b2-telephone-interview-opening",
        "In a telephone interview with The Oregonian on Friday, Sheriff Dale Cobb said the jail was "
        "overcrowded.\n\n\"We have 400 beds and 520 inmates,\" Cobb said.\n\n\"Something has to give,\" "
        "Cobb said.\n",
        key=("Cobb", "Oregonian"), when="Friday",
    ),
    Probe(
        "b2-summit-over-side-interview",
        "French President Claire Dubois met Italian Prime Minister Marco Neri in Rome on Monday to discuss "
        "migration.\n\n\"We agreed on a plan,\" Dubois said.\n\nItalian interior minister Paolo Sarti told "
        "Reuters in an interview that the plan would cost 2 billion euros.\n",
        key=("Dubois", "Neri"), not_key=("Reuters",),
    ),
    Probe(
        "b2-podcast-hosts-argued",
        "On Tuesday's episode of the Daily Pod, hosts Mia Grant and Leo Hart argued over the merger.\n\n"
        "\"It is a bad deal,\" Grant said.\n",
        key=("Grant", "Hart"),
    ),
    Probe(
        "b2-speaking-with-magazine-reporter",
        "Speaking with Vanity Fair's Ann Cole, actor Tom Reese said he had turned down the role twice.\n\n"
        "\"I was scared of it,\" Reese said.\n",
        key=("Reese", "Cole"),
    ),
    Probe(
        "b2-senator-told-fox-in-bill-story",
        "The Senate passed the farm bill 68-31 on Thursday.\n\n\"This is a good day for farmers,\" said "
        "Senator Mary Holt.\n\nSenator Jim Reed told Fox News that he voted no because of the cost.\n\n"
        "\"We cannot afford it,\" Reed said.\n",
        # round 12 (pool5's gold, GOLD_FORMAT's "votes held as a session"): the Senate's vote the
        # story opens on is a sitting its named senators took part in; the interview is still none
        not_key=("Fox", "News"),
    ),
    Probe(
        "b2-interview-that-aired",
        "\"I did not take a cent,\" former mayor Carl Obi told ABC News in an interview that aired "
        "Sunday.\n\n\"The money went to the charity,\" Obi said.\n\n\"Check the records,\" Obi said.\n",
        key=("Obi", "ABC"),
    ),
    # --- written after the first pass (not blind): the edges of the rules it asked for ---
    Probe(
        "after-clashed-with-police-no-show",
        "Protesters clashed with police outside City Hall on Friday as Mayor Joe Park left the building.\n",
        none=True,
    ),
    Probe(
        "after-old-interview-by-main-speaker",
        "In a 2019 interview with the Herald, coach Nina Brandt said she would retire at 60.\n\n"
        "\"I never said that,\" Brandt said on Monday. \"I love this job,\" Brandt added.\n",
        none=True,
    ),
    Probe(
        "after-pundit-surname-not-month",
        "Analysts Rob May and Kate Olsen rarely agree.\n\nDuring a segment on NBC's Sunday Final, Olsen "
        "bantered with May about the draft.\n",
        key=("Olsen", "May"), place="NBC",
    ),
    Probe(
        "after-vehicle-owner-no-party",
        "Senator Ann Ruiz flew to Paris on Tuesday in donor Carl Webb's private jet to meet with President "
        "Luc Moreau.\n",
        key=("Ruiz", "Moreau"), not_key=("Webb",),
    ),
    Probe(
        "after-outlet-that-reported-no-party",
        "The Reno Herald, which broke the news on Monday, reported that the senator had flown to Reno to "
        "meet with singer Amy Vance.\n",
        none=True,
    ),
    Probe(
        "after-main-speaker-told-the-outlet",
        "Coach Rita Vance is not worried about her job.\n\n\"We lost three close games,\" Vance told The "
        "Courier. \"That is football.\"\n\n\"I have two years left on my deal,\" Vance said.\n\n\"The "
        "players believe in what we do,\" Vance added.\n",
        key=("Vance", "Courier"),
    ),
    Probe(
        "after-asked-by-outlet-and-other-outlets-published-interview",
        "In an interview with CityBeat published on Monday, Councilman Ed Brandt called the budget a "
        "failure.\n\nAsked about it by The Ledger, Brandt declined to repeat the word.\n\n\"The budget "
        "is not working,\" Brandt said. \"We need a new one,\" he said. \"I will vote no,\" Brandt added.\n\n"
        "\"Ask the mayor,\" Brandt said.\n",
        key=("Brandt", "Ledger"),
    ),
    Probe(
        "after-told-a-country-no-outlet",
        "\"We will not pay,\" President Joe Dunn told Russia on Monday. \"Never,\" Dunn said. "
        "\"Not now,\" Dunn added.\n",
        none=True,
    ),
)

# Probes that still fail, each naming its gap (strict: one that passes must leave this list).
GAPS: dict[str, str] = {
    "court-deposed-by-body": "depositions left out: 'deposed by' is also a removal from power, and 'the state ethics "
    "commission' is no entity",
    "business-settlement-talks": "'the Teamsters union' is no entity to people.py: the talks have one party",
}


@pytest.mark.parametrize("probe", [pytest.param(p, id=p.id, marks=gap_marks(p.id, GAPS)) for p in PROBES])
def test_a_meeting_in_other_outlets_news_is_read_as_the_gold_reads_it(probe: Probe) -> None:
    assert key_meeting_problems(probe) == []
