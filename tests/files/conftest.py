"""A real S3 server for the storage tests: started here, a failure under CI=true."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.support.seaweed import SeaweedS3, start_seaweed


@pytest.fixture(scope="session")
def s3(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SeaweedS3]:
    try:
        server = start_seaweed(tmp_path_factory.mktemp("seaweed"))
    except RuntimeError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"S3 server (SeaweedFS) could not start: {exc}")
        pytest.skip(f"S3 server (SeaweedFS) could not start: {exc}")
    yield server
    server.stop()
