"""Speakers in other outlets' habits, round 9: blind batches of invented news text, expected output first.

Round 9 of issue 13. Every paragraph was written, with the quotations a careful reader finds and who
said them, BEFORE the engine was run on it (the first-pass rates are in bench/README.md, "Round 9:
speakers and roles in other outlets' habits"). None comes from a corpus. The batches write the habits
earlier rounds covered least: US regional papers (long attributions "said Jane Doe, 54, of Opelika,
who ..."; "according to a release from"), business wires (an analyst's firm and title after the
quotation, "said in a note to clients", "on a conference call"), tabloids (partial quotes, "told The
Sun"), magazine features (present-tense "says", long gaps between the name and the pronoun),
interviews ("he joked", "she quipped", "told X recently during an interview that also included Y"),
quotations split over paragraphs, British single quotes, quotations inside brackets, subheads between
paragraphs, and speakers named only by a role and an organisation.
"""

from __future__ import annotations

import pytest
from engine_support import gap_marks
from quote_probe_support import assert_article_speakers, assert_quotations

from briefs.engine.doc import Document
from briefs.engine.people import find_people

# (id, article text, [(quotation, speaker alternatives "a|b")], number of quotes expected or None)
PROBES: list[tuple[str, str, list[tuple[str, str]], int | None]] = [
    # --- US regional papers ---
    (
        "us-said-name-age-of-town-who",
        '"We lost everything but the dog," said Jane Doe, 54, of Opelika, who has lived on Maple Street for 30 years.',
        [("We lost everything but the dog", "doe")],
        1,
    ),
    (
        "us-according-to-a-release-from-office",
        "According to a release from the Lee County Sheriff's Office, \"the suspect fled on foot and was apprehended a short time later.\"",
        [("the suspect fled on foot and was apprehended a short time later", "office|sheriff")],
        1,
    ),
    (
        "us-mayor-told-the-crowd-gathered",
        '"It\'s a great day for Tuscaloosa," Mayor Walt Maddox told the crowd gathered outside City Hall on Friday morning.',
        [("It's a great day for Tuscaloosa", "maddox")],
        1,
    ),
    (
        "us-said-fire-chief-whose-crews",
        '"We\'re just thankful nobody got hurt," said Auburn Fire Chief Mark Kern, whose crews spent six hours at the scene.',
        [("We're just thankful nobody got hurt", "kern")],
        1,
    ),
    (
        "us-commissioner-a-republican-who-fragment",
        'Harlan County Commissioner Ray Tubbs, a Republican who represents District 3, said the vote was "long overdue."',
        [("long overdue", "tubbs")],
        1,
    ),
    (
        "us-retired-teacher-who-lives-two-quotes",
        '"The road has been a problem for years," said Linda Marsh, a retired schoolteacher who lives near the intersection. "Somebody was going to get killed eventually."',
        [("The road has been a problem for years", "marsh"), ("Somebody was going to get killed eventually", "marsh")],
        2,
    ),
    (
        "us-sheriffs-office-said-in-statement-released",
        '"Our deputies acted appropriately," the Harlan County Sheriff\'s Office said in a statement released late Tuesday.',
        [("Our deputies acted appropriately", "office|sheriff")],
        1,
    ),
    (
        "us-long-quote-said-name-age-retired-from",
        "The plan drew criticism from residents at Tuesday's meeting. \"I don't understand why the city needs another parking garage when we can't fix the potholes we already have,\" said Earl Pruitt, 71, a retired machinist from the east side.",
        [("I don't understand why the city needs another parking garage when we can't fix the potholes we already have", "pruitt")],
        1,
    ),
    (
        "us-police-chief-block-then-surname-said",
        'Police Chief Dana Whitfield said officers were called to the 400 block of Elm Street around 2 a.m. "When they arrived, they found a man with a gunshot wound to the leg," Whitfield said.',
        [("When they arrived, they found a man with a gunshot wound to the leg", "whitfield")],
        1,
    ),
    (
        "us-said-event-organizer-three-names",
        '"This is the best turnout we\'ve had in a decade," said event organizer Becky Lynn Carter.',
        [("This is the best turnout we've had in a decade", "carter")],
        1,
    ),
    (
        "us-news-release-from-gov-office-said-in-the-release",
        'The company will add 240 jobs over three years, according to a news release from Gov. Tom Harlow\'s office. "This investment shows that Kessel County is open for business," Harlow said in the release.',
        [("This investment shows that Kessel County is open for business", "harlow")],
        1,
    ),
    (
        "us-said-lt-of-police-colon",
        'Said Opelika Police Lt. Curt Yates: "We are asking anyone with information to call us."',
        [("We are asking anyone with information to call us", "yates")],
        1,
    ),
    (
        "us-surname-who-chairs-said-of",
        'Ellen Marsh has opposed the landfill from the start. "Nobody wants this," Marsh, who chairs the planning board, said of the proposal.',
        [("Nobody wants this", "marsh")],
        1,
    ),
    (
        "us-according-to-court-documents-fragment",
        'Jason Hill, 27, was charged with robbery on Monday. According to court documents, Hill told detectives he "panicked and ran."',
        [("panicked and ran", "hill")],
        1,
    ),
    (
        "us-coach-split-quote",
        '"It\'s not the end of the world," Coach Ryan Tate said after the loss, "but it\'s close."',
        [("It's not the end of the world", "tate"), ("but it's close", "tate")],
        None,
    ),
    (
        "us-said-name-a-spokeswoman-for-department",
        '"We are reviewing the footage," said Clara Nunez, a spokeswoman for the Dorn Police Department.',
        [("We are reviewing the footage", "nunez")],
        1,
    ),
    # --- business wires ---
    (
        "biz-said-name-an-analyst-at-firm",
        '"We expect margins to remain under pressure through the first half," said Ravi Menon, an analyst at Brightwater Securities.',
        [("We expect margins to remain under pressure through the first half", "menon")],
        1,
    ),
    (
        "biz-firm-analyst-wrote-in-note-to-clients",
        '"The guidance cut was bigger than we feared," Lowther Partners analyst Kate Morrow wrote in a note to clients on Thursday.',
        [("The guidance cut was bigger than we feared", "morrow")],
        1,
    ),
    (
        "biz-ceo-said-on-conference-call-fragment",
        'Chief Executive Officer Lena Falk said on a conference call with analysts that demand in China "has started to stabilise."',
        [("has started to stabilise", "falk")],
        1,
    ),
    (
        "biz-cfo-told-analysts-then-he",
        'Halden Systems shares fell 8%. Chief Financial Officer Omar Trask told analysts on a conference call that the company was "taking a cautious view" of the second half. "We are not seeing the recovery we hoped for," he said.',
        [("taking a cautious view", "trask"), ("We are not seeing the recovery we hoped for", "trask")],
        2,
    ),
    (
        "biz-said-name-chief-economist-at-in-city",
        '"The market is pricing in two more cuts this year," said Sofia Reyes, chief economist at Kessel Capital in London.',
        [("The market is pricing in two more cuts this year", "reyes")],
        1,
    ),
    (
        "biz-senior-analyst-who-has-hold-rating",
        'Analysts were unconvinced. "It\'s a decent quarter, but the outlook is soft," said Tom Park, senior analyst at Norden Research, who has a "hold" rating on the stock.',
        [("It's a decent quarter, but the outlook is soft", "park")],
        None,
    ),
    (
        "biz-the-carmaker-said-in-statement",
        'Brandt Motors cut its forecast on Tuesday. "We remain confident in our long-term targets," the carmaker said in a statement.',
        [("We remain confident in our long-term targets", "motors|brandt|carmaker")],
        1,
    ),
    (
        "biz-inverted-said-name-portfolio-manager-colon",
        'Said Jon Ellery, a portfolio manager at Redfern Asset Management: "Investors want to see cash returned, not another acquisition."',
        [("Investors want to see cash returned, not another acquisition", "ellery")],
        1,
    ),
    (
        "biz-name-head-of-at-co-told-reuters",
        '"Rates are going to stay where they are for a while," Mark Oduya, head of rates strategy at Pell & Co, told Reuters.',
        [("Rates are going to stay where they are for a while", "oduya")],
        1,
    ),
    (
        "biz-in-a-note-analysts-led-by",
        'In a note to clients, Lowther Bank analysts led by Ana Sousa said the merger "makes strategic sense but the price is full."',
        [("makes strategic sense but the price is full", "sousa|analysts|bank")],
        1,
    ),
    (
        "biz-bank-economist-said-in-interview",
        '"The consumer is tired," Lowther Bank economist Tim Quill said in an interview.',
        [("The consumer is tired", "quill")],
        1,
    ),
    # --- tabloids ---
    (
        "tab-the-star-age-told-the-sun",
        'Soap actress Gemma Lowe has spoken of her heartbreak. The star, 34, told The Sun: "I was absolutely gutted when I heard."',
        [("I was absolutely gutted when I heard", "lowe")],
        1,
    ),
    (
        "tab-a-source-close-to",
        'A source close to the couple said: "They have been living separate lives for months."',
        [("They have been living separate lives for months", "source")],
        1,
    ),
    (
        "tab-branded-the-ref-fragment",
        'Striker Danny Rowe branded the ref "a disgrace" after the match.',
        [("a disgrace", "rowe")],
        1,
    ),
    (
        "tab-pal-name-age-said",
        'Pal Kerry-Ann Wilde, 29, said: "She was the life and soul of every party. We\'re all devastated."',
        [("She was the life and soul of every party. We're all devastated", "wilde")],
        1,
    ),
    (
        "tab-her-mum-given-name-told-the-mirror",
        'Kayleigh Booth, 19, vanished on Friday. Her mum Tracey, 52, told the Mirror: "I just want my girl home."',
        [("I just want my girl home", "tracey|booth")],
        1,
    ),
    (
        "tab-an-insider-revealed",
        'An insider revealed: "The bosses are furious about the leak."',
        [("The bosses are furious about the leak", "insider")],
        1,
    ),
    (
        "tab-vowed-to-partial",
        'Boxer Tyrone Mace has vowed to "knock out" his rival in the first round.',
        [("knock out", "mace")],
        1,
    ),
    (
        "tab-the-labour-mp-blasted-as",
        'Dorn MP Sadie Park reacted with fury. The Labour MP blasted the decision as "a kick in the teeth for working families".',
        [("a kick in the teeth for working families", "park")],
        1,
    ),
    # --- magazine features: present tense, long gaps ---
    (
        "mag-says-name-who-took-over",
        '"I never planned to be a farmer," says Miriam Okafor, who took over her father\'s dairy herd at 23.',
        [("I never planned to be a farmer", "okafor")],
        1,
    ),
    (
        "mag-long-gap-she-says",
        'Miriam Okafor was 23 when her father fell ill. She had a degree in chemistry and a job offer in Lagos. Instead she came home to the farm, to 120 cows and a mountain of debt. The first winter nearly broke her. "I cried every night for a month," she says.',
        [("I cried every night for a month", "okafor")],
        1,
    ),
    (
        "mag-says-name-participle-two-quotes",
        '"You learn to live with the noise," says Henrik Dahl, pulling on his boots. "After a while you don\'t even hear the planes."',
        [("You learn to live with the noise", "dahl"), ("After a while you don't even hear the planes", "dahl")],
        2,
    ),
    (
        "mag-for-surname-he-says",
        'Henrik Dahl has fixed roofs in Vass for 40 years. For Dahl, the job is personal. "My grandfather built half these houses," he says.',
        [("My grandfather built half these houses", "dahl")],
        1,
    ),
    (
        "mag-ask-name-she-laughs",
        'Ask Priya Nair what keeps her going and she laughs. "Coffee, mostly," she says. "And spite."',
        [("Coffee, mostly", "nair"), ("And spite", "nair")],
        None,
    ),
    (
        "mag-surname-says-now-sitting",
        'Greta Lindqvist sold the company in 2019. "It was never about the money," Lindqvist says now, sitting in the kitchen of the house she grew up in.',
        [("It was never about the money", "lindqvist")],
        1,
    ),
    # --- interviews ---
    (
        "int-he-joked",
        'Veteran goalkeeper Pablo Ruiz, 41, signed a new one-year deal on Monday. "I\'m too old for this," he joked.',
        [("I'm too old for this", "ruiz")],
        1,
    ),
    (
        "int-she-quipped-when-asked",
        'Actress Nora Blaine was in good spirits at the premiere. "Only if they pay me in chocolate," she quipped when asked about a sequel.',
        [("Only if they pay me in chocolate", "blaine")],
        1,
    ),
    (
        "int-told-x-recently-during-interview-that-also-included",
        'Mateo Ferrer told Radio Kessel recently during an interview that also included his co-star Lena Voss that the role "changed how I see my own father."',
        [("changed how I see my own father", "ferrer")],
        1,
    ),
    (
        "int-co-star-said-in-same-interview-laughing",
        'Mateo Ferrer and Lena Voss spent four months on set together. "We argued about everything," Voss said in the same interview, laughing. "Mostly about music."',
        [("We argued about everything", "voss"), ("Mostly about music", "voss")],
        None,
    ),
    (
        "int-in-an-interview-with-admitted-colon",
        'In an interview with the Kessel Post, Ferrer admitted: "I almost turned it down."',
        [("I almost turned it down", "ferrer")],
        1,
    ),
    (
        "int-asked-if-she-would-the-senator-smiled",
        'Senator Joan Pike has served three terms. Asked if she would run again, the senator smiled. "Never say never," she said.',
        [("Never say never", "pike")],
        1,
    ),
    # --- quotations split over paragraphs ---
    (
        "split-said-teacher-then-next-paragraph",
        '"The first thing we did was count the children," said teacher Abby Lane.\n\n"Then we counted them again. You don\'t stop counting until every parent has come."',
        [("The first thing we did was count the children", "lane"), ("Then we counted them again. You don't stop counting until every parent has come", "lane")],
        2,
    ),
    (
        "split-uk-open-paragraph-no-closer",
        'Mr Hale said: "We have been warned for years that this would happen.\n\n"Nobody listened, and now families are paying the price."',
        [("We have been warned for years that this would happen", "hale"), ("Nobody listened, and now families are paying the price", "hale")],
        None,
    ),
    # --- British single quotes ---
    (
        "uk-single-home-secretary-said-colon",
        "Home Secretary Priya Lal said: 'We will not tolerate this violence on our streets.'",
        [("We will not tolerate this violence on our streets", "lal")],
        1,
    ),
    (
        "uk-single-said-manager-two-quotes",
        "'It was a magical night,' said manager Steve Cole. 'The fans were incredible.'",
        [("It was a magical night", "cole"), ("The fans were incredible", "cole")],
        2,
    ),
    (
        "uk-single-judge-told-defendant",
        "Judge Helen Marsh told Smith: 'You showed no remorse whatsoever.'",
        [("You showed no remorse whatsoever", "marsh")],
        1,
    ),
    (
        "uk-single-spokesman-for-council",
        "A spokesman for Dorn Council said: 'We are aware of the problem and engineers are on site.'",
        [("We are aware of the problem and engineers are on site", "spokesman|council")],
        1,
    ),
    (
        "uk-single-called-it-fragment",
        "Labour's Tom Bright called it 'a shambles from start to finish'.",
        [("a shambles from start to finish", "bright")],
        1,
    ),
    # --- quotations inside brackets ---
    (
        "bracket-which-said-in-statement",
        'Kessel Logistics (which said in a statement it was "cooperating fully with police") has not commented further.',
        [("cooperating fully with police", "logistics|kessel")],
        1,
    ),
    (
        "bracket-quote-she-says-inside",
        'Anna Holt runs the shop next door. Ms Holt ("I was never asked," she says) was not consulted about the change.',
        [("I was never asked", "holt")],
        1,
    ),
    # --- subheads between paragraphs ---
    (
        "subhead-between-she-said",
        'Dorn council leader Rachel Amos defended the cuts on Monday.\n\nHard choices\n\n"There is no money left," she said. "Every service will feel this."',
        [("There is no money left", "amos"), ("Every service will feel this", "amos")],
        2,
    ),
    (
        "subhead-capitals-he-says",
        'Mark Delaney spent 20 years in the Navy.\n\nA NEW START\n\n"I didn\'t know how to do anything else," he says.',
        [("I didn't know how to do anything else", "delaney")],
        1,
    ),
    # --- speakers named only by a role and an organisation ---
    (
        "role-a-spokeswoman-for-the-mayor",
        '"The mayor has full confidence in the chief," a spokeswoman for the mayor said Wednesday.',
        [("The mayor has full confidence in the chief", "spokeswoman")],
        1,
    ),
    (
        "role-spokesman-for-ministry-of",
        '"We have not received any formal complaint," a spokesman for the Kessel Ministry of Transport said.',
        [("We have not received any formal complaint", "spokesman|transport|ministry")],
        1,
    ),
    (
        "role-person-familiar-asked-not-to-be-named",
        '"No decision has been made," said a person familiar with the matter, who asked not to be named because the talks are private.',
        [("No decision has been made", "person")],
        1,
    ),
    (
        "role-company-representative-told",
        '"The outage was caused by a software update," a company representative told the Dorn Herald.',
        [("The outage was caused by a software update", "representative")],
        1,
    ),
    (
        "role-official-speaking-on-condition",
        'A White House official, speaking on condition of anonymity, said the president "was briefed throughout the night."',
        [("was briefed throughout the night", "official")],
        1,
    ),
    # --- titles apposed, vows, emails ---
    (
        "union-general-secretary-was-blunt-colon",
        "The union's general secretary, Pat Greer, was blunt: \"This offer is an insult.\"",
        [("This offer is an insult", "greer")],
        1,
    ),
    (
        "vowed-surname-as-members-left",
        'Pat Greer led the walkout. "We\'ll be back," vowed Greer, as members left the hall.',
        [("We'll be back", "greer")],
        1,
    ),
    (
        "governors-spokesman-said-in-email-colon",
        "The governor's spokesman, Eli Brandt, said in an email: \"The governor will sign the bill.\"",
        [("The governor will sign the bill", "brandt")],
        1,
    ),
]


