"""The one shape of a track's fields, from every intake (API, push, pull, CLI) to the
art engine: `MusicFields` as received, and `music_input`, the only place that builds
the engine's MusicInput."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sleeve.engine.music import MusicInput


@dataclass(frozen=True)
class MusicFields:
    """What a caller may say about a track when registering it."""

    title: str
    tags: str = ""
    prompt: str = ""
    instrumental: bool = False
    model_name: str = ""
    duration_s: float | None = None
    audio_url: str | None = None
    image_url: str | None = None
    task_id: str | None = None


class TrackText(Protocol):
    """What the engine reads of a track: MusicFields and the MusicTask row both have it."""

    title: str
    tags: str
    prompt: str
    instrumental: bool
    model_name: str
    duration_s: float | None


def music_input(track: TrackText, *, task_id: str, audio_path: str | None = None) -> MusicInput:
    """The engine's view of a track (`prompt` holds the lyrics or the generation prompt)."""
    return MusicInput(
        task_id=task_id,
        title=track.title,
        tags=track.tags,
        lyrics=track.prompt,
        instrumental=track.instrumental,
        model_name=track.model_name,
        duration_s=track.duration_s,
        audio_path=audio_path,
    )
