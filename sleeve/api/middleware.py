"""ASGI middleware: request ids, body size limit, maintenance mode, request metrics."""

from __future__ import annotations

import time

import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sleeve.api.errors import error_response
from sleeve.api.metrics import observe_request
from sleeve.core.errors import Maintenance, PayloadTooLarge, SleeveError
from sleeve.core.ids import SequentialIds
from sleeve.ops.maintenance_cache import MaintenanceCache

_request_ids = SequentialIds()  # not uuid4: see SequentialIds

UPLOAD_PATH = "/api/v1/music/register"  # the one endpoint that takes audio files, as multipart


def _too_large(limit: int, scope: Scope, uploads: bool) -> PayloadTooLarge:
    hint = ""
    if scope["path"] == UPLOAD_PATH and not uploads:
        hint = "; send audio files as multipart/form-data"
    return PayloadTooLarge(f"the body is larger than {limit} bytes{hint}")


async def _refuse(exc: SleeveError, scope: Scope, receive: Receive, send: Send) -> None:
    await error_response(exc)(scope, receive, send)


class _TooLarge(Exception):
    pass


class GuardMiddleware:
    """Gives every request an id, refuses oversized bodies with 413 and, while maintenance
    is on, answers every /api/ call with 455 (HTTP 503, Retry-After)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        max_upload_bytes: int,
        maintenance: MaintenanceCache,
    ):
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.max_upload_bytes = max_upload_bytes
        self.maintenance = maintenance

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _request_ids.next()
        scope.setdefault("state", {})["request_id"] = request_id
        structlog.contextvars.bind_contextvars(request_id=request_id)
        path: str = scope["path"]
        started = time.perf_counter()
        status_holder = {"status": 500}

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            if path.startswith("/api/"):
                state = await self.maintenance.get()
                if state.on:
                    message = (
                        "Sleeve is in maintenance; accepted tasks are kept. Retry after "
                        f"{state.retry_after_s} seconds."
                    )
                    headers = {"Retry-After": str(state.retry_after_s)}
                    await _refuse(
                        Maintenance(message, headers=headers), scope, receive, send_with_id
                    )
                    return
            await self._guarded(scope, receive, send_with_id)
        finally:
            observe_request(scope, status_holder["status"], time.perf_counter() - started)
            structlog.contextvars.clear_contextvars()

    async def _guarded(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = dict(scope.get("headers") or [])
        uploads = scope["path"] == UPLOAD_PATH and headers.get(b"content-type", b"").startswith(
            b"multipart/form-data"
        )
        limit = self.max_upload_bytes if uploads else self.max_body_bytes
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await _refuse(_too_large(limit, scope, uploads), scope, receive, send)
            return
        if declared is not None and declared.isdigit() and b"transfer-encoding" not in headers:
            # the HTTP server delivers exactly the declared length: nothing more to count
            await self.app(scope, receive, send)
            return
        received = 0
        too_large = False
        replaced = False

        async def limited_receive() -> Message:
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    too_large = True
                    raise _TooLarge
            return message

        async def guarded_send(message: Message) -> None:
            # The framework may catch _TooLarge while parsing and answer on its own;
            # whatever it answers, the client gets the 413 envelope.
            nonlocal replaced
            if too_large:
                if not replaced:
                    replaced = True
                    await _refuse(_too_large(limit, scope, uploads), scope, receive, send)
                return
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except _TooLarge:
            if not replaced:
                await _refuse(_too_large(limit, scope, uploads), scope, receive, send)
