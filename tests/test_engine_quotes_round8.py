"""Speakers on unseen wording, round 8: a blind batch of invented news text, expected output first.

Round 8 of issue 13. Every paragraph was written, with the quotations a careful reader finds and who
said them, BEFORE the engine was run on it (the first-pass rate is in bench/README.md, "Round 8:
quotes, speakers and roles"). None comes from a corpus, and the constructions are ones the earlier
probe files (tests/test_engine_quotes_probes.py, tests/test_engine_quotes_unseen.py) do not hold:
datelines of several outlets before the first quotation, interpreters and languages, posts on
newer platforms, open letters and their signatories, press-release sign-offs, Hansard labels,
British peers and knights, fronted participles ("Sentencing, Judge X said"), unusual speech verbs
("beamed", "quipped"), asides between the name and the verb, role nouns and nationalities as
back-references, and speaker chains across paragraphs.
"""

from __future__ import annotations

import pytest
from engine_support import gap_marks
from quote_probe_support import assert_article_speakers, assert_quotations

from briefs.engine.doc import Document
from briefs.engine.people import find_people

# (id, article text, [(quotation, speaker alternatives "a|b")], number of quotes expected or None)
PROBES: list[tuple[str, str, list[tuple[str, str]], int | None]] = [
    # --- datelines and wire furniture before the first quotation ---
    (
        "reuters-dateline-dash-fragment",
        'KESSEL, March 4 (Reuters) - Norland\'s central bank governor, Ulla Berg, said on Thursday that rates would stay "higher for longer" as inflation proved stubborn.',
        [("higher for longer", "berg")],
        1,
    ),
    (
        "nyt-dateline-em-dash-said-monday",
        "DORN, Norland \u2014 The mayor of Dorn, Eva Holm, said Monday that the city would rebuild the bridge. \u201cWe owe it to the families who lost people here,\u201d Ms. Holm said.",
        [("We owe it to the families who lost people here", "holm")],
        1,
    ),
    (
        "ap-dateline-quote-first-title-after",
        "LISBON, Portugal (AP) \u2014 \u201cThis is not the end of the talks,\u2019\u2019 Foreign Minister Rui Matos said Tuesday after the meeting broke up without a deal.",
        [("This is not the end of the talks", "matos")],
        1,
    ),
    (
        "nyt-ms-age-in-interview",
        "\u201cWe are not there yet,\u201d Ms. Ortiz, 54, said in an interview on Tuesday. \u201cBut we are closer than we have ever been.\u201d",
        [
            ("We are not there yet", "ortiz"),
            ("But we are closer than we have ever been", "ortiz"),
        ],
        None,
    ),
    # --- interpreters and languages ---
    (
        "said-through-an-interpreter",
        'Amina Yusuf, 60, fled her village in March. "Our village is gone. Nothing is left," she said through an interpreter.',
        [("Our village is gone. Nothing is left", "yusuf")],
        1,
    ),
    (
        "speaking-through-interpreter-fronted",
        'Speaking through an interpreter, Farmer Ito Kenji said: "The rain did not come for two years."',
        [("The rain did not come for two years", "kenji|ito")],
        1,
    ),
    (
        "told-reporters-in-korean",
        'Mr Lee met the envoy for an hour. "We discussed everything openly," Mr Lee told reporters in Korean.',
        [("We discussed everything openly", "lee")],
        1,
    ),
    (
        "speaking-in-spanish-the-president",
        'President Lucia Vargas arrived in Madrid on Sunday. Speaking in Spanish, the president said: "Our two countries share more than a language."',
        [("Our two countries share more than a language", "vargas")],
        1,
    ),
    # --- posts on platforms ---
    (
        "wrote-on-x-formerly-twitter-inverted",
        '"Heartbroken by the news from Dorn tonight," wrote Paula Grey on X, formerly Twitter.',
        [("Heartbroken by the news from Dorn tonight", "grey")],
        1,
    ),
    (
        "in-a-video-on-tiktok-student-says",
        'In a video on TikTok, which has been viewed two million times, student Lea Marx says: "Nobody at the school listened to us."',
        [("Nobody at the school listened to us", "marx")],
        1,
    ),
    (
        "posting-on-instagram-the-singer",
        'Singer Jada Fox cancelled her tour on Friday. Posting on Instagram, the singer wrote: "I need time to heal, and I hope you understand."',
        [("I need time to heal, and I hope you understand", "fox")],
        1,
    ),
    (
        "in-a-thread-on-bluesky-fragment",
        'In a thread on Bluesky, economist Paul Grant argued that the tax cut was "a gift to the wealthiest".',
        [("a gift to the wealthiest", "grant")],
        1,
    ),
    # --- open letters, memos, filings ---
    (
        "open-letter-economists-fragment",
        'In an open letter published on Tuesday, more than 200 economists warned that the plan "would push inflation higher for years".',
        [("would push inflation higher for years", "economists")],
        1,
    ),
    (
        "memo-to-staff-seen-by-reuters",
        'In a memo to staff seen by Reuters, Chief Executive Sara Voss wrote: "The next twelve months will be the hardest in our history."',
        [("The next twelve months will be the hardest in our history", "voss")],
        1,
    ),
    (
        "the-memo-said-after-named-writer",
        'Sara Voss sent a memo to staff on Monday. "We will close three plants by the summer," the memo said.',
        [("We will close three plants by the summer", "voss")],
        1,
    ),
    (
        "sec-filing-company-fragment",
        'Brightwater Homes lost $40 million last year. In a filing with regulators, the company said it "may not be able to continue as a going concern".',
        [("may not be able to continue as a going concern", "homes|brightwater")],
        1,
    ),
    # --- press releases ---
    (
        "press-release-ticker-said-name-title-case-role",
        'KESSEL, Norland -- Kessel Energy (NASDAQ: KSEL) today announced a partnership with Dorn City Council. "We are delighted to partner with the council on this project," said Mia Holt, Managing Director, Kessel Energy.',
        [("We are delighted to partner with the council on this project", "holt")],
        1,
    ),
    (
        "press-release-added-surname-second",
        'Kessel Energy today announced record profits. "This was an outstanding year for our people," said Mia Holt, chief executive. "We enter the new year with confidence," added Holt.',
        [
            ("This was an outstanding year for our people", "holt"),
            ("We enter the new year with confidence", "holt"),
        ],
        2,
    ),
    # --- parliament ---
    (
        "hansard-labels",
        "Dale Rook (Dorn West) (Lab): Will the Minister tell the House when the hospital will reopen?\n\nThe Minister for Health (Hana Ito): I can tell my hon. Friend that work will begin in the spring.",
        [
            ("Will the Minister tell the House when the hospital will reopen", "rook"),
            ("I can tell my hon. Friend that work will begin in the spring", "ito"),
        ],
        2,
    ),
    (
        "responding-for-the-government-told-mps",
        'Responding for the government, junior minister Ali Reza told MPs: "We will publish the review in full before the recess."',
        [("We will publish the review in full before the recess", "reza")],
        1,
    ),
    (
        "party-possessive-name-said",
        'Labour\'s Dale Rook said: "The people of Dorn have waited long enough for this hospital."',
        [("The people of Dorn have waited long enough for this hospital", "rook")],
        1,
    ),
    (
        "baroness-told-peers",
        'Baroness Hale told peers: "This bill gives ministers powers that no government should hold."',
        [("This bill gives ministers powers that no government should hold", "hale")],
        1,
    ),
    (
        "sir-name-the-chairman-said",
        "Sir Keith Ward, the chairman, said: 'The board has full confidence in the management team.'",
        [("The board has full confidence in the management team", "ward")],
        1,
    ),
    (
        "one-backbencher-said",
        'The vote was closer than expected. One Labour backbencher said: "The whips have lost control of the party."',
        [("The whips have lost control of the party", "backbencher")],
        1,
    ),
    # --- court ---
    (
        "mr-justice-told-defendant-as-sentence",
        'Tom Kemp, 41, was jailed for nine years. "You preyed on people who trusted you," Mr Justice Harlow told Kemp as he passed sentence.',
        [("You preyed on people who trusted you", "harlow")],
        1,
    ),
    (
        "sentencing-fronted-judge",
        'Sentencing, Judge Ruth Ames said: "The harm you caused cannot be undone."',
        [("The harm you caused cannot be undone", "ames")],
        1,
    ),
    (
        "in-his-ruling-judge-wrote-fragment",
        'In his ruling, Judge Omar Diaz wrote that the law was "plainly unconstitutional".',
        [("plainly unconstitutional", "diaz")],
        1,
    ),
    (
        "kc-after-name-told-the-jury",
        "Defence counsel Mark Ode KC told the jury: 'My client was not in Dorn that night.'",
        [("My client was not in Dorn that night", "ode")],
        1,
    ),
    (
        "statement-read-by-solicitor-he-said",
        'Tom Kemp, 41, is accused of fraud. Kemp, of Hill Road, Dorn, denies the charge. In a statement read outside court by his solicitor, he said: "I will clear my name."',
        [("I will clear my name", "kemp")],
        1,
    ),
    (
        "giving-evidence-ms-fragment",
        'Giving evidence, Ms Lowe said she "froze" when the man walked into the shop and "could not move at all".',
        [("could not move at all", "lowe")],
        None,
    ),
    (
        "asked-by-prosecutor-replied",
        'Asked by prosecutor Nina Hart whether he had seen the gun, Sam Cole replied: "I saw something in his hand, but I could not tell what."',
        [("I saw something in his hand, but I could not tell what", "cole")],
        1,
    ),
    # --- sport ---
    (
        "beamed-rovers-boss",
        '"The lads were magnificent from the first whistle," beamed Rovers boss Tony Kerr.',
        [("The lads were magnificent from the first whistle", "kerr")],
        1,
    ),
    (
        "quipped-name",
        'Asked about retirement, the 38-year-old goalkeeper Ivo Lund laughed. "I will stop when my knees tell me to," quipped Lund.',
        [("I will stop when my knees tell me to", "lund")],
        1,
    ),
    (
        "whose-side-added-colon",
        'Rovers manager Tony Kerr praised the fans. Kerr, whose side are unbeaten in ten games, added: "We take nothing for granted in this league."',
        [("We take nothing for granted in this league", "kerr")],
        1,
    ),
    (
        "the-dorn-captain-back-reference",
        'Dorn captain Eli Shaw scored the winner in the 89th minute. Speaking after the match, the Dorn captain said: "We never stopped believing."',
        [("We never stopped believing", "shaw")],
        1,
    ),
    (
        "the-kenyan-back-reference",
        'Kenyan runner Amos Kiprop won the Dorn marathon in record time. "The last five kilometres were very hard," the Kenyan said.',
        [("The last five kilometres were very hard", "kiprop")],
        1,
    ),
    (
        "the-frenchman-back-reference",
        'Frenchman Luc Moreau took the yellow jersey on Saturday. "Tomorrow is another mountain," the Frenchman told reporters.',
        [("Tomorrow is another mountain", "moreau")],
        1,
    ),
    # --- science ---
    (
        "co-author-from-university-added",
        'Co-author Dr Omar Said, from the University of Kessel, added: "We were surprised by how quickly the cells recovered."',
        [("We were surprised by how quickly the cells recovered", "said")],
        1,
    ),
    (
        "according-to-lead-researcher-after-fragment",
        'The findings, published in the journal Nature, "overturn decades of assumptions", according to lead researcher Ana Vos.',
        [("overturn decades of assumptions", "vos")],
        1,
    ),
    (
        "senior-author-professor-of-university",
        '"This changes how we think about ageing in the brain," said the study\'s senior author, Professor Mei Lin of Dorn University.',
        [("This changes how we think about ageing in the brain", "lin")],
        1,
    ),
    # --- unnamed speakers ---
    (
        "pm-official-spokesman-told-reporters",
        '"The prime minister has full confidence in the chancellor," the prime minister\'s official spokesman told reporters.',
        [("The prime minister has full confidence in the chancellor", "spokesman")],
        1,
    ),
    (
        "downing-street-source",
        'A Downing Street source said: "Nobody is going to be sacked over this."',
        [("Nobody is going to be sacked over this", "source")],
        1,
    ),
    (
        "western-diplomat-anonymity",
        '"The sanctions are starting to bite," a senior Western diplomat told Reuters on condition of anonymity.',
        [("The sanctions are starting to bite", "diplomat")],
        1,
    ),
    (
        "officer-at-the-scene-no-name",
        '"Please stay away from the area," said a police officer at the scene, who did not give his name.',
        [("Please stay away from the area", "officer")],
        1,
    ),
    (
        "spokesperson-for-police-said",
        'Two men were arrested. "Both remain in custody," a spokesperson for Kessel Police said.',
        [("Both remain in custody", "spokesperson|police")],
        1,
    ),
    # --- asides between the name and the verb ---
    (
        "speaking-from-home-interrupts",
        '"I never expected to win," Ana Bell, speaking from her home in Dorn, told the BBC.',
        [("I never expected to win", "bell")],
        1,
    ),
    (
        "dashes-between-name-and-verb",
        '"It was time to go," Omar Nasser \u2014 who resigned last week \u2014 told the Dorn Gazette.',
        [("It was time to go", "nasser")],
        1,
    ),
    (
        "pictured-bracket-before-said",
        'Headteacher Ruth Ames (pictured) said: "Our pupils deserve a safe building."',
        [("Our pupils deserve a safe building", "ames")],
        1,
    ),
    (
        "her-voice-breaking-absolute",
        'Grace Obi lost her son in the fire. "He was my whole world," Ms Obi said, her voice breaking.',
        [("He was my whole world", "obi")],
        1,
    ),
    (
        "said-when-asked-about",
        '"We have made him a very good offer," Rovers chairman Bill Lane said when asked about the striker\'s contract.',
        [("We have made him a very good offer", "lane")],
        1,
    ),
    (
        "according-to-statement-from-lawyer-named",
        'The singer "denies every allegation", according to a statement from his lawyer, Dan Bell.',
        [("denies every allegation", "bell")],
        1,
    ),
    # --- speaker named after a long quotation ---
    (
        "long-quote-then-said-name-who-chairs",
        '"We knew the risks when we started, and we knew that the banks would not lend to us, but the town needed a cinema and nobody else was going to build one," said Marta Koenig, who chairs the cooperative.',
        [("We knew the risks when we started, and we knew that the banks would not lend to us, but the town needed a cinema and nobody else was going to build one", "koenig")],
        1,
    ),
    (
        "two-paragraph-quote-attribution-end-of-first",
        '"The water rose faster than anyone had predicted," said Hans Ode, the county\'s emergency manager. "By midnight we had moved 300 people.\n\n"By morning the whole valley was under water."',
        [
            ("The water rose faster than anyone had predicted", "ode"),
            ("By midnight we had moved 300 people", "ode"),
            ("By morning the whole valley was under water", "ode"),
        ],
        None,
    ),
    # --- chains across paragraphs ---
    (
        "chain-she-he-then-surname",
        'Finance Minister Hana Ito defended the budget on Tuesday.\n\n"It is fair and it is responsible," she said.\n\nOpposition leader Dale Rook disagreed.\n\n"It is neither," he said.\n\n"Mr Rook has never balanced a budget in his life," Ito responded.',
        [
            ("It is fair and it is responsible", "ito"),
            ("It is neither", "rook"),
            ("Mr Rook has never balanced a budget in his life", "ito"),
        ],
        3,
    ),
    (
        "chain-the-minister-after-another-person",
        'Education Minister Sofia Lind announced the plan on Monday. Teachers\' leader Pat Byrne called it "a sticking plaster".\n\n"We are giving schools more money than ever," the minister said.',
        [
            ("a sticking plaster", "byrne"),
            ("We are giving schools more money than ever", "lind"),
        ],
        2,
    ),
    (
        "chain-the-company-after-its-critic",
        'Halden Mining will cut 500 jobs at its Dorn plant. Union organiser Mark Fry said workers were "stunned".\n\n"This was a difficult decision taken after a long review," the company said.',
        [
            ("stunned", "fry"),
            ("This was a difficult decision taken after a long review", "halden|mining"),
        ],
        2,
    ),
    (
        "chain-the-lender-said",
        'Norland Savings Bank will close 40 branches next year. "More than 90 percent of our customers now bank online," the lender said.',
        [("More than 90 percent of our customers now bank online", "bank|savings")],
        1,
    ),
    (
        "chain-the-oscar-winner",
        'Oscar winner Jane Doyle joined the protest outside parliament on Saturday. "Artists cannot stay silent on this," the Oscar winner told the crowd.',
        [("Artists cannot stay silent on this", "doyle")],
        1,
    ),
    (
        "chain-the-veteran-after-young",
        'Veteran striker Carl Moss, 36, came off the bench to score, after 19-year-old Jake Penn had hit the post. "The kid will be a star," the veteran said.',
        [("The kid will be a star", "moss")],
        1,
    ),
    (
        "chain-pronoun-across-quote-paragraph",
        'Lena Dahl says she has not slept properly since the storm.\n\n"Every time the wind picks up, I am back in that night."\n\nShe adds: "The insurance still has not paid a penny."',
        [
            ("Every time the wind picks up, I am back in that night", "dahl"),
            ("The insurance still has not paid a penny", "dahl"),
        ],
        2,
    ),
    # --- other constructions ---
    (
        "present-says-name-age-who-has-kept",
        '"It is a lonely life, but I would not change it," says Mo Greer, 71, who has kept the lighthouse since 1989.',
        [("It is a lonely life, but I would not change it", "greer")],
        1,
    ),
    (
        "asked-if-laughed-colon",
        'Asked if he would stand again, Mr Ode laughed: "Ask me again in a year."',
        [("Ask me again in a year", "ode")],
        1,
    ),
    (
        "put-it-bluntly-colon",
        'Union leader Dara Quinn put it bluntly: "This offer is an insult to every nurse in the country."',
        [("This offer is an insult to every nurse in the country", "quinn")],
        1,
    ),
    (
        "told-podcast-possessive-outlet",
        '"I should have left the club years ago," Kerr told The Dorn Gazette\'s weekly podcast.',
        [("I should have left the club years ago", "kerr")],
        1,
    ),
    (
        "in-a-statement-on-club-website-name",
        'In a statement posted on the club\'s website, chairman Bill Lane said: "Tony leaves with our thanks and our best wishes."',
        [("Tony leaves with our thanks and our best wishes", "lane")],
        1,
    ),
    (
        "statement-signed-by-chair",
        'The Dorn Residents Group issued a statement on Sunday. "We will fight this in the courts if we have to," said the statement, signed by the group\'s chair, Hana Berg.',
        [("We will fight this in the courts if we have to", "berg|group")],
        1,
    ),
    (
        "wikinews-said-in-a-statement-org-fragment",
        'The Kessel Football Club said in a statement that it was "shocked and saddened" by the death of its former captain.',
        [("shocked and saddened", "club|kessel")],
        1,
    ),
    (
        "in-a-statement-police-said-fragment",
        'In a statement, Dorn Police said the man "was known to officers" and had been released on bail.',
        [("was known to officers", "police")],
        1,
    ),
    (
        "retorted-second-speaker",
        '"We will appeal this decision," said Ode. "They will lose again," retorted Kerr.',
        [
            ("We will appeal this decision", "ode"),
            ("They will lose again", "kerr"),
        ],
        2,
    ),
]


