"""A learned ranker: how likely a candidate line of the rules is a next step the reader needs.

Logistic regression over cue and shape features of the candidate's sentence (future
and plan words, modals, dates, negation, conflict words, attribution, position, inside
quotes), the common words and word pairs of news, and the candidate's own features
(the rules' score, whether it has a who and a when, its certainty). The weights are data
(`lexicons/ranker.json`, written by `bench/train_ranker.py`); inference is a sparse dot
product in pure Python, summed with `math.fsum` so that it does not depend on the order of
a set. The rules find the candidates and condense each into its line; the ranker decides
on the ones the rules score near their threshold.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
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


@dataclass(frozen=True)
class _Model:
    """One task's weights, split by kind so that scoring builds no feature strings."""

    bias: float
    words: dict[str, float]  # "w:<word>"
    pairs: dict[tuple[str, str], float]  # "b:<a>_<b>"
    other: dict[str, float]  # cue, date, position, length... features by name

    @classmethod
    def of(cls, weights: dict[str, float]) -> _Model:
        words, pairs, other = {}, {}, {}
        for name, weight in weights.items():
            if name.startswith("w:"):
                words[name[2:]] = weight
            elif name.startswith("b:") and "_" in name[2:]:
                a, _, b = name[2:].partition("_")
                pairs[(a, b)] = weight
            elif name != "bias":
                other[name] = weight
        return cls(weights.get("bias", 0.0), words, pairs, other)


# The models in use: the shipped ones unless a benchmark swaps in others (cross-validation).
_override: dict[str, _Model] | None = None


@cache
def _shipped() -> dict[str, _Model]:
    raw = (
        resources.files("briefs.engine.lexicons")
        .joinpath("ranker.json")
        .read_text(encoding="utf-8")
    )
    data = json.loads(raw)
    return {
        name: _Model.of({k: float(v) for k, v in weights.items()})
        for name, weights in data["models"].items()
    }


def use_model(models: dict[str, dict[str, float]] | None) -> None:
    """Score with `models` ({"next_steps": {feature: weight, "bias": b}, ...}) instead of
    the shipped weights; None goes back to them. For benchmarks that cross-validate."""
    global _override
    _override = None if models is None else {k: _Model.of(w) for k, w in models.items()}


_EMPTY = _Model(0.0, {}, {}, {})


def _model(task: str) -> _Model:
    models = _override if _override is not None else _shipped()
    return models.get(task, _EMPTY)


@dataclass(frozen=True)
class _Shape:
    """The cheap features of a sentence: its lower-case words, word pairs, and the rest by name."""

    words: frozenset[str]
    pairs: frozenset[tuple[str, str]]
    other: tuple[str, ...]

    def names(self) -> list[str]:
        return (
            [f"w:{w}" for w in sorted(self.words)]
            + [f"b:{a}_{b}" for a, b in sorted(self.pairs)]
            + list(self.other)
        )

    def logit(self, model: _Model) -> float:
        return math.fsum(
            [model.bias]
            + [model.words.get(w, 0.0) for w in self.words]
            + [model.pairs.get(p, 0.0) for p in self.pairs]
            + [model.other.get(n, 0.0) for n in self.other]
        )


def features(doc: Document, sentence: Sentence, people: PeopleIndex | None) -> list[str]:
    """The binary features of one sentence (names are the keys of the weight file)."""
    return _shape(doc, sentence).names() + _cue_features(doc, sentence, people)


def sentence_logit(
    task: str, doc: Document, sentence: Sentence, people: PeopleIndex | None
) -> float:
    """The model's log-odds that `sentence` is the evidence of a `task` item."""
    model = _model(task)
    cues = _cue_features(doc, sentence, people)
    return _shape(doc, sentence).logit(model) + math.fsum(model.other.get(n, 0.0) for n in cues)


def candidate_logit(
    task: str,
    doc: Document,
    sentence: Sentence,
    people: PeopleIndex | None,
    extra: tuple[str, ...],
) -> float:
    """The model's log-odds that a candidate line from `sentence`, with its own features `extra`
    (named as in the weight file, e.g. "rs:2", "has:when"), is a `task` item."""
    model = _model(task)
    return sentence_logit(task, doc, sentence, people) + math.fsum(
        model.other.get(n, 0.0) for n in extra
    )


def _shape(doc: Document, sentence: Sentence) -> _Shape:
    return _shapes(sentence.text, sentence.index, len(doc.sentences))


def _shapes(text: str, index: int, total: int) -> _Shape:
    """Words, word pairs, position and length: from the sentence alone."""
    # Lower-case words only, numbers as one word: names and figures are the story's topic, and
    # a model that learned them would not carry over to other news.
    words = ["<num>" if w[0].isdigit() else w for w in _TOKEN.findall(text) if not w[0].isupper()]
    other = []
    if any(w in _MODALS for w in words):
        other.append("cue:modal")
    if text.rstrip("\"'\u201d\u2019 ").endswith("?"):
        other.append("shape:question")
    other.append(
        f"pos:{min(index, 3) if index < 4 else ('4-7' if index < 8 else ('8-15' if index < 16 else '16+'))}"
    )
    share = total and index / total
    other.append(f"rel:{min(int(share * 4), 3)}")
    size = len(words)
    other.append(
        f"len:{'<8' if size < 8 else ('8-15' if size < 16 else ('16-30' if size < 31 else '31+'))}"
    )
    return _Shape(frozenset(words), frozenset(zip(words, words[1:], strict=False)), tuple(other))


def _cue_features(doc: Document, sentence: Sentence, people: PeopleIndex | None) -> list[str]:
    """Lexicon cues, dates, negation, attribution, figures, quotation and who is named."""
    text = sentence.text
    out = [
        f"cue:{name}"
        for name in ("step_cues", "step_cues_weak", "issue_cues", "issue_cues_weak", "step_events")
        if phrase_pattern(name).search(text)
    ]
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
    share = quoted_share(doc, sentence.start, sentence.end)
    if share >= 0.5:
        out.append("quote:mostly")
    elif share > 0:
        out.append("quote:some")
    if people is not None:
        kinds = {e.kind for _s, _e, e in people.mentions_between(sentence.start, sentence.end)}
        out += [f"who:{kind}" for kind in sorted(kinds)]
    return out


def score(task: str, feats: list[str]) -> float:
    """The model's log-odds that a sentence with the named features `feats` is the evidence of a
    `task` item (the slow path, by feature name, for benchmarks and tests)."""
    model = _model(task)
    values = [model.bias]
    for name in feats:
        if name.startswith("w:"):
            values.append(model.words.get(name[2:], 0.0))
        elif name.startswith("b:") and "_" in name[2:]:
            a, _, b = name[2:].partition("_")
            values.append(model.pairs.get((a, b), 0.0))
        else:
            values.append(model.other.get(name, 0.0))
    return math.fsum(values)


def probability(task: str, doc: Document, sentence: Sentence, people: PeopleIndex | None) -> float:
    logit = sentence_logit(task, doc, sentence, people)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))
