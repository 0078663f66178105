"""The contract's response envelope: {"code", "msg", "data"}, and its schemas as the
OpenAPI document shows them."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from fastapi.responses import JSONResponse
from pydantic import BaseModel

T = TypeVar("T")


def envelope(data: Any = None, *, code: int = 200, msg: str = "success") -> dict[str, Any]:
    """Build the body every /api/ answer uses."""
    return {"code": code, "msg": msg, "data": data}


def envelope_response(
    code: int, msg: str, data: Any = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    """An envelope with the HTTP status the contract prescribes (455 travels as 503)."""
    status = 503 if code == 455 else code
    return JSONResponse(envelope(data, code=code, msg=msg), status_code=status, headers=headers)


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
