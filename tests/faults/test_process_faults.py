"""kill -9 mid-callback, a locked database, a full disk: nothing lost, nothing doubled."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.support.receiver import CallbackReceiver
from tests.support.server import make_server


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def test_kill_9_during_a_callback_resends_it_with_the_same_webhook_id(tmp_path: Path) -> None:
    server = make_server(tmp_path, SLEEVE_CALLBACK_TIMEOUT_S="2")
    receiver = CallbackReceiver(statuses=[("hang", 8)])
    server.start()
    try:
        key = server.create_key("k9", credits=5)["key"]
        music = server.add_music("k9", "Cut Wire", "industrial")
        cover_id = httpx.post(
            server.base + "/api/v1/suno/cover/generate",
            headers=auth(key),
            json={"taskId": music, "callBackUrl": receiver.url},
        ).json()["data"]["taskId"]
        receiver.wait_for(1, timeout=60)  # the first attempt is now hanging
        server.kill()
        server.start()
        calls = receiver.wait_for(2, timeout=60)
        assert calls[0].headers["webhook-id"] == calls[1].headers["webhook-id"]
        assert calls[0].body == calls[1].body
        time.sleep(2)
        assert len(receiver.received) == 2
    finally:
        server.stop()
        receiver.close()
    with sqlite3.connect(tmp_path / "sleeve.db") as db:
        rows = db.execute(
            "SELECT a.attempt_no, a.status_code, a.error FROM delivery_attempts a "
            "JOIN callback_deliveries d ON d.id = a.delivery_id WHERE d.cover_task_id = ? "
            "ORDER BY a.attempt_no",
            (cover_id,),
        ).fetchall()
        (balance,) = db.execute("SELECT balance FROM accounts WHERE name = 'k9'").fetchone()
    assert rows[0][2].startswith("interrupted") and rows[-1][1] == 200
    assert balance == 4


def test_a_briefly_locked_database_delays_but_loses_nothing(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    receiver = CallbackReceiver()
    server.start()
    try:
        key = server.create_key("lock", credits=5)["key"]
        music = server.add_music("lock", "Held Breath", "ambient")
        holder = sqlite3.connect(tmp_path / "sleeve.db", isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        replies: list[httpx.Response] = []
        sender = threading.Thread(
            target=lambda: replies.append(
                httpx.post(
                    server.base + "/api/v1/suno/cover/generate",
                    headers=auth(key),
                    timeout=60,
                    json={"taskId": music, "callBackUrl": receiver.url},
                )
            )
        )
        sender.start()
        time.sleep(3)
        assert replies == [], "the request waits for the lock instead of failing"
        holder.execute("COMMIT")
        holder.close()
        sender.join(timeout=60)
        assert replies[0].json()["code"] == 200
        receiver.wait_for(1, timeout=60)
    finally:
        server.stop()
        receiver.close()


def test_a_full_disk_fails_the_task_refunds_once_and_reports_it(tmp_path: Path) -> None:
    tiny = tmp_path / "tiny"
    tiny.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(tiny)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tiny tmpfs here: {mounted.stderr.decode().strip()}")
    server = make_server(
        tmp_path / "data", SLEEVE_STORAGE_URL=f"file://{tiny}", SLEEVE_RENDER_ATTEMPTS="2"
    )
    receiver = CallbackReceiver()
    server.start()
    try:
        key = server.create_key("full", credits=5)["key"]
        music = server.add_music("full", "No Room", "doom metal")
        cover_id = httpx.post(
            server.base + "/api/v1/suno/cover/generate",
            headers=auth(key),
            json={"taskId": music, "callBackUrl": receiver.url},
        ).json()["data"]["taskId"]
        callback = receiver.wait_for(1, timeout=90)[0].json
        assert callback["code"] == 501 and callback["data"] == {"taskId": cover_id, "images": None}
        assert "space" in callback["msg"].lower()
        record = httpx.get(
            server.base + "/api/v1/suno/cover/record-info",
            headers=auth(key),
            params={"taskId": cover_id},
        ).json()["data"]
        assert record["status"] == "GENERATE_COVER_FAILED" and record["successFlag"] == 3
        assert record["errorCode"] == 500 and "space" in record["errorMessage"].lower()
        assert (
            httpx.get(server.base + "/api/v1/generate/credit", headers=auth(key)).json()["data"]
            == 5
        ), "refunded"

        # the disk has room again: a new request for the same track starts a new task
        subprocess.run(["umount", str(tiny)], check=True)
        retry = httpx.post(
            server.base + "/api/v1/suno/cover/generate",
            headers=auth(key),
            json={"taskId": music, "callBackUrl": receiver.url},
        ).json()
        assert retry["code"] == 200 and retry["data"]["taskId"] != cover_id
        receiver.wait_for(2, timeout=60)
        with sqlite3.connect(tmp_path / "data" / "sleeve.db") as db:
            refunds = db.execute(
                "SELECT COUNT(*) FROM credit_entries WHERE kind = 'refund'"
            ).fetchone()[0]
        assert refunds == 1
    finally:
        server.stop()
        receiver.close()
        subprocess.run(["umount", str(tiny)], capture_output=True)
        shutil.rmtree(tiny, ignore_errors=True)
