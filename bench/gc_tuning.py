"""Benchmark: cover/generate at 64 connections with and without the server's GC tuning
(`SLEEVE_GC_TUNING`), two servers side by side, rounds alternating.

Run: .venv/bin/python bench/gc_tuning.py [--seconds 5] [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.api_throughput import TRACKS_PER_SECOND, bulk_register  # noqa: E402
from bench.harness import make_server, run_wrk  # noqa: E402

HERE = Path(__file__).resolve().parent
SETTINGS = {"defaults": "false", "tuned": "true"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    per_round = TRACKS_PER_SECOND * args.seconds  # more than one round can use: every id is new
    with tempfile.TemporaryDirectory() as folder:
        servers = {}
        try:
            for name, tuning in SETTINGS.items():
                data = Path(folder) / name
                data.mkdir()
                server = make_server(
                    data, SLEEVE_ALLOW_PRIVATE_CALLBACKS="false", SLEEVE_GC_TUNING=tuning
                )
                key = server.create_key("bench", credits=10_000_000)["key"]
                server.start("--no-workers")
                ids = data / "ids.txt"
                ids.write_text(
                    "\n".join(bulk_register(server, "bench", per_round * args.rounds)) + "\n"
                )
                servers[name] = (server, key, ids)
            results: dict[str, list] = {name: [] for name in SETTINGS}
            for index in range(args.rounds):
                for name, (server, key, ids) in servers.items():
                    results[name].append(
                        run_wrk(
                            server.base + "/api/v1/suno/cover/generate",
                            script=HERE / "wrk_generate.lua",
                            connections=64,
                            seconds=args.seconds,
                            env={"IDS": str(ids), "KEY": key, "SKIP": str(index * per_round)},
                        )
                    )
        finally:
            for server, _key, _ids in servers.values():
                server.stop()
    for name, runs in results.items():
        print(
            f"{name:9s}: {median(r.requests_per_s for r in runs):6.0f} req/s  "
            f"p99 {median(r.p99_ms for r in runs):6.1f} ms  "
            f"(rounds: {', '.join(f'{r.requests_per_s:.0f}' for r in runs)})  "
            f"non-2xx {sum(r.non_2xx for r in runs)}"
        )
    ratios = [
        t.requests_per_s / d.requests_per_s
        for t, d in zip(results["tuned"], results["defaults"], strict=True)
    ]
    print(f"tuned/defaults: median {median(ratios):.2f}")


if __name__ == "__main__":
    main()
