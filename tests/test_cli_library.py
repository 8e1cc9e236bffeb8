"""The library commands end to end: a loopback server, a temp home, real exit codes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from feedserver import FeedServer, Route, fixture, rss

from briefs.cli import cli
from briefs.store.library import Library

LONG = "The ministers met for two hours and agreed to meet again in June, officials said. " * 8


def run(home: Path, *args: str):
    result = CliRunner().invoke(cli, ["--home", str(home), *args], obj={})
    assert "Traceback" not in result.output
    return result


def _opml(server: FeedServer, paths: list[tuple[str, str]]) -> str:
    outlines = "".join(
        f'<outline text="{cat}"><outline type="rss" text="{p}" xmlUrl="{server.url(p)}"/></outline>'
        for p, cat in paths
    )
    return f'<?xml version="1.0"?><opml version="2.0"><head/><body>{outlines}</body></opml>'


def _config(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    # No feed here is slow: generous limits keep a loaded machine from turning an answer into a time-out.
    (home / "config.toml").write_text("connect_timeout = 10\ntotal_timeout = 10\n")


def test_refresh_only_fetches_and_the_story_commands_index_what_arrived(tmp_path: Path,
                                                                         server: FeedServer):
    # Briefing every new article for stories and the agenda costs ~5 ms each: a cold refresh of
    # 20,000 items would take minutes more. `refresh` stays a fetch; the first `stories`,
    # `agenda` or `digest` (or the reader, in a worker) indexes what arrived since.
    from briefs import list_stories

    home = tmp_path / "home"
    _config(home)
    server.routes["/a"] = Route(body=fixture("rss20.xml"))
    assert run(home, "add", server.url("/a")).exit_code == 0
    assert run(home, "refresh").exit_code == 0
    with Library.open(home / "library.sqlite3") as lib:
        ids = {r.id for r in lib.articles(view="all")}
        assert ids and not list_stories(lib, update=False)
    result = run(home, "stories", "--format", "json")
    assert result.exit_code == 0, result.output
    assert {a["id"] for s in json.loads(result.stdout) for a in s["articles"]} == ids


def test_import_refresh_list_and_export(tmp_path: Path, server: FeedServer):
    home = tmp_path / "home"
    _config(home)
    server.routes["/a"] = Route(body=fixture("rss20.xml"))
    server.routes["/b"] = Route(body=fixture("atom.xml"), content_type="application/atom+xml")
    server.routes["/c"] = Route(status=500)
    opml = tmp_path / "subs.opml"
    opml.write_text(_opml(server, [("/a", "News"), ("/b", "Tech"), ("/c", "News")]))

    result = run(home, "import-opml", str(opml))
    assert result.exit_code == 0 and "imported 3 feeds" in result.stderr

    result = run(home, "refresh", "--jobs", "2")
    assert result.exit_code == 1
    assert "4 new" in result.stderr and "1 failed" in result.stderr
    assert "newsbrief: /c: HTTP 500" in result.stderr  # the source's name (its OPML title), then why

    result = run(home, "list", "--format", "json")
    assert result.exit_code == 0
    items = json.loads(result.stdout)
    assert len(items) == 4
    assert set(items[0]) == {"id", "title", "feed", "url", "published", "state", "saved_path"}
    assert {i["feed"] for i in items} == {"/a", "/b"}  # the OPML's titles are kept

    with Library.open(home / "library.sqlite3") as lib:
        flagged = lib.articles(search="ministers agree")[0].id
        lib.set_state(flagged, "flagged")
    flagged_only = json.loads(run(home, "list", "--state", "flagged", "--format", "json").stdout)
    assert [i["id"] for i in flagged_only] == [flagged]
    by_feed = json.loads(run(home, "list", "--feed", server.url("/b"), "--format", "json").stdout)
    assert {i["feed"] for i in by_feed} == {"/b"} and len(by_feed) == 2
    hostile = run(home, "list", "--search", '"NEAR( *', "--format", "json")
    assert hostile.exit_code == 0 and json.loads(hostile.stdout) == []
    table = run(home, "list")
    assert table.exit_code == 0 and len(table.stdout.splitlines()) == 4

    out = tmp_path / "out"
    result = run(home, "export", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert len(list(out.glob("*.md"))) == 4 and len(list(out.glob("*.json"))) == 4
    run(home, "export", "--out", str(out))
    assert len(list(out.glob("*.md"))) == 4  # re-exporting rewrites, never duplicates
    md_only = tmp_path / "md"
    assert run(home, "export", "--out", str(md_only), "--state", "flagged", "--format", "md").exit_code == 0
    assert [p.suffix for p in md_only.iterdir()] == [".md"]
    json_only = tmp_path / "json"
    for _ in range(2):
        assert run(home, "export", "--out", str(json_only), "--format", "json").exit_code == 0
    files = sorted(json_only.iterdir())
    assert len(files) == 4 and {p.suffix for p in files} == {".json"}
    assert json.loads(files[0].read_text())["schema"] == "newsbrief.brief/1"


def test_opml_export_round_trips(tmp_path: Path, server: FeedServer):
    home = tmp_path / "home"
    opml = tmp_path / "subs.opml"
    opml.write_text(_opml(server, [("/a", "News"), ("/b", "Tech")]))
    run(home, "import-opml", str(opml))
    out = tmp_path / "out.opml"
    assert run(home, "export-opml", str(out)).exit_code == 0
    printed = run(home, "export-opml").stdout

    def undated(text: str) -> str:  # each export stamps its second: two runs may straddle one
        assert text.count("<dateCreated>") == 1
        return re.sub(r"<dateCreated>[^<]*</dateCreated>", "", text)

    assert undated(printed) == undated(out.read_text())
    other = tmp_path / "other"
    assert run(other, "import-opml", str(out)).exit_code == 0
    with Library.open(other / "library.sqlite3") as lib:
        assert {(s.location, s.category) for s in lib.sources()} == {
            (server.url("/a"), "News"), (server.url("/b"), "Tech")}


def test_add_and_remove(tmp_path: Path, server: FeedServer):
    home = tmp_path / "home"
    server.routes["/feed"] = Route(body=rss("Adds", [{"title": "One", "link": "https://s.example/1", "content": LONG}]))
    result = run(home, "add", server.url("/feed"))
    assert result.exit_code == 0 and "added feed 'Adds'" in result.stdout and "1 article" in result.stdout and "1 articles" not in result.stdout
    assert "already following" in run(home, "add", server.url("/feed")).stdout
    result = run(home, "add", server.url("/feed"), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1 and "missing.txt" in result.stderr
    result = run(home, "remove", "Adds")
    assert result.exit_code == 0 and "removed feed 'Adds'" in result.stdout
    assert run(home, "remove", "Adds").exit_code == 2


def test_article_pages_that_fail_are_named_on_stderr(tmp_path: Path, server: FeedServer):
    home = tmp_path / "home"
    teaser = [{"title": "Teaser", "link": server.url("/gone/1.html"), "content": "Read more..."}]
    server.routes["/teasers"] = Route(body=rss("Teasers", teaser))
    server.routes["/gone/1.html"] = Route(status=404, body=b"gone")
    result = run(home, "add", server.url("/teasers"))
    assert result.exit_code == 0, result.output
    assert "/gone/1.html" in result.stderr and "404" in result.stderr
    teaser.append({"title": "Another", "link": server.url("/gone/2.html"), "content": "More soon..."})
    server.routes["/teasers"] = Route(body=rss("Teasers", teaser))
    server.routes["/gone/2.html"] = Route(status=500, body=b"broken")
    result = run(home, "refresh")
    assert "article page not fetched" in result.stderr and "/gone/2.html" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["add", "/definitely/not/here.txt"],
        ["add", "ftp://example.org/feed"],
        ["remove", "nothing"],
        ["list", "--feed", "nothing"],
        ["import-opml", "/no/such.opml"],
        ["list", "--state", "bogus"],
    ],
)
def test_input_errors_exit_2_with_one_line(tmp_path: Path, args: list[str]):
    result = run(tmp_path / "home", *args)
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) >= 1


def test_a_bad_config_is_one_line_naming_the_file(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text("jobs = 'many'\n")
    proc = subprocess.run(
        [sys.executable, "-c", "from briefs.cli import main; main()", "--home", str(home), "list"],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "config.toml" in proc.stderr and "jobs" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_headless_refresh_of_many_feeds_in_its_own_process(tmp_path: Path, server: FeedServer):
    # A separate, single-threaded process: the parsing workers are forked up front.
    home = tmp_path / "home"
    _config(home)
    paths = []
    for i in range(6):
        items = [{"title": f"Story {i}-{j}", "link": f"https://s.example/{i}/{j}", "guid": f"{i}-{j}",
                  "content": f"Item {i}-{j}. " + LONG} for j in range(3)]
        server.routes[f"/f{i}"] = Route(body=rss(f"Feed {i}", items), etag=f'"e{i}"')
        paths.append((f"/f{i}", "Bench"))
    opml = tmp_path / "subs.opml"
    opml.write_text(_opml(server, paths))
    assert run(home, "import-opml", str(opml)).exit_code == 0
    command = [sys.executable, "-c", "from briefs.cli import main; main()", "--home", str(home), "refresh"]
    first = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    assert "18 new" in first.stderr and "0 failed" in first.stderr
    second = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert second.returncode == 0 and "6 unchanged" in second.stderr
    assert len(json.loads(run(home, "list", "--format", "json").stdout)) == 18


_HEAVY = ("textual", "rich", "briefs.engine", "readability", "lxml.html", "feedparser", "charset_normalizer")


@pytest.mark.parametrize("command", [["refresh"], ["list", "--format", "json"]])
def test_library_commands_do_not_load_the_engine_the_screen_or_the_page_parsers(tmp_path, command):
    """`newsbrief refresh` and `list` (through the console script's module) start fast: no
    Textual, no engine, no readability, no lxml.html; a refresh with nothing to parse
    loads no feed parser either."""
    code = (
        "import json, sys\n"
        "from tui.cli import main\n"
        "try:\n"
        f"    main({['--home', str(tmp_path / 'home'), *command]!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    loaded = set(json.loads(out.stderr.strip().splitlines()[-1]))
    heavy = sorted(m for m in loaded if any(m == h or m.startswith(h + ".") for h in _HEAVY))
    assert not heavy, f"`newsbrief {command[0]}` loaded {heavy[:10]}"


def test_list_prints_no_date_for_an_undated_article(tmp_path: Path):
    from briefs.model import Article
    from briefs.paths import resolve_home

    home = tmp_path / "home"
    with Library.open(resolve_home(home).library_file) as lib:
        lib.add_articles([Article(text="Undated story.", title="Undated", source="t"),
                          Article(text="Dated story.", title="Dated", source="t", published="2015-03-18")])
    result = run(home, "list", "--state", "all")
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().split("\n")
    assert "2015-03-18" in lines[0] and lines[0].endswith("Dated")
    assert lines[1].endswith("Undated") and not re.search(r"\d{4}-\d{2}-\d{2}", lines[1]), lines[1]


def test_adding_a_folder_with_unreadable_files_is_a_partial_failure(tmp_path: Path):
    """DESIGN: exit 1 when some files failed and the rest were done; each skipped file named once."""
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "good.txt").write_text("Council votes\n\nThe council voted on Monday to close the pier.\n")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02" * 400)  # binary: not an article
    result = run(tmp_path / "home", "add", str(folder))
    assert result.exit_code == 1, result.output
    assert "added folder 'notes'" in result.stdout and ", 1 article" in result.stdout
    assert result.stderr.count("bad.txt") == 1 and "skipped" in result.stderr
    with Library.open(tmp_path / "home" / "library.sqlite3") as lib:
        assert [r.title for r in lib.articles(view="all")] == ["Council votes"]


def test_adding_or_briefing_a_huge_folder_is_refused_with_one_line(tmp_path: Path, monkeypatch):
    import briefs.sources.files as files

    folder = tmp_path / "disk"
    for i in range(4):
        (folder / f"d{i}").mkdir(parents=True)
        (folder / f"d{i}" / "a.txt").write_text("Council votes\n\nThe council voted on Monday to close the pier.\n")
    monkeypatch.setattr(files, "MAX_FOLDER_ENTRIES", 5)
    result = run(tmp_path / "home", "add", str(folder))
    assert result.exit_code == 2, result.output
    assert "more than 5 files and folders" in result.stderr and str(folder) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    with Library.open(tmp_path / "home" / "library.sqlite3") as lib:
        assert lib.sources() == []
    briefed = run(tmp_path / "home", "brief", str(folder))
    assert briefed.exit_code == 2 and "more than 5 files and folders" in briefed.stderr


def test_adding_one_file_says_which_file_went_where(tmp_path: Path):
    page = tmp_path / "harbour.txt"
    page.write_text("Harbour reopens\n\nThe harbour reopened on Tuesday after three weeks of repairs.\n")
    result = run(tmp_path / "home", "add", str(page))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"added file {page} to 'Local files', 1 article"


def _three_reports(tmp_path: Path) -> Path:
    """A home following a folder of three text reports (Alpha, Bravo, Charlie); returns the home."""
    home = tmp_path / "home"
    folder = tmp_path / "articles"
    folder.mkdir()
    for n, name in enumerate(("Alpha", "Bravo", "Charlie")):
        (folder / f"a{n}.txt").write_text(f"{name} report\n\nThe {name} talks went on. {LONG}", encoding="utf-8")
    assert run(home, "add", str(folder)).exit_code == 0
    return home


def test_export_into_a_folder_that_cannot_be_made_is_one_line_not_one_per_article(tmp_path: Path):
    home = _three_reports(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run(home, "export", "--out", str(blocker / "briefs"))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(blocker / "briefs") in lines[0] and "cannot make the folder" in lines[0]
    result = run(home, "export", "--out", str(tmp_path / "out"), "--search", "Bravo")
    assert result.exit_code == 0 and "exported 1 brief to" in result.stderr


def test_export_into_a_folder_that_takes_no_file_is_one_line_and_stops(tmp_path: Path, monkeypatch):
    """A read-only (or full) folder fails every brief alike: one line with how many were
    exported, not one line per brief; `brief --save-to` stops the same way."""
    import errno
    import tempfile

    home = _three_reports(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    tries = []

    def read_only(*args, **kwargs):
        tries.append(args)
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    result = run(home, "export", "--out", str(out))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines == [f"newsbrief: {out}: cannot save briefs there (Read-only file system): exported 0 of 3"]
    assert len(tries) == 1 and list(out.iterdir()) == []
    result = run(home, "brief", "--save-to", str(out), str(tmp_path / "articles"))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(out) in lines[0] and "Read-only file system" in lines[0], lines
    assert len(tries) == 2 and list(out.iterdir()) == []


@pytest.mark.parametrize(("command", "lines_read"), [
    (["list"], 1), (["list"], 0), (["list", "--format", "json"], 0), (["stories"], 0), (["export-opml"], 0),
    (["agenda", "--format", "json"], 0),
])
def test_output_into_a_pipe_closed_early_ends_quietly_with_code_0(tmp_path: Path, command: list[str],
                                                                  lines_read: int):
    """`newsbrief list | head -1`, `newsbrief stories | true`: the reader of the output leaves
    (after a line, or before the command wrote anything); no traceback, no line, code 0."""
    from briefs import Article
    from briefs.paths import resolve_home

    script = Path(sys.executable).with_name("newsbrief")
    if not script.exists():
        pytest.skip("newsbrief console script not installed in this environment")
    home = tmp_path / "home"
    with Library.open(resolve_home(home).library_file) as lib:
        for n in range(40):  # more than a pipe holds (64 KiB) in every command's output
            source = lib.add_source("feed", f"https://feed{n}.example/{'long-path/' * 20}rss",
                                    title=f"Feed {n} " + "with a long name " * 5)
            lib.add_articles([Article(text=f"Story {n}.{m} said on Monday that it would go on. " * 3,
                                      title=f"Story {n}.{m} " + "headline words " * 8,
                                      source=f"https://feed{n}.example/{m}", url=f"https://feed{n}.example/{m}")
                              for m in range(25)], source)
    proc = subprocess.Popen([str(script), "--home", str(home), *command],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    for _ in range(lines_read):  # as `head -1`: a line, then the pipe is closed
        assert proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0, err
    assert err == b""


@pytest.mark.parametrize("content", [None, b"<html><body>not a list of feeds</body></html>"])
def test_an_opml_file_that_cannot_be_read_makes_no_library(tmp_path: Path, content: bytes | None):
    opml = tmp_path / "feeds.opml"
    if content is not None:
        opml.write_bytes(content)
    home = tmp_path / "home"
    result = run(home, "import-opml", str(opml))
    assert result.exit_code == 2
    assert "feeds.opml" in result.stderr
    assert not home.exists() or not any(home.rglob("*.sqlite*")), sorted(home.rglob("*"))


def test_export_explains_its_filters_as_list_does(tmp_path: Path):
    """`export --help` says what --state, --feed and --search take (they were bare names)."""
    shown = " ".join(run(tmp_path / "home", "export", "--help").output.split())
    for words in ("flagged, archived or saved", "its id, URL, path or title", '"a phrase" and -word'):
        assert words in shown, shown


def test_list_on_an_empty_library_says_how_to_fill_it(tmp_path: Path):
    """A first `newsbrief list` (before the reader ever ran) says the library is empty and how to
    add to it, not "no articles match" as if a filter had left nothing."""
    result = run(tmp_path / "home", "list")
    assert result.exit_code == 0
    assert "the library is empty: `newsbrief add SOURCE`" in result.output
    assert "no articles match" not in result.output


def test_list_keeps_its_title_column_aligned_whatever_script_the_source_names(tmp_path: Path):
    """Source names in CJK or with emoji take two columns a character: the title column starts
    at the same terminal column on every line, counted in cells, not characters."""
    from briefs.safety import cell_width

    home = tmp_path / "home"
    names = ["Plain", "人民日报 国际版", "🎉 Party 🎉", "Zürich Ze\u0301itung", "新华社新华社新华社新华社新华社新华社 long"]
    for n, name in enumerate(names):
        folder = tmp_path / f"f{n}"
        folder.mkdir()
        (folder / "a.txt").write_text(f"Story {n}\n\nCouncil {n} met on Monday. {LONG}", encoding="utf-8")
        assert run(home, "add", str(folder)).exit_code == 0
        assert run(home, "rename", str(folder), name).exit_code == 0
    result = run(home, "list")
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().split("\n")
    assert len(lines) == 5
    starts = {cell_width(line[: line.index("Story ")]) for line in lines}
    assert len(starts) == 1, lines


def _lock_folder(folder: Path) -> str | None:
    """Make `folder` take no new file: chmod for a user, chattr +i for root (which ignores
    permissions). Returns how to undo it, or None where neither works."""
    import os
    import shutil

    if os.geteuid() != 0:
        folder.chmod(0o555)
        return "chmod"
    chattr = shutil.which("chattr")
    if chattr and subprocess.run([chattr, "+i", str(folder)], capture_output=True, timeout=10).returncode == 0:
        return "chattr"
    return None


def test_a_read_only_home_is_one_line_that_says_the_folder_cannot_be_written(tmp_path: Path):
    import shutil

    home = tmp_path / "home"
    with Library.open(home / "library.sqlite3") as lib:
        lib.add_articles([])
    for extra in home.glob("library.sqlite3-*"):
        extra.unlink()
    before = (home / "library.sqlite3").read_bytes()
    how = _lock_folder(home)
    if how is None:
        pytest.skip("cannot make a folder read-only here")
    try:
        result = run(home, "list")
    finally:
        if how == "chattr":
            subprocess.run([shutil.which("chattr"), "-i", str(home)], capture_output=True, timeout=10)
        else:
            home.chmod(0o755)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert f"the folder {home} cannot be written" in lines[0] and str(home / "library.sqlite3") in lines[0]
    assert (home / "library.sqlite3").read_bytes() == before
    assert sorted(p.name for p in home.iterdir()) == ["library.sqlite3"]  # nothing moved aside
