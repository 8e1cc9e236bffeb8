"""The key meeting on constructions no earlier probe batch wrote down (branch `s8-keymeet`).

Invented short articles (none copied from a corpus) in the styles of a wire, a UK broadsheet,
Wikinews (its first line holding only the date), business, court, sport and parliament pages.
Each names what its first (key) meeting must name, or that it has none. Expectations were
written before the engine was run on the batch; the first-pass rate is in bench/README.md
(Round 9). Probes the rules do not pass are strict xfails naming the gap.
"""

from __future__ import annotations

import pytest
from engine_support import gap_marks
from meeting_probe_support import KeyMeetingProbe as KeyProbe
from meeting_probe_support import key_meeting_problems

WN_DATE = "Tuesday, March 11, 2025\n\n"


PROBES = (
    # --- the key meeting, told in ways the earlier batches did not write down ---
    KeyProbe(
        "u-shook-hands",
        "President Daniel Moreau and Prime Minister Helen Clarke shook hands outside the Elysee Palace in "
        "Paris on Friday before sitting down for talks on defence spending.\n",
        key=("Moreau", "Clarke"), place="Paris", when="Friday",
    ),
    KeyProbe(
        "u-meeting-between-as-subject",
        "A meeting between Turkish Foreign Minister Emre Kaya and Greek Foreign Minister Nikos Petrou in "
        "Athens on Thursday ended without agreement on maritime borders.\n",
        key=("Kaya", "Petrou"), place="Athens", when="Thursday",
    ),
    KeyProbe(
        "wn-negotiations-resumed-between",
        WN_DATE + "Negotiations between the government of Sudan and the Sudan People's Liberation Movement "
        "resumed in Doha on Monday after a two-month pause.\n\nQatari mediator Khalid al-Thani said both "
        "delegations had agreed to an agenda.\n",
        key=("Sudan", "Movement"), place="Doha", when="Monday",
    ),
    KeyProbe(
        "u-first-face-to-face",
        "Chancellor Julia Becker and President Victor Lenz held their first face-to-face meeting on "
        "Wednesday, in Vienna, eight months after Lenz took office.\nThe two had spoken by phone in May.\n",
        key=("Becker", "Lenz"), place="Vienna", when="Wednesday",
    ),
    KeyProbe(
        "u-on-the-margins",
        "Indian Prime Minister Rajiv Mehta met Japanese Prime Minister Kenji Sato on the margins of the G20 "
        "summit in Rio de Janeiro on Monday, officials said.\n",
        key=("Mehta", "Sato"), when="Monday",
    ),
    KeyProbe(
        "u-summoned-ambassador",
        "Poland's foreign ministry summoned Russian Ambassador Sergei Orlov on Tuesday after a drone "
        "crashed in a field near Lublin. Foreign Minister Piotr Nowak told the ambassador the incursion was "
        "unacceptable.\n",
        key=("Nowak", "Orlov"), when="Tuesday",
    ),
    KeyProbe(
        "u-received-a-delegation",
        "King Abdullah received a delegation of US senators led by Senator Mark Ellis at the royal palace in "
        "Amman on Sunday, the royal court said.\n",
        key=("Abdullah", "Ellis"), when="Sunday",
    ),
    KeyProbe(
        "u-talked-for-90-minutes",
        "Prime Minister Anthony Shaw and opposition leader Claire Dunn talked for 90 minutes at Downing "
        "Street on Monday night, their first talks since the election.\n",
        key=("Shaw", "Dunn"), when="Monday",
    ),
    KeyProbe(
        "u-told-him-during-talks",
        "Secretary of State Laura Hayes told Egyptian President Omar Saleh during talks in Cairo on "
        "Wednesday that aid would continue.\n",
        key=("Hayes", "Saleh"), place="Cairo", when="Wednesday",
    ),
    KeyProbe(
        "u-quote-lede-then-meeting",
        "\"We had a frank exchange,\" Prime Minister Carlos Ortega said after meeting President Ana Lima "
        "in Brasilia on Thursday.\nThe two leaders discussed the Amazon, trade and a disputed dam.\n",
        key=("Ortega", "Lima"), when="Thursday",
    ),
    KeyProbe(
        "u-hosted-counterpart-apposed",
        "Japanese Prime Minister Kenji Sato hosted his South Korean counterpart, Lee Min-ho, in Tokyo on "
        "Saturday for talks on North Korea.\n",
        key=("Sato", "Lee"), place="Tokyo", when="Saturday",
    ),
    KeyProbe(
        "wn-summit-leaders-listed",
        WN_DATE + "Leaders of the five Central Asian states met in Astana on Monday for a summit on water "
        "sharing.\n\nKazakh President Nurlan Abenov hosted the summit, which was attended by Uzbek President "
        "Timur Rashidov and Kyrgyz President Azamat Bekov.\n",
        key=("Abenov", "Rashidov"), place="Astana",
    ),
    # --- the key meeting against background, plans and a second meeting ---
    KeyProbe(
        "u-key-then-they-will-meet-again",
        "Finance ministers Rachel Green of Britain and Pierre Dubois of France met in London on Friday to "
        "discuss a new tax on banks.\nThey will meet again in Paris next month with German Finance Minister "
        "Klaus Richter.\n",
        key=("Green", "Dubois"), place="London", when="Friday", not_key=("Richter",),
    ),
    KeyProbe(
        "u-background-relative-clause",
        "President Grace Mensah, who met Pope Leo at the Vatican last year, held talks with Nigerian "
        "President Bola Adeyemi in Accra on Tuesday.\n",
        key=("Mensah", "Adeyemi"), place="Accra", not_key=("Leo",),
    ),
    KeyProbe(
        "u-second-paragraph-key-lede-context",
        "Relations between Canada and India have been frosty for two years.\nOn Monday, Canadian Foreign "
        "Minister Sophie Tremblay met Indian External Affairs Minister Arjun Rao in New Delhi, the first "
        "such visit since the dispute began.\n",
        key=("Tremblay", "Rao"), when="Monday",
    ),
    KeyProbe(
        "u-business-ceo-met-union",
        "Ford chief executive James Parker met United Steelworkers president Tom Walsh in Detroit on "
        "Wednesday in a last attempt to avert a strike.\nParker had met Walsh twice in 2023.\n",
        key=("Parker", "Walsh"), place="Detroit", when="Wednesday",
    ),
    # --- courts and chambers ---
    KeyProbe(
        "u-court-denied-bail",
        "A judge at Westminster Magistrates' Court on Thursday denied bail to businessman Robert Hale, "
        "who is accused of fraud.\nDistrict Judge Susan Price said Hale posed a flight risk.\n",
        key=("Hale", "Price"), when="Thursday",
    ),
    KeyProbe(
        "u-cross-examined",
        "Former minister David Crane was cross-examined for three hours on Monday by lawyer Helen Ward at "
        "the inquiry into the contaminated blood scandal.\n",
        key=("Crane", "Ward"), when="Monday",
    ),
    KeyProbe(
        "wn-mps-voted-pm",
        WN_DATE + "The House of Commons voted 320 to 250 on Monday to approve Prime Minister Anthony Shaw's "
        "plan to cut immigration.\n\nShaw told MPs the plan was fair.\n",
        key=("Shaw", "Commons"), when="Monday",
    ),
    KeyProbe(
        "u-testified-by-video-link",
        "Former chief executive Mark Ellis testified by video link before the Senate Banking Committee on "
        "Tuesday about the collapse of Harbor Bank.\n",
        key=("Ellis", "Committee"), when="Tuesday",
    ),
    # --- no meeting, though meeting words appear ---
    KeyProbe(
        "neg-meets-criteria",
        "The new vaccine meets the criteria for emergency approval, the European Medicines Agency said on "
        "Friday. Regulators will decide next week.\n",
        none=True,
    ),
    KeyProbe(
        "neg-tennis-court",
        "Carlos Ruiz beat Jannik Weber 6-3 6-4 on Centre Court at Wimbledon on Tuesday to reach the "
        "quarter-finals.\n",
        none=True,
    ),
    KeyProbe(
        "neg-council-tax",
        "Council tax in England will rise by up to 5 per cent in April, the government said on Wednesday. "
        "Local Government Minister Jim Ward said councils needed the money.\n",
        none=True,
    ),
    KeyProbe(
        "neg-talk-show",
        "Talk show host Ellen Grant will retire next year after 20 seasons, the network said on Monday.\n",
        none=True,
    ),
    KeyProbe(
        "neg-talks-up",
        "Bank of England Governor Andrew Bailey talked up the economy on Thursday, saying inflation would fall "
        "to its target by spring.\n",
        none=True,
    ),
    KeyProbe(
        "neg-will-meet-press",
        "Coach Thomas Weber will meet the press on Friday ahead of the cup final against Bayern Munich.\n",
        none=True,
    ),
    KeyProbe(
        "neg-met-with-accident",
        "Veteran climber Paul Hart met with an accident on Mont Blanc on Sunday and was flown to a "
        "hospital in Chamonix.\n",
        none=True,
    ),
    KeyProbe(
        "neg-hearing-aid",
        "Sales of hearing aids rose 20 per cent last year after regulators allowed them to be sold over "
        "the counter, the company said.\n",
        none=True,
    ),
    # --- batch 2: events as Wikinews and wires tell them (written before the engine ran on them) ---
    KeyProbe(
        "b2u-received-prize-from-at-ceremony",
        "Kenyan activist Grace Wanjiru received the Global Peace Prize from Norwegian Prime Minister Erik "
        "Lund at a ceremony in Oslo on Saturday.\n",
        key=("Wanjiru", "Lund"), place="Oslo", when="Saturday",
    ),
    KeyProbe(
        "b2u-wikinews-interviewed",
        WN_DATE + "Wikinews interviewed independent candidate Mark Ellis on Sunday about his campaign for "
        "mayor of Toronto.\n\nEllis said transit was his first priority.\n",
        key=("Wikinews", "Ellis"), when="Sunday",
    ),
    KeyProbe(
        "b2u-debate-hosted-by",
        "Candidates Laura Hayes and David Crane clashed over taxes and immigration in a debate hosted by "
        "the BBC in Manchester on Tuesday night.\n",
        key=("Hayes", "Crane"), place="Manchester", when="Tuesday",
    ),
    KeyProbe(
        "b2u-union-airline-marathon-talks",
        "Pilots' union leader Tom Walsh and airline chief executive James Parker reached a tentative deal "
        "early on Saturday after 20 hours of talks in Dublin.\n",
        key=("Walsh", "Parker"), place="Dublin",
    ),
    KeyProbe(
        "b2u-following-a-meeting-with",
        "Prime Minister Helen Clarke agreed on Tuesday to delay the tax rise, following a meeting with "
        "business leader Richard Stone at Downing Street.\n",
        key=("Clarke", "Stone"), when="Tuesday",
    ),
    KeyProbe(
        "b2u-at-a-meeting-fronted-including",
        "At a meeting in Brussels on Monday, EU foreign ministers including Germany's Annalena Vogt and "
        "France's Pierre Dubois agreed to extend sanctions on Belarus.\n",
        key=("Vogt", "Dubois"), place="Brussels", when="Monday",
    ),
    KeyProbe(
        "b2u-toured-with",
        "President Grace Mensah toured a new cocoa processing plant in Kumasi on Thursday with Chinese Vice "
        "Premier Liu Wen, who opened the factory.\n",
        key=("Mensah", "Liu"), when="Thursday",
    ),
    KeyProbe(
        "b2u-asked-in-parliament",
        "In Parliament on Wednesday, opposition leader Claire Dunn asked Prime Minister Anthony Shaw why "
        "hospital waiting lists had grown.\nShaw said the figures were improving.\n",
        key=("Dunn", "Shaw"), when="Wednesday",
    ),
    KeyProbe(
        "b2u-inaugurated-ceremony-attended-by",
        "Daniel Moreau was inaugurated as president of Haiti on Sunday at a ceremony in Port-au-Prince "
        "attended by Dominican President Luis Abinader and Jamaican Prime Minister Andrew Holness.\n",
        key=("Moreau", "Abinader"), when="Sunday",
    ),
    KeyProbe(
        "b2u-co-chaired",
        "Foreign ministers Arjun Rao of India and Penny Hart of Australia co-chaired a meeting of the Indian "
        "Ocean Rim Association in Perth on Friday.\n",
        key=("Rao", "Hart"), place="Perth", when="Friday",
    ),
    KeyProbe(
        "b2u-mass-for-crowd",
        "Pope Leo celebrated Mass for about 300,000 people in Manila on Sunday, the largest crowd of his "
        "Asian tour.\n",
        key=("Leo", "people"), place="Manila", when="Sunday",
    ),
    KeyProbe(
        "b2u-arrived-for-talks-with",
        "Ukrainian President Olena Kovalenko arrived in Warsaw on Monday for talks with Polish President "
        "Piotr Nowak on grain exports.\n",
        key=("Kovalenko", "Nowak"), place="Warsaw", when="Monday",
    ),
    KeyProbe(
        "b2u-announcement-after-meeting",
        "Toyota announced on Monday that it would build a battery plant in Ohio.\nThe announcement came "
        "after Toyota president Koji Sato met Ohio Governor Mike DeWine in Columbus last week.\n",
        key=("Sato", "DeWine"), place="Columbus",
    ),
    KeyProbe(
        "b2u-g7-ministers-apposed-list",
        "Finance ministers of the Group of Seven, among them Rachel Green of Britain and Janet Brooks of the "
        "United States, met in Niigata, Japan, on Thursday.\n",
        key=("Green", "Brooks"), place="Niigata", when="Thursday",
    ),
    KeyProbe(
        "b2u-court-trial-key-over-earlier-arrest",
        "Former mayor Paul Hart went on trial at Southwark Crown Court on Monday accused of taking bribes.\n"
        "Hart was arrested in 2022 after a meeting with developer Simon Cole was secretly recorded.\n",
        key=("Hart", "Court"), when="Monday", not_key=("Cole",),
    ),
    KeyProbe(
        "b2u-lede-key-then-dinner-background",
        "Chinese President Xu Ming and Russian President Ivan Petrov signed a pact on energy in Moscow on "
        "Tuesday.\nThe two leaders had dined together at the Kremlin on Monday night with Belarusian "
        "President Viktor Lenz.\n",
        key=("Xu", "Petrov"), place="Moscow", when="Tuesday", not_key=("Lenz",),
    ),
    # --- batch 2: no meeting ---
    KeyProbe(
        "b2u-neg-meeting-scheduled",
        "A meeting between the two leaders is scheduled for Friday in Geneva, officials said on Monday.\n",
        none=True,
    ),
    KeyProbe(
        "b2u-neg-meeting-point",
        "Fans were asked to gather at the meeting point outside the stadium two hours before kick-off.\n",
        none=True,
    ),
    KeyProbe(
        "b2u-neg-indicted",
        "A federal grand jury in Miami indicted businessman Carlos Ortega on Thursday on charges of money "
        "laundering, prosecutors said.\n",
        none=True,
    ),
    KeyProbe(
        "b2u-neg-statement-condemned",
        "Foreign Minister Laura Hayes condemned the attack on Sunday and said she had spoken to the families "
        "of the victims.\n",
        none=True,
    ),
    KeyProbe(
        "b2u-neg-will-chair",
        "Japanese Prime Minister Kenji Sato will chair a meeting of Asian leaders in Tokyo next month, his "
        "office said on Friday.\n",
        none=True,
    ),
    KeyProbe(
        "b2u-neg-sport-faced",
        "Manchester City faced Real Madrid at the Etihad Stadium on Wednesday, and Erling Haaland scored "
        "twice.\n",
        none=True,
    ),
    # --- batch 3: Wikinews leads, the date line first (written before the engine ran on them) ---
    KeyProbe(
        "b3u-wn-lower-house-voted-bill-by",
        WN_DATE + "Lawmakers in the lower house of Japan's parliament on Friday voted 310 to 140 to pass a bill "
        "raising the retirement age, introduced by Labour Minister Kenji Sato.\n\nThe bill now goes to the "
        "upper house.\n",
        key=("Sato", "house"), when="Friday",
    ),
    KeyProbe(
        "b3u-wn-knesset-approved",
        WN_DATE + "Israel's Knesset on Monday approved a budget proposed by Finance Minister Avi Levin, by 61 "
        "votes to 59.\n\nOpposition leader Yael Cohen called the budget reckless.\n",
        key=("Levin", "Knesset"), when="Monday",
    ),
    KeyProbe(
        "b3u-wn-court-jailed-two",
        WN_DATE + "A court in Lyon on Thursday jailed two former police officers, Marc Girard and Luc Fabre, "
        "for seven years for the assault of a student in 2021.\n\nThe student, Sara Haddad, said she was "
        "relieved.\n",
        key=("Girard", "Fabre"), when="Thursday",
    ),
    KeyProbe(
        "b3u-wn-visited-site-with-governor",
        WN_DATE + "Russian President Ivan Petrov on Monday visited the site of a gas explosion in Samara, "
        "accompanied by regional governor Oleg Sidorov.\n\nThe blast killed 12 people.\n",
        key=("Petrov", "Sidorov"), when="Monday",
    ),
    KeyProbe(
        "b3u-wn-event-unveiled",
        WN_DATE + "At a media event in San Francisco on Tuesday, Nova Motors chief executive Laura Hayes "
        "unveiled the company's first electric truck.\n\nHayes said deliveries would start in May.\n",
        key=("Hayes", "media"), place="San Francisco", when="Tuesday",
    ),
    KeyProbe(
        "b3u-wn-speech-at-un-general-debate",
        WN_DATE + "Brazilian President Carlos Ortega told the United Nations General Assembly on Tuesday that "
        "rich countries must pay for the damage caused by climate change.\n",
        key=("Ortega", "Assembly"), when="Tuesday",
    ),
    KeyProbe(
        "b3u-wn-elected-speaker",
        WN_DATE + "The Canadian House of Commons on Monday elected Liberal MP Anthony Shaw as its Speaker, "
        "defeating Conservative MP Claire Dunn in a secret ballot.\n",
        key=("Shaw", "Dunn"), when="Monday",
    ),
    KeyProbe(
        "b3u-wn-phone-call-readout",
        WN_DATE + "US President John Carter and Turkish President Emre Kaya discussed Syria in a phone call "
        "on Sunday, the White House said.\n\nCarter said he would withdraw troops.\n",
        key=("Carter", "Kaya"), when="Sunday",
    ),
    KeyProbe(
        "b3u-wn-signed-into-law-ceremony",
        WN_DATE + "Governor Maria Lopez signed the bill into law on Wednesday at a ceremony at the state "
        "capitol in Sacramento, flanked by its sponsor, Senator David Crane.\n",
        key=("Lopez", "Crane"), when="Wednesday",
    ),
    KeyProbe(
        "b3u-wn-ministers-talks-background-2019",
        WN_DATE + "The foreign ministers of Egypt, Greece and Cyprus met in Cairo on Wednesday to discuss "
        "Turkey's gas drilling.\n\nEgyptian Foreign Minister Sameh Adel hosted Greek Foreign Minister Nikos "
        "Petrou and Cypriot Foreign Minister Andreas Nikolaou.\n\nThe three countries first held such talks "
        "in 2014.\n",
        key=("Adel", "Petrou"), when="Wednesday",
    ),
    KeyProbe(
        "b3u-wn-neg-announced-report",
        WN_DATE + "The World Health Organization said on Monday that measles cases rose by 30 percent last "
        "year, in a report published in Geneva.\n",
        none=True,
    ),
    KeyProbe(
        "b3u-wn-neg-earthquake-visit-planned",
        WN_DATE + "A 6.2-magnitude earthquake struck central Italy on Saturday, killing at least eight "
        "people.\n\nPrime Minister Giulia Conti is expected to visit the area on Monday.\n",
        none=True,
    ),
    # --- batch 4: wire, broadsheet, business and sport pages (written before the engine ran on them) ---
    KeyProbe(
        "b4u-on-a-visit-to-fronted",
        "On a visit to Beijing on Thursday, German Chancellor Julia Becker met Chinese Premier Li Qiang and "
        "pressed him on market access for German carmakers.\n",
        key=("Becker", "Li"), place="Beijing", when="Thursday",
    ),
    KeyProbe(
        "b4u-lunched-with",
        "Prime Minister Anthony Shaw lunched with Irish Taoiseach Sean Byrne at Chequers on Sunday, "
        "Downing Street said.\n",
        key=("Shaw", "Byrne"), when="Sunday",
    ),
    KeyProbe(
        "b4u-possessive-visit-where-met",
        "Indian Prime Minister Rajiv Mehta's three-day visit to Washington ended on Friday. During the "
        "visit, Mehta met President John Carter at the White House and addressed a joint session of "
        "Congress.\n",
        key=("Mehta", "Carter"), place="White House",
    ),
    KeyProbe(
        "b4u-business-merger-talks",
        "Unilever chief executive Alan Jope held talks with Nestle chairman Paul Bulcke in Geneva on "
        "Wednesday about a possible merger, people familiar with the matter said.\n",
        key=("Jope", "Bulcke"), place="Geneva", when="Wednesday",
    ),
    KeyProbe(
        "b4u-sport-fifa-meeting",
        "FIFA president Gianni Ricci met UEFA president Aleksander Novak in Zurich on Tuesday to settle a "
        "row over the international calendar.\nThe two sides have clashed since the Club World Cup was "
        "expanded.\n",
        key=("Ricci", "Novak"), place="Zurich", when="Tuesday",
    ),
    KeyProbe(
        "b4u-broadsheet-late-night-talks",
        "Late-night talks between the Chancellor, Rachel Green, and the Scottish First Minister, John "
        "Swinney, ended without a deal on Tuesday.\n",
        key=("Green", "Swinney"), when="Tuesday",
    ),
    KeyProbe(
        "b4u-visit-then-background-summit",
        "French President Claire Martin arrived in Rabat on Monday for a state visit and held talks with "
        "King Mohammed.\nMartin and the king last met at a summit in Paris in 2022.\n",
        key=("Martin", "Mohammed"), place="Rabat", when="Monday",
    ),
    KeyProbe(
        "b4u-court-appeal-heard-by-judges",
        "Three judges at the Court of Appeal in London heard an appeal by former banker Tom Hayes against "
        "his conviction on Tuesday.\n",
        key=("Hayes", "Court"), when="Tuesday",
    ),
    KeyProbe(
        "b4u-parliament-address-by-visitor",
        "Ukrainian President Olena Kovalenko addressed the European Parliament in Strasbourg on Wednesday, "
        "receiving a standing ovation.\nParliament President Roberta Metsola welcomed her.\n",
        key=("Kovalenko", "Parliament"), place="Strasbourg", when="Wednesday",
    ),
    KeyProbe(
        "b4u-neg-sport-transfer-talks-planned",
        "Chelsea are set to open talks with Napoli over a move for striker Victor Osimhen next week, "
        "according to reports.\n",
        none=True,
    ),
    KeyProbe(
        "b4u-neg-business-meets-expectations",
        "Shell's quarterly profit met analysts' expectations, the company said on Thursday, and it will "
        "buy back $3.5 billion of shares.\n",
        none=True,
    ),
    KeyProbe(
        "b4u-neg-hosted-a-podcast",
        "Former minister David Crane hosted a podcast about climate change last year and has written two "
        "books.\n",
        none=True,
    ),
    KeyProbe(
        "b4u-neg-visited-a-country",
        "Foreign tourists visited Japan in record numbers in March, the national tourism agency said on "
        "Wednesday.\n",
        none=True,
    ),
    # --- batch 5: party, campaign, ceremony and witness leads (written before the engine ran on them) ---
    KeyProbe(
        "b5u-party-congress-elected-leader",
        WN_DATE + "Delegates at the Social Democratic Party's congress in Bonn on Saturday elected Julia Becker "
        "as party leader, ahead of rival Klaus Richter.\n",
        key=("Becker", "Delegates"), when="Saturday",
    ),
    KeyProbe(
        "b5u-launched-campaign-at-rally",
        "Senator Laura Hayes launched her presidential campaign at a rally of about 5,000 supporters in "
        "Des Moines on Sunday.\n",
        key=("Hayes", "supporters"), when="Sunday",
    ),
    KeyProbe(
        "b5u-testified-at-trial-of",
        "Former aide Mark Ellis testified on Wednesday at the fraud trial of ex-governor Paul Hart in "
        "Chicago, telling jurors that Hart had ordered the payments.\n",
        key=("Ellis", "Hart"), when="Wednesday",
    ),
    KeyProbe(
        "b5u-eulogy-at-funeral-attended",
        "Former President John Carter delivered the eulogy at the funeral of civil rights leader Ruth Hale in "
        "Atlanta on Saturday, attended by President Laura Hayes.\n",
        key=("Carter", "Hayes"), place="Atlanta", when="Saturday",
    ),
    KeyProbe(
        "b5u-sworn-in-before-parliament",
        "Grace Mensah was sworn in as Ghana's president on Tuesday before parliament in Accra, taking the "
        "oath from Chief Justice Kwame Asante.\n",
        key=("Mensah", "Asante"), when="Tuesday",
    ),
    KeyProbe(
        "b5u-opened-the-session",
        "King Charles opened the new session of Parliament on Wednesday with a speech setting out the "
        "government's plans, written by Prime Minister Anthony Shaw's office.\n",
        key=("Charles", "Parliament"), when="Wednesday",
    ),
    KeyProbe(
        "b5u-met-behind-closed-doors-bank",
        "European Central Bank President Christine Lagarde met eurozone finance ministers behind closed "
        "doors in Luxembourg on Thursday.\n",
        key=("Lagarde", "ministers"), place="Luxembourg", when="Thursday",
    ),
    KeyProbe(
        "b5u-neg-rally-planned",
        "Opposition leader Claire Dunn plans to hold a rally in Trafalgar Square on Saturday, her party "
        "said.\n",
        none=True,
    ),
    KeyProbe(
        "b5u-neg-funeral-held-no-parties",
        "The funeral of the actor Peter Grant was held in London on Monday. He died last month aged 88.\n",
        none=True,
    ),
    KeyProbe(
        "b5u-neg-court-will-rule",
        "The Supreme Court will rule next month on whether the ban on protests is lawful, after hearing "
        "arguments in January.\n",
        none=True,
    ),
)

