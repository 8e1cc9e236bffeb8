"""One selection of what a brief shows: the reading pane and the saved Markdown say the same
things, a brief is brief (four key quotes, five open issues, each next step once), and the
JSON keeps everything."""

from __future__ import annotations

import json

from briefs import shown_brief
from briefs.export.render import brief_to_markdown
from briefs.model import Article, Brief, Meeting, NextStep, OpenIssue, Participant, Quote, Summary
from tui.reading import brief_lines

TEXT = "x" * 400


def _brief() -> Brief:
    quotes = (
        Quote(text="We.", span=(0, 3), speaker="A One", score=0.99),
        Quote(text="The port will reopen by June at the latest,", span=(3, 9), speaker="B Two",
              speaker_role="port chief", score=0.9),
        Quote(text="a difficult but necessary step", span=(9, 12), speaker="C Three", kind="partial",
              score=0.8),
        Quote(text="The port will reopen by June at the latest,", span=(12, 15), speaker="B Two",
              score=0.7),  # the same words again (caption and body)
        Quote(text="Please.", span=(15, 18), speaker="D Four", score=0.6),
        Quote(text="Nobody told us anything about the closure", span=(18, 21), speaker="E Five",
              kind="indirect", score=0.5),
        Quote(text="We will sue the authority if it drags on", span=(21, 24), speaker="F Six", score=0.4),
        Quote(text="This is the last quote that could be shown", span=(24, 27), speaker="G Seven",
              score=0.3),
    )
    issues = tuple(OpenIssue(text=f"Open question number {i}", span=(30 + i, 31 + i)) for i in range(8))
    steps = (
        NextStep(text="The port will reopen in June", span=(40, 41), who=("B Two",), when="June",
                 certainty="planned"),
        NextStep(text="The port will reopen in June.", span=(41, 42)),
        NextStep(text="reopen in June", span=(42, 43)),
        NextStep(text="Talks resume next week", span=(43, 44), certainty="expected"),
    )
    meetings = (
        Meeting(participants=(Participant("B Two", "port chief"), Participant("H Eight")),
                text="B Two met H Eight at the harbour", span=(50, 60), place="the harbour",
                when="Monday"),
        Meeting(participants=(Participant("A One"),), text="A One met union leaders", span=(60, 70)),
    )
    return Brief(article=Article(text=TEXT, title="Port", source="s"),
                 summary=Summary("The port closed.", ((0, 16),)), engine="e", quotes=quotes,
                 open_issues=issues, next_steps=steps, meetings=meetings)


def test_a_brief_shows_four_ranked_quotes_five_issues_and_each_step_once():
    shown = shown_brief(_brief())
    assert [q.speaker for q in shown.quotes] == ["B Two", "C Three", "E Five", "F Six"]
    assert [q.label for q in shown.quotes] == ["", "partial", "indirect", ""]
    assert shown.quotes[0].text == "The port will reopen by June at the latest"
    assert len(shown.open_issues) == 5
    assert [s.text for s in shown.next_steps] == ["The port will reopen in June", "Talks resume next week"]
    assert shown.next_steps[0].details == ("B Two", "June", "planned")
    assert shown.meeting is not None and shown.meeting.text.startswith("B Two met")
    assert shown.more_quotes == 4


def test_fragments_show_only_when_no_longer_quote_exists():
    brief = Brief(article=Article(text=TEXT, title="t", source="s"), summary=Summary(""), engine="e",
                  quotes=(Quote(text="We.", span=(0, 3), speaker="A", score=0.9),
                          Quote(text="Please.", span=(3, 6), speaker="B", score=0.8)))
    assert [q.text for q in shown_brief(brief).quotes] == ["We.", "Please."]


def test_the_saved_file_and_the_reading_pane_say_the_same_things():
    brief = _brief()
    markdown = brief_to_markdown(brief)
    screen = [(line.section, line.text.plain) for line in brief_lines(brief)]
    for section in ("Key quotes", "Open issues", "Next steps"):
        on_screen = [text for name, text in screen if name == section]
        heading = f"## {section}\n\n"
        in_file = markdown.split(heading, 1)[1].split("\n\n## ", 1)[0]
        items = [line for line in in_file.split("\n") if line.strip()]
        assert len(items) == len(on_screen), (section, items, on_screen)
        for line, shown in zip(items, on_screen, strict=True):
            first = shown.split("\n")[0].strip("\u201c")
            assert first.split("\u201d")[0] in line, (section, line, shown)
    assert "(partial)" in markdown and "(indirect)" in markdown
    assert "Other meetings" not in markdown and "A One met union leaders" not in markdown
    assert "Please." not in markdown and "We." not in markdown
    assert markdown.count("The port will reopen by June at the latest") == 1
    # The JSON keeps everything.
    data = json.loads(json.dumps(brief.to_dict()))
    assert len(data["quotes"]) == 8 and len(data["open_issues"]) == 8 and len(data["meetings"]) == 2
    assert len(data["next_steps"]) == 4
