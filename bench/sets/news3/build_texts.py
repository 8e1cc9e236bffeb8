#!/usr/bin/env python3
"""Put the news3 article texts back beside their gold briefs (standard library only).

    python3 bench/sets/news3/build_texts.py GROUND_TRUTH_JSON

GROUND_TRUTH_JSON is `ground-truth.json` of github.com/scrapinghub/article-extraction-benchmark at
commit 11b407d43934becc20873bb3dcd5e3d2591746d3 (a dict of 181 entries keyed by a hash id, each with
`url` and `articleBody`). For every gold `n3-<first 8 characters of the id>.gold.json` here, writes
`n3-<id8>.txt`: the gold's `title` (the writer's headline from the page URL), a blank line, the
`articleBody` as stored (a body that breaks paragraphs with single newlines gets blank lines between
them), and a final newline. Then check with `sha256sum -c SHA256SUMS` in this folder.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def body_text(body: str) -> str:
    if "\n" in body and "\n\n" not in body:
        return "\n\n".join(body.split("\n"))
    return body


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    entries = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    by_short = {full[:8]: entry for full, entry in entries.items()}
    written = 0
    for gold_path in sorted(HERE.glob("n3-*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        short = gold_path.name[3:11]
        entry = by_short.get(short)
        if entry is None:
            print(f"{gold_path.name}: no entry {short}… in {sys.argv[1]}", file=sys.stderr)
            continue
        text = gold["title"] + "\n\n" + body_text(entry.get("articleBody") or "") + "\n"
        (HERE / gold["file"]).write_text(text, encoding="utf-8", newline="")
        written += 1
    print(f"{written} article(s) written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
