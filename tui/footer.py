"""The footer line: the keys in force, redrawn only when they change."""

from __future__ import annotations

from rich.text import Text
from textual.events import Click
from textual.screen import Screen
from textual.widget import Widget


class KeysFooter(Widget):
    """The keys in force, on one line of text (mouse: a click presses the key).

    Textual's Footer unmounts and mounts a widget per key whenever focus moves (the
    search line hides the letter keys): ~20 ms on `/`, enter and escape. This one
    redraws a line, and only when what it shows changed.
    """

    COMPONENT_CLASSES = {"keys-footer--key", "keys-footer--description"}
    DEFAULT_CSS = """
    KeysFooter {
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    KeysFooter > .keys-footer--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    KeysFooter > .keys-footer--description {
        color: $footer-description-foreground;
        background: $footer-description-background;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self.shown: tuple[tuple[str, str, str], ...] = ()  # (key, shown as, description)
        self._cells: list[tuple[int, int, str]] = []  # (start, end, key) for clicks

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def _bindings_changed(self, screen: Screen) -> None:
        if screen is not self.screen:
            return
        shown = tuple(
            (binding.key, self.app.get_key_display(binding), binding.description)
            for _node, binding, enabled, _tooltip in screen.active_bindings.values()
            if binding.show and enabled
        )
        if self.app.ENABLE_COMMAND_PALETTE:
            shown += (("ctrl+p", "^p", "Commands"),)
        if shown != self.shown:
            self.shown = shown
            self.refresh()

    def render(self) -> Text:
        key_style = self.get_component_rich_style("keys-footer--key")
        description_style = self.get_component_rich_style("keys-footer--description")
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        self._cells = []
        for key, display, description in self.shown:
            start = line.cell_len
            line.append(f" {display} ", style=key_style)
            line.append(f"{description} ", style=description_style)
            self._cells.append((start, line.cell_len, key))
        return line

    def on_click(self, event: Click) -> None:
        for start, end, key in self._cells:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return
