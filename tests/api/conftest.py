"""Fixtures: one real Sleeve server per test module, a funded key, a callback receiver."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.support.receiver import CallbackReceiver
from tests.support.server import SleeveServer


@pytest.fixture(scope="module")
def account(server: SleeveServer) -> dict:
    """A key named 'alice' with 1000 credits (JSON from `sleeve keys create --json`)."""
    return server.create_key("alice", credits=1000)


@pytest.fixture(scope="module")
def client(server: SleeveServer, account: dict) -> Iterator[httpx.Client]:
    """An HTTP client authenticated as alice."""
    with httpx.Client(
        base_url=server.base, timeout=30, headers={"Authorization": f"Bearer {account['key']}"}
    ) as http:
        yield http


@pytest.fixture
def receiver() -> Iterator[CallbackReceiver]:
    running = CallbackReceiver()
    yield running
    running.close()
