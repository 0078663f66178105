"""Music task endpoints: register a track, and read one in the provider's shape."""

from __future__ import annotations

import json
from pathlib import PurePosixPath

from fastapi import APIRouter, Query, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from sleeve.api.deps import AppSettings, CurrentCaller
from sleeve.api.errors import describe_validation
from sleeve.api.schemas import ERROR_RESPONSES, Envelope
from sleeve.core.envelope import envelope
from sleeve.core.errors import InvalidRequest
from sleeve.core.outbound import RefusedUrl, check_url
from sleeve.db.session import read_session, write_session
from sleeve.files.storage import get_storage
from sleeve.jobs.queue import enqueue_audio_fetch
from sleeve.music.intake import account_for_intake, record_provider_callback
from sleeve.music.schemas import MusicRegistration, MusicTaskCreated, music_record
from sleeve.music.service import get_music, register_music

router = APIRouter(prefix="/api/v1", tags=["music"], responses=ERROR_RESPONSES)


@router.post(
    "/music/register",
    response_model=Envelope[MusicTaskCreated],
    openapi_extra={
        "requestBody": {
            "content": {
                "application/json": {"schema": MusicRegistration.model_json_schema()},
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "metadata": {
                                "type": "string",
                                "description": "the JSON fields as a string",
                            },
                            "audio": {"type": "string", "format": "binary"},
                        },
                    }
                },
            }
        }
    },
)
async def register_music_task(request: Request, caller: CurrentCaller, settings: AppSettings):
    """Register a track: JSON metadata (audio by `audioUrl`), or multipart with a
    `metadata` JSON field and an `audio` file."""
    audio, suffix = None, ".mp3"
    content_type = request.headers.get("content-type", "")
    try:
        if content_type.startswith("multipart/form-data"):
            form = await request.form()
            raw = form.get("metadata") or "{}"
            fields = MusicRegistration.model_validate_json(raw if isinstance(raw, str) else "{}")
            upload = form.get("audio")
            if upload is not None and hasattr(upload, "read"):
                audio = await upload.read()
                suffix = PurePosixPath(upload.filename or "track.mp3").suffix or ".mp3"
        else:
            fields = MusicRegistration.model_validate_json(await request.body() or b"{}")
    except ValidationError as exc:
        raise InvalidRequest(describe_validation(list(exc.errors()))) from exc
    except (ValueError, json.JSONDecodeError) as exc:
        raise InvalidRequest(f"the body could not be read: {exc}") from exc
    if fields.audioUrl:
        try:
            check_url(
                fields.audioUrl, field="audioUrl", allow_private=settings.allow_private_callbacks
            )
        except RefusedUrl as exc:
            raise InvalidRequest(str(exc)) from exc

    def store() -> str:
        with write_session() as session:
            music = register_music(
                session=session,
                account_id=caller.account_id,
                fields=fields.to_fields(),
                audio=audio,
                audio_suffix=suffix,
                storage=get_storage(),
            )
            return music.task_id

    return envelope({"taskId": await run_in_threadpool(store)})


@router.get("/generate/record-info")
def music_record_info(
    caller: CurrentCaller,
    settings: AppSettings,
    taskId: str = Query(min_length=1, max_length=128, description="The music task id."),
):
    """A music task in the Suno-compatible provider shape (data.response.sunoData)."""
    with read_session() as session:
        music = get_music(session=session, account_id=caller.account_id, task_id=taskId)
        return envelope(music_record(music, settings.public_base))


PROVIDER_CALLBACK_SCHEMA = {
    "type": "object",
    "required": ["data"],
    "properties": {
        "code": {"type": "integer"},
        "msg": {"type": "string"},
        "data": {
            "type": "object",
            "required": ["callbackType", "task_id"],
            "properties": {
                "callbackType": {"type": "string", "enum": ["text", "first", "complete", "error"]},
                "task_id": {"type": "string", "minLength": 1, "maxLength": 64},
                "data": {"type": "array", "items": {"type": "object"}},
            },
        },
    },
}


@router.post(
    "/intake/{token}",
    response_model=Envelope[MusicTaskCreated],
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": PROVIDER_CALLBACK_SCHEMA}},
        }
    },
)
async def provider_intake(token: str, request: Request):
    """Receive a provider's music-generation callback (text, first, complete, error) at the
    account's secret intake URL; the track's audio is downloaded in the background."""
    try:
        body = json.loads(await request.body() or b"null")
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidRequest("the body is not valid JSON: send the provider's callback") from exc
    if not isinstance(body, dict):
        raise InvalidRequest("the body must be a JSON object (the provider's callback)")

    def store() -> tuple[str, int, bool]:
        with write_session() as session:
            account_id = account_for_intake(session=session, token=token)
            music = record_provider_callback(session=session, account_id=account_id, body=body)
            return music.task_id, music.id, bool(music.audio_url and not music.audio_key)

    task_id, music_pk, needs_audio = await run_in_threadpool(store)
    if needs_audio:
        enqueue_audio_fetch(music_pk)
    return envelope({"taskId": task_id})
