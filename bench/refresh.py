"""Refresh speed: `newsbrief refresh` vs `newsboat -x reload` on a loopback feed farm.

A heavy user's feeds: 1,000 feeds x 20 items over 100 loopback hosts (127.0.0.1 …
127.0.0.100, one port), 50 ms latency per request, ETag support, bodies built once and
cached by the server. Runs alternate between the two tools; each run starts from an empty
library/cache (cold), then refreshes again (all 304). Also: the floor (the same GETs from a
bare httpx client, same concurrency), peak RSS of the child and of its process tree, every
item in `list --format json`, and the pre-briefing rate (articles briefed per second
through `Library.brief`).

    .venv/bin/python bench/refresh.py [--rounds 3] [--jobs 192] [--brief-seconds 20]
    .venv/bin/python bench/refresh.py --feeds 1000 --items 100 --rounds 1   # 100,000 items
    .venv/bin/python bench/refresh.py --profile DIR   # one cold and one 304 refresh under py-spy
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The farm's shape; main() sets them from the command line.
HOSTS = 100
FEEDS = 1000
ITEMS = 20
LATENCY = 0.05

WORDS = (
    "minister talks summit agreed officials said trade climate security border delegation "
    "statement visit capital reporters analysts parliament election budget court ruling "
    "protest economy inflation harvest energy pipeline treaty ceasefire envoy sanctions"
).split()


def item_text(feed: int, item: int) -> str:
    """A unique, deterministic body of ~900 characters (long enough: no full-text fetch)."""
    seed = hashlib.sha256(f"{feed}-{item}".encode()).digest()
    words = [WORDS[(seed[i % 32] + i * 7) % len(WORDS)] for i in range(120)]
    sentences = [" ".join(words[i:i + 12]).capitalize() + "." for i in range(0, 120, 12)]
    return f"Report {feed}-{item}. " + " ".join(sentences)


def feed_xml(feed: int, port: int) -> bytes:
    host = f"127.0.0.{feed % HOSTS + 1}"
    items = []
    for item in range(ITEMS):
        day = 1 + item % 28
        items.append(
            f"<item><title>Feed {feed} story {item}</title>"
            f"<link>http://{host}:{port}/story/{feed}/{item}</link>"
            f'<guid isPermaLink="false">f{feed}-i{item}</guid>'
            f"<pubDate>{['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][day % 7]}, "
            f"{day:02d} Oct 2025 {item % 24:02d}:00:00 GMT</pubDate>"
            f"<description><![CDATA[<p>{item_text(feed, item)}</p>]]></description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Bench feed {feed}</title><link>http://{host}:{port}/</link>"
        f"<description>bench</description>{''.join(items)}</channel></rss>"
    ).encode()


@dataclass
class Farm:
    """HOSTS loopback servers on one port, serving FEEDS feeds with ETags and LATENCY; each
    body and ETag is made once, up front (the server's own cost stays out of the timings)."""

    port: int = 0
    bodies: dict[int, bytes] = field(default_factory=dict)
    etags: dict[int, str] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=lambda: {"200": 0, "304": 0, "other": 0, "connections": 0})
    lock: threading.Lock = field(default_factory=threading.Lock)
    servers: list[ThreadingHTTPServer] = field(default_factory=list)

    def start(self) -> None:
        farm = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def handle(self) -> None:  # once per connection (it serves every request on it)
                farm._count("connections")
                super().handle()

            def do_GET(self) -> None:  # noqa: N802
                time.sleep(LATENCY)
                parts = self.path.strip("/").split("/")
                try:
                    feed = int(parts[1].removesuffix(".xml")) if parts[0] == "feed" else -1
                except (IndexError, ValueError):
                    feed = -1
                body = farm.bodies.get(feed)
                if body is None:
                    self._send(404, b"no such feed", {})
                    farm._count("other")
                    return
                etag = farm.etags[feed]
                if self.headers.get("If-None-Match") == etag:
                    self._send(304, b"", {"ETag": etag})
                    farm._count("304")
                    return
                self._send(200, body, {"ETag": etag, "Content-Type": "application/rss+xml"})
                farm._count("200")

            def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                if status != 304:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)

        first = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = first.server_address[1]
        self.servers = [first] + [
            ThreadingHTTPServer((f"127.0.0.{n}", self.port), Handler) for n in range(2, HOSTS + 1)
        ]
        for server in self.servers:
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                             daemon=True).start()
        for feed in range(FEEDS):
            self.bodies[feed] = feed_xml(feed, self.port)
            self.etags[feed] = '"' + hashlib.sha1(self.bodies[feed]).hexdigest()[:16] + '"'

    def _count(self, key: str) -> None:
        with self.lock:
            self.counts[key] += 1

    def take_counts(self) -> dict[str, int]:
        with self.lock:
            out = dict(self.counts)
            for k in self.counts:
                self.counts[k] = 0
        return out

    def urls(self) -> list[str]:
        return [f"http://127.0.0.{f % HOSTS + 1}:{self.port}/feed/{f}.xml" for f in range(FEEDS)]

    def stop(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()


@dataclass(frozen=True)
class Run:
    seconds: float
    maxrss_kb: int  # ru_maxrss of the child (wait4): the largest of it and its waited-for children
    tree_kb: int  # peak of the summed RSS of the child and all its descendants, sampled
    returncode: int
    stderr: str
    cpu: float = 0.0  # user + system seconds of the child and its waited-for children (wait4)


def tree_rss_kb(pid: int) -> int:
    """Summed VmRSS of `pid` and its descendants (the parsing workers are grandchildren)."""
    total = 0
    todo = [pid]
    seen: set[int] = set()
    while todo and len(seen) < 1000:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


def timed(cmd: list[str], env: dict[str, str], timeout: float = 300.0) -> Run:
    """Run `cmd`, timing it and reading the child's peak RSS from wait4."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL)
    deadline = started + timeout
    tree = 0
    next_sample = 0.0
    while True:
        now = time.monotonic()
        if now >= next_sample:
            tree = max(tree, tree_rss_kb(proc.pid))
            next_sample = now + 0.02
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.005)
    seconds = time.monotonic() - started
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Run(seconds, int(usage.ru_maxrss), tree, proc.returncode, stderr,
               usage.ru_utime + usage.ru_stime)


# The floor: the same GETs (all 200) with a bare httpx client and the same concurrency, in a
# fresh interpreter: what a refresh through httpx's default transport (httpcore) pays before
# parsing or storing anything (newsbrief's fetcher sends its httpx requests over its own).
FLOOR_SCRIPT = """
import asyncio, sys
sys.modules.setdefault("httpx._main", None)
import httpx
jobs, urls = int(sys.argv[1]), sys.argv[2:]
async def main():
    gate = asyncio.Semaphore(jobs)
    limits = httpx.Limits(max_connections=jobs, max_keepalive_connections=jobs)
    async with httpx.AsyncClient(limits=limits, trust_env=False) as client:
        async def one(url):
            async with gate:
                (await client.get(url)).raise_for_status()
        await asyncio.gather(*(one(u) for u in urls))
asyncio.run(main())
"""


def bench_env() -> dict[str, str]:
    """The environment of every timed command: no NEWSBRIEF_HOME, and bytecode written and read
    as in an installed newsbrief (pip compiles it at install). With PYTHONDONTWRITEBYTECODE set
    (some shells and sandboxes set it), a worktree's modules were compiled from source at every
    start, ~30 ms a run, and a worktree where anything had once written bytecode was not."""
    return {k: v for k, v in os.environ.items() if k not in ("NEWSBRIEF_HOME", "PYTHONDONTWRITEBYTECODE")}


def floor_run(farm: Farm, jobs: int, env: dict[str, str]) -> Run:
    return timed([sys.executable, "-c", FLOOR_SCRIPT, str(jobs), *farm.urls()], env)


def newsbrief_cmd() -> list[str]:
    script = Path(sys.executable).parent / "newsbrief"
    return [str(script)] if script.exists() else [sys.executable, "-m", "tui.cli"]


def newsbrief_round(farm: Farm, work: Path, jobs: int, env: dict[str, str],
                    cmd: list[str] | None = None) -> tuple[Run, Run, Path]:
    home = work / "newsbrief-home"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    opml = work / "feeds.opml"
    outlines = "".join(f'<outline type="rss" text="Bench {i}" xmlUrl="{u}"/>' for i, u in enumerate(farm.urls()))
    opml.write_text(f'<?xml version="1.0"?><opml version="2.0"><head/><body>{outlines}</body></opml>')
    base = (cmd or newsbrief_cmd()) + ["--home", str(home)]
    subprocess.run(base + ["import-opml", str(opml)], env=env, check=True, capture_output=True)
    cold = timed(base + ["refresh", "--jobs", str(jobs)], env)
    warm = timed(base + ["refresh", "--jobs", str(jobs)], env)
    return cold, warm, home


def newsboat_round(farm: Farm, work: Path, env: dict[str, str]) -> tuple[Run, Run]:
    folder = work / "newsboat"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / "urls").write_text("\n".join(farm.urls()) + "\n")
    (folder / "config").write_text("reload-threads 16\nshow-read-feeds yes\n")
    cmd = ["newsboat", "-x", "reload", "-u", str(folder / "urls"), "-c", str(folder / "cache.db"),
           "-C", str(folder / "config")]
    nb_env = dict(env, HOME=str(folder))
    cold = timed(cmd, nb_env)
    warm = timed(cmd, nb_env)
    return cold, warm


def count_listed(home: Path, env: dict[str, str]) -> int:
    out = subprocess.run(newsbrief_cmd() + ["--home", str(home), "list", "--format", "json"],
                         env=env, check=True, capture_output=True)
    items = json.loads(out.stdout)
    return len({i["id"] for i in items})


def prebrief_rate(home: Path, seconds: float) -> tuple[int, float]:
    """Articles briefed per second through Library.brief (cold cache), for at most `seconds`."""
    sys.path.insert(0, str(ROOT))
    from briefs.store.library import Library

    with Library.open(home / "library.sqlite3") as lib:
        ids = lib.unbriefed()
        done = 0
        started = time.monotonic()
        for article_id in ids:
            lib.brief(article_id)
            done += 1
            if time.monotonic() - started > seconds:
                break
        elapsed = time.monotonic() - started
    return done, elapsed


def main() -> None:
    global FEEDS, ITEMS, HOSTS, LATENCY
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=192,
                        help="newsbrief's --jobs (its default); newsboat runs at 16 reload threads, its fastest")
    parser.add_argument("--brief-seconds", type=float, default=20.0)
    parser.add_argument("--feeds", type=int, default=FEEDS)
    parser.add_argument("--items", type=int, default=ITEMS, help="items per feed")
    parser.add_argument("--hosts", type=int, default=HOSTS, help="loopback hosts (at most 250)")
    parser.add_argument("--latency", type=float, default=LATENCY, help="seconds per request")
    parser.add_argument("--no-newsboat", action="store_true", help="newsbrief's figures only")
    parser.add_argument("--compare", metavar="CMD",
                        help="another newsbrief (e.g. a launcher of an older commit) refreshed in the "
                             "same rounds: before/after in one run")
    parser.add_argument("--profile", type=Path, metavar="DIR",
                        help="instead: one cold and one all-304 refresh under py-spy (parent and "
                             "workers), flame graphs and the top frames written to DIR")
    parser.add_argument("--serve", action="store_true",
                        help="instead: serve the farm, print its port, stop when stdin closes "
                             "(bench/tui.py --during-refresh runs it so)")
    args = parser.parse_args()
    FEEDS, ITEMS, HOSTS, LATENCY = args.feeds, args.items, min(250, args.hosts), args.latency
    if args.serve:
        serve()
        return
    if args.profile:
        profile(args.profile, args.jobs)
        return

    for n in range(1, HOSTS + 1):  # every loopback host must be bindable
        with socket.socket() as probe:
            probe.bind((f"127.0.0.{n}", 0))
    newsboat = None if args.no_newsboat else shutil.which("newsboat")
    nb_version = "not installed"
    if newsboat:
        nb_version = subprocess.run(["newsboat", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    farm = Farm()
    farm.start()
    env = bench_env()
    results: dict[str, list[Run]] = {"nb_cold": [], "nb_warm": [], "boat_cold": [], "boat_warm": [],
                                     "floor": [], "cmp_cold": [], "cmp_warm": []}
    counts: dict[str, dict[str, int]] = {}
    listed = 0
    home: Path | None = None
    with tempfile.TemporaryDirectory(prefix="nb-bench-") as tmp:
        work = Path(tmp)
        try:
            for rnd in range(args.rounds):
                order = ["newsbrief", "newsboat"] if rnd % 2 == 0 else ["newsboat", "newsbrief"]
                if args.compare:
                    order.insert(1, "compare")
                for tool in order:
                    if tool == "newsbrief":
                        farm.take_counts()
                        cold, warm, home = newsbrief_round(farm, work, args.jobs, env)
                        counts["newsbrief"] = farm.take_counts()
                        results["nb_cold"].append(cold)
                        results["nb_warm"].append(warm)
                        if cold.returncode != 0:
                            print(f"newsbrief refresh exited {cold.returncode}: {cold.stderr[-500:]}")
                        listed = count_listed(home, env)
                        results["floor"].append(floor_run(farm, args.jobs, env))
                    elif tool == "compare":
                        farm.take_counts()
                        cold, warm, _ = newsbrief_round(farm, work, args.jobs, env, args.compare.split())
                        counts["compare"] = farm.take_counts()
                        results["cmp_cold"].append(cold)
                        results["cmp_warm"].append(warm)
                    elif newsboat:
                        farm.take_counts()
                        cold, warm = newsboat_round(farm, work, env)
                        counts["newsboat"] = farm.take_counts()
                        results["boat_cold"].append(cold)
                        results["boat_warm"].append(warm)
            assert home is not None
            briefed, brief_secs = prebrief_rate(home, args.brief_seconds)
        finally:
            farm.stop()

    def med(runs: list[Run]) -> float:
        return statistics.median(r.seconds for r in runs)

    def peak(runs: list[Run]) -> float:
        return max(r.maxrss_kb for r in runs) / 1024

    def tree(runs: list[Run]) -> float:
        return max(r.tree_kb for r in runs) / 1024

    print(f"feeds {FEEDS} x {ITEMS} items on {HOSTS} loopback hosts, {LATENCY * 1000:.0f} ms latency, "
          f"{args.rounds} alternating rounds, jobs {args.jobs}; newsboat: {nb_version}")
    print(f"{'':28}{'median s':>10}{'runs':>24}{'maxrss MB':>11}{'tree MB':>9}{'cpu s':>8}")
    rows = [("newsbrief refresh (cold)", results["nb_cold"]), ("newsbrief refresh (all 304)", results["nb_warm"])]
    rows.append(("bare httpx GETs (floor)", results["floor"]))
    if args.compare:
        rows += [("compared refresh (cold)", results["cmp_cold"]),
                 ("compared refresh (all 304)", results["cmp_warm"])]
    if newsboat:
        rows += [("newsboat -x reload (cold)", results["boat_cold"]),
                 ("newsboat -x reload (warm)", results["boat_warm"])]
    for label, runs in rows:
        each = " ".join(f"{r.seconds:.2f}" for r in runs)
        cpu = statistics.median(r.cpu for r in runs)
        print(f"{label:<28}{med(runs):>10.2f}{each:>24}{peak(runs):>11.1f}{tree(runs):>9.1f}{cpu:>8.2f}")
    print(f"server responses, last newsbrief round: {counts.get('newsbrief')}")
    if newsboat:
        print(f"server responses, last newsboat round: {counts.get('newsboat')}")
        print(f"ratio newsbrief/newsboat, cold: {med(results['nb_cold']) / med(results['boat_cold']):.2f}x")
        print(f"ratio newsbrief/newsboat, warm: {med(results['nb_warm']) / med(results['boat_warm']):.2f}x")
        if args.compare:
            print(f"ratio compared/newsboat, cold: {med(results['cmp_cold']) / med(results['boat_cold']):.2f}x")
        print(f"ratio floor/newsboat, cold: {med(results['floor']) / med(results['boat_cold']):.2f}x "
              "(httpx's default client and transport; no refresh on them can go below it)")
    else:
        print("newsboat is not installed: only newsbrief's figures above")
    print(f"newsbrief second refresh (all 304) / first: {med(results['nb_warm']) / med(results['nb_cold']):.2f}")
    if args.compare:
        print(f"compared second refresh (all 304) / first: "
              f"{med(results['cmp_warm']) / med(results['cmp_cold']):.2f}; server responses, last round: "
              f"{counts.get('compare')}")
    print(f"items in `list --format json`: {listed} of {FEEDS * ITEMS}")
    print(f"pre-briefing: {briefed} articles in {brief_secs:.1f} s = {briefed / brief_secs:.1f} articles/s "
          "(Library.brief, cold cache, one thread)")


def serve() -> None:
    """The farm in a process of its own, for another bench to fetch from: one line with its
    port and feed URLs as JSON on stdout, then serving until stdin closes."""
    farm = Farm()
    farm.start()
    try:
        print(json.dumps({"port": farm.port, "urls": farm.urls()}), flush=True)
        sys.stdin.read()
    finally:
        farm.stop()


def profile(out: Path, jobs: int) -> None:
    """A cold and an all-304 refresh under `py-spy record --subprocesses` (the parsing workers
    are forked children): speedscope files to open in a browser, and the top frames printed."""
    spy = shutil.which("py-spy")
    if spy is None:
        sys.exit("py-spy is not on PATH (pip install py-spy)")
    out.mkdir(parents=True, exist_ok=True)
    farm = Farm()
    farm.start()
    env = bench_env()
    try:
        with tempfile.TemporaryDirectory(prefix="nb-profile-") as tmp:
            home = Path(tmp) / "home"
            opml = Path(tmp) / "feeds.opml"
            outlines = "".join(f'<outline type="rss" xmlUrl="{u}"/>' for u in farm.urls())
            opml.write_text(f'<?xml version="1.0"?><opml version="2.0"><head/><body>{outlines}</body></opml>')
            base = newsbrief_cmd() + ["--home", str(home)]
            subprocess.run(base + ["import-opml", str(opml)], env=env, check=True, capture_output=True)
            for name in ("cold", "all-304"):
                raw = out / f"{name}.txt"
                started = time.monotonic()
                subprocess.run([spy, "record", "--subprocesses", "--rate", "250", "--format", "raw",
                                "--output", str(raw), "--", *base, "refresh", "--jobs", str(jobs)],
                               env=env, check=True, capture_output=True)
                print(f"== {name} refresh under py-spy: {time.monotonic() - started:.2f} s "
                      f"({farm.take_counts()}); collapsed stacks in {raw}")
                print_top(raw)
    finally:
        farm.stop()


def print_top(raw: Path, lines: int = 14) -> None:
    """Own (leaf) and total samples per function from py-spy's collapsed stacks, per process."""
    own: dict[tuple[str, str], int] = {}
    total: dict[tuple[str, str], int] = {}
    samples: dict[str, int] = {}
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        # A stack starts with the processes it runs in: "process 12:\"…\";process 34:\"…\";…"
        # (the parsing workers are the refresh's children).
        frames = [f for f in stack.split(";") if not f.startswith("process ")]
        proc = "workers" if stack.count(";process ") else "parent"
        if not frames:
            continue
        n = int(count)
        samples[proc] = samples.get(proc, 0) + n
        own[(proc, frames[-1])] = own.get((proc, frames[-1]), 0) + n
        for frame in set(frames):
            total[(proc, frame)] = total.get((proc, frame), 0) + n
    for proc in sorted(samples):
        print(f"  {proc}: {samples[proc]} samples (250/s; py-spy leaves out idle threads)")
        print("    own  total  function")
        ranked = sorted(((n, f) for (p, f), n in own.items() if p == proc), reverse=True)[:lines]
        for n, frame in ranked:
            print(f"    {n:>4} {total.get((proc, frame), 0):>6}  {frame[:110]}")


if __name__ == "__main__":
    main()
