"""Text cut to fit the screen is cut by terminal cells, whole characters, then "…": the reading
pane's title, the list's border title, the status line and the sidebar's names, in CJK and emoji.
A cut through a wide character leaves its gap after the ellipsis ("讨…  "), never before it
("讨 …"); an emoji family (👩‍👩‍👧) shows as its emoji, its joiners removed.
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from tui_support import (
    fill_library,
    make_home,
    point_at,
    reader,
    screen_lines,
    settle,
    status_line,
    wait_for,
)

from briefs import Article, Library
from tui.app import NewsbriefApp

CJK = "中国外交部长王毅会见布林肯讨论台湾问题" * 6
FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467"  # 👩‍👩‍👧
FLAG = "\U0001f3f3\ufe0f\u200d\U0001f308"  # 🏳️‍🌈
# A wide character, spaces, then the ellipsis: what rich's and Textual's own cut leave.
GAP_BEFORE_ELLIPSIS = re.compile("[\u4e00-\u9fff] +\u2026")
BODY = "The council met on Monday to discuss the harbour plan, the mayor said. " * 5


def _home_with_wide_titles(tmp_path):
    """Two CJK titles a column apart (one of them is cut through a wide character at any width),
    an emoji title, and two sources with long CJK names a column apart."""
    home = make_home(tmp_path)
    fill_library(home, extra=[("a" + CJK, BODY, None), (CJK, BODY, None),
                              ((f"{FAMILY} family day {FLAG} parade ") * 6, BODY, None)])
    with Library.open(home.library_file) as library:
        for n, name in enumerate(("中国外交部新闻发布会实录与评论精选合集", "a中国外交部新闻发布会实录与评论精选合集")):
            source = library.add_source("folder", f"/nowhere/cjk{n}", title=name)
            library.add_articles([Article(text=BODY, title=f"Press briefing {n}", source=f"cjk/{n}.txt",
                                          published="2024-07-01T09:00:00+00:00")], source_id=source)
    return home


async def _go_to(pilot, title: str) -> None:
    """Move the list's cursor with j onto the article called `title`, and let the reading pane follow."""
    table = reader(pilot.app).table
    await pilot.press("g")  # the reader reopens where it was left
    await pilot.pause()
    for _ in range(table.total + 1):
        if table.current_row.title == title:
            await settle(pilot)
            return
        await pilot.press("j")
        await pilot.pause()
    raise AssertionError(f"no {title!r} in the list")


def _reading_title(app) -> str:
    """The reading pane's first line (the article's title) as drawn."""
    line = next(line for line in screen_lines(app)[:3] if line.count("│") >= 3)
    return line.rsplit("││", 1)[1].rstrip("│ ")


async def test_a_cut_cjk_title_in_the_reading_pane_ends_on_a_whole_character_then_the_ellipsis(tmp_path):
    home = _home_with_wide_titles(tmp_path)
    for size in ((100, 30), (101, 30)):
        app = NewsbriefApp(home)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            titles = []
            for title in (CJK, "a" + CJK):  # a column apart
                await _go_to(pilot, title)
                titles.append(_reading_title(app))
            assert all(t.endswith("…") and "中国外交部" in t for t in titles), titles
            assert not [t for t in titles if GAP_BEFORE_ELLIPSIS.search(t)], titles


async def test_an_emoji_family_shows_as_its_emoji_and_its_row_keeps_its_width(tmp_path):
    home = _home_with_wide_titles(tmp_path)
    app = NewsbriefApp(home)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await _go_to(pilot, ((f"{FAMILY} family day {FLAG} parade ") * 6).strip().replace("\u200d", ""))
        title = _reading_title(app)
        row = next(line for line in screen_lines(app) if "●" in line and "family" in line)
        # The joiner is gone (a terminal that does not join would draw a wider row than rich
        # measures); the family's emoji stay whole and in order.
        for shown in (title, row):
            assert "\u200d" not in shown and FAMILY.replace("\u200d", "") in shown, shown
        assert cell_len(row) == 100, row


async def test_the_status_line_cuts_a_cjk_title_on_a_whole_character(tmp_path):
    home = _home_with_wide_titles(tmp_path)
    app = NewsbriefApp(home)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        shown = []
        for title in (CJK, "a" + CJK):
            await _go_to(pilot, title)
            await pilot.press("f")  # "Flagged (kept) (u undoes it): “<the title>”" on the status line
            said = f"Flagged (kept) (u undoes it): “{title}”"
            await wait_for(pilot, lambda said=said: status_line(app) == said, what="the flag said")
            line = screen_lines(app)[-2]
            assert "中国外交部" in line and line.rstrip().endswith("…"), line
            shown.append(line)
        assert not [line for line in shown if GAP_BEFORE_ELLIPSIS.search(line)], shown


async def test_long_cjk_source_names_fit_the_sidebar_and_the_list_title(tmp_path):
    home = _home_with_wide_titles(tmp_path)
    app = NewsbriefApp(home)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        screen = reader(app)
        # The sidebar: each name cut to its room, the unread count still in sight.
        names = [line for line in screen_lines(app) if line.count("│") > 2 and "外交部新闻" in line.split("│")[1]]
        assert len(names) == 2, screen_lines(app)
        for line in names:
            label = line.split("│")[1]
            assert "…" in label and label.rstrip().endswith(" 1"), names
            assert cell_len(label) == cell_len(screen_lines(app)[1].split("│")[1]), names  # the pane's width
        assert not [line for line in names if GAP_BEFORE_ELLIPSIS.search(line.split("│")[1])], names
        # The list's border title names the chosen source: cut to the border, whole characters.
        titles = []
        for name in ("中国外交部", "a中国外交部"):
            await point_at(pilot, name)
            await pilot.press("enter")
            await settle(pilot)
            screen.table.focus()
            line = next(line for line in screen_lines(app)[:1])
            titles.append(line)
            assert "外交部新闻" in line and "…" in line, line
        assert not [t for t in titles if GAP_BEFORE_ELLIPSIS.search(t)], titles


def test_the_article_view_marks_every_joiner_in_place():
    from tui.render import safe_body

    text = f"pay\u200dpal and {FAMILY} and \u200d"
    shown = safe_body(text)
    assert shown == text.replace("\u200d", "\ufffd") and len(shown) == len(text)  # offsets kept
