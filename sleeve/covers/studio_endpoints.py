"""Sleeve extensions behind the studio page: styles, select, variations, export, list
and callback resend. Additive: the providers' endpoints are unchanged."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from sleeve.accounts.deps import CurrentCaller, GenerateCaller, RecordInfoCaller
from sleeve.accounts.keys import Caller
from sleeve.accounts.rate_limits import LimitName, get_rate_limits
from sleeve.core.envelope import ERROR_RESPONSES, Envelope, ErrorEnvelope, envelope
from sleeve.covers.export import ExportFormat, export_cover
from sleeve.covers.history import list_covers
from sleeve.covers.resend import resend_callback
from sleeve.covers.schemas import CoverTaskId
from sleeve.covers.selection import select_image
from sleeve.covers.studio_schemas import (
    CoverPage,
    ResendRequest,
    Selection,
    SelectRequest,
    StyleDescription,
    VariationRequest,
)
from sleeve.covers.style_catalogue import style_catalogue
from sleeve.covers.variations import request_variation

router = APIRouter(
    prefix="/api/v1/suno/cover",
    tags=["Sleeve extensions"],
    responses={
        **ERROR_RESPONSES,
        409: {
            "model": ErrorEnvelope,
            "description": "the cover task has no images (yet, or any more), or an export "
            "asks for a cover drawn by an earlier engine version",
        },
    },
)


async def _heavy_limit(caller: CurrentCaller) -> Caller:
    """Exports and resends count against the generate limit (a key checked in the
    database each time: these hand out the account's files and callbacks)."""
    await get_rate_limits().check(LimitName.GENERATE, str(caller.key_id))
    return caller


HeavyCaller = Annotated[Caller, Depends(_heavy_limit)]


@router.get(
    "/styles", response_model=Envelope[list[StyleDescription]], summary="List the cover styles"
)
def cover_styles(caller: RecordInfoCaller):
    """Every style a variation can ask for: name, family and a one-line description."""
    return envelope(style_catalogue())


@router.post("/select", response_model=Envelope[Selection], summary="Pick one of the two images")
def select_cover_image(body: SelectRequest, caller: RecordInfoCaller):
    """Record which image (1 or 2) of a finished cover task was picked; record-info and
    list show it as `selectedImage`. Picking again replaces the pick."""
    picked = select_image(account_id=caller.account_id, cover_id=body.taskId, image=body.image)
    return envelope({"taskId": body.taskId, "selectedImage": picked})


@router.post(
    "/variations",
    response_model=Envelope[CoverTaskId],
    summary="Make a variation of a cover task in other styles",
)
async def cover_variation(body: VariationRequest, caller: GenerateCaller):
    """A new cover task for the same music task (its parentTaskId is the music task),
    in the two styles given or two the track has not had yet. Charged, rendered,
    delivered and polled like a cover; generate's one-cover-per-music-task rule is
    unchanged."""
    task_id = await request_variation(
        caller=caller,
        cover_id=body.taskId,
        styles=tuple(body.styles) if body.styles else None,
        callback_url=body.callBackUrl,
    )
    return envelope({"taskId": task_id})


@router.get(
    "/export",
    response_class=Response,
    responses={200: {"content": {"image/jpeg": {}, "image/png": {}}}},
    summary="Download one image at print size",
)
async def export_cover_image(
    caller: HeavyCaller,
    taskId: str = Query(min_length=1, max_length=128, description="A finished cover task id."),
    image: int = Query(ge=1, le=2, description="Which image: 1 or 2."),
    size: int = Query(default=3000, ge=1024, le=3000, description="The side in pixels."),
    format: ExportFormat = Query(default=ExportFormat.JPEG, description="jpeg or png."),
):
    """The image re-rendered at `size` (same composition), sRGB, JPEG quality 92 (4:4:4)
    or PNG, as an attachment. Rendered once, then kept with the task's images for
    the same retention."""
    exported = await run_in_threadpool(
        export_cover,
        account_id=caller.account_id,
        cover_id=taskId,
        image=image,
        size=size,
        fmt=format,
    )
    return Response(
        exported.data,
        media_type=exported.content_type,
        headers={"Content-Disposition": exported.content_disposition, "Cache-Control": "private"},
    )


@router.get("/list", response_model=Envelope[CoverPage], summary="List the account's cover tasks")
def list_cover_tasks(
    caller: RecordInfoCaller,
    page: int = Query(default=1, ge=1, le=100000, description="Page number, from 1."),
    pageSize: int = Query(default=20, ge=1, le=100, description="Tasks per page."),
):
    """The account's cover tasks, newest first: state, images, pick, art direction and
    the callback delivery (attempts, last status)."""
    return envelope(list_covers(account_id=caller.account_id, page=page, page_size=pageSize))


@router.post(
    "/callback/resend",
    response_model=Envelope[CoverTaskId],
    summary="Send a finished task's callback again",
)
def resend_cover_callback(body: ResendRequest, caller: HeavyCaller):
    """One more attempt at the finished task's callback: the same body and the same
    `webhook-id`, so a receiver that already has it can drop the repeat."""
    resend_callback(account_id=caller.account_id, cover_id=body.taskId)
    return envelope({"taskId": body.taskId})
