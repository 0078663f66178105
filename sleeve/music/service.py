"""Register and look up music tasks; each belongs to one account."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sleeve.core.clock import utcnow
from sleeve.core.errors import InvalidRequest, NotFound
from sleeve.core.ids import new_task_id
from sleeve.core.settings import get_settings
from sleeve.db.models import AudioStatus, MusicTask
from sleeve.engine.music import MAX_TITLE_CHARS
from sleeve.files.storage import Storage
from sleeve.music.downloads import AUDIO_TYPES, audio_key, request_download

MAX_AUDIO_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class MusicFields:
    """What a caller may say about a track when registering it."""

    title: str
    tags: str = ""
    prompt: str = ""
    instrumental: bool = False
    model_name: str = ""
    duration_s: float | None = None
    audio_url: str | None = None
    image_url: str | None = None
    task_id: str | None = None


def register_music(
    *,
    session: Session,
    account_id: int,
    fields: MusicFields,
    source: str = "api",
    audio: bytes | None = None,
    audio_suffix: str = ".mp3",
    storage: Storage | None = None,
) -> MusicTask:
    """Record a music task for an account (with uploaded audio when given; otherwise
    its audio URL, if any, is queued for download)."""
    if not fields.title.strip():
        raise InvalidRequest("title is required: give the song's title")
    if len(fields.title) > MAX_TITLE_CHARS:
        raise InvalidRequest(f"title is too long (at most {MAX_TITLE_CHARS} characters)")
    task_id = fields.task_id or new_task_id()
    if (
        session.scalar(
            select(MusicTask.id).where(
                MusicTask.account_id == account_id, MusicTask.task_id == task_id
            )
        )
        is not None
    ):
        raise InvalidRequest(f"music task {task_id} is already registered for this account")
    music = MusicTask(
        task_id=task_id,
        account_id=account_id,
        title=fields.title.strip(),
        tags=fields.tags,
        prompt=fields.prompt,
        instrumental=fields.instrumental,
        model_name=fields.model_name,
        duration_s=fields.duration_s,
        audio_url=fields.audio_url,
        image_url=fields.image_url,
        status="SUCCESS",
        source=source,
    )
    if audio is not None:
        if storage is None:
            raise ValueError("storage is needed to keep uploaded audio")
        if len(audio) > MAX_AUDIO_BYTES:
            raise InvalidRequest(f"audio is larger than {MAX_AUDIO_BYTES // 2**20} MiB")
    session.add(music)
    session.flush()
    if audio is not None and storage is not None:
        key = audio_key(music.id, audio_suffix.lower())
        storage.put(key, audio, AUDIO_TYPES.get(audio_suffix.lower(), "application/octet-stream"))
        music.audio_key = key
        music.audio_status = AudioStatus.STORED
        music.audio_since = utcnow()
        music.audio_expires_at = utcnow() + timedelta(days=get_settings().retention_days)
    elif music.audio_url:
        request_download(session=session, music=music)
    return music


def find_music(*, session: Session, account_id: int, task_id: str) -> MusicTask | None:
    """The caller's music task with this id, or None."""
    return session.scalar(
        select(MusicTask).where(MusicTask.account_id == account_id, MusicTask.task_id == task_id)
    )


def get_music(*, session: Session, account_id: int, task_id: str) -> MusicTask:
    """The caller's music task, or NotFound (also for other accounts' tasks)."""
    music = find_music(session=session, account_id=account_id, task_id=task_id)
    if music is None:
        raise NotFound(f"music task {task_id} was not found for this API key")
    return music


def touch(music: MusicTask) -> None:
    """Mark a music task as updated now."""
    music.updated_at = utcnow()
