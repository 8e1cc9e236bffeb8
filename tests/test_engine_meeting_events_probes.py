"""Meetings told as events, probed blind with invented short articles (none copied from a corpus).

Round 8 of issue 13: a meeting is often told as an event with one named party and a body or an
audience that is present (an address to an assembly, testimony before a committee, a court
appearance, a concert, a town-hall, a cabinet sitting, a shareholders' vote, a signing), its
parties linked by role, possessive or pronoun. Beside them: what is no meeting though it reads like
one (planned, cancelled or hoped-for meetings, sport fixtures, "met with criticism", "met the
target"). Every expectation here was written before the engine was run on the batch; the first-pass
rate is in bench/README.md ("Round 8: meetings ...").
"""

from __future__ import annotations

import pytest
from engine_support import gap_marks
from meeting_probe_support import KeyMeetingProbe as EventProbe
from meeting_probe_support import key_meeting_problems

WN_DATE = "Tuesday, March 9, 2027\n\n"


PROBES = (
    # --- addresses to a body or an audience that is present ---
    EventProbe(
        "wire-addressed-general-assembly",
        "UNITED NATIONS (Reuters) - Brazilian President Paulo Ferraz addressed the UN General Assembly on "
        "Tuesday, urging rich nations to pay for forest protection.\n",
        key=("Ferraz", "Assembly"), when="Tuesday",
    ),
    EventProbe(
        "wn-speech-to-parliament-pronoun",
        WN_DATE + "Irish Taoiseach Niamh Byrne spoke to the European Parliament in Brussels yesterday.\n\n"
        "In her speech she called for a common housing fund.\n",
        key=("Byrne", "Parliament"), place="Brussels",
    ),
    EventProbe(
        "broadsheet-told-conference-delegates",
        "The Chancellor, Rachel Moore, told the Labour conference in Liverpool on Monday that there would be "
        "no return to austerity.\n",
        key=("Moore", "conference"), place="Liverpool", when="Monday",
    ),
    EventProbe(
        "wire-commencement-address",
        "Former first lady Helen Ward delivered the commencement address at Howard University on Saturday, "
        "telling graduates to run for office.\n",
        key=("Ward", "University"), when="Saturday",
    ),
    EventProbe(
        "town-hall-with-residents",
        "Governor Kathy Lin held a town-hall meeting with residents of Paradise on Thursday, two weeks after "
        "wildfires destroyed 400 homes.\n",
        key=("Lin", "residents"), when="Thursday",
    ),
    # --- hearings and testimony ---
    EventProbe(
        "testified-before-senate-committee",
        "Meta chief executive Mark Sloane testified before the Senate Commerce Committee on Wednesday about "
        "child safety online.\n",
        key=("Sloane", "Committee"), when="Wednesday",
    ),
    EventProbe(
        "gave-evidence-to-inquiry-role-next",
        "The former health secretary gave evidence to the Covid inquiry on Tuesday.\nJames Holt said he had "
        "acted on the best advice available.\n",
        key=("Holt", "inquiry"), when="Tuesday",
    ),
    EventProbe(
        "court-appeared-before-judge",
        "Singer Tom Rivers appeared in court before Judge Anna Kemp on Friday, charged with dangerous "
        "driving.\n",
        key=("Rivers", "Kemp"), when="Friday",
    ),
    EventProbe(
        "court-sentenced-by-judge-named-possessive",
        "A former banker was jailed for six years on Monday for a £40m fraud.\nPeter Lowe, 52, was sentenced "
        "at Southwark Crown Court by Judge Mary Dale, who called his crimes \"brazen\".\n",
        key=("Lowe", "Dale"), when="Monday",
    ),
    EventProbe(
        "court-supreme-court-heard-arguments",
        "The Supreme Court heard arguments on Monday in a case brought by the state of Texas against the "
        "Environmental Protection Agency.\n",
        key=("Texas", "Agency"), when="Monday",
    ),
    EventProbe(
        "court-pleaded-not-guilty-magistrates",
        "Footballer Jake Moss pleaded not guilty at Westminster Magistrates' Court on Thursday to a charge of "
        "assault.\n",
        key=("Moss", "Court"), when="Thursday",
    ),
    # --- sittings of a body ---
    EventProbe(
        "cabinet-met",
        "Japan's cabinet met on Friday and approved a record defence budget, Chief Cabinet Secretary Yuki Mori "
        "said.\n",
        key=("cabinet",), when="Friday",
    ),
    EventProbe(
        "shareholders-voted-annual-meeting",
        "Shareholders of Halden Energy voted against the chief executive's pay package at the company's "
        "annual meeting in Oslo on Thursday.\n",
        key=("Shareholders",), place="Oslo", when="Thursday",
    ),
    EventProbe(
        "council-voted-in-chamber",
        "Birmingham City Council voted on Tuesday to close nine libraries, after a heated debate in the "
        "council chamber.\n",
        key=("Council",), when="Tuesday",
    ),
    EventProbe(
        "parliament-debated-and-passed",
        "Kenya's National Assembly on Wednesday passed a finance bill after a nine-hour debate, as protesters "
        "gathered outside.\nFinance Minister John Mbeki told MPs the taxes were unavoidable.\n",
        key=("Mbeki", "Assembly"), when="Wednesday",
    ),
    EventProbe(
        "central-bank-board-met",
        "The Reserve Bank of Australia's board met on Tuesday and left its cash rate at 4.1 per cent, Governor "
        "Lisa Bray said.\n",
        key=("Bray", "Bank"), when="Tuesday",
    ),
    # --- signings, visits, summits ---
    EventProbe(
        "leaders-signed-accord-in-paris",
        "The two leaders, Armenian Prime Minister Aram Sarkis and Azerbaijani President Ilham Rzayev, signed "
        "the peace accord in Paris on Saturday.\n",
        key=("Sarkis", "Rzayev"), place="Paris", when="Saturday",
    ),
    EventProbe(
        "state-visit-hosted-by-king",
        "President Emeka Obi of Nigeria began a three-day state visit to Britain on Tuesday, hosted by King "
        "Charles at Windsor Castle.\n",
        key=("Obi", "Charles"), place="Windsor",
    ),
    EventProbe(
        "visit-then-role-met",
        "US Secretary of State Laura Quinn arrived in Cairo on Sunday.\nThe top US diplomat then met Egyptian "
        "President Omar Saleh at his palace.\n",
        key=("Quinn", "Saleh"), place="Cairo",
    ),
    EventProbe(
        "her-counterpart-possessive",
        "German Foreign Minister Katrin Vogel held talks with her French counterpart, Jean Moreau, in Berlin "
        "on Monday.\n",
        key=("Vogel", "Moreau"), place="Berlin", when="Monday",
    ),
    EventProbe(
        "summit-session-attended",
        "Leaders of the G20 opened their summit in Rio de Janeiro on Monday.\nHost President Paulo Ferraz "
        "welcomed Chinese President Xu Ming and US President John Carter at the opening session.\n",
        key=("Ferraz", "Xu"), place="Rio",
    ),
    EventProbe(
        "received-at-élysée",
        "French President Claire Martin received Ukrainian President Oleksiy Bondar at the Elysee Palace on "
        "Wednesday evening.\n",
        key=("Martin", "Bondar"), place="Elysee", when="Wednesday",
    ),
    EventProbe(
        "phone-call-readout",
        "Chinese President Xu Ming and US President John Carter spoke by telephone on Thursday, the White "
        "House said in a readout of the call.\n",
        key=("Xu", "Carter"), when="Thursday",
    ),
    EventProbe(
        "met-on-sidelines",
        "Indian Prime Minister Ravi Menon met Canadian Prime Minister Mark Dubois on the sidelines of the G7 "
        "summit in Italy on Friday, their first meeting since a diplomatic row.\n",
        key=("Menon", "Dubois"), when="Friday",
    ),
    # --- culture: audiences present ---
    EventProbe(
        "performed-to-fans",
        "Taylor Quinn performed to 60,000 fans at Wembley Stadium on Saturday night, the first of eight London "
        "shows.\n",
        key=("Quinn", "fans"), place="Wembley",
    ),
    EventProbe(
        "press-conference-announced",
        "Coach Dan Ruiz announced his retirement at a press conference in Madrid on Monday.\n",
        key=("Ruiz",), when="Monday",
    ),
    EventProbe(
        "rally-addressed-supporters",
        "Opposition leader Maria Costa addressed thousands of supporters at a rally in Caracas on Sunday.\n",
        key=("Costa", "supporters"), place="Caracas", when="Sunday",
    ),
    EventProbe(
        "festival-debate-between-authors",
        "At the Hay Festival on Saturday, novelists Sarah Penn and David Ames debated whether fiction can "
        "change politics.\n",
        key=("Penn", "Ames"), when="Saturday",
    ),
    EventProbe(
        "awards-ceremony-presented",
        "Prince William presented the Earthshot Prize to Kenyan engineer Grace Wanjiru at a ceremony in "
        "Cape Town on Tuesday.\n",
        key=("William", "Wanjiru"), place="Cape Town", when="Tuesday",
    ),
    # --- the key meeting against background ones ---
    EventProbe(
        "key-is-hearing-not-earlier-call",
        "Federal Reserve Chair Ben Ortiz told the House Financial Services Committee on Wednesday that rates "
        "would stay high.\nOrtiz had spoken with Treasury Secretary Ann Cole by phone last week.\n",
        key=("Ortiz", "Committee"), when="Wednesday", not_key=("Cole",),
    ),
    EventProbe(
        "key-signing-not-last-years-summit",
        "Kenya and Ethiopia signed a water-sharing treaty in Nairobi on Friday.\nKenyan President David "
        "Otieno and Ethiopian Prime Minister Dawit Bekele put their names to the document after talks that "
        "began at last year's summit in Addis Ababa.\n",
        key=("Otieno", "Bekele"), place="Nairobi",
    ),
    EventProbe(
        "wn-key-court-not-arrest",
        WN_DATE + "A court in Lyon on Monday convicted Marc Duval, 41, of manslaughter over a 2024 factory "
        "fire.\n\nDuval was arrested in 2024 after police questioned him for two days.\n",
        key=("Duval", "court"), when="Monday",
    ),
    # --- negatives: no meeting ---
    EventProbe(
        "neg-planned-summit",
        "President John Carter will meet Russian President Ivan Petrov in Geneva next month, the White House "
        "said on Friday.\n",
        none=True,
    ),
    EventProbe(
        "neg-cancelled-visit",
        "Prime Minister Sarah Bell cancelled her visit to India on Monday because of the floods at home.\n",
        none=True,
    ),
    EventProbe(
        "neg-hopes-to-meet",
        "Ukrainian President Oleksiy Bondar said on Tuesday he hoped to meet Russian President Ivan Petrov "
        "before the end of the year.\n",
        none=True,
    ),
    EventProbe(
        "neg-met-with-criticism",
        "The government's plan to raise tuition fees has met with criticism from students and universities, "
        "Education Secretary Jo Park conceded on Monday.\n",
        none=True,
    ),
    EventProbe(
        "neg-met-the-target",
        "Britain met its target of planting 30,000 hectares of woodland this year, Environment Secretary Tom "
        "Hale said on Thursday.\n",
        none=True,
    ),
    EventProbe(
        "neg-sport-result",
        "Arsenal beat Chelsea 2-1 at the Emirates Stadium on Saturday, with Bukayo Adams scoring twice.\n"
        "Chelsea manager Enzo Marsh said his side had met a better team.\n",
        none=True,
    ),
    EventProbe(
        "neg-sport-fixture-will-face",
        "England will face Australia in the Rugby World Cup final in Paris on Saturday, after both sides won "
        "their semi-finals.\n",
        none=True,
    ),
    EventProbe(
        "neg-tennis-match",
        "Carlos Ruiz defeated Jannik Berg 6-3 6-4 in the Wimbledon quarter-finals on Tuesday.\n",
        none=True,
    ),
    EventProbe(
        "neg-called-for-talks",
        "Opposition leader Maria Costa called on Monday for talks with the government to end the strike.\n",
        none=True,
    ),
    EventProbe(
        "neg-met-demand",
        "The airline met the union's demand for a 5 per cent pay rise, chief executive Paul Grant said on "
        "Friday.\n",
        none=True,
    ),
    EventProbe(
        "neg-met-death",
        "The climber, Tom Reed, met his death on the north face of the Eiger on Sunday, police said.\n",
        none=True,
    ),
    EventProbe(
        "neg-business-results",
        "Shares in Vantage Mining rose 8 per cent on Wednesday after the company reported record profits, "
        "chief executive Paul Grant said.\n",
        none=True,
    ),
    EventProbe(
        "neg-postponed-hearing",
        "A court hearing for former minister Lee Min-ho, due on Monday, was postponed until April.\n",
        none=True,
    ),
    # --- batch 2 (written after batch 1's fixes, before the engine ran on it) ---
    EventProbe(
        "b2-wn-deal-reached-after-talks",
        WN_DATE + "The Kurdish-led Syrian Democratic Forces reached an agreement with the Syrian government on "
        "Sunday, after talks at a Russian air base.\n\nUnder the deal, government troops will deploy along the "
        "border.\n",
        key=("Forces", "government"), when="Sunday",
    ),
    EventProbe(
        "b2-wn-team-competed-at-contest",
        WN_DATE + "A team of six students from Ghana competed at the World Robot Olympiad in Berlin last week, "
        "finishing ninth.\n\nThe team's coach, Kofi Mensah, said the students had built their robot in three "
        "months.\n",
        key=("team", "Olympiad"), place="Berlin",
    ),
    EventProbe(
        "b2-sworn-in-ceremony-attended",
        "Ana Ruiz was sworn in as Chile's president on Saturday at a ceremony in Valparaiso attended by "
        "Argentine President Javier Mendez.\n",
        key=("Ruiz", "Mendez"), place="Valparaiso", when="Saturday",
    ),
    EventProbe(
        "b2-wn-climate-conference-delegates",
        WN_DATE + "Delegates from 190 countries gathered in Bonn on Monday for the opening of the UN climate "
        "conference.\n\nUN climate chief Simon Otto told the delegates that emissions were still rising.\n",
        key=("Otto", "delegates"), place="Bonn", when="Monday",
    ),
    EventProbe(
        "b2-senate-voted-to-confirm",
        "The Senate voted 52-48 on Thursday to confirm Lisa Grant as defence secretary.\n",
        key=("Senate", "Grant"), when="Thursday",
    ),
    EventProbe(
        "b2-jury-found-guilty-at-crown-court",
        "A former nurse, Lucy Hart, was found guilty of seven murders by a jury at Manchester Crown Court on "
        "Friday.\n",
        key=("Hart", "Court"), when="Friday",
    ),
    EventProbe(
        "b2-interview-with-broadcaster",
        "In an exclusive interview with the BBC's Laura Kent on Sunday, Prime Minister Sarah Bell said she would "
        "not resign.\n",
        key=("Bell", "Kent"), when="Sunday",
    ),
    EventProbe(
        "b2-visited-town-meeting-residents",
        "King Charles visited the flood-hit town of Tenbury Wells on Wednesday, meeting residents and "
        "volunteers.\n",
        key=("Charles", "residents"), when="Wednesday",
    ),
    EventProbe(
        "b2-wn-protesters-rallied-addressed",
        WN_DATE + "About 10,000 people rallied in Tbilisi on Saturday against the foreign agents law.\n\n"
        "Opposition leader Nino Beridze told the crowd that the government had betrayed Europe.\n",
        key=("Beridze", "crowd"), place="Tbilisi", when="Saturday",
    ),
    EventProbe(
        "b2-emergency-session-security-council",
        "The UN Security Council held an emergency session on Sunday at the request of France, after the "
        "shelling of a hospital in Goma.\nFrench Ambassador Nicolas Rey told the council that the attack was a "
        "war crime.\n",
        key=("Council", "Rey"), when="Sunday",
    ),
    EventProbe(
        "b2-business-investor-day",
        "Tesla chief executive Elon Marsh told investors at the company's annual meeting in Austin on Tuesday "
        "that robotaxis would launch next year.\n",
        key=("Marsh", "investors"), place="Austin", when="Tuesday",
    ),
    EventProbe(
        "b2-pope-audience-with",
        "Pope Leo received Ukrainian President Oleksiy Bondar in a private audience at the Vatican on Friday.\n",
        key=("Leo", "Bondar"), place="Vatican", when="Friday",
    ),
    EventProbe(
        "b2-negotiators-concluded-round",
        "Negotiators from the European Union and Mercosur concluded a fifth round of trade talks in Brasilia on "
        "Friday.\n",
        key=("Union", "Mercosur"), place="Brasilia", when="Friday",
    ),
    EventProbe(
        "b2-court-hearing-possessive",
        "Former president Jacob Ndlovu's corruption trial resumed in the Pietermaritzburg High Court on Monday, "
        "with Judge Piet Koen presiding.\n",
        key=("Ndlovu", "Koen"), when="Monday",
    ),
    # negatives of batch 2
    EventProbe(
        "b2-neg-match-report",
        "Real Madrid met Bayern Munich in the Champions League semi-final on Wednesday, winning 2-1 at the "
        "Bernabeu.\n",
        none=True,
    ),
    EventProbe(
        "b2-neg-will-address",
        "President John Carter will address a joint session of Congress on Tuesday, the White House said on "
        "Friday.\n",
        none=True,
    ),
    EventProbe(
        "b2-neg-court-date-set",
        "Singer Tom Rivers is due to appear at Westminster Magistrates' Court next month, police said on "
        "Monday.\n",
        none=True,
    ),
    EventProbe(
        "b2-neg-met-resistance",
        "The mayor's congestion charge met fierce resistance from shop owners, who gathered 20,000 signatures "
        "against it.\n",
        none=True,
    ),
    EventProbe(
        "b2-neg-refused-to-meet",
        "Union leader Mick Lynch said on Tuesday that the rail operator had refused to meet his members.\n",
        none=True,
    ),
    EventProbe(
        "b2-neg-earnings-statement",
        "Halden Energy said in a statement on Thursday that quarterly profit had doubled, beating analysts' "
        "forecasts.\n",
        none=True,
    ),
    # --- batch 3 (written after batch 2's fixes, before the engine ran on it) ---
    EventProbe(
        "b3-wn-ceasefire-deal-with-rebels",
        WN_DATE + "The government of Colombia struck a ceasefire deal with the ELN rebel group on Friday in "
        "Havana, ending four months of talks.\n",
        key=("government", "ELN"), place="Havana", when="Friday",
    ),
    EventProbe(
        "b3-orchestra-played-to-audience",
        "The Berlin Philharmonic played to an audience of 2,000 in Kyiv on Saturday, its conductor Kirill "
        "Petrenko said.\n",
        key=("Philharmonic", "audience"), place="Kyiv", when="Saturday",
    ),
    EventProbe(
        "b3-acquitted-by-jury",
        "Former MP Colin Hale was acquitted of fraud by a jury at Southwark Crown Court on Thursday.\n",
        key=("Hale", "Court"), when="Thursday",
    ),
    EventProbe(
        "b3-told-delegates-at-party-conference",
        "Conservative leader Kemi Adams told delegates at the party's conference in Manchester on Sunday that "
        "the party would win back trust.\n",
        key=("Adams", "delegates"), place="Manchester", when="Sunday",
    ),
    EventProbe(
        "b3-the-minister-met-next-sentence-arrived",
        "Indian Foreign Minister Ravi Menon landed in Tokyo on Monday.\nThe minister later met Japanese Prime "
        "Minister Kenji Sato at his official residence.\n",
        key=("Menon", "Sato"), place="Tokyo",
    ),
    EventProbe(
        "b3-teenager-appeared-named-next",
        "A 17-year-old boy appeared at Leeds Youth Court on Tuesday charged with murder.\nJames Ward, of "
        "Bradford, was remanded in custody.\n",
        key=("Ward", "Court"), when="Tuesday",
    ),
    EventProbe(
        "b3-wn-signed-in-presence",
        WN_DATE + "The foreign ministers of Serbia and Kosovo, Ivan Markovic and Arben Krasniqi, signed the "
        "agreement in Brussels on Monday.\n",
        key=("Markovic", "Krasniqi"), place="Brussels", when="Monday",
    ),
    EventProbe(
        "b3-neg-met-deadline",
        "The council met the deadline for submitting its budget, the finance officer said on Friday.\n",
        none=True,
    ),
    EventProbe(
        "b3-neg-semi-final-fixture",
        "Novak Petrovic will meet Carlos Ruiz in the final on Sunday after both won their semi-finals in "
        "straight sets.\n",
        none=True,
    ),
    EventProbe(
        "b3-neg-deal-talks-planned",
        "Britain hopes to reach a trade deal with India by the end of the year, Business Secretary Jo Park "
        "said on Monday.\n",
        none=True,
    ),
    EventProbe(
        "b3-neg-deal-in-2015",
        "The company had signed a supply deal with Airbus in 2015, before the crisis.\n",
        none=True,
    ),
    EventProbe(
        "b3-neg-concert-cancelled",
        "Singer Ella Moss cancelled her concert for 50,000 fans at Hyde Park on Saturday because of storms.\n",
        none=True,
    ),
)


# Left to other modules or to meaning the rules lack; strict, so a fix shows here.
GAPS: dict[str, str] = {
    "court-supreme-court-heard-arguments": "'the state of Texas' is no party to people.py",
    "cabinet-met": "a body sitting alone: a meeting names two parties, and the attribution's person is taken",
    "shareholders-voted-annual-meeting": "a body sitting alone (shareholders at their company's meeting)",
    "council-voted-in-chamber": "a body sitting alone (a council's vote)",
    "parliament-debated-and-passed": "the sitting's chamber beside 'told MPs' (two drafts, not one)",
    "press-conference-announced": "press conferences stay excluded (the gold holds none in 22 articles)",
    "key-signing-not-last-years-summit": "'talks that began at last year's summit' dates the signing as background",
    "b2-wn-team-competed-at-contest": "a contest and its entrants (left out: sport fixtures are no meetings)",
    "b2-negotiators-concluded-round": "'Mercosur' is no entity to people.py",
}


@pytest.mark.parametrize("probe", [pytest.param(p, id=p.id, marks=gap_marks(p.id, GAPS)) for p in PROBES])
def test_a_meeting_told_as_an_event_is_found(probe: EventProbe) -> None:
    assert key_meeting_problems(probe) == []
