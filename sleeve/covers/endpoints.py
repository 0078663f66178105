"""The cover endpoints: generate and record-info."""

from __future__ import annotations

from fastapi import APIRouter, Query

from sleeve.accounts.deps import GenerateCaller, RecordInfoCaller
from sleeve.core.envelope import ERROR_RESPONSES, Envelope, envelope, envelope_response
from sleeve.covers.schemas import CoverRecord, CoverTaskId, GenerateCoverRequest
from sleeve.covers.service import cover_record, submit_cover

router = APIRouter(prefix="/api/v1/suno/cover", tags=["covers"], responses=ERROR_RESPONSES)


@router.post("/generate", response_model=Envelope[CoverTaskId])
async def generate_cover(body: GenerateCoverRequest, caller: GenerateCaller):
    """Start a cover task for a music task; the result arrives by callback or polling."""
    task_id = await submit_cover(
        caller=caller, music_task_id=body.taskId, callback_url=body.callBackUrl
    )
    return envelope_response(200, "success", {"taskId": task_id})  # skips re-validation


@router.get("/record-info", response_model=Envelope[CoverRecord])
def cover_record_info(
    caller: RecordInfoCaller,
    taskId: str = Query(min_length=1, max_length=128, description="The cover task id."),
):
    """The state of a cover task: pending, generating, success (with images) or failed."""
    return envelope(cover_record(account_id=caller.account_id, cover_id=taskId))
