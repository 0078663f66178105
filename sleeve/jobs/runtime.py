"""Run the workers: a Huey consumer plus the reconciler loop, in or out of the API."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable

import structlog

from sleeve.core.settings import Settings, get_settings
from sleeve.jobs.queue import get_huey
from sleeve.jobs.reconciler import reconcile
from sleeve.ops.retention import sweep_expired

log = structlog.get_logger()
_stop_hooks: list[Callable[[], None]] = []


def when_stopping(hook: Callable[[], None]) -> None:
    """Have `hook` run first when this process's workers stop (a domain stops its
    long-running work at once, such as renders; their leases bring the tasks back)."""
    _stop_hooks.append(hook)


class Workers:
    """Huey worker threads (or processes) and a reconciler thread, started and stopped
    together. Embedded in `sleeve serve`; alone in `sleeve worker`."""

    def __init__(
        self,
        *,
        settings: Settings | None = None,
        concurrency: int | None = None,
        worker_type: str = "thread",
    ):
        self.settings = settings or get_settings()
        self.concurrency = concurrency or self.settings.workers
        self.worker_type = worker_type
        self._stop = threading.Event()
        self._reconciler = threading.Thread(
            target=self._reconcile_loop, name="reconciler", daemon=True
        )
        self._consumer = None

    def start(self) -> None:
        """Start consuming the queue and reconciling."""
        huey = get_huey(self.settings)
        self._consumer = huey.create_consumer(
            workers=self.concurrency,
            worker_type=self.worker_type,
            periodic=False,
            initial_delay=0.05,
            backoff=1.5,
            max_delay=0.5,
            check_worker_health=True,
        )
        # Huey's consumer installs its own signal handlers; keep the host's (uvicorn's or
        # `sleeve worker`'s) so SIGTERM still means a graceful stop of the whole process.
        saved = _current_handlers()
        self._consumer.start()
        _restore_handlers(saved)
        self._reconciler.start()
        log.info("workers_started", concurrency=self.concurrency, type=self.worker_type)

    def _reconcile_loop(self) -> None:
        last_sweep = 0.0
        while True:
            if time.monotonic() - last_sweep > self.settings.sweep_interval_s:
                last_sweep = time.monotonic()
                try:
                    swept = sweep_expired()
                    if swept.deleted:
                        log.info("retention_sweep", deleted=swept.deleted)
                except Exception as exc:
                    log.warning("sweep_failed", error=str(exc))
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

    def stop(self) -> None:
        """Stop taking work; let running jobs finish (their leases cover the rest)."""
        self._stop.set()
        for hook in _stop_hooks:
            hook()
        if self._consumer is not None:
            self._consumer.stop(graceful=True)
        self._reconciler.join(timeout=5)
        log.info("workers_stopped")


_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


def _current_handlers() -> dict[int, object]:
    if threading.current_thread() is not threading.main_thread():
        return {}
    return {sig: signal.getsignal(sig) for sig in _SIGNALS}


def _restore_handlers(saved: dict[int, object]) -> None:
    for sig, handler in saved.items():
        signal.signal(sig, handler)  # type: ignore[arg-type]
