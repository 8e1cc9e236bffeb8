"""The agenda: every next step in the library by date, the same step from several sources once."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from icalendar import Calendar
from test_stories import HELDOUT, _three_outlets, add

from briefs import Library
from briefs.cli import cli
from briefs.export.ics import agenda_ics
from briefs.stories.agenda import agenda_items


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    with Library.open(home / "library.sqlite3") as lib:
        # The retailer's trading update "on 9 January" and results "in April", from three outlets.
        _three_outlets(lib, "earnings-guidance-retailer.txt", "2023-11-20", "retail")
        # The bank's "November 6 decision", from one outlet.
        add(lib, "alpha", "Bank holds rates", (HELDOUT / "central-bank-hold.txt").read_text("utf-8"),
            "2023-09-21T12:00:00Z", "https://alpha.example/bank")
    return home


def test_the_same_step_from_several_outlets_is_one_item_with_its_sources(home: Path) -> None:
    with Library.open(home / "library.sqlite3") as lib:
        items = agenda_items(lib)
    update = [i for i in items if i.date == "2024-01-09"]
    assert len(update) == 1, [(i.date, i.text) for i in items]
    # The third outlet ran only the first half of the story, without the trading update.
    assert {s.url for s in update[0].sources} == {
        "https://alpha.example/retail", "https://beta.example/retail"}


def test_items_are_sorted_by_date_with_the_undated_last(home: Path) -> None:
    with Library.open(home / "library.sqlite3") as lib:
        items = agenda_items(lib)
    days = [i.days for i in items]
    dated = [d for d in days if d is not None]
    assert dated == sorted(dated) and dated
    assert days == dated + [None] * (len(days) - len(dated))


def test_from_and_to_keep_the_steps_dated_in_that_range(home: Path) -> None:
    with Library.open(home / "library.sqlite3") as lib:
        items = agenda_items(lib, dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    assert [i.date for i in items] == ["2024-01-09"]


def test_agenda_command_json_has_the_design_keys_and_ics_imports(home: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(cli, ["--home", str(home), "agenda", "--format", "json"], catch_exceptions=False)
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data and all(set(i) == {"text", "who", "when", "date", "certainty", "sources"} for i in data)
    assert all(set(s) == {"article_id", "url", "span"} for i in data for s in i["sources"])
    table = runner.invoke(cli, ["--home", str(home), "agenda"])
    assert "2 sources" in table.output and "no date" in table.output
    ics = runner.invoke(cli, ["--home", str(home), "agenda", "--format", "ics"])
    cal = Calendar.from_ical(ics.stdout_bytes)
    events = cal.walk("VEVENT")
    assert len(events) == sum(1 for i in data if i["date"] and not i["date"].endswith("_REF"))
    update = next(e for e in events if str(e.decoded("dtstart")) == "2024-01-09")
    description = str(update.get("description"))
    assert "https://beta.example/retail" in description and "Certainty:" in description
    bad = runner.invoke(cli, ["--home", str(home), "agenda", "--from", "tomorrow"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
    backwards = runner.invoke(cli, ["--home", str(home), "agenda", "--from", "2024-02-01", "--to", "2024-01-01"])
    assert backwards.exit_code == 2 and "--from 2024-02-01 is after --to 2024-01-01" in backwards.output


def test_hostile_step_text_stays_text_in_the_calendar() -> None:
    from briefs.stories.agenda import AgendaItem, StepSource

    evil = "Vote\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:pwned; x,y\\"
    item = AgendaItem(evil, ("A\nB",), "Friday", "2024-01-05", "planned",
                      (StepSource("a1", "https://e.org/?a=1,b;2", (0, 1)),))
    cal = Calendar.from_ical(agenda_ics([item]))
    (event,) = cal.walk("VEVENT")
    assert str(event.get("summary")) == evil.replace("\r\n", "\n")  # one event, the text intact


def test_an_updated_article_s_steps_replace_its_old_ones(tmp_path: Path) -> None:
    from briefs import Article, Incoming

    text = (HELDOUT / "central-bank-hold.txt").read_text("utf-8")
    assert "November 6 decision" in text
    with Library.open(tmp_path / "library.sqlite3") as lib:
        source = lib.add_source("feed", "https://alpha.example/rss", title="alpha")

        def put(body: str) -> list[str | None]:
            lib.add_articles([Incoming(Article(text=body, title="Bank", url="https://a/1",
                                               published="2023-09-21"), guid="g1")], source)
            return [i.date for i in agenda_items(lib)]

        assert "2023-11-06" in put(text)
        dates = put(text.replace("November 6 decision", "December 14 decision"))
        assert "2023-12-14" in dates and "2023-11-06" not in dates


def test_a_removed_source_takes_its_steps_and_story_members_along(home: Path) -> None:
    with Library.open(home / "library.sqlite3") as lib:
        assert agenda_items(lib)
        for info in lib.sources():
            lib.remove_source(info.id)
        assert agenda_items(lib) == []
        from briefs.stories.clusters import list_stories

        assert list_stories(lib) == []
