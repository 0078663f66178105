"""Scale-out fixtures: a fresh PostgreSQL database and the local Redis."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.services import fresh_postgres_database, redis_url


@pytest.fixture(scope="module")
def database_url() -> Iterator[str]:
    with fresh_postgres_database() as url:
        yield url


@pytest.fixture(scope="module")
def redis() -> str:
    return redis_url()


from tests.files.conftest import s3  # noqa: E402, F401  (the real S3 server fixture)
