"""Time in one place, so tests can move it (retention) without waiting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

_offset = timedelta(0)


def utcnow() -> datetime:
    """The current UTC time as a naive datetime (how the database stores times)."""
    return (datetime.now(UTC) + _offset).replace(tzinfo=None)


def advance(delta: timedelta) -> None:
    """Move this process's clock forward (tests and the `sweep --at` command)."""
    global _offset
    _offset += delta


def reset() -> None:
    """Undo every advance()."""
    global _offset
    _offset = timedelta(0)


def iso_millis(moment: datetime | None) -> str | None:
    """ISO 8601 UTC with milliseconds and Z, as the contract writes times."""
    if moment is None:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
