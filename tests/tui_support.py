"""Helpers for the TUI's Pilot tests: a real library in a temp home, and waiting for workers."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from textual.command import CommandList, CommandPalette
from textual.notifications import Notification
from textual.pilot import Pilot
from textual.worker import WorkerCancelled, WorkerState

from briefs import Article, Home, Library, resolve_home, seeds_dir
from tui.app import NewsbriefApp
from tui.reader import ReaderScreen

BLINKEN = seeds_dir() / "blinken-xi-beijing.txt"

SHORT_TEXTS = [
    (
        "Council delays vote on the harbour bridge",
        "The city council delayed its vote on the harbour bridge on Tuesday.\n\n"
        "\"We need more time to read the engineers' report,\" said council leader Maria Lopez.\n\n"
        "The vote is expected next month, officials said.",
    ),
    (
        "Storm closes schools across the north",
        "Schools across the north closed on Wednesday as the storm arrived.\n\n"
        "\"Safety comes first,\" the education minister, Tom Reed, told reporters.\n\n"
        "It is not clear when the schools will reopen.",
    ),
    (
        "Bakery wins regional award",
        "A family bakery in the old town won the regional award for its rye bread.\n\n"
        "The owners said they would open a second shop later in the year.",
    ),
    (
        "Rail strike called off after late talks",
        "Rail unions called off Friday's strike after talks ran late into the night.\n\n"
        "\"This is a fair offer,\" union secretary Ana Silva said. Members will vote on it next week.",
    ),
]


def make_home(tmp_path: Path) -> Home:
    return resolve_home(tmp_path / "home")


def fill_library(home: Home, extra: list[tuple[str, str, str | None]] = ()) -> list[str]:  # type: ignore[assignment]
    """A library with the Blinken article and a few short ones; returns ids newest first."""
    articles = [
        Article(text=text, title=title, source=f"test/{n}.txt", published=f"2024-05-{10 + n:02d}T09:00:00+00:00")
        for n, (title, text) in enumerate(SHORT_TEXTS)
    ]
    articles.append(
        Article(text=BLINKEN.read_text(encoding="utf-8"), title="Xi hails progress in Blinken talks",
                source="test/blinken.txt", published="2024-05-20T09:00:00+00:00")
    )
    for n, (title, text, url) in enumerate(extra):
        articles.append(Article(text=text, title=title, source=f"test/extra{n}.txt", url=url,
                                published=f"2024-06-{1 + n:02d}T09:00:00+00:00"))
    with Library.open(home.library_file) as library:
        source_id = library.add_source("folder", "/nowhere/test-articles", title="Test desk")
        library.add_articles(articles, source_id=source_id)
        return [row.id for row in library.articles(view="all")]


def open_library(home: Home) -> Library:
    return Library.open(home.library_file)


def stored_state(home: Home, article_id: str) -> str:
    """The article's state as the library holds it now (a key's decision is written in the
    background: `written(pilot)` first to read it)."""
    with open_library(home) as library:
        return library.row(article_id).state


# How long a wait for a condition may take before the test fails. A condition that holds ends the
# wait at once, so these cost nothing when the app is right; they only have to be far above what a
# loaded machine (2 cores, 4 test workers, other work) can take to get there (seconds, rarely tens
# of seconds). Nothing waits on these to tell right from wrong: a wrong app fails them, later.
PATIENCE = 120.0
SETTLE_PATIENCE = 180.0


async def wait_for(pilot: Pilot, condition, timeout: float = PATIENCE, what: str = "condition") -> None:
    """Let the app run until condition() holds: a busy machine gets the whole timeout, never a guess."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not reached in {timeout:.0f} s; screen {pilot.app.screen!r}")
        await pilot.pause(0.05)


def _highlighted_command(app) -> str:
    if not isinstance(app.screen, CommandPalette):
        return ""
    option = app.screen.query_one(CommandList).highlighted_option
    prompt = option.prompt if option is not None else ""
    return str(getattr(prompt, "plain", prompt))


async def palette_highlights(pilot: Pilot, text: str, timeout: float = PATIENCE) -> None:
    """Wait until the command palette's highlighted hit names text (its search runs in the background)."""
    await wait_for(pilot, lambda: text.lower() in _highlighted_command(pilot.app).lower(), timeout,
                   what=f"palette hit {text!r}")


