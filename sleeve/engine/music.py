"""What the engine knows about a track: the input to every cover."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MusicInput:
    """One music task as the art engine sees it (no database, no network)."""

    task_id: str
    title: str
    tags: str = ""
    lyrics: str = ""
    instrumental: bool = False
    model_name: str = ""
    duration_s: float | None = None
    audio_path: str | None = None
