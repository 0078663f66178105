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
    """Hand a track's audio download to this process's download stage (its own threads,
    so a slow audio server holds no render worker); returns at once."""
    from sleeve.music.downloads import start_download

    start_download(music_id)
