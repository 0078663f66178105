"""Decisions measured on a cover's pixels (where the title goes, how it is made legible),
recorded while one size of a cover is drawn and taken again, in the same order, while
a larger size of it is drawn: an export enlarges its delivered cover, and measured on
its own finer pixels a borderline choice (a scrim, a colour, a place) could tip."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

Decisions = dict[str, list[Any]]
T = TypeVar("T")

_RECORDED: ContextVar[Decisions | None] = ContextVar("recorded_decisions", default=None)
_FOLLOWED: ContextVar[Decisions | None] = ContextVar("followed_decisions", default=None)


@contextmanager
def recording() -> Iterator[Decisions]:
    """Collect the decisions taken inside the block, per kind, in order."""
    decisions: Decisions = defaultdict(list)
    token = _RECORDED.set(decisions)
    try:
        yield decisions
    finally:
        _RECORDED.reset(token)


@contextmanager
def following(decisions: Decisions) -> Iterator[None]:
    """Inside the block, `taken` hands out the given decisions, per kind, in order."""
    token = _FOLLOWED.set({kind: list(values) for kind, values in decisions.items()})
    try:
        yield
    finally:
        _FOLLOWED.reset(token)


def taken(kind: str) -> Any | None:
    """The next followed decision of `kind`, or None: measure it (they ran out, or
    nothing is followed)."""
    followed = _FOLLOWED.get()
    if not followed or not followed.get(kind):
        return None
    return followed[kind].pop(0)


def keep(kind: str, decision: Any) -> None:
    """Record a decision of `kind` when recording."""
    recorded = _RECORDED.get()
    if recorded is not None:
        recorded[kind].append(decision)


def replayed(kind: str) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Make a function's result a decision of `kind`: the next followed one is returned
    instead of calling it, and whatever it returns is kept when recording."""

    def wrap(measure: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(measure)
        def decide(*args: Any, **kwargs: Any) -> T:
            decision = taken(kind)
            if decision is None:
                decision = measure(*args, **kwargs)
            keep(kind, decision)
            return decision

        return decide

    return wrap
