"""The `sleeve` command line."""

from __future__ import annotations

import typer

app = typer.Typer(help="Sleeve: cover art for generated music.", no_args_is_help=True)

# engine commands (registered below this line)


def main() -> None:
    """Entry point of the `sleeve` console script."""
    app()
