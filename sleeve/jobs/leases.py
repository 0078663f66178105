"""Leases: a worker owns a row only while its lease runs; claims are conditional updates.

A claim is one `UPDATE ... WHERE <claimable> RETURNING`, never "select, then lock",
so two workers can never both own a row, on SQLite or PostgreSQL.
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import or_, update
from sqlalchemy.orm import Session

from sleeve.core.clock import utcnow

_worker_ids: dict[int, str] = {}


def worker_id() -> str:
    """This process's lease-owner name: host, pid and a random tag (new in each fork)."""
    pid = os.getpid()
    if pid not in _worker_ids:
        _worker_ids[pid] = f"{socket.gethostname()}:{pid}:{uuid.uuid4().hex[:6]}"
    return _worker_ids[pid]


def claim(
    *,
    session: Session,
    model: Any,
    row_id: object,
    owner: str,
    lease_s: float,
    claimable: tuple[str, ...],
    new_status: str,
    extra: dict[str, Any] | None = None,
    where: Any = None,
) -> bool:
    """Take the lease on a row whose status is claimable and whose lease is free or expired."""
    now = utcnow()
    values: dict[str, Any] = {
        "status": new_status,
        "lease_owner": owner,
        "lease_expires_at": now + timedelta(seconds=lease_s),
    }
    values.update(extra or {})
    statement = (
        update(model)
        .where(model.id == row_id, model.status.in_(claimable))
        .where(or_(model.lease_expires_at.is_(None), model.lease_expires_at < now))
    )
    if where is not None:
        statement = statement.where(where)
    result = session.execute(statement.values(**values).returning(model.id))
    return result.first() is not None


def renew(*, session: Session, model: Any, row_id: object, owner: str, lease_s: float) -> bool:
    """Extend a lease this worker still holds; False when it was lost."""
    result = session.execute(
        update(model)
        .where(model.id == row_id, model.lease_owner == owner)
        .values(lease_expires_at=utcnow() + timedelta(seconds=lease_s))
        .returning(model.id)
    )
    return result.first() is not None


def owned(model: Any, row_id: object, owner: str) -> Any:
    """The condition under which a finishing update may apply: this worker still owns it."""
    return (model.id == row_id) & (model.lease_owner == owner)
