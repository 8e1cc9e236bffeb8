"""config.toml: refresh limits, retention, where briefs are saved, keymap and theme.

Strict: an unknown key or a bad value is a ConfigError naming the key and the file.
A missing file means the defaults. `config.example.toml` documents every key.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .paths import Home

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

USER_AGENT = "newsbrief/0.1 (+terminal news reader)"
EXAMPLE_FILE = Path(__file__).with_name("config.example.toml")

# An action id is what a Binding's `id=` is; keys are Textual key names joined by commas.
_ACTION_ID = re.compile(r"^[a-z][a-z0-9_.-]{0,63}$")
_KEYS = re.compile(r"^[^\s,]+(,[^\s,]+)*$")


@dataclass(frozen=True)
class Config:
    """Settings from config.toml; every field has a sane default."""

    # Feeds fetched at once, over every host; at most `per_host` of them from one host. 192: a
    # refresh whose feeds mostly answer 304 is bound by round trips, 1,000 feeds at 50 ms take
    # 0.8 s of waiting at 64, 0.4 s at 128, 0.26 s at 192 (bench/refresh.py). The fetcher keeps
    # its sockets within the open-file limit (`fetch.socket_budget`). A slow link shares its
    # bandwidth among as many downloads: lower it there. (newsboat is fastest at 16 reload threads.)
    jobs: int = 192
    per_host: int = 4
    connect_timeout: float = 10.0
    total_timeout: float = 30.0
    max_bytes: int = 10 * 1024 * 1024
    retention_days: int = 90
    briefs_dir: Path | None = None
    keymap: dict[str, str] = field(default_factory=dict)
    theme: str | None = None
    user_agent: str = USER_AGENT
    refresh_on_start: bool = False  # the reader refreshes every source as it opens
    refresh_minutes: int = 0  # the reader refreshes every N minutes while open; 0: never
    source: Path | None = None  # the file these settings came from, if any

    def __hash__(self) -> int:  # keymap is a dict: hash by identity-free fields only
        return hash((self.jobs, self.per_host, self.connect_timeout, self.total_timeout,
                     self.max_bytes, self.retention_days, self.briefs_dir, self.theme,
                     self.user_agent, tuple(sorted(self.keymap.items())), self.refresh_on_start,
                     self.refresh_minutes))


_INT_RANGES: dict[str, tuple[int, int]] = {
    "jobs": (1, 256),
    "per_host": (1, 64),
    "max_bytes": (1024, 1024 * 1024 * 1024),
    "retention_days": (0, 100_000),  # 0 keeps everything
    "refresh_minutes": (0, 10_080),  # 0 never; at most once a week
}
_BOOLS = {"refresh_on_start"}
_FLOAT_RANGES: dict[str, tuple[float, float]] = {
    "connect_timeout": (0.05, 600.0),
    "total_timeout": (0.05, 3600.0),
}
_KNOWN = {f.name for f in fields(Config)} - {"source"}


def load_config(home: Home) -> Config:
    """The settings in `home.config_file`, or the defaults when it does not exist."""
    path = home.config_file
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Config(briefs_dir=home.briefs_dir)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc.strerror or exc})") from None
    return parse_config(data, path=path, home=home)


def parse_config(data: bytes | str, *, path: Path, home: Home | None = None) -> Config:
    """Settings from the TOML text `data`, read from `path` (named in every error)."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ConfigError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    try:
        raw = tomllib.loads(data)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in _KNOWN:
            known = ", ".join(sorted(_KNOWN))
            raise ConfigError(f"{path}: unknown key {key!r} (known keys: {known})")
        values[key] = _check(key, value, path)
    if "briefs_dir" not in values and home is not None:
        values["briefs_dir"] = home.briefs_dir
    config = Config(source=path, **values)
    if config.total_timeout < config.connect_timeout:
        raise ConfigError(
            f"{path}: key 'total_timeout' ({config.total_timeout:g}) must not be shorter "
            f"than 'connect_timeout' ({config.connect_timeout:g})"
        )
    return config


def _check(key: str, value: Any, path: Path) -> Any:
    def bad(expected: str) -> ConfigError:
        return ConfigError(f"{path}: key {key!r} must be {expected}, not {value!r}")

    if key in _INT_RANGES:
        low, high = _INT_RANGES[key]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise bad(f"a whole number from {low} to {high}")
        return value
    if key in _BOOLS:
        if not isinstance(value, bool):
            raise bad("true or false")
        return value
    if key in _FLOAT_RANGES:
        low, high = _FLOAT_RANGES[key]
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
            raise bad(f"a number of seconds from {low:g} to {high:g}")
        return float(value)
    if key == "briefs_dir":
        if not isinstance(value, str) or not value.strip():
            raise bad("a folder path (a string)")
        folder = Path(value).expanduser()
        if not folder.is_absolute():
            folder = path.parent / folder  # relative to the config file, not the current folder
        return folder
    if key == "keymap":
        if not isinstance(value, dict):
            raise bad("a table of action = \"keys\"")
        keymap: dict[str, str] = {}
        for action, keys in value.items():
            if not _ACTION_ID.match(action):
                raise ConfigError(f"{path}: key 'keymap.{action}' is not an action id")
            if not isinstance(keys, str) or not _KEYS.match(keys.strip()):
                raise ConfigError(
                    f"{path}: key 'keymap.{action}' must be keys joined by commas, like \"f,F\", not {keys!r}"
                )
            keymap[action] = keys.strip()
        return keymap
    if key == "theme":
        if not isinstance(value, str) or not value.strip() or len(value) > 100:
            raise bad("a theme name (a string)")
        return value.strip()
    if key == "user_agent":
        if not isinstance(value, str) or not value.strip() or len(value) > 300 or any(
            ord(ch) < 32 or ord(ch) == 127 for ch in value
        ):
            raise bad("a one-line string")
        return value.strip()
    raise ConfigError(f"{path}: unknown key {key!r}")  # pragma: no cover - _KNOWN guards this


__all__ = ["Config", "EXAMPLE_FILE", "USER_AGENT", "load_config", "parse_config"]
