"""A long article list is read from the library page by page: the list keeps a bounded number
of rows in memory however far the cursor goes, and every key works as on a short list."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from tui_support import make_home, reader, settle, wait_for

from briefs import Article, Library
from tui.app import NewsbriefApp
from tui.rows import MAX_PAGES, PAGE

WIDE = (200, 50)
COUNT = 3000
HELD = PAGE * MAX_PAGES  # the most rows a list may keep
START = datetime(2024, 5, 1, tzinfo=timezone.utc)


def story(n: int) -> Article:
    topic = "budget" if n % 7 == 0 else "weather"
    published = None if n % 500 == 0 else (START + timedelta(minutes=n)).isoformat()
    return Article(text=f"Story {n} is about the {topic}.", title=f"Story {n} {topic}", source=f"t/{n}",
                   published=published)


@pytest.fixture
def home(tmp_path):
    home = make_home(tmp_path)
    with Library.open(home.library_file) as library:
        source = library.add_source("folder", "/nowhere/desk", title="Desk")
        library.add_articles([story(n) for n in range(COUNT)], source_id=source)
    return home


def inbox(home) -> list[str]:
    with Library.open(home.library_file) as library:
        return [row.id for row in library.articles(view="inbox")]


def test_the_list_order_by_keys_is_the_articles_order(home):
    with Library.open(home.library_file) as library:
        for view, search in (("inbox", None), ("all", "budget"), ("all", "-weather")):
            rows = library.articles(view=view, search=search)
            keys = library.article_keys(view=view, search=search)
            by_key = library.rows_by_key(keys)
            assert [by_key[k] for k in keys] == rows
        titles = [row.title for row in library.articles()]
        assert titles[0] == f"Story {COUNT - 1} weather"
        assert titles[-1] == "Story 0 budget" and titles[-6] == "Story 2500 weather"  # undated last
        keys = library.article_keys()
        unread = library.keys_in_state(keys[:10], "unread")
        assert set(unread) == set(keys[:10])
        assert library.key_of(unread[keys[3]]) == keys[3] and library.key_of("nope") is None


async def test_going_to_the_end_of_a_long_list_keeps_a_few_pages(home):
    order = inbox(home)
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        table = reader(app).table
        assert table.row_count == COUNT and table.current_id == order[0]
        assert table.rows_held <= HELD
        await pilot.press("G")
        await pilot.pause()
        assert table.cursor_row == COUNT - 1 and table.current_id == order[-1]
        for _ in range(40):
            await pilot.press("pageup")
        await pilot.press("k", "k")
        await pilot.pause()
        assert table.current_id == order[table.cursor_row]
        assert table.rows_held <= HELD
        await pilot.press("g")
        await pilot.pause()
        assert table.cursor_row == 0 and table.current_id == order[0]
        assert table.rows_held <= HELD


async def test_triage_in_a_middle_page_shows_on_its_row_and_in_the_library(home):
    order = inbox(home)
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        table = screen.table
        table.move_cursor(1500)
        await pilot.press("f")
        await wait_for(pilot, lambda: "⚑" in str(table.get_cell(order[1500], "state")), what="the flag")
        assert "⚑" in table.render_line(table.cursor_row - int(table.scroll_y) + 1).text
        for n in range(0, COUNT, PAGE):  # its page leaves memory, then comes back from the library
            table.move_cursor(n)
        table.move_cursor(1500)
        await pilot.pause()
        assert "⚑" in str(table.get_cell(order[1500], "state"))
        assert screen.counts["flagged"] == 1
        await pilot.press("j", "d")  # archived: it leaves the inbox, the next one takes its place
        await pilot.pause()
        assert table.row_count == COUNT - 1 and table.current_id == order[1502]
        assert table.id_at(1500) == order[1500] and order[1501] not in table.rows_by_id
        await pilot.press("u")  # undo: back in its place
        await wait_for(pilot, lambda: table.row_count == COUNT, what="the undone row back")
        assert table.current_id == order[1501]
        assert table.rows_held <= HELD
    with Library.open(home.library_file) as library:
        assert library.row(order[1500]).state == "flagged" and library.row(order[1501]).state == "unread"


async def test_next_unread_finds_an_article_pages_away(home):
    order = inbox(home)
    with Library.open(home.library_file) as library:
        library.mark_read(order[:2500])
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        table = reader(app).table
        await pilot.press("n")
        await wait_for(pilot, lambda: table.cursor_row == 2500, what="the first unread article")
        assert table.current_id == order[2500]
        table.move_cursor(COUNT - 1)
        await pilot.press("p")
        await pilot.pause()
        assert table.cursor_row == COUNT - 2  # the unread one above
        assert table.rows_held <= HELD


async def test_a_search_over_a_long_list_pages_its_result(home):
    with Library.open(home.library_file) as library:
        matching = [row.id for row in library.articles(view="inbox", search="budget")]
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        table = screen.table
        await pilot.press("slash", *"budget", "enter")
        await wait_for(pilot, lambda: screen.search == "budget" and table.has_focus, what="the search applied")
        assert table.row_count == len(matching) and table.current_id == matching[0]
        await pilot.press("G")
        await pilot.pause()
        assert table.current_id == matching[-1]
        assert table.rows_held <= HELD
        await pilot.press("q")  # clears the search: the whole inbox again, the cursor kept
        await wait_for(pilot, lambda: screen.search is None and table.row_count == COUNT, what="search cleared")
        assert table.current_id == matching[-1]
        assert table.rows_held <= HELD
