"""Start cover tasks and report on them: what the cover endpoints call."""

from __future__ import annotations

from typing import Any

from anyio import to_thread
from sqlalchemy import select
from sqlalchemy.orm import Session

from sleeve.accounts.keys import Caller
from sleeve.core.clock import iso_millis
from sleeve.core.errors import InvalidRequest, NotFound
from sleeve.core.outbound import RefusedUrl, UnresolvableHost, check_url, parse_url_cached
from sleeve.core.settings import Settings, get_settings
from sleeve.covers.accept import CoverRequest
from sleeve.covers.intake import get_cover_intake
from sleeve.db.models import CoverImage, CoverStatus, CoverTask, MusicTask
from sleeve.db.session import read_session
from sleeve.files.urls import image_url
from sleeve.music.service import find_music
from sleeve.music.upstream import pull_music

SUCCESS_FLAGS = {
    CoverStatus.PENDING: 0,
    CoverStatus.GENERATING: 2,
    CoverStatus.SUCCESS: 1,
    CoverStatus.FAILED: 3,
}


async def submit_cover(*, caller: Caller, music_task_id: str, callback_url: str) -> str:
    """Accept a cover task for one of the caller's music tasks and queue its render;
    returns the cover task id. The callback URL is checked first; a music task this
    account lacks is pulled from the upstream provider when one is configured."""
    settings = get_settings()
    await _check_callback_url(callback_url, allow_private=settings.allow_private_callbacks)
    if settings.upstream_url:
        await to_thread.run_sync(_pull_if_unknown, caller.account_id, music_task_id, settings)
    accepted = await get_cover_intake().submit(
        CoverRequest(
            account_id=caller.account_id,
            key_id=caller.key_id,
            music_task_id=music_task_id,
            callback_url=callback_url,
        )
    )
    return accepted.task_id


async def _check_callback_url(url: str, *, allow_private: bool) -> None:
    field = "callBackUrl"
    try:
        target = parse_url_cached(url, field=field, allow_private=allow_private)
        if not allow_private and target.ip is None:  # a DNS name: look it up off the loop
            await to_thread.run_sync(
                lambda: check_url(target.url, field=field, allow_private=False)
            )
    except UnresolvableHost:
        pass  # our DNS may be down or slow: the address is checked, and pinned, at send time
    except RefusedUrl as exc:
        raise InvalidRequest(str(exc)) from exc


def _pull_if_unknown(account_id: int, task_id: str, settings: Settings) -> None:
    """Fetch a music task from the upstream provider when this account lacks it."""
    with read_session() as session:
        known = find_music(session=session, account_id=account_id, task_id=task_id)
    if known is None:
        pull_music(account_id=account_id, task_id=task_id, settings=settings)


def cover_record(*, account_id: int, cover_id: str) -> dict:
    """The record-info `data` of a cover task the caller owns (NotFound otherwise)."""
    with read_session() as session:
        return _load_record(session, account_id, cover_id, get_settings().public_base)


def _load_record(session: Session, account_id: int, cover_id: str, public_base: str) -> dict:
    row = session.execute(
        select(CoverTask, MusicTask.task_id)
        .join(MusicTask, MusicTask.id == CoverTask.music_id)
        .where(CoverTask.id == cover_id, CoverTask.account_id == account_id)
    ).first()
    if row is None:
        raise NotFound(f"cover task {cover_id} was not found for this API key")
    task, music_task_id = row
    images = list(
        session.scalars(
            select(CoverImage)
            .where(CoverImage.cover_task_id == task.id)
            .order_by(CoverImage.position)
        )
    )
    return _record(task, music_task_id, images, public_base)


def _record(task: CoverTask, music_task_id: str, images: list[CoverImage], base: str) -> dict:
    done = task.status in (CoverStatus.SUCCESS, CoverStatus.FAILED)
    response: dict[str, Any] | None = None
    expired = any(image.deleted_at is not None for image in images)
    expire_time = min((image.expires_at for image in images), default=None)
    if task.status == CoverStatus.SUCCESS:
        response = {"images": [image_url(base, image.token) for image in images]}
    error_code: int | None = None
    error_message: str | None = None
    if task.status == CoverStatus.SUCCESS:
        error_code, error_message = 200, ""
    elif task.status == CoverStatus.FAILED:
        error_code, error_message = 500, task.error_message or "cover generation failed"
    return {
        "taskId": task.id,
        "parentTaskId": music_task_id,
        "callbackUrl": task.callback_url,
        "createTime": iso_millis(task.created_at),
        "completeTime": iso_millis(task.completed_at) if done else None,
        "successFlag": SUCCESS_FLAGS[CoverStatus(task.status)],
        "status": task.status,
        "response": response,
        "errorCode": error_code,
        "errorMessage": error_message,
        "imagesExpireTime": iso_millis(expire_time),
        "imagesExpired": expired,
        "selectedImage": task.selected_image,
    }
