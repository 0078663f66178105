"""With 4 API processes and 4 workers on PostgreSQL and Redis, the rules stay exact."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import psycopg
import pytest

from tests.scaleout.cluster import Cluster, auth, start_cluster, wait_until
from tests.support.receiver import CallbackReceiver

GENERATE = "/api/v1/suno/cover/generate"


@pytest.fixture(scope="module")
def cluster(tmp_path_factory, database_url: str, redis: str) -> Iterator[Cluster]:
    running = start_cluster(
        tmp_path_factory.mktemp("cluster"),
        database_url=database_url,
        redis_url=redis,
        api_processes=4,
        SLEEVE_IMAGE_SIZE="256",
    )
    for _ in range(4):
        running.start_worker(concurrency=1)
    yield running
    running.stop()


def sql(database_url: str, query: str, *args: object) -> list[tuple]:
    with psycopg.connect(database_url.replace("+psycopg", "")) as connection:
        return connection.execute(query, args).fetchall()


def test_rules_hold_across_processes(cluster: Cluster, database_url: str) -> None:
    receiver = CallbackReceiver()
    try:
        key = cluster.api[0].create_key("many", credits=10)["key"]
        bases = itertools.cycle(cluster.bases)

        # one music task, 50 simultaneous requests spread over 4 API processes
        same = cluster.api[0].add_music("many", "Shared", "trance")
        body = {"taskId": same, "callBackUrl": receiver.url}
        targets = [next(bases) for _ in range(50)]
        with ThreadPoolExecutor(max_workers=50) as pool:
            replies = list(
                pool.map(
                    lambda base: httpx.post(
                        base + GENERATE, json=body, headers=auth(key), timeout=60
                    ).json(),
                    targets,
                )
            )
        assert sorted(reply["code"] for reply in replies) == [200] + [400] * 49
        winner = next(r["data"]["taskId"] for r in replies if r["code"] == 200)
        assert {r["data"]["taskId"] for r in replies if r["code"] == 400} == {winner}

        # 9 credits left: 60 distinct tracks at once accept exactly 9
        tracks = [
            httpx.post(
                cluster.bases[i % 4] + "/api/v1/music/register",
                headers=auth(key),
                json={"title": f"T{i}", "tags": "house"},
            ).json()["data"]["taskId"]
            for i in range(60)
        ]
        with ThreadPoolExecutor(max_workers=60) as pool:
            codes = list(
                pool.map(
                    lambda pair: httpx.post(
                        pair[1] + GENERATE,
                        headers=auth(key),
                        timeout=60,
                        json={"taskId": pair[0], "callBackUrl": receiver.url},
                    ).json()["code"],
                    zip(tracks, itertools.cycle(cluster.bases), strict=False),
                )
            )
        assert Counter(codes) == {200: 9, 402: 51}

        # every accepted cover calls back exactly once, each with its own webhook id
        calls = receiver.wait_for(10, timeout=120)
        wait_until(lambda: len(receiver.received) >= 10, 5, "callbacks")
        import time

        time.sleep(3)
        assert len(receiver.received) == 10
        ids = [call.headers["webhook-id"] for call in receiver.received]
        assert len(set(ids)) == 10
        assert len({call.json["data"]["taskId"] for call in calls}) == 10
    finally:
        receiver.close()
    (balance,) = sql(database_url, "SELECT balance FROM accounts WHERE name = 'many'")[0]
    charges = sql(database_url, "SELECT COUNT(*) FROM credit_entries WHERE kind = 'charge'")
    assert balance == 0 and charges[0][0] == 10
    attempts = sql(database_url, "SELECT COUNT(*) FROM delivery_attempts")
    assert attempts[0][0] == 10


def test_a_dead_worker_host_loses_nothing(tmp_path: Path, database_url: str, redis: str) -> None:
    cluster = start_cluster(
        tmp_path,
        database_url=database_url,
        redis_url=redis,
        api_processes=1,
        SLEEVE_IMAGE_SIZE="3000",
        SLEEVE_LEASE_SECONDS="5",
    )
    receiver = CallbackReceiver()
    try:
        doomed = cluster.start_worker(concurrency=1)
        key = cluster.api[0].create_key("phoenix", credits=3)["key"]
        music = cluster.api[0].add_music("phoenix", "Rise Again", "post-rock")
        cover = httpx.post(
            cluster.bases[0] + GENERATE,
            headers=auth(key),
            json={"taskId": music, "callBackUrl": receiver.url},
        ).json()
        cover_id = cover["data"]["taskId"]
        wait_until(
            lambda: (
                sql(database_url, "SELECT status FROM cover_tasks WHERE id = %s", cover_id)[0][0]
                == "GENERATING"
            ),
            30,
            "render never started",
        )
        cluster.kill_worker(doomed)
        cluster.start_worker(concurrency=1)
        wait_until(lambda: len(receiver.received) == 1, 90, "cover never finished")
        owner, attempts = sql(
            database_url, "SELECT lease_owner, attempts FROM cover_tasks WHERE id = %s", cover_id
        )[0]
        assert owner is None and attempts == 2
        assert receiver.received[0].json["data"]["taskId"] == cover_id
        assert (
            sql(
                database_url,
                "SELECT COUNT(*) FROM credit_entries WHERE cover_task_id = %s",
                cover_id,
            )[0][0]
            == 1
        )
    finally:
        cluster.stop()
        receiver.close()
