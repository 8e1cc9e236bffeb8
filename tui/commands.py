"""The command palette's one Provider: every reader action, every view and every source.

Source names come from strangers, so hits are built as `Content` (never markup) and
highlighted by hand instead of with `Matcher.highlight`, which parses markup; the help
line is parsed as markup by the palette, so it is escaped.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape
from textual.style import Style

from briefs import clean_line

from .keys import DESCRIPTIONS, ORDER
from .panes import VIEW_NAMES, VIEWS

if TYPE_CHECKING:
    from .reader import ReaderScreen

_NAMES = {
    "next": "Next row", "previous": "Previous row", "first": "First article",
    "last": "Last article", "next_unread": "Next unread article",
    "previous_unread": "Previous unread article", "open": "Open article",
    "next_pane": "Next pane", "previous_pane": "Previous pane",
    "show_brief": "Show the brief", "show_article": "Show the article text",
    "show_both": "Show brief and article", "flag": "Flag / unflag article",
    "done": "Done: archive and next", "toggle_read": "Toggle read / unread", "undo": "Undo last triage",
    "save": "Save brief to disk", "save_flagged": "Save all flagged briefs",
    "open_browser": "Open in browser", "search": "Search this view", "refresh": "Refresh this source",
    "refresh_all": "Refresh all sources", "add_source": "Add a source", "cycle_view": "Cycle view",
    "next_article": "Next article", "previous_article": "Previous article",
    "mark_all_read": "Mark this view or source read", "toggle_sidebar": "Show / hide the sidebar",
    "tag": "Tag article", "rename_source": "Rename source", "remove_source": "Remove source",
    "refresh_problems": "Show refresh problems", "narrow_list": "Narrower list pane",
    "widen_list": "Wider list pane", "help": "Help: keys in force", "write_digest": "Write the digest", "back": "Back / quit", "cancel": "Leave the search line or reading pane",
}


# The other words a reader may type for a command (the palette matches them too): "export"
# finds saving, "update" refreshing. Words, not descriptions: each is matched on its own.
_WORDS = {
    "flag": "keep star bookmark pin", "done": "archive dismiss", "toggle_read": "mark unread seen",
    "undo": "revert", "save": "export write markdown json file", "save_flagged": "export write all",
    "open_browser": "web link url", "search": "find filter", "refresh": "update fetch reload",
    "refresh_all": "update fetch reload", "add_source": "subscribe follow feed url page file folder new",
    "cycle_view": "switch", "mark_all_read": "catch up", "toggle_sidebar": "sources feeds panel",
    "tag": "label", "remove_source": "delete unsubscribe", "rename_source": "title name",
    "help": "keys shortcuts bindings", "write_digest": "export summary report daily",
    "back": "quit exit close", "refresh_problems": "errors failures failed",
    "narrow_list": "width resize smaller", "widen_list": "width resize bigger larger titles",
}
_VIEW_WORDS = {"stories": "clusters topics", "agenda": "calendar next steps upcoming schedule"}


def command_names() -> dict[str, str]:
    return dict(_NAMES)


class ReaderCommands(Provider):
    """Actions, views and sources of the reader."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str, str]]:
        from .reader import ReaderScreen

        screen = self.screen
        if not isinstance(screen, ReaderScreen):
            return []
        reader: ReaderScreen = screen
        keys = reader.keys_in_force()
        commands: list[tuple[str, Callable[[], object], str, str]] = []
        for binding_id in ORDER:
            shown = keys.get(binding_id, "")
            help_text = DESCRIPTIONS[binding_id] + (f"  ({shown})" if shown else "")
            commands.append((_NAMES[binding_id], partial(reader.run_command, binding_id), help_text,
                             _WORDS.get(binding_id, "")))
        for view in VIEWS:
            commands.append((f"Go to {VIEW_NAMES[view]}", partial(reader.choose, view, None),
                             f"Show the {VIEW_NAMES[view]} view", "view " + _VIEW_WORDS.get(view, "")))
        for source in reader.source_list:
            title = clean_line(source.title, 80)
            commands.append((f"Go to source: {title}", partial(reader.choose, "inbox", source.id),
                             clean_line(source.location, 120), ""))
        for tag, count in reader.tag_list:
            name = f"Go to tag: #{clean_line(tag, 40)}"
            commands.append((name, partial(reader.choose, "all", None, tag),
                             f"{count} article{'s' if count != 1 else ''} tagged #{clean_line(tag, 40)}", ""))
        commands.append(("Import feeds from an OPML file", reader.ask_import_opml,
                         "Follow every feed another reader exported (newsbrief import-opml)", "opml subscriptions"))
        commands.append(("Export the feeds as OPML", reader.ask_export_opml,
                         "Write the followed feeds for another reader (newsbrief export-opml)",
                         "opml subscriptions save"))
        return commands

    async def discover(self) -> Hits:
        for name, callback, help_text, _words in self._commands():
            yield DiscoveryHit(Content(name), callback, text=name, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        style = Style(reverse=True)
        for name, callback, help_text, words in self._commands():
            score, offsets = matcher.fuzzy_search.match(query, name)
            display = Content(name)
            if score > 0:
                for offset in offsets:
                    display = display.stylize(style, offset, offset + 1)
            else:  # one of its other words, whole from its start ("exp" finds "export"): below a name's hit
                score = max((matcher.fuzzy_search.match(query, word)[0] for word in words.split()
                             if word.startswith(query.lower().strip())), default=0) / 2
            if score > 0:
                yield Hit(score, display, callback, text=name, help=escape(help_text))
