"""People and the organisations or countries that can act or speak in an article.

`find_people(doc)` reads capitalised runs once, left to right, and keeps a run as
a person only on structural evidence (a title or role, a given name, a speech
verb, a later bare surname, a pronoun); surnames, family names and titled
mentions are gathered into one entity per individual. Lexicons are data files.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ..model import Person
from .clauses import ascii_view, per_text, phrase_pattern, share_scan
from .datelines import DASH
from .doc import Document
from .lexicons import load_list, load_set, load_tagged

Span = tuple[int, int]

# A word: letters, then letters/digits/soft hyphens, with inner apostrophes or hyphens.
_WORD = re.compile(r"[^\W\d_](?:[\w\u00ad]|['\u2019\-](?=[^\W_]))*(?:['\u2019]s\b)?")
_POSSESSIVE = re.compile(r"['\u2019]s$")
# Lower-case particles that may sit inside a name ("Bill de Blasio", "Ludwig van Beethoven").
_PARTICLES = frozenset({"de", "da", "del", "della", "di", "van", "von", "der", "den", "ter", "bin", "ibn", "le", "la", "du", "dos", "das"})
_ARABIC_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|at|an|bin|ibn|abu|ul)-[A-Z]")
_INITIAL = re.compile(r"^[A-Z]$")
# Courtesy titles say nothing about a role.
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mx", "mme", "mlle", "sir", "dame", "lord", "lady", "hon"})
_APPOSITIVE = re.compile(
    r"""
    ,\s+(?:\d{1,3},\s+)?                       # ", 64," an age
    (?:(?:of|from)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2},\s+(?=(?:a|an|the)\s))?  # ", of Dorn," a home town
    (?:[RDI]-[A-Z][\w.]*,\s+)?                  # ", R-La.," a party tag
    (?P<role>
      (?:(?:the|a|an|his|her|its|their|who\s+is|who\s+was)\s+)?
      (?:[^,.;:()\"\u201c\u201d]                  # any character of the phrase,
        |\.(?=\S)                               # a dot inside a word ("U.S"),
        |(?<=\b[A-Z])\.(?=\s)                    # an initial's dot
        |(?<=\bNo)\.(?=\s\d)                     # "the No. 2 Senate Republican"
      ){2,140}?)
    (?=,|(?<!\b[A-Z])(?<!\bNo(?=\.\s\d))\.(?:\s|$)|;|:\s   # up to a comma, a full stop, a semicolon, a colon
      |\s+(?:said|says|told|added|wrote)\b)      # or a speech verb
    """,
    re.VERBOSE,
)
_HOME_TOWN_BEFORE = re.compile(r",\s+(?:of|from)\s+$")
_PREP = frozenset({"of", "at", "for", "with", "in", "on", "from", "to", "since", "who", "whose", "and"})
_MAX_ROLE_WORDS = 8
_DETERMINERS = frozenset("a an one the two three four several some another many most".split())
_FUNCTION = frozenset(
    "the a an one two three some several many other and or but of to in on at by for with from as "
    "that this these those his her its their our my your he she they it we i you who which".split()
)


@dataclass(frozen=True)
class Entity:
    """A person, or an organisation/country/group able to act as participant or speaker."""

    key: str
    name: str
    role: str | None
    kind: str  # "person" | "org" | "country" | "group"
    spans: tuple[Span, ...]
    gender: str | None = None  # "m" / "f" when a title or role says so ("Mr", "Ms", "mother"); for pronouns

    @property
    def surname(self) -> str:
        return _name_words(self.name)[-1]


def role_head(role: str) -> str:
    """The word a role is matched by, its last, in lower case and without a full stop ("the
    minister" holds "Finance Minister"; "Sen." and "sen" are one title): the one rule for it."""
    return role.split()[-1].lower().rstrip(".")


def _name_words(name: str) -> list[str]:
    """The words of a name without a trailing generation ("Solomon Oliver Jr." -> Solomon, Oliver)."""
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".") in _GENERATION:
        words.pop()
    return words


@dataclass
class _Draft:
    tokens: tuple[str, ...]
    kind: str
    role: str | None = None
    role_rank: int = 9  # lower is better: 0 title before the name, 1 appositive, 2 description
    spans: list[Span] = field(default_factory=list)
    evidence: int = 0
    display: str | None = None  # the name as written, initials' dots kept ("Donald J. Trump")
    origin: str | None = None  # a country or nationality written before the name ("China's Xi Jinping")
    kin: bool = False  # named through a relative ("his wife Grace" -> Grace Mugabe): not the bare surname's owner
    thing: bool = False  # a product or an event by its articles ("the new MacBook Air"): never a person


@dataclass(frozen=True)
class _Run:
    """Consecutive capitalised words (with initials and name particles)."""

    words: tuple[tuple[int, int, str], ...]  # (start, end, text without possessive)
    possessive: bool


@dataclass(frozen=True)
class _Lexicons:
    honorifics: frozenset[str]
    role_titles: frozenset[str]
    role_modifiers: frozenset[str]
    org_words: frozenset[str]
    orgs: frozenset[str]
    countries: frozenset[str]
    nationalities: frozenset[str]
    non_names: frozenset[str]
    given_names: frozenset[str]
    speech: frozenset[str]
    group_heads: frozenset[str]
    places: frozenset[str]  # cities of two or more words ("Tel Aviv"): neither a person nor a party

    @cached_property
    def longest_name(self) -> int:
        """Words in the longest country or organisation name (a run's tail longer than it is neither)."""
        return 1 + max((name.count(" ") for name in self.countries | self.orgs), default=0)

    def is_title_word(self, low: str) -> bool:
        if "-" in low:
            low = _TIME_PREFIX.sub("", low)  # "then-president", "ex-minister": the title then held
        return low in self.honorifics or low in self.role_titles

    def never_name(self, word: str) -> bool:
        low = word.lower()
        if "-" in low:
            low = _TIME_PREFIX.sub("", low)
        return (
            low in self.non_names
            or low in self.honorifics
            or low in self.role_titles
            or low in self.org_words
            or word in self.nationalities
            or word in self.countries
            or word in self.orgs
            or (word.isupper() and len(word) > 1)  # acronyms: US, BBC, CEO
            or bool(_PARTY_TAG.match(word))  # "R-La.", "D-N.Y."
        )


_TIME_PREFIX = re.compile(r"^(?:then|ex)-(?=[a-z])")


@lru_cache(maxsize=1)
def lexicons() -> _Lexicons:
    return _Lexicons(
        honorifics=load_set("honorifics"),
        # "co-chair", "co-leader", "co-host": a title shared is a title
        role_titles=load_set("role_titles") | {"co-" + t for t in load_set("role_titles") if t.isalpha()},
        role_modifiers=load_set("role_modifiers"),
        org_words=load_set("org_words"),
        orgs=frozenset(load_list("orgs")),
        countries=frozenset(load_list("countries")),
        nationalities=frozenset(load_list("nationalities")),
        non_names=load_set("non_names"),
        given_names=frozenset(load_list("given_names")),
        speech=load_set("speech_cues"),
        group_heads=load_set("group_heads"),
        places=frozenset(load_list("places")),
    )


_PLAIN_WORD = re.compile(r"\b[^\W\d_]+\b")


def _group_heads(text: str) -> list[Span]:
    """Words naming a group of speakers: "officials", and "Republicans" with its capital."""
    # The lexicon's trie matcher, not a loop over every word: this was the slowest step.
    found = []
    for start, end in phrase_pattern("group_heads").spans(text):
        word = text[start:end]
        if (word.islower() or word[1:].islower()) and _PLAIN_WORD.fullmatch(word):
            found.append((start, end))
    return found


share_scan(("group_heads",))


_CAPITAL_AFTER = re.compile(r" [A-Z]")
_PRONOUN_AFTER_HEAD = re.compile(r" (?:I|He|She|They|It)\b")


def _groups(text: str, lex: _Lexicons) -> dict[str, list[Span]]:
    """Anonymous or collective speakers: "a senior State Department official", "Deutsche Bank analysts"."""
    groups: dict[str, list[Span]] = {}
    for head_start, head_end in _group_heads(text):
        # Matched in place: a slice from the head to the text's end would copy the rest of the text.
        if _CAPITAL_AFTER.match(text, head_end) and not _PRONOUN_AFTER_HEAD.match(text, head_end):
            continue  # "spokesman Ian Michaels": a title before a name, not a group
        start = head_start
        safe = start  # the phrase as far as modifiers we know
        count = 0
        for word in reversed(list(_WORD.finditer(text, max(0, start - 70), start))):
            gap = text[word.end() : start]
            if gap not in (" ", "-"):
                break
            w = word.group()
            low = w.lower()
            if low in _DETERMINERS:
                safe = start  # "one senior administration official": any words after a determiner
                break
            if low in _FUNCTION or (low in lex.speech and not w[0].isupper()) or (w.islower() and _is_verb(low)):
                break  # "Mayor Ann Lee met residents": the verb ends the group's phrase
            start = word.start()
            if w[0].isupper() or low in lex.role_modifiers or low in lex.role_titles:
                safe = start
            count += 1
            if count >= 4:
                break
        start = safe
        key = text[start:head_end]
        groups.setdefault(key, []).append((start, head_end))
    return groups


class PeopleIndex:
    """Entities of one article with every mention, and surface-form resolution."""

    def __init__(
        self,
        entities: list[Entity],
        mentions: list[tuple[int, int, Entity]],
        variants: dict[str, Entity] | None = None,
    ) -> None:
        self.entities = entities
        self._mentions = sorted(mentions, key=lambda m: (m[0], m[1]))
        self._starts = [m[0] for m in self._mentions]
        self._by_surface: dict[str, list[Entity]] = {}
        self._by_given: dict[str, list[Entity]] = {}  # "Eloise" for Eloise Parry, when no one has it as surname
        self._by_inner: dict[str, list[Entity]] = {}  # "Rosselló" for Ricardo Rosselló Nevares
        lex = lexicons()
        for entity in entities:
            words = _name_words(entity.name)
            surfaces = {entity.name.lower(), entity.key.lower()}
            if entity.kind == "person":
                surfaces.add(words[-1].lower())
                for family in _family_words(tuple(words)):
                    self._by_inner.setdefault(family, []).append(entity)
                if len(words) > 1 and words[0] not in lex.given_names:
                    surfaces.add(words[0].lower())  # family name first: "Xi", "Yoon"
                elif len(words) > 1:
                    self._by_given.setdefault(words[0].lower(), []).append(entity)
            for surface in surfaces:
                self._by_surface.setdefault(surface, []).append(entity)
        # a surname spelt another way later in the article ("Mueller" for Gerhard Müller)
        for surface, entity in (variants or {}).items():
            self._by_surface.setdefault(surface, [entity])

    def resolve(self, surface: str, at: int | None = None) -> Entity | None:
        """The entity a surface form names ("Blinken", "Mr. Blinken", "Secretary Blinken")."""
        text = _POSSESSIVE.sub("", surface.strip())
        candidates = self._by_surface.get(text.lower())
        if not candidates:
            words = [w for w in _WORD.findall(text)]
            lex = lexicons()
            while words and (words[0].lower().rstrip(".") in lex.honorifics or words[0].lower() in lex.role_titles):
                words.pop(0)
            if not words:
                return None
            candidates = self._by_surface.get(" ".join(words).lower()) or self._by_surface.get(
                _POSSESSIVE.sub("", words[-1]).lower()
            )
        if not candidates:
            candidates = self._by_given.get(text.lower()) or self._by_inner.get(_comparable(text))
        if not candidates:
            return None
        if len(candidates) == 1 or at is None:
            return candidates[0]
        # Ambiguous surname ("Parata"): the candidate mentioned most recently before `at`.
        best, best_pos = candidates[0], -1
        for start, _end, entity in self._mentions[: bisect_left(self._starts, at)]:
            if entity in candidates and start > best_pos:
                best, best_pos = entity, start
        return best

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Mentions lying inside [start, end), in text order."""
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self._mentions) and self._mentions[i][0] < end:
            if self._mentions[i][1] <= end:
                out.append(self._mentions[i])
            i += 1
        return out

    def mention_at(self, start: int, end: int) -> Entity | None:
        """The entity whose mention overlaps [start, end), if any."""
        for m_start, m_end, entity in self.mentions_between(max(0, start - 80), end + 1):
            if m_start < end and m_end > start:
                return entity
        return None

    def people(self) -> tuple[Person, ...]:
        """Persons, most mentioned first (ties: first mentioned first), with roles."""
        persons = [e for e in self.entities if e.kind == "person"]
        persons.sort(key=lambda e: (-len(e.spans), e.spans[0][0] if e.spans else 0))
        return tuple(Person(name=e.name, role=e.role, mentions=len(e.spans)) for e in persons)

    def by_kind(self, kind: str) -> list[Entity]:
        return [e for e in self.entities if e.kind == kind]


def find_people(doc: Document) -> PeopleIndex:
    """Persons, organisations, countries and anonymous groups mentioned in `doc`."""
    text = doc.text
    lex = lexicons()
    runs = _capitalised_runs(text)
    # Bylines ("By Jane Roe, Political Correspondent") name the writer, not a person in the story.
    bylines = [
        (p.start, p.end) for p in doc.paragraphs if _BYLINE.match(text, p.start, p.end) and p.end - p.start < 120
    ]
    if bylines:
        runs = [r for r in runs if not any(s <= r.words[0][0] < e for s, e in bylines)]
    # Headlines and subheads inside the text ("Mother Of Teen Who Was Shot Speaks Out") are no
    # source of names or roles: their capitals are the style, not names.
    heads = _title_case_lines(text, lex)
    if heads:
        runs = [r for r in runs if not any(s <= r.words[0][0] < e for s, e in heads)]
    persons: dict[tuple[str, ...], _Draft] = {}
    others: dict[tuple[str, str], _Draft] = {}
    singles: list[tuple[int, int, str, str | None]] = []  # bare one-word mentions to resolve later

    places = _dateline_places(text)
    previous_person: tuple[int, _Draft] | None = None
    plural_role: str | None = None  # the singular of a plural title listing names ("Presidents")
    covered_until = -1  # the end of the last organisation's "of ..." extension
    for run in runs:
        words = list(run.words)
        first_start = words[0][0]
        if first_start < covered_until:
            # "Emergency Medicine" of "The Royal College of Emergency Medicine"; but "Special Counsel
            # Robert Mueller" after "Department of Justice" goes on past the body's name
            words = [w for w in words if w[0] >= covered_until]
            if not words:
                continue
            first_start = words[0][0]
        if _COMPOUND_ADJECTIVE.search(words[-1][2]):
            continue  # "Creative Commons-licensed videos", "Kremlin-backed": a compound adjective
        if words[0][2] in _WEATHER_NAMES and len(words) > 1:
            continue  # "Storm Lorenzo will produce high waves": a storm, whatever its name
        if words[0][2] in _SHIP_PREFIXES and len(words) > 1:
            continue  # "MV Professor Albrecht Penck", "HMS Victory": a ship, whoever it is named after
        if text[first_start - 1 : first_start] in ("#", "@"):
            continue  # "#Hamilton Chicago": a hashtag or a handle, not a name in the prose
        if text[max(0, first_start - 2) : first_start].strip() == "&":
            continue  # "S&P Global Ratings", "Oppenheimer & Co": the rest of a firm's name
        if run.possessive and _PLACE_AFTER_POSSESSIVE.match(text, words[-1][1]):
            continue  # "Prince George's County", "St John's Wood": a place named after someone
        if places and words[-1][2].upper() in places:
            continue  # the dateline's city ("MADRID —"), also inside a run ("Real Madrid")
        closing = words[-1][1] + (1 if text[words[-1][1] : words[-1][1] + 1] in (",", ".") else 0)
        if text[first_start - 1 : first_start] in _OPEN_QUOTES and text[closing : closing + 1] in _CLOSE_QUOTES:
            continue  # a nickname or label in quote marks ("Gucci Grace"), not a mention of a person
        if _is_place(words, lex):
            continue  # "Porto Alegre", "In Tel Aviv": a city, whatever its words look like
        if len(words) >= 2 and words[-1][2] == "State" and not text.endswith("of ", 0, first_start):
            # "Ohio State", "Kansas State", "Islamic State": a university, its team, a group
            name = " ".join(_clean(w[2]) for w in words)
            others.setdefault(("org", name), _Draft(tokens=(name,), kind="org")).spans.append((first_start, words[-1][1]))
            continue
        # Known multi-word organisations and countries first ("State Department", "New Zealand").
        org = _org_or_country(text, words, lex, run.possessive)
        if org is not None:
            kind, start_i, end_i, end_char = org
            name = text[words[start_i][0] : end_char]
            name = _POSSESSIVE.sub("", name)
            draft = others.setdefault((kind, name), _Draft(tokens=(name,), kind=kind))
            draft.spans.append((words[start_i][0], words[start_i][0] + len(name)))
            covered_until = max(covered_until, end_char)
            words = words[:start_i]
            if not words:
                continue
        courtesy_surname = _courtesy_place_surname(words)  # "Mr. Hall said", "Ms Street": a surname
        if len(words) >= 2 and words[-1][2].lower() in _STREET_WORDS and not courtesy_surname and not (
            # "Joe Lane, who was ousted", "Ann Bridge said": a given name, a street word as surname,
            # then what only a person does
            words[-1][2].lower() in _SURNAME_STREET_WORDS
            and words[0][2] in lex.given_names
            and (
                _SAID_AFTER.match(text, words[-1][1])
                or _human_after(text, words[0][0], words[-1][1], tuple(w[2] for w in words), lex)
                or _title_right_before(text, words[0][0], lex)  # "said teacher Abby Lane"
            )
        ):
            continue  # "Karl Marx Avenue", "Downing Street": a street, whoever it is named after
        if (
            len(words) >= 2
            and not courtesy_surname
            and words[-1][2].lower() in _VENUE_WORDS
            # "Stuart Hall" is a name; "Logan Airport", "Bradley Stadium" are not
            and (words[-1][2].lower() not in _HALL_WORDS or not any(w[2] in lex.given_names for w in words[:-1]))
        ):
            continue  # "Constitution Hall", "Wembley Stadium"; not "Stuart Hall"
        if text[max(0, first_start - 1) : first_start] in _OPEN_QUOTES and _LABELLED_BEFORE.search(
            text, max(0, first_start - 14), first_start - 1
        ):
            continue  # 'a robot named "Better Idea of Afghan Girls"': a name given to a thing
        if len(words) >= 2 and _COMPANY_BEFORE.fullmatch(words[0][2].lower() + " "):
            # "Carmaker Halvorsen to cut jobs" (a headline): a company named by what it is
            name = " ".join(_clean(w[2]) for w in words[1:])
            others.setdefault(("org", name), _Draft(tokens=(name,), kind="org")).spans.append((words[1][0], words[-1][1]))
            continue
        if len(words) >= 2 and words[0][2] == "Will" and _opens_question(text, words[0][0], words[-1][1]):
            words = words[1:]  # "Will Mueller's report name anyone?": the auxiliary of a question
        # Peel what cannot end a name off the right (days, places, acronyms).
        generation = None
        while words and words[-1][2] in _GENERATION:
            generation = words.pop()  # "Martin Luther King III": the generation is not the surname
        # only a place word ending the run asks whether a title stands before it ("spokesperson Jo Park")
        titled_run = (
            len(words) >= 2
            and words[-1][2].lower() in lex.non_names
            # "Kari Lake, a former news anchor, said": a person speaks, the place word is a surname
            and (
                _titled_run(text, words, lex)
                # "Yeonmi Park, a human rights activist who fled": an appositive says who the name is
                or (
                    text.startswith((", a ", ", an ", ", the "), words[-1][1])
                    and not any(lex.never_name(w[2]) for w in words[:-1])
                    and _role_right_after(text, words[-1][1], lex)[0] is not None
                )
                or (
                    _speech_near(text, words[0][0], words[-1][1], lex)
                    and words[-1][2].lower() not in lex.group_heads  # not "the Social Democrats, conceded"
                    and not _PREPOSITION_BEFORE_NAME.search(text, max(0, words[0][0] - 12), words[0][0])
                )
            )
        )
        title_after = False  # a title word ended the run right after what is left
        # where the run's first given name is, found once: peeling one word per turn stays linear
        first_given = next((k for k, w in enumerate(words) if w[2] in lex.given_names), len(words))
        while words and lex.never_name(words[-1][2]) and not _name_goes_on(words, lex, titled_run, first_given):
            title_after = lex.is_title_word(words.pop()[2].lower())
        # The name is what follows the last title, role, place or sentence-starter word;
        # a title word ending a name after a given name is its surname ("Martin Luther King").
        title_before = False
        peeled_title = None
        for i in range(len(words) - 1, -1, -1):
            if (
                i == 0
                and len(words) >= 3
                and words[1][2] in lex.given_names
                and words[0][2] not in lex.given_names
                and _AGENT_NOUN.search(words[0][2].lower())
                and words[0][2][1:].islower()
            ):
                # "Novelist Ben Ode died": what someone does, capitalised, before the name
                title_before = True
                peeled_title = words[0][2]
                words = words[1:]
                break
            if (
                i == 0
                and len(words) == 2
                and words[0][2] in lex.given_names
                and lex.is_title_word(words[0][2].lower())
                and not _DETERMINER_BEFORE.search(text, max(0, words[0][0] - 12), words[0][0])
            ):
                break  # "founded by Dean Kamen": a given name that is also a title, then a surname
            if (
                lex.never_name(words[i][2])
                # "John A. Boehner": a middle initial, not the article "A"
                and not (len(words[i][2]) == 1 and 0 < i < len(words) - 1 and text[words[i][1] : words[i][1] + 1] == ".")
                and not (i == len(words) - 1 and _name_goes_on(words, lex, titled_run))
                and not _family_name_first(words, i, lex)
                and not _pronoun_family_name(text, words, i)
                and not _month_as_given_name(text, words, i, lex)
            ) or (
                i < len(words) - 2 and _plural_title(words[i][2], lex)
            ) or (
                # "Chief Executive of Hong Kong Carrie Lam": a place of several words ends the title
                i < len(words) - 2
                and any(
                    " ".join(w[2] for w in words[j : i + 1]) in lex.countries
                    # "Ambassador to the United Nations Nikki Haley": a body of several words too
                    or " ".join(w[2] for w in words[j : i + 1]) in lex.orgs
                    for j in (i - 1, i - 2)
                    if j >= 0
                )
            ):
                # "Presidents Muhammadu Buhari and ...": a plural title is a title too
                title_before = lex.is_title_word(words[i][2].lower()) or _plural_title(words[i][2], lex)
                words = words[i + 1 :]
                break
        if len(words) >= 3 and words[0][2] not in lex.given_names and text.endswith(" ", 0, words[0][0]):
            title_of = _TITLE_OF_BEFORE.search(text, max(0, words[0][0] - 50), words[0][0])
            given = [k for k in range(1, len(words) - 1) if words[k][2] in lex.given_names]
            if not given and len(words) == 3 and not any(w[2] in lex.non_names for w in words[1:]):
                given = [1]  # "Leader of the Opposition Kemi Bade": a place or body word, then two names
            if title_of is not None and given and lex.is_title_word(title_of.group(1).lower()):
                # "Archbishop of Canterbury Justin Welby", "Mayor of San Diego Todd Gloria": the
                # place completes the title before it; the name opens with its last given name
                words = words[given[-1] :]
        if not words or sum(1 for w in words if w[2] not in _PARTICLES and w[2] not in ("Al", "El")) > 4:
            continue
        if title_before and title_after and words[0][2] not in lex.given_names:
            continue  # "Chief Operating Officer": the inner words of a title, between two title words
        start, end = words[0][0], words[-1][1]
        tokens = tuple(_clean(w[2]) for w in words)
        if any(c.isdigit() for t in tokens for c in t) or len(set(tokens)) < len(tokens):
            continue  # "Airbus A320s", "AirAsia AirAsia": a model or a repeated word, no one's name
        acronym = _ACRONYM_AFTER.match(text, end)
        if acronym is not None and acronym.group(1).endswith("".join(t[0] for t in tokens)):
            # "Leadership Conference of Women Religious (LCWR)": the end of a body's name and its
            # acronym; not "Samir Dilou (RCD)", a person and the party
            continue
        if (
            not title_before
            and _AREA_AFTER.match(text, end)
            and _THE_BEFORE.search(text, max(0, start - 5), start)
        ):
            continue  # "The Sandy Point area": a place
        if len(tokens) > 1 and tokens[0] not in lex.given_names and _owns_title_of_next(text, end, lex):
            # "Bell Curve Trading chief strategy expert, Bill Strazzullo": the body whose title it is
            name = " ".join(tokens)
            others.setdefault(("org", name), _Draft(tokens=(name,), kind="org")).spans.append((start, end))
            continue
        opening = _ORG_OPENING_BEFORE.search(text, max(0, start - 40), start)
        if opening is not None and tokens[0] not in lex.given_names and all(lex.never_name(w) for w in opening.group("rest").split()) and (
            opening.group("word") in lex.nationalities or opening.group("word").lower() in _BODY_OPENING_WORDS
        ):
            # "CEO of American Iron Works", "director of the Northwest Immigrant Rights Project":
            # the rest of a body's name whose first word was peeled off as no part of a name
            continue
        role, rank = _role_before(text, start, lex)
        if role is None and peeled_title is not None:
            role, rank = peeled_title, 0
        after_role, after_rank = _role_after(text, end, lex)
        if after_role is None:
            appointed = _appointed_role(text, start, end, lex)
            if appointed is not None:
                after_role, after_rank = appointed, 1
        if after_role is not None and after_rank < rank:
            role, rank = after_role, after_rank
        elif (
            after_role is not None
            and after_rank == 1
            and role is not None
            and " " not in role.strip()
            and role.rstrip(".").lower() in lex.honorifics
            and _has_role_word(after_role, lex)
        ):
            # "Senator Bob Corker, Republican chairman of the Foreign Relations Committee": the bare
            # title before the name and the appositive's office, both
            role, rank = f"{role}, {after_role}", after_rank
        # "met officers Antoine Quirin and ...", "his Greek and French counterparts, Nikos
        # Dendias and ...": a lower-case plural title before listed names gives each its singular.
        lower_plural = (
            _LOWER_PLURAL_TITLE.search(text, max(0, start - 30), start)
            if role is None and len(tokens) > 1
            else None
        )
        if lower_plural is not None and lower_plural.group(1)[:-1] not in lex.role_titles:
            lower_plural = None
        if lower_plural is not None and "," in lower_plural.group() and not _LIST_AFTER.match(text, end) and not text.startswith(",", end):
            # "fairer for genuine refugees, Michael Howard has said": a clause ends; no list, no
            # apposition closed by a comma ("One of her neighbours, Paul Innes, said")
            lower_plural = None
        listed = (
            _PLURAL_BEFORE_LIST.search(text, max(0, start - 70), start)
            if role is None and lower_plural is None and len(tokens) > 1 and text[start - 2 : start] == ", "
            and _LIST_AFTER.match(text, end)
            else None
        )
        if listed is not None and listed.group("plural")[:-1].lower() in lex.role_titles:
            # "The two Labour MPs, Ann Cole and Ben Hart", "Both analysts on ESPN, Lou Holtz and
            # Mark May": a plural title, then the names it lists; each holds it
            lower_plural = listed
            role, rank = listed.group("plural")[:-1] + (listed.group("comp") or ""), 0
        elif lower_plural is not None:
            role, rank = lower_plural.group(1)[:-1], 0
            if role == "counterpart" and previous_person is not None and previous_person[1].role:
                # "minister Sameh Shoukry and his Greek and French counterparts, Nikos Dendias and
                # ...": a counterpart holds the same office, whatever the country.
                office = [
                    w
                    for w in previous_person[1].role.split()
                    if w not in lex.nationalities and w not in lex.countries
                ]
                role = " ".join(office) or role
        if (
            (len(tokens) == 1 or tokens[0] not in lex.given_names)
            and (role is None or role.islower())
            and _COMPANY_BEFORE.search(text, max(0, start - 30), start)
        ):
            # "auto manufacturer Chrysler", "the carmaker Chrysler", "the newspaper Marsk Dagblad":
            # a company or a paper, and so its bare name later
            name = " ".join(tokens)
            draft = others.setdefault(("org", name), _Draft(tokens=(name,), kind="org"))
            draft.spans.append((start, end))
            continue
        if _NAMED_THING_BEFORE.search(text, max(0, start - 12), start):
            continue  # "Operation Breadbasket", "Project Lifesaver": the name of an operation
        if len(tokens) == 1:
            # A bare word is a person only after a capitalised title: "President Obama", "Mr Bashir"
            # (not "fellow Ennahda members").
            appositive_title = (
                # "Lula, Brazil's president, said": one name, its title in apposition
                after_role is not None and after_rank == 1 and role == after_role
                and text[end : end + 2] == ", " and _ends_in_title(after_role, lex)
                and len(after_role.split()) <= 5
                and after_role.split()[0].lower() not in _CLAUSE_OPENERS
                # not "Tom Hale, of Dorn, a bus driver": the home town between a name and its role
                and not _HOME_TOWN_BEFORE.search(text, max(0, start - 8), start)
                # not "Addressing a conference in Wyoming, the bank chief said": a place, then the subject
                and not _IN_PLACE_BEFORE.search(text, max(0, start - 8), start)
            )
            if role is not None and rank == 0 and _OF_CAPITAL_END.search(role) and not title_before:
                pass  # "the mayor of Fort Lee", "mayor of New York": the word ends a place's name
            elif title_before or appositive_title or (
                role is not None
                and rank == 0
                # not "Inspector General for Afghanistan Reconstruction": the rest of an office's name
                and not (_ABSTRACT_NOUN.search(tokens[0]) and tokens[0] not in lex.given_names)
                and role.split()[-1].lower() not in lex.org_words  # "Big Brothers Big Sisters Columbia": a body
                and (
                    role.split()[-1][:1].isupper()
                    # "Turkish president Erdogan": an office held by one person, then the name
                    or (
                        role.split()[-1] in _SOLE_OFFICES
                        and not re.match(r"\s+[a-z]+s\b", text[end : end + 20])
                    )
                )
            ):
                draft = persons.setdefault(tokens, _Draft(tokens=tokens, kind="person"))
                regnal = _REGNAL.match(text, end) if title_before or role is not None else None
                if regnal is not None and draft.display is None:
                    draft.display = text[start : regnal.end()]  # "Pope Leo XIV", "Queen Elizabeth II"
                draft.spans.append((start, end))
                draft.evidence += 2
                _offer_role(draft, role, rank)
            else:
                relative = _relative_of(text, start, role, previous_person)
                if relative is not None:
                    # "Robert Mugabe, his wife Grace": Grace Mugabe.
                    full = (tokens[0], relative.tokens[-1])
                    draft = persons.setdefault(full, _Draft(tokens=full, kind="person", kin=True))
                    draft.display = draft.display or " ".join(full)
                    draft.spans.append((start, end))
                    draft.evidence += 2
                    _offer_role(draft, role, 1)
                    continue
                singles.append((start, end, tokens[0], role))
            continue
        if all(len(t) == 1 for t in tokens):
            continue  # initials alone ("U S" of "U.S.-South Korea")
        if tokens[-1] in _THING_WORDS:
            continue  # "Data Retention Bill", "Affordable Care Act": laws and documents, not people
        # Structural evidence that a capitalised pair is a person, not a place or a firm.
        evidence = 0
        if title_before or role is not None:
            evidence += 2
        if tokens[0] in lex.given_names:
            evidence += 2
        if _speech_near(text, start, end, lex) or (evidence < 2 and _human_after(text, start, end, tokens, lex)):
            evidence += 2
        partner = None
        if previous_person is not None and (
            text[previous_person[0] : start] in (" and ", " or ", ", ")
            # "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin"
            or _OF_PLACE_AND.fullmatch(text, previous_person[0], start)
        ):
            # "cabinet ministers Jonathan Moyo and Saviour Kasukuwere": a name listed with a person.
            partner = previous_person[1]
            evidence += 2 if previous_person[1].evidence >= 2 else 0
        if _BODY_APPOSITIVE.match(text, end) and not (title_before or tokens[0] in lex.given_names):
            # "an organizer with D.C. Ferguson, the group of activists who": a body, not a person
            name = " ".join(tokens)
            others.setdefault(("org", name), _Draft(tokens=(name,), kind="org")).spans.append((start, end))
            continue
        if _WHICH_AFTER.match(text, end) and not (title_before or role is not None or tokens[0] in lex.given_names):
            evidence -= 4  # "Norfolk Southern, which owns the line": a thing, not a person
        if not title_before and _IN_PLACE_BEFORE.search(text, max(0, start - 8), start) and _REGION_AFTER.match(text, end):
            evidence -= 4  # "her home in Ann Arbor, Michigan": a town and its state or country
        draft = persons.setdefault(tokens, _Draft(tokens=tokens, kind="person"))
        if draft.display is None:
            shown_end = end
            if generation is not None and text[end : generation[0]] == " ":
                # "Solomon Oliver Jr.": the name as written keeps its generation (not its surname).
                shown_end = generation[1] + (1 if text[generation[1] : generation[1] + 1] == "." else 0)
            draft.display = _display(text[start:shown_end])
        draft.spans.append((start, end))
        draft.evidence += evidence
        if lower_plural is not None:
            plural_role = role  # each listed name after it holds it too
        elif role is not None and not {"of", "for"} & set(role.split()) and (
            # not "president of the Federation of Government Employees": a body's name ends there
            _plural_title(role.split()[-1], lex)
            # "Foreign ministers Ana Ruiz and Li Wen": a plural title in lower case after a capital
            or (role[:1].isupper() and _plural_title(role.split()[-1].capitalize(), lex) and len(role.split()) > 1)
            # "cabinet ministers Jonathan Moyo and Saviour Kasukuwere": all in lower case
            or (role.islower() and _plural_title(role.split()[-1].capitalize(), lex))
        ):
            role = _singular_title(role)  # "Presidents Muhammadu Buhari and Patrice Talon": each a President
            rank = 0
            plural_role = role
        elif partner is None:
            plural_role = None
        _offer_role(draft, role, rank)
        if partner is not None and partner.role and partner.role.split()[-1].lower().endswith("s") and partner.role_rank == 0:
            _offer_role(draft, partner.role, 1)  # a plural title covers every name it lists
        elif partner is not None and plural_role is not None:
            _offer_role(draft, plural_role, 1)
        previous_person = (end, draft)
        if draft.origin is None:
            origin = _ORIGIN.search(text, max(0, start - 40), start)
            if origin and (origin.group(1) in lex.countries or origin.group(1) in lex.nationalities):
                draft.origin = origin.group(1)

    companies = {name for kind, name in others if kind == "org" and " " not in name}
    if companies:
        kept_singles = []
        for single in singles:
            if single[2] in companies:
                others[("org", single[2])].spans.append((single[0], single[1]))
            else:
                kept_singles.append(single)
        singles = kept_singles
    # Bare surnames repeated elsewhere are evidence too (not "in Manhattan": places follow prepositions).
    surname_uses: dict[str, int] = {}
    for s_start, _e, word, _r in singles:
        before = _WORD.findall(text, max(0, s_start - 12), s_start)
        if before and before[-1].lower() in _PLACE_PREPOSITIONS:
            continue
        if word in lex.given_names and word in _THING_WORDS:
            continue  # "the Bill would require": a law, not Bill
        if len(word.rstrip(".")) == 1:
            continue  # "OS X", "Plan B": a letter alone is no one's surname
        surname_uses[word] = surname_uses.get(word, 0) + 1
    for tokens, draft in persons.items():
        if draft.evidence <= 0 and tokens[0] not in lex.given_names and _things_by_determiner(text, draft.spans):
            draft.thing = True  # "the new MacBook Air", "the original MacBook Air": a thing
    org_names = [" " + name + " " for kind, name in others if kind == "org" and " " in name]
    if org_names:
        for tokens in [t for t, d in persons.items() if len(t) >= 2 and d.role is None]:
            head = " " + " ".join(tokens) + " "
            owner = next((n for n in org_names if head in n), None)
            if owner is not None and any(_TITLE_BEFORE.search(text, max(0, s - 8), s) for s, _e in persons[tokens].spans):
                continue  # "the Robert Kilroy Silk Party ... Mr Kilroy Silk said": a title makes a person
            if owner is not None:
                # "Raymond James Financial Services ... Raymond James said": the firm's short name
                name = " ".join(tokens)
                others.setdefault(("org", name), _Draft(tokens=(name,), kind="org")).spans.extend(persons.pop(tokens).spans)
    merged = _merge_persons(persons, surname_uses)
    _roles_from_descriptions(text, merged, lex)
    _roles_from_pronoun_copula(text, merged, lex)
    _roles_from_definite_descriptions(text, merged, lex)
    _roles_from_bare_titles(text, merged, lex)
    _roles_from_title_then_name(text, merged, lex)
    _roles_from_epithets(text, merged, lex)
    return _build_index(text, merged, others, singles, lex)


_SENTENCE_END = re.compile(r"[.!?\n]")


def _opens_question(text: str, start: int, end: int) -> bool:
    """The word at `start` opens a sentence (or a line) that ends in a question mark."""
    before = text[max(0, start - 3) : start]
    if start and not (before.endswith("\n") or re.search(r"[.!?][\"'\u201d\u2019]?\s+$", before)):
        return False
    stop = _SENTENCE_END.search(text, end)
    # a plain question: no aside, colon or quotation before its mark ("Will Hart, a teacher, asked: why?")
    return stop is not None and stop.group() == "?" and not re.search(r"[,;:\"\u201c\u201d(]", text[end : stop.start()])


_ORG_OPENING_BEFORE = re.compile(r"\b(?:of|for|at)\s+(?:the\s+)?(?P<word>[A-Z][a-z]+)(?P<rest>(?:\s+[A-Z][a-z]+){0,2})\s$")
# Words that open a body's name and never a person's ("the National ...", "the Northwest ...")
_BODY_OPENING_WORDS = frozenset(
    "north south east west northwest northeast southwest southeast central national international united".split()
)


def _is_place(words: list[tuple[int, int, str]], lex: _Lexicons) -> bool:
    """The run ends in a city of the places lexicon, after nothing but words no name holds."""
    if len(words) < 2 or words[-1][2] not in _place_last_words():
        return False
    for i in range(len(words) - 1):
        if " ".join(w[2] for w in words[i:]) in lex.places:
            return all(lex.never_name(w[2]) or w[2].lower() in _FUNCTION for w in words[:i])
    return False


@lru_cache(maxsize=1)
def _place_last_words() -> frozenset[str]:
    return frozenset(place.split()[-1] for place in lexicons().places)


# What a company or charity is, right before its one-word name: "auto manufacturer Chrysler",
# "rescue charity Sea-Eye".
_COMPANY_BEFORE = re.compile(
    r"""
    \b(?:manufacturer|maker|automaker|carmaker|company|firm|retailer   # what a company is
      |airline|insurer|lender|conglomerate|operator|publisher|carrier
      |newspaper|tabloid|broadcaster|magazine|website|channel        # a paper or a broadcaster
      |charity|nonprofit|non-profit)                                # or a charity
    \s+$
    """,
    re.VERBOSE,
)

# "the MacBook Air", "an updated MacBook Air", "its Ford Taurus": an article or owner before a name.
_THING_DETERMINER = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+)?$")


def _things_by_determiner(text: str, spans: list[Span]) -> bool:
    """Most mentions of a name with no person's evidence take an article, as products and
    events do ("the new MacBook Air", "the Ford Taurus"); a person's name does not."""
    with_article = sum(1 for s, _e in spans if _THING_DETERMINER.search(text, max(0, s - 25), s))
    return with_article >= 1 and 2 * with_article >= len(spans)


_OPEN_QUOTES = frozenset("\"'\u201c\u2018")
_CLOSE_QUOTES = frozenset("\"'\u201d\u2019")
_KIN_WORDS = frozenset("wife husband son daughter brother sister mother father mum dad widow partner".split())
_KIN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:\w+\s+)?(?P<kin>\w+),?\s+$")


