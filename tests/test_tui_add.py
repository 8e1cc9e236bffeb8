"""The add dialog: several sources at once, failures said in plain words with the dialog kept
open and the failed text kept, pasted lines kept, and tab completing paths."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from textual import events
from textual.widgets import Input
from tui_support import fill_library, make_home, open_library, reader, settle, status_line, wait_for

from tui.app import NewsbriefApp
from tui.reader import ReaderScreen
from tui.screens import AddSourceScreen, complete_path, plain_reason, split_sources

WIDE = (160, 48)


def article_file(folder, name: str, title: str):
    path = folder / name
    path.write_text(f"{title}\n\nThe harbour authority said on Monday that {title.lower()}.\n\n"
                    "\"We will act next week,\" the harbour master, Lena Berg, said.\n", encoding="utf-8")
    return path


@contextmanager
def refused_port() -> Iterator[int]:
    """A loopback port that refuses connections: bound, never listening, and held for the test
    (a port closed at once could be taken by another process's server before it is asked)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def _a_file_and_a_folder(tmp_path, folder_name: str, file_name: str):
    """A filled home, an article file beside it (the pier) and a folder holding one more (the
    ferry): two sources to type into the add dialog at once."""
    home = make_home(tmp_path)
    fill_library(home)
    one = article_file(tmp_path, "pier.txt", "The old pier is unsafe")
    folder = tmp_path / folder_name
    folder.mkdir()
    article_file(folder, file_name, "The ferry timetable changes")
    return home, one, folder


async def test_several_paths_separated_by_spaces_add_several_sources(tmp_path):
    home, one, folder = _a_file_and_a_folder(tmp_path, "more", "ferry.txt")
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        await pilot.press("a")
        app.screen.query_one(Input).value = f"{one}  {folder}"
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen)
        await settle(pilot)
        with open_library(home) as library:
            sources = {s.location: s.title for s in library.sources()}
        # The folder is a source; the single file went into "Local files", not a source of its own.
        assert str(folder.resolve()) in sources and str(one.resolve()) not in sources
        assert "Local files" in sources.values()
        assert screen.table.row_count == 7
        said = status_line(app)  # both said, not only the last
        assert f"Added {one} to Local files: 1 new article" in said and "Added more: 1 new article" in said, said


async def test_tab_completes_a_path_with_spaces_beside_another_source_as_one_path(tmp_path):
    home, one, folder = _a_file_and_a_folder(tmp_path, "harbour news", "ferry notes.txt")
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        await pilot.press("a")
        box = app.screen.query_one(Input)
        box.insert_text_at_cursor(f"{one} {tmp_path}/")  # as pasted: the long path key by key took seconds
        await pilot.press(*"harb", "tab")
        assert box.value == f"{one} '{folder}/'"
        await pilot.press(*"fer", "tab")  # on into the folder: the quoted word is read as one
        assert box.value == f"{one} '{folder}/ferry notes.txt'"
        assert split_sources(box.value) == [str(one), f"{folder}/ferry notes.txt"]
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen, what="the dialog closed: both added")
        await settle(pilot)
        with open_library(home) as library:
            titles = {r.title for r in library.articles(view="all")}
        assert {"The old pier is unsafe", "The ferry timetable changes"} <= titles


async def test_letters_typed_in_one_burst_with_a_land_in_the_add_dialogs_box(tmp_path):
    """`a` and a path after it arriving at once (a paste of keys, ssh, a busy machine): every
    letter goes into the dialog's box, none to the list behind it (`d` archiving, `f` flagging)."""
    home = make_home(tmp_path)
    fill_library(home)
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        typed = "~/docs/fd-2.txt"
        app.post_message(events.Key("a", "a"))  # all queued before the first is handled
        for ch in typed:
            app.post_message(events.Key({"/": "slash", "~": "tilde", ".": "full_stop", "-": "minus"}.get(ch, ch), ch))
        await wait_for(pilot, lambda: isinstance(app.screen, AddSourceScreen)
                       and app.screen.query_one(Input).value == typed, what="the burst in the add box")
        assert app.screen.query_one(Input).has_focus
        await pilot.press("escape")
        await settle(pilot)
        assert screen.counts["archive"] == 0 and screen.counts.get("flagged", 0) == 0


