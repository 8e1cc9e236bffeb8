"""The newsbrief Textual app: opens the library and the config, then the reader screen."""

from __future__ import annotations

import select
import sys
from typing import Any

from rich.text import Text
from textual import on, work
from textual.actions import SkipAction
from textual.app import App
from textual.binding import Binding
from textual.theme import Theme
from textual.widgets import Input
from textual.widgets.input import Selection

from briefs import Config, Home, Library, NewsbriefError, clean_line, load_config

from .commands import ReaderCommands
from .keys import DEFAULT_KEYS, QUIT_DESCRIPTION, keymap_clashes, normalized_keymap
from .logfile import log_warnings_to
from .reader import ReaderScreen


class NewsbriefApp(App[None]):
    """The reader over the library in `home` (first run: the bundled seeds)."""

    CSS_PATH = "newsbrief.tcss"
    TITLE = "newsbrief"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    # ctrl+c quits, as in any terminal program (Textual only says "press ctrl+q"); with text
    # selected it copies it first. Priority: a line being typed in does not keep it.
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="app.quit", tooltip=QUIT_DESCRIPTION),
        Binding("ctrl+c", "interrupt", "Quit", show=False, priority=True, id="app.interrupt",
                tooltip=QUIT_DESCRIPTION),
    ]

    def __init__(self, home: Home) -> None:
        super().__init__()
        self.home = home
        self.library: Library | None = None
        self.config: Any = None
        self.keymap: dict[str, str] = {}  # binding id -> keys in force (what `?` shows)

    def on_mount(self) -> None:
        problems: list[str] = []
        try:
            self.config = load_config(self.home)
        except NewsbriefError as exc:
            problems.append(f"{exc} (using the default settings)")
            self.config = Config(briefs_dir=self.home.briefs_dir)
        try:
            # A big library's whole-file check runs once the reader is painted (`_check_library`).
            self.library = Library.open(self.home.library_file, defer_check=True)
        except NewsbriefError as exc:
            self.exit(return_code=2, message=Text(f"newsbrief: {clean_line(str(exc), 500)}"))
            return
        if self.library.moved_aside is not None:
            problems.append(f"The library {self.home.library_file} was damaged: it is kept as "
                            f"{self.library.moved_aside} and a fresh library was started.")
        problems += self.apply_keymap(dict(self.config.keymap or {}))
        self.apply_theme()
        folder = self.config.briefs_dir or self.home.briefs_dir
        self.push_screen(ReaderScreen(self.library, self.config, folder))
        terminal = _terminal_fd() if not self.is_headless else None
        if terminal is not None:
            self.set_interval(1.0, lambda: self._exit_if_hung_up(terminal), name="hangup-watch")
        for problem in problems:
            self.notify(clean_line(problem, 500), severity="warning", timeout=10, markup=False)

    @on(ReaderScreen.Painted)
    def _reader_painted(self, message: ReaderScreen.Painted) -> None:
        if self.library is not None and not self.library.checked:
            self._check_library()

    @work(thread=True, group="check", exit_on_error=False, name="checking the library")
    def _check_library(self) -> None:
        library = self.library
        problem = library.check() if library is not None else None
        if problem is not None:
            self.post_message(ReaderScreen.LibraryDamaged(problem))

    @on(ReaderScreen.LibraryDamaged)
    def _library_damaged(self, message: ReaderScreen.LibraryDamaged) -> None:
        """Set the damaged file aside (opening it with the check does) and start afresh."""
        assert self.library is not None
        path = self.library.path
        self.library.close()
        try:
            self.library = Library.open(path)
        except NewsbriefError as exc:
            self.exit(return_code=2, message=Text(f"newsbrief: {clean_line(str(exc), 500)}"))
            return
        if self.library.moved_aside is not None:
            self.notify(clean_line(f"The library {path} was damaged ({message.problem}): it is kept as "
                                   f"{self.library.moved_aside} and a fresh library was started.", 500),
                        severity="error", timeout=15, markup=False)
        folder = self.config.briefs_dir or self.home.briefs_dir
        self.switch_screen(ReaderScreen(self.library, self.config, folder))

    def action_interrupt(self) -> None:
        """ctrl+c: copy the text selected (in a line being typed, or on the screen), else quit."""
        focused = self.focused
        if isinstance(focused, Input) and focused.selected_text:
            focused.action_copy()
            focused.selection = Selection.cursor(focused.cursor_position)  # the next ctrl+c quits
            return
        try:
            self.screen.action_copy_text()  # Textual's copy; it skips when nothing is selected
        except SkipAction:
            self.exit()
            return
        self.screen.clear_selection()  # the next ctrl+c quits

    def _exit_if_hung_up(self, fd: int) -> None:
        # Textual 8.2.8's input thread spins on a closed terminal (it never sees EOF as the end),
        # and a reader started by `make run` or a script gets no SIGHUP when its window closes.
        if terminal_hung_up(fd):
            self.exit(return_code=1)

    def apply_keymap(self, keymap: dict[str, str]) -> list[str]:
        """Apply the config's keymap (binding id -> keys); returns complaints about unknown ids
        and about keys taken from another action."""
        unknown = sorted(k for k in keymap if k not in DEFAULT_KEYS)
        known = {k: v for k, v in keymap.items() if k in DEFAULT_KEYS}
        self.keymap = normalized_keymap(known)
        self.set_keymap(known)
        problems = []
        if unknown:
            problems.append(f"config keymap: unknown action(s) {', '.join(unknown)}; see ? for the ids")
        if clashes := keymap_clashes(known):
            problems.append(f"config keymap: {'; '.join(clashes)} (? shows the keys in force)")
        return problems

    def apply_theme(self) -> None:
        assert self.library is not None
        wanted = self.config.theme or self.library.get_setting("theme")
        if wanted and wanted in self.available_themes:
            self.theme = wanted

    def watch_theme(self, theme: str) -> None:
        # Remembered in the library unless the config pins a theme.
        if self.library is None or (self.config and self.config.theme):
            return
        reader = next((s for s in self.screen_stack if isinstance(s, ReaderScreen)), None)
        if reader is not None:  # by the reader's writer: a refresh may hold the write lock
            reader.write(lambda library: library.set_setting("theme", theme))
        else:
            self.library.set_setting("theme", theme)

    def on_unmount(self) -> None:
        if self.library is not None:
            self.library.close()

    # Textual asks for the current theme for every line it draws (~350 times for an enter), and
    # each time copies its table of themes twice to look it up: kept here per theme name.
    _theme_in_force: tuple[str, Theme] | None = None

    @property
    def current_theme(self) -> Theme:
        known = self._theme_in_force
        if known is None or known[0] != self.theme:
            known = self._theme_in_force = (self.theme, super().current_theme)
        return known[1]

    def register_theme(self, theme: Theme) -> None:
        self._theme_in_force = None
        super().register_theme(theme)

    def unregister_theme(self, theme_name: str) -> None:
        self._theme_in_force = None
        super().unregister_theme(theme_name)


def run_app(home: Home) -> None:
    """Run the reader; exits with the app's return code (2 when the library cannot open)."""
    _log_to_file(home)
    app = NewsbriefApp(home)
    app.run()
    if app.return_code:
        raise SystemExit(app.return_code)


def _log_to_file(home: Home) -> None:
    """Warnings from the engine, refresh and library go to `newsbrief.log` beside the library.

    Textual swallows stderr while it owns the screen, so without this a user would never
    see why a feed or a save misbehaved.
    """
    try:
        home.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    log_warnings_to(home.data_dir / "newsbrief.log")


def _terminal_fd() -> int | None:
    stdin = sys.__stdin__
    try:
        return stdin.fileno() if stdin is not None and stdin.isatty() else None
    except (OSError, ValueError):
        return None


def terminal_hung_up(fd: int) -> bool:
    """Whether the terminal on `fd` has gone away (its window closed, its ssh link dropped)."""
    poller = select.poll()
    poller.register(fd, select.POLLHUP | select.POLLERR | select.POLLNVAL)
    return any(events & (select.POLLHUP | select.POLLERR | select.POLLNVAL) for _, events in poller.poll(0))
