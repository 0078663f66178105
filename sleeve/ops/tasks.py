"""Operations' periodic work: the retention sweep."""

from __future__ import annotations

import structlog

from sleeve.core.settings import Settings
from sleeve.jobs.scheduled import Periodic
from sleeve.ops.retention import sweep_expired

log = structlog.get_logger()


def sweep() -> None:
    """Delete the files whose retention ran out (logged when there were any)."""
    swept = sweep_expired()
    if swept.deleted:
        log.info("retention_sweep", deleted=swept.deleted)


def periodic(settings: Settings) -> list[Periodic]:
    """The periodic jobs of operations."""
    return [Periodic("retention_sweep", settings.sweep_interval_s, sweep)]