def _relative_of(text: str, start: int, role: str | None, previous: tuple[int, _Draft] | None) -> _Draft | None:
    """The person whose relative a bare given name is ("Robert Mugabe, his wife Grace"): the
    full name just before, in the same sentence."""
    if role is None or role.split()[-1].lower() not in _KIN_WORDS or previous is None:
        return None
    kin = _KIN_BEFORE.search(text, max(0, start - 40), start)
    if kin is None or kin.group("kin").lower() not in _KIN_WORDS:
        return None
    owner_end, owner = previous
    between = text[owner_end:start]
    # "Tom Ash opened the bridge. His wife, Ana, cut the ribbon": the next sentence opening with
    # the kin word speaks of the person just named.
    opens_next = kin.group()[:1].isupper() and len(re.findall(r"[.!?]\s", between)) == 1
    if len(between) > 200 or (re.search(r"[.!?]\s", between) and not opens_next) or len(owner.tokens) < 2 or owner.kin:
        return None
    return owner


_IN_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$")
_REGION_AFTER = re.compile(r",\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=[,.;]|\s+[a-z])")
# "Norfolk Southern, which owns", "Blue Origin said its rocket": a thing, not a person.
_WHICH_AFTER = re.compile(r",?\s+which\b|\s+(?:said|says|announced|reported|added|expects|plans)\s+(?:that\s+)?its\b")
_PLACE_AFTER_POSSESSIVE = re.compile(r"['\u2019]s\s+(?:County|Wood|Island|Bay|Park|Hospital|College|University|Cathedral|Church|Square)\b")
# "HAZARD, Ky. —", "NEW YORK (Reuters) -", "GYEONGJU, South Korea —" at the start of the body. Only the
# city's words, to skip them as names: so any line of the body's first 600 characters, any capitals
# ("MT SOMERS", "ST. LOUIS"), and a comma after them is enough (unlike meetings._DATELINE).
_DATELINE_CITY = re.compile(r"^([A-Z][A-Z'\u2019.-]+(?: [A-Z][A-Z'\u2019.-]+){0,2})(?=,| \(| ?" + DASH + ")", re.MULTILINE)


