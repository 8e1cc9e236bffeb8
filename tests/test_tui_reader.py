"""The reader driven by real keys: first run, movement, triage, views, search, layout, keymap."""

from __future__ import annotations

from tui_support import (
    make_home,
    notices,
    open_library,
    palette_highlights,
    reader,
    screen_lines,
    settle,
    stored_state,
    wait_for,
    written,
)

from briefs import Library, resolve_home, seeds_dir
from tui.app import NewsbriefApp
from tui.reader import ReaderScreen
from tui.screens import ErrorsScreen

WIDE = (200, 50)


async def state_of(pilot, home, article_id: str) -> str:
    """The article's state in the library once the reader has written every decision so far
    (a key shows its decision at once and writes it in the background)."""
    await written(pilot)
    return stored_state(home, article_id)


async def test_first_run_opens_on_the_seeds_with_the_first_brief_shown(tmp_path):
    home = make_home(tmp_path)
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot, rounds=4)
        screen = reader(app)
        table = screen.table
        seeds = [p for p in seeds_dir().iterdir() if p.suffix in (".txt", ".html")]
        assert table.row_count == len(seeds)
        assert table.cursor_row == 0
        first = table.current_id
        assert screen.reading.article_id == first
        assert screen.reading.brief is not None and screen.reading.brief.article.id == first
        assert screen.reading.brief_view.option_count > 1
        status = str(screen.query_one("#status").render())
        assert "a" in status and "add a feed" in status
    with Library.open(home.library_file) as library:
        assert library.get_setting("seeded") is True


