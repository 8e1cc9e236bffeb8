"""The digest: top stories with their merged briefs, then the next 14 days' agenda."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_stories import HELDOUT, _three_outlets, add

from briefs import Article, Incoming, Library
from briefs.cli import cli
from briefs.export.digest import digest_markdown, make_digest, write_digest
from briefs.stories.clusters import list_stories
from briefs.stories.merge import story_brief

NOW = dt.datetime(2023, 11, 21, 7, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def lib(tmp_path: Path):
    with Library.open(tmp_path / "home" / "library.sqlite3") as library:
        _three_outlets(library, "earnings-guidance-retailer.txt", "2023-11-20", "retail")
        add(library, "alpha", "Bank holds rates", (HELDOUT / "central-bank-hold.txt").read_text("utf-8"),
            "2023-11-20T12:00:00Z", "https://alpha.example/bank")
        add(library, "beta", "Old floods", (HELDOUT / "china-floods-official.txt").read_text("utf-8"),
            "2023-10-01T12:00:00Z", "https://beta.example/floods")
        yield library


def test_the_story_brief_keeps_each_line_pointing_at_its_own_article(lib: Library) -> None:
    story = list_stories(lib)[0]
    brief = story_brief(lib, story)
    texts = {a.id: lib.article(a.id).text for a in story.articles}
    lines = [*brief.quotes, *brief.open_issues, *brief.next_steps]
    assert lines and brief.summary is not None
    for line in lines:
        for s in line.sources:
            quoted = texts[s.article_id][s.span[0] : s.span[1]]
            assert quoted.strip(), (line, s)
    # A quotation every outlet carried is one quote with its sources.
    assert max(len(q.sources) for q in brief.quotes) >= 2


def test_top_stories_come_by_sources_then_recency_and_since_leaves_old_ones_out(lib: Library) -> None:
    d = make_digest(lib, since=NOW - dt.timedelta(days=2), now=NOW)
    assert [sb.story.sources for sb in d.stories] == [3, 1]
    assert "Old floods" not in digest_markdown(d)
    everything = make_digest(lib, since=None, now=NOW)
    assert len(everything.stories) == 3


def test_the_digest_ends_with_the_next_two_weeks_agenda(lib: Library) -> None:
    d = make_digest(lib, since=None, now=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    assert [i.date for i in d.agenda] == ["2024-01-09"]
    assert "2024-01-09" in digest_markdown(d).split("## Agenda")[1]


def test_the_flagged_view_holds_only_stories_with_a_flagged_article(lib: Library) -> None:
    bank = next(s for s in list_stories(lib) if s.title == "Bank holds rates")
    lib.set_state(bank.articles[0].id, "flagged")
    d = make_digest(lib, since=None, view="flagged", now=NOW)
    assert [sb.story.title for sb in d.stories] == ["Bank holds rates"]


def test_the_html_digest_is_one_file_that_loads_and_runs_nothing(lib: Library, tmp_path: Path) -> None:
    path = write_digest(lib, tmp_path / "digest.html", since=None, now=NOW)
    page = path.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<script|<img|<link|@import|url\(|<iframe|<object", page, re.IGNORECASE)
    assert "default-src 'none'" in page
    md = write_digest(lib, tmp_path / "digest.md", since=None, now=NOW).read_text("utf-8")
    assert md.startswith("# Digest")


def test_digest_command_prints_markdown_or_writes_the_file(lib: Library, tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    runner = CliRunner()
    out = runner.invoke(cli, ["--home", home, "digest", "--since", "20000d"], catch_exceptions=False)
    assert out.exit_code == 0 and out.output.startswith("# Digest")
    target = tmp_path / "d.html"
    written = runner.invoke(cli, ["--home", home, "digest", "--since", "20000d", "--out", str(target)])
    assert written.exit_code == 0 and target.read_text("utf-8").startswith("<!DOCTYPE html>")
    bad = runner.invoke(cli, ["--home", home, "digest", "--out", str(tmp_path / "no" / "such" / "x.md")])
    assert bad.exit_code == 2 and "Traceback" not in bad.output


def test_digest_refuses_an_out_file_it_would_misname(lib: Library, tmp_path: Path) -> None:
    """`--out brief.pdf` would be Markdown under a PDF's name: refused in one line, nothing written."""
    home = str(tmp_path / "home")
    for name in ("brief.pdf", "brief.DOCX"):
        target = tmp_path / name
        result = CliRunner().invoke(cli, ["--home", home, "digest", "--out", str(target)])
        assert result.exit_code == 2, result.output
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(target) in lines[0] and ".md" in lines[0] and ".html" in lines[0], lines
        assert not target.exists()
    for name in ("d.MD", "d.htm", "digest"):
        assert CliRunner().invoke(cli, ["--home", home, "digest", "--out", str(tmp_path / name)]).exit_code == 0
    assert (tmp_path / "d.htm").read_text("utf-8").startswith("<!DOCTYPE html>")




def test_a_story_shows_when_its_newest_article_was_published_and_no_date_when_none_has_one(tmp_path: Path) -> None:
    """An undated article (a local file) reached the library today; that is not the story's date."""
    with Library.open(tmp_path / "library.sqlite3") as lib:
        add(lib, "alpha", "Bank holds rates", (HELDOUT / "central-bank-hold.txt").read_text("utf-8"),
            "2023-11-20T12:00:00+00:00", "https://alpha.example/bank")
        source = lib.add_source("folder", str(tmp_path / "notes"), title="notes")
        (floods_id,) = lib.add_articles([Incoming(Article(text=(HELDOUT / "china-floods-official.txt").read_text("utf-8"),
                                           title="Floods, undated", source="notes/floods.txt"),
                                   guid="notes/floods.txt")], source)
        stories = {s.title: s for s in list_stories(lib)}
        assert stories["Bank holds rates"].newest == "2023-11-20T12:00:00+00:00"
        assert stories["Floods, undated"].newest is None
        text = digest_markdown(make_digest(lib, since=None, now=NOW))
        bank, floods = (text.split(f"{title}")[1].split("\n\n")[1] for title in ("Bank holds rates", "Floods, undated"))
        assert "newest 2023-11-20 12:00" in bank
        assert floods.startswith("_1 source_") and "newest" not in floods
        read_on = lib.row(floods_id).added[:10]  # the day it was read (not the test's idea of today)
        assert read_on not in text.split("## Agenda")[0]
