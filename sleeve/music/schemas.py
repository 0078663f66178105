"""Bodies of the music endpoints, and the provider-shaped music record."""

from __future__ import annotations

import json

from pydantic import BaseModel, ConfigDict, Field

from sleeve.core.clock import iso_millis
from sleeve.db.models import MusicTask
from sleeve.engine.music import MAX_TITLE_CHARS
from sleeve.music.service import MusicFields


class MusicRegistration(BaseModel):
    """A track to register. `prompt` holds lyrics or the generation prompt."""

    model_config = ConfigDict(extra="ignore")

    title: str = Field(min_length=1, max_length=MAX_TITLE_CHARS)
    tags: str = Field(default="", max_length=1000)
    prompt: str = Field(default="", max_length=20000)
    lyrics: str = Field(default="", max_length=20000)
    instrumental: bool = False
    modelName: str = Field(default="", max_length=80)
    duration: float | None = Field(default=None, ge=0, le=24 * 3600)
    audioUrl: str | None = Field(default=None, max_length=2000)
    imageUrl: str | None = Field(default=None, max_length=2000)
    taskId: str | None = Field(
        default=None, min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_\-]+$"
    )

    def to_fields(self) -> MusicFields:
        """The service-layer view of this registration."""
        return MusicFields(
            title=self.title,
            tags=self.tags,
            prompt=self.lyrics or self.prompt,
            instrumental=self.instrumental,
            model_name=self.modelName,
            duration_s=self.duration,
            audio_url=self.audioUrl,
            image_url=self.imageUrl,
            task_id=self.taskId,
        )


class MusicTaskCreated(BaseModel):
    """data of a successful registration."""

    taskId: str


def music_record(music: MusicTask, public_base: str) -> dict:
    """A music task as Suno-compatible providers answer generate/record-info."""
    item = {
        "id": music.task_id,
        "audioUrl": music.audio_url or "",
        "streamAudioUrl": music.audio_url or "",
        "imageUrl": music.image_url or "",
        "prompt": music.prompt,
        "modelName": music.model_name,
        "title": music.title,
        "tags": music.tags,
        "createTime": iso_millis(music.created_at),
        "duration": music.duration_s,
    }
    param = {
        "prompt": music.prompt,
        "style": music.tags,
        "title": music.title,
        "instrumental": music.instrumental,
        "model": music.model_name,
    }
    return {
        "taskId": music.task_id,
        "parentMusicId": "",
        "param": json.dumps(param, ensure_ascii=False),
        "response": {"taskId": music.task_id, "sunoData": [item]},
        "status": music.status,
        "type": "chirp",
        "operationType": "generate",
        "errorCode": None,
        "errorMessage": None,
    }
