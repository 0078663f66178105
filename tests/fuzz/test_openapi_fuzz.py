"""Schemathesis against Sleeve's own OpenAPI document, with a valid and an invalid key:
no 5xx, every answer matches its documented schema, status code and content type."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.server import SleeveServer, make_server

CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_schema_conformance",
        "response_headers_conformance",
        "unsupported_method",
    ]
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SleeveServer]:
    running = make_server(tmp_path_factory.mktemp("fuzz"), SLEEVE_ALLOW_PRIVATE_CALLBACKS="false")
    running.start()
    yield running
    running.stop()


@pytest.mark.parametrize("key_kind", ["valid", "invalid"])
def test_every_operation_survives_fuzzing(server: SleeveServer, key_kind: str) -> None:
    key = server.create_key(f"fuzz-{key_kind}", credits=100_000)["key"]
    if key_kind == "invalid":
        key = "sk_" + "x" * 43
    st = shutil.which("st", path=str(Path(sys.executable).parent)) or "st"
    result = subprocess.run(
        [
            st,
            "run",
            f"{server.base}/openapi.json",
            "-H",
            f"Authorization: Bearer {key}",
            "--checks",
            CHECKS,
            "--max-examples",
            "40",
            "--seed",
            "20261124",
            "--no-color",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout
