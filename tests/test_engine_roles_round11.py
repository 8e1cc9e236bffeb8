"""Roles, names and speakers, round 11 (issue 13): constructions of mainstream news (pool4).

Every sentence is invented and its expected answer was written before the engine was run on it;
none comes from a corpus. Each block holds sentences the rule must get right and sentences it must
not fire on:

- a lower-case title with its modifiers between a preposition and a name ("the cuts proposed by
  shadow chancellor Tom Bell") governs the name as "by President Tom Bell" does, so the name is not
  the subject a later "he" stands for;
- an auxiliary opening a question ("Did Harlow mislead …?", "Will Okafor's plan …?") is no given name;
- "special" belongs to the title it modifies ("special envoy", "special counsel").
"""

from __future__ import annotations

import pytest
from quote_probe_support import assert_quotations
from role_probe_support import assert_role

from briefs.engine.doc import Document
from briefs.engine.people import find_people

SPEAKERS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # must fire: the subject, not the name inside a prepositional phrase after a lower-case title
    (
        "by-shadow-secretary",
        'Health minister Mark Ruiz spoke in Leeds. The minister said the plan drafted by shadow health secretary Tom Bell '
        'was reckless. "It would close wards," he said.',
        [("It would close wards", "ruiz")],
    ),
    (
        "by-former-minister",
        'Paul Grant addressed the rally. He said the cuts backed by former finance minister Leo Hart had '
        'failed, he told activists. "We will undo them," he said.',
        [("We will undo them", "grant")],
    ),
    (
        "by-state-senator",
        'Governor Dan Price opened the session. The governor praised the bill sponsored by state senator Rick Olsen, '
        'he told reporters. "This is a good day," he said.',
        [("This is a good day", "price")],
    ),
    # a standing quotation after a sentence that reports someone speaking: that speaker, not the
    # first person the sentence names; "he added" later: the one named right before the verb
    (
        "standing-quote-after-report",
        'Asked by 19-year-old Leeds student Ana Ruiz about the fees, Mr Cole said they would stay. '
        '"We cannot pay for it otherwise." The cuts were "unavoidable", he added.',
        [("We cannot pay for it otherwise", "cole"), ("unavoidable", "cole")],
    ),
    (
        "standing-quote-after-report-question",
        'After a question from voter Lena Park on housing, Premier Omar Haddad said more homes would come. '
        '"We will build them quickly."',
        [("We will build them quickly", "haddad")],
    ),
    (
        "standing-quote-after-report-reply",
        'Replying to nurse Kim Roe, the minister Tom Bell said pay would rise. "Nurses deserve more."',
        [("Nurses deserve more", "bell")],
    ),
    # must not fire: a sentence that names the speaker first, with no report of speech
    (
        "standing-quote-no-report",
        'Dana Roe summed up the danger with a picture of a dam. "It is not the leak, it is the crack."',
        [("It is not the leak", "roe")],
    ),
    # "according to Mr. X": the honorific's full stop does not end the source
    (
        "according-to-mr",
        'The order allows mines "in rare cases" - according to Mr. Okafor - "to protect troops at the border."',
        [("to protect troops at the border", "okafor")],
    ),
    (
        "according-to-dr",
        'Survival rates are "far better than a decade ago," according to Dr. Lena Park of the clinic.',
        [("far better than a decade ago", "park")],
    ),
    # a phrase opening with a preposition after a quotation is no speaker
    (
        "in-month-after-quote",
        '"We welcome it," said Ruth Kaye, a lawyer for the group. "What matters is the law." In March, when '
        'the court met, the government objected.',
        [("What matters is the law", "kaye")],
    ),
    # a participle after a main clause whose subject has an appositive: the subject speaks
    (
        "participle-after-appositive",
        'Rep. Ruth Kaye of Ohio, the senior Democrat on the House Energy and Commerce Committee, suggested that '
        '$2 trillion was a figure Democrats could accept, telling NPR, "we are very close."',
        [("we are very close", "kaye")],
    ),
    (
        "participle-after-age",
        'Tom Hale, 52, argued the ban would fail, saying "it will only push sales online."',
        [("it will only push sales online", "hale")],
    ),
    # must not fire: an aside that is no appositive ("Tom Bell, in Paris, ...") leaves the rule alone
    (
        "participle-plain-subject",
        'Ann Lee urged calm, saying "nobody should panic."',
        [("nobody should panic", "lee")],
    ),
    # a relative clause aside between the subject and an auxiliary before the cue
    (
        "relative-aside-then-auxiliary",
        'Mr Ruiz, who left his Finance Ministry post to stand for the Senate, had argued that the budget '
        'would balance - "with room to spare".',
        [("with room to spare", "ruiz")],
    ),
    (
        "relative-aside-then-also",
        'Ms Okafor, who chaired the Health Committee until May, also warned that wards would close - "and soon".',
        [("and soon", "okafor")],
    ),
    # "the <title> said" two paragraphs after the one person with that title, another in focus
    (
        "the-title-said-unique-holder",
        "Governor Ana Ruiz on Monday named Finance Director Tom Bell to run the port authority.\n\n"
        "Bell, if confirmed, would replace Ida Moss.\n\n"
        'The governor said Monday that she "could not think of a better choice".',
        [("could not think of a better choice", "ruiz")],
    ),
    # must not fire: the person in focus holds that title
    (
        "the-title-said-focus-holds-it",
        "Governor Ana Ruiz met Governor Lena Fox on Monday.\n\nFox, a Democrat, spoke first.\n\n"
        'The governor said she was "ready to deal".',
        [("ready to deal", "fox|ruiz")],
    ),
    # "they" after a sentence that opens with two persons joined by "and"
    (
        "they-coordinated-pair",
        "Senate Minority Leader Ana Ruiz, D-Ohio, and her deputy, Sen. Tom Bell, D-Utah, objected in a letter.\n\n"
        'They also asked for "a fair share" of the seats.\n\n"We expect an answer," they wrote.',
        [("a fair share", "bell"), ("We expect an answer", "bell")],
    ),
    (
        "they-coordinated-plain",
        'Ida Moss and Omar Haddad wrote to the council on Friday. "The road must stay open," they said.',
        [("The road must stay open", "haddad")],
    ),
    # must not fire: two persons where the second is an object, not a joined subject
    (
        "they-not-a-pair",
        'Ida Moss met Omar Haddad on Friday at the tenants association. "We will not move out of our homes this '
        'winter, whatever the council decides," they said.',
        [("We will not move out of our homes", "moss|association|tenants")],
    ),
    # must not fire: a title opening the sentence, or no preposition before it
    (
        "title-opens-sentence",
        'Shadow chancellor Rick Olsen attacked the plan. "It is reckless," he said.',
        [("It is reckless", "olsen")],
    ),
    (
        "title-as-subject",
        'Dan Price met reporters on Monday. Interim director Rick Olsen said the museum would reopen. '
        '"We are ready," he said.',
        [("We are ready", "olsen")],
    ),
]