# Batch 1b, written (with its expected speakers) before the engine ran on it, after batch 1's fixes
# but in other habits: Wikinews pages ("told Wikinews", press releases, fronted "Commenting on"),
# US regional and congressional style ("Rep. X, D-Kessel,", "Sen. X (R-Dorn)"), business research
# notes, British tabloid labels, and a question answered with a laugh.
PROBES_1B: list[tuple[str, str, list[tuple[str, str]], int | None]] = [
    (
        "wn-speaking-to-wikinews-festival-director",
        'Speaking to Wikinews, festival director Ana Morel said the event "went better than we could have hoped".',
        [("went better than we could have hoped", "morel")],
        1,
    ),
    (
        "wn-in-a-press-release-association-said-colon",
        'In a press release, the Norland Football Association said: "We condemn all forms of racism."',
        [("We condemn all forms of racism", "association")],
        1,
    ),
    (
        "wn-commenting-on-opposition-leader-told-reporters",
        'Commenting on the result, opposition leader Rafael Duarte told reporters: "The people have spoken."',
        [("The people have spoken", "duarte")],
        1,
    ),
    (
        "wn-quoted-a-witness-as-saying",
        'The Kessel Herald quoted a witness as saying: "The whole building shook."',
        [("The whole building shook", "witness")],
        1,
    ),
    (
        "wn-who-led-the-study-told-wikinews-in-email",
        'Dr Ines Berg, who led the study, told Wikinews in an email that the results were "surprising but robust".',
        [("surprising but robust", "berg")],
        1,
    ),
    (
        "wn-her-lawyer-name-written-statement-his-client",
        'Her lawyer, Marco Vitti, said in a written statement that his client "has always maintained her innocence".',
        [("has always maintained her innocence", "vitti")],
        1,
    ),
    (
        "wn-age-a-resident-said-that-he-heard",
        'Jonas Lind, 34, a resident of the building, said that he heard "a loud bang, then screaming".',
        [("a loud bang, then screaming", "lind")],
        1,
    ),
    (
        "wn-the-minister-wrote-on-her-blog",
        'Culture Minister Ewa Nowak faced calls to quit on Friday. The minister wrote on her blog: "I will not resign."',
        [("I will not resign", "nowak")],
        1,
    ),
    (
        "wn-declared-prime-minister-in-televised-address",
        '"This is a historic day," declared Prime Minister Kofi Mensah in a televised address.',
        [("This is a historic day", "mensah")],
        1,
    ),
    (
        "wn-while-second-person-called-it",
        'Kessel mayor Lina Borg welcomed the ruling, while opposition councillor Tom Hale called it "a disaster for the city".',
        [("a disaster for the city", "hale")],
        1,
    ),
    (
        "wn-two-speakers-one-sentence-while",
        'Kessel mayor Lina Borg and councillor Tom Hale clashed after the vote. "We did not expect this," Borg said, while Hale said: "We will appeal."',
        [("We did not expect this", "borg"), ("We will appeal", "hale")],
        2,
    ),
    (
        "wn-police-spokesman-inspector-told-wikinews",
        'Police spokesman Inspector Raj Patel told Wikinews: "Three people were arrested at the scene."',
        [("Three people were arrested at the scene", "patel")],
        1,
    ),
    (
        "wn-asked-about-surname-replied-colon",
        'Foreign Minister Ken Sato met the protesters\' leaders. Asked about the protests, Sato replied: "Everyone has the right to speak."',
        [("Everyone has the right to speak", "sato")],
        1,
    ),
    (
        "wn-according-to-amnesty-international-comma",
        'According to Amnesty International, "at least 40 people have been detained without charge".',
        [("at least 40 people have been detained without charge", "international|amnesty")],
        1,
    ),
    (
        "wn-spokesperson-for-commission-said-fragment",
        'A spokesperson for the European Commission said the bloc was "closely monitoring the situation".',
        [("closely monitoring the situation", "spokesperson|commission")],
        1,
    ),
    (
        "wn-issued-a-statement-it-read",
        'Kessel Airlines issued a statement on Tuesday. "Safety is our highest priority," it read.',
        [("Safety is our highest priority", "airlines|kessel")],
        1,
    ),
    (
        "wn-kremlin-said-in-statement-that",
        'The Kremlin said in a statement that the talks were "constructive".',
        [("constructive", "kremlin")],
        1,
    ),
    (
        "wn-told-wikinews-after-ceremony-two",
        'Maria Lopez won the award on Saturday. "I feel honoured," Lopez told Wikinews after the ceremony. "It is the work of my whole team."',
        [("I feel honoured", "lopez"), ("It is the work of my whole team", "lopez")],
        2,
    ),
    (
        "wn-in-his-speech-the-president-said-that",
        'President Omar Diallo addressed parliament on Monday. In his speech, the president said that "no one is above the law".',
        [("no one is above the law", "diallo")],
        1,
    ),
    # --- US features and regional ---
    (
        "us-recalled-longtime-friend-age",
        '"He was the kind of guy who would give you his last dollar," recalled longtime friend Bob Hartley, 68.',
        [("He was the kind of guy who would give you his last dollar", "hartley")],
        1,
    ),
    (
        "us-insisted-owner-whose-family",
        '"We\'re not going anywhere," insisted owner Maria Gomez, whose family has run the diner since 1962.',
        [("We're not going anywhere", "gomez")],
        1,
    ),
    (
        "us-surname-age-remembers-she-says-holding",
        'Maria Gomez runs the diner. Gomez, 58, remembers the night of the flood. "The water came up to here," she says, holding her hand at her waist.',
        [("The water came up to here", "gomez")],
        1,
    ),
    (
        "us-said-name-of-town-who-drove",
        '"I\'ve never seen anything like it," said Tom Burke of Dothan, who drove two hours to see the eclipse.',
        [("I've never seen anything like it", "burke")],
        1,
    ),
    (
        "us-officials-with-the-state-department",
        'Officials with the state Department of Transportation said the bridge "is safe for travel."',
        [("is safe for travel", "officials|transportation|department")],
        1,
    ),
    (
        "us-county-spokeswoman-emailed-statement",
        'County spokeswoman Jill Amos said in an emailed statement that the county "takes these concerns seriously."',
        [("takes these concerns seriously", "amos")],
        1,
    ),
    (
        "us-rep-party-state-abbrev",
        'Rep. Dan Ortiz, D-Kessel, said the bill "will put money back in people\'s pockets."',
        [("will put money back in people's pockets", "ortiz")],
        1,
    ),
    (
        "us-sen-party-bracket-called",
        'Sen. Karen Lowe (R-Dorn) called the measure "reckless."',
        [("reckless", "lowe")],
        1,
    ),
    (
        "us-said-name-the-hospitals-cmo-two",
        '"We\'re cautiously optimistic," said Ben Cole, the hospital\'s chief medical officer. "But we\'re not out of the woods."',
        [("We're cautiously optimistic", "cole"), ("But we're not out of the woods", "cole")],
        2,
    ),
    (
        "us-the-mayor-who-is-running-told-council",
        'Mayor Sara Kim faced a packed chamber. The mayor, who is running for re-election, told the council: "I will not apologise for building houses."',
        [("I will not apologise for building houses", "kim")],
        1,
    ),
    # --- business ---
    (
        "biz-said-name-who-manages-at",
        '"We see this as a buying opportunity," said Leah Stone, who manages $2 billion at Harbor Funds in Boston.',
        [("We see this as a buying opportunity", "stone")],
        1,
    ),
    (
        "biz-after-chief-executive-said-fragment",
        'Shares of Kessel Foods rose 4% after Chief Executive Juan Ortega said sales would "beat expectations."',
        [("beat expectations", "ortega")],
        1,
    ),
    (
        "biz-wrote-economists-at-led-by-in-note",
        '"Inflation is proving stickier than the central bank expected," wrote economists at Halden Bank, led by Ian Ross, in a research note.',
        [("Inflation is proving stickier than the central bank expected", "ross|economists|bank")],
        1,
    ),
    (
        "biz-declined-saying-only-that",
        'Chief Executive Juan Ortega spoke to analysts on Monday. Ortega declined to comment on the talks, saying only that the company "looks at every opportunity."',
        [("looks at every opportunity", "ortega")],
        1,
    ),
    (
        "biz-surname-added-two",
        'Leah Stone manages a fund in Boston. "It\'s a tough environment," Stone added. "Everyone is waiting for the Fed."',
        [("It's a tough environment", "stone"), ("Everyone is waiting for the Fed", "stone")],
        2,
    ),
    # --- British tabloids, single quotes ---
    (
        "uk-grieving-dad-age-single",
        "Grieving dad Steve Hart, 45, said: 'She was our world.'",
        [("She was our world", "hart")],
        1,
    ),
    (
        "uk-mum-of-two-single",
        "Mum-of-two Lisa Grant said: 'I'm terrified to let the kids out.'",
        [("I'm terrified to let the kids out", "grant")],
        1,
    ),
    (
        "uk-tory-mp-single",
        "Tory MP Mark Finch said: 'This is a scandal.'",
        [("This is a scandal", "finch")],
        1,
    ),
    (
        "uk-number-10-spokesman-single",
        "A Number 10 spokesman said: 'The Prime Minister has full confidence in the Home Secretary.'",
        [("The Prime Minister has full confidence in the Home Secretary", "spokesman")],
        1,
    ),
    (
        "uk-the-age-from-town-single",
        "Sam Reid, 32, was pulled from the river on Sunday. The 32-year-old, from Leeds, said: 'I'm lucky to be alive.'",
        [("I'm lucky to be alive", "reid")],
        1,
    ),
    (
        "uk-speaking-outside-court-his-solicitor",
        "Speaking outside court, his solicitor Alan Pryce said: 'My client is relieved.'",
        [("My client is relieved", "pryce")],
        1,
    ),
    (
        "uk-the-age-told-bbc-sport-single",
        "England winger Lauren Hay scored twice. 'It's been an incredible journey,' the 24-year-old told BBC Sport.",
        [("It's been an incredible journey", "hay")],
        1,
    ),
    # --- interviews ---
    (
        "int-every-day-with-a-laugh",
        'Kenji Nakamura has run the marathon 30 times. Did he ever doubt himself? "Every day," Nakamura said with a laugh.',
        [("Every day", "nakamura")],
        1,
    ),
    (
        "int-when-asked-whether-surname-shrugged-colon",
        'Pablo Ruiz will turn 42 next month. When asked whether he would play another season, Ruiz shrugged: "Who knows?"',
        [("Who knows", "ruiz")],
        1,
    ),
]


