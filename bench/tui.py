"""How the reader feels on a big library: first paint and key latency over 10,000 articles.

Builds (once, cached under the temp dir) a library of synthetic but realistic
articles, opens the real app headless with Pilot, and times real key events:
`j`, `enter`, `d`, and `/` (open search, clear, type a query, enter). A key's
latency runs from posting the key event to the screen having processed every
message and painted (Pilot's own idle heuristics, which sleep, are left out).
The library is indexed (stories, agenda) when built, as it is after a refresh.

    .venv/bin/python bench/tui.py [--articles 10000] [--presses 200] [--size 200x50] [--sources 1000]
    .venv/bin/python bench/tui.py --views [--rounds 20]   # v into each view, as ratios to the Inbox
    .venv/bin/python bench/tui.py --launch [--rounds 5] [--old DIR] [--sources 1000]   # the installed command vs newsboat
    .venv/bin/python bench/tui.py --during-refresh [--feeds 1000 --items 20]   # keys while R runs

`--articles 100000` (a multiple of 10,000 above it) builds 1,000 feeds x 100 from copies of the
10,000 in SQL. The cached libraries are never opened by the code under test: each run works on
a copy, so an older checkout (`PYTHONPATH=<its folder>`) can be measured on the same data.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shlex
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path

# This file is bench/tui.py: its folder must not shadow the `tui` package.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from textual import events  # noqa: E402
from textual.pilot import Pilot  # noqa: E402
from textual.widgets import Input  # noqa: E402

from briefs import Article, Library, RefreshReport, resolve_home, update_index  # noqa: E402
from tui.app import NewsbriefApp  # noqa: E402
from tui.reader import ReaderScreen  # noqa: E402

CACHE_VERSION = 2  # 2: indexed (stories, agenda) when built

PEOPLE = [
    ("Prime Minister", "Elena Marsh"), ("Foreign Minister", "Jonas Weber"),
    ("Treasury Secretary", "Ruth Okafor"), ("union leader", "Samir Haddad"),
    ("Mayor", "Lucia Ferreira"), ("Health Secretary", "Daniel Price"),
    ("central bank governor", "Mei Tanaka"), ("opposition leader", "Arthur Lindqvist"),
    ("police chief", "Grace Mbeki"), ("Commerce Secretary", "Victor Alvarez"),
]
PLACES = ["Brussels", "Nairobi", "Ottawa", "Jakarta", "Lima", "Warsaw", "Seoul", "Cairo", "Oslo", "Quito"]
TOPICS = [
    ("budget", "the budget deficit"), ("strike", "the rail strike"), ("trade", "steel tariffs"),
    ("climate", "the emissions target"), ("housing", "rent controls"), ("health", "hospital waiting lists"),
    ("energy", "gas prices"), ("election", "the election date"), ("water", "the drought plan"),
    ("transport", "the new metro line"),
]
VERBS = ["met", "held talks with", "sat down with", "spoke by phone with"]
SOURCES = ["Daily Ledger", "Morning Wire", "The Courier", "Harbour Times", "City Desk",
           "World Report", "Evening Post", "Regional News"]


def synthetic_article(n: int, rng: random.Random, now: datetime) -> tuple[Article, str]:
    (role_a, name_a), (role_b, name_b) = rng.sample(PEOPLE, 2)
    place = rng.choice(PLACES)
    key, topic = rng.choice(TOPICS)
    title = (f"{name_a.split()[-1]} and {name_b.split()[-1]} clash over {topic} in {place}"
             if n % 3 else f"{place} talks on {topic} end without a deal ({n})")
    paragraphs = [
        f"{role_a} {name_a} {rng.choice(VERBS)} {role_b} {name_b} in {place} on Monday for about "
        f"{rng.choice([20, 30, 45, 90])} minutes, as pressure grew over {topic}.",
        f"\"We have made progress, but the hard part is still ahead of us,\" {name_a} told reporters "
        f"after the meeting. \"Nobody should expect a deal this week.\"",
        f"{name_b.split()[-1]} said the talks were \"frank and useful\" but warned that "
        f"{topic} remained unresolved and that there was \"no room for compromise\" on the main demand.",
        f"Officials said a second round of talks would take place in {rng.choice(PLACES)} later this "
        f"month, and {name_a.split()[-1]} is expected to visit {rng.choice(PLACES)} in the coming weeks.",
        " ".join(
            f"Analysts said the dispute over {topic} had {rng.choice(['deepened', 'eased', 'stalled'])} "
            f"since the {rng.choice(['spring', 'summer', 'autumn'])}, with {rng.randint(2, 40)} "
            f"percent of voters calling it their main concern."
            for _ in range(rng.randint(2, 6))
        ),
        f"It is not clear whether {name_b} will attend the summit, and no date has been announced.",
    ]
    published = (now - timedelta(minutes=7 * n + rng.randint(0, 6))).isoformat(timespec="seconds")
    article = Article(text="\n\n".join(paragraphs), title=title, source=f"bench/{n}",
                      url=f"https://news.example/{key}/{n}", published=published)
    return article, rng.choice(SOURCES)


def fresh_library(folder: Path, count: int, sources: int | None = None) -> Path:
    """A private copy of the cached library (the run archives and reads articles in it)."""
    built = library_home(folder, count, sources)
    copy = Path(tempfile.mkdtemp(prefix="newsbrief-bench-run-"))
    shutil.copy2(resolve_home(built).library_file, resolve_home(copy).library_file)
    with Library.open(resolve_home(copy).library_file):
        pass  # brought to this version's schema before the clock starts, as after an upgrade
    return copy


def build_library(folder: Path, count: int) -> Path:
    """A library of `count` articles under `folder` (reused when already built)."""
    home = resolve_home(folder / f"home-{count}-v{CACHE_VERSION}")
    ready = home.data_dir / "ready"
    if ready.exists():
        return home.data_dir
    rng = random.Random(20240611)
    now = datetime.now(timezone.utc)
    started = time.perf_counter()
    with Library.open(home.library_file) as library:
        ids = {name: library.add_source("feed", f"https://{name.lower().replace(' ', '-')}.example/rss",
                                        title=name) for name in SOURCES}
        batch: dict[str, list[Article]] = {name: [] for name in SOURCES}
        for n in range(count):
            article, source = synthetic_article(n, rng, now)
            batch[source].append(article)
        for name, articles in batch.items():
            library.add_articles(articles, source_id=ids[name])
        library.set_setting("seeded", True)
        indexing = time.perf_counter()
        update_index(library)  # briefs every article, clusters stories, reads next steps
        print(f"indexed (briefs, stories, agenda) in {time.perf_counter() - indexing:.1f} s", file=sys.stderr)
        library._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # one file to copy
    ready.write_text("ok")
    print(f"built a library of {count} articles in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return home.data_dir


BIG_STEP = 10_000  # a bigger library is made of copies of the 10,000 (1,000 feeds x 100)
BIG_FEEDS_PER_COPY = 100


def library_home(folder: Path, count: int, sources: int | None = None) -> Path:
    """The cached library of `count` articles (a multiple of 10,000 above it: copies); with
    `sources`, the same articles dealt round that many feeds (see `spread_library`)."""
    built = build_library(folder, count) if count <= BIG_STEP else build_big_library(folder, count)
    return built if sources is None else spread_library(folder, built, count, sources)


def spread_library(folder: Path, built: Path, count: int, sources: int) -> Path:
    """A copy of the library at `built` whose articles are dealt round `sources` feeds (a heavy
    user's 1,000 feeds instead of the synthetic 8), for `--launch --sources`: a reader and
    newsboat both pay per feed at start."""
    home = resolve_home(folder / f"home-{count}-s{sources}-v{CACHE_VERSION}")
    ready = home.data_dir / "ready"
    if ready.exists():
        return home.data_dir
    home.data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy2(resolve_home(built).library_file, home.library_file)
    conn = sqlite3.connect(home.library_file, isolation_level=None)
    conn.execute("BEGIN")
    old_sources = [r[0] for r in conn.execute("SELECT id FROM sources")]
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    conn.executemany("INSERT INTO sources(kind, location, title, added) VALUES ('feed', ?, ?, ?)",
                     [(f"https://spread-{n:04d}.example/rss", f"Feed {n:04d}", now) for n in range(sources)])
    first = conn.execute("SELECT MIN(id) FROM sources WHERE location LIKE 'https://spread-%'").fetchone()[0]
    conn.execute(f"UPDATE articles SET source_id = ? + rowid % {int(sources)}", (first,))
    conn.executemany("DELETE FROM sources WHERE id = ?", [(i,) for i in old_sources])
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    ready.write_text("ok")
    return home.data_dir


def build_big_library(folder: Path, count: int) -> Path:
    """`count` articles (a multiple of 10,000) in 1,000 feeds x 100 per 100,000, made in SQL from
    copies of the indexed 10,000 (each copy 70,000 minutes older, its own ids, links and story
    ids, its stories and next steps indexed as the original's): built in a minute or two, where
    briefing 100,000 articles would take hours. Briefs stay cached for the first 10,000 only."""
    if count % BIG_STEP:
        raise SystemExit(f"--articles above {BIG_STEP} must be a multiple of {BIG_STEP}")
    home = resolve_home(folder / f"home-{count}-v{CACHE_VERSION}")
    ready = home.data_dir / "ready"
    if ready.exists():
        return home.data_dir
    started = time.perf_counter()
    base = resolve_home(build_library(folder, BIG_STEP)).library_file
    home.data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy2(base, home.library_file)
    copies = count // BIG_STEP
    conn = sqlite3.connect(home.library_file, isolation_level=None)
    conn.execute("BEGIN")
    old_sources = [r[0] for r in conn.execute("SELECT id FROM sources")]
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    conn.executemany("INSERT INTO sources(kind, location, title, added) VALUES ('feed', ?, ?, ?)",
                     [(f"https://feed-{n:04d}.example/rss", f"Feed {n:04d}", now)
                      for n in range(1, copies * BIG_FEEDS_PER_COPY + 1)])
    first_feed = conn.execute("SELECT MIN(id) FROM sources WHERE location LIKE 'https://feed-%'").fetchone()[0]
    columns = ("guid, url, title, source, published, byline, text, summary, content_hash, summary_hash, "
               "added, updated, sort_key, state, saved_path")
    last_original = conn.execute("SELECT MAX(rowid) FROM articles").fetchone()[0]
    for i in range(1, copies):
        shift = f"'-{i * 70_000} minutes'"
        conn.execute(f"""
            INSERT INTO articles(id, {columns})
            SELECT id || '-{i}', guid || '-{i}', url || '?copy={i}', title, source,
                   strftime('%Y-%m-%dT%H:%M:%S+00:00', published, {shift}), byline, text, summary,
                   content_hash || '{i}', summary_hash, added, updated,
                   strftime('%Y-%m-%dT%H:%M:%S+00:00', sort_key, {shift}), state, saved_path
            FROM articles WHERE rowid <= ? ORDER BY rowid""", (last_original,))
        conn.execute(f"""INSERT INTO story_members(article_id, story_id, at, features)
                         SELECT article_id || '-{i}', story_id || '-{i}', at, features FROM story_members
                         WHERE article_id NOT LIKE '%-%'""")
        conn.execute(f"""INSERT INTO step_sources(article_id, content_hash, engine)
                         SELECT article_id || '-{i}', content_hash || '{i}', engine FROM step_sources
                         WHERE article_id NOT LIKE '%-%'""")
        conn.execute(f"""INSERT INTO steps(article_id, seq, text, who, "when", date, day, day_end, certainty,
                                           norm, span_start, span_end)
                         SELECT article_id || '-{i}', seq, text, who, "when", date, day, day_end, certainty,
                                norm, span_start, span_end FROM steps WHERE article_id NOT LIKE '%-%'""")
    conn.execute("CREATE TEMP TABLE place(r INTEGER PRIMARY KEY, n INTEGER)")
    conn.execute("INSERT INTO place SELECT rowid, row_number() OVER (ORDER BY rowid) - 1 FROM articles")
    conn.execute(f"UPDATE articles SET source_id = ? + (SELECT n FROM place WHERE r = articles.rowid) "
                 f"/ {BIG_STEP // BIG_FEEDS_PER_COPY}", (first_feed,))
    conn.executemany("DELETE FROM sources WHERE id = ?", [(i,) for i in old_sources])
    conn.execute("INSERT INTO articles_fts(rowid, title, text) SELECT rowid, title, text FROM articles "
                 "WHERE rowid > ?", (last_original,))
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    ready.write_text("ok")
    print(f"built a library of {count} articles in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return home.data_dir


async def key(pilot: Pilot, name: str, character: str | None = None,
              until: Callable[[], bool] | None = None) -> float:
    """Post one real key event; seconds until every message is handled and the screen painted.

    With `until`, the clock stops as soon as `until()` holds and the screen is painted
    (for a search: its first screenful is shown while the rest of a long result loads).
    """
    app = pilot.app
    started = time.perf_counter()
    event = events.Key(name, character)
    event.set_sender(app)
    assert app._driver is not None
    app._driver.send_message(event)
    await asyncio.sleep(0)  # let the driver hand the event to the app's queue
    await drain(pilot, until)
    app.screen._on_timer_update()
    return time.perf_counter() - started


async def drain(pilot: Pilot, until: Callable[[], bool] | None = None) -> None:
    """Wait until no queue of the app or its screen holds a message (bubbling takes several hops).

    With `until`, wait for that too: the work may be in a thread worker (a search),
    which leaves the queues empty while it runs.
    """
    app = pilot.app
    deadline = time.perf_counter() + 30
    while True:
        for _ in range(50):
            await pilot._wait_for_screen()
            if until is not None and until():
                return
            nodes = [app, *app.screen.walk_children(with_self=True)]
            if not any(node._message_queue.qsize() for node in nodes):
                break
        if until is None or until() or time.perf_counter() > deadline:
            return
        await asyncio.sleep(0.001)


def summary(label: str, samples: Sequence[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    return (f"{label:<28} n={len(ms):<4} median {statistics.median(ms):7.1f} ms   "
            f"p95 {p95:7.1f} ms   worst {ms[-1]:7.1f} ms")


def memory(when: str) -> str:
    """This process's resident memory now and at its peak (since the library was built)."""
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    now, peak = (int(status[k].split()[0]) / 1024 for k in ("VmRSS", "VmHWM"))
    return f"resident memory {when}: {now:.0f} MB (peak {peak:.0f} MB)"


async def walk_to_the_end(pilot: Pilot) -> None:
    """G to the last row and g back, timed, with the memory after each."""
    screen = pilot.app.screen
    assert isinstance(screen, ReaderScreen)
    last = await key(pilot, "G", "G")
    print(f"G (to row {screen.table.cursor_row + 1}): {last * 1000:.0f} ms; " + memory("after G"))
    first = await key(pilot, "g", "g")
    print(f"g (back to the top): {first * 1000:.0f} ms; rows held by the list: {getattr(screen.table, 'rows_held', 'all')}")
    await pilot.pause(0.5)
    await pilot.app.workers.wait_for_complete()


async def sources_and_refresh_end(pilot: Pilot, screen: ReaderScreen, started: float, library_file: Path) -> None:
    """When the sidebar holds every source, and what a refresh's end costs the UI thread: every
    source's count moved (half the articles unread again, from another connection), then the
    reader takes in a finished refresh (the list, the counts and the sources read again)."""
    conn = sqlite3.connect(library_file, isolation_level=None)
    sources = conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0]
    while screen.sidebar.option_count < sources:
        await asyncio.sleep(0.001)
    print(f"the sidebar holds its {sources} sources {(time.perf_counter() - started) * 1000:.0f} ms after "
          "the app was created")
    await pilot.pause(0.5)
    await pilot.app.workers.wait_for_complete()
    conn.execute("UPDATE articles SET state = CASE WHEN rowid % 2 THEN 'unread' ELSE 'read' END")
    unread = conn.execute("SELECT COUNT(*) FROM articles WHERE state = 'unread'").fetchone()[0]
    conn.close()
    stalls = Stalls()
    stalls.start()
    await asyncio.sleep(0.05)
    posted = time.perf_counter()
    screen.post_message(ReaderScreen.RefreshFinished(RefreshReport(())))
    status = screen.query_one("#status")
    deadline = posted + 60
    while not ("Refreshed" in str(status.render()) and screen.counts.get("unread") == unread
               and getattr(getattr(screen, "writer", None), "idle", True)) and time.perf_counter() < deadline:
        await asyncio.sleep(0.001)
    await drain(pilot)
    taken = time.perf_counter() - posted
    await asyncio.sleep(0.05)
    stalls.stop()
    longest = max((gap for _at, gap in stalls.gaps), default=0.0)
    print(f"a refresh's end ({sources} sources, every count moved): taken in {taken * 1000:.0f} ms after "
          f"the message; the UI thread's longest stall {longest * 1000:.0f} ms")
    await pilot.app.workers.wait_for_complete()


async def run(count: int, presses: int, size: tuple[int, int], folder: Path, sources: int | None = None) -> int:
    home = resolve_home(fresh_library(folder, count, sources))
    Path("/proc/self/clear_refs").write_text("5")  # the peak counts from here: building is not the reader
    started = time.perf_counter()
    app = NewsbriefApp(home)
    async with app.run_test(size=size) as pilot:
        while not (isinstance(app.screen, ReaderScreen) and app.screen.table.row_count):
            await asyncio.sleep(0.001)
        await pilot._wait_for_screen()
        app.screen._on_timer_update()
        first_paint = time.perf_counter() - started
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        rows = screen.table.row_count
        print(f"first paint of the list ({rows} rows, {size[0]}x{size[1]}): {first_paint * 1000:.0f} ms")
        while not screen.table.fully_loaded:
            await asyncio.sleep(0.005)
        print(f"every row in the table ({screen.table.row_count}): "
              f"{(time.perf_counter() - started) * 1000:.0f} ms")
        print(memory("after the first paint"))
        await sources_and_refresh_end(pilot, screen, started, home.library_file)
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
        await walk_to_the_end(pilot)

        j = [await key(pilot, "j", "j") for _ in range(presses)]
        print(summary("j (next)", j))

        enter = []
        for _ in range(presses):
            # From the list, as a reader does: enter moved focus to the reading pane, q goes back.
            if not screen.table.has_focus:
                await key(pilot, "q", "q")
            await key(pilot, "j", "j")
            enter.append(await key(pilot, "enter"))
        if not screen.table.has_focus:
            await key(pilot, "q", "q")
        assert app.is_running
        print(summary("enter (open, marks read)", enter))

        await key(pilot, "g", "g")
        done = [await key(pilot, "d", "d") for _ in range(presses)]
        print(summary("d (done: archive + next)", done))

        rng = random.Random(7)
        words = [w for _, topic in TOPICS for w in topic.split() if len(w) > 3] + PLACES
        search, opening, typing, applying = [], [], [], []
        stalls: list[tuple[object, ...]] = []
        for _ in range(presses):
            query = rng.choice(words).lower()
            # A reader looks at the results before searching again: the rest of a long
            # result list has loaded by then (it loads in the background, in chunks).
            while not screen.table.fully_loaded:
                await asyncio.sleep(0.005)
            opened = await key(pilot, "slash", "/")
            cleared = await key(pilot, "ctrl+u")
            typed = [await key(pilot, ch, ch) for ch in query]
            applied = await key(pilot, "enter",
                                until=lambda q=query: screen.search == q and screen.table.has_focus)
            if applied > 10:  # what the reader showed instead, and what it said
                box = screen.query_one("#search", Input)
                stalls.append((query, box.value, screen.search, screen.focused,
                               [n.message for n in app._notifications]))
            opening.append(opened)
            typing.extend(typed)
            applying.append(applied)
            search.append(opened + cleared + sum(typed) + applied)
        print(summary("/ (open the search line)", opening))
        print(summary("  typing (per character)", typing))
        print(summary("  enter (apply: first screen)", applying))
        print(summary("  whole search, all keys", search))
        print(f"(last search: {screen.search!r}, {screen.table.total} matches)")
        print(memory("after the searches"))
        slow = [round(t, 1) for t in applying if t > 10]
        if slow:  # the clock waited for a search that never showed
            print(f"searches never applied within 30 s: {len(slow)}; {stalls}")
        assert app.is_running

        keys = (j, enter, done, opening, typing, applying)
        worst = max(max(samples) for samples in keys)
        medians = [statistics.median(samples) for samples in keys]
        ok = first_paint < 1.0 and max(medians) < 0.050 and worst < 0.250
        print("aim (paint < 1 s, each key's median < 50 ms, no key > 250 ms):", "met" if ok else "NOT met")
    return 0


async def settled_reader(app: NewsbriefApp, pilot: Pilot) -> ReaderScreen:
    """The reader once its list shows and its start-up work (the index run: nothing new, cheap)
    is done, so that what is timed next is the key and not the start."""
    while not (isinstance(app.screen, ReaderScreen) and app.screen.table.row_count):
        await asyncio.sleep(0.001)
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    await pilot.pause(0.5)
    await app.workers.wait_for_complete()
    return screen


async def run_views(count: int, rounds: int, size: tuple[int, int], folder: Path) -> int:
    """`v` into each view in turn, `rounds` times: how long until the list is shown and painted
    (its first screenful; the rest loads in chunks, as in every view), as ratios to the Inbox."""
    home = resolve_home(fresh_library(folder, count))
    app = NewsbriefApp(home)
    async with app.run_test(size=size) as pilot:
        screen = await settled_reader(app, pilot)
        times: dict[str, list[float]] = {}
        sizes: dict[str, int] = {}
        for _ in range(rounds):
            for _view in range(7):
                elapsed = await key(pilot, "v", "v")
                times.setdefault(screen.view, []).append(elapsed)
                sizes[screen.view] = screen.table.total
                await app.workers.wait_for_complete()  # a story's brief for the reading pane
        inbox = statistics.median(times["inbox"])
        for view, samples in times.items():
            ratio = statistics.median(samples) / inbox
            print(summary(f"v to {view} ({sizes[view]} rows)", samples) + f"   {ratio:4.2f}x Inbox")
        slowest = max(statistics.median(times[v]) for v in ("stories", "agenda")) / inbox
        print("aim (Stories and Agenda open as fast as the Inbox, within 1.5x):",
              "met" if slowest <= 1.5 else "NOT met")
    return 0


# -- launch: the installed command in a terminal, against newsboat ---------------------------

NEWSBOAT = "/usr/bin/newsboat"


def newsboat_cache(folder: Path, count: int, sources: int | None = None) -> Path:
    """A newsboat 2.21 home whose cache.db holds the same feeds and articles as the library of
    `count` (written in newsboat's own schema, which newsboat creates: what `newsboat -x reload`
    stores, without serving 10,000 items over HTTP). Returns the folder (urls, config, cache.db)."""
    nb = folder / f"newsboat-{count}{f'-s{sources}' if sources else ''}-v{CACHE_VERSION}"
    if (nb / "ready").exists():
        return nb
    shutil.rmtree(nb, ignore_errors=True)
    nb.mkdir(parents=True)
    library = resolve_home(library_home(folder, count, sources)).library_file
    src = sqlite3.connect(library)
    feeds = src.execute("SELECT id, location, title FROM sources ORDER BY id").fetchall()
    (nb / "urls").write_text("".join(f"{location}\n" for _, location, _ in feeds))
    (nb / "config").write_text("show-read-feeds yes\n")
    # With no feed to fetch, newsboat only creates its schema (and complains about the urls).
    subprocess.run([NEWSBOAT, "-x", "print-unread", "-u", str(nb / "empty"), "-c", str(nb / "cache.db"),
                    "-C", str(nb / "config")], env=dict(os.environ, HOME=str(nb)), capture_output=True)
    dst = sqlite3.connect(nb / "cache.db", isolation_level=None)
    dst.execute("BEGIN")
    dst.executemany("INSERT INTO rss_feed(rssurl, url, title) VALUES (?, ?, ?)",
                    [(location, location.rsplit("/", 1)[0], title) for _, location, title in feeds])
    where = {source_id: location for source_id, location, _ in feeds}
    rows = src.execute("SELECT source_id, COALESCE(url, id), title, url, published, text, state FROM articles")
    dst.executemany(
        "INSERT INTO rss_item(guid, title, author, url, feedurl, pubDate, content, unread) VALUES (?,?,?,?,?,?,?,?)",
        ((guid, title, "", url or "", where.get(source_id, ""),
          int(datetime.fromisoformat(published).timestamp()) if published else 0,
          "".join(f"<p>{p}</p>" for p in text.split("\n\n")), int(state == "unread"))
         for source_id, guid, title, url, published, text, state in rows))
    dst.execute("COMMIT")
    dst.close()
    src.close()
    (nb / "ready").write_text("ok")
    return nb


class Terminal:
    """A private tmux server (its own socket) that starts commands in sized sessions and reads
    their screens; `close` ends the server and everything in it."""

    def __init__(self, size: tuple[int, int]) -> None:
        self.socket = f"list-bench-{os.getpid()}"
        self.size = size
        # The server starts once, outside the timings.
        self.tmux("new-session", "-d", "-s", "list-idle", "-x", "20", "-y", "5", "sleep 3600")

    def tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True).stdout

    def launch(self, name: str, command: list[str], env: dict[str, str], needle: str,
               timeout: float = 60) -> tuple[float, int]:
        """Seconds from starting `command` until `needle` is on its screen, and the peak resident
        memory (kB) of its process over the next two seconds (its background work at start)."""
        line = "exec env " + " ".join(shlex.quote(f"{k}={v}") for k, v in env.items()) + " " + shlex.join(command)
        started = time.perf_counter()
        self.tmux("new-session", "-d", "-s", name, "-x", str(self.size[0]), "-y", str(self.size[1]), line)
        shown = None
        while time.perf_counter() - started < timeout:
            if needle in self.tmux("capture-pane", "-p", "-t", name):
                shown = time.perf_counter() - started
                break
            time.sleep(0.005)
        pid = self.tmux("display-message", "-p", "-t", name, "#{pane_pid}").strip()
        time.sleep(2.0)
        peak = _peak_rss(int(pid)) if pid.isdigit() else 0
        self.tmux("send-keys", "-t", name, "q")
        time.sleep(0.3)
        self.tmux("kill-session", "-t", name)
        if shown is None:
            raise SystemExit(f"{needle!r} never appeared on the screen of {command[0]}")
        return shown, peak

    def close(self) -> None:
        self.tmux("kill-server")


