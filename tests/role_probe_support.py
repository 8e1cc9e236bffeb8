"""The check the role probe files share: does the person named in a sentence get the role a
careful reader gives them."""

from __future__ import annotations

from briefs.engine.doc import Document
from briefs.engine.people import find_people


def assert_role(text: str, name: str, role: str) -> None:
    """The person `name` (or else the first person sharing its surname) has a role holding one of the
    words "a|b" of `role`."""
    people = {p.name: p.role for p in find_people(Document(text)).people()}
    surname = name.split()[-1]
    found = [name] if name in people else [n for n in people if n.split()[-1] == surname]
    assert found, f"{name} not found among {people}"
    got = people[found[0]] or ""
    assert any(r in got.lower() for r in role.split("|")), f"{name}: role {got!r}, expected {role!r}; all {people}"