# Batch 2, written (with its expected speakers) after the fixes of batches 1 and 1b, in other wording,
# to tell whether those fixes carry: the same outlets' habits said differently.
PROBES_2: list[tuple[str, str, list[tuple[str, str]], int | None]] = [
    (
        "b2-said-three-names-age-of-town-whose-son",
        '"It was chaos," said Ruth Ann Miller, 47, of Phenix City, whose son attends the school. "Parents were running everywhere."',
        [("It was chaos", "miller"), ("Parents were running everywhere", "miller")],
        2,
    ),
    (
        "b2-a-news-release-from-department-said",
        'A news release from the Kessel Police Department said officers "used minimal force to detain the suspect."',
        [("used minimal force to detain the suspect", "department|police")],
        1,
    ),
    (
        "b2-name-a-strategist-at-wrote-in-report",
        '"Revenue growth will slow sharply next year," Morgan Hale, a strategist at Dunmore Capital, wrote in a report published Monday.',
        [("Revenue growth will slow sharply next year", "hale")],
        1,
    ),
    (
        "b2-on-a-call-with-reporters-secretary",
        'On a call with reporters, Treasury Secretary Lena Park said the sanctions would "bite hard."',
        [("bite hard", "park")],
        1,
    ),
    (
        "b2-said-name-who-covers-for-two",
        '"The numbers don\'t add up," said Priya Shah, who covers the airline industry for Stirling Research. "They need another capital raise."',
        [("The numbers don't add up", "shah"), ("They need another capital raise", "shah")],
        2,
    ),
    (
        "b2-telling-the-paper-the-age-mum-said",
        'Jade Price, 28, was trapped in a lift for nine hours. Telling the Daily Star of her ordeal, the 28-year-old mum said: "I thought I was going to die."',
        [("I thought I was going to die", "price")],
        1,
    ),
    (
        "b2-reality-star-insisting-fragment",
        'Reality star Chloe Dunn has hit back at trolls, insisting she is "happier than ever".',
        [("happier than ever", "dunn")],
        1,
    ),
    (
        "b2-one-onlooker-told-the-paper",
        'One onlooker told the Daily Record: "It was like something out of a film."',
        [("It was like something out of a film", "onlooker")],
        1,
    ),
    (
        "b2-admits-name-whose-studio",
        '"I\'m a bit of a night owl," admits Clara Voss, whose studio sits above a bakery in Dorn.',
        [("I'm a bit of a night owl", "voss")],
        1,
    ),
    (
        "b2-surname-now-age-she-asks",
        'Clara Voss opened her first studio in 1990. Voss, now 63, has no plans to retire. "Why would I stop doing the thing I love?" she asks.',
        [("Why would I stop doing the thing I love", "voss")],
        1,
    ),
    (
        "b2-feature-long-gap-born-in-he-says",
        'It has been a long road for Idris Bello. Born in Kano, he moved to Dorn at nine, speaking no English. Today he runs three restaurants. "Food was how I made friends," he says.',
        [("Food was how I made friends", "bello")],
        1,
    ),
    (
        "b2-laughed-groundsman",
        '"Don\'t ask me about the weather," laughed groundsman Pete Moran.',
        [("Don't ask me about the weather", "moran")],
        1,
    ),
    (
        "b2-the-coach-joked-when-asked",
        'Rovers coach Ann Bell was relaxed before the game. "That\'s above my pay grade," the coach joked when asked about transfers.',
        [("That's above my pay grade", "bell")],
        1,
    ),
    (
        "b2-spoke-to-paper-in-interview-also-attended-by",
        'Clara Voss spoke to the Dorn Courier last week in an interview also attended by her business partner, Jens Ahl, and said the new studio would open "by spring at the latest."',
        [("by spring at the latest", "voss")],
        1,
    ),
    (
        "b2-continued-over-paragraphs",
        'Idris Bello opened his first restaurant in 2009. "The first year was brutal," said Bello.\n\n"We lost money every month," he continued. "But we never closed a day."',
        [("The first year was brutal", "bello"), ("We lost money every month", "bello"), ("But we never closed a day", "bello")],
        3,
    ),
    (
        "b2-uk-single-shadow-chancellor",
        "Shadow chancellor Rhys Owen said: 'This budget is a con.'",
        [("This budget is a con", "owen")],
        1,
    ),
    (
        "b2-uk-single-split-said-chairman",
        "'We are a family club,' said chairman Derek Fry, 'and we always will be.'",
        [("We are a family club", "fry"), ("and we always will be", "fry")],
        None,
    ),
    (
        "b2-uk-single-sentencing-him-judge",
        "Sentencing him, Judge Amir Khan said: 'You have shown not a shred of remorse.'",
        [("You have shown not a shred of remorse", "khan")],
        1,
    ),
    (
        "b2-bracket-whose-leader-called",
        'The council (whose leader, Ana Ruiz, called the scheme "a lifeline") approved it unanimously.',
        [("a lifeline", "ruiz")],
        1,
    ),
    (
        "b2-bracket-a-spokesman-said",
        'Police confirmed the arrest (a spokesman said the man was "known to officers").',
        [("known to officers", "spokesman|police")],
        1,
    ),
    (
        "b2-subhead-capitals-he-told-parliament",
        'Finance minister Raj Mehta presented the budget on Thursday.\n\nTAX CUTS\n\n"Every family will keep more of what it earns," he told parliament.',
        [("Every family will keep more of what it earns", "mehta")],
        1,
    ),
    (
        "b2-a-spokesperson-for-governor-name",
        'A spokesperson for Governor Ellen Marsh said the governor "has no plans to intervene."',
        [("has no plans to intervene", "spokesperson")],
        1,
    ),
    (
        "b2-body-spokesman-said-thursday",
        '"We\'re looking into it," a Metro Transit spokesman said Thursday.',
        [("We're looking into it", "spokesman|transit")],
        1,
    ),
    (
        "b2-a-woman-who-gave-her-name-only-as",
        '"There was no warning," said a woman who gave her name only as Fatima.',
        [("There was no warning", "woman|fatima")],
        1,
    ),
    (
        "b2-official-at-ministry-who-was-not-authorised",
        'An official at the Ministry of Health, who was not authorised to speak publicly, said: "The numbers are much higher."',
        [("The numbers are much higher", "official")],
        1,
    ),
    (
        "b2-senior-diplomat-told-reuters",
        '"It is too early to say," a senior European diplomat told Reuters.',
        [("It is too early to say", "diplomat")],
        1,
    ),
    (
        "b2-said-the-firms-general-counsel-name",
        '"We will fight this in the courts," said the firm\'s general counsel, Mark Ellis.',
        [("We will fight this in the courts", "ellis")],
        1,
    ),
    (
        "b2-general-counsel-at-said-in-interview-that",
        'Mark Ellis, general counsel at Orbis Group, said in an interview that the ruling "misreads the law."',
        [("misreads the law", "ellis")],
        1,
    ),
    (
        "b2-firms-chief-executive-dismissed-as",
        'Dana Kerr, Orbis Group\'s chief executive, dismissed the criticism as "noise".',
        [("noise", "kerr")],
        1,
    ),
    (
        "b2-insisted-speaking-at-meeting",
        'Dana Kerr faced shareholders in Dorn. "We\'ve done nothing wrong," Kerr insisted on Wednesday, speaking at the company\'s annual meeting.',
        [("We've done nothing wrong", "kerr")],
        1,
    ),
    (
        "b2-said-name-age-a-nurse-from-whose-husband",
        '"They told us it was safe," said Maria Costa, 39, a nurse from Vass, whose husband died in the blast.',
        [("They told us it was safe", "costa")],
        1,
    ),
    (
        "b2-in-a-statement-released-by-his-office",
        'In a statement released by his office, Governor Tom Reyes described the flooding as "the worst in a generation".',
        [("the worst in a generation", "reyes")],
        1,
    ),
    (
        "b2-former-minister-now-a-professor-told-wikinews",
        'Former minister Jan Ode, now a professor at Dorn University, told Wikinews the policy was "doomed from the start".',
        [("doomed from the start", "ode")],
        1,
    ),
]


