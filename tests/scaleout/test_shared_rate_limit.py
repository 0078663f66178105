"""A key's rate limit is one budget across API processes: they count it in Redis."""

from __future__ import annotations

import itertools
from pathlib import Path

import httpx

from tests.scaleout.cluster import auth, start_cluster
from tests.support.windows import start_inside_one_window


def test_two_api_processes_share_one_rate_limit(
    tmp_path: Path, database_url: str, redis: str
) -> None:
    cluster = start_cluster(
        tmp_path,
        database_url=database_url,
        redis_url=redis,
        api_processes=2,
        SLEEVE_RATE_LIMIT_GENERATE="4/minute",
    )
    try:
        key = cluster.api[0].create_key("shared-limit", credits=20)["key"]
        tracks = [cluster.api[0].add_music("shared-limit", f"Song {i}", "house") for i in range(6)]
        bases = itertools.cycle(cluster.bases)
        start_inside_one_window(60, burst_s=10)
        replies = [
            httpx.post(
                next(bases) + "/api/v1/suno/cover/generate",
                json={"taskId": track, "callBackUrl": "https://example.com/cb"},
                headers=auth(key),
                timeout=30,
            )
            for track in tracks
        ]
        assert [r.json()["code"] for r in replies] == [200, 200, 200, 200, 429, 429]
        refused = replies[4]
        assert refused.status_code == 429 and 1 <= int(refused.headers["retry-after"]) <= 60
        assert "rate limit" in refused.json()["msg"]
    finally:
        cluster.stop()
