"""The Huey transport: carries row ids only; the database rows stay the truth.

`jobs/` knows the kinds of message (`QueueKind`) but not what they do: each domain's
`tasks.py` names its handlers (`HANDLERS`), and the process that consumes the queue
registers them (`register_handlers`). Sending needs no handler, so any process can
send any kind. A message's Huey name is `sleeve.jobs.<kind>`, wherever its handler
lives.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import structlog
from huey import Huey, RedisHuey, SqliteHuey
from huey.storage import RedisStorage, SqliteStorage

from sleeve.core.ids import SequentialIds
from sleeve.core.settings import Settings, get_settings


class QueueKind(StrEnum):
    """What a queue message asks for; its argument is one row id."""

    RENDER = "render_cover"
    DELIVER = "deliver_callback"
    FETCH_AUDIO = "fetch_audio"


Handler = Callable[[Any], None]
Message = tuple[QueueKind, object, float | None]  # kind, row id, delay in seconds

_lock = threading.Lock()
_huey: Huey | None = None
_tasks: dict[QueueKind, Any] = {}
_handlers: dict[QueueKind, Handler] = {}
_outbox: queue.SimpleQueue[Message] = queue.SimpleQueue()
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


def register_handlers(handlers: Mapping[QueueKind, Handler]) -> None:
    """Say what this process runs for each kind (the domains' `HANDLERS`)."""
    _handlers.update(handlers)


def _runner(kind: QueueKind) -> Handler:
    def run(row_id: Any) -> None:
        handler = _handlers.get(kind)
        if handler is None:
            raise LookupError(f"no handler registered for {kind} in this process")
        handler(row_id)

    run.__module__ = "sleeve.jobs"  # the Huey name: sleeve.jobs.<kind>
    run.__name__ = run.__qualname__ = kind.value
    return run


def get_huey(settings: Settings | None = None) -> Huey:
    """The process-wide Huey, with one task per QueueKind."""
    global _huey
    with _lock:
        if _huey is None:
            settings = settings or get_settings()
            huey = make_huey(settings.resolved_queue_url, settings.queue_name)
            for kind in QueueKind:
                _tasks[kind] = huey.task(name=kind.value)(_runner(kind))
            _huey = huey
        return _huey


def enqueue(kind: QueueKind, row_id: object, delay_s: float | None = None) -> None:
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


def send_many(messages: list[Message]) -> None:
    """Put messages on the transport: those due now in one write (one SQLite
    transaction, or one Redis pipeline), delayed ones one by one.

    The one-write path writes Huey's own table (SQLite) or list (Redis) directly:
    Huey's public `enqueue` commits once per message. The Huey series is pinned in
    pyproject.toml and tests/jobs/test_transport.py fails if that layout changes."""
    huey = get_huey()
    due_now = [
        huey.serialize_task(_tasks[kind].s(row_id, id=_message_ids.next()))
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
            _tasks[kind].schedule(args=(row_id,), delay=delay)