# Batch 3, written (with its expected speakers) before the engine ran on it, after the batch-2 fixes:
# the way Wikinews compiles quotations from other outlets (quoted by, reported, posted, statements
# released by, responding to questions) and verbs that take a quoted object (described as, called
# for, warned of, urged).
PROBES_3: list[tuple[str, str, list[tuple[str, str]], int | None]] = [
    (
        "b3-was-quoted-as-saying-by-outlet-after",
        '"We were never told about the risks," Hanna Ekberg was quoted as saying by the Dorn Herald.',
        [("We were never told about the risks", "ekberg")],
        1,
    ),
    (
        "b3-stated-on-twitter-comma",
        'Senator Mia Lund stated on Twitter, "This bill will not pass while I am in the Senate."',
        [("This bill will not pass while I am in the Senate", "lund")],
        1,
    ),
    (
        "b3-in-a-tweet-wrote-colon",
        'In a tweet, Kessel mayor Oskar Brandt wrote: "Our thoughts are with the victims and their families."',
        [("Our thoughts are with the victims and their families", "brandt")],
        1,
    ),
    (
        "b3-possessive-statement-read-colon",
        'Orbis Group\'s statement read: "We deeply regret the inconvenience caused to our customers."',
        [("We deeply regret the inconvenience caused to our customers", "group|orbis")],
        1,
    ),
    (
        "b3-released-a-statement-saying",
        'Footballer Ivan Petrov released a statement saying he was "deeply sorry for any offence caused".',
        [("deeply sorry for any offence caused", "petrov")],
        1,
    ),
    (
        "b3-office-released-statement-which-said",
        'Governor Ana Lopes\'s office released a statement, which said the governor "will cooperate fully with investigators".',
        [("will cooperate fully with investigators", "lopes|office")],
        1,
    ),
    (
        "b3-posted-on-facebook-colon",
        'Farmer Jonas Eklund posted on Facebook: "The river took everything we had."',
        [("The river took everything we had", "eklund")],
        1,
    ),
    (
        "b3-responding-to-the-criticism-said",
        'Responding to the criticism, Health Minister Sofia Almeida said the hospitals were "better funded than ever".',
        [("better funded than ever", "almeida")],
        1,
    ),
    (
        "b3-name-responding-to-questions-from-reporters-said",
        'Kessel police chief Lars Moberg, responding to questions from reporters, said: "We have no evidence of a wider plot."',
        [("We have no evidence of a wider plot", "moberg")],
        1,
    ),
    (
        "b3-was-reported-by-outlet-to-have-said",
        'Prime Minister Erik Dahl was reported by the Norland Times to have said the deal was "dead in the water".',
        [("dead in the water", "dahl")],
        1,
    ),
    (
        "b3-a-statement-from-the-palace-said",
        'A statement from the Royal Palace said the king was "resting comfortably" after the operation.',
        [("resting comfortably", "palace")],
        1,
    ),
    (
        "b3-the-statement-issued-by-lawyers-said",
        'The statement, issued by Petrov\'s lawyers, said their client "denies every allegation".',
        [("denies every allegation", "lawyers|petrov")],
        1,
    ),
    (
        "b3-said-in-a-speech-to-supporters-that",
        'Opposition leader Nadia Farouk said in a speech to supporters that the election had been "stolen in broad daylight".',
        [("stolen in broad daylight", "farouk")],
        1,
    ),
    (
        "b3-explained-that-adding-that",
        'Dr Paul Weber explained that the virus was "mutating quickly", adding that a vaccine was "at least a year away".',
        [("mutating quickly", "weber"), ("at least a year away", "weber")],
        2,
    ),
    (
        "b3-speaking-at-the-conference-name-who-chairs-said",
        'Speaking at the conference, Helga Strand, who chairs the Norland Energy Council, said: "Coal has no future here."',
        [("Coal has no future here", "strand")],
        1,
    ),
    (
        "b3-described-the-attack-as",
        'Interior Minister Rami Aziz described the attack as "cowardly and barbaric".',
        [("cowardly and barbaric", "aziz")],
        1,
    ),
    (
        "b3-warned-of",
        'Central bank governor Eva Holm warned of "a difficult winter for households".',
        [("a difficult winter for households", "holm")],
        1,
    ),
    (
        "b3-urged-people-to",
        'Fire chief Tom Brandvold urged residents to "leave now, while the roads are open".',
        [("leave now, while the roads are open", "brandvold")],
        1,
    ),
    (
        "b3-spokesperson-comma-name-told-outlet",
        'The club\'s spokesperson, Lina Ek, told the Dorn Post: "The manager has our full support."',
        [("The manager has our full support", "ek")],
        1,
    ),
    (
        "b3-according-to-her-lawyer-name",
        'According to her lawyer, Piet de Vries, the ruling was "a victory for common sense".',
        [("a victory for common sense", "vries|de vries")],
        1,
    ),
    (
        "b3-in-an-interview-published-sunday-said",
        'Foreign Minister Aino Salo, in an interview with the Dorn Post published Sunday, said the talks were "at a critical stage".',
        [("at a critical stage", "salo")],
        1,
    ),
    (
        "b3-said-at-a-press-conference-according-to-outlet",
        '"The border will stay closed," Interior Minister Rami Aziz said at a press conference on Monday, according to Reuters.',
        [("The border will stay closed", "aziz")],
        1,
    ),
    (
        "b3-a-report-by-body-found-that",
        'A report by the Norland Audit Office found that the project was "poorly managed from the outset".',
        [("poorly managed from the outset", "office|report")],
        1,
    ),
    (
        "b3-told-wikinews-in-an-email-second-paragraph-she",
        'Wikinews contacted Ada Berg, who organised the march.\n\n"We expected a few hundred people, and ten thousand came," she told Wikinews in an email.',
        [("We expected a few hundred people, and ten thousand came", "berg")],
        1,
    ),
    (
        "b3-two-officials-one-paragraph-each-said",
        'Finance Minister Jan Lie said the budget was "balanced", while his deputy, Mona Berge, said it was "the best in a decade".',
        [("balanced", "lie"), ("the best in a decade", "berge")],
        2,
    ),
]


