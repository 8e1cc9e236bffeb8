"""Save, triage and quit in the installed reader on a pseudo-terminal, as a person does it:
the first run opens on the bundled seeds, `s` writes the brief to disk, `d` is kept in the
library, and `q` leaves with exit status 0 from the list and from the reading pane."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.pty_terminal import (
    Terminal,
    listed,
    pytestmark,  # noqa: F401  (skipped without the console script)
    wait_for,
)


def _seed_files() -> list[Path]:
    return [p for p in (Path(__file__).parents[1] / "seeds").iterdir() if p.suffix in {".txt", ".md", ".html"}]


def _start(home: Path) -> Terminal:
    terminal = Terminal(home)
    assert wait_for(lambda: "Inbox" in terminal.text() and "Seeds" in terminal.text()), \
        "the reader did not open on the seeds:\n" + terminal.text()[-2000:]
    return terminal


def _exited(terminal: Terminal) -> int | None:
    wait_for(lambda: terminal.proc.poll() is not None)
    return terminal.proc.poll()


def _quit(terminal: Terminal) -> int | None:
    """`q` as a person presses it: again when the reader is still there (from the reading pane
    the first `q` goes back to the list; on a busy machine the screen may not show that yet)."""
    for _ in range(4):
        terminal.press("q")
        if wait_for(lambda: terminal.proc.poll() is not None, timeout=10):
            break
    return _exited(terminal)


def test_save_triage_and_quit_in_the_installed_reader(tmp_path: Path):
    home = tmp_path / "home"
    terminal = _start(home)
    try:
        first = listed(home)[0]  # the list's order: newest first, as the reader shows it
        briefs = home / "briefs"
        terminal.press("s")
        assert wait_for(lambda: len(list(briefs.glob("*.md"))) == 1 and len(list(briefs.glob("*.json"))) == 1), \
            "s wrote no brief:\n" + terminal.text()[-2000:]
        saved = json.loads(next(briefs.glob("*.json")).read_text(encoding="utf-8"))
        assert saved["article"]["title"] == first["title"]
        assert first["title"][:20] in next(briefs.glob("*.md")).read_text(encoding="utf-8")

        terminal.press("j")
        terminal.press("d")  # the second article: done
        terminal.press("\r")  # open it in the reading pane
        assert _quit(terminal) == 0, terminal.text()[-2000:]  # back to the list, and quit
    finally:
        terminal.close()

    after = {a["title"]: a for a in listed(home)}
    assert after[first["title"]]["saved_path"], "the saved brief is not recorded in the library"
    done = [a for a in after.values() if a["state"] not in ("unread", "read")]
    assert len(done) == 1 and done[0]["title"] != first["title"], [(a["title"], a["state"]) for a in after.values()]

    # The next start finds everything as it was left: no seeds added twice, the decision kept.
    again = _start(home)
    try:
        assert _quit(again) == 0
    finally:
        again.close()
    assert {a["title"]: a["state"] for a in listed(home)} == {t: a["state"] for t, a in after.items()}


def test_quit_waits_for_nothing_while_the_briefs_are_still_being_made(tmp_path: Path):
    """`q` at once, before the start-up work is done, still leaves cleanly (exit 0) and
    leaves nothing half-stored."""
    home = tmp_path / "home"
    terminal = Terminal(home)
    try:
        assert wait_for(lambda: "Inbox" in terminal.text())
        terminal.press("q")
        assert _exited(terminal) == 0, terminal.text()[-2000:]
    finally:
        terminal.close()
    # Quitting before the first run's seeding is done stores all of the seeds or none of them,
    # and the next start finishes the job.
    assert len(listed(home)) in (0, len(_seed_files()))
    again = _start(home)
    try:
        assert wait_for(lambda: len(listed(home)) == len(_seed_files()))
        assert _quit(again) == 0
    finally:
        again.close()


def test_keys_typed_ahead_act_on_the_pane_the_previous_key_chose(tmp_path: Path):
    """q, q typed at once in the reading pane: the first q goes back to the list, the second
    quits. (Focus moved on a later tick, so the second q also saw the reading pane and the
    reader stayed open.)"""
    home = tmp_path / "home"
    terminal = _start(home)
    try:
        mark = terminal.mark()
        terminal.press("\r")  # opens the first article: it is read, the Inbox shows 4 of 5 unread
        assert wait_for(lambda: "4/5" in terminal.text(mark)), terminal.text(mark)[-1500:]
        terminal.press("qq")
        assert wait_for(lambda: terminal.proc.poll() is not None), terminal.text()[-1500:]  # PATIENCE
        assert terminal.proc.returncode == 0
    finally:
        terminal.close()


@pytest.mark.parametrize("first", ["", "a"], ids=["the list", "the add dialog"])
def test_ctrl_c_quits_with_status_0(tmp_path: Path, first: str):
    """ctrl+c leaves the reader as it leaves any terminal program (Textual alone only says
    "press ctrl+q"), from the list and from inside the add dialog."""
    terminal = _start(tmp_path / "home")
    try:
        if first:
            mark = terminal.mark()
            terminal.press(first)
            assert wait_for(lambda: "Add sources" in terminal.text(mark)), terminal.text(mark)[-1500:]
        terminal.press("\x03")
        assert wait_for(lambda: terminal.proc.poll() is not None), terminal.text()[-1500:]  # PATIENCE
        assert terminal.proc.returncode == 0
    finally:
        terminal.close()


def test_reading_the_inbox_with_n_at_80_columns_leaves_nothing_unread(tmp_path: Path):
    """A newsboat reader's morning at 80x24: n, n, n... opens every article in turn, the first
    one (which the cursor starts on, unseen at this width) included, then says nothing is left."""
    home = tmp_path / "home"
    terminal = Terminal(home, cols=80, rows=24)
    try:
        assert wait_for(lambda: "Inbox" in terminal.text() and len(listed(home)) == len(_seed_files())), \
            "the reader did not open on the seeds:\n" + terminal.text()[-2000:]
        seen = terminal.mark()
        for _ in _seed_files():
            terminal.press("n")
        terminal.press("n")
        assert wait_for(lambda: "No more unread articles below." in terminal.text(seen)), terminal.text(seen)[-2000:]
        assert _quit(terminal) == 0, terminal.text()[-2000:]
    finally:
        terminal.close()
    assert {a["state"] for a in listed(home)} == {"read"}, [(a["title"], a["state"]) for a in listed(home)]
