"""Modal screens: add a source, the keys in force, the errors of the last refresh."""

from __future__ import annotations

import os
import re
import shlex
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Input, Static

from briefs import NewsbriefError, clean_line, is_fetchable_url

if TYPE_CHECKING:
    from briefs import AddResult


@dataclass(frozen=True)
class SourceProblem:
    """Why a typed source cannot be added; `names_source`: the words name it already."""

    words: str
    names_source: bool = False

    def line(self, source: str, several: bool) -> str:
        """The line that says it: among several sources, each names its own."""
        if several and not self.names_source:
            return f"{clean_line(source, 120)}: {self.words}"
        return self.words


NOTHING_TYPED = SourceProblem("Type a feed URL, a web page URL, or the path of a file or folder.")


def source_problem(value: str) -> SourceProblem | None:
    """Why `value` cannot be added as a source, or None if it looks addable."""
    value = value.strip()
    if not value:
        return NOTHING_TYPED
    if "://" in value or value.lower().startswith(("http:", "https:", "www.")):
        candidate = value if "://" in value else "https://" + value.removeprefix("http:").lstrip("/")
        if not is_fetchable_url(candidate):
            scheme = value.split(":", 1)[0]
            return SourceProblem(f"Only http:// and https:// addresses can be added, not {clean_line(scheme, 20)}:")
        return None
    if not _exists(value):
        return SourceProblem(f"No such file or folder: {clean_line(value, 200)}", names_source=True)
    return None


def normalise_source(value: str) -> str:
    value = value.strip()
    if value.lower().startswith("www."):
        return "https://" + value
    if "://" in value or value.lower().startswith(("http:", "https:")):
        return value
    path = _expanded(value)  # None: ~user unknown, which `source_problem` said already
    return str(path) if path is not None else value


def split_sources(text: str) -> list[str]:
    """The sources in what was typed or pasted: separated by spaces or newlines.

    A path with spaces in it that exists as typed stays one source; so does one in quotes or
    with its spaces escaped, as a terminal writes a file dragged into it
    (`'/home/me/My notes.txt'`, `/home/me/My\\ notes.txt`).
    """
    text = text.strip()
    if not text:
        return []
    if "\n" not in text and not text.lower().startswith(("http:", "https:", "www.")) \
            and _exists(text):
        return [text]
    words = text.split()
    if any(mark in text for mark in "'\"\\"):
        try:
            words = shlex.split(text)
        except ValueError:  # an unclosed quote: the words as typed (the problem names them)
            pass
    return list(dict.fromkeys(words))


def pasted_sources(text: str) -> str:
    """A paste of one source per line as one line for the box: a line that is a path with
    spaces in it is quoted, so it stays one source."""
    words = []
    for line in text.splitlines():
        line = line.strip()
        if " " in line and _exists(line):
            words.append(shlex.quote(line))
        else:
            words += line.split()
    return " ".join(words)


def _expanded(path: str) -> Path | None:
    """`path` with a leading `~` or `~user` expanded; None when that user is unknown."""
    try:
        return Path(path).expanduser()
    except RuntimeError:
        return None


def _exists(path: str) -> bool:
    """Whether `path` names a file or folder (a name too long for the system names none)."""
    expanded = _expanded(path)
    try:
        return expanded is not None and expanded.exists()
    except (OSError, ValueError):  # too long, a NUL
        return False


# Low-level network and OS messages, said in plain words (the address is named before them).
_PLAIN: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.IGNORECASE), words) for p, words in (
    (r"name or service not known|nodename nor servname|no address associated|getaddrinfo failed",
     "no such host: check the address"),
    (r"temporary failure in name resolution", "the host name could not be looked up (is the network up?)"),
    (r"connection refused|all connection attempts failed|cannot connect",
     "nothing answers at that address"),
    (r"network is unreachable|no route to host", "the network cannot reach that address"),
    (r"certificate verify failed|ssl", "its security certificate could not be trusted"),
    (r"timed out|timeout", "it took too long to answer"),
    (r"connection reset|remote end closed|server disconnected", "the server hung up"),
    (r"permission denied", "permission denied: newsbrief may not read it"),
))
_ERRNO = re.compile(r"\[Errno -?\d+\]\s*|\b(ConnectError|ConnectTimeout|ReadTimeout|OSError|gaierror):\s*")


