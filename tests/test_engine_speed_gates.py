"""The engine's cheap gates (tests skipped before a costly pattern) skip only what the pattern
would not match: the gated result equals the ungated one, also on case-folding letters."""

from __future__ import annotations

import re

import pytest

from briefs.engine import clauses, people
from briefs.engine.clauses import tidy
from briefs.engine.doc import _BOUNDARY

TRAILING = [
    "The talks will resume next week, the minister said.",
    "The talks will resume next week, the minister SAID on Monday.",
    "The talks will resume next week, the minister \u017faid.",  # long s: IGNORECASE reads "said"
    "The talks will resume next week, the minister told reporters.",
    "The plant will close in May, according to two people briefed on it.",
    "The plant will close in May, ACCORD\u0130NG to two people.",  # dotted capital I reads "i"
    "The plant will close in May \u2014 \u201cwe expect no change\u201d.",
    "The court will rule on Friday.",
]


@pytest.mark.parametrize("line", TRAILING)
def test_tidy_trims_as_without_the_gate(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = tidy(line)
    monkeypatch.setattr(clauses, "_ATTRIBUTION_VERBS", ("",))  # "" is in every tail: always tried
    assert gated == tidy(line)


def test_tidy_trims_an_attribution_spelt_with_a_folding_letter() -> None:
    assert tidy("The talks will resume next week, the minister \u017faid.") == "The talks will resume next week"


@pytest.mark.parametrize(
    "text",
    ["", "NEXT STEPS FOR VETS", "Mr Smith said the vote was close.", "\u00c9lodie \u00e0 Z\u00fcrich \u00df \u00de\u00ff\u0130x", "123 -- !?"],
)
def test_case_counts_counts_each_letter_of_its_class(text: str) -> None:
    lower = sum(1 for c in text if "a" <= c <= "z" or "\u00df" <= c <= "\u00ff")
    upper = sum(1 for c in text if "A" <= c <= "Z" or "\u00c0" <= c <= "\u00de")
    assert clauses.case_counts(text) == (lower, upper)


def test_tokens_are_the_same_when_asked_again() -> None:
    line = "The minister's plan \u2014 three new tolls \u2014 goes to a vote in May."
    assert clauses.tokens(line) == clauses.tokens(line) == (
        "The", "minister's", "plan", "three", "new", "tolls", "goes", "to", "a", "vote", "in", "May",
    )


# The sentence break as first written, with a look-behind: the faster pattern finds the same breaks.
_LOOK_BEHIND_BREAK = re.compile(
    r"""(?<=[.!?])['"\u201d\u2019)\]]*\s+(?=['"`\u201c\u2018(\[]*[A-Z0-9\u00c0-\u024f])"""
)


@pytest.mark.parametrize(
    "text",
    [
        'He left. "Why?" she asked.) Then (A) came!  \u201cNo.\u201d 2 more?! \u00c9t\u00e9.',
        "...A.. B ?. C! !D",
        "U.S. officials met. No. 10 said so.\n\nA new paragraph. Another one.",
    ],
)
def test_sentence_breaks_are_those_of_the_look_behind_pattern(text: str) -> None:
    assert [m.span(1) for m in _BOUNDARY.finditer(text)] == [
        m.span() for m in _LOOK_BEHIND_BREAK.finditer(text)
    ]


@pytest.mark.parametrize("text", ["aBcDe", "ABcDeF byWen Jiabao", "McDonald's MacBook iPhone aB", "\u00e9Ab xYz"])
def test_inner_capitals_are_those_of_the_look_behind_pattern(text: str) -> None:
    assert [m.span() for m in people._INNER_CAPITAL.finditer(text)] == [
        m.span() for m in re.finditer(r"(?<=[a-z])[A-Z][a-z]", text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"We lost," the Turkish midfielder told reporters; bathe the coach said; \u00e9the coach said',
        "the the the 24-year-old Dutch striker added and the French leader, the Chinese president",
        "_the coach said. The coach said. Breathe the Swiss minister said",
    ],
)
def test_description_patterns_match_as_with_a_word_boundary(text: str) -> None:
    for pattern in (people._DESCRIPTION, people._SPEAKING_DESCRIPTION):
        bounded = re.compile(pattern.pattern.replace("the(?<!\\wthe)", "\\bthe", 1), pattern.flags)
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [
            (m.span(), m.groups()) for m in bounded.finditer(text)
        ]


# -- the one shared whole-text scan of the cue lexicons ---------------------------------------

SHARED_TEXTS = [
    "",
    "Officials met for talks on Monday; the talks will resume next week after the summit.",
    # a cue glued to a hyphen or a word is no cue; one inside another's match is hidden
    "Pre-talks and re-talks aside, talks-talks and met with met with officials meeting meetings.",
    "The Council will hold a meeting with ministers ahead of the vote, lawmakers said.\n\nAnalysts expect more.",
    "Critics say it remains unclear whether the plan will be approved, and fears grow.",
    "\u0130STANBUL \u2014 Officials met for talks; the \u0130nquiry will hold a hearing next week.",  # lower() lengthens
    "talks",  # a cue at the text's very start and end
]


def _matchers() -> list[clauses.Phrases]:
    from briefs.engine import issues, meetings, steps  # noqa: F401  (their lexicons join the scan)

    return [
        clauses.phrase_pattern("meeting_cues"),
        clauses.phrase_pattern("meeting_sittings"),
        clauses.phrase_pattern("group_heads"),
        clauses.phrase_union(("issue_cues", "issue_cues_weak")),
        clauses.phrase_union(("step_cues", "step_cues_weak"), steps._SCAN_EXTRA),
        clauses.phrase_pattern("honorifics"),  # not in the shared scan: its own finditer
    ]


@pytest.mark.parametrize("text", SHARED_TEXTS)
def test_shared_scan_spans_are_those_of_finditer(text: str) -> None:
    clauses.clear_caches()
    for matcher in _matchers():
        assert matcher.spans(text) == [(m.start(), m.end()) for m in matcher.finditer(text)]


def test_shared_scan_covers_the_stages_cue_lexicons() -> None:
    shared = clauses._shared_scan()
    assert [m._in_shared(shared) for m in _matchers()] == [True] * 5 + [False]


def test_briefs_in_turn_equal_briefs_alone() -> None:
    """Per-text caches (the shared scan's starts among them) never carry one text into the next."""
    from briefs.engine import brief_article
    from briefs.model import Article

    articles = [Article(text=t * 3, source=f"a{i}") for i, t in enumerate(SHARED_TEXTS[1:5])]
    alone = []
    for article in articles:
        clauses.clear_caches()
        alone.append(brief_article(article).to_dict())
    clauses.clear_caches()
    in_turn = [brief_article(article).to_dict() for article in articles + articles[::-1]]
    assert in_turn == alone + alone[::-1]


@pytest.mark.parametrize(
    "pattern",
    [r"told\s", r"ab?c", r"a|told", r"ourt\s", r"caf\u00e9s?\b", r"(?i)told", r"aa", r"told\s+(?:the\s+)?court",
     r"a[^](]|b", r"a[](]|b"],  # a class opening on "]" then a bracket: the "|" is still top level
)
@pytest.mark.parametrize(
    "text",
    ["", "He told the court: \u201cno\u201d. She told\nthe Court told them.", "aaaa abc ac caf\u00e9s", "\u0130told\ud800 told ",
     "xb ab a( b"],
)
def test_literal_led_triggers_find_the_sentences_finditer_finds(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    prefix = clauses._literal_prefix(compiled)
    expected = [m.start() for m in compiled.finditer(text)]
    clauses.clear_caches()
    if prefix:
        assert clauses._literal_led_starts(compiled, prefix.encode(), text) == expected
    assert all(text.startswith(prefix, at) for at in expected)


@pytest.mark.parametrize(
    "line",
    ["", "the", "In case of difficulties, the captain can", "the captain can\n", "cannot", "we \u017fhould",
     "it is of\n\n", "to be done", "plans and", "A SHOULD"],
)
def test_broken_off_lines_are_those_of_the_whole_line_search(line: str) -> None:
    from briefs.engine import issues

    whole = issues._BROKEN_OFF.search(line)
    tail = issues._broken_off(line)
    assert (whole and whole.span()) == (tail and tail.span())


@pytest.mark.parametrize(
    "text",
    ["", "caf\u00e9 said", "\U0001F600 said \U0001F600", "e\u0301 said e\u0301", "one\r\ntwo said\r\n", "\ud800 said"],
)
def test_ascii_view_keeps_every_offset(text: str) -> None:
    # one byte per character: an astral character, a combining mark, CRLF and a lone surrogate each
    # stand where they stand in the text, so offsets found in the view are offsets of the text
    clauses.clear_caches()
    view = clauses.ascii_view(text)
    assert len(view) == len(text)
    assert [m.start() for m in re.finditer(rb"said", view)] == [m.start() for m in re.finditer("said", text)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No full stop here, the chief has said",
        "Plans must go, the Home Secretary has said. Ana Ruiz said so. Rates rose, a caf\u00e9 owner warned.",
        "\U0001F600 Costs rose, the e\u0301lite minister said today. It was late, the minister said on Monday.",
        "Fine, the mayor said\r\n. Then, the deputy mayor has argued. said. said said.",
        "Mr. Lee met him, the chief claimed last week. Unsaid. Rise, the head has warned yesterday.",
    ],
)
def test_title_has_said_finds_what_finditer_finds(text: str) -> None:
    clauses.clear_caches()
    assert [m.span() for m in people._title_has_said(text)] == [m.span() for m in people._TITLE_HAS_SAID.finditer(text)]


@pytest.mark.parametrize(
    "text",
    ["", "Holt and Vera's chief said", "Ann Holt met Vera", "Mr. Holt", "Mr.\n\nHolt", "HoltMark Holt", "Holt Holt",
     "holt Ann  Holt", "Dr Holt", "\u00c9mile Holt", "Ann" + " " * 300 + "Holt", "Holtz Ann Holt", "a_Ann Holt"],
)
def test_borne_as_surname_is_the_whole_text_search(text: str) -> None:
    clauses.clear_caches()
    for word in ("Holt", "Vera", "olt"):
        expected = people._BORNE_AS_SURNAME.search(text.replace(word, "\0")) is not None
        if "Ann" + " " * 300 in text:
            expected = False  # past the reach: a given name that far before the word is not looked for
        assert people._borne_as_surname(text, word) == expected
