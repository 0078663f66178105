"""One Alembic history for SQLite and PostgreSQL; nothing starts on an old schema."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sleeve", *args], env=env, capture_output=True, text=True, timeout=60
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def database_env(request, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLEEVE_")}
    env["SLEEVE_DATA_DIR"] = str(tmp_path)
    if request.param == "postgresql":
        env["SLEEVE_DATABASE_URL"] = request.getfixturevalue("database_url")
    return env


def test_servers_and_workers_refuse_an_unmigrated_database(database_env: dict[str, str]) -> None:
    commands = [["serve", "--port", "1"], ["worker"]]
    if "SLEEVE_DATABASE_URL" not in database_env:
        # `serve` migrates the embedded SQLite database itself (tests/api/test_startup.py)
        commands = [["worker"]]
    for command in commands:
        result = run(database_env, *command)
        assert result.returncode == 1
        assert "sleeve migrate" in result.stdout + result.stderr
    assert run(database_env, "migrate").returncode == 0
    assert run(database_env, "migrate").returncode == 0, "migrating twice is harmless"
    created = run(database_env, "keys", "create", "--name", "m", "--json")
    assert created.returncode == 0 and '"key"' in created.stdout
