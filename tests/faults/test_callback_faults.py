"""Callback receivers that misbehave: what Sleeve records and how it retries."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.support.receiver import CallbackReceiver
from tests.support.server import SleeveServer, make_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SleeveServer]:
    running = make_server(
        tmp_path_factory.mktemp("faults"),
        SLEEVE_CALLBACK_TIMEOUT_S="1",
        SLEEVE_CALLBACK_RETRY_DELAYS="0.3,0.3,0.3",
    )
    running.start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def key(server: SleeveServer) -> str:
    return server.create_key("faulty", credits=100)["key"]


def submit(server: SleeveServer, key: str, receiver: CallbackReceiver) -> str:
    music = server.add_music("faulty", "Fault Line", "noise rock")
    reply = httpx.post(
        server.base + "/api/v1/suno/cover/generate",
        headers={"Authorization": f"Bearer {key}"},
        json={"taskId": music, "callBackUrl": receiver.url},
    ).json()
    return reply["data"]["taskId"]


def attempts(server: SleeveServer, cover_id: str) -> list[tuple]:
    with sqlite3.connect(server.data_dir / "sleeve.db") as db:
        return db.execute(
            "SELECT a.attempt_no, a.status_code, a.error, d.status FROM delivery_attempts a "
            "JOIN callback_deliveries d ON d.id = a.delivery_id WHERE d.cover_task_id = ? "
            "ORDER BY a.attempt_no",
            (cover_id,),
        ).fetchall()


def settle(server: SleeveServer, cover_id: str, count: int, timeout: float = 60) -> list[tuple]:
    deadline = time.time() + timeout
    rows: list[tuple] = []
    while time.time() < deadline:
        rows = attempts(server, cover_id)
        if len(rows) >= count and rows[-1][3] in ("DELIVERED", "FAILED"):
            return rows
        time.sleep(0.1)
    raise AssertionError(f"delivery did not settle: {rows}")


@pytest.mark.parametrize(
    ("behaviour", "error_words"),
    [
        (500, "500"),
        (302, "redirect not followed"),
        ("reset", ""),
        (("hang", 3), "timed out"),
    ],
)
def test_failures_are_retried_then_delivered(
    server: SleeveServer, key: str, behaviour: object, error_words: str
) -> None:
    receiver = CallbackReceiver(statuses=[behaviour])
    try:
        cover_id = submit(server, key, receiver)
        rows = settle(server, cover_id, 2)
        first, second = rows[0], rows[-1]
        assert first[2] and error_words.lower() in first[2].lower()
        assert second[1] == 200 and second[3] == "DELIVERED"
        ids = {call.headers["webhook-id"] for call in receiver.received}
        assert len(ids) == 1
    finally:
        receiver.close()


def test_gone_stops_retrying(server: SleeveServer, key: str) -> None:
    receiver = CallbackReceiver(statuses=[410, 200, 200])
    try:
        cover_id = submit(server, key, receiver)
        rows = settle(server, cover_id, 1)
        time.sleep(1.5)
        assert len(receiver.received) == 1
        assert attempts(server, cover_id) == rows and rows[0][1] == 410
        assert rows[0][3] == "FAILED"
    finally:
        receiver.close()


def test_retry_after_is_honoured(server: SleeveServer, key: str) -> None:
    receiver = CallbackReceiver(statuses=[(429, {"Retry-After": "2"})])
    try:
        cover_id = submit(server, key, receiver)
        settle(server, cover_id, 2)
        first, second = receiver.received[0].at, receiver.received[1].at
        assert second - first >= 1.9, "waited at least Retry-After, not the 0.3 s schedule"
    finally:
        receiver.close()
