"""Register and look up music tasks; each belongs to one account."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sleeve.core.clock import utcnow
from sleeve.core.errors import InvalidRequest, NotFound
from sleeve.core.ids import new_task_id
from sleeve.core.outbound import RefusedUrl, check_url
from sleeve.core.settings import get_settings
from sleeve.db.models import AudioStatus, MusicSource, MusicStatus, MusicTask
from sleeve.db.session import read_session, write_session
from sleeve.engine.music import MAX_TITLE_CHARS
from sleeve.files.storage import Storage, get_storage
from sleeve.music.downloads import AUDIO_TYPES, audio_key, request_download
from sleeve.music.fields import MusicFields
from sleeve.music.provider_shape import music_record

MAX_AUDIO_BYTES = 50 * 1024 * 1024


def register_track(
    *, account_id: int, fields: MusicFields, audio: bytes | None = None, audio_suffix: str = ".mp3"
) -> str:
    """Register a track sent to the API (blocking: its audioUrl is looked up in DNS);
    returns the music task id."""
    if fields.audio_url:
        try:
            check_url(
                fields.audio_url,
                field="audioUrl",
                allow_private=get_settings().allow_private_callbacks,
            )
        except RefusedUrl as exc:
            raise InvalidRequest(str(exc)) from exc
    with write_session() as session:
        music = register_music(
            session=session,
            account_id=account_id,
            fields=fields,
            audio=audio,
            audio_suffix=audio_suffix,
            storage=get_storage(),
        )
        return music.task_id


def music_record_info(*, account_id: int, task_id: str) -> dict:
    """The caller's music task in the provider's record-info shape (NotFound otherwise)."""
    with read_session() as session:
        music = get_music(session=session, account_id=account_id, task_id=task_id)
        return music_record(music, get_settings().public_base)


def register_music(
    *,
    session: Session,
    account_id: int,
    fields: MusicFields,
    source: MusicSource = MusicSource.API,
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
        status=MusicStatus.SUCCESS,
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
