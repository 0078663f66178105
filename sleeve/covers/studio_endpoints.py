"""Sleeve extensions behind the studio page: styles, select, variations, export, list
and callback resend. Additive: the providers' endpoints are unchanged."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from sleeve.accounts.rate_limits import get_rate_limits
from sleeve.api.deps import AppSettings, CurrentCaller, RecentCaller
from sleeve.api.schemas import ERROR_RESPONSES, Envelope, ErrorEnvelope
from sleeve.core.envelope import envelope
from sleeve.covers.export import ExportFormat, export_cover
from sleeve.covers.history import list_covers
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
from sleeve.db.session import read_session, write_session
from sleeve.delivery.resend import resend_callback
from sleeve.files.storage import get_storage
from sleeve.jobs.queue import enqueue_delivery

router = APIRouter(
    prefix="/api/v1/suno/cover",
    tags=["Sleeve extensions"],
    responses={
        **ERROR_RESPONSES,
        409: {
            "model": ErrorEnvelope,
            "description": "the cover task has no images (yet, or any more)",
        },
    },
)


@router.get(
    "/styles", response_model=Envelope[list[StyleDescription]], summary="List the cover styles"
)
async def cover_styles(caller: CurrentCaller):
    """Every style a variation can ask for: name, family and a one-line description."""
    limits = get_rate_limits()
    await limits.check(limits.record_info, "styles", str(caller.key_id))
    return envelope(style_catalogue())


@router.post("/select", response_model=Envelope[Selection], summary="Pick one of the two images")
async def select_cover_image(body: SelectRequest, caller: CurrentCaller):
    """Record which image (1 or 2) of a finished cover task was picked; record-info and
    list show it as `selectedImage`. Picking again replaces the pick."""
    limits = get_rate_limits()
    await limits.check(limits.record_info, "select", str(caller.key_id))

    def pick() -> int:
        with write_session() as session:
            return select_image(
                session=session,
                account_id=caller.account_id,
                cover_id=body.taskId,
                image=body.image,
            )

    return envelope({"taskId": body.taskId, "selectedImage": await run_in_threadpool(pick)})


@router.post(
    "/variations",
    response_model=Envelope[CoverTaskId],
    summary="Make a variation of a cover task in other styles",
)
async def cover_variation(body: VariationRequest, caller: RecentCaller, request: Request):
    """A new cover task for the same music task (its parentTaskId is the music task),
    in the two styles given or two the track has not had yet. Charged, rendered,
    delivered and polled like a cover; generate's one-cover-per-music-task rule is
    unchanged."""
    limits = get_rate_limits()
    await limits.check(limits.generate, "generate", str(caller.key_id))
    task_id = await request_variation(
        intake=request.app.state.cover_intake,
        account_id=caller.account_id,
        key_id=caller.key_id,
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
    caller: CurrentCaller,
    settings: AppSettings,
    taskId: str = Query(min_length=1, max_length=128, description="A finished cover task id."),
    image: int = Query(ge=1, le=2, description="Which image: 1 or 2."),
    size: int = Query(default=3000, ge=1024, le=3000, description="The side in pixels."),
    format: ExportFormat = Query(default=ExportFormat.JPEG, description="jpeg or png."),
):
    """The image re-rendered at `size` (same composition), sRGB, JPEG quality 92 (4:4:4)
    or PNG, as an attachment. Rendered once, then kept with the task's images for
    the same retention."""
    limits = get_rate_limits()
    await limits.check(limits.generate, "export", str(caller.key_id))
    exported = await run_in_threadpool(
        export_cover,
        account_id=caller.account_id,
        cover_id=taskId,
        image=image,
        size=size,
        fmt=format,
        storage=get_storage(),
        settings=settings,
    )
    return Response(
        exported.data,
        media_type=exported.content_type,
        headers={"Content-Disposition": exported.content_disposition, "Cache-Control": "private"},
    )


@router.get("/list", response_model=Envelope[CoverPage], summary="List the account's cover tasks")
async def list_cover_tasks(
    caller: CurrentCaller,
    settings: AppSettings,
    page: int = Query(default=1, ge=1, le=100000, description="Page number, from 1."),
    pageSize: int = Query(default=20, ge=1, le=100, description="Tasks per page."),
):
    """The account's cover tasks, newest first: state, images, pick, art direction and
    the callback delivery (attempts, last status)."""
    limits = get_rate_limits()
    await limits.check(limits.record_info, "list", str(caller.key_id))

    def read() -> dict:
        with read_session() as session:
            return list_covers(
                session=session,
                account_id=caller.account_id,
                page=page,
                page_size=pageSize,
                public_base=settings.public_base,
            )

    return envelope(await run_in_threadpool(read))


@router.post(
    "/callback/resend",
    response_model=Envelope[CoverTaskId],
    summary="Send a finished task's callback again",
)
async def resend_cover_callback(body: ResendRequest, caller: CurrentCaller):
    """One more attempt at the finished task's callback: the same body and the same
    `webhook-id`, so a receiver that already has it can drop the repeat."""
    limits = get_rate_limits()
    await limits.check(limits.generate, "resend", str(caller.key_id))

    def resend() -> None:
        with write_session() as session:
            delivery_id = resend_callback(
                session=session, account_id=caller.account_id, cover_id=body.taskId
            )
        enqueue_delivery(delivery_id)  # after the commit: the worker must see it due

    await run_in_threadpool(resend)
    return envelope({"taskId": body.taskId})
