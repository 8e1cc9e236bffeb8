"""The `newsbrief` console script: the briefs CLI, opening the app when no command is given."""

from __future__ import annotations

from briefs.cli import build_cli
from briefs.paths import Home


def open_app(home: Home) -> None:
    from .app import run_app  # imported late: `newsbrief brief` never pays for Textual

    run_app(home)


main = build_cli(open_app)

if __name__ == "__main__":
    main()