# Batch 2, written (with its expected speakers) after batch 1's fixes and before the engine ran on
# it: Wikinews-like sentences with several people, organisations that speak through officers,
# quotations whose sentence also names the person addressed or discussed, and speech reported
# inside long encyclopaedic sentences.
PROBES_2: list[tuple[str, str, list[tuple[str, str]], int | None]] = [
    (
        "wn-in-a-press-conference-on-day",
        'In a press conference on Wednesday, Kessel police commissioner Rolf Amsel said officers had "acted within the law" during the protest.',
        [("acted within the law", "amsel")],
        1,
    ),
    (
        "wn-possessive-spokesperson-name-said",
        'The airline\'s spokesperson Maria Delgado said: "All passengers have been offered a full refund."',
        [("All passengers have been offered a full refund", "delgado")],
        1,
    ),
    (
        "wn-reported-as-saying-by-outlet-name-after",
        'The Dorn Herald reported the mayor, Ines Koval, as saying the budget was "the hardest in a decade".',
        [("the hardest in a decade", "koval")],
        1,
    ),
    (
        "wn-named-object-in-quote-sentence",
        '"I have told Prime Minister Hale that we will not support this bill," opposition leader Ruth Baines said.',
        [("I have told Prime Minister Hale that we will not support this bill", "baines")],
        1,
    ),
    (
        "wn-quote-about-other-person-then-said",
        'Eva Marsh praised her former coach. "Without Tom Ricci I would never have made it to the Olympics," Marsh said.',
        [("Without Tom Ricci I would never have made it to the Olympics", "marsh")],
        1,
    ),
    (
        "wn-organisation-then-its-director-named",
        'The Norland Red Cross sent 40 volunteers to the flooded towns. Its director, Pieter Smal, told Wikinews: "The need is enormous and it is growing every hour."',
        [("The need is enormous and it is growing every hour", "smal")],
        1,
    ),
    (
        "wn-wrote-in-a-letter-to-the-editor",
        'Former judge Alan Crewe wrote in a letter to the Dorn Herald that the ruling was "a grave mistake".',
        [("a grave mistake", "crewe")],
        1,
    ),
    (
        "wn-announced-on-its-website-org",
        'The Kessel Marathon announced on its website that the race "will go ahead as planned" despite the heat.',
        [("will go ahead as planned", "marathon|kessel")],
        1,
    ),
    (
        "wn-quote-mid-attribution-two-sentences",
        '"We were not consulted," said Anna Vik, who chairs the fishermen\'s association. "Nobody from the ministry has ever visited this harbour."',
        [
            ("We were not consulted", "vik"),
            ("Nobody from the ministry has ever visited this harbour", "vik"),
        ],
        2,
    ),
    (
        "wn-he-after-two-named-men-subject-first",
        'Defence Minister Jan Hollis met General Omar Bakr in Cairo on Monday. Hollis said afterwards that the talks were useful. "We agreed on more than I expected," he said.',
        [("We agreed on more than I expected", "hollis")],
        1,
    ),
    (
        "wn-she-across-paragraph-after-org-quote",
        'Kessel Council leader Mary Oduya announced the closures on Tuesday.\n\nThe council said it had "no other option" after cuts to its grant.\n\n"I did not come into politics to close libraries," she said.',
        [
            ("no other option", "council|kessel"),
            ("I did not come into politics to close libraries", "oduya"),
        ],
        2,
    ),
    (
        "wn-the-agency-said-acronym-before",
        'The European Space Agency (ESA) lost contact with the probe on Friday. "Engineers are working to restore the link," the agency said.',
        [("Engineers are working to restore the link", "agency|esa")],
        1,
    ),
    (
        "wn-statement-issued-through-lawyers",
        'In a statement issued through her lawyers, the actress Nora Vance said she was "devastated" and would "fight to clear my name".',
        [("fight to clear my name", "vance")],
        None,
    ),
    (
        "wn-tweet-quoted-after-colon-name-before",
        'Shortly after the result, Senator Hugo Lind tweeted: "A great night for the people of this state."',
        [("A great night for the people of this state", "lind")],
        1,
    ),
    (
        "wn-interview-with-outlet-possessive-name",
        'In an interview with the Dorn Herald, the festival\'s founder, Ray Olsen, said: "We will be back next year, bigger than ever."',
        [("We will be back next year, bigger than ever", "olsen")],
        1,
    ),
    (
        "wire-said-in-a-note-to-clients",
        '"The market is pricing in too many cuts," analysts at Kessel Bank said in a note to clients.',
        [("The market is pricing in too many cuts", "analysts|bank")],
        1,
    ),
    (
        "wire-told-a-briefing",
        'Military spokesman Colonel Ali Hamdan told a briefing in Baghdad: "The area has been secured and residents can return."',
        [("The area has been secured and residents can return", "hamdan")],
        1,
    ),
    (
        "uk-told-the-inquiry-single-marks-chair",
        "The inquiry chair, Sir Martin Hale, told the hearing: 'We will follow the evidence wherever it leads.'",
        [("We will follow the evidence wherever it leads", "hale")],
        1,
    ),
    (
        "uk-her-mother-said-named-earlier",
        "Chloe Fenn, 16, died in the crash. Her mother, Sarah Fenn, said: 'She lit up every room she walked into.'",
        [("She lit up every room she walked into", "fenn")],
        1,
    ),
    (
        "court-the-court-heard-then-said",
        'Prosecutor Jane Odell said the defendant had "lied to everyone around him" for years.',
        [("lied to everyone around him", "odell")],
        1,
    ),
    (
        "sport-the-manager-after-player",
        'Ivan Petric scored twice for Rovers. Manager Luis Gomez said: "Ivan was the difference today." Gomez added that Petric would start on Saturday.',
        [("Ivan was the difference today", "gomez")],
        1,
    ),
    (
        "science-said-the-researcher-after-university",
        'The team at Kessel University tracked 300 bats for two years. "They remember routes better than we thought," said researcher Lina Hovde.',
        [("They remember routes better than we thought", "hovde")],
        1,
    ),
    (
        "business-chief-executive-on-call",
        'Speaking on a call with journalists, Halden chief executive Nils Berg said: "We will not raise prices this year."',
        [("We will not raise prices this year", "berg")],
        1,
    ),
    (
        "parliament-the-speaker-said",
        'Speaker Rosa Amadi suspended the sitting after shouting broke out. "This house will not be intimidated," the Speaker said.',
        [("This house will not be intimidated", "amadi")],
        1,
    ),
    (
        "the-two-said-joint-quote-single-speaker-after",
        'Kessel and Dorn signed the agreement on Monday. "This is a new chapter," said Kessel\'s mayor, Ana Ruiz.',
        [("This is a new chapter", "ruiz")],
        1,
    ),
]


