"""Pixel sort's lettering source: the title itself set huge, kept out of the
title's band, to drip in sorted streaks. Same inks and Source as pixel_sources.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import fonts
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import pixel_sources as ps


def art_rows(side: str, depth: float = 0.36) -> tuple[float, float]:
    """The rows (fractions) the picture's subject may fill: away from the title's band
    `depth` deep on `side`."""
    return (depth + 0.02, 1.0) if side == "top" else (0.0, 0.98 - depth)


def title_lines(d: ArtDirection) -> tuple[str, ...]:
    """The title as the letters source sets it (capitals for a Latin title), or () when
    it cannot drip and still read: one word of at most seven characters, at least one
    a letter or digit (a second word melted into the dark end of the ink and was lost
    at 64 px: DAYS, MERCY, WIDTH)."""
    words = tuple(d.title.split())
    if len(words) != 1 or len(words[0]) > 7:
        return ()
    if not any(ch.isalnum() for ch in d.title):
        return ()
    return tuple(w.upper() if w.isascii() else w for w in words)


def _set_lines(lines: tuple[str, ...], font) -> tuple[Image.Image, list[tuple[int, ...]]]:
    """The lines set centred one under the other on a mask, and each line's box."""
    boxes = [font.getbbox(line) for line in lines]
    sizes = [(max(1, b[2] - b[0]), max(1, b[3] - b[1])) for b in boxes]
    gap = int(0.12 * max(h for _, h in sizes))
    w = max(sw for sw, _ in sizes) + 8
    h = sum(sh for _, sh in sizes) + gap * (len(lines) - 1) + 8
    mask = Image.new("L", (w, h), 0)
    pen, y, out = ImageDraw.Draw(mask), 4, []
    for line, box, (sw, sh) in zip(lines, boxes, sizes, strict=True):
        x = (w - sw) // 2
        pen.text((x - box[0], y - box[1]), line, font=font, fill=255)
        out.append((x, y, x + sw, y + sh))
        y += sh + gap
    return mask, out


@dataclass(frozen=True)
class Lettering:
    """The letters source and where the title's lines went (x0, y0, x1, y1 at res)."""

    source: ps.Source
    boxes: tuple[tuple[int, int, int, int], ...]
    lines: tuple[str, ...]


def letters(
    d: ArtDirection, rng: np.random.Generator, res: int, side: str, depth: float
) -> Lettering:
    """The whole title set huge across the picture (a word a line), its letters shaded
    top to bottom in the hot inks, on a gradient sky."""
    inks = ps.inks_for(d)
    x, y = ps._grid(res)
    lo, hi = art_rows(side, depth)
    lines = title_lines(d)
    face = fonts.title_face(" ".join(lines), d.font_role, 900.0)
    mask, line_boxes = _set_lines(lines, face.sized(2 * res))
    h = mask.height - 8
    height = (hi - lo) * rng.uniform(0.5, 0.62) * (1.25 if len(lines) > 1 else 1.0)
    scale = min(height * res / h, 0.9 * res / (mask.width - 8))
    tw, th = max(1, int(mask.width * scale)), max(1, int(mask.height * scale))
    glyphs = np.asarray(mask.resize((tw, th), Image.Resampling.BOX), np.float32) / 255
    left = int((res - tw) / 2 + rng.uniform(-0.04, 0.04) * res)
    top = int((lo + 0.4 * (hi - lo)) * res - th / 2)  # room below for the drip
    cover = np.zeros((res, res), np.float32)
    l0, t0 = max(0, left), max(0, top)
    cover[t0 : t0 + th, l0 : l0 + tw] = glyphs[
        t0 - top : t0 - top + res, l0 - left : l0 - left + res
    ][: res - t0, : res - l0]
    subject = cover > 0.5
    ink = ps._paint((y - top / res) / (th / res) * 1.1, (inks.hot[1], inks.hot[0], inks.solid))
    sky = ps._paint(y, inks.sky)
    img = sky + cover[..., None] * (ink - sky)
    centre = ((l0 + tw / 2) / res, (t0 + th / 2) / res, th / res / 2)
    source = ps._grain(rng, img.astype(np.float32), res, subject, centre, 1.0)
    boxes = tuple(
        (
            max(0, int(left + b[0] * scale)),
            max(0, int(top + b[1] * scale)),
            min(res, int(np.ceil(left + b[2] * scale))),
            min(res, int(np.ceil(top + b[3] * scale))),
        )
        for b in line_boxes
    )
    return Lettering(source, boxes, lines)
