"""Fixtures shared by the test files; helpers for the TUI's Pilot tests are in tui_support."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from feedserver import FeedServer
from hypothesis import settings
from textual.notifications import Notifications
from tui_support import fill_library, make_home

from briefs.store.library import Library

# The suite gives the same answer on every run (`make test`, CI): the property tests draw their
# examples from a fixed seed and replay no saved failures. `HYPOTHESIS_PROFILE=explore make test`
# draws new examples each run, to hunt for bugs; a failure it finds becomes a plain test.
settings.register_profile("stable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "stable"))


_BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(autouse=True)
def _bench_not_left_on_sys_path():
    """bench/tui.py shadows the tui package: a test that left bench/ on sys.path broke every
    process its worker started afterwards (the R refresh's forkserver child), failing whichever
    test came next there. The test that leaves it fails instead, naming itself."""
    yield
    left = [p for p in sys.path if p and Path(p).resolve() == _BENCH]
    assert not left, f"bench/ left on sys.path ({left}): load bench modules by path and restore sys.path"


@pytest.fixture
def home(tmp_path):
    """A home in tmp_path with the Blinken article and a few short ones in its library.
    (A test file that needs another library defines its own `home`.)"""
    home = make_home(tmp_path)
    fill_library(home)
    return home


@pytest.fixture
def lib(tmp_path: Path):
    """An empty library in tmp_path (a test file that needs another one defines its own `lib`)."""
    with Library.open(tmp_path / "library.sqlite3") as library:
        yield library


@pytest.fixture
def server():
    """A loopback feed server (tests/feedserver.py) that the test fills with routes."""
    with FeedServer() as s:
        yield s


@pytest.fixture(autouse=True)
def _notices_kept(monkeypatch):
    """Every notice an app raises is also kept in `app._notifications.shown` (read it with
    tui_support.notices): a toast leaves the live list after its timeout of wall-clock time,
    which a busy machine can spend inside one `settle`, so a test reading the live list later
    could miss a notice that was shown."""
    add = Notifications.add

    def add_and_keep(self, notification):
        self.__dict__.setdefault("shown", []).append(notification)
        return add(self, notification)

    monkeypatch.setattr(Notifications, "add", add_and_keep)
