"""Maintenance mode, stored in the database so every process sees the same switch."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sleeve.core.clock import utcnow
from sleeve.db.models import ServiceFlag

FLAG = "maintenance"


@dataclass(frozen=True)
class MaintenanceState:
    """Whether maintenance is on, and what Retry-After to send meanwhile."""

    on: bool
    retry_after_s: int = 0


def maintenance_state(*, session: Session) -> MaintenanceState:
    """The current maintenance switch."""
    value = session.scalar(select(ServiceFlag.value).where(ServiceFlag.key == FLAG))
    if value is None:
        return MaintenanceState(False)
    return MaintenanceState(True, int(value))


def maintenance_on(*, session: Session) -> bool:
    """True while maintenance mode is on."""
    return maintenance_state(session=session).on


def set_maintenance(*, session: Session, on: bool, retry_after_s: int = 300) -> None:
    """Switch maintenance mode on (with a Retry-After) or off."""
    session.execute(delete(ServiceFlag).where(ServiceFlag.key == FLAG))
    if on:
        session.add(ServiceFlag(key=FLAG, value=str(retry_after_s), updated_at=utcnow()))
