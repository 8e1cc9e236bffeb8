"""Roles in other outlets' habits, round 9: blind batches of invented role sentences, expected roles first.

Round 9 of issue 13. Each sentence and the role words a careful reader gives the person were written
BEFORE the engine was run on them (the first-pass rates are in bench/README.md, "Round 9: speakers and
roles in other outlets' habits"); none comes from a corpus. The forms: US regional attributions (age
and home town between the name and the role, a who-clause), business wires (an analyst's firm and
title, "X's chief executive"), tabloid and feature labels before the name, and roles given in an
appositive after the name, before the name, in a later sentence, or as a possessive's title.
"""

from __future__ import annotations

import pytest
from engine_support import gap_marks
from role_probe_support import assert_role

# (id, text, person, role words "a|b")
PROBES: list[tuple[str, str, str, str]] = [
    # --- US regional ---
    ("us-age-of-town-a-nurse-at", "Jane Doe, 54, of Opelika, a nurse at East Alabama Medical Center, said the power went out at noon.", "Jane Doe", "nurse"),
    ("us-said-age-retired-machinist-from", '"It is a waste," said Earl Pruitt, 71, a retired machinist from the east side.', "Earl Pruitt", "machinist"),
    ("us-town-fire-chief-before", "Auburn Fire Chief Mark Kern said the blaze started in the kitchen.", "Mark Kern", "fire chief|chief"),
    ("us-county-commissioner-a-republican", "Harlan County Commissioner Ray Tubbs, a Republican who represents District 3, voted no.", "Ray Tubbs", "commissioner"),
    ("us-police-lt-abbrev", "Opelika Police Lt. Curt Yates said the road would reopen by noon.", "Curt Yates", "lt|lieutenant"),
    ("us-event-organizer-three-names", '"Come early," said event organizer Becky Lynn Carter.', "Becky Lynn Carter", "organizer"),
    ("us-who-chairs-the-board", "Ellen Marsh, who chairs the planning board, opposed the landfill.", "Ellen Marsh", "chair"),
    ("us-age-bus-driver-and-father", "Gabriel Ortiz, 38, a bus driver and father of three from Vass, said he could not afford the rent.", "Gabriel Ortiz", "bus driver|driver"),
    ("us-county-sheriff-possessive-spokesman", "Lt. Dana Frye, a spokeswoman for the Harlan County Sheriff's Office, confirmed the arrest.", "Dana Frye", "spokeswoman"),
    ("us-superintendent-of-schools", "Superintendent of Schools Carla Benning closed every school on Friday.", "Carla Benning", "superintendent"),
    # --- business wires ---
    ("biz-said-an-analyst-at", '"Margins will suffer," said Ravi Menon, an analyst at Brightwater Securities.', "Ravi Menon", "analyst"),
    ("biz-firm-analyst-before", "Lowther Partners analyst Kate Morrow cut her price target.", "Kate Morrow", "analyst"),
    ("biz-cfo-title-case-before", "Chief Financial Officer Omar Trask told analysts the quarter was weak.", "Omar Trask", "chief financial officer"),
    ("biz-chief-economist-at-in-city", "Sofia Reyes, chief economist at Kessel Capital in London, expects two cuts.", "Sofia Reyes", "chief economist"),
    ("biz-head-of-strategy-at-and-co", "Mark Oduya, head of rates strategy at Pell & Co, told Reuters rates would hold.", "Mark Oduya", "head"),
    ("biz-firms-chief-executive-comma", "Brandt Motors' chief executive, Lars Brandt, said the plant would close.", "Lars Brandt", "chief executive"),
    ("biz-firms-chief-executive-no-comma", "Halden Systems' chief executive Ana Pires said sales rose.", "Ana Pires", "chief executive"),
    ("biz-surname-firms-ceo-since-later", "Ana Pires flew to Tokyo on Monday. Pires, Halden's chief executive since 2021, met suppliers there.", "Ana Pires", "chief executive"),
    ("biz-banks-head-of-research", "Kessel Bank's head of research, Lea Moss, expects a weaker pound.", "Lea Moss", "head"),
    ("biz-portfolio-manager-at", "Jon Ellery, a portfolio manager at Redfern Asset Management, sold the shares.", "Jon Ellery", "portfolio manager|manager"),
    ("biz-name-firms-ceo-abbrev", "Lena Falk, Halden's CEO, said demand had stabilised.", "Lena Falk", "ceo"),
    ("biz-founder-and-chief-executive", "The company's founder and chief executive, Mia Tan, said the listing would go ahead.", "Mia Tan", "founder|chief executive"),
    ("biz-senior-analyst-at-who-has", "Tom Park, senior analyst at Norden Research, who has a hold rating on the stock, was unimpressed.", "Tom Park", "analyst"),
    # --- tabloids and features ---
    ("tab-soap-actress-before", "Soap actress Gemma Lowe has spoken of her heartbreak.", "Gemma Lowe", "actress"),
    ("tab-striker-before", "Striker Danny Rowe branded the referee a disgrace.", "Danny Rowe", "striker"),
    ("tab-boxer-before", "Boxer Tyrone Mace has vowed to win in the first round.", "Tyrone Mace", "boxer"),
    ("tab-place-mp-before", "Dorn MP Sadie Park reacted with fury.", "Sadie Park", "mp"),
    ("mag-a-dairy-farmer-in", "Miriam Okafor, a dairy farmer in Vass, milks 120 cows before dawn.", "Miriam Okafor", "farmer"),
    ("mag-roofer-before", "Roofer Henrik Dahl has worked in Vass for 40 years.", "Henrik Dahl", "roofer"),
    ("int-veteran-goalkeeper-age", "Veteran goalkeeper Pablo Ruiz, 41, signed a new one-year deal.", "Pablo Ruiz", "goalkeeper"),
    ("int-his-co-star", "Mateo Ferrer appeared with his co-star Lena Voss on the show.", "Lena Voss", "co-star"),
    ("int-actress-before", "Actress Nora Blaine was in good spirits at the premiere.", "Nora Blaine", "actress"),
    # --- roles and organisations, appositives ---
    ("org-name-a-spokeswoman-for-department", '"We are reviewing it," said Clara Nunez, a spokeswoman for the Dorn Police Department.', "Clara Nunez", "spokeswoman"),
    ("org-governors-spokesman-comma", "The governor's spokesman, Eli Brandt, said the governor would sign the bill.", "Eli Brandt", "spokesman"),
    ("org-unions-general-secretary", "The union's general secretary, Pat Greer, rejected the offer.", "Pat Greer", "general secretary|secretary"),
    ("org-judge-before", "Judge Helen Marsh jailed the man for six years.", "Helen Marsh", "judge"),
    ("org-home-secretary-before", "Home Secretary Priya Lal said the violence would not be tolerated.", "Priya Lal", "home secretary|secretary"),
    ("org-teacher-before-lower", '"We counted the children," said teacher Abby Lane.', "Abby Lane", "teacher"),
    ("org-place-mayor-possessive-comma", "Kessel's mayor, Rui Matos, said the bridge would reopen.", "Rui Matos", "mayor"),
    ("org-university-vice-chancellor-prof", "Dorn University's vice-chancellor, Prof Alan Reyes, announced the cuts.", "Alan Reyes", "vice-chancellor"),
    # --- roles in a later sentence ---
    ("later-who-heads", "Omar Nasser arrived in Geneva on Monday. Nasser, who heads the Kessel Red Crescent, said aid was ready.", "Omar Nasser", "head"),
    ("later-had-been-the-museums-director", "Julia Stein resigned on Friday. Stein had been the museum's director since 2015.", "Julia Stein", "director"),
    ("later-is-the-unions-organiser", "Tom Reed spoke at the rally. Reed is the union's regional organiser.", "Tom Reed", "organiser"),
    ("later-a-lawyer-by-training", "Ian Lowry, a lawyer by training, became Dorn's first elected sheriff in 2010.", "Ian Lowry", "lawyer|sheriff"),
]


