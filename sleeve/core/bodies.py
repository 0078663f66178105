"""Request bodies parsed by Pydantic's own JSON reader, off the event loop.

The reader refuses what Python's `json` lets through and later breaks: lone UTF-16
surrogates (text no database can store) and nesting deep enough to exhaust the
stack. Every failure is an InvalidRequest (422) with sentences a client can act on."""

from __future__ import annotations

from typing import TypeVar

from anyio import to_thread
from pydantic import BaseModel, ValidationError

from sleeve.core.errors import InvalidRequest
from sleeve.core.validation import describe_validation

M = TypeVar("M", bound=BaseModel)

OFF_LOOP_BYTES = 16_384  # smaller bodies parse faster than a thread hop


def parse_json(model: type[M], raw: bytes | str) -> M:
    """Validate a JSON document against `model`; InvalidRequest when it does not fit."""
    try:
        return model.model_validate_json(raw or b"null")
    except ValidationError as exc:
        raise InvalidRequest(describe_validation(list(exc.errors()))) from exc


async def parse_json_off_loop(model: type[M], raw: bytes | str) -> M:
    """parse_json, in a worker thread when the body is large enough to stall the loop."""
    if len(raw) <= OFF_LOOP_BYTES:
        return parse_json(model, raw)
    return await to_thread.run_sync(parse_json, model, raw)
