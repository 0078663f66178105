"""The storage interface and the local-directory backend (the embedded default)."""

from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Protocol
from urllib.parse import urlparse

from sleeve.core.settings import get_settings
from sleeve.files.errors import StorageError


class Storage(Protocol):
    """Where bytes live. Keys are relative paths like 'covers/ab12.png'."""

    def put(self, key: str, data: bytes, content_type: str) -> None:
        """Store `data` under `key` (replacing what was there)."""

    def read(self, key: str) -> bytes:
        """The bytes under `key`; FileNotFoundError when absent."""

    def delete(self, key: str) -> None:
        """Remove `key`; no error when it is already gone."""

    def check(self) -> None:
        """Raise StorageError when the backend cannot be used (readiness)."""

    def url(self, key: str) -> str:
        """Where a client can fetch `key`: a file:// URL on this machine (the app serves
        the file) or a URL that works for `url_lifetime_s` seconds (the app redirects)."""

    @property
    def url_lifetime_s(self) -> int | None:
        """How long a URL from `url` works; None: as long as the file exists."""


class LocalStorage:
    """Files in a directory on this machine; writes are atomic (temp file + rename)."""

    def __init__(self, root: Path):
        self.root = root

    def _path(self, key: str) -> Path:
        path = (self.root / key).resolve()
        if self.root.resolve() not in path.parents:
            raise StorageError(f"refusing a key outside the storage root: {key!r}")
        return path

    def put(self, key: str, data: bytes, content_type: str) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except OSError as exc:
            raise StorageError(f"could not write {key}: {exc.strerror or exc}") from exc

    def read(self, key: str) -> bytes:
        return self._path(key).read_bytes()

    url_lifetime_s = None

    def url(self, key: str) -> str:
        return self._path(key).as_uri()

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def check(self) -> None:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            probe = self.root / ".ready"
            probe.write_bytes(b"ok")
            probe.unlink()
        except OSError as exc:
            raise StorageError(f"storage directory {self.root} is not writable: {exc}") from exc


def make_storage(url: str) -> Storage:
    """The backend for a storage URL: file:///path (local) or s3://bucket/prefix."""
    parsed = urlparse(url)
    if parsed.scheme in ("file", ""):
        return LocalStorage(Path(parsed.path if parsed.scheme else url))
    if parsed.scheme == "s3":
        from sleeve.files.s3 import S3Storage  # boto3 only when S3 is used

        return S3Storage.from_url(url)
    raise ValueError(f"unsupported SLEEVE_STORAGE_URL scheme {parsed.scheme!r}")


@lru_cache
def get_storage() -> Storage:
    """The process-wide storage backend from settings."""
    return make_storage(get_settings().resolved_storage_url)
