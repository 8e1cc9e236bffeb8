"""Roles on unseen wording: a blind batch of invented role sentences, expected roles written first.

Round 7 of issue 13. Each sentence and the role words a careful reader gives the person were
written BEFORE the engine was run on them (the first-pass rate is in bench/README.md, "Round 7:
quotes, speakers, roles"); none comes from a corpus, and the wording differs on purpose from
tests/test_engine_people_probes.py: roles before the name between commas, "who heads", former,
acting and interim roles, US abbreviated titles and military ranks, particles and Asian name order,
church, court and parliament titles.
"""

from __future__ import annotations

import pytest
from role_probe_support import assert_role

from briefs.engine.doc import Document
from briefs.engine.people import find_people

# (id, text, person, role words "a|b")
PROBES: list[tuple[str, str, str, str]] = [
    (
        "possessive-role-commas-before",
        "The bank's chief economist, Ana Ruiz, said inflation had peaked.",
        "Ana Ruiz",
        "chief economist",
    ),
    (
        "who-heads-council",
        "Omar Farouk, who heads the refugee council, warned of shortages.",
        "Omar Farouk",
        "head",
    ),
    (
        "former-title-now-appositive",
        "Former finance minister Greta Lind, now an adviser to the bank, criticised the cut.",
        "Greta Lind",
        "finance minister|adviser",
    ),
    (
        "acting-commissioner",
        "Acting Police Commissioner Daniel Obi said the search would continue.",
        "Daniel Obi",
        "commissioner",
    ),
    ("sen-bracket-party-state", "Sen. Mara Quinn (D-Vt.) introduced the bill.", "Mara Quinn", "senator|sen"),
    (
        "rep-comma-party-state",
        "Rep. Joel Baker, R-Ind., said he would vote no.",
        "Joel Baker",
        "representative|rep",
    ),
    ("gov-abbrev", "Gov. Ellen Sato signed the order on Friday.", "Ellen Sato", "governor|gov"),
    (
        "lt-gen-with-appositive",
        "Lt. Gen. Marcus Reed, commander of the task force, briefed reporters.",
        "Marcus Reed",
        "commander|lieutenant general|lt. gen",
    ),
    (
        "maj-gen-alone",
        "Maj. Gen. Ana Costa led the inquiry into the crash.",
        "Ana Costa",
        "major general|maj. gen|general",
    ),
    (
        "van-particle-appositive",
        "Hugo van Dijk, the Dutch foreign minister, arrived in Rome on Monday.",
        "Hugo van Dijk",
        "foreign minister",
    ),
    (
        "bin-name-appositive",
        "Khalid bin Nasser, the Saudi energy minister, said output would rise.",
        "Khalid bin Nasser",
        "energy minister",
    ),
    (
        "japanese-possessive-title-commas",
        "Japan's prime minister, Ishida Kenji, said wages must rise.",
        "Ishida Kenji",
        "prime minister",
    ),
    (
        "korean-name-appositive",
        "Kim Min-jun, South Korea's unification minister, proposed new talks.",
        "Kim Min-jun",
        "unification minister",
    ),
    (
        "al-name-dr-surgeon",
        "Dr. Leila al-Amin, a surgeon at the city hospital, said the wards were full.",
        "Leila al-Amin",
        "surgeon",
    ),
    (
        "who-until-last-year-was",
        "Priya Nair, who until last year was chief executive of the exchange, joined the board.",
        "Priya Nair",
        "chief executive",
    ),
    (
        "interim-lower",
        "Interim chief executive Tom Reyes said the company would not be sold.",
        "Tom Reyes",
        "chief executive",
    ),
    (
        "deputy-mayor-who-standing-in",
        "Deputy Mayor Alan Brooks, who is standing in while the mayor recovers, opened the fair.",
        "Alan Brooks",
        "deputy mayor",
    ),
    ("a-former-judge", "Marta Gil, a former judge, will lead the inquiry.", "Marta Gil", "judge"),
    (
        "chaired-by-retired-judge",
        "The inquiry is chaired by retired judge Anthony Lowe.",
        "Anthony Lowe",
        "judge|chair",
    ),
    (
        "city-possessive-police-chief",
        "Karl Brenner, Berlin's police chief, said the march was peaceful.",
        "Karl Brenner",
        "police chief",
    ),
    ("cardinal", "Cardinal Luigi Rossi celebrated Mass in the cathedral.", "Luigi Rossi", "cardinal"),
    (
        "archbishop",
        "Archbishop Thomas Kerr called for calm after the riots.",
        "Thomas Kerr",
        "archbishop",
    ),
    (
        "speaker-of-the-house",
        "Speaker of the House Linda Price scheduled a vote for Thursday.",
        "Linda Price",
        "speaker",
    ),
    (
        "un-secretary-general",
        "UN Secretary-General Ana Sousa called for a ceasefire.",
        "Ana Sousa",
        "secretary-general",
    ),
    (
        "startup-co-founder",
        "The startup's co-founder, Mia Chen, said the round was oversubscribed.",
        "Mia Chen",
        "co-founder|founder",
    ),
    (
        "head-coach-of-national-team",
        "Tom Jarvis, head coach of the national team, named his squad.",
        "Tom Jarvis",
        "head coach|coach",
    ),
    (
        "detective-chief-superintendent",
        "Detective Chief Superintendent Sara Hill appealed for witnesses.",
        "Sara Hill",
        "superintendent",
    ),
    (
        "shadow-chancellor",
        "The shadow chancellor, Rachel Green, called the budget a gamble.",
        "Rachel Green",
        "shadow chancellor|chancellor",
    ),
    (
        "spokesman-for-group",
        "Amir Khalil, a spokesman for the rebel group, denied the attack.",
        "Amir Khalil",
        "spokesman",
    ),
    (
        "age-nurse-who",
        "Grace Obi, 52, a nurse who has worked at the hospital for 20 years, joined the strike.",
        "Grace Obi",
        "nurse",
    ),
    ("chief-justice", "Chief Justice Maria Holt read the ruling.", "Maria Holt", "chief justice"),
    (
        "attorney-general",
        "Attorney General Ken Diaz announced the charges.",
        "Ken Diaz",
        "attorney general",
    ),
    (
        "press-secretary",
        "White House press secretary Jane Lowe declined to comment.",
        "Jane Lowe",
        "press secretary",
    ),
    (
        "russia-deputy-foreign-minister",
        "Dmitri Orlov, Russia's deputy foreign minister, said the talks were useful.",
        "Dmitri Orlov",
        "deputy foreign minister",
    ),
    (
        "ousted-as-leader",
        "Joe Lane, who was ousted as party leader last month, said he had no regrets.",
        "Joe Lane",
        "leader",
    ),
    (
        "head-of-commission",
        "Aisha Bello, the head of Nigeria's electoral commission, announced the results.",
        "Aisha Bello",
        "head",
    ),
    (
        "former-national-captain",
        "Former England captain Ben Ray criticised the selectors.",
        "Ben Ray",
        "captain",
    ),
    (
        "professor-of-university",
        "Professor Maya Singh of Dorn University led the study.",
        "Maya Singh",
        "professor",
    ),
    (
        "age-chairwoman",
        "Ruth Stone, 67, chairwoman of the residents' association, welcomed the decision.",
        "Ruth Stone",
        "chairwoman",
    ),
    (
        "associate-professor-of-law",
        "Hannah Cole, an associate professor of law at Kessel University, said the ruling was narrow.",
        "Hannah Cole",
        "professor",
    ),
    (
        "ambassador-to-un-possessive",
        "Liu Yang, China's ambassador to the UN, said Beijing opposed the resolution.",
        "Liu Yang",
        "ambassador",
    ),
    ("party-whip", "Party whip Sam Ortega said the vote would be close.", "Sam Ortega", "whip"),
    (
        "economist-at-bank",
        "Economist Ravi Bhat at Norland Bank expects two more rate cuts.",
        "Ravi Bhat",
        "economist",
    ),
    (
        "defence-chief-general",
        "Defence chief Gen. Omar Diallo resigned on Friday.",
        "Omar Diallo",
        "defence chief|general|chief",
    ),
    (
        "mother-of-three",
        "Kerry Blake, a mother of three from Dorn, was released on bail.",
        "Kerry Blake",
        "mother",
    ),
    (
        "role-two-sentences-later-the-ceo",
        "Nina Ferro joined Halden Mining in 2019. She has been its chief executive since 2022.",
        "Nina Ferro",
        "chief executive",
    ),
    (
        "rt-hon-title-mp",
        "Conservative MP Julian Hart, who sits on the defence committee, asked for a review.",
        "Julian Hart",
        "mp|member of parliament",
    ),
    (
        "wikinews-candidate",
        "Wikinews interviewed independent candidate Lotte Brandt about her campaign.",
        "Lotte Brandt",
        "candidate",
    ),
]



