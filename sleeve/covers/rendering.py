"""The render job: claim a cover task, run the art engine, store images, finish once."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import timedelta
from hashlib import sha256

import structlog
from sqlalchemy import update

from sleeve.core.clock import utcnow
from sleeve.core.ids import file_token
from sleeve.core.metrics import RENDER_SECONDS, RENDERS
from sleeve.core.settings import Settings, get_settings
from sleeve.covers.direction_words import describe_direction
from sleeve.covers.finish import StoredImage, record_failure, record_success
from sleeve.db.models import CoverStatus, CoverTask, MusicTask
from sleeve.db.session import write_session
from sleeve.engine.music import MusicInput
from sleeve.engine.pipeline import ENGINE_VERSION, render_covers
from sleeve.files.storage import Storage, StorageError, get_storage
from sleeve.jobs.lease_keeper import LeaseKeeper
from sleeve.jobs.leases import claim, worker_id
from sleeve.jobs.queue import QueueKind, enqueue
from sleeve.music.audio_source import local_audio
from sleeve.music.fields import music_input
from sleeve.ops.maintenance import maintenance_on

log = structlog.get_logger()


def run_render_job(cover_id: str, *, settings: Settings | None = None) -> None:
    """Render one cover task if this worker can claim it; safe to call any number of times."""
    settings = settings or get_settings()
    owner = worker_id()
    with write_session() as session:
        if maintenance_on(session=session):
            return
        claimed = claim(
            session=session,
            model=CoverTask,
            row_id=cover_id,
            owner=owner,
            lease_s=settings.lease_seconds,
            claimable=(CoverStatus.PENDING, CoverStatus.GENERATING),
            new_status=CoverStatus.GENERATING,
            extra={"attempts": CoverTask.attempts + 1},
        )
        if not claimed:
            return
        task = session.get(CoverTask, cover_id)
        music = session.get(MusicTask, task.music_id)
        attempts, salt = task.attempts, task.file_salt
        styles = tuple(task.styles.split(",")) if task.styles else None
        track = music_input(music, task_id=music.task_id)
        audio_source = (music.audio_key, music.audio_url)
    log.info("render_started", cover_task=cover_id, attempt=attempts)
    storage = get_storage()
    started = time.perf_counter()
    try:
        with LeaseKeeper(
            model=CoverTask, row_id=cover_id, owner=owner, lease_s=settings.lease_seconds
        ):
            images, notes, direction = _render_and_store(
                track, audio_source, salt, styles, storage, settings
            )
    except Exception as exc:  # any failure: retry with backoff, then fail and refund
        log.warning("render_failed", cover_task=cover_id, attempt=attempts, error=repr(exc))
        RENDERS.labels("retry" if attempts < settings.render_attempts else "failed").inc()
        _after_failure(cover_id, owner, attempts, _reason(exc), settings)
        return
    RENDER_SECONDS.observe(time.perf_counter() - started)
    RENDERS.labels("success").inc()
    notes.append(f"engine {ENGINE_VERSION}")  # same music task, styles and engine: same bytes
    delivery_id = record_success(
        cover_id=cover_id,
        owner=owner,
        images=images,
        notes=notes,
        direction=direction,
        settings=settings,
    )
    if delivery_id is not None:
        log.info("render_finished", cover_task=cover_id)
        enqueue(QueueKind.DELIVER, delivery_id)


def _render_and_store(
    track: MusicInput,
    audio_source: tuple[str | None, str | None],
    salt: str,
    styles: tuple[str, ...] | None,
    storage: Storage,
    settings: Settings,
) -> tuple[list[StoredImage], list[str], dict]:
    """Render (in the styles asked for, or the engine's choice) and store the images;
    also returns the notes and the art direction in words."""
    audio_key, audio_url = audio_source
    with local_audio(
        audio_key=audio_key,
        audio_url=audio_url,
        storage=storage,
        allow_private=settings.allow_private_callbacks,
    ) as audio:
        music = replace(track, audio_path=audio.path)
        cover_set = render_covers(
            music, size=settings.image_size, styles=styles, tags_on_cover=settings.tags_on_cover
        )
    notes = [audio.note] if audio.note else []
    notes.extend(cover_set.notes)
    stored = []
    for position, cover in enumerate(cover_set.covers):
        token = file_token(salt, position)
        key = f"covers/{token}.png"
        storage.put(key, cover.png, "image/png")
        stored.append(
            StoredImage(
                position,
                cover.style,
                token,
                key,
                len(cover.png),
                sha256(cover.png).hexdigest()[:32],
                cover.width,
                cover.height,
            )
        )
    direction = describe_direction(cover_set.direction, [c.style for c in cover_set.covers])
    return stored, notes, direction


def _reason(exc: Exception) -> str:
    if isinstance(exc, StorageError | OSError):
        return f"could not store the images ({exc})"
    return f"the art engine failed ({exc.__class__.__name__})"


def _after_failure(
    cover_id: str, owner: str, attempts: int, reason: str, settings: Settings
) -> None:
    if attempts < settings.render_attempts:
        backoff = min(60.0, 2.0 * 3 ** (attempts - 1))
        with write_session() as session:
            session.execute(
                update(CoverTask)
                .where(CoverTask.id == cover_id, CoverTask.lease_owner == owner)
                .values(
                    status=CoverStatus.PENDING,
                    lease_owner=None,
                    enqueued_at=utcnow(),
                    lease_expires_at=utcnow() + timedelta(seconds=backoff),
                    notes=CoverTask.notes + f"attempt {attempts}: {reason}\n",
                )
            )
        enqueue(QueueKind.RENDER, cover_id, delay_s=backoff + 0.1)
        return
    delivery_id = record_failure(cover_id=cover_id, owner=owner, reason=reason)
    if delivery_id is not None:
        enqueue(QueueKind.DELIVER, delivery_id)
