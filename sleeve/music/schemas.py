"""Bodies of the music endpoints, and the provider-shaped music record."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, AliasChoices, BaseModel, ConfigDict, Field

from sleeve.engine.music import MAX_TITLE_CHARS
from sleeve.music.fields import MusicFields


def _http_url(value: str | None) -> str | None:
    if value is not None and not value.lower().startswith(("http://", "https://")):
        raise ValueError("must be an http:// or https:// URL")
    return value


WebUrl = Annotated[str | None, AfterValidator(_http_url)]


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
    audioUrl: WebUrl = Field(default=None, max_length=2000)
    imageUrl: WebUrl = Field(default=None, max_length=2000)
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


class ProviderCallbackData(BaseModel):
    """`data` of a provider's music-generation callback."""

    callbackType: Literal["text", "first", "complete", "error"]
    task_id: str = Field(
        min_length=1, max_length=64, validation_alias=AliasChoices("task_id", "taskId")
    )
    data: list[Any] | None = None  # the songs; anything not an object is skipped


class ProviderCallback(BaseModel):
    """A provider's music-generation callback, as pushed to an intake URL."""

    model_config = ConfigDict(extra="ignore")

    code: int | None = None
    msg: str | None = None
    data: ProviderCallbackData

    def songs(self) -> list[dict[str, Any]]:
        """The song items that are JSON objects."""
        return [item for item in self.data.data or [] if isinstance(item, dict)]


class MusicTaskCreated(BaseModel):
    """data of a successful registration."""

    taskId: str


# ProviderCallback as the OpenAPI document shows it (its own schema nests $defs)
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
