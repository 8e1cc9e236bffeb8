"""Durability: SIGKILL mid-refresh or mid-save, two processes writing at once, a corrupt library.

Real processes, real SQLite, a real loopback feed server; every wait is bounded
and every process started here is killed and reaped before the test ends.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from feedserver import FeedServer, Route, rss, wait_until

from briefs.model import Article
from briefs.store.library import Library

ROOT = Path(__file__).resolve().parent.parent
LONG = ("The council met for two hours and agreed to publish the harbour report in June, "
        "the mayor said after the meeting on Tuesday. ") * 5


def _env(home: Path | None = None) -> dict[str, str]:
    env = dict(os.environ, NO_COLOR="1")
    if home is not None:
        env["NEWSBRIEF_HOME"] = str(home)
    return env


def _spawn(args: list[str], home: Path | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, *args], env=_env(home), cwd=str(ROOT),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def _kill(proc: subprocess.Popen) -> None:
    """SIGKILL the process, then its whole group (parsing processes it started), and reap it."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait(60)  # moments after SIGKILL; a loaded machine gets a minute
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.communicate(timeout=60)


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def _feed(n: int, version: int, items: int = 40) -> bytes:
    return rss(f"Feed {n}", [
        {"title": f"Story {n}.{i} v{version}", "link": f"https://f{n}.example/{i}", "guid": f"f{n}-{i}",
         "content": f"<p>Story {n}.{i}, version {version}. {LONG}</p>"}
        for i in range(items)
    ])


# --- SIGKILL in the middle of a refresh --------------------------------------------------------


