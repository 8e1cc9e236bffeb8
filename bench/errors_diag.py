"""Error classes of the key meeting, quote speakers and people roles: counts per class, then the cases.

    .venv/bin/python bench/errors_diag.py [--shared DIR] [--tune | --dev | --heldout | --corpus DIR] [--counts]

For one set (default: the Wikinews tune half, as `quality.py --split` names it; the check half
is refused, so it stays unread) it scores each article by the rules of `bench/scoring.py` and
sorts every miss into a class:

- key meeting: `not-found` (no predicted meeting names two of its participants), `not-first`
  (found, but another meeting comes first), `none-predicted`;
- speakers (matched gold quotes whose speaker is wrong), by how the engine named the speaker
  (`pronoun`, `role-noun` for "the spokesperson", `name`, `none`) and what went wrong
  (`same-entity-form`: an acronym for a spelled-out name or one part of the same name;
  `other-person`; `org-for-person` / `person-for-org`) and how far the speaker's words are from
  the quotation (`same-sentence`, `same-paragraph`, `earlier-paragraph`);
- roles (matched people whose role does not match the gold terms): `no-role`, `wrong-role`,
  `namesake` (the scorer paired the gold person with another person of the same last word).

`--counts` prints the counts only. A diagnostic for rule work, not a score.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from quality import DEFAULT_SHARED, corpus_paths, gold_paths, load_article  # noqa: E402
from scoring import (  # noqa: E402
    last_word,
    maximum_matching,
    meeting_matches,
    quote_matches,
    shares_last_word,
    terms_match,
    tokens,
)

from briefs.engine import brief_article  # noqa: E402

PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them"})


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper()).upper()


def _same_entity_form(predicted: str, gold: str) -> bool:
    """"SDF" for "Syrian Democratic Forces", "Rosselló" for "Ricardo Rosselló Nevares"."""
    p, g = tokens(predicted), tokens(gold)
    if not p or not g:
        return False
    if predicted.isupper() and predicted == _initials(gold) or gold.isupper() and gold == _initials(predicted):
        return True
    return set(p) < set(g) or set(g) < set(p)


def _looks_like_org(name: str) -> bool:
    return name.isupper() or any(
        w.lower() in {"inc", "ministry", "office", "council", "forces", "agency", "company", "motors", "news"}
        for w in name.split()
    )


def speaker_class(text: str, quote: dict, predicted: dict, gold_speaker: str) -> tuple[str, str, str]:
    said_by = predicted.get("speaker") or ""
    span = predicted.get("speaker_span")
    words = text[span[0] : span[1]] if span else ""
    if not said_by:
        form = "none"
    elif words.lower() in PRONOUNS:
        form = "pronoun"
    elif words[:1].islower() or words.split()[:1] in (["The"], ["A"], ["An"]):
        form = "role-noun"
    else:
        form = "name"
    if not said_by:
        what = "no-speaker"
    elif _same_entity_form(said_by, gold_speaker):
        what = "same-entity-form"
    elif _looks_like_org(said_by) and not _looks_like_org(gold_speaker):
        what = "org-for-person"
    elif _looks_like_org(gold_speaker) and not _looks_like_org(said_by):
        what = "person-for-org"
    else:
        what = "other-person"
    if not span:
        distance = "-"
    else:
        q_start = quote["span"][0]
        lo, hi = sorted((span[0], q_start))
        between = text[lo:hi]
        distance = (
            "earlier-paragraph" if "\n" in between.strip() else "same-sentence" if not any(
                c in between for c in ".!?"
            ) else "same-paragraph"
        )
    return form, what, distance


def describe(path: Path, counts: Counter[str], lines: list[str]) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    article = load_article(path.parent / gold["file"])
    brief = brief_article(article).to_dict()
    name = path.name.removesuffix(".gold.json")
    meetings = brief.get("meetings") or []
    for g in gold.get("meetings") or []:
        if not g.get("key"):
            continue
        if not meetings:
            cls = "none-predicted"
        elif meeting_matches(meetings[0], g):
            counts["key meeting: first"] += 1
            continue
        elif any(meeting_matches(p, g) for p in meetings):
            cls = "not-first"
        else:
            cls = "not-found"
        counts[f"key meeting: {cls}"] += 1
        lines.append(f"key meeting {cls:<15} {name}: gold {g['participants']}")
    quotes, gold_quotes = brief.get("quotes") or [], gold.get("quotes") or []
    matching = maximum_matching(
        len(gold_quotes), len(quotes), lambda g, p: quote_matches(quotes[p]["text"], gold_quotes[g]["quote"])
    )
    for g, p in matching.items():
        if shares_last_word(quotes[p].get("speaker"), gold_quotes[g]["speaker"]):
            counts["speaker: right"] += 1
            continue
        form, what, distance = speaker_class(article.text, quotes[p], quotes[p], gold_quotes[g]["speaker"])
        for key in (f"speaker by {form}", f"speaker {what}", f"speaker at {distance}"):
            counts[key] += 1
        lines.append(
            f"speaker {form}/{what}/{distance} {name}: gold {gold_quotes[g]['speaker']!r}"
            f" predicted {quotes[p].get('speaker')!r} :: {gold_quotes[g]['quote'][:60]!r}"
        )
    people, gold_people = brief.get("people") or [], gold.get("people") or []
    pairing = maximum_matching(
        len(gold_people),
        len(people),
        lambda g, p: last_word(people[p].get("name") or "") == last_word(gold_people[g]["name"]) != "",
    )
    for g, p in pairing.items():
        terms = gold_people[g].get("role_terms")
        if not terms:
            continue
        role = people[p].get("role") or ""
        if terms_match(terms, role):
            counts["role: right"] += 1
            continue
        if people[p].get("name") != gold_people[g]["name"] and not _same_entity_form(
            people[p].get("name") or "", gold_people[g]["name"]
        ):
            cls = "namesake"
        else:
            cls = "no-role" if not role else "wrong-role"
        counts[f"role: {cls}"] += 1
        lines.append(f"role {cls:<10} {name}: {gold_people[g]['name']!r} gold {terms} predicted {people[p].get('name')!r}/{role!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--tune", action="store_const", const="wikinews-tune", dest="which")
    group.add_argument("--dev", action="store_const", const="dev", dest="which")
    group.add_argument("--heldout", action="store_const", const="heldout", dest="which")
    group.add_argument("--corpus", type=Path, help="the gold files in DIR (articles beside them)")
    parser.add_argument("--counts", action="store_true", help="the counts per class only")
    args = parser.parse_args(argv)
    counts: Counter[str] = Counter()
    lines: list[str] = []
    paths = corpus_paths(args.corpus) if args.corpus else gold_paths(args.shared, args.which or "wikinews-tune")
    for path in paths:
        describe(path, counts, lines)
    for key in sorted(counts):
        print(f"{counts[key]:>4}  {key}")
    if not args.counts:
        print()
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
