"""A real S3 server for the storage tests (SeaweedFS on loopback), shared by the session.

Where it cannot start, the S3 tests skip with the reason, except under CI=true, where
that is a failure: CI must not go green without having tested the S3 backend."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from tests.support.seaweed import SeaweedS3, start_seaweed


@pytest.fixture(scope="session")
def s3(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SeaweedS3]:
    """A running SeaweedFS S3 server; `s3.storage_url(bucket)` addresses a bucket on it."""
    started = time.monotonic()
    try:
        server = start_seaweed(tmp_path_factory.mktemp("seaweed"))
    except RuntimeError as exc:
        reason = f"S3 server (SeaweedFS) could not start: {exc}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    print(f"SeaweedFS S3 at {server.endpoint}, ready in {time.monotonic() - started:.2f} s")
    yield server
    server.stop()
