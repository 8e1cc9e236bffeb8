"""Quit and start again: the reader opens where it was left (view, source, the article under the
cursor), as the triage decisions are; what is gone since falls back to the Inbox."""

from __future__ import annotations

from tui_support import fill_library, make_home, open_library, reader, settle

from tui.app import NewsbriefApp

NARROW = (80, 24)


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
