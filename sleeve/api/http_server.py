"""Uvicorn with deadlines on reading a request: its headers must arrive within
`http_header_timeout_s` of the first byte (or of the connection opening), its body
within `http_body_timeout_s` of the headers. A client that drips bytes to hold a
connection open is disconnected when its deadline passes. Uvicorn has only an
idle keep-alive timeout, which any byte resets."""

from __future__ import annotations

import asyncio

import structlog
import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from sleeve.core.settings import Settings

log = structlog.get_logger()


class _DeadlineProtocol(HttpToolsProtocol):
    header_timeout_s = 10.0
    body_timeout_s = 60.0
    _deadline: asyncio.TimerHandle | None = None

    def _arm(self, seconds: float, stage: str) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(seconds, self._expire, stage)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expire(self, stage: str) -> None:
        self._deadline = None
        if not self.transport.is_closing():
            log.warning("request_read_timeout", stage=stage, client=str(self.client))
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm(self.header_timeout_s, "headers")

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if self._deadline is None:  # the next request on a kept-alive connection
            self._arm(self.header_timeout_s, "headers")

    def on_headers_complete(self) -> None:
        super().on_headers_complete()
        self._arm(self.body_timeout_s, "body")

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._disarm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)


def serve(app: object, *, host: str, port: int, settings: Settings) -> None:
    """Run the app under uvicorn with the request-read deadlines from settings."""
    protocol = type(
        "SleeveHttpProtocol",
        (_DeadlineProtocol,),
        {
            "header_timeout_s": settings.http_header_timeout_s,
            "body_timeout_s": settings.http_body_timeout_s,
        },
    )
    uvicorn.run(app, host=host, port=port, http=protocol, log_level="warning", access_log=False)
