"""A short-lived cache of the maintenance switch, so requests don't each query it."""

from __future__ import annotations

import time

from starlette.concurrency import run_in_threadpool

from sleeve.db.session import read_session
from sleeve.ops.maintenance import MaintenanceState, maintenance_state


class MaintenanceCache:
    """Reads the maintenance flag at most once per `ttl_s` seconds."""

    def __init__(self, ttl_s: float = 1.0):
        self.ttl_s = ttl_s
        self._state = MaintenanceState(False)
        self._read_at = 0.0

    def _read(self) -> MaintenanceState:
        with read_session() as session:
            return maintenance_state(session=session)

    async def get(self) -> MaintenanceState:
        """The switch as of at most ttl_s seconds ago."""
        now = time.monotonic()
        if now - self._read_at > self.ttl_s:
            # one request refreshes; the others answer from the state read a moment ago
            self._read_at = now
            try:
                self._state = await run_in_threadpool(self._read)
            except BaseException:
                self._read_at = 0.0  # the next request tries again
                raise
        return self._state
