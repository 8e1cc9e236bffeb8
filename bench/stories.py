"""Story clustering benchmark: B-cubed precision/recall/F1 and time per added article.

Data (made here, deterministic): ~100 news events from the corpus (wikinews, the dev TempEval
texts, the held-out test fixtures, the seeds), each reported by one to three of three feeds
("Alpha", "Beta", "Gamma") within one week. An outlet's report is a variant of the article
made without paraphrase: its own title (the original, the second paragraph's opening words,
the first sentence's), its own lead and excerpt (the whole text; the text without its lead;
the lead plus the second half), and its own time (the event's hour plus up to 18 h). Related
but different events (two GM stories, two Apple stories, ...) land in the same week.

Scale: a library filled with N synthetic articles (random Zipf words over a year; their
features and keys inserted directly) and then 200 real articles added one by one through the
clusterer; prints the median and 95th percentile time per added article at each N.

    .venv/bin/python bench/stories.py            # quality, then scale at 10,000 and 100,000
    .venv/bin/python bench/stories.py --quality  # quality only
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from briefs import Article, Incoming, Library
from briefs.stories.clusters import Clusterer, features, list_stories

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
WEEK_START = dt.datetime(2024, 3, 4, tzinfo=dt.timezone.utc)
FEEDS = ("Alpha", "Beta", "Gamma")


def events() -> list[tuple[str, str, str]]:
    """(name, title, text) of each news event, in a fixed order."""
    out = []
    for gold in sorted((CORPUS / "wikinews").glob("*.gold.json")):
        data = json.loads(gold.read_text("utf-8"))
        text = (gold.parent / data["file"]).read_text("utf-8")
        lines = text.split("\n")
        if lines and re.match(r"^\w+day, \w+ \d+, \d{4}\s*$", lines[0]):
            text = "\n".join(lines[1:])
        out.append((gold.name, data.get("title") or "", text.strip()))
    for path in sorted((CORPUS / "dev").glob("te3-*.txt")):
        title, _, body = path.read_text("utf-8").partition("\n")
        out.append((path.name, title.strip(), body.strip()))
    for path in sorted((ROOT / "tests" / "fixtures" / "heldout").glob("*.txt")):
        text = path.read_text("utf-8").strip()
        out.append((path.name, text.split("\n")[0][:80], text))
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text("utf-8").strip()
        out.append((path.name, path.stem.replace("-", " "), text))
    return out


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def variants(title: str, text: str, disjoint: bool = False) -> list[tuple[str, str]]:
    paras = _paragraphs(text)
    if len(paras) < 3:
        return [(title, text)]
    half = len(paras) // 2
    second = " ".join(paras[1].split()[:9])
    first_sentence = re.split(r"(?<=[.!?])\s", paras[0])[0]
    if disjoint:  # no paragraph in common between any two reports
        return [
            (title, "\n\n".join(paras[0::3])),
            (second, "\n\n".join(paras[1::3])),
            (" ".join(first_sentence.split()[:12]), "\n\n".join(paras[2::3])),
        ]
    return [
        (title, "\n\n".join(paras)),
        (second, "\n\n".join(paras[1:])),
        (" ".join(first_sentence.split()[:12]), "\n\n".join([paras[0], *paras[half:]])),
    ]


def make_set(seed: int = 11, count: int = 100, disjoint: bool = False) -> list[dict]:
    """The articles the three feeds deliver, with the gold event of each."""
    rng = random.Random(seed)
    chosen = events()[:count]
    items = []
    for n, (name, title, text) in enumerate(chosen):
        takes = variants(title, text, disjoint)
        reports = rng.choices((3, 2, 1), weights=(7, 2, 1))[0]
        feeds = rng.sample(FEEDS, k=min(reports, len(takes)))
        hour = WEEK_START + dt.timedelta(hours=rng.uniform(0, 24 * 6.5))
        for k, feed in enumerate(feeds):
            t_title, t_text = takes[k % len(takes)]
            at = hour + dt.timedelta(hours=rng.uniform(0, 18) if k else 0)
            items.append({"event": n, "name": name, "feed": feed, "title": t_title, "text": t_text,
                          "published": at.isoformat(timespec="seconds"),
                          "url": f"https://{feed.lower()}.example/{n}"})
    items.sort(key=lambda i: i["published"])
    return items


def bcubed(clusters: dict[str, str], gold: dict[str, int]) -> tuple[float, float, float]:
    by_cluster: dict[str, set[str]] = {}
    by_gold: dict[int, set[str]] = {}
    for item, c in clusters.items():
        by_cluster.setdefault(c, set()).add(item)
        by_gold.setdefault(gold[item], set()).add(item)
    p = r = 0.0
    for item, c in clusters.items():
        same = by_cluster[c] & by_gold[gold[item]]
        p += len(same) / len(by_cluster[c])
        r += len(same) / len(by_gold[gold[item]])
    p, r = p / len(clusters), r / len(clusters)
    return p, r, 2 * p * r / (p + r)


def quality(disjoint: bool = False) -> None:
    items = make_set(disjoint=disjoint)
    with tempfile.TemporaryDirectory() as tmp, Library.open(Path(tmp) / "library.sqlite3") as lib:
        sources = {f: lib.add_source("feed", f"https://{f.lower()}.example/rss", title=f) for f in FEEDS}
        gold = {}
        started = time.perf_counter()
        for item in items:  # one by one, as they arrive
            art = Article(text=item["text"], title=item["title"], url=item["url"],
                          published=item["published"], source=item["url"])
            added = lib.add_articles([Incoming(art, guid=item["url"])], sources[item["feed"]])
            for aid in added:  # none when its text is another report's (the library dedups)
                gold[aid] = item["event"]
        stories = list_stories(lib)
        took = time.perf_counter() - started
    clusters = {a.id: s.id for s in stories for a in s.articles}
    p, r, f1 = bcubed(clusters, gold)
    events_n = len({i["event"] for i in items})
    kind = "disjoint excerpts" if disjoint else "overlapping excerpts"
    print(f"set ({kind}): {len(items)} articles, {events_n} events, feeds {', '.join(FEEDS)}")
    print(f"B-cubed precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}  "
          f"({len(stories)} stories; {took:.1f} s with briefing)")
    wrong = [s for s in stories if len({gold[a.id] for a in s.articles}) > 1]
    for s in wrong:
        print("  merged:", [a.title[:50] for a in s.articles])


def _zipf_words(rng: random.Random, vocab: list[str], n: int) -> str:
    return " ".join(vocab[min(int(rng.paretovariate(1.1)) - 1, len(vocab) - 1)] for _ in range(n))


def scale(sizes: list[int]) -> None:
    rng = random.Random(5)
    # Filler words drawn from the corpus's own vocabulary by frequency, so that the filler
    # shares title words and names with the real articles and the lookups do meet it.
    counts: dict[str, int] = {}
    for _name, title, text in events():
        for w in re.findall(r"[A-Za-z']+", f"{title} {text}"):
            counts[w] = counts.get(w, 0) + 1
    vocab = sorted(counts, key=lambda w: -counts[w])
    capitals = [w for w in vocab if w[:1].isupper()]
    names = [f"{capitals[i % len(capitals)]} {capitals[(i * 7 + 3) % len(capitals)]}" for i in range(5_000)]
    real = make_set(seed=3)[:200]
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp, Library.open(Path(tmp) / "library.sqlite3") as lib:
            source = lib.add_source("feed", "https://filler.example/rss", title="Filler")
            start = WEEK_START - dt.timedelta(days=180)
            t0 = time.perf_counter()
            with lib._write() as c:
                for i in range(size):
                    at = (start + dt.timedelta(seconds=rng.uniform(0, 365 * 86400))).isoformat(
                        timespec="seconds")
                    text = _zipf_words(rng, vocab, 300)
                    title = _zipf_words(rng, vocab, 8)
                    f = features(title, text, at, source % 3 + i % 3,
                                 people=rng.sample(names, 2), places=())
                    aid = f"f{i:08d}"
                    c.execute(
                        """INSERT INTO articles(id, source_id, title, text, content_hash, added,
                           sort_key, state) VALUES (?,?,?,?,?,?,?,'unread')""",
                        (aid, source, title, "x", aid, at, at),
                    )
                    c.execute("INSERT INTO story_members(article_id, story_id, at, features) "
                              "VALUES (?,?,?,?)", (aid, f"s-{aid}", at, f.to_json()))
                    c.executemany("INSERT INTO story_keys(key, at, article_id) VALUES (?,?,?)",
                                  [(k, at, aid) for k in f.keys()])
            filled = time.perf_counter() - t0
            times = []
            for n, item in enumerate(real):
                aid = f"r{n:06d}"
                at = item["published"]
                with lib._write() as c:
                    c.execute(
                        """INSERT INTO articles(id, source_id, title, text, content_hash, added,
                           sort_key, state) VALUES (?,?,?,?,?,?,?,'unread')""",
                        (aid, source, item["title"], "x", aid, at, at),
                    )
                    t = time.perf_counter()
                    f = features(item["title"], item["text"], at, FEEDS.index(item["feed"]) + 10)
                    Clusterer(c).assign(aid, f)
                    times.append(time.perf_counter() - t)
            times.sort()
            print(f"library of {size:>7,} articles (filled in {filled:.0f} s): per added article "
                  f"median {statistics.median(times) * 1000:.1f} ms, p95 "
                  f"{times[int(len(times) * 0.95)] * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quality", action="store_true", help="only the clustering quality")
    parser.add_argument("--sizes", default="10000,100000")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"needs the corpus at {CORPUS}")
    quality()
    quality(disjoint=True)
    if not args.quality:
        scale([int(s) for s in args.sizes.split(",")])


if __name__ == "__main__":
    main()
