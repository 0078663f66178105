"""Get a stored track's audio onto local disk for analysis.

Renders never download: `sleeve.music.downloads` stores the audio beforehand. A file
that cannot be read gives a note instead of an error: the cover then comes from text.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sleeve.files.storage import Storage, StorageError


@dataclass
class AudioFile:
    """A local copy of the audio (path None when there is none) and why not, if so."""

    path: str | None
    note: str | None = None


@contextmanager
def local_audio(*, audio_key: str | None, storage: Storage) -> Iterator[AudioFile]:
    """Yield a temporary local file with the stored audio, deleted afterwards."""
    if not audio_key:
        yield AudioFile(None)
        return
    try:
        data = storage.read(audio_key)
    except (OSError, StorageError) as exc:
        yield AudioFile(None, f"audio unavailable ({exc}); cover made from text")
        return
    with tempfile.TemporaryDirectory(prefix="sleeve-audio-") as folder:
        path = Path(folder) / f"track{PurePosixPath(audio_key).suffix}"
        path.write_bytes(data)
        yield AudioFile(str(path))
