"""Library commands: add, remove, rename, sources, refresh, list, export, import-opml, export-opml.

Thin callers of `library`, `refresh`, `opml` and `save`; they print, the API does the work.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..config import Config, load_config
from ..errors import FolderNotWritable, NewsbriefError
from ..safety import clean_line, fit_cells, plain_title
from ..store.library import ArticleRow, Library, SourceInfo
from .common import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, Context, fail, pass_context, say, warn

if TYPE_CHECKING:
    from ..model import Brief

# The fetcher, the parsers, the engine and the brief writer are imported inside the commands
# that use them: `newsbrief list` never loads the HTTP client, and `refresh` loads the engine only once
# the fetching is done, to brief and index what arrived (stories and the agenda).

# What `--state` accepts, mapped to a library view.
STATE_VIEWS = {
    "all": "all", "inbox": "inbox", "unread": "unread", "read": "read", "flagged": "flagged",
    "archived": "archive", "archive": "archive", "saved": "saved",
}
_STATE = click.Choice(sorted(STATE_VIEWS), case_sensitive=False)


# Where every "no such source" points: the command that lists them with their ids.
SOURCES_HINT = "`newsbrief sources` lists them"


def _open(ctx: Context, *, whole_file_check: bool = True) -> tuple[Library, Config]:
    config = load_config(ctx.home)
    return Library.open(ctx.home.library_file, whole_file_check=whole_file_check), config


def _source_id(lib: Library, feed: str | None) -> int | None:
    if feed is None:
        return None
    info = lib.find_source(feed)
    if info is None:
        fail(f"no source matching {clean_line(feed, 200)!r} in the library ({SOURCES_HINT})")
    return info.id  # type: ignore[union-attr]


def _select(lib: Library, state: str | None, feed: str | None, search: str | None,
            tag: str | None = None) -> list[ArticleRow]:
    view = STATE_VIEWS[(state or "all").lower()]
    return lib.articles(view=view, source_id=_source_id(lib, feed), search=search, tag=tag)


@click.command("add")
@click.argument("sources", nargs=-1, required=True)
@pass_context
def add_command(ctx: Context, sources: tuple[str, ...]) -> None:
    """Follow SOURCE: a feed URL, a page URL (its feed, else the page), a file or a folder."""
    lib, config = _open(ctx)
    failed = 0
    partial = False  # a source added without some of its files
    with lib:
        for source in sources:
            try:
                from ..refresh import add_source

                result = add_source(lib, source, config)
            except NewsbriefError as exc:
                warn(str(exc))
                failed += 1
                continue
            info = result.source
            if result.already:
                say(f"already following {info.kind} {info.title!r}: {info.location}")
                continue
            via = f" (found on {result.discovered_from})" if result.discovered_from else ""
            if info.kind == "files":  # one file, kept in the "Local files" source
                say(f"added file {clean_line(source, 300)} to {info.title!r}, {_count(result.new, 'article')}")
            else:
                say(f"added {info.kind} {info.title!r}: {info.location}{via}, {_count(result.new, 'article')}")
            for problem in (*result.problems, *result.page_problems):
                warn(f"{info.title}: {problem}")
            for problem in result.skipped_files:  # some files failed, the rest were added: partial
                warn(f"skipped {problem}")
            partial = partial or bool(result.skipped_files)
    _exit_for(failed, len(sources))
    if partial:
        sys.exit(EXIT_PARTIAL)


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


@click.command("remove")
@click.argument("sources", nargs=-1, required=True)
@pass_context
def remove_command(ctx: Context, sources: tuple[str, ...]) -> None:
    """Stop following SOURCE (its id, URL, path or title, as `newsbrief sources` lists them);
    flagged and saved articles stay."""
    lib, _config = _open(ctx)
    failed = 0
    with lib:
        for source in sources:
            info = lib.find_source(source)
            if info is None:
                warn(f"no source matching {clean_line(source, 200)!r} in the library ({SOURCES_HINT})")
                failed += 1
                continue
            removed = lib.remove_source(info.id)
            say(f"removed {info.kind} {info.title!r}: {info.location} ({_count(removed, 'article')})")
    _exit_for(failed, len(sources))


@click.command("rename")
@click.argument("source")
@click.argument("name")
@pass_context
def rename_command(ctx: Context, source: str, name: str) -> None:
    """Give SOURCE (its id, URL, path or title, as `newsbrief sources` lists them) the name NAME,
    as the reader's `e` does."""
    lib, _config = _open(ctx)
    with lib:
        info = lib.find_source(source)
        if info is None:
            fail(f"no source matching {clean_line(source, 200)!r} in the library ({SOURCES_HINT})")
        try:
            renamed = lib.rename_source(info.id, name)  # type: ignore[union-attr]
        except NewsbriefError as exc:
            fail(str(exc))
        say(f"renamed {info.title!r} to {renamed.title!r}: {renamed.location}")  # type: ignore[union-attr]