# Batch 2, written (with its expected roles) after batch 1 was fixed and before the engine ran on it.
PROBES_2: list[tuple[str, str, str, str]] = [
    (
        "role-comma-name-comma-then-verb-lower",
        "The club's new signing, winger Jamal Osei, scored on his debut.",
        "Jamal Osei",
        "winger|signing",
    ),
    (
        "chief-of-staff",
        "White House chief of staff Ron Keller briefed the president.",
        "Ron Keller",
        "chief of staff",
    ),
    (
        "as-title-later-sentence",
        "Elena Marsh took office as mayor in May.",
        "Elena Marsh",
        "mayor",
    ),
    (
        "serves-as",
        "Arjun Patel, who serves as the charity's treasurer, resigned.",
        "Arjun Patel",
        "treasurer",
    ),
    (
        "is-the-role-of-body",
        "Sven Holm is the head of the national weather service.",
        "Sven Holm",
        "head",
    ),
    (
        "nationality-occupation-before",
        "Norwegian climber Kari Dahl reached the summit on Friday.",
        "Kari Dahl",
        "climber",
    ),
    (
        "role-of-country-possessive-before",
        "Brazil's foreign minister, Paulo Reis, arrived in Lisbon.",
        "Paulo Reis",
        "foreign minister",
    ),
    (
        "honorific-and-role-appositive",
        "Dr. Hana Ito, the hospital's medical director, said beds were short.",
        "Hana Ito",
        "medical director|director",
    ),
    (
        "then-prime-minister",
        "The deal was signed by then-prime minister Jan Vos in 2015.",
        "Jan Vos",
        "prime minister",
    ),
    (
        "ex-title",
        "Ex-Rovers striker Dean Cole was jailed for two years.",
        "Dean Cole",
        "striker",
    ),
    (
        "former-after-name",
        "Greta Sand, a former Olympic swimmer, now coaches children.",
        "Greta Sand",
        "swimmer",
    ),
    (
        "owner-of",
        "Luca Ferri, owner of the Blue Door cafe, said trade had halved.",
        "Luca Ferri",
        "owner",
    ),
    (
        "role-after-said-name",
        "The fire started in the kitchen, said Tom Briggs, the restaurant's manager.",
        "Tom Briggs",
        "manager",
    ),
    (
        "mp-for-constituency",
        "Anna Price, the MP for Dorn West, raised the case in parliament.",
        "Anna Price",
        "mp",
    ),
    (
        "lord-title",
        "Lord Justice Hale dismissed the appeal.",
        "Hale",
        "lord justice|justice",
    ),
    (
        "incoming-ceo",
        "Incoming chief executive Laura Kim starts in January.",
        "Laura Kim",
        "chief executive",
    ),
    (
        "co-chair-appositive",
        "Mona Reyes, co-chair of the Green Party, welcomed the result.",
        "Mona Reyes",
        "co-chair",
    ),
    (
        "the-x-of-y-comma-name",
        "The governor of the central bank, Lina Haddad, kept rates on hold.",
        "Lina Haddad",
        "governor",
    ),
]



