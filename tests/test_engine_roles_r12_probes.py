"""Roles, round 12: a person's affiliation as mainstream news writes it (pool7a, pool5).

Every sentence is invented and its expected answer was written before the engine was run on it;
none comes from a corpus. Each block holds sentences the rule must get right and sentences it must
not change:

- the body a person speaks for, set off by commas after the name ("Owen Drake, for the Scottish
  Nationalists, said") or fronted before it ("For the Green Party, Hugh Maddox said");
- the body after "of"/"from"/"at" when more than a past-tense speech verb follows: a present-tense
  one ("of the Hargrove Institution warns"), the body's initials in brackets ("from the Centre for
  Coastal Studies (CCS) says"), a copula when the body has a body word ("of Sky Radio was among");
  a body named after a lower-case description ("of software firm Brightline Systems"); "at" with a
  body word and a speech verb next to it ("said Anna Pike at Northgate Bank"; not "friends with Mr
  Rahman at Dorn High School", where he was);
- "The Green leader said", "The chancellor has …" opening a sentence: the role of the subject of the
  sentence before (past a sentence opening with "He"), when no one else named there could hold it
  and no one holds that title already;
- a plural noun ending a clause before ", Omar Latif has warned" is no title of the name (a
  plural title before a list of names still is);
- a body whose name holds "the" ("of Save the Whales said") or joins two partners ("Marsh and Lowe's
  Priya Nair") is the affiliation;
- an office taken, after the possessive ("Paul Hume's appointment as managing director");
- a description that speaks ("Later the prime minister said") keeps the word before its title;
- a body named after a person ("the Robert Kilroy Silk Party") does not take "Mr Kilroy Silk" for its
  short name: a title makes it the person's.
"""

from __future__ import annotations

import pytest
from role_probe_support import assert_role

from briefs.engine.doc import Document
from briefs.engine.people import find_people

RIGHT: list[tuple[str, str, str, str]] = [
    # the body set off by commas after the name
    ("comma-for-said", "Owen Drake, for the Scottish Nationalists, said the vote was a disgrace.", "Owen Drake", "scottish nationalists"),
    ("comma-for-told", "Leo Varga, for Plaid Cymru, told reporters the deal was unfair.", "Leo Varga", "plaid cymru"),
    ("comma-for-of", "Priya Shah, for the Royal College of Nursing, said staff were exhausted.", "Priya Shah", "royal college of nursing"),
    # the body fronted before the name
    ("fronted-for", "For the Green Party, Hugh Maddox said the levy was unfair.", "Hugh Maddox", "green party"),
    ("fronted-for-sir", "For the Confederation of Small Traders, Sir Jean Moss said rents were too high.", "Jean Moss", "small traders"),
    ("fronted-for-bare", "For Plaid Cymru, Elin Rhys said the plan ignored Wales.", "Elin Rhys", "plaid cymru"),
    # more than a past-tense speech verb after "of"/"from"
    ("of-present", "Michael Dunne of the Hargrove Institution warns the cuts will bite.", "Michael Dunne", "hargrove institution"),
    ("from-initials", "Nina Oduya from the Centre for Coastal Studies (CCS) says the dunes are moving.", "Nina Oduya", "coastal studies"),
    ("of-copula", "Tom Barlow of Sky Radio was among the reporters on the bus.", "Tom Barlow", "sky radio"),
    ("of-description", '"Shoppers want convenience," says Lisa Corran of software firm Brightline Systems.', "Lisa Corran", "brightline"),
    ("of-description-consultancy", 'Sam Okoro of consultancy Harlan Partners said margins were thin.', "Sam Okoro", "harlan"),
    ("at-body", '"Costs are rising fast," said Anna Pike at Northgate Bank.', "Anna Pike", "northgate bank"),
    ("at-body-present", "Raj Menon at the Corliss Foundation argues the grants are too small.", "Raj Menon", "corliss foundation"),
    # a body whose name holds "the" or joins two partners with "and"
    ("of-body-with-the", "Laura Dunn of Save the Whales said there were grave concerns.", "Laura Dunn", "save the whales"),
    ("of-body-with-the-of", "Omar Haddad of Friends of the Earth said the plan was weak.", "Omar Haddad", "friends of the earth"),
    ("partners-possessive", '"Growth could really take off," added Marsh and Lowe\'s Priya Nair.', "Priya Nair", "marsh and lowe"),
    ("partners-possessive-said", '"Prices will rise," said Baker and Finch\'s Omar Latif.', "Omar Latif", "baker and finch"),
    # an office taken, after the possessive ("Mike Smith's appointment as chief executive")
    ("possessive-appointment", "Since Paul Hume's appointment as managing director in 2001, the chain has shrunk.", "Paul Hume", "managing director"),
    ("possessive-election", "Ana Ruiz's election as party leader surprised many in Lima.", "Ana Ruiz", "party leader"),
    ("possessive-spell", "During Tom Hale's spell as manager the club won twice.", "Tom Hale", "manager"),
    # a description that speaks keeps the word before its title ("the prime minister said")
    ("speaking-title-deputy", "Ann Lee told reporters the deal was done. Later the deputy mayor said the vote would be close.", "Ann Lee", "deputy mayor"),
    (
        "speaking-title-finance",
        "Kofi Mensah said the talks were over. The next day the finance minister told parliament the budget was safe.",
        "Kofi Mensah",
        "finance minister",
    ),
    ("speaking-title-chief", "Ruth Bale said the ship was late. Then the chief engineer added that the engine had failed.", "Ruth Bale", "chief engineer"),
    # a bare title opening the next sentence: the subject of the sentence before
    (
        "bare-title-next-paragraph",
        "Ruth Keane has launched an attack on rail fares under Tom Ward.\n\nThe Green leader said fares had doubled.",
        "Ruth Keane",
        "green leader",
    ),
    (
        "bare-title-after-he",
        "Owen Price has set out his plan for the economy.\n\nHe said growth would return by spring. The chancellor "
        "has previously warned of a long slump.",
        "Owen Price",
        "chancellor",
    ),
    (
        "bare-title-one-named",
        "Helen Rowe has backed a new hospital for the town. The Plaid leader told reporters it was long overdue.",
        "Helen Rowe",
        "plaid leader",
    ),
]

