"""Helpers for engine tests: a Document with its people index, strict xfails for probes the
rules do not pass yet, and bench/scoring on the path."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from briefs.engine.doc import Document
from briefs.engine.people import PeopleIndex, find_people

REPO = Path(__file__).resolve().parents[1]


def _load_scoring():
    # Loaded by file path, not by putting bench/ on sys.path: bench/tui.py would shadow the tui package.
    if "scoring" in sys.modules:
        return sys.modules["scoring"]
    spec = importlib.util.spec_from_file_location("scoring", REPO / "bench" / "scoring.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["scoring"] = module
    spec.loader.exec_module(module)
    return module


_load_scoring()


def analysed(text: str) -> tuple[Document, PeopleIndex]:
    doc = Document(text)
    return doc, find_people(doc)


def gap_marks(probe_id: str, gaps: dict[str, str]) -> list[pytest.MarkDecorator]:
    """A probe the rules do not pass yet: a strict xfail naming the gap, so a fix shows up."""
    return [pytest.mark.xfail(reason=gaps[probe_id], strict=True)] if probe_id in gaps else []
