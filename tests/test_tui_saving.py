"""Saving briefs to disk from the reader (s, S) and opening links (o)."""

from __future__ import annotations

import json
import webbrowser

import pytest
from tui_support import fill_library, make_home, notices, open_library, settle, status_line

from tui.app import NewsbriefApp
from tui.reader import ReaderScreen

WIDE = (200, 50)


@pytest.fixture
def home(tmp_path):
    home = make_home(tmp_path)
    home.config_file.parent.mkdir(parents=True, exist_ok=True)
    home.config_file.write_text(f'briefs_dir = "{tmp_path / "saved"}"\n', encoding="utf-8")
    fill_library(home, extra=[
        ("Minister resigns over leaked memo", "The minister resigned on Sunday.", None),
        ("Port reopens", "The port reopened on Monday.", "file:///etc/passwd"),
    ])
    return home


def notifications(app: NewsbriefApp) -> list[str]:
    return [n.message for n in notices(app)]


async def test_s_saves_markdown_and_json_and_marks_the_article_saved(home, tmp_path):
    folder = tmp_path / "saved"
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        await pilot.press("j", "j")  # past the two newest: the Blinken article
        await settle(pilot)
        assert "Blinken" in screen.table.current_row.title
        article_id = screen.table.current_id
        await pilot.press("s")
        await settle(pilot)
        markdown = sorted(folder.glob("*.md"))
        assert len(markdown) == 1
        text = markdown[0].read_text(encoding="utf-8")
        assert "Blinken" in text and "## " in text
        data = json.loads(markdown[0].with_suffix(".json").read_text(encoding="utf-8"))
        assert data["schema"] == "newsbrief.brief/1" and data["article"]["id"] == article_id
        assert f"{markdown[0].name} (in {folder})" in status_line(app)
        assert "↓" in str(screen.table.get_cell(article_id, "state"))
        assert screen.counts["saved"] == 1
        await pilot.press("v", "v")  # flagged, then saved
        assert screen.view == "saved"
        assert screen.table.row_count == 1 and screen.table.current_id == article_id
    with open_library(home) as library:
        assert library.row(article_id).saved_path == str(markdown[0])


async def test_S_saves_every_flagged_brief(home, tmp_path):
    folder = tmp_path / "saved"
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        flagged = []
        for _ in range(3):
            flagged.append(screen.table.current_id)
            await pilot.press("f", "j", "j")
        await pilot.press("S")
        await settle(pilot)
        assert len(list(folder.glob("*.md"))) == 3
        assert len(list(folder.glob("*.json"))) == 3
        assert "Saved 3 briefs" in status_line(app)
    with open_library(home) as library:
        assert all(library.row(i).saved_path for i in flagged)
        assert library.counts()["saved"] == 3


async def test_S_with_nothing_flagged_says_so(home, tmp_path):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        assert "No flagged articles" in status_line(app)
        assert not (tmp_path / "saved").exists()


async def test_o_without_a_url_explains_instead_of_opening(home, monkeypatch):
    asked: list[str] = []

    def no_browser(*args: object) -> object:
        asked.append("get")
        raise webbrowser.Error("no browser in tests")

    monkeypatch.setattr(webbrowser, "get", no_browser)
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        # Rows newest first: the two extra articles lead; "Port reopens" (file: URL) is first.
        assert screen.table.current_row.title == "Port reopens"
        await pilot.press("o")
        assert any("only http and https" in m for m in notifications(app))
        await pilot.press("j")
        assert screen.table.current_row.url is None
        await pilot.press("o")
        await settle(pilot, rounds=1)
        assert any("no web address" in m for m in notifications(app))
        assert asked == []  # refused before looking for a browser


async def test_S_into_a_folder_that_takes_no_file_says_so_once(tmp_path):
    """A briefs folder that cannot be written (here: under a file) fails every save alike: one
    notice naming the folder and how many were not saved, not one per flagged brief."""
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    home = make_home(tmp_path)
    home.config_file.parent.mkdir(parents=True, exist_ok=True)
    home.config_file.write_text(f'briefs_dir = "{blocker / "saved"}"\n', encoding="utf-8")
    fill_library(home)
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        for _ in range(3):
            await pilot.press("f", "j")
        await pilot.press("S")
        await settle(pilot)
        errors = [n.message for n in notices(app) if n.severity == "error"]
        assert len(errors) == 1, errors
        assert str(blocker / "saved") in errors[0] and "3 of 3 not saved" in errors[0], errors
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder"
