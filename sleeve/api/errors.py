"""One place turns every error under /api/ into the contract's envelope."""

from __future__ import annotations

import uuid

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from sleeve.core.envelope import envelope_response
from sleeve.core.errors import SleeveError

log = structlog.get_logger()

_HTTP_MESSAGES = {
    404: "no such endpoint: check the path against the API documentation at /docs",
    405: "this endpoint does not accept that HTTP method",
}


def describe_validation(errors: list[dict]) -> str:
    """Sentences a person can act on, one per problem, from Pydantic's errors."""
    sentences = []
    for error in errors:
        loc = [str(part) for part in error.get("loc", ()) if part not in ("body", "query")]
        field = ".".join(loc) or "body"
        kind = error.get("type", "")
        if kind == "json_invalid":
            sentences.append("the body is not valid JSON: send a JSON object")
        elif kind in ("model_attributes_type", "dict_type") and field == "body":
            sentences.append(
                "the body must be a JSON object like "
                '{"taskId": "...", "callBackUrl": "https://..."}'
            )
        elif kind == "missing" and field == "body":
            sentences.append("the body is empty: send a JSON object")
        elif kind == "missing":
            sentences.append(f"{field} is required")
        elif kind == "string_type":
            sentences.append(f"{field} must be a string")
        elif kind == "string_too_short" or (kind == "value_error" and "empty" in error["msg"]):
            sentences.append(f"{field} must not be empty")
        elif kind == "string_too_long":
            limit = error.get("ctx", {}).get("max_length")
            sentences.append(f"{field} is too long (at most {limit} characters)")
        else:
            sentences.append(f"{field}: {error.get('msg', 'is not valid')}")
    return "; ".join(dict.fromkeys(sentences)) or "the request is not valid"


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers that write {code, msg, data} for every error."""

    @app.exception_handler(SleeveError)
    async def _sleeve_error(_request: Request, exc: SleeveError) -> JSONResponse:
        return envelope_response(exc.code, exc.msg, exc.data, headers=exc.headers or None)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        msg = describe_validation(errors)
        about_body = any(error.get("loc", ("",))[0] == "body" for error in errors)
        content_type = request.headers.get("content-type", "")
        if about_body and content_type and "json" not in content_type:
            # a JSON body sent as a form or as text is not read as JSON: say so
            msg += f"; the body was sent as {content_type.split(';')[0]}: send it with the "
            msg += "header Content-Type: application/json"
        return envelope_response(422, msg)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        msg = _HTTP_MESSAGES.get(exc.status_code, str(exc.detail))
        if exc.status_code == 400 and _is_api(request):
            # FastAPI's only own 400 is a body it could not parse; 400 means "duplicate"
            # in the contract, so this is a validation failure
            return envelope_response(
                422, "the body could not be parsed: send one JSON object, not nested too deep"
            )
        if not _is_api(request):
            return JSONResponse(
                {"detail": msg}, status_code=exc.status_code, headers=getattr(exc, "headers", None)
            )
        return envelope_response(exc.status_code, msg, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        request_id = getattr(request.state, "request_id", None) or uuid.uuid4().hex
        log.error(
            "unhandled_error",
            request_id=request_id,
            path=request.url.path,
            error=repr(exc),
            exc_info=exc,
        )
        return envelope_response(
            500, f"unexpected server error; quote request id {request_id} when reporting it"
        )
