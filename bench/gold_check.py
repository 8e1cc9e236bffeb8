#!/usr/bin/env python3
"""Check gold briefs against their articles: schema, quotes verbatim, every term group present.

    python3 bench/gold_check.py FOLDER [NAME ...]

Exit status 1 when any gold has a problem; prints one line per problem.
"""
import json
import re
import sys
from pathlib import Path

KEYS = {"id", "file", "title", "published", "note", "summary_terms", "boilerplate_must_not_appear",
        "meetings", "quotes", "acceptable_quotes", "open_issues", "next_steps",
        "acceptable_next_steps", "people"}
REQUIRED = {"id", "file", "summary_terms", "meetings", "quotes", "open_issues", "next_steps", "people"}
QUOTE_MARKS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u201e": '"',
                             "\u00ab": '"', "\u00bb": '"', "\u2032": "'", "\u00a0": " "})


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(QUOTE_MARKS)).strip().lower()


def check(gold_path: Path) -> list[str]:
    problems = []
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"{gold_path.name}: not JSON: {exc}"]
    art = gold_path.parent / gold.get("file", "")
    if not art.is_file():
        return [f"{gold_path.name}: article file {gold.get('file')!r} missing"]
    text = norm(art.read_text(encoding="utf-8"))
    for key in REQUIRED - gold.keys():
        problems.append(f"missing key {key}")
    for key in gold.keys() - KEYS:
        problems.append(f"unknown key {key}")

    def groups(where, value):
        if not isinstance(value, list) or not all(isinstance(g, list) and g for g in value):
            problems.append(f"{where}: terms must be a list of non-empty lists")
            return
        for group in value:
            if not any(norm(str(alt)) in text for alt in group):
                problems.append(f"{where}: no alternative of {group} occurs in the article")

    groups("summary_terms", gold.get("summary_terms", []))
    for i, m in enumerate(gold.get("meetings", [])):
        parts = m.get("participants", [])
        if len(parts) < 2:
            problems.append(f"meetings[{i}]: fewer than two participants")
        for p in parts:
            last = norm(p).split()[-1] if p.strip() else ""
            if last not in text:
                problems.append(f"meetings[{i}]: participant {p!r} (last word) not in article")
        for k in ("place_terms", "when_terms", "duration_terms"):
            if m.get(k):
                groups(f"meetings[{i}].{k}", m[k])
    keys = [m for m in gold.get("meetings", []) if m.get("key")]
    if len(keys) > 1:
        problems.append("more than one key meeting")
    for k in ("quotes", "acceptable_quotes"):
        for i, q in enumerate(gold.get(k, [])):
            if norm(q.get("quote", "")) not in text:
                problems.append(f"{k}[{i}]: quote not verbatim in article: {q.get('quote', '')[:60]!r}")
            if k == "quotes" and not q.get("speaker"):
                problems.append(f"{k}[{i}]: no speaker")
    for k in ("open_issues", "next_steps", "acceptable_next_steps"):
        for i, item in enumerate(gold.get(k, [])):
            if not item.get("label"):
                problems.append(f"{k}[{i}]: no label")
            groups(f"{k}[{i}]", item.get("terms", []))
    for i, p in enumerate(gold.get("people", [])):
        last = norm(p.get("name", "x")).split()[-1]
        if last not in text:
            problems.append(f"people[{i}]: {p.get('name')!r} (last word) not in article")
        if p.get("role_terms"):
            groups(f"people[{i}].role_terms", p["role_terms"])
    if not all(isinstance(s, str) and s for s in gold.get("boilerplate_must_not_appear", [])):
        problems.append("boilerplate_must_not_appear: every entry must be a non-empty string")
    return [f"{gold_path.name}: {p}" for p in problems]


def main() -> int:
    folder = Path(sys.argv[1])
    names = sys.argv[2:]
    paths = [folder / f"{n}.gold.json" for n in names] if names else sorted(folder.glob("*.gold.json"))
    bad = 0
    for path in paths:
        for line in check(path):
            print(line)
            bad += 1
    print(f"{len(paths)} gold file(s) checked, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