# Batch 5, written (with its expected speakers) before the engine ran on it, after the fixes of
# batches 3 and 4: marks inside marks, ellipses and editors' brackets, an attribution in brackets
# inside the quotation's sentence, headlines with a colon, a speaker quoting another, "adding:",
# lower-case openings, and quotations told across a question and its answer.
PROBES_5: list[tuple[str, str, list[tuple[str, str]], int | None]] = [
    (
        "b5-nested-single-inside-double",
        'Coach Ann Bell said: "When the referee told me \'that\'s enough\', I walked away."',
        [("When the referee told me 'that's enough', I walked away", "bell")],
        1,
    ),
    (
        "b5-ellipsis-inside",
        '"We will rebuild … every house, every school," Mayor Lina Borg said.',
        [("We will rebuild every house, every school", "borg")],
        1,
    ),
    (
        "b5-editors-bracket-inside",
        '"They [the council] knew about the cracks for years," said resident Omar Nasser.',
        [("They the council knew about the cracks for years", "nasser")],
        1,
    ),
    (
        "b5-sic-inside",
        'In a handwritten note, Jon Rask wrote: "I am sory [sic] for what I did."',
        [("I am sory sic for what I did", "rask")],
        1,
    ),
    (
        "b5-headline-colon-then-body",
        'Mayor: \'We will rebuild\'\n\nDorn mayor Lina Borg promised on Monday to rebuild every flooded home. "We will rebuild, whatever it costs," she said.',
        [("We will rebuild, whatever it costs", "borg")],
        None,
    ),
    (
        "b5-said-quoting-another",
        'Senator Mia Lund, quoting the late president Olav Moe, said: "A country that forgets its farmers forgets itself."',
        [("A country that forgets its farmers forgets itself", "lund|moe")],
        1,
    ),
    (
        "b5-said-adding-colon",
        'Police chief Lars Moberg said two men had been arrested, adding: "We are not looking for anyone else."',
        [("We are not looking for anyone else", "moberg")],
        1,
    ),
    (
        "b5-lower-case-opening-fragment-after-that",
        'The minister for housing, Anders Vik, said that "no family will be left without a roof" this winter.',
        [("no family will be left without a roof", "vik")],
        1,
    ),
    (
        "b5-attribution-in-brackets-in-quote-sentence",
        'Greta Sand has lived by the depot for forty years. "The noise (and I mean every night) will not be missed," she said.',
        [("The noise and I mean every night will not be missed", "sand")],
        1,
    ),
    (
        "b5-question-by-reporter-answer-by-person",
        'Reporters asked Finance Minister Jan Lie whether taxes would rise. "Not this year," he replied.',
        [("Not this year", "lie")],
        1,
    ),
    (
        "b5-replied-name-after-question-quote",
        '"Will you resign?" a reporter shouted. "Absolutely not," replied Prime Minister Ida Sand.',
        [("Absolutely not", "sand")],
        None,
    ),
    (
        "b5-wrote-in-a-letter-to-staff-seen-by",
        'Chief executive Dana Kerr wrote in a letter to staff, seen by the Dorn Post, that the firm faced "a very hard year".',
        [("a very hard year", "kerr")],
        1,
    ),
    (
        "b5-told-the-bbc-it-was-the-first-time",
        'Eva Lund, whose shop was flooded, told the BBC: "It was the first time in fifty years the river came this far."',
        [("It was the first time in fifty years the river came this far", "lund")],
        1,
    ),
    (
        "b5-the-two-men-said-in-joint-statement",
        'Ministers Ola Berg and Kim Dahl said in a joint statement: "We will work together on this."',
        [("We will work together on this", "berg|dahl")],
        1,
    ),
    (
        "b5-pronoun-after-two-paragraphs-of-reported-speech",
        'Nurse Karin Holt has worked nights for twenty years.\n\nShe said staffing had fallen by a third since 2020 and that patients waited longer.\n\n"Nobody can keep this up," she said.',
        [("Nobody can keep this up", "holt")],
        1,
    ),
    (
        "b5-possessive-spokeswoman-name-said-in-email",
        'Norland Rail\'s spokeswoman, Maja Strand, said in an email: "Services will resume on Friday."',
        [("Services will resume on Friday", "strand")],
        1,
    ),
    (
        "b5-according-to-minutes-seen-by",
        'According to minutes of the meeting seen by the Dorn Post, chairman Derek Fry said the club was "close to bankruptcy".',
        [("close to bankruptcy", "fry")],
        1,
    ),
    (
        "b5-said-last-week-earlier-told",
        'Ole Dahl, who farms near Vass, lost half his herd. "It is the worst year I can remember," Dahl told Wikinews last week.',
        [("It is the worst year I can remember", "dahl")],
        1,
    ),
    (
        "b5-quote-then-dash-attribution-name",
        '"Nobody is above the law" — Judge Maria Falk, in her ruling on Thursday.',
        [("Nobody is above the law", "falk")],
        1,
    ),
    (
        "b5-says-her-sister-name",
        '"She never complained, not once," says her sister, Ingrid Moe.',
        [("She never complained, not once", "moe")],
        1,
    ),
]


