"""Where newsbrief keeps its config, library and saved briefs.

`--home DIR` or `NEWSBRIEF_HOME` puts everything under one folder; otherwise
platformdirs' user dirs. Nothing is created at import time.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "newsbrief"


@dataclass(frozen=True)
class Home:
    config_dir: Path
    data_dir: Path

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def library_file(self) -> Path:
        return self.data_dir / "library.sqlite3"

    @property
    def briefs_dir(self) -> Path:
        return self.data_dir / "briefs"


def resolve_home(home: str | os.PathLike[str] | None = None) -> Home:
    """The folders to use: explicit `home`, else NEWSBRIEF_HOME, else the user dirs."""
    chosen = home if home is not None else os.environ.get("NEWSBRIEF_HOME") or None
    if chosen is not None:
        root = Path(chosen).expanduser()
        return Home(config_dir=root, data_dir=root)
    return Home(
        config_dir=Path(platformdirs.user_config_dir(APP_NAME)),
        data_dir=Path(platformdirs.user_data_dir(APP_NAME)),
    )


def seeds_dir() -> Path:
    """The bundled sample articles: the default library on first run."""
    override = os.environ.get("NEWSBRIEF_SEEDS")
    if override:
        return Path(override)
    checkout = Path(__file__).resolve().parent.parent / "seeds"
    if checkout.is_dir():
        return checkout
    return Path(sys.prefix) / "share" / APP_NAME / "seeds"  # a regular (non-editable) install