# Batch 5, written (with its expected speakers) before the engine ran on it: asides between the
# subject and the verb, replies and questions, interviews by phone, remarks on television.
PROBES_5: list[tuple[str, str, list[tuple[str, str]], int | None]] = [
    (
        "according-to-name-fronted-full-quote",
        'According to Berit Lunde, the plan was never costed. "Nobody has shown me a single figure," she said.',
        [("Nobody has shown me a single figure", "lunde")],
        1,
    ),
    (
        "told-afp-by-phone-colon",
        'Village head Ahmad Karimi told AFP by phone: "The road is cut and we have no food left."',
        [("The road is cut and we have no food left", "karimi")],
        1,
    ),
    (
        "remarks-broadcast-on-state-tv",
        'In remarks broadcast on state television, President Omar Saleh said the country would "never bow to pressure".',
        [("never bow to pressure", "saleh")],
        1,
    ),
    (
        "was-more-cautious-colon",
        'Economist Lena Brandt was more cautious: "One good month does not make a recovery."',
        [("One good month does not make a recovery", "brandt")],
        1,
    ),
    (
        "phone-interview-from-her-home",
        '\u201cWe lost the whole harvest,\u201d Ms. Ortega said in a phone interview from her home in Dorn.',
        [("We lost the whole harvest", "ortega")],
        1,
    ),
    (
        "said-mr-who-nyt",
        'Rafael Ortega runs the only bakery in town. \u201cPeople still come every morning,\u201d said Mr. Ortega, who opened the shop in 1998.',
        [("People still come every morning", "ortega")],
        1,
    ),
    (
        "question-asked-resident",
        '"Why did nobody warn us before the water came?" asked resident Tom Hale.',
        [("Why did nobody warn us before the water came", "hale")],
        1,
    ),
    (
        "came-the-reply-from",
        '"We have no plans to change the policy," came the reply from the ministry\'s spokesman, Ivan Roth.',
        [("We have no plans to change the policy", "roth")],
        1,
    ),
    (
        "asked-whether-aside-then-said-colon",
        'Berg, asked whether she would resign, said: "I have done nothing wrong and I am staying." Anna Berg has led the agency since 2019.',
        [("I have done nothing wrong and I am staying", "berg")],
        1,
    ),
    (
        "in-a-rare-interview-aside",
        'The president, in a rare interview with the Dorn Herald, said: "I will not stand again." President Lukas Vahl is 71.',
        [("I will not stand again", "vahl")],
        1,
    ),
    (
        "age-said-as-she",
        '"I just want my son home," Irina Petrova, 54, said as she held up his photograph.',
        [("I just want my son home", "petrova")],
        1,
    ),
    (
        "the-nobel-laureate-said",
        'Physicist Ada Quist won the Nobel prize in 2019. "Science needs patience more than money," the Nobel laureate said.',
        [("Science needs patience more than money", "quist")],
        1,
    ),
    (
        "in-a-video-message-name-said",
        'Prime Minister Jonas Berg said in a video message on Sunday: "Stay at home and stay safe tonight."',
        [("Stay at home and stay safe tonight", "berg")],
        1,
    ),
    (
        "chinese-spokesperson-title-before",
        'Foreign ministry spokesperson Lin Wei said the visit was "a serious provocation".',
        [("a serious provocation", "wei|lin")],
        1,
    ),
    (
        "whose-company-after-inverted",
        '"The order book is full until 2027," said Karl Berge, whose company builds ferries in Dorn.',
        [("The order book is full until 2027", "berge")],
        1,
    ),
    (
        "that-is-according-to-next-sentence",
        '"Prices will keep rising through the summer." That is the view of Ruth Amsel, chief economist at Kessel Bank.',
        [("Prices will keep rising through the summer", "amsel")],
        1,
    ),
]


