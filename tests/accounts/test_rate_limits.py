"""Per-key rate limits answer 429 in the envelope with a Retry-After that works."""

from __future__ import annotations

import time
from pathlib import Path

import httpx

from tests.support.server import make_server
from tests.support.windows import start_inside_one_window


def test_generate_and_record_info_limits(tmp_path: Path) -> None:
    server = make_server(
        tmp_path,
        SLEEVE_RATE_LIMIT_GENERATE="3/minute",
        SLEEVE_RATE_LIMIT_RECORD_INFO="2/5 seconds",
    )
    server.start()
    try:
        key = server.create_key("rl", credits=50)
        other = server.create_key("rl2", credits=50)
        headers = {"Authorization": f"Bearer {key['key']}"}
        tracks = [server.add_music("rl", f"Song {i}", "pop") for i in range(5)]
        codes = []
        start_inside_one_window(60, burst_s=10)
        for music in tracks:
            reply = httpx.post(
                server.base + "/api/v1/suno/cover/generate",
                headers=headers,
                json={"taskId": music, "callBackUrl": "https://example.com/cb"},
            )
            codes.append(reply.json()["code"])
            if reply.json()["code"] == 429:
                assert reply.status_code == 429
                assert 1 <= int(reply.headers["retry-after"]) <= 60
                assert "rate limit" in reply.json()["msg"]
                assert reply.json()["data"] is None
        assert codes == [200, 200, 200, 429, 429]

        # another key has its own budget
        music = server.add_music("rl2", "Other", "pop")
        reply = httpx.post(
            server.base + "/api/v1/suno/cover/generate",
            headers={"Authorization": f"Bearer {other['key']}"},
            json={"taskId": music, "callBackUrl": "https://example.com/cb"},
        )
        assert reply.json()["code"] == 200
        cover_id = reply.json()["data"]["taskId"]

        def poll() -> httpx.Response:
            return httpx.get(
                server.base + "/api/v1/suno/cover/record-info",
                params={"taskId": cover_id},
                headers={"Authorization": f"Bearer {other['key']}"},
            )

        # three polls in one window: a 5 s window, as a 1 s one was crossed by three slow
        # polls on a loaded machine (two let in after the boundary)
        start_inside_one_window(5, burst_s=4.5)
        polls = [poll() for _ in range(3)]
        assert [p.json()["code"] for p in polls] == [200, 200, 429]
        assert polls[2].status_code == 429

        # a client that waits as long as Retry-After says gets its answer
        time.sleep(int(polls[2].headers["retry-after"]))
        assert poll().json()["code"] == 200
    finally:
        server.stop()


def test_register_and_intake_limits(tmp_path: Path) -> None:
    server = make_server(
        tmp_path, SLEEVE_RATE_LIMIT_REGISTER="2/minute", SLEEVE_RATE_LIMIT_INTAKE="2/minute"
    )
    server.start("--no-workers")
    try:
        key = server.create_key("reg", credits=5)
        other = server.create_key("reg2", credits=5)
        start_inside_one_window(60, burst_s=10)

        def register(account: dict, title: str) -> httpx.Response:
            return httpx.post(
                server.base + "/api/v1/music/register",
                headers={"Authorization": f"Bearer {account['key']}"},
                json={"title": title},
            )

        replies = [register(key, f"Song {i}") for i in range(3)]
        assert [r.json()["code"] for r in replies] == [200, 200, 429]
        assert replies[2].status_code == 429 and 1 <= int(replies[2].headers["retry-after"]) <= 60
        assert register(other, "Theirs").json()["code"] == 200  # its own budget

        def push(account: dict, task_id: str) -> httpx.Response:
            callback = {"code": 200, "data": {"callbackType": "text", "task_id": task_id}}
            url = f"{server.base}/api/v1/intake/{account['intake_token']}"
            return httpx.post(url, json=callback)

        pushes = [push(key, f"pushed-{i}") for i in range(3)]
        assert [p.json()["code"] for p in pushes] == [200, 200, 429]
        assert "intake URL" in pushes[2].json()["msg"] and pushes[2].headers["retry-after"]
        assert push(other, "theirs").json()["code"] == 200
        # nothing refused was recorded
        reply = httpx.get(
            server.base + "/api/v1/generate/record-info",
            params={"taskId": "pushed-2"},
            headers={"Authorization": f"Bearer {key['key']}"},
        )
        assert reply.json()["code"] == 404
    finally:
        server.stop()