def _peak_rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_launch(count: int, rounds: int, size: tuple[int, int], folder: Path, old: Path | None,
               sources: int | None = None) -> int:
    """Start the installed `newsbrief` and newsboat in tmux, in alternating rounds, on libraries of
    `count` articles; time from the command's start to its first titles (newsboat: its feed list).
    With `old`, also the code at that folder (PYTHONPATH) on its own copy of the library."""
    data = library_home(folder, count, sources)
    homes = {"newsbrief": fresh_library(folder, count, sources)}
    with Library.open(resolve_home(homes["newsbrief"]).library_file) as library:  # a copy: the cache stays as built
        first = library.articles(view="inbox", limit=1)[0]
        feed = min((s.title for s in library.sources()), key=str)
    needle = first.title[:24]
    work = Path(tempfile.mkdtemp(prefix="newsbrief-launch-list-"))
    runs: dict[str, list[str]] = {"newsbrief": [str(Path(sys.prefix) / "bin" / "newsbrief")]}
    envs: dict[str, dict[str, str]] = {"newsbrief": {}}
    if old is not None:
        copy = Path(tempfile.mkdtemp(prefix="newsbrief-bench-run-"))
        shutil.copy2(resolve_home(data).library_file, resolve_home(copy).library_file)
        homes["old"] = copy
        runs["old"] = [sys.executable, "-c", "import sys; sys.argv[0] = 'newsbrief'; from tui.cli import main; main()"]
        envs["old"] = {"PYTHONPATH": str(old)}
    nb = newsboat_cache(folder, count, sources) if Path(NEWSBOAT).exists() else None
    times: dict[str, list[float]] = {name: [] for name in [*runs, "newsboat"]}
    peaks: dict[str, list[int]] = {name: [] for name in times}
    terminal = Terminal(size)
    try:
        for round_ in range(rounds):
            order = [*runs, "newsboat"]
            if round_ % 2:
                order.reverse()
            for name in order:
                session = f"list-{name}-{round_}"
                if name == "newsboat":
                    if nb is None:
                        continue
                    shutil.copy2(nb / "cache.db", work / "cache.db")  # unlocked, as after a clean quit
                    command = [NEWSBOAT, "-u", str(nb / "urls"), "-c", str(work / "cache.db"), "-C", str(nb / "config")]
                    # newsboat takes minutes on 100,000 articles in 1,000 feeds (138 s here): wait for it
                    took, peak = terminal.launch(session, command, {"HOME": str(nb), "TERM": "screen-256color"},
                                                 feed, timeout=600)
                else:
                    env = {"NEWSBRIEF_HOME": str(homes[name]), "TERM": "screen-256color", **envs[name]}
                    took, peak = terminal.launch(session, [*runs[name], "--home", str(homes[name])], env, needle)
                times[name].append(took)
                peaks[name].append(peak)
                print(f"round {round_ + 1} {name:<9} {took * 1000:7.0f} ms   peak RSS {peak / 1024:6.1f} MB",
                      flush=True)
    finally:
        terminal.close()
        for home in homes.values():
            shutil.rmtree(home, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n{count} articles, {size[0]}x{size[1]}, {rounds} alternating rounds (median, range):")
    for name, samples in times.items():
        if samples:
            ms = [t * 1000 for t in samples]
            print(f"  {name:<9} first screen {statistics.median(ms):6.0f} ms ({min(ms):.0f}-{max(ms):.0f})   "
                  f"peak RSS {max(peaks[name]) / 1024:6.1f} MB")
    if times["newsboat"]:
        boat = statistics.median(times["newsboat"])
        for name in runs:
            ratio = statistics.median(times[name]) / boat
            print(f"  ratio {name}/newsboat: {ratio:.2f}x")
        ratio = statistics.median(times["newsbrief"]) / boat
        rss = max(peaks["newsbrief"]) / 1024
        print("aim (<= 0.6x newsboat, <= 150 MB):", "met" if ratio <= 0.6 and rss <= 150 else "NOT met")
    return 0


def start_farm(feeds: int, items: int, hosts: int, latency: float) -> tuple[subprocess.Popen[str], list[str]]:
    """bench/refresh.py's loopback feed farm in a process of its own (its threads would
    otherwise take the app's GIL and count against the keys): the process and its feed URLs."""
    farm = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve().parent / "refresh.py"), "--serve",
         "--feeds", str(feeds), "--items", str(items), "--hosts", str(hosts), "--latency", str(latency)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert farm.stdout is not None
    line = farm.stdout.readline()
    if not line:
        farm.kill()
        raise SystemExit("the feed farm did not start (see bench/refresh.py --serve)")
    return farm, json.loads(line)["urls"]


