"""Benchmark the scale-out mode on PostgreSQL + Redis (+ S3 when available):
covers rendered per minute with 1, 2 and 4 worker processes, and generate-endpoint
requests/s with 1 and 2 API processes against trivial-endpoint baselines.

Run: .venv/bin/python bench/scale_out.py [--covers 24] [--seconds 8]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.api_throughput import TRACKS_PER_SECOND, bulk_register  # noqa: E402
from bench.harness import WrkResult, free_port, run_wrk, start_trivial, stop  # noqa: E402
from tests.scaleout.cluster import auth, start_cluster  # noqa: E402
from tests.support.receiver import CallbackReceiver  # noqa: E402
from tests.support.services import fresh_postgres_database, redis_url  # noqa: E402

HERE = Path(__file__).resolve().parent


def s3_storage_url(folder: Path) -> tuple[str | None, object]:
    """Start a real S3 server when the test helper for it is present."""
    try:
        from tests.support.seaweed import start_seaweed  # type: ignore[attr-defined]
    except ImportError:
        return None, None
    server = start_seaweed(folder / "s3")
    return server.storage_url("bench-covers"), server


def render_rate(processes: int, covers: int, storage: str | None) -> float:
    """Covers per minute for one worker host with `processes` worker processes."""
    receiver = CallbackReceiver()
    with tempfile.TemporaryDirectory() as folder, fresh_postgres_database() as database:
        cluster = start_cluster(
            Path(folder),
            database_url=database,
            redis_url=redis_url(),
            api_processes=1,
            storage_url=storage,
            SLEEVE_IMAGE_SIZE="1024",
        )
        try:
            key = cluster.api[0].create_key("bench", credits=10_000)["key"]
            tracks = bulk_register(cluster.api[0], "bench", covers)
            with httpx.Client(base_url=cluster.bases[0], headers=auth(key)) as http:
                for track in tracks:
                    http.post(
                        "/api/v1/suno/cover/generate",
                        json={"taskId": track, "callBackUrl": receiver.url},
                    )
            started = time.perf_counter()
            cluster.start_worker(concurrency=processes)
            receiver.wait_for(covers, timeout=600)
            elapsed = time.perf_counter() - started
        finally:
            cluster.stop()
            receiver.close()
    return covers / elapsed * 60


def parallel_wrk(
    urls: list[str], script: Path, connections: int, seconds: int, envs: list[dict[str, str]]
) -> WrkResult:
    """One wrk per URL at the same time, each with its own environment (its own music
    task ids); requests/s summed, worst percentiles kept."""
    results: list[WrkResult] = []

    def one(url: str, env: dict[str, str]) -> None:
        results.append(
            run_wrk(
                url, script=script, connections=connections // len(urls), seconds=seconds, env=env
            )
        )

    threads = [threading.Thread(target=one, args=pair) for pair in zip(urls, envs, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return WrkResult(
        sum(r.requests_per_s for r in results),
        max(r.p50_ms for r in results),
        max(r.p99_ms for r in results),
        sum(r.errors for r in results),
        sum(r.non_2xx for r in results),
    )


def api_rate(api_processes: int, seconds: int) -> tuple[WrkResult, WrkResult]:
    """generate vs trivial with `api_processes` processes each."""
    with tempfile.TemporaryDirectory() as folder, fresh_postgres_database() as database:
        cluster = start_cluster(
            Path(folder),
            database_url=database,
            redis_url=redis_url(),
            api_processes=api_processes,
            SLEEVE_ALLOW_PRIVATE_CALLBACKS="false",
        )
        try:
            key = cluster.api[0].create_key("bench", credits=10_000_000)["key"]
            tracks = bulk_register(cluster.api[0], "bench", TRACKS_PER_SECOND * seconds)
            envs = []
            for index in range(api_processes):  # each wrk its own tracks: no duplicates
                ids = Path(folder) / f"ids-{index}.txt"
                ids.write_text("\n".join(tracks[index::api_processes]))
                envs.append({"IDS": str(ids), "KEY": key})
            generate = parallel_wrk(
                [b + "/api/v1/suno/cover/generate" for b in cluster.bases],
                HERE / "wrk_generate.lua",
                64,
                seconds,
                envs,
            )
        finally:
            cluster.stop()
    ports = [free_port() for _ in range(api_processes)]
    trivials = [start_trivial(port) for port in ports]
    try:
        trivial = parallel_wrk(
            [f"http://127.0.0.1:{p}/trivial" for p in ports],
            HERE / "wrk_post.lua",
            64,
            seconds,
            [{} for _ in ports],
        )
    finally:
        for process in trivials:
            stop(process)
    return generate, trivial


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--covers", type=int, default=24)
    parser.add_argument("--seconds", type=int, default=8)
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as folder:
        storage, s3 = s3_storage_url(Path(folder))
        print(
            f"storage: {'S3 (SeaweedFS on loopback)' if storage else 'local files'}; "
            f"database: PostgreSQL; queue: Redis; {cores} cores"
        )
        try:
            base = None
            for processes in (1, 2, 4):
                rate = render_rate(processes, args.covers, storage)
                base = base or rate
                print(
                    f"workers {processes}: {rate:6.1f} covers/min  "
                    f"({rate / min(processes, cores):5.1f} per busy core, "
                    f"x{rate / base:.2f} vs 1 worker)"
                )
        finally:
            if s3 is not None:
                s3.stop()  # type: ignore[attr-defined]
    for api_processes in (1, 2):
        generate, trivial = api_rate(api_processes, args.seconds)
        print(
            f"API processes {api_processes}: generate {generate.requests_per_s:6.0f} req/s "
            f"(p99 {generate.p99_ms:.0f} ms, non-2xx {generate.non_2xx}) vs trivial "
            f"{trivial.requests_per_s:6.0f} req/s -> ratio "
            f"{generate.requests_per_s / trivial.requests_per_s:.2f}"
        )


if __name__ == "__main__":
    main()
