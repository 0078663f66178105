"""The render job: claim a cover task, run the art engine, store images, finish once."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from hashlib import sha256

import structlog
from sqlalchemy import update
from sqlalchemy.orm import Session

from sleeve.core.clock import utcnow
from sleeve.core.ids import file_token
from sleeve.core.settings import Settings, get_settings
from sleeve.covers.finish import record_failure, record_success
from sleeve.covers.render_process import (
    EngineFailed,
    RenderInterrupted,
    RenderTimedOut,
    render_with_limit,
)
from sleeve.db.models import CoverTask, MusicTask
from sleeve.db.session import write_session
from sleeve.engine.music import MusicInput
from sleeve.files.storage import Storage, StorageError, get_storage
from sleeve.jobs.lease_keeper import LeaseKeeper
from sleeve.jobs.leases import claim, owned, worker_id
from sleeve.jobs.queue import enqueue_delivery, enqueue_render
from sleeve.music.audio_source import local_audio
from sleeve.music.downloads import AudioPlan, plan_audio
from sleeve.ops.maintenance import maintenance_on

log = structlog.get_logger()


@dataclass(frozen=True)
class StoredImage:
    """One rendered image as written to storage."""

    position: int
    style: str
    token: str
    key: str
    size: int
    etag: str
    width: int
    height: int


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
            claimable=("PENDING", "GENERATING"),
            new_status="GENERATING",
            extra={"attempts": CoverTask.attempts + 1},
        )
        if not claimed:
            return
        task = session.get(CoverTask, cover_id)
        music = session.get(MusicTask, task.music_id)
        attempts, salt = task.attempts, task.file_salt
        audio = plan_audio(session=session, music=music, settings=settings)
        if audio.wait_s is not None:  # its audio is still downloading: come back later
            _put_back(session, cover_id, owner, audio.wait_s)
        track = MusicInput(
            task_id=music.task_id,
            title=music.title,
            tags=music.tags,
            lyrics=music.prompt,
            instrumental=music.instrumental,
            model_name=music.model_name,
            duration_s=music.duration_s,
        )
    if audio.wait_s is not None:
        enqueue_render(cover_id, delay_s=audio.wait_s + 0.1)
        return
    log.info("render_started", cover_task=cover_id, attempt=attempts)
    storage = get_storage()
    try:
        with LeaseKeeper(
            model=CoverTask, row_id=cover_id, owner=owner, lease_s=settings.lease_seconds
        ):
            images, notes = _render_and_store(track, audio, salt, storage, settings)
    except RenderInterrupted:  # shutting down: the lease runs out and the task comes back
        log.info("render_interrupted", cover_task=cover_id)
        return
    except RenderTimedOut as exc:  # the same input would time out again: fail at once
        log.warning("render_timed_out", cover_task=cover_id, error=str(exc))
        delivery_id = record_failure(cover_id=cover_id, owner=owner, reason=str(exc))
        if delivery_id is not None:
            enqueue_delivery(delivery_id)
        return
    except Exception as exc:  # any other failure: retry with backoff, then fail and refund
        log.warning("render_failed", cover_task=cover_id, attempt=attempts, error=repr(exc))
        _after_failure(cover_id, owner, attempts, _reason(exc), settings)
        return
    delivery_id = record_success(
        cover_id=cover_id, owner=owner, images=images, notes=notes, settings=settings
    )
    if delivery_id is not None:
        log.info("render_finished", cover_task=cover_id)
        enqueue_delivery(delivery_id)


def _put_back(session: Session, cover_id: str, owner: str, wait_s: float) -> None:
    """Release a claimed task unrendered (not an attempt) and queue it again later."""
    session.execute(
        update(CoverTask)
        .where(owned(CoverTask, cover_id, owner))
        .values(
            status="PENDING",
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
    storage: Storage,
    settings: Settings,
) -> tuple[list[StoredImage], list[str]]:
    with local_audio(audio_key=plan.key, storage=storage) as audio:
        music = replace(track, audio_path=audio.path)
        cover_set = render_with_limit(
            music, size=settings.image_size, limit_s=settings.render_timeout_s
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
                token,
                key,
                len(cover.png),
                sha256(cover.png).hexdigest()[:32],
                cover.width,
                cover.height,
            )
        )
    return stored, notes


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
                    status="PENDING",
                    lease_owner=None,
                    enqueued_at=utcnow(),
                    lease_expires_at=utcnow() + timedelta(seconds=backoff),
                    notes=CoverTask.notes + f"attempt {attempts}: {reason}\n",
                )
            )
        enqueue_render(cover_id, delay_s=backoff + 0.1)
        return
    delivery_id = record_failure(cover_id=cover_id, owner=owner, reason=reason)
    if delivery_id is not None:
        enqueue_delivery(delivery_id)