# Batch 1b, written (with its expected roles) before the engine ran on it, after batch 1's fixes:
# Wikinews, US congressional and regional, business and tabloid labels; epithets and later sentences.
PROBES_1B: list[tuple[str, str, str, str]] = [
    ("wn-the-festivals-director-comma", "Ana Morel, the festival's director, said ticket sales had doubled.", "Ana Morel", "director"),
    ("wn-club-president-before", "The statement was signed by club president Ivo Marin.", "Ivo Marin", "president"),
    ("wn-opposition-leader-before", "Opposition leader Rafael Duarte conceded defeat on Sunday night.", "Rafael Duarte", "leader"),
    ("wn-her-lawyer-comma-name", "Her lawyer, Marco Vitti, said she would appeal.", "Marco Vitti", "lawyer"),
    ("wn-age-a-resident-of", "Jonas Lind, 34, a resident of the building, heard the blast.", "Jonas Lind", "resident"),
    ("wn-culture-minister-before", "Culture Minister Ewa Nowak faced calls to quit.", "Ewa Nowak", "minister"),
    ("wn-opposition-councillor-lower", "The plan was opposed by opposition councillor Tom Hale.", "Tom Hale", "councillor"),
    ("wn-police-spokesman-inspector", "Police spokesman Inspector Raj Patel confirmed three arrests.", "Raj Patel", "spokesman|inspector"),
    ("us-longtime-friend-age", '"He was generous," recalled longtime friend Bob Hartley, 68.', "Bob Hartley", "friend"),
    ("us-owner-whose-family", '"We stay," insisted owner Maria Gomez, whose family has run the diner since 1962.', "Maria Gomez", "owner"),
    ("us-rep-party-state", "Rep. Dan Ortiz, D-Kessel, voted for the bill.", "Dan Ortiz", "rep|representative"),
    ("us-sen-bracket-party", "Sen. Karen Lowe (R-Dorn) called the measure reckless.", "Karen Lowe", "sen|senator"),
    ("us-hospitals-cmo-after-said", '"We are hopeful," said Ben Cole, the hospital\'s chief medical officer.', "Ben Cole", "chief medical officer"),
    ("us-county-spokeswoman-before", "County spokeswoman Jill Amos declined to comment.", "Jill Amos", "spokeswoman"),
    ("us-coach-then-in-his-third-season-as", "Ryan Tate lost his first game. Tate, in his third season as head coach, blamed the defence.", "Ryan Tate", "coach"),
    ("biz-who-took-over-as-chief-executive", "Juan Ortega, who took over as chief executive in March, cut 200 jobs.", "Juan Ortega", "chief executive"),
    ("biz-firms-head-of-trading-after", "Anders Vik, Kessel Energy's head of trading, expects prices to fall.", "Anders Vik", "head"),
    ("biz-formerly-the-finance-director-at", "Ida Holm, formerly the finance director at Norden Bank, joined the board.", "Ida Holm", "finance director|director"),
    ("biz-the-banks-governor-and-her-deputy", "The bank's governor, Eva Strand, and her deputy, Jonas Falk, testified on Tuesday.", "Jonas Falk", "deputy"),
    ("uk-grieving-dad-age", "Grieving dad Steve Hart, 45, paid tribute to his daughter.", "Steve Hart", "dad|father"),
    ("uk-tory-mp-before", "Tory MP Mark Finch called it a scandal.", "Mark Finch", "mp"),
    ("uk-his-solicitor-before", "Speaking outside court, his solicitor Alan Pryce said his client was relieved.", "Alan Pryce", "solicitor"),
    ("uk-england-winger-before", "England winger Lauren Hay scored twice.", "Lauren Hay", "winger"),
    ("later-the-age-architect-epithet", "Maria Lopez won the award on Saturday. The 42-year-old architect designed the new library in Dorn.", "Maria Lopez", "architect"),
    ("later-age-became-president-in", "Kofi Mensah, 61, became president in 2020.", "Kofi Mensah", "president"),
    ("later-whom-the-party-chose-as-leader", "Elena Cruz, whom the party chose as its leader in May, toured the north.", "Elena Cruz", "leader"),
]


