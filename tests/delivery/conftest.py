"""Fixtures for the delivery tests: scripted loopback receivers, closed after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.delivery.receivers import Behaviour, ScriptedReceiver, answer


@pytest.fixture
def receiver_factory() -> Iterator[Callable[..., ScriptedReceiver]]:
    """Start receivers with `receiver_factory(behaviour, ...)`; all stop after the test."""
    started: list[ScriptedReceiver] = []

    def start(*script: Behaviour, **options: object) -> ScriptedReceiver:
        receiver = ScriptedReceiver(list(script) or [answer(200)], **options)  # type: ignore[arg-type]
        started.append(receiver)
        return receiver

    yield start
    for receiver in started:
        receiver.close()
