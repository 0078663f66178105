"""Shared pieces of the benchmarks: servers in temp dirs, wrk runs, percentiles."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.server import SleeveServer, free_port, make_server  # noqa: E402


@dataclass(frozen=True)
class WrkResult:
    """What one wrk run measured."""

    requests_per_s: float
    p50_ms: float
    p99_ms: float
    errors: int
    non_2xx: int


def ensure_wrk() -> str:
    """The wrk binary, installed from Debian when missing."""
    if shutil.which("wrk") is None:
        subprocess.run([str(ROOT / "scripts" / "install-system-packages.sh"), "wrk"], check=True)
    return shutil.which("wrk") or "wrk"


def _ms(text: str) -> float:
    found = re.match(r"([\d.]+)(\w+)", text)
    if found is None:
        raise RuntimeError(f"cannot read a latency from wrk's {text!r}")
    number, unit = found.groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def run_wrk(
    url: str, *, script: Path, connections: int, seconds: int, env: dict[str, str] | None = None
) -> WrkResult:
    """Run wrk with latency percentiles and parse its report."""
    out = subprocess.run(
        [
            ensure_wrk(),
            "-t1",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "-s",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=True,
    ).stdout
    if "Requests/sec" not in out or "99%" not in out:
        raise RuntimeError(f"wrk did not report what we need:\n{out}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    # the percentile rows of "Latency Distribution" (a stdev column may also end in 50%)
    p50 = _ms(re.search(r"^\s+50%\s+(\S+)$", out, re.M).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"^\s+99%\s+(\S+)$", out, re.M).group(1))  # type: ignore[union-attr]
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non_2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
    return WrkResult(rps, p50, p99, errors, non_2xx)


def start_trivial(port: int) -> subprocess.Popen:
    """Serve bench/trivial_app.py with uvicorn configured as `sleeve serve` is."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "bench.trivial_app:app",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        cwd=ROOT,
        start_new_session=True,
    )
    wait_http(f"http://127.0.0.1:{port}/docs")
    return process


def wait_http(url: str, timeout: float = 30) -> None:
    """Wait until a URL answers."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer")


def stop(process: subprocess.Popen) -> None:
    """Stop a server process group."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100) by nearest rank."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


__all__ = ["SleeveServer", "free_port", "make_server"]
