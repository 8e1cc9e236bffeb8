"""The reading pane is quick to come back to: a brief's lines, and their shortening to fit the
pane, are worked out once per article and pane size; coming back to an article reuses them."""

from __future__ import annotations

from textual.color import Color
from tui_support import reader, settle, wait_for

from tui.app import NewsbriefApp

SIZE = (160, 48)  # the Blinken brief needs shortening at this size


async def open_row(pilot, screen, index: int) -> str:
    """Enter on row `index` of the list, as a reader does; back to the list after."""
    if not screen.table.has_focus:
        await pilot.press("q")
    screen.table.move_cursor(row=index, animate=False)
    article_id = screen.table.current_id
    await pilot.press("enter")
    await wait_for(pilot, lambda: screen.reading.brief is not None
                   and screen.reading.brief.article.id == article_id, what="the brief shown")
    await settle(pilot, rounds=1)
    return article_id


async def test_going_back_to_an_article_reuses_its_fitted_brief(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(app)
        view = screen.reading.brief_view
        blinken = next(i for i in range(screen.table.row_count)
                       if "Blinken" in screen.table.rows_by_id[screen.table.id_at(i)].title)
        await open_row(pilot, screen, blinken)
        shortened = {i: str(t) for i, t in view._fitted.items()}
        assert shortened, "the Blinken brief is shortened to fit at 160x48"
        await open_row(pilot, screen, (blinken + 1) % screen.table.row_count)
        measured = view.fits_made

        await open_row(pilot, screen, blinken)

        assert view.fits_made == measured, "coming back measured the brief again"
        assert {i: str(t) for i, t in view._fitted.items()} == shortened
        assert view.highlighted is not None and view.lines[view.highlighted] is not None


async def test_the_pane_holding_the_focus_has_the_accent_border_in_any_theme(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(pilot)
        screen = reader(app)
        panes = {"sidebar": screen.sidebar, "list": screen.query_one("#list-pane"), "reading": screen.reading}

        def colours() -> dict[str, tuple[str, str]]:
            variables = app.get_css_variables()
            accent, panel = Color.parse(variables["accent"]), Color.parse(variables["panel"])
            return {name: (pane.styles.border_top[0], {accent: "accent", panel: "panel"}.get(
                pane.styles.border_top[1], str(pane.styles.border_top[1]))) for name, pane in panes.items()}

        assert colours() == {"sidebar": ("round", "panel"), "list": ("round", "accent"),
                             "reading": ("round", "panel")}
        await pilot.press("enter")
        await wait_for(pilot, lambda: colours()["reading"] == ("round", "accent"), what="the reading pane's accent")
        assert colours()["list"] == ("round", "panel")
        app.theme = "nord"  # another accent and another panel colour
        reading_focused = {"sidebar": ("round", "panel"), "list": ("round", "panel"), "reading": ("round", "accent")}
        await wait_for(pilot, lambda: colours() == reading_focused, what=f"the new theme's colours, not {colours()}")
