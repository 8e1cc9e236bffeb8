"""How the reader feels on a big library: first paint and key latency over 10,000 articles.

Builds (once, cached under the temp dir) a library of synthetic but realistic
articles, opens the real app headless with Pilot, and times real key events:
`j`, `enter`, `d`, and `/` (open search, clear, type a query, enter). A key's
latency runs from posting the key event to the screen having processed every
message and painted (Pilot's own idle heuristics, which sleep, are left out).
The library is indexed (stories, agenda) when built, as it is after a refresh.

    .venv/bin/python bench/tui.py [--articles 10000] [--presses 200] [--size 200x50]
    .venv/bin/python bench/tui.py --views [--rounds 20]   # v into each view, as ratios to the Inbox
    .venv/bin/python bench/tui.py --during-refresh [--feeds 1000 --items 20]   # keys while R runs
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
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

from briefs import Article, Library, resolve_home, update_index  # noqa: E402
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


def fresh_library(folder: Path, count: int) -> Path:
    """A private copy of the cached library (the run archives and reads articles in it)."""
    built = build_library(folder, count)
    copy = Path(tempfile.mkdtemp(prefix="newsbrief-bench-run-"))
    shutil.copy2(resolve_home(built).library_file, resolve_home(copy).library_file)
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


async def run(count: int, presses: int, size: tuple[int, int], folder: Path) -> int:
    home = resolve_home(fresh_library(folder, count))
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
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()

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
            opening.append(opened)
            typing.extend(typed)
            applying.append(applied)
            search.append(opened + cleared + sum(typed) + applied)
        print(summary("/ (open the search line)", opening))
        print(summary("  typing (per character)", typing))
        print(summary("  enter (apply: first screen)", applying))
        print(summary("  whole search, all keys", search))
        print(f"(last search: {screen.search!r}, {screen.table.total} matches)")
        assert app.is_running

        keys = (j, enter, done, opening, typing, applying)
        worst = max(max(samples) for samples in keys)
        medians = [statistics.median(samples) for samples in keys]
        ok = first_paint < 1.0 and max(medians) < 0.050 and worst < 0.250
        print("aim (paint < 1 s, each key's median < 50 ms, no key > 250 ms):", "met" if ok else "NOT met")
    return 0


async def run_views(count: int, rounds: int, size: tuple[int, int], folder: Path) -> int:
    """`v` into each view in turn, `rounds` times: how long until the list is shown and painted
    (its first screenful; the rest loads in chunks, as in every view), as ratios to the Inbox."""
    home = resolve_home(fresh_library(folder, count))
    app = NewsbriefApp(home)
    async with app.run_test(size=size) as pilot:
        while not (isinstance(app.screen, ReaderScreen) and app.screen.table.row_count):
            await asyncio.sleep(0.001)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()  # the start's index run (nothing new: cheap)
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


async def run_during_refresh(count: int, presses: int, size: tuple[int, int], folder: Path,
                             feeds: int, items: int, hosts: int, latency: float) -> int:
    """The reader on a library of `count` articles that follows `feeds` loopback feeds of
    `items` each: `j`/`k`/`enter` timed idle, then while `R` refreshes every feed (all new)."""
    home = resolve_home(fresh_library(folder, count))
    farm, urls = start_farm(feeds, items, hosts, latency)
    try:
        with Library.open(home.library_file) as library:
            for n, url in enumerate(urls):
                library.add_source("feed", url, title=f"Farm {n}")
        app = NewsbriefApp(home)
        async with app.run_test(size=size) as pilot:
            while not (isinstance(app.screen, ReaderScreen) and app.screen.table.row_count):
                await asyncio.sleep(0.001)
            screen = app.screen
            assert isinstance(screen, ReaderScreen)
            await pilot.pause(0.5)
            await app.workers.wait_for_complete()

            idle: dict[str, list[float]] = {"j": [], "k": [], "enter": []}
            for _ in range(presses):
                await reading_keys(pilot, screen, idle)
            await app.workers.wait_for_complete()  # the briefs the last keys started

            during: dict[str, list[float]] = {"j": [], "k": [], "enter": []}
            started = time.perf_counter()
            await key(pilot, "R", "R")
            while not refreshing(app):  # the worker starts on the next turn of the loop
                await asyncio.sleep(0.001)
            while refreshing(app):
                await reading_keys(pilot, screen, during)
            refresh_seconds = time.perf_counter() - started
            await app.workers.wait_for_complete()
            assert app.is_running
            status = str(screen.query_one("#status").render())
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
    if failures:
        print(f"{len(failures)} feeds failed, e.g. {failures[0]}")
    for name in ("j", "k", "enter"):
        print(summary(f"{name}, idle", idle[name]))
        print(summary(f"{name}, during the refresh", during[name]))
    every_idle = [t for samples in idle.values() for t in samples]
    every_during = [t for samples in during.values() for t in samples]
    print(summary("all keys, idle", every_idle))
    print(summary("all keys, during the refresh", every_during))
    ok = bool(every_during) and statistics.median(every_during) < 0.050
    print("aim (keys during the refresh: median < 50 ms):", "met" if ok else "NOT met")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--presses", type=int, default=200)
    parser.add_argument("--size", default="200x50")
    parser.add_argument("--views", action="store_true", help="time v into each view instead")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "newsbrief-bench-tui")
    parser.add_argument("--during-refresh", action="store_true",
                        help="time j/k/enter idle, then while R refreshes a loopback feed farm")
    parser.add_argument("--feeds", type=int, default=1000, help="with --during-refresh")
    parser.add_argument("--items", type=int, default=20, help="with --during-refresh: items per feed")
    parser.add_argument("--hosts", type=int, default=100, help="with --during-refresh")
    parser.add_argument("--latency", type=float, default=0.05, help="with --during-refresh: seconds")
    args = parser.parse_args(argv)
    width, height = (int(x) for x in args.size.split("x"))
    if args.during_refresh:
        return asyncio.run(run_during_refresh(args.articles, args.presses, (width, height), args.cache,
                                              args.feeds, args.items, args.hosts, args.latency))
    if args.views:
        return asyncio.run(run_views(args.articles, args.rounds, (width, height), args.cache))
    return asyncio.run(run(args.articles, args.presses, (width, height), args.cache))


if __name__ == "__main__":
    raise SystemExit(main())
