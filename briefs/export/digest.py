"""The morning digest: the top stories (most sources, then newest) with their briefs, then the
agenda of the next 14 days, as Markdown or as one self-contained, printable HTML file.

Every piece of text from a feed is escaped: in HTML by `html.escape`, links only for http(s)
URLs; in Markdown by `render.escape_markdown`.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from ..errors import SaveError
from ..stories.agenda import AgendaItem, agenda_items
from ..stories.merge import Source, StoryBrief, story_brief
from .render import escape_markdown

if TYPE_CHECKING:
    from ..store.library import Library

TOP_STORIES = 10
AGENDA_DAYS = 14
ISSUES_PER_STORY = 3
STEPS_PER_STORY = 3


@dataclass(frozen=True)
class Digest:
    made: dt.datetime
    since: dt.datetime | None
    view: str
    stories: tuple[StoryBrief, ...]
    agenda: tuple[AgendaItem, ...]
    agenda_from: dt.date
    agenda_to: dt.date


def make_digest(
    lib: Library,
    since: dt.datetime | None = None,
    view: str = "inbox",
    now: dt.datetime | None = None,
    top: int = TOP_STORIES,
) -> Digest:
    """The top stories with an article in `view` newer than `since`, and the agenda ahead."""
    from ..store.library import _view_filter
    from ..stories.clusters import list_stories
    from ..stories.index import update_index

    now = now or dt.datetime.now(dt.timezone.utc)
    update_index(lib)
    where, args = _view_filter(view)
    with lib._read() as c:
        in_view = {r[0] for r in c.execute(
            f"SELECT a.id FROM articles a {'WHERE ' + ' AND '.join(where) if where else ''}", args)}
    cutoff = since.astimezone(dt.timezone.utc).isoformat(timespec="seconds") if since else ""
    chosen = []
    for story in list_stories(lib, since=since, update=False):
        fresh = [a for a in story.articles if a.id in in_view and a.at >= cutoff]
        if fresh:
            chosen.append(story)
    chosen.sort(key=lambda s: (s.sources, s.last_seen), reverse=True)
    briefs = tuple(story_brief(lib, s) for s in chosen[:top])
    start = now.date()
    end = start + dt.timedelta(days=AGENDA_DAYS)
    agenda = tuple(agenda_items(lib, start, end, update=False))
    return Digest(now, since, view, briefs, agenda, start, end)


def _quoted(text: str) -> str:
    """A quotation as the digest prints it: without the comma that led into "…," she said."""
    return text.rstrip(" ,;:")


# -- Markdown -------------------------------------------------------------------------------


def _md_sources(sources: tuple[Source, ...]) -> str:
    names = []
    for s in sources:
        name = escape_markdown(s.feed or s.title or s.article_id, 80)
        names.append(name)
    return ", ".join(dict.fromkeys(names))


def digest_markdown(d: Digest) -> str:
    out = [f"# Digest, {d.made:%Y-%m-%d %H:%M} UTC", ""]
    scope = f"since {d.since:%Y-%m-%d %H:%M} UTC" if d.since else "all time"
    out += [f"Top stories in {escape_markdown(d.view)}, {scope}.", ""]
    if not d.stories:
        out += ["_No stories._", ""]
    for n, sb in enumerate(d.stories, 1):
        story = sb.story
        out += [f"## {n}. {escape_markdown(story.title) or 'Untitled'}", ""]
        newest = f", newest {escape_markdown(story.newest[:16].replace('T', ' '))}" if story.newest else ""
        out += [f"_{story.sources} source{'s' if story.sources != 1 else ''}{newest}_", ""]
        if sb.summary:
            out += [escape_markdown(sb.summary.text, 2000), ""]
        if sb.quotes:
            q = sb.quotes[0]
            who = escape_markdown(q.speaker) or "unattributed"
            if q.role:
                who += f", {escape_markdown(q.role)}"
            out += [f"> \u201c{escape_markdown(_quoted(q.text), 1000)}\u201d \u2014 {who}", ""]
        if sb.open_issues:
            out += ["**Open issues**", ""]
            out += [f"- {escape_markdown(i.text)}" for i in sb.open_issues[:ISSUES_PER_STORY]]
            out.append("")
        if sb.next_steps:
            out += ["**Next steps**", ""]
            for s in sb.next_steps[:STEPS_PER_STORY]:
                when = f" ({escape_markdown(s.when)})" if s.when else ""
                out.append(f"- {escape_markdown(s.text)}{when}")
            out.append("")
        out += ["**Sources**", ""]
        for a in story.articles:
            line = f"- {escape_markdown(a.feed, 80)}: {escape_markdown(a.title)}"
            if _safe_url(a.url):
                line += f" <{_md_url(a.url)}>"
            out.append(line)
        out.append("")
    out += [f"## Agenda, {d.agenda_from:%Y-%m-%d} to {d.agenda_to:%Y-%m-%d}", ""]
    if not d.agenda:
        out += ["_Nothing dated in the next two weeks._", ""]
    for item in d.agenda:
        who = f" \u2014 {escape_markdown(', '.join(item.who))}" if item.who else ""
        n = len(item.sources)
        out.append(f"- **{escape_markdown(item.date)}** {escape_markdown(item.text)}{who} "
                   f"({n} source{'s' if n != 1 else ''})")
    out.append("")
    return "\n".join(out)


# -- HTML -----------------------------------------------------------------------------------


def _md_url(url: str | None) -> str:
    """A URL that cannot leave its `<...>` autolink: anything but plain URL characters encoded."""
    return quote(url or "", safe=":/?#[]@!$&'()*+,;=%~-._")


def _safe_url(url: str | None) -> bool:
    return bool(url) and url.lower().startswith(("http://", "https://")) and len(url) < 4000  # type: ignore[union-attr]


def _e(text: str | None) -> str:
    return html.escape(text or "", quote=True)


def _link(text: str, url: str | None) -> str:
    if _safe_url(url):
        return f'<a href="{_e(url)}" rel="noreferrer noopener">{_e(text)}</a>'
    return _e(text)


_CSS = """
:root { color-scheme: light; }
body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #1a1a1a; background: #fff;
       max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .3rem; border-top: 1px solid #ccc; padding-top: 1rem; }
