"""Starting the reader: what the first screen needs and nothing more (no engine, no HTTP
client), and a big library's whole-file check after the first screen, which still sets a
damaged library aside."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from tui_support import make_home, notices, settle, wait_for

import briefs.store.library as library_module
from briefs import Article, Library
from tui.app import NewsbriefApp

WIDE = (200, 50)
ROOT = Path(__file__).resolve().parent.parent


def test_the_reader_starts_without_the_engine_the_http_client_or_the_stories():
    code = ("import sys, tui.cli, tui.app; "
            "print(' '.join(sorted(m for m in sys.modules if m.startswith(('briefs.engine', 'briefs.stories', "
            "'briefs.export', 'briefs.sources', 'briefs.refresh', 'httpx', 'h11', 'feedparser', 'readability', 'lxml')))))")
    loaded = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert loaded.stdout.split() == []


def _damaged_library(path: Path) -> bytes:
    with Library.open(path) as library:
        library.add_articles([Article(text=f"Article {i}. " + "Words of the article. " * 200, title=f"Article {i}",
                                      source=f"t/{i}") for i in range(60)])
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # The b-tree of an index nothing on the first screen reads (nor the index worker): damage
    # that only SQLite's whole-file check finds, whatever the layout of the rest of the file.
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles_hash'").fetchone()
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start:start + page_size] = b"\xde\xad\xbe\xef" * (page_size // 4)
    path.write_bytes(bytes(data))
    return bytes(data)


async def test_a_big_library_damaged_inside_is_set_aside_after_the_first_screen(tmp_path, monkeypatch):
    home = make_home(tmp_path)
    home.data_dir.mkdir(parents=True, exist_ok=True)
    damaged = _damaged_library(home.library_file)
    monkeypatch.setattr(library_module, "CHECK_AT_OPEN_BYTES", 0)  # every library counts as big
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        # After the first paint, beside the index worker's first batch: on a loaded machine
        # (2 cores, other test runs) that took over 30 s once.
        await wait_for(pilot, lambda: any("was damaged" in n.message for n in notices(app)), timeout=90,
                       what="the report")
        await settle(pilot)
        assert app.is_running
        aside = [p for p in home.data_dir.glob("library.sqlite3.corrupt-*") if not p.name.endswith(("-wal", "-shm"))]
        # Kept as it was when the check found the damage (the reader had begun to use it).
        assert len(aside) == 1 and aside[0].read_bytes()[:16] == damaged[:16] == b"SQLite format 3\x00"
        assert any(str(aside[0]) in n.message for n in notices(app))
        assert app.library is not None and app.library.checked and app.library.check() is None