def plain_reason(message: str) -> str:
    """An error message for people: no `[Errno -2]`, no exception class names."""
    message = clean_line(message, 600)
    for pattern, words in _PLAIN:
        if pattern.search(message):
            head = message.split(": ", 1)[0] if ": " in message else ""
            return f"{head}: {words}" if head and head != message else words
    return _ERRNO.sub("", message)


def _without_name(reason: str, source: str) -> str:
    """The reason without the source's name in front (the line names it already)."""
    for name in (source, normalise_source(source)):
        if reason.startswith(name + ": "):
            return reason[len(name) + 2:]
    return reason


def complete_path(text: str) -> str:
    """`text` with its last word completed as a path, as far as it is unambiguous. The word
    is read as `split_sources` reads it (quotes, `\\ `), and a completed path with a space
    or a quote in it is written back quoted: the box reads it back as one path."""
    head, word = _last_word(text)
    if word is None or not word or "://" in word:
        return text
    typed = _expanded(word)
    if typed is None:
        return text
    folder, stem = (typed, "") if word.endswith("/") else (typed.parent, typed.name)
    try:
        names = sorted(p.name + ("/" if p.is_dir() else "") for p in folder.iterdir()
                       if p.name.startswith(stem) and (stem.startswith(".") or not p.name.startswith(".")))
    except OSError:
        return text
    if not names:
        return text
    common = os.path.commonprefix(names)
    if len(common) <= len(stem):
        return text
    completed = word + common[len(stem):]
    if any(ch.isspace() or ch in "'\"\\" for ch in completed):
        completed = shlex.quote(completed)
    return head + completed


def _last_word(text: str) -> tuple[str, str | None]:
    """(what comes before the last word, the last word as a shell reads it: quotes and
    backslashes undone); None for a word that cannot be read (an escape at the very end)."""
    start, quote, escaped = 0, "", False
    for i, ch in enumerate(text):
        if escaped:
            escaped = False
        elif ch == "\\" and quote != "'":
            escaped = True
        elif quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch.isspace():
            start = i + 1
    if escaped:
        return text, None
    raw = text[start:]
    if not any(ch in raw for ch in "'\"\\"):
        return text[:start], raw
    try:
        return text[:start], "".join(shlex.split(raw + quote))
    except ValueError:
        return text, None


class SourcesInput(Input):
    """The add dialog's line: a paste of several lines keeps them all; tab completes a path."""

    BINDINGS = [Binding("tab", "complete", "Complete", show=False, id="add.complete",
                        tooltip="Complete the path being typed")]

    def _on_paste(self, event: events.Paste) -> None:
        if event.text:
            self.insert_text_at_cursor(pasted_sources(event.text))
        event.stop()
        event.prevent_default()  # Input's own paste would add the first line again

    def action_complete(self) -> None:
        before = self.value[: self.cursor_position]
        after = self.value[self.cursor_position:]
        done = complete_path(before)
        if done == before:
            self.app.bell()
            return
        self.value = done + after
        self.cursor_position = len(done)


@dataclass
class Added:
    """What adding one typed source gave: the library's answer, or why it failed."""

    source: str
    result: AddResult | None = None
    error: str | None = None


