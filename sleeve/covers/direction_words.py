"""The art direction of a cover task in words, for people (the studio shows it)."""

from __future__ import annotations

from typing import Any

from sleeve.engine.direction import ArtDirection

KEY_NAMES = ("C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B")


def mood_words(valence: float, energy: float) -> str:
    """Two words for where a track sits between sad and happy, calm and driving."""
    feel = "bright" if valence >= 0.6 else "dark" if valence < 0.4 else "bittersweet"
    drive = "driving" if energy >= 0.6 else "calm" if energy < 0.35 else "steady"
    return f"{feel}, {drive}"


def describe_direction(direction: ArtDirection, styles: list[str]) -> dict[str, Any]:
    """What the engine read from the track and chose for it, as plain values."""
    key = None
    if direction.key is not None:
        key = f"{KEY_NAMES[direction.key % 12]} {direction.mode or ''}".strip()
    palette = [direction.palette.background, *direction.palette.colors, direction.palette.accent]
    return {
        "genre": direction.genre,
        "family": direction.language.family,
        "subgenre": direction.language.subgenre,
        "mood": mood_words(direction.valence, direction.energy),
        "tempoBpm": round(direction.tempo_bpm),
        "key": key,
        "fromAudio": direction.has_audio,
        "palette": ["#{:02x}{:02x}{:02x}".format(*colour[:3]) for colour in palette],
        "layout": direction.layout,
        "texture": direction.texture,
        "styles": styles,
    }
