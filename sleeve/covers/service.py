"""Create cover tasks (once per music task, paid on acceptance) and report on them."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sleeve.accounts.ledger import charge
from sleeve.core.clock import iso_millis, utcnow
from sleeve.core.errors import DuplicateCover, NotFound
from sleeve.core.ids import new_task_id
from sleeve.db.conflict import insert_ignoring_conflict
from sleeve.db.models import CoverImage, CoverTask, MusicTask
from sleeve.files.urls import image_url

SUCCESS_FLAGS = {"PENDING": 0, "GENERATING": 2, "SUCCESS": 1, "GENERATE_COVER_FAILED": 3}


@dataclass(frozen=True)
class Accepted:
    """A cover task that was accepted and must now be queued."""

    task_id: str


def create_cover(
    *, session: Session, account_id: int, music_task_id: str, callback_url: str, cost: int
) -> Accepted:
    """Accept a cover request: one active cover per music task, charged in the same
    transaction. Raises DuplicateCover (with the existing id) or InsufficientCredits."""
    music_id = session.scalar(
        select(MusicTask.id).where(
            MusicTask.account_id == account_id, MusicTask.task_id == music_task_id
        )
    )
    if music_id is None:
        raise NotFound(f"music task {music_task_id} was not found for this API key")
    cover_id = new_task_id()
    inserted = session.execute(
        insert_ignoring_conflict(session, CoverTask, ["active_music_id"])
        .values(
            id=cover_id,
            account_id=account_id,
            music_id=music_id,
            active_music_id=music_id,
            callback_url=callback_url,
            status="PENDING",
            file_salt=secrets.token_hex(16),
            notes="",
            created_at=utcnow(),
            attempts=0,
            enqueued_at=utcnow(),
        )
        .returning(CoverTask.id)
    ).first()
    if inserted is None:
        existing = session.scalar(select(CoverTask.id).where(CoverTask.active_music_id == music_id))
        raise DuplicateCover(
            f"a cover for music task {music_task_id} already exists; poll it with its taskId",
            data={"taskId": existing},
        )
    charge(session=session, account_id=account_id, cost=cost, cover_task_id=cover_id)
    return Accepted(cover_id)


def cover_record(*, session: Session, account_id: int, cover_id: str, public_base: str) -> dict:
    """The record-info `data` of a cover task the caller owns (NotFound otherwise)."""
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
    done = task.status in ("SUCCESS", "GENERATE_COVER_FAILED")
    response: dict[str, Any] | None = None
    expired = any(image.deleted_at is not None for image in images)
    expire_time = min((image.expires_at for image in images), default=None)
    if task.status == "SUCCESS":
        response = {"images": [image_url(base, image.token) for image in images]}
    error_code: int | None = None
    error_message: str | None = None
    if task.status == "SUCCESS":
        error_code, error_message = 200, ""
    elif task.status == "GENERATE_COVER_FAILED":
        error_code, error_message = 500, task.error_message or "cover generation failed"
    return {
        "taskId": task.id,
        "parentTaskId": music_task_id,
        "callbackUrl": task.callback_url,
        "createTime": iso_millis(task.created_at),
        "completeTime": iso_millis(task.completed_at) if done else None,
        "successFlag": SUCCESS_FLAGS[task.status],
        "status": task.status,
        "response": response,
        "errorCode": error_code,
        "errorMessage": error_message,
        "imagesExpireTime": iso_millis(expire_time),
        "imagesExpired": expired,
    }