def _exit_for(failed: int, total: int) -> None:
    if failed and failed == total:
        sys.exit(EXIT_USAGE)
    if failed:
        sys.exit(EXIT_PARTIAL)


@click.command("refresh")
@click.option("--jobs", type=click.IntRange(1, 256), default=None,
              help="Feeds fetched at once, at most `per_host` from one host (default: `jobs` in config.toml, 192).")
@pass_context
def refresh_command(ctx: Context, jobs: int | None) -> None:
    """Fetch every source now; progress on stderr, failures listed at the end (exit 1)."""
    # No whole-file check (0.05 s at 20,000 articles, 0.3 s at 100,000, for a refresh that may
    # take 1.5 s): the refresh touches only the pages it needs, and damage in any of them fails
    # it. The reader and the other commands check the whole file and move a damaged one aside.
    lib, config = _open(ctx, whole_file_check=False)
    if jobs is not None:
        config = dataclasses.replace(config, jobs=jobs)
    tty = sys.stderr.isatty()
    last = [0.0, -1]

    def progress(done: int, total: int, label: str) -> None:
        now = time.monotonic()
        if tty:
            if done == total or now - last[0] > 0.1:
                last[0] = now
                line = fit_cells(f"refreshing {done}/{total} {clean_line(label, 50)}", 79)
                click.echo(f"\r{line}", err=True, nl=False)  # by columns: CJK must not wrap the line
        else:
            step = (10 * done) // max(total, 1)
            if step != last[1]:
                last[1] = step
                click.echo(f"refreshing {done}/{total}", err=True)

    with lib:
        from ..refresh import refresh

        report = refresh(lib, config, progress=progress)
        if tty:
            click.echo("", err=True)
    unchanged = sum(1 for s in report.sources if s.not_modified)
    click.echo(
        f"{report.new} new, {report.updated} updated from {len(report.sources)} sources "
        f"({unchanged} unchanged, {len(report.errors)} failed)",
        err=True,
    )
    for bad in report.errors:
        warn(bad.failure or "")
    for title, problem in report.page_problems:  # the feed worked; some article pages did not
        warn(f"{title}: article page not fetched, summary kept: {problem}")
    for problem in report.problems:
        warn(problem)
    sys.exit(EXIT_PARTIAL if report.failed else EXIT_OK)


@click.command("sources")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@pass_context
def sources_command(ctx: Context, fmt: str) -> None:
    """List the sources: id, kind, articles, unread, last refresh, title, and why it failed.

    In the reader's sidebar order. Any of a source's id, URL, path or title is what `remove`,
    `rename` and `--feed` take."""
    lib, _config = _open(ctx)
    with lib:
        infos = lib.sources()
    if fmt == "json":
        click.echo(_json_lines([_source_dict(i) for i in infos]))
        return
    if not infos:
        click.echo("no sources: `newsbrief add SOURCE` follows a feed, page, file or folder", err=True)
        return
    click.echo(f"{'id':>4}  {'kind':<6} {'articles':>8} {'unread':>6}  {'refreshed':<16}  title")
    for i in infos:
        # Feed titles and errors are strangers' words: one plain line each, nothing a terminal obeys.
        line = (f"{i.id:>4}  {i.kind:<6} {i.total:>8,} {i.unread:>6,}  {_when(i.last_checked):<16}  "
                f"{plain_title(i.title, 80)}")
        if i.last_error:
            line += f"  ! {clean_line(i.last_error, 200)}"
        click.echo(line)


def _source_dict(info: SourceInfo) -> dict[str, object]:
    return {"id": info.id, "title": plain_title(info.title, 300), "kind": info.kind,
            "location": clean_line(info.location, 4096), "category": clean_line(info.category) or None,
            "articles": info.total, "unread": info.unread, "last_refreshed": info.last_checked,
            "last_error": clean_line(info.last_error, 500) or None}


def _when(stamp: str | None) -> str:
    """A stored UTC time as the local day and minute; "never" for a source not refreshed yet."""
    if not stamp:
        return "never"
    import datetime as dt

    try:
        return dt.datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return clean_line(stamp, 16)


@click.command("list")
@click.option("--state", type=_STATE, default=None, help="all (default), inbox, unread, read, flagged, archived or saved.")
@click.option("--feed", default=None, help="Only this source (its id, URL, path or title: `newsbrief sources` lists them).")
@click.option("--search", default=None,
              help='Words to find in titles and bodies (OR, "a phrase" and -word work as in the reader; '
                   'so do title:word and source:word).')