class AddSourceScreen(ModalScreen["list[Added] | None"]):
    """Ask for feed URLs, page URLs, files or folders (several at once) and add them here.

    `add` does the work for one source (it raises NewsbriefError); it runs in a worker,
    so typing goes on. When something fails the dialog stays open, keeping what failed in
    the box and saying why in plain words; it closes with every success.
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="modal.cancel", tooltip="Close without adding")]

    @dataclass
    class Done(Message):
        results: list[Added]

    @dataclass
    class Adding(Message):
        """The worker starts on the `number`th of `total` sources."""

        number: int
        total: int
        source: str

    def __init__(self, add: Callable[[str], AddResult] | None = None) -> None:
        super().__init__()
        self.add = add
        self.added: list[Added] = []
        self._explained: str | None = None  # the box's text that the shown complaint is about
        self._adding: tuple[int, int, str, float] | None = None  # number, total, source, since when
        self._adding_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="add-dialog", classes="dialog"):
            yield Static(Text("Add sources", style="bold"))
            yield Static(Text("Feed URLs, web page URLs, or files and folders on this computer, "
                              "separated by spaces (or pasted one per line).", style="dim"))
            yield SourcesInput(placeholder="https://example.com/feed.xml   ~/articles/", id="add-input")
            yield Static(id="add-error")
            yield Static(Text("enter: add · tab: complete a path · escape: close", style="dim"))

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        event.stop()
        values = split_sources(event.value)
        if not values:
            self._say([NOTHING_TYPED.words])
            return
        problems = [(v, source_problem(v)) for v in values]
        bad = [p.line(v, several=len(values) > 1) for v, p in problems if p is not None]
        if bad:
            self._say(bad)
            return
        wanted = [normalise_source(v) for v in values]
        if self.add is None:  # nothing to add with: hand the sources to the caller
            self.dismiss([Added(v) for v in wanted])
            return
        self.query_one(Input).disabled = True
        self._say([f"Adding {len(wanted)} source{'s' if len(wanted) != 1 else ''}…"], style="dim")
        self._add_all(self.add, wanted, values)

    @work(thread=True, group="add", exit_on_error=False, name="adding sources")
    def _add_all(self, add: Callable[[str], AddResult], wanted: list[str], typed: list[str]) -> None:
        results: list[Added] = []
        for number, (value, as_typed) in enumerate(zip(wanted, typed, strict=True), 1):
            self.post_message(self.Adding(number, len(wanted), as_typed))
            try:
                results.append(Added(as_typed, add(value)))
            except NewsbriefError as exc:
                results.append(Added(as_typed, error=plain_reason(str(exc))))
            except Exception as exc:  # a bug must not leave the dialog hanging
                results.append(Added(as_typed, error=plain_reason(f"{type(exc).__name__}: {exc}")))
        self.post_message(self.Done(results))

    @on(Adding)
    def _adding_one(self, message: Adding) -> None:
        self._adding = (message.number, message.total, message.source, time.monotonic())
        self._say_adding()
        if self._adding_timer is None:
            self._adding_timer = self.set_interval(1.0, self._say_adding, name="adding-waiting")

    def _say_adding(self) -> None:
        """Which source is being added; after a few seconds, how long it has been waiting for an
        answer (a server that never answers holds it until the fetch's time limit)."""
        if self._adding is None:
            return
        number, total, source, since = self._adding
        line = f"Adding {clean_line(source, 120)}" + (f" ({number} of {total})" if total > 1 else "") + "…"
        waited = time.monotonic() - since
        if waited >= 3:
            line += f" waiting for an answer, {waited:.0f} s"
        self._say([line], style="dim")

    @on(Done)
    def _done(self, message: Done) -> None:
        self._adding = None
        if self._adding_timer is not None:
            self._adding_timer.stop()
            self._adding_timer = None
        self.added += [r for r in message.results if r.error is None]
        failed = [r for r in message.results if r.error is not None]
        box = self.query_one(Input)
        box.disabled = False
        if not failed:
            self.dismiss(self.added)
            return
        box.value = " ".join(r.source for r in failed)  # what failed stays, to be put right
        self._explained = box.value
        box.focus()
        lines = [f"Could not add {clean_line(r.source, 120)}: {_without_name(r.error or '', r.source)}"
                 for r in failed]
        if self.added:
            lines.insert(0, f"Added {len(self.added)}; the rest failed:")
        self._say(lines)

    def _say(self, lines: list[str], style: str = "bold red") -> None:
        self.query_one("#add-error", Static).update(Text("\n".join(lines), style=style))

    @on(Input.Changed)
    def _typing(self, event: Input.Changed) -> None:
        if event.value != self._explained and not event.input.disabled:
            self._explained = None  # the user is typing: the old complaint no longer applies
            self.query_one("#add-error", Static).update("")

    def action_cancel(self) -> None:
        if self.query_one(Input).disabled:  # closing now would lose what the adding brings
            self._say(["Still adding: the dialog closes by itself when it is done."], style="dim")
            return
        self.dismiss(self.added or None)


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question: y or enter confirms, n or escape cancels."""

    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes", id="modal.yes", tooltip="Do it"),
        Binding("n,escape,q", "answer(False)", "No", id="modal.no", tooltip="Leave things as they are"),
    ]

    def __init__(self, question: Text, verb: str) -> None:
        super().__init__()
        self.question = question
        self.verb = verb

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog", classes="dialog"):
            yield Static(self.question)
            yield Static(Text(f"y: {self.verb} · n or escape: cancel", style="dim"))

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class PromptScreen(ModalScreen[str | None]):
    """One line to type (a new name, tags): enter gives it back, escape gives None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="modal.cancel_prompt", tooltip="Close, changing nothing")]

    def __init__(self, title: str, hint: str, value: str, keys: str) -> None:
        super().__init__()
        self.title_text = title
        self.hint = hint
        self.value = value
        self.keys = keys

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-dialog", classes="dialog"):
            yield Static(Text(self.title_text, style="bold"))
            yield Static(Text(self.hint, style="dim"))
            yield Input(value=self.value, id="prompt-input")
            yield Static(Text(self.keys, style="dim"))

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class HelpScreen(ModalScreen[None]):
    """The keys actually in force (after the user's keymap), with the binding ids to remap them."""

    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close", id="modal.close", tooltip="Close the help"),
        Binding("j", "scroll(1)", "Down", show=False, id="modal.help_down", tooltip="Scroll the keys down"),
        Binding("k", "scroll(-1)", "Up", show=False, id="modal.help_up", tooltip="Scroll the keys up"),
        # The reading pane's pager keys page through the help too.
        Binding("space", "page(1)", "Page down", show=False, id="modal.help_page_down", tooltip="A page down"),
        Binding("b", "page(-1)", "Page up", show=False, id="modal.help_page_up", tooltip="A page up"),
        Binding("g", "scroll_to(0)", "Top", show=False, id="modal.help_top", tooltip="To the top"),
        Binding("G", "scroll_to(-1)", "Bottom", show=False, id="modal.help_bottom", tooltip="To the end"),
    ]

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=True, header_style="bold", expand=True, pad_edge=False)
        table.add_column(Text("Keys"), no_wrap=True, style="bold cyan")
        table.add_column(Text("Does"), ratio=1)
        table.add_column(Text("Keymap id"), no_wrap=True, style="dim")
        for keys, description, binding_id in self.rows:
            table.add_row(Text(keys), Text(description), Text(binding_id))
        with VerticalScroll(id="help-dialog", classes="dialog"):
            # Said first: at 80x24 the last line is three pages down.
            yield Static(Text.assemble(("Keys in force", "bold"), ("  ·  escape, q or ? closes  ·  j/k scroll", "dim")),
                         id="help-heading")
            yield Static(table, id="help-text")
            yield Static(Text("Remap any key in config.toml under [keymap], e.g. flag = \"x\". "
                              "escape closes.", style="dim"))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, lines: int) -> None:
        dialog = self.query_one("#help-dialog")
        dialog.scroll_to(y=dialog.scroll_y + lines, animate=False)

    def action_page(self, pages: int) -> None:
        dialog = self.query_one("#help-dialog")
        self.action_scroll(pages * max(1, dialog.scrollable_content_region.height - 1))

    def action_scroll_to(self, y: int) -> None:
        dialog = self.query_one("#help-dialog")
        dialog.scroll_to(y=dialog.max_scroll_y if y < 0 else y, animate=False)


class ErrorsScreen(ModalScreen[None]):
    """What went wrong in the last refresh, source by source."""

    BINDINGS = [Binding("escape,q,exclamation_mark", "close", "Close", id="modal.close_errors",
                        tooltip="Close (as ! opened it)")]

    def __init__(self, errors: list[tuple[str, str]], since_opened: bool = True) -> None:
        """`since_opened` False: no refresh ran since the reader opened; `errors` are then each
        source's last failure, whenever it was."""
        super().__init__()
        self.errors = errors
        self.since_opened = since_opened

    def compose(self) -> ComposeResult:
        text = Text()
        text.append("Refresh problems\n", style="bold")
        text.append("In the last refresh.\n\n" if self.since_opened else
                    "No refresh since the reader opened: each source's last one.\n\n", style="dim")
        if not self.errors:
            text.append("None: every source refreshed." if self.since_opened
                        else "None: no source failed its last refresh.", style="dim")
        for source, message in self.errors:
            text.append(clean_line(source, 200) + "\n", style="bold")
            text.append("  " + clean_line(message, 600) + "\n")
        with VerticalScroll(id="errors-dialog", classes="dialog"):
            yield Static(text)

    def action_close(self) -> None:
        self.dismiss(None)