ROLES: list[tuple[str, str, str, str]] = [
    ("special-envoy", "The talks were led by special envoy Mara Lind, who flew in on Monday.", "Mara Lind", "special envoy"),
    ("special-prosecutor", "On Friday special prosecutor Jon Wade filed new charges.", "Jon Wade", "special prosecutor"),
    # the body set off by commas ("X, of the Y Coalition, said"), not a home town
    ("comma-of-body", "Ruth Kaye, of the Dorn Tenants Association, said rents had doubled.", "Ruth Kaye", "dorn tenants association"),
    ("comma-from-body", "Omar Haddad, from the Norland Space Agency, confirmed the launch date.", "Omar Haddad", "norland space agency"),
    ("comma-of-body-colon", 'Lena Park, of the Kessel Foundation, said: "We are ready."', "Lena Park", "kessel foundation"),
    # an appositive whose relative clause runs long ("who is tipped to be named ...")
    (
        "appositive-long-relative",
        "Ian Ford, the former ambassador to Chile who is expected to be named deputy minister of trade in the "
        "incoming government next month, criticised the deal.",
        "Ian Ford",
        "ambassador",
    ),
    # military ranks written short
    ("rank-lance-cpl", "Lance Cpl. Mia Torres said the course was hard.", "Mia Torres", "cpl"),
    ("rank-pfc", "Pfc. Dev Anand was injured in the blast.", "Dev Anand", "pfc"),
    ("rank-spc-after-unit", "The report was filed by Spc. Rosa Lind on Monday.", "Rosa Lind", "spc"),
    # an appositive opening with a body's name that holds a lower-case word ("X for Y's state director")
    ("appositive-body-with-for", "Ned Vale, Citizens for Clean Rivers' regional director, objected.", "Ned Vale", "director"),
    ("appositive-body-with-of", "Kim Roe, Friends of Dorn Park's chair, spoke first.", "Kim Roe", "chair"),
    # "No. 2" inside an appositive is no full stop
    ("appositive-number-rank", "Gail Ross, the No. 3 House Democrat, said the vote would wait.", "Gail Ross", "no. 3|democrat"),
    ("appositive-number-official", "Ed Kahn, the No. 2 official at the agency, resigned on Friday.", "Ed Kahn", "official"),
    # a definite description with a modifier opening the next sentence
    (
        "definite-description-senator",
        "That could help Ana Ruiz, who won the debate. The outspoken senator from Ohio has gained in polls.",
        "Ana Ruiz",
        "senator",
    ),
    ("definite-description-age", "Police arrested Tom Hale on Friday. The 45-year-old plumber was released on bail.", "Tom Hale", "plumber"),
    ("definite-description-former", "Voters turned to Lee Park in the end. The former mayor won by 300 votes.", "Lee Park", "mayor"),
    # a name ending in a place word, then an appositive that says who the person is
    ("place-word-surname-appositive", "Thandiwe Park, a human rights lawyer who fled Laos in 2001, took aim at the mayor.", "Thandiwe Park", "lawyer"),
    ("place-word-surname-the", "Ekow Lake, the charity's director, closed the shop.", "Ekow Lake", "director"),
    ("place-word-surname-an", "Siosaia Bay, an engineer at the plant, saw the leak.", "Siosaia Bay", "engineer"),
    # a body's "of ..." ends before a title and a name ("Department of Justice Special Counsel X")
    ("body-then-titled-name", "Lee said Ministry of Defence Chief Scientist Helen Ward would testify.", "Helen Ward", "scientist"),
    ("body-then-titled-name-2", "The Bureau of Statistics Deputy Director Omar Haddad resigned.", "Omar Haddad", "director"),
    ("body-then-titled-name-3", "He met Department of Energy Secretary Paul Grant on Monday.", "Paul Grant", "secretary"),
    # two portfolios joined by "and" in one title
    ("title-two-portfolios", "Culture and Tourism Minister Ana Ruiz opened the museum.", "Ana Ruiz", "culture and tourism minister"),
    ("title-two-portfolios-secretary", "On Monday, Energy and Environment Secretary Omar Haddad resigned.", "Omar Haddad", "energy and environment secretary"),
    ("title-two-portfolios-after-said", "said Transport and Infrastructure Minister Kim Roe.", "Kim Roe", "transport and infrastructure minister"),
    # a description opening the sentence, its relative clause, then the name
    (
        "described-who-then-name",
        "Police came. A gardener who had worked at the house since 2010, Rui Costa, told reporters he saw smoke.",
        "Rui Costa",
        "gardener",
    ),
    ("described-that-then-name", "The lawyer who filed the appeal, Nadia Haddad, said the ruling was wrong.", "Nadia Haddad", "lawyer"),
    ("described-who-former", "A former aide who left in May, Jo Lane, wrote a book.", "Jo Lane", "aide"),
    # a title as the subject of the lead's speech verb, the name opening the next sentence
    (
        "title-has-said-then-name",
        "Bus fares should be frozen next year, the Transport Secretary has said.\n\nLena Fox said the cost was small.",
        "Lena Fox",
        "transport secretary",
    ),
    (
        "title-warned-then-name",
        "Fees will rise again, the university's vice-chancellor has warned. Omar Haddad said the cuts were deep.",
        "Omar Haddad",
        "vice-chancellor",
    ),
    (
        "title-said-then-name-same-paragraph",
        "The port will reopen on Monday, the port director said. Ida Moss told reporters the ships were waiting.",
        "Ida Moss",
        "port director",
    ),
    (
        "a-title-said-on-day-then-name",
        "The inquiry must go on, a senior Labour MP said on Sunday. Lena Fox, who sits on the committee, said it was vital.",
        "Lena Fox",
        "mp",
    ),
    (
        "a-title-said-with-titled-person",
        "Talks between Iran and President Tom Bell's envoys stalled, a senior diplomat said. Ana Ruiz said both sides "
        "would meet again.",
        "Ana Ruiz",
        "diplomat",
    ),
    ("question-will-possessive", "Will Okafor's plan survive the vote? Finance minister Joy Okafor thinks so.", "Joy Okafor", "minister"),
]