# Batch 2, written (with its expected roles) after the fixes of batches 1 and 1b, in other wording.
PROBES_2: list[tuple[str, str, str, str]] = [
    ("b2-age-of-town-a-cashier-at", "Ruth Ann Miller, 47, of Phenix City, a cashier at the plant, lost her job.", "Ruth Ann Miller", "cashier"),
    ("b2-a-strategist-at", "Morgan Hale, a strategist at Dunmore Capital, expects a slowdown.", "Morgan Hale", "strategist"),
    ("b2-treasury-secretary-before", "On a call with reporters, Treasury Secretary Lena Park defended the sanctions.", "Lena Park", "secretary"),
    ("b2-groundsman-after-verb", '"Rain again," laughed groundsman Pete Moran.', "Pete Moran", "groundsman"),
    ("b2-club-coach-before", "Rovers coach Ann Bell was relaxed before the game.", "Ann Bell", "coach"),
    ("b2-her-business-partner-comma", "Clara Voss came with her business partner, Jens Ahl, to the opening.", "Jens Ahl", "partner"),
    ("b2-shadow-chancellor-before", "Shadow chancellor Rhys Owen called the budget a con.", "Rhys Owen", "chancellor"),
    ("b2-said-chairman-before", "'We are a family club,' said chairman Derek Fry.", "Derek Fry", "chairman"),
    ("b2-sentencing-judge", "Sentencing him, Judge Amir Khan said he had shown no remorse.", "Amir Khan", "judge"),
    ("b2-finance-minister-lower-before", "Finance minister Raj Mehta presented the budget on Thursday.", "Raj Mehta", "minister"),
    ("b2-spokesperson-for-governor-name", "A spokesperson for Governor Ellen Marsh said she had no plans to intervene.", "Ellen Marsh", "governor"),
    ("b2-the-firms-general-counsel-comma", "The firm's general counsel, Mark Ellis, promised an appeal.", "Mark Ellis", "general counsel|counsel"),
    ("b2-general-counsel-at", "Mark Ellis, general counsel at Orbis Group, criticised the ruling.", "Mark Ellis", "general counsel|counsel"),
    ("b2-firms-chief-executive-after-name", "Dana Kerr, Orbis Group's chief executive, dismissed the criticism.", "Dana Kerr", "chief executive"),
    ("b2-age-a-nurse-from-whose", "Maria Costa, 39, a nurse from Vass, whose husband died in the blast, spoke at the vigil.", "Maria Costa", "nurse"),
    ("b2-former-minister-now-a-professor", "Former minister Jan Ode, now a professor at Dorn University, criticised the policy.", "Jan Ode", "professor|minister"),
    ("b2-named-its-chief-executive-in", "Orbis Group named Dana Kerr its chief executive in 2022.", "Dana Kerr", "chief executive"),
    ("b2-later-surname-a-former-banker", "Dana Kerr joined Orbis in 2019. Kerr, a former banker, now runs its London office.", "Dana Kerr", "banker"),
    ("b2-served-two-terms-as-mayor", "Alice Moreau served two terms as mayor of Dorn before entering parliament.", "Alice Moreau", "mayor"),
    ("b2-the-pastor-of-the-church-the-rev", "The pastor of the church, the Rev. John Adeyemi, led the vigil.", "John Adeyemi", "pastor|rev"),
]


