"""Roles by construction: invented news sentences, one per way English news writing gives someone a role.

Each probe names a person and the words of the role a careful reader gives them (alternatives
split by "|"; one must occur in the engine's role, case-insensitive). The sentences come from no
corpus: they cover titles before the name, appositives, relative clauses, of- and for-phrases,
brackets, dashes, possessive bodies and appointments, so that roles hold on news nobody tuned for.
"""

from __future__ import annotations

import pytest

from briefs.engine.doc import Document
from briefs.engine.people import find_people

# (id, text, person, role words "a|b")
PROBES: list[tuple[str, str, str, str]] = [
    (
        "deputy-leader-appositive",
        "Ann Bell, the party's deputy leader, said the vote was lost.",
        "Ann Bell",
        "deputy leader",
    ),
    (
        "former-us-president",
        "Former US president Bill Grant visited the flood zone on Monday.",
        "Bill Grant",
        "president",
    ),
    ("who-heads", "Tom Hale, who heads the agency, said the data was sound.", "Tom Hale", "head"),
    (
        "agencys-chief",
        "The agency's chief, Rosa Lind, said the data was sound.",
        "Rosa Lind",
        "chief",
    ),
    ("party-bracket", "Dan Crisp (Labour) said the bill would fail.", "Dan Crisp", "labour"),
    ("club-coach", "Rovers coach Ann Bell praised her players.", "Ann Bell", "coach"),
    (
        "age-occupation-from",
        "Jenny Park, a 34-year-old teacher from Leeds, said she was scared.",
        "Jenny Park",
        "teacher",
    ),
    (
        "title-health-minister",
        "Health Minister Omar Saleh announced the plan.",
        "Omar Saleh",
        "health minister",
    ),
    (
        "governor-of-bank",
        "Lina Haddad, governor of the central bank, kept rates on hold.",
        "Lina Haddad",
        "governor",
    ),
    (
        "chief-exec-title",
        "Chief Executive Laura Finch apologised to customers.",
        "Laura Finch",
        "chief executive",
    ),
    (
        "senator-republican",
        "Senator Ruth Vance, a Republican from Ohio, opposed the bill.",
        "Ruth Vance",
        "senator",
    ),
    (
        "coo-at",
        "Karen Alba, chief operating officer at Halden Mining, said output fell.",
        "Karen Alba",
        "chief operating officer",
    ),
    (
        "opposition-leader",
        "Opposition leader Sue Carr attacked the plan.",
        "Sue Carr",
        "opposition leader|leader of the opposition",
    ),
    (
        "the-mayor-appositive",
        "Floods hit the town, and the mayor, Paul Dunn, asked for help.",
        "Paul Dunn",
        "mayor",
    ),
    ("judge-title", "Judge Helen Brooks jailed the men for ten years.", "Helen Brooks", "judge"),
    (
        "spokesman-for-mayor",
        "Ben Cruz, a spokesman for the mayor, declined to comment.",
        "Ben Cruz",
        "spokesman",
    ),
    (
        "company-founder",
        "The company's founder, Nils Berg, stepped down on Friday.",
        "Nils Berg",
        "founder",
    ),
    ("striker", "Striker Sam Otto scored twice in the second half.", "Sam Otto", "striker"),
    (
        "dr-epidemiologist",
        "Dr Mira Shah, an epidemiologist at King's College London, said cases were falling.",
        "Mira Shah",
        "epidemiologist",
    ),
    ("mp-for", "Dan Crisp, Labour MP for Leeds North, voted against.", "Dan Crisp", "mp"),
    (
        "former-pm-appositive",
        "The former prime minister, John Keel, backed the plan.",
        "John Keel",
        "former prime minister",
    ),
    (
        "us-ambassador",
        "US Ambassador Jan Moss met the president on Friday.",
        "Jan Moss",
        "ambassador",
    ),
    (
        "police-chief",
        "Police Chief Aaron Vale said the suspect was armed.",
        "Aaron Vale",
        "police chief",
    ),
    (
        "appointed-chief-constable",
        "Mr Vale, who was appointed chief constable last year, said the force was stretched. Aaron Vale joined the police in 1990.",
        "Aaron Vale",
        "chief constable",
    ),
    (
        "chair-of-committee",
        "Jo Price, chair of the committee, said the report was damning.",
        "Jo Price",
        "chair",
    ),
    (
        "professor-of-at",
        "Amir Nasser, a professor of economics at Leeds University, said growth would slow.",
        "Amir Nasser",
        "professor",
    ),
    (
        "clubs-manager",
        "Gary Lowe, the club's manager, was sacked on Sunday.",
        "Gary Lowe",
        "manager",
    ),
    (
        "rebels-commander",
        "The rebels' commander, Ali Noor, said the fighters would return.",
        "Ali Noor",
        "commander",
    ),
    (
        "who-is-also-treasurer",
        "Lucy Hart, who is also the party's treasurer, resigned on Monday.",
        "Lucy Hart",
        "treasurer",
    ),
    (
        "ceo-possessive-body",
        "Halden Mining's chief executive, Nils Berg, said the mine would reopen.",
        "Nils Berg",
        "chief executive",
    ),
    (
        "lower-title-before-name",
        "The report was written by economist Ruth Amos.",
        "Ruth Amos",
        "economist",
    ),
    (
        "president-of-country-title",
        "Kenyan President Daniel Ruto opened the summit.",
        "Daniel Ruto",
        "president",
    ),
    (
        "secretary-general-of",
        "UN Secretary-General Ana Costa called for a ceasefire.",
        "Ana Costa",
        "secretary-general",
    ),
    (
        "head-of-body-apposed-after",
        "The head of the World Bank, Ajay Mehta, warned of a slowdown.",
        "Ajay Mehta",
        "head",
    ),
    (
        "who-is-ceo-of",
        "Mr Berg, who is chief executive of Halden Mining, said the mine would reopen. Nils Berg founded it.",
        "Nils Berg",
        "chief executive",
    ),
    ("as-the-new", "The board named Clara Holm as its new chair on Monday.", "Clara Holm", "chair"),
    (
        "elected-leader",
        "Tom Ash was elected leader of the Green Party in 2021.",
        "Tom Ash",
        "leader",
    ),
    (
        "former-title-dash",
        "Eva Lind \u2014 a former minister for health \u2014 said the cuts were wrong.",
        "Eva Lind",
        "minister",
    ),
    (
        "lower-former",
        "former footballer Rio Ash said the club was in crisis.",
        "Rio Ash",
        "footballer",
    ),
    (
        "prime-minister-of-country",
        "Ana Silva, the prime minister of Portugal, arrived on Monday.",
        "Ana Silva",
        "prime minister",
    ),
    (
        "deputy-title-before",
        "Deputy Prime Minister Raj Patel chaired the meeting.",
        "Raj Patel",
        "deputy prime minister",
    ),
    ("acting-title", "Acting President Mia Soto signed the decree.", "Mia Soto", "president"),
    (
        "party-leader-possessive-name",
        "Labour leader Kay Dunn called for an election.",
        "Kay Dunn",
        "leader",
    ),
    ("us-state-party-tag", "Sen. Ruth Vance, R-Ohio, opposed the bill.", "Ruth Vance", "sen"),
    (
        "the-body-said-its-title",
        "Gita Rao, the bank's head of research, expects two cuts.",
        "Gita Rao",
        "head of research",
    ),
    ("novelist-title-lower", "The prize went to novelist Ben Ode.", "Ben Ode", "novelist"),
    (
        "widow-of",
        "Jane Kerr, the widow of the late senator, attended the funeral.",
        "Jane Kerr",
        "widow",
    ),
    (
        "role-then-who",
        "Sara Bloom, the city's housing director, who took office in May, said rents were too high.",
        "Sara Bloom",
        "housing director",
    ),
    (
        "role-after-said-inverted",
        '"We will win," said Dana Holt, the party\'s candidate for mayor.',
        "Dana Holt",
        "candidate",
    ),
    (
        "role-after-name-comma-who",
        "Ines Kuhn, a physicist who won the Nobel Prize in 2019, died on Monday.",
        "Ines Kuhn",
        "physicist",
    ),
    (
        "of-body-after-name",
        "Ravi Menon of the Reserve Bank said inflation was falling.",
        "Ravi Menon",
        "reserve bank",
    ),
    (
        "title-of-body-before-name",
        "Reserve Bank governor Ravi Menon said inflation was falling.",
        "Ravi Menon",
        "governor",
    ),
    (
        "secretary-of-state",
        "Secretary of State Jan Moss flew to Cairo.",
        "Jan Moss",
        "secretary of state",
    ),
    ("minister-of-x", "Minister of Finance Omar Saleh resigned.", "Omar Saleh", "minister"),
    ("ceo-abbrev", "Apex CEO Lina Haddad said sales rose.", "Lina Haddad", "ceo"),
    ("ceo-of", "Lina Haddad, CEO of Apex, said sales rose.", "Lina Haddad", "ceo"),
    ("retired-general", "Retired general Ravi Menon criticised the plan.", "Ravi Menon", "general"),
    (
        "lawmaker-party-state",
        "Republican Senator Ruth Vance of Ohio opposed the bill.",
        "Ruth Vance",
        "senator",
    ),
    (
        "the-leader-of",
        "Sue Carr, the leader of the opposition, attacked the plan.",
        "Sue Carr",
        "leader",
    ),
    (
        "was-named-as",
        "Police named the victim as Tom Ash, a 23-year-old student.",
        "Tom Ash",
        "student|victim",
    ),
    (
        "appointed-as",
        "Halden Mining appointed Nils Berg as chief executive in March.",
        "Nils Berg",
        "chief executive",
    ),
    (
        "kin-of-named",
        "Ella Dunne, the daughter of the late singer, spoke at the funeral.",
        "Ella Dunne",
        "daughter",
    ),
    (
        "now-title",
        "Ana Silva, now the country's foreign minister, was once a judge.",
        "Ana Silva",
        "foreign minister",
    ),
    (
        "dash-appositive",
        "Eva Lind \u2014 the former health minister \u2014 said the cuts were wrong.",
        "Eva Lind",
        "health minister",
    ),
    (
        "dash-a-former-for",
        "Eva Lind \u2014 a former minister for health \u2014 said the cuts were wrong.",
        "Eva Lind",
        "minister",
    ),
    ("party-bracket", "Dan Crisp (Labour) said the bill would fail.", "Dan Crisp", "labour"),
    (
        "party-bracket-constituency",
        "Dan Crisp (Labour, Leeds North) said the bill would fail.",
        "Dan Crisp",
        "labour",
    ),
    ("party-state-tag-bracket", "Rep. Ann Cole (D-Calif.) voted against.", "Ann Cole", "rep"),
    (
        "sole-name-title-after",
        "The album is by Mira Shah, a singer-songwriter from Leeds.",
        "Mira Shah",
        "singer-songwriter",
    ),
    ("coach-of-team", "Ann Bell, coach of Hartley Rovers, was sacked.", "Ann Bell", "coach"),
    (
        "wikinews-spoke-to",
        "Wikinews spoke to Ravi Menon, a spokesman for the airport.",
        "Ravi Menon",
        "spokesman",
    ),
    (
        "president-elect",
        "President-elect Ana Silva takes office in January.",
        "Ana Silva",
        "president-elect",
    ),
    (
        "vice-president-of-company",
        "Ravi Menon, vice president of sales at Apex, left the firm.",
        "Ravi Menon",
        "vice president",
    ),
    (
        "director-general",
        "The director-general of the BBC, Tim Holt, resigned.",
        "Tim Holt",
        "director-general",
    ),
    (
        "comma-title-country",
        "Ana Silva, Portugal's prime minister, arrived on Monday.",
        "Ana Silva",
        "prime minister",
    ),
    (
        "title-for-party",
        "Ana Silva, spokeswoman for the Green Party, said the vote was rigged.",
        "Ana Silva",
        "spokeswoman",
    ),
    ("ex-title", "Ex-minister Tom Ash was jailed for fraud.", "Tom Ash", "minister"),
    ("co-founder", "Nils Berg, co-founder of Apex, sold his shares.", "Nils Berg", "co-founder"),
    (
        "lower-role-list",
        "The team included engineer Dana Holt and pilot Sam Otto.",
        "Sam Otto",
        "pilot",
    ),
    ("owner", "Nils Berg, who owns the Dunmore Arms pub, said trade was down.", "Nils Berg", "own"),
    ("chairman-of-board", "Chairman of the board Nils Berg resigned.", "Nils Berg", "chairman"),
    ("then-title", "Then-mayor Paul Dunn signed the deal in 2015.", "Paul Dunn", "mayor"),
    (
        "trade-noun-before-title",
        "The deal was signed by property agent Ray Dunne.",
        "Ray Dunne",
        "property agent",
    ),
    (
        "builder-in-list",
        "His friends, builder Frank Ossi and estate agent Ray Dunne, pleaded guilty.",
        "Frank Ossi",
        "builder",
    ),
    (
        "served-as-before-clause",
        "Dennis Marlow, who served two terms as mayor before resigning in 2022, was jailed.",
        "Dennis Marlow",
        "mayor",
    ),
    (
        "county-sheriff",
        '"It was bad," said Santa Barbara County Sheriff Bill Brown.',
        "Bill Brown",
        "sheriff",
    ),
    # --- several roles, lists, brackets, colons ---
    (
        "two-mentions-title-then-appositive",
        "Health Minister Omar Saleh visited Brenn. Saleh, a former surgeon, said the hospital would stay open.",
        "Omar Saleh",
        "health minister",
    ),
    (
        "kin-then-title",
        "Ana Silva, the wife of the late president, is now the country's ambassador to Spain. Ambassador Silva spoke on Monday.",
        "Ana Silva",
        "ambassador",
    ),
    (
        "name-first-role-later-sentence",
        "Ravi Menon spoke first. Menon, the bank's chief economist, said rates would fall.",
        "Ravi Menon",
        "chief economist",
    ),
    (
        "appositive-with-age-and-role",
        "Dana Holt, 44, a mother of three from Leeds, said she could not afford heating.",
        "Dana Holt",
        "mother",
    ),
    (
        "role-in-parenthesis",
        "Tom Ash (pictured), the club's new manager, said he was delighted.",
        "Tom Ash",
        "manager",
    ),
    (
        "who-is-the",
        "The bill was written by Kim Dunne, who is the committee's chairwoman.",
        "Kim Dunne",
        "chairwoman",
    ),
    (
        "former-and-current",
        "Former defence minister Ray Kerr, now a senator, criticised the deal.",
        "Ray Kerr",
        "minister|senator",
    ),
    (
        "role-after-said",
        '"We are ready," said Kim Dunne, the head of the regional fire service.',
        "Kim Dunne",
        "head",
    ),
    (
        "speaker-role-colon",
        "Kim Dunne, head of the regional fire service: 'We are ready.'",
        "Kim Dunne",
        "head",
    ),
    (
        "plural-title-list",
        "Senators Ruth Vance and Ray Cole voted against the bill.",
        "Ray Cole",
        "senator",
    ),
    (
        "ministers-list-of",
        "Foreign ministers Wang Lei of China and Erik Dahl of Norland met in Geneva.",
        "Erik Dahl",
        "foreign minister",
    ),
    (
        "nationality-title",
        "German Chancellor Hans Weber arrived on Monday.",
        "Hans Weber",
        "chancellor",
    ),
    ("title-of-place", "Mayor of London Sadie Khan opened the bridge.", "Sadie Khan", "mayor"),
    (
        "rank-police",
        "Detective Inspector Ruth Amos said the inquiry was continuing.",
        "Ruth Amos",
        "inspector",
    ),
    (
        "title-lowercase-after-the",
        "The bridge was opened by the mayor, Sadie Khan, on Monday.",
        "Sadie Khan",
        "mayor",
    ),
    (
        "spokesperson-for-company-named",
        "Jo Kent, a spokesperson for Apex Airlines, said flights would resume.",
        "Jo Kent",
        "spokesperson",
    ),
    (
        "founder-and-ceo",
        "Nils Berg, founder and chief executive of Apex, said sales doubled.",
        "Nils Berg",
        "founder|chief executive",
    ),
    (
        "led-by",
        "The delegation, led by Deputy Foreign Minister Ravi Menon, arrived on Monday.",
        "Ravi Menon",
        "deputy foreign minister",
    ),
    (
        "victim-named",
        "The victim, 23-year-old student Tom Ash, died in hospital.",
        "Tom Ash",
        "student|victim",
    ),
    ("star-actor", "Hollywood actor Sam Otto was arrested on Friday.", "Sam Otto", "actor"),
    (
        "plural-abbreviated-title",
        "Two Republicans, Sens. Mark Ellis of Maine and Joan Pruitt of Alaska, voted for it.",
        "Mark Ellis",
        "senator",
    ),
    (
        "plural-abbreviated-title-second",
        "Two Republicans, Sens. Mark Ellis of Maine and Joan Pruitt of Alaska, voted for it.",
        "Joan Pruitt",
        "senator",
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "role"), [p[1:] for p in PROBES], ids=[p[0] for p in PROBES]
)
def test_role_constructions_give_the_person_the_role_a_reader_gives(text, name, role):
    people = {p.name: p.role for p in find_people(Document(text)).people()}
    surname = name.split()[-1]
    found = [n for n in people if n.split()[-1] == surname]
    assert found, f"{name} not found among {people}"
    got = people[found[0]] or ""
    assert any(r in got.lower() for r in role.split("|")), (
        f"{name}: role {got!r}, expected {role!r}; all {people}"
    )


def test_a_company_named_by_what_it_is_in_a_headline_is_no_person():
    index = find_people(
        Document(
            "Carmaker Halvorsen to cut 3,000 jobs\n\nHalvorsen said it would offer redundancy."
        )
    )
    assert [p.name for p in index.people()] == []
    assert "Halvorsen" in [e.name for e in index.by_kind("org")]


def test_his_wife_in_the_next_sentence_is_the_named_persons_relative():
    roles = {
        p.name: p.role
        for p in find_people(
            Document("Tom Ash opened the bridge. His wife, Ana, cut the ribbon.")
        ).people()
    }
    assert roles == {"Tom Ash": None, "Ana Ash": "wife"}
