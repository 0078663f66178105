"""Push: a provider's music-generation callbacks, sent to an account's secret intake URL."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sleeve.core.errors import InvalidRequest, NotFound
from sleeve.db.models import Account, MusicSource, MusicStatus, MusicTask
from sleeve.db.session import write_session
from sleeve.music.downloads import request_download
from sleeve.music.provider_shape import fields_from_item
from sleeve.music.schemas import ProviderCallback
from sleeve.music.service import find_music, register_music, touch


def receive_provider_callback(*, token: str, callback: ProviderCallback) -> str:
    """Record a pushed callback for the account whose intake URL carries `token` (a new
    audio URL is queued for download when the write commits); returns the music task id."""
    with write_session() as session:
        account_id = account_for_intake(session=session, token=token)
        music = record_provider_callback(session=session, account_id=account_id, callback=callback)
        return music.task_id


def account_for_intake(*, session: Session, token: str) -> int:
    """The account whose intake URL carries this token (NotFound otherwise)."""
    account_id = session.scalar(select(Account.id).where(Account.intake_token == token))
    if account_id is None:
        raise NotFound("unknown intake URL: copy it again from `sleeve keys create --json`")
    return account_id


def record_provider_callback(
    *, session: Session, account_id: int, callback: ProviderCallback
) -> MusicTask:
    """Create or update the music task a provider callback describes."""
    kind, task_id = callback.data.callbackType, callback.data.task_id
    if not task_id.strip():
        raise InvalidRequest("data.task_id is required: the music task id")
    items = callback.songs()
    music = find_music(session=session, account_id=account_id, task_id=task_id)
    if music is None:
        fields = fields_from_item(task_id, items[0] if items else {}, {})
        music = register_music(
            session=session, account_id=account_id, fields=fields, source=MusicSource.PUSH
        )
    elif items:
        fields = fields_from_item(task_id, items[0], {})
        if fields.audio_url and fields.audio_url != music.audio_url:
            music.audio_url = fields.audio_url  # its file replaces the stored one, if any
            request_download(session=session, music=music)
        for name in (
            "title",
            "tags",
            "prompt",
            "model_name",
            "duration_s",
            "audio_url",
            "image_url",
        ):
            value = getattr(fields, name)
            if value not in (None, "") and not (name == "title" and value == "Untitled"):
                setattr(music, name, value)
    music.status = {
        "text": MusicStatus.TEXT_SUCCESS,
        "first": MusicStatus.FIRST_SUCCESS,
        "complete": MusicStatus.SUCCESS,
        "error": MusicStatus.FAILED,
    }[kind]
    touch(music)
    session.flush()
    return music
