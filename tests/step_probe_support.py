"""The checks the next-step probe files share: the steps of a text, and whether a story gives the
steps a reader lists and none of its background."""

from __future__ import annotations

from engine_support import analysed

from briefs.engine.steps import find_next_steps
from briefs.model import NextStep


def next_steps_in(text: str) -> tuple[NextStep, ...]:
    doc, people = analysed(text + "\n")
    return find_next_steps(doc, people)


def _haystack(step: NextStep) -> str:
    return " ".join([step.text, " ".join(step.who), step.when or ""]).lower()


def assert_story_steps(text: str, wanted: tuple[tuple[str, ...], ...], unwanted: tuple[str, ...]) -> None:
    """Every `wanted` group of terms is held by one step (its text, who or when), and no step
    holds an `unwanted` word."""
    steps = next_steps_in(text)
    lines = [_haystack(s) for s in steps]
    missing = [terms for terms in wanted if not any(all(t.lower() in line for t in terms) for line in lines)]
    wrong = [word for word in unwanted if any(word.lower() in line for line in lines)]
    assert not missing and not wrong, (missing, wrong, [s.text for s in steps])