def test_killing_a_refresh_midway_leaves_the_library_consistent_and_triage_in_place(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text("connect_timeout = 5\ntotal_timeout = 10\nretention_days = 0\n")
    db = home / "library.sqlite3"
    with FeedServer() as server:
        feeds = 12
        version = {"v": 1}
        for n in range(feeds):
            server.routes[f"/f{n}"] = lambda seen, n=n: Route(body=_feed(n, version["v"]), delay=0.05 * (n % 4))
        with Library.open(db) as lib:
            for n in range(feeds):
                lib.add_source("feed", server.url(f"/f{n}"))
        first = _spawn(["-m", "tui.cli", "refresh"], home)
        out, err = first.communicate(timeout=120)
        assert first.returncode == 0, err
        decided: dict[str, str] = {}
        with Library.open(db) as lib:
            rows = lib.articles(view="all")
            assert len(rows) == feeds * 40
            for i, row in enumerate(rows[::7]):
                state = ("flagged", "archived", "read")[i % 3]
                lib.set_state(row.id, state)
                decided[row.id] = state
        # Each round changes every entry (updates, brief deletions) and kills the refresh at a
        # different moment: early in the fetches, midway, while writing.
        for round_no, served in enumerate((1, feeds // 2, feeds, feeds)):
            version["v"] = round_no + 2
            before = len(server.requests)
            proc = _spawn(["-m", "tui.cli", "refresh"], home)
            try:
                reached = wait_until(lambda b=before, s=served: len(server.requests) - b >= s, timeout=120)
                assert reached, proc.stderr.read() if proc.poll() is not None else "refresh never fetched"
                time.sleep(0.05 * round_no)
            finally:
                _kill(proc)
            assert _integrity(db) == "ok"
            with Library.open(db) as lib:
                states = {r.id: r.state for r in lib.articles(view="all")}
                assert len(states) == feeds * 40
                for aid, state in decided.items():
                    assert states[aid] == state, (round_no, aid)
        # And the library still takes a full refresh afterwards.
        last = _spawn(["-m", "tui.cli", "refresh"], home)
        _out, err = last.communicate(timeout=120)
        assert last.returncode == 0, err
        assert _integrity(db) == "ok"



def _group(pgid: int) -> list[str]:
    """Processes still alive in a process group (zombies are dead)."""
    alive = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            alive.append(entry.name)
    return alive


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_killing_a_refresh_leaves_no_parsing_processes_behind(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    # The last two feeds answer after 10 min (the limit is longer): the refresh is still running
    # when it is killed, however slowly a loaded machine starts it. (The server's close ends them.)
    (home / "config.toml").write_text("connect_timeout = 5\ntotal_timeout = 900\nretention_days = 0\n")
    with FeedServer() as server:
        for n in range(6):  # enough sources that feeds are parsed in the process pool
            server.routes[f"/f{n}"] = Route(body=_feed(n, 1), delay=0.3 * n if n < 4 else 600)
        with Library.open(home / "library.sqlite3") as lib:
            for n in range(6):
                lib.add_source("feed", server.url(f"/f{n}"))
        proc = _spawn(["-m", "tui.cli", "refresh"], home)
        try:
            # Wait for the parsing processes to exist (one or more: one on 2 cores), then kill
            # only the refresh itself.
            assert wait_until(lambda: len(_group(proc.pid)) >= 2, timeout=120), _group(proc.pid)
            proc.send_signal(signal.SIGKILL)
            proc.wait(60)
            # They end within moments of their parent's death; one left running stays for ever.
            left = wait_until(lambda: not _group(proc.pid), timeout=60)
            assert left, f"processes left running after the refresh was killed: {_group(proc.pid)}"
        finally:
            _kill(proc)


WRITER = textwrap.dedent("""
    import sys
    from briefs.store.library import Library
    from briefs.model import Article
    path, tag = sys.argv[1], sys.argv[2]
    with Library.open(path) as lib:
        print("ready", flush=True)
        n = 0
        while True:
            batch = [Article(text=f"{tag} {n}.{i} " + "word " * 400, title=f"{tag} {n}.{i}", source="k")
                     for i in range(50)]
            ids = lib.add_articles(batch)
            for aid in ids[:5]:
                lib.set_state(aid, "read")
            n += 1
""")


def test_killing_a_busy_writer_at_random_moments_never_damages_the_library(tmp_path):
    db = tmp_path / "library.sqlite3"
    with Library.open(db) as lib:
        keep = lib.add_articles([Article(text=f"Keep {i}. " + LONG, title=f"Keep {i}", source="t")
                                 for i in range(10)])
        for aid in keep:
            lib.set_state(aid, "flagged")
    for round_no in range(5):
        proc = _spawn(["-c", WRITER, str(db), f"r{round_no}"])
        try:
            assert proc.stdout.readline().strip() == "ready"
            time.sleep(0.15 + 0.17 * round_no)
        finally:
            _kill(proc)
        assert _integrity(db) == "ok"
        with Library.open(db) as lib:
            assert all(lib.row(aid).state == "flagged" for aid in keep)
            # Whole batches or nothing: every article a writer stored has its 50 siblings.
            rows = [r for r in lib.articles(view="all") if r.title.startswith(f"r{round_no} ")]
            per_batch: dict[str, int] = {}
            for r in rows:
                batch = r.title.split(".")[0]
                per_batch[batch] = per_batch.get(batch, 0) + 1
            assert all(count == 50 for count in per_batch.values()), per_batch
            # The FTS index agrees with the table (a torn trigger write would not).
            assert len(lib.articles(view="all", search=f"r{round_no}")) == len(rows)


# --- SIGKILL in the middle of saving briefs ----------------------------------------------------

SAVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from briefs import Article, brief_article, save_brief
    folder = Path(sys.argv[1])
    text = Path(sys.argv[2]).read_text(encoding="utf-8")
    briefs = [brief_article(Article(text=text, title="Same title every time", source="s", id=f"{i:016x}"))
              for i in range(3)]
    print("ready", flush=True)
    n = 0
    while True:
        save_brief(briefs[n % 3], folder)
        n += 1
""")


def test_killing_a_save_midway_leaves_only_whole_briefs(tmp_path):
    folder = tmp_path / "briefs"
    article = tmp_path / "article.txt"
    article.write_text("Talks in the capital\n\n" + LONG * 4, encoding="utf-8")
    expected: dict[str, str] | None = None
    for round_no in range(4):
        proc = _spawn(["-c", SAVER, str(folder), str(article)])
        try:
            assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
            time.sleep(0.1 + 0.13 * round_no)
        finally:
            _kill(proc)
        visible = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
        # Three articles share one title: at most three stems, never a fourth from a lost race.
        stems = {p.with_suffix("") for p in visible}
        assert 1 <= len(stems) <= 3, [p.name for p in visible]
        ids = set()
        for path in visible:
            data = path.read_text(encoding="utf-8")
            if path.suffix == ".json":
                doc = json.loads(data)  # never half a JSON document
                assert doc["schema"] == "newsbrief.brief/1"
                ids.add(doc["article"]["id"])
            else:
                assert data.startswith("---\n") and data.endswith("\n")
                assert "## Source" in data and "Brief by:" in data.splitlines()[-1]
        assert len(ids) == len({p for p in stems if p.with_suffix(".json").exists()})
        if expected is None:
            expected = {p.name: p.read_text(encoding="utf-8") for p in visible if p.suffix == ".json"}
        for name, text in expected.items():
            if (folder / name).exists():  # a re-save rewrites a brief with the same content
                assert json.loads((folder / name).read_text(encoding="utf-8")) == json.loads(text)


# --- two processes at once --------------------------------------------------------------------

TRIAGE = textwrap.dedent("""
    import sys, time
    from briefs.store.library import Library
    path, seconds = sys.argv[1], float(sys.argv[2])
    done = 0
    with Library.open(path) as lib:
        print("ready", flush=True)
        end = time.monotonic() + seconds
        states = ("read", "flagged", "unread", "archived")
        while time.monotonic() < end:
            for row in lib.articles(view="all", limit=60):
                lib.set_state(row.id, states[done % 4])
                done += 1
            if done % 5 == 0:
                lib.undo()
            lib.set_setting("last_view", "inbox")
    print("done", done, flush=True)
""")


def test_the_reader_and_a_cron_refresh_write_at_the_same_time_without_locking_errors(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text("connect_timeout = 5\ntotal_timeout = 10\nretention_days = 0\n")
    db = home / "library.sqlite3"
    with FeedServer() as server:
        version = {"v": 1}
        for n in range(8):
            server.routes[f"/f{n}"] = lambda seen, n=n: Route(body=_feed(n, version["v"], items=60))
        with Library.open(db) as lib:
            for n in range(8):
                lib.add_source("feed", server.url(f"/f{n}"))
            lib.add_articles([Article(text=f"Local {i}. " + LONG, title=f"Local {i}", source="t")
                              for i in range(60)])
        reader = _spawn(["-c", TRIAGE, str(db), "8"])
        errors: list[str] = []
        try:
            assert reader.stdout.readline().strip() == "ready"
            # This process is the reader's twin: briefs cached while the refreshes write.
            stop = threading.Event()

            def brief_things() -> None:
                try:
                    with Library.open(db) as lib:
                        while not stop.is_set():
                            for row in lib.articles(view="all", limit=5):
                                lib.brief(row.id)
                except Exception as exc:  # noqa: BLE001
                    errors.append(repr(exc))

            twin = threading.Thread(target=brief_things)
            twin.start()
            try:
                for round_no in range(3):
                    version["v"] = round_no + 1
                    cron = _spawn(["-m", "tui.cli", "refresh"], home)
                    _out, err = cron.communicate(timeout=120)
                    assert cron.returncode == 0, err
                    assert "locked" not in err
            finally:
                stop.set()
                twin.join(60)
            out, err = reader.communicate(timeout=60)
        finally:
            _kill(reader)
        assert reader.returncode == 0, err
        assert "locked" not in err and out.split()[-2] == "done" and int(out.split()[-1]) > 0
        assert errors == []
        assert _integrity(db) == "ok"
        with Library.open(db) as lib:
            assert lib.counts()["all"] == 60 + 8 * 60



async def test_the_tui_triages_while_a_cron_refresh_writes(tmp_path):
    from tui_support import notices, settle

    from briefs import resolve_home
    from tui.app import NewsbriefApp

    home = resolve_home(tmp_path / "home")
    home.data_dir.mkdir(parents=True)
    # A long total timeout: the second round's feeds wait for the reader's keys (below).
    home.config_file.write_text("connect_timeout = 5\ntotal_timeout = 600\nretention_days = 0\n")
    db = home.library_file
    keys_landing = threading.Event()

    def feed(seen, n: int) -> Route:
        if version["v"] > 1:
            # The second round answers once the reader's keys are landing (a busy machine pressed
            # only 8 keys in the whole of a refresh that did not wait), then slowly, so the keys
            # and the refresh's writes overlap.
            keys_landing.wait(600)  # set at the 10th key (or when the test ends), however loaded the machine
        return Route(body=_feed(n, version["v"], items=60), delay=0.3 * n if version["v"] > 1 else 0)

    with FeedServer() as server:
        version = {"v": 1}
        for n in range(6):
            server.routes[f"/f{n}"] = lambda seen, n=n: feed(seen, n)
        with Library.open(db) as lib:
            for n in range(6):
                lib.add_source("feed", server.url(f"/f{n}"))
        first = subprocess.run([sys.executable, "-m", "tui.cli", "refresh"], env=_env(home.data_dir),
                               cwd=str(ROOT), capture_output=True, text=True, timeout=120)
        assert first.returncode == 0, first.stderr
        app = NewsbriefApp(home)
        async with app.run_test(size=(160, 45)) as pilot:
            await settle(pilot)
            version["v"] = 2  # the cron refresh rewrites every article while the reader triages
            cron = _spawn(["-m", "tui.cli", "refresh"], home.data_dir)
            try:
                presses = 0
                while cron.poll() is None and presses < 200:
                    await pilot.press(("f", "j", "m", "j", "d", "u", "j")[presses % 7])
                    presses += 1
                    if presses == 10:
                        keys_landing.set()
                await settle(pilot, rounds=1)
                _out, err = cron.communicate(timeout=120)
            finally:
                keys_landing.set()
                _kill(cron)
            assert cron.returncode == 0, err
            assert "locked" not in err and presses >= 10, presses
            assert app.is_running
            problems = [n.message for n in notices(app) if n.severity == "error"]
            assert problems == [], problems
            shown = {row.id: row.state for row in app.screen.table.rows_by_id.values()} \
                if hasattr(app.screen.table, "rows_by_id") else {}
        assert _integrity(db) == "ok"
        with Library.open(db) as lib:
            stored = {r.id: r.state for r in lib.articles(view="all")}
            assert len(stored) == 6 * 60
            assert any(state == "flagged" for state in stored.values())
            for aid, state in shown.items():
                assert stored[aid] == state


# --- a full disk during a refresh -------------------------------------------------------------


@pytest.mark.parametrize("leave_kb", [16, 160])
def test_a_disk_that_fills_up_during_a_refresh_is_a_clear_error_and_loses_nothing(tmp_path, leave_kb):
    disk = tmp_path / "disk"
    disk.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)],
                                           capture_output=True, timeout=10).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        home = disk / "home"
        home.mkdir()
        (home / "config.toml").write_text("connect_timeout = 5\ntotal_timeout = 10\nretention_days = 0\n")
        db = home / "library.sqlite3"
        with FeedServer() as server:
            version = {"v": 1}
            for n in range(4):
                server.routes[f"/f{n}"] = lambda seen, n=n: Route(body=_feed(n, version["v"], items=30))
            with Library.open(db) as lib:
                for n in range(4):
                    lib.add_source("feed", server.url(f"/f{n}"))
            first = subprocess.run([sys.executable, "-m", "tui.cli", "refresh"], env=_env(home), cwd=str(ROOT),
                                   capture_output=True, text=True, timeout=120)
            assert first.returncode == 0, first.stderr
            with Library.open(db) as lib:
                flagged = [r.id for r in lib.articles(view="all")[::5]]
                for aid in flagged:
                    lib.set_state(aid, "flagged")
                before = {r.id: r.title for r in lib.articles(view="all")}
            free = shutil.disk_usage(disk).free
            (disk / "filler").write_bytes(b"\0" * max(0, free - leave_kb * 1024))
            version["v"] = 2  # every entry changes: the refresh has much to write
            full = subprocess.run([sys.executable, "-m", "tui.cli", "refresh"], env=_env(home), cwd=str(ROOT),
                                  capture_output=True, text=True, timeout=120)
            assert full.returncode in (1, 2), full.stderr
            assert "Traceback" not in full.stderr, full.stderr
            assert re.search(r"full|disk", full.stderr, re.I), full.stderr
            (disk / "filler").unlink()
            assert _integrity(db) == "ok"
            with Library.open(db) as lib:
                rows = {r.id: r for r in lib.articles(view="all")}
                assert set(before) <= set(rows)
                assert all(rows[aid].state == "flagged" for aid in flagged)
            again = subprocess.run([sys.executable, "-m", "tui.cli", "refresh"], env=_env(home), cwd=str(ROOT),
                                   capture_output=True, text=True, timeout=120)
            assert again.returncode == 0, again.stderr
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True, timeout=10)


# --- a corrupt library ------------------------------------------------------------------------


def _damage_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    assert len(data) > 40_000
    for start in range(8192, len(data) - 4096, 12_288):
        data[start:start + 2048] = b"\xde\xad\xbe\xef" * 512
    path.write_bytes(bytes(data))


def _build(path: Path) -> None:
    with Library.open(path) as lib:
        lib.add_articles([Article(text=f"Article {i}. " + LONG * 3, title=f"Article {i}", source="t")
                          for i in range(60)])
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.mark.parametrize("damage", ["garbage", "pages", "truncated", "header", "one byte", "short text"])
def test_a_corrupt_library_gets_a_clear_message_is_moved_aside_and_a_fresh_one_starts(tmp_path, damage):
    home = tmp_path / "home"
    home.mkdir()
    db = home / "library.sqlite3"
    if damage == "garbage":
        db.write_bytes(b"\x00\x01 definitely not sqlite " * 500)
    elif damage == "one byte":  # SQLite alone takes a file shorter than its header for an empty one
        db.write_bytes(b"x")
    elif damage == "short text":
        db.write_bytes(b"notes I meant to keep\n")
    else:
        _build(db)
        if damage == "pages":
            _damage_pages(db)
        elif damage == "truncated":
            data = db.read_bytes()
            db.write_bytes(data[: len(data) // 3 + 100])
        else:
            data = bytearray(db.read_bytes())
            data[16:24] = b"\xff" * 8  # page size and format bytes
            db.write_bytes(bytes(data))
    damaged = db.read_bytes()
    result = subprocess.run([sys.executable, "-m", "tui.cli", "list", "--format", "json"],
                            env=_env(home), cwd=str(ROOT), capture_output=True, text=True, timeout=60)
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
    aside = list(home.glob("library.sqlite3.corrupt-*"))
    aside = [p for p in aside if not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged  # kept, byte for byte
    assert str(aside[0]) in result.stderr and "damaged" in result.stderr
    assert _integrity(db) == "ok"
    with Library.open(db) as lib:
        assert lib.is_empty()