# (id, text, names that must be found, names that must not; None: no other person)
NAMES: list[tuple[str, str, list[str], list[str] | None]] = [
    ("question-did", "Did Harlow mislead the committee? Tom Harlow, the former mayor, denies it.", ["Tom Harlow"], ["Did Harlow"]),
    ("question-could", "Could Brandt still win the nomination?\nMaria Brandt trails by ten points.", ["Maria Brandt"], ["Could Brandt"]),
    ("question-will", "Will Okafor's plan survive the vote? Finance minister Joy Okafor thinks so.", ["Joy Okafor"], ["Will Okafor"]),
    # must not fire: "Will" as a given name in a statement, or a question with an aside
    # the rest of a body's name after a title's "of" is no person
    ("body-after-of-nationality", "Ann Lee, director of the British Chambers of Trade, said it.", ["Ann Lee"], None),
    ("body-after-of-compass", "Tom Hale, head of the Northwest Tenant Rights Project, spoke.", ["Tom Hale"], None),
    ("body-after-of-national", "Ida Moss, director of the National Ocean Survey, said it.", ["Ida Moss"], None),
    # a pronoun after an abbreviation's full stop opens a sentence; contractions are no names
    ("pronoun-after-abbreviation", "Ravi Rao runs the firm in the U.S. He said the deal was off.", ["Ravi Rao"], None),
    ("contraction-i-would", '"I\u2019d wait," Tom Bell said.', ["Tom Bell"], None),
    ("exchange-is-a-body", "Aramco listed on the New York Stock Exchange, Tom Bell said.", ["Tom Bell"], None),
    # must not fire: a rank before a surname "He", a minister of a portfolio before the name
    ("rank-then-surname-he", "Col. He Lei said the drills would go on.", ["He Lei"], []),
    ("portfolio-then-name", "The Minister of Foreign Affairs Nirmala Sitharaman spoke.", ["Nirmala Sitharaman"], []),
    # must not fire: a park or a lake with an appositive that is no role
    ("park-appositive-venue", "We walked to Hyde Park, a popular venue for protests.", [], None),
    ("park-appositive-largest", "Central Park, the city's largest park, was closed.", [], None),
    # a courtesy title makes a place word a surname
    ("courtesy-park", "Ms Park, 25, fled the country as a teenager.", ["Park"], None),
    ("courtesy-hall", "Mr. Hall said the plan would fail.", ["Hall"], None),
    ("courtesy-street-west", "Mr Street met Ms West at the town hall.", ["Street", "West"], None),
    # must not fire: a place word with no courtesy title
    ("no-courtesy-park", "They walked to the Park on Sunday.", [], None),
    ("stage-direction-enter", "Enter Okafor. Maria Okafor, the new coach, arrived on Monday.", ["Maria Okafor"], None),
    ("given-name-will", "Will Smith won an award on Sunday.", ["Will Smith"], []),
    ("given-name-will-asks", "Will Hart, a teacher, asked: why now?", ["Will Hart"], []),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(*p[1:], id=p[0]) for p in SPEAKERS])
