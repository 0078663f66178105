"""Several real Sleeve processes sharing PostgreSQL, Redis and one storage."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.support.server import SleeveServer, free_port, make_server


@dataclass
class Cluster:
    """N API processes (`serve --no-workers`) and M worker hosts (`sleeve worker`)."""

    api: list[SleeveServer]
    env: dict[str, str]
    data_dir: Path
    workers: list[subprocess.Popen] = field(default_factory=list)

    @property
    def bases(self) -> list[str]:
        return [server.base for server in self.api]

    def start_worker(self, concurrency: int = 1) -> subprocess.Popen:
        """Start one worker host (a process group: the parent and its worker processes)."""
        log = open(self.data_dir / f"worker-{len(self.workers)}.log", "ab")  # noqa: SIM115
        process = subprocess.Popen(
            [sys.executable, "-m", "sleeve", "worker", "--concurrency", str(concurrency)],
            env=self.env,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        self.workers.append(process)
        return process

    def kill_worker(self, process: subprocess.Popen) -> None:
        """kill -9 a whole worker host."""
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)

    def stop(self) -> None:
        for process in self.workers:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.workers:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill_worker(process)
        for server in self.api:
            server.stop()


def start_cluster(
    data_dir: Path,
    *,
    database_url: str,
    redis_url: str,
    api_processes: int,
    storage_url: str | None = None,
    **overrides: str,
) -> Cluster:
    """Migrate once, then start the API processes (workers are started by the test)."""
    settings = {
        "SLEEVE_DATABASE_URL": database_url,
        "SLEEVE_QUEUE_URL": redis_url,
        "SLEEVE_REDIS_URL": redis_url,
        "SLEEVE_QUEUE_NAME": f"sleeve-test-{uuid.uuid4().hex[:8]}",
        **({"SLEEVE_STORAGE_URL": storage_url} if storage_url else {}),
        **overrides,
    }
    first = make_server(data_dir, **settings)
    servers = [first]
    for _ in range(api_processes - 1):
        port = free_port()
        env = {**first.env, "SLEEVE_PUBLIC_URL": first.base}
        servers.append(SleeveServer(f"http://127.0.0.1:{port}", data_dir, env, port))
    for server in servers:
        server.start("--no-workers")
    return Cluster(servers, first.env, data_dir)


def wait_until(predicate, timeout: float, message: str) -> None:  # type: ignore[no-untyped-def]
    """Poll `predicate` until true; AssertionError with `message` on timeout."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(message)


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


__all__ = ["Cluster", "start_cluster", "wait_until", "auth", "httpx"]
