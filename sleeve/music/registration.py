"""The body of `music/register`, read by a dependency: JSON (held to the ordinary body
limit, parsed by Pydantic's reader off the event loop) or multipart with a
`metadata` JSON field and an `audio` file (the only body allowed the upload limit)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Annotated

from fastapi import Depends, Request
from starlette.datastructures import UploadFile

from sleeve.core.bodies import parse_json_off_loop
from sleeve.core.errors import InvalidRequest
from sleeve.music.fields import MusicFields
from sleeve.music.schemas import MusicRegistration


@dataclass(frozen=True)
class Registration:
    """A parsed registration: the track's fields and its uploaded audio, if any."""

    fields: MusicFields
    audio: bytes | None = None
    audio_suffix: str = ".mp3"


async def read_registration(request: Request) -> Registration:
    """Parse JSON or multipart; InvalidRequest (422) names what is wrong."""
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        body = await request.body()
        registration = await parse_json_off_loop(MusicRegistration, body or b"{}")
        return Registration(registration.to_fields())
    try:
        form = await request.form()
    except (ValueError, AssertionError) as exc:  # python-multipart's complaints
        raise InvalidRequest(f"the multipart body could not be read: {exc}") from exc
    metadata = form.get("metadata")
    if not isinstance(metadata, str):  # no fields: the errors name what is required
        metadata = "{}"
    registration = await parse_json_off_loop(MusicRegistration, metadata)
    upload = form.get("audio")
    if not isinstance(upload, UploadFile):
        return Registration(registration.to_fields())
    suffix = PurePosixPath(upload.filename or "track.mp3").suffix or ".mp3"
    return Registration(registration.to_fields(), await upload.read(), suffix)


MusicUpload = Annotated[Registration, Depends(read_registration)]
