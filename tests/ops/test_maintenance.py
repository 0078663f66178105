"""Maintenance mode: every /api/ call answers 455, nothing new starts, nothing is lost."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import httpx

from tests.support.receiver import CallbackReceiver
from tests.support.server import make_server


def cover_status(data_dir: Path, cover_id: str) -> str:
    with sqlite3.connect(data_dir / "sleeve.db") as db:
        return db.execute("SELECT status FROM cover_tasks WHERE id = ?", (cover_id,)).fetchone()[0]


def test_maintenance_keeps_accepted_tasks_and_resumes_them(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    receiver = CallbackReceiver()
    try:
        key = server.create_key("m", credits=5)
        headers = {"Authorization": f"Bearer {key['key']}"}
        music = server.add_music("m", "Quiet Hours", "ambient")
        server.start("--no-workers")
        cover_id = httpx.post(
            server.base + "/api/v1/suno/cover/generate",
            headers=headers,
            json={"taskId": music, "callBackUrl": receiver.url},
        ).json()["data"]["taskId"]
        server.stop()

        server.cli("maintenance", "on", "--retry-after", "120")
        server.start()
        for path in ("/api/v1/generate/credit", "/api/v1/suno/cover/record-info?taskId=x"):
            reply = httpx.get(server.base + path, headers=headers)
            assert reply.status_code == 503 and reply.headers["retry-after"] == "120"
            body = reply.json()
            assert body["code"] == 455 and "maintenance" in body["msg"] and body["data"] is None
        ready = httpx.get(server.base + "/readyz").json()
        assert ready["maintenance"] is True
        assert httpx.get(server.base + "/healthz").json() == {"status": "ok", "maintenance": True}
        time.sleep(3)  # workers run but must not start the kept task
        assert cover_status(tmp_path, cover_id) == "PENDING"
        assert receiver.received == []

        server.cli("maintenance", "off")
        receiver.wait_for(1, timeout=60)
        assert cover_status(tmp_path, cover_id) == "SUCCESS"
        assert (
            httpx.get(server.base + "/api/v1/generate/credit", headers=headers).json()["data"] == 4
        )
    finally:
        server.stop()
        receiver.close()
