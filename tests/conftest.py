"""Fixtures shared by the test files; helpers for the TUI's Pilot tests are in tui_support."""

from __future__ import annotations

import pytest
from tui_support import fill_library, make_home


@pytest.fixture
def home(tmp_path):
    """A home in tmp_path with the Blinken article and a few short ones in its library.
    (A test file that needs another library defines its own `home`.)"""
    home = make_home(tmp_path)
    fill_library(home)
    return home
