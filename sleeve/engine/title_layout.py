"""Where a title went on a cover: what typography returns and the measures read."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image

from sleeve.engine.direction import RGB

Spans = tuple[tuple[int, int, int, int], ...]


@dataclass(frozen=True)
class TitleLayout:
    """Where the title went: a glyph mask, one box per main-title line (x0, y0, x1,
    y1) and its number of visible characters, the colour and the legibility
    treatment, the band, one box per main-title character and per secondary-line
    character (for per-character contrast), notes (characters left out), and which
    main-title character boxes are colour emoji on a sticker rim of the title's colour."""

    mask: Image.Image
    boxes: tuple[tuple[int, int, int, int], ...]
    chars: tuple[int, ...]
    color: RGB
    treatment: str
    band: int = 0
    char_boxes: Spans = ()
    small_boxes: Spans = ()
    notes: tuple[str, ...] = ()
    sticker_boxes: Spans = ()