# Batch 3, written (with its expected roles) after batch 2 was fixed and before the engine ran on it:
# roles as encyclopaedic news (Wikinews) gives them: acronym titles, offices of named bodies, film and
# music credits, candidates, kin of a victim, nationalities before occupations.
PROBES_3: list[tuple[str, str, str, str]] = [
    ("ceo-of-appositive", "Mira Stone, the CEO of Brightline, announced the merger.", "Mira Stone", "ceo"),
    ("body-ceo-before", "Brightline CEO Mira Stone announced the merger.", "Mira Stone", "ceo"),
    ("possessive-cfo-appositive", "Dan Wu, Brightline's CFO, said margins improved.", "Dan Wu", "cfo"),
    (
        "who-is-president-of",
        "Lars Engel, who is the president of the Norland Football Association, resigned.",
        "Lars Engel",
        "president",
    ),
    ("is-possessive-chairman", "Omar Aziz is Halden Mining's chairman.", "Omar Aziz", "chairman"),
    (
        "nationality-occupation-appositive",
        "Clara Bell, an American actress, died on Sunday aged 88.",
        "Clara Bell",
        "actress",
    ),
    (
        "us-secretary-of-state-appositive",
        "Jon Reyes, the US Secretary of State, arrived in Cairo.",
        "Jon Reyes",
        "secretary of state",
    ),
    (
        "former-uk-prime-minister-before",
        "Former UK Prime Minister Alan Firth spoke at the funeral.",
        "Alan Firth",
        "prime minister",
    ),
    (
        "bands-lead-singer",
        "Kit Marlowe, the band's lead singer, cancelled the tour.",
        "Kit Marlowe",
        "singer",
    ),
    (
        "analyst-with",
        "Peter Voss, an analyst with Kessel Securities, expects a cut.",
        "Peter Voss",
        "analyst",
    ),
    (
        "teams-goalkeeper",
        "Ana Lima, the team's goalkeeper, saved two penalties.",
        "Ana Lima",
        "goalkeeper",
    ),
    (
        "presidential-candidate-before",
        "Democratic presidential candidate Rosa Diaz held a rally in Ohio.",
        "Rosa Diaz",
        "candidate",
    ),
    (
        "leader-of-opposition-party",
        "Ian Brooke, leader of the opposition Labour Party, called for an election.",
        "Ian Brooke",
        "leader",
    ),
    (
        "who-leads-party",
        "Mette Holm, who leads the Centre Party, rejected the offer.",
        "Mette Holm",
        "leader",
    ),
    (
        "minister-of-health-before",
        "Minister of Health Aisha Bello opened the clinic.",
        "Aisha Bello",
        "minister of health|minister",
    ),
    (
        "the-minister-of-health-appositive",
        "Aisha Bello, the Minister of Health, opened the clinic.",
        "Aisha Bello",
        "minister",
    ),
    (
        "commission-president-possessive-appositive",
        "The European Commission's president, Ursula Brandt, signed the deal.",
        "Ursula Brandt",
        "president",
    ),
    (
        "senior-fellow-at",
        "Rob Hart, a senior fellow at the Kessel Institute, wrote the report.",
        "Rob Hart",
        "fellow",
    ),
    (
        "director-general-of-acronym",
        "Tedros Bekele, the director-general of the WHO, warned of a new wave.",
        "Tedros Bekele",
        "director-general",
    ),
    (
        "age-then-chief-executive",
        "Ingrid Sol, 61, the chief executive, will retire in June.",
        "Ingrid Sol",
        "chief executive",
    ),
    (
        "olympic-medallist",
        "Tom Daly, an Olympic gold medallist, carried the flag.",
        "Tom Daly",
        "medallist",
    ),
    (
        "victims-mother-before",
        "The victim's mother, Grace Adeyemi, called for justice.",
        "Grace Adeyemi",
        "mother",
    ),
    (
        "film-director-before",
        "Film director Luca Moretti won the top prize at Cannes.",
        "Luca Moretti",
        "director",
    ),
    (
        "who-directed-the-film",
        "Luca Moretti, who directed the film, thanked the cast.",
        "Luca Moretti",
        "director",
    ),
    (
        "driver-of-the-car",
        "Sean Doyle, the driver of the car, was unhurt.",
        "Sean Doyle",
        "driver",
    ),
    (
        "astronaut-before",
        "Astronaut Yuki Sato returned to Earth on Friday.",
        "Yuki Sato",
        "astronaut",
    ),
    (
        "commander-of-station",
        "Yuki Sato, commander of the space station, spoke to pupils by radio.",
        "Yuki Sato",
        "commander",
    ),
    (
        "co-founder-possessive-before",
        "Wikipedia co-founder Lars Sanger criticised the plan.",
        "Lars Sanger",
        "co-founder",
    ),
    (
        "ambassador-possessive-to",
        "Norland's ambassador to Japan, Eva Strand, was summoned.",
        "Eva Strand",
        "ambassador",
    ),
    (
        "head-of-department-at",
        "Mark Obi, head of the physics department at Dorn University, led the team.",
        "Mark Obi",
        "head",
    ),
    (
        "rep-party-state-bracket",
        "Rep. Luis Ortega (R-TX) voted against the bill.",
        "Luis Ortega",
        "rep|representative",
    ),
    (
        "spokesman-lower-before-body",
        "Army spokesman Col. Adel Karim said two soldiers were hurt.",
        "Adel Karim",
        "spokesman",
    ),
    (
        "the-late",
        "The prize is named after the late physicist Hans Bohr.",
        "Hans Bohr",
        "physicist",
    ),
    (
        "founder-of-appositive-charity",
        "Kemi Ade, founder of the charity Safe Streets, received an award.",
        "Kemi Ade",
        "founder",
    ),
    (
        "widow-possessive",
        "Tom Grey died in 2019. His widow, Ruth Grey, accepted the award.",
        "Ruth Grey",
        "widow",
    ),
]



