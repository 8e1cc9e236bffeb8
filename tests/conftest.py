"""Fixtures shared by the test files; helpers for the TUI's Pilot tests are in tui_support."""

from __future__ import annotations

from pathlib import Path

import pytest
from feedserver import FeedServer
from tui_support import fill_library, make_home

from briefs.store.library import Library


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
