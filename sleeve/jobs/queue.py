"""The Huey transport: carries row ids only; the database rows stay the truth."""

from __future__ import annotations

import os
import queue
import threading
from pathlib import Path
from urllib.parse import urlparse

import structlog
from huey import Huey, RedisHuey, SqliteHuey

from sleeve.core.settings import Settings, get_settings

_lock = threading.Lock()
_huey: Huey | None = None
_tasks: dict[str, object] = {}
_outbox: queue.SimpleQueue[tuple[str, object, float | None]] = queue.SimpleQueue()
_outbox_pid: int | None = None
log = structlog.get_logger()


def make_huey(url: str, name: str = "sleeve") -> Huey:
    """A Huey instance for a queue URL: sqlite:///path or redis://host:port/db."""
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        path = Path(parsed.path)
        path.parent.mkdir(parents=True, exist_ok=True)
        return SqliteHuey(name=name, filename=str(path), results=False, timeout=30)
    if parsed.scheme in ("redis", "rediss"):
        return RedisHuey(name=name, url=url, results=False, blocking=True, read_timeout=1)
    raise ValueError(f"unsupported SLEEVE_QUEUE_URL scheme {parsed.scheme!r}")


def get_huey(settings: Settings | None = None) -> Huey:
    """The process-wide Huey with Sleeve's tasks registered."""
    global _huey
    with _lock:
        if _huey is None:
            from sleeve.jobs import tasks

            settings = settings or get_settings()
            huey = make_huey(settings.resolved_queue_url, settings.queue_name)
            _tasks["render"] = huey.task(name="render_cover")(tasks.render_cover)
            _tasks["deliver"] = huey.task(name="deliver_callback")(tasks.deliver_callback)
            _tasks["audio"] = huey.task(name="fetch_audio")(tasks.fetch_audio)
            _huey = huey
        return _huey


def enqueue_render(cover_id: str, delay_s: float | None = None) -> None:
    """Queue the render of a cover task (now or after a delay)."""
    _send("render", cover_id, delay_s)


def enqueue_delivery(delivery_id: int, delay_s: float | None = None) -> None:
    """Queue a callback delivery attempt (now or after a delay)."""
    _send("deliver", delivery_id, delay_s)


def enqueue_audio_fetch(music_id: int) -> None:
    """Queue the download of a music task's audio."""
    _send("audio", music_id, None)


def _send(kind: str, row_id: object, delay_s: float | None) -> None:
    """Hand a message to this process's sender thread; requests never wait on the
    transport. A message lost in a crash is re-queued by the reconciler (the row is
    the truth), so this is safe."""
    global _outbox_pid
    with _lock:
        if _outbox_pid != os.getpid():
            _outbox_pid = os.getpid()
            threading.Thread(target=_drain_outbox, name="enqueuer", daemon=True).start()
    _outbox.put((kind, row_id, delay_s))


def _drain_outbox() -> None:
    while True:
        kind, row_id, delay_s = _outbox.get()
        try:
            send_now(kind, row_id, delay_s)
        except Exception as exc:  # the reconciler re-queues what could not be sent
            log.warning("enqueue_failed", kind=kind, row=str(row_id), error=str(exc))


def send_now(kind: str, row_id: object, delay_s: float | None) -> None:
    """Put a message on the transport, in the calling thread."""
    get_huey()
    task = _tasks[kind]
    if delay_s:
        task.schedule(args=(row_id,), delay=delay_s)  # type: ignore[attr-defined]
    else:
        task(row_id)  # type: ignore[operator]
