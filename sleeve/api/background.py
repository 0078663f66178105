"""The background work of every process that runs workers: each domain's queue
handlers and periodic jobs, gathered here so that `jobs/` imports no domain."""

from __future__ import annotations

from sleeve.core.settings import Settings
from sleeve.covers import tasks as cover_tasks
from sleeve.delivery import tasks as delivery_tasks
from sleeve.jobs.runtime import Workers
from sleeve.music import tasks as music_tasks
from sleeve.ops import tasks as ops_tasks


def make_workers(*, settings: Settings, concurrency: int | None = None) -> Workers:
    """Workers that run every kind of queue message and every periodic job."""
    return Workers(
        handlers={**cover_tasks.HANDLERS, **delivery_tasks.HANDLERS, **music_tasks.HANDLERS},
        periodic=ops_tasks.periodic(settings),
        settings=settings,
        concurrency=concurrency,
    )
