"""A short-lived, in-process memory of valid API keys, by hash.

It spares the database one read per request on the busiest endpoint. It is only a
first check: whoever uses it must check the key again where it matters (the cover
intake does, inside its write transaction), so a revoked key never gets a cover,
even in the seconds before its cache entry expires.
"""

from __future__ import annotations

import threading

from cachetools import TTLCache

from sleeve.accounts.keys import Caller


class KeyCache:
    """Callers by key hash, each kept for `ttl_s` seconds, at most `max_entries`."""

    def __init__(self, *, ttl_s: float = 60.0, max_entries: int = 10_000):
        self._entries: TTLCache[str, Caller] = TTLCache(maxsize=max_entries, ttl=ttl_s)
        self._lock = threading.Lock()

    def get(self, key_hash: str) -> Caller | None:
        """The cached caller for a key hash, or None when unknown or expired."""
        with self._lock:
            return self._entries.get(key_hash)

    def put(self, key_hash: str, caller: Caller) -> None:
        """Remember a caller that was just authenticated against the database."""
        with self._lock:
            self._entries[key_hash] = caller
