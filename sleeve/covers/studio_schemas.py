"""Bodies of the Sleeve extensions the studio uses (styles, select, variations,
export, list, callback resend). Not part of the providers' API."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from sleeve.covers.style_catalogue import check_styles

TaskIdField = Field(description="A cover task id.", min_length=1, max_length=128)


class StyleDescription(BaseModel):
    """One style a variation can use."""

    name: str
    family: str = Field(description="image (painterly, field-led) or graphic (shape-led)")
    description: str


class SelectRequest(BaseModel):
    """POST /api/v1/suno/cover/select body."""

    model_config = ConfigDict(extra="ignore", strict=True)

    taskId: str = TaskIdField
    image: Literal[1, 2] = Field(description="The picked image: 1 or 2.")


class Selection(BaseModel):
    """data of a successful select."""

    taskId: str
    selectedImage: int


class VariationRequest(BaseModel):
    """POST /api/v1/suno/cover/variations body."""

    model_config = ConfigDict(extra="ignore", strict=True)

    taskId: str = TaskIdField
    styles: list[str] | None = Field(
        default=None,
        description="Two different style names (see cover/styles); "
        "omitted: the two best-fitting styles the track has not had yet.",
    )
    callBackUrl: str | None = Field(
        default=None,
        max_length=2000,
        description="Where the result goes; omitted: the varied task's callBackUrl.",
        json_schema_extra={"format": "uri", "pattern": "^https?://"},
    )

    @field_validator("styles")
    @classmethod
    def _two_known_styles(cls, value: list[str] | None) -> list[str] | None:
        if value is not None:
            check_styles(value)
        return value


class ResendRequest(BaseModel):
    """POST /api/v1/suno/cover/callback/resend body."""

    model_config = ConfigDict(extra="ignore", strict=True)

    taskId: str = TaskIdField


class DeliverySummary(BaseModel):
    """A cover task's callback delivery."""

    status: str = Field(description="PENDING, DELIVERING, DELIVERED or FAILED")
    attempts: int
    webhookId: str
    lastStatusCode: int | None
    lastError: str | None
    lastAttemptTime: str | None


class ListedImage(BaseModel):
    """One image of a listed cover task."""

    image: int
    style: str
    url: str


class ArtDirectionWords(BaseModel):
    """What the engine read from the track and chose for it."""

    genre: str
    family: str
    subgenre: str
    mood: str
    tempoBpm: int
    key: str | None
    fromAudio: bool
    palette: list[str]
    layout: str
    texture: str
    styles: list[str]


class CoverSummary(BaseModel):
    """One cover task in the account's list."""

    taskId: str
    parentTaskId: str
    title: str
    status: str
    successFlag: int
    createTime: str
    completeTime: str | None
    errorMessage: str | None
    images: list[ListedImage] = Field(description="empty until success and after retention")
    selectedImage: int | None
    variationOf: str | None = Field(description="the cover task this one is a variation of")
    direction: ArtDirectionWords | None
    callback: DeliverySummary | None


class CoverPage(BaseModel):
    """data of GET /api/v1/suno/cover/list."""

    page: int
    pageSize: int
    total: int
    tasks: list[CoverSummary]
