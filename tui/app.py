"""The newsbrief Textual app (built in the TUI issue)."""

from __future__ import annotations

from briefs.paths import Home


def run_app(home: Home) -> None:
    raise SystemExit("newsbrief: the reader is not built yet; try `newsbrief brief seeds/`")