# Probes the rules do not pass, each with what is missing (strict: they fail, or the mark goes).
GAPS: dict[str, str] = {
    "according-to-name-fronted-full-quote": "'Berit' is no given name the lexicon knows, and 'according to X' is no evidence of a "
    "person (bodies are sources as often), so 'she' has no one to point to",
}


@pytest.mark.parametrize(
    ("text", "expected", "count"),
    [
        pytest.param(*p[1:], id=p[0], marks=gap_marks(p[0], GAPS)) for p in PROBES + PROBES_2 + PROBES_5
    ],
)
def test_round8_quotation_wording_finds_the_words_and_the_speaker(text, expected, count):
    assert_quotations(text, expected, count)


# Batch 3, whole invented articles written (with every quotation's speaker and every person's role)
# before the engine ran on them: speaker chains across paragraphs with pronouns and role nouns,
# bodies and their officers, a second person of the same sex in between.
FERRY_ARTICLE = """Ferry operator suspends Dorn crossing after engine fire

Thursday, May 15, 2025

Norland Ferries suspended its Dorn to Kessel crossing on Wednesday after a fire broke out in the engine room of the MV Karin with 212 passengers on board.

The company's operations director, Henrik Vass, said the crew had put out the fire within twenty minutes. "Nobody was hurt, and the ship returned to Dorn under its own power," Vass told reporters at the port.

Passenger Olga Nyberg, who was travelling with her two children, described the scene on deck. "People were calm, but we could smell the smoke everywhere," she said. "The crew kept telling us it was under control."

The Maritime Safety Agency has opened an investigation. Its chief inspector, Bruno Hallin, said the agency would examine the ship's maintenance records. "We want to know whether this fire could have been prevented," the inspector said.

Local MP Anita Roos called for the crossing to stay closed until the investigation is finished. "Safety must come before the timetable," Roos said. She added that she had written to the transport minister.

In a statement, Norland Ferries said it "deeply regrets" the disruption. "We will reopen the route only when we are fully satisfied that it is safe," the company said.
"""

