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
from collections.abc import Iterable
from datetime import datetime
from glob import escape as glob_escape
from pathlib import Path

from .errors import SaveError
from .model import Brief
from .render import brief_to_markdown
from .safety import safe_stem

log = logging.getLogger(__name__)

# Room for the date, a `-NNN` suffix and `.json` inside the 143-byte names of the strictest
# common filesystems (eCryptfs); 255 elsewhere.
SLUG_BYTES = 100
_MAX_SUFFIX = 10_000
_ID_LINE = re.compile(r'^id:\s*"([0-9a-zA-Z]+)"\s*$')
_NO_HARDLINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK}


def save_brief(
    brief: Brief,
    folder: str | os.PathLike[str],
    *,
    state: str | None = None,
    tags: Iterable[str] = (),
    now: datetime | None = None,
) -> Path:
    """Write the brief's Markdown and JSON into `folder`; return the Markdown file's path."""
    target = Path(folder)
    saved_at = now or datetime.now().astimezone()
    markdown = brief_to_markdown(brief, state=state, tags=tuple(tags), saved_at=saved_at)
    payload = json.dumps(brief.to_dict(), ensure_ascii=False, indent=2) + "\n"
    try:
        target.mkdir(parents=True, exist_ok=True)
        if not target.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(target))
        slug = safe_stem(brief.article.title, max_bytes=SLUG_BYTES)
        own = find_saved(target, slug, brief.article.id)
        if own is not None:
            _write(own.with_suffix(".json"), payload, replace=True)
            _write(own, markdown, replace=True)
            return own
        return _write_new_pair(target, f"{saved_at:%Y-%m-%d}-{slug}", markdown, payload)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise SaveError(f"{target}: cannot save brief {brief.article.title!r} ({reason})") from None


def find_saved(folder: Path, slug: str, article_id: str) -> Path | None:
    """The Markdown file already holding this article's brief in `folder`, if any."""
    pattern = f"????-??-??-{glob_escape(slug)}"
    candidates = sorted(folder.glob(pattern + ".md")) + sorted(folder.glob(pattern + "-*.md"))
    for candidate in candidates:
        if saved_article_id(candidate) == article_id:
            return candidate
    return None


def saved_article_id(path: Path) -> str | None:
    """The article id recorded in a saved brief's front matter."""
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


def _write_new_pair(folder: Path, base: str, markdown: str, payload: str) -> Path:
    for n in range(1, _MAX_SUFFIX):
        stem = base if n == 1 else f"{base}-{n}"
        md_path = folder / f"{stem}.md"
        json_path = folder / f"{stem}.json"
        if md_path.exists() or json_path.exists():
            continue
        if not _write(md_path, markdown, replace=False):
            continue
        try:
            if _write(json_path, payload, replace=False):
                return md_path
        except BaseException:
            md_path.unlink(missing_ok=True)
            raise
        md_path.unlink(missing_ok=True)  # someone took the .json name meanwhile: next suffix
    raise FileExistsError(errno.EEXIST, f"more than {_MAX_SUFFIX} briefs named {base}", str(folder))


def _write(path: Path, text: str, *, replace: bool) -> bool:
    """Atomically put `text` at `path`; when not `replace`, never overwrite (False if taken)."""
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".newsbrief-", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
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
