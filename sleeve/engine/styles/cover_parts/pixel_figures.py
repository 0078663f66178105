"""Pixel sort's further source pictures, each a bold subject kept out of the title's
band: a flower (a rosette of petals round a bright heart), a striped gradient
field and the title's own lead word set huge. Same inks and Source as pixel_sources.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import fonts
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import pixel_sources as ps
from sleeve.engine.styles.cover_parts.title_words import lead_word


def art_rows(side: str) -> tuple[float, float]:
    """The rows (fractions) the picture's subject may fill: away from the title band."""
    return (0.38, 1.0) if side == "top" else (0.0, 0.62)


def flower(d: ArtDirection, rng: np.random.Generator, res: int, side: str) -> ps.Source:
    """A rosette of petals (their count from the tempo) round a bright heart, each
    petal shaded from the heart out, on a gradient sky."""
    inks = ps.inks_for(d)
    x, y = ps._grid(res)
    lo, hi = art_rows(side)
    r = (hi - lo) * rng.uniform(0.3, 0.36)
    cx = rng.uniform(0.5 - r * 0.6, 0.5 + r * 0.6)
    cy = (lo + hi) / 2 + rng.uniform(-0.04, 0.04)
    petals = 5 + int(d.tempo_bpm) % 4
    turn = rng.uniform(0, 2 * np.pi)
    dx, dy = x - cx, y - cy
    t = np.arctan2(dy, dx) + turn
    edge = r * (0.45 + 0.55 * np.abs(np.cos(petals * t / 2)) ** 0.7)
    dist = np.hypot(dx, dy)
    shape = dist < edge
    out = np.clip(dist / edge, 0, 1)
    vein = 0.12 * np.abs(np.sin(petals * t / 2)) ** 8  # a darker line between petals
    body = ps._paint(out * 0.9 + vein, (inks.hot[1], inks.hot[0], inks.solid))
    heart = dist < 0.22 * r
    body = np.where(
        heart[..., None], ps._paint(dist / (0.22 * r) * 0.5, (inks.sky[2], inks.hot[0])), body
    )
    img = np.where(shape[..., None], body, ps._paint(y * 0.9 + 0.1 * x, inks.sky))
    return ps._grain(rng, img, res, shape, (cx, cy, r), 1.0)


def stripes(d: ArtDirection, rng: np.random.Generator, res: int, side: str) -> ps.Source:
    """A field of slanted stripes across the picture's part of the cover, each stripe
    its own gradient, the stripe count from the song's density."""
    inks = ps.inks_for(d)
    x, y = ps._grid(res)
    lo, hi = art_rows(side)
    count = 7 + int(round(6 * d.density))
    slant = rng.uniform(-0.35, 0.35)
    field = (y + slant * (x - 0.5) - lo) / (hi - lo)
    band = np.floor(field * count)
    within = field * count - band
    stops = (inks.hot[1], inks.hot[0], inks.sky[1], inks.solid)
    tone = band / count * 0.45 + 0.45 * (band % 2) + 0.1 * within  # light and deep stripes
    body = ps._paint(tone, stops)
    area = (y >= lo + 0.02) & (y <= hi - 0.02)
    img = np.where(
        area[..., None], body, ps._paint(np.full_like(y, 0.0), (inks.sky[0], inks.sky[0]))
    )
    img = np.broadcast_to(img, (res, res, 3))
    mx = (0.5, lo + (hi - lo) / 2, 0.5)
    return ps._grain(rng, np.array(img), res, np.broadcast_to(area, (res, res)).copy(), mx, 1.0)


def lead(d: ArtDirection) -> str:
    """The title's lead word as the letters source draws it (a long one cut to its
    first four characters), or '' when it has no letter to set."""
    word = "".join(ch for ch in lead_word(d.title) if ch.isalnum())
    word = word if len(word) <= 7 else word[:4]
    return word.upper() if word.isascii() else word


def letters(d: ArtDirection, rng: np.random.Generator, res: int, side: str) -> ps.Source:
    """The title's lead word set huge across the picture, its letters shaded top to
    bottom in the hot inks, on a gradient sky."""
    inks = ps.inks_for(d)
    x, y = ps._grid(res)
    lo, hi = art_rows(side)
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
