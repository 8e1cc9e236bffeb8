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


def load_bench(name: str):
    """The bench script `bench/<name>.py` as module `name`, loaded once, by file path. Whatever
    it puts on sys.path is taken off again: left there, bench/tui.py shadows the tui package in
    every process started later in the same worker (the R refresh's forkserver child failed with
    "'tui' is not a package", and the tests waiting for it timed out)."""
    if name in sys.modules:
        return sys.modules[name]
    saved = list(sys.path)
    try:
        spec = importlib.util.spec_from_file_location(name, REPO / "bench" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = saved
    return module


load_bench("scoring")


def analysed(text: str) -> tuple[Document, PeopleIndex]:
    doc = Document(text)
    return doc, find_people(doc)


def gap_marks(probe_id: str, gaps: dict[str, str]) -> list[pytest.MarkDecorator]:
    """A probe the rules do not pass yet: a strict xfail naming the gap, so a fix shows up."""
    return [pytest.mark.xfail(reason=gaps[probe_id], strict=True)] if probe_id in gaps else []