def _dateline_places(text: str) -> frozenset[str]:
    """The words of the dateline's city (upper case), from the first lines of the body."""
    match = _DATELINE_CITY.search(text, 0, min(len(text), 600))
    if match is None or len(match.group(1)) < 3:
        return frozenset()
    return frozenset(w.strip(".") for w in match.group(1).split() if len(w.strip(".")) > 2)


_ORIGIN = re.compile(r"\b([A-Z][\w.]*?)(?:['\u2019]s)?\s+$")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "of", "from", "to", "near", "across", "into", "through", "around", "outside"})
# "the" then a look behind it for a word character, the same as "\bthe" but led by a literal:
# the regex engine skips through the article to each "the" instead of trying every offset.
_DESCRIPTION = re.compile(r"the(?<!\wthe)\s+([A-Z][a-z]+)\s+([a-z][a-z\-]+)\b")


def _roles_from_descriptions(text: str, drafts: list[_Draft], lex: _Lexicons) -> None:
    """ "the Chinese leader" names the role of the one Chinese person whose role is not given."""
    for match in _DESCRIPTION.finditer(text):
        nationality, head = match.groups()
        if head not in lex.role_titles or nationality not in lex.nationalities:
            continue
        stem = nationality[:4].lower()
        candidates = [
            d for d in drafts if d.role is None and d.origin is not None and d.origin[:4].lower() == stem
        ]
        if len(candidates) == 1:
            candidates[0].role, candidates[0].role_rank = f"{nationality} {head}", 2


_OF_PLACE_AND = re.compile(r"\s+of\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+and\s+")
_LOWER_PLURAL_TITLE = re.compile(r"\b([a-z]{4,}s),?\s+$")
_PLURAL_BEFORE_LIST = re.compile(
    r"\b(?P<plural>[a-z]{3,}s|[A-Z]{2,4}s)(?P<comp>\s+(?:on|at|for|of|from|with)\s+[^,.;:()]{1,40}?)?,\s+$"
)
_LIST_AFTER = re.compile(r"(?:,\s+|\s+and\s+)[A-Z][a-z]")
# Offices one person holds: after one of these, even in lower case, a bare name is a person.
_SOLE_OFFICES = frozenset(
    "president premier chancellor king queen pope governor mayor prosecutor judge coach".split()
)
_BYLINE = re.compile(r"(?:By|BY|Words by|Written by)\s+[A-Z]")
_HEAD_WORD = re.compile(r"[^\W\d_][\w'\u2019.&\-]*")
_HEAD_LOWER = _FUNCTION | frozenset(
    "is are was were be been into over after up out off not no than via per amid about vs nor so".split()
)


def _title_case_lines(text: str, lex: _Lexicons) -> list[tuple[int, int]]:
    """(start, end) of the lines written in Title Case: a headline or subhead inside the text.

    A line is one when every word but the small function words is capitalised, it holds three
    such words or more, and one of its capitalised words is no name: a function word after the
    first ("Happy Holidays From The Road"), a verb ("Was Shot", "Looks") or a word of the
    non-names lexicon.
    """
    out = []
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        if end < 0:
            end = len(text)
        line = text[pos:end]
        if 12 <= len(line) <= 1000 and line.count(" ") >= 2:
            # Word by word, stopping at the first lower-case content word: most lines are prose.
            words: list[str] = []
            content = 0  # capitalised content words; -1 once a content word is lower-case
            for match in _HEAD_WORD.finditer(line):
                w = match.group()
                if w.lower() not in _HEAD_LOWER:
                    if not w[0].isupper():
                        content = -1
                        break
                    content += 1
                words.append(w)
            if (
                content >= 3
                and any(
                    (k > 0 and w.lower() in _HEAD_LOWER and w[0].isupper())
                    or (w[0].isupper() and _is_verb(w.lower()))
                    or w.lower() in lex.non_names
                    for k, w in enumerate(words)
                )
            ):
                out.append((pos, end))
        pos = end + 1
    return out
