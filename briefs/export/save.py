"""Saving briefs to disk: `YYYY-MM-DD-<slug>.md` plus the `.json` of the same stem.

Writes are atomic (temp file in the folder, fsync, rename); a different brief
with the same slug gets `-2`, `-3`…; re-saving the same article (same id,
recorded in the front matter) rewrites its own files. Any OS failure is a
SaveError naming the folder, with no temp or half-written file left behind.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import tempfile
import time
from collections.abc import Collection, Iterable
from datetime import date, datetime
from glob import escape as glob_escape
from pathlib import Path

from ..errors import FolderNotWritable, SaveError
from ..model import Brief
from ..safety import plain_title, safe_stem
from .render import brief_to_markdown

log = logging.getLogger(__name__)

# Room for the date, a `-NNN` suffix and `.json` inside the 143-byte names of the strictest
# common filesystems (eCryptfs); 255 elsewhere.
SLUG_BYTES = 100
_MAX_SUFFIX = 10_000
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(?:$|[T ])")
_ID_LINE = re.compile(r'^id:\s*"([0-9a-zA-Z]+)"\s*$')
_NO_HARDLINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK}
# Failures of the folder, not of one brief: the next save there would fail the same way.
_FOLDER_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.ENOTDIR,
                  errno.ENOENT}


FORMATS = ("md", "json")


def save_brief(
    brief: Brief,
    folder: str | os.PathLike[str],
    *,
    state: str | None = None,
    tags: Iterable[str] = (),
    now: datetime | None = None,
    formats: Collection[str] = FORMATS,
) -> Path:
    """Write the brief's Markdown and JSON (or only one of them) into `folder`.

    Returns the Markdown file's path (the JSON file's when only JSON is written).
    """
    target = Path(folder)
    wanted = tuple(f for f in FORMATS if f in formats)
    if not wanted or set(formats) - set(FORMATS):
        raise ValueError(f"formats must be some of {FORMATS}, not {tuple(formats)!r}")
    saved_at = now or datetime.now().astimezone()
    contents = {}
    if "md" in wanted:
        contents["md"] = brief_to_markdown(brief, state=state, tags=tuple(tags), saved_at=saved_at)
    if "json" in wanted:
        contents["json"] = json.dumps(brief.to_dict(), ensure_ascii=False, indent=2) + "\n"
    try:
        target.mkdir(parents=True, exist_ok=True)
        if not target.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(target))
        _remove_stale_temp_files(target)
        # Decoded first: a title stored before titles were decoded must not put `8216` in a name.
        slug = safe_stem(plain_title(brief.article.title), max_bytes=SLUG_BYTES)
        own = find_saved(target, slug, brief.article.id)
        if own is not None:
            for suffix in reversed(wanted):  # the .md, which names the article, last
                _write(own.with_suffix(f".{suffix}"), contents[suffix], replace=True)
            return own.with_suffix(f".{wanted[0]}")
        return _write_new(target, f"{_name_date(brief, saved_at)}-{slug}", contents)
    except OSError as exc:
        raise save_error(exc, target, f"brief {brief.article.title!r}") from None


def save_error(exc: OSError, folder: Path, what: str) -> SaveError:
    """The SaveError for an OS failure saving `what` into `folder` (FolderNotWritable when the
    folder itself is the trouble)."""
    reason = exc.strerror or str(exc)
    message = f"{folder}: cannot save {what} ({reason})"
    if exc.errno in _FOLDER_ERRNOS:
        return FolderNotWritable(message, str(folder), reason)
    return SaveError(message)


def _name_date(brief: Brief, saved_at: datetime) -> str:
    """The article's own day for the file name when it has one; else the day it was saved
    (only in the name: the front matter's `published` stays empty)."""
    published = (brief.article.published or "").strip()
    if _DAY.match(published):
        try:
            return date.fromisoformat(published[:10]).isoformat()
        except ValueError:
            pass
    return f"{saved_at:%Y-%m-%d}"


def find_saved(folder: Path, slug: str, article_id: str) -> Path | None:
    """The saved brief of this article in `folder`, as a path without suffix, if any.

    The id is read from the Markdown front matter, or from the JSON when there is no Markdown.
    """
    pattern = f"????-??-??-{glob_escape(slug)}"
    stems: set[Path] = set()
    for suffix in FORMATS:
        for found in (*folder.glob(f"{pattern}.{suffix}"), *folder.glob(f"{pattern}-*.{suffix}")):
            stems.add(found.with_suffix(""))
    for stem in sorted(stems):
        if saved_article_id(stem) == article_id:
            return stem
    return None


def saved_article_id(stem: Path) -> str | None:
    """The article id a saved brief records (`stem` with or without its suffix)."""
    stem = stem.with_suffix("") if stem.suffix in (".md", ".json") else stem
    md = stem.with_suffix(".md")
    if md.exists():
        return _front_matter_id(md)
    try:
        data = json.loads(stem.with_suffix(".json").read_text(encoding="utf-8"))
        found = data["article"]["id"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return found if isinstance(found, str) else None


def _front_matter_id(path: Path) -> str | None:
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            if handle.readline().strip() != "---":
                return None
            for _ in range(40):
                line = handle.readline()
                if not line or line.strip() == "---":
                    return None
                match = _ID_LINE.match(line.strip())
                if match:
                    return match.group(1)
    except OSError:
        return None
    return None


def _write_new(folder: Path, base: str, contents: dict[str, str]) -> Path:
    """Claim the first free stem `base`, `base-2`… for every file; never overwrite one."""
    for n in range(1, _MAX_SUFFIX):
        stem = folder / (base if n == 1 else f"{base}-{n}")
        if any(stem.with_suffix(f".{s}").exists() for s in FORMATS):
            continue
        written: list[Path] = []
        try:
            for suffix, text in contents.items():
                path = stem.with_suffix(f".{suffix}")
                if not _write(path, text, replace=False):
                    break  # someone took the name meanwhile: next suffix
                written.append(path)
            else:
                return written[0]
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
        for path in written:
            path.unlink(missing_ok=True)
    raise FileExistsError(errno.EEXIST, f"more than {_MAX_SUFFIX} briefs named {base}", str(folder))


def write_text_atomically(path: str | os.PathLike[str], text: str) -> None:
    """Replace `path` with `text` in one step (temp file, fsync, rename): never a partial file."""
    _write(Path(path), text, replace=True)


_STALE_TEMP_SECONDS = 3600


def _remove_stale_temp_files(folder: Path) -> None:
    """Remove our temp files left by a save that was killed mid-write (an hour old or more)."""
    cutoff = time.time() - _STALE_TEMP_SECONDS
    for leftover in folder.glob(".newsbrief-*.tmp"):
        try:
            if leftover.is_file() and not leftover.is_symlink() and leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError as exc:  # another process may be finishing its own save
            log.debug("could not remove %s: %s", leftover, exc)


def _write(path: Path, text: str, *, replace: bool) -> bool:
    """Atomically put `text` at `path`; when not `replace`, never overwrite (False if taken)."""
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".newsbrief-", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        # errors="replace": a lone surrogate from some upstream source must not lose the save.
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        if replace:
            os.replace(tmp, path)
        else:
            try:
                os.link(tmp, path)  # fails if the name is taken: no overwrite, even in a race
            except FileExistsError:
                return False
            except OSError as exc:
                if exc.errno not in _NO_HARDLINKS:
                    raise
                if path.exists():  # a filesystem without hard links: check, then rename
                    return False
                os.replace(tmp, path)
        _fsync_dir(path.parent)
        return True
    finally:
        tmp.unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # not every platform can fsync a directory; the rename is still atomic
    finally:
        os.close(fd)
