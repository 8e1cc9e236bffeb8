"""What the commands print about their inputs reaches a terminal: file names, URLs and
titles in messages and warnings carry no escape sequence or control character."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from briefs.cli import cli

EVIL = "n\x1b]0;title\x07\x1b[2J\x1b[31mx"
FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def run(home: Path, *args: str):
    # color=True: click keeps escape sequences as a terminal would get them.
    result = CliRunner().invoke(cli, ["--home", str(home), *args], obj={}, color=True)
    assert "Traceback" not in result.output
    return result


def _harmless(text: str) -> None:
    assert not any(c in text for c in "\x1b\x07\x9b"), repr(text)


@pytest.mark.parametrize(
    "args",
    [
        ("import-opml", f"{EVIL}.opml"),  # cannot read
        ("export-opml", f"missing-dir/{EVIL}.opml"),  # cannot write
        ("brief", f"{EVIL}.txt"),  # no such file
        ("digest", "--out", f"missing-dir/{EVIL}.html"),
    ],
)
def test_an_error_naming_a_hostile_file_name_prints_it_harmlessly(tmp_path: Path, args):
    result = run(tmp_path / "home", *args)
    assert result.exit_code == 2
    assert "n" in result.stderr and "x" in result.stderr
    _harmless(result.stderr)


def test_an_invalid_opml_with_a_hostile_name_is_one_harmless_line(tmp_path: Path):
    bad = tmp_path / f"{EVIL}.opml"
    bad.write_bytes(b"not xml at all <")
    result = run(tmp_path / "home", "import-opml", str(bad))
    assert result.exit_code == 2
    assert "not valid OPML" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    _harmless(result.stderr)


def test_a_link_out_of_a_folder_is_skipped_with_a_harmless_warning(tmp_path: Path, caplog):
    from briefs.sources.files import article_files

    outside = tmp_path / "outside.txt"
    outside.write_text("Secret\n\nThis is outside the folder, officials said.\n", encoding="utf-8")
    inside = tmp_path / "inside"
    inside.mkdir()
    try:
        (inside / f"{EVIL}.txt").symlink_to(outside)
    except OSError:
        pytest.skip("no symlinks here")
    with caplog.at_level("WARNING", logger="briefs"):
        assert article_files(inside) == []
    assert "a link to a file outside" in caplog.text
    _harmless(caplog.text)


def test_skipped_outlines_are_reported_with_a_harmless_file_name(caplog):
    from briefs.sources.opml import parse_opml

    data = (b'<?xml version="1.0"?><opml version="2.0"><body>'
            b'<outline type="rss" text="JS" xmlUrl="javascript:alert(1)"/></body></opml>')
    with caplog.at_level("WARNING", logger="briefs"):
        assert parse_opml(data, source=f"{EVIL}.opml") == []
    assert "skipped 1 outlines" in caplog.text
    _harmless(caplog.text)


def test_report_lines_naming_a_hostile_folder_or_file_print_it_harmlessly(tmp_path: Path):
    home = tmp_path / "home"
    out = tmp_path / f"{EVIL}-out"
    opml = tmp_path / f"{EVIL}.opml"
    digest = tmp_path / f"{EVIL}.md"
    for args in (("export", "--out", str(out)), ("export-opml", str(opml)),
                 ("import-opml", str(opml)), ("digest", "--out", str(digest))):
        result = run(home, *args)
        assert result.exit_code == 0, result.output
        assert "n" in result.stderr and "x" in result.stderr
        _harmless(result.output)
    assert opml.is_file() and digest.is_file()  # the real names, as given


def test_warnings_from_deep_inside_are_our_own_harmless_lines(tmp_path: Path):
    # A folder's unreadable file is skipped on refresh with a warning logged by the sources layer:
    # on the command line it is a `newsbrief:` line like every other, with the name made harmless.
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "story.txt").write_bytes((FIXTURES / "blinken-xi-beijing.txt").read_bytes())
    assert run(tmp_path / "home", "add", str(folder)).exit_code == 0
    (folder / f"{EVIL}.txt").write_bytes(b"\x00\x01" * 100)
    result = run(tmp_path / "home", "refresh")
    _harmless(result.output)
    lines = [line for line in result.stderr.splitlines() if "binary file" in line]
    assert len(lines) == 1 and lines[0].startswith("newsbrief: "), result.stderr


def test_a_file_saved_again_named_from_another_folder_updates_its_own_files(tmp_path: Path,
                                                                            monkeypatch):
    # `brief --save story.txt` in its folder, then `brief --save ~/news/story.txt` from
    # elsewhere: the same file, so the same pair of files, not a "-2" copy.
    news = tmp_path / "news"
    news.mkdir()
    (news / "story.txt").write_bytes((FIXTURES / "blinken-xi-beijing.txt").read_bytes())
    out = tmp_path / "out"
    monkeypatch.chdir(news)
    first = run(tmp_path / "home", "brief", "--save-to", str(out), "story.txt")
    monkeypatch.chdir(tmp_path)
    second = run(tmp_path / "home", "brief", "--save-to", str(out), str(news / "story.txt"))
    assert first.exit_code == second.exit_code == 0
    assert first.stdout == second.stdout
    assert len(list(out.iterdir())) == 2


def test_the_warning_lines_last_only_as_long_as_the_command(tmp_path: Path):
    import logging

    before = list(logging.getLogger("briefs").handlers)
    run(tmp_path / "home", "list")
    assert logging.getLogger("briefs").handlers == before
