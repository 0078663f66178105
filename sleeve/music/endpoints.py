"""Music task endpoints: register a track, read one in the provider's shape, and the
intake URL that receives a provider's callbacks."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from sleeve.accounts.deps import CurrentCaller, RegisterCaller, intake_limit
from sleeve.core.bodies import parse_json_off_loop
from sleeve.core.envelope import ERROR_RESPONSES, Envelope, envelope
from sleeve.music.intake import receive_provider_callback
from sleeve.music.registration import MusicUpload
from sleeve.music.schemas import (
    PROVIDER_CALLBACK_SCHEMA,
    MusicRegistration,
    MusicTaskCreated,
    ProviderCallback,
)
from sleeve.music.service import music_record_info, register_track

router = APIRouter(prefix="/api/v1", tags=["music"], responses=ERROR_RESPONSES)

REGISTER_BODY = {
    "application/json": {"schema": MusicRegistration.model_json_schema()},
    "multipart/form-data": {
        "schema": {
            "type": "object",
            "properties": {
                "metadata": {"type": "string", "description": "the JSON fields as a string"},
                "audio": {"type": "string", "format": "binary"},
            },
        }
    },
}


@router.post(
    "/music/register",
    response_model=Envelope[MusicTaskCreated],
    openapi_extra={"requestBody": {"content": REGISTER_BODY}},
)
def register_music_task(upload: MusicUpload, caller: RegisterCaller):
    """Register a track: JSON metadata (audio by `audioUrl`), or multipart with a
    `metadata` JSON field and an `audio` file."""
    task_id = register_track(
        account_id=caller.account_id,
        fields=upload.fields,
        audio=upload.audio,
        audio_suffix=upload.audio_suffix,
    )
    return envelope({"taskId": task_id})


@router.get("/generate/record-info")
def music_record(
    caller: CurrentCaller,
    taskId: str = Query(min_length=1, max_length=128, description="The music task id."),
):
    """A music task in the Suno-compatible provider shape (data.response.sunoData)."""
    return envelope(music_record_info(account_id=caller.account_id, task_id=taskId))


async def _provider_callback(request: Request) -> ProviderCallback:
    return await parse_json_off_loop(ProviderCallback, await request.body())


@router.post(
    "/intake/{token}",
    response_model=Envelope[MusicTaskCreated],
    dependencies=[Depends(intake_limit)],
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": PROVIDER_CALLBACK_SCHEMA}},
        }
    },
)
def provider_intake(token: str, callback: Annotated[ProviderCallback, Depends(_provider_callback)]):
    """Receive a provider's music-generation callback (text, first, complete, error) at the
    account's secret intake URL; the track's audio is downloaded in the background."""
    return envelope({"taskId": receive_provider_callback(token=token, callback=callback)})