GAPS: dict[str, str] = {
    "wn-mps-voted-pm": "'the House of Commons' is no entity to people.py",
    "b2u-asked-in-parliament": "a question asked in a sitting ('In Parliament, X asked Y') is no meeting cue",
    "b3u-wn-lower-house-voted-bill-by": "'the lower house of Japan's parliament' comes out as 'parliament'",
    "b3u-wn-signed-into-law-ceremony": "a signing ceremony told by 'flanked by' its sponsor",
    "b4u-broadsheet-late-night-talks": "clauses split 'talks between A, X, and B, Y' at ', and the'",
    "b5u-party-congress-elected-leader": "the delegates who elected a party leader are no party beside the party",
    "b5u-eulogy-at-funeral-attended": "a eulogy at a funeral, 'attended by' after the place",
    "b5u-sworn-in-before-parliament": "an oath taken 'from Chief Justice X' (only 'sworn in by X' is read)",
    "b5u-opened-the-session": "'opened the new session of Parliament': the session reads as a back-reference",
    "b2u-mass-for-crowd": "a service for a crowd ('celebrated Mass for 300,000 people') is no meeting cue",
}


@pytest.mark.parametrize("probe", [pytest.param(p, id=p.id, marks=gap_marks(p.id, GAPS)) for p in PROBES])
def test_the_key_meeting_on_unseen_constructions(probe: KeyProbe) -> None:
    assert key_meeting_problems(probe) == []
