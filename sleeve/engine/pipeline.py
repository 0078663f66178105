"""The engine's entry point: a music task in, two encoded covers out."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image

from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles.registry import choose_styles, get_style
from sleeve.engine.typography import TitleLayout, place_title

ENGINE_VERSION = "1"
MIN_SIZE, MAX_SIZE = 64, 3000


@dataclass(frozen=True)
class RenderedCover:
    """One encoded cover."""

    style: str
    png: bytes
    width: int
    height: int


@dataclass(frozen=True)
class CoverSet:
    """The covers of one track, the direction they came from, and notes (such as why
    the audio could not be used)."""

    direction: ArtDirection
    covers: tuple[RenderedCover, ...]
    notes: tuple[str, ...]


def render_one(
    direction: ArtDirection, style: str, size: int, avoid_band: int | None = None
) -> tuple[Image.Image, TitleLayout | None]:
    """One cover as an image, with the title set (and where it went); `avoid_band` is
    the title band of the track's other cover."""
    if not MIN_SIZE <= size <= MAX_SIZE:
        raise ValueError(f"size must be between {MIN_SIZE} and {MAX_SIZE} pixels, not {size}")
    module = get_style(style)
    if module.STYLE.draws_title:
        image, layout = module.render_with_title(direction, size)
        return image.convert("RGB"), layout
    return place_title(module.render(direction, size).convert("RGB"), direction, avoid_band)


def encode_png(image: Image.Image) -> bytes:
    """PNG bytes, fast and deterministic (same pixels, same bytes)."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()


def render_covers(
    music: MusicInput, *, size: int = 1024, styles: Sequence[str] | None = None
) -> CoverSet:
    """Two covers of a track in two different styles (or the styles asked for)."""
    if not MIN_SIZE <= size <= MAX_SIZE:
        raise ValueError(f"size must be between {MIN_SIZE} and {MAX_SIZE} pixels, not {size}")
    direction, audio_error = direct_from_music(music)
    names = tuple(styles) if styles else choose_styles(direction)
    for name in names:
        get_style(name)
    covers = []
    band: int | None = None
    for name in names:
        image, layout = render_one(direction, name, size, band)
        band = layout.band if layout is not None else None
        covers.append(RenderedCover(name, encode_png(image), size, size))
    notes = (f"audio unreadable ({audio_error}); cover made from text",) if audio_error else ()
    return CoverSet(direction, tuple(covers), notes)
