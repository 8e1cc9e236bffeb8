"""Files stay where they belong: any title is one safe file in the briefs folder, nothing is
overwritten, and a full or read-only disk is a clear error that leaves no partial file.

The tests run as root in CI, where folder permissions mean nothing, so disks are made
full or read-only for real: a small tmpfs (when this sandbox may mount one) and
RLIMIT_FSIZE in a child process (a write past the limit fails with EFBIG).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefs.cli import cli
from briefs.errors import SaveError
from briefs.export.save import save_brief
from briefs.model import Article, Brief, Summary
from briefs.store.library import Library

NOW = datetime(2026, 3, 5, 9, 30, tzinfo=timezone.utc)
ROOT = Path(__file__).resolve().parent.parent


def brief(title: str, text: str = "The council met on Monday.", article_id: str = "") -> Brief:
    article = Article(text=text, title=title, source="hostile.txt", id=article_id)
    return Brief(article=article, summary=Summary(text=text[:200]), engine="rules/test")


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# --- any title: one safe file inside the folder ----------------------------------------------

_NASTY = st.sampled_from([
    "../", "..", "/", "\\", "\x00", ".", "~", "CON", "nul", "com1", "LPT9", "aux.txt", ":", "*",
    "?", "\"", "<", ">", "|", "\u202e", "\u200b", "\ufeff", "\x1b[2J", "\n", "\r", "\t", "%2e%2e%2f",
    "é", "🙂", "\u0301", "ﬁ", "Ⅸ", "ß", "İ", "\ud7ff", "\uffff", "$(rm -rf ~)", "`id`", "-rf",
])
_TITLES = st.one_of(
    st.lists(st.one_of(_NASTY, st.text(max_size=12)), max_size=30).map("".join),
    st.text(min_size=200, max_size=400),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=_TITLES)
def test_any_title_saves_as_one_safe_pair_of_files_inside_the_folder(tmp_path_factory, title):
    root = tmp_path_factory.mktemp("save")
    folder = root / "briefs"
    first = save_brief(brief(title, article_id="a" * 16), folder, now=NOW)
    second = save_brief(brief(title, "Another text.", article_id="b" * 16), folder, now=NOW)
    again = save_brief(brief(title, article_id="a" * 16), folder, now=NOW)
    assert again == first and second != first
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 4, names  # two .md, two .json: nothing overwritten, nothing else
    assert sorted(p.name for p in root.iterdir()) == ["briefs"]  # nothing outside the folder
    for name in names:
        assert len(name.encode("utf-8")) <= 143
        assert not name.startswith((".", "-")) and "/" not in name and "\x00" not in name
        stem = name.rsplit(".", 1)[0]
        assert stem.split("-", 3)[-1].split(".")[0].lower() not in {"con", "nul", "aux", "prn"}
        assert name.isprintable()
    for path in (first, second):
        assert path.resolve().parent == folder.resolve()
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        assert meta["article"]["id"] in ("a" * 16, "b" * 16)


# --- a full disk --------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 256 KB tmpfs mounted for this test (skipped where mounting is not allowed)."""
    mount_point = tmp_path / f"disk-{uuid.uuid4().hex[:8]}"
    mount_point.mkdir()
    mount = shutil.which("mount")
    if mount is None or os.geteuid() != 0:
        pytest.skip("needs root and mount(8) for a real small filesystem")
    done = subprocess.run([mount, "-t", "tmpfs", "-o", "size=256k,mode=0755", "tmpfs", str(mount_point)],
                          capture_output=True, timeout=10)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, timeout=10)


def _fill(folder: Path, leave: int) -> None:
    """Fill the filesystem under `folder` until about `leave` bytes are free."""
    free = shutil.disk_usage(folder).free
    with open(folder / "filler.bin", "wb") as handle:
        handle.write(b"\0" * max(0, free - leave))


