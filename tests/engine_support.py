"""Helpers for engine tests: a Document with its people index, and bench/scoring on the path."""

from __future__ import annotations

import sys
from pathlib import Path

from briefs.engine.doc import Document
from briefs.engine.people import PeopleIndex, find_people

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "bench") not in sys.path:
    sys.path.insert(0, str(REPO / "bench"))


def analysed(text: str) -> tuple[Document, PeopleIndex]:
    doc = Document(text)
    return doc, find_people(doc)
