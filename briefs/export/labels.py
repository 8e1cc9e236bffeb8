"""Whether an open issue's topic reads as a label before its line: a noun phrase naming what is
at stake, not a speaker, a title, a date, a bare place or a fragment ending on a verb.

The topic stays in the brief's JSON either way (it helps tell issues apart); this only decides
whether a reader is shown it in bold, where a wrong label misleads more than none.
"""

from __future__ import annotations

import re
from functools import cache

from ..wordlists import read_word_list


@cache
def _own(name: str) -> frozenset[str]:
    """A word list of the labels' own (`<name>.txt` beside this module), lower-cased."""
    return frozenset(entry.lower() for entry in read_word_list(__package__, f"{name}.txt"))


@cache
def _engine(*names: str) -> frozenset[str]:
    """The engine's lexicons `names`, lower-cased and joined, read as data files: showing a stored
    brief must not load the engine."""
    return frozenset(
        entry.lower() for name in names for entry in read_word_list("briefs", "engine", "lexicons", f"{name}.txt")
    )

UNCLEAR = " unclear"  # "<subject> unclear": the engine's topic of an open question
# The words a label is read in: letters, digits, inner hyphens and apostrophes, a title's dot.
_WORD = re.compile(r"[\w\u00c0-\u024f][\w\u00c0-\u024f'\u2019.-]*")
# Nouns ending in -ly or -ed that are things, not how or what was done.
_LY_NOUNS = frozenset("family supply assembly monopoly anomaly rally ally italy july reply holy belly jelly".split())
_AUXILIARIES = frozenset("is are was were be been has have had do does did will would can could should may might not".split())
# A place is what is at stake when the cue is about it: "sanctions against X", "an attack on X",
# "a row over X"; not where something went or happened ("sent to X", "in X", "of X").
_STAKE_PREPOSITION = r"(?:on|against|over|about|toward|towards|into|with)\s+(?:the\s+)?"
# Endings of adjectives: a label ending on one has lost its noun ("sentence dangerous").
_ADJECTIVE_END = ("ous", "ful", "less", "ible")  # not "-able": "timetable", "cable"
# A single modifier cut from its noun ("presidential" of "presidential mandate", "public" of
# "public inquiry"): endings of adjectives and nouns used as adjectives.
_MODIFIER_END = ("al", "ary", "ous", "ive", "ful", "less", "ian", "ish")  # not "-ic": "pandemic", "traffic"
_CONTRACTION = re.compile(r"['\u2019](?:re|ve|ll|d|m)$", re.IGNORECASE)
_NUMBER = re.compile(
    r"""^(?:\d[\d,.%]*                                  # "45", "1,200", "3.5%"
        | (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty
           |fifty|hundred|thousand|million|billion)s?   # a number word ("tens", "thousands")
        | tens | dozens? )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Who tells it: "according to Bloomberg", "Reuters reported", "the minister told reporters".
_TELLER_AROUND = (r"(?:according\s+to|told|via)\s+(?:the\s+)?", r"\s+(?:said|says|reported|reports|told|wrote|writes)\b")
# A verb's base after "to" or a modal: "(failed) to prevent future gun violence", "could help
# solve disputes" open a verb phrase, not a noun phrase. A "to" after "led", "amounting", "due"
# is a preposition ("led to trade tariffs", "amounting to house arrest").
_NOUN_END = ("tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence", "ship")
_INFINITIVE_BEFORE = r"""
    (?:\b(?:will|would|could|can|should|must|might)         # a modal
    | (?<!\bled)(?<!\blead)(?<!\bleads)(?<!\bdue)(?<!\bowing)(?<!\baccording)(?<!\bsubject)
      (?<!\bclose)(?<!\bnext)(?<!\bprior)(?<!\bup)(?<!ing)   # not a preposition's "to"
      \s\bto)\s+"""


def names_the_stake(topic: str, line: str) -> bool:
    """Whether `topic` (cleaned) may stand before `line` as its label."""
    core = topic[: -len(UNCLEAR)] if topic.endswith(UNCLEAR) else topic
    words = _WORD.findall(core)
    if not words:
        return False
    said = _said_in(core, line)
    if said is None and line.strip():
        return False  # a label the line does not say points the reader at nothing they can see
    return not (
        _told_by(said, line)
        or _opens_on_a_function_word(words)
        or _opens_on_a_verb(words, line)
        or _ends_on_a_verb(words)
        or _is_a_lone_modifier(words, line)
        or all(_NUMBER.match(w) for w in words)
        or _names_a_teller(words)
        or _is_a_date(words)
        or _is_a_bare_place(core, line)
    )


def _said_in(core: str, line: str) -> re.Match[str] | None:
    """Where the line says the label: its words in order, any punctuation between them ("U.S
    Constitution" in "the U.S. Constitution"), the last one perhaps plural ("tax" in "Taxes"); an
    acronym only in capitals ("US" is not "give us time")."""
    parts = re.findall(r"[^\W_]+", core)
    if not parts:
        return None
    acronym = any(len(p) > 1 and p.isupper() for p in parts)
    pattern = r"(?<![^\W_])" + r"[\W_]+".join(map(re.escape, parts)) + r"(?:e?s)?(?![^\W_])"
    return re.search(pattern, line, 0 if acronym else re.IGNORECASE)


def _told_by(said: re.Match[str] | None, line: str) -> bool:
    """ "according to Bloomberg", "the ministry said": the label is who tells it."""
    if said is None:
        return False
    before, after = _TELLER_AROUND
    return bool(
        re.search(before + r"$", line[: said.start()], re.IGNORECASE)
        or re.match(after, line[said.end() :], re.IGNORECASE)
    )


def _opens_on_a_function_word(words: list[str]) -> bool:
    """ "under strain", "without giving details", "has not named": a phrase on a preposition or
    an auxiliary is no noun phrase. An acronym ("US", "WHO") is a name, not a function word."""
    stop = _engine("issue_stopwords")
    return (words[0].lower() in stop and not words[0].isupper()) or any(
        w.lower() in _AUXILIARIES or w.lower().endswith(("n't", "n\u2019t")) or _CONTRACTION.search(w)
        for w in words
    )


def _opens_on_a_verb(words: list[str], line: str) -> bool:
    """ "prevent future gun violence" of "(vowed) to prevent future gun violence": the line says
    the label's first word as a verb after "to" or a modal; "cited security concerns" of "(Algeria
    has) cited security concerns": a past form after an auxiliary or its subject, where "the
    damaged reactors", "an alleged plot" have a participle as an adjective."""
    first = words[0]
    if not first.islower() or len(words) < 2:
        return False
    infinitive = re.search(rf"{_INFINITIVE_BEFORE}{re.escape(first)}\b", line, re.IGNORECASE | re.VERBOSE)
    # not "(ranging) from Taiwan to espionage concerns", nor a noun by its ending ("to pension reform")
    ranged = infinitive and re.search(r"\bfrom\s+(?:\S+\s+){0,5}$", line[: infinitive.start() + 1])
    if infinitive and not ranged and not first.endswith(_NOUN_END):
        return True
    if not (len(first) > 4 and first.endswith("ed") and not first.endswith("eed")):
        return False
    before = re.search(rf"([\w'\u2019-]+)\W+{re.escape(first)}\b", line)
    word = before.group(1).lower() if before else ""
    if word.endswith("ly"):
        return False  # "highly publicized controversies": an adverb before an adjective
    return word in _AUXILIARIES or (word not in _engine("issue_stopwords") and word != "")


def _is_a_lone_modifier(words: list[str], line: str) -> bool:
    """ "political", "presidential": one adjective whose noun the line says right after it."""
    word = words[0]
    if len(words) > 1 or not word.islower() or not word.endswith(_MODIFIER_END):
        return False
    stop = _engine("issue_stopwords")
    after = re.search(rf"(?<![\w-]){re.escape(word)}\s+([a-z][\w-]*)", line)
    return after is not None and after.group(1) not in stop


def _ends_on_a_verb(words: list[str]) -> bool:
    """ "agreed", "quickly", "council rejects", "voters unable": a phrase cut after its verb or an
    adverb names no thing; nor does one with a verb of the third person inside it ("makes
    infrastructure problems", "DPRK constitutes contemporary human")."""
    last = words[-1].lower().rstrip(".")
    ends = _own("label_fragment_ends")
    if last in ends or any(w.lower() in ends and w.lower().endswith("s") for w in words[:-1]):
        return True
    if len(last) > 4 and last.endswith("ly") and last not in _LY_NOUNS:
        return True
    if len(words) > 1 and last.endswith(_ADJECTIVE_END):
        return True
    # "need", "speed", "greed": a short "-eed" is a noun; "agreed", "proceed" are not.
    noun_eed = last.endswith("eed") and len(last) <= 5
    return len(last) > 4 and last.endswith("ed") and not noun_eed and not words[-1][0].isupper()


def _names_a_teller(words: list[str]) -> bool:
    """ "reporters", "spokesman", "president", "state Rep James": who speaks, or a person by
    title, rather than what is disputed."""
    head = words[-1].lower().rstrip(".")
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    # Not every group of `group_heads`: "workers", "voters", "parents" are often who is at stake.
    tellers = _tellers()
    if head in tellers or singular in tellers:
        return True
    titles = _engine("honorifics")
    return any(
        w.lower().rstrip(".") in titles and nxt[:1].isupper() and not nxt.isupper()
        for w, nxt in zip(words, words[1:], strict=False)
    )


@cache
def _tellers() -> frozenset[str]:
    return _own("label_reporting_words") | _engine("role_titles")


def _is_a_date(words: list[str]) -> bool:
    """ "Sunday", "March": when, never what. Only capitalised, so a protest "march" stays."""
    return len(words) == 1 and words[0][:1].isupper() and words[0].lower() in _own("label_times")


def _is_a_bare_place(core: str, line: str) -> bool:
    """A country or city alone, which the line names as where something went or happened; shown
    when the line names it as what the cue is about ("sanctions against Belarus"), or does not
    name it at all (then the label is the reader's only clue to it)."""
    bare = re.sub(r"^the\s+", "", core, flags=re.IGNORECASE)
    low = bare.lower()
    if low not in _engine("countries", "places", "nationalities"):
        return False
    said = re.compile(rf"(?<![\w-]){re.escape(bare)}(?![\w-])")
    if not said.search(line):
        return False
    return not re.search(rf"\b{_STAKE_PREPOSITION}{said.pattern}", line, re.IGNORECASE)