def test_saving_to_a_full_disk_is_a_clear_error_and_leaves_no_partial_file(small_disk):
    folder = small_disk / "briefs"
    earlier = save_brief(brief("Earlier brief", article_id="e" * 16), folder, now=NOW)
    _fill(small_disk, 8192)
    before = _snapshot(folder)
    big = brief("A long article", "Words and more words. " * 4000, article_id="f" * 16)
    with pytest.raises(SaveError) as info:
        save_brief(big, folder, now=NOW)
    assert str(folder) in str(info.value) and "No space left" in str(info.value)
    assert _snapshot(folder) == before  # no partial file, no temp file, the earlier brief intact
    # Re-saving the earlier article with a longer text cannot destroy the copy on disk.
    bigger = brief("Earlier brief", "Words and more words. " * 4000, article_id="e" * 16)
    with pytest.raises(SaveError):
        save_brief(bigger, folder, now=NOW)
    assert _snapshot(folder) == before and earlier.exists()


def test_saving_to_a_read_only_filesystem_is_a_clear_error(small_disk):
    folder = small_disk / "briefs"
    save_brief(brief("Earlier brief", article_id="e" * 16), folder, now=NOW)
    before = _snapshot(folder)
    done = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], capture_output=True, timeout=10)
    if done.returncode != 0:
        pytest.skip(f"cannot remount read-only: {done.stderr.decode().strip()}")
    with pytest.raises(SaveError, match="Read-only file system") as info:
        save_brief(brief("Another", article_id="d" * 16), folder, now=NOW)
    assert str(folder) in str(info.value)
    assert _snapshot(folder) == before


def test_export_to_a_full_disk_fails_with_one_line_and_no_partial_files(tmp_path, small_disk):
    home = tmp_path / "home"
    with Library.open(home / "library.sqlite3") as lib:
        lib.add_articles([Article(text=f"Story {i}. " + "The council met on Monday. " * 600,
                                  title=f"Story {i}", source="t") for i in range(3)])
    out = small_disk / "export"
    out.mkdir()
    _fill(small_disk, 4096)
    for fmt in ("both", "json"):
        result = CliRunner().invoke(cli, ["--home", str(home), "export", "--out", str(out),
                                          "--format", fmt], obj={})
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output
        failures = [line for line in result.stderr.splitlines() if "No space left" in line]
        assert len(failures) == 1, result.stderr  # the disk, not each brief: said once
        assert str(out) in failures[0] and "exported 0 of 3" in failures[0]
        assert list(out.iterdir()) == []


SAVE_UNDER_LIMIT = textwrap.dedent("""
    import resource, signal, sys
    from pathlib import Path
    from briefs.errors import SaveError
    from briefs.model import Article, Brief, Summary
    from briefs.export.save import save_brief
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    limit = int(sys.argv[2])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    text = "Words and more words. " * 3000  # the JSON passes 50 KB, the Markdown does not
    brief = Brief(Article(text=text, title=sys.argv[3], source="s", id="c" * 16),
                  Summary(text=text[:100]), engine="rules/test")
    try:
        save_brief(brief, Path(sys.argv[1]))
    except SaveError as exc:
        print("SaveError", exc)
        sys.exit(3)
    print("saved")
""")


@pytest.mark.parametrize("limit", [0, 4096, 50_000])
def test_a_write_past_the_file_size_limit_is_a_save_error_with_no_partial_file(tmp_path, limit):
    folder = tmp_path / "briefs"
    folder.mkdir()
    (folder / "2026-01-01-keep-me.md").write_text("my own notes\n")
    result = subprocess.run([sys.executable, "-c", SAVE_UNDER_LIMIT, str(folder), str(limit), "Big story"],
                            capture_output=True, text=True, timeout=60, cwd=str(ROOT))
    assert result.returncode == 3, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert str(folder) in result.stdout and "too large" in result.stdout.lower()
    assert sorted(p.name for p in folder.iterdir()) == ["2026-01-01-keep-me.md"]
    assert (folder / "2026-01-01-keep-me.md").read_text() == "my own notes\n"


def test_a_briefs_folder_that_is_a_file_is_a_clear_error_for_export(tmp_path):
    home = tmp_path / "home"
    with Library.open(home / "library.sqlite3") as lib:
        lib.add_articles([Article(text="The council met on Monday. " * 20, title="Story", source="t")])
    blocker = tmp_path / "out"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(cli, ["--home", str(home), "export", "--out", str(blocker)], obj={})
    assert result.exit_code == 2
    assert "Traceback" not in result.output and str(blocker) in result.stderr
    assert blocker.read_text() == "not a folder"
