"""Send a finished cover task's callback again, on a person's request."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sleeve.core.clock import utcnow
from sleeve.covers.lookup import CoverNotFinished, owned_cover
from sleeve.db.models import CallbackDelivery


def resend_callback(*, session: Session, account_id: int, cover_id: str) -> int:
    """Queue one more attempt of the task's callback, same body and same webhook-id (so
    receivers that already have it drop the repeat). Returns the delivery id to enqueue.
    CoverNotFinished while the task runs or its callback is still being tried."""
    task = owned_cover(session=session, account_id=account_id, cover_id=cover_id)
    delivery = session.scalar(
        select(CallbackDelivery).where(CallbackDelivery.cover_task_id == task.id)
    )
    if delivery is None:
        raise CoverNotFinished(
            f"cover task {cover_id} is {task.status}: its callback is sent when it finishes"
        )
    now = utcnow()
    resent = session.execute(
        update(CallbackDelivery)
        .where(
            CallbackDelivery.id == delivery.id,
            CallbackDelivery.status.in_(("DELIVERED", "FAILED")),
        )
        .values(status="PENDING", next_attempt_at=now, enqueued_at=now, completed_at=None)
    )
    if resent.rowcount != 1:
        raise CoverNotFinished(
            f"the callback of cover task {cover_id} is still being delivered; "
            "resend it once that is over"
        )
    return delivery.id
