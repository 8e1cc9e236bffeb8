"""Which meeting is the key one, probed with invented short articles (none copied from a corpus).

The key meeting is the event the article is about (corpus/GOLD_FORMAT.md). These probes set it
against what competes with it: an earlier round, last year's summit, a planned or cancelled
meeting, a meeting the lead names only by a noun ("talks in Geneva", "a hearing") whose
participants come later, and Wikinews' first line that holds only the date. Articles with no
meeting must give none. Expectations were written before the engine was run on them.
"""

from __future__ import annotations

import pytest
from engine_support import gap_marks
from meeting_probe_support import KeyMeetingProbe as KeyProbe
from meeting_probe_support import key_meeting_problems

WN_DATE = "Thursday, August 25, 2011\n\n"


PROBES = (
    # --- an earlier meeting, a future one or a cancelled one beside the story's ---
    KeyProbe(
        "wn-talks-then-last-round",
        WN_DATE + "Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Luis Vargas held talks in "
        "Lima on Monday to settle a dispute over fishing rights.\n\nThe two ministers had last met in "
        "Santiago in 2023, when talks with Bolivian Foreign Minister Juan Mamani broke down.\n\nThey agreed "
        "to meet again in June.\n",
        key=("Soto", "Vargas"), place="Lima", when="Monday", not_key=("Mamani",),
    ),
    KeyProbe(
        "future-trip-before-held-call",
        "Prime Minister Sarah Bell will travel to Washington next month to meet President John Carter, her "
        "office said on Wednesday after she spoke by phone with Canadian Prime Minister Mark Dubois.\n",
        key=("Bell", "Dubois"), not_key=("Carter",),
    ),
    KeyProbe(
        "cancelled-then-video-call",
        "A planned meeting between Chinese Foreign Minister Wang Lei and Japanese Foreign Minister Kenji Sato "
        "was cancelled on Tuesday.\nInstead, Wang held a video call with Australian Foreign Minister Penny "
        "Hart, the ministry said.\n",
        key=("Wang", "Hart"), not_key=("Sato",),
    ),
    KeyProbe(
        "summit-called-off-ministers-met",
        "A summit between the presidents of Sudan and South Sudan, set for Thursday, was called off.\nInstead, "
        "the two countries' foreign ministers, Ali Osman and Peter Deng, met in Addis Ababa on Friday.\n",
        key=("Osman", "Deng"), place="Addis Ababa", when="Friday",
    ),
    KeyProbe(
        "held-over-planned-with-more-evidence",
        "Kenyan President David Otieno met Somali President Ahmed Farah in Nairobi on Monday.\nThe two "
        "leaders will meet again in Mogadishu in May, where they are expected to sign a border deal.\nOtieno "
        "and Farah will also hold talks with Ethiopian Prime Minister Dawit Bekele at that meeting.\n",
        key=("Otieno", "Farah"), place="Nairobi", when="Monday", not_key=("Bekele",),
    ),
    KeyProbe(
        "future-summit-then-preparatory-meeting",
        "President John Carter will host NATO leaders at a summit in Washington in July.\nOn Tuesday he met "
        "NATO Secretary General Lars Berg at the White House to prepare for it.\n",
        key=("Carter", "Berg"), place="White House", when="Tuesday",
    ),
    KeyProbe(
        "broadsheet-last-time",
        "The last time Britain and France held a summit, in 2018, the talks collapsed over fishing rights. "
        "This time, it was different.\nPrime Minister Sarah Bell and President Claire Martin agreed at "
        "Lancaster House on Thursday to a joint patrol of the Channel after three hours of talks.\n",
        key=("Bell", "Martin"), place="Lancaster House", when="Thursday",
    ),
    KeyProbe(
        "last-visited-in-2019",
        "When Chancellor Angela Brandt last visited Beijing, in 2019, she met Premier Li Qiang and left with "
        "a trade deal.\nOn Monday the German chancellor returned empty-handed after three hours of talks "
        "with Chinese President Xu Ming.\n",
        key=("Brandt", "Xu"), when="Monday", not_key=("Qiang",),
    ),
    KeyProbe(
        "wn-summit-then-earlier-visit",
        WN_DATE + "The leaders of Norway and Sweden agreed on Wednesday to build a joint rail link, at a "
        "summit in Oslo.\n\nNorwegian Prime Minister Erik Lund and Swedish Prime Minister Karin Berg signed the "
        "agreement after two hours of talks.\n\nLund had met Finnish President Mikko Virtanen in Helsinki on "
        "Monday to discuss the same project.\n",
        key=("Lund", "Berg"), not_key=("Virtanen",),
    ),
    KeyProbe(
        "address-a-day-after-failed-talks",
        "President Oleksiy Bondar of Ukraine addressed the European Parliament in Strasbourg on Tuesday, a day "
        "after Russian and Ukrainian negotiators failed to agree on a prisoner swap in Istanbul.\nBondar told "
        "lawmakers that air defence was the most urgent need.\n",
        key=("Bondar", "Parliament"), when="Tuesday",
    ),
    # --- the meeting named by a noun first, its participants later ---
    KeyProbe(
        "wn-talks-in-geneva",
        WN_DATE + "Talks in Geneva on the future of the ceasefire ended on Thursday without agreement.\n\nThe "
        "talks brought together Armenian Foreign Minister Aram Petrosyan and Azerbaijani Foreign Minister "
        "Elchin Aliyev, with Swiss mediators present.\n\nA previous round in March also failed.\n",
        key=("Petrosyan", "Aliyev"), place="Geneva", when="Thursday",
    ),
    KeyProbe(
        "in-a-phone-call",
        "In a phone call on Saturday, French President Claire Martin urged Iranian President Reza Tehrani to "
        "free the detained aid workers.\n",
        key=("Martin", "Tehrani"), when="Saturday",
    ),
    KeyProbe(
        "televised-debate-and-next-one",
        "The two candidates for mayor of Chicago, Democrat Maria Lopez and Republican Tom Reed, clashed over "
        "crime in a televised debate on Tuesday night.\nLopez accused Reed of ignoring the police.\nThe "
        "candidates will meet again for a second debate on October 12.\n",
        key=("Lopez", "Reed"), when="Tuesday",
    ),
    KeyProbe(
        "senate-hearing-faced-questions",
        "A Senate hearing on airline safety turned tense on Wednesday as Boeing chief executive David Hall "
        "faced questions from Senator Lisa Grant.\n",
        key=("Hall", "Grant"), when="Wednesday",
    ),
    KeyProbe(
        "wn-hearing-opened-witness-later",
        WN_DATE + "A public inquiry into the collapse of the Lakeside dam opened on Tuesday in Denver.\n\n"
        "Engineer Mark Webb told the inquiry panel, chaired by retired judge Susan Ford, that warning signs "
        "had been ignored.\n",
        key=("Webb", "Ford"),
    ),
    KeyProbe(
        "held-consultations",
        "Indian Prime Minister Ravi Menon held consultations with opposition leaders on Monday over the flood "
        "relief package.\n",
        key=("Menon", "leaders"), when="Monday",
    ),
    KeyProbe(
        "entered-into-talks",
        "Carmaker Volta Motors entered into talks with the United Auto Workers union on Monday to avert a "
        "strike, the company said.\n",
        key=("Volta", "Workers"), when="Monday",
    ),
    KeyProbe(
        "briefed-the-committee",
        "Defence Secretary James Hart briefed the Commons defence committee on Tuesday about the missile "
        "incident.\n",
        key=("Hart", "committee"), when="Tuesday",
    ),
    KeyProbe(
        "at-a-briefing-for-senators",
        "At a closed briefing for senators on Thursday, CIA Director Helen Price said the threat was growing.\n",
        key=("Price", "senators"), when="Thursday",
    ),
    KeyProbe(
        "a-conversation-between",
        "A conversation between the two leaders, President Alan Ross and King Faisal Hamad, lasted more than "
        "an hour on Thursday, officials said.\n",
        key=("Ross", "Hamad"), when="Thursday",
    ),
    KeyProbe(
        "annual-meeting-shareholders",
        "Shareholders of Vantage Mining voted down the proposed merger with Orion Metals at a tense annual "
        "meeting in Toronto on Wednesday.\nChief executive Paul Grant told shareholders the board would "
        "consider its options.\n",
        key=("Grant", "shareholders"), place="Toronto",
    ),
    KeyProbe(
        "crown-court-appearance",
        "A man accused of setting fire to a mosque appeared at Manchester Crown Court on Monday.\nDaniel Shaw, "
        "34, of Salford, spoke only to confirm his name.\nJudge Ruth Hale remanded him in custody until a "
        "trial in March.\n",
        key=("Shaw", "Hale"), when="Monday",
    ),
    KeyProbe(
        "commons-debate",
        "MPs debated the assisted dying bill for five hours on Friday before backing it by 330 votes to 275.\n"
        "Health Secretary Wes Carter told the Commons the bill had strong safeguards.\n",
        key=("Carter", "Commons"),
    ),
    KeyProbe(
        "wn-is-meeting",
        WN_DATE + "Pope Leo is meeting Argentine President Javier Mendez at the Vatican today, the first visit "
        "by an Argentine leader in a decade.\n\nThe two last met in Buenos Aires in 2019.\n",
        key=("Leo", "Mendez"), place="Vatican",
    ),
    KeyProbe(
        "addressed-a-crowd",
        "Pope Leo addressed a crowd of 50,000 in St Peter's Square on Sunday, calling for peace in Sudan.\n",
        key=("Leo", "crowd"), when="Sunday",
    ),
    # --- no meeting at all ---
    KeyProbe(
        "markets-no-meeting",
        "Shares in London fell sharply on Monday after the Bank of England raised interest rates to 6 per "
        "cent.\nThe FTSE 100 closed down 2.1 per cent.\nAnalysts at Barclays said further rises were likely.\n",
        none=True,
    ),
    KeyProbe(
        "met-targets-no-meeting",
        "The company will meet its targets, chief executive Anna Berg said on Tuesday, as sales rose 8 per "
        "cent.\nShe said the firm had met demand despite supply problems.\n",
        none=True,
    ),
    KeyProbe(
        "only-a-future-meeting",
        "Finance ministers of the G7 will meet in Tokyo next week to discuss currency markets.\nJapanese "
        "Finance Minister Hiro Tanaka is expected to host the talks.\n",
        none=True,
    ),
    KeyProbe(
        "football-no-meeting",
        "Manchester United beat Arsenal 2-1 at Old Trafford on Sunday.\nManager Erik Holm said his side "
        "deserved the win.\n",
        none=True,
    ),
    KeyProbe(
        "met-with-opposition-no-meeting",
        "The proposal met with fierce opposition from farmers, who say the subsidy cuts will ruin them.\n"
        "Agriculture Minister Pierre Blanc said the government would not back down.\n",
        none=True,
    ),
    KeyProbe(
        "wn-statement-no-meeting",
        WN_DATE + "The United Nations said on Friday that two million people face famine in Sudan.\n\nIn a "
        "statement, UN relief chief Martin Reyes urged donors to act.\n",
        none=True,
    ),
    # --- batch 2 (written after the first fixes, expectations before running) ---
    KeyProbe(
        "b2-wn-court-sentenced",
        WN_DATE + "A court in Oslo on Friday sentenced Anders Berg, 45, to twelve years in prison for the "
        "bombing of a government building.\n\nJudge Wenche Olsen said Berg had shown no remorse.\n",
        key=("Berg", "Olsen"), when="Friday",
    ),
    KeyProbe(
        "b2-wn-parliament-passed",
        WN_DATE + "The Parliament of Kenya on Tuesday passed a bill banning plastic bags, with 180 MPs voting in "
        "favour.\n\nThe bill was introduced by Environment Minister Judy Wakhungu.\n",
        key=("Parliament", "Wakhungu"), when="Tuesday",
    ),
    KeyProbe(
        "b2-wn-product-event",
        WN_DATE + "Apple unveiled a new phone at an event in Cupertino, California on Tuesday.\n\nChief "
        "executive Tim Cook told the audience the phone was the best the company had ever made.\n",
        key=("Cook", "audience"),
    ),
    KeyProbe(
        "b2-wn-un-address-over-earlier",
        WN_DATE + "Iranian President Reza Tehrani addressed the United Nations General Assembly in New York on "
        "Wednesday, accusing the United States of economic terrorism.\n\nUS President John Carter had spoken "
        "to the assembly a day earlier.\n",
        key=("Tehrani", "Assembly"), when="Wednesday", not_key=("Carter",),
    ),
    KeyProbe(
        "b2-telephone-conversation",
        "Russian President Ivan Petrov and US President John Carter discussed Syria in a telephone "
        "conversation on Friday, the Kremlin said.\nThe two leaders last spoke in July.\n",
        key=("Petrov", "Carter"), when="Friday",
    ),
    KeyProbe(
        "b2-visited-and-met-families-background-chaired",
        "Prime Minister Sarah Bell visited flood-hit towns in Cumbria on Sunday and met families who had lost "
        "their homes.\nBell had chaired a meeting of the government's emergency committee on Saturday.\n",
        key=("Bell", "families"),
    ),
    KeyProbe(
        "b2-met-then-due-to-testify",
        "Boeing chief executive David Hall met Federal Aviation Administration head Mike Ward in Washington on "
        "Thursday, a week after a door panel blew out on a 737 Max.\nHall is due to testify before the Senate "
        "commerce committee next month.\n",
        key=("Hall", "Ward"), place="Washington", when="Thursday",
    ),
    KeyProbe(
        "b2-trial-opened-judge",
        "Former French President Nicolas Marchand appeared before a Paris court on Monday at the start of his "
        "trial for illegal campaign financing.\nPresiding judge Sophie Blanc read out the charges.\n",
        key=("Marchand", "Blanc"), when="Monday",
    ),
    KeyProbe(
        "b2-senate-debated",
        "Australia's Senate on Thursday debated a bill to ban social media for children under 16.\n"
        "Communications Minister Anika Wells told the Senate the ban would protect children.\n",
        key=("Senate", "Wells"),
    ),
    KeyProbe(
        "b2-deal-after-talks-in-second-paragraph",
        "Israel and Hamas have agreed to a ceasefire, Qatar's Foreign Ministry announced on Wednesday.\n\nThe "
        "deal was reached after talks in Doha between Israeli negotiator Dan Levy and Hamas official Khalil "
        "Haddad, mediated by Qatari Prime Minister Mohammed Thani.\n",
        key=("Levy", "Haddad"), place="Doha",
    ),
    KeyProbe(
        "b2-who-had-met-then-flew-for-talks",
        "Thai Prime Minister Anan Chai, who had met Malaysian Prime Minister Ahmad Karim in March, flew to "
        "Phnom Penh on Friday for talks with Cambodian Prime Minister Sok Chenda on the border dispute.\n",
        key=("Chai", "Chenda"), when="Friday", not_key=("Karim",),
    ),
    KeyProbe(
        "b2-science-no-meeting",
        "Astronomers using the James Webb Space Telescope have found water vapour on a distant planet, NASA "
        "said on Monday.\nLead author Sarah Moore of the University of Leeds said the find was thrilling.\n",
        none=True,
    ),
    KeyProbe(
        "b2-tennis-no-meeting",
        WN_DATE + "Serena Cole won her fifth Wimbledon title on Saturday, beating Maria Ivanova 6-3, 6-4 in the "
        "final.\n\nCole told reporters she was overwhelmed.\n",
        none=True,
    ),
    KeyProbe(
        "b2-voters-elected-no-meeting",
        "Voters in Ireland elected a new parliament on Friday, with Fianna Fail winning the most seats.\nThe "
        "count continues on Monday.\n",
        none=True,
    ),
    KeyProbe(
        "b2-wn-welcomed-at-airport",
        WN_DATE + "Pope Leo arrived in Lebanon on Sunday for a three-day visit, and was welcomed at Beirut "
        "airport by President Joseph Aoun.\n\nThe pontiff will celebrate Mass on Tuesday.\n",
        key=("Leo", "Aoun"),
    ),
    KeyProbe(
        "b2-wn-hearing-concluded-lawyers-argued",
        WN_DATE + "A hearing at the Supreme Court on the legality of the suspension of Parliament concluded on "
        "Thursday.\n\nLawyers for businesswoman Gina Miller argued before eleven justices, led by Lady Brenda "
        "Hale, that the suspension was unlawful.\n",
        key=("Miller", "Hale"), when="Thursday",
    ),
    KeyProbe(
        "b2-guardian-summit-the-last-one",
        "Ministers from 30 countries gathered in Paris on Monday for a summit on artificial intelligence, two "
        "years after the last such meeting at Bletchley Park.\nFrench President Claire Martin opened the "
        "summit with a warning about the technology.\n",
        key=("Martin", "Ministers"), place="Paris", when="Monday",
    ),
    # --- batch 3: the headline names the story's meeting (expectations before running) ---
    KeyProbe(
        "b3-title-talks-over-lede-call",
        "BALI, Indonesia (AP) — US President John Carter, who spoke by phone with Japanese Prime Minister "
        "Kenji Arai on Sunday, met Chinese President Xu Ming on Monday on the sidelines of the G20 summit.\n"
        "Arai and Carter discussed North Korea in the call, officials said.\n",
        title="Carter and Xu hold first talks in Bali",
        key=("Carter", "Xu"), when="Monday", not_key=("Arai",),
    ),
    KeyProbe(
        "b3-title-over-hosting-in-lede",
        "Chancellor Olaf Brandt arrived in Paris on Tuesday, a week after hosting Polish Prime Minister Jan "
        "Kowal in Berlin.\nBrandt and French President Claire Martin met at the Elysee Palace for two hours.\n",
        title="Brandt and Martin meet in Paris as EU budget row deepens",
        key=("Brandt", "Martin"), not_key=("Kowal",),
    ),
    KeyProbe(
        "b3-title-hearing-second-paragraph",
        "Federal Reserve Chair Laura Quinn spoke with Treasury Secretary Ben Ortiz on Monday about bank "
        "failures, a Treasury spokesman said.\n\nOn Tuesday Quinn testified before the Senate Banking "
        "Committee, telling senators that the banking system was sound.\n",
        title="Quinn tells Senate Banking Committee banks are sound",
        key=("Quinn", "Committee"), when="Tuesday", not_key=("Ortiz",),
    ),
    KeyProbe(
        "b3-title-agrees-lede-is-key",
        "Indian Prime Minister Ravi Menon met Japanese Prime Minister Kenji Arai in Tokyo on Saturday.\nMenon "
        "later held talks with Toyota chairman Akio Sato about a new plant.\n",
        title="Menon and Arai agree rail deal in Tokyo",
        key=("Menon", "Arai"), place="Tokyo",
    ),
    KeyProbe(
        "b3-title-names-one-person-only",
        "Spanish Prime Minister Ana Ruiz met Moroccan King Hassan Alaoui in Rabat on Monday.\nRuiz also spoke "
        "by phone with French President Claire Martin on Tuesday.\n",
        title="Ruiz in Rabat for migration talks",
        key=("Ruiz", "Alaoui"), place="Rabat",
    ),
    # --- batch 4: sittings, courts, addresses and events told as Wikinews tells them ---
    KeyProbe(
        "b4-wn-house-passed-bill-introduced-by",
        WN_DATE + "The Australian House of Representatives voted 89 to 52 on Thursday to pass legislation "
        "raising the tobacco tax.\n\nThe bill, introduced by Health Minister Mark Butler, now goes to the "
        "Senate.\n",
        key=("Representatives", "Butler"), when="Thursday",
    ),
    KeyProbe(
        "b4-wn-meps-approved-told-the-chamber",
        WN_DATE + "Members of the European Parliament approved the AI Act on Wednesday by 523 votes to 46.\n\n"
        "The law's co-rapporteur, Italian MEP Brando Benifei, told the chamber that Europe had set a global "
        "standard.\n",
        key=("Parliament", "Benifei"), when="Wednesday",
    ),
    KeyProbe(
        "b4-wn-diet-elected",
        WN_DATE + "Japan's Diet elected Shigeru Ishida as prime minister on Tuesday, after his party won the "
        "most seats.\n",
        key=("Diet", "Ishida"), when="Tuesday",
    ),
    KeyProbe(
        "b4-wn-jury-found-guilty-judge-next",
        WN_DATE + "A jury in Los Angeles found actor Danny Marsh guilty of two counts of rape on Wednesday.\n\n"
        "Superior Court Judge Charlaine Olmedo set sentencing for August.\n",
        key=("Marsh", "Olmedo"), when="Wednesday",
    ),
    KeyProbe(
        "b4-wn-state-of-the-nation-address",
        WN_DATE + "Indonesian President Joko Prabowo delivered his state of the nation address to the People's "
        "Consultative Assembly in Jakarta on Friday.\n",
        key=("Prabowo", "Assembly"), when="Friday",
    ),
    KeyProbe(
        "b4-wn-press-event-presented-to-reporters",
        WN_DATE + "Microsoft unveiled its new Surface tablets at a press event in New York on Monday.\n\nChief "
        "product officer Panos Panay presented the devices to reporters.\n",
        key=("Microsoft", "Panay"),
    ),
    KeyProbe(
        "b4-wn-security-council-emergency-meeting",
        WN_DATE + "The UN Security Council held an emergency meeting on Sunday at the request of Ukraine.\n\n"
        "Ukrainian Ambassador Serhiy Kyslytsya told the council that the attack was a war crime.\n",
        key=("Council", "Kyslytsya"), when="Sunday",
    ),
    KeyProbe(
        "b4-wn-hosted-for-a-state-visit",
        WN_DATE + "US President Joe Biden hosted Japanese Prime Minister Fumio Kishida at the White House on "
        "Wednesday for a state visit.\n",
        key=("Biden", "Kishida"), place="White House", when="Wednesday",
    ),
    KeyProbe(
        "b4-wn-trial-began-justice-next",
        WN_DATE + "The trial of former Brazilian president Jair Bolsonaro began at the Supreme Federal Court in "
        "Brasilia on Tuesday.\n\nJustice Alexandre Moraes, who is overseeing the case, read the charges.\n",
        key=("Bolsonaro", "Moraes"), when="Tuesday",
    ),
    KeyProbe(
        "b4-wn-senate-voted-to-remove",
        WN_DATE + "Kenya's Senate on Thursday voted to remove Deputy President Rigathi Gachagua from office.\n\n"
        "Gachagua did not appear before the senators, citing ill health.\n",
        key=("Senate", "Gachagua"), when="Thursday",
    ),
    KeyProbe(
        "b4-wn-earthquake-no-meeting",
        WN_DATE + "A magnitude 6.1 earthquake struck off the coast of Japan on Monday, the Japan Meteorological "
        "Agency said.\n\nNo tsunami warning was issued.\n",
        none=True,
    ),
    KeyProbe(
        "b4-wn-private-audience",
        WN_DATE + "Pope Francis received Ukrainian President Volodymyr Zelenskyy at the Vatican on Saturday for "
        "a 40-minute private audience.\n",
        key=("Francis", "Zelenskyy"), when="Saturday",
    ),
    KeyProbe(
        "b4-wn-in-a-speech-to-the-bundestag",
        WN_DATE + "In a speech to the Bundestag on Thursday, German Chancellor Olaf Scholz defended the decision "
        "to send tanks to Ukraine.\n",
        key=("Scholz", "Bundestag"), when="Thursday",
    ),
    # --- batch 5: meetings recall, constructions the probes of test_engine_meetings_probes lack ---
    KeyProbe(
        "b5-met-his-counterpart-apposed",
        "Indian Foreign Minister Ravi Menon met his Chinese counterpart, Wang Lei, in Moscow on Thursday.\n",
        key=("Menon", "Wang"), place="Moscow", when="Thursday",
    ),
    KeyProbe(
        "b5-in-talks-with-fronted",
        "In talks with Egyptian President Omar Farouk on Sunday, Secretary of State Karen Hill pressed for "
        "aid to reach Gaza.\n",
        key=("Farouk", "Hill"), when="Sunday",
    ),
    KeyProbe(
        "b5-bilateral-meeting-held",
        "German Chancellor Olaf Brandt and Italian Prime Minister Giulia Conti held a bilateral meeting in "
        "Rome on Friday.\n",
        key=("Brandt", "Conti"), place="Rome", when="Friday",
    ),
    KeyProbe(
        "b5-met-separately",
        "US envoy Tom Baker met separately with Israeli Prime Minister David Cohen and Palestinian President "
        "Samir Nasser on Tuesday.\n",
        key=("Baker", "Cohen"), when="Tuesday",
    ),
    KeyProbe(
        "b5-business-ceo-met-regulators",
        "Tesla chief executive Elon Hart met European Commission officials in Brussels on Wednesday to discuss "
        "self-driving rules.\n",
        key=("Hart", "officials"), place="Brussels", when="Wednesday",
    ),
    KeyProbe(
        "b5-sport-ioc-hearing",
        "Russian skater Kamila Orlova appeared before a Court of Arbitration for Sport panel in Lausanne on "
        "Monday.\n",
        key=("Orlova", "panel"), when="Monday",
    ),
    KeyProbe(
        "b5-interviewed-by-police",
        "Former minister Paul Grant was interviewed by detectives from the Metropolitan Police on Thursday, "
        "his lawyer said.\n",
        key=("Grant", "detectives"), when="Thursday",
    ),
    KeyProbe(
        "b5-talks-topic-countries",
        "Talks between Chinese Foreign Minister Wang Lei and Secretary of State Karen Hill in Jakarta on "
        "Friday focused on Taiwan and the Philippines.\n",
        key=("Wang", "Hill"), not_key=("Taiwan", "Philippines"),
    ),
    # --- batch 6: no meeting in the lead; the lead's persons say which one is the story's ---
    KeyProbe(
        "b6-lede-person-meeting-later",
        "Ukrainian President Oleksiy Bondar pleaded for more air defence systems on Tuesday as Russian "
        "missiles struck Kyiv overnight.\nThe strikes killed at least 12 people, officials said.\nIn Beijing, "
        "Russian Foreign Minister Igor Volkov held talks with Chinese Foreign Minister Wang Lei.\nLater on "
        "Tuesday, Bondar met German Chancellor Olaf Brandt in Kyiv, and Bondar thanked Brandt for Germany's "
        "support.\n",
        key=("Bondar", "Brandt"), not_key=("Volkov",),
    ),
    KeyProbe(
        "b6-earlier-this-week-then-today",
        "Kenya's opposition leader Raila Odinga said on Thursday the election must be rerun.\nEarlier this week "
        "Odinga met US Ambassador Meg Whitman in Nairobi.\nOn Thursday, Odinga held talks with President "
        "William Ruto at State House for the first time since the vote.\n",
        key=("Odinga", "Ruto"), when="Thursday", not_key=("Whitman",),
    ),
    KeyProbe(
        "b6-a-day-after-meeting",
        "Britain's foreign secretary, David Lammy, visited Kyiv on Friday, a day after meeting French Foreign "
        "Minister Jean Barrot in Paris.\nLammy met Ukrainian President Oleksiy Bondar at the presidential "
        "palace.\n",
        key=("Lammy", "Bondar"), not_key=("Barrot",),
    ),
    # --- batch 7: no meeting, told with the words of one ---
    KeyProbe(
        "b7-trading-session",
        "Asian shares rose in Monday's session, with Tokyo's Nikkei closing up 1.2 per cent.\nAnalyst Mark "
        "Tan of DBS Bank said investors were cheered by US jobs data.\n",
        none=True,
    ),
    KeyProbe(
        "b7-summit-of-a-mountain",
        "Nepali climber Kami Rita Sherpa reached the summit of Mount Everest for a record 30th time on "
        "Tuesday, the Department of Tourism said.\n",
        none=True,
    ),
    KeyProbe(
        "b7-addressed-the-issue",
        "Chief executive Anna Berg said on Thursday the company had addressed the problems with its software "
        "update.\nShe said customers would receive a refund.\n",
        none=True,
    ),
    KeyProbe(
        "b7-calls-for",
        "Human rights groups renewed calls on Monday for the release of jailed journalist Ahmed Saleh.\n"
        "Amnesty International said his health was deteriorating.\n",
        none=True,
    ),
    KeyProbe(
        "b7-hosted-the-games",
        WN_DATE + "Paris hosted the Olympic Games for the third time this summer, and organisers said on "
        "Sunday that ticket sales had broken records.\n\nTony Estanguet, head of the organising committee, "
        "said the city had met every target.\n",
        none=True,
    ),
    KeyProbe(
        "b7-debate-over-policy",
        "The debate over immigration has intensified since the election, and Interior Minister Karl Weber "
        "said on Friday that new rules would come next year.\n",
        none=True,
    ),
    KeyProbe(
        "b7-sitting-president",
        "No sitting president has lost a primary since 1980, historian Ruth Cole said on Wednesday.\n",
        none=True,
    ),
    KeyProbe(
        "b7-peace-talks-expected",
        "Peace talks between the government and the rebels are expected to resume in Doha next month, a "
        "mediator said on Tuesday.\n",
        none=True,
    ),
    # --- batch 8: sittings, signings and ceremonies as Wikinews tells them ---
    KeyProbe(
        "b8-wn-parliament-convened-told-lawmakers",
        WN_DATE + "Iceland's parliament convened on Tuesday for an emergency session after the volcano "
        "erupted.\n\nPrime Minister Bjarni Benediktsson told lawmakers that the town would be evacuated.\n",
        key=("parliament", "Benediktsson"), when="Tuesday",
    ),
    KeyProbe(
        "b8-wn-lawmakers-voted-to-impeach",
        WN_DATE + "Lawmakers in South Korea's National Assembly voted 204 to 85 on Saturday to impeach "
        "President Yoon Suk-yeol.\n\nYoon did not attend the session.\n",
        key=("Assembly", "Yoon"), when="Saturday",
    ),
    KeyProbe(
        "b8-wn-prime-ministers-signed-at",
        WN_DATE + "The prime ministers of Greece and North Macedonia signed an agreement on the name dispute at "
        "Lake Prespa on Sunday.\n\nGreek Prime Minister Alexis Tsipras and his counterpart Zoran Zaev hugged "
        "after the signing.\n",
        key=("Tsipras", "Zaev"),
    ),
    KeyProbe(
        "b8-wn-presented-an-honour",
        WN_DATE + "King Charles presented the Order of Merit to naturalist David Attenborough at Buckingham "
        "Palace on Wednesday.\n",
        key=("Charles", "Attenborough"), when="Wednesday",
    ),
    KeyProbe(
        "b8-wn-ministers-met-opened-by",
        WN_DATE + "Foreign ministers of the Arab League met in Cairo on Sunday in an emergency session on "
        "Gaza.\n\nArab League Secretary-General Ahmed Aboul Gheit opened the meeting with a call for a "
        "ceasefire.\n",
        key=("ministers", "Gheit"), place="Cairo", when="Sunday",
    ),
    KeyProbe(
        "b8-council-debated-told-councillors",
        "Cape Town's city council debated water restrictions for six hours on Tuesday before adopting them.\n"
        "Mayor Patricia Lille told councillors the dams were almost empty.\n",
        key=("council", "Lille"), when="Tuesday",
    ),
    # --- batch 9: courts and chambers, more of Wikinews' phrasings ---
    KeyProbe(
        "b9-wn-court-heard-a-petition",
        WN_DATE + "The Supreme Court of India on Monday heard a petition filed by activist Prashant Bhushan "
        "against the sale of the airline.\n",
        key=("Court", "Bhushan"), when="Monday",
    ),
    KeyProbe(
        "b9-wn-court-in-city-sentenced",
        WN_DATE + "A court in Istanbul on Thursday sentenced journalist Can Dundar in absentia to 27 years in "
        "prison.\n",
        key=("court", "Dundar"), when="Thursday",
    ),
    KeyProbe(
        "b9-wn-senate-voted-to-remove-president",
        WN_DATE + "Brazil's Senate voted 61 to 20 on Wednesday to remove President Dilma Rousseff from office.\n",
        key=("Senate", "Rousseff"), when="Wednesday",
    ),
    KeyProbe(
        "b9-wn-arrest-warrant-no-meeting",
        WN_DATE + "The International Criminal Court issued an arrest warrant on Friday for the leader of the "
        "militia, Joseph Kony.\n",
        none=True,
    ),
    KeyProbe(
        "b9-wn-sentenced-by-a-tribunal",
        WN_DATE + "Former Peruvian president Alberto Fujimori was sentenced to 25 years in prison by a special "
        "tribunal of the Supreme Court on Tuesday.\n",
        key=("Fujimori", "Court"), when="Tuesday",
    ),
    KeyProbe(
        "b9-committee-held-a-hearing-with",
        "The House Judiciary Committee held a hearing on Tuesday with FBI Director Christopher Wray.\n",
        key=("Committee", "Wray"), when="Tuesday",
    ),
    KeyProbe(
        "b9-testified-for-hours-before",
        "FBI Director Christopher Wray testified for five hours before the House Judiciary Committee on "
        "Tuesday.\n",
        key=("Wray", "Committee"), when="Tuesday",
    ),
)


