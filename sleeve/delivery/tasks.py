"""The deliveries' background work: one attempt at a due callback (safe to run twice)."""

from __future__ import annotations

from sleeve.delivery.service import run_delivery_job
from sleeve.jobs.queue import Handler, QueueKind

HANDLERS: dict[QueueKind, Handler] = {QueueKind.DELIVER: run_delivery_job}
