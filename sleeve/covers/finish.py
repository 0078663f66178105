"""Finish a cover task exactly once: success or failure, with its callback queued."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sleeve.accounts.ledger import refund_once
from sleeve.core.clock import utcnow
from sleeve.core.ids import new_webhook_id
from sleeve.core.settings import Settings
from sleeve.db.conflict import insert_ignoring_conflict
from sleeve.db.models import (
    CallbackDelivery,
    CoverImage,
    CoverStatus,
    CoverTask,
    DeliveryStatus,
)
from sleeve.db.session import write_session
from sleeve.delivery.payloads import encode, failure_payload, success_payload
from sleeve.files.urls import image_url
from sleeve.jobs.leases import owned


@dataclass(frozen=True)
class StoredImage:
    """One rendered image as written to storage."""

    position: int
    style: str
    turn: int
    layout: str
    token: str
    key: str
    size: int
    etag: str
    width: int
    height: int


def record_success(
    *,
    cover_id: str,
    owner: str,
    images: list[StoredImage],
    notes: list[str],
    settings: Settings,
    direction: dict | None = None,
) -> int | None:
    """Mark the task done (if this worker still owns it), keep its images and the art
    direction in words, queue the callback. Returns the delivery id, or None when
    another worker finished it."""
    now = utcnow()
    expires = now + timedelta(days=settings.retention_days)
    with write_session() as session:
        done = session.execute(
            update(CoverTask)
            .where(owned(CoverTask, cover_id, owner), CoverTask.status == CoverStatus.GENERATING)
            .values(
                status=CoverStatus.SUCCESS,
                completed_at=now,
                lease_owner=None,
                lease_expires_at=None,
                notes=CoverTask.notes + "".join(f"{note}\n" for note in notes),
                direction=json.dumps(direction) if direction is not None else None,
            )
            .returning(CoverTask.callback_url)
        ).first()
        if done is None:
            return None
        for image in images:
            session.add(
                CoverImage(
                    cover_task_id=cover_id,
                    position=image.position,
                    style=image.style,
                    turn=image.turn,
                    layout=image.layout,
                    token=image.token,
                    storage_key=image.key,
                    content_type="image/png",
                    byte_size=image.size,
                    etag=image.etag,
                    width=image.width,
                    height=image.height,
                    created_at=now,
                    expires_at=expires,
                )
            )
        urls = [image_url(settings.public_base, image.token) for image in images]
        body = encode(success_payload(cover_id, urls))
        return _add_delivery(session, cover_id, done.callback_url, body)


def record_failure(*, cover_id: str, owner: str, reason: str) -> int | None:
    """Mark the task failed, free the music task for a new request, refund once, and
    queue the failure callback. Returns the delivery id (None if not owned)."""
    with write_session() as session:
        done = session.execute(
            update(CoverTask)
            .where(owned(CoverTask, cover_id, owner))
            .where(CoverTask.status.in_((CoverStatus.GENERATING, CoverStatus.PENDING)))
            .values(
                status=CoverStatus.FAILED,
                completed_at=utcnow(),
                error_message=reason,
                active_music_id=None,
                lease_owner=None,
                lease_expires_at=None,
            )
            .returning(CoverTask.callback_url, CoverTask.account_id)
        ).first()
        if done is None:
            return None
        refund_once(session=session, account_id=done.account_id, cover_task_id=cover_id)
        body = encode(failure_payload(cover_id, reason))
        return _add_delivery(session, cover_id, done.callback_url, body)


def _add_delivery(session: Session, cover_id: str, url: str, body: bytes) -> int | None:
    now = utcnow()
    session.execute(
        insert_ignoring_conflict(session, CallbackDelivery, ["cover_task_id"]).values(
            cover_task_id=cover_id,
            webhook_id=new_webhook_id(),
            url=url,
            body=body.decode("utf-8"),
            status=DeliveryStatus.PENDING,
            attempt_count=0,
            next_attempt_at=now,
            enqueued_at=now,
            created_at=now,
        )
    )
    return session.scalar(
        select(CallbackDelivery.id).where(CallbackDelivery.cover_task_id == cover_id)
    )
