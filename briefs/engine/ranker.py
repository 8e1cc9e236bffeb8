"""A learned sentence ranker: how likely a sentence is the evidence of an open issue or a next step.

Logistic regression over cue and shape features (future and plan words, modals,
dates, negation, conflict words, attribution, position, inside quotes) and the
common words and word pairs of news. The weights are data (`lexicons/ranker.json`,
written by `bench/train_ranker.py`); inference is a sparse dot product in pure Python.
The rules still condense each chosen sentence into its line.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from .clauses import future_when, past_when, phrase_pattern, quoted_share
from .doc import Document, Sentence

if TYPE_CHECKING:
    from .people import PeopleIndex

_TOKEN = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?|\d+")
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall"})
_NEGATION = re.compile(r"\b(?:not|no|never|none|nor|without|n['\u2019]t|cannot|neither)\b", re.I)
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|tells|added|according to|stated|announced)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PERCENT = re.compile(r"\d\s*(?:%|per\s?cent)", re.I)
_MONEY = re.compile(r"[$\u00a3\u20ac]\s?\d|\b\d+(?:\.\d+)?\s+(?:million|billion|trillion)\b", re.I)

# The model in use: the shipped one unless a benchmark swaps in another (cross-validation).
_override: dict[str, dict[str, float]] | None = None


@cache
def _shipped() -> dict[str, dict[str, float]]:
    raw = (
        resources.files("briefs.engine.lexicons")
        .joinpath("ranker.json")
        .read_text(encoding="utf-8")
    )
    data = json.loads(raw)
    return {
        name: {k: float(v) for k, v in weights.items()} for name, weights in data["models"].items()
    }


def use_model(models: dict[str, dict[str, float]] | None) -> None:
    """Score with `models` ({"open_issues"|"next_steps": {feature: weight, "bias": b}}) instead of
    the shipped weights; None goes back to them. For benchmarks that cross-validate."""
    global _override
    _override = models


def _weights(task: str) -> dict[str, float]:
    models = _override if _override is not None else _shipped()
    return models.get(task, {})


def features(doc: Document, sentence: Sentence, people: PeopleIndex | None) -> list[str]:
    """The binary features of one sentence (names are the keys of the weight file)."""
    text = sentence.text
    # Lower-case words only, numbers as one word: names and figures are the story's topic, and
    # a model that learned them would not carry over to other news.
    words = ["<num>" if w[0].isdigit() else w for w in _TOKEN.findall(text) if not w[0].isupper()]
    out = [f"w:{w}" for w in sorted(set(words))]
    out += [f"b:{a}_{b}" for a, b in sorted(set(zip(words, words[1:], strict=False)))]
    for name in ("step_cues", "step_cues_weak", "issue_cues", "issue_cues_weak", "step_events"):
        if phrase_pattern(name).search(text):
            out.append(f"cue:{name}")
    if any(w in _MODALS for w in words):
        out.append("cue:modal")
    if future_when(text):
        out.append("date:future")
    if past_when(text):
        out.append("date:past")
    if _YEAR.search(text):
        out.append("date:year")
    if _NEGATION.search(text):
        out.append("cue:negation")
    if _ATTRIBUTION.search(text):
        out.append("cue:attribution")
    if _PERCENT.search(text) or _MONEY.search(text):
        out.append("shape:figure")
    if text.rstrip("\"'\u201d\u2019 ").endswith("?"):
        out.append("shape:question")
    index = sentence.index
    out.append(
        f"pos:{min(index, 3) if index < 4 else ('4-7' if index < 8 else ('8-15' if index < 16 else '16+'))}"
    )
    share = len(doc.sentences) and index / len(doc.sentences)
    out.append(f"rel:{min(int(share * 4), 3)}")
    size = len(words)
    out.append(
        f"len:{'<8' if size < 8 else ('8-15' if size < 16 else ('16-30' if size < 31 else '31+'))}"
    )
    quoted = quoted_share(doc, sentence.start, sentence.end)
    if quoted >= 0.5:
        out.append("quote:mostly")
    elif quoted > 0:
        out.append("quote:some")
    if people is not None:
        kinds = {e.kind for _s, _e, e in people.mentions_between(sentence.start, sentence.end)}
        out += [f"who:{kind}" for kind in sorted(kinds)]
    return out


def score(task: str, feats: list[str]) -> float:
    """The model's log-odds that a sentence with `feats` is the evidence of a `task` item."""
    weights = _weights(task)
    return weights.get("bias", 0.0) + sum(weights.get(f, 0.0) for f in feats)


def probability(task: str, doc: Document, sentence: Sentence, people: PeopleIndex | None) -> float:
    logit = score(task, features(doc, sentence, people))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))
