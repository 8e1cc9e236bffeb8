"""Any text at all gives a brief that round-trips through JSON, with every span inside the text."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefs.engine import brief_article
from briefs.model import Article, Brief

# Words and marks the rules react to, so generated text reaches the interesting paths.
_CUES = [
    "said",
    "met",
    "talks",
    "with",
    "will",
    "would",
    "could",
    "agreed to",
    "plans to",
    "if",
    "whether",
    "on Monday",
    "later in the year",
    "in coming months",
    "about 30 minutes",
    "7-1/2 hours",
    "concerns",
    "unclear",
    "ranging from",
    "to",
    "including",
    "possible trips by",
    "and",
    "Xi Jinping",
    "Antony Blinken",
    "US Secretary of State",
    "Mr.",
    "U.S.",
    "the Great Hall of the People",
    "Beijing",
    "\u201c",
    "\u201d",
    '"',
    "'",
    "\u2019",
    ",",
    ".",
    "?",
    ";",
    " \u2014 ",
    "\n",
    "\n\n",
    "NEXT STEPS",
    "\u00ad",
    "\u0130",
    "\ufb01",
]
_pieces = st.one_of(
    st.sampled_from(_CUES),
    st.text(min_size=1, max_size=12),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=6),
)
_texts = st.lists(_pieces, max_size=120).map(" ".join)


def _spans(brief: Brief) -> list[tuple[int, int]]:
    spans = list(brief.summary.spans)
    spans += [m.span for m in brief.meetings]
    for q in brief.quotes:
        spans.append(q.span)
        if q.speaker_span is not None:
            spans.append(q.speaker_span)
    spans += [i.span for i in brief.open_issues]
    spans += [s.span for s in brief.next_steps]
    return spans


def _check(text: str) -> None:
    brief = brief_article(Article(text=text, source="hypothesis"))
    data = json.loads(json.dumps(brief.to_dict()))
    assert Brief.from_dict(data) == brief
    for start, end in _spans(brief):
        assert 0 <= start <= end <= len(text)
    for step in brief.next_steps:
        assert step.certainty in {"agreed", "planned", "expected", "possible"}


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_any_text_gives_a_brief_that_round_trips(text: str) -> None:
    _check(text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_CUES), min_size=200, max_size=1500).map(" ".join))
def test_huge_paragraphs_of_cue_words_do_not_break_the_engine(text: str) -> None:
    _check(text)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=400))
def test_unicode_junk_and_unclosed_quotes(text: str) -> None:
    _check("\u201c" + text + ' "unclosed ' + text)
