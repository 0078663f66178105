"""A receiver that fails twice then succeeds gets three attempts with one webhook id."""

from __future__ import annotations

import sqlite3
import time

import httpx

from tests.support.receiver import CallbackReceiver
from tests.support.server import SleeveServer


def test_failed_callbacks_are_retried_with_the_same_webhook_id(
    server: SleeveServer, client: httpx.Client
) -> None:
    receiver = CallbackReceiver(statuses=[500, 503])
    try:
        music_id = server.add_music("alice", "Retry Me", "punk")
        cover = client.post(
            "/api/v1/suno/cover/generate", json={"taskId": music_id, "callBackUrl": receiver.url}
        ).json()
        cover_id = cover["data"]["taskId"]
        calls = receiver.wait_for(3, timeout=90)
        assert len({call.headers["webhook-id"] for call in calls}) == 1
        assert all(call.json["data"]["taskId"] == cover_id for call in calls)
        assert [call.body for call in calls] == [calls[0].body] * 3
        # the retry schedule in this server is 0.5 s then 1 s
        assert calls[1].at - calls[0].at >= 0.4
        assert calls[2].at - calls[1].at >= 0.9
    finally:
        receiver.close()

    # the receiver has the third call before the worker records its 200: wait for that
    deadline = time.monotonic() + 10
    while True:
        with sqlite3.connect(server.data_dir / "sleeve.db") as db:
            status, attempts = db.execute(
                "SELECT status, attempt_count FROM callback_deliveries WHERE cover_task_id = ?",
                (cover_id,),
            ).fetchone()
        if status == "DELIVERED" or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    with sqlite3.connect(server.data_dir / "sleeve.db") as db:
        rows = db.execute(
            "SELECT a.attempt_no, a.status_code, a.error, a.latency_ms FROM delivery_attempts a "
            "JOIN callback_deliveries d ON d.id = a.delivery_id WHERE d.cover_task_id = ? "
            "ORDER BY a.attempt_no",
            (cover_id,),
        ).fetchall()
    assert status == "DELIVERED" and attempts == 3
    assert [(row[0], row[1]) for row in rows] == [(1, 500), (2, 503), (3, 200)]
    assert rows[0][2] and rows[2][2] is None
    assert all(row[3] > 0 for row in rows)


def test_delivery_gives_up_after_the_schedule_and_polling_still_works(
    server: SleeveServer, client: httpx.Client
) -> None:
    receiver = CallbackReceiver(statuses=[500] * 10)
    try:
        music_id = server.add_music("alice", "Never Heard", "drone")
        cover_id = client.post(
            "/api/v1/suno/cover/generate", json={"taskId": music_id, "callBackUrl": receiver.url}
        ).json()["data"]["taskId"]
        receiver.wait_for(4, timeout=90)
        import time

        time.sleep(3)
        assert len(receiver.received) == 4  # 1 + 3 retries, then it stops
    finally:
        receiver.close()
    with sqlite3.connect(server.data_dir / "sleeve.db") as db:
        (status,) = db.execute(
            "SELECT status FROM callback_deliveries WHERE cover_task_id = ?", (cover_id,)
        ).fetchone()
    assert status == "FAILED"
    record = client.get("/api/v1/suno/cover/record-info", params={"taskId": cover_id}).json()
    assert record["data"]["status"] == "SUCCESS"
