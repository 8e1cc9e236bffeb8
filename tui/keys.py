"""The reader's key bindings: one table, every entry with an id (for the keymap) and a tooltip.

A user's `[keymap]` in config.toml maps these ids to keys (`flag = "x"`); the app
applies it with `App.set_keymap`, and `?` shows what is actually in force.
"""

from __future__ import annotations

from textual.binding import Binding, BindingsMap

# A in Stories puts at most this many newly arrived articles in their stories itself (in the
# writer, which the keys' decisions queue behind): 6.6 ms each with the brief cached
# (bench/stories_speed.py), 80-90 ms each briefed first (the seed articles, the 2 cores at load
# 10: 2.2 s for 25). More (a big refresh) are left to the index worker, and said.
INDEX_ON_DEMAND = 25

# (id, default keys, action, short description for the footer, tooltip, shown in footer)
_TABLE: tuple[tuple[str, str, str, str, str, bool], ...] = (
    ("next", "j,down", "next", "Next", "Move to the next article", False),
    ("previous", "k,up", "previous", "Previous", "Move to the previous article", False),
    ("first", "g,home", "first", "First", "Jump to the first article", False),
    ("last", "G,end", "last", "Last", "Jump to the last article", False),
    ("next_article", "J", "next_article", "Next article", "Open the next article, from any pane", False),
    ("previous_article", "K", "previous_article", "Prev article", "Open the previous article, from any pane",
     False),
    ("next_unread", "n", "next_unread", "Next unread",
     "Open the next unread article (after a source's last, the next source's first; in Stories: the next "
     "story with one)", False),
    ("previous_unread", "p", "previous_unread", "Prev unread",
     "Open the previous unread article (in Stories: the previous story with one)", False),
    ("open", "enter", "open", "Open", "Open the article in the reading pane (marks it read); in Stories the "
     "story's brief, in the Agenda the step's sentence", False),
    ("next_pane", "tab", "next_pane", "Next pane", "Move to the next pane", False),
    ("previous_pane", "shift+tab", "previous_pane", "Previous pane", "Move to the previous pane", False),
    ("show_brief", "1", "reading_mode('brief')", "Brief", "Show the brief in the reading pane", False),
    ("show_article", "2", "reading_mode('article')", "Article", "Show the article text", False),
    ("show_both", "3", "reading_mode('both')", "Both", "Show the brief and the article together", False),
    ("flag", "f", "flag", "Flag", "Flag the article (in Stories on a story's line: every article of the story; "
     "with an article opened from a story's or a step's line: that one) to keep it; again to unflag", True),
    ("done", "d", "done", "Done", "Archive the article and go to the next one (in Stories on a story's line: the "
     "whole story; with an article opened from a story's or a step's line: that one)",
     True),
    ("toggle_read", "m", "toggle_read", "Read/unread", "Toggle the article between read and unread (in Stories "
     "on a story's line: every article of the story; with an article opened from a story's or a step's line: "
     "that one)", False),
    ("undo", "u", "undo", "Undo", "Undo the last triage decision (a whole A, or a story's f, d or m, at once)", False),
    ("mark_all_read", "A", "mark_all_read", "All read", "Mark every article in this view read (in Stories: every "
     f"story's, up to {INDEX_ON_DEMAND} just arrived included, more said and left unread; in the sidebar: the source under "
     "its cursor)", False),
    ("save", "s", "save", "Save", "Save the brief to disk (Markdown and JSON; in Stories on a story's line: one "
     "Markdown file for the story; with an article opened from a story's or a step's line: that one's)", True),
    ("save_flagged", "S", "save_flagged", "Save flagged", "Save the brief of every flagged article", False),
    ("tag", "t", "tag", "Tag", "Tag the article (tags are a sidebar group and a filter)", False),
    ("open_browser", "o", "open_browser", "Browser", "Open the article's web page in a browser", False),
    ("search", "slash", "search", "Search", "Search the current view (full text)", True),
    ("refresh", "r", "refresh", "Refresh", "Refresh the selected source", False),
    ("refresh_all", "R", "refresh_all", "Refresh all", "Refresh every source", False),
    ("add_source", "a", "add_source", "Add", "Add feed URLs, web pages, files or folders", True),
    ("rename_source", "e", "rename_source", "Rename source", "Rename the source under the cursor", False),
    ("remove_source", "X", "remove_source", "Remove source",
     "Remove the source under the cursor (asks first; flagged and saved articles stay)", False),
    ("toggle_sidebar", "backslash", "toggle_sidebar", "Sidebar",
     "Show or hide the sidebar (views, sources, tags) at any width", False),
    ("cycle_view", "v", "cycle_view", "View",
     "Cycle the view: inbox, flagged, saved, archive, all, stories, agenda", False),
    ("refresh_problems", "exclamation_mark", "refresh_problems", "Problems",
     "List what failed in the last refresh, source by source (the sidebar marks such a source !); "
     "! again closes it", False),
    ("narrow_list", "less_than_sign", "resize_list(-1)", "Narrower",
     "Make the list pane narrower and the reading pane wider (remembered; from 100 columns)", True),
    ("widen_list", "greater_than_sign", "resize_list(1)", "Wider",
     "Make the list pane wider, for longer titles (remembered; from 100 columns)", True),
    ("write_digest", "D", "write_digest", "Digest",
     "Write the digest (top stories of the last 24 hours, the agenda ahead) into the briefs folder", False),
    ("help", "question_mark", "help", "Help", "Show the keys in force", True),
    ("back", "q", "back", "Back/Quit", "Go back a step (leave the reading pane, clear the search, then from any "
     "other view, source or tag to the Inbox); in the Inbox, quit", True),
    ("cancel", "escape", "cancel", "Cancel", "Leave the search line or the reading pane (never quits)", False),
)

