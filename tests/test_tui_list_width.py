"""The article list gives its titles the room: the mark, source and age columns are as wide as
what they show (no source column in one source's own view), and < and > size the list pane
beside the reading pane, remembered in the library for the next start."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_support import make_home, reader, screen_lines, settle, status_line, wait_for, written

from briefs import Article, Home, Library
from tui.app import NewsbriefApp
from tui.reader import LIST_WIDTH_SETTING

WIDE = (160, 48)
NARROW = (80, 24)
LONG_TITLE = "Harbour authority reopens the northern pier after a week of repairs and storms"


@pytest.fixture
def home(tmp_path: Path) -> Home:
    """Two sources with short names, one long headline among short ones."""
    home = make_home(tmp_path)
    with Library.open(home.library_file) as library:
        for n, name in enumerate(("Alpha", "Local desk")):
            source = library.add_source("folder", f"/nowhere/{n}", title=name)
            library.add_articles([
                Article(text=f"Story {n}-{k} said the council on Monday, officials said.",
                        title=LONG_TITLE if (n, k) == (0, 0) else f"Short story {n}-{k}",
                        source=f"test/{n}-{k}.txt", published=f"2024-05-{10 + k:02d}T09:00:00+00:00")
                for k in range(3)], source_id=source)
    return home


def list_width(app: NewsbriefApp) -> int:
    return reader(app).query_one("#list-pane").region.width


async def test_at_160_columns_titles_get_the_room_the_narrow_columns_leave(home: Home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        table = screen.table
        assert table.widths["source"] == len("Local desk")  # as wide as the longest name
        assert table.widths["age"] == 3
        assert table.widths["title"] >= 32, table.widths  # it was 26 (a 4-cell age, a 2:3 split)
        text = "\n".join(screen_lines(app))
        assert LONG_TITLE[:32] in text
        alpha = next(s for s in screen.source_list if s.title == "Alpha")
        screen.choose("inbox", alpha.id)  # one source's own view: no source column
        await settle(pilot)
        assert table.widths["source"] == 0
        assert table.widths["title"] >= 45, table.widths
        assert LONG_TITLE[:45] in "\n".join(screen_lines(app))


async def test_at_80_columns_the_list_keeps_the_whole_width_and_its_titles(home: Home):
    app = NewsbriefApp(home)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        table = reader(app).table
        assert table.widths["title"] >= 45, table.widths
        assert LONG_TITLE[:45] in "\n".join(screen_lines(app))
        before = list_width(app)
        for key in ("greater_than_sign", "less_than_sign"):  # one pane at a time: no width to share
            await pilot.press(key)
            await settle(pilot, rounds=1)
            assert list_width(app) == before
            assert status_line(app) == ("</> size the list beside the reading pane: the panes are side by "
                                        "side from 100 columns (one shows at a time below)."), key
        assert "Wider" not in screen_lines(app)[-1]  # and not in the footer


async def test_less_and_greater_size_the_list_pane_and_the_width_is_remembered(home: Home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        footer = screen_lines(app)[-1]
        assert "< Narrower" in footer and "> Wider" in footer
        start, title = list_width(app), screen.table.widths["title"]
        await pilot.press(">", ">")
        await wait_for(pilot, lambda: list_width(app) >= start + 10, what="a wider list")
        assert screen.table.widths["title"] >= title + 10
        assert status_line(app).startswith("List pane: 55% of the width (< narrower, > wider")
        for _ in range(8):
            await pilot.press("<")
        await settle(pilot, rounds=1)
        assert status_line(app) == "The list is as narrow as it goes (25% of the width)."
        await pilot.press(">")
        await written(pilot)
        narrow = list_width(app)
        assert narrow < start
    with Library.open(home.library_file) as library:
        assert library.get_setting(LIST_WIDTH_SETTING) == 30
    again = NewsbriefApp(home)
    async with again.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert list_width(again) == narrow  # as the last session left it
