"""kill -9 of the whole server during a render: after a restart the task finishes once."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import httpx

from tests.support.receiver import CallbackReceiver
from tests.support.server import make_server


def test_render_interrupted_by_kill_9_finishes_once_after_restart(tmp_path: Path) -> None:
    # Big covers make the render long enough to be caught in the middle.
    server = make_server(tmp_path, SLEEVE_IMAGE_SIZE="3000", SLEEVE_LEASE_SECONDS="4")
    receiver = CallbackReceiver()
    server.start()
    try:
        key = server.create_key("dave", credits=10)
        music_id = server.add_music("dave", "Crash Test", "industrial techno")
        headers = {"Authorization": f"Bearer {key['key']}"}
        cover_id = httpx.post(
            server.base + "/api/v1/suno/cover/generate",
            headers=headers,
            json={"taskId": music_id, "callBackUrl": receiver.url},
        ).json()["data"]["taskId"]

        deadline = time.time() + 30
        status = ""
        while time.time() < deadline and status != "GENERATING":
            status = httpx.get(
                server.base + "/api/v1/suno/cover/record-info",
                headers=headers,
                params={"taskId": cover_id},
            ).json()["data"]["status"]
            time.sleep(0.02)
        assert status == "GENERATING"
        server.kill()
        assert receiver.received == []

        restarted_at = time.time()
        server.start()
        deadline = time.time() + 60
        record: dict = {}
        while time.time() < deadline:
            record = httpx.get(
                server.base + "/api/v1/suno/cover/record-info",
                headers=headers,
                params={"taskId": cover_id},
            ).json()["data"]
            if record["status"] == "SUCCESS":
                break
            time.sleep(0.2)
        assert record["status"] == "SUCCESS", record
        assert time.time() - restarted_at < 60
        calls = receiver.wait_for(1, timeout=30)
        time.sleep(2)
        assert len(receiver.received) == 1, "exactly one callback"
        assert calls[0].json["data"]["images"] == record["response"]["images"]
        credit = httpx.get(server.base + "/api/v1/generate/credit", headers=headers).json()
        assert credit["data"] == 9, "charged exactly once"
    finally:
        server.stop()
        receiver.close()
    with sqlite3.connect(tmp_path / "sleeve.db") as db:
        (attempts,) = db.execute(
            "SELECT attempts FROM cover_tasks WHERE id = ?", (cover_id,)
        ).fetchone()
        charges = db.execute(
            "SELECT COUNT(*) FROM credit_entries WHERE cover_task_id = ? AND kind = 'charge'",
            (cover_id,),
        ).fetchone()[0]
    assert attempts >= 2 and charges == 1
