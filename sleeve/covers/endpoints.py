"""The cover endpoints: generate and record-info."""

from __future__ import annotations

from fastapi import APIRouter, Query

from sleeve.accounts.rate_limits import get_rate_limits
from sleeve.api.deps import AppSettings, CurrentCaller
from sleeve.api.schemas import ERROR_RESPONSES, Envelope
from sleeve.core.envelope import envelope
from sleeve.core.errors import InvalidRequest
from sleeve.covers.schemas import CoverRecord, CoverTaskId, GenerateCoverRequest
from sleeve.covers.service import cover_record, create_cover
from sleeve.db.session import read_session, write_session
from sleeve.delivery.address_safety import (
    UnresolvableHost,
    UnsafeCallbackUrl,
    check_callback_url,
)
from sleeve.jobs.queue import enqueue_render
from sleeve.music.service import find_music
from sleeve.music.upstream import pull_music

router = APIRouter(prefix="/api/v1/suno/cover", tags=["covers"], responses=ERROR_RESPONSES)


@router.post("/generate", response_model=Envelope[CoverTaskId])
def generate_cover(body: GenerateCoverRequest, caller: CurrentCaller, settings: AppSettings):
    """Start a cover task for a music task; the result arrives by callback or polling."""
    limits = get_rate_limits()
    limits.check(limits.generate, "generate", str(caller.key_id))
    try:
        check_callback_url(body.callBackUrl, allow_private=settings.allow_private_callbacks)
    except UnresolvableHost:
        pass  # our DNS may be down or slow: the address is checked, and pinned, at send time
    except UnsafeCallbackUrl as exc:
        raise InvalidRequest(f"callBackUrl {exc}") from exc
    if settings.upstream_url:
        with read_session() as session:
            known = find_music(session=session, account_id=caller.account_id, task_id=body.taskId)
        if known is None:
            pull_music(account_id=caller.account_id, task_id=body.taskId, settings=settings)
    with write_session() as session:
        accepted = create_cover(
            session=session,
            account_id=caller.account_id,
            music_task_id=body.taskId,
            callback_url=body.callBackUrl,
            cost=settings.cover_cost,
        )
    enqueue_render(accepted.task_id)
    return envelope({"taskId": accepted.task_id})


@router.get("/record-info", response_model=Envelope[CoverRecord])
def cover_record_info(
    caller: CurrentCaller,
    settings: AppSettings,
    taskId: str = Query(min_length=1, max_length=128, description="The cover task id."),
):
    """The state of a cover task: pending, generating, success (with images) or failed."""
    limits = get_rate_limits()
    limits.check(limits.record_info, "record-info", str(caller.key_id), taskId)
    with read_session() as session:
        data = cover_record(
            session=session,
            account_id=caller.account_id,
            cover_id=taskId,
            public_base=settings.public_base,
        )
    return envelope(data)
