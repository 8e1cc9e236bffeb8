"""A reader whose terminal goes away (window closed, ssh dropped) exits instead of spinning."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from tui.app import terminal_hung_up

NEWSBRIEF = Path(sys.executable).with_name("newsbrief")
PATIENCE = 180.0  # a busy machine (2 cores shared) can take tens of seconds to start the reader


def test_a_live_terminal_is_not_hung_up_and_a_closed_one_is():
    main, child = pty.openpty()
    try:
        assert not terminal_hung_up(child)
        os.close(main)
        assert terminal_hung_up(child)
    finally:
        os.close(child)


@pytest.mark.skipif(not NEWSBRIEF.exists(), reason="the newsbrief console script is not installed")
def test_the_reader_exits_when_its_terminal_closes(tmp_path):
    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    # Not a session leader and no controlling terminal: like a reader started by `make run`,
    # it gets no SIGHUP when the window closes, only a dead terminal.
    proc = subprocess.Popen(
        [str(NEWSBRIEF), "--home", str(tmp_path / "home")],
        stdin=child, stdout=child, stderr=child, close_fds=True,
        env={**os.environ, "TERM": "xterm-256color"},
    )
    os.close(child)
    try:
        deadline = time.monotonic() + PATIENCE
        seen = b""
        while time.monotonic() < deadline and b"Inbox" not in seen:  # the reader is up
            try:
                seen += os.read(main, 65536)
            except OSError:
                break
        assert b"Inbox" in seen, "the reader did not start"
        os.close(main)
        main = -1
        assert proc.wait(timeout=PATIENCE) is not None
    finally:
        if main >= 0:
            os.close(main)
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
