"""Saving a story's brief to disk: one `YYYY-MM-DD-<slug>.md` for the whole story.

The same rules as `save.save_brief`: written atomically, never overwriting another file
(a different story with the same slug gets `-2`, `-3`…), and saving the same story again
rewrites its own file (its id is in the front matter). Every line names its sources.
"""

from __future__ import annotations

import errno
import os
import re
from datetime import date, datetime
from glob import escape as glob_escape
from pathlib import Path

from ..safety import clean_line, plain_title, safe_stem
from ..stories.merge import Source, StoryBrief
from .render import escape_markdown, issue_label, yaml_scalar
from .save import SLUG_BYTES, _remove_stale_temp_files, _write, _write_new, save_error

_STORY_LINE = re.compile(r'^story:\s*"([^"\\]{1,200})"\s*$')


def _sources(sources: tuple[Source, ...]) -> str:
    names = dict.fromkeys(escape_markdown(s.feed or s.title or s.article_id, 80) for s in sources)
    return ", ".join(names)


def story_to_markdown(sb: StoryBrief, *, saved_at: datetime | None = None) -> str:
    """The story brief as Markdown: front matter, Summary, Key meeting, Key quotes (grouped by
    speaker, each quotation once with every outlet that printed it), Open issues, Next steps,
    Sources."""
    story = sb.story
    front = [
        ("title", story.title), ("story", story.id), ("sources", story.sources),
        ("articles", len(story.articles)), ("first_seen", story.first_seen), ("last_seen", story.last_seen),
        ("saved", saved_at.isoformat(timespec="seconds") if saved_at else None),
    ]
    out = ["---", *(f"{key}: {yaml_scalar(value)}" for key, value in front), "---", ""]
    out.append(f"# {escape_markdown(story.title) or 'Untitled'}")
    n = story.sources
    out += ["", f"_{n} source{'s' if n != 1 else ''}, {len(story.articles)} "
                f"article{'s' if len(story.articles) != 1 else ''}_"]

    out += ["", "## Summary", ""]
    if sb.summary is not None:
        out.append(f"{escape_markdown(sb.summary.text)} ({_sources(sb.summary.sources)})")
    else:
        out.append("_No summary._")

    out += ["", "## Key meeting", ""]
    if sb.meeting is not None:
        out.append(f"{escape_markdown(sb.meeting.text)} ({_sources(sb.meeting.sources)})")
    else:
        out.append("_No meeting found._")

    out += ["", "## Key quotes", ""]
    if sb.quotes:
        for speaker, role, quotes in quotes_by_speaker(sb):
            who = escape_markdown(speaker) if speaker else "Unattributed"
            if role:
                who += f", {escape_markdown(role)}"
            out += [f"### {who}", ""]
            for q in quotes:
                words = escape_markdown(clean_line(q.text).rstrip(" ,;:"))
                out += [f"> \u201c{words}\u201d", ">", f"> \u2014 {_sources(q.sources)}", ""]
        out.pop()
    else:
        out.append("_No quotes found._")

    out += ["", "## Open issues", ""]
    if sb.open_issues:
        for issue in sb.open_issues:
            text = escape_markdown(issue.text)
            topic = issue_label(issue.topic, issue.text)
            if topic:
                text = f"**{escape_markdown(topic)}:** {text}"
            out.append(f"- {text} ({_sources(issue.sources)})")
    else:
        out.append("_No open issues found._")

    out += ["", "## Next steps", ""]
    if sb.next_steps:
        for step in sb.next_steps:
            details = [", ".join(clean_line(w, 80) for w in step.who), clean_line(step.when, 80),
                       clean_line(step.certainty, 20)]
            shown = " · ".join(escape_markdown(d) for d in details if d)
            out.append(f"- {escape_markdown(step.text)}" + (f" ({shown})" if shown else "")
                       + f" \u2014 {_sources(step.sources)}")
    else:
        out.append("_No next steps found._")

    out += ["", "## Sources", ""]
    for a in story.articles:
        line = f"- {escape_markdown(a.feed, 80)}: {escape_markdown(a.title) or 'Untitled'}"
        if a.published:
            line += f" ({escape_markdown(a.published[:16])})"
        if a.url and a.url.lower().startswith(("http://", "https://")):
            line += f" <{_md_url(a.url)}>"
        out.append(line)
    return "\n".join(out) + "\n"


def quotes_by_speaker(sb: StoryBrief) -> list[tuple[str | None, str | None, list]]:
    """The story's quotes grouped by speaker (surname), the most quoted speaker's group first
    as the merged brief orders them: [(speaker, role, [StoryQuote, ...])]."""
    groups: dict[str, tuple[str | None, str | None, list]] = {}
    for q in sb.quotes:
        key = (q.speaker or "").split()[-1].lower() if (q.speaker or "").split() else ""
        if key not in groups:
            groups[key] = (q.speaker, q.role, [])
        groups[key][2].append(q)
    return list(groups.values())


def _md_url(url: str) -> str:
    from urllib.parse import quote

    return quote(url, safe=":/?#[]@!$&'()*+,;=%~-._")


def save_story(sb: StoryBrief, folder: str | os.PathLike[str], *, now: datetime | None = None) -> Path:
    """Write the story's Markdown into `folder`; returns its path. Raises SaveError."""
    target = Path(folder)
    saved_at = now or datetime.now().astimezone()
    text = story_to_markdown(sb, saved_at=saved_at)
    try:
        target.mkdir(parents=True, exist_ok=True)
        if not target.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(target))
        _remove_stale_temp_files(target)
        slug = safe_stem(plain_title(sb.story.title), max_bytes=SLUG_BYTES, fallback="story")
        own = _find_saved_story(target, slug, sb.story.id)
        if own is not None:
            _write(own, text, replace=True)
            return own
        return _write_new(target, f"{_name_date(sb, saved_at)}-{slug}", {"md": text})
    except OSError as exc:
        raise save_error(exc, target, f"story {sb.story.title!r}") from None


def _name_date(sb: StoryBrief, saved_at: datetime) -> str:
    """The story's newest day when known, else the day it was saved."""
    try:
        return date.fromisoformat((sb.story.newest or "")[:10]).isoformat()
    except ValueError:
        return f"{saved_at:%Y-%m-%d}"


def _find_saved_story(folder: Path, slug: str, story_id: str) -> Path | None:
    pattern = f"????-??-??-{glob_escape(slug)}"
    for found in sorted({*folder.glob(f"{pattern}.md"), *folder.glob(f"{pattern}-*.md")}):
        if _front_matter_story(found) == story_id:
            return found
    return None


def _front_matter_story(path: Path) -> str | None:
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            if handle.readline().strip() != "---":
                return None
            for _ in range(20):
                line = handle.readline()
                if not line or line.strip() == "---":
                    return None
                match = _STORY_LINE.match(line.strip())
                if match:
                    return match.group(1)
    except OSError:
        return None
    return None


__all__ = ["quotes_by_speaker", "save_story", "story_to_markdown"]
