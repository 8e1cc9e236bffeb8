"""Scoring rules of `corpus/GOLD_FORMAT.md`: a predicted brief (dict) against a gold brief (dict).

Pure functions, no file access, so tests and `bench/quality.py` share exactly one
reading of the rules. Every section returns integer counts (hits / totals) so
figures can be micro-averaged over articles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

# Curly quotes, primes and guillemets are compared as straight quotes.
_QUOTE_MAP = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
    }
)
_WS = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+(?:'\w+)*")

MAX_ITEM_TOKENS = 40  # an issue or step longer than this is not a condensed line


def normalise(text: str) -> str:
    """Curly quote marks to straight ones, runs of whitespace to one space, trimmed."""
    return _WS.sub(" ", (text or "").translate(_QUOTE_MAP)).strip()


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens of the normalised text."""
    return _TOKEN.findall(normalise(text).lower())


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence of two token lists (O(len(a)*len(b)))."""
    if not a or not b:
        return 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, 1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[j - 1]))
        prev = cur
    return prev[-1]


def quote_matches(predicted: str, gold: str) -> bool:
    """LCS(gold, predicted) / |gold| >= 0.5, and the prediction at most 2x+8 gold tokens."""
    gold_tokens = tokens(gold)
    pred_tokens = tokens(predicted)
    if not gold_tokens or not pred_tokens:
        return False
    if len(pred_tokens) > 2 * len(gold_tokens) + 8:
        return False
    return lcs_length(gold_tokens, pred_tokens) * 2 >= len(gold_tokens)


def terms_match(terms: Sequence[Sequence[str]], text: str) -> bool:
    """Every group has an alternative occurring in `text` (case-insensitive substring).

    An empty term list matches anything: there is nothing to require.
    """
    haystack = normalise(text).lower()
    return all(any(normalise(alt).lower() in haystack for alt in group) for group in terms)


def maximum_matching(n_left: int, n_right: int, edge: Callable[[int, int], bool]) -> dict[int, int]:
    """A maximum bipartite matching (Kuhn's augmenting paths): {left index: right index}.

    Greedy first-fit is not enough: a prediction that could serve two gold items
    must be left to the one nobody else can serve.
    """
    adjacency = [[j for j in range(n_right) if edge(i, j)] for i in range(n_left)]
    right_owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in adjacency[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in right_owner or augment(right_owner[j], seen):
                right_owner[j] = i
                return True
        return False

    for i in range(n_left):
        augment(i, set())
    return {i: j for j, i in right_owner.items()}


def last_word(name: str) -> str:
    words = tokens(name)
    return words[-1] if words else ""


def shares_last_word(predicted_name: str | None, gold_name: str) -> bool:
    """True when the gold name's last word (surname or head noun) is a word of the prediction."""
    word = last_word(gold_name)
    return bool(word) and word in tokens(predicted_name or "")


@dataclass
class Counts:
    """hits / total pairs, keyed by metric name; added up across articles."""

    values: dict[str, list[int]] = field(default_factory=dict)

    def add(self, name: str, hits: int, total: int) -> None:
        pair = self.values.setdefault(name, [0, 0])
        pair[0] += hits
        pair[1] += total

    def merge(self, other: Counts) -> None:
        for name, (hits, total) in other.values.items():
            self.add(name, hits, total)

    def ratio(self, name: str) -> float | None:
        hits, total = self.values.get(name, (0, 0))
        return None if total == 0 else hits / total

    def to_dict(self) -> dict[str, dict[str, Any]]:
        return {
            name: {"hits": hits, "total": total, "ratio": self.ratio(name)}
            for name, (hits, total) in self.values.items()
        }


# -- sections -------------------------------------------------------------------------


def score_quotes(
    predicted: Sequence[dict], gold: Sequence[dict], acceptable: Sequence[dict]
) -> Counts:
    counts = Counts()
    matching = maximum_matching(
        len(gold),
        len(predicted),
        lambda g, p: quote_matches(predicted[p]["text"], gold[g]["quote"]),
    )
    counts.add("recall", len(matching), len(gold))
    matched_preds = set(matching.values())
    good = sum(
        1
        for p, quote in enumerate(predicted)
        if p in matched_preds or any(quote_matches(quote["text"], a["quote"]) for a in acceptable)
    )
    counts.add("precision", good, len(predicted))
    speaker_hits = sum(
        1
        for g, p in matching.items()
        if shares_last_word(predicted[p].get("speaker"), gold[g]["speaker"])
    )
    counts.add("speaker", speaker_hits, len(matching))
    key = [g for g, item in enumerate(gold) if item.get("key")]
    counts.add("key_recall", sum(1 for g in key if g in matching), len(key))
    counts.add(
        "key_speaker",
        sum(
            1
            for g in key
            if g in matching
            and shares_last_word(predicted[matching[g]].get("speaker"), gold[g]["speaker"])
        ),
        len(key),
    )
    return counts


def _participants_named(predicted_meeting: dict, gold_meeting: dict) -> int:
    names = [p.get("name") or "" for p in predicted_meeting.get("participants", [])]
    return sum(
        1
        for gold_name in gold_meeting["participants"]
        if any(shares_last_word(n, gold_name) for n in names)
    )


def meeting_matches(predicted_meeting: dict, gold_meeting: dict) -> bool:
    """At least two gold participants named (by surname/head noun); all of them if fewer."""
    needed = min(2, len(gold_meeting["participants"]))
    return needed > 0 and _participants_named(predicted_meeting, gold_meeting) >= needed


def score_meetings(predicted: Sequence[dict], gold: Sequence[dict]) -> Counts:
    counts = Counts()
    matching = maximum_matching(
        len(gold), len(predicted), lambda g, p: meeting_matches(predicted[p], gold[g])
    )
    counts.add("recall", len(matching), len(gold))
    counts.add("precision", len(matching), len(predicted))
    for g, p in matching.items():
        counts.add(
            "participants", _participants_named(predicted[p], gold[g]), len(gold[g]["participants"])
        )
        for part in ("place", "when", "duration"):
            terms = gold[g].get(f"{part}_terms") or []
            if terms:
                counts.add(part, int(terms_match(terms, predicted[p].get(part) or "")), 1)
    for item in gold:
        if item.get("key"):
            first_ok = bool(predicted) and meeting_matches(predicted[0], item)
            counts.add("key_first", int(first_ok), 1)
            if first_ok:
                counts.add(
                    "key_participants",
                    _participants_named(predicted[0], item),
                    len(item["participants"]),
                )
                for part in ("place", "when", "duration"):
                    terms = item.get(f"{part}_terms") or []
                    if terms:
                        counts.add(
                            f"key_{part}", int(terms_match(terms, predicted[0].get(part) or "")), 1
                        )
    return counts


def item_token_count(item: dict) -> int:
    return len(tokens(item.get("text") or ""))


def issue_haystack(item: dict) -> str:
    return " \n ".join([item.get("text") or "", item.get("topic") or ""])


def step_haystack(item: dict) -> str:
    who = item.get("who") or []
    return " \n ".join([item.get("text") or "", " ; ".join(who), item.get("when") or ""])


def score_items(
    predicted: Sequence[dict],
    gold: Sequence[dict],
    acceptable: Sequence[dict],
    haystack: Callable[[dict], str],
) -> Counts:
    """Open issues or next steps: terms against the item's fields, one-to-one, 40-token cap."""
    counts = Counts()
    texts = [
        haystack(item) if item_token_count(item) <= MAX_ITEM_TOKENS else None for item in predicted
    ]

    def ok(terms: Sequence[Sequence[str]], p: int) -> bool:
        text = texts[p]
        # An item with no terms cannot be checked; it matches nothing rather than everything.
        return text is not None and bool(terms) and terms_match(terms, text)

    matching = maximum_matching(len(gold), len(predicted), lambda g, p: ok(gold[g]["terms"], p))
    counts.add("recall", len(matching), len(gold))
    matched_preds = set(matching.values())
    good = sum(
        1
        for p in range(len(predicted))
        if p in matched_preds or any(ok(a["terms"], p) for a in acceptable)
    )
    counts.add("precision", good, len(predicted))
    counts.add("over_40_tokens", sum(1 for t in texts if t is None), len(predicted))
    return counts


def score_people(predicted: Sequence[dict], gold: Sequence[dict]) -> Counts:
    counts = Counts()

    def same(g: int, p: int) -> bool:
        return last_word(predicted[p].get("name") or "") == last_word(gold[g]["name"]) != ""

    matching = maximum_matching(len(gold), len(predicted), same)
    counts.add("recall", len(matching), len(gold))
    with_roles = [(g, p) for g, p in matching.items() if gold[g].get("role_terms")]
    counts.add(
        "role",
        sum(
            1
            for g, p in with_roles
            if terms_match(gold[g]["role_terms"], predicted[p].get("role") or "")
        ),
        len(with_roles),
    )
    return counts


def score_summary(predicted: dict, terms: Sequence[Sequence[str]]) -> Counts:
    counts = Counts()
    text = predicted.get("text") or ""
    counts.add("terms", sum(1 for group in terms if terms_match([group], text)), len(terms))
    if terms:
        counts.add("all_terms", int(terms_match(terms, text)), 1)
    return counts


def brief_strings(brief: dict) -> str:
    """Every string anywhere in the brief (article text and title included), joined."""
    out: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    walk(brief)
    return "\n".join(out)


def score_boilerplate(brief: dict, must_not_appear: Sequence[str]) -> Counts:
    counts = Counts()
    everything = normalise(brief_strings(brief)).lower()
    absent = sum(1 for s in must_not_appear if normalise(s).lower() not in everything)
    counts.add("absent", absent, len(must_not_appear))
    # The same check without the article body: tells extraction failures from engine ones.
    items = {k: v for k, v in brief.items() if k != "article"}
    outside = normalise(brief_strings(items)).lower()
    counts.add(
        "absent_from_items",
        sum(1 for s in must_not_appear if normalise(s).lower() not in outside),
        len(must_not_appear),
    )
    return counts


SECTIONS = ("summary", "meetings", "quotes", "open_issues", "next_steps", "people", "boilerplate")


def score_brief(brief: dict, gold: dict) -> dict[str, Counts]:
    """All sections of one predicted brief (as `Brief.to_dict()`) against its gold brief."""
    return {
        "summary": score_summary(brief.get("summary") or {}, gold.get("summary_terms") or []),
        "meetings": score_meetings(brief.get("meetings") or [], gold.get("meetings") or []),
        "quotes": score_quotes(
            brief.get("quotes") or [], gold.get("quotes") or [], gold.get("acceptable_quotes") or []
        ),
        "open_issues": score_items(
            brief.get("open_issues") or [],
            gold.get("open_issues") or [],
            gold.get("acceptable_open_issues") or [],
            issue_haystack,
        ),
        "next_steps": score_items(
            brief.get("next_steps") or [],
            gold.get("next_steps") or [],
            gold.get("acceptable_next_steps") or [],
            step_haystack,
        ),
        "people": score_people(brief.get("people") or [], gold.get("people") or []),
        "boilerplate": score_boilerplate(brief, gold.get("boilerplate_must_not_appear") or []),
    }


def load_gold(text: str) -> dict:
    return json.loads(text)
