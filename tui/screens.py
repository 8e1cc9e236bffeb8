"""Modal screens: add a source, the keys in force, the errors of the last refresh."""

from __future__ import annotations

from pathlib import Path

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from briefs import clean_line, is_fetchable_url


def source_problem(value: str) -> str | None:
    """Why `value` cannot be added as a source, or None if it looks addable."""
    value = value.strip()
    if not value:
        return "Type a feed URL, a web page URL, or the path of a file or folder."
    if "://" in value or value.lower().startswith(("http:", "https:", "www.")):
        candidate = value if "://" in value else "https://" + value.removeprefix("http:").lstrip("/")
        if not is_fetchable_url(candidate):
            scheme = value.split(":", 1)[0]
            return f"Only http:// and https:// addresses can be added, not {clean_line(scheme, 20)}:"
        return None
    path = Path(value).expanduser()
    if not path.exists():
        return f"No such file or folder: {clean_line(str(path), 200)}"
    return None


def normalise_source(value: str) -> str:
    value = value.strip()
    if value.lower().startswith("www."):
        return "https://" + value
    if "://" in value or value.lower().startswith(("http:", "https:")):
        return value
    return str(Path(value).expanduser())


class AddSourceScreen(ModalScreen[str | None]):
    """Ask for a feed URL, page URL, file or folder; refuse what cannot work, saying why."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="modal.cancel", tooltip="Close without adding")]

    def compose(self) -> ComposeResult:
        with Vertical(id="add-dialog", classes="dialog"):
            yield Static(Text("Add a source", style="bold"))
            yield Static(Text("A feed URL, a web page URL, or a file or folder on this computer.", style="dim"))
            yield Input(placeholder="https://example.com/feed.xml   or   ~/articles/", id="add-input")
            yield Static(id="add-error")
            yield Static(Text("enter: add · escape: cancel", style="dim"))

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        event.stop()
        problem = source_problem(event.value)
        if problem is not None:
            self.query_one("#add-error", Static).update(Text(problem, style="bold red"))
            return
        self.dismiss(normalise_source(event.value))

    @on(Input.Changed)
    def _typing(self) -> None:
        self.query_one("#add-error", Static).update("")

    def action_cancel(self) -> None:
        self.dismiss(None)


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
            yield Static(table, id="help-text")
            yield Static(Text("Remap any key in config.toml under [keymap], e.g. flag = \"x\". "
                              "escape closes.", style="dim"))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, lines: int) -> None:
        dialog = self.query_one("#help-dialog")
        dialog.scroll_to(y=dialog.scroll_y + lines, animate=False)


class ErrorsScreen(ModalScreen[None]):
    """What went wrong in the last refresh, source by source."""

    BINDINGS = [Binding("escape,q", "close", "Close", id="modal.close_errors", tooltip="Close")]

    def __init__(self, errors: list[tuple[str, str]]) -> None:
        super().__init__()
        self.errors = errors

    def compose(self) -> ComposeResult:
        text = Text()
        text.append("Refresh problems\n\n", style="bold")
        if not self.errors:
            text.append("None: every source refreshed.", style="dim")
        for source, message in self.errors:
            text.append(clean_line(source, 200) + "\n", style="bold")
            text.append("  " + clean_line(message, 600) + "\n")
        with VerticalScroll(id="errors-dialog", classes="dialog"):
            yield Static(text)

    def action_close(self) -> None:
        self.dismiss(None)
