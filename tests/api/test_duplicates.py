"""One cover per music task, however many requests arrive at once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx

from tests.support.server import SleeveServer

GENERATE = "/api/v1/suno/cover/generate"


def test_fifty_concurrent_requests_make_one_cover(
    server: SleeveServer, account: dict, client: httpx.Client
) -> None:
    music_id = server.add_music("alice", "Same Song", "house")
    before = client.get("/api/v1/generate/credit").json()["data"]
    headers = {"Authorization": f"Bearer {account['key']}"}
    body = {"taskId": music_id, "callBackUrl": "https://example.com/cb"}

    def post(_: int) -> httpx.Response:
        return httpx.post(server.base + GENERATE, json=body, headers=headers, timeout=60)

    with ThreadPoolExecutor(max_workers=50) as pool:
        replies = list(pool.map(post, range(50)))

    codes = sorted(reply.json()["code"] for reply in replies)
    assert codes == [200] + [400] * 49, codes
    winner = next(r.json()["data"]["taskId"] for r in replies if r.json()["code"] == 200)
    for reply in replies:
        if reply.json()["code"] == 400:
            assert reply.status_code == 400
            assert reply.json()["data"] == {"taskId": winner}
    assert client.get("/api/v1/generate/credit").json()["data"] == before - 1

    again = client.post(GENERATE, json=body).json()
    assert again["code"] == 400 and again["data"]["taskId"] == winner