def test_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert_quotations(text, expected, None)


@pytest.mark.parametrize(("text", "name", "role"), [pytest.param(*p[1:], id=p[0]) for p in ROLES])
def test_role(text: str, name: str, role: str) -> None:
    assert_role(text, name, role)


@pytest.mark.parametrize(("text", "present", "absent"), [pytest.param(*p[1:], id=p[0]) for p in NAMES])
def test_names(text: str, present: list[str], absent: list[str] | None) -> None:
    names = {p.name for p in find_people(Document(text)).people()}
    assert all(n in names for n in present), names
    assert names == set(present) if absent is None else not any(n in names for n in absent), names


NO_ROLE: list[tuple[str, str, str]] = [
    ("comma-of-home-town", "Tom Hale, of Dorn, Ohio, said the road flooded twice.", "Tom Hale"),
    ("comma-from-city", "Mark Obi, from Leeds, said he had waited an hour.", "Mark Obi"),
    ("lance-as-given-name", "Lance Morris said the course was hard.", "Lance Morris"),
    ("description-without-modifier", "Tom Hale was arrested on Monday. The president said the case was closed.", "Tom Hale"),
    ("description-third-party", "Tom Hale was arrested on Monday. The police officer said the case was closed.", "Tom Hale"),
    ("description-two-named", "Ann Lee and Tom Hale met on Monday. The veteran diplomat said little.", "Tom Hale"),
    # a predicate holding a determiner after its first word is a clause, not a role
    ("predicate-clause", "Tom Bell was hopeful the regional party leadership would agree.", "Tom Bell"),
    ("described-who-bare-man", "The man who found the body, Tom Bell, called police.", "Tom Bell"),
    ("title-said-body", "The strike will go on, the union said. Tom Bell said the cuts were deep.", "Tom Bell"),
    ("title-said-named-before", "Tom Bell met Ann Lee. The deal is off, the minister said. Ann Lee left.", "Ann Lee"),
    ("comma-of-the-borough", "Ann Cole, of the Bronx, said the trains were late.", "Ann Cole"),
]


