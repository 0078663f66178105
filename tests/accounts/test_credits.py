"""Credits are a ledger: exact under concurrency, refunded once on failure."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor

import httpx

from tests.support.server import SleeveServer

GENERATE = "/api/v1/suno/cover/generate"


def test_two_hundred_concurrent_requests_against_ten_credits_accept_ten(
    server: SleeveServer,
) -> None:
    key = server.create_key("tenner", credits=10)
    headers = {"Authorization": f"Bearer {key['key']}"}
    tracks = [
        httpx.post(
            server.base + "/api/v1/music/register",
            headers=headers,
            json={"title": f"Track {i}", "tags": "ambient"},
        ).json()["data"]["taskId"]
        for i in range(200)
    ]

    def post(track: str) -> int:
        reply = httpx.post(
            server.base + GENERATE,
            headers=headers,
            timeout=60,
            json={"taskId": track, "callBackUrl": "https://example.com/cb"},
        )
        return reply.json()["code"]

    with ThreadPoolExecutor(max_workers=64) as pool:
        codes = list(pool.map(post, tracks))
    assert codes.count(200) == 10 and codes.count(402) == 190
    assert httpx.get(server.base + "/api/v1/generate/credit", headers=headers).json()["data"] == 0

    shown = server.cli("credits", "show", "tenner").stdout
    assert "balance: 0" in shown and "ledger sum 0" in shown
    with sqlite3.connect(server.data_dir / "sleeve.db") as db:
        charges = db.execute(
            "SELECT COUNT(*) FROM credit_entries e JOIN accounts a ON a.id = e.account_id "
            "WHERE a.name = 'tenner' AND e.kind = 'charge'"
        ).fetchone()[0]
    assert charges == 10


def test_credits_add_moves_the_balance(server: SleeveServer) -> None:
    key = server.create_key("grantee", credits=2)
    server.cli("credits", "add", "grantee", "5")
    headers = {"Authorization": f"Bearer {key['key']}"}
    assert httpx.get(server.base + "/api/v1/generate/credit", headers=headers).json()["data"] == 7