# Keys that move focus to a line the next keys are typed into. Textual sends each key to the
# widget focused when it arrives, so `/dublin` typed fast (a burst over ssh, a busy machine)
# would reach the list as `d`, `u`, `b`…: done, undo. A priority binding runs as the key
# arrives, so the letters after it go to the search line (or the add dialog's box: the
# dialog is the screen they reach). (Off while a line being typed in has focus.)
TYPE_AHEAD = frozenset({"search", "add_source"})

READER_BINDINGS: list[Binding] = [
    Binding(keys, action, description, show=show, tooltip=tooltip, id=binding_id,
            priority=binding_id in TYPE_AHEAD)
    for binding_id, keys, action, description, tooltip, show in _TABLE
]

# The reading pane's pager (brief and article views alike), like `less`: these keys win over
# the list's j/k/g/G while the reading pane has focus.
_PAGER: tuple[tuple[str, str, str, str, str, bool], ...] = (
    ("pager.down", "j,down", "pager_down", "Line down", "Reading pane: one line down", False),
    ("pager.up", "k,up", "pager_up", "Line up", "Reading pane: one line up", False),
    ("pager.page_down", "space,pagedown", "pager_page(1)", "Page down", "Reading pane: a page down", False),
    ("pager.page_up", "b,pageup", "pager_page(-1)", "Page up", "Reading pane: a page up", False),
    ("pager.half_down", "ctrl+d", "pager_half(1)", "Half down", "Reading pane: half a page down", False),
    ("pager.half_up", "ctrl+u", "pager_half(-1)", "Half up", "Reading pane: half a page up", False),
    ("pager.top", "g,home", "pager_top", "Top", "Reading pane: to the top", False),
    ("pager.bottom", "G,end", "pager_bottom", "Bottom", "Reading pane: to the end", False),
)

PAGER_BINDINGS: list[Binding] = [
    Binding(keys, action, description, show=show, tooltip=tooltip, id=binding_id)
    for binding_id, keys, action, description, tooltip, show in _PAGER
]

# Keys that are not reader actions but are in force all the same (shown by `?`).
PALETTE_ID = "command_palette"
PALETTE_DESCRIPTION = "Command palette: every action, view and source by name"
QUIT_KEYS = "ctrl+c ctrl+q"
QUIT_DESCRIPTION = "Quit at once, from anywhere (ctrl+c copies selected text first)"

DESCRIPTIONS: dict[str, str] = {row[0]: row[4] for row in _TABLE + _PAGER}
ACTIONS: dict[str, str] = {row[0]: row[2] for row in _TABLE}
DEFAULT_KEYS: dict[str, str] = {row[0]: row[1] for row in _TABLE + _PAGER}
ORDER: tuple[str, ...] = tuple(row[0] for row in _TABLE)
PAGER_ORDER: tuple[str, ...] = tuple(row[0] for row in _PAGER)


def normalized_keymap(keymap: dict[str, str]) -> dict[str, str]:
    """A keymap with each key in Textual's long form (`?` -> `question_mark`), as `App.set_keymap`
    stores it, so a `BindingsMap` can apply it to show what is in force."""
    normal = {}
    for binding_id, keys in keymap.items():
        wanted = [key.strip() for key in keys.split(",") if key.strip()]
        normal[binding_id] = ",".join(key for key, _ in BindingsMap([Binding(k, "") for k in wanted]))
    return normal


def keymap_clashes(keymap: dict[str, str]) -> list[str]:
    """What a keymap takes from another action: `flag = "j"` leaves `next` without its j (the
    list's keys and the reading pane's are checked each on its own: j is both `next` and
    `pager.down` by design). The keymap's action gets the key, as Textual applies it."""
    said = []
    for ids in (ORDER, PAGER_ORDER):
        defaults = normalized_keymap({i: DEFAULT_KEYS[i] for i in ids})
        for taker, keys in keymap.items():
            if taker not in ids:
                continue
            for key in (k.strip() for k in keys.split(",") if k.strip()):
                normal = normalized_keymap({taker: key})[taker]  # "?" as Textual names it
                for loser in ids:
                    if loser != taker and loser not in keymap and normal in defaults[loser].split(","):
                        said.append(f"{key} is now {taker}, no longer {loser}")
    return said
