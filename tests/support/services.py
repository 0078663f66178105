"""The real local servers the scale-out tests need: PostgreSQL and Redis.

A stopped server is started with the command this machine documents. When it still
cannot be reached, the tests fail under CI=true and are skipped elsewhere.
"""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import psycopg
import pytest
import redis

POSTGRES_ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
REDIS_URL = "redis://127.0.0.1:6379/0"
START_POSTGRES = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"
START_REDIS = (
    'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" '
    "--appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log"
)


def _reachable(check: Callable[[], object]) -> bool:
    try:
        check()
    except Exception:
        return False
    return True


def require(name: str, check: Callable[[], object], start: str) -> None:
    """Make sure a server answers, starting it once if needed; fail (CI) or skip otherwise."""
    if _reachable(check):
        return
    subprocess.run(start, shell=True, capture_output=True, timeout=60)
    deadline = time.time() + 20
    while time.time() < deadline:
        if _reachable(check):
            return
        time.sleep(0.5)
    message = f"{name} is not reachable on its standard local port and could not be started"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def _postgres_ping() -> None:
    with psycopg.connect(POSTGRES_ADMIN, connect_timeout=2) as connection:
        connection.execute("SELECT 1")


def _redis_ping() -> None:
    redis.Redis.from_url(REDIS_URL, socket_timeout=2).ping()


@contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """A new, empty PostgreSQL database for one test module; dropped afterwards."""
    require("PostgreSQL", _postgres_ping, START_POSTGRES)
    name = f"sleeve_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def redis_url() -> str:
    """The local Redis URL, once it answers."""
    require("Redis", _redis_ping, START_REDIS)
    return REDIS_URL