# Batch 3, written (with its expected roles) before the engine ran on it, after the batch-2 fixes:
# offices taken, succeeded and held, candidates and champions, academics, a band's members,
# founders and owners, envoys, and offices told with "the new" or "-elect".
PROBES_3: list[tuple[str, str, str, str]] = [
    ("b3-who-was-appointed-secretary-of-state", "Luisa Ortiz, who was appointed secretary of state last week, resigned on Friday.", "Luisa Ortiz", "secretary of state|secretary"),
    ("b3-newly-appointed-title-case", "Luisa Ortiz, the newly appointed Secretary of State, resigned on Friday.", "Luisa Ortiz", "secretary of state|secretary"),
    ("b3-is-set-to-become-governor", "Luisa Ortiz is set to become governor next month.", "Luisa Ortiz", "governor"),
    ("b3-who-will-succeed-as", "Tomas Berg, who will succeed Ann Holm as chief executive, starts in May.", "Tomas Berg", "chief executive"),
    ("b3-replaced-as", "Tomas Berg replaced Ann Holm as chief executive in May.", "Tomas Berg", "chief executive"),
    ("b3-will-replace-as-prime-minister", "Ida Sand will replace Olav Moe as prime minister on Monday.", "Ida Sand", "prime minister"),
    ("b3-the-new-prime-minister-comma", "The new prime minister, Ida Sand, named her cabinet.", "Ida Sand", "prime minister"),
    ("b3-president-elect-after", "Ida Sand, the president-elect, thanked voters.", "Ida Sand", "president"),
    ("b3-incumbent-president-appositive", "Olav Moe, the incumbent president, conceded defeat.", "Olav Moe", "president"),
    ("b3-has-been-appointed-as-the-new-coach", "Ana Ruiz has been appointed as the new coach of Dorn Rovers.", "Ana Ruiz", "coach"),
    ("b3-was-named-the-teams-captain", "Ben Okafor was named the team's captain on Tuesday.", "Ben Okafor", "captain"),
    ("b3-was-promoted-to-general-manager", "Sara Voss was promoted to general manager in 2021.", "Sara Voss", "general manager|manager"),
    ("b3-takes-over-as-chair", "Rita Holm takes over as chair of the board in June.", "Rita Holm", "chair"),
    ("b3-chief-of-the-body", "Omar Haddad, chief of the Kessel Fire Service, praised the crews.", "Omar Haddad", "chief"),
    ("b3-senior-fellow-at-institute", "Nina Park, a senior fellow at the Dorn Institute, wrote the report.", "Nina Park", "fellow"),
    ("b3-associate-professor-at", "Jonas Eide, an associate professor at Kessel University, led the study.", "Jonas Eide", "professor"),
    ("b3-researcher-with-body", "Mei Chen, a researcher with the Norland Space Agency, found the comet.", "Mei Chen", "researcher"),
    ("b3-an-army-veteran", "Carl Boone, a U.S. Army veteran, was among the victims.", "Carl Boone", "veteran"),
    ("b3-the-democratic-candidate-for-governor", "Lisa Park, the Democratic candidate for governor, led in the polls.", "Lisa Park", "candidate"),
    ("b3-party-candidate-before", "Republican candidate Tom Ward conceded on Wednesday.", "Tom Ward", "candidate"),
    ("b3-defense-secretary-before", "Defense Secretary Mark Lowe visited the base.", "Mark Lowe", "secretary"),
    ("b3-us-secretary-of-state-before", "U.S. Secretary of State Karen Hale arrived in Cairo.", "Karen Hale", "secretary of state|secretary"),
    ("b3-un-secretary-general-before", "UN Secretary-General Amara Diallo called for a ceasefire.", "Amara Diallo", "secretary-general"),
    ("b3-the-secretary-general-of-body-comma", "The Secretary-General of NATO, Lars Vik, arrived in Kyiv.", "Lars Vik", "secretary-general"),
    ("b3-uns-special-envoy-for", "Pia Sorensen, the UN's special envoy for Syria, met both sides.", "Pia Sorensen", "envoy"),
    ("b3-body-president-before-acronym", "FIFA president Gianni Rosso opened the draw.", "Gianni Rosso", "president"),
    ("b3-the-owner-of-the-restaurant", "Marco Bell, the owner of the restaurant, called the police.", "Marco Bell", "owner"),
    ("b3-who-owns-the-restaurant", "Marco Bell, who owns the restaurant, called the police.", "Marco Bell", "owner"),
    ("b3-who-founded-in-year", "Ines Kahn, who founded Orbis in 1998, sold her stake.", "Ines Kahn", "founder"),
    ("b3-firm-founder-before", "Orbis founder Ines Kahn sold her stake.", "Ines Kahn", "founder"),
    ("b3-possessive-co-founder-after", "Per Lund, Orbis's co-founder, left in 2010.", "Per Lund", "co-founder|founder"),
    ("b3-astronomer-of-observatory-before", "Astronomer Eva Nilsen of the Kessel Observatory spotted the comet.", "Eva Nilsen", "astronomer"),
    ("b3-the-studys-lead-author", "Hugo Lind, the study's lead author, presented the results.", "Hugo Lind", "author"),
    ("b3-lead-author-of-the-study", "Hugo Lind, lead author of the study, presented the results.", "Hugo Lind", "author"),
    ("b3-the-bands-lead-singer", "Kim Ahlberg, the band's lead singer, cancelled the tour.", "Kim Ahlberg", "singer"),
    ("b3-who-is-the-bands-drummer", "Jon Sund, who is the band's drummer, broke his wrist.", "Jon Sund", "drummer"),
    ("b3-the-films-director-before", "The film's director, Rosa Mel, accepted the award.", "Rosa Mel", "director"),
    ("b3-the-reigning-world-champion", "Jana Novak, the reigning world champion, withdrew from the race.", "Jana Novak", "champion"),
    ("b3-olympic-champion-year", "Jana Novak, the 2024 Olympic champion, won again.", "Jana Novak", "champion"),
    ("b3-phd-student-at", "Ali Rahimi, a PhD student at Dorn University, built the robot.", "Ali Rahimi", "student"),
    ("b3-an-mp-for-the-party", "Olu Adeyemi, an MP for the Green Party, asked the question.", "Olu Adeyemi", "mp"),
    ("b3-a-member-of-the-council", "Greta Lunde, a member of the city council, voted against.", "Greta Lunde", "member"),
]


