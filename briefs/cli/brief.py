"""`newsbrief brief`: brief files, folders, stdin or URLs; print them or save them to disk."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import FolderNotWritable, NewsbriefError, SourceError
from ..paths import Home
from ..safety import clean_line
from .common import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, Context, pass_context, warn

if TYPE_CHECKING:
    from ..model import Article

log = logging.getLogger(__name__)


@click.command("brief")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL|-...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "json", "jsonl"]),
    default="md",
    show_default=True,
    help="md: the Markdown brief. json: the brief object (a JSON array when several "
    "inputs or a folder are given). jsonl: one object per line, per article.",
)
@click.option(
    "--save",
    is_flag=True,
    help="Write each brief as YYYY-MM-DD-<slug>.md and .json into your briefs folder "
    "(config `briefs_dir`) and print the paths written.",
)
@click.option(
    "--save-to",
    "save_to",
    type=click.Path(file_okay=False, dir_okay=True, path_type=str),
    default=None,
    metavar="DIR",
    help="Save as --save does, into DIR (created if missing; never an existing file).",
)
@pass_context
def brief_command(
    ctx: Context, inputs: tuple[str, ...], fmt: str, save: bool, save_to: str | None
) -> None:
    """Brief articles: text or Markdown files, web pages (.html), folders of them
    (recursive), page URLs, or - for stdin.

    Exit status: 0 when every input was briefed, 1 when some failed (the others
    are still briefed), 2 when none could be.
    """
    # Imported here: the other commands (refresh, list…) never load the engine or readability.
    from ..engine import brief_article
    from ..export.render import brief_to_markdown
    from ..export.save import save_brief
    from ..sources.files import printable_path

    if inputs.count("-") > 1:
        raise click.UsageError("stdin (-) can be given only once")
    # `--save` takes no value and `--save-to` names only a folder: no input can be read as one.
    target = _save_folder(ctx.home, save_to) if save or save_to is not None else None
    as_array = fmt == "json" and (len(inputs) > 1 or any(_is_folder(i) for i in inputs))

    done = 0
    failed = 0
    collected: list[dict] = []
    for label, result in _articles(inputs, ctx.home):
        if isinstance(result, NewsbriefError):
            failed += 1
            warn(_line(str(result)))
            continue
        try:
            brief = brief_article(result)
        except Exception as exc:  # an engine bug must not hide the other inputs' briefs
            log.debug("engine failed on %s", label, exc_info=True)
            failed += 1
            warn(_line(f"{label}: could not brief this article ({type(exc).__name__}: {exc})"))
            continue
        if target is not None:
            try:
                md_path = save_brief(brief, target)
            except FolderNotWritable as exc:
                # The folder, not this brief: every later input would fail alike. Said once.
                failed += 1
                warn(_line(f"{exc.there()}; stopped"
                           if len(inputs) > 1 or _is_folder(inputs[0]) else str(exc)))
                break
            except NewsbriefError as exc:
                failed += 1
                warn(_line(str(exc)))
                continue
            click.echo(printable_path(md_path))
            click.echo(printable_path(md_path.with_suffix(".json")))
        elif fmt == "md":
            if done:
                click.echo("")
            click.echo(brief_to_markdown(brief), nl=False)
        elif fmt == "jsonl":
            click.echo(json.dumps(brief.to_dict(), ensure_ascii=False))
        else:
            collected.append(brief.to_dict())
        done += 1

    if target is None and fmt == "json" and done:
        data = collected if as_array else collected[0]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    code = EXIT_OK if not failed else EXIT_PARTIAL if done else EXIT_USAGE
    click.get_current_context().exit(code)


def _is_folder(value: str) -> bool:
    from ..sources.files import is_folder
    from ..sources.pages import is_url

    return value != "-" and not is_url(value) and is_folder(value)


def _articles(
    inputs: tuple[str, ...], home: Home
) -> Iterator[tuple[str, Article | NewsbriefError]]:
    """Each input's articles in order, or the error that input met (named in the message).
    URLs are fetched with the configured user agent, timeouts and size limit."""
    from ..config import load_config
    from ..sources.files import (
        MAX_FILE_BYTES,
        article_files,
        is_folder,
        load_bytes,
        load_file,
        printable_path,
    )
    from ..sources.pages import fetch_page, is_url

    for value in inputs:
        if value == "-":
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                yield "-", SourceError(f"-: stdin is larger than {MAX_FILE_BYTES} bytes")
                continue
            try:
                yield "-", load_bytes(data, source="-")
            except NewsbriefError as exc:
                yield "-", exc
        elif is_url(value):
            try:
                yield value, fetch_page(value, config=load_config(home))
            except NewsbriefError as exc:
                yield value, exc
        elif is_folder(value):
            try:
                files = article_files(value)
            except NewsbriefError as exc:
                yield value, exc
                continue
            if not files:
                yield value, SourceError(
                    f"{printable_path(value)}: no articles in this folder (.txt, .md, .html or .htm files)"
                )
            for file in files:
                try:
                    yield printable_path(file), load_file(file)
                except NewsbriefError as exc:
                    yield printable_path(file), exc
        else:
            try:
                yield value, load_file(value)
            except NewsbriefError as exc:
                yield value, exc


def _line(message: str) -> str:
    """One printable line: no control characters, no undecodable file-name bytes."""
    return clean_line(message.encode("utf-8", "replace").decode("utf-8"), 500)


def _save_folder(home: Home, save_dir: str | None) -> Path:
    """DIR if given, else the config's briefs folder, else the home's."""
    if save_dir:
        return Path(save_dir).expanduser()
    try:
        from ..config import load_config  # the config module may not exist in every build
    except ImportError:
        return home.briefs_dir
    folder = getattr(load_config(home), "briefs_dir", None)
    return Path(folder) if folder else home.briefs_dir