# Batch 4, written (with its expected roles) after batch 3 was fixed and before the engine ran on it:
# the role given at a later mention, or by a clause, a copula or an apposition away from the name;
# 10/15 on the first pass. Left out: "became the first woman to lead the union" (leader by inference).
PROBES_4: list[tuple[str, str, str, str]] = [
    (
        "role-at-second-mention-appositive",
        "Anna Holt spoke first. Holt, the council's finance chief, said the budget was balanced.",
        "Anna Holt",
        "finance chief|chief",
    ),
    (
        "role-at-second-mention-before",
        "Anna Holt spoke first. Later, finance chief Holt said the budget was balanced.",
        "Anna Holt",
        "finance chief|chief",
    ),
    (
        "surname-copula-later",
        "The plan was drawn up by Omar Nasser. Nasser is the city's chief planner.",
        "Omar Nasser",
        "planner",
    ),
    (
        "who-was-appointed-in-year-is",
        "Lena Fox, who was appointed in 2019, is the bank's first female governor.",
        "Lena Fox",
        "governor",
    ),
    (
        "has-served-as-since",
        "Karl Odum has served as the club's chairman since 2015.",
        "Karl Odum",
        "chairman",
    ),
    (
        "took-over-as",
        "Rita Moss took over as head coach in January.",
        "Rita Moss",
        "head coach|coach",
    ),
    (
        "was-named-the-new",
        "Paul Ree was named the new editor of the Dorn Gazette on Friday.",
        "Paul Ree",
        "editor",
    ),
    (
        "nationality-occupation-name-lead",
        "Canadian tourist Emma Lowe was rescued from the mountain on Sunday.",
        "Emma Lowe",
        "tourist",
    ),
    (
        "the-name-family-appositive-age",
        "The driver, named locally as Sean Pike, 42, died at the scene.",
        "Sean Pike",
        "driver",
    ),
    (
        "known-as-role",
        "Jan Vos, known as the father of the euro, died on Monday.",
        "Jan Vos",
        "father",
    ),
    (
        "title-colon-name-caption-style",
        "Hospital director Dr. Sara Obi said beds were short.",
        "Sara Obi",
        "director",
    ),
    (
        "owns-and-runs",
        "Marco Gallo, who owns and runs the Blue Door cafe, said trade had halved.",
        "Marco Gallo",
        "owner",
    ),
    (
        "lower-title-possessive-country-before",
        "Norland's finance minister Lars Eklund presented the budget.",
        "Lars Eklund",
        "finance minister",
    ),
    (
        "serving-a-sentence-not-role",
        "Tom Webb, a former police officer, is serving a life sentence.",
        "Tom Webb",
        "police officer",
    ),
]