h3 { font-size: 1rem; margin: 1rem 0 .2rem; font-family: Helvetica, Arial, sans-serif; }
.meta { color: #555; font-size: .9rem; font-family: Helvetica, Arial, sans-serif; }
blockquote { margin: .8rem 0; padding: .2rem 1rem; border-left: 3px solid #888; font-style: italic; }
blockquote .who { display: block; font-style: normal; color: #444; font-size: .9rem; }
ul { padding-left: 1.3rem; } li { margin: .2rem 0; }
a { color: #0645ad; word-break: break-word; }
.agenda td { vertical-align: top; padding: .25rem .6rem .25rem 0; }
.agenda .date { white-space: nowrap; font-family: Helvetica, Arial, sans-serif; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; }
p, li, td, h2, blockquote { overflow-wrap: anywhere; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; } section { break-inside: avoid-page; }
  a { color: inherit; text-decoration: none; }
  a[href]::after { content: " (" attr(href) ")"; font-size: 8pt; color: #555; }
}
"""


def digest_html(d: Digest) -> str:
    scope = f"since {d.since:%Y-%m-%d %H:%M} UTC" if d.since else "all time"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # No scripts, no fetches: nothing in this file may load or run anything.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">",
        f"<title>newsbrief digest {d.made:%Y-%m-%d}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>Digest, {d.made:%Y-%m-%d %H:%M} UTC</h1>",
        f'<p class="meta">Top stories in {_e(d.view)}, {_e(scope)}.</p>',
    ]
    if not d.stories:
        out.append("<p><em>No stories.</em></p>")
    for n, sb in enumerate(d.stories, 1):
        story = sb.story
        out.append("<section>")
        out.append(f"<h2>{n}. {_e(story.title) or 'Untitled'}</h2>")
        newest = f", newest {_e(story.newest[:16].replace('T', ' '))}" if story.newest else ""
        out.append(f'<p class="meta">{story.sources} source{"s" if story.sources != 1 else ""}{newest}</p>')
        if sb.summary:
            out.append(f"<p>{_e(sb.summary.text)}</p>")
        if sb.quotes:
            q = sb.quotes[0]
            who = _e(q.speaker) or "unattributed"
            if q.role:
                who += f", {_e(q.role)}"
            out.append(f"<blockquote>\u201c{_e(_quoted(q.text))}\u201d<span class=\"who\">\u2014 {who}</span>"
                       "</blockquote>")
        if sb.open_issues:
            out.append("<h3>Open issues</h3><ul>")
            out += [f"<li>{_e(i.text)}</li>" for i in sb.open_issues[:ISSUES_PER_STORY]]
            out.append("</ul>")
        if sb.next_steps:
            out.append("<h3>Next steps</h3><ul>")
            for s in sb.next_steps[:STEPS_PER_STORY]:
                when = f' <span class="meta">({_e(s.when)})</span>' if s.when else ""
                out.append(f"<li>{_e(s.text)}{when}</li>")
            out.append("</ul>")
        out.append("<h3>Sources</h3><ul>")
        for a in story.articles:
            out.append(f"<li>{_e(a.feed)}: {_link(a.title or a.url or a.id, a.url)}</li>")
        out.append("</ul></section>")
    out.append(f"<h2>Agenda, {d.agenda_from:%Y-%m-%d} to {d.agenda_to:%Y-%m-%d}</h2>")
    if not d.agenda:
        out.append("<p><em>Nothing dated in the next two weeks.</em></p>")
    else:
        out.append('<table class="agenda">')
        for item in d.agenda:
            who = f' <span class="meta">\u2014 {_e(", ".join(item.who))}</span>' if item.who else ""
            n = len(item.sources)
            links = ", ".join(_link(s.feed or "source", s.url) for s in item.sources)
            out.append(f'<tr><td class="date">{_e(item.date)}</td><td>{_e(item.text)}{who} '
                       f'<span class="meta">({n} source{"s" if n != 1 else ""}: {links})</span></td></tr>')
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def write_digest(
    lib: Library,
    path: str | Path,
    since: dt.datetime | None = None,
    view: str = "inbox",
    now: dt.datetime | None = None,
) -> Path:
    """Write the digest to `path` (.html or .htm: HTML; anything else: Markdown), atomically."""
    from .save import write_text_atomically

    path = Path(path)
    d = make_digest(lib, since=since, view=view, now=now)
    text = digest_html(d) if path.suffix.lower() in (".html", ".htm") else digest_markdown(d)
    try:
        write_text_atomically(path, text)
    except OSError as exc:
        raise SaveError(f"{path}: cannot write the digest ({exc.strerror or exc})") from None
    return path


__all__ = ["Digest", "digest_html", "digest_markdown", "make_digest", "write_digest"]
