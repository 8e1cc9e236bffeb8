"""A brief is brief: at 160x48 the seed's summary, key meeting, key quotes, open issues and every
next step are on screen without scrolling; a shortened line is shown whole when highlighted."""

from __future__ import annotations

from tui_support import make_home, settle, wait_for

from tui.app import NewsbriefApp
from tui.reader import ReaderScreen

SEED_TITLE = "Blinken Xi Beijing"


def screen_text(app: NewsbriefApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def open_seed(pilot, app: NewsbriefApp, title: str = SEED_TITLE) -> ReaderScreen:
    await settle(pilot, rounds=4)
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    for _ in range(screen.table.row_count):
        if screen.reading.brief is not None and screen.reading.brief.article.title.startswith(title):
            break
        await pilot.press("j")
        await settle(pilot, rounds=1)
    await wait_for(pilot, lambda: screen.reading.brief is not None
                   and screen.reading.brief.article.title.startswith(title))
    return screen


async def test_the_seed_brief_fits_the_reading_pane_at_160x48(tmp_path):
    app = NewsbriefApp(make_home(tmp_path))
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_seed(pilot, app)
        await settle(pilot, rounds=1)
        text = screen_text(app)
        for heading in ("SUMMARY", "KEY MEETING", "KEY QUOTES", "OPEN ISSUES", "NEXT STEPS"):
            assert heading in text, heading
        # The last next steps (the Yellen and Raimondo trips) are in sight without scrolling.
        assert "Yellen" in text.split("NEXT STEPS", 1)[1]
        assert "Raimondo" in text.split("NEXT STEPS", 1)[1]
        view = screen.reading.brief_view
        assert view.scroll_y == 0


async def test_a_shortened_line_is_shown_whole_when_highlighted(tmp_path):
    app = NewsbriefApp(make_home(tmp_path))
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_seed(pilot, app)
        view = screen.reading.brief_view
        shortened = sorted(view._fitted)
        assert shortened, "at 160x48 the seed's brief needs shortening"
        index = shortened[0]
        assert str(view.get_option_at_index(index).prompt).endswith("…") or "…" in str(
            view.get_option_at_index(index).prompt)
        view.focus()
        view.highlighted = index
        await settle(pilot, rounds=1)
        whole = view.lines[index].text
        assert str(view.get_option_at_index(index).prompt) == str(whole)
        view.highlighted = index + 1 if index + 1 < len(view.lines) else index - 1
        await settle(pilot, rounds=1)
        assert "…" in str(view.get_option_at_index(index).prompt)


async def test_a_shortened_quote_gives_its_room_to_the_words_not_to_the_speakers_role(tmp_path):
    """The Washington Post seed's speaker has a 90-character role: shortened to fit, his quotes
    keep their words and his name; the role comes back on the highlighted line."""
    app = NewsbriefApp(make_home(tmp_path))
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_seed(pilot, app, "Where do strained")
        view = screen.reading.brief_view
        await settle(pilot, rounds=1)
        quotes = [(n, line) for n, line in enumerate(view.lines)
                  if line is not None and line.section == "Key quotes" and n in view._fitted]
        assert quotes, "at 160x48 this brief needs shortening"
        roles = [n for n, line in quotes if "Brookings" in str(line.text)]
        assert roles
        for n in roles:
            shown = str(view.get_option_at_index(n).prompt)
            assert "Indyk" in shown and "Brookings" not in shown, shown
            assert len(shown.split("”")[0].split()) >= 8, shown  # the words, not five and a cut
        view.focus()
        view.highlighted = roles[0]
        await settle(pilot, rounds=1)
        assert "Brookings" in str(view.get_option_at_index(roles[0]).prompt)
