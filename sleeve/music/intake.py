"""Push: a provider's music-generation callbacks, sent to an account's secret intake URL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sleeve.core.errors import InvalidRequest, NotFound
from sleeve.db.models import Account, MusicTask
from sleeve.music.downloads import request_download
from sleeve.music.provider_shape import fields_from_item
from sleeve.music.service import find_music, register_music, touch

CALLBACK_TYPES = ("text", "first", "complete", "error")


def account_for_intake(*, session: Session, token: str) -> int:
    """The account whose intake URL carries this token (NotFound otherwise)."""
    account_id = session.scalar(select(Account.id).where(Account.intake_token == token))
    if account_id is None:
        raise NotFound("unknown intake URL: copy it again from `sleeve keys create --json`")
    return account_id


def record_provider_callback(
    *, session: Session, account_id: int, body: dict[str, Any]
) -> MusicTask:
    """Create or update the music task a provider callback describes."""
    data = body.get("data") if isinstance(body.get("data"), dict) else None
    if data is None:
        raise InvalidRequest("data is required: send the provider's callback body unchanged")
    kind = data.get("callbackType")
    task_id = data.get("task_id") or data.get("taskId")
    if kind not in CALLBACK_TYPES:
        raise InvalidRequest(f"data.callbackType must be one of {', '.join(CALLBACK_TYPES)}")
    if not isinstance(task_id, str) or not task_id.strip() or len(task_id) > 64:
        raise InvalidRequest("data.task_id is required: the music task id")
    items = [item for item in (data.get("data") or []) if isinstance(item, dict)]
    music = find_music(session=session, account_id=account_id, task_id=task_id)
    if music is None:
        fields = fields_from_item(task_id, items[0] if items else {}, {})
        music = register_music(session=session, account_id=account_id, fields=fields, source="push")
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
        "text": "TEXT_SUCCESS",
        "first": "FIRST_SUCCESS",
        "complete": "SUCCESS",
        "error": "FAILED",
    }[kind]
    touch(music)
    session.flush()
    return music
