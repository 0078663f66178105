"""Every title renders, a render has a time limit, and SIGTERM stops a server mid-render.

Real `sleeve serve` processes (the titles share the module's server; the limits get
servers of their own); the callbacks go to a real loopback receiver.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from sleeve.cli import app
from sleeve.engine.music import INVISIBLE_TITLE, MAX_TITLE_CHARS
from tests.support.receiver import CallbackReceiver
from tests.support.server import SleeveServer, make_server


def generate(server: SleeveServer, key: str, music: str, callback: str) -> str:
    reply = httpx.post(
        f"{server.base}/api/v1/suno/cover/generate",
        headers={"Authorization": f"Bearer {key}"},
        json={"taskId": music, "callBackUrl": callback},
    ).json()
    assert reply["code"] == 200, reply
    return reply["data"]["taskId"]


def status_of(server: SleeveServer, key: str, cover_id: str) -> dict:
    return httpx.get(
        f"{server.base}/api/v1/suno/cover/record-info",
        headers={"Authorization": f"Bearer {key}"},
        params={"taskId": cover_id},
    ).json()["data"]


def wait_for(server: SleeveServer, key: str, cover_id: str, *statuses: str) -> dict:
    deadline = time.monotonic() + 90
    record = status_of(server, key, cover_id)
    while record["status"] not in statuses and time.monotonic() < deadline:
        time.sleep(0.05)
        record = status_of(server, key, cover_id)
    assert record["status"] in statuses, record
    return record


def db_row(server: SleeveServer, sql: str, *args: object) -> tuple:
    with sqlite3.connect(server.data_dir / "sleeve.db") as db:
        return db.execute(sql, args).fetchone()


@pytest.mark.parametrize(
    "title", ["\u200b\u200b\u200b", "\u0301" * 300, " \u2060\u200d\ufeff "], ids=repr
)
def test_a_title_with_nothing_visible_still_gets_its_covers(
    server: SleeveServer, title: str
) -> None:
    receiver = CallbackReceiver()
    try:
        key = server.create_key(f"ghost-{hashlib.sha1(title.encode()).hexdigest()[:8]}")["key"]
        reply = httpx.post(
            f"{server.base}/api/v1/music/register",
            headers={"Authorization": f"Bearer {key}"},
            json={"title": title, "tags": "dream pop", "lyrics": "fading lights"},
        ).json()
        assert reply["code"] == 200, reply
        cover_id = generate(server, key, reply["data"]["taskId"], receiver.url)
        record = wait_for(server, key, cover_id, "SUCCESS", "GENERATE_COVER_FAILED")
        assert record["status"] == "SUCCESS", record
        assert all(httpx.get(url).status_code == 200 for url in record["response"]["images"])
        assert INVISIBLE_TITLE in db_row(server, "SELECT notes FROM cover_tasks WHERE id = ?",
                                         cover_id)[0]  # fmt: skip
        assert receiver.wait_for(1)[0].json["code"] == 200
    finally:
        receiver.close()


def test_a_render_past_its_time_limit_fails_cleanly(tmp_path: Path) -> None:
    # two 3000 px covers with their PNGs take well over a tenth of a second on any
    # machine (a 2048 px pair came in under half a second on a fast one)
    server = make_server(tmp_path, SLEEVE_RENDER_TIMEOUT_S="0.1", SLEEVE_IMAGE_SIZE="3000")
    receiver = CallbackReceiver()
    server.start()
    try:
        key = server.create_key("slowpoke", credits=3)["key"]
        music = server.add_music("slowpoke", "Endless", "drone")
        cover_id = generate(server, key, music, receiver.url)
        record = wait_for(server, key, cover_id, "SUCCESS", "GENERATE_COVER_FAILED")
        assert record["status"] == "GENERATE_COVER_FAILED"
        assert "the render took longer than its limit of 0.1 s" in record["errorMessage"]
        callback = receiver.wait_for(1)[0].json
        assert callback["code"] == 501 and "limit of 0.1 s" in callback["msg"]
        credits = httpx.get(f"{server.base}/api/v1/generate/credit",
                            headers={"Authorization": f"Bearer {key}"}).json()  # fmt: skip
        assert credits["data"] == 3, "refunded"
    finally:
        server.stop()
        receiver.close()


def test_sigterm_stops_the_server_mid_render_and_the_render_resumes_after(
    tmp_path: Path,
) -> None:
    # a queue of 3000 px covers (each pair half a second or more on a fast machine):
    # the server is stopped while one of them is rendering, whatever the machine's speed
    server = make_server(tmp_path, SLEEVE_IMAGE_SIZE="3000", SLEEVE_LEASE_SECONDS="4")
    receiver = CallbackReceiver()
    server.start()
    try:
        key = server.create_key("term", credits=8)["key"]
        warm_up = generate(server, key, server.add_music("term", "Warm Up", "techno"),
                           receiver.url)  # fmt: skip
        wait_for(server, key, warm_up, "SUCCESS")  # the render fork server is up
        tracks = [server.add_music("term", f"Last Call {n}", "techno") for n in range(3)]
        queued = [generate(server, key, music, receiver.url) for music in tracks]
        wait_for(server, key, queued[0], "GENERATING", "SUCCESS")
        time.sleep(0.2)  # its render process is rendering, the rest wait their turn
        assert server.process is not None
        sent = time.monotonic()
        os.killpg(server.process.pid, signal.SIGTERM)
        server.process.wait(timeout=30)
        stopped_in = time.monotonic() - sent
        print(f"\nstopped {stopped_in:.1f} s after SIGTERM, mid-render")
        assert stopped_in < 5
        statuses = [
            db_row(server, "SELECT status FROM cover_tasks WHERE id = ?", cover_id)[0]
            for cover_id in queued
        ]
        assert "GENERATING" in statuses, statuses  # stopped mid-render, left to resume
        server.start()
        for cover_id in queued:
            record = wait_for(server, key, cover_id, "SUCCESS")
            assert len(record["response"]["images"]) == 2
            charges = db_row(
                server,
                "SELECT COUNT(*) FROM credit_entries WHERE cover_task_id = ? AND kind = 'charge'",
                cover_id,
            )
            assert charges == (1,)
        receiver.wait_for(len(queued) + 1)
    finally:
        server.stop()
        receiver.close()


def test_the_command_line_holds_titles_to_the_api_limit(tmp_path: Path) -> None:
    long_title = "x" * (MAX_TITLE_CHARS + 1)
    result = CliRunner().invoke(app, ["render", "--title", long_title, "--out", str(tmp_path)])
    assert result.exit_code != 0 and f"at most {MAX_TITLE_CHARS} characters" in result.output
    server = make_server(tmp_path / "server")
    server.create_key("cli")
    added = server.cli("music", "add", "--key", "cli", "--title", long_title, check=False)
    assert added.returncode != 0
    assert f"at most {MAX_TITLE_CHARS} characters" in added.stdout + added.stderr
    assert server.add_music("cli", "y" * MAX_TITLE_CHARS)
