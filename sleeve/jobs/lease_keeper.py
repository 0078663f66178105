"""Keep a lease alive while long work runs, in a small background thread."""

from __future__ import annotations

import threading
from typing import Any

import structlog

from sleeve.db.session import write_session
from sleeve.jobs.leases import renew

log = structlog.get_logger()


class LeaseKeeper:
    """Renews a row's lease every third of its length until the block ends."""

    def __init__(self, *, model: Any, row_id: object, owner: str, lease_s: float):
        self.model, self.row_id, self.owner, self.lease_s = model, row_id, owner, lease_s
        self.lost = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="lease-keeper", daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.lease_s / 3):
            try:
                with write_session() as session:
                    kept = renew(
                        session=session,
                        model=self.model,
                        row_id=self.row_id,
                        owner=self.owner,
                        lease_s=self.lease_s,
                    )
            except Exception as exc:  # a busy database must not kill the render
                log.warning("lease_renew_failed", row=str(self.row_id), error=str(exc))
                continue
            if not kept:
                self.lost = True
                return

    def __enter__(self) -> LeaseKeeper:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