# The reader's one-shot timers: the reading pane following the cursor, briefs fetched around
# it, the search run once typing rests. (Repeating ones, such as the library watch, never end.)
_READER_TIMERS = ("_preview_timer", "_prefetch_timer", "_live_search_timer")


def _pending(timer) -> bool:
    task = getattr(timer, "_task", None)
    return task is not None and not task.done()


def _busy(app) -> str:
    """What the app still has to do (a worker, a reader's write or one-shot timer), or ""."""
    for worker in app.workers:
        if worker.state in (WorkerState.PENDING, WorkerState.RUNNING):
            return f"worker {worker.name!r}"
    for screen in app.screen_stack:
        if not getattr(screen, "_painted", True):
            return "the reader's first paint (its background work starts after it)"
        writer = getattr(screen, "writer", None)
        if writer is not None and not writer.idle:
            return "the reader's writes"
        for name in _READER_TIMERS:
            if _pending(getattr(screen, name, None)):
                return name
    return ""


async def settle(pilot: Pilot, rounds: int = 2, timeout: float = SETTLE_PATIENCE) -> None:
    """Wait until the app has nothing left to do: no worker running, every decision written,
    no reader timer pending, `rounds` checks in a row (pilot.pause alone does not wait for
    workers). A condition, not a guess: a busy machine gets the whole timeout."""
    deadline = time.monotonic() + timeout
    quiet = 0
    while quiet < max(rounds, 1):
        await pilot.pause()
        try:
            await pilot.app.workers.wait_for_complete()
        except WorkerCancelled:
            pass  # an exclusive worker replaced by a newer one: expected
        await pilot.pause()
        busy = _busy(pilot.app)
        if not busy:
            quiet += 1
            continue
        quiet = 0
        if time.monotonic() > deadline:
            raise AssertionError(f"the app did not settle in {timeout:.0f} s: {busy} still busy")
        await pilot.pause(0.02)


async def written(pilot: Pilot, timeout: float = PATIENCE) -> None:
    """Wait until the reader's writer has written every decision so far (a key shows its
    decision at once and writes it in the background), and its answers are taken in."""
    screen = pilot.app.screen
    writer = getattr(screen, "writer", None)
    if writer is not None:
        await wait_for(pilot, lambda: writer.idle, timeout, what="the reader's writes")
        await pilot.pause()


@asynccontextmanager
async def running_reader(home: Home, size: tuple[int, int] = (160, 48)
                         ) -> AsyncIterator[tuple[NewsbriefApp, Pilot, ReaderScreen]]:
    """The reader on `home`'s library, started and settled (its first screen painted, its
    start-up work done): `async with running_reader(home) as (app, pilot, screen):`."""
    app = NewsbriefApp(home)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        yield app, pilot, reader(app)


def reader(app: NewsbriefApp) -> ReaderScreen:
    """The app's current screen, which must be the reader."""
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


async def point_at(pilot: Pilot, name: str) -> None:
    """Focus the sidebar and move its highlight (with real keys) onto the source called `name`."""
    screen = reader(pilot.app)
    screen.sidebar.focus()
    await pilot.press("home")
    for _ in range(screen.sidebar.option_count):
        option = screen.sidebar.highlighted_option
        if option is not None and name in str(option.prompt):
            return
        await pilot.press("down")
    raise AssertionError(f"no {name} in the sidebar")


def screen_lines(app: NewsbriefApp) -> list[str]:
    """The text of every line on the screen as drawn now."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def notices(app: NewsbriefApp) -> list[Notification]:
    """Every notice the app has raised so far, in order, also those whose toast has gone (a
    toast leaves `app._notifications` after its timeout of wall-clock time; a busy machine can
    spend that inside one `settle`)."""
    return list(getattr(app._notifications, "shown", ()))


def status_line(app: NewsbriefApp) -> str:
    """The reader's status line as said now, whole (where confirmations are said; the screen
    cuts it to its width: `screen_lines` for what shows)."""
    return str(reader(app).query_one("#status").visual)
