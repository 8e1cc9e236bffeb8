"""What every command shares: the context (the folders to use), the exit codes, `fail`
and `warn` (one line on stderr), and the group class that turns our errors into one line."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass

import click

from ..errors import NewsbriefError
from ..paths import Home
from ..safety import clean_line

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2

_MESSAGE_MAX = 2000


@dataclass
class Context:
    """What every command gets: the folders to use."""

    home: Home
    home_arg: str | None


pass_context = click.make_pass_decorator(Context)


def fail(message: str, code: int = EXIT_USAGE) -> None:
    """One line on stderr, then exit with `code`. Never a traceback."""
    click.echo(f"newsbrief: {_one_line(message)}", err=True)
    sys.exit(code)


def say(message: str, *, err: bool = False) -> None:
    """A report line (what was added, written, renamed): one line, nothing in it a terminal obeys."""
    click.echo(_one_line(message), err=err)


def warn(message: str) -> None:
    click.echo(f"newsbrief: {_one_line(message)}", err=True)


def _one_line(message: object) -> str:
    """The message on one line with no escape sequence or control character: error messages
    carry file names, URLs and feed titles, which may hold anything."""
    return clean_line(str(message), _MESSAGE_MAX)


class _WarningLines(logging.Handler):
    """The library's warnings (a file skipped in a folder, outlines skipped in an OPML) as our
    own lines on the current stderr: `newsbrief: ` and one line with nothing a terminal obeys."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            warn(record.getMessage())
        except Exception:  # a warning must never end the command
            self.handleError(record)


def show_warnings(ctx: click.Context) -> None:
    """Send the `briefs` loggers' warnings to stderr as `warn` lines while the command runs.
    Only for the commands: the reader owns the terminal and logs to a file."""
    logger = logging.getLogger("briefs")
    handler = _WarningLines(logging.WARNING)
    logger.addHandler(handler)
    ctx.call_on_close(lambda: logger.removeHandler(handler))


def output_closed() -> None:
    """What reads our output has stopped reading (`newsbrief list | head -1`): end quietly,
    as Python's signal docs advise for BrokenPipeError: what is still buffered goes to devnull
    (flushing it at exit would fail again), no traceback, no line. Exit 0: the reader chose to
    stop; 1 would say that some source failed."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file behind stdout (a test's runner): nothing to flush
        pass
    sys.exit(EXIT_OK)


class Group(click.Group):
    """Turns our own errors into one line and exit code 2 wherever they escape, and a closed
    output pipe into a quiet end (`output_closed`)."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            try:
                return super().invoke(ctx)
            finally:
                sys.stdout.flush()  # here, inside the try: a closed pipe shows now, not at exit
        except BrokenPipeError:
            output_closed()
        except NewsbriefError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            fail("interrupted", 130)


__all__ = ["EXIT_OK", "EXIT_PARTIAL", "EXIT_USAGE", "Context", "Group", "fail", "pass_context", "say", "show_warnings", "warn"]
