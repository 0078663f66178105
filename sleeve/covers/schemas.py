"""Request and response bodies of the cover endpoints, as the contract defines them."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator


class GenerateCoverRequest(BaseModel):
    """POST /api/v1/suno/cover/generate body. Unknown fields are ignored."""

    model_config = ConfigDict(extra="ignore", strict=True)

    taskId: str = Field(
        description="The music task id the cover is for.", min_length=1, max_length=128
    )
    callBackUrl: str = Field(
        description="Absolute http(s) URL that receives the result.",
        min_length=1,
        max_length=2000,
        json_schema_extra={"format": "uri", "pattern": "^https?://"},
    )

    @field_validator("taskId", "callBackUrl")
    @classmethod
    def _not_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value.strip()


class CoverTaskId(BaseModel):
    """data of a successful generate call."""

    taskId: str


class CoverImages(BaseModel):
    """response of a finished cover task."""

    images: list[str]


class CoverRecord(BaseModel):
    """data of GET /api/v1/suno/cover/record-info."""

    taskId: str
    parentTaskId: str
    callbackUrl: str
    createTime: str
    completeTime: str | None
    successFlag: int = Field(description="0 pending, 2 generating, 1 success, 3 failed")
    status: str = Field(description="PENDING, GENERATING, SUCCESS or GENERATE_COVER_FAILED")
    response: CoverImages | None
    errorCode: int | None
    errorMessage: str | None
    imagesExpireTime: str | None = Field(
        default=None, description="extension: when the image files are deleted"
    )
    imagesExpired: bool = Field(
        default=False, description="extension: the files were deleted after retention"
    )
    selectedImage: int | None = Field(
        default=None, description="extension: the image picked with cover/select (1 or 2)"
    )
