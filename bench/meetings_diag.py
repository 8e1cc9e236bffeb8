"""Per article, the gold meetings beside the engine's: what a meeting rule misses or adds.

    .venv/bin/python bench/meetings_diag.py [--shared DIR] [--heldout | --wikinews | --tune | --dev]
        [--corpus DIR] [--misses]

For every gold file of the chosen set it prints the gold meetings (key first,
participants, place/when terms), the predicted meetings in order (participants,
cue, evidence), whether each gold meeting is matched and whether the key one
comes first, and the article's first sentence (where a key event is named). A predicted
meeting that matches no gold one is marked FALSE. `--corpus DIR` takes a folder of gold
files beside their articles (as `quality.py --corpus`, e.g. bench/sets/pool4).
`--tune` takes only the Wikinews tune half (even places in name order, as
`quality.py --split`), so the check half stays unread. `--misses` prints only articles whose key meeting is not first or whose gold
meetings are not all matched. A diagnostic for rule work, not a score.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from quality import DEFAULT_SHARED, add_set_options, corpus_paths, gold_paths, load_article  # noqa: E402
from scoring import meeting_matches  # noqa: E402

from briefs.engine import brief_article  # noqa: E402


def describe(path: Path, misses_only: bool) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    gold_meetings = gold.get("meetings") or []
    article = load_article(path.parent / gold["file"])
    predicted = brief_article(article).to_dict().get("meetings") or []
    matched = [any(meeting_matches(p, g) for p in predicted) for g in gold_meetings]
    key_ok = [
        bool(predicted) and meeting_matches(predicted[0], g) for g in gold_meetings if g.get("key")
    ]
    false = [not any(meeting_matches(p, g) for g in gold_meetings) for p in predicted]
    if misses_only and all(matched) and all(key_ok) and not any(false):
        return
    print(f"\n### {path.name.removesuffix('.gold.json')}")
    first = " ".join(article.text.split())[:300]
    print(f"  lead: {first}")
    for g, ok in zip(gold_meetings, matched, strict=True):
        key = "KEY " if g.get("key") else ""
        print(
            f"  gold {key}{'ok ' if ok else 'MISS'} {g['participants']}"
            f" place={g.get('place_terms')} when={g.get('when_terms')}"
        )
    for i, (p, wrong) in enumerate(zip(predicted, false, strict=True)):
        names = [x.get("name") for x in p.get("participants", [])]
        evidence = " ".join(str(p.get("text") or "").split())[:160]
        print(f"  pred {i} {'FALSE ' if wrong else ''}{names} place={p.get('place')} when={p.get('when')} | {evidence}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    add_set_options(parser)
    parser.add_argument("--corpus", type=Path, help="a folder of gold files beside their articles")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    if args.corpus is not None:
        paths = corpus_paths(args.corpus)
    else:
        paths = gold_paths(args.shared, args.which or "wikinews")
    for path in paths:
        describe(path, args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
