"""Structured JSON logs (structlog) with the request id bound per request.

Secrets that travel in URL paths (the intake token, /api/v1/intake/<token>) are
written as "/api/v1/intake/[redacted]" in every log line, ours and uvicorn's.
"""

from __future__ import annotations

import logging
import re
import sys
from typing import Any

import structlog

_SECRET_PATH = re.compile(r"(/intake/)[^/?#\s\"']+")


def redact(text: str) -> str:
    """`text` with the secret part of intake URLs replaced."""
    return _SECRET_PATH.sub(r"\1[redacted]", text)


def _redact_event(_logger: object, _method: str, event: dict[str, Any]) -> dict[str, Any]:
    for name, value in event.items():
        if isinstance(value, str) and "/intake/" in value:
            event[name] = redact(value)
    return event


class _RedactRecords(logging.Filter):
    """Redacts intake tokens in standard-library records (uvicorn's logs)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)  # type: ignore[arg-type]
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


def configure_logging(level: str = "INFO") -> None:
    """Send JSON lines to stderr; uvicorn's and our own records alike."""
    logging.basicConfig(format="%(message)s", stream=sys.stderr, level=level)
    for handler in logging.getLogger().handlers:
        handler.addFilter(_RedactRecords())
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            _redact_event,
            structlog.processors.JSONRenderer(),
        ],
        logger_factory=structlog.PrintLoggerFactory(sys.stderr),
        cache_logger_on_first_use=True,
    )
