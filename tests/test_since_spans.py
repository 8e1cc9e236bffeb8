"""`--since` as people type it: years and months ("1y", "2 years", "3mo"), a year or a month
alone ("2023", "2023-06"), as well as 24h, 7d, 2w and a date."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefs import Article, Library
from briefs.cli import cli
from briefs.stories.clusters import parse_since

NOW = datetime(2024, 3, 31, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(("typed", "moment"), [
    ("1y", datetime(2023, 3, 31, 12, tzinfo=timezone.utc)),
    ("2y", datetime(2022, 3, 31, 12, tzinfo=timezone.utc)),
    ("2 years", datetime(2022, 3, 31, 12, tzinfo=timezone.utc)),
    ("1 year ago", datetime(2023, 3, 31, 12, tzinfo=timezone.utc)),
    ("1mo", datetime(2024, 2, 29, 12, tzinfo=timezone.utc)),  # the month's last day when shorter
    ("3 months", datetime(2023, 12, 31, 12, tzinfo=timezone.utc)),
    ("3 days", NOW - timedelta(days=3)),
    ("90m", NOW - timedelta(minutes=90)),  # m stays minutes
    ("24h", NOW - timedelta(hours=24)),
    ("2w", NOW - timedelta(weeks=2)),
    ("2023", datetime(2023, 1, 1, tzinfo=timezone.utc)),
    ("2023-06", datetime(2023, 6, 1, tzinfo=timezone.utc)),
    ("2023-06-19", datetime(2023, 6, 19, tzinfo=timezone.utc)),
    ("999999y", datetime.min.replace(tzinfo=timezone.utc)),  # before year 1: everything is newer
    ("999999w", datetime.min.replace(tzinfo=timezone.utc)),
])
def test_since_takes_years_months_and_a_year_or_month_alone(typed: str, moment: datetime):
    assert parse_since(typed, NOW) == moment


@pytest.mark.parametrize("typed", ["soon", "2023-13", "1 fortnight", "y"])
def test_since_refuses_what_it_cannot_read_and_says_what_it_takes(typed: str):
    with pytest.raises(ValueError, match="1y"):
        parse_since(typed, NOW)


def test_stories_since_a_year_keeps_the_stories_of_the_last_year(tmp_path: Path):
    home = tmp_path / "home"
    now = datetime.now(timezone.utc)
    with Library.open(home / "library.sqlite3") as lib:
        source = lib.add_source("feed", "https://wire.example/rss", title="Wire")
        lib.add_articles([
            Article(text="The harbour council met on Monday and agreed a new budget, officials said. " * 4,
                    title="Council agrees budget", source="https://wire.example/1",
                    published=(now - timedelta(days=200)).isoformat(timespec="seconds")),
            Article(text="Rail unions called off the strike after late talks, the union said. " * 4,
                    title="Rail strike called off", source="https://wire.example/2",
                    published=(now - timedelta(days=500)).isoformat(timespec="seconds")),
        ], source_id=source)
    runner = CliRunner()

    def titles(since: str) -> list[str]:
        result = runner.invoke(cli, ["--home", str(home), "stories", "--since", since, "--format", "json"], obj={})
        assert result.exit_code == 0, result.output
        return sorted(s["title"] for s in json.loads(result.stdout))

    assert titles("1y") == ["Council agrees budget"]
    assert titles("2y") == titles("2 years") == ["Council agrees budget", "Rail strike called off"]
    assert titles(str(now.year + 1)) == []
    digest = runner.invoke(cli, ["--home", str(home), "digest", "--since", "1y", "--view", "all"], obj={})
    assert digest.exit_code == 0 and "Council agrees budget" in digest.stdout
    assert "Rail strike" not in digest.stdout.split("## Agenda")[0]
    bad = runner.invoke(cli, ["--home", str(home), "stories", "--since", "soon"], obj={})
    assert bad.exit_code == 2 and "1y" in bad.stderr and "Traceback" not in bad.output
