"""Time in one place: naive UTC as the database stores it, and the contract's format."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """The current UTC time as a naive datetime (how the database stores times)."""
    return datetime.now(UTC).replace(tzinfo=None)


def iso_millis(moment: datetime | None) -> str | None:
    """ISO 8601 UTC with milliseconds and Z, as the contract writes times."""
    if moment is None:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