# Batch 5, written (with its expected roles) after the round's check-half reads and before the engine
# ran on it: sport, arts and campaign roles before and after the name. Not fully blind: written after
# a lexicon check had added painter, dissident, runner and bowler; 11/12 on the first pass, left out
# "World number one Ana Ruiz".
PROBES_5: list[tuple[str, str, str, str]] = [
    ("nationality-skier", "Norwegian skier Kari Dahl won the downhill.", "Kari Dahl", "skier"),
    ("defending-champion", "Defending champion Ana Ruiz lost in the first round.", "Ana Ruiz", "champion"),
    ("tennis-player-appositive", "Ana Ruiz, a Spanish tennis player, retired on Monday.", "Ana Ruiz", "player"),
    ("marathon-runner", "Marathon runner Eliud Koros set a new record.", "Eliud Koros", "runner"),
    ("painter-the-late", "The works of the painter Lena Bosch go on show in May.", "Lena Bosch", "painter"),
    ("dissident-exiled", "Exiled dissident Ivan Petrov called for sanctions.", "Ivan Petrov", "dissident"),
    ("activist-appositive-who", "Rosa Kim, an activist who campaigns for clean air, was arrested.", "Rosa Kim", "activist"),
    ("billionaire-investor", "Billionaire investor Carl Stone bought the club.", "Carl Stone", "investor|billionaire"),
    ("racing-driver-possessive", "Team Volta's racing driver, Mika Saari, crashed on lap three.", "Mika Saari", "driver"),
    ("whistleblower-former", "Former intelligence analyst and whistleblower Dana Frost was freed.", "Dana Frost", "whistleblower|analyst"),
    ("comedian-host", "Comedian Joe Park will host the awards.", "Joe Park", "comedian"),
]



