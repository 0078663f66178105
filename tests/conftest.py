"""Fixtures shared by every test folder: one real Sleeve server per test module and a
real callback receiver per module (folders with special servers define their own)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.receiver import CallbackReceiver
from tests.support.server import SleeveServer, make_server

TESTS = Path(__file__).resolve().parent
# Longest first, so that nothing long trails the run on one worker after the rest
# have finished: the folders whose tests wait on real servers, processes, clocks, a
# browser or the fuzzer (a minute or two each) run first, their waits overlapping each
# other and the CPU; the engine's many short CPU-bound tests come last and fill every
# worker evenly to the end. The fuzzer and the browser hold the longest single tests.
WAITING_FIRST = (
    "fuzz",
    "studio",
    "scaleout",
    "ops",
    "faults",
    "music",
    "accounts",
    "covers",
    "jobs",
    "files",
    "api",
    "delivery",
    "core",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Whole modules of the WAITING_FIRST folders move to the front, in that order;
    the rest keep theirs (a module's tests stay together for its server fixture)."""

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
