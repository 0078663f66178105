"""Run the workers: a Huey consumer plus the scheduler (reconciler and periodic jobs),
in or out of the API."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Mapping

import structlog

from sleeve.core.settings import Settings, get_settings
from sleeve.jobs.queue import Handler, QueueKind, get_huey, register_handlers
from sleeve.jobs.scheduled import Periodic, Scheduler

log = structlog.get_logger()
_stop_hooks: list[Callable[[], None]] = []


def when_stopping(hook: Callable[[], None]) -> None:
    """Have `hook` run first when this process's workers stop (a domain stops its
    long-running work at once, such as renders; their leases bring the tasks back)."""
    _stop_hooks.append(hook)


class Workers:
    """Huey worker threads and the scheduler thread, started and stopped together
    (renders, the CPU work, run in render processes). Embedded in `sleeve serve`;
    alone in `sleeve worker`. `handlers` and `periodic` come from the domains (see
    sleeve/api/background.py)."""

    def __init__(
        self,
        *,
        handlers: Mapping[QueueKind, Handler],
        periodic: list[Periodic],
        settings: Settings | None = None,
        concurrency: int | None = None,
    ):
        self.settings = settings or get_settings()
        self.handlers = handlers
        self.concurrency = concurrency or self.settings.workers
        self._scheduler = Scheduler(settings=self.settings, periodic=periodic)
        self._consumer = None

    def start(self) -> None:
        """Start consuming the queue and running the scheduled work."""
        register_handlers(self.handlers)
        huey = get_huey(self.settings)
        self._consumer = huey.create_consumer(
            workers=self.concurrency,
            worker_type="thread",
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
        self._scheduler.start()
        log.info("workers_started", concurrency=self.concurrency)

    def stop(self) -> None:
        """Stop taking work; let running jobs finish (their leases cover the rest)."""
        for hook in _stop_hooks:
            hook()
        self._scheduler.stop()
        if self._consumer is not None:
            self._consumer.stop(graceful=True)
        log.info("workers_stopped")


_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


def _current_handlers() -> dict[int, object]:
    if threading.current_thread() is not threading.main_thread():
        return {}
    return {sig: signal.getsignal(sig) for sig in _SIGNALS}


def _restore_handlers(saved: dict[int, object]) -> None:
    for sig, handler in saved.items():
        signal.signal(sig, handler)  # type: ignore[arg-type]