def stop_farm(farm: subprocess.Popen[str]) -> None:
    assert farm.stdin is not None
    farm.stdin.close()
    try:
        farm.wait(10)
    except subprocess.TimeoutExpired:
        farm.kill()
        farm.wait()


async def reading_keys(pilot: Pilot, screen: ReaderScreen, samples: dict[str, list[float]]) -> None:
    """One round of reading: `j`, `k`, `j`, then `enter` (open the article; an untimed `q`
    brings focus back to the list, as in `run`)."""
    if not screen.table.has_focus:
        await key(pilot, "q", "q")
    for name in ("j", "k", "j"):
        samples[name].append(await key(pilot, name, name))
    samples["enter"].append(await key(pilot, "enter"))


def refreshing(app: NewsbriefApp) -> bool:
    return any(w.group == "refresh" and w.is_running for w in app.screen.workers)


class Stalls:
    """The UI thread's stalls: a task on the app's loop wakes every 5 ms and keeps each gap over
    50 ms with when it ended, so a phase's longest stall is known whatever key was (or was not)
    being pressed then."""

    def __init__(self) -> None:
        self.gaps: list[tuple[float, float]] = []  # (ended at, seconds)
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._watch())

    async def _watch(self) -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            if now - last > 0.050:
                self.gaps.append((now, now - last - 0.005))
            last = now

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def worst(self, start: float, end: float) -> str:
        gaps = [gap for at, gap in self.gaps if start <= at <= end]
        if not gaps:
            return "none over 50 ms"
        return f"{len(gaps)} over 50 ms, longest {max(gaps) * 1000:.0f} ms"


