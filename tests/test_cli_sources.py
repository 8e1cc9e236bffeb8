"""`newsbrief sources`: the sources a user names to `remove`, `rename` and `--feed`, listed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner
from feedserver import FeedServer, Route, rss

from briefs.cli import cli

LONG = "The ministers met for two hours and agreed to meet again in June, officials said. " * 8


def run(home: Path, *args: str):
    result = CliRunner().invoke(cli, ["--home", str(home), *args], obj={})
    assert "Traceback" not in result.output
    return result


def _feed(title: str, n: int) -> Route:
    items = [{"title": f"{title} story {i}", "link": f"https://s.example/{title}/{i}", "content": f"{title} story {i}. {LONG}"}
             for i in range(n)]
    return Route(body=rss(title, items))


def test_sources_lists_each_source_in_the_sidebars_order_with_counts_and_its_last_error(
        tmp_path: Path, server: FeedServer):
    home = tmp_path / "home"
    home.mkdir()
    # No feed here is slow: generous limits keep a loaded machine from turning an answer into a time-out.
    (home / "config.toml").write_text("connect_timeout = 10\ntotal_timeout = 10\n")
    server.routes["/ten"] = _feed("Feed 10", 2)
    server.routes["/two"] = _feed("Feed 2", 3)
    assert run(home, "add", server.url("/ten"), server.url("/two")).exit_code == 0
    assert run(home, "list", "--feed", "Feed 2", "--state", "all").exit_code == 0
    server.routes["/ten"] = Route(status=500)
    assert run(home, "refresh").exit_code == 1

    result = run(home, "sources")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["id", "kind", "articles", "unread", "refreshed", "title"], lines
    two = next(i for i, line in enumerate(lines) if line.rstrip().endswith("Feed 2"))
    ten = next(i for i, line in enumerate(lines) if "Feed 10" in line)
    assert two < ten, lines  # "Feed 2" before "Feed 10", as the sidebar has them
    assert lines[two].split()[1:4] == ["feed", "3", "3"], lines[two]
    assert "  ! " in lines[ten] and "HTTP 500" in lines[ten] and "! " not in lines[two], lines
    assert lines[ten].split("  ! ")[1].startswith("HTTP 500"), lines[ten]  # the title, then why

    data = json.loads(run(home, "sources", "--format", "json").stdout)
    assert [s["title"] for s in data] == ["Feed 2", "Feed 10"]
    assert set(data[0]) == {"id", "title", "kind", "location", "category", "articles", "unread",
                            "last_refreshed", "last_error"}
    assert data[0]["articles"] == 3 and data[0]["unread"] == 3 and data[0]["last_error"] is None
    assert "HTTP 500" in data[1]["last_error"] and data[1]["last_refreshed"]
    assert server.url("/ten") not in data[1]["last_error"]  # said once, in "location"
    # What `sources` shows is what the other commands take.
    assert run(home, "rename", str(data[1]["id"]), "Ten").exit_code == 0
    assert run(home, "remove", data[0]["location"]).exit_code == 0
    assert [s["title"] for s in json.loads(run(home, "sources", "--format", "json").stdout)] == ["Ten"]


def test_sources_shows_a_hostile_title_and_error_as_one_plain_line(tmp_path: Path, server: FeedServer):
    home = tmp_path / "home"
    server.routes["/f"] = _feed("Plain", 1)
    assert run(home, "add", server.url("/f")).exit_code == 0
    with sqlite3.connect(home / "library.sqlite3") as db:  # as a hostile feed could leave them
        db.execute("UPDATE sources SET title = ?, last_error = ?",
                   ("\x1b]0;owned\x07Evil <b>bold</b>\x9b2J [b]x[/b]\nnext",
                    "\x1b[2Jboom\r\nsecond \x1b[31mred"))
    table = run(home, "sources").stdout
    shown = json.loads(run(home, "sources", "--format", "json").stdout)[0]
    for text in (table, shown["title"], shown["last_error"]):
        assert not any(ch in text for ch in "\x1b\x07\x9b\r"), repr(text)
        assert "<b>" not in text, repr(text)
    assert len(table.splitlines()) == 2, table  # the heading and one line for the source
    assert "Evil bold" in table and "boom second red" in table, table


def test_an_unknown_source_points_at_the_command_that_lists_them(tmp_path: Path):
    home = tmp_path / "home"
    for args in (["list", "--feed", "nope"], ["export", "--out", str(tmp_path / "out"), "--feed", "nope"],
                 ["remove", "nope"], ["rename", "nope", "New"]):
        result = run(home, *args)
        assert result.exit_code == 2, (args, result.output)
        assert "no source matching 'nope'" in result.stderr and "`newsbrief sources`" in result.stderr, (
            args, result.stderr)
        assert "newsbrief list" not in result.stderr


def test_sources_on_an_empty_library_says_how_to_add_one(tmp_path: Path):
    result = run(tmp_path / "home", "sources")
    assert result.exit_code == 0 and result.stdout == ""
    assert "no sources: `newsbrief add SOURCE`" in result.stderr
    assert json.loads(run(tmp_path / "home", "sources", "--format", "json").stdout) == []
