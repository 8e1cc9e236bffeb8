"""Round 11 (issue 13, pool4): meeting constructions of mainstream news, probed with invented
sentences (none copied from a corpus). The gold reading is pool4's: an interview told past the
story's lede is where a quote comes from; a capitalised cue inside a name or a show title, a
reaction ("was met with anger"), support ("rallied behind") and knowledge ("an official briefed
on the probe") are no meetings; a hearing or meeting a plan governs ("are scheduled to appear in
court on Monday for a hearing") is still to come. Beside each, the constructions that stay
meetings. The engine before the round passed the ones marked in bench/README.md (round 11)."""

from __future__ import annotations

import re
import time

import pytest
from meeting_probe_support import KeyMeetingProbe as Probe
from meeting_probe_support import key_meeting_problems

from briefs.engine.doc import Document
from briefs.engine.meetings import _Draft, _headed_name
from briefs.engine.people import Entity

PROBES = (
    # --- a cue inside a name or a title ---
    Probe(
        "surname-sessions-not-a-cue",
        "Senator Ann Cole criticised Attorney General Jeff Sessions on Monday over the review of the loans.\n",
        none=True,
    ),
    Probe(
        "show-title-meet-not-a-cue",
        "\"We will not back down,\" Governor Tom Hale said on Sunday's Meet the Nation of Senator Ann "
        "Cole's plan.\n\nThe governor's budget goes to the legislature in March.\n",
        none=True,
    ),
    Probe(
        "show-title-meet-after-outlet",
        "\"That is obstruction,\" Senator Ann Cole said on CBS's Meet the Nation, a day after Governor Tom "
        "Hale vetoed the bill.\n",
        none=True,
    ),
    Probe(
        "surname-sessions-in-relative-clause",
        "Mayor Lisa Grant, who replaced Bill Sessions in March, opened the new library on Friday.\n",
        none=True,
    ),
    Probe(
        "real-sessions-of-talks-stay",
        "Prime Minister Ana Costa held two sessions of talks with President Luc Moreau in Lisbon on Monday.\n",
        key=("Costa", "Moreau"),
    ),
    Probe(
        "person-named-sessions-who-met",
        "Trade Minister Jeff Sessions met Chinese Vice Premier Liu Wen in Beijing on Tuesday.\n",
        key=("Sessions", "Liu"),
    ),
    # --- reaction, support and knowledge ---
    Probe(
        "passive-met-with-anger",
        "The plan by Mayor Joe Park to close three schools was met with anger from parents and from "
        "Councillor Ruth Hale.\n",
        none=True,
    ),
    Probe(
        "passive-be-met-with-a-cut",
        "Senator Tom Reed demanded that every new dollar of spending be met with an equal cut, a demand "
        "Governor Ann Ruiz rejected.\n",
        none=True,
    ),
    Probe(
        "rallied-behind-a-person",
        "Party members rallied behind Prime Minister Luc Moreau after Finance Minister Carl Obi resigned.\n",
        none=True,
    ),
    Probe(
        "official-briefed-on-the-inquiry",
        "Pilot Carl Obi had been treated for depression, a government official briefed on the inquiry told "
        "reporters about minister Ana Costa's review.\n",
        none=True,
    ),
    Probe(
        "met-with-a-person-stays",
        "President Ana Costa met with Prime Minister Luc Moreau in Paris on Monday.\n",
        key=("Costa", "Moreau"),
    ),
    Probe(
        "met-by-at-the-airport-stays",
        "President Ana Costa was met by Prime Minister Luc Moreau at the airport in Lisbon on Monday.\n",
        key=("Costa", "Moreau"),
    ),
    Probe(
        "briefed-by-a-minister-stays",
        "Defence Minister Luc Moreau briefed President Ana Costa on the attack on Monday.\n",
        key=("Moreau", "Costa"),
    ),
    # --- a plan across its infinitive phrase ---
    Probe(
        "scheduled-to-appear-for-a-hearing",
        "Lawyers for Carl Obi filed the motion on Friday.\n\n"
        "Obi and his partner Dana Ruiz are scheduled to appear in court on Monday for a status hearing "
        "before Judge Amy Vance.\n",
        none=True,
    ),
    Probe(
        "expected-to-speak-before-later-meeting",
        "President Luc Moreau leaves for Asia on Friday.\n\n"
        "Moreau is expected to speak at the national museum in Seoul before later meeting President Kim "
        "Dae-ho.\n",
        none=True,
    ),
    Probe(
        "due-to-fly-home-after-talks-stays",
        "Foreign Minister Ana Costa was due to fly home after talks with Foreign Minister Luc Moreau in "
        "Paris on Monday.\n",
        key=("Costa", "Moreau"),
    ),
    # --- a body's or a country's people: the group head after the name ---
    Probe(
        "testified-before-a-senate-panel",
        "Treasury Secretary Ana Costa testified before a Senate panel on Wednesday about the bank failures.\n",
        key=("Costa", "panel"),
    ),
    Probe(
        "talks-with-saudi-officials",
        "Exchange chief Carl Obi said he had held talks with Saudi officials in Riyadh last week.\n",
        key=("Obi", "officials"),
    ),
    Probe(
        "met-chinese-leaders",
        "Prime Minister Ana Costa met Chinese leaders in Beijing on Monday to discuss steel tariffs.\n",
        key=("Costa", "leaders"),
    ),
    Probe(
        "addressed-the-senate-no-head",
        "Prime Minister Ana Costa addressed the Senate on Monday; committee chairs later praised the speech.\n",
        key=("Costa", "Senate"), not_key=("chairs",),
    ),
    Probe(
        "met-a-person-named-no-head",
        "President Luc Moreau met Russian President Ivan Petrov in Minsk on Friday, officials said.\n",
        key=("Moreau", "Petrov"), not_key=("officials",),
    ),
    # --- "X's conference" as a party: the body X, met at its conference ---
    Probe(
        "speaking-at-a-party-conference",
        "Speaking at Labour's spring conference in Leeds, Finance Minister Ana Costa promised lower taxes.\n",
        key=("Costa", "Labour"), place="conference",
    ),
    Probe(
        "addressing-a-union-conference",
        "Addressing Unison's annual conference in Brighton on Tuesday, Prime Minister Luc Moreau promised "
        "a pay rise.\n",
        key=("Moreau", "Unison"), place="conference",
    ),
    Probe(
        "plural-possessive-party-conference",
        "Speaking at the Conservatives' spring conference in Bath, Ann Cole attacked the budget.\n",
        key=("Cole", "Conservatives"), not_key=("conference",),
    ),
    Probe(
        "a-named-summit-stays-whole",
        "President Luc Moreau met President Ana Costa at the Lisbon Summit on Monday.\n",
        key=("Moreau", "Costa"),
    ),
    Probe(
        "a-persons-visit-is-no-body",
        "Ana Costa's visit to Paris ended on Monday with talks with President Luc Moreau.\n",
        key=("Costa", "Moreau"),
    ),
    # --- who told it, a step still to come, how a couple met: no parties ---
    Probe(
        "closing-attribution-is-no-party",
        "The two countries had a frank exchange of views during a visit to Lisbon by President Luc Moreau "
        "on Thursday, Foreign Minister Ana Costa said.\n",
        none=True,  # the visit's host is not named: no second party
    ),
    Probe(
        "closing-attribution-after-a-visit",
        "Envoy Carl Obi paid a two-day visit to Kabul this week, Foreign Minister Dana Ruiz said.\n",
        none=True,
    ),
    Probe(
        "closing-attribution-meeting-stays",
        "President Luc Moreau met Chancellor Carl Obi in Berlin on Monday, spokesman Tom Hale said.\n",
        key=("Moreau", "Obi"), not_key=("Hale",),
    ),
    Probe(
        "visited-a-state-and-will-campaign-for",
        "Governor Ann Ruiz visited Ohio last month and will campaign in Iowa for Senator Tom Hale on "
        "Oct. 24.\n",
        none=True,
    ),
    Probe(
        "toured-and-is-expected-to-campaign-for",
        "Senator Ann Cole toured a steel plant in Ohio on Friday and is expected to campaign for Governor "
        "Tom Hale next week.\n",
        none=True,
    ),
    Probe(
        "met-and-will-fly-stays",
        "Foreign Minister Ana Costa met President Luc Moreau in Paris on Monday and will fly to Rome on "
        "Friday.\n",
        key=("Costa", "Moreau"),
    ),
    Probe(
        "fiancee-whom-he-met",
        "Carl Obi had been out to see his fiancee Dana Ruiz, 47, whom he met when she was a patient at the "
        "clinic.\n",
        none=True,
    ),
    Probe(
        "wife-whom-he-first-met",
        "Senator Tom Hale thanked his wife Ann Cole, whom he first met at a rally in 1990.\n",
        none=True,
    ),
    Probe(
        "president-whom-she-met-stays",
        "Minister Ana Costa thanked President Luc Moreau, whom she met in Paris on Monday, for the aid.\n",
        key=("Costa", "Moreau"),
    ),
    # --- a reason or a setting names no party ---
    Probe(
        "partly-because-names-no-party",
        "Prime Minister Ana Costa met President Luc Moreau in Paris on Monday, partly because Chancellor "
        "Carl Obi had cancelled his trip.\n",
        key=("Costa", "Moreau"), not_key=("Obi",),
    ),
    Probe(
        "visit-amid-tensions-with",
        "Foreign Minister Ana Costa visited Kyiv on Friday amid tensions with Russia's President Ivan "
        "Petrov.\n",
        none=True,
    ),
    Probe(
        "visit-came-amid-a-downturn",
        "Envoy Carl Obi's visit to Kabul came amid a downturn strained by President Luc Moreau's tariff "
        "policies.\n",
        none=True,
    ),
    Probe(
        "because-of-keeps-the-talks",
        "Minister Ana Costa held talks with President Luc Moreau because of the floods.\n",
        key=("Costa", "Moreau"),
    ),
    Probe(
        "amid-after-the-parties-keeps-the-talks",
        "Minister Ana Costa held talks with President Luc Moreau amid the floods, officials said.\n",
        key=("Costa", "Moreau"),
    ),
    Probe(
        "told-the-paper-shortly-after-is-no-party",
        "\"Ruiz told a group of donors she met with that the wall is dead,\" Senator Tom Hale told the "
        "Courier shortly after the dinner.\n",
        none=True,
    ),
    # --- "She met ...": the sentence before's subject, not a possessor ---
    Probe(
        "she-is-the-subject-not-the-possessor",
        "On the campaign trail, Ann Cole praises Dana Ruiz's record on schools.\n\nShe met with students and "
        "teachers in Ohio on Friday.\n",
        key=("Cole", "students"), not_key=("Ruiz",),
    ),
    Probe(
        "he-is-the-subject-not-the-possessor",
        "Tom Hale is as happy praising Carl Obi's budget as he is attacking it.\n\nHe met union leaders in "
        "Leeds on Monday.\n",
        key=("Hale", "leaders"), not_key=("Obi",),
    ),
    Probe(
        "she-then-met-after-a-possessor",
        "In Denver, Ann Cole defended Dana Ruiz's plan for the schools.\n\nShe then met voters at a diner "
        "on Main Street.\n",
        key=("Cole", "voters"), not_key=("Ruiz",),
    ),
    Probe(
        "she-after-one-person",
        "Ann Cole arrived in Ohio on Friday.\n\nShe met students at a school in Dayton.\n",
        key=("Cole", "students"),
    ),
    Probe(
        "she-is-the-woman-of-the-sentence-before",
        "Senator Tom Hale introduced Governor Ann Cole at the rally.\n\nShe met students afterwards in "
        "Dayton.\n",
        key=("Cole", "students"), not_key=("Hale",),
    ),
    # --- the chair named with the body, holding the sitting ---
    Probe(
        "chairwoman-of-the-committee-held-the-hearing",
        "A Senate panel on Wednesday looked at bank failures. Senator Ann Cole, Democratic chairwoman of the "
        "Senate Banking Committee, held the hearing as regulators gathered.\n",
        key=("Cole", "Committee"),
    ),
    Probe(
        "chair-of-the-council-opened-the-session",
        "The council met on Monday. Councillor Tom Hale, chair of the City Council, opened the session with a "
        "minute's silence.\n",
        key=("Hale", "Council"),
    ),
    Probe(
        "head-of-the-board-convened-the-meeting",
        "The board's members argued for hours. Dana Ruiz, head of the Transport Board, convened the meeting "
        "on Tuesday after the crash.\n",
        key=("Ruiz", "Board"),
    ),
    Probe(
        "chair-said-the-hearing-would-be-held",
        "Senator Ann Cole, chairwoman of the Senate Banking Committee, said the hearing would be held next "
        "week.\n",
        none=True,
    ),
    Probe(
        "chair-held-the-record",
        "Senator Ann Cole, chairwoman of the Senate Banking Committee, held the record for the longest speech.\n",
        none=True,
    ),
    # --- an address at a gathering a body hosted, or a named one told with an apposition ---
    Probe(
        "speaking-at-a-seminar-organised-by",
        "Finance Minister Ana Costa was speaking at a tax seminar organised by the Institute for Fiscal "
        "Studies.\n",
        key=("Costa", "Studies"),
    ),
    Probe(
        "spoke-at-a-dinner-hosted-by",
        "Governor Tom Hale spoke at a dinner hosted by the Chamber of Commerce on Friday.\n",
        key=("Hale", "Commerce"),
    ),
    Probe(
        "speaking-at-a-named-forum-with-apposition",
        "Speaking at the Lima Forum, a yearly event for mining executives, Minister Ana Costa promised new "
        "permits.\n",
        key=("Costa", "Forum"),
    ),
    Probe(
        "will-speak-at-a-conference-organised-by",
        "Ana Costa will speak at a conference organised by the Trade Council next week.\n",
        none=True,
    ),
    Probe(
        "injured-at-a-rally-organised-by",
        "Tom Hale was injured at a rally organised by the Farmers Union on Friday.\n",
        none=True,
    ),
    # --- "failed to": no meeting, no sitting ---
    Probe(
        "leaders-failed-to-get-bills-passed",
        "Those will not become law, because Speaker Paul Ryan and Senate Majority Leader Mitch McConnell "
        "failed to get them passed out of both chambers of Congress.\n",
        none=True,
    ),
    Probe(
        "leader-failed-to-get-the-bill-passed-in-the-senate",
        "Senate leader Tom Hale failed to get the bill passed in the Senate on Tuesday.\n",
        none=True,
    ),
    Probe(
        "failed-to-meet",
        "Foreign Minister Ana Costa failed to meet President Luc Moreau in Paris on Monday.\n",
        none=True,
    ),
    Probe(
        "met-after-talks-failed-to-start",
        "Foreign Minister Ana Costa met President Luc Moreau in Paris on Monday after talks failed to start "
        "on time.\n",
        key=("Costa", "Moreau"),
    ),
    Probe(
        "who-failed-to-win-then-met",
        "Foreign Minister Ana Costa, who failed to win the vote, met President Luc Moreau in Paris on Monday.\n",
        key=("Costa", "Moreau"),
    ),
    # --- whom the news was told is no party to the meeting it tells ---
    Probe(
        "told-a-named-reporter-of-a-call",
        "A senior official told CNN's Ann Cole on Thursday the president was briefed in a phone call with "
        "military officials.\n",
        none=True,  # the president is not named: one party
    ),
    Probe(
        "told-a-host-of-a-meeting",
        "An aide told Fox News host Tom Hale the governor had met donors in Ohio.\n",
        none=True,
    ),
    Probe(
        "told-a-wire-reporter-of-talks",
        "A spokesman told Reuters' Dana Ruiz that the minister held talks with union leaders on Monday.\n",
        none=True,
    ),
    Probe(
        "told-the-wire-she-met-stays",
        "Ana Costa told Reuters she met President Luc Moreau in Paris on Monday.\n",
        key=("Costa", "Moreau"),
    ),
    Probe(
        "told-parliament-she-held-talks-stays",
        "Senator Ann Cole told Parliament that she had held talks with President Luc Moreau on Monday.\n",
        key=("Cole", "Moreau"),
    ),
    # --- engagement as a policy; a reporter's interview ---
    Probe(
        "stepped-up-engagement-with",
        "When the war broke out, the U.S. stepped up engagement with Pakistan, which positioned itself as a "
        "mediator between Washington and Tehran.\n",
        none=True,
    ),
    Probe(
        "deepening-engagement-with",
        "Prime Minister Ana Costa has pursued deepening engagement with India's Prime Minister Raj Mehta.\n",
        none=True,
    ),
    Probe(
        "an-engagement-in-paris-stays",
        "Minister Ann Cole held an engagement with President Carl Obi in Paris on Monday.\n",
        key=("Cole", "Obi"),
    ),
    Probe(
        "reporting-from-spoke-to-a-refugee",
        "Reporting from the border, Lauren Hale spoke to Omar Nasser, a refugee from Syria, who told her "
        "there was no food.\n",
        none=True,
    ),
    Probe(
        "reporting-from-talked-to-a-nurse",
        "Reporting from Kabul, Tom Reed talked to Dana Ruiz, a nurse at the city's main hospital.\n",
        none=True,
    ),
    Probe(
        "returning-from-spoke-to-stays",
        "Returning from Kabul, Minister Ann Cole spoke to President Carl Obi by phone.\n",
        key=("Cole", "Obi"),
    ),
    # --- an interview told past the lede is a quote's source ---
    Probe(
        "passing-interview-past-the-lede",
        "The city council approved a new budget for the harbour on Tuesday.\n\n"
        "The budget adds $4 million for dredging and $1 million for a new pier.\n\n"
        "Work on the pier begins in June.\n\n"
        "In an interview with the Courier, Councillor Ann Ruiz said she had voted yes reluctantly.\n\n"
        "\"It is too much money,\" Ruiz said. \"But the pier is falling down,\" Ruiz said. \"We had no "
        "choice,\" she added.\n",
        none=True,
    ),
    Probe(
        "told-outlet-past-the-lede",
        "A Senate committee released its report on the port contracts on Wednesday.\n\n"
        "The report found that two contracts were signed without bids.\n\n"
        "It does not name the officials who signed them.\n\n"
        "\"This is what we warned about,\" Senator Jim Reed told the Tribune.\n\n"
        "\"Nobody checked,\" Reed said. \"Nobody asked,\" Reed said. \"Nobody cared,\" Reed added.\n",
        none=True,
    ),
    Probe(
        "interview-in-the-lede-stays",
        "In an interview with the Herald, novelist Mara Quinn said her new book began as a letter to "
        "her late father.\n\n\"I wrote it at night,\" Quinn said.\n\n\"I did not think anyone would read "
        "it,\" she said.\n",
        key=("Quinn", "Herald"),
    ),
)


@pytest.mark.parametrize("probe", PROBES, ids=[p.id for p in PROBES])
def test_round11_meeting_probe(probe: Probe) -> None:
    assert key_meeting_problems(probe) == []


def test_a_party_named_thousands_of_times_in_a_long_draft_is_headed_in_linear_time():
    """The group head of a party is looked up per mention, not by checking every mention against
    every span of the draft (a hostile page naming a body 10,000 times took seconds per meeting)."""
    sentence = "The Acme board met in Rome. "
    text = sentence * 10_000 + "The Acme committee met in Rome."
    doc = Document(text)
    mentions = tuple((m.start(), m.end()) for m in re.finditer(r"\bAcme\b", text))
    party = Entity(key="acme", name="Acme", role=None, kind="org", spans=mentions)
    draft = _Draft(participants=[party], spans=[(m.start(), m.end()) for m in re.finditer(r"The[^.]*\.", text)],
                   cue="met")
    started = time.monotonic()
    assert _headed_name(doc, draft, party) == "Acme committee"
    assert _headed_name(doc, draft, "Acme") == "Acme committee"
    assert time.monotonic() - started < 2