async def run_during_refresh(count: int, presses: int, size: tuple[int, int], folder: Path,
                             feeds: int, items: int, hosts: int, latency: float) -> int:
    """The reader on a library of `count` articles that follows `feeds` loopback feeds of
    `items` each: `j`/`k`/`enter` timed idle, while `R` refreshes every feed (all new), and for
    `presses` rounds after it, while the index worker briefs and clusters the new articles (the
    run ends without waiting for the index: at 20,000 new articles it takes minutes)."""
    home = resolve_home(fresh_library(folder, count))
    farm, urls = start_farm(feeds, items, hosts, latency)
    stalls = Stalls()
    try:
        with Library.open(home.library_file) as library:
            for n, url in enumerate(urls):
                library.add_source("feed", url, title=f"Farm {n}")
        app = NewsbriefApp(home)
        async with app.run_test(size=size) as pilot:
            opened = time.perf_counter()
            screen = await settled_reader(app, pilot)
            while screen.sidebar.option_count < len(urls):  # the sources join the sidebar after the paint
                await asyncio.sleep(0.001)
            print(f"{len(urls) + len(SOURCES)} sources in the sidebar "
                  f"{(time.perf_counter() - opened) * 1000:.0f} ms after the app opened")
            stalls.start()

            idle: dict[str, list[float]] = {"j": [], "k": [], "enter": []}
            idle_from = time.perf_counter()
            for _ in range(presses):
                await reading_keys(pilot, screen, idle)
            await app.workers.wait_for_complete()  # the briefs the last keys started
            idle_to = time.perf_counter()

            during: dict[str, list[float]] = {"j": [], "k": [], "enter": []}
            started = time.perf_counter()
            await key(pilot, "R", "R")
            while not refreshing(app):  # the worker starts on the next turn of the loop
                await asyncio.sleep(0.001)
            while refreshing(app):
                await reading_keys(pilot, screen, during)
            ended = time.perf_counter()
            refresh_seconds = ended - started
            while "Refreshed" not in str(screen.query_one("#status").render()):
                await asyncio.sleep(0.001)  # the reader has taken in the refresh's end
            taken_in = time.perf_counter()
            after: dict[str, list[float]] = {"j": [], "k": [], "enter": []}
            for _ in range(presses):
                await reading_keys(pilot, screen, after)
            after_to = time.perf_counter()
            indexing = any(w.group == "index" and w.is_running for w in screen.workers)
            assert app.is_running
            status = str(screen.query_one("#status").render())
            stalls.stop()
            for worker in screen.workers:  # the index would run for minutes: the app quits now
                worker.cancel()
        with Library.open(home.library_file) as library:
            farm_sources = {s.id for s in library.sources() if s.title.startswith(("Farm ", "Bench feed "))}
            stored = sum(1 for r in library.articles("all") if r.source_id in farm_sources)
            failures = [s.last_error for s in library.sources() if s.id in farm_sources and s.last_error]
    finally:
        stop_farm(farm)

    print(f"library of {count} articles + {feeds} loopback feeds x {items} items on {hosts} hosts, "
          f"{latency * 1000:.0f} ms latency, {size[0]}x{size[1]}")
    print(f"R: the refresh ran {refresh_seconds:.1f} s in the app; {stored} of {feeds * items} "
          f"feed items in the library after it ({status.strip()[:80]!r}; the library's own "
          f"{len(SOURCES)} sources are unreachable .example addresses: they fail)")
    print(f"the reader took in the refresh's end {(taken_in - ended) * 1000:.0f} ms after its worker ended")
    if failures:
        print(f"{len(failures)} feeds failed, e.g. {failures[0]}")
    for name in ("j", "k", "enter"):
        print(summary(f"{name}, idle", idle[name]))
        print(summary(f"{name}, during the refresh", during[name]))
        print(summary(f"{name}, after it", after[name]))
    every = {phase: [t for samples in keys.values() for t in samples]
             for phase, keys in (("idle", idle), ("during the refresh", during), ("after it", after))}
    for phase, samples in every.items():
        print(summary(f"all keys, {phase}", samples))
    print(f"UI thread stalls: idle {stalls.worst(idle_from, idle_to)}; during the refresh "
          f"{stalls.worst(started, ended)}; its end {stalls.worst(ended, taken_in + 0.5)}; after it "
          f"{stalls.worst(taken_in, after_to)} (the index {'still running' if indexing else 'done'})")
    ok = bool(every["during the refresh"]) and statistics.median(every["during the refresh"]) < 0.050
    print("aim (keys during the refresh: median < 50 ms):", "met" if ok else "NOT met")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--presses", type=int, default=200)
    parser.add_argument("--size", default="200x50")
    parser.add_argument("--views", action="store_true", help="time v into each view instead")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--launch", action="store_true",
                        help="start the installed command and newsboat in tmux: time to the first titles")
    parser.add_argument("--old", type=Path, help="with --launch: also time the tui and briefs at this folder")
    parser.add_argument("--sources", type=int,
                        help="the articles dealt round this many feeds (the reader's timings, or --launch)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "newsbrief-bench-tui")
    parser.add_argument("--during-refresh", action="store_true",
                        help="time j/k/enter idle, then while R refreshes a loopback feed farm")
    parser.add_argument("--feeds", type=int, default=1000, help="with --during-refresh")
    parser.add_argument("--items", type=int, default=20, help="with --during-refresh: items per feed")
    parser.add_argument("--hosts", type=int, default=100, help="with --during-refresh")
    parser.add_argument("--latency", type=float, default=0.05, help="with --during-refresh: seconds")
    args = parser.parse_args(argv)
    width, height = (int(x) for x in args.size.split("x"))
    if args.launch:
        return run_launch(args.articles, args.rounds if args.rounds != 20 else 5, (width, height), args.cache,
                          args.old, args.sources)
    if args.during_refresh:
        return asyncio.run(run_during_refresh(args.articles, args.presses, (width, height), args.cache,
                                              args.feeds, args.items, args.hosts, args.latency))
    if args.views:
        return asyncio.run(run_views(args.articles, args.rounds, (width, height), args.cache))
    return asyncio.run(run(args.articles, args.presses, (width, height), args.cache, args.sources))


if __name__ == "__main__":
    raise SystemExit(main())
