"""Storage checks for tests."""

from __future__ import annotations

from sleeve.files.storage import Storage


def holds(storage: Storage, key: str) -> bool:
    """Whether the storage has a file under `key`."""
    try:
        storage.read(key)
    except FileNotFoundError:
        return False
    return True
