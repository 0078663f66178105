"""Sustained mixed load against `sleeve serve` (embedded default): generate, record-info
polling and image downloads from concurrent clients for a bounded time. Every few
seconds it records throughput, latency percentiles, errors and the server's memory,
and exits non-zero if memory keeps growing.

Run: .venv/bin/python bench/load.py [--seconds 600] [--users 12] [--size 512]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.api_throughput import bulk_register  # noqa: E402
from bench.harness import make_server, percentile  # noqa: E402
from tests.support.receiver import CallbackReceiver  # noqa: E402


def rss_mb(pid: int) -> float:
    """Resident memory of a process, in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Stats:
    """Latencies and errors per operation, per reporting window and overall."""

    def __init__(self) -> None:
        self.window: dict[str, list[float]] = defaultdict(list)
        self.total: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)

    def record(self, operation: str, seconds: float, ok: bool) -> None:
        self.window[operation].append(seconds * 1000)
        self.total[operation].append(seconds * 1000)
        if not ok:
            self.errors[operation] += 1


async def user(
    http: httpx.AsyncClient, tracks: list[str], callback: str, stats: Stats, deadline: float
) -> None:
    """One client: generate, poll until done, download both images; repeat."""
    while time.time() < deadline and tracks:
        track = tracks.pop()
        started = time.perf_counter()
        reply = await http.post(
            "/api/v1/suno/cover/generate", json={"taskId": track, "callBackUrl": callback}
        )
        stats.record("generate", time.perf_counter() - started, reply.json()["code"] == 200)
        if reply.json()["code"] != 200:
            continue
        cover_id = reply.json()["data"]["taskId"]
        data: dict = {}
        while time.time() < deadline + 60:
            started = time.perf_counter()
            polled = await http.get("/api/v1/suno/cover/record-info", params={"taskId": cover_id})
            stats.record("record-info", time.perf_counter() - started, polled.status_code == 200)
            data = polled.json().get("data") or {}
            if data.get("status") in ("SUCCESS", "GENERATE_COVER_FAILED"):
                break
            await asyncio.sleep(0.5)
        for url in (data.get("response") or {}).get("images", []):
            started = time.perf_counter()
            image = await http.get(url)
            stats.record("download", time.perf_counter() - started, image.status_code == 200)


async def drive(
    base: str,
    key: str,
    tracks: list[str],
    callback: str,
    seconds: float,
    users: int,
    server_pid: int,
    interval: float,
) -> list[float]:
    stats = Stats()
    deadline = time.time() + seconds
    memory: list[float] = []
    limits = httpx.Limits(max_connections=users * 2)
    async with httpx.AsyncClient(
        base_url=base, timeout=60, limits=limits, headers={"Authorization": f"Bearer {key}"}
    ) as http:
        tasks = [
            asyncio.create_task(user(http, tracks, callback, stats, deadline)) for _ in range(users)
        ]
        began = time.time()
        print(
            f"{'t(s)':>5} {'op':<12} {'req/s':>7} {'p50ms':>7} {'p99ms':>7} {'errors':>6} "
            f"{'rss MiB':>8}"
        )
        while time.time() < deadline:
            await asyncio.sleep(interval)
            memory.append(rss_mb(server_pid))
            for op in ("generate", "record-info", "download"):
                values = stats.window.pop(op, [])
                if values:
                    print(
                        f"{time.time() - began:5.0f} {op:<12} {len(values) / interval:7.1f} "
                        f"{percentile(values, 50):7.1f} {percentile(values, 99):7.1f} "
                        f"{stats.errors[op]:6d} {memory[-1]:8.1f}"
                    )
        await asyncio.gather(*tasks, return_exceptions=True)
    print("\noverall:")
    for op, values in stats.total.items():
        print(
            f"  {op:<12} {len(values):6d} requests  {len(values) / seconds:6.1f} req/s  "
            f"p50 {percentile(values, 50):6.1f} ms  p99 {percentile(values, 99):7.1f} ms  "
            f"errors {stats.errors[op]}"
        )
    return memory


def memory_grows(samples: list[float]) -> bool:
    """True when the last third's memory is over 25% and 30 MiB above the second third's."""
    if len(samples) < 6:
        return False
    third = len(samples) // 3
    middle = sum(samples[third : 2 * third]) / third
    last = sum(samples[-third:]) / third
    return last > middle * 1.25 and last - middle > 30


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--users", type=int, default=12)
    parser.add_argument("--size", type=int, default=512)
    parser.add_argument("--interval", type=float, default=10)
    args = parser.parse_args()
    receiver = CallbackReceiver()
    with tempfile.TemporaryDirectory() as folder:
        server = make_server(Path(folder), SLEEVE_IMAGE_SIZE=str(args.size))
        key = server.create_key("load", credits=1_000_000)["key"]
        tracks = bulk_register(server, "load", int(args.seconds * 20) + 100)
        server.start()
        try:
            memory = asyncio.run(
                drive(
                    server.base,
                    key,
                    tracks,
                    receiver.url,
                    args.seconds,
                    args.users,
                    server.process.pid,
                    args.interval,
                )
            )
        finally:
            server.stop()
            receiver.close()
    print(f"callbacks received: {len(receiver.received)}")
    print(f"server memory MiB: start {memory[0]:.0f}, max {max(memory):.0f}, end {memory[-1]:.0f}")
    if memory_grows(memory):
        print("FAIL: server memory kept growing")
        return 1
    print("memory: stable")
    return 0


if __name__ == "__main__":
    sys.exit(main())
