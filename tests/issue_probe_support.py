"""The checks the open-issue probe files share: the open issues of a text, whether one of them
holds a term, and whether a story gives the issues a reader lists and none of its background."""

from __future__ import annotations

from engine_support import analysed

from briefs.engine.issues import find_open_issues
from briefs.model import OpenIssue


def open_issues_in(text: str) -> tuple[OpenIssue, ...]:
    doc, people = analysed(text + "\n")
    return find_open_issues(doc, people)


def assert_issue_holds(sentence: str, term: str) -> None:
    """The sentence gives an open issue whose line or topic holds `term`, as a gold item's terms would."""
    issues = open_issues_in(sentence)
    assert issues, sentence
    assert any(term.lower() in f"{i.text} {i.topic}".lower() for i in issues), issues


def assert_story_issues(text: str, expected: list[list[str]], forbidden: list[str]) -> None:
    """Each `expected` group has a term held by some issue (line or topic); no issue holds a
    `forbidden` string."""
    doc, people = analysed(text)
    lines = [f"{i.text} {i.topic}".lower() for i in find_open_issues(doc, people)]
    for group in expected:
        assert any(any(term.lower() in line for term in group) for line in lines), (group, lines)
    for word in forbidden:
        assert not any(word.lower() in line for line in lines), (word, lines)
