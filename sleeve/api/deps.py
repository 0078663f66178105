"""FastAPI dependencies: the calling account and the settings."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from sleeve.accounts.keys import Caller, authenticate, touch_last_used
from sleeve.core.errors import Unauthorized
from sleeve.core.settings import Settings, get_settings
from sleeve.db.session import read_session, write_session


def current_caller(request: Request) -> Caller:
    """The account behind the request's Bearer key (401 in the envelope otherwise)."""
    header = request.headers.get("authorization", "")
    scheme, _, key = header.partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        raise Unauthorized(
            "missing API key: send the header 'Authorization: Bearer <your API key>'"
        )
    with read_session() as session:
        caller = authenticate(session=session, key=key.strip())
    if caller.last_used_stale:
        with write_session() as session:
            touch_last_used(session=session, key_id=caller.key_id)
    request.state.caller = caller
    return caller


CurrentCaller = Annotated[Caller, Depends(current_caller)]
AppSettings = Annotated[Settings, Depends(get_settings)]