async def test_a_dragged_in_path_with_spaces_quoted_or_escaped_stays_one_source(tmp_path):
    """Terminals write a file dragged into them quoted or with its spaces escaped; a pasted
    line that is such a path stays one source beside the others."""
    home = make_home(tmp_path)
    fill_library(home)
    quoted = article_file(tmp_path, "pier report.txt", "The old pier is unsafe")
    folder = tmp_path / "my folder"
    folder.mkdir()
    article_file(folder, "ferry.txt", "The ferry timetable changes")
    escaped = article_file(tmp_path, "quay notes.txt", "The quay wall is cracked")
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        await pilot.press("a")
        box = app.screen.query_one(Input)
        box.post_message(events.Paste(f"{folder}\n"))
        await pilot.pause()
        box.insert_text_at_cursor(f" '{quoted}' {str(escaped).replace(' ', chr(92) + ' ')}")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen, what="the dialog closed: all three added")
        await settle(pilot)
        titles = {screen.table.rows_by_id[screen.table.id_at(i)].title for i in range(screen.table.row_count)}
        assert {"The old pier is unsafe", "The ferry timetable changes", "The quay wall is cracked"} <= titles


async def test_a_name_too_long_for_the_system_is_said_not_a_crash(tmp_path):
    home = make_home(tmp_path)
    fill_library(home)
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        dialog = app.screen
        dialog.query_one(Input).value = "x" * 300 + " ~nobody-has-this-name/news.txt"
        await pilot.press("tab", "enter")
        await wait_for(pilot, lambda: "No such file" in str(dialog.query_one("#add-error").render()))
        said = str(dialog.query_one("#add-error").render())
        assert app.is_running and app.screen is dialog and "~nobody-has-this-name/news.txt" in said


async def test_a_failure_keeps_the_dialog_open_with_the_failed_text_and_plain_words(tmp_path):
    home = make_home(tmp_path)
    fill_library(home)
    good = article_file(tmp_path, "pier.txt", "The old pier is unsafe")
    with refused_port() as port:
        bad = f"http://127.0.0.1:{port}/feed.xml"
        app = NewsbriefApp(home)
        async with app.run_test(size=WIDE) as pilot:
            await settle(pilot)
            await pilot.press("a")
            dialog = app.screen
            box = dialog.query_one(Input)
            box.value = f"{good}\n{bad}"
            await pilot.press("enter")
            await wait_for(pilot, lambda: not box.disabled and "Could not add" in str(
                dialog.query_one("#add-error").render()))
            assert app.screen is dialog and isinstance(dialog, AddSourceScreen)
            said = str(dialog.query_one("#add-error").render())
            assert "Added 1" in said and bad in said
            assert "Errno" not in said and "ConnectError" not in said
            assert "nothing answers" in said
            assert box.value == bad
            with open_library(home) as library:
                assert "The old pier is unsafe" in {r.title for r in library.articles(view="all")}
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, ReaderScreen)
            assert reader(app).table.row_count == 6  # the good one arrived


async def test_pasted_lines_are_all_kept_and_tab_completes_a_path(tmp_path):
    home = make_home(tmp_path)
    fill_library(home)
    article_file(tmp_path, "harbour-report.txt", "The old pier is unsafe")
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        box = app.screen.query_one(Input)
        box.post_message(events.Paste("https://a.example/feed\nhttps://b.example/feed\n"))
        await pilot.pause()
        assert box.value == "https://a.example/feed https://b.example/feed"
        box.value = ""
        box.insert_text_at_cursor(f"{tmp_path}/")  # as pasted: the long path key by key took seconds
        await pilot.press(*"harb", "tab")
        assert box.value == f"{tmp_path}/harbour-report.txt"
        assert isinstance(app.screen, AddSourceScreen)  # tab stayed in the box


def test_split_plain_reason_and_completion(tmp_path):
    spaced = tmp_path / "my articles"
    spaced.mkdir()
    assert split_sources(str(spaced)) == [str(spaced)]
    assert split_sources("https://a.example/x\nhttps://b.example/y https://a.example/x") == [
        "https://a.example/x", "https://b.example/y"]
    assert plain_reason("http://x.invalid/: ConnectError: [Errno -2] Name or service not known") == \
        "http://x.invalid/: no such host: check the address"
    assert "Errno" not in plain_reason("/tmp/x: [Errno 13] Permission denied: '/tmp/x'")
    assert complete_path(f"{tmp_path}/my") == f"'{tmp_path}/my articles/'"  # quoted: one path
    assert complete_path("https://a.example/fe") == "https://a.example/fe"


