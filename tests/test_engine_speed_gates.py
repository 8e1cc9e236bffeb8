"""The engine's cheap gates (tests skipped before a costly pattern) skip only what the pattern
would not match: the gated result equals the ungated one, also on case-folding letters."""

from __future__ import annotations

import pytest

from briefs.engine import clauses
from briefs.engine.clauses import tidy

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