# sentences the rules must not change: (id, text, name, the role expected as the engine gave it before)
UNCHANGED: list[tuple[str, str, str, str | None]] = [
    ("for-her-part", "Ann Webb, for her part, said she was pleased.", "Ann Webb", None),
    ("fronted-lower", "For the first time, Tom Hale said he would run.", "Tom Hale", None),
    ("fronted-country", "For Britain, Ann Kerr said, the vote was a turning point.", "Ann Kerr", None),
    ("at-place", '"It was chaos," said Ann Lee at Heathrow.', "Ann Lee", None),
    ("of-home-town-present", "Tom Hale of Dorn, Ohio, says the river rose overnight.", "Tom Hale", None),
    ("home-town-copula", "Dan Moss from Leeds was among the injured.", "Dan Moss", None),
    ("bare-title-two-named", "Tom Hale met Ann Lee in Leeds. The minister said the talks went well.", "Tom Hale", None),
    (
        "bare-title-held-by-another",
        "President Joe Varga flew to Rome. Ann Ruiz criticised the trip. The president said it was vital.",
        "Ann Ruiz",
        None,
    ),
    ("bare-title-third-party", "Ivan Lott has criticised the review of care homes. The lawyer said it was unfair.", "Ivan Lott", None),
    ("bare-title-possessive", "Ivan Lott has criticised the review of care homes. The chancellor's plans were not discussed.", "Ivan Lott", None),
    # a plural noun ending a clause before ", NAME has said" is no title of the name
    ("plural-clause-end-warned", "The budget will hurt pensioners, Omar Latif has warned.", "Omar Latif", None),
    ("plural-clause-end-said", "The council has wasted millions on consultants, Anna Reyes has said.", "Anna Reyes", None),
    ("plural-clause-end-refugees", "The plan is fairer for genuine refugees, Mark Dunn has said.", "Mark Dunn", None),
    # ... but a plural title before the names it lists still gives each its singular
    ("plural-title-list-comma", "She praised two local councillors, Tom Hale and Ann Ruiz, for their work.", "Tom Hale", "councillor"),
    ("plural-title-no-comma", "Police met officers Antoine Quirin and Paul Brun on Monday.", "Antoine Quirin", "officer"),
    ("speaking-title-bare", "Ruth Bale said the ship was late. Then the engineer added that the engine had failed.", "Ruth Bale", "engineer"),
    ("speaking-title-held-before", "Ann Lee, the mayor, said the vote was close. Later the deputy mayor said it was not.", "Ann Lee", "mayor"),
    ("two-given-names-possessive", "Tom and Ann's neighbour Bob Reid said he heard nothing.", "Bob Reid", "Ann's neighbour"),
    ("of-place-with-the", "Ann Cole of the Bronx said the trains were late.", "Ann Cole", "of the Bronx"),
    ("possessive-as-soon", "Ana Ruiz's appointment as soon as possible was urged by the board.", "Ana Ruiz", None),
    ("possessive-view-as", "Tom Hale's view as an outsider was ignored.", "Tom Hale", None),
    ("at-where-he-was", "He was friends with Mr Rahman at Dorn High School.", "Rahman", None),
    ("titled-keeps", "Karen Webb, the shadow education secretary, said the plan would fail.", "Karen Webb", "shadow education secretary"),
]


