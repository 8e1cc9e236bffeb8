"""The `newsbrief` command line: a thin caller of the briefs API.

The group is built by `build_cli(open_app)`: `briefs` never imports the TUI, so
the console script lives in `tui.cli`, which passes the function that opens the
app when `newsbrief` is run with no command. The commands are defined in `brief`
and `library` and added to the group here; what they share is in `common`.
"""

from __future__ import annotations

from collections.abc import Callable

import click

from ..paths import Home, resolve_home
from .brief import brief_command
from .common import Context, Group, show_warnings
from .library import COMMANDS as LIBRARY_COMMANDS


@click.group(cls=Group, invoke_without_command=True)
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
    if ctx.invoked_subcommand is not None:
        show_warnings(ctx)
    elif open_app is None:
        click.echo(ctx.get_help())
    else:
        open_app(ctx.obj.home)


def build_cli(open_app: Callable[[Home], None] | None = None) -> Callable[..., None]:
    """The entry point: `open_app(home)` runs when no command is given."""

    def main(argv: list[str] | None = None) -> None:
        cli.main(args=argv, prog_name="newsbrief", obj={"open_app": open_app})

    return main


main = build_cli(None)


for _command in (brief_command, *LIBRARY_COMMANDS):
    cli.add_command(_command)


__all__ = ["build_cli", "cli", "main"]
