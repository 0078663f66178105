"""Periodic work: the reconciler, and whatever periodic jobs the domains register
(the retention sweep), run by one thread in each worker process."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import structlog

from sleeve.core.settings import Settings
from sleeve.jobs.reconciler import reconcile

log = structlog.get_logger()


@dataclass(frozen=True)
class Periodic:
    """A job that runs every `interval_s` seconds (first right at start)."""

    name: str
    interval_s: float
    run: Callable[[], object]


class Scheduler:
    """Runs the reconciler every `reconcile_interval_s` and each periodic job when
    due, in one daemon thread; errors are logged and the loop goes on."""

    def __init__(self, *, settings: Settings, periodic: list[Periodic]):
        self.settings = settings
        self.periodic = periodic
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="scheduler", daemon=True)

    def start(self) -> None:
        """Start the loop."""
        self._thread.start()

    def stop(self) -> None:
        """End the loop (waits up to 5 s for the current pass)."""
        self._stop.set()
        self._thread.join(timeout=5)

    def _loop(self) -> None:
        last_run: dict[str, float] = {}
        while True:
            for job in self.periodic:
                if time.monotonic() - last_run.get(job.name, -job.interval_s) >= job.interval_s:
                    last_run[job.name] = time.monotonic()
                    try:
                        job.run()
                    except Exception as exc:
                        log.warning("periodic_job_failed", job=job.name, error=str(exc))
            try:
                requeued = reconcile(settings=self.settings)
                if requeued.covers or requeued.deliveries:
                    log.info(
                        "reconciled",
                        covers=len(requeued.covers),
                        deliveries=len(requeued.deliveries),
                    )
            except Exception as exc:  # keep reconciling through database hiccups
                log.warning("reconcile_failed", error=str(exc))
            if self._stop.wait(self.settings.reconcile_interval_s):
                return