DERBY_ARTICLE = """Late Moss goal settles Dorn derby

Dorn City 2 Dorn Rovers 1

Carl Moss came off the bench to score the winner in the 88th minute as City beat their neighbours for the first time in three years.

Rovers had led through an early penalty from captain Sam Okoro. City's manager, Ingrid Holm, made three changes at half-time. "I told them they were playing not to lose, and that is the worst way to play a derby," Holm said.

Moss, 34, was mobbed by his team-mates after his shot went in off the post. "I have waited my whole career for a goal like that," the veteran striker said. "My dad used to bring me to these games."

Rovers boss Tony Kerr was furious about the penalty that was not given in the first half. "It was a clear foul and everybody in the ground saw it," he said. "The referee had a poor game."

Okoro was more measured. "We lost because we stopped playing after the break," the Rovers captain told BBC Radio Dorn.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            FERRY_ARTICLE,
            [
                ("Nobody was hurt, and the ship returned to Dorn under its own power", "vass"),
                ("People were calm, but we could smell the smoke everywhere", "nyberg"),
                ("The crew kept telling us it was under control", "nyberg"),
                ("We want to know whether this fire could have been prevented", "hallin"),
                ("Safety must come before the timetable", "roos"),
                ("deeply regrets", "ferries|norland"),
                ("We will reopen the route only when we are fully satisfied that it is safe", "ferries|norland"),
            ],
            id="ferry-article",
        ),
        pytest.param(
            DERBY_ARTICLE,
            [
                ("I told them they were playing not to lose, and that is the worst way to play a derby", "holm"),
                ("I have waited my whole career for a goal like that", "moss"),
                ("My dad used to bring me to these games", "moss"),
                ("It was a clear foul and everybody in the ground saw it", "kerr"),
                ("The referee had a poor game", "kerr"),
                ("We lost because we stopped playing after the break", "okoro"),
            ],
            id="derby-article",
        ),
    ],
)
def test_round8_every_quotation_of_a_whole_article_has_its_speaker(text, expected):
    assert_article_speakers(text, expected)


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        pytest.param(
            FERRY_ARTICLE,
            {"Vass": "operations director|director", "Hallin": "chief inspector|inspector", "Roos": "mp", "Nyberg": "passenger"},
            id="ferry-article",
        ),
        pytest.param(
            DERBY_ARTICLE,
            {"Holm": "manager", "Okoro": "captain", "Kerr": "boss|manager", "Moss": "striker"},
            id="derby-article",  # (a strict xfail until round 9: the description's modifier and subject)
        ),
    ],
)
def test_round8_the_people_of_a_whole_article_have_their_roles(text, roles):
    people = {p.name.split()[-1]: (p.role or "") for p in find_people(Document(text)).people()}
    for surname, role in roles.items():
        assert surname in people, f"{surname} not among {people}"
        assert any(r in people[surname].lower() for r in role.split("|")), f"{surname}: {people[surname]!r}, expected {role!r}"


# Batch 6, a whole invented Wikinews page written (with every speaker and role) before the engine
# ran on it: an interpreter, an agency quoted by its acronym, a role noun for a named minister
# three paragraphs on, "it said" for a company, a fragment after "according to", and a woman
# quoted after two men.
MINE_ARTICLE = """Eleven miners rescued after five days underground in Norland

