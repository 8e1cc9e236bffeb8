"""A learned filter over the lines the rules choose for open issues and next steps.

Each chosen line is described by features that carry across outlets (its sentence's cue and shape
features from `ranker`, the rules' own weight or score, where the line stands among the article's
lines, how much of it is quoted, who and when it names, its length) and scored by a logistic model
(`lexicons/line_filter.json`, written by `bench/train_filter.py`); a line below the model's
threshold is dropped. With no weights for a task every line is kept.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from .clauses import phrase_pattern, quoted_share, tokens
from .ranker import _Model, features

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .doc import Document
    from .people import PeopleIndex

_LINE_CUES = ("step_cues", "step_cues_weak", "issue_cues", "issue_cues_weak", "step_events")


@dataclass(frozen=True)
class Line:
    """What the filter reads of one chosen line: its evidence span and the rules' word on it.

    `rule` names the rules' own features of the line (e.g. "iw:2", "iq:question" for an issue,
    "rs:3", "cert:likely", "has:when" for a step); `rank` is its place in the rules' order."""

    span: tuple[int, int]
    text: str
    rank: int
    rule: tuple[str, ...]


@dataclass(frozen=True)
class _Setting:
    model: _Model
    threshold: float  # a line scoring at least this is kept
    budget: tuple[int, int] | None = None  # (a, b): the best a + words // b lines are kept (b 0: a)


_override: dict[str, _Setting] | None = None


@cache
def _shipped() -> dict[str, _Setting]:
    raw = resources.files("briefs.engine.lexicons").joinpath("line_filter.json")
    if not raw.is_file():
        return {}
    return _settings(json.loads(raw.read_text(encoding="utf-8"))["models"])


def _settings(models: dict[str, dict]) -> dict[str, _Setting]:
    return {
        task: _Setting(
            _Model.of({k: float(v) for k, v in spec["weights"].items()}),
            float(spec.get("threshold", math.inf if spec.get("budget") else -math.inf)),
            tuple(spec["budget"]) if spec.get("budget") else None,
        )
        for task, spec in models.items()
    }


def use_models(models: dict[str, dict] | None) -> None:
    """Filter with `models` ({"open_issues": {"weights": {...}, "threshold": t, "budget": [a, b]}})
    instead of the shipped ones; {} keeps every line; None goes back to the shipped ones. With a
    budget and no threshold only the budget's lines are kept. For benchmarks."""
    global _override
    _override = None if models is None else _settings(models)


def _setting(task: str) -> _Setting | None:
    models = _override if _override is not None else _shipped()
    return models.get(task)


def line_features(
    doc: Document, people: PeopleIndex | None, lines: Sequence[Line], words: bool = True
) -> list[list[str]]:
    """The features of each chosen line (names are the keys of the weight file). `words=False`
    leaves out the sentence's lower-case words and word pairs (topic words that may not carry)."""
    out = []
    n = len(lines)
    per_sentence: dict[int, int] = {}
    sentences = []
    for line in lines:
        sentence = doc.sentence_at(line.span[0])
        sentences.append(sentence)
        if sentence is not None:
            per_sentence[sentence.index] = per_sentence.get(sentence.index, 0) + 1
    size = doc.word_count
    article = "<300" if size < 300 else ("<500" if size < 500 else ("<900" if size < 900 else "900+"))
    for line, sentence in zip(lines, sentences, strict=True):
        feats: list[str] = []
        if sentence is not None:
            feats = [
                f for f in features(doc, sentence, people) if words or not f.startswith(("w:", "b:"))
            ]
        feats += [f"l{name}" for name in line.rule]
        feats.append(f"lines:{min(n, 8)}")
        feats.append(f"rank:{min(line.rank, 5)}")
        feats.append(f"rankrel:{min(int(3 * line.rank / n), 2)}")
        feats.append(f"art:{article}")
        count = len(tokens(line.text))
        feats.append(f"llen:{'<8' if count < 8 else ('8-15' if count < 16 else ('16-25' if count < 26 else '26+'))}")
        if sentence is not None:
            whole = len(tokens(sentence.text)) or 1
            feats.append(f"lpart:{'whole' if count >= whole else ('most' if count * 2 >= whole else 'part')}")
            if per_sentence[sentence.index] > 1:
                feats.append("lshared")
        share = quoted_share(doc, line.span[0], line.span[1])
        feats.append("lq:mostly" if share >= 0.5 else ("lq:some" if share > 0 else "lq:none"))
        feats += [f"lcue:{name}" for name in _LINE_CUES if phrase_pattern(name).search(line.text)]
        if people is not None and people.mentions_between(line.span[0], line.span[1]):
            feats.append("lwho:named")
        out.append(feats)
    return out


def score(task: str, feats: list[str]) -> float:
    """The filter's log-odds that a line with the named features is credited (0.0 with no model)."""
    setting = _setting(task)
    if setting is None:
        return 0.0
    model = setting.model
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


def kept(task: str, doc: Document, people: PeopleIndex | None, lines: Sequence[Line]) -> list[bool]:
    """Which of the rules' chosen `lines` the filter keeps (all of them with no model for `task`)."""
    setting = _setting(task)
    if setting is None or not lines:
        return [True] * len(lines)
    scores = [score(task, f) for f in line_features(doc, people, lines)]
    keep = [s >= setting.threshold for s in scores]
    if setting.budget is not None:
        a, b = setting.budget
        limit = a + (doc.word_count // b if b else 0)
        # the best `limit` lines by score (ties: the rules' order) stay whatever their score
        for i in sorted(range(len(lines)), key=lambda i: (-scores[i], i))[:limit]:
            keep[i] = True
    return keep