# Round 9: a description that speaks gives its role to the person the sentence before opens with,
# when the last to speak holds another role (round 8's derby gap).
PROBES_DESCRIBED: list[tuple[str, str, str, str]] = [
    (
        "described-speaker-after-subject-of-other-verb",
        'Ana Holm, the club\'s manager, said the side had been brave. Jon Moss, 34, was mobbed by the fans. "I waited years for this," the veteran striker said.',
        "Jon Moss",
        "striker",
    ),
]


# Batch 6, written (with its expected roles) before the engine ran on it, after the fixes of batches
# 3 to 5: what encyclopedic news pages name people by: regnal and religious titles with one name,
# military abbreviations, long government titles, culture and sport labels, and double roles.
PROBES_6: list[tuple[str, str, str, str]] = [
    ("b6-pope-one-name", "Pope Leo XIV visited the refugee camp on Sunday.", "Leo XIV", "pope"),
    ("b6-king-regnal-number", "King Harald V of Norland opened the new bridge.", "Harald V", "king"),
    ("b6-queen-one-name-possessive-after", "Queen Astrid, the king's wife, laid a wreath.", "Astrid", "queen"),
    ("b6-crown-prince-full-name", "Crown Prince Faisal bin Khalid met the envoy in Riyadh.", "Faisal bin Khalid", "crown prince|prince"),
    ("b6-archbishop-of-place-before", "Archbishop of Dorn Peter Lund led the funeral mass.", "Peter Lund", "archbishop"),
    ("b6-ayatollah-before", "Ayatollah Hossein Karimi issued a decree on Friday.", "Hossein Karimi", "ayatollah"),
    ("b6-lt-gen-abbrev", "Lt. Gen. Mark Haines took command of the corps.", "Mark Haines", "gen|general|lieutenant"),
    ("b6-brig-gen-abbrev", "Brig. Gen. Sara Ortiz briefed reporters at the Pentagon.", "Sara Ortiz", "gen|general|brigadier"),
    ("b6-col-abbrev-spokesman", "Army spokesman Col. Tom Reyes confirmed the deaths.", "Tom Reyes", "spokesman|col|colonel"),
    ("b6-chief-justice-before", "Chief Justice Maria Olsen swore in the new president.", "Maria Olsen", "chief justice|justice"),
    ("b6-attorney-general-before", "Attorney General Dan Whitby announced the charges.", "Dan Whitby", "attorney general"),
    ("b6-lieutenant-governor-before", "Lieutenant Governor Rosa Perez signed the order.", "Rosa Perez", "lieutenant governor|governor"),
    ("b6-house-speaker-before", "House Speaker Tom Kemp scheduled the vote.", "Tom Kemp", "speaker"),
    ("b6-senate-majority-leader-before", "Senate Majority Leader Joan Price blocked the bill.", "Joan Price", "majority leader|leader"),
    ("b6-white-house-press-secretary", "White House Press Secretary Lena Ford took questions.", "Lena Ford", "press secretary|secretary"),
    ("b6-eu-commissioner-for-before", "EU Commissioner for Trade Ana Sousa flew to Beijing.", "Ana Sousa", "commissioner"),
    ("b6-us-representative-before", "U.S. Representative Kevin Hart introduced the bill.", "Kevin Hart", "representative"),
    ("b6-justice-minister-before", "Justice Minister Olga Berg defended the reform.", "Olga Berg", "minister"),
    ("b6-nationality-position-before", "The Brazilian forward Paulo Lima scored twice.", "Paulo Lima", "forward"),
    ("b6-tennis-player-before", "Tennis player Nina Holm withdrew from the tournament.", "Nina Holm", "player"),
    ("b6-formula-one-driver-before", "Formula One driver Luca Ferri crashed in practice.", "Luca Ferri", "driver"),
    ("b6-cyclist-before", "Cyclist Jan Bakker won the stage.", "Jan Bakker", "cyclist"),
    ("b6-singer-songwriter-before", "Singer-songwriter Maya Lind cancelled her tour.", "Maya Lind", "singer-songwriter|singer"),
    ("b6-rapper-before", "Rapper Kofi Dee was arrested in Atlanta.", "Kofi Dee", "rapper"),
    ("b6-comedian-before", "Comedian Sam Ortiz hosted the ceremony.", "Sam Ortiz", "comedian"),
    ("b6-film-director-before", "Film director Ana Brun won the prize.", "Ana Brun", "director"),
    ("b6-actor-known-for-his-role", "Tom Hale, an actor known for his role in the series Dorn, died on Monday.", "Tom Hale", "actor"),
    ("b6-encyclopedic-born-is-a", "Ingrid Voss (born 1950) is a Norland physicist.", "Ingrid Voss", "physicist"),
    ("b6-chairman-and-ceo-of", "Paul Berg, chairman and chief executive of Orbis Group, resigned.", "Paul Berg", "chairman|chief executive"),
    ("b6-who-works-as-a", "Lena Moe, 34, from Vass, who works as a paramedic, was first on the scene.", "Lena Moe", "paramedic"),
    ("b6-a-spokeswoman-bare", "Karin Dahl, a spokeswoman, said the plant was safe.", "Karin Dahl", "spokeswoman"),
    ("b6-the-victims-mother", "Anna Berg, the victim's mother, spoke outside court.", "Anna Berg", "mother"),
    ("b6-first-female-president-of", "Sara Lind, the country's first female president, took office on Monday.", "Sara Lind", "president"),
    ("b6-then-ceo-of", "Ola Moe, the then-chief executive of Orbis, approved the deal.", "Ola Moe", "chief executive"),
    ("b6-secretary-general-of-party-before", "Party secretary-general Omar Aziz resigned on Tuesday.", "Omar Aziz", "secretary-general"),
    ("b6-defence-chief-before", "Defence chief Gen. Erik Holm warned of cuts.", "Erik Holm", "chief|gen|general"),
    ("b6-head-coach-possessive-comma", "Dorn Rovers' head coach, Ivan Petrov, was sacked.", "Ivan Petrov", "head coach|coach"),
    ("b6-goalkeeper-of-club-after", "Marco Rossi, goalkeeper of Dorn Rovers, saved two penalties.", "Marco Rossi", "goalkeeper"),
    ("b6-party-member-of-parliament", "Aino Salo, a Green Party member of parliament, tabled the motion.", "Aino Salo", "member"),
    ("b6-police-commissioner-before", "Police Commissioner Jan Eide resigned over the scandal.", "Jan Eide", "commissioner"),
]


