"""Retention: delete image files (and their print exports) whose time is up; the cover
records stay."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import structlog
from sqlalchemy import select, update

from sleeve.core.clock import utcnow
from sleeve.db.models import CoverExport, CoverImage
from sleeve.db.session import read_session, write_session
from sleeve.files.storage import Storage, get_storage

log = structlog.get_logger()


@dataclass(frozen=True)
class SweepResult:
    """What one sweep removed."""

    deleted: int
    failed: int


def sweep_expired(
    *, now: datetime | None = None, storage: Storage | None = None, batch: int = 500
) -> SweepResult:
    """Delete every expired image and export file and mark its row; `now` is injectable
    for tests."""
    now = now or utcnow()
    storage = storage or get_storage()
    images = _sweep(CoverImage, now, storage, batch)
    exports = _sweep(CoverExport, now, storage, batch)
    return SweepResult(images.deleted + exports.deleted, images.failed + exports.failed)


def _sweep(
    model: type[CoverImage] | type[CoverExport], now: datetime, storage: Storage, batch: int
) -> SweepResult:
    deleted = failed = 0
    while True:
        with read_session() as session:
            due = session.execute(
                select(model.id, model.storage_key)
                .where(model.expires_at <= now, model.deleted_at.is_(None))
                .order_by(model.id)
                .limit(batch)
            ).all()
        if not due:
            return SweepResult(deleted, failed)
        done = []
        for image_id, key in due:
            try:
                storage.delete(key)
                done.append(image_id)
            except Exception as exc:  # keep going; the next sweep tries again
                failed += 1
                log.warning("sweep_delete_failed", key=key, error=str(exc))
        if done:
            with write_session() as session:
                session.execute(update(model).where(model.id.in_(done)).values(deleted_at=now))
        deleted += len(done)
        if len(done) < len(due):
            return SweepResult(deleted, failed)
