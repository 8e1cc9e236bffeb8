"""Speed of `stories`, `agenda` and `digest` on a library of 10,000 articles, as ratios to
listing the Inbox in the same run (in process, and as `newsbrief` commands end to end).

The library: the corpus articles of bench/stories.py (three outlets per event), repeated with
a numbered tail until there are N of them, published over the last 30 days, each with its
brief cached (briefed once per distinct text; the copies share it with their own text). The
first `stories` call clusters and indexes everything; the figures are for the calls after it,
when the library is up to date (as it is after a refresh), plus one refresh-sized step: 50
new articles indexed.

    .venv/bin/python bench/stories_speed.py [--articles 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from stories import make_set

from briefs import Article, Library, brief_article
from briefs.engine import ENGINE_VERSION
from briefs.export.digest import digest_html, make_digest
from briefs.model import content_hash
from briefs.stories.agenda import agenda_items
from briefs.stories.clusters import list_stories
from briefs.stories.index import update_index

ROOT = Path(__file__).resolve().parents[1]


def _copy(text: str, copy: int) -> str:
    """Copy `copy` of a text: every other longer word marked, so copies are other events."""
    if not copy:
        return text
    return re.sub(r"\b(\w{4,})(\W+\w+)", lambda m: f"{m[1]}q{copy}{m[2]}", text)


def build(lib: Library, n: int, now: dt.datetime) -> None:
    base = make_set(seed=7)
    templates = {}
    for item in base:
        if item["text"] not in templates:
            templates[item["text"]] = brief_article(Article(text=item["text"], title=item["title"]))
    sources = {f: lib.add_source("feed", f"https://{f.lower()}.example/rss", title=f)
               for f in ("Alpha", "Beta", "Gamma")}
    with lib._write() as c:
        for i in range(n):
            item = base[i % len(base)]
            copy = i // len(base)
            text = _copy(item["text"], copy)
            # Copies of one event are spread so that each batch of the set lands in its own week.
            at = now - dt.timedelta(days=30) + dt.timedelta(seconds=(i * 30 * 86400) // n)
            published = at.isoformat(timespec="seconds")
            article = Article(text=text, title=_copy(item["title"], copy), url=f"{item['url']}/{copy}",
                              published=published, source=item["url"])
            brief = templates[item["text"]].to_dict()
            brief["article"] = article.to_dict()
            digest = content_hash(text)
            c.execute(
                """INSERT INTO articles(id, source_id, guid, url, title, source, published, text,
                   content_hash, added, sort_key, state) VALUES (?,?,?,?,?,?,?,?,?,?,?,'unread')""",
                (article.id, sources[item["feed"]], article.url, article.url, article.title,
                 article.source, published, text, digest, published, published),
            )
            c.execute("INSERT INTO briefs(article_id, content_hash, engine, json) VALUES (?,?,?,?)",
                      (article.id, digest, ENGINE_VERSION, json.dumps(brief)))


def timed(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def cli_time(home: Path, *args: str, repeat: int = 3) -> float:
    env = {**os.environ, "NEWSBRIEF_HOME": str(home)}
    exe = str(Path(sys.executable).with_name("newsbrief"))
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run([exe, *args], env=env, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    now = dt.datetime.now(dt.timezone.utc)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        with Library.open(home / "library.sqlite3") as lib:
            t = time.perf_counter()
            build(lib, args.articles, now)
            print(f"library: {args.articles:,} articles with briefs, built in {time.perf_counter() - t:.0f} s")
            t = time.perf_counter()
            update_index(lib)
            first = time.perf_counter() - t
            print(f"first index (cluster all, index every step): {first:.1f} s, "
                  f"{first / args.articles * 1000:.2f} ms per article")
            inbox = timed(lambda: lib.articles("inbox"))
            stories = timed(lambda: list_stories(lib))
            agenda = timed(lambda: agenda_items(lib))
            since = now - dt.timedelta(hours=24)
            digest = timed(lambda: digest_html(make_digest(lib, since=since, now=now)))
            print(f"in process (median of 5): inbox list {inbox * 1000:.0f} ms; "
                  f"stories {stories * 1000:.0f} ms ({stories / inbox:.1f}x); "
                  f"agenda {agenda * 1000:.0f} ms ({agenda / inbox:.1f}x); "
                  f"digest --since 24h {digest * 1000:.0f} ms ({digest / inbox:.1f}x)")
            print(f"  {len(list_stories(lib))} stories, {len(agenda_items(lib))} agenda items")
        c_list = cli_time(home, "list", "--state", "inbox", "--format", "json")
        c_stories = cli_time(home, "stories", "--format", "json")
        c_agenda = cli_time(home, "agenda", "--format", "json")
        c_digest = cli_time(home, "digest", "--since", "24h", "--out", str(home / "d.html"))
        print(f"commands (median of 3, wall): list {c_list:.2f} s; stories {c_stories:.2f} s "
              f"({c_stories / c_list:.1f}x); agenda {c_agenda:.2f} s ({c_agenda / c_list:.1f}x); "
              f"digest {c_digest:.2f} s ({c_digest / c_list:.1f}x)")


if __name__ == "__main__":
    main()
