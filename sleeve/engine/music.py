"""What the engine knows about a track: the input to every cover."""

from __future__ import annotations

import unicodedata
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


MAX_TITLE_CHARS = 300  # the API's, the command line's and the provider intake's limit
INVISIBLE_TITLE = "title has no visible characters; cover made from the rest of the track"
_VISIBLE = ("L", "N", "P", "S")  # letters, numbers, punctuation, symbols


def visible_title(title: str) -> str:
    """The title trimmed, or "" when no character in it would show: only spaces,
    zero-width and other format characters, controls, or combining marks with no
    letter to sit on. Joiners inside a visible title (emoji, Indic scripts) stay."""
    title = title.strip()
    if any(unicodedata.category(char)[0] in _VISIBLE for char in title):
        return title
    return ""


def has_words(title: str) -> bool:
    """True when the title holds a letter or a digit: a title of emoji or punctuation
    alone ("🌙✨💔", "...") is no type to make a picture of."""
    return any(unicodedata.category(char)[0] in ("L", "N") for char in title)