# Batch 8, written (with its expected speakers) before the engine ran on it, after the fixes of
# batches 5 to 7: quotations whose attribution is structural rather than a plain verb next to them
# (a colon paragraph before, the one asked, "put it", "for X, …:", "as X put it", a message for
# someone, "That is how X describes …").
PROBES_8: list[tuple[str, str, list[tuple[str, str]], int | None]] = [
    (
        "b8-colon-paragraph-then-two-quote-paragraphs",
        'Transport minister Ola Berg told parliament:\n\n"The trains will run on time by the summer."\n\n"If they do not, I will answer for it."',
        [("The trains will run on time by the summer", "berg"), ("If they do not, I will answer for it", "berg")],
        2,
    ),
    (
        "b8-in-a-statement-ministry-said-colon-paragraph",
        'In a statement, the Norland Ministry of Health said:\n\n"All patients have been moved to other hospitals."',
        [("All patients have been moved to other hospitals", "health|ministry")],
        1,
    ),
    (
        "b8-two-word-adjacent",
        'Rovers coach Ann Bell watched the replay twice. "Very disappointed," Bell said.',
        [("Very disappointed", "bell")],
        1,
    ),
    (
        "b8-called-it-one-word",
        'Opposition leader Kemi Bade called the decision "unacceptable".',
        [("unacceptable", "bade")],
        1,
    ),
    (
        "b8-fragment-according-to-at-end",
        'The merger is "dead in the water", according to Orbis chief executive Dana Kerr.',
        [("dead in the water", "kerr")],
        1,
    ),
    (
        "b8-wikinews-asked-name-then-bare-quote",
        'Wikinews asked march organiser Ada Berg whether the protest would go ahead. "Absolutely. Nothing will stop us now."',
        [("Absolutely. Nothing will stop us now", "berg")],
        1,
    ),
    (
        "b8-when-asked-said-only",
        'When asked about the report, Kerr said only: "No comment."',
        [("No comment", "kerr")],
        1,
    ),
    (
        "b8-the-tweet-posted-by-read",
        'The tweet, posted by Senator Mia Lund on Monday, read: "Enough is enough."',
        [("Enough is enough", "lund")],
        1,
    ),
    (
        "b8-put-it-bluntly",
        'Farmer Ole Dahl put it bluntly: "Without rain, there is no harvest."',
        [("Without rain, there is no harvest", "dahl")],
        1,
    ),
    (
        "b8-as-name-put-it",
        'As union leader Pat Greer put it, "nobody goes on strike for fun".',
        [("nobody goes on strike for fun", "greer")],
        1,
    ),
    (
        "b8-summed-up-the-mood-colon",
        'Shop owner Maria Gomez summed up the mood on the high street: "Everyone is scared of the next bill."',
        [("Everyone is scared of the next bill", "gomez")],
        1,
    ),
    (
        "b8-in-possessive-words",
        'In Bade\'s words, the budget was "a tax on hope".',
        [("a tax on hope", "bade")],
        1,
    ),
    (
        "b8-for-his-part-said",
        'Finance Minister Jan Lie, for his part, said the figures were "encouraging".',
        [("encouraging", "lie")],
        1,
    ),
    (
        "b8-for-name-the-answer-is-simple-colon",
        'For nurse Karin Holt, the answer is simple: "Pay us properly and we will stay."',
        [("Pay us properly and we will stay", "holt")],
        1,
    ),
    (
        "b8-had-a-message-for-colon",
        'Fisherman Ole Berg had a message for the government: "Come and see what you have done to this harbour."',
        [("Come and see what you have done to this harbour", "berg")],
        1,
    ),
    (
        "b8-that-is-how-name-describes",
        '"It was like the sky fell in." That is how teacher Abby Lane describes the moment the roof collapsed.',
        [("It was like the sky fell in", "lane")],
        1,
    ),
    (
        "b8-said-in-a-letter-from-prison",
        'Jon Rask has always denied the charges. "I am innocent, and I will prove it," Rask wrote in a letter from prison.',
        [("I am innocent, and I will prove it", "rask")],
        1,
    ),
    (
        "b8-she-after-second-woman-object",
        'Judge Maria Falk jailed Eva Lund for two years. "You betrayed the trust of every patient," she told her.',
        [("You betrayed the trust of every patient", "falk")],
        1,
    ),
]


