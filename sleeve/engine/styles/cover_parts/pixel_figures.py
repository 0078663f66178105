"""Pixel sort's lettering source: the title's own lead word set huge, kept out of the
title's band, to drip in sorted streaks. Same inks and Source as pixel_sources.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import fonts
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import pixel_sources as ps
from sleeve.engine.styles.cover_parts.title_words import lead_word


def art_rows(side: str, depth: float = 0.36) -> tuple[float, float]:
    """The rows (fractions) the picture's subject may fill: away from the title's band
    `depth` deep on `side`."""
    return (depth + 0.02, 1.0) if side == "top" else (0.0, 0.98 - depth)


def lead(d: ArtDirection) -> str:
    """The title's lead word as the letters source draws it (a long one cut to its
    first four characters), or '' when it has no letter to set."""
    word = "".join(ch for ch in lead_word(d.title) if ch.isalnum())
    word = word if len(word) <= 7 else word[:4]
    return word.upper() if word.isascii() else word


def letters(
    d: ArtDirection, rng: np.random.Generator, res: int, side: str, depth: float
) -> ps.Source:
    """The title's lead word set huge across the picture, its letters shaded top to
    bottom in the hot inks, on a gradient sky."""
    inks = ps.inks_for(d)
    x, y = ps._grid(res)
    lo, hi = art_rows(side, depth)
    word = lead(d)
    face = fonts.title_face(word, d.font_role, 900.0)
    big = 4 * res
    font = face.sized(big // 2)
    box = font.getbbox(word)
    w, h = max(1, box[2] - box[0]), max(1, box[3] - box[1])
    mask = Image.new("L", (w + 8, h + 8), 0)
    ImageDraw.Draw(mask).text((4 - box[0], 4 - box[1]), word, font=font, fill=255)
    height = (hi - lo) * rng.uniform(0.5, 0.62)
    scale = min(height * res / h, 0.9 * res / w)
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
    return ps._grain(rng, img.astype(np.float32), res, subject, centre, 1.0)
