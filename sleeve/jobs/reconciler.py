"""The reconciler: finds work whose queue message was lost and queues it again.

Huey deletes a message when a worker takes it, so a killed worker loses it; rows
whose lease ran out, and rows that were accepted but never queued, are found
here and re-queued. Handlers are idempotent, so an extra message is harmless.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import and_, or_, select, update

from sleeve.core.clock import utcnow
from sleeve.core.settings import Settings, get_settings
from sleeve.db.models import CallbackDelivery, CoverStatus, CoverTask, DeliveryStatus
from sleeve.db.session import write_session
from sleeve.jobs.queue import QueueKind, enqueue


@dataclass(frozen=True)
class Requeued:
    """What one reconcile pass queued again."""

    covers: tuple[str, ...]
    deliveries: tuple[int, ...]


def reconcile(*, settings: Settings | None = None) -> Requeued:
    """Re-queue cover tasks and deliveries that nobody is working on but should be."""
    settings = settings or get_settings()
    now = utcnow()
    stale = now - timedelta(seconds=settings.requeue_after_s)
    lease_free = or_(CoverTask.lease_expires_at.is_(None), CoverTask.lease_expires_at < now)
    with write_session() as session:
        covers = tuple(
            session.scalars(
                select(CoverTask.id)
                .where(lease_free)
                .where(
                    or_(
                        CoverTask.status == CoverStatus.GENERATING,
                        and_(
                            CoverTask.status == CoverStatus.PENDING,
                            or_(CoverTask.enqueued_at.is_(None), CoverTask.enqueued_at < stale),
                        ),
                    )
                )
                .limit(500)
            )
        )
        if covers:
            session.execute(
                update(CoverTask).where(CoverTask.id.in_(covers)).values(enqueued_at=now)
            )
        delivery_lease_free = or_(
            CallbackDelivery.lease_expires_at.is_(None), CallbackDelivery.lease_expires_at < now
        )
        deliveries = tuple(
            session.scalars(
                select(CallbackDelivery.id)
                .where(delivery_lease_free)
                .where(
                    or_(
                        CallbackDelivery.status == DeliveryStatus.DELIVERING,
                        and_(
                            CallbackDelivery.status == DeliveryStatus.PENDING,
                            CallbackDelivery.next_attempt_at <= now,
                            or_(
                                CallbackDelivery.enqueued_at.is_(None),
                                CallbackDelivery.enqueued_at < stale,
                            ),
                        ),
                    )
                )
                .limit(500)
            )
        )
        if deliveries:
            session.execute(
                update(CallbackDelivery)
                .where(CallbackDelivery.id.in_(deliveries))
                .values(enqueued_at=now)
            )
    for cover_id in covers:
        enqueue(QueueKind.RENDER, cover_id)
    for delivery_id in deliveries:
        enqueue(QueueKind.DELIVER, delivery_id)
    return Requeued(covers, deliveries)
