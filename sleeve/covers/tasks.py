"""The covers' background work: render a cover task (safe to run twice)."""

from __future__ import annotations

from sleeve.covers.rendering import run_render_job
from sleeve.jobs.queue import Handler, QueueKind

HANDLERS: dict[QueueKind, Handler] = {QueueKind.RENDER: run_render_job}
