"""The installed `newsbrief` reader on a pseudo-terminal, as a person runs it.

Pilot tests run the app inside pytest's process and never meet what the console script meets:
Textual swaps sys.stderr for an object whose fileno() is -1, and the parsing processes are
started from inside the app. Tests here start the real command and read what it draws.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

NEWSBRIEF = Path(sys.executable).with_name("newsbrief")
pytestmark = pytest.mark.skipif(not NEWSBRIEF.exists(), reason="the newsbrief console script is not installed")

# A busy machine (2 cores shared, 4 test workers) can take tens of seconds to start the app or
# refresh 20 feeds; every wait is for a condition, so a right app ends it at once and only a wrong
# one (never drawing, never exiting) pays the whole of it.
PATIENCE = 180.0

# Escape sequences: a cursor move starts a new line of text; everything else is dropped.
_CURSOR_MOVE = re.compile(r"\x1b\[\d*(?:;\d*)?[Hf]")
_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|[@-Z\\-_])")


class Terminal:
    """The reader on a pseudo-terminal; a thread keeps draining what it draws (a full pty would
    block the app), and `text()` is all of it as plain text, one drawn line per line."""

    def __init__(self, home: Path, cols: int = 160, rows: int = 48) -> None:
        self._main, child = pty.openpty()
        fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.proc = subprocess.Popen(
            [str(NEWSBRIEF), "--home", str(home)],
            stdin=child, stdout=child, stderr=child, close_fds=True, start_new_session=True,
            env={**os.environ, "TERM": "xterm-256color", "COLUMNS": str(cols), "LINES": str(rows)},
        )
        os.close(child)
        self._raw = bytearray()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _drain(self) -> None:
        while True:
            try:
                chunk = os.read(self._main, 65536)
            except OSError:
                return
            if not chunk:
                return
            with self._lock:
                self._raw += chunk

    def mark(self) -> int:
        """Where the output is now: `text(since=mark)` is what was drawn after it."""
        with self._lock:
            return len(self._raw)

    def text(self, since: int = 0) -> str:
        with self._lock:
            raw = bytes(self._raw[since:])
        drawn = _CURSOR_MOVE.sub("\n", raw.decode("utf-8", "replace"))
        return _ESCAPE.sub("", drawn)

    def press(self, keys: str) -> None:
        os.write(self._main, keys.encode())

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        os.close(self._main)
        self._reader.join(5)


def wait_for(condition: Callable[[], bool], timeout: float = PATIENCE, every: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return condition()


def listed(home: Path) -> list[dict[str, object]]:
    """The library's articles, as `newsbrief list --format json` prints them."""
    out = subprocess.run(
        [str(NEWSBRIEF), "--home", str(home), "list", "--state", "all", "--format", "json"],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout
    return json.loads(out)
