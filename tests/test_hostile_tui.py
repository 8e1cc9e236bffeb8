"""Strangers' text in the reader, beyond the markup cases of test_tui_sources: bidi overrides,
zero-width and OSC escapes, a 5,000-character title, a 20,000-character line, hostile
bylines and refresh errors, `javascript:`/`data:` links, a briefs folder that is a file.
The app keeps running, shows the literal text, and nothing on screen is a link or a click.
"""

from __future__ import annotations

import webbrowser

import pytest
from tui_support import make_home, notices, reader, screen_lines, settle, wait_for

from briefs import Article, Library
from tui.app import NewsbriefApp

WIDE = (160, 45)
INVISIBLE = "\u202e\u202d\u200b\u200f\u2066\u2069\ufeff\x1b\x07\x9b"
LONG_TITLE = "W" * 5000
BODY = ("The council met on Monday to discuss the harbour plan, the mayor said. "
        "\"It will be built next year,\" said [@click=app.quit]Mayor Bob[/]. ")

HOSTILE_ROWS = [
    # title, body, byline, url
    ("Bidi \u202egnp.exe\u202c and zero\u200bwidth\u2066 title", BODY, None, None),
    (LONG_TITLE, BODY, None, "https://long.example/a"),
    ("OSC \x1b]8;;https://evil.example\x07link\x1b]8;;\x07 and [link=https://evil.example]click[/link]",
     BODY, "[@click=app.quit]Author[/] \x1b[31mred\x1b[0m", "https://osc.example/a"),
    ("One enormous line", "Start. " + "A" * 20000 + " [b]end[/b] said Bob.", "Zero\u200bWidth Writer",
     "javascript:alert(document.cookie)"),
    ("Data link", BODY, None, "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("VBScript link", BODY, None, "vbscript:msgbox(1)"),
]


def assert_inert(app: NewsbriefApp) -> None:
    for strip in app.screen._compositor.render_strips():
        assert strip.cell_length <= app.size.width
        for segment in strip:
            assert not any(ch in segment.text for ch in INVISIBLE), repr(segment.text)
            style = segment.style
            if style is not None:
                assert not style.link, segment
                assert "@click" not in (style.meta or {}), segment


@pytest.fixture
def home(tmp_path):
    home = make_home(tmp_path)
    home.config_file.parent.mkdir(parents=True, exist_ok=True)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the briefs folder should be\n")
    home.config_file.write_text(f'briefs_dir = "{blocker}"\n', encoding="utf-8")
    with Library.open(home.library_file) as library:
        source = library.add_source("feed", "https://hostile.example/feed",
                                    title="Hostile \u202edesk\u200b [b]x[/b]")
        library.add_articles(
            [Article(text=f"{text} Story number {n}.", title=title, byline=byline, url=url, source=f"hostile/{n}",
                     published=f"2024-06-{20 - n:02d}T09:00:00+00:00")
             for n, (title, text, byline, url) in enumerate(HOSTILE_ROWS)],
            source_id=source,
        )
        library.update_source(source, error="[@click=app.quit]boom[/] \x1b[2J\u202e cleared the screen")
    return home


async def test_hostile_text_is_shown_literally_cut_to_fit_and_never_acts(home, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "get", lambda *a: opened.append("get") or (_ for _ in ()).throw(
        webbrowser.Error("no browser in tests")))
    monkeypatch.setattr(webbrowser, "open", lambda *a, **k: opened.append("open"))
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert screen.table.row_count == len(HOSTILE_ROWS)
        text = "\n".join(screen_lines(app))
        assert "Bidi gnp.exe and zerowidth title" in text  # the override and the invisible marks are gone
        assert "OSC link and [link=https:" in text
        assert "Hostile desk [b]x[/b]" in text
        long_lines = [line for line in screen_lines(app) if "WWWWWWWWWW" in line]
        assert long_lines and all(line.count("W") < WIDE[0] for line in long_lines)
        assert any("…" in line for line in long_lines)  # cut with an ellipsis, not wrapped over the list
        assert_inert(app)
        refused = 0
        for _ in HOSTILE_ROWS:
            row = screen.table.current_row
            await pilot.press("enter")
            await settle(pilot, rounds=1)
            if row.title.startswith("OSC"):  # the whole title, literally, in the reading pane
                assert "OSC link and [link=https://evil.example]click[/link]" in "\n".join(screen_lines(app))
            for pane in ("2", "1"):
                await pilot.press(pane)
                await pilot.pause()
                assert_inert(app)
            if row.url and not row.url.startswith("https://"):
                await pilot.press("o")
                await pilot.pause()
                refused += 1
                assert any("only http and https" in n.message for n in notices(app))
            await pilot.press("escape", "j")
            await pilot.pause()
            assert app.is_running
        assert refused == 3 and opened == []
        shown = "\n".join(screen_lines(app))
        assert "\x1b" not in shown
        # A brief to a "folder" that is a file: a clear message, the file untouched, still running.
        await pilot.press("g", "s")
        await settle(pilot)
        messages = [n.message for n in notices(app)]
        assert any("not-a-folder" in m for m in messages), messages
        assert app.is_running
        for message in messages:
            assert not any(ch in message for ch in INVISIBLE), repr(message)
    assert (home.config_dir.parent / "not-a-folder").read_text() == "a file where the briefs folder should be\n"


async def test_a_corrupt_library_is_reported_in_the_reader_and_kept_aside(tmp_path):
    home = make_home(tmp_path)
    home.data_dir.mkdir(parents=True, exist_ok=True)
    damaged = b"SQLite format 3\x00" + b"\xde\xad\xbe\xef" * 4096
    home.library_file.write_bytes(damaged)
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert app.is_running
        messages = [n.message for n in notices(app)]
        aside = [p for p in home.data_dir.glob("library.sqlite3.corrupt-*") if not p.name.endswith(("-wal", "-shm"))]
        assert len(aside) == 1 and aside[0].read_bytes() == damaged
        assert any("damaged" in m and str(aside[0]) in m for m in messages), messages


async def test_hostile_story_titles_and_steps_are_shown_literally_in_stories_and_agenda(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        await pilot.press(*"v" * 5)
        assert screen.view == "stories"
        await wait_for(pilot, lambda: screen.table.row_count == len(HOSTILE_ROWS), what="the stories")
        await settle(pilot)
        text = "\n".join(screen_lines(app))
        # (The Stories list has a mark column too: its titles are a few cells shorter.)
        assert "OSC link and [link=http" in text and "Bidi gnp.exe and zerowidth title" in text
        assert_inert(app)
        for _ in HOSTILE_ROWS:
            await pilot.press("enter")
            await settle(pilot, rounds=1)
            assert_inert(app)
            await pilot.press("escape", "j")
        # Saving a story or the digest to a "folder" that is a file: said plainly, nothing written.
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        messages = [n.message for n in notices(app)]
        assert sum("not-a-folder" in m for m in messages) >= 2, messages
        await pilot.press("v")
        assert screen.view == "agenda"
        await settle(pilot)
        assert_inert(app)
        assert app.is_running
    assert (home.config_dir.parent / "not-a-folder").read_text() == "a file where the briefs folder should be\n"


async def test_a_wide_character_cut_at_the_column_edge_leaves_no_space_before_the_ellipsis(tmp_path):
    """One of two CJK titles a column apart is cut through a wide character at any width: the
    ellipsis follows the last whole character ("讨…"), the column's gap after it, not "讨 …"."""
    import re

    from tui_support import fill_library

    home = make_home(tmp_path)
    fill_library(home, extra=[(("a" * k) + "中国外交部长王毅会见布林肯讨论台湾问题" * 6, f"Text {k}. " * 30, None)
                              for k in range(2)])
    for size in ((160, 45), (121, 40), (80, 24)):
        app = NewsbriefApp(home)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            # The list's rows (the mark ● then the title up to the pane's edge).
            rows = [m.group() for line in screen_lines(app) for m in re.finditer("●   [^│]*", line)
                    if "中国外交部" in m.group()]
            assert len(rows) == 2 and all("…" in row for row in rows), screen_lines(app)
            assert not [row for row in rows if re.search("[\u4e00-\u9fff] +…", row)], rows


async def test_markup_typed_into_a_text_file_shows_as_the_literal_text(tmp_path):
    """A .txt paragraph that is only markup (`<b>note</b>`, `[bold]x[/bold]`) is the writer's
    words: kept by the file reader and shown as typed, never read as markup by the screen."""
    from tui_support import fill_library

    from briefs.sources.files import load_file

    home = make_home(tmp_path)
    fill_library(home)
    typed = ["<b>note</b>", "[bold]x[/bold]", "<script>alert(1)</script>", "[@click=app.quit]quit[/]"]
    file = tmp_path / "typed.txt"
    file.write_text("Typed markup\n\n" + "\n\n".join([typed[0], "The council met on Tuesday to discuss the budget, "
                                                     "members said.", *typed[1:]]) + "\n", encoding="utf-8")
    with Library.open(home.library_file) as library:
        source = library.add_source("files", "Local files", title="Local files")
        library.add_articles([load_file(file)], source_id=source)
    app = NewsbriefApp(home)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        await pilot.press("g")
        for _ in range(screen.table.total):
            if screen.table.current_row.title == "Typed markup":
                break
            await pilot.press("j")
            await pilot.pause()
        await settle(pilot)
        await pilot.press("2")  # the article
        await settle(pilot)
        shown = "\n".join(screen_lines(app))
        assert all(words in shown for words in typed), shown
        assert app.is_running