@click.option("--tag", default=None, help="Only articles with this tag, in any case (the reader's t sets tags).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@pass_context
def list_command(ctx: Context, state: str | None, feed: str | None, search: str | None, tag: str | None,
                 fmt: str) -> None:
    """List articles, newest first."""
    lib, _config = _open(ctx)
    with lib:
        rows = _select(lib, state, feed, search, tag)
        empty = not rows and lib.is_empty()
    if fmt == "json":
        out = [
            {"id": r.id, "title": r.title, "feed": r.source_title, "url": r.url,
             "published": r.published, "state": r.state, "saved_path": r.saved_path}
            for r in rows
        ]
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    if empty:
        click.echo("the library is empty: `newsbrief add SOURCE` follows a feed, page, file or folder "
                   "(the reader, `newsbrief` alone, starts on sample articles)", err=True)
    elif not rows:
        click.echo("no articles match", err=True)
    for r in rows:
        date = (r.published or "")[:10]  # undated: blank, never the day we fetched it
        click.echo(
            f"{r.id}  {r.state:<8} {date:<10}  {fit_cells(clean_line(r.source_title, 60), 24)}  {clean_line(r.title, 100)}"
        )


@click.command("export")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder to write the briefs into.")
@click.option("--state", type=_STATE, default=None, help="all (default), inbox, unread, read, flagged, archived or saved.")
@click.option("--feed", default=None, help="Only this source (its id, URL, path or title: `newsbrief sources` lists them).")
@click.option("--search", default=None,
              help='Words to find in titles and bodies (OR, "a phrase" and -word work as in the reader; '
                   'so do title:word and source:word).')
@click.option("--tag", default=None, help="Only articles with this tag, in any case.")
@click.option("--format", "fmt", type=click.Choice(["md", "json", "both"]), default="both")
@pass_context
def export_command(
    ctx: Context, out_dir: Path, state: str | None, feed: str | None, search: str | None, tag: str | None,
    fmt: str,
) -> None:
    """Write the brief of every matching article (all by default) under DIR."""
    try:  # the folder once, not once per article: a folder that cannot be made fails every save
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        fail(f"{out_dir}: cannot make the folder to export into ({exc.strerror or exc})")
    lib, _config = _open(ctx)
    written = 0
    failed = 0
    with lib:
        rows = _select(lib, state, feed, search, tag)
        for n, row in enumerate(rows):
            try:
                brief = lib.brief(row.id)
                _export_one(brief, out_dir, fmt, row.state, lib.tags(row.id))
                written += 1
            except FolderNotWritable as exc:
                # The folder, not this brief (read-only, full): the rest would fail alike. One line.
                failed += len(rows) - n
                warn(f"{exc.there()}: exported {written} of {len(rows)}")
                break
            except NewsbriefError as exc:
                warn(str(exc))
                failed += 1
        else:
            say(f"exported {written} brief{'' if written == 1 else 's'} to {out_dir}", err=True)
    if failed:
        sys.exit(EXIT_USAGE if not written else EXIT_PARTIAL)


_EXPORT_FORMATS = {"md": ("md",), "json": ("json",), "both": ("md", "json")}


def _export_one(brief: Brief, out_dir: Path, fmt: str, state: str, tags: tuple[str, ...] = ()) -> Path:
    from ..export.save import save_brief

    return save_brief(brief, out_dir, state=state, tags=tags, formats=_EXPORT_FORMATS[fmt])


@click.command("import-opml")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@pass_context
def import_opml_command(ctx: Context, file: Path) -> None:
    """Follow every feed listed in an OPML FILE (folders become categories)."""
    from ..refresh import follow_opml, read_opml

    feeds = read_opml(file)  # a file that is not OPML makes no library
    lib, _config = _open(ctx)
    with lib:
        imported = follow_opml(lib, *feeds)
    say(
        f"imported {imported.added} feeds from {file} ({imported.already} already followed); "
        "run `newsbrief refresh` to fetch them",
        err=True,
    )


@click.command("export-opml")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path), required=False)
@pass_context
def export_opml_command(ctx: Context, file: Path | None) -> None:
    """Write the followed feeds as OPML 2.0 to FILE (or stdout)."""
    from ..export.subscriptions import export_opml, opml_of

    lib, _config = _open(ctx)
    with lib:
        if file is None:
            click.echo(opml_of(lib)[0].decode("utf-8"), nl=False)
            return
        export_opml(lib, file)  # a file that cannot be written: one line, exit 2 (SaveError)
    say(f"wrote {file}", err=True)


# -- stories, agenda, digest (branch `stories`) ---------------------------------------------


def _json_lines(items: list) -> str:
    """A JSON array with one item per line: readable, and written by the C encoder (an indented
    dump of 20,000 sources took 0.6 s in Python's)."""
    if not items:
        return "[]"
    return "[\n" + ",\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n]"


