"""Shared response schemas: the envelope, as the OpenAPI document shows it."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel

T = TypeVar("T")


class Envelope(BaseModel, Generic[T]):
    """Every /api/ answer: code 200 with data, or an error code with a message."""

    code: int
    msg: str
    data: T | None = None


class ErrorEnvelope(BaseModel):
    """An error answer: data is null unless the code says otherwise (400 carries taskId)."""

    code: int
    msg: str
    data: dict | None = None


ERROR_RESPONSES: dict[int | str, dict] = {
    code: {"model": ErrorEnvelope, "description": text}
    for code, text in {
        400: "a cover already exists for this music task (data.taskId is its id)",
        401: "missing, unknown or revoked API key",
        402: "not enough credits",
        404: "unknown task (or another account's)",
        413: "body too large",
        422: "validation failed",
        429: "rate limited (Retry-After)",
        500: "unexpected server error (msg quotes a request id)",
        503: "maintenance (code 455, Retry-After)",
    }.items()
}
