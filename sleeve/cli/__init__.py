"""The `sleeve` command line.

Each command's module is imported only when that command runs (or when help lists
it): `sleeve keys create` loads the database layer, not the art engine or the web
stack, so an operator's command answers in about half the time.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import typer
from typer.core import TyperGroup

from sleeve.core.settings import BadSettings

# command name -> (module, attribute): a Typer sub-app (a group of commands) or a
# command function, in the order `sleeve --help` lists them
COMMANDS: dict[str, tuple[str, str]] = {
    "serve": ("sleeve.cli.run", "serve_command"),
    "worker": ("sleeve.cli.run", "worker_command"),
    "migrate": ("sleeve.cli.admin", "migrate_command"),
    "demo-key": ("sleeve.cli.run", "demo_key_command"),
    "sweep": ("sleeve.cli.admin", "sweep_command"),
    "keys": ("sleeve.cli.admin", "keys_app"),
    "credits": ("sleeve.cli.admin", "credits_app"),
    "music": ("sleeve.cli.music", "music_app"),
    "maintenance": ("sleeve.cli.admin", "maintenance_app"),
    "render": ("sleeve.cli.render", "render_command"),
}


class LazyCommands(TyperGroup):
    """A command group that imports a command's module the first time it is asked for."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in COMMANDS:
            return None
        module, attribute = COMMANDS[cmd_name]
        target = getattr(importlib.import_module(module), attribute)
        holder = typer.Typer(callback=_holder)  # a group, so one command is not its root
        if isinstance(target, typer.Typer):
            holder.add_typer(target, name=cmd_name)
        else:
            holder.command(cmd_name)(target)
        return typer.main.get_command(holder).commands[cmd_name]  # type: ignore[attr-defined]


def _holder() -> None:
    """Holds one lazily loaded command."""


app = typer.Typer(cls=LazyCommands, no_args_is_help=True, pretty_exceptions_show_locals=False)


@app.callback()
def sleeve_commands() -> None:
    """Sleeve: cover art for generated music."""


def main() -> None:
    """Entry point of the `sleeve` console script; a bad setting exits with code 2."""
    try:
        app()
    except BadSettings as exc:
        from sleeve.cli.run import report_bad_settings

        report_bad_settings(exc)
        sys.exit(2)
