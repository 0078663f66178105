"""Callback deliveries in the database: claim, send one attempt, record it, schedule
the next. The same webhook id goes out on every attempt of one delivery."""

from __future__ import annotations

import time
from datetime import timedelta

import structlog
from sqlalchemy import select, update

from sleeve.core.clock import utcnow
from sleeve.core.metrics import CALLBACK_ATTEMPTS, CALLBACK_SECONDS
from sleeve.core.settings import Settings, get_settings
from sleeve.db.models import (
    Account,
    CallbackDelivery,
    CoverTask,
    DeliveryAttempt,
    DeliveryStatus,
)
from sleeve.db.session import write_session
from sleeve.delivery.sender import AttemptOutcome, retry_delays_after, send_callback
from sleeve.delivery.signing import signed_headers
from sleeve.jobs.leases import claim, owned, worker_id
from sleeve.jobs.queue import QueueKind, enqueue

log = structlog.get_logger()
INTERRUPTED = "interrupted: the worker stopped during this attempt"


def run_delivery_job(delivery_id: int, *, settings: Settings | None = None) -> None:
    """Make one attempt at a due delivery if this worker can claim it."""
    settings = settings or get_settings()
    owner = worker_id()
    lease_s = 2 * settings.callback_timeout_s + 5
    with write_session() as session:
        claimed = claim(
            session=session,
            model=CallbackDelivery,
            row_id=delivery_id,
            owner=owner,
            lease_s=lease_s,
            claimable=(DeliveryStatus.PENDING, DeliveryStatus.DELIVERING),
            new_status=DeliveryStatus.DELIVERING,
            extra={"attempt_count": CallbackDelivery.attempt_count + 1},
            where=CallbackDelivery.next_attempt_at <= utcnow(),
        )
        if not claimed:
            return
        delivery = session.get(CallbackDelivery, delivery_id)
        secret = session.scalar(
            select(Account.webhook_secret)
            .join(CoverTask, CoverTask.account_id == Account.id)
            .where(CoverTask.id == delivery.cover_task_id)
        )
        session.execute(
            update(DeliveryAttempt)
            .where(
                DeliveryAttempt.delivery_id == delivery_id, DeliveryAttempt.error == "in progress"
            )
            .values(error=INTERRUPTED)
        )
        attempt = DeliveryAttempt(
            delivery_id=delivery_id,
            attempt_no=delivery.attempt_count,
            started_at=utcnow(),
            error="in progress",
        )
        session.add(attempt)
        session.flush()
        attempt_id, attempt_no = attempt.id, delivery.attempt_count
        url, body, webhook_id = delivery.url, delivery.body.encode(), delivery.webhook_id
        cover_id = delivery.cover_task_id
    headers = signed_headers(
        secret=secret,
        webhook_id=webhook_id,
        task_id=cover_id,
        body=body,
        timestamp=int(time.time()),
    )
    outcome = send_callback(
        url=url,
        body=body,
        headers=headers,
        timeout_s=settings.callback_timeout_s,
        allow_private=settings.allow_private_callbacks,
        proxy=settings.outbound_proxy or None,
    )
    delay = (
        None
        if outcome.ok or outcome.permanent
        else retry_delays_after(attempt_no, settings.callback_retry_delays, outcome.retry_after_s)
    )
    _record(delivery_id, attempt_id, owner, outcome, delay)
    CALLBACK_SECONDS.observe(outcome.latency_ms / 1000)
    result = "delivered" if outcome.ok else "retry" if delay is not None else "failed"
    CALLBACK_ATTEMPTS.labels(result).inc()
    log.info(
        "callback_attempt",
        delivery=delivery_id,
        attempt=attempt_no,
        ok=outcome.ok,
        status=outcome.status_code,
        error=outcome.error,
        next_in_s=delay,
    )
    if delay is not None:
        enqueue(QueueKind.DELIVER, delivery_id, delay_s=delay + 0.05)


def _record(
    delivery_id: int, attempt_id: int, owner: str, outcome: AttemptOutcome, delay: float | None
) -> None:
    now = utcnow()
    with write_session() as session:
        session.execute(
            update(DeliveryAttempt)
            .where(DeliveryAttempt.id == attempt_id)
            .values(
                status_code=outcome.status_code, latency_ms=outcome.latency_ms, error=outcome.error
            )
        )
        values: dict[str, object] = {
            "lease_owner": None,
            "lease_expires_at": None,
            "last_error": outcome.error,
        }
        if outcome.ok:
            values.update(status=DeliveryStatus.DELIVERED, completed_at=now)
        elif delay is None:
            values.update(status=DeliveryStatus.FAILED, completed_at=now)
        else:
            next_at = now + timedelta(seconds=delay)
            values.update(status=DeliveryStatus.PENDING, next_attempt_at=next_at, enqueued_at=now)
        session.execute(
            update(CallbackDelivery)
            .where(owned(CallbackDelivery, delivery_id, owner))
            .values(**values)
        )
