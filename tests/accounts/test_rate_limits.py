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
        SLEEVE_RATE_LIMIT_RECORD_INFO="2/second",
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

        start_inside_one_window(1, burst_s=0.5)
        polls = [poll() for _ in range(3)]
        assert [p.json()["code"] for p in polls] == [200, 200, 429]
        assert polls[2].status_code == 429

        # a client that waits as long as Retry-After says gets its answer
        time.sleep(int(polls[2].headers["retry-after"]))
        assert poll().json()["code"] == 200
    finally:
        server.stop()
