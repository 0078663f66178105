"""Process commands: serve (API + embedded workers), worker, demo-key.

`serve` migrates the embedded SQLite database itself; both refuse a PostgreSQL
database that `sleeve migrate` has not brought up to date. Both check every
setting first and stop with exit code 2 on a bad one."""

from __future__ import annotations

import json
import os
import signal
import threading

import structlog
import typer
from rich.console import Console

from sleeve.core.logging import configure_logging
from sleeve.core.settings import BadSettings, Settings, get_settings, load_settings

console = Console(stderr=True)
log = structlog.get_logger()


def report_bad_settings(exc: BadSettings) -> None:
    """Print what is wrong with the settings, one variable per line."""
    console.print(f"[red]error:[/red] bad settings\n{exc}", highlight=False, soft_wrap=True)


def _settings_or_exit() -> Settings:
    """The checked settings; exit code 2 with one line per bad variable otherwise."""
    try:
        return load_settings()
    except BadSettings as exc:
        report_bad_settings(exc)
        raise typer.Exit(2) from exc


def _prepare_database(settings: Settings, *, migrate_sqlite: bool) -> None:
    """Migrate the embedded SQLite database when asked; otherwise refuse an unmigrated
    one (PostgreSQL is migrated once, by `sleeve migrate`, before the processes)."""
    from sleeve.db.migrate import DatabaseNotMigrated, current_revision, require_migrated, upgrade
    from sleeve.db.session import get_engine

    engine = get_engine()
    if migrate_sqlite and settings.resolved_database_url.startswith("sqlite"):
        before = current_revision(engine)
        upgrade(engine)
        after = current_revision(engine)
        if before != after:
            log.info("database_migrated", database="sqlite", was=before, now=after)
    try:
        require_migrated(engine)
    except DatabaseNotMigrated as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc


def serve_command(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    workers: bool = typer.Option(
        True, "--workers/--no-workers", help="Run render and callback workers in this process."
    ),
) -> None:
    """Start the HTTP API (with embedded workers unless --no-workers)."""
    from sleeve.api.app import create_app  # the web stack loads only for this command
    from sleeve.api.http_server import serve

    os.environ.setdefault("SLEEVE_PUBLIC_URL", f"http://{host}:{port}")
    settings = _settings_or_exit()
    configure_logging()
    _prepare_database(settings, migrate_sqlite=True)
    app = create_app(settings=settings, embedded_workers=workers)
    serve(app, host=host, port=port, settings=settings)


def worker_command(
    concurrency: int = typer.Option(
        None, "--concurrency", min=1, help="Worker threads (default SLEEVE_WORKERS)."
    ),
) -> None:
    """Run render and callback workers only (no HTTP). Stops gracefully on SIGTERM.
    Worker threads: renders run in render processes, so the threads only wait on them
    and on the network, and one stop hook stops every render of this process."""
    from sleeve.api.background import make_workers
    from sleeve.covers import render_process

    settings = _settings_or_exit()
    configure_logging()
    _prepare_database(settings, migrate_sqlite=False)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    runner = make_workers(settings=settings, concurrency=concurrency)
    runner.start()
    render_process.warm_up()
    stop.wait()
    runner.stop()


def demo_key_command() -> None:
    """Create the demo key (with credits and a demo track) once; print how to call Sleeve."""
    from sleeve.accounts.keys import create_key
    from sleeve.db.session import write_session
    from sleeve.music.fields import MusicFields
    from sleeve.music.service import register_music

    settings = get_settings()
    path = settings.data_dir / "demo-key.json"
    if not path.exists():
        with write_session() as session:
            created = create_key(session=session, name="demo", credits=100)
            music = register_music(
                session=session,
                account_id=_account_id(session, "demo"),
                fields=MusicFields(
                    title="Neon Harbor",
                    tags="synthwave, night drive, 80s",
                    prompt="City lights on the water, we drive until the dawn",
                ),
            )
            demo = {
                "key": created.key,
                "webhook_secret": created.webhook_secret,
                "music_task": music.task_id,
            }
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(demo))
        path.chmod(0o600)
    demo = json.loads(path.read_text())
    base = os.environ.get("SLEEVE_PUBLIC_URL", "http://127.0.0.1:8000").rstrip("/")
    auth = f"-H 'Authorization: Bearer {demo['key']}'"
    print(f"""
Sleeve demo key: {demo["key"]}   (webhook secret {demo["webhook_secret"]})
Demo music task: {demo["music_task"]}

  curl -s {base}/api/v1/suno/cover/generate {auth} -H 'Content-Type: application/json' \\
    -d '{{"taskId": "{demo["music_task"]}", "callBackUrl": "https://example.com/callback"}}'
  curl -s '{base}/api/v1/suno/cover/record-info?taskId=<taskId from above>' {auth}

Register your own track: .venv/bin/sleeve music add --key demo --title "My Song" --tags "lofi"
API docs: {base}/docs
Studio, signed in (the #key fragment never leaves the browser): {base}/studio#key={demo["key"]}
""")


def _account_id(session, key_name: str) -> int:  # type: ignore[no-untyped-def]
    from sleeve.accounts.keys import account_by_name

    return account_by_name(session=session, name=key_name).id
