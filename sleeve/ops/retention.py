"""Retention: delete image, print-export and audio files whose time is up; the records stay.

Audio (uploaded or downloaded) is kept as long as images are (SLEEVE_RETENTION_DAYS)
from when it was stored. A track whose audio expired keeps its audio URL: a later
cover downloads it again; an uploaded file is simply gone (covers then use the text).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import structlog
from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session

from sleeve.core.clock import utcnow
from sleeve.db.models import CoverExport, CoverImage, MusicTask
from sleeve.db.session import read_session, write_session
from sleeve.files.storage import Storage, get_storage

log = structlog.get_logger()


@dataclass(frozen=True)
class SweepResult:
    """What one sweep removed: `deleted` files in all, `audio` of them audio files."""

    deleted: int
    failed: int
    audio: int = 0


def sweep_expired(
    *, now: datetime | None = None, storage: Storage | None = None, batch: int = 500
) -> SweepResult:
    """Delete every expired image, export and audio file and mark its row; `now` is
    injectable for tests."""
    now = now or utcnow()
    storage = storage or get_storage()
    audio, audio_failed = _sweep_audio(now, storage, batch)
    images = _sweep(CoverImage, now, storage, batch)
    exports = _sweep(CoverExport, now, storage, batch)
    return SweepResult(
        images.deleted + exports.deleted + audio,
        images.failed + exports.failed + audio_failed,
        audio,
    )


def _sweep(
    model: type[CoverImage] | type[CoverExport], now: datetime, storage: Storage, batch: int
) -> SweepResult:
    """Delete an image or export table's expired files and mark their rows deleted."""
    due = (
        select(model.id, model.storage_key)
        .where(model.expires_at <= now, model.deleted_at.is_(None))
        .order_by(model.id)
        .limit(batch)
    )

    def forget(session: Session, done: list[tuple[int, str]]) -> None:
        ids = [row_id for row_id, _key in done]
        session.execute(update(model).where(model.id.in_(ids)).values(deleted_at=now))

    deleted, failed = _delete_due(due, forget, storage)
    return SweepResult(deleted, failed)


def _sweep_audio(now: datetime, storage: Storage, batch: int) -> tuple[int, int]:
    """Delete expired audio files; their tracks forget the file (not the URL)."""
    due = (
        select(MusicTask.id, MusicTask.audio_key)
        .where(MusicTask.audio_expires_at <= now, MusicTask.audio_key.is_not(None))
        .order_by(MusicTask.id)
        .limit(batch)
    )

    def forget(session: Session, done: list[tuple[int, str]]) -> None:
        for music_id, key in done:
            session.execute(
                update(MusicTask)
                .where(MusicTask.id == music_id, MusicTask.audio_key == key)
                .values(audio_key=None, audio_status=None, audio_expires_at=None)
            )

    return _delete_due(due, forget, storage)


def _delete_due(
    due: Select, forget: Callable[[Session, list[tuple[int, str]]], None], storage: Storage
) -> tuple[int, int]:
    """Delete the files of the rows `due` selects (id, storage key), batch by batch,
    and let `forget` mark the deleted ones; a file that cannot be deleted is counted
    and left for the next sweep. Returns (deleted, failed)."""
    deleted = failed = 0
    while True:
        with read_session() as session:
            rows = session.execute(due).all()
        if not rows:
            return deleted, failed
        done = []
        for row_id, key in rows:
            try:
                storage.delete(key)
                done.append((row_id, key))
            except Exception as exc:  # keep going; the next sweep tries again
                failed += 1
                log.warning("sweep_delete_failed", key=key, error=str(exc))
        if done:
            with write_session() as session:
                forget(session, done)
        deleted += len(done)
        if len(done) < len(rows):
            return deleted, failed