def _index(lib: Library) -> None:
    """Cluster and index what arrived since the last call; on a big first run, say how far."""
    from ..stories.index import update_index

    tty = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if tty and total > 200:
            click.echo(f"\rindexing stories and next steps: {done}/{total}", err=True,
                       nl=done == total)

    update_index(lib, progress)


def _since(text: str | None):
    if text is None:
        return None
    from ..stories.clusters import parse_since

    try:
        return parse_since(text)
    except ValueError as exc:
        fail(str(exc))


@click.command("stories")
@click.option("--since", default=None, help="Only stories with an article newer than this (24h, 7d, 2w, 3mo, 1y, or a date: 2023-06-19, 2023-06, 2023).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@pass_context
def stories_command(ctx: Context, since: str | None, fmt: str) -> None:
    """The library's articles grouped into stories: one event, however many sources."""
    after = _since(since)
    lib, _config = _open(ctx)
    with lib:
        from ..stories.clusters import list_stories

        _index(lib)
        stories = list_stories(lib, since=after, update=False)
    if fmt == "json":
        click.echo(_json_lines([s.to_dict() for s in stories]))
        return
    if not stories:
        click.echo("no stories", err=True)
    for s in stories:
        sources = f"{s.sources} source{'s' if s.sources != 1 else ''}"
        click.echo(f"{s.id}  {(s.newest or '')[:10]:<10}  {sources:<10}  {clean_line(s.title, 100)}")


def _day(text: str | None, option: str):
    if text is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        fail(f"{option}: not a date {clean_line(text, 40)!r} (use YYYY-MM-DD)")


_UNDATED = {"FUTURE_REF": "later", "PRESENT_REF": "now", "PAST_REF": "before"}


@click.command("agenda")
@click.option("--from", "start", default=None, help="First day (YYYY-MM-DD).")
@click.option("--to", "end", default=None, help="Last day (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "ics"]), default="table")
@pass_context
def agenda_command(ctx: Context, start: str | None, end: str | None, fmt: str) -> None:
    """Every next step in the library, by date (undated ones last), each step once."""
    first, last = _day(start, "--from"), _day(end, "--to")
    if first is not None and last is not None and first > last:  # else: an empty agenda, said as none
        fail(f"--from {first} is after --to {last}: no day lies between them")
    lib, _config = _open(ctx)
    with lib:
        from ..export.ics import agenda_ics
        from ..stories.agenda import agenda_items

        _index(lib)
        items = agenda_items(lib, first, last, update=False)
    if fmt == "json":
        click.echo(_json_lines([i.to_dict() for i in items]))
        return
    if fmt == "ics":
        sys.stdout.buffer.write(agenda_ics(items))
        sys.stdout.flush()
        return
    if not items:
        click.echo("no next steps", err=True)
    for i in items:
        date = i.date if i.days is not None else _UNDATED.get(i.date or "", "no date")
        who = f" — {clean_line(', '.join(i.who), 60)}" if i.who else ""
        n = len(i.sources)
        click.echo(f"{date:<16}  {clean_line(i.text, 120)}{who} — {n} source{'s' if n != 1 else ''}")


@click.command("digest")
@click.option("--since", default="24h", show_default=True,
              help="Stories with an article newer than this (24h, 7d, 2w, 3mo, 1y, or a date: 2023-06-19, 2023-06, 2023).")
@click.option("--view", type=click.Choice(["inbox", "flagged", "all"]), default="inbox", show_default=True)
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to FILE.md or FILE.html (default: Markdown on stdout).")
@pass_context
def digest_command(ctx: Context, since: str, view: str, out: Path | None) -> None:
    """The morning briefing: top stories with their briefs, then the next 14 days' agenda."""
    if out is not None and out.suffix.lower() not in _DIGEST_SUFFIXES:
        # Said before any work: `--out brief.pdf` must not leave Markdown under a PDF's name.
        fail(f"{out}: the digest is written as Markdown (.md) or HTML (.html), not {out.suffix}"
             " (a browser prints the HTML page to PDF)")
    after = _since(since)
    lib, _config = _open(ctx)
    with lib:
        from ..export.digest import digest_markdown, make_digest, write_digest

        _index(lib)
        if out is None:
            click.echo(digest_markdown(make_digest(lib, since=after, view=view)), nl=False)
            return
        path = write_digest(lib, out, since=after, view=view)
    say(f"wrote {path}", err=True)


# Markdown for these (and a name with no suffix), HTML for .html/.htm: anything else is refused.
_DIGEST_SUFFIXES = ("", ".md", ".markdown", ".txt", ".html", ".htm")


# The commands this module adds to the `newsbrief` group (see `briefs.cli`).
COMMANDS = (
    add_command,
    remove_command,
    rename_command,
    sources_command,
    refresh_command,
    list_command,
    export_command,
    import_opml_command,
    export_opml_command,
    stories_command,
    agenda_command,
    digest_command,
)
