"""config.toml: defaults, the documented example, and strict errors naming the key and file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefs.config import EXAMPLE_FILE, Config, load_config, parse_config
from briefs.errors import ConfigError
from briefs.paths import resolve_home


def test_a_missing_file_means_the_defaults(tmp_path: Path):
    home = resolve_home(tmp_path)
    config = load_config(home)
    assert (config.jobs, config.per_host, config.max_bytes) == (192, 4, 10 * 1024 * 1024)
    assert config.briefs_dir == home.briefs_dir
    assert config.keymap == {} and config.theme is None
    assert config.user_agent.startswith("newsbrief/0.1")


def test_the_documented_example_is_valid_and_matches_the_defaults(tmp_path: Path):
    home = resolve_home(tmp_path)
    config = parse_config(EXAMPLE_FILE.read_bytes(), path=EXAMPLE_FILE, home=home)
    defaults = Config(briefs_dir=home.briefs_dir)
    for name in ("jobs", "per_host", "connect_timeout", "total_timeout", "max_bytes",
                 "retention_days", "user_agent", "briefs_dir", "keymap", "theme"):
        assert getattr(config, name) == getattr(defaults, name), name


def test_every_key_is_read(tmp_path: Path):
    home = resolve_home(tmp_path)
    home.config_file.write_text(
        'jobs = 4\nper_host = 2\nconnect_timeout = 1\ntotal_timeout = 2.5\nmax_bytes = 2048\n'
        'retention_days = 0\nbriefs_dir = "out"\ntheme = "nord"\nuser_agent = "test/1"\n'
        '[keymap]\nflag = "f,F"\narchive = "d"\n'
    )
    config = load_config(home)
    assert (config.jobs, config.per_host, config.connect_timeout, config.total_timeout) == (4, 2, 1.0, 2.5)
    assert config.max_bytes == 2048 and config.retention_days == 0
    assert config.briefs_dir == tmp_path / "out"
    assert config.theme == "nord" and config.user_agent == "test/1"
    assert config.keymap == {"flag": "f,F", "archive": "d"}
    hash(config)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("jobz = 3", "jobz"),
        ("jobs = 0", "jobs"),
        ("jobs = true", "jobs"),
        ('jobs = "8"', "jobs"),
        ("per_host = 1000", "per_host"),
        ("total_timeout = -1", "total_timeout"),
        ("connect_timeout = 5\ntotal_timeout = 1", "total_timeout"),
        ("max_bytes = 1", "max_bytes"),
        ("retention_days = -3", "retention_days"),
        ("briefs_dir = 3", "briefs_dir"),
        ("theme = 7", "theme"),
        ('user_agent = "a\\nb"', "user_agent"),
        ("keymap = 3", "keymap"),
        ('[keymap]\nflag = 3', "keymap.flag"),
        ('[keymap]\nflag = "f, F"', "keymap.flag"),
        ('[keymap]\n"Bad Id" = "x"', "keymap.Bad Id"),
    ],
)
def test_bad_keys_and_values_name_the_key_and_the_file(tmp_path: Path, text: str, key: str):
    home = resolve_home(tmp_path)
    home.config_file.write_text(text + "\n")
    with pytest.raises(ConfigError) as info:
        load_config(home)
    assert key in str(info.value) and str(home.config_file) in str(info.value)


def test_broken_toml_names_the_file(tmp_path: Path):
    home = resolve_home(tmp_path)
    home.config_file.write_text("jobs = = 3\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(home)


def _example_with_every_setting_uncommented() -> str:
    """The example with each commented-out `key = value` line switched on (prose stays comment)."""
    setting = re.compile(r"^#\s*([A-Za-z_][A-Za-z0-9_.-]*\s*=\s*\S.*)$")
    lines = []
    for line in EXAMPLE_FILE.read_text(encoding="utf-8").splitlines():
        match = setting.match(line)
        lines.append(match.group(1) if match else line)
    return "\n".join(lines) + "\n"


def test_the_example_with_every_line_uncommented_is_accepted(tmp_path: Path):
    text = _example_with_every_setting_uncommented()
    assert text.count("\n# ") < EXAMPLE_FILE.read_text(encoding="utf-8").count("\n# ")  # some switched on
    home = resolve_home(tmp_path)
    home.config_file.write_text(text, encoding="utf-8")
    config = load_config(home)
    assert config.keymap, "the example's keymap lines were not switched on"
    assert config.theme == "nord" and config.briefs_dir == Path("~/Documents/briefs").expanduser()
    # Every keymap id in the example is one the reader knows (the reader warns of any other).
    from tui.keys import DEFAULT_KEYS

    assert set(config.keymap) <= set(DEFAULT_KEYS), sorted(set(config.keymap) - set(DEFAULT_KEYS))
