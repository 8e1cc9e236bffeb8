"""Next steps told with a contraction, round 10: "we'll", "he'll", "they're awaiting" in quotes,
US regional papers, tabloids, sport and business news (straight and curly apostrophes); and the
look-alikes that stay no step (a contraction in a forecast, a habit, a fear, "we'll see").
Written before the engine was run on them; the first-pass rate is in bench/README.md ("Round 10:
next steps across corpora")."""

from __future__ import annotations

import pytest
from step_probe_support import next_steps_in

NEXT_STEPS = (
    '"We\'ll announce the new route map next week," the airline\'s chief executive said.',
    "\u201cWe\u2019ll put the plan to a vote at the March 3 meeting,\u201d the board president said.",
    "\"I'll decide by Friday whether to run for a second term,\" the mayor told reporters.",
    "The coach said he'll name his squad for the World Cup qualifiers on Thursday.",
    "\u201cThey\u2019ll appear in federal court in Newark on Monday,\u201d a prosecutor said.",
    "Officials said they'll reopen the bridge to traffic on Dec. 15.",
    "He's awaiting trial in the county jail on $50,000 bail.",
    "The two men are being held at Rikers Island, where they're awaiting sentencing.",
    "She\u2019s awaiting a ruling on her appeal, which is due next month.",
    "\"We'll file the lawsuit in the coming days,\" the union's lawyer said.",
)

NOT_STEPS = (
    '"We\'ll see what happens," the coach said.',
    "\u201cPrices will rise and people\u2019ll be hurt,\u201d the farmer complained.",
    "Fans say it'll be the hottest ticket in town this summer.",
    "\"You'll find the best tacos on the east side,\" the owner said.",
    "It's the city's oldest church.",
    "He's been awaited in Paris since the morning.",
)


@pytest.mark.parametrize("sentence", NEXT_STEPS)
def test_steps_told_with_a_contraction_are_steps(sentence: str) -> None:
    assert next_steps_in(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_STEPS)
def test_contracted_forecasts_habits_and_wait_and_see_are_not_steps(sentence: str) -> None:
    assert next_steps_in(sentence) == (), sentence
