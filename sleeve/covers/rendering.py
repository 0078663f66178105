"""The render job: claim a cover task, run the art engine, store images, finish once."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import timedelta
from hashlib import sha256

import structlog
from sqlalchemy import update
from sqlalchemy.orm import Session

from sleeve.core.clock import utcnow
from sleeve.core.ids import file_token
from sleeve.core.metrics import RENDER_SECONDS, RENDERS
from sleeve.core.settings import Settings, get_settings
from sleeve.covers.direction_words import describe_direction
from sleeve.covers.finish import StoredImage, record_failure, record_success
from sleeve.covers.layouts import recent_layouts
from sleeve.covers.render_process import (
    EngineFailed,
    RenderInterrupted,
    RenderTimedOut,
    render_with_limit,
)
from sleeve.db.models import CoverStatus, CoverTask, MusicTask
from sleeve.db.session import write_session
from sleeve.engine.music import MusicInput
from sleeve.engine.pipeline import ENGINE_VERSION
from sleeve.files.storage import Storage, StorageError, get_storage
from sleeve.jobs.lease_keeper import LeaseKeeper
from sleeve.jobs.leases import claim, owned, worker_id
from sleeve.jobs.queue import QueueKind, enqueue
from sleeve.music.audio_source import local_audio
from sleeve.music.downloads import AudioPlan, plan_audio
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
        recent = recent_layouts(
            session=session, account_id=task.account_id, limit=settings.layout_memory
        )
        audio = plan_audio(session=session, music=music, settings=settings)
        if audio.wait_s is not None:  # its audio is still downloading: come back later
            _put_back(session, cover_id, owner, audio.wait_s)
        track = music_input(music, task_id=music.task_id)
    if audio.wait_s is not None:
        enqueue(QueueKind.RENDER, cover_id, delay_s=audio.wait_s + 0.1)
        return
    log.info("render_started", cover_task=cover_id, attempt=attempts)
    storage = get_storage()
    started = time.perf_counter()
    try:
        with LeaseKeeper(
            model=CoverTask, row_id=cover_id, owner=owner, lease_s=settings.lease_seconds
        ):
            images, notes, direction = _render_and_store(
                track, audio, salt, styles, recent, storage, settings
            )
    except RenderInterrupted:  # shutting down: the lease runs out and the task comes back
        log.info("render_interrupted", cover_task=cover_id)
        return
    except RenderTimedOut as exc:  # the same input would time out again: fail at once
        log.warning("render_timed_out", cover_task=cover_id, error=str(exc))
        RENDERS.labels("failed").inc()
        delivery_id = record_failure(cover_id=cover_id, owner=owner, reason=str(exc))
        if delivery_id is not None:
            enqueue(QueueKind.DELIVER, delivery_id)
        return
    except Exception as exc:  # any other failure: retry with backoff, then fail and refund
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


def _put_back(session: Session, cover_id: str, owner: str, wait_s: float) -> None:
    """Release a claimed task unrendered (not an attempt) and queue it again later."""
    session.execute(
        update(CoverTask)
        .where(owned(CoverTask, cover_id, owner))
        .values(
            status=CoverStatus.PENDING,
            lease_owner=None,
            attempts=CoverTask.attempts - 1,
            enqueued_at=utcnow(),
            lease_expires_at=utcnow() + timedelta(seconds=wait_s),
        )
    )


def _render_and_store(
    track: MusicInput,
    plan: AudioPlan,
    salt: str,
    styles: tuple[str, ...] | None,
    recent: list[str],
    storage: Storage,
    settings: Settings,
) -> tuple[list[StoredImage], list[str], dict]:
    """Render (in the styles asked for, or the engine's choice, avoiding the `recent`
    layouts) in a child process with a time limit, and store the images; also returns
    the notes and the art direction in words."""
    with local_audio(audio_key=plan.key, storage=storage) as audio:
        music = replace(track, audio_path=audio.path)
        cover_set = render_with_limit(
            music,
            size=settings.image_size,
            limit_s=settings.render_timeout_s,
            styles=styles,
            tags_on_cover=settings.tags_on_cover,
            recent=recent,
        )
    notes = [note for note in (plan.note, audio.note) if note]
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
                cover.turn,
                cover.layout,
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
    name = exc.name if isinstance(exc, EngineFailed) else exc.__class__.__name__
    return f"the art engine failed ({name})"


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
