"""Fixtures shared by the test files; helpers for the TUI's Pilot tests are in tui_support."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from feedserver import FeedServer
from hypothesis import settings
from tui_support import fill_library, make_home

from briefs.store.library import Library

# The suite gives the same answer on every run (`make test`, CI): the property tests draw their
# examples from a fixed seed and replay no saved failures. `HYPOTHESIS_PROFILE=explore make test`
# draws new examples each run, to hunt for bugs; a failure it finds becomes a plain test.
settings.register_profile("stable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "stable"))


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
