"""The `newsbrief` command line: a thin caller of the briefs API.

The group is built by `build_cli(open_app)`: `briefs` never imports the TUI, so
the console script lives in `tui.cli`, which passes the function that opens the
app when `newsbrief` is run with no command. Commands are registered on
`cli` by the modules that define them (see the imports at the bottom).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

import click

from .errors import NewsbriefError
from .paths import Home, resolve_home

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2


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


def warn(message: str) -> None:
    click.echo(f"newsbrief: {_one_line(message)}", err=True)


def _one_line(message: str) -> str:
    return " ".join(str(message).split())


class _Group(click.Group):
    """Turns our own errors into one line and exit code 2 wherever they escape."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except NewsbriefError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            fail("interrupted", 130)


@click.group(cls=_Group, invoke_without_command=True)
@click.option(
    "--home",
    "home_arg",
    type=click.Path(file_okay=False),
    envvar="NEWSBRIEF_HOME",
    help="Keep config, library and saved briefs under DIR (or set NEWSBRIEF_HOME).",
)
@click.version_option(package_name="newsbrief")
@click.pass_context
def cli(ctx: click.Context, home_arg: str | None) -> None:
    """newsbrief: news feeds, pages and files condensed into briefs.

    With no command, opens the reader on your library (first run: the bundled seeds).
    """
    open_app = ctx.obj.get("open_app") if isinstance(ctx.obj, dict) else None
    ctx.obj = Context(home=resolve_home(home_arg), home_arg=home_arg)
    if ctx.invoked_subcommand is None:
        if open_app is None:
            click.echo(ctx.get_help())
            return
        open_app(ctx.obj.home)


def build_cli(open_app: Callable[[Home], None] | None = None) -> Callable[..., None]:
    """The entry point: `open_app(home)` runs when no command is given."""

    def main(argv: list[str] | None = None) -> None:
        cli.main(args=argv, prog_name="newsbrief", obj={"open_app": open_app})

    return main


main = build_cli(None)


# Commands register themselves on `cli` when imported.
from . import cli_brief  # noqa: E402,F401  (brief)

from . import cli_library  # noqa: E402,F401  # isort: skip  (add, remove, refresh, list, export, opml)
