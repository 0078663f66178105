"""Get a music task's audio onto local disk for analysis: from storage or a URL.

Downloads are bounded in size and time and refuse non-public addresses, like
callbacks. Any failure gives a note instead of an error: covers then come from text.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlparse

import httpx

from sleeve.delivery.address_safety import UnsafeCallbackUrl, check_callback_url
from sleeve.files.storage import Storage
from sleeve.music.service import AUDIO_TYPES

MAX_DOWNLOAD_BYTES = 40 * 1024 * 1024
DOWNLOAD_TIMEOUT_S = 20.0


@dataclass
class AudioFile:
    """A local copy of the audio (path None when there is none) and why not, if so."""

    path: str | None
    note: str | None = None


class AudioFetchError(RuntimeError):
    """The audio could not be downloaded."""


def download_audio(url: str, *, allow_private: bool, max_bytes: int = MAX_DOWNLOAD_BYTES) -> bytes:
    """Fetch audio from a public http(s) URL, at most `max_bytes`, within the time limit."""
    try:
        check_callback_url(url, allow_private=allow_private)
    except UnsafeCallbackUrl as exc:
        raise AudioFetchError(f"audio URL refused: {exc}") from exc
    chunks: list[bytes] = []
    size = 0
    try:
        with httpx.stream("GET", url, timeout=DOWNLOAD_TIMEOUT_S, follow_redirects=False) as reply:
            if reply.status_code != 200:
                raise AudioFetchError(f"audio URL answered HTTP {reply.status_code}")
            for chunk in reply.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise AudioFetchError(f"audio is larger than {max_bytes // 2**20} MiB")
                chunks.append(chunk)
    except httpx.HTTPError as exc:
        raise AudioFetchError(f"audio download failed: {exc.__class__.__name__}") from exc
    return b"".join(chunks)


def _suffix(name: str) -> str:
    suffix = PurePosixPath(urlparse(name).path).suffix.lower()
    return suffix if suffix in (".mp3", ".wav", ".flac", ".ogg") else ".mp3"


@contextmanager
def local_audio(
    *, audio_key: str | None, audio_url: str | None, storage: Storage, allow_private: bool
) -> Iterator[AudioFile]:
    """Yield a temporary local file with the track's audio, deleted afterwards."""
    data: bytes | None = None
    note: str | None = None
    source = audio_key or audio_url or ""
    try:
        if audio_key:
            data = storage.read(audio_key)
        elif audio_url:
            data = download_audio(audio_url, allow_private=allow_private)
    except (AudioFetchError, OSError) as exc:
        note = f"audio unavailable ({exc}); cover made from text"
    if data is None:
        yield AudioFile(None, note)
        return
    with tempfile.TemporaryDirectory(prefix="sleeve-audio-") as folder:
        path = Path(folder) / f"track{_suffix(source)}"
        path.write_bytes(data)
        yield AudioFile(str(path))


def store_remote_audio(*, music_id: int, storage: Storage, allow_private: bool) -> str | None:
    """Download a music task's audio URL into storage (bounded); the note on failure."""
    from sleeve.db.models import MusicTask
    from sleeve.db.session import read_session, write_session

    with read_session() as session:
        music = session.get(MusicTask, music_id)
        if music is None or music.audio_key or not music.audio_url:
            return None
        url, task_id = music.audio_url, music.task_id
    try:
        data = download_audio(url, allow_private=allow_private)
    except AudioFetchError as exc:
        return str(exc)
    suffix = _suffix(url)
    key = f"audio/{task_id}-{music_id}{suffix}"
    storage.put(key, data, AUDIO_TYPES[suffix])
    with write_session() as session:
        music = session.get(MusicTask, music_id)
        if music is not None and music.audio_url == url:
            music.audio_key = key
    return None
