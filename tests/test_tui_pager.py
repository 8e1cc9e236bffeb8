"""The reading pane as a pager, J/K from any pane, evidence in the middle, help, and the sidebar key."""

from __future__ import annotations

import pytest
from tui_support import notices, reader, screen_lines, settle

from tui.app import NewsbriefApp
from tui.reader import ReaderScreen

WIDE = (160, 48)


async def open_blinken_article(pilot) -> ReaderScreen:
    """The Blinken article (the newest, first row) open in the Article tab, its text focused."""
    screen = reader(pilot.app)
    await settle(pilot)
    await pilot.press("enter", "2")
    await settle(pilot, rounds=1)
    screen.reading.article_view.focus()
    await pilot.pause()
    return screen


async def test_the_article_pages_like_less_when_the_reading_pane_has_focus(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_blinken_article(pilot)
        view = screen.reading.article_view
        row = screen.table.cursor_row
        assert view.max_scroll_y > 40, "the Blinken article is longer than a few screens"
        height = view.scrollable_content_region.height
        await pilot.press("j", "j", "j")
        assert view.scroll_y == 3
        await pilot.press("k")
        assert view.scroll_y == 2
        await pilot.press("space")
        assert view.scroll_y == 2 + height - 1
        await pilot.press("b")
        assert view.scroll_y == 2
        await pilot.press("ctrl+d")
        assert view.scroll_y == 2 + height // 2
        await pilot.press("ctrl+u")
        assert view.scroll_y == 2
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("g")
        assert view.scroll_y == 0
        assert screen.table.cursor_row == row, "the pager keys never moved the list"


async def test_the_brief_pages_its_lines_with_the_same_keys(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        screen = reader(app)
        await settle(pilot)
        await pilot.press("enter")
        view = screen.reading.brief_view
        assert view.has_focus
        first = view.highlighted
        await pilot.press("j")
        assert view.highlighted is not None and view.highlighted > first
        await pilot.press("G")
        last = view.highlighted
        assert last == max(i for i, line in enumerate(view.lines) if line is not None)
        await pilot.press("g")
        assert view.highlighted == first
        await pilot.press("ctrl+d")
        assert view.highlighted > first
        assert screen.table.cursor_row == 0


async def test_J_and_K_move_between_articles_from_the_reading_pane_and_the_sidebar(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_blinken_article(pilot)
        view = screen.reading.article_view
        await pilot.press("space")
        assert view.scroll_y > 0
        second = screen.table.id_at(1)
        await pilot.press("J")
        await settle(pilot, rounds=1)
        assert screen.table.cursor_row == 1
        assert screen.reading.article_id == second
        assert view.has_focus, "focus stays in the reading pane"
        assert view.scroll_y == 0, "the next article starts at its top"
        assert screen.table.rows_by_id[second].state == "read"
        await pilot.press("K")
        await settle(pilot, rounds=1)
        assert screen.table.cursor_row == 0
        screen.sidebar.focus()
        await pilot.press("J")
        assert screen.table.cursor_row == 1
        await pilot.press("n")  # n (next unread) works from any pane too
        assert screen.table.cursor_row == 2


async def test_enter_on_a_brief_line_puts_its_sentence_in_the_middle(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        screen = reader(app)
        await settle(pilot)
        await pilot.press("enter")
        pane = screen.reading
        brief_view = pane.brief_view
        # The quote nearest the middle of the article: far from its top and its end.
        quotes = [i for i, line in enumerate(brief_view.lines) if line and line.section == "Key quotes"]
        middle = len(pane.brief.article.text) // 2
        chosen = min(quotes, key=lambda i: abs(brief_view.lines[i].span[0] - middle))
        brief_view.highlighted = chosen
        await pilot.press("enter")
        await settle(pilot, rounds=2)
        view = pane.article_view
        assert view.span_visible()
        top = view.focus_line() - view.scroll_y
        height = view.scrollable_content_region.height
        assert height // 4 <= top <= (3 * height) // 4, f"sentence at line {top} of {height}"


async def test_switching_tabs_starts_at_the_top(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_blinken_article(pilot)
        view = screen.reading.article_view
        await pilot.press("space", "space")
        assert view.scroll_y > 0
        await pilot.press("1")
        brief = screen.reading.brief_view
        brief.focus()
        await pilot.press("G")
        assert brief.scroll_y > 0 or brief.highlighted > 2
        await pilot.press("2")
        await pilot.pause()
        assert view.scroll_y == 0
        await pilot.press("1")
        await pilot.pause()
        assert brief.scroll_y == 0
        assert brief.highlighted == min(i for i, line in enumerate(brief.lines) if line is not None)


async def test_help_lists_the_pager_keys_the_palette_and_the_sidebar_key(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=(160, 120)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        text = "\n".join(screen_lines(app))
        for binding_id in ("pager.down", "pager.page_down", "pager.half_down", "pager.top",
                           "pager.bottom", "next_article", "previous_article", "toggle_sidebar",
                           "mark_all_read", "remove_source", "rename_source", "tag"):
            assert f" {binding_id}" in text, binding_id
        line = next(line for line in screen_lines(app) if "Command palette" in line)
        assert "^p" in line
        line = next(line for line in screen_lines(app) if "half a page down" in line)
        assert "^d" in line
        line = next(line for line in screen_lines(app) if "Show or hide the sidebar" in line)
        assert "\\" in line
        line = next(line for line in screen_lines(app) if "Quit at once" in line)
        assert "ctrl+c" in line and "ctrl+q" in line
        assert any("pgup pgdn" in line for line in screen_lines(app))


@pytest.mark.parametrize("size", [(120, 30), (160, 48)])
async def test_backslash_shows_and_hides_the_sidebar_at_any_width(home, size):
    app = NewsbriefApp(home)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = reader(app)
        shown_at_start = screen.sidebar.region.width > 0
        assert shown_at_start == (size[0] >= 140)
        await pilot.press("backslash")
        await pilot.pause()
        assert (screen.sidebar.region.width > 0) != shown_at_start
        await pilot.press("backslash")
        await pilot.pause()
        assert (screen.sidebar.region.width > 0) == shown_at_start
        if not shown_at_start:
            await pilot.press("backslash")
            await pilot.pause()
            assert screen.sidebar.has_focus
            assert screen.table.region.width > 0, "beside the list from 100 columns"
            await pilot.press("tab")
            assert screen.table.has_focus


async def test_at_80x24_the_sidebar_opens_over_the_list_and_a_choice_closes_it(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert screen.sidebar.region.width == 0
        await pilot.press("backslash")
        await pilot.pause()
        assert screen.sidebar.has_focus
        assert screen.sidebar.region.width >= 70
        assert screen.table.region.width == 0
        text = "\n".join(screen_lines(app))
        assert "Inbox" in text and "Test desk" in text
        await pilot.press("down", "enter")  # Flagged
        await settle(pilot, rounds=1)
        assert screen.view == "flagged"
        assert screen.sidebar.region.width == 0
        assert screen.table.region.width >= 70 and screen.table.has_focus
        await pilot.press("backslash")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert screen.sidebar.region.width == 0 and screen.table.has_focus


async def test_the_pager_keys_are_remapped_by_their_ids(home):
    home.config_file.parent.mkdir(parents=True, exist_ok=True)
    home.config_file.write_text('[keymap]\n"pager.half_down" = "ctrl+f"\ntoggle_sidebar = "f2"\n',
                                encoding="utf-8")
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_blinken_article(pilot)
        view = screen.reading.article_view
        await pilot.press("ctrl+f")
        assert view.scroll_y == view.scrollable_content_region.height // 2
        assert screen.keys_in_force()["pager.half_down"] == "^f"
        assert not notices(app), [str(n.message) for n in notices(app)]
        await pilot.press("f2")
        await pilot.pause()
        assert screen.sidebar.region.width == 0
