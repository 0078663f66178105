"""Fixtures shared by every test folder: one real Sleeve server per test module and a
real callback receiver per module (folders with special servers define their own)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.receiver import CallbackReceiver
from tests.support.server import SleeveServer, make_server

TESTS = Path(__file__).resolve().parent
# Longest first: pytest-xdist hands out whole files (`--dist loadfile`, in this order),
# each to the next free worker, so a file that takes minutes must start early or it
# trails the run on one worker after the rest have finished. The folders whose tests
# wait on real servers, processes, clocks, a browser or the fuzzer come first, the
# slowest folders (by a --durations run) in front; the engine's many short CPU-bound
# files come last and fill every worker evenly to the end.
WAITING_FIRST = (
    "faults",
    "music",
    "fuzz",
    "accounts",
    "studio",
    "covers",
    "scaleout",
    "ops",
    "jobs",
    "api",
    "delivery",
    "files",
    "core",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Whole modules of the WAITING_FIRST folders move to the front, in that order;
    the rest keep theirs (a module's tests stay together, on one worker, for its
    server fixture)."""

    def rank(item: pytest.Item) -> int:
        folder = item.path.resolve().relative_to(TESTS).parts[0]
        return WAITING_FIRST.index(folder) if folder in WAITING_FIRST else len(WAITING_FIRST)

    items.sort(key=rank)


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