_THING_WORDS = frozenset(
    "Bill Act Law Treaty Accord Agreement Plan Report Program Programme Convention Protocol Directive "
    "Amendment Code Fund Index Prize Award Cup Games Festival Summit Conference Forum Doctrine Strategy "
    "Olympics Finals Championship Championships Tournament "
    # systems, studies, awards, festivals, records, courts, teams' sports and figures: never a surname
    "System Systems Study Survey Awards Fest Clause Record Circuit Disorders Earnings Companies Airplanes "
    "Basketball Football Baseball Hockey Jazz".split()
)
# "Storm Lorenzo", "Hurricane Maria", "Typhoon Haiyan": weather named like a person
_WEATHER_NAMES = frozenset("Storm Hurricane Typhoon Cyclone Tropical".split())
_ADVERB_TITLES = frozenset({"forward"})
_TITLE_OF_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:-[a-z]+)?) of (?:the )?(?:[A-Z][\w'\u2019-]*\s){0,2}$")
_GENERATION = frozenset({"Jr", "Sr", "II", "III", "IV"})
# A regnal number after a title and one name: "Pope Leo XIV", "King Harald V", "Queen Elizabeth II".
_REGNAL = re.compile(r" (?!I\b)(?=[IVX])(?:X{0,3})(?:IX|IV|V?I{0,3})\b(?![\w.-])")
_PARTY_TAG = re.compile(r"^[RDI]-[A-Z]")


# "Geun-hye", "Jae-in": a romanised given name of two syllables, after the family name.
_ROMANISED_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
_LOWER_TITLE_BEFORE = re.compile(r"\b([a-z][a-z-]+)\s+$")


def _titled_run(text: str, words: list[tuple[int, int, str]], lex: _Lexicons) -> bool:
    """A title opens the run ("Spokesperson Jo Park") or stands right before it ("spokesperson Jo Park")."""
    if any(lex.is_title_word(w[2].lower()) for w in words[:-2]):
        return True
    before = _LOWER_TITLE_BEFORE.search(text, max(0, words[0][0] - 30), words[0][0]) if words else None
    return before is not None and before.group(1) in lex.role_titles


def _family_name_first(words: list[tuple[int, int, str]], i: int, lex: _Lexicons) -> bool:
    """ "Park Geun-hye": a family name that looks like a place, before a romanised given name."""
    word = words[i][2]
    return (
        i + 1 < len(words)
        and _ROMANISED_GIVEN.match(words[i + 1][2]) is not None
        and word.lower() in lex.non_names
        and not lex.is_title_word(word.lower())
        and word.lower() not in lex.org_words
        and word not in lex.countries
        and word not in lex.nationalities
    )


_PRONOUN_FAMILY_NAMES = frozenset({"He"})  # "Vice Premier He Lifeng", "scientist He Wei"
_LOWER_WORD_BEFORE = re.compile(r"[a-z][\w-]*,?\s+$")


def _pronoun_family_name(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """ "He" before a capitalised name inside a sentence (after a title or a lower-case word):
    the family name He, not the pronoun that opens a sentence."""
    return (
        words[i][2] in _PRONOUN_FAMILY_NAMES
        and i + 1 < len(words)
        and (i > 0 or _LOWER_WORD_BEFORE.search(text, max(0, words[i][0] - 30), words[i][0]) is not None)
    )


_MONTH_GIVEN_NAMES = frozenset({"Jan", "June", "April", "August"})
_DATE_BEFORE = re.compile(
    r"\b(?:in|on|since|until|till|by|from|last|next|early|late|mid|of|through|during|before|after)\s+$", re.IGNORECASE
)


def _month_as_given_name(text: str, words: list[tuple[int, int, str]], i: int, lex: _Lexicons) -> bool:
    """ "Jan Vos said", "April Ryan asked": a month that is also a given name, before a surname
    (not "in June Smith said", "Jan 5")."""
    return (
        i == 0
        and len(words) >= 2
        and words[0][2] in _MONTH_GIVEN_NAMES
        and not lex.never_name(words[1][2])
        and not _DATE_BEFORE.search(text, max(0, words[0][0] - 12), words[0][0])
    )


def _name_goes_on(
    words: list[tuple[int, int, str]], lex: _Lexicons, titled: bool = False, first_given: int | None = None
) -> bool:
    """The last word is a surname that looks like a title or month: "Theresa May", "Martin Luther King";
    or a surname that looks like a place after a title ("spokesperson Jo Park"). `first_given`, when
    known, is the index of the first given name in `words` (or their number if there is none)."""
    if len(words) < 2 or words[-1][2].isupper():
        return False
    last = words[-1][2]
    if _courtesy_place_surname(words):
        return True  # "Ms Park", "Mr. Hall said": a courtesy title, then a surname that is also a place word
    if (
        titled
        and last.lower() in lex.non_names
        and not lex.never_name(words[-2][2])
        and last not in lex.countries
        and last.lower() not in lex.org_words
        and last.lower() not in lex.role_titles
    ):
        return True
    given_before = (
        any(w[2] in lex.given_names for w in words[:-1]) if first_given is None else first_given < len(words) - 1
    )
    return (
        given_before
        and last not in lex.countries
        and last.lower() not in _STREET_WORDS  # "Karl Marx Avenue": a street named after someone
        and (last.lower() not in lex.org_words or (last.lower() in _SURNAME_ORG_WORDS and words[-2][2] in lex.given_names))
    )


# Place words that are common surnames too ("Park", "Hall", "Lake", "West")
_PLACE_WORD_SURNAMES = frozenset("park hall lake bay beach west north south east street hill".split())


def _courtesy_place_surname(words: list[tuple[int, int, str]]) -> bool:
    """ "Ms Park", "Mr. Hall": a courtesy title makes the place word after it a surname."""
    return (
        len(words) == 2
        and _clean(words[0][2]).lower().rstrip(".") in _COURTESY
        and words[-1][2].lower() in _PLACE_WORD_SURNAMES
    )
# A title, then a name: "chief strategy expert, Bill Strazzullo", "Head trader, Andy Brooks".
_TITLE_THEN_NAME = re.compile(r"\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?P<title>[a-z][\w-]*),?\s+[A-Z][a-z]")


def _owns_title_of_next(text: str, end: int, lex: _Lexicons) -> bool:
    """The run is followed by a title and a name: it says whose title it is, it is no one."""
    if _POSSESSIVE.match(text, end):
        return False
    after = _TITLE_THEN_NAME.match(text, end, min(len(text), end + 60))
    return after is not None and after.group("title") in lex.role_titles


_COMPOUND_ADJECTIVE = re.compile(r"-[a-z]+(?:ed|ing)$")
_VENUE_WORDS = frozenset("hall stadium arena theatre theater airport station cathedral museum".split())
_HALL_WORDS = frozenset("hall station".split())  # venue words that are also surnames
_LABELLED_BEFORE = re.compile(r"\b(?:named|called|dubbed|nicknamed|titled|entitled)\s*$")
_SHIP_PREFIXES = frozenset({"MV", "MS", "HMS", "USS", "RMS", "SS", "MY", "HMAS", "HMCS", "INS"})
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)\s+$")


def _title_right_before(text: str, start: int, lex: _Lexicons) -> bool:
    """A title or occupation right before the name ("teacher Abby Lane")."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).lower() in lex.role_titles


_STREET_WORDS = frozenset("avenue street road boulevard square lane highway bridge plaza prospekt".split())
_SURNAME_STREET_WORDS = frozenset({"lane", "bridge"})  # also surnames: "Joe Lane", "Ann Bridge"
_SAID_AFTER = re.compile(r",?\s+(?:said|says|told|added|wrote|asked)\b")
_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Madam)\.?\s+$")
_FEMALE = frozenset(
    "mrs ms miss dame lady madam mother wife daughter sister widow spokeswoman chairwoman congresswoman "
    "businesswoman queen princess actress grandmother aunt niece girlfriend mum".split()
)
_MALE = frozenset(
    "mr sir lord father husband son brother spokesman chairman congressman businessman king prince actor "
    "grandfather uncle nephew boyfriend dad".split()
)


def _gender(text: str, spans: tuple[Span, ...], role: str | None, given: str | None = None) -> str | None:
    """What a courtesy title or a kinship role says of a person, if anything (and only if consistent)."""
    said: set[str] = set()
    for start, _end in spans:
        title = _TITLE_BEFORE.search(text, max(0, start - 8), start)
        if title:
            said.add("f" if title.group(1).lower() in _FEMALE else "m")
    for word in (role or "").lower().split():
        if word in _FEMALE:
            said.add("f")
        elif word in _MALE:
            said.add("m")
    if not said and given:
        # No title or kin word: what the given name usually says ("Sarah Lindqvist").
        if given in _given_genders()[0]:
            said.add("f")
        elif given in _given_genders()[1]:
            said.add("m")
    if not said:
        # "Quirin wept in his lawyer's arms": a possessive or reflexive pronoun after the name, in
        # its clause and with no other name between, is the person's own.
        for _start, end in spans:
            own = _OWN_PRONOUN_AFTER.match(text, end, min(len(text), end + 60))
            if own:
                said.add("f" if own.group(1).lower().startswith("her") else "m")
    return said.pop() if len(said) == 1 else None


# What only a person is or does, right after a name: "X, 39,", "X, who", "X resigned", "X wept in
# his lawyer's arms" (not "Goldman Sachs fell", "Sri Lanka defaulted").
_HUMAN_AFTER = re.compile(
    r"""
    ,\s*\d{1,3},                                                          # ", 39,": an age
    |,\s+who\s                                                            # ", who waived her ..."
    |\s+(?:has\s+|had\s+|later\s+)?
     (?:died|resigned|wept|retired|married|pleaded|was\s+born
       |was\s+(?:shot|killed|injured|wounded|stabbed|arrested|elected|sworn\s+in)\b)\b
    |[^.!?;:,\"\u201c\u201d()A-Z]{0,50}?\b(?:his|himself|herself)\b       # "wept in his lawyer's arms"
    |\s+\((?:\d{1,3}|born\s[^()]{1,30}|b\.\s[^()]{1,30})\)                    # " (47)", " (born 1958)"
    """,
    re.VERBOSE,
)
# What a person does as the subject, alone or listed ("A, B and C met"), and what only a
# person owns ("X's government", "X's wife"): evidence for a name no lexicon knows.
_ACTS_AFTER = re.compile(
    r"""
    (?P<list>(?:(?:,\s+|,?\s+and\s+)[A-Z][\w'\u2019.-]*           # listed with others: ", B and C"
       (?:\s+(?:(?:bin|al|van|der|de|da|del)\s+)?[A-Z][\w'\u2019.-]*){0,3}){1,4})?
    \s+(?:also\s+|later\s+|then\s+|on\s+[A-Z][a-z]+day\s+)?       # "later", "on Monday"
    (?:visited|telephoned|spoke\s+(?:by\s+(?:tele)?phone|with)      # a meeting's verb; "met" and
      |(?:met|meets|received|welcomed|held\s+talks\s+with)\s+       # "held talks with" a named person
       (?:[A-Z][\w'\u2019.-]*\s+(?:(?:bin|al|van|der|de)\s+|(?:al|el|bin)-)?[A-Z]  # (not "Real Sociedad met Villarreal",
        |(?:the|his|her)\s+(?:[\w-]+\s+){0,2}?                       # "Plaid Cymru met ministers")
         (?:president|prime\s+minister|minister|leader|king|envoy))
      |(?(list)met\s+(?:in|on|at)\s|(?!))                           # "A and B met in": listed persons
      |(?:was|were)\s+(?:shot|killed|injured|wounded|stabbed|arrested  # what befalls a person:
        |detained|kidnapped|abducted|born|elected|hospitali[sz]ed
        |appointed|promoted|sworn)\b)                                # "was appointed coach"
    |['\u2019]s\s+(?:(?:new|former|late)\s+)?                        # or a possessive of
     (?:wife|husband|widow|son|daughter|mother|father|brother     # what only a person has
       |sister|lawyers?|spokes(?:man|woman|person)|aides?|resignation|death|funeral|successor|predecessor
       |girlfriend|boyfriend|fianc[eé]e?|children|parents|career|birthday|arrest|murder|assassination
       |family(?!\s+of)|body(?=\s+(?:was|is|has|had|lay)\b))\b       # not "family of clubs", "body shop"
    """,
    re.VERBOSE,
)
# Whom a person meets: "met X on Monday", "talks with X in Riyadh", "Talks between X and Y".
_MEETS_BEFORE = re.compile(
    r"""
    \b(?:met|meets|meeting|met\s+with|welcomed|received          # "met X", "welcomed X"
      |talks\s+with|spoke\s+(?:by\s+(?:tele)?phone\s+)?with       # "talks with X", "spoke by phone with X"
      |(?:[Tt]alks|meeting|call|summit)\s+between)\s+$           # "Talks between X and Y"
    """,
    re.VERBOSE,
)
_NAME_ENDS = re.compile(r"[,.;:]|\s+(?:on|in|at|and|to|for|last|this|after|before|during|who)\b")
# A pronoun taking up a name that opens its sentence: ", where she met", ". He said", '. "…," he told'.
_PRONOUN_NEXT = re.compile(
    r"""[^.!?\"\u201c\u201d]{0,160}?
    (?:,\s+(?:where|and|but|when|as|after|before|while|then)\s+(?:he|she)\b
      |[.!?]\s+(?:[\"\u201c][^\"\u201c\u201d]{1,200}[\"\u201d]\s+(?:he|she)|He|She|The\s\d{1,3}-year-old)\s+[a-z])
    """,
    re.VERBOSE,
)
_FRONTED_BEFORE = re.compile(r"(?:^|[.!?\n]\s*)[A-Z][^.!?,;\"\u201c\u201d]{0,40},\s+$")
# A work's maker: "directed by X", "a novel written by X" (not "founded by", "led by": bodies found and lead).
_MADE_BY_BEFORE = re.compile(r"\b(?:directed|written|composed|painted|authored|sung|narrated|illustrated)\s+by\s+$")
# "met Ana Kim in the final": players meet in a match, whoever they are.
_PLAYED = re.compile(r"[^.!?;]{0,40}?\bin\s+(?:the|a|their)\s+(?:[\w-]+\s+)?(?:final|semi-final|match|game|round|tie)\b")
_SUBJECT_GOES_ON = re.compile(r"\s+(?!and\b|or\b)[a-z]")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_PREPOSITION_BEFORE_NAME = re.compile(
    r"""
    \b(?:in|at|of|from|to|near|across|into|through|around|outside    # "in", "near"
       |beside|along|by|past|over|under|on)\s+$                      # "beside Troublesome Creek"
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _human_after(text: str, start: int, end: int, tokens: tuple[str, ...], lex: _Lexicons) -> bool:
    """A name whose words are all name-like, not after a preposition, followed by what only a person is or does."""
    if any(lex.never_name(t) for t in tokens) or _plural_title(tokens[-1], lex):
        return False  # "Unlike Senators, who"
    if _MADE_BY_BEFORE.search(text, max(0, start - 20), start):
        return _NAME_ENDS.match(text, end) is not None  # "directed by Rungano Chikwanha, won"
    if _PREPOSITION_BEFORE_NAME.search(text, max(0, start - 12), start):
        return False  # "Unlike Senators, who", "beside Troublesome Creek his whole life"
    if _HUMAN_AFTER.match(text, end, min(len(text), end + 80)) is not None:
        return True
    if _ARTICLE_BEFORE.search(text, max(0, start - 5), start):
        return False  # "the Blue Mosque": a thing with its article
    acts = _ACTS_AFTER.match(text, end, min(len(text), end + 200))
    if acts is not None and not _PLAYED.match(text, acts.end()):
        return True
    if (
        _MEETS_BEFORE.search(text, max(0, start - 30), start)
        and _NAME_ENDS.match(text, end)
        and not _PLAYED.match(text, end)
    ):
        return True  # "met Zanele Mbeki on Monday", "talks with Nawaf al-Mutairi in Riyadh"
    opens = _SENTENCE_START.search(text, max(0, start - 3), start) or (
        text[start - 2 : start] == ", " and _FRONTED_BEFORE.search(text, max(0, start - 50), start)
    )
    return (
        opens is not None
        and _SUBJECT_GOES_ON.match(text, end) is not None  # not "Climate Crisis and Civil Protection Minister X"
        and _PRONOUN_NEXT.match(text, end, min(len(text), end + 400)) is not None
    )


_OWN_PRONOUN_AFTER = re.compile(r"[^.!?;:,\"\u201c\u201d()A-Z]{0,50}?\b(his|himself|herself)\b")


@lru_cache(maxsize=1)
def _given_genders() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(load_list("female_given_names")), frozenset(load_list("male_given_names"))


def _display(name: str) -> str:
    return _POSSESSIVE.sub("", " ".join(name.replace("\u00ad", "").split()))


def _clean(word: str) -> str:
    return _POSSESSIVE.sub("", word)


def _upper_class() -> str:
    """A regex class of the capital letters of Latin, Greek and Cyrillic scripts."""
    return "".join(re.escape(chr(c)) for c in list(range(0x250)) + list(range(0x370, 0x530)) if chr(c).isupper())


# Only the words a run can hold: capitalised words, "al-" names and lower-case name particles.
# The lookbehinds start a match where `_WORD` would start a word.
_CANDIDATE = re.compile(
    r"(?<![\w\u00ad])(?<![^\W_]['\u2019\-])(?:(?=[" + _upper_class() + r"])|(?=(?:al|el|ad|as|ash|at|an|bin|ibn|abu|ul)-[A-Z])"
    r"|(?=(?:" + "|".join(sorted(_PARTICLES)) + r") ))" + _WORD.pattern
)


_MEMBERS_BODIES = frozenset(
    "union unions association federation guild league alliance society club council forum network coalition "
    "movement front party congress collective".split()
)


_SUBJECT_PRONOUNS = frozenset("He She It We They I You".split())


def _capitalised_runs(text: str) -> list[_Run]:
    """Runs of capitalised words joined by single spaces (or the full stop of an initial), with particles."""
    runs: list[_Run] = []
    current: list[tuple[int, int, str]] = []
    prev_end = -1
    pending_particles: list[tuple[int, int, str]] = []
    candidates = ((m.start(), m.end(), m.group()) for m in _CANDIDATE.finditer(text))
    glued = _glued_words(text)
    if glued:
        candidates = iter(sorted([*candidates, *glued]))
    for start, end, word in candidates:
        capital = word[0].isupper() or bool(_ARABIC_PREFIX.match(word))
        gap = text[prev_end:start] if prev_end >= 0 else ""
        joined = gap == " " or (
            gap in (". ", ".")
            and current
            and _is_initial_or_abbrev(current[-1][2])
            # "in the U.S. He said": a pronoun opens the next sentence
            # ("Col. He Lei": a rank, then a surname)
            and not (gap == ". " and word in _SUBJECT_PRONOUNS and current[-1][2].lower() not in lexicons().honorifics)
        )
        if not joined and gap in ("' ", "\u2019 ") and current and current[-1][2].endswith("s"):
            # "the Norland Doctors' Union": a body named after its members
            joined = capital and word.lower() in _MEMBERS_BODIES
        if capital and current and joined and not current[-1][2].endswith(("'s", "\u2019s")):
            current.extend(pending_particles)
            current.append((start, end, word))
        elif not capital and word in _PARTICLES and current and gap == " " and len(pending_particles) < 2:
            pending_particles = [*pending_particles, (start, end, word)]  # "van der", "de la"
            prev_end = end
            continue
        else:
            if current:
                runs.append(_finish_run(current))
            current = [(start, end, word)] if capital else []
        pending_particles = []
        prev_end = end
    if current:
        runs.append(_finish_run(current))
    return runs


# A capital right after a lower-case letter: "led byWen Jiabao" (a space lost in the source), "MacBook".
# The capital is matched before the letter behind it is looked at: the regex engine skips ahead
# to capitals instead of trying every offset.
_INNER_CAPITAL = re.compile(r"[A-Z](?<=[a-z][A-Z])[a-z]")
_GLUED_WORDS = frozenset("by of and the to with from for at in on as said says".split())


def _glued_words(text: str) -> list[tuple[int, int, str]]:
    """Capitalised words glued to a function word before them ("byWen"): the name starts there."""
    found = []
    for m in _INNER_CAPITAL.finditer(text):
        head = m.start()
        while head > 0 and text[head - 1].isalpha():
            head -= 1
        if text[head : m.start()] in _GLUED_WORDS and not (head > 0 and text[head - 1] in "'\u2019-"):
            word = _WORD.match(text, m.start())
            if word is not None:
                found.append((word.start(), word.end(), word.group()))
    return found


def _finish_run(words: list[tuple[int, int, str]]) -> _Run:
    last = words[-1]
    possessive = bool(_POSSESSIVE.search(last[2]))
    if possessive:
        cleaned = _POSSESSIVE.sub("", last[2])
        words = words[:-1] + [(last[0], last[0] + len(cleaned), cleaned)]
    return _Run(words=tuple(words), possessive=possessive)


def _is_initial_or_abbrev(word: str) -> bool:
    return bool(_INITIAL.match(word)) or word.lower() in lexicons().honorifics


_LOWER_ORG_WORD = re.compile(
    r"""
    \ (party|administration|government|magazine|newspaper|ministry|campaign|website|network
      |agency|cabinet|militia|movement|alliance|coalition|regime|camp|council|committee)
    \b(?!['\u2019]s)                          # not a possessive
    """,
    re.VERBOSE,
)


def _org_or_country(
    text: str, words: list[tuple[int, int, str]], lex: _Lexicons, run_possessive: bool = False
) -> tuple[str, int, int, int] | None:
    """(kind, first word index, last word index, end offset) of an organisation or country ending the run."""
    names = [w[2] for w in words]
    # A run ending in an organisation word is an organisation, extended over "of ..." ("Department of Health").
    # Only tails no longer than the longest country or body name can be one (a long run stays linear).
    for i in range(max(0, len(names) - lex.longest_name), len(names)):
        tail = " ".join(names[i:])
        if tail in lex.countries:
            if i == 1 and len(names) == 2 and not _names_a_person_or_place(names[0], lex):
                # "Cycling UK", "Water UK", "Natural England": a body named after the country.
                return ("org", 0, 1, words[-1][1])
            return ("country", i, len(names) - 1, words[-1][1])
        if tail in lex.orgs:
            return ("org", i, len(names) - 1, words[-1][1])
    follower = _LOWER_ORG_WORD.match(text, words[-1][1])
    if follower and not run_possessive and names[-1] not in lex.given_names and names[-1].lower() not in lex.non_names:
        # "Likud party", "Vulture magazine", "Obama administration": a name and a lower-case organisation noun.
        first = len(names) - 1
        while first > 0 and not lex.never_name(names[first - 1]):
            first -= 1
        return ("org", first, len(names) - 1, follower.end())
    single_with_tail = len(names) == 1 and _ORG_TAIL.match(text, words[-1][1]) is not None
    if (
        names[-1].lower() in _SURNAME_ORG_WORDS
        and len(names) >= 2
        and names[-2] in lex.given_names
        and names[-2] not in lex.countries
    ):
        return None  # "Samantha Power", "Dorothy Bank": a given name, then a surname that is also an org word
    if names[-1].lower() in lex.org_words and (len(names) > 1 or names[-1] in lex.orgs or single_with_tail):
        first = 0
        while first < len(names) - 1 and (names[first].lower() in lex.non_names or names[first] in lex.countries) and names[first].lower() not in lex.org_words:
            if names[first] in lex.countries or names[first] in lex.nationalities:
                break
            if " ".join(names[first : first + 2]) in lex.countries:
                break  # "United States Department of State": the country begins the body's name
            if names[first] == "New":
                break  # "The New York Times", "New Zealand Herald": "New" begins the name
            if names[first].lower() not in _NOT_IN_ORG_NAMES and (
                first > 0 or not _SENTENCE_START.search(text, max(0, words[0][0] - 3), words[0][0])
            ):
                # "The World Health Organization", "the United Nations": the body's own words;
                # only a sentence's first word may be an ordinary word ("Yesterday Acme Bank")
                break
            first += 1
        end = words[-1][1]
        extension = _ORG_TAIL.match(text, end)
        if extension:
            end = _tail_before_titled_name(text, extension, lex)
        return ("org", first, len(names) - 1, end)
    return None


def _tail_before_titled_name(text: str, extension: re.Match[str], lex: _Lexicons) -> int:
    """Where a body's "of ..." ends: before a title and a person's name that follow it ("Department of
    Justice Special Counsel Robert Mueller" is "Department of Justice"), else the whole extension."""
    tail = list(re.finditer(r"[A-Z][\w\u2019'\-]*", text[extension.start() : extension.end()]))
    for k in range(2, len(tail) - 1):
        if tail[k].group() in lex.given_names and lex.is_title_word(tail[k - 1].group().lower()):
            first = k - 1
            while first > 1 and (
                lex.is_title_word(tail[first - 1].group().lower()) or tail[first - 1].group().lower() in lex.role_modifiers
            ):
                first -= 1
            return extension.start() + tail[first - 1].end()
    return extension.end()


_SENTENCE_START = re.compile(r"(?:^|[.!?\n][\"'\u201d\u2019)]?\s*)$")
# Words that open a capitalised run without belonging to the body named after them.
_NOT_IN_ORG_NAMES = frozenset(
    "the a an this that these those its their his her our on in at last next yesterday today "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _names_a_person_or_place(word: str, lex: _Lexicons) -> bool:
    """A word before a country that is a name, title, place or day ("Prime Minister UK" never
    happens, "Ian England" or "Monday UK" might), not the first word of a body's name."""
    return (
        word in lex.given_names
        or lex.never_name(word)
        or word.lower() in lex.honorifics
        or word.lower() in _FUNCTION
        or word in lex.countries
        or word in lex.nationalities
    )


_SURNAME_ORG_WORDS = frozenset("power water house bank post press watch capital research".split())
# "Committee on Foreign Relations", "Department of Health"; not "Commission on Monday".
_ORG_TAIL = re.compile(
    r"""
    (?:\s+(?:of|for|on)(?:\s+the)?                       # "of the", "on"
      (?:\s+(?:and\s+)?
        (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March
            |April|May|June|July|August|September|October|November|December)\b)  # not a date
        [A-Z][\w\u2019'\-]*)+)                            # "Foreign Relations"
    """,
    re.VERBOSE,
)


def _role_before(text: str, start: int, lex: _Lexicons) -> tuple[str | None, int]:
    """A title or role phrase ending right before a name ("US Secretary of State", "China's top diplomat").

    Also across one comma: "Sudan's president, Omar Hassan al-Bashir", "her mother, Fiona".
    """
    # Cheap substring tests first: these patterns are rare and this runs for every name.
    identified = (
        _IDENTIFIED_AS.search(text, max(0, start - 90), start)
        if " as " in text[start - 5 : start] or "-old " in text[start - 5 : start]
        else None
    )
    if identified is not None and identified.group("role"):
        role = re.sub(r"(?:\s+(?:was|has|had|been|later))+$", "", identified.group("role"))
        # "The gunman was later identified as"; "The man, named locally as 34-year-old Tom Whitaker,
        # a nurse": a bare man or woman says less than the appositive
        return role, 2 if role.split()[-1] in _BARE_PERSON_NOUNS else 0
    if identified is not None and identified.group("object"):
        head = identified.group("object").split()[-1]
        if head in lex.role_titles or _AGENT_NOUN.search(head) and not head.endswith("men"):
            # "named the victim as", "identified the gunman as"; not "identified the two men as"
            return identified.group("object"), 0

    if text[max(0, start - 5) : start] in (" was ", "s is "):
        inverted = _INVERTED_COPULA.search(text, max(0, start - 60), start)
        if inverted is not None:
            head = inverted.group("role").split()[-1]
            if head in lex.role_titles or _AGENT_NOUN.search(head) and head not in _BARE_PERSON_NOUNS:
                return inverted.group("role"), 0  # "The co-pilot was Rémi Plesel, a French citizen"
    made = _MADE_BY.search(text, max(0, start - 60), start) if " by " in text[start - 4 : start] else None
    if made is not None and _title_phrase(text, start, lex) is None:
        return _MAKERS[made.group("verb").lower()], 2  # "was founded by Dean Kamen": its founder
    led = _GROUP_LED_BY.search(text, max(0, start - 110), start) if " by " in text[start - 4 : start] else None
    if led is not None and _title_phrase(text, start, lex) is None:
        member = led.group("plural")[:-1].lower()
        if member in lex.role_titles and member not in lex.group_heads:
            # "Lawyers for the US government, led by Rachel Kapila": one of the lawyers
            complement = led.group("comp") or ""
            return member + (complement if complement.split()[:1] in (["for"], ["of"]) else ""), 2
    role = _title_phrase(text, start, lex)
    if role is not None and not _has_role_word(role, lex) and not _PLACED_ABBREVIATION.search(role):
        role_rank = 2  # "Dr", "Sen.": a title that says less than an appositive role would
    else:
        role_rank = 0
    if role is None or role_rank == 2 or len(role.split()) == 1:
        # "Its president, Dr. Bruce Scott", "The Speaker, Sir Lindsay Hoyle", "The trust's chief
        # executive, Professor David Loughton": across the comma,
        # courtesy titles and honorifics skipped.
        before = start
        while True:
            honorific = _HONORIFIC_BEFORE.search(text, max(0, before - 14), before)
            if honorific is None or not lex.is_title_word(honorific.group(1).lower()):
                break
            before = honorific.start()
        if text[max(0, before - 2) : before] == ", ":
            bracket = _BRACKET_COMMA_BEFORE.search(text, max(0, before - 100), before) if before >= 3 and text[before - 3] == ")" else None
            if bracket is not None:
                before = bracket.start() + 2  # "The company's chief financial officer (CFO), Anna Berg"
            across = _title_phrase(text, before - 2, lex)
            if across is not None and not _ends_in_title(across, lex):
                across = None  # "Mike Johnson, R-La.": the word before the comma is a name, not a title
            if across is not None and _FOR_BEFORE.search(text, max(0, before - 2 - len(across) - 6), before - 2 - len(across)):
                across = None  # "his campaign for governor of Virginia, Mr. Garin": an office sought, not his
            if across is not None and _MEDIUM_BEFORE.search(text, max(0, before - 2 - len(across) - 14), before - 2 - len(across)):
                across = None  # "Speaking to newspaper Star of Mysore, B Shiva Parvathi": a paper's name
            complement = (
                _COMPLEMENT_BEFORE.search(text, max(0, before - 2 - len(across) - 30), before - 2 - len(across))
                if across is not None
                else None
            )
            owner = complement.group("owner").lower() if complement is not None else ""
            if complement is not None and (
                lex.is_title_word(owner) or owner in lex.group_heads or _plural_title(owner, lex) or _AGENT_NOUN.search(owner)
            ):
                # "A spokesman for the governor, Shelby Wieman": the governor is someone else; but
                # "opened by the mayor, Sadie Khan": the mayor is Sadie Khan
                across = None
            if across is not None and _has_role_word(across, lex):
                return across, 0
            leading = _leading_role(text, before - 2, lex)
            if leading is not None:
                return leading, 1  # a longer phrase: as an appositive, never enough for a bare word
    if role is None and text[max(0, start - 10) : start].endswith(("national ", "nationals ", "accused, ", "deceased, ")):
        # "British national Tom Ash", "The accused, Omar Rahim": words that are a role only so placed
        # (no title words: "accused Tom Ash of lying", "the national weather service")
        placed = _PLACED_ROLE.search(text, max(0, start - 40), start)
        if placed is not None and (placed.group("nat") is None or placed.group("nat") in lex.nationalities):
            return (placed.group("role") or placed.group("held")).removesuffix("s"), 2  # an appositive says more ("fiancée of ...")
    if role is None and text[max(0, start - 2) : start] == ", ":
        # "compiled by a former British spy, Christopher Steele,": a nationality and what the person is
        national = _NATIONAL_NOUN_BEFORE.search(text, max(0, start - 60), start)
        if (
            national is not None
            and national.group("nat") in lex.nationalities
            and national.group("noun") not in _FUNCTION
            # not a group or a body: "the Italian family, Tom Bell and Ann Lee", "a Danish firm, Acme"
            and national.group("noun") not in lex.group_heads
            and national.group("noun") not in lex.org_words
            and national.group("noun") not in _COLLECTIVE_NOUNS
        ):
            return f"{national.group('mods') or ''}{national.group('nat')} {national.group('noun')}", 1
    if role is None and text[max(0, start - 2) : start] == ", " and (" who " in text[max(0, start - 140) : start] or " that " in text[max(0, start - 140) : start]):
        # "A housekeeper who worked for the family for 20 years, Ana Ruiz, said": the description
        # opening the sentence, its relative clause, then the name
        described = _DESCRIBED_WHO_BEFORE.search(text, max(0, start - 160), start)
        if described is not None:
            head = described.group("role").split()[-1]
            if head in lex.role_titles or _AGENT_NOUN.search(head) and head not in _BARE_PERSON_NOUNS:
                return described.group("role"), 1
    if role is None and text[max(0, start - 2) : start] == ", " and "behalf of" in text[max(0, start - 70) : start]:
        behalf = _ON_BEHALF_BEFORE.search(text, max(0, start - 90), start)
        if behalf is not None:
            return "spokesperson for " + behalf.group("body"), 2  # "Speaking on behalf of the airline, Rosa Lind"
    if role is None and "For " in text[max(0, start - 90) : start] and text[max(0, start - 12) : start].find(", ") >= 0:
        fronted = _FOR_BODY_BEFORE.search(text, max(0, start - 90), start)
        if fronted is not None and not (
            fronted.group("name").split()[0] in lex.given_names or fronted.group("name") in lex.countries
        ):
            return fronted.group("body"), 2  # "For the Green Party, Hugh Maddox said": the body he speaks for
    if role is None and text[max(0, start - 3) : start].endswith(("'s ", "\u2019s ", "s' ", "s\u2019 ")):
        body = _BODY_POSSESSIVE.search(text, max(0, start - 60), start)
        owner = re.sub(r"^The\s+", "", body.group("body")) if body is not None else ""
        if owner and _names_a_body(text, owner, lex):
            return owner, 2  # "Morningstar's Karin Anderson", "Northway Airlines' Kent Doyle"
    if role is None:
        return None, 9
    if role.rstrip(".").lower() in _HONORIFIC_ROLES:
        return role, 3  # "Dr Ama Mensah, a paediatrician", "Dr Varga is a lecturer": the description says more
    return role, role_rank


_LIST_GOES_ON_WORDS = re.compile(r"(?:as\s+well\s+as|along\s+with|together\s+with|and|or|plus|including|with)\s", re.IGNORECASE)
_HOME_THEN_APPOSITIVE = re.compile(r"\s(?:of|from)\s[A-Z][\w'\u2019.-]*(?:\s[A-Z][\w'\u2019.-]*){0,2}(?=,\s(?:a|an|the)\s)")
_COLLECTIVE_NOUNS = frozenset("family couple pair duo trio side crew band firm team squad".split())
_NATIONAL_NOUN_BEFORE = re.compile(
    r"""
    \b(?:a|an|the)\s+                                                      # "a"
    (?P<mods>(?:former|retired|veteran|young|senior|top|leading)\s+)?     # "former"
    (?P<nat>[A-Z][a-z]+)\s+                                               # "British"
    (?P<noun>[a-z][a-z-]{2,}),\s$                                         # "spy, " before the name
    """,
    re.VERBOSE,
)
_FOR_BEFORE = re.compile(r"\bfor\s+$")
_DESCRIBED_WHO_BEFORE = re.compile(
    r"""
    (?:^|(?<=[.!?\n])\s*)(?:A|An|The)\s+                     # a sentence opens with "A", "The"
    (?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)              # "housekeeper", "former aide"
    \s+(?:who|that)\s+[^,;.!?\"\u201c\u201d]{3,110},\s$         # "who worked for the family for 20 years, "
    """,
    re.VERBOSE,
)
_SPEAKING_FOR = re.compile(
    r"""
    (?:,\s+(?P<speaking>speaking)\s+(?:for|on\s+behalf\s+of)|,?\s+for)\s+   # ", for the Greens, said" too
    (?P<body>(?:the\s+)?(?:[a-z]+['\u2019]s\s+)?                          # "the country's"
      (?P<name>[A-Z][\w&'\u2019.-]*(?:\s+(?:[A-Z][\w&'\u2019.-]*|of|for|and|the))*?))  # "Health Ministry"
    (?:,\s+(?:said|says|told|added|explained|noted|stated|reported)\b    # "for X, says"
      |\s+(?:said|says|told|added|explained|noted|stated|reported)\b       # "for X said"
      |(?(speaking),|(?!)))                                                # ", speaking for X,"
    """,
    re.VERBOSE,
)
_SPEAKING_FOR_LOWER = re.compile(r",\s+speaking\s+(?:for|on\s+behalf\s+of)\s+(?P<body>the\s+[a-z][a-z'\u2019 -]{2,40}?),")
_ON_BEHALF_BEFORE = re.compile(
    r"""
    (?:^|(?<=[.!?\n]))\s*                             # a sentence opens
    Speaking\s+(?:for|on\s+behalf\s+of)\s+          # "Speaking on behalf of"
    (?P<body>(?:the\s+)?[\w'\u2019\ -]{2,60}),\s$     # "the airline, " before the name
    """,
    re.VERBOSE,
)
_FOR_BODY_BEFORE = re.compile(
    r"""
    (?:^|(?<=[.!?\n\"\u201d])\s*)For\s+                              # a sentence opens with "For"
    (?P<body>(?:the\s+)?(?P<name>[A-Z][\w&'\u2019.-]*(?:\s+(?:[A-Z][\w&'\u2019.-]*|of|for|and|the))*?))  # "the Green Party"
    ,\s(?:(?:Sir|Dame|Lord|Lady|Dr|Mr|Mrs|Ms|Miss|Professor)\.?\s)?$        # ", " and a title before the name
    """,
    re.VERBOSE,
)
_BODY_POSSESSIVE = re.compile(
    r"""
    (?:^|(?<=[\s(\"\u201c]))                                 # a word opens
    (?P<body>[A-Z][\w&.-]*(?:\s+(?:[A-Z][\w&.-]*|of|&|and(?=\s[A-Z])))*?)  # "Northway Airlines", "Ernst and Young"
    (?:['\u2019]s|(?<=s)['\u2019])\s$                        # "'s " or a plural's "' " before the name
    """,
    re.VERBOSE,
)


def _names_a_body(text: str, name: str, lex: _Lexicons) -> bool:
    """Whether a capitalised possessor before a name is a firm, a paper or a body ("Citigroup's",
    "ESPN's", "Northway Airlines'"), not a person, a place or a title ("Christie's", "Ohio's",
    "President's"): a known body, a body word or an acronym; or one word no one in the article
    bears as a surname (after a given name or a title)."""
    words = name.split()
    if len(words) > 4 or name in lex.countries or name in lex.places:
        return False
    if name in lex.orgs or len(words) > 1 and words[-1].lower() in lex.org_words:
        return True  # "American Airlines'", "Kessel Bank's"
    if len(words) == 3 and words[1] == "and" and not any(w in lex.given_names or w in lex.countries for w in words[::2]):
        # "Ernst and Young's Sanjay Mehta": a firm named after two partners no one here bears as a surname
        return not any(_borne_as_surname(text, w) for w in words[::2])
    for word in words:
        if word in lex.given_names or word in lex.nationalities or word in lex.countries:
            return False
        if word.lower() in lex.role_titles or word.lower() in lex.honorifics or word.lower() in lex.non_names:
            return False
    if name in lex.orgs or any(w.lower() in lex.org_words for w in words) or (name.isupper() and len(name) > 1):
        return True
    return len(words) == 1 and not _borne_as_surname(text, name)


# a surname after a given name or a title ("Ann Marsh", "Mr Marsh"), the name replaced by a NUL
_BORNE_BY = r"(?:\b[A-Z][a-z]+|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?)\s+"
_BORNE_AS_SURNAME = re.compile(_BORNE_BY + r"\0")
_BORNE_BEFORE = re.compile(_BORNE_BY + r"\Z")  # the same, ending the stretch
_BORNE_REACH = 200  # how far before the word a given name or title is looked for


@per_text
def _borne_as_surname(text: str, word: str) -> bool:
    """Whether someone in `text` bears `word` as a surname (a given name or a title right before it):
    `_BORNE_AS_SURNAME.search(text.replace(word, "\0"))` read only in the `_BORNE_REACH` characters
    before each place the word stands (the regex scan of the whole text, once per possessive body,
    grew with the square of the text), so a name or title farther back than that is not looked for."""
    if not word or "\0" in text:
        return _BORNE_AS_SURNAME.search(text.replace(word, "\0")) is not None
    previous_end = 0
    at = text.find(word)
    while at >= 0:
        lo = max(previous_end, at - _BORNE_REACH)
        # the character before the stretch as the replaced text has it: a NUL right after the word
        before = "\0" if lo == previous_end and lo > 0 else text[max(0, lo - 1) : lo]
        if _BORNE_BEFORE.search(before + text[lo:at], len(before)):
            return True
        previous_end = at + len(word)
        at = text.find(word, previous_end)
    return False


# "mayor of Fort Lee", "mayor of New York": a place's first word ends the title, its second is no name
_OF_CAPITAL_END = re.compile(
    r"""
    \bof\s+(?:the\s+)?                                                 # "mayor of"
    (?:New|Fort|San|Santa|Los|Las|Saint|St|Port|Mount|Lake|North|South|East|West|Upper|Lower)$  # a place's first word
    """,
    re.VERBOSE,
)
# "The co-pilot was", "The new head coach is": a sentence that names who holds a role
_INVERTED_COPULA = re.compile(
    r"""
    (?:^|(?<=[.!?]\s)|(?<=\n))                         # a sentence opens
    (?:The|Their|Its|His|Her)\s+                       # "The"
    (?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)      # "co-pilot", "new head coach"
    \s+(?:was|is)\s+$                                  # "was" before the name
    """,
    re.VERBOSE,
)
# Letters after a name that say what the person is: counsel (KC, QC, SC) or a member of a house.
_POSTNOMINAL = re.compile(r",\s+(?P<letters>KC|QC|SC|MP|MSP|MLA|MEP|TD)(?=,|\.|\s+(?:said|says|told|added)\b)")
_BARE_PERSON_NOUNS = frozenset("man woman boy girl person men women".split())
# Honorifics that stand for a role only when nothing says more ("Father James Martin, a Jesuit priest").
_HONORIFIC_ROLES = frozenset({"dr", "doctor", "father", "fr"})
_PLACED_ROLE = re.compile(
    r"""
    (?:\b(?P<role>(?P<nat>[A-Z][a-z]+)\s+nationals?)\s+                       # "British national"
      |(?:^|(?<=[.!?]\s)|(?<=\n))The\s+(?P<held>accused|deceased),\s+)$     # a sentence opening "The accused,"
    """,                                                                       # (not "Unlike the accused, Spanton")
    re.VERBOSE,
)
_LOWER_CASE_TITLES = frozenset({"star", "superstar"})  # titles only in lower case: "Star" names papers
_TITLE_BREAK_PREPOSITIONS = frozenset(
    "under with without against before after between among amid over behind beside near like toward towards "
    "during since until within via".split()
)
# "State Sen.", "U.S. Rep.", "Lt. Gov.": an abbreviated office with the body or place it serves
_PLACED_ABBREVIATION = re.compile(
    r"""
    ^(?:State|U\.S\.|US|Lt\.?|Lieut\.?|Assembly|County|City|Deputy|GOP|Republican|Democratic|Dem\.)\s+  # the body, place or party
    (?:Sen|Rep|Gov|Sens|Reps|Assemblyman|Assemblywoman)\.?$              # the abbreviated office
    """,
    re.VERBOSE,
)
_OBJECT_PRONOUN = re.compile(r"\b(?:him|them|me|us)\b")
_BODY_APPOSITIVE = re.compile(
    r"""
    ,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}                            # ", the", ", a small"
    (?:group|organi[sz]ation|coalition|company|firm|charity|nonprofit|non-profit|movement|campaign
      |band|club|collective|network|publisher|brand|startup|start-up)\b
    (?=\s+(?:of|that|which|who|whose|based|founded|formed|known|behind)\b|\s*[,.;:)]|\s*$)
                                     # then what describes a body: not "the band's lead singer",
                                     # "a company spokesman", "a firm believer"
    """,
    re.VERBOSE,
)
_ACRONYM_AFTER = re.compile(r" \(([A-Z]{3,6})\)")
_AREA_AFTER = re.compile(r" (?:area|region|district|neighbou?rhood|suburb|township|village|valley|coast|peninsula)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s$")
_NAMED_THING_BEFORE = re.compile(r"\b(?:Operation|Project|Mission)\s$")
_ABSTRACT_NOUN = re.compile(r"(?:tion|sion|ment|ness|ity|ship|hood|ism|ery)$")
_MEDIUM_BEFORE = re.compile(r"\b(?:newspaper|paper|daily|tabloid|magazine|weekly|broadcaster|channel|station|website|outlet)\s+$")
# "(CFO), Anna Berg", "the RMT union (National Union of Rail, Maritime and Transport Workers), Mick Cash"
_BRACKET_COMMA_BEFORE = re.compile(r"\s+\((?:[A-Z]{2,6}|[A-Z][^()]{2,90})\),\s$")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _plural_title(word: str, lex: _Lexicons) -> bool:
    """ "Presidents", "Senators", "Ministers": a capitalised plural title before listed names."""
    low = word.lower()
    if low.rstrip(".") in _PLURAL_ABBREVIATIONS:
        return word[:1].isupper()  # "Sens. Ellis and Pruitt"
    return word[:1].isupper() and len(low) > 4 and low.endswith("s") and low[:-1] in lex.role_titles


_PLURAL_ABBREVIATIONS = {"sens": "Senator", "reps": "Representative"}


def _singular_title(role: str) -> str:
    """ "Presidents" -> "President", "Sens." -> "Senator": what each listed name holds."""
    words = role.split()
    full = _PLURAL_ABBREVIATIONS.get(words[-1].lower().rstrip("."))
    return " ".join(words[:-1] + [full]) if full else role[:-1]


def _has_role_word(role: str, lex: _Lexicons) -> bool:
    return any(_clean(w).lower().strip(".") in lex.role_titles for w in role.split())


_COMPLEMENT_BEFORE = re.compile(r"\b(?P<owner>[\w-]+)\s+(?:for|of|to|at|with|by|from)\s+(?:the|a|an)?\s*$")
_HONORIFIC_BEFORE = re.compile(r"\b([A-Z][a-z]{1,10})\.?\s+$")
# "The Liberal Democrat MP for Westmorland and Lonsdale, Tim Farron": a determiner, a title and its complement.
_LEADING_ROLE = re.compile(
    r"""
    (?:^|(?<=[.,;:\n])\s*|\s)                                     # the phrase's start
    (?:The|the|Its|its|His|his|Her|her|Their|their|A|a|An|an       # a determiner
      |[A-Z][\w.-]*['\u2019]s)\s+                                   # or an owner: "Norland's"
    (?P<role>[^,.;:\"\u201c\u201d()]{2,100})$                      # the title and its complement
    """,
    re.VERBOSE,
)


def _leading_role(text: str, end: int, lex: _Lexicons) -> str | None:
    """A role phrase opened by a determiner and ending at `end` whose head is a known title."""
    match = _LEADING_ROLE.search(text, max(0, end - 110), end)
    if match is None:
        return None
    words = match.group("role").split()
    if len(words) > 12:
        return None
    for i, word in enumerate(words[:6]):
        low = _clean(word).lower()
        if low in lex.role_titles:
            return " ".join(words)
        if i > 0 and word[:1].islower() and (low in _PREP or low in _VERB_START or _is_verb(low)):
            return None  # the title must come before its complement; "talks were held by": a clause
    return None


_PARTY_BRACKET = re.compile(r"\s*\((?P<party>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?:,\s*[A-Z][^()]{0,40})?\)")
# "(chief executive, Kessel Energy)", "(Head of Policy, Kessel Trust)", "(CEO)": a role in brackets, its body aside.
_ROLE_BRACKET = re.compile(r"\s*\((?P<role>[A-Za-z][\w'\u2019.&-]*(?:\s+[\w'\u2019.&-]+){0,5})(?:,\s*[^()]{1,60})?\)")
# "one of the bank's deputy governors": one holder of a title held by several.
_ONE_OF_ROLE = re.compile(r"^(?:one|another)\s+of\s+(?P<rest>(?:the|its|their|his|her)\s.+)$")
_PARTY_WORDS = frozenset(
    "labour conservative tory liberal democrat democratic republican green greens snp dup sdlp plaid reform "
    "independent ukip alliance".split()
)


def _title_then_complement(role: str, lex: _Lexicons) -> bool:
    """ "a former minister for health", "the ambassador to France": a title, then its complement."""
    words = [_clean(w).lower() for w in role.split()]
    for i, word in enumerate(words[1:], 1):
        if word in ("for", "to", "at", "of", "in"):
            return words[i - 1] in lex.role_titles
    return False


def _ends_in_title(role: str, lex: _Lexicons) -> bool:
    """ "Sudan's president", "The leader of Ennahda": a title last, or a title and its of-phrase."""
    words = [_clean(w).lower() for w in role.split()]
    if words[-1] in lex.role_titles:
        return True
    return "of" in words and words[words.index("of") - 1] in lex.role_titles


def _complement_of_title(words: list[re.Match[str]], i: int, lex: _Lexicons) -> bool:
    """words[i] ends "of parliament" or "for the ministry" after a title ("Member", "Spokesperson")."""
    low = [w.group().lower() for w in words[max(0, i - 3) : i]]
    if len(low) >= 2 and low[-1] in ("of", "for", "to") and low[-2] in lex.role_titles:
        return True
    return len(low) >= 3 and low[-1] == "the" and low[-2] in ("of", "for", "to") and low[-3] in lex.role_titles


_SUBJECT_WORDS = frozenset("he she it they we i you who".split())
_BEFORE_INFINITIVE = frozenset(
    "had has have having want wants wanted need needs needed going able decided tried refused agreed plans planned "
    "chose forced ordered asked".split()
)
# Words that open a clause or a sentence before a title ("Though former President Tom Bell can speak")
_CLAUSE_OPENING = frozenset(
    "though although while whereas but yet so when if as after before since because unless until once "
    "meanwhile however also then still even".split()
)


def _title_phrase(text: str, start: int, lex: _Lexicons) -> str | None:
    window_start = max(0, start - 90)
    window = text[window_start:start]
    acronym = _ACRONYM_BEFORE.search(window) if window.endswith(") ") else None
    if acronym is not None:
        window = window[: acronym.start()] + " "  # "Member of parliament (MP) Kevin Conolly"
    last = window.rstrip(" .")[-1:]
    if not last or not (last.isalnum() or last == "\u00ad"):
        return None  # "(", ", " or a quote mark before the name: no word can end a title there
    words = list(_WORD.finditer(window))
    chosen = None
    has_head = False
    capital_head = False  # the name's own title is a capitalised one right before it ("Rep.")
    i = len(words) - 1
    expected_end = len(window)
    count = 0
    while i >= 0 and count < _MAX_ROLE_WORDS:
        word = words[i]
        gap = window[word.end() : expected_end]
        if gap.strip(" .") or (gap == "" and expected_end != len(window)):
            break
        w = word.group()
        if "." in gap and (not _is_initial_or_abbrev(w) or _clean(w).lower() in lex.role_titles):
            # "according to MMQB's Peter King. Suh": a title written whole ends its sentence
            break  # "Andrew Colvin. Staffers": a full stop ends the phrase unless it abbreviates
        low = _clean(w).lower()
        if "-" in low:
            low = _TIME_PREFIX.sub("", low)  # "then-President": the title then held
        capital = w[0].isupper()
        if chosen is None and _POSSESSIVE.search(w):
            break  # "Fisherman's Terminal": a possessive right before is an owner, not a title
        if low in _WEEKDAYS:
            break  # "on Sunday Presidents A and B": the day is no part of the title
        possessive = bool(_POSSESSIVE.search(w))
        if possessive and not capital and low in lex.role_titles:
            break  # "the mother's house"
        if low in _ADVERB_TITLES and i > 0 and words[i - 1].group().islower() and words[i - 1].group() not in ("the", "a", "an"):
            break  # "going forward Paulo Lima would play": an adverb, not "the Brazilian forward"
        if not possessive and (
            low in lex.role_titles
            or (not capital and low in _LOWER_CASE_TITLES)  # "Broadway star Colin Ashby"; not "Daily Star"
            or (capital and low in lex.honorifics and low not in _COURTESY)
            or _plural_title(w, lex)
        ):
            capital_head = capital_head or (capital and not has_head and count == 0)
            has_head = True
        elif low in lex.role_modifiers or (capital and low in lex.honorifics):
            pass
        elif count == 0 and not capital and low not in _FUNCTION and _complement_of_title(words, i, lex):
            pass  # "Member of parliament Kevin Conolly", "Spokesperson for the ministry, Ana Pires"
        elif (
            count == 0 and not capital and _AGENT_NOUN.search(low) and low not in _FUNCTION
            and i > 0 and words[i - 1].group().lower() in ("the", "a", "an")
        ):
            has_head = True  # "the drummer Curtis Marsh", "the novelist Zadie Smith"
        elif capital and (low not in _FUNCTION or w.isupper()):
            pass
        elif (
            low in ("of", "to", "for") and chosen is not None and i > 0
            # "a supporter of U.S. Rep. Ron Paul": a title after "of" is the name's own; the words
            # before it describe someone else ("Secretary of State", "Mayor of Dorn" hold none)
            and not capital_head
            # "fiancée of journalist Jamal Khashoggi": a lower-case title after "of" is the name's
            # own; the words before it describe someone else
            and not (words[i + 1].group()[:1].islower() and _clean(words[i + 1].group()).lower() in lex.role_titles)
        ):
            pass  # "Secretary of State", "Ambassador to Germany"
        elif (
            low == "the"
            and chosen is not None
            and i > 0
            and words[i - 1].group().lower() in ("of", "to", "for")
        ):
            pass  # "President of the United States Barack Obama", "Secretary of the Air Force"
        elif (
            low == "and"
            and chosen is not None
            and i > 0
            and words[i + 1].group()[:1].isupper()
            and words[i - 1].group()[:1].isupper()
            and lex.never_name(words[i - 1].group())
            and words[i - 1].group().lower() not in _PARTY_WORDS  # not "Labour and Health Secretary X"
            and words[i - 1].group() not in lex.countries  # not "links between Russia and President X"
            and window[words[i - 1].end() : word.start()] == " "
        ):
            pass  # "Trade and Industry Secretary Ann Lee": two portfolios joined in one title
        elif (
            has_head and count == 1 and w.islower() and low not in _FUNCTION and low not in lex.speech
            and not _is_verb(low) and low not in _TITLE_BREAK_PREPOSITIONS  # not "the Vatican under Pope Francis"
            and i > 0 and words[i - 1].group()[0].isupper()
            and words[i - 1].group().lower() not in _SUBJECT_WORDS  # "He trails Democrat Ann Lee": a verb
            # (or after a plural's possessive: "Sanders' campaign manager")
            and window[words[i - 1].end() : word.start()] in (" ", "' ", "\u2019 ")
        ):
            pass  # one unlisted word between a name-like word and the title: "EU antitrust chief"
        elif (
            has_head and count == 1 and w.islower() and low not in _FUNCTION and low not in lex.speech
            and not _is_verb(low) and not low.endswith(("ed", "ing", "ly"))
            and i > 0 and words[i - 1].group().lower() in _FUNCTION
            and words[i - 1].group().lower() not in _SUBJECT_WORDS  # "He trails Democrat Ann Lee": a verb
            # "had to fire General Flynn": a verb after an infinitive's "to" (not "spoke to housing officer X")
            and not (words[i - 1].group().lower() == "to" and i > 1 and words[i - 2].group().lower() in _BEFORE_INFINITIVE)
            and window[words[i - 1].end() : word.start()] == " "
        ):
            pass  # a noun naming the trade after "by", "and", "the": "property agent", "housing officer"
        elif (
            has_head and count in (1, 2) and w.islower() and low not in _FUNCTION and low not in lex.speech
            and not _is_verb(low) and not low.endswith(("ed", "ing", "ly"))
            and i > 0 and _clean(words[i - 1].group()).lower() in lex.role_modifiers
            and window[words[i - 1].end() : word.start()] == " "
        ):
            pass  # the field between a rank and the title: "chief investment officer", "senior market strategist"
        else:
            break
        chosen = word.start()
        expected_end = word.start()
        count += 1
        i -= 1
    if chosen is None or not has_head:
        return None
    role_words = window[chosen:].strip(" .,").split()
    if [w.lower() for w in role_words[:2]] == ["according", "to"]:
        role_words = role_words[2:]  # "According to Connecticut Senator Richard Blumenthal": a source's opener
    while role_words and (
        role_words[0].lower() in ("of", "and") or role_words[0].lower() in _FUNCTION or role_words[0].lower() in _CLAUSE_OPENING
    ):
        # "AS Opposition Leader", "Though former President": a capitalised sentence opener is not part of the title
        role_words.pop(0)
    while role_words and _clean(role_words[-1]).lower().strip(".") in _COURTESY:
        role_words.pop()  # "Conservative backbencher Sir": the courtesy title belongs to the name
    if role_words and role_words[-1].lower() in ("of", "for", "to"):
        return None  # "chief strategist for Mrs. Clinton": the title is someone else's
    return " ".join(role_words) or None


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """Verbs that sit between two names ("Ruiz met Premier Li"): no part of a title."""
    meeting_verbs = {p.lower() for kind, p in load_tagged("meeting_cues") if kind == "verb" and " " not in p}
    return load_set("news_verbs") | meeting_verbs


def _is_verb(word: str) -> bool:
    return word in _verbs() or (word.endswith("ed") and len(word) > 4)


# "was founded by Dean Kamen", "was drafted by Alex Greenwich": who made it.
_MAKERS = {
    "founded": "founder", "co-founded": "co-founder", "created": "creator", "drafted": "author",
    "authored": "author", "designed": "designer", "invented": "inventor", "started": "founder",
}
# "Nina Ferro joined Acme in 2019. She has been its chief executive since 2022.": a sentence that
# opens with a pronoun and a copula gives its role to the one person of the sentence before.
_PRONOUN_COPULA = re.compile(
    r"""
    (?P<pronoun>He|She)[ ]
    (?=(?:is|was|became|remains|has[ ]been|had[ ]been           # "She has been"
        |(?:has[ ]|had[ ])?(?:served|serves|worked|works)[ ]as)  # "He served as"
       [ ])
    """,
    re.VERBOSE,
)
# "She served as Norland's ambassador to France": the office after "as", its holder's body aside.
_PRONOUN_AS = re.compile(
    r"""
    \s+(?:(?:has|had)\s+)?(?:served|serves|worked|works)\s+as\s+   # "served as"
    (?:(?:a|an|the|its|their|his|her)\s+)?                           # "the"
    (?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['\u2019]s\s+)?              # "Norland's"
    (?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})                     # "ambassador to France": trimmed to its title
    """,
    re.VERBOSE,
)


# "Emily Rourke, 39, ... met the officers. The Irish tourist later went to the police": an epithet
# (an age or a nationality, then what the person is) opening the next sentence.
_EPITHET_OPENS = re.compile(
    r"""
    The(?:(?<=[.!?]\sThe)|(?<=\nThe))\s+     # "The" opening a sentence (literal-led: the engine skips to it)
    (?:(?P<age>\d{1,3}-year-old)\s+(?:(?P<nat1>[A-Z][a-z]+)\s+)?|(?P<nat2>[A-Z][a-z]+)\s+)  # "39-year-old", "Irish"
    (?P<head>[a-z][a-z-]{2,})\s+(?:later\s+|also\s+|then\s+|had\s+|has\s+|was\s+)?[a-z]+   # "tourist later went"
    """,
    re.VERBOSE,
)


def _roles_from_epithets(text: str, drafts: list[_Draft], lex: _Lexicons) -> None:
    """An epithet opening a sentence is the role of the one person the sentence before opens with."""
    if "The " not in text:
        return
    for match in _EPITHET_OPENS.finditer(text):
        head, nationality = match.group("head"), match.group("nat1") or match.group("nat2")
        if head not in lex.role_titles or head in lex.group_heads or (nationality and nationality not in lex.nationalities):
            continue
        if not (match.group("age") or nationality):
            continue
        start = match.start()
        end = start
        while end > 0 and text[end - 1] in " \n":
            end -= 1
        before = max(text.rfind(". ", 0, end - 1), text.rfind("? ", 0, end - 1), text.rfind("\n", 0, end)) + 1
        named = [d for d in drafts if d.kind == "person" and not d.thing and any(before <= s < start for s, _e in d.spans)]
        if len(named) != 1 or named[0].role is not None:
            continue
        if not any(s - before <= 2 for s, _e in named[0].spans if before <= s):
            continue  # the person must open the sentence before (its subject)
        _offer_role(named[0], f"{nationality} {head}" if nationality else head, 3)


# "The firebrand senator from Texas", "The 45-year-old plumber": a definite description opening a
# sentence, with a word before its head noun, and what follows it
_DEFINITE_DESCRIPTION = re.compile(
    r"""
    The\s+(?P<mods>(?:[a-z0-9][\w-]*\s+){1,3}?)(?P<head>[a-z][a-z-]{2,})
    (?P<comp>\s+(?:from|of)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)?
    (?=,|\s+[a-z])
    """,
    re.VERBOSE,
)


# Those who speak of a person named before rather than being that person ("Tom Hale was arrested.
# The defence lawyer said …").
_THIRD_PARTY_ROLES = frozenset(
    """spokesman spokeswoman spokesperson official officials officer lawyer attorney judge prosecutor
    detective investigator source witness coroner doctor analyst expert""".split()
)


def _roles_from_definite_descriptions(text: str, drafts: list[_Draft], lex: _Lexicons) -> None:
    """ "That could help Ted Vane. The firebrand senator from Ohio …": a sentence opening with "the",
    a modifier and a title names the role of the one person the sentence before names, if none is given."""
    index = _MentionIndex(text, drafts)
    for match in _DEFINITE_DESCRIPTION.finditer(text):
        start = match.start()
        if not _opens_sentence(text, start):
            continue  # a sentence must open with the description
        if (
            match.group("head") not in lex.role_titles
            or match.group("head") in _THIRD_PARTY_ROLES
            or any(w in _FUNCTION or w in lex.org_words or w in lex.role_titles and w not in lex.role_modifiers
                   for w in match.group("mods").split())
        ):
            continue  # "The police officer said": someone who speaks of the person, not the person
        end = start
        while end > 0 and text[end - 1] in " \n":
            end -= 1
        before = index.sentence_start(end)
        named = [index.people[i] for i in sorted({i for _s, _e, i in index.inside(before, start)})]
        if len(named) == 1 and named[0].role is None:
            _offer_role(named[0], match.group()[4:], 3)


# "The chancellor said", "The Tory leader argued": a sentence opening with "The", a title
# with no lower-case modifier (at most two capitalised ones), then its verb
_BARE_TITLE = re.compile(
    r"""
    The\s+                                                 # "The" ("But the minister" is often another)
    (?P<mods>(?:[A-Z][a-z]+\s+){0,2})                      # "Tory", "Liberal Democrat"
    (?P<head>[a-z][a-z-]{2,})                              # "leader", "chancellor"
    (?=\s+(?:has\s+|had\s+|also\s+|then\s+|later\s+)?[a-z]+\b(?!['\u2019]))  # its verb ("said", "has previously")
    """,
    re.VERBOSE,
)
_BE_AFTER_NAME = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\b")
_PREPOSITION_WORDS = frozenset("under by with to from of for against about than like behind after before over".split())


def _roles_from_bare_titles(text: str, drafts: list[_Draft], lex: _Lexicons) -> None:
    """ "Michael Howard has attacked the plan under Tony Blair.¶The Tory leader said …": a sentence
    opening with "the" and a bare title is the role of the subject of the sentence before (past
    sentences that open with "He"/"She" and name no one), if they have none: the one person named
    there, or the one it opens with when every other is named after a preposition; not one the
    sentence tells something done to ("Tom Hale was arrested")."""
    index = _MentionIndex(text, drafts)
    people = index.people
    held = {role_head(d.role) for d in people if d.role}  # the titles someone holds
    for match in _BARE_TITLE.finditer(text):
        start = match.start()
        if not _opens_sentence(text, start):
            continue  # a sentence must open with the description
        head = match.group("head")
        if head not in lex.role_titles or head in _THIRD_PARTY_ROLES or head in lex.role_modifiers:
            continue
        mods = match.group("mods").split()
        if any(m in lex.given_names or m.lower() in lex.role_titles or m.lower() in lex.org_words for m in mods):
            continue  # "The Ann leader", "The Labour Party leader": a name or a body, not a modifier
        if head in held:
            continue  # "President Obama … The president said": the one who holds the title already
        end = start
        for _ in range(3):
            while end > 0 and text[end - 1] in " \n":
                end -= 1
            before = index.sentence_start(end)
            inside = index.inside(before, end)
            named_at = sorted({i for _s, _e, i in inside})  # indices into people, in its order
            named = [people[i] for i in named_at]
            if named or not re.match(r"(?:He|She)\s", text[before:end]):
                break
            end = before  # "He said …": the sentence before names the one he is
        if not named:
            continue
        if len(named) > 1:
            opening = sorted({i for s, _e, i in inside if s == before})
            if len(opening) != 1 or not all(
                (_WORD_BEFORE.search(text, max(0, s - 20), s) or [None, ""])[1].lower() in _PREPOSITION_WORDS
                for s, _e, i in inside
                if i != opening[0]
            ):
                continue  # "Tom Hale met Ann Lee. The minister said": whose title is not told
            named_at, named = opening, [people[opening[0]]]
        if any(_BE_AFTER_NAME.match(text, e) for _s, e, i in inside if i == named_at[0]):
            continue  # "Tom Hale was arrested. The president said": one the news is about, not the speaker
        if named[0].role is None:
            _offer_role(named[0], " ".join([*mods, head]), 3)
            if named[0].role:
                held.add(role_head(named[0].role))


_SENTENCE_STOP = re.compile(r"[.?] ")


def _opens_sentence(text: str, start: int) -> bool:
    """`start` opens a line, or a sentence after ". ", "! " or "? "."""
    return start >= 2 and (text[start - 1] == "\n" or (text[start - 1] == " " and text[start - 2] in ".!?"))


class _MentionIndex:
    """Every mention of a person in text order and every sentence break, looked up by bisection:
    a scan of all the mentions (or back through the text) for each description made the work of
    the role rules that read the sentence before grow with the square of the text."""

    def __init__(self, text: str, drafts: list[_Draft], things: bool = False) -> None:
        self.people = [d for d in drafts if d.kind == "person" and (things or not d.thing)]
        self.mentions = sorted((s, e, i) for i, d in enumerate(self.people) for s, e in d.spans)  # i: into people
        self._mention_starts = [s for s, _e, _i in self.mentions]
        self._stops = [m.start() for m in _SENTENCE_STOP.finditer(text)]  # ". " and "? "
        self.newlines = [m.start() for m in re.finditer("\n", text)]

    def sentence_start(self, end: int) -> int:
        """Just past the last ". " or "? " ending before end - 1, or the last newline before end."""
        return max(_last_at_most(self._stops, end - 3), _last_at_most(self.newlines, end - 1)) + 1

    def inside(self, lo: int, hi: int) -> list[tuple[int, int, int]]:
        """The mentions starting in [lo, hi)."""
        return self.mentions[bisect_left(self._mention_starts, lo) : bisect_left(self._mention_starts, hi)]


def _last_at_most(positions: list[int], limit: int) -> int:
    """The greatest of sorted `positions` at most `limit`, or -1."""
    i = bisect_right(positions, limit)
    return positions[i - 1] if i else -1


# "..., the Trade and Industry Secretary has said.": a title standing for a person, as the subject
# of a speech verb that ends the sentence (a headline style: the name follows in the next sentence)
_TITLE_HAS_SAID = re.compile(
    r"""
    \b(?:the|a|an)\s+(?P<role>(?:[A-Za-z][\w'\u2019-]*\s+){0,4}?[A-Za-z][\w-]*)
    \s+(?:has\s+|have\s+)?(?:said|says|warned|claimed|announced|insisted|argued|admitted|revealed)
    (?:\s+(?:today|yesterday|on\s+\w+|last\s+\w+))?\.
    """,
    re.VERBOSE,
)


_TITLE_HAS_SAID_VERBS = (b"said", b"says", b"warned", b"claimed", b"announced", b"insisted", b"argued", b"admitted", b"revealed")


def _title_has_said(text: str) -> list[re.Match[str]]:
    """`_TITLE_HAS_SAID.finditer(text)`, searched only in the stretches that can hold a match.

    A match holds one full stop, its last character, and one of the verbs: it lies between a
    full stop (or the text's start) and the first full stop after a verb. Tried at every
    offset of the text, the pattern was one of the slowest scans of a brief.
    """
    view = ascii_view(text)  # the same offsets, searched faster
    ends = set()
    for verb in _TITLE_HAS_SAID_VERBS:
        at = view.find(verb)
        while at >= 0:
            stop = view.find(b".", at)
            if stop < 0:
                break
            ends.add(stop + 1)
            at = view.find(verb, stop)
    out: list[re.Match[str]] = []
    for end in sorted(ends):
        start = view.rfind(b".", 0, end - 1) + 1
        out.extend(_TITLE_HAS_SAID.finditer(text, start, end))
    return out


def _roles_from_title_then_name(text: str, drafts: list[_Draft], lex: _Lexicons) -> None:
    """ "Plans should be in the manifesto, the Trade and Industry Secretary has said. Ana Ruiz said
    …": the title of a sentence that names no one is the role of the person the next sentence opens with."""
    index = _MentionIndex(text, drafts, things=True)  # ("things" too: any person named counts below)
    persons = index.people
    for match in _title_has_said(text):
        role = match.group("role")
        if _clean(role.split()[-1]).lower() not in lex.role_titles or role.split()[0].lower() in _FUNCTION:
            continue
        start = max(text.rfind(". ", 0, match.start()), _last_at_most(index.newlines, match.start() - 1)) + 1
        if any(persons[i].role is None for _s, _e, i in index.inside(start, match.end())):
            continue  # the sentence names someone with no title of their own: the title may be theirs
        following = match.end()
        while following < len(text) and text[following] in " \n":
            following += 1
        opening = [persons[i] for i in sorted({i for _s, _e, i in index.inside(following, following + 1)}) if not persons[i].thing]
        if len(opening) == 1 and opening[0].role is None and min(s for s, _e in opening[0].spans) == following:
            _offer_role(opening[0], role, 3)  # the person's first mention: the name the title announced


def _roles_from_pronoun_copula(text: str, drafts: list[_Draft], lex: _Lexicons) -> None:
    for match in _PRONOUN_COPULA.finditer(text):
        start = match.start()
        if not _opens_sentence(text, start):
            continue  # a sentence must open with the pronoun
        end = start
        while end > 0 and text[end - 1] in " \n":
            end -= 1  # the sentence before ends here, in this paragraph or the one before
        before = max(text.rfind(". ", 0, end - 1), text.rfind("? ", 0, end - 1), text.rfind("\n", 0, end)) + 1
        named = [d for d in drafts if d.kind == "person" and not d.thing and any(before <= s < start for s, _e in d.spans)]
        if len(named) != 1 or named[0].role is not None:
            continue
        draft = named[0]
        female, male = _given_genders()
        if draft.tokens[0] in (male if match.group("pronoun") == "She" else female):
            continue
        role = _predicate_role(text, match.end() - 1, lex)
        served = _PRONOUN_AS.match(text, match.end() - 1) if role is None else None
        if served is not None:
            words = served.group("role").split()
            while words and words[-1] not in lex.role_titles:
                words.pop()
            role = " ".join(words) or None
        if role is not None:
            _offer_role(draft, role, 3)


_MADE_BY = re.compile(
    r"""
    (?:\b(?:was|were|been|is|are)\s+                   # "was founded by"
      |(?:^|(?<=[.;,\n]))\s*(?:[a-z]+ly\s+)?)           # "Initially started ... by": a participle opening its clause
    (?P<verb>founded|co-founded|created|drafted|authored|designed|invented|started)\s+
    (?:[\w,]+\s+){0,4}?by\s+$                           # "in July 2008 by"
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "Lawyers for the US government, led by", "four drivers from Fresno, led by": a group's member leads it.
_GROUP_LED_BY = re.compile(
    r"""
    (?<![\w-])(?P<plural>[A-Za-z][a-z]{2,}s)                 # "Lawyers", "drivers"
    (?P<comp>\s+(?:for|of|from|at)\s+[^,;.()]{1,60}?)?       # "for the US government"
    ,\s+(?:led|headed|represented)\s+by\s+$                 # ", led by"
    """,
    re.VERBOSE,
)
# "Ana Ruiz was running the train as loco pilot", "Li served as treasurer": the subject's role.
# "Mike Smith's appointment as chief executive", "her election as party leader": an office the
# person took, named by the noun of taking it
_POSSESSIVE_OFFICE = re.compile(
    r"""
    ['\u2019]s\s+(?:first\s+|new\s+|recent\s+)?
    (?:appointment|election|promotion|nomination|installation|confirmation|tenure|time|spell|stint|role)  # the noun
    \s+as\s+(?:the\s+|a\s+|an\s+)?
    (?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})                           # "chief executive": trimmed to its title
    """,
    re.VERBOSE,
)
_AS_ROLE_AFTER = re.compile(
    r"""
    \s+(?:(?:was|is|has\s+been|had\s+been|will\s+be|has|had|have)\s+)?
    (?:serv|work|act|join|return|remain|continu|stay|stepp|resign|retir|run|ran|start|began|begin|sign|hired
      |took|sworn)                                          # "took office as mayor", "was sworn in as"
    [a-z]*                                                  # the verb, any tense
    (?:\s+[a-z]+){0,4}?                                     # "the train", "down"
    \s+as\s+(?:a|an|the|its|their|his|her)?\s*
    (?:[a-z][\w-]*['\u2019]s\s+)?                            # "the club's"
    (?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})          # "loco pilot (...)": trimmed to its title
    """,
    re.VERBOSE,
)
# "Tom Hale is a farmer in Kent", "Ana Ruiz was the mayor of Lima", "Li became chief executive of Acme".
_PREDICATE = re.compile(
    r"""
    \s+(?:(?:is|was|became|becomes|remains|remained)\s+
      |(?:has|had)\s+been\s+)
    (?P<det>(?:a|an|the|its|their)\s+)?
    (?P<words>(?:[\w'\u2019-]+\s+){0,3}[\w-]+)                  # "new chief executive"
    """,
    re.VERBOSE,
)
_COPULA_STARTS = (" is ", " was ", " became ", " becomes ", " remains ", " remained ", " has been ", " had been ")
_PREDICATE_CLAUSE = frozenset("when where while after before since because if until".split())
_PREDICATE_STOP = frozenset("not also still now being been to and or but who which that than".split())
_TITLE_COMPLEMENT = re.compile(r"\s+(?:of|at|for|with)\s+(?:the\s+)?[A-Z][\w&'\u2019.-]*(?:\s+(?:[A-Z][\w&'\u2019.-]*|of|for|and))*")


# "Acme named Tom Hale as its new chief executive", "appointed Li Wen chief executive".
_APPOINTED_BEFORE = re.compile(r"\b(?:named|appointed|hired|elected|chose|picked|nominated|made)\s+$")
_APPOINTED_AS = re.compile(
    r"""
    ,?\s+(?:as\s+)?
    (?P<det>(?:a|an|the|its|their|his|her)\s+)?
    (?P<words>(?:[\w'\u2019-]+\s+){0,3}[\w-]+)                  # "new chief executive"
    """,
    re.VERBOSE,
)


def _appointed_role(text: str, start: int, end: int, lex: _Lexicons) -> str | None:
    """The office a person is named to as the verb's object: "named Tom Hale as its chief executive"."""
    if not text.endswith(" ", 0, start) or _APPOINTED_BEFORE.search(text, max(0, start - 12), start) is None:
        return None
    return _predicate_role(text, end, lex, _APPOINTED_AS)


def _predicate_role(text: str, end: int, lex: _Lexicons, pattern: re.Pattern[str] = _PREDICATE) -> str | None:
    """The role a copula gives the subject, up to its title and the title's body."""
    match = pattern.match(text, end, min(len(text), end + 140))
    if match is None:
        return None
    words = match.group("words").split()
    best = -1
    for i, word in enumerate(words):
        low = _clean(word).lower()
        if low in _PREP or low in ("in", "from") or low in _PREDICATE_CLAUSE:
            break  # "was 23 when her father fell ill": no role after a clause opener
        if low in _PREDICATE_STOP or _is_verb(low):
            return None  # "was not", "was killed", "is also": a clause, not a role
        if i > 0 and low in ("the", "a", "an"):
            return None  # "was pessimistic the congressional leadership …": a clause, not a role
        if low in lex.role_titles or (match.group("det") and _AGENT_NOUN.search(low)):
            best = i
        elif best >= 0:
            break
    if best < 0:
        return None
    role = " ".join(words[: best + 1])
    # the title's body: "of Acme Corp"
    role_end = match.start("words") + len(" ".join(words[: best + 1]))
    complement = _TITLE_COMPLEMENT.match(text, role_end)
    return (role + complement.group(0)).rstrip(".") if complement is not None else role


# "was elected mayor of Springfield", "resumed the office of Speaker of the House": the office taken.
_OFFICE_TAKEN = re.compile(
    r"""
    \s+(?:[a-z]+\s+)?                                     # "yesterday"
    (?:(?:was|has\s+been|had\s+been|is|were)\s+(?:re-?)?
        (?:elected|appointed|named|sworn\s+in\s+as|installed\s+as|confirmed\s+as|chosen\s+as
          |promoted\s+to)                                  # "was promoted to general manager"
      |(?:is|was)\s+(?:set|expected|due|poised|tipped)\s+to\s+become   # "is set to become governor"
      |(?:became|becomes|is|was)\s+the\s+first\s+(?:[a-z]+\s+){1,2}to\s+(?:be\s+)?  # "became the first woman
        (?:elected|appointed|named|become|serve\s+as)             # to be elected mayor of Dorn"
      |(?:takes|took|will\s+take)\s+over\s+as               # "takes over as chair"
      |(?:who\s+)?(?:will\s+)?(?:replaced?|replaces|succeed(?:ed|s)?)  # "replaced Ann Holm as"
        \s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s+as
      |(?:resumed|assumed|took|took\s+over|holds|held|took\s+up)\s+the\s+(?:office|post|position|role)\s+of)
    \s+(?:as\s+)?(?:the\s+|its\s+|their\s+)?(?:new\s+)?
    (?:[a-z][\w-]*['\u2019]s\s+)?                          # "was named the team's captain"
    (?P<role>(?!(?:of|on|in|at|for|to|the|last|this|next|after|since|from|by)\b)[\w-]+   # "Speaker"
      (?:\s+(?!(?:of|on|in|at|for|to|the|last|this|next|after|since|from|by)\b)[\w-]+){0,2}  # "prime minister"
      (?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?)  # "of the House"
    """,
    re.VERBOSE,
)
_PICTURED = re.compile(r"\s*\((?:pictured|left|right|centre|center|above|below|top|bottom|inset)(?:\s+\w+){0,2}\)")
_DASH_APPOSITIVE = re.compile(r"\s+[\u2014\u2013]\s+(?P<role>(?:the|a|an)\s+[^\u2014\u2013,.;]{2,80}?)\s+[\u2014\u2013]\s")
# ", where he met the premier,": a clause in apposition, not a title.
_CLAUSE_OPENERS = frozenset("where when while which who whose that as after before since".split())
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her)|\w['\u2019]s)\s+$", re.IGNORECASE)
# "The attacker, identified as Sudesh Amman,": the description is the role.
_IDENTIFIED_AS = re.compile(
    r"""
    (?:\b[Tt]he\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),?\s+  # "The attacker,"
       (?:(?:was|has\s+been|had\s+been)\s+)?                          # "was"
       (?:later\s+)?(?:identified|named)\s+                           # "(later) identified as",
       (?:(?:locally|officially|publicly|formally)\s+)?as\s+            # "named locally as"
       (?:\d{1,3}-year-old\s+)?$                                        # "as 50-year-old"
      |\b(?:identified|named)\s+the\s+                                # "Police named the victim as"
       (?P<object>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+as\s+(?:\d{1,3}-year-old\s+)?$)
    """,
    re.VERBOSE,
)
_ACRONYM_BEFORE = re.compile(r"\s\([A-Z]{2,6}\)\s$")
# "Lydia Marsh, the session bassist who played on…": the role before its relative clause.
_APPOSITIVE_BEFORE_RELATIVE = re.compile(
    r",\s+(?P<role>(?:the|a|an)\s+[^,.;:()\"\u201c\u201d]{2,60}?)(?=\s+(?:who|whose)\s)"
)
_OF_ORGANISATION = re.compile(
    r"""
    \ (?:of|from)\ (?:the\ )?                                            # "of", "from"
    ([A-Z][\w.&'\u2019-]*(?:\ (?:[A-Z&][\w.&'\u2019-]*|of|for|and|the(?=\ [A-Z])))*)  # "the Labour Party", "Save the Children"
    (?=[,.;:]|\ (?:said|says|told|added|commented|wrote|stated|explained|warned|noted|argued|observed
      |reported|confirmed|announced|predicted|cautioned|estimated|agreed|believes|expects
      |warns|argues|notes|adds|explains|tells|writes|thinks|suggests|reckons|insists|predicts|cautions)\b  # "warns"
      |\ \([A-Z][A-Za-z&]{1,7}\)\ (?:said|says|told|added|warned|warns)\b  # "(MIIS) says": the body's initials
      |\ (?P<copula>was|is|has\ been)\ |$)                                  # "was among": kept with a body word only
    """,
    re.VERBOSE,
)
# "of software firm Brightline Systems", "at IT group Dorn Data": the body after a lower-case description
_DESCRIBED_ORGANISATION = re.compile(
    r"""
    \ (?:of|from|at)\ (?P<description>(?:[A-Za-z][\w-]*\ ){0,2}?           # "IT", "software", "property"
      (?:firm|company|group|consultancy|charity|bank|broker|agency|insurer|retailer|lender|carmaker
        |publisher|watchdog|chain|think-tank|campaign\ group|pressure\ group))  # the noun that says it is a body
    \ (?P<body>[A-Z][\w.&'\u2019-]*(?:\ (?:[A-Z&][\w.&'\u2019-]*|of|and))*)    # "Brightline Systems"
    (?=[,.;:]|\ (?:said|says|told|added|warned|warns|argues|notes|explained|believes|expects)\b|$)
    """,
    re.VERBOSE,
)
# "at Northgate Bank": the body after "at", kept only with a body word ("at Heathrow" is a place)
_AT_ORGANISATION = re.compile(
    r"""
    \ at\ (?:the\ )?
    (?P<body>[A-Z][\w.&'\u2019-]*(?:\ (?:[A-Z&][\w.&'\u2019-]*|of|for|and))*)   # "the Corliss Foundation"
    (?=(?P<verb>\ (?:said|says|told|added|warned|warns|argues|notes|explained|believes|expects)\b)|[,.;:]|$)
    """,
    re.VERBOSE,
)
# "said Anna Pike": a speech verb right before the name (then "at Northgate Bank" is where she works,
# not only where she was: "was friends with Mr Rahami at Edison High School")
_SAID_BEFORE_NAME = re.compile(
    r"""
    \b(?:said|says|added|adds|warned|warns|explained|noted|told)\s+   # the speech verb
    (?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*$             # the name ending where the search does
    """,
    re.VERBOSE,
)
# "of Dorn, Ohio,", "of Morro Bay, Calif.": a home town and its state or country after "of"
_HOME_TOWN_AFTER = re.compile(r",\s+[A-Z][a-z]+(?:\.|(?:\s+[A-Z][a-z]+)?(?=[,.;]))")
_FROM_CAMP = re.compile(
    r"\ from\ the\ (?P<camp>(?:[\w-]+\ ){1,3}(?:camp|bloc|caucus|faction|wing|party|opposition))\b"
)
_AGENT_NOUN = re.compile(r"^[a-z-]{3,}(?:ist|er|or|ian|ant|ent|man|woman|ee)$")
_VERB_START = frozenset(
    "has had have is was were are will would could should can may might did does do said says told added "
    "wrote became become becomes remains remained served serves".split()
)


_LISTED_KIN = re.compile(r"(?:his|her|their)\s")
_LIST_GOES_ON = re.compile(r",\s+(?:and|or)\s+(?:his|her|their)\s")


def _role_after(text: str, end: int, lex: _Lexicons) -> tuple[str | None, int]:
    """An appositive role after a name: "Qin Gang, the foreign minister, said"; or the
    organisation after "of": "Dan Ives of Wedbush Securities"; or the copula after a relative
    clause: "Lena Fox, who was appointed in 2019, is the bank's first female governor"."""
    role, rank = _role_right_after(text, end, lex)
    if role is None and text.startswith(", ", end) and ", who " in text[end : end + 60]:
        # "Lena Moe, 34, from Vass, who works as a paramedic": the age and home town, then the clause
        aside = _AGE_TOWN_BEFORE_WHO.match(text, end)
        if aside is not None and aside.end() > end:
            return _role_right_after(text, aside.end(), lex)
    if role is None and text.startswith(", who ", end):
        aside = _WHO_ASIDE.match(text, end, min(len(text), end + 120))
        if aside is not None:
            predicate = _predicate_role(text, aside.end(), lex)
            if predicate is not None:
                return predicate, 2
    return role, rank


_ACTING_NOUNS = {"representing": "representative", "leading": "leader", "heading": "head", "chairing": "chair"}
_ACTING_FOR = re.compile(r"^(?P<verb>representing|leading|heading|chairing)\s+(?P<body>(?:the\s+)?\S.{0,60})$")
# ", who was appointed in 2019," before "is the bank's governor": a clause aside, then the copula
_AGE_ASIDE = re.compile(r",\s+\d{1,3},(?=\s)|\s+\((?:born|b\.)\s+[^()]{1,30}\)(?=\s)")  # ", 61,", " (born 1950)"
_AGE_TOWN_BEFORE_WHO = re.compile(
    r"(?:,\s+\d{1,3})?(?:,\s+(?:of|from)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?(?=,\s+who\s)"
)
_WHO_ASIDE = re.compile(r",\s+who\s+[^,;.!?\"\u201c\u201d]{3,90},(?=\s+(?:is|was|became|remains|has\s+been|had\s+been)\s)")


def _role_right_after(text: str, end: int, lex: _Lexicons) -> tuple[str | None, int]:
    """The role of `_role_after` written right after the name."""
    pictured = _PICTURED.match(text, end)
    if pictured is not None:
        end = pictured.end()  # "Tom Ash (pictured), the club's new manager"
    home = _HOME_THEN_APPOSITIVE.match(text, end) if text.startswith((" of ", " from "), end) else None
    if home is not None:
        end = home.end()  # "Rep. Ann Lee of Michigan, the top Democrat on the committee": past the home state
    age = _AGE_ASIDE.match(text, end) if text.startswith((", ", " ("), end) else None
    if age is not None and text.startswith(_COPULA_STARTS, age.end()):
        predicate = _predicate_role(text, age.end(), lex)
        if predicate is not None:
            return predicate, 2  # "Kofi Mensah, 61, became president in 2020"
    letters = _POSTNOMINAL.match(text, end) if text.startswith(", ", end) and text[end + 2 : end + 3].isupper() else None
    if letters is not None:
        return letters.group("letters"), 1  # "Tom Molomby, SC, said", "Ann Cole, MP, told"
    speaking = _SPEAKING_FOR.match(text, end, min(len(text), end + 120)) if " for " in text[end : end + 25] else None
    if speaking is None and text.startswith(", speaking ", end):
        lower = _SPEAKING_FOR_LOWER.match(text, end, min(len(text), end + 90))
        if lower is not None:
            return "spokesperson for " + lower.group("body"), 2  # "Ruth Obi, speaking for the city council,"
    if speaking is not None and (
        speaking.group("speaking")
        # not "voted for Ann Cole, said", "for Britain said": a body's name before the speech verb
        or (speaking.group("name").split()[0] not in lex.given_names and speaking.group("name") not in lex.countries)
    ):
        # "Ali Raisi, speaking for the country's Health Ministry, said", "Lena Park for the
        # Food Safety Agency says": the body's spokesperson
        return "spokesperson for " + speaking.group("body"), 2
    match = _APPOSITIVE.match(text, end, min(len(text), end + 160)) or _APPOSITIVE_BEFORE_RELATIVE.match(
        text, end, min(len(text), end + 90)
    )
    if match and _LISTED_KIN.match(match.group("role")) and _LIST_GOES_ON.match(text, match.end("role")):
        return None, 9  # "Kurdi, his brother, and his mother were among": a list of three, not an apposition
    if match and _LIST_GOES_ON_WORDS.match(match.group("role")):
        return None, 9  # "Queen Mathilde, as well as Prime Minister Charles Michel,": another person listed
    if match and match.group("role").startswith("["):
        return None, 9  # "like Alan, [and his brother and mother], who": an editor's insertion in a quotation
    if match and text.startswith((", of ", ", from "), end):
        # "Ana Ruiz, of the Kessel Institute, said": the body she speaks for, set off by commas;
        # not "Tom Hale, of Dorn, Ohio, said", a home town
        body = _OF_ORGANISATION.match(text, end + 1)
        if body is not None and any(w.lower() in lex.org_words for w in body.group(1).split()):
            return text[end + 2 : body.end(1)].rstrip("."), 2
    if not match:
        dashed = _DASH_APPOSITIVE.match(text, end, min(len(text), end + 120))
        if dashed is not None and (_ends_in_title(dashed.group("role"), lex) or _title_then_complement(dashed.group("role"), lex)):
            # "Ana Kova — the country's first female president — said"
            return re.sub(r"^(?:the|a|an)\s+", "", dashed.group("role")), 1
        office = _OFFICE_TAKEN.match(text, end, min(len(text), end + 140))
        if office is not None and any(w.lower() in lex.role_titles for w in office.group("role").split()):
            return office.group("role"), 1  # "Anna Lee was elected mayor of Springfield"
        predicate = _predicate_role(text, end, lex) if text.startswith(_COPULA_STARTS, end) else None
        if predicate is not None:
            return predicate, 2  # "Tom Hale is a farmer in Kent", "Ana Ruiz became mayor of Lima"
        of_org = _OF_ORGANISATION.match(text, end)
        if of_org and text.startswith(" from ", end) and not any(w.lower() in lex.org_words for w in of_org.group(1).split()):
            of_org = None  # "Mark Obi from Leeds": a home town; "from the Norland Space Agency": a body
        if (
            of_org
            and not of_org.group(1).isupper()
            and not any(w.lower() in lex.org_words for w in of_org.group(1).split())
            and _HOME_TOWN_AFTER.match(text, of_org.end(1))
        ):
            of_org = None  # "Tom Hale of Dorn, Ohio, said": where he lives, no body he speaks for
        if of_org and of_org.group("copula") and not any(w.lower() in lex.org_words for w in of_org.group(1).split()):
            of_org = None  # "Dan Moss of Leeds was hurt": a home town; "Tom Barlow of Sky Radio was among": a body
        if of_org and of_org.group(1) not in lex.countries and (
            of_org.group(1).split()[-1] not in lex.countries
            # "of Marriage Equality Coalition Taiwan": a body, named with its country
            or any(w.lower() in lex.org_words for w in of_org.group(1).split())
        ):
            # the words as written: an affiliation ("of PBS"), not a body standing as the role
            return text[of_org.start() + 1 : of_org.end(1)].rstrip("."), 2
        described = _DESCRIBED_ORGANISATION.match(text, end, min(len(text), end + 120)) if not of_org else None
        if described is not None:
            return described.group("description") + " " + described.group("body").rstrip("."), 2  # "software firm Brightline Systems"
        at_body = _AT_ORGANISATION.match(text, end, min(len(text), end + 100)) if text.startswith(" at ", end) else None
        if at_body is not None and not at_body.group("verb") and not _SAID_BEFORE_NAME.search(text, max(0, end - 60), end):
            at_body = None  # "friends with Mr Rahami at Edison High School": where he was, no affiliation
        at_name = at_body.group("body").rstrip(".") if at_body is not None else ""
        if at_name and (at_name in lex.orgs or any(w.lower() in lex.org_words for w in at_name.split())):
            return at_name, 2  # "said Anna Pike at Northgate Bank"
        from_camp = _FROM_CAMP.match(text, end)
        if from_camp:
            return from_camp.group("camp"), 2  # "Regina Ip from the pro-Beijing camp said"
        party = _PARTY_BRACKET.match(text, end)
        if party is not None and (
            party.group("party").split()[0].lower() in _PARTY_WORDS or party.group("party").split()[-1].lower() == "party"
        ):
            return party.group("party"), 2  # "Dan Crisp (Labour) said", "(Conservative, Leeds North)"
        bracket = _ROLE_BRACKET.match(text, end) if text.startswith(" (", end) else None
        if bracket is not None and any(_clean(w).lower() in lex.role_titles for w in bracket.group("role").split()):
            return bracket.group("role"), 2  # "Lars Berg (chief executive, Kessel Energy) said", "Ana Ruiz (CEO)"
        office = _POSSESSIVE_OFFICE.match(text, end, min(len(text), end + 90)) if text.startswith(("'s ", "\u2019s "), end) else None
        if office is not None:
            words = office.group("role").split()
            while words and _clean(words[-1]).lower() not in lex.role_titles:
                words.pop()
            if words:
                return " ".join(words), 2  # "Mike Smith's appointment as chief executive in 1999"
        as_role = _AS_ROLE_AFTER.match(text, end, min(len(text), end + 90)) if " as " in text[end : end + 90] else None
        if as_role is not None:
            words = as_role.group("role").split()
            while words and _clean(words[-1]).lower() not in lex.role_titles:
                words.pop()
            after = text[as_role.start("role") + len(" ".join(words)) :][:5]
            if words and not re.match(r"\s+(?:of|for|to|at)\b", after):
                return " ".join(words), 2  # "Ana Ruiz was running the train as loco pilot"
            complement = _TITLE_COMPLEMENT.match(text, as_role.start("role") + len(" ".join(words))) if words else None
            if complement is not None and complement.group().split()[0] == "of":
                # "Alice Moreau served two terms as mayor of Dorn": the office and its place or body
                return " ".join(words) + complement.group().rstrip("."), 2
        return None, 9
    role = _WHO_THEN_WAS.sub("who was ", match.group("role").strip(), count=1)
    one_of = _ONE_OF_ROLE.match(role)
    if one_of is not None:
        words = one_of.group("rest").split()
        plural = next((i for i, w in enumerate(words) if w.endswith("s") and w[:-1].lower() in lex.role_titles), None)
        if plural is not None:
            # "Peter Hahn, one of the bank's deputy governors,": a deputy governor of the bank
            role = " ".join([*words[:plural], words[plural][:-1], *words[plural + 1 :]])
    acting = _ACTING_FOR.match(role)
    if acting is not None:
        # "Karin Berg, representing the families, spoke": what the participle makes of her
        return f"{_ACTING_NOUNS[acting.group('verb')]} of {acting.group('body')}", 1
    leads = _LEADS.match(role)
    if leads is not None:
        # "Rita Vos, who chairs the finance committee, said": the chair of the finance committee.
        body = _LEAD_TIME.split(leads.group("body"), maxsplit=1)[0]
        return f"{_LEAD_NOUNS[leads.group('verb')]} of {body}", 1
    works = _WORKS_FOR.match(" " + role)
    if works is not None:
        # "Joe Carbone, who works for the Transportation Department, said": where he works.
        return re.sub(r"^the\s+", "", works.group("org")), 2
    words = role.split()
    head_zone = []
    if words and words[0].lower() in _VERB_START:
        return None, 9  # "Murthy, 47, has served two terms as surgeon general": a clause, not a role
    for k, w in enumerate(words):
        low = w.lower().strip(".,")
        if low in _PREP and head_zone and w[:1].islower() and not (
            # "Americans for Prosperity's state director": a word inside a capitalised name
            words[k - 1][:1].isupper() and k + 1 < len(words) and words[k + 1][:1].isupper()
        ):
            break
        if w in ("who", "which", "whose") and head_zone:
            break  # "a pollster who succeeded Mark Penn as chief strategist": the head before the clause
        head_zone.extend(_clean(part) for part in low.split("/"))  # "producer/director"
    determiner = bool(head_zone) and head_zone[0] in ("a", "an", "the")
    if not any(w in lex.role_titles for w in head_zone) and not (
        # "a cyclist", "an epidemiologist", "the organiser": a noun naming what someone does
        determiner and len(head_zone) <= 5 and _AGENT_NOUN.search(head_zone[-1])
    ):
        return None, 9
    if len(_RELATIVE_CLAUSE.split(role, maxsplit=1)[0].split()) > 20:
        return None, 9  # a long phrase, not counting a relative clause after its head ("who is tipped to …")
    role = re.sub(r"^(?:(?:the|a|an|who\s+is|who\s+was)\s+)+", "", role, flags=re.IGNORECASE)
    condensed = _condense_role(role)
    return (condensed, 1) if condensed else (None, 9)


# "who works for the Ohio Department of Transportation and has inspected...": where someone works.
_WORKS_FOR = re.compile(
    r"""
    \s+who\s+(?:works|worked|serves|served)\s+(?:for|at|with|in)\s+
    (?P<org>(?:the\s+)?[A-Z][^,;]*?)                    # "the Ohio Department of Transportation"
    (?=\s+and\s+[a-z]|\s+since\b|$)                    # up to "and has ...", "since" or the end
    """,
    re.VERBOSE,
)
# "who until last year was", "who at the time was", "who has been": the copula of an office held,
# its time words aside ("Priya Nair, who until last year was chief executive of the exchange").
_WHO_THEN_WAS = re.compile(
    r"""
    ^who\s+
    (?:(?:until|till)\s+(?:last\s+\w+|recently|this\s+\w+|\d{4})\s+
      |at\s+the\s+time\s+|previously\s+|formerly\s+|currently\s+|then\s+|now\s+)?
    (?:is|was)\s+(?:now\s+|currently\s+)?                 # "who is now the festival's producer"
    |^who\s+(?:has|had)\s+been\s+(?=(?:a|an|the|its|their)\s)
    """,
    re.VERBOSE,
)
_RELATIVE_START = re.compile(r"^(?:who|whose|which|that)\s")
# "who chairs the finance committee", "who founded the charity": the office the clause names.
_LEAD_NOUNS = {
    "chairs": "chair", "heads": "head", "leads": "leader", "runs": "head", "directs": "director",
    "manages": "manager", "founded": "founder", "co-founded": "co-founder", "represents": "representative",
    "coaches": "coach", "owns": "owner", "edits": "editor", "captains": "captain",
    # what someone made or led: "who directed the film", "who chaired the inquiry"
    "directed": "director", "produced": "producer", "produces": "producer", "composed": "composer",
    "designed": "designer", "hosts": "host", "presents": "presenter", "chaired": "chair",
    "headed": "head", "coached": "coach", "captained": "captain", "edited": "editor",
    "led": "leader", "ran": "head", "run": "head", "managed": "manager", "owned": "owner",
}
_LEADS = re.compile(
    r"""
    ^who\s+(?:currently\s+|also\s+|now\s+)?(?:has\s+|had\s+)?  # "who currently", "who has chaired"
    (?P<verb>""" + "|".join(_LEAD_NOUNS) + r""")\s+       # "chairs"
    (?P<body>\S.{0,80})$                                  # "the finance committee"
    """,
    re.VERBOSE,
)
# "since 2018", "for years", "for the past decade": the time a clause's office was held, not its body.
_LEAD_TIME = re.compile(
    r"""
    \s+(?:(?:in|since|on|from)\s+\d                                          # "since 2018"
      |for\s+(?:years|decades|\d|more|over|almost|nearly|the\s+(?:past|last)))  # "for years"
    """,
    re.VERBOSE,
)
_SERVING_AS = re.compile(r"^who\s+[a-z]+\b[^,;]*?\bas\s+(?:(?:a|an|the)\s+)?(?P<role>.+)$")
_TIME_CLAUSE = re.compile(r"\s+(?:before|after|until|till|when|while|since)\s+(?=[a-z])")
_RELATIVE_CLAUSE = re.compile(r"\s+(?:who|whose|which|that)\s+[a-z]")


def _condense_role(role: str) -> str | None:
    """A role without its relative clause: "bridge engineer at the Ohio Department of Transportation"."""
    now = _NOW_OFFICE.search(role) if " now " in role or " currently " in role else None
    if now is not None and any(_clean(w).lower() in lexicons().role_titles for w in now.group("office").split()[:4]):
        # "a former banker who is now chief executive of Kessel Pay": the office held now
        return now.group("office")
    serving_as = _SERVING_AS.match(role)
    if serving_as is not None:
        # "who follows Amazon as a managing director at D.A. Davidson"; "who served two terms as
        # mayor before resigning in 2022": the office, not what came after it
        return _TIME_CLAUSE.split(serving_as.group("role"), maxsplit=1)[0]
    if _RELATIVE_START.match(role):
        return None  # "whose son Matan has been held since October": a clause, not a role
    works = _WORKS_FOR.search(role)
    if works is not None:
        return f"{role[: works.start()]} at {works.group('org')}"
    clause = _RELATIVE_CLAUSE.search(role)
    if clause is not None and clause.start() > 0:
        role = role[: clause.start()]
    role = _KNOWN_AS.sub("", role)  # "known as the father of the euro": the father of the euro
    removed = _REMOVED_AS.match(role)
    if removed is not None:
        # "who was ousted as party leader last month": the office held before, its time aside
        return "former " + _WHEN_AFTER.split(role[removed.end() :], maxsplit=1)[0]
    return role


_NOW_OFFICE = re.compile(
    r"""
    \s+who\s+(?:is\s+now|now\s+is|is\s+currently|currently\s+is   # "who is now"
      |has\s+since\s+become|now\s+serves\s+as)\s+                 # "who has since become"
    (?:the\s+|an?\s+)?(?P<office>\S.*)$                            # "chief executive of Kessel Pay"
    """,
    re.VERBOSE,
)
_KNOWN_AS = re.compile(r"^(?:known|described|dubbed|nicknamed|hailed)\s+as\s+(?:the\s+)?")
_REMOVED_AS = re.compile(r"^(?:ousted|removed|sacked|dismissed|fired|replaced|deposed|suspended)\s+as\s+(?:the\s+)?")
_WHEN_AFTER = re.compile(r"\s+(?:(?:last|this|earlier|in|on)\s+(?:week|month|year|[A-Z]\w*|\d{4})|since|in\s+\d)\b")


def _offer_role(draft: _Draft, role: str | None, rank: int) -> None:
    if role and rank < draft.role_rank and not _OBJECT_PRONOUN.search(role):
        # not "Marine captain proposed the project to him": a clause, not a role
        draft.role, draft.role_rank = role, rank


def _speech_near(text: str, start: int, end: int, lex: _Lexicons) -> bool:
    """ "Azzouz said" / "said Tom Forte": a speech verb right next to the name, spaces only between."""
    after = _NEXT_WORD.match(text, end)
    apposition = _APPOSITION_THEN_WORD.match(text, end, min(len(text), end + 160))
    before = _PREV_WORD.search(text, max(0, start - 20), start)
    # "Xiaogang Wei of the Beijing Gender Health Education Institute commented"
    of_body = _OF_BODY_THEN_WORD.match(text, end, min(len(text), end + 120))
    return any(
        m is not None and m.group(1).lower() in lex.speech for m in (after, apposition, before, of_body)
    )


# "Erling Haaland, who scored the winner, said": the verb after an appositive.
_APPOSITION_THEN_WORD = re.compile(r",(?: \d{1,3},)?[^,.;:\"\u201c\u201d]{1,140}, (?:also )?([a-z]+)\b")


_OF_BODY_THEN_WORD = re.compile(
    r"""
    \s+(?:of|from|at)\s+(?:the\s+)?
    (?:[A-Z][\w&'\u2019.-]*\s+(?:(?:of|for|and|the|&)\s+)?){1,8}   # "Beijing Gender Health Institute"
    ,?\s*([a-z]+)\b                                              # the next word: a speech verb?
    """,
    re.VERBOSE,
)
_NEXT_WORD = re.compile(r",? ([a-z]+)\b")
_PREV_WORD = re.compile(r"\b([a-z]+) $")


def _merge_persons(persons: dict[tuple[str, ...], _Draft], surname_uses: dict[str, int]) -> list[_Draft]:
    """One draft per individual: "Obama" into "Barack Obama", "Donald Trump" into "Donald J. Trump"."""
    lex = lexicons()
    kept: list[_Draft] = []
    # Words that stand as a person on their own elsewhere ("Mr. Bashir", "her mother, Fiona"),
    # and surnames shared by several full names ("Eloise Parry", "Fiona Parry").
    titled = {t for tokens, d in persons.items() if len(tokens) == 1 for t in tokens}
    families: dict[str, int] = {}
    evidenced: set[str] = set()  # a family with one member shown to be a person
    members: dict[str, list[tuple[str, ...]]] = {}  # the names of several words, by their last word
    for tokens, d in persons.items():
        if len(tokens) > 1:
            families[tokens[-1]] = families.get(tokens[-1], 0) + 1
            members.setdefault(tokens[-1], []).append(tokens)
            if d.evidence >= 2:
                evidenced.add(tokens[-1])
    for tokens, draft in persons.items():
        support = draft.evidence + 2 * (surname_uses.get(tokens[-1], 0) + surname_uses.get(tokens[0], 0))
        if len(tokens) > 1 and (
            tokens[0] in titled
            or tokens[-1] in titled
            # "Eloise Parry" beside "Fiona Parry"; not "Creative Commons" beside "Wikimedia Commons"
            or (
                families.get(tokens[-1], 0) > 1
                and (
                    tokens[-1] in evidenced
                    # "Osama bin Laden" and "Bin Laden": one name written in full and short
                    or any(
                        other != tokens and (_same_person(tokens, other) or _same_person(other, tokens))
                        for other in members[tokens[-1]]
                    )
                )
            )
        ):
            support += 2
        if draft.thing:
            continue  # its bare name repeated ("the Taurus") is the product's, not a surname
        if len(tokens) == 1 or support >= 2 or (tokens[0] in lex.given_names and draft.evidence >= 0):
            kept.append(draft)
    # Longest names first so shorter forms fold into them.
    kept.sort(key=lambda d: (-len(d.tokens), d.spans[0][0]))
    result: list[_Draft] = []
    # The names kept so far by each of their words: every word of a shorter form is in the full name
    # it folds into (see _same_person), so only the names holding its rarest word are tried, in order.
    holding: dict[str, list[int]] = {}
    for draft in kept:
        target = None
        plain = _plain_words(draft.tokens)
        tried = min((holding.get(w, []) for w in plain), key=len) if plain else range(len(result))
        for k in tried:
            full = result[k]
            if _same_person(draft.tokens, full.tokens) and not (full.kin and len(draft.tokens) == 1):
                target = full
                break
        if target is None:
            for word in set(_plain_words(draft.tokens)):
                holding.setdefault(word, []).append(len(result))
            result.append(draft)
            continue
        target.spans.extend(draft.spans)
        _offer_role(target, draft.role, draft.role_rank)
    return result


def _same_person(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`short` names the same individual as `full`: its words are a subsequence with the same last word
    ("Bin Laden" in "Osama bin Laden", "Bashir" in "Omar Hassan al-Bashir")."""
    if short == full:
        return True
    plain_short, plain_full = _plain_words(short), _plain_words(full)
    if not plain_short or not plain_full:
        return False
    if len(plain_short) == 1:
        return (
            plain_short[0] == plain_full[-1]
            or plain_short[0] == plain_full[0] and len(plain_full) > 1
            or plain_short[0] in _family_words(full)
        )
    if plain_short[-1] != plain_full[-1]:
        # "Te Kaurinui" for "Te Kaurinui Robert Parata": the leading words of the full name.
        return len(plain_short) < len(plain_full) and plain_short == plain_full[: len(plain_short)]
    it = iter(plain_full)
    return all(t in it for t in plain_short)


@lru_cache(maxsize=4096)
def _plain_words(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words as _same_person compares them: initials left out, comparable forms."""
    return tuple(_comparable(t) for t in tokens if len(t.rstrip(".")) > 1)


@lru_cache(maxsize=4096)
def _family_words(tokens: tuple[str, ...]) -> frozenset[str]:
    """The inner words of a name of three or more that may stand for it alone: the first family name
    of a double surname ("Rosselló" of "Ricardo Rosselló Nevares"), not a given middle name
    ("Luther" of "Martin Luther King") or a particle ("Le" of "Jean-Yves Le Drian")."""
    plain = [t for t in tokens if len(t.rstrip(".")) > 1]
    if len(plain) < 3:
        return frozenset()
    given = lexicons().given_names
    return frozenset(
        _comparable(t)
        for t in plain[1:-1]
        if t not in given and t.lower() not in _PARTICLES and t[:1].isupper()
    )


def _comparable(token: str) -> str:
    """A name word compared without letter case or an Arabic article ("al-Bashir" ~ "Bashir")."""
    low = token.lower()
    return _ARABIC_ARTICLE.sub("", low)


_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|at|an)-(?=\w)")


# '"…," the Turkish midfielder told Movistar', '"…," the coach said': a description as a speaker.
_SPEAKING_DESCRIPTION = re.compile(
    r"""
    the(?<!\wthe)\s+(?:\d+-year-old\s+)?(?:(?P<nat>[A-Z][a-z]+)\s+)?   # "the 24-year-old Turkish"
    # ("the" not after a word character: "\bthe" led by a literal the regex engine skips to)
    (?:(?P<mod>[a-z]{3,})\s+)??                                # "veteran"
    (?P<head>[a-z][a-z-]{2,})\s+(?:also\s+)?                    # "midfielder"
    (?:said|says|told|added|explained|insisted|admitted|replied)\b
    """,
    re.VERBOSE,
)


def _roles_from_speaking_descriptions(text: str, drafts: list[_Draft], lex: _Lexicons) -> None:
    """A description that speaks ("the Turkish midfielder told …") is the role of the person who
    spoke last before it (named next to a speech verb, within ~800 characters), if they have none."""
    for match in _SPEAKING_DESCRIPTION.finditer(text):
        head = match.group("head")
        if head in lex.group_heads or not (head in lex.role_titles or _AGENT_NOUN.search(head)):
            continue
        nationality = match.group("nat")
        if nationality is not None and nationality not in lex.nationalities:
            continue
        best: tuple[int, _Draft] | None = None
        for draft in drafts:
            for s_start, s_end in draft.spans:
                if match.start() - 800 < s_start < match.start() and _speech_near(text, s_start, s_end, lex):
                    if best is None or s_start > best[0]:
                        best = (s_start, draft)
        if best is None or (best[1].role is not None and role_head(best[1].role) != head):
            # the last to speak holds another role: the description is of the person the
            # sentence before opens with, if they have none ("Moss, 34, was mobbed … the veteran
            # striker said" after "Holm, City's manager, said")
            subject = _subject_before(text, match.start(), drafts)
            best = subject if subject is not None else best
        if best is not None and best[1].role is None:
            # the modifier belongs to the title: "the prime minister said" is a prime minister
            role = " ".join(w for w in (nationality, match.group("mod"), head) if w)
            best[1].role, best[1].role_rank = role, 2


def _subject_before(text: str, at: int, drafts: list[_Draft]) -> tuple[int, _Draft] | None:
    """The person who opens the sentence before `at`, in its paragraph, by full name or surname,
    when no other person is named between ("Moss, 34, was mobbed … '…,' the veteran striker said")."""
    paragraph = text.rfind("\n", 0, at) + 1
    here = max(text.rfind(p, paragraph, at) for p in (". ", "! ", "? "))
    if here < 0:
        return None
    previous = max(text.rfind(p, paragraph, here) for p in (". ", "! ", "? "))
    opening = paragraph if previous < 0 else previous + 2
    word = _OPENING_NAME.match(text, opening, here)
    if word is None:
        return None
    # the bearer of the name named last before (not "Late Moss" of a headline for Carl Moss)
    named = [
        (max(s0 for s0, _e in d.spans if s0 <= opening), d)
        for d in drafts
        if d.kind == "person" and d.tokens and d.tokens[-1] == word.group(1) and any(s0 <= opening for s0, _e in d.spans)
    ]
    others = [d for d in drafts for s0, _e in d.spans if opening < s0 < at and d.tokens[-1] != word.group(1)]
    if not named or others:
        return None
    return opening, max(named, key=lambda n: n[0])[1]


_OPENING_NAME = re.compile(r"(?:[A-Z][\w'\u2019-]*\s+)?([A-Z][\w'\u2019-]+)(?=,|\s+[a-z])")


# "The Native American Rights Fund's Jacqueline De Leon", "BBC's Jonathan Marcus": an
# organisation owning a person is where that person works.
_OWNER_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?P<org>[A-Z][\w&.-]*(?:\s+(?:[A-Z][\w&.-]*|of|for|and|&)){0,6})['\u2019]s\s+\Z"
)


def _roles_from_owners(text: str, drafts: list[_Draft], lex: _Lexicons) -> None:
    for draft in drafts:
        if draft.role is not None or not draft.spans:
            continue
        start = min(s for s, _e in draft.spans)
        match = _OWNER_BEFORE.search(text, max(0, start - 80), start)
        if match is None:
            continue
        org = re.sub(r"^The\s+", "", match.group("org"))
        last = org.split()[-1]
        if last.lower() in lex.org_words or (last.isupper() and 2 <= len(last) <= 6):
            draft.role, draft.role_rank = org, 2


def _build_index(
    text: str,
    drafts: list[_Draft],
    others: dict[tuple[str, str], _Draft],
    singles: list[tuple[int, int, str, str | None]],
    lex: _Lexicons,
) -> PeopleIndex:
    # Resolve bare one-word mentions to persons by surname, then by family name written first.
    by_last: dict[str, list[_Draft]] = {}
    by_first: dict[str, list[_Draft]] = {}
    by_inner: dict[str, list[_Draft]] = {}  # "Rosselló" for Ricardo Rosselló Nevares
    for draft in drafts:
        plain = [t for t in draft.tokens if len(t.rstrip(".")) > 1] or list(draft.tokens)
        if not draft.kin:
            by_last.setdefault(plain[-1], []).append(draft)
        if len(plain) > 1:
            by_first.setdefault(plain[0], []).append(draft)
        for t in plain[1:-1]:
            if _comparable(t) in _family_words(draft.tokens):
                by_inner.setdefault(t, []).append(draft)
    variants: dict[str, _Draft] = {}
    spellings = _surnames_by_letter(by_last)
    for draft in [d for d in drafts if len(d.tokens) == 1 and not d.kin and len(by_last.get(d.tokens[0], ())) == 1]:
        # a one-word person that is a full name's surname spelt another way ("Bauchtman said" after
        # "Lydia Buchtmann"): the same person
        target = _variant_owner(draft.tokens[0], spellings, lex)
        if target is not None:
            target.spans.extend(draft.spans)
            _offer_role(target, draft.role, max(1, draft.role_rank))
            variants[draft.tokens[0]] = target
            drafts.remove(draft)
            del by_last[draft.tokens[0]]
    for start, end, word, role in singles:
        if word in _THING_WORDS:
            continue  # "the Bill": a law, whoever else is called Bill
        candidates = by_last.get(word) or by_first.get(word) or by_inner.get(word)
        if not candidates and word not in variants:
            owner = _variant_owner(word, spellings, lex)
            if owner is not None:
                variants[word] = owner  # "Mueller said" after "Gerhard Müller"
        if not candidates and word in variants:
            candidates = [variants[word]]
        if not candidates:
            continue
        target = candidates[0]
        if len(candidates) > 1:
            # The candidate mentioned most recently before this mention.
            best = -1
            for cand in candidates:
                earlier = [s for s, _e in cand.spans if s < start]
                if earlier and max(earlier) > best:
                    best, target = max(earlier), cand
        target.spans.append((start, end))
        if role:
            _offer_role(target, role, 1)

    _roles_from_speaking_descriptions(text, drafts, lex)
    _roles_from_owners(text, drafts, lex)
    entities: list[Entity] = []
    mentions: list[tuple[int, int, Entity]] = []
    of_draft: dict[int, Entity] = {}
    for draft in drafts:
        name = draft.display or " ".join(draft.tokens)
        spans = tuple(sorted(set(draft.spans)))
        entity = Entity(
            key=name,
            name=name,
            role=_dotted(draft.role),
            kind="person",
            spans=spans,
            gender=_gender(text, spans, draft.role, draft.tokens[0] if len(draft.tokens) > 1 else None),
        )
        entities.append(entity)
        of_draft[id(draft)] = entity
        mentions.extend((s, e, entity) for s, e in spans)
    for (kind, name), draft in others.items():
        spans = tuple(sorted(set(draft.spans)))
        entity = Entity(key=name, name=name, role=None, kind=kind, spans=spans)
        entities.append(entity)
        mentions.extend((s, e, entity) for s, e in spans)
    groups = _groups(text, lex)
    for key, spans in groups.items():
        entity = Entity(key=key, name=key, role=None, kind="group", spans=tuple(spans))
        entities.append(entity)
        mentions.extend((s, e, entity) for s, e in spans)
    return PeopleIndex(
        entities, mentions, {w.lower(): of_draft[id(d)] for w, d in variants.items() if id(d) in of_draft}
    )


@lru_cache(maxsize=8192)
def _folded(word: str) -> str:
    """A name word without case or accents, German umlauts spelt out ("Müller" -> "mueller")."""
    low = word.lower().replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))


def _edits_within(a: str, b: str, limit: int) -> bool:
    """Whether `a` becomes `b` in at most `limit` insertions, deletions, substitutions or swaps of
    two neighbouring letters (optimal string alignment; short words only)."""
    if abs(len(a) - len(b)) > limit:
        return False
    # the letters both share at the start and at the end cost nothing: compare what lies between
    lo = 0
    while lo < len(a) and lo < len(b) and a[lo] == b[lo]:
        lo += 1
    hi = 0
    while hi < len(a) - lo and hi < len(b) - lo and a[-1 - hi] == b[-1 - hi]:
        hi += 1
    a, b = a[lo : len(a) - hi], b[lo : len(b) - hi]
    if limit == 1:  # one slip: a letter changed, added or dropped, or two swapped
        return len(a) + len(b) <= 2 and not (len(a) == 2 or len(b) == 2) or len(a) == len(b) == 2 and a == b[::-1]
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return False
        prev2, prev = prev, cur
    return prev[-1] <= limit


def _surnames_by_letter(by_last: dict[str, list[_Draft]]) -> dict[str, list[tuple[str, str, _Draft]]]:
    """The surnames of full names borne by one person each, folded, by their first folded letter."""
    index: dict[str, list[tuple[str, str, _Draft]]] = {}
    for last, drafts in by_last.items():
        if len(drafts) == 1 and len(drafts[0].tokens) >= 2 and not drafts[0].kin:
            folded = _folded(last)
            index.setdefault(folded[:1], []).append((last, folded, drafts[0]))
    return index


def _variant_owner(word: str, spellings: dict[str, list[tuple[str, str, _Draft]]], lex: _Lexicons) -> _Draft | None:
    """The one full name whose surname `word` spells another way: the same letters with accents or
    umlauts written out ("Mueller" / "Müller", "Pena" / "Peña"), or (from five letters, the first
    letter the same) one slip, two from eight letters ("Saree" / "Sarea", "Bauchtman" / "Buchtmann");
    None when no name or several fit, or the word is a given name or a known non-name."""
    if len(word) < 3 or len(word) > 30 or word in lex.given_names or lex.never_name(word):
        return None
    folded = _folded(word)
    limit = 2 if len(word) >= 8 else 1 if len(word) >= 5 else 0  # "Pena" for "Peña": the letters alone
    found = None
    for last, other, draft in spellings.get(folded[:1], ()):
        if last == word or not (
            other == folded or limit and len(last) >= 5 and _edits_within(folded, other, limit)
        ):
            continue
        if found is not None:
            return None
        found = draft
    return found


# Abbreviated titles a reader expects with their full stop ("Rev.", "State Sen."), unlike words
# written whole or British "Dr", "Mr".
_DOTTED_ABBREVIATIONS = frozenset(
    "rev gov sen rep lt sgt capt col gen cmdr supt insp det atty prof hon cpl pvt adm maj msgr fr sens reps".split()
)


def _dotted(role: str | None) -> str | None:
    """The role with the full stop of an abbreviated title that ends it ("Rev" -> "Rev.")."""
    if role and role.rsplit(" ", 1)[-1].lower() in _DOTTED_ABBREVIATIONS:
        return role + "."
    return role


__all__ = ["Entity", "PeopleIndex", "find_people", "lexicons"]
