"""FastAPI dependencies every domain's endpoints share: the calling account, and
the per-key rate limits counted against it."""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from sleeve.accounts.key_cache import KeyCache
from sleeve.accounts.keys import Caller, authenticate, touch_last_used
from sleeve.accounts.rate_limits import LimitName, get_rate_limits
from sleeve.core.errors import Unauthorized
from sleeve.core.ids import hash_api_key
from sleeve.db.session import read_session, write_session

_recent_keys = KeyCache()
_lookups: dict[str, asyncio.Future[Caller]] = {}


def _bearer_key(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, key = header.partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        raise Unauthorized(
            "missing API key: send the header 'Authorization: Bearer <your API key>'"
        )
    return key.strip()


def _authenticate(key: str) -> Caller:
    with read_session() as session:
        caller = authenticate(session=session, key=key)
    if caller.last_used_stale:
        with write_session() as session:
            touch_last_used(session=session, key_id=caller.key_id)
    return caller


def current_caller(request: Request) -> Caller:
    """The account behind the request's Bearer key (401 in the envelope otherwise)."""
    caller = _authenticate(_bearer_key(request))
    request.state.caller = caller
    return caller


async def recent_caller(request: Request) -> Caller:
    """Like current_caller, but a key seen valid in the last minute is taken from
    memory. Only for endpoints that check the key again where it counts (the cover
    intake does, in its transaction), so a revoked key still gets nothing."""
    key = _bearer_key(request)
    digest = hash_api_key(key)
    caller = _recent_keys.get(digest)
    if caller is None:
        lookup = _lookups.get(digest)
        if lookup is None:  # one database lookup per key, however many requests wait
            lookup = asyncio.ensure_future(run_in_threadpool(_authenticate, key))
            _lookups[digest] = lookup
            lookup.add_done_callback(lambda _done: _lookups.pop(digest, None))
        caller = await asyncio.shield(lookup)
        _recent_keys.put(digest, caller)
    request.state.caller = caller
    return caller


CurrentCaller = Annotated[Caller, Depends(current_caller)]
RecentCaller = Annotated[Caller, Depends(recent_caller)]


async def _generate_limit(request: Request) -> Caller:
    caller = await recent_caller(request)  # called, not depended on: one dependency to solve
    await get_rate_limits().check(LimitName.GENERATE, str(caller.key_id))
    return caller


async def _record_info_limit(caller: CurrentCaller, request: Request) -> Caller:
    task_id = request.query_params.get("taskId", "")
    await get_rate_limits().check(LimitName.RECORD_INFO, str(caller.key_id), task_id)
    return caller


async def _register_limit(caller: CurrentCaller) -> Caller:
    await get_rate_limits().check(LimitName.REGISTER, str(caller.key_id))
    return caller


async def intake_limit(token: str) -> None:
    """Count one push to an intake URL against that URL's limit (the token is hashed:
    it never reaches the limiter's storage)."""
    await get_rate_limits().check(LimitName.INTAKE, hash_api_key(token)[:24])


GenerateCaller = Annotated[Caller, Depends(_generate_limit)]
"""The caller (a recently seen key from memory), within the generate limit."""
RecordInfoCaller = Annotated[Caller, Depends(_record_info_limit)]
"""The caller, within the record-info limit for this key and taskId."""
RegisterCaller = Annotated[Caller, Depends(_register_limit)]
"""The caller, within the music registration limit."""