@pytest.mark.parametrize("text,name,role", [c[1:] for c in RIGHT], ids=[c[0] for c in RIGHT])
def test_affiliation_is_the_role(text: str, name: str, role: str) -> None:
    assert_role(text, name, role)


@pytest.mark.parametrize("text,name,role", [c[1:] for c in UNCHANGED], ids=[c[0] for c in UNCHANGED])
def test_rules_do_not_fire(text: str, name: str, role: str | None) -> None:
    people = {p.name: p.role for p in find_people(Document(text)).people()}
    assert name in people, people
    assert people[name] == role, people


# A body named after a person ("the Robert Kilroy Silk Party") takes the person's name for its short
# form only when no title makes that name a person's ("Mr Kilroy Silk said"). (id, text, the name
# that must stay a person, or None, and the short name that must stay a body, or None)
NAMED_AFTER: list[tuple[str, str, str | None, str | None]] = [
    # must fire: the titled short name stays the person
    (
        "party-named-after-mr",
        "Ex TV host Robert Kilroy Silk launched a new party. His old allies said it was just the Robert Kilroy Silk "
        'Party in disguise. Mr Kilroy Silk said: "This is a movement, not a vanity project."',
        "Robert Kilroy Silk",
        None,
    ),
    (
        "foundation-named-after-sir",
        "Sir Ian Baird Cole spoke at the launch of the Ian Baird Cole Foundation. Sir Baird Cole said the money "
        'would go to hospices. "Every penny counts," he said.',
        "Ian Baird Cole",
        None,
    ),
    (
        "trust-named-after-ms",
        "Dame Rosa Lind Hart opened the Rosa Lind Hart Trust on Friday. Ms Lind Hart said the trust would train "
        'nurses. "We start today," she said.',
        "Rosa Lind Hart",
        None,
    ),
    # must not change: a firm's short name with no title stays the firm
    ("firm-short-name", "Raymond James Financial Services reported profits. Raymond James said its clients were nervous.", None, "Raymond James"),
    ("company-short-name", "The Walt Disney Company cut jobs. Walt Disney said the cuts would save money.", None, "Walt Disney"),
]


@pytest.mark.parametrize("text,person,body", [c[1:] for c in NAMED_AFTER], ids=[c[0] for c in NAMED_AFTER])
def test_titled_name_is_no_short_form_of_a_body(text: str, person: str | None, body: str | None) -> None:
    kinds = {e.name: e.kind for e in find_people(Document(text)).entities}
    if person is not None:
        assert kinds.get(person) == "person", kinds
        assert not any(k == "org" and n in person for n, k in kinds.items()), kinds
    if body is not None:
        assert kinds.get(body) == "org", kinds