async def test_escape_while_adding_waits_and_the_list_gets_the_source(tmp_path):
    from feedserver import FeedServer, Route, rss

    home = make_home(tmp_path)
    fill_library(home)
    with FeedServer() as server:
        items = [{"title": "Slow story", "link": server.url("/s"), "guid": "s1",
                  "pubDate": "Mon, 10 Jun 2024 09:00:00 GMT",
                  "content": "<p>The slow story happened on Monday, officials said.</p>"}]
        # The feed answers when the test says so (a fixed delay ran out on a busy machine
        # before escape was pressed, and the dialog had closed by itself).
        answer = threading.Event()

        def slow(_seen):
            answer.wait(60)
            return Route(body=rss("Slow News", items))

        server.routes["/slow.xml"] = slow
        app = NewsbriefApp(home)
        async with app.run_test(size=WIDE) as pilot:
            await settle(pilot)
            screen = reader(app)
            await pilot.press("a")
            dialog = app.screen
            dialog.query_one(Input).value = server.url("/slow.xml")
            try:
                await pilot.press("enter")
                await wait_for(pilot, lambda: server.hits("/slow.xml"), what="the feed asked for")
                await pilot.press("escape")
                assert app.screen is dialog
                assert "Still adding" in str(dialog.query_one("#add-error").render())
            finally:
                answer.set()
            await wait_for(pilot, lambda: app.screen is screen)
            await settle(pilot)
            assert any(s.title == "Slow News" for s in screen.source_list)
            assert screen.table.row_count == 6


def test_an_added_folder_names_the_files_it_skipped(tmp_path):
    from briefs import add_source, load_config

    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "good.txt").write_text("Council votes\n\nThe council voted on Monday to close the pier.\n")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02" * 400)
    home = make_home(tmp_path)
    with open_library(home) as library:
        result = add_source(library, str(folder), load_config(home))
    from tui.reader import describe_add

    text = describe_add(result, str(folder))
    assert text.startswith("Added notes: 1 new article;") and "1 file skipped" in text and "bad.txt" in text


def test_among_several_sources_each_problem_names_its_source_once(tmp_path):
    from tui.screens import source_problem

    missing = str(tmp_path / "gone.txt")
    lines = [source_problem(v).line(v, several=True) for v in (missing, "ftp://a.example/x")]
    assert lines == [f"No such file or folder: {missing}",
                     "ftp://a.example/x: Only http:// and https:// addresses can be added, not ftp:"]
    assert source_problem("ftp://a").line("ftp://a", several=False).startswith("Only http://")


async def test_a_with_a_file_names_the_file_and_an_opml_file_is_refused_with_the_way_to_import_it(tmp_path):
    """`a` with one article file says which file it added (not just "Local files"); with an OPML
    subscription list it adds no article of XML but says how to follow its feeds."""
    home = make_home(tmp_path)
    fill_library(home)
    note = article_file(tmp_path, "pier.txt", "The old pier is unsafe")
    opml = tmp_path / "subscriptions.xml"  # the name does not say OPML: the contents do
    opml.write_text('<?xml version="1.0"?>\n<!-- exported -->\n<opml version="2.0"><head/><body>'
                    '<outline type="rss" text="Harbour" xmlUrl="http://127.0.0.1:9/feed.xml"/></body></opml>',
                    encoding="utf-8")
    app = NewsbriefApp(home)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        screen = reader(app)
        await pilot.press("a")
        app.screen.query_one(Input).value = str(note)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is screen)
        await settle(pilot)
        assert f"Added {note} to Local files: 1 new article" in status_line(app)
        await pilot.press("a")
        dialog = app.screen
        dialog.query_one(Input).value = str(opml)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is not dialog or "Could not add" in str(
            dialog.query_one("#add-error").render()))
        assert app.screen is dialog, "the OPML file was added as an article"
        said = str(dialog.query_one("#add-error").render())
        assert "OPML list of feeds" in said and "Import feeds" in said, said
        with open_library(home) as library:
            assert len(library.articles(view="all")) == 6  # five, and the pier: no article of XML


async def test_adding_a_source_that_never_answers_names_it_and_counts_the_wait(tmp_path):
    """`a` with a server that accepts and never answers: the dialog names the source and how
    long it has waited (not a bare "Adding 1 source…" for half a minute), then says why it failed."""
    from faultserver import Fault, FaultServer

    home = make_home(tmp_path)
    fill_library(home)
    home.config_dir.mkdir(parents=True, exist_ok=True)
    # The dialog says it waits after 3 s and fails at the 15 s limit: a 12 s window a loaded
    # machine cannot miss (it was 4 s), while the server hangs for 10 min.
    (home.config_dir / "config.toml").write_text("connect_timeout = 2\ntotal_timeout = 15\n", encoding="utf-8")
    with FaultServer() as server:
        server.faults["/silent.xml"] = Fault("hang")
        url = server.url("/silent.xml")
        app = NewsbriefApp(home)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("a")
            dialog = app.screen
            dialog.query_one(Input).value = url
            await pilot.press("enter")

            def said() -> str:
                return str(dialog.query_one("#add-error").render())

            await wait_for(pilot, lambda: "waiting for an answer" in said(), what="the wait said")
            assert f"Adding {url}" in said()
            await wait_for(pilot, lambda: "Could not add" in said(), what="the failure")
            assert app.screen is dialog
