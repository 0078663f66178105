"""An account's cover tasks, newest first, as the studio's history shows them."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sleeve.core.clock import iso_millis
from sleeve.core.settings import get_settings
from sleeve.covers.service import SUCCESS_FLAGS
from sleeve.db.models import (
    CallbackDelivery,
    CoverImage,
    CoverStatus,
    CoverTask,
    DeliveryAttempt,
    MusicTask,
)
from sleeve.db.session import read_session
from sleeve.files.urls import image_url


def list_covers(*, account_id: int, page: int, page_size: int) -> dict[str, Any]:
    """One page of the account's cover tasks with their images, pick, art direction
    and callback delivery summary; `total` counts every task of the account."""
    with read_session() as session:
        return _page(session, account_id, page, page_size, get_settings().public_base)


def _page(
    session: Session, account_id: int, page: int, page_size: int, public_base: str
) -> dict[str, Any]:
    total = session.scalar(
        select(func.count()).select_from(CoverTask).where(CoverTask.account_id == account_id)
    )
    rows = session.execute(
        select(CoverTask, MusicTask.task_id, MusicTask.title)
        .join(MusicTask, MusicTask.id == CoverTask.music_id)
        .where(CoverTask.account_id == account_id)
        .order_by(CoverTask.created_at.desc(), CoverTask.id)
        .limit(page_size)
        .offset((page - 1) * page_size)
    ).all()
    ids = [task.id for task, _, _ in rows]
    images: dict[str, list[CoverImage]] = {}
    for image in session.scalars(
        select(CoverImage).where(CoverImage.cover_task_id.in_(ids)).order_by(CoverImage.position)
    ):
        images.setdefault(image.cover_task_id, []).append(image)
    deliveries = _deliveries(session, ids)
    tasks = [
        _summary(task, music_task_id, title, images.get(task.id, []), deliveries, public_base)
        for task, music_task_id, title in rows
    ]
    return {"page": page, "pageSize": page_size, "total": total, "tasks": tasks}


def _deliveries(session: Session, cover_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Each task's callback: status, attempts, and the last attempt's outcome."""
    found: dict[str, dict[str, Any]] = {}
    last_attempt = (
        select(DeliveryAttempt.delivery_id, func.max(DeliveryAttempt.attempt_no).label("n"))
        .group_by(DeliveryAttempt.delivery_id)
        .subquery()
    )
    rows = session.execute(
        select(CallbackDelivery, DeliveryAttempt)
        .outerjoin(last_attempt, last_attempt.c.delivery_id == CallbackDelivery.id)
        .outerjoin(
            DeliveryAttempt,
            (DeliveryAttempt.delivery_id == CallbackDelivery.id)
            & (DeliveryAttempt.attempt_no == last_attempt.c.n),
        )
        .where(CallbackDelivery.cover_task_id.in_(cover_ids))
    ).all()
    for delivery, attempt in rows:
        found[delivery.cover_task_id] = {
            "status": delivery.status,
            "attempts": delivery.attempt_count,
            "webhookId": delivery.webhook_id,
            "lastStatusCode": attempt.status_code if attempt else None,
            "lastError": delivery.last_error,
            "lastAttemptTime": iso_millis(attempt.started_at) if attempt else None,
        }
    return found


def _summary(
    task: CoverTask,
    music_task_id: str,
    title: str,
    images: list[CoverImage],
    deliveries: dict[str, dict[str, Any]],
    public_base: str,
) -> dict[str, Any]:
    kept = task.status == CoverStatus.SUCCESS and all(image.deleted_at is None for image in images)
    return {
        "taskId": task.id,
        "parentTaskId": music_task_id,
        "title": title,
        "status": task.status,
        "successFlag": SUCCESS_FLAGS[CoverStatus(task.status)],
        "createTime": iso_millis(task.created_at),
        "completeTime": iso_millis(task.completed_at),
        "errorMessage": task.error_message,
        "images": [
            {
                "image": image.position + 1,
                "style": image.style,
                "url": image_url(public_base, image.token),
            }
            for image in images
        ]
        if kept
        else [],
        "selectedImage": task.selected_image,
        "variationOf": task.variation_of,
        "direction": json.loads(task.direction) if task.direction else None,
        "callback": deliveries.get(task.id),
    }
