"""The search line and focus changes: searches run in a worker, stale results are dropped,
escape leaves the box, and moving focus redraws the list's cursor row only."""

from __future__ import annotations

import dataclasses
import threading

import pytest
from textual import events
from textual.widgets import Input
from tui_support import make_home, reader, settle, wait_for

from briefs import Article, Brief, Library
from tui.app import NewsbriefApp
from tui.footer import KeysFooter
from tui.reader import ReaderScreen
from tui.reading import brief_lines

WIDE = (200, 50)


def titles(screen: ReaderScreen) -> list[str]:
    table = screen.table
    return [table.rows_by_id[table.id_at(i)].title for i in range(table.row_count)]


@pytest.fixture
def held_search(monkeypatch):
    """`held_search("storm")`: the real library's search for that query waits until released."""

    def hold(query: str) -> tuple[threading.Event, threading.Event]:
        release, started = threading.Event(), threading.Event()

        def held(original):
            def method(self, *args, **kwargs):
                if kwargs.get("search") == query:
                    started.set()
                    assert release.wait(120)  # until the test releases it, however loaded the machine
                return original(self, *args, **kwargs)
            return method

        # The reader reads a list's order (`article_keys`), then its rows page by page.
        for name in ("articles", "article_keys"):
            monkeypatch.setattr(Library, name, held(getattr(Library, name)))
        return release, started

    return hold


async def test_an_older_search_finishing_last_is_dropped(home, held_search):
    """The first query is slow; the second one, typed meanwhile, is what the list shows."""
    release, started = held_search("bridge")
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        box = screen.query_one("#search")
        await pilot.press("slash", *"bridge", "enter")
        assert started.wait(120)
        # Still running: the box keeps the keys. (On a slow machine a pause mid-word may have
        # applied a prefix such as "bri" as the user typed: only "bridge" itself must not be.)
        assert box.has_focus and screen.search != "bridge"
        await pilot.press("ctrl+u", *"storm", "enter")
        await wait_for(pilot, lambda: screen.search == "storm", what="the storm search applied")
        assert titles(screen) == ["Storm closes schools across the north"]
        release.set()  # now the bridge search ends, after the storm one
        await settle(pilot)
        assert screen.search == "storm"
        assert titles(screen) == ["Storm closes schools across the north"]
        assert screen.table.has_focus


async def test_a_result_arriving_while_the_user_types_on_keeps_the_box(home, held_search):
    release, _ = held_search("storm")
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        box = screen.query_one("#search")
        await pilot.press("slash", *"storm", "enter", *" sch")
        release.set()
        await settle(pilot)
        # What was typed on is not lost to the list; it is searched once the keys pause.
        assert screen.search == "storm sch" and screen.table.row_count == 1
        assert box.has_focus and box.value == "storm sch"


async def test_a_change_of_view_drops_a_search_still_running(home, held_search):
    release, _ = held_search("storm")
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        total = screen.table.row_count
        await pilot.press("slash", *"storm", "enter", "escape", *"v" * 7)
        assert screen.view == "inbox"
        release.set()
        await settle(pilot)
        assert screen.search is None and screen.table.row_count == total


