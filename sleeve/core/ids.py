"""Unguessable identifiers and secrets."""

from __future__ import annotations

import hashlib
import itertools
import os
import secrets


def new_task_id() -> str:
    """A task id: 32 lowercase hex characters from 128 random bits."""
    return secrets.token_hex(16)


def new_task_ids(count: int) -> list[str]:
    """`count` task ids from one read of the OS's randomness (one system call, which
    matters on a busy thread: each call lets other threads take the GIL)."""
    pool = secrets.token_bytes(16 * count)
    return [pool[i : i + 16].hex() for i in range(0, 16 * count, 16)]


class SequentialIds:
    """Ids unique across processes without asking the kernel for randomness each time
    (a system call releases the GIL, and a busy thread then waits to get it back): a
    random prefix per process, renewed in a forked child, and a counter."""

    def __init__(self) -> None:
        self.renew()
        os.register_at_fork(after_in_child=self.renew)

    def renew(self) -> None:
        """A new prefix and counter (called in a forked child)."""
        self.prefix = secrets.token_hex(8)
        self.counter = itertools.count(1)

    def next(self) -> str:
        """The next id: 32 hex characters."""
        return f"{self.prefix}{next(self.counter):016x}"


def new_api_key() -> str:
    """An API key shown once to its owner: 'sk_' and 43 URL-safe characters."""
    return "sk_" + secrets.token_urlsafe(32)


def hash_api_key(key: str) -> str:
    """How keys are stored: SHA-256 hex of the key (keys carry 256 random bits)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def new_webhook_id() -> str:
    """A Standard Webhooks message id, the same on every attempt of one callback."""
    return "msg_" + secrets.token_hex(16)


def file_token(salt: str, position: int) -> str:
    """The unguessable, stable name of one cover image (stable across re-renders)."""
    return hashlib.sha256(f"{salt}:{position}".encode()).hexdigest()[:40]
