"""Next steps told with a contraction, round 10: "we'll", "he'll", "they're awaiting" in quotes,
US regional papers, tabloids, sport and business news (straight and curly apostrophes); and the
look-alikes that stay no step (a contraction in a forecast, a habit, a fear, "we'll see").
Written before the engine was run on them; the first-pass rate is in bench/README.md ("Round 10:
next steps across corpora"). The rule that passes them (a lexicon phrase opening with an apostrophe
matched right after its word, "'ll" read as "will", "'s/'re awaiting") was measured on every set
and left out: it cost precision on the outlets set (a duplicate step) and the fixtures (an idiom,
"I'll be honest"), so the probes it would pass are strict xfails naming the gap."""

from __future__ import annotations

import pytest
from step_probe_support import next_steps_in

_CONTRACTED = pytest.mark.xfail(
    strict=True,
    reason="gap: a lexicon phrase opening with an apostrophe (\"'ll\") never matches after its word "
    "(the whole-word lookbehind of clauses.Phrases); the fix was left out (bench/README.md, round 10)",
)


def _gap(sentence: str) -> object:
    return pytest.param(sentence, marks=_CONTRACTED)


NEXT_STEPS = (
    _gap('"We\'ll announce the new route map next week," the airline\'s chief executive said.'),
    _gap("\u201cWe\u2019ll put the plan to a vote at the March 3 meeting,\u201d the board president said."),
    _gap("\"I'll decide by Friday whether to run for a second term,\" the mayor told reporters."),
    _gap("The coach said he'll name his squad for the World Cup qualifiers on Thursday."),
    _gap("\u201cThey\u2019ll appear in federal court in Newark on Monday,\u201d a prosecutor said."),
    "Officials said they'll reopen the bridge to traffic on Dec. 15.",
    _gap("He's awaiting trial in the county jail on $50,000 bail."),
    _gap("The two men are being held at Rikers Island, where they're awaiting sentencing."),
    "She\u2019s awaiting a ruling on her appeal, which is due next month.",
    _gap("\"We'll file the lawsuit in the coming days,\" the union's lawyer said."),
)

NOT_STEPS = (
    '"We\'ll see what happens," the coach said.',
    "\u201cPrices will rise and people\u2019ll be hurt,\u201d the farmer complained.",
    "Fans say it'll be the hottest ticket in town this summer.",
    "\"You'll find the best tacos on the east side,\" the owner said.",
    "It's the city's oldest church.",
    pytest.param(
        "He's been awaited in Paris since the morning.",
        marks=pytest.mark.xfail(
            strict=True, reason="ambiguous: 'awaited' cues an arrival ahead; the probe's reading may be wrong"
        ),
    ),
)


@pytest.mark.parametrize("sentence", NEXT_STEPS)
def test_steps_told_with_a_contraction_are_steps(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_STEPS)
def test_contracted_forecasts_habits_and_wait_and_see_are_not_steps(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence
