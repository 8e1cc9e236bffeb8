"""Persons whose given name no lexicon knows, probed with invented news sentences (issue 13).

On unseen news most persons are not in any list the engine has, so speakers, roles and meetings
all rest on telling a capitalised pair that is a person ("Zanele Mbeki", "Petteri Koskinen",
"T.K. Obiri") from one that is not ("Costa Rica", "Goldman Sachs", "Davis Cup Finals"). Every
person's given name here is absent from `lexicons/given_names.txt` (a test checks it); the
sentences come from no corpus (wire, UK broadsheet, Wikinews, business, court, sport,
parliament) and cover the constructions that matter: subjects and objects of meetings,
speakers, appositive roles, possessives, lists, name particles, hyphens and initials. The
expectations were written before the engine was run on them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from engine_support import analysed, gap_marks

from briefs.engine import brief_article
from briefs.engine.meetings import find_meetings
from briefs.engine.people import lexicons
from briefs.engine.quotes import find_quotes
from briefs.model import Article


@dataclass(frozen=True)
class NameProbe:
    id: str
    text: str
    persons: tuple[str, ...] = ()  # person entities, named exactly so
    not_persons: tuple[str, ...] = ()  # no person's name shares a word with these
    meeting: tuple[str, ...] = ()  # one meeting whose participants name all these words
    speaker: str | None = None  # a word of the first quote's speaker
    role: tuple[str, str] | None = None  # (person, a word of the role)
    known_given: bool = False  # a given name the lexicon knows stands in the probe on purpose


PROBES = (
    # --- meetings: unknown given names as subject and object ---
    NameProbe(
        "met-object-subject",
        "Zanele Mbeki met Oluwaseun Okafor on Monday in Abuja.",
        persons=("Zanele Mbeki", "Oluwaseun Okafor"), not_persons=("Abuja",), meeting=("Mbeki", "Okafor"),
        known_given=True,
    ),
    NameProbe(
        "fronted-day-met",
        "On Monday, Tendai Moyo met Chipo Banda in Lusaka to discuss the drought.",
        persons=("Tendai Moyo", "Chipo Banda"), meeting=("Moyo", "Banda"),
    ),
    NameProbe(
        "held-talks-with-hyphenated",
        "Shavkat Rakhimov held talks with Kassym-Jomart Tokayev in Astana on Tuesday.",
        persons=("Shavkat Rakhimov", "Kassym-Jomart Tokayev"), meeting=("Rakhimov", "Tokayev"),
    ),
    NameProbe(
        "visited",
        "Petteri Koskinen visited Gitanas Vaitkus in Vilnius last week to discuss air defence.",
        persons=("Petteri Koskinen", "Gitanas Vaitkus"), meeting=("Koskinen", "Vaitkus"),
    ),
    NameProbe(
        "talks-between",
        "Talks between Nayib Quintanilla and Xiomara Castañeda ended without agreement in Tegucigalpa on Friday.",
        persons=("Nayib Quintanilla", "Xiomara Castañeda"), meeting=("Quintanilla", "Castañeda"),
    ),
    NameProbe(
        "welcomed",
        "Sitiveni Rabukana welcomed Taneti Maamau to Suva on Thursday for talks on fisheries.",
        persons=("Sitiveni Rabukana", "Taneti Maamau"), meeting=("Rabukana", "Maamau"),
    ),
    NameProbe(
        "pair-met",
        "Yamandú Echeverría and Irfaan Persaud met in Georgetown on Wednesday.",
        persons=("Yamandú Echeverría", "Irfaan Persaud"), meeting=("Echeverría", "Persaud"),
    ),
    NameProbe(
        "spoke-by-telephone",
        "Ebrahim Raisani spoke by telephone with Shehbaz Qureshi on Sunday, state media reported.",
        persons=("Ebrahim Raisani", "Shehbaz Qureshi"), meeting=("Raisani", "Qureshi"),
    ),
    NameProbe(
        "hosted-uk",
        "Keir Whitfield hosted Mette Halvorsen at Chequers on Saturday.",
        persons=("Keir Whitfield", "Mette Halvorsen"), meeting=("Whitfield", "Halvorsen"), known_given=True,
    ),
    NameProbe(
        "received",
        "Anura Dissanayaka received Ranil Wijesekara at the presidential secretariat in Colombo on Monday.",
        persons=("Anura Dissanayaka", "Ranil Wijesekara"), meeting=("Dissanayaka", "Wijesekara"),
        not_persons=("Colombo",),
    ),
    NameProbe(
        "list-met",
        "Macky Diallo, Alassane Koné and Bakary Traoré met in Bamako on Saturday.",
        persons=("Macky Diallo", "Alassane Koné", "Bakary Traoré"), meeting=("Diallo", "Koné"),
    ),
    NameProbe(
        "particles-met",
        "Tariq bin Saeed met Nawaf al-Mutairi in Riyadh on Monday.",
        persons=("Tariq bin Saeed", "Nawaf al-Mutairi"), meeting=("Saeed", "Mutairi"),
    ),
    NameProbe(
        "dutch-particles-met",
        "Wouter van der Velde met Sjoerd de Groot in The Hague on Tuesday.",
        persons=("Wouter van der Velde", "Sjoerd de Groot"), meeting=("Velde", "Groot"),
    ),
    NameProbe(
        "hyphenated-given-met",
        "Jean-Baptiste Okello met Anne-Sophie Marchetti in Kigali on Wednesday.",
        persons=("Jean-Baptiste Okello", "Anne-Sophie Marchetti"), meeting=("Okello", "Marchetti"),
    ),
    NameProbe(
        "initials-met",
        "T.K. Obiri met R.N. Sabharwal in Nairobi on Thursday to discuss the loan.",
        persons=("T.K. Obiri", "R.N. Sabharwal"), meeting=("Obiri", "Sabharwal"),
    ),
    NameProbe(
        "where-she-met",
        "Vjosa Berisha flew to Brussels on Monday, where she met Edi Ramaj.",
        persons=("Vjosa Berisha", "Edi Ramaj"), meeting=("Berisha", "Ramaj"),
    ),
    NameProbe(
        "wikinews-met",
        "Thursday, March 6, 2025\n\nGulnara Saparova, the mayor of Osh, met Aidos Nurlanov on Wednesday to "
        "discuss the city's water supply.",
        persons=("Gulnara Saparova", "Aidos Nurlanov"), meeting=("Saparova", "Nurlanov"),
        role=("Gulnara Saparova", "mayor"),
    ),
    NameProbe(
        "met-with-title-object",
        "Dilrukshi Gunawardena met Foreign Minister Yogendra Thapa in Kathmandu on Friday.",
        persons=("Dilrukshi Gunawardena", "Yogendra Thapa"), meeting=("Gunawardena", "Thapa"),
    ),
    # --- speakers ---
    NameProbe(
        "said-after",
        '"We will not retreat," said Bassirou Faye.',
        persons=("Bassirou Faye",), speaker="Faye",
    ),
    NameProbe(
        "told-reporters",
        "\"The harvest failed,\" Mahamat Déby told reporters in N'Djamena.",
        persons=("Mahamat Déby",), speaker="Déby",
    ),
    NameProbe(
        "said-before-day",
        '"We expect a deal by June," Kyriakos Papadakis said on Tuesday.',
        persons=("Kyriakos Papadakis",), speaker="Papadakis",
    ),
    NameProbe(
        "colon-quote",
        'Micheál Breathnach said: "The island deserves better."',
        persons=("Micheál Breathnach",), speaker="Breathnach",
    ),
    NameProbe(
        "said-adding",
        '"There is no crisis," Samia Mwinyi said, adding that prices had stabilised.',
        persons=("Samia Mwinyi",), speaker="Mwinyi",
    ),
    NameProbe(
        "said-appositive-role",
        "\"It is a sad day,\" said Félix Tshilombo, the country's interior minister.",
        persons=("Félix Tshilombo",), speaker="Tshilombo", role=("Félix Tshilombo", "interior minister"),
    ),
    NameProbe(
        "initials-speaker",
        '"We were blindsided," said J.P. Mwangangi, a county official.',
        persons=("J.P. Mwangangi",), speaker="Mwangangi",
    ),
    NameProbe(
        "told-the-bbc",
        'Ketanji Olumide told the BBC: "Nobody warned us."',
        persons=("Ketanji Olumide",), speaker="Olumide",
    ),
    NameProbe(
        "quote-then-pronoun",
        'Bujar Krasniqi arrived late. "The figures are wrong," he told the committee.',
        persons=("Bujar Krasniqi",), speaker="Krasniqi",
    ),
    NameProbe(
        "second-speaker-by-surname",
        "Ingrida Kalniņa opened the session. \"We have no money,\" Kalniņa said.",
        persons=("Ingrida Kalniņa",), speaker="Kalniņa",
    ),
    # --- roles in apposition, ages, person verbs ---
    NameProbe(
        "appositive-foreign-minister",
        "Kaja Tamm, the foreign minister, arrived in Brussels on Monday.",
        persons=("Kaja Tamm",), role=("Kaja Tamm", "foreign minister"),
    ),
    NameProbe(
        "appositive-possessive-president",
        "Gitanas Nausėdis, Lithuania's president, called for more troops.",
        persons=("Gitanas Nausėdis",), role=("Gitanas Nausėdis", "president"),
    ),
    NameProbe(
        "age-commas",
        "Ilham Aliyar, 62, has ruled the country since 2003.",
        persons=("Ilham Aliyar",),
    ),
    NameProbe(
        "age-brackets",
        "Irakli Kobadze (47) stepped down on Friday after the vote.",
        persons=("Irakli Kobadze",),
    ),
    NameProbe(
        "who-leads",
        "Sanna Virtala, who leads the Social Democrats, conceded defeat on Sunday night.",
        persons=("Sanna Virtala",), not_persons=("Social Democrats",),
    ),
    NameProbe(
        "resigned",
        "Sadyr Japarbekov resigned on Tuesday after weeks of protests.",
        persons=("Sadyr Japarbekov",),
    ),
    NameProbe(
        "sworn-in",
        "Emomali Rahmonzoda was sworn in for a fifth term on Friday.",
        persons=("Emomali Rahmonzoda",),
    ),
    NameProbe(
        "sprinter",
        "Kagiso Molefe, a 23-year-old sprinter, won gold in the 200 metres.",
        persons=("Kagiso Molefe",), role=("Kagiso Molefe", "sprinter"),
    ),
    NameProbe(
        "business-chief",
        "Satya Raghunathan, chief executive of Orbis Systems, said revenue rose 8 per cent.",
        persons=("Satya Raghunathan",), role=("Satya Raghunathan", "chief executive"), not_persons=("Orbis Systems",),
    ),
    NameProbe(
        "title-before",
        "Prime Minister Shigeru Ishikawa dissolved the lower house on Thursday.",
        persons=("Shigeru Ishikawa",), role=("Shigeru Ishikawa", "prime minister"),
    ),
    # --- possessives ---
    NameProbe(
        "possessive-government",
        "Abiy Tesfaye's government announced a ceasefire on Tuesday.",
        persons=("Abiy Tesfaye",),
    ),
    NameProbe(
        "possessive-coalition",
        "Prabowo Santoso's coalition won a majority in the House on Sunday.",
        persons=("Prabowo Santoso",),
    ),
    # --- later mentions: pronoun, courtesy title, surname ---
    NameProbe(
        "mr-later",
        "Nurlan Abenov won the vote by a wide margin. Mr Abenov thanked his supporters.",
        persons=("Nurlan Abenov",),
    ),
    NameProbe(
        "ms-later",
        "Evika Liepiņa took office on Monday. Ms Liepiņa is the country's second woman premier.",
        persons=("Evika Liepiņa",),
    ),
    NameProbe(
        "surname-later",
        "Tharindu Jayasekara met the ambassador on Monday. Jayasekara later flew to Kandy.",
        persons=("Tharindu Jayasekara",), not_persons=("Kandy",),
    ),
    NameProbe(
        "pronoun-next",
        "Masoud Pezeshkiani arrived in Baku on Monday. He is expected to sign a gas deal.",
        persons=("Masoud Pezeshkiani",), not_persons=("Baku",),
    ),
    # --- court, sport, parliament ---
    NameProbe(
        "judge-sentenced",
        "Judge Wanjiku Kamau sentenced Babajide Olatunji to six years in prison on Monday.",
        persons=("Wanjiku Kamau", "Babajide Olatunji"), known_given=True,
    ),
    NameProbe(
        "defendant",
        "Defendant Hristijan Petrovski denied the charges at Skopje Basic Court on Monday.",
        persons=("Hristijan Petrovski",), not_persons=("Skopje Basic Court",),
    ),
    NameProbe(
        "sport-scored",
        "Tevita Fifita scored twice as Tonga beat Fiji 24-10 in Nuku'alofa.",
        persons=("Tevita Fifita",), not_persons=("Tonga", "Fiji"),
    ),
    NameProbe(
        "parliament-told",
        "Fiamē Tuilagi told parliament on Tuesday that the bill would be withdrawn.",
        persons=("Fiamē Tuilagi",),
    ),
    NameProbe(
        "one-word-names",
        "Indonesian President Prabowo met Anwar on Monday in Jakarta. Anwar said the talks were useful.",
        persons=("Prabowo", "Anwar"), meeting=("Prabowo", "Anwar"),
    ),
    # --- not persons ---
    NameProbe(
        "bank-said",
        "Goldman Sachs said on Monday it would cut 3,000 jobs. The bank met regulators in March.",
        not_persons=("Goldman Sachs",),
    ),
    NameProbe(
        "two-countries",
        "Costa Rica and Sri Lanka signed a trade pact on Tuesday.",
        not_persons=("Costa Rica", "Sri Lanka"),
    ),
    NameProbe(
        "event",
        "The Davis Cup Finals will be held in Malaga in November.",
        not_persons=("Davis Cup Finals",),
    ),
    NameProbe(
        "product",
        "Ford said the Mustang Mach E would be recalled. The Mustang Mach E was launched in 2020.",
        not_persons=("Mustang Mach E",),
    ),
    NameProbe(
        "title-case-headline-line",
        "Heavy Rain Hits Coastal Towns\n\nFloods cut roads across the region on Monday, officials said.",
        not_persons=("Heavy Rain", "Coastal Towns"),
    ),
    NameProbe(
        "capital-said",
        "New Delhi said it would respond to the tariffs. New Delhi has not yet set a date.",
        not_persons=("New Delhi",),
    ),
    NameProbe(
        "park",
        "Golden Gate Park was packed on Sunday as the festival opened.",
        not_persons=("Golden Gate",),
    ),
    NameProbe(
        "firm-met",
        "Morgan Stanley met investors in London on Monday, and Credit Suisse said it would follow.",
        not_persons=("Morgan Stanley", "Credit Suisse"),
    ),
    NameProbe(
        "country-possessive",
        "Burkina Faso's junta met Mali's leaders in Ouagadougou on Friday.",
        not_persons=("Burkina Faso",),
    ),
    NameProbe(
        "country-sport",
        "Sierra Leone beat Guinea Bissau 2-1 on Saturday. Sierra Leone now top the group.",
        not_persons=("Sierra Leone", "Guinea Bissau"),
    ),
    NameProbe(
        "city-hosted",
        "Abu Dhabi hosted talks between the two sides on Tuesday.",
        not_persons=("Abu Dhabi",),
    ),
    NameProbe(
        "city-pronoun",
        "Luis Ortega toured Porto Alegre on Monday. He said the damage was severe.",
        persons=("Luis Ortega",), not_persons=("Porto Alegre",), known_given=True,
    ),
    NameProbe(
        "city-it",
        "Kuala Lumpur said the talks would resume. It gave no date.",
        not_persons=("Kuala Lumpur",),
    ),
    NameProbe(
        "landmark",
        "Tiananmen Square was sealed off on Tuesday, and Lake Victoria rose by a metre.",
        not_persons=("Tiananmen Square", "Lake Victoria"),
    ),
    NameProbe(
        "region-met",
        "Silicon Valley investors met ministers in Paris on Monday.",
        not_persons=("Silicon Valley",),
    ),
    NameProbe(
        "bank-said-profit",
        "Banco Santander said profits rose by a fifth. Santander shares rose 3%.",
        not_persons=("Banco Santander", "Santander"),
    ),
    NameProbe(
        "storm",
        "Storm Babet hit Scotland on Thursday, and Storm Babet's winds felled trees.",
        not_persons=("Babet",),
    ),
    NameProbe(
        "video-game",
        "Grand Theft Auto sold 10 million copies in its first week.",
        not_persons=("Grand Theft Auto",),
    ),
    NameProbe(
        "carmaker-met",
        "Land Rover said it met dealers on Monday. Air Canada met union leaders on Friday.",
        not_persons=("Land Rover", "Air Canada"),
    ),
    NameProbe(
        "islands-met",
        "Tuvalu, Fiji and Samoa met in Apia on Monday to discuss sea-level rise.",
        not_persons=("Tuvalu", "Fiji", "Samoa", "Apia"),
    ),
    NameProbe(
        "mountain-closed",
        "Mount Kenya was closed to climbers after the fire, and Porto Alegre was flooded again.",
        not_persons=("Mount Kenya", "Porto Alegre"),
    ),
    NameProbe(
        "sentence-initial-phrase",
        "Fresh Fighting broke out on Monday. Despite Warnings from the UN, convoys left Khartoum.",
        not_persons=("Fresh Fighting", "Despite Warnings"),
    ),
    NameProbe(
        "tournament",
        "Africa Cup of Nations organisers met Confederation officials in Rabat on Tuesday.",
        not_persons=("Africa Cup", "Nations"),
    ),
    NameProbe(
        "the-pair-again",
        "The Blue Mosque was packed. Tourists queued outside the Blue Mosque for hours.",
        not_persons=("Blue Mosque",),
    ),
)


# Batch 2, written after the first fixes and before the engine was run on it: more ways a person
# is told, and look-alikes that the new evidence could mistake for one.
PROBES_2 = (
    NameProbe(
        "next-sentence-age",
        "Lindiwe Mahlangu stepped off the plane in Durban. The 61-year-old has led the union since 2009.",
        persons=("Lindiwe Mahlangu",),
    ),
    NameProbe(
        "quote-she-said-next",
        'Thandeka Zwane opened the clinic on Friday. "We waited ten years for this," she said.',
        persons=("Thandeka Zwane",), speaker="Zwane",
    ),
    NameProbe(
        "lower-title-economist",
        "Economists such as Nkiruka Adebayo warned that inflation would rise.",
        persons=("Nkiruka Adebayo",),
    ),
    NameProbe(
        "met-objects-list",
        "The envoy met Jasur Nazarov and Dilnoza Karimova in Tashkent on Tuesday.",
        persons=("Jasur Nazarov", "Dilnoza Karimova"), meeting=("Nazarov", "Karimova"),
    ),
    NameProbe(
        "talks-with-initials",
        "Talks with K.V. Ramanathan stalled on Wednesday.",
        persons=("K.V. Ramanathan",),
    ),
    NameProbe(
        "sentence-start-wife",
        "Ravshan Yuldashev's wife told the court he had been beaten in custody.",
        persons=("Ravshan Yuldashev",),
    ),
    NameProbe(
        "held-talks-then-said",
        "Ulugbek Tashkentov held talks with the IMF on Monday. \"The programme is on track,\" Tashkentov said.",
        persons=("Ulugbek Tashkentov",), speaker="Tashkentov",
    ),
    NameProbe(
        "pronoun-after-fronted",
        "On Sunday, Matiu Rangihau walked out of the hui. He later told Radio New Zealand the process was flawed.",
        persons=("Matiu Rangihau",),
    ),
    NameProbe(
        "possessive-lawyer",
        "Oyelaran Adesina's lawyer said the charges would be contested.",
        persons=("Oyelaran Adesina",),
    ),
    NameProbe(
        "age-and-met",
        "Giedrė Paulauskienė, 45, met protesters outside the Seimas on Thursday.",
        persons=("Giedrė Paulauskienė",),
    ),
    NameProbe(
        "spoke-by-phone-subject-list",
        "Abdulaziz Kamilov and Bakhtiyor Saidov spoke by phone on Friday about the border.",
        persons=("Abdulaziz Kamilov", "Bakhtiyor Saidov"), meeting=("Kamilov", "Saidov"),
    ),
    # --- look-alikes the new evidence must not take ---
    NameProbe(
        "region-government",
        "Northern Territory's government announced a curfew, and Tamil Nadu's government closed schools.",
        not_persons=("Northern Territory", "Tamil Nadu"),
    ),
    NameProbe(
        "clubs-met",
        "Real Sociedad met Villarreal in the cup semi-final, and Sporting Braga hosted Porto on Sunday.",
        not_persons=("Real Sociedad", "Sporting Braga"),
    ),
    NameProbe(
        "region-welcomed",
        "Silicon Valley welcomed the ruling on Tuesday.",
        not_persons=("Silicon Valley",),
    ),
    NameProbe(
        "party-welcomed",
        "Sinn Féin welcomed the report, and Plaid Cymru met ministers on Monday.",
        not_persons=("Sinn Féin", "Plaid Cymru"),
    ),
    NameProbe(
        "rights-group-welcomed",
        "Amnesty International welcomed the verdict. Human Rights Watch said it would appeal.",
        not_persons=("Amnesty International", "Human Rights Watch"),
    ),
    NameProbe(
        "militia-met",
        "Boko Haram fighters met no resistance, and Al Shabaab claimed the attack.",
        not_persons=("Boko Haram", "Al Shabaab"),
    ),
    NameProbe(
        "storm-pronoun",
        "Hurricane Beryl slammed into Jamaica on Wednesday. It was the earliest category five storm on record.",
        not_persons=("Hurricane Beryl", "Beryl"),
    ),
    NameProbe(
        "festival-hosted",
        "Glastonbury Festival hosted 200,000 people. She Drew The Gun played on Friday.",
        not_persons=("Glastonbury Festival",),
    ),
    NameProbe(
        "ship-received",
        "Ever Given received a tow on Monday, and Costa Concordia was raised in 2013.",
        not_persons=("Ever Given", "Costa Concordia"),
    ),
    NameProbe(
        "monument-visited",
        "Tourists visited Angkor Wat on Monday. Angkor Wat received two million visitors last year.",
        not_persons=("Angkor Wat",),
    ),
    NameProbe(
        "newspaper-subject",
        "Dagens Nyheter welcomed the decision, and Le Monde met its readers in Lyon.",
        not_persons=("Dagens Nyheter", "Le Monde"),
    ),
    NameProbe(
        "sentence-start-pronoun-other",
        "Quiet Diplomacy prevailed at the summit. She Said, a film about the case, opened on Friday.",
        not_persons=("Quiet Diplomacy",),
    ),
)


# Batch 3, written before the engine was run on it: Wikinews, court and wire constructions.
PROBES_3 = (
    NameProbe(
        "according-to",
        'According to Yerlan Abdrakhmanov, "the pipeline will be finished by spring."',
        persons=("Yerlan Abdrakhmanov",), speaker="Abdrakhmanov",
    ),
    NameProbe(
        "was-arrested",
        "Police said Dauren Sultanbekov was arrested at the airport on Friday.",
        persons=("Dauren Sultanbekov",),
    ),
    NameProbe(
        "found-guilty",
        "A jury found Chukwuemeka Obi guilty of fraud on Thursday. Obi will be sentenced next month.",
        persons=("Chukwuemeka Obi",),
    ),
    NameProbe(
        "won-election-surname-later",
        "Siosaia Vaipulu won the election with 54 per cent of the vote. Vaipulu had led in every poll.",
        persons=("Siosaia Vaipulu",),
    ),
    NameProbe(
        "from-place-said",
        "Akosua Frimpong, from Kumasi, said the market had been closed for a week.",
        persons=("Akosua Frimpong",), not_persons=("Kumasi",),
    ),
    NameProbe(
        "of-party-said",
        "Vuk Radosavljević of the Progressive Party said the coalition would hold.",
        persons=("Vuk Radosavljević",), not_persons=("Progressive Party",),
    ),
    NameProbe(
        "met-then-pronoun-quote",
        'Halima Abdullahi met Kenyan envoys on Monday. "We agreed on a timetable," she said afterwards.',
        persons=("Halima Abdullahi",), speaker="Abdullahi",
    ),
    NameProbe(
        "wn-role-before-lower",
        "Sunday, May 4, 2025\n\nFisheries minister Teremoana Tapu met Tongan counterpart Viliami Hufanga in Avarua.",
        persons=("Teremoana Tapu", "Viliami Hufanga"), meeting=("Tapu", "Hufanga"),
    ),
    NameProbe(
        "two-speakers-surnames",
        '"The deal is fair," Nasrin Sotoudehi told reporters. Behrouz Karimi disagreed. "It is a trap," Karimi said.',
        persons=("Nasrin Sotoudehi", "Behrouz Karimi"), speaker="Sotoudehi",
    ),
    NameProbe(
        "hyphen-family-name",
        "Ana Lúcia Ferreira-Gomes, the mayor, met Ismênia Alcântara on Tuesday.",
        persons=("Ana Lúcia Ferreira-Gomes", "Ismênia Alcântara"), meeting=("Ferreira-Gomes", "Alcântara"),
        known_given=True,
    ),
    # --- look-alikes ---
    NameProbe(
        "bank-met-pair",
        "Banco Popular met Credit Agricole executives in Madrid on Monday.",
        not_persons=("Banco Popular", "Credit Agricole"),
    ),
    NameProbe(
        "cities-list-met",
        "Leaders of Porto Novo, Cotonou and Lomé met in Abidjan on Friday.",
        not_persons=("Porto Novo", "Cotonou", "Abidjan"),
    ),
    NameProbe(
        "university-said",
        "Makerere University said on Monday it would reopen. The university met student leaders.",
        not_persons=("Makerere University",),
    ),
    NameProbe(
        "event-met",
        "Climate Week opened in Nairobi. Delegates met Tuesday to discuss finance.",
        not_persons=("Climate Week",),
    ),
)


# Batch 4, written before the engine was run on it: victims, authors, obituaries, Wikinews interviews.
PROBES_4 = (
    NameProbe(
        "list-were-killed",
        "Aigerim Sadykova, Temirlan Abenov and Dinara Zhaksylykova were killed when the bus overturned.",
        persons=("Aigerim Sadykova", "Temirlan Abenov", "Dinara Zhaksylykova"),
    ),
    NameProbe(
        "were-arrested-pair",
        "Oghenekaro Efe and Tamunotonye Briggs were arrested in Lagos on Saturday.",
        persons=("Oghenekaro Efe", "Tamunotonye Briggs"),
    ),
    NameProbe(
        "directed-by",
        "The film, directed by Rungano Chikwanha, won the jury prize in Venice.",
        persons=("Rungano Chikwanha",),
    ),
    NameProbe(
        "founded-by",
        "The charity was founded by Wirihana Pomare in 1998.",
        persons=("Wirihana Pomare",),
    ),
    NameProbe(
        "born-bracket",
        "Ieremia Tauiliili (born 1958) is a Samoan poet.",
        persons=("Ieremia Tauiliili",),
    ),
    NameProbe(
        "possessive-body",
        "Gaukhar Iskakova's body was found near the river on Tuesday.",
        persons=("Gaukhar Iskakova",),
    ),
    NameProbe(
        "possessive-family",
        "Aroha Whaanga's family said the inquiry had failed them.",
        persons=("Aroha Whaanga",),
    ),
    NameProbe(
        "was-detained",
        "Journalists said Tsegaye Wolde was detained at the border on Sunday.",
        persons=("Tsegaye Wolde",),
    ),
    NameProbe(
        "wikinews-spoke-to",
        "Wikinews spoke to Ikaika Kahananui about the eruption.",
        persons=("Ikaika Kahananui",),
    ),
    # --- look-alikes ---
    NameProbe(
        "company-founded-by-firm",
        "The venture was founded by Tata Sons and Mitsui Fudosan in 2015.",
        not_persons=("Tata Sons", "Mitsui Fudosan"),
    ),
    NameProbe(
        "led-by-country",
        "The coalition, led by Saudi Arabia, was joined by Sierra Leone troops.",
        not_persons=("Saudi Arabia", "Sierra Leone"),
    ),
    NameProbe(
        "team-family",
        "Manchester City's family of clubs grew again, and Red Bull's body shop was closed.",
        not_persons=("Manchester City", "Red Bull"),
    ),
    NameProbe(
        "were-killed-places",
        "Floods in Kerala and Tamil Nadu were blamed on late monsoon rains.",
        not_persons=("Tamil Nadu",),
    ),
)


def _persons(index) -> list:
    return [e for e in index.entities if e.kind == "person"]


def _check(probe: NameProbe) -> list[str]:
    doc, index = analysed(probe.text)
    persons = _persons(index)
    names = {e.name for e in persons}
    problems = [f"no person {p!r} (persons: {sorted(names)})" for p in probe.persons if p not in names]
    for thing in probe.not_persons:
        words = {w for w in thing.split() if len(w) > 2}
        wrong = [e.name for e in persons if words & set(e.name.split())]
        if wrong:
            problems.append(f"{thing!r} taken as person {wrong}")
    if probe.meeting:
        meetings = find_meetings(doc, index)
        if not any(
            all(any(w in p.name.replace("al-", "").split() for p in m.participants) for w in probe.meeting)
            for m in meetings
        ):
            problems.append(f"no meeting of {probe.meeting}: {[[p.name for p in m.participants] for m in meetings]}")
    if probe.speaker is not None:
        quotes = find_quotes(doc, index)
        speaker = quotes[0].speaker if quotes else None
        if speaker is None or probe.speaker not in speaker.split():
            problems.append(f"speaker {speaker!r}, not {probe.speaker!r}")
    if probe.role is not None:
        name, word = probe.role
        roles = [e.role for e in persons if e.name == name]
        if not roles or roles[0] is None or word.lower() not in roles[0].lower():
            problems.append(f"role of {name}: {roles}")
    return problems


# Probes the rules do not pass, each with what is missing (strict: they fail, or the mark goes).
GAPS: dict[str, str] = {
    "visited": "the object of 'visited' is as often a place ('visited Silicon Valley'): no evidence",
    "sport-scored": "teams score too ('Sierra Leone scored twice'): no evidence",
    "one-word-names": "a bare one-word name needs a title before it",
    "carmaker-met": "'Land Rover said' reads like a person speaking; no lexicon names the make",
    "hosted-uk": "clubs, cities and festivals host too ('Real Sociedad hosted Athletic Bilbao'): no evidence",
    "possessive-government": "a region has a government too ('Tamil Nadu's government'): no evidence",
    "possessive-coalition": "a country has a coalition too: no evidence",
    "talks-with-initials": "a name followed by a verb after 'talks with' ('Talks with K.V. X stalled')",
    "region-welcomed": "'welcomed' is a speech cue: 'Silicon Valley welcomed' reads like a person speaking",
    "party-welcomed": "'welcomed' is a speech cue: 'Sinn Féin welcomed' reads like a person speaking",
    "militia-met": "'Al' is a given name: 'Al Shabaab claimed' reads like a person",
    "newspaper-subject": "'Dagens Nyheter welcomed' reads like a person speaking",
    "according-to": "orgs are as often the source after 'according to': no evidence",
    "wikinews-spoke-to": "outlets are spoken to as often ('spoke to Sky News about'): no evidence",
    "company-founded-by-firm": "'founded by' makes founders of firms too (a role rule, left to roles)",
}


@pytest.mark.parametrize(
    "probe",
    [pytest.param(p, id=p.id, marks=gap_marks(p.id, GAPS)) for p in (*PROBES, *PROBES_2, *PROBES_3, *PROBES_4)],
)
def test_a_person_is_told_from_a_look_alike(probe: NameProbe) -> None:
    assert _check(probe) == []


def test_the_probes_given_names_are_unknown_to_the_lexicon() -> None:
    given = lexicons().given_names
    for probe in (*PROBES, *PROBES_2, *PROBES_3, *PROBES_4):
        if probe.known_given:
            continue
        for name in probe.persons:
            first = name.split()[0]
            if "." in first or len(name.split()) == 1:
                continue  # initials; a one-word name
            assert first not in given, (probe.id, first)


def test_a_place_word_is_a_surname_when_the_person_speaks() -> None:
    # Found on a held-out fixture (not blind): "Lake" is a place word, the pair a speaker.
    _doc, index = analysed(
        'Kari Lake, a former television news anchor, said the count was flawed. "Every vote matters," '
        "Lake told supporters. Lake Powell, which feeds the dam, is low."
    )
    persons = {e.name: e.role for e in index.entities if e.kind == "person"}
    assert "Kari Lake" in persons and "Lake Powell" not in persons
    _doc, index = analysed("The head of the League for Human Rights, Ana Soto, said the law was unjust.")
    assert "Human Rights" not in {e.name for e in index.entities if e.kind == "person"}


def test_the_brief_names_a_meeting_of_persons_no_list_knows() -> None:
    # The example, through the whole engine: a bare name as subject, also after a fronted day.
    pad = (
        " The two discussed trade, security and the price of fuel, and aides said further talks were"
        " likely before the end of the year, although no date has been set for them yet."
    )
    for lead in (
        "Zanele Mbeki met Oluwaseun Okafor on Monday in Abuja.",
        "On Monday, Zanele Mbeki met Oluwaseun Okafor in Abuja.",
    ):
        brief = brief_article(Article(text=lead + pad, title="x", source="p"))
        assert "Zanele Mbeki" in {p.name for p in brief.people}
        assert [sorted(p.name for p in m.participants) for m in brief.meetings][:1] == [
            ["Oluwaseun Okafor", "Zanele Mbeki"]
        ]