@pytest.mark.parametrize(("text", "name"), [pytest.param(*p[1:], id=p[0]) for p in NO_ROLE])
def test_no_role(text: str, name: str) -> None:
    people = {p.name: p.role for p in find_people(Document(text)).people()}
    assert name in people, people
    assert not people[name], people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Though former President Tom Bell can speak to it, he did not.", "Tom Bell", "former President"),
        ("While Senator Ann Lee spoke, others left.", "Ann Lee", "Senator"),
        ("As Opposition Leader Ann Lee said, the vote is close.", "Ann Lee", "Opposition Leader"),
        ("House Speaker Ann Lee said the vote is close.", "Ann Lee", "House Speaker"),
    ],
)
def test_a_clause_opener_is_no_part_of_a_title(text: str, name: str, role: str) -> None:
    people = {p.name: p.role for p in find_people(Document(text)).people()}
    assert people.get(name) == role, people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("He met Tom Bell and Health Secretary Ann Lee on Monday.", "Ann Lee", "Health Secretary"),
        ("Labour and Health Secretary Ann Lee spoke.", "Ann Lee", "Health Secretary"),
    ],
)
def test_a_name_or_party_before_and_is_no_portfolio(text: str, name: str, role: str) -> None:
    people = {p.name: p.role for p in find_people(Document(text)).people()}
    assert people.get(name) == role, people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a bare title before the name, then an appositive office: both
        ("Senator Ann Lee, Democratic chair of the Senate Budget Committee, opened the hearing.", "Ann Lee",
         "Senator, Democratic chair of the Senate Budget Committee"),
        ("Rep. Tom Hale, the top Republican on the panel, objected.", "Tom Hale", "top Republican on the panel"),
        ("Mayor Ida Moss, chair of the regional transport board, cut the ribbon.", "Ida Moss",
         "Mayor, chair of the regional transport board"),
        # must not fire: a title of several words, or an appositive with no office
        ("Foreign Minister Ana Ruiz, the chair of the talks, spoke first.", "Ana Ruiz", "Foreign Minister"),
        ("Senator Ann Lee, 64, opened the hearing.", "Ann Lee", "Senator"),
        # a verb after an infinitive's "to" is no part of the title
        ('"I had to fire General Tom Flynn because he lied," he wrote.', "Tom Flynn", "General"),
        ("They decided to sack coach Tom Bell.", "Tom Bell", "coach"),
        # an appositive's head before its relative clause ("a pollster who succeeded X as ...")
        ('"It is close," said Ida Moss, a pollster who replaced Tom Hale as chief adviser to the mayor.', "Ida Moss", "pollster"),
        ('"We can win," said Dev Anand, a strategist who ran the Labour campaign in 2010.', "Dev Anand", "strategist"),
        # an office sought ("campaign for governor") across the comma is not the name's
        ("Fresh from his campaign for governor of Ohio, Mr. Ravi Rao will lead the talks.", "Ravi Rao", None),
        # a title ending in "for" before an honorific is someone else's ("strategist for Mrs. X")
        ("He served as chief adviser for Mrs. Ana Ruiz in 2008.", "Ana Ruiz", None),
        # a middle initial is no article; a verb after a pronoun is no title word
        ("The offer came from House Speaker Tom R. Hale, R-Ohio, on Monday.", "Tom R. Hale", "House Speaker"),
        ("He trails Democrat Ann Lee by two points.", "Ann Lee", "Democrat"),
        ("She beats Republican Tom Bell in every poll.", "Tom Bell", "Republican"),
        # a plural's possessive before a lower-case title ("Sanders' campaign manager")
        ("The Jones' family lawyer Tom Bell said the will was clear.", "Tom Bell", "family lawyer"),
        ("Rivers\u2019 campaign chief Ana Ruiz resigned.", "Ana Ruiz", "campaign chief"),
        # a home state or town between the name and its appositive
        ("Rep. Ann Lee of Ohio, the top Republican on the Rules Committee, objected.", "Ann Lee",
         "top Republican on the Rules Committee"),
        ("Sen. Tom Hale from Texas, a former prosecutor, asked the question.", "Tom Hale", "former prosecutor"),
        # must not fire: "of the ..." is a body, kept as the affiliation
        ("Dana Roe of the Kessel Institute, a think tank, said prices would rise.", "Dana Roe", "of the Kessel Institute"),
        # a nationality and what the person is, before the comma
        ("The poem was read by a veteran Irish poet, Sean Byrne, at dawn.", "Sean Byrne", "veteran Irish poet"),
        ("It was written by a former Swiss spy, Hans Keller, in 1990.", "Hans Keller", "former Swiss spy"),
        ("The boy was saved by a young Kenyan nurse, Grace Wanjiru, on Friday.", "Grace Wanjiru", "Kenyan nurse"),
        ("We ate with the Italian family, Tom Bell and Ann Lee.", "Tom Bell", None),
        ("The deal went to a Danish firm, Acme Holdings, in May. Ann Lee, its chief, said it.", "Ann Lee", "its chief"),
        # a country before "and" is no portfolio
        ("Ties between Spain and President Ana Ruiz soured.", "Ana Ruiz", "President"),
        # another person listed after the comma is no appositive
        ("He met Queen Ana Ruiz, as well as Prime Minister Tom Bell, on Monday.", "Ana Ruiz", "Queen"),
        ("Ann Lee, along with her deputy Tom Bell, visited the site.", "Ann Lee", None),
        ("Ann Lee, and later Tom Bell, spoke to the crowd.", "Ann Lee", None),
    ],
)
def test_exact_roles(text: str, name: str, role: str | None) -> None:
    people = {p.name: p.role for p in find_people(Document(text)).people()}
    assert people.get(name) == role, people


def test_a_body_of_a_department_stays_whole() -> None:
    """ "the Department of Health and Human Services" and "chair of the Department of Public Works": no name cut out."""
    for text in ("He joined the Department of Health and Human Services in 2001.", "The Department of Justice will act."):
        assert not find_people(Document(text)).people(), text


def test_special_is_no_role_of_a_later_title() -> None:
    """ "The special session was called by governor Ann Lee": the role is the governor's, alone."""
    people = {p.name: p.role for p in find_people(Document("The special session was called by governor Ann Lee.")).people()}
    assert people.get("Ann Lee") == "governor", people
