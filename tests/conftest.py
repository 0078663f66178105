"""Fixtures shared by every test folder: one real Sleeve server per test module and a
real callback receiver per module (folders with special servers define their own)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.receiver import CallbackReceiver
from tests.support.server import SleeveServer, make_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SleeveServer]:
    running = make_server(tmp_path_factory.mktemp("sleeve"))
    running.start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def callbacks() -> Iterator[CallbackReceiver]:
    running = CallbackReceiver()
    yield running
    running.close()
