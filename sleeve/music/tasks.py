"""The music tasks' background work: download a pushed or pulled track's audio."""

from __future__ import annotations

from sleeve.core.settings import get_settings
from sleeve.files.storage import get_storage
from sleeve.jobs.queue import Handler, QueueKind
from sleeve.music.audio_source import store_remote_audio


def fetch_audio(music_id: int) -> None:
    """Download a track's audio into storage (bounded in size and time)."""
    store_remote_audio(
        music_id=music_id,
        storage=get_storage(),
        allow_private=get_settings().allow_private_callbacks,
    )


HANDLERS: dict[QueueKind, Handler] = {QueueKind.FETCH_AUDIO: fetch_audio}
