"""The cover endpoints: generate and record-info."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool

from sleeve.accounts.rate_limits import get_rate_limits
from sleeve.api.deps import AppSettings, CurrentCaller, RecentCaller
from sleeve.api.schemas import ERROR_RESPONSES, Envelope
from sleeve.core.envelope import envelope, envelope_response
from sleeve.core.errors import InvalidRequest
from sleeve.core.outbound import RefusedUrl, UnresolvableHost, check_url, parse_url_cached
from sleeve.core.settings import Settings, get_settings
from sleeve.covers.intake import CoverIntake
from sleeve.covers.schemas import CoverRecord, CoverTaskId, GenerateCoverRequest
from sleeve.covers.service import CoverRequest, cover_record
from sleeve.db.session import read_session
from sleeve.music.service import find_music
from sleeve.music.upstream import pull_music

router = APIRouter(prefix="/api/v1/suno/cover", tags=["covers"], responses=ERROR_RESPONSES)


@router.post("/generate", response_model=Envelope[CoverTaskId])
async def generate_cover(body: GenerateCoverRequest, caller: RecentCaller, request: Request):
    """Start a cover task for a music task; the result arrives by callback or polling."""
    settings = get_settings()
    limits = get_rate_limits()
    await limits.check(limits.generate, "generate", str(caller.key_id))
    allow_private = settings.allow_private_callbacks
    try:
        field = "callBackUrl"
        target = parse_url_cached(body.callBackUrl, field=field, allow_private=allow_private)
        if not allow_private and target.ip is None:  # a DNS name: look it up off the loop
            await run_in_threadpool(check_url, target.url, field=field, allow_private=False)
    except UnresolvableHost:
        pass  # our DNS may be down or slow: the address is checked, and pinned, at send time
    except RefusedUrl as exc:
        raise InvalidRequest(str(exc)) from exc
    if settings.upstream_url:
        await run_in_threadpool(_pull_if_unknown, caller.account_id, body.taskId, settings)
    intake: CoverIntake = request.app.state.cover_intake
    accepted = await intake.submit(
        CoverRequest(
            account_id=caller.account_id,
            key_id=caller.key_id,
            music_task_id=body.taskId,
            callback_url=body.callBackUrl,
        )
    )
    return envelope_response(200, "success", {"taskId": accepted.task_id})


def _pull_if_unknown(account_id: int, task_id: str, settings: Settings) -> None:
    """Fetch a music task from the upstream provider when this account lacks it."""
    with read_session() as session:
        known = find_music(session=session, account_id=account_id, task_id=task_id)
    if known is None:
        pull_music(account_id=account_id, task_id=task_id, settings=settings)


@router.get("/record-info", response_model=Envelope[CoverRecord])
async def cover_record_info(
    caller: CurrentCaller,
    settings: AppSettings,
    taskId: str = Query(min_length=1, max_length=128, description="The cover task id."),
):
    """The state of a cover task: pending, generating, success (with images) or failed."""
    limits = get_rate_limits()
    await limits.check(limits.record_info, "record-info", str(caller.key_id), taskId)
    data = await run_in_threadpool(_record, caller.account_id, taskId, settings.public_base)
    return envelope(data)


def _record(account_id: int, cover_id: str, public_base: str) -> dict:
    with read_session() as session:
        return cover_record(
            session=session, account_id=account_id, cover_id=cover_id, public_base=public_base
        )