# Left to other modules or to meaning the rules lack; strict, so a fix shows here.
GAPS = {
    "last-visited-in-2019": "a role subject ('the German chancellor') far before 'talks with'",
    "wn-hearing-opened-witness-later": "an inquiry is no meeting cue; 'told the inquiry panel'",
    "commons-debate": "'the Commons' is no entity to people.py",
    "b2-wn-hearing-concluded-lawyers-argued": "'Lawyers for X argued before eleven justices'",
    "b4-wn-press-event-presented-to-reporters": "the presenter of a product event, told next",
    "b5-sport-ioc-hearing": "'Kamila Orlova' is no person to people.py without a title",
    "b8-wn-prime-ministers-signed-at": "signatories named as 'the prime ministers of A and B', persons next",
}


@pytest.mark.parametrize("probe", [pytest.param(p, id=p.id, marks=gap_marks(p.id, GAPS)) for p in PROBES])
def test_the_key_meeting_is_the_story_s(probe: KeyProbe) -> None:
    assert key_meeting_problems(probe) == []


def test_the_brief_reads_the_article_s_headline_for_its_key_meeting() -> None:
    from briefs.engine import brief_article
    from briefs.model import Article

    probe = next(p for p in PROBES if p.id == "b3-title-hearing-second-paragraph")
    text = probe.text + (
        "\nShe said deposits were safe and that regulators had acted quickly to contain the damage. "
        "Several senators pressed her on whether the Fed had missed warning signs at the failed banks, "
        "and she said a review of supervision would be published within weeks.\n"
    )
    with_title = brief_article(Article(text=text, title=probe.title, source="probe"))
    assert "Committee" in with_title.meetings[0].participants[-1].name
    dated = brief_article(Article(text=text, title="Tuesday, March 4, 2025", source="probe"))
    assert dated.meetings[0].participants[-1].name == "Ben Ortiz"  # a date line is no headline
