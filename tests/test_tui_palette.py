"""The command palette finds every action by its obvious word ("export", "opml", "digest"), and
OPML goes in and out of the reader from it: feeds imported, fetched from a loopback server, exported."""

from __future__ import annotations

from feedserver import FeedServer, Route, rss
from textual.command import CommandList, CommandPalette
from textual.widgets import Input
from tui_support import notices, palette_highlights, reader, settle, status_line, wait_for

from briefs import Library
from tui.app import NewsbriefApp
from tui.screens import PromptScreen

WIDE = (160, 48)

# What a reader types, and a command it must find (among the first few hits).
OBVIOUS = [
    ("export", "Save brief to disk"),
    ("export", "Export the feeds as OPML"),
    ("export", "Write the digest"),
    ("opml", "OPML"),
    ("import", "Import feeds from an OPML file"),
    ("save", "Save brief to disk"),
    ("refresh", "Refresh"),
    ("update", "Refresh"),
    ("add", "Add a source"),
    ("subscribe", "Add a source"),
    ("stories", "Go to Stories"),
    ("agenda", "Go to Agenda"),
    ("help", "Help"),
    ("digest", "Write the digest"),
    ("archive", "Done: archive"),
    ("quit", "Back / quit"),
]


def hits(app: NewsbriefApp) -> list[str]:
    """The palette's hits as listed now, best first."""
    if not isinstance(app.screen, CommandPalette):
        return []
    options = app.screen.query_one(CommandList).options
    return [str(getattr(o.prompt, "plain", o.prompt)).split("\n")[0] for o in options]


async def test_the_palette_finds_each_action_by_its_obvious_word(home):
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        for word, command in OBVIOUS:
            await pilot.press("ctrl+p")
            # The word arrives at once (as a paste): the search is the palette's, typing is Input's.
            await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette), what="the palette")
            app.screen.query_one(Input).insert_text_at_cursor(word)
            await wait_for(pilot, lambda command=command: any(command in hit for hit in hits(app)[:5]),
                           what=f"{command!r} among the first hits for {word!r}")
            await pilot.press("escape")
            await pilot.pause()


async def _palette(pilot, words: str, command: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.press(*words)
    await palette_highlights(pilot, command)
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, PromptScreen), what="the prompt")


async def test_opml_from_the_palette_imports_feeds_that_r_fetches_and_exports_them(home, tmp_path):
    with FeedServer() as server:
        server.routes["/desk.xml"] = Route(body=rss("Harbour [b]desk[/b]", [
            {"title": "Pier closes for repairs", "link": server.url("/pier"), "guid": "pier",
             "description": "The old pier closed on Monday for repairs, the harbour master said."}]))
        opml = tmp_path / "other reader.opml"
        opml.write_text(f'<?xml version="1.0"?><opml version="2.0"><head/><body><outline text="News">'
                        f'<outline type="rss" text="Harbour" xmlUrl="{server.url("/desk.xml")}"/>'
                        f'</outline></body></opml>', encoding="utf-8")
        app = NewsbriefApp(home)
        async with app.run_test(size=WIDE) as pilot:
            await settle(pilot)
            screen = reader(app)
            await _palette(pilot, "import opml", "Import feeds from an OPML file")
            app.screen.query_one(Input).value = str(opml)
            await pilot.press("enter")
            await wait_for(pilot, lambda: "Imported 1 feed" in status_line(app), what="the import said")
            assert str(opml) in status_line(app)
            await pilot.press("R")
            await wait_for(pilot, lambda: any(r.title == "Pier closes for repairs"
                                              for r in screen.table.rows_by_id.values()), what="the feed fetched")
            assert len(server.hits("/desk.xml")) == 1

            out = tmp_path / "out" / "feeds.opml"
            await _palette(pilot, "export opml", "Export the feeds as OPML")
            app.screen.query_one(Input).value = str(out)
            await pilot.press("enter")
            await wait_for(pilot, lambda: "Exported" in status_line(app), what="the export said")
            assert "feeds.opml" in status_line(app)
            assert server.url("/desk.xml") in out.read_text(encoding="utf-8")

            # A file that is not OPML: an error naming it, in sight.
            await _palette(pilot, "import opml", "Import feeds from an OPML file")
            app.screen.query_one(Input).value = str(tmp_path / "missing.opml")
            await pilot.press("enter")
            await wait_for(pilot, lambda: any("missing.opml" in n.message and n.severity == "error"
                                              for n in notices(app)), what="the error")
    with Library.open(home.library_file) as library:
        assert [s.category for s in library.sources() if s.kind == "feed"] == ["News"]