# Batch 9, written (with its expected speakers) before the engine ran on it, after the batch-8 fixes:
# magazine features where a pronoun or a role noun points back across paragraphs past another
# person, and a second speaker of the same sex takes over.
PROBES_9: list[tuple[str, str, list[tuple[str, str]], int | None]] = [
    (
        "b9-she-past-a-man-named-in-between-paragraphs",
        'Marta Solberg has run the lighthouse café for twenty years.\n\nHer husband, Per, died in 2019. The café nearly closed.\n\n"I kept it open because it was the only thing I knew how to do," she says.',
        [("I kept it open because it was the only thing I knew how to do", "solberg")],
        1,
    ),
    (
        "b9-second-woman-takes-over-by-name",
        'Marta Solberg opened the café in 2005. "It was a ruin," she recalls.\n\nHer daughter, Ingrid Solberg, now does the baking. "Mum still checks every loaf," Ingrid says.',
        [("It was a ruin", "solberg"), ("Mum still checks every loaf", "solberg|ingrid")],
        2,
    ),
    (
        "b9-he-after-a-woman-paragraph",
        'Coach Ray Dunn took over the team in March.\n\nThe club\'s chairwoman, Eva Nord, had promised fans a new start.\n\n"I knew the squad was better than its results," he says.',
        [("I knew the squad was better than its results", "dunn")],
        1,
    ),
    (
        "b9-the-coach-after-two-men",
        'Ray Dunn, the coach, watched from the bench as captain Leo Hart scored twice. "He was outstanding today," the coach said.',
        [("He was outstanding today", "dunn")],
        1,
    ),
    (
        "b9-she-with-two-women-subject-first",
        'Nurse Karin Holt treated the injured woman, Sara Lind, at the scene. "She was very brave," Holt said. "She never stopped talking to us."',
        [("She was very brave", "holt"), ("She never stopped talking to us", "holt")],
        2,
    ),
    (
        "b9-long-gap-two-paragraphs-then-surname",
        'Tomas Vik grew up above his father\'s bakery in Vass.\n\nThe bakery burned down in 1998. The family moved to the capital, and Vik trained as an engineer.\n\nNow 52, Vik has come back. "I wanted my children to know where the bread smell comes from," he says.',
        [("I wanted my children to know where the bread smell comes from", "vik")],
        1,
    ),
    (
        "b9-we-quote-by-group-then-leader",
        'The residents\' association has fought the plan for two years. Its chair, Anna Berg, said: "We will not give up."',
        [("We will not give up", "berg")],
        1,
    ),
    (
        "b9-according-to-friends-pronoun",
        'Mateo Ferrer left the band in 2010. Friends say he was exhausted. "I needed to stop before I broke," he told the Dorn Post.',
        [("I needed to stop before I broke", "ferrer")],
        1,
    ),
]


# Probes the rules do not pass, each with what is missing (strict: they fail, or the mark goes).
GAPS: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "expected", "count"),
    [pytest.param(*p[1:], id=p[0], marks=gap_marks(p[0], GAPS)) for p in PROBES + PROBES_1B + PROBES_2 + PROBES_3 + PROBES_5 + PROBES_8 + PROBES_9],
)
def test_round9_quotation_in_other_outlets_habits_goes_to_its_speaker(text, expected, count):
    assert_quotations(text, expected, count)


