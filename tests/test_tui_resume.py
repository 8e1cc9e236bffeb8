"""Quit and start again: the reader opens where it was left (view, source, the article under the
cursor), as the triage decisions are; what is gone since falls back to the Inbox."""

from __future__ import annotations

import pytest
from tui_support import fill_library, make_home, open_library, point_at, reader, settle

from tui.app import NewsbriefApp

NARROW = (80, 24)
WIDE = (160, 48)  # the sidebar shown


async def test_the_reader_opens_again_in_the_view_and_on_the_article_it_was_left_on(tmp_path):
    home = make_home(tmp_path)
    fill_library(home)
    app = NewsbriefApp(home)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        screen = reader(app)
        await pilot.press("v", "v", "v", "v")  # flagged, saved, archive, all
        assert screen.view == "all"
        await pilot.press("j", "j", "j", "f")
        await settle(pilot, rounds=1)
        left_on = screen.table.current_id
        assert screen.table.cursor_row == 3
        await pilot.press("ctrl+q")  # quits where it is (q would go back to the Inbox first)
        await pilot.pause()
    again = NewsbriefApp(home)
    async with again.run_test(size=NARROW) as pilot:
        await settle(pilot)
        screen = reader(again)
        assert screen.view == "all"
        assert screen.table.current_id == left_on and screen.table.cursor_row == 3
        assert screen.table.current_row.state == "flagged"


async def test_a_source_removed_since_opens_the_inbox(tmp_path):
    home = make_home(tmp_path)
    fill_library(home)
    app = NewsbriefApp(home)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        screen = reader(app)
        desk = screen.source_list[0].id
        screen.choose("inbox", desk)
        await settle(pilot, rounds=1)
        await pilot.press("q", "q")  # the first q leaves the source, the second quits
        await pilot.pause()
    with open_library(home) as library:
        assert library.get_setting("reader.place")["source_id"] is None
        library.set_setting("reader.place", {"view": "flagged", "source_id": 999, "tag": None, "article": "x"})
    again = NewsbriefApp(home)
    async with again.run_test(size=NARROW) as pilot:
        await settle(pilot)
        screen = reader(again)
        assert screen.view == "inbox" and screen.source_id is None and screen.table.cursor_row == 0


async def test_a_tag_chosen_in_the_sidebar_is_highlighted_there_when_the_reader_opens_again_on_it(tmp_path):
    home = make_home(tmp_path)
    ids = fill_library(home)
    with open_library(home) as library:
        library.set_tags(ids[1], ["Taiwan"])
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        await point_at(pilot, "#Taiwan")
        await pilot.press("enter")  # the tag's list
        await settle(pilot, rounds=1)
        assert (screen.view, screen.tag) == ("all", "Taiwan")
        await pilot.press("ctrl+q")
        await pilot.pause()
    again = NewsbriefApp(home)
    async with again.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(again)
        assert (screen.view, screen.tag, screen.table.total) == ("all", "Taiwan", 1)
        assert screen.table.has_focus
        assert screen.sidebar.highlighted_id == "tag:Taiwan"


@pytest.mark.parametrize("view", ["flagged", "archive", "stories", "agenda", "source"])
async def test_the_sidebar_highlights_the_view_or_source_the_reader_opens_again_on(tmp_path, view):
    home = make_home(tmp_path)
    fill_library(home)
    with open_library(home) as library:
        source_id = library.sources()[0].id if view == "source" else None
        library.set_setting("reader.place", {"view": "inbox" if view == "source" else view,
                                             "source_id": source_id, "tag": None, "article": None})
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        screen = reader(app)
        # From the first screen on, before Stories and the Agenda are read by the index.
        await pilot.pause()
        wanted = f"source:{source_id}" if view == "source" else f"view:{view}"
        assert screen.sidebar.highlighted_id == wanted
        await settle(pilot)
        assert screen.sidebar.highlighted_id == wanted
