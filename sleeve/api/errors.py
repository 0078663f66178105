"""One place turns every error under /api/ into the contract's envelope:
`error_response` renders a SleeveError, and the handlers below route every other
error (validation, HTTP, unexpected) to it. The middleware's 413 and 455 use it too."""

from __future__ import annotations

import uuid

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from sleeve.core.envelope import envelope_response
from sleeve.core.errors import InvalidRequest, SleeveError
from sleeve.core.validation import describe_validation

log = structlog.get_logger()

_HTTP_MESSAGES = {
    404: "no such endpoint: check the path against the API documentation at /docs",
    405: "this endpoint does not accept that HTTP method",
}


def error_response(exc: SleeveError) -> JSONResponse:
    """The envelope of an error, with its contract code and headers."""
    return envelope_response(exc.code, exc.msg, exc.data, headers=exc.headers or None)


def _validation_error(request: Request, exc: RequestValidationError) -> SleeveError:
    errors = list(exc.errors())
    msg = describe_validation(errors)
    about_body = any(error.get("loc", ("",))[0] == "body" for error in errors)
    content_type = request.headers.get("content-type", "")
    if about_body and content_type and "json" not in content_type:
        # a JSON body sent as a form or as text is not read as JSON: say so
        msg += f"; the body was sent as {content_type.split(';')[0]}: send it with the "
        msg += "header Content-Type: application/json"
    return InvalidRequest(msg)


def _http_error(request: Request, exc: StarletteHTTPException) -> SleeveError:
    if exc.status_code == 400:
        # FastAPI's only own 400 is a body it could not parse; 400 means "duplicate"
        # in the contract, so this is a validation failure
        return InvalidRequest(
            "the body could not be parsed: send one JSON object, not nested too deep"
        )
    return SleeveError(
        _HTTP_MESSAGES.get(exc.status_code, str(exc.detail)),
        headers=getattr(exc, "headers", None),
        code=exc.status_code,
    )


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers that write {code, msg, data} for every error."""

    @app.exception_handler(SleeveError)
    async def _sleeve_error(_request: Request, exc: SleeveError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(_validation_error(request, exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if not request.url.path.startswith("/api/"):  # files and health: plain JSON
            return JSONResponse(
                {"detail": _HTTP_MESSAGES.get(exc.status_code, str(exc.detail))},
                status_code=exc.status_code,
                headers=getattr(exc, "headers", None),
            )
        return error_response(_http_error(request, exc))

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
        return error_response(
            SleeveError(f"unexpected server error; quote request id {request_id} when reporting it")
        )
