"""Letters filled with chrome: a line's glyph mask becomes a plate of metal (the ramp
down each line, a bevel from the mask's blurred gradient lit from one side, a thin dark
outline) and the places on its horizon line where a specular glint may sit. Also the
glints themselves: small four-pointed stars of light, screened over the cover."""

from __future__ import annotations

import math

import numpy as np
from PIL import Image

from sleeve.engine.raster import fast_blur
from sleeve.engine.styles.cover_parts.chrome_metal import Metal, horizon_at, ramp

BEVEL = 0.1  # the bevel's blur, share of the letters' stem
LIFT, SINK = 0.85, 0.7  # how far a lit edge goes to white, a turned-away one to black
RIM = 0.06  # the crisp lit rim's rounding and the dark outline's reach, share of the stem


def stem(mask: np.ndarray) -> float:
    """The letters' typical stroke width in pixels (twice their area over their edge)."""
    edge = np.abs(np.diff(mask, axis=0)).sum() + np.abs(np.diff(mask, axis=1)).sum()
    return float(2 * mask.sum() / max(1.0, edge))


def plate(
    glyphs: Image.Image,
    metal: Metal,
    energy: float,
    light: tuple[float, float],
    lift: float = 0.0,
    skyline: np.ndarray | None = None,
) -> Image.Image:
    """The line's glyphs (an L mask) as chrome: RGBA, padded by the outline on every
    side. `light` points from the letters toward the light (unit vector, y down);
    `lift` lightens the ground and softens the bevel's dark side (small letters);
    `skyline` (one value a column of the glyphs, share of their height, up negative)
    bends the reflected horizon into a far range of hills."""
    pad = int(math.ceil(max(1.0, glyphs.height * 0.02))) + 1
    mask = Image.new("L", (glyphs.width + 2 * pad, glyphs.height + 2 * pad), 0)
    mask.paste(glyphs, (pad, pad))
    m = np.asarray(mask, np.float32) / 255.0
    width = stem(m)
    rows = np.flatnonzero(m.max(axis=1) > 0.5)
    y0, y1 = (int(rows[0]), int(rows[-1]) + 1) if rows.size else (0, m.shape[0])
    column = np.empty((m.shape[0], 3), np.float32)
    column[y0:y1] = ramp(metal, y1 - y0, energy, lift)
    column[:y0], column[y1:] = column[y0], column[y1 - 1]
    colour = np.broadcast_to(column[:, None, :], (*m.shape, 3))
    if skyline is not None:  # each column's ramp slid up or down by the hills
        shift = np.zeros(m.shape[1], np.float32)
        shift[pad : pad + glyphs.width] = skyline * (y1 - y0)
        shift[:pad], shift[pad + glyphs.width :] = shift[pad], shift[pad + glyphs.width - 1]
        rows = np.arange(m.shape[0])[:, None] - np.rint(shift)[None, :].astype(int)
        colour = column[np.clip(rows, y0, y1 - 1)]
    shade, _ = _facing(mask, max(0.8, width * BEVEL), light)
    rim, halo = _facing(mask, max(0.6, min(width * RIM, pad - 1)), light)
    lit = np.maximum(np.clip(shade, 0, 1) * LIFT, np.clip(rim, 0, 1) ** 2 * m)
    dim = m * (1.0 - np.clip(-shade, 0, 1) * (SINK * (1 - 0.6 * lift)))
    keep, white = dim * (1 - lit), dim * lit * 255.0  # the ramp's share, the light's
    rgba = np.empty((*m.shape, 4), np.uint8)
    for c, edge in enumerate(metal.outline):
        rgba[..., c] = np.clip(colour[..., c] * keep + white + edge * (1 - m), 0, 255)
    rgba[..., 3] = np.maximum(m, np.clip(halo * 3.0, 0, 1)) * 255
    return Image.fromarray(rgba, "RGBA")


def _facing(mask: Image.Image, r: float, light: tuple[float, float]) -> tuple:
    """How much each edge pixel of the mask, rounded over `r` px, faces the light
    (-1 away .. 1 toward; 0 on the flat), and the rounded mask (0..1)."""
    soft = np.asarray(fast_blur(mask, r), np.float32) / 255.0
    gy, gx = np.gradient(soft)
    facing = -(gx * light[0] + gy * light[1]) * (math.sqrt(2 * math.pi) * r)
    return np.clip(facing, -1, 1), soft


def horizon_spots(
    glyphs: Image.Image, energy: float, picks: np.ndarray, skyline: np.ndarray | None = None
) -> list[tuple[int, int]]:
    """Where glints sit on a line: on its horizon line (bent by `skyline`, as in
    `plate`), at the inked columns nearest the shares of its width in `picks` (each
    0..1), in the line's own pixels."""
    m = np.asarray(glyphs) > 127
    rows = np.flatnonzero(m.any(axis=1))
    if not rows.size:
        return []
    tall = rows[-1] - rows[0]
    y = int(rows[0] + horizon_at(energy) * tall)
    inked = np.flatnonzero(m[y])
    spots = []
    for share in picks:
        if inked.size:
            x = int(inked[np.argmin(np.abs(inked - share * glyphs.width))])
            lift = 0 if skyline is None else int(round(float(skyline[x]) * tall))
            spots.append((x, int(np.clip(y + lift, 0, m.shape[0] - 1))))
    return spots


def glint(image: Image.Image, at: tuple[float, float], reach: float, tint) -> None:
    """A four-pointed star of light at `at` (long rays across, shorter up and down, a
    soft core), screened onto the RGB image in place."""
    s = image.size[0]
    r = int(math.ceil(reach))
    x0, y0 = int(at[0]) - r, int(at[1]) - r
    box = (max(0, x0), max(0, y0), min(s, x0 + 2 * r + 1), min(s, y0 + 2 * r + 1))
    if box[2] <= box[0] or box[3] <= box[1]:
        return
    ys, xs = np.mgrid[box[1] : box[3], box[0] : box[2]].astype(np.float32)
    dx, dy = (xs - at[0]) / reach, (ys - at[1]) / reach
    thin = max(0.028, 1.6 / reach)
    across = np.exp(-((dy / thin) ** 2)) * np.clip(1 - np.abs(dx), 0, 1) ** 2
    up = np.exp(-((dx / thin) ** 2)) * np.clip(1 - np.abs(dy) / 0.6, 0, 1) ** 2
    core = np.exp(-(dx**2 + dy**2) / 0.02)
    light = np.clip(np.maximum(np.maximum(across, up), core), 0, 1)[..., None]
    colour = np.array(tint, np.float32) * 0.35 + 255 * 0.65
    patch = np.asarray(image.crop(box), np.float32)
    patch = 255 - (255 - patch) * (1 - light * colour / 255)
    image.paste(Image.fromarray(np.clip(patch, 0, 255).astype(np.uint8), "RGB"), box[:2])