# Batch 7, written (with its expected roles) before the engine ran on it, after the batch-6 fixes:
# offices of a country or a body written with "of the", across a comma, "ex-" and "the late",
# firsts and "-elect", international bodies' heads by acronym, police, coroners and academics.
PROBES_7: list[tuple[str, str, str, str]] = [
    ("b7-pm-of-the-country-before", "Prime Minister of the United Kingdom Ida Sand arrived in Paris.", "Ida Sand", "prime minister"),
    ("b7-sg-of-the-body-before", "Secretary-General of the United Nations Amara Diallo called for calm.", "Amara Diallo", "secretary-general"),
    ("b7-foreign-minister-of-place-comma", "The Foreign Minister of Norland, Ida Sand, arrived in Paris.", "Ida Sand", "foreign minister|minister"),
    ("b7-name-minister-of-foreign-affairs-of", "Ida Sand, Minister of Foreign Affairs of Norland, arrived in Paris.", "Ida Sand", "minister"),
    ("b7-the-place-minister-for-comma", "The Norland Minister for Foreign Affairs, Ida Sand, arrived in Paris.", "Ida Sand", "minister"),
    ("b7-ex-president-before", "Ex-President Olav Moe was charged on Monday.", "Olav Moe", "president"),
    ("b7-the-late-president", "A statue of the late President Olav Moe was unveiled.", "Olav Moe", "president"),
    ("b7-lawyer-by-training-and-a-former-mp", "Ida Sand, 44, a lawyer by training and a former MP, won the vote.", "Ida Sand", "lawyer|mp"),
    ("b7-who-is-also-the-partys-leader", "Ida Sand, who is also the party's leader, won the vote.", "Ida Sand", "leader"),
    ("b7-party-leader-and-prime-minister", "Ida Sand, the party leader and prime minister, won the vote.", "Ida Sand", "leader|prime minister"),
    ("b7-speaker-of-the-house-before", "Speaker of the House Nora Pike scheduled the vote.", "Nora Pike", "speaker"),
    ("b7-the-speaker-of-the-house-of-commons", "Tom Hoyle, the Speaker of the House of Commons, called for order.", "Tom Hoyle", "speaker"),
    ("b7-leader-of-the-opposition-before", "Leader of the Opposition Kemi Bade asked the first question.", "Kemi Bade", "leader"),
    ("b7-the-leader-of-the-opposition-comma", "The Leader of the Opposition, Kemi Bade, asked the first question.", "Kemi Bade", "leader"),
    ("b7-sworn-in-as-the-46th", "Ida Sand was sworn in as the 46th president of Norland on Monday.", "Ida Sand", "president"),
    ("b7-first-woman-elected-mayor", "Rita Holm became the first woman to be elected mayor of Dorn.", "Rita Holm", "mayor"),
    ("b7-elected-president-in-year-aside", "Olav Moe, elected president in 2020, conceded defeat.", "Olav Moe", "president"),
    ("b7-newly-elected-president-before", "Newly elected President Ida Sand named her cabinet.", "Ida Sand", "president"),
    ("b7-the-head-of-body-acronym-comma", "The head of the World Health Organization (WHO), Amara Tesfaye, warned of a new wave.", "Amara Tesfaye", "head"),
    ("b7-acronym-director-general-before", "WHO Director-General Amara Tesfaye warned of a new wave.", "Amara Tesfaye", "director-general"),
    ("b7-acronyms-director-general-after", "Amara Tesfaye, WHO's Director-General, warned of a new wave.", "Amara Tesfaye", "director-general"),
    ("b7-the-director-of-public-health-for", "Jane Kerr, 58, the Director of Public Health for Dorn, urged calm.", "Jane Kerr", "director"),
    ("b7-places-director-of-public-health", "Jane Kerr, Dorn's Director of Public Health, urged calm.", "Jane Kerr", "director"),
    ("b7-professor-of-the-university-of", "Professor Hugo Lind of the University of Dorn led the study.", "Hugo Lind", "professor"),
    ("b7-dr-a-virologist-at", "Dr. Mei Chen, a virologist at Kessel University, studied the samples.", "Mei Chen", "virologist"),
    ("b7-an-expert-in-at", "Nils Berg, an expert in maritime law at Dorn University, reviewed the case.", "Nils Berg", "expert"),
    ("b7-detective-inspector-before", "Detective Inspector Sara Lowe led the inquiry.", "Sara Lowe", "inspector"),
    ("b7-detective-chief-superintendent", "Detective Chief Superintendent Mark Oduya appealed for witnesses.", "Mark Oduya", "superintendent"),
    ("b7-coroner-before", "Coroner Alison Reid recorded a verdict of accidental death.", "Alison Reid", "coroner"),
    ("b7-the-county-coroner-comma", "Tom Webb, the county coroner, confirmed the identity of the victim.", "Tom Webb", "coroner"),
    ("b7-the-coroner-for-place", "Alison Reid, the coroner for West Dorn, opened the inquest.", "Alison Reid", "coroner"),
    ("b7-vice-president-of-the-country", "Vice President of Norland Ola Berg visited the flood zone.", "Ola Berg", "vice president|president"),
    ("b7-chairman-of-the-board-of", "Paul Berg, Chairman of the Board of Orbis Group, resigned.", "Paul Berg", "chairman"),
    ("b7-ms-bare-later-with-title-aside", "Ms Sand, the Foreign Minister, arrived in Paris on Monday.", "Sand", "foreign minister|minister"),
]


# Not blind: written after the "Archbishop of Dorn" fix, the forms it must and must not take.
PROBES_TITLE_OF_PLACE: list[tuple[str, str, str, str]] = [
    ("title-of-unknown-place-then-name", "Mayor of Vassby Piotr Lenk opened the school.", "Piotr Lenk", "mayor"),
    ("title-of-two-word-place-then-name", "Mayor of New York Eric Adams said the subway was safe.", "Eric Adams", "mayor"),
    ("title-of-place-two-words-then-given-name", "Governor of Dorn County Ana Ruiz signed the order.", "Ana Ruiz", "governor"),
]


# Probes the rules do not pass, each with what is missing (strict: they fail, or the mark goes).
GAPS: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [pytest.param(*p[1:], id=p[0], marks=gap_marks(p[0], GAPS)) for p in PROBES + PROBES_1B + PROBES_2 + PROBES_3 + PROBES_DESCRIBED + PROBES_6 + PROBES_7 + PROBES_TITLE_OF_PLACE],
)
def test_round9_role_in_other_outlets_habits_is_the_one_a_reader_gives(text, name, role):
    assert_role(text, name, role)