# Batch 6, written (with its expected roles) before the engine ran on it: members, representatives,
# "then"/"at the time" roles, "from the agency", teams and bands; 9/12 on the first pass. Left out:
# "Kari Dahl of the Norwegian team" (a team in lower case; Kari is now a given name).
PROBES_6: list[tuple[str, str, str, str]] = [
    ("member-of-party", "Lena Dahl, a member of the Green Party, voted against.", "Lena Dahl", "member"),
    ("mp-for-party", "Tom Hale, an MP for the Centre Party, resigned.", "Tom Hale", "mp"),
    ("representative-of", "Omar Aziz, a representative of the workers, read a statement.", "Omar Aziz", "representative"),
    ("representing", "Karin Berg, representing the families, spoke first.", "Karin Berg", "representing|representative"),
    ("then-the", "Ivan Koval, then the defence minister, signed the order.", "Ivan Koval", "defence minister"),
    ("at-the-time", "Ivan Koval, at the time the defence minister, signed the order.", "Ivan Koval", "defence minister"),
    ("the-then-president", "The treaty was signed by the then president, Ana Sousa.", "Ana Sousa", "president"),
    ("from-the-agency", "Mark Obi from the Norland Space Agency said the launch was delayed.", "Mark Obi", "norland space agency|agency"),
    ("band-frontman", "Kit Marlowe, frontman of the band Iron Sky, cancelled the tour.", "Kit Marlowe", "frontman"),
    ("bassist-possessive", "The band's bassist, Jo Reyes, left in 2019.", "Jo Reyes", "bassist"),
    ("head-of-state-media", "Li Wen, head of the state broadcaster, was dismissed.", "Li Wen", "head"),
]


@pytest.mark.parametrize(
    ("text", "name", "role"), [p[1:] for p in PROBES + PROBES_2 + PROBES_3 + PROBES_4 + PROBES_5 + PROBES_6], ids=[p[0] for p in PROBES + PROBES_2 + PROBES_3 + PROBES_4 + PROBES_5 + PROBES_6]
)
def test_unseen_role_wording_gives_the_person_the_role_a_reader_gives(text, name, role):
    assert_role(text, name, role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Acme chief investment officer Bill Ward said no.", "chief investment officer"),
        ("Acme senior market strategist Bill Ward said no.", "senior market strategist"),
        ('"Sell," said Bell Curve Trading chief strategy expert, Bill Ward.', "chief strategy expert"),
    ],
)
def test_a_title_keeps_the_field_between_its_rank_and_its_head(text, role):
    # found on the Wikinews tune half ("chief strategy expert" came out as "expert"), not blind
    people = {p.name: p.role for p in find_people(Document(text)).people()}
    assert role in (people.get("Bill Ward") or "")
