"""Operator commands: migrate, keys, credits, maintenance."""

from __future__ import annotations

import json
from datetime import datetime

import typer
from rich.console import Console
from rich.table import Table

from sleeve.accounts.keys import (
    account_by_name,
    create_key,
    list_keys,
    revoke_key,
    rotate_intake_token,
    rotate_key,
    rotate_webhook_secret,
)
from sleeve.accounts.ledger import add_entry, balance, ledger_sum, recent_entries
from sleeve.core.errors import SleeveError
from sleeve.db.migrate import upgrade
from sleeve.db.models import LedgerKind
from sleeve.db.session import get_engine, read_session, write_session
from sleeve.ops.maintenance import set_maintenance

console = Console()
keys_app = typer.Typer(help="Create, list and revoke API keys.", no_args_is_help=True)
credits_app = typer.Typer(help="Grant and inspect credits.", no_args_is_help=True)
maintenance_app = typer.Typer(help="Switch maintenance mode.", no_args_is_help=True)


def fail(message: str) -> None:
    """Print a clear error and exit non-zero, without a traceback."""
    console.print(f"[red]error:[/red] {message}")
    raise typer.Exit(1)


def migrate_command() -> None:
    """Create or upgrade the database schema (run before starting servers)."""
    upgrade(get_engine())
    console.print("database is up to date")


def sweep_command(
    at: datetime = typer.Option(None, "--at", help="Sweep as if it were this UTC time."),
) -> None:
    """Delete image and audio files past their retention time (a periodic sweep also
    runs in workers)."""
    from sleeve.ops.retention import sweep_expired

    result = sweep_expired(now=at)
    console.print(
        f"deleted {result.deleted} expired files, {result.audio} of them audio "
        f"({result.failed} failed)"
    )


@keys_app.command("create")
def keys_create(
    name: str = typer.Option(..., "--name", help="A unique name for the key."),
    credits: int = typer.Option(0, "--credits", min=0, help="Credits to grant the account."),
    account: str = typer.Option(None, "--account", help="Existing account (default: NAME)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Create an API key; the key is shown only now, on the last line."""
    try:
        with write_session() as session:
            created = create_key(session=session, name=name, account=account, credits=credits)
    except SleeveError as exc:
        fail(exc.msg)
    if as_json:
        print(
            json.dumps(
                {
                    "key": created.key,
                    "name": created.name,
                    "account": created.account,
                    "webhook_secret": created.webhook_secret,
                    "intake_token": created.intake_token,
                }
            )
        )
        return
    console.print(f"account {created.account}; webhook signing secret {created.webhook_secret}")
    console.print("store this key now, it is not shown again:")
    print(created.key)


@keys_app.command("list")
def keys_list(
    as_json: bool = typer.Option(False, "--json", help="One JSON object per key."),
) -> None:
    """List keys (never in clear) with their account and state."""
    table = Table("name", "account", "prefix", "created", "last used", "state")
    with read_session() as session:
        for key, account in list_keys(session=session):
            if as_json:
                print(
                    json.dumps(
                        {
                            "name": key.name,
                            "account": account.name,
                            "prefix": key.prefix,
                            "created_at": str(key.created_at),
                            "revoked": key.revoked_at is not None,
                            "last_used_at": str(key.last_used_at) if key.last_used_at else None,
                        }
                    )
                )
                continue
            state = "revoked" if key.revoked_at else "active"
            table.add_row(
                key.name,
                account.name,
                key.prefix + "…",
                str(key.created_at)[:19],
                str(key.last_used_at or "never")[:19],
                state,
            )
    console.print(table)


@keys_app.command("revoke")
def keys_revoke(name: str = typer.Argument(..., help="The key's name.")) -> None:
    """Revoke a key; its account and tasks stay, its intake URL gets a new token."""
    try:
        with write_session() as session:
            revoke_key(session=session, name=name)
    except SleeveError as exc:
        fail(exc.msg)
    console.print(f"key {name} revoked")


@keys_app.command("rotate")
def keys_rotate(
    name: str = typer.Argument(..., help="The key's name."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Replace a key: the old one stops working, the account keeps its tasks."""
    try:
        with write_session() as session:
            created = rotate_key(session=session, name=name)
    except SleeveError as exc:
        fail(exc.msg)
    if as_json:
        fields = ("key", "name", "account", "intake_token")
        print(json.dumps({field: getattr(created, field) for field in fields}))
        return
    console.print("store this key now, it is not shown again:")
    print(created.key)


@keys_app.command("rotate-secret")
def keys_rotate_secret(name: str = typer.Argument(..., help="Key or account name.")) -> None:
    """Give the account a new webhook signing secret (used from the next callback on)."""
    try:
        with write_session() as session:
            secret = rotate_webhook_secret(session=session, name=name)
    except SleeveError as exc:
        fail(exc.msg)
    print(secret)


@keys_app.command("rotate-intake")
def keys_rotate_intake(name: str = typer.Argument(..., help="Key or account name.")) -> None:
    """Give the account a new intake URL token; the old intake URL stops working."""
    try:
        with write_session() as session:
            token = rotate_intake_token(session=session, name=name)
    except SleeveError as exc:
        fail(exc.msg)
    print(token)


@credits_app.command("add")
def credits_add(
    name: str = typer.Argument(..., help="Account or key name."),
    amount: int = typer.Argument(..., help="Credits to add (negative to remove)."),
) -> None:
    """Grant credits to an account (a ledger row)."""
    try:
        with write_session() as session:
            account = account_by_name(session=session, name=name)
            add_entry(
                session=session,
                account_id=account.id,
                amount=amount,
                kind=LedgerKind.GRANT,
                note="sleeve credits add",
            )
            account_id = account.id
        with read_session() as session:
            console.print(f"balance of {name}: {balance(session=session, account_id=account_id)}")
    except SleeveError as exc:
        fail(exc.msg)


@credits_app.command("show")
def credits_show(name: str = typer.Argument(..., help="Account or key name.")) -> None:
    """Show an account's balance and recent ledger rows."""
    try:
        with read_session() as session:
            account = account_by_name(session=session, name=name)
            console.print(
                f"balance: {account.balance} (ledger sum "
                f"{ledger_sum(session=session, account_id=account.id)})"
            )
            table = Table("when", "kind", "amount", "cover task", "note")
            for row in recent_entries(session=session, account_id=account.id):
                table.add_row(
                    str(row.created_at)[:19],
                    row.kind,
                    str(row.amount),
                    row.cover_task_id or "",
                    row.note,
                )
            console.print(table)
    except SleeveError as exc:
        fail(exc.msg)


@maintenance_app.command("on")
def maintenance_on_command(
    retry_after: int = typer.Option(300, "--retry-after", min=1, help="Seconds for Retry-After."),
) -> None:
    """Answer every /api/ call with 455 and start no new work; accepted tasks are kept."""
    with write_session() as session:
        set_maintenance(session=session, on=True, retry_after_s=retry_after)
    console.print("maintenance is on")


@maintenance_app.command("off")
def maintenance_off_command() -> None:
    """Resume normal service; kept tasks continue."""
    with write_session() as session:
        set_maintenance(session=session, on=False)
    console.print("maintenance is off")
