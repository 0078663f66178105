"""Benchmark: cover/generate throughput and latency at 64 connections vs a trivial
FastAPI endpoint served the same way, plus submit -> callback latency.

The throughput phase runs `sleeve serve --no-workers`: it measures accepting covers
(auth, rate limit, checks, the once-per-track insert, the charge, the queue message),
not rendering them. A render costs ~0.3 s of CPU, so embedded workers rendering in
the same process would measure the renderer instead; accepted tasks simply wait in
the queue, as they do in any burst.

`--cpus N` pins this process, the servers and wrk to the first N CPUs (1: everything
shares one core, as on a machine with half the CPU).

Run: .venv/bin/python bench/api_throughput.py [--seconds 5] [--rounds 3] [--covers 20]
[--cpus N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import (  # noqa: E402
    free_port,
    make_server,
    percentile,
    run_wrk,
    start_trivial,
    stop,
)
from tests.support.receiver import CallbackReceiver  # noqa: E402

HERE = Path(__file__).resolve().parent
TRACKS_PER_SECOND = 10_000  # fresh music tasks registered per second of generate load


def register_tracks(server, key: str, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Register `count` music tasks through the API (keep-alive client)."""
    with httpx.Client(base_url=server.base, headers={"Authorization": f"Bearer {key}"}) as http:
        return [
            http.post(
                "/api/v1/music/register", json={"title": f"Bench {i}", "tags": "synthwave"}
            ).json()["data"]["taskId"]
            for i in range(count)
        ]


def bulk_register(server, account: str, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Register many music tasks at once with one multi-row insert (setup, not measured)."""
    code = (
        "from sqlalchemy import insert\n"
        "from sleeve.accounts.keys import account_by_name\n"
        "from sleeve.core.ids import new_task_ids\n"
        "from sleeve.db.models import MusicTask\n"
        "from sleeve.db.session import write_session\n"
        "with write_session() as s:\n"
        f"    a = account_by_name(session=s, name={account!r}).id\n"
        f"    ids = new_task_ids({count})\n"
        "    s.execute(insert(MusicTask), [dict(task_id=t, account_id=a,"
        " title=f'Bench {i}', tags='synthwave') for i, t in enumerate(ids)])\n"
        "print('\\n'.join(ids))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=server.env, capture_output=True, text=True, check=True
    ).stdout
    return out.split()


def throughput(seconds: int, connections: int, rounds: int) -> None:
    """Generate vs trivial, same uvicorn settings, same machine, same run. The runs
    alternate (trivial, generate, trivial, ...) so that drift in this shared machine's
    speed hits both alike; the ratio is taken per round and reported as the median."""
    with tempfile.TemporaryDirectory() as folder:
        server = make_server(Path(folder), SLEEVE_ALLOW_PRIVATE_CALLBACKS="false")
        key = server.create_key("bench", credits=10_000_000)["key"]
        server.start("--no-workers")  # see the module docstring
        trivial_port = free_port()
        trivial = start_trivial(trivial_port)
        try:
            # every request asks for a new music task: enough for 10000 req/s, never reused
            tracks = bulk_register(server, "bench", TRACKS_PER_SECOND * seconds * rounds)
            ids = Path(folder) / "ids.txt"
            ids.write_text("\n".join(tracks) + "\n")
            results: dict[str, list] = {"trivial": [], "trivial-async": [], "generate": []}
            for index in range(rounds):
                for name, path in (("trivial", "/trivial"), ("trivial-async", "/trivial-async")):
                    results[name].append(
                        run_wrk(
                            f"http://127.0.0.1:{trivial_port}{path}",
                            script=HERE / "wrk_post.lua",
                            connections=connections,
                            seconds=seconds,
                        )
                    )
                skip = index * len(tracks) // rounds  # each round starts on fresh ids
                results["generate"].append(
                    run_wrk(
                        server.base + "/api/v1/suno/cover/generate",
                        script=HERE / "wrk_generate.lua",
                        connections=connections,
                        seconds=seconds,
                        env={"IDS": str(ids), "KEY": key, "SKIP": str(skip)},
                    )
                )
        finally:
            stop(trivial)
            server.stop()
    for name, runs in results.items():
        print(
            f"{name:14s}: {median(r.requests_per_s for r in runs):6.0f} req/s  "
            f"p50 {median(r.p50_ms for r in runs):6.1f} ms  "
            f"p99 {median(r.p99_ms for r in runs):6.1f} ms  "
            f"(rounds: {', '.join(f'{r.requests_per_s:.0f}' for r in runs)} req/s)  "
            f"errors {sum(r.errors for r in runs)}  non-2xx {sum(r.non_2xx for r in runs)}"
        )
    for baseline in ("trivial", "trivial-async"):
        ratios = [
            g.requests_per_s / b.requests_per_s
            for g, b in zip(results["generate"], results[baseline], strict=True)
        ]
        print(
            f"ratio generate/{baseline}: median {median(ratios):.2f} "
            f"(rounds: {', '.join(f'{r:.2f}' for r in ratios)})"
        )
    if any(r.non_2xx or r.errors for r in results["generate"]):
        print(
            "WARNING: generate had failed requests; if it ran faster than "
            f"{TRACKS_PER_SECOND} req/s the fresh music tasks ran out (raise TRACKS_PER_SECOND)"
        )
    print(
        f"target: >= 0.5 of trivial with p99 < 50 ms. With {connections} connections each "
        f"waiting for its answer, mean latency = {connections} / throughput, so p99 < 50 ms "
        f"needs more than {connections / 0.05:.0f} req/s."
    )


def callback_latency(covers: int) -> None:
    """Submit covers one after another; time each until its callback arrives."""
    receiver = CallbackReceiver()
    with tempfile.TemporaryDirectory() as folder:
        server = make_server(Path(folder), SLEEVE_IMAGE_SIZE="1024")
        key = server.create_key("bench", credits=1000)["key"]
        server.start()
        latencies = []
        try:
            tracks = register_tracks(server, key, covers)
            with httpx.Client(
                base_url=server.base, headers={"Authorization": f"Bearer {key}"}
            ) as http:
                for index, track in enumerate(tracks):
                    started = time.perf_counter()
                    http.post(
                        "/api/v1/suno/cover/generate",
                        json={"taskId": track, "callBackUrl": receiver.url},
                    )
                    receiver.wait_for(index + 1, timeout=120)
                    latencies.append((time.perf_counter() - started) * 1000)
        finally:
            server.stop()
            receiver.close()
    print(
        f"submit -> callback over {covers} sequential 1024px covers: "
        f"p50 {percentile(latencies, 50):.0f} ms  p99 {percentile(latencies, 99):.0f} ms  "
        f"min {min(latencies):.0f} ms  max {max(latencies):.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--covers", type=int, default=20)
    parser.add_argument("--cpus", type=int, default=0, help="pin everything to N CPUs")
    args = parser.parse_args()
    if args.cpus:
        cpus = sorted(os.sched_getaffinity(0))[: args.cpus]
        os.sched_setaffinity(0, cpus)  # the servers and wrk inherit it
        print(f"pinned to CPUs {cpus}")
    throughput(args.seconds, args.connections, args.rounds)
    callback_latency(args.covers)


if __name__ == "__main__":
    main()
