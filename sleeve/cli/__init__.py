"""The `sleeve` command line."""

from __future__ import annotations

import sys

import typer

from sleeve.core.settings import BadSettings

app = typer.Typer(
    help="Sleeve: cover art for generated music.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)

from sleeve.cli.admin import (  # noqa: E402
    credits_app,
    keys_app,
    maintenance_app,
    migrate_command,
    sweep_command,
)
from sleeve.cli.music import music_app  # noqa: E402
from sleeve.cli.run import (  # noqa: E402
    demo_key_command,
    report_bad_settings,
    serve_command,
    worker_command,
)

app.command("serve")(serve_command)
app.command("worker")(worker_command)
app.command("migrate")(migrate_command)
app.command("demo-key")(demo_key_command)
app.command("sweep")(sweep_command)
app.add_typer(keys_app, name="keys")
app.add_typer(credits_app, name="credits")
app.add_typer(music_app, name="music")
app.add_typer(maintenance_app, name="maintenance")

# engine commands (registered below this line)
from sleeve.cli.render import render_command  # noqa: E402

app.command("render")(render_command)


def main() -> None:
    """Entry point of the `sleeve` console script; a bad setting exits with code 2."""
    try:
        app()
    except BadSettings as exc:
        report_bad_settings(exc)
        sys.exit(2)
