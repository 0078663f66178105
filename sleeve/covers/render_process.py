"""Renders (cover pairs and print exports) run in a child process, so that a render can
be stopped: at its time limit, or at once when the server shuts down.

Children are forked from a small fork server that has the engine imported already
(multiprocessing's "forkserver"), so a render starts in milliseconds, and the fork
server itself has no threads to fork. The child sends back the encoded covers, or the
name of the error that stopped the engine. The fork server and its children ignore
SIGTERM and start warm (`render_server`): the server stops them itself when it shuts down.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from sleeve.engine.music import MusicInput
from sleeve.engine.pipeline import CoverSet, render_covers
from sleeve.jobs.runtime import when_stopping

_context = multiprocessing.get_context("forkserver")
_context.set_forkserver_preload(
    ["sleeve.covers.render_server", __name__, "sleeve.covers.export_render"]
)
_running: set[BaseProcess] = set()
_lock = threading.Lock()
_stopping = threading.Event()
STOP_GRACE_S = 2.0  # a render process that died: how long to wait for the shutdown to show


class RenderTimedOut(Exception):
    """The render ran past its time limit and was stopped."""

    def __init__(self, limit_s: float) -> None:
        super().__init__(f"the render took longer than its limit of {limit_s:g} s")


class RenderInterrupted(Exception):
    """The render was stopped because the process is shutting down."""


class EngineFailed(Exception):
    """The engine raised in the child; `name` is the error's class name."""

    def __init__(self, name: str, text: str) -> None:
        super().__init__(f"{name}: {text}")
        self.name = name


def render_with_limit(
    music: MusicInput,
    *,
    size: int,
    limit_s: float,
    styles: Sequence[str] | None = None,
    tags_on_cover: bool = False,
    recent: Sequence[str] = (),
) -> CoverSet:
    """render_covers in a child process, stopped after `limit_s` seconds."""
    outcome = run_with_limit(
        render_covers,
        music,
        limit_s=limit_s,
        size=size,
        styles=tuple(styles) if styles else None,
        tags_on_cover=tags_on_cover,
        recent=tuple(recent),
    )
    assert isinstance(outcome, CoverSet)
    return outcome


def run_with_limit(
    target: Callable[..., object], *args: object, limit_s: float, **kwargs: object
) -> object:
    """`target(*args, **kwargs)` in a render process, stopped after `limit_s` seconds
    (RenderTimedOut), or at shutdown (RenderInterrupted); what the target raised comes
    back as EngineFailed. The target is a module-level function, its result picklable."""
    if _stopping.is_set():
        raise RenderInterrupted("the server is shutting down")
    receiver, sender = _context.Pipe(duplex=False)
    child = _context.Process(target=_child, args=(sender, target, args, kwargs), daemon=True)
    try:
        child.start()
    except (OSError, EOFError) as exc:  # the fork server died: a shutdown, or a failure
        receiver.close()
        sender.close()
        if _stopping.wait(STOP_GRACE_S):
            raise RenderInterrupted("the server is shutting down") from None
        raise EngineFailed("RenderProcessNotStarted", str(exc)) from exc
    with _lock:
        _running.add(child)
        if _stopping.is_set():  # stop_renders ran while this one was starting
            child.kill()
    sender.close()
    try:
        if not receiver.poll(limit_s):
            raise RenderTimedOut(limit_s)
        outcome = receiver.recv()
    except EOFError:
        _reap(child, wait_s=1)
        if _stopping.wait(STOP_GRACE_S) or child.exitcode == -signal.SIGTERM:
            raise RenderInterrupted("the server is shutting down") from None
        raise EngineFailed("RenderProcessDied", f"exit code {child.exitcode}") from None
    finally:
        with _lock:
            _running.discard(child)
        child.kill()
        _reap(child)
        receiver.close()
    if isinstance(outcome, _Failure):
        raise EngineFailed(outcome.name, outcome.text)
    return outcome


class _Failure:
    """What the target raised, as the child reports it."""

    def __init__(self, exc: Exception) -> None:
        self.name, self.text = exc.__class__.__name__, str(exc)[:500]


def warm_up() -> None:
    """Start the fork server now, in the background (it imports the engine and draws
    one small cover, about two seconds), so that the first cover task does not wait
    for it."""
    threading.Thread(target=_start_fork_server, name="render-warm-up", daemon=True).start()


def _start_fork_server() -> None:
    with contextlib.suppress(RenderInterrupted, RenderTimedOut, EngineFailed):
        run_with_limit(_ready, limit_s=120)


def _ready() -> bool:
    return True


def _reap(child: BaseProcess, wait_s: float | None = None) -> None:
    """Wait for a render process to end; its exit code is lost when the fork server
    that reports it is gone already (at shutdown)."""
    with contextlib.suppress(EOFError, OSError):
        child.join(wait_s)


def stop_renders() -> None:
    """Stop every running render of this process now, and start no more."""
    with _lock:
        _stopping.set()
        for child in _running:
            child.kill()


def _child(
    sender: Connection,
    target: Callable[..., object],
    args: tuple[object, ...],
    kwargs: dict[str, object],
) -> None:
    try:
        outcome = target(*args, **kwargs)
    except Exception as exc:  # reported to the parent, which decides what it means
        outcome = _Failure(exc)
    sender.send(outcome)
    sender.close()


when_stopping(stop_renders)
