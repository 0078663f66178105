"""The one error every storage backend raises."""

from __future__ import annotations


class StorageError(RuntimeError):
    """A file could not be written, read or deleted."""