Sunday, October 12, 2025

Rescue teams in northern Norland on Saturday freed eleven miners who had been trapped for five days in a flooded copper mine near the town of Vass.

The mine's owner, Halden Copper, said all eleven men were in stable condition. "Our thoughts are with the families, who have waited with extraordinary courage," it said in a statement. The company's chief executive, Nils Ode, is expected to visit the site on Monday.

One of the rescued men, Arvid Lund, 48, spoke to reporters from his hospital bed. "We rationed the water and we sang to keep our spirits up," he said.

Mining Minister Petra Sandberg praised the rescuers. Speaking at a news conference in the capital, Marsk, she said the operation had been "a triumph of skill and patience". The National Mine Safety Authority (NMSA) has opened an inquiry into the flooding, which according to its preliminary report was caused by "a failure of the main drainage pump".

Jorge Alves, a Portuguese engineer who led one of the drilling teams, said through an interpreter: "The rock was harder than anything I have drilled before."

Union leader Karin Moe said miners had warned managers about the pumps for months. "These men should never have been down there," she said. The minister later told parliament that the inquiry would report by January.
"""


def test_round8_every_quotation_of_a_whole_wikinews_page_has_its_speaker():
    assert_article_speakers(
        MINE_ARTICLE,
        [
            ("Our thoughts are with the families, who have waited with extraordinary courage", "copper|halden"),
            ("We rationed the water and we sang to keep our spirits up", "lund"),
            ("a triumph of skill and patience", "sandberg"),
            ("a failure of the main drainage pump", "nmsa|authority"),
            ("The rock was harder than anything I have drilled before", "alves"),
            ("These men should never have been down there", "moe"),
        ],
    )


def test_round8_the_people_of_a_whole_wikinews_page_have_their_roles():
    people = {p.name.split()[-1]: (p.role or "") for p in find_people(Document(MINE_ARTICLE)).people()}
    roles = {"Ode": "chief executive", "Sandberg": "minister", "Alves": "engineer", "Moe": "leader"}
    for surname, role in roles.items():
        assert surname in people, f"{surname} not among {people}"
        assert any(r in people[surname].lower() for r in role.split("|")), f"{surname}: {people[surname]!r}, expected {role!r}"


@pytest.mark.xfail(
    reason="'One of the rescued men, Arvid Lund': a plural noun after 'one of' before the name gives no role, "
    "and 'miner' is said only of the group in the lead",
    strict=True,
)
def test_round8_one_of_the_rescued_men_is_a_miner():
    people = {p.name.split()[-1]: (p.role or "") for p in find_people(Document(MINE_ARTICLE)).people()}
    assert "miner" in people.get("Lund", "")
