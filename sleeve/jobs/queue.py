"""The Huey transport: carries row ids only; the database rows stay the truth."""

from __future__ import annotations

import os
import queue
import threading
from pathlib import Path
from urllib.parse import urlparse

import structlog
from huey import Huey, RedisHuey, SqliteHuey
from huey.storage import RedisStorage, SqliteStorage

from sleeve.core.ids import SequentialIds
from sleeve.core.settings import Settings, get_settings

_lock = threading.Lock()
_huey: Huey | None = None
_tasks: dict[str, object] = {}
_outbox: queue.SimpleQueue[tuple[str, object, float | None]] = queue.SimpleQueue()
_outbox_pid: int | None = None
_message_ids = SequentialIds()  # Huey would call uuid4 for every message
log = structlog.get_logger()


class QueueFileStorage(SqliteStorage):
    """Huey's SQLite storage with `synchronous=NORMAL`: in WAL mode a crash can lose
    the last messages but never corrupts the file, and a lost message costs nothing
    here (the reconciler re-queues every task row that was never picked up). The
    default, FULL, waits for the disk on every enqueue."""

    def _create_connection(self):  # type: ignore[no-untyped-def]
        connection = super()._create_connection()
        connection.execute("pragma synchronous=NORMAL")
        return connection


def make_huey(url: str, name: str = "sleeve") -> Huey:
    """A Huey instance for a queue URL: sqlite:///path or redis://host:port/db."""
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        path = Path(parsed.path)
        path.parent.mkdir(parents=True, exist_ok=True)
        return SqliteHuey(
            name=name,
            filename=str(path),
            results=False,
            timeout=30,
            storage_class=QueueFileStorage,
        )
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
        messages = [_outbox.get()]
        while len(messages) < 500:
            try:
                messages.append(_outbox.get_nowait())
            except queue.Empty:
                break
        try:
            send_many(messages)
        except Exception as exc:  # the reconciler re-queues what could not be sent
            log.warning("enqueue_failed", count=len(messages), error=str(exc))


def send_many(messages: list[tuple[str, object, float | None]]) -> None:
    """Put messages on the transport: those due now in one write (one SQLite
    transaction, or one Redis pipeline), delayed ones one by one."""
    huey = get_huey()
    due_now = [
        huey.serialize_task(_tasks[kind].s(row_id, id=_message_ids.next()))  # type: ignore[attr-defined]
        for kind, row_id, delay in messages
        if not delay
    ]
    storage = huey.storage
    if isinstance(storage, SqliteStorage):
        with storage.db(commit=True) as cursor:
            cursor.executemany(
                "insert into task (queue, data, priority) values (?, ?, 0)",
                [(storage.name, storage.to_blob(data)) for data in due_now],
            )
    elif isinstance(storage, RedisStorage):
        pipeline = storage.conn.pipeline(transaction=False)
        for data in due_now:
            pipeline.lpush(storage.queue_key, data)
        pipeline.execute()
    else:
        for data in due_now:
            storage.enqueue(data)
    for kind, row_id, delay in messages:
        if delay:
            send_now(kind, row_id, delay)


def send_now(kind: str, row_id: object, delay_s: float | None) -> None:
    """Put a message on the transport, in the calling thread."""
    get_huey()
    task = _tasks[kind]
    if delay_s:
        task.schedule(args=(row_id,), delay=delay_s)  # type: ignore[attr-defined]
    else:
        task(row_id)  # type: ignore[operator]
