"""Group commit for cover requests: one writer thread accepts whatever requests are
waiting in one transaction, so a busy server pays one commit for many requests.

Requests hand a `CoverRequest` to `CoverIntake.submit` and await their outcome; the
writer takes every waiting request (up to `max_batch`), runs `accept_covers` in one
write transaction, answers each request, then queues the accepted renders. A batch
that fails as a whole is retried one request at a time, so one bad request cannot
fail the others. Nothing is acknowledged before its transaction commits.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import queue
import threading
import time
from dataclasses import dataclass
from functools import lru_cache

import structlog

from sleeve.accounts.keys import mark_keys_used
from sleeve.core.settings import get_settings
from sleeve.covers.accept import Accepted, CoverRequest, Outcome, accept_covers
from sleeve.db.raw import RawSql
from sleeve.db.session import get_engine, in_process_writer_turn
from sleeve.jobs.queue import QueueKind, send_many

log = structlog.get_logger()

KEY_MARK_INTERVAL_S = 30.0  # keys' last_used_at has a resolution of a minute


@dataclass(frozen=True)
class _Waiting:
    request: CoverRequest
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[Outcome]


class CoverIntake:
    """The writer thread of one process and the queue in front of it."""

    def __init__(self, *, cost: int, max_batch: int = 256):
        self.cost = cost
        self.max_batch = max_batch
        self._waiting: queue.SimpleQueue[_Waiting] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._writer_pid: int | None = None
        self._sql: RawSql | None = None  # the writer thread's own connection
        self._keys_marked: dict[int, float] = {}  # key id -> when we last marked it used

    async def submit(self, request: CoverRequest) -> Accepted:
        """Accept one request (with the others waiting now); raises its SleeveError."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Outcome] = loop.create_future()
        self._start_writer()
        self._waiting.put(_Waiting(request, loop, future))
        outcome = await future
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def _start_writer(self) -> None:
        with self._lock:
            if self._writer_pid != os.getpid():
                self._writer_pid = os.getpid()
                self._sql = None
                writer = threading.Thread(
                    target=self._write_forever, name="cover-intake", daemon=True
                )
                writer.start()

    def _write_forever(self) -> None:
        while True:
            batch = [self._waiting.get()]
            while len(batch) < self.max_batch:
                try:
                    batch.append(self._waiting.get_nowait())
                except queue.Empty:
                    break
            outcomes = self._accept(batch)
            try:
                _answer(batch, outcomes)
                accepted = [o.task_id for o in outcomes if isinstance(o, Accepted)]
                if accepted:
                    send_many([(QueueKind.RENDER, task_id, None) for task_id in accepted])
            except Exception as exc:  # the reconciler queues what could not be sent
                log.error("cover_intake_error", error=repr(exc), exc_info=exc)

    def _accept(self, batch: list[_Waiting]) -> list[Outcome | BaseException]:
        requests = [waiting.request for waiting in batch]
        try:
            return list(self._transaction(requests))
        except Exception as exc:
            if len(batch) == 1:
                return [exc]
            log.warning("cover_batch_failed", size=len(batch), error=repr(exc))
        results: list[Outcome | BaseException] = []
        for request in requests:
            try:
                results.extend(self._transaction([request]))
            except Exception as exc:
                results.append(exc)
        return results

    def _transaction(self, requests: list[CoverRequest]) -> list[Outcome]:
        if self._sql is None:
            self._sql = RawSql(get_engine())
        now = time.monotonic()
        due_keys = sorted(
            {r.key_id for r in requests if r.key_id is not None and self._mark_due(r.key_id, now)}
        )
        with in_process_writer_turn(), self._sql.transaction() as sql:
            outcomes = accept_covers(sql=sql, requests=requests, cost=self.cost)
            if due_keys:
                mark_keys_used(sql=sql, key_ids=due_keys)
        self._keys_marked.update(dict.fromkeys(due_keys, now))
        return outcomes

    def _mark_due(self, key_id: int, now: float) -> bool:
        marked = self._keys_marked.get(key_id)
        return marked is None or now - marked >= KEY_MARK_INTERVAL_S


def _answer(batch: list[_Waiting], outcomes: list[Outcome | BaseException]) -> None:
    """Wake the waiting requests: one call into each event loop per batch."""
    by_loop: dict[asyncio.AbstractEventLoop, list[tuple[asyncio.Future, object]]] = {}
    for waiting, outcome in zip(batch, outcomes, strict=True):
        by_loop.setdefault(waiting.loop, []).append((waiting.future, outcome))
    for loop, answers in by_loop.items():
        with contextlib.suppress(RuntimeError):  # a closed loop: its requests are gone
            loop.call_soon_threadsafe(_settle, answers)


def _settle(answers: list[tuple[asyncio.Future, object]]) -> None:
    for future, outcome in answers:
        if future.done():  # the client went away while waiting
            continue
        future.set_result(outcome)


@lru_cache
def get_cover_intake() -> CoverIntake:
    """This process's intake (its writer thread starts with the first request)."""
    return CoverIntake(cost=get_settings().cover_cost)
