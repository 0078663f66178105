"""The contract's response envelope: {"code", "msg", "data"}."""

from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse


def envelope(data: Any = None, *, code: int = 200, msg: str = "success") -> dict[str, Any]:
    """Build the body every /api/ answer uses."""
    return {"code": code, "msg": msg, "data": data}


def envelope_response(
    code: int, msg: str, data: Any = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    """An envelope with the HTTP status the contract prescribes (455 travels as 503)."""
    status = 503 if code == 455 else code
    return JSONResponse(envelope(data, code=code, msg=msg), status_code=status, headers=headers)
