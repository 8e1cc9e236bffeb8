"""Does the engine's time grow with the text, and no faster, on text a hostile page could hold?

    .venv/bin/python bench/hostile_text.py [--size N]

For each pattern (a run-on sentence of meeting cues, thousands of quotation marks, attributions,
appositives, capitalised words, datelines, long words, courtesy titles, one word of capitals), briefs a text of N and of 4N characters
made by repeating it, and prints both times (the fastest of 3, CPU time) and their ratio: about 4
is linear, 16 quadratic. The dev corpus's longest sentence is 764 characters; these have none.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefs.engine import brief_article  # noqa: E402
from briefs.model import Article  # noqa: E402

PATTERNS = {
    "meeting cues": "met with the President and Prime Minister of ",
    "quotation marks": "\"a \u201c'b ' '' ",
    "attributions": "said X, Y and Z of the Rovers coach ",
    "appositives": "the party's deputy, the firm's chief, ",
    "capitalised words": "Ab Cd Ef Gh's Ij ",
    "courts": "at the Old Crown High Court of ",
    "datelines": "GENEVA SAN JOSE LONDON ",
    "long words": "A" * 50 + ". ",
    "courtesy titles": "If Mr. ",
    "one word of capitals": "Ab-Cd.",
}


def best_of(text: str, runs: int = 3) -> float:
    article = Article(text=text, title="hostile", source="bench")
    times = []
    for _ in range(runs):
        start = time.process_time()
        brief_article(article)
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=8000, help="characters of the smaller text (default 8000)")
    args = parser.parse_args()
    print(f"{'pattern':18} {'N ms':>9} {'4N ms':>9} {'ratio':>6}")
    for name, unit in PATTERNS.items():
        small, large = ((unit * (n // len(unit) + 1))[:n] + "." for n in (args.size, 4 * args.size))
        a, b = best_of(small), best_of(large)
        print(f"{name:18} {a * 1000:9.1f} {b * 1000:9.1f} {b / max(a, 1e-9):6.1f}")


if __name__ == "__main__":
    main()