# Batch 1b, a whole invented Wikinews page written (with every speaker and role) before the engine
# ran on it: a council vote told with a union's officer, a company's "it", a resident, a role noun
# for the mayor two paragraphs on, a statement read by a spokesperson, and a quotation split over
# two paragraphs.
DEPOT_ARTICLE = """Dorn council votes to close bus depot despite protests

Wednesday, March 4, 2026

The city council of Dorn, Norland voted 7–4 on Tuesday to close the Eastgate bus depot by the end of the year, ending a six-month dispute with drivers and residents.

Mayor Lina Borg, who proposed the closure, said the depot was "costing the city money it does not have". Speaking to Wikinews after the vote, she added: "Nobody likes closing things. But we cannot run two depots for one fleet."

The drivers' union said 140 jobs were at risk. Its regional secretary, Omar Haddad, called the vote "a betrayal of people who kept this city moving through the pandemic". Haddad told reporters the union would ballot its members on strike action.

Kessel Transit, which operates the city's buses under contract, said it would move its fleet to the western depot. "No routes will be cut," it said in a statement.

Resident Greta Sand, 71, has lived opposite the depot for forty years. "The noise will not be missed," she said, "but the jobs will."

The mayor rejected claims that the decision had been rushed. "We consulted for six months," Borg said. "Every councillor had the figures.

"Anyone who says otherwise has not read them."
"""


def test_round9_every_quotation_of_a_whole_wikinews_page_has_its_speaker():
    assert_article_speakers(
        DEPOT_ARTICLE,
        [
            ("costing the city money it does not have", "borg"),
            ("Nobody likes closing things. But we cannot run two depots for one fleet", "borg"),
            ("a betrayal of people who kept this city moving through the pandemic", "haddad"),
            ("No routes will be cut", "transit|kessel"),
            ("The noise will not be missed", "sand"),
            ("but the jobs will", "sand"),
            ("We consulted for six months", "borg"),
            ("Every councillor had the figures", "borg"),
            ("Anyone who says otherwise has not read them", "borg"),
        ],
    )


def test_round9_the_people_of_a_whole_wikinews_page_have_their_roles():
    people = {p.name.split()[-1]: (p.role or "") for p in find_people(Document(DEPOT_ARTICLE)).people()}
    roles = {"Borg": "mayor", "Haddad": "secretary", "Sand": "resident"}
    for surname, role in roles.items():
        assert surname in people, f"{surname} not among {people}"
        assert any(r in people[surname].lower() for r in role.split("|")), f"{surname}: {people[surname]!r}, expected {role!r}"


# Batch 4, three whole invented Wikinews pages written (with every speaker and role) before the engine
# ran on them, after the batch-3 fixes: an election with three candidates and a commission, a court
# case with a judge, two lawyers and a victim's family, and a space mission with an agency, its
# director and two astronauts of different sexes.
ELECTION_ARTICLE = """Opposition wins Kessel regional election

Monday, May 11, 2026

The opposition Green Alliance won Sunday's regional election in Kessel, Norland, taking 41 percent of the vote, according to preliminary results published by the regional election commission.

Alliance leader Petra Vinter, 46, a former schoolteacher, told supporters in the regional capital that the result was "a mandate for clean air and cheaper trains". She is expected to form a coalition with the Liberal Party.

The governing Labour Party came second with 33 percent. Its candidate, incumbent regional premier Hans Aune, conceded defeat shortly after midnight. "The voters have spoken and I respect their decision," Aune said. "I called Ms Vinter to congratulate her."

Liberal leader Omar Sayed said his party was "ready to talk" but would not accept "a blank cheque". Asked about the cost of the Alliance's rail plans, Sayed told the Kessel Courier: "Somebody has to pay for all of this, and it should not be farmers."

The commission's chairwoman, Liv Aasen, said turnout had reached 71 percent, the highest since 1994. "People queued in the rain in some towns," she said in a statement.

Final results are due on Thursday.
"""

TRIAL_ARTICLE = """Dorn man jailed for eight years over fatal crash

Friday, February 6, 2026

A court in Dorn, Norland on Thursday sentenced 29-year-old Viktor Lang to eight years in prison for causing the death of a cyclist while driving at twice the speed limit.

Lang had admitted causing death by dangerous driving. The cyclist, Ellen Brook, 52, a nurse at Dorn General Hospital, died at the scene in March last year.

Sentencing Lang, Judge Maria Falk told him: "You chose to race through a residential street at night. Ellen Brook paid for that choice with her life."

Lang's lawyer, Erik Sand, said his client was "devastated" and had written to the family. The prosecutor, Anna Lie, had asked for ten years. Outside court, Lie told reporters the sentence was "fair, if not what we asked for".

Brook's husband, Tom Brook, read a statement on behalf of the family. "Ellen spent her life caring for others," he said. "Nothing this court does will bring her back."

The family has called for tougher penalties. A spokesperson for the Ministry of Justice told Wikinews the government would "look carefully" at the sentencing guidelines.
"""

SPACE_ARTICLE = """Norland astronauts return after six months aboard space station

Wednesday, September 2, 2026

Two Norland astronauts landed safely in the steppe of Kazakhstan on Tuesday after 186 days aboard the International Space Station.

Commander Jonas Eriksen, 51, and flight engineer Sofia Lind, 38, were lifted from the capsule and carried to medical tents. Lind, on her first flight, waved to the crowd. "It was the adventure of a lifetime," she said. "But I really missed fresh bread."

Eriksen said the crew had carried out more than 200 experiments. "We grew lettuce, we tested new batteries, and we fixed a lot of toilets," the veteran astronaut joked.

The Norland Space Agency (NSA) said both astronauts were in good health. Its director-general, Karin Moe, told a news conference in Marsk: "This mission shows that a small country can do big science."

Moe said the agency would announce its next crew in December.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            ELECTION_ARTICLE,
            [
                ("a mandate for clean air and cheaper trains", "vinter"),
                ("The voters have spoken and I respect their decision", "aune"),
                ("I called Ms Vinter to congratulate her", "aune"),
                ("ready to talk", "sayed"),
                ("a blank cheque", "sayed"),
                ("Somebody has to pay for all of this, and it should not be farmers", "sayed"),
                ("People queued in the rain in some towns", "aasen"),
            ],
            id="election-article",
        ),
        pytest.param(
            TRIAL_ARTICLE,
            [
                ("You chose to race through a residential street at night. Ellen Brook paid for that choice with her life", "falk"),
                ("devastated", "sand"),
                ("fair, if not what we asked for", "lie"),
                ("Ellen spent her life caring for others", "brook"),
                ("Nothing this court does will bring her back", "brook"),
                ("look carefully", "spokesperson|justice|ministry"),
            ],
            id="trial-article",
        ),
        pytest.param(
            SPACE_ARTICLE,
            [
                ("It was the adventure of a lifetime", "lind"),
                ("But I really missed fresh bread", "lind"),
                ("We grew lettuce, we tested new batteries, and we fixed a lot of toilets", "eriksen"),
                ("This mission shows that a small country can do big science", "moe"),
            ],
            id="space-article",
        ),
    ],
)
def test_round9_every_quotation_of_a_whole_page_has_its_speaker(text, expected):
    assert_article_speakers(text, expected)


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        pytest.param(
            ELECTION_ARTICLE,
            {"Vinter": "leader", "Aune": "premier", "Sayed": "leader", "Aasen": "chairwoman|chair"},
            id="election-article",
        ),
        pytest.param(
            TRIAL_ARTICLE,
            {"Falk": "judge", "Sand": "lawyer", "Lie": "prosecutor", "Lang": "", "Tom Brook": "husband"},
            id="trial-article",
        ),
        pytest.param(
            SPACE_ARTICLE,
            {"Eriksen": "commander", "Lind": "flight engineer|engineer", "Moe": "director-general|director"},
            id="space-article",
        ),
    ],
)
def test_round9_the_people_of_a_whole_page_have_their_roles(text, roles):
    people = {p.name: (p.role or "") for p in find_people(Document(text)).people()}
    for wanted, role in roles.items():
        found = [n for n in people if n == wanted or n.split()[-1] == wanted]
        assert found, f"{wanted} not among {people}"
        assert any(r in people[found[0]].lower() for r in role.split("|")), f"{wanted}: {people[found[0]]!r}, expected {role!r}"