async def test_movement_keys_j_k_g_G(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        table = reader(app).table
        assert table.cursor_row == 0
        await pilot.press("j", "j")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
        await pilot.press("G")
        assert table.cursor_row == table.row_count - 1
        await pilot.press("g")
        assert table.cursor_row == 0
        await pilot.press("down")
        assert table.cursor_row == 1


async def test_n_and_p_open_the_next_and_previous_unread(home):
    with open_library(home) as library:
        ids = [r.id for r in library.articles()]
        library.set_state(ids[1], "read")
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        table = reader(app).table
        await pilot.press("n")  # the cursor's row is unread and not opened yet: n opens it
        assert table.cursor_row == 0
        assert await state_of(pilot, home, ids[0]) == "read"
        await pilot.press("n")  # row 1 is read: skips to row 2 and opens it
        assert table.cursor_row == 2
        assert await state_of(pilot, home, ids[2]) == "read"
        await pilot.press("escape", "G")
        await pilot.press("p")
        assert table.cursor_row == table.row_count - 2
        assert await state_of(pilot, home, ids[-2]) == "read"
        await pilot.press("p")  # rows 0, 1 and 2 are read now: nothing unread above
        assert table.cursor_row == table.row_count - 2
        assert "No more unread articles above." in " ".join(screen_lines(app))


async def test_reading_on_with_n_at_80_columns_leaves_no_article_unread(home):
    """A newsboat reader's habit: n, n, n... from the start. The first n opens the article the
    cursor starts on (at 80 columns it was never shown), and each n after it the next one, until
    nothing in the view is unread; n on an article marked unread again (m) moves on from it."""
    app = NewsbriefApp(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reader(app)
        table = screen.table
        ids = [table.id_at(n) for n in range(table.row_count)]
        await pilot.press("n")
        assert table.cursor_row == 0 and screen.reading.article_id == ids[0]
        for n in range(1, len(ids)):
            await pilot.press("n")
            assert table.cursor_row == n and screen.reading.article_id == ids[n]
        await pilot.press("m", "n")  # the last one unread again: n does not reopen it
        assert table.cursor_row == len(ids) - 1
        assert "No more unread" in " ".join(screen_lines(app))
        for article_id in ids[:-1]:
            assert await state_of(pilot, home, article_id) == "read"
        assert await state_of(pilot, home, ids[-1]) == "unread"


async def test_opening_marks_read_and_counts_follow(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        first = screen.table.current_id
        unread = screen.counts["unread"]
        await pilot.press("enter")
        assert await state_of(pilot, home, first) == "read"
        assert screen.counts["unread"] == unread - 1
        assert screen.table.rows_by_id[first].state == "read"


async def test_f_d_m_u_change_the_library_at_once(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        table = screen.table
        first, second = table.current_id, table.id_at(1)
        rows = table.row_count

        title = table.rows_by_id[first].title
        pane = screen.query_one("#list-pane").region  # (one source: the list has no source column)
        drawn = [line[pane.x:pane.right] for line in screen_lines(app) if title[:30] in line[pane.x:pane.right]]
        assert drawn and "⚑" not in drawn[0]
        await pilot.press("f")
        assert await state_of(pilot, home, first) == "flagged"
        assert screen.counts["flagged"] == 1
        assert "⚑" in str(table.get_cell(first, "state"))
        drawn = [line[pane.x:pane.right] for line in screen_lines(app) if title[:30] in line[pane.x:pane.right]]
        assert "⚑" in drawn[0]  # the row on screen is redrawn, not just the cell's data

        await pilot.press("m")
        assert await state_of(pilot, home, first) == "unread"
        await pilot.press("m")
        assert await state_of(pilot, home, first) == "read"

        await pilot.press("d")  # done: archived, gone from the Inbox at once, cursor on the next one
        await written(pilot)
        with open_library(home) as library:
            assert screen.counts == library.counts()
        assert await state_of(pilot, home, first) == "archived"
        assert first not in table.rows_by_id and table.row_count == rows - 1
        assert table.current_id == second
        assert screen.counts["archive"] == 1

        await pilot.press("u")  # undo: back to read, and the cursor goes back to it
        assert await state_of(pilot, home, first) == "read"  # (the undo's answer is taken in too)
        assert table.current_id == first
        assert screen.counts["archive"] == 0
        with open_library(home) as library:
            assert screen.counts == library.counts()
            assert [s.unread for s in screen.source_list] == [s.unread for s in library.sources()]

        await pilot.press("d", *"v" * 7)  # round the views (stories and agenda too) back to the inbox
        assert screen.view == "inbox"
        assert table.row_count == rows - 1 and first not in table.rows_by_id


async def test_v_cycles_the_views(home):
    with open_library(home) as library:
        ids = [r.id for r in library.articles()]
        library.set_state(ids[0], "flagged")
        library.set_state(ids[1], "archived")
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        seen = []
        for _ in range(7):
            await pilot.press("v")
            seen.append((screen.view, screen.table.row_count))
        assert [view for view, _ in seen] == ["flagged", "saved", "archive", "all", "stories", "agenda", "inbox"]
        articles = [pair for pair in seen if pair[0] not in ("stories", "agenda")]
        assert articles == [("flagged", 1), ("saved", 0), ("archive", 1), ("all", len(ids)),
                            ("inbox", len(ids) - 1)]


async def test_v_pressed_again_and_again_says_the_view_on_the_status_line_not_in_a_pile_of_toasts(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reader(app)
        for _ in range(5):
            await pilot.press("v")
        await pilot.pause()
        assert screen.view == "stories"
        assert not [n.message for n in notices(app) if n.message.startswith("View:")]
        assert "View: Stories" in str(screen.query_one("#status").render())


async def test_slash_searches_the_view_and_q_clears_it(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        total = screen.table.row_count
        await pilot.press("slash", *"bridge", "enter")
        await settle(pilot)
        assert screen.search == "bridge"
        assert screen.table.row_count == 1
        title = screen.table.get_cell(screen.table.current_id, "title")
        assert any("reverse" in str(span.style) for span in title.spans)  # the match is highlighted
        assert screen.reading.article_id == screen.table.current_id
        await pilot.press("q")
        assert screen.search is None
        assert screen.table.row_count == total


async def test_enter_on_a_brief_quote_jumps_to_its_sentence(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        pane = screen.reading
        assert pane.brief is not None and pane.brief.quotes, "the Blinken article has quotes"
        await pilot.press("enter")  # open: focus goes to the brief
        view = pane.brief_view
        assert view.has_focus
        view.highlighted = view.first_index("Key quotes")
        quote = view.current_line
        assert quote is not None and quote.section == "Key quotes"
        await pilot.press("end")  # scroll the brief away from the top first: a real user would
        view.highlighted = view.first_index("Key quotes")
        await pilot.press("enter")
        await settle(pilot, rounds=1)
        assert pane.mode == "article"
        article = pane.article_view
        assert article.has_focus
        assert article.focus_span == quote.span
        assert article.span_visible()
        start, end = quote.span
        shown = "".join(str(child.render()) for child in article.children)
        assert pane.brief.article.text[start:end] in shown


async def test_1_2_3_switch_the_reading_pane(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        pane = reader(app).reading
        await pilot.press("2")
        assert pane.mode == "article" and pane.article_view.display and not pane.brief_view.display
        await pilot.press("3")
        assert pane.mode == "both" and pane.article_view.display and pane.brief_view.display
        await pilot.press("1")
        assert pane.mode == "brief" and pane.brief_view.display and not pane.article_view.display


async def test_tab_moves_between_panes(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert screen.table.has_focus
        await pilot.press("tab")
        assert screen.reading.brief_view.has_focus
        await pilot.press("tab")
        assert screen.sidebar.has_focus
        await pilot.press("shift+tab")
        assert screen.reading.brief_view.has_focus


async def test_a_brief_for_an_article_the_user_left_is_not_shown(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        await pilot.press("j")
        await settle(pilot)
        current = screen.table.current_id
        other = screen.table.id_at(0)
        with open_library(home) as library:
            stale = library.brief(other)
        screen.reading.brief = None  # as if the current brief were still being made
        screen.post_message(ReaderScreen.BriefReady(other, stale))
        await pilot.pause()
        assert screen.reading.article_id == current
        assert screen.reading.brief is None
        assert other in screen.briefs  # kept for later, not shown in the wrong place


async def test_narrow_terminal_shows_one_pane_at_a_time(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert screen.narrow
        assert not screen.sidebar.display or screen.sidebar.region.width == 0
        assert screen.table.region.width >= 70
        assert screen.reading.region.width == 0
        title_width = screen.table.widths["title"]
        assert title_width >= 30
        await pilot.press("enter")
        assert screen.reading.region.width >= 70
        assert screen.table.region.width == 0
        await pilot.press("q")
        assert screen.table.region.width >= 70
        assert screen.table.has_focus
        await pilot.press("tab")
        assert screen.reading.region.width >= 70


async def test_a_keymap_from_config_remaps_a_key(home):
    home.config_file.parent.mkdir(parents=True, exist_ok=True)
    home.config_file.write_text('[keymap]\nflag = "x"\n', encoding="utf-8")
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        first = screen.table.current_id
        await pilot.press("f")
        assert await state_of(pilot, home, first) == "unread"
        await pilot.press("x")
        assert await state_of(pilot, home, first) == "flagged"
        assert screen.keys_in_force()["flag"] == "x"
        await pilot.press("question_mark")
        line = next(line for line in screen_lines(app) if "Flag the article" in line)
        assert line.split("Flag the article")[0].rstrip().endswith(" x")


async def test_a_keymap_that_takes_another_actions_key_says_so(home):
    """`flag = "j"` works (j flags) but leaves `next` without j: the reader says which action
    lost its key at start, not silently; a swap (flag = "d", done = "f") takes nothing."""
    home.config_file.parent.mkdir(parents=True, exist_ok=True)
    home.config_file.write_text('[keymap]\nflag = "j"\n', encoding="utf-8")
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        said = [str(n.message) for n in notices(app)]
        assert any("j is now flag, no longer next" in n for n in said), said
        first = reader(app).table.current_id
        await pilot.press("j")
        assert await state_of(pilot, home, first) == "flagged"
    home.config_file.write_text('[keymap]\nflag = "d"\ndone = "f"\n', encoding="utf-8")
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert not any("config keymap" in str(n.message) for n in notices(app))


async def test_help_lists_every_binding(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        help_text = "\n".join(screen_lines(app))
        for binding_id in ("next", "previous", "open", "flag", "done", "save", "save_flagged"):
            assert f" {binding_id} " in help_text
        line = next(line for line in screen_lines(app) if "Open the article in" in line)
        assert "⏎" in line  # enter: the list's own enter shadows it there, but it is in force
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_help_at_80x24_says_how_to_close_it_on_its_first_screen(home):
    """At 80x24 the help is three pages long: how to leave it is on the page it opens at."""
    app = NewsbriefApp(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: any("closes" in line for line in screen_lines(app)), what="the help")
        first = next(line for line in screen_lines(app) if "closes" in line)
        assert "escape" in first and "?" in first, first
        await pilot.press("question_mark")
        assert isinstance(app.screen, ReaderScreen)


async def test_exclamation_mark_closes_the_problems_list_it_opened(home):
    """As ? opens and closes the help, ! opens and closes the refresh problems (escape and q too)."""
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("exclamation_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, ErrorsScreen), what="the problems list")
        await pilot.press("exclamation_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, ReaderScreen), what="the problems list closed")


async def test_the_chosen_theme_is_remembered(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await pilot.pause()
    with open_library(home) as library:
        assert library.get_setting("theme") == "nord"
    again = NewsbriefApp(home)
    async with again.run_test(size=WIDE) as pilot:
        await settle(pilot, rounds=1)
        assert again.theme == "nord"


async def test_the_command_palette_runs_reader_actions_and_opens_sources(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        first = screen.table.current_id
        await pilot.press("ctrl+p")
        await pilot.press(*"flag / unflag")
        await palette_highlights(pilot, "flag / unflag")
        await pilot.press("enter")
        await settle(pilot, rounds=1)
        assert app.screen is screen
        assert await state_of(pilot, home, first) == "flagged"
        await pilot.press("ctrl+p")
        await pilot.press(*"go to source: test desk")
        await palette_highlights(pilot, "go to source: test desk")
        await pilot.press("enter")
        await settle(pilot, rounds=1)
        assert screen.source_id == screen.source_list[0].id
        assert screen.table.total == screen.source_list[0].total


async def test_q_goes_back_step_by_step_then_quits(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        await pilot.press("slash", *"bridge", "enter")
        await app.workers.wait_for_complete()  # the search runs in a worker
        await pilot.pause()
        await pilot.press("enter")  # open: focus in the reading pane
        assert screen.reading.brief_view.has_focus
        await pilot.press("q")  # back to the list
        assert screen.table.has_focus and screen.search == "bridge"
        await pilot.press("q")  # clear the search
        assert screen.search is None and app.is_running
        await pilot.press("q")  # quit
        await pilot.pause()
        assert not app.is_running


async def test_q_in_any_other_view_source_or_tag_goes_back_to_the_inbox_and_quits_only_from_there(home):
    """As newsboat's q: out of Flagged, Saved, Archive, All, Stories, the Agenda, a source or a
    tag, q goes back to the Inbox (the view the reader opens on) and says so; only there it quits."""
    with open_library(home) as library:
        library.set_tags(library.articles(view="all")[0].id, ["taiwan"])
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        names = {"flagged": "Flagged", "saved": "Saved", "archive": "Archive", "all": "All",
                 "stories": "Stories", "agenda": "Agenda"}
        for presses, view in enumerate(names, start=1):
            await pilot.press(*"v" * presses)
            assert screen.view == view
            await pilot.press("q")
            assert app.is_running, f"q in {view} quit the reader"
            assert (screen.view, screen.source_id, screen.tag) == ("inbox", None, None), view
            said = str(screen.query_one("#status").render())
            assert said == f"Back to the Inbox from {names[view]} (q again quits).", said
            await settle(pilot, rounds=1)
        desk = screen.source_list[0]
        screen.choose("inbox", desk.id)
        await pilot.press("q")
        assert app.is_running and (screen.view, screen.source_id) == ("inbox", None)
        assert str(screen.query_one("#status").render()) == "Back to the whole Inbox from Test desk (q again quits)."
        screen.choose("all", None, "taiwan")  # a tag, as the sidebar chooses it
        await settle(pilot, rounds=1)
        await pilot.press("q")  # to the Inbox, not to the whole of All
        assert app.is_running and (screen.view, screen.tag) == ("inbox", None)
        assert str(screen.query_one("#status").render()) == "Back to the Inbox from All · #taiwan (q again quits)."
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_ctrl_c_copies_a_selection_in_the_search_line_then_quits(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"bridge", "shift+left", "shift+left")
        await pilot.press("ctrl+c")  # text selected: copied, the reader stays
        await pilot.pause()
        assert app.is_running and app.clipboard == "ge"
        await pilot.press("ctrl+c")  # nothing selected now: quits, even from the search line
        await pilot.pause()
        assert not app.is_running


async def test_ctrl_c_copies_text_selected_on_the_screen_then_quits(home):
    from textual.selection import Selection
    from textual.widgets import Static

    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        screen.set_status("Bridge talks resume")
        status = screen.query_one("#status", Static)
        screen.selections = {status: Selection(None, None)}  # as a mouse drag over the line leaves it
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.is_running and app.clipboard == "Bridge talks resume"
        assert not screen.selections  # cleared: the next ctrl+c quits
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert not app.is_running


async def test_a_library_that_cannot_open_ends_the_app_with_code_2(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the home folder should be", encoding="utf-8")
    app = NewsbriefApp(resolve_home(blocker))
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
    assert app.return_code == 2


async def test_a_bad_config_warns_and_opens_with_defaults(home):
    home.config_file.write_text('colour = "[b]red[/b]"\n', encoding="utf-8")
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert any("colour" in n.message and "default settings" in n.message
                   for n in notices(app))
