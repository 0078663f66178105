"""Send a finished cover task's callback again, on a person's request."""

from __future__ import annotations

from sqlalchemy import select, update

from sleeve.core.clock import utcnow
from sleeve.covers.lookup import CoverNotFinished, owned_cover
from sleeve.db.models import CallbackDelivery, DeliveryStatus
from sleeve.db.session import write_session
from sleeve.jobs.queue import QueueKind, enqueue


def resend_callback(*, account_id: int, cover_id: str) -> None:
    """Queue one more attempt of the task's callback, same body and same webhook-id (so
    receivers that already have it drop the repeat). CoverNotFinished while the task
    runs or while its callback is still being tried."""
    with write_session() as session:
        task = owned_cover(session=session, account_id=account_id, cover_id=cover_id)
        delivery_id = session.scalar(
            select(CallbackDelivery.id).where(CallbackDelivery.cover_task_id == task.id)
        )
        if delivery_id is None:
            raise CoverNotFinished(
                f"cover task {cover_id} is {task.status}: its callback is sent when it finishes"
            )
        now = utcnow()
        resent = session.execute(
            update(CallbackDelivery)
            .where(
                CallbackDelivery.id == delivery_id,
                CallbackDelivery.status.in_((DeliveryStatus.DELIVERED, DeliveryStatus.FAILED)),
            )
            .values(
                status=DeliveryStatus.PENDING,
                next_attempt_at=now,
                enqueued_at=now,
                completed_at=None,
            )
        )
        if resent.rowcount != 1:
            raise CoverNotFinished(
                f"the callback of cover task {cover_id} is still being delivered; "
                "resend it once that is over"
            )
    enqueue(QueueKind.DELIVER, delivery_id)  # after the commit: the worker must see it due
