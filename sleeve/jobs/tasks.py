"""What the workers run: each handler takes a row id and is safe to run twice."""

from __future__ import annotations


def render_cover(cover_id: str) -> None:
    """Render a cover task if it can still be claimed."""
    from sleeve.covers.rendering import run_render_job

    run_render_job(cover_id)


def deliver_callback(delivery_id: int) -> None:
    """Attempt a callback delivery if it is due and can be claimed."""
    from sleeve.delivery.service import run_delivery_job

    run_delivery_job(delivery_id)


def fetch_audio(music_id: int) -> None:
    """Download a pushed or pulled track's audio into storage (bounded in size and time)."""
    from sleeve.core.settings import get_settings
    from sleeve.files.storage import get_storage
    from sleeve.music.audio_source import store_remote_audio

    settings = get_settings()
    store_remote_audio(
        music_id=music_id, storage=get_storage(), allow_private=settings.allow_private_callbacks
    )
