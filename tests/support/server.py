"""Start real `sleeve serve` processes on loopback for end-to-end tests."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx


def free_port() -> int:
    """An unused TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class SleeveServer:
    """A running Sleeve server process and the environment it was started with."""

    base: str
    data_dir: Path
    env: dict[str, str]
    port: int
    process: subprocess.Popen | None = None

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """Run `sleeve ARGS` against this server's database."""
        result = subprocess.run(
            [sys.executable, "-m", "sleeve", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"sleeve {' '.join(args)} failed: {result.stderr}{result.stdout}")
        return result

    def create_key(self, name: str, credits: int = 100) -> dict:
        """A new key (JSON: key, account, webhook_secret)."""
        out = self.cli("keys", "create", "--name", name, "--credits", str(credits), "--json")
        return json.loads(out.stdout.strip().splitlines()[-1])

    def add_music(self, key_name: str, title: str, tags: str = "", *extra: str) -> str:
        """Register a track through the CLI; returns its music task id."""
        out = self.cli(
            "music", "add", "--key", key_name, "--title", title, "--tags", tags, "--json", *extra
        )
        return json.loads(out.stdout.strip().splitlines()[-1])["taskId"]

    def start(self, *extra: str, timeout: float = 60.0) -> None:
        """Start `sleeve serve [EXTRA]` and wait until it answers /healthz."""
        log = open(self.data_dir / f"server-{time.time():.0f}.log", "ab")  # noqa: SIM115
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sleeve", "serve", "--port", str(self.port), *extra],
            env=self.env,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"server exited with {self.process.returncode}")
            try:
                if httpx.get(f"{self.base}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise AssertionError("server did not start in time")

    def kill(self) -> None:
        """kill -9 the whole server (process group), as a crash would."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        """Stop the server gracefully (SIGTERM), or kill it if it hangs."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def logs(self) -> str:
        """Everything the server processes wrote."""
        return "".join(p.read_text(errors="replace") for p in self.data_dir.glob("server-*.log"))


def make_server(data_dir: Path, *, migrate: bool = True, **overrides: str) -> SleeveServer:
    """A not yet started server in `data_dir` with test-friendly settings, migrated
    unless `migrate` is False."""
    port = free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("SLEEVE_")}
    env.update(
        {
            "SLEEVE_DATA_DIR": str(data_dir),
            "SLEEVE_PUBLIC_URL": f"http://127.0.0.1:{port}",
            "SLEEVE_ALLOW_PRIVATE_CALLBACKS": "true",
            "SLEEVE_CALLBACK_RETRY_DELAYS": "0.5,1,2",
            "SLEEVE_IMAGE_SIZE": "512",
            "SLEEVE_LEASE_SECONDS": "6",
            "SLEEVE_RECONCILE_INTERVAL_S": "1",
            "SLEEVE_REQUEUE_AFTER_S": "5",
            # generous limits: the rate-limit tests set their own
            "SLEEVE_RATE_LIMIT_GENERATE": "100000/10 seconds",
            "SLEEVE_RATE_LIMIT_RECORD_INFO": "100000/second",
            "SLEEVE_RATE_LIMIT_REGISTER": "100000/second",
            "SLEEVE_RATE_LIMIT_INTAKE": "100000/second",
        }
    )
    env.update(overrides)
    server = SleeveServer(f"http://127.0.0.1:{port}", data_dir, env, port)
    if migrate:
        server.cli("migrate")
    return server