async def test_escape_leaves_the_search_line_and_keeps_the_search_in_force(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        box = screen.query_one("#search")
        await pilot.press("slash", *"bridge", "enter")
        await settle(pilot)
        assert screen.search == "bridge" and screen.table.row_count == 1
        await pilot.press("slash", "ctrl+u", *"storm", "escape")
        assert screen.table.has_focus and box.value == "bridge"
        assert screen.search == "bridge" and screen.table.row_count == 1
        await pilot.press("enter", "escape")  # from the reading pane back to the list
        assert screen.table.has_focus
        await pilot.press("escape")  # never quits
        assert app.is_running


async def test_a_search_typed_in_one_burst_goes_into_the_search_line_not_to_the_list(home):
    """`/` and the words after it arriving at once (ssh, a busy machine): every letter is typed
    into the search line; none acts on the list (`d` archiving, `a` opening the add dialog)."""
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        app.post_message(events.Key("slash", "/"))  # all queued before the first is handled
        for letter in "daily/2":
            app.post_message(events.Key("slash" if letter == "/" else letter, letter))
        await wait_for(pilot, lambda: screen.query_one("#search", Input).value == "daily/2",
                       what="the burst in the search line")
        await settle(pilot)
        assert app.screen is screen and screen.counts["archive"] == 0 and screen.counts["unread"] == 5


async def test_the_footer_hides_letter_keys_while_typing_a_search(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        footer = reader(app).query_one(KeysFooter)
        keys = [key for key, _display, _description in footer.shown]
        assert "f" in keys and "slash" in keys and "ctrl+p" in keys
        await pilot.press("slash")
        await pilot.pause()
        keys = [key for key, _display, _description in footer.shown]
        assert "f" not in keys and "ctrl+p" in keys  # f types an f now
        await pilot.press("escape")
        await pilot.pause()
        assert "f" in [key for key, _display, _description in footer.shown]


async def test_moving_focus_redraws_the_cursor_row_only(home, monkeypatch):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        table = reader(app).table
        await pilot.pause()
        drawn: list[str] = []
        original = type(table).render_row

        def render_row(self, row, *args, **kwargs):
            drawn.append(row.id)
            return original(self, row, *args, **kwargs)

        y = table.cursor_row + 1  # below the header line
        focused = table.render_line(y)
        monkeypatch.setattr(type(table), "render_row", render_row)
        await pilot.press("slash")
        await pilot.pause()
        assert not table.has_focus
        # The cursor row at most (its blurred look may be cached from the first paint), not five.
        assert table.row_count == 5 and set(drawn) <= {table.current_id} and len(drawn) <= 1
        blurred = table.render_line(y)
        cursor_bg = table.get_component_rich_style("row-list--cursor-blurred").bgcolor
        assert any(seg.style and seg.style.bgcolor == cursor_bg for seg in blurred)  # blurred colours
        assert blurred.text == focused.text and blurred != focused
        await pilot.press("escape")
        await pilot.pause()
        assert table.render_line(y) == focused


def test_the_key_meeting_line_does_not_repeat_its_place_and_day():
    brief = Brief.from_dict({
        "schema": "newsbrief.brief/1", "engine": "rules/test",
        "article": {"id": "a1", "title": "t", "url": None, "source": "s", "published": None,
                    "byline": None, "text": "x" * 300},
        "summary": {"text": "", "spans": []},
        "meetings": [{"participants": [{"name": "Xi Jinping", "role": "Chinese President"},
                                       {"name": "Antony Blinken", "role": None}],
                      "place": "Great Hall of the People", "when": "Monday", "duration": "about 30 minutes",
                      "text": "Xi Jinping and Antony Blinken: talks at Great Hall of the People on Monday",
                      "span": [0, 210]}],
        "quotes": [], "open_issues": [], "next_steps": [], "people": [],
    })
    meeting = next(line for line in brief_lines(brief) if line.section == "Key meeting")
    first, _, details = meeting.text.plain.partition("\n")
    assert "Great Hall" in first and "Great Hall" not in details and "Monday" not in details
    assert details == "Xi Jinping (Chinese President), Antony Blinken · about 30 minutes"


async def test_j_k_g_G_space_and_b_scroll_the_help_on_a_small_terminal(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        dialog = app.screen.query_one("#help-dialog")
        assert dialog.max_scroll_y > 0  # the keys do not fit in 24 lines
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert dialog.scroll_y == 3
        await pilot.press("k")
        await pilot.pause()
        assert dialog.scroll_y == 2
        await pilot.press("G")  # the pager's keys page through the help too
        await pilot.pause()
        assert dialog.scroll_y == dialog.max_scroll_y
        await pilot.press("g", "space")
        await pilot.pause()
        assert dialog.scroll_y > 10
        await pilot.press("b")
        await pilot.pause()
        assert dialog.scroll_y == 0
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_a_row_marked_below_the_screen_redraws_nothing_on_it(tmp_path, monkeypatch):
    home = make_home(tmp_path)
    with Library.open(home.library_file) as library:
        source = library.add_source("folder", "/nowhere/desk", title="Desk")
        library.add_articles([Article(text=f"Story {n} happened.", title=f"Story {n}", source=f"t/{n}",
                                      published=f"2024-05-01T{n // 60:02d}:{n % 60:02d}:00+00:00")
                              for n in range(300)], source_id=source)
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        table = reader(app).table
        assert table.fully_loaded and table.row_count == 300
        drawn: list[str] = []
        original = type(table).render_row

        def render_row(self, row, *args, **kwargs):
            drawn.append(row.id)
            return original(self, row, *args, **kwargs)

        monkeypatch.setattr(type(table), "render_row", render_row)
        far = table.id_at(250)
        table.update_article(dataclasses.replace(table.rows_by_id[far], state="flagged"))
        await pilot.pause()
        await pilot.pause()
        assert drawn == []  # the screen's rows kept
        await pilot.press("G")
        await pilot.pause()
        assert table.current_id == table.id_at(299) and table.cursor_row == 299


async def test_triage_redraws_its_row_with_the_new_mark(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        table = reader(app).table
        y = table.cursor_row + 1  # below the header line
        below = table.render_line(y + 1).text
        assert "⚑" not in table.render_line(y).text
        await pilot.press("f")
        await pilot.pause()
        assert "⚑" in table.render_line(y).text
        assert table.render_line(y + 1).text == below
        await pilot.press("f")
        await pilot.pause()
        assert "⚑" not in table.render_line(y).text


async def test_the_list_follows_the_search_as_it_is_typed(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        box = screen.query_one("#search")
        total = screen.table.row_count
        await pilot.press("slash", *"storm OR bakery")  # no enter: the query runs after a pause in typing
        await wait_for(pilot, lambda: screen.search == "storm OR bakery")
        await settle(pilot)
        assert sorted(titles(screen)) == ["Bakery wins regional award", "Storm closes schools across the north"]
        assert box.has_focus, "typing goes on in the box"
        await pilot.press("ctrl+u", *'"harbour bridge" -storm')
        await wait_for(pilot, lambda: screen.search == '"harbour bridge" -storm')
        await settle(pilot)
        assert titles(screen) == ["Council delays vote on the harbour bridge"]
        await pilot.press("escape")
        assert screen.table.has_focus and screen.search == '"harbour bridge" -storm'
        await pilot.press("q")  # q clears the search from the list
        await settle(pilot, rounds=1)
        assert screen.search is None and screen.table.row_count == total


async def test_a_new_theme_redraws_the_list_in_its_colours(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        table = reader(app).table
        y = table.cursor_row + 1  # below the header line
        before = table.render_line(y)
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        await pilot.pause()
        after = table.render_line(y)
        assert after.text == before.text and after != before  # no line kept in the old colours
        name = "row-list--cursor" if table.has_focus else "row-list--cursor-blurred"
        cursor_bg = table.get_component_rich_style(name).bgcolor
        assert any(seg.style and seg.style.bgcolor == cursor_bg for seg in after)
