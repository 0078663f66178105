"""The transport writes Huey's own storage directly (one write for many messages):
these tests fail when Huey's table or list layout changes under that code."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

from tests.support.services import redis_url

SEND_AND_RUN = """
import json
from sleeve.jobs.queue import QueueKind, get_huey, register_handlers, send_many

seen = []
register_handlers(
    {kind: (lambda row, kind=kind: seen.append([kind.value, row])) for kind in QueueKind}
)
send_many([(QueueKind.RENDER, "cover-1", None), (QueueKind.DELIVER, 7, None),
           (QueueKind.FETCH_AUDIO, 9, None)])
huey = get_huey()
waiting = huey.pending_count()
while (task := huey.dequeue()) is not None:  # what a consumer does, through Huey's API
    huey.execute(task)
print(json.dumps({"waiting": waiting, "ran": seen, "left": huey.pending_count()}))
"""


def _send_and_run(tmp_path: Path, **env: str) -> dict:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SLEEVE_")}
    environment.update({"SLEEVE_DATA_DIR": str(tmp_path), **env})
    done = subprocess.run(
        [sys.executable, "-c", SEND_AND_RUN],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


EXPECTED = {
    "waiting": 3,
    "ran": [["render_cover", "cover-1"], ["deliver_callback", 7], ["fetch_audio", 9]],
    "left": 0,
}


def test_messages_written_to_the_sqlite_queue_are_run_by_huey(tmp_path: Path) -> None:
    assert _send_and_run(tmp_path) == EXPECTED
    with sqlite3.connect(tmp_path / "queue.db") as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(task)")]
    assert columns == ["id", "queue", "data", "priority"]  # the insert in send_many


def test_messages_written_to_the_redis_queue_are_run_by_huey(tmp_path: Path) -> None:
    name = f"transport-{uuid.uuid4().hex[:8]}"
    got = _send_and_run(tmp_path, SLEEVE_QUEUE_URL=redis_url(), SLEEVE_QUEUE_NAME=name)
    assert got == EXPECTED


def test_a_process_without_the_handler_fails_the_message_loudly(tmp_path: Path) -> None:
    code = (
        "from sleeve.jobs.queue import QueueKind, get_huey, send_many\n"
        "send_many([(QueueKind.RENDER, 'c', None)])\n"
        "huey = get_huey()\n"
        "huey.execute(huey.dequeue())\n"
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SLEEVE_")}
    environment["SLEEVE_DATA_DIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, timeout=60
    )
    assert "no handler registered for render_cover in this process" in done.stderr
