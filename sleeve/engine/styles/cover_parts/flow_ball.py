"""The disco vortex's mirror ball: a faceted sphere at the swirl's eye, its tiles
catching the strands' gold, pink and ice, a few flashing white, and star glints
thrown round it, so the swirl reads as light off a mirrorball, not a galaxy."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine.raster import RGB

TILES = 14  # facet rows from pole to pole


def ball(
    img: Image.Image,
    eye: tuple[float, float],
    radius: float,
    inks: list[RGB],
    rng: np.random.Generator,
) -> tuple[float, float, float, float]:
    """Draw the ball of `radius` (of the side) at `eye` and its glints; the box it
    covers (fractions of the side)."""
    size = img.size[0]
    r = max(4, int(radius * size))
    ys, xs = np.mgrid[-r : r + 1, -r : r + 1] / r
    inside = xs**2 + ys**2 < 1.0
    z = np.sqrt(np.clip(1.0 - xs**2 - ys**2, 0.0, 1.0))
    lat, lon = np.arcsin(np.clip(ys, -1, 1)), np.arctan2(xs, z)
    row = np.floor((lat / np.pi + 0.5) * TILES).astype(int)
    col = np.floor((lon / np.pi + 0.5) * TILES * 1.4).astype(int)
    tile = rng.random((TILES + 1, int(TILES * 1.4) + 2))
    light = 0.35 + 0.65 * np.clip(-0.5 * xs - 0.6 * ys + 0.6 * z, 0, 1)  # lit from top left
    pick = tile[row, col]
    palette = np.asarray([(200, 205, 215), *inks], dtype=float)
    which = np.minimum((pick * 7).astype(int) % len(palette), len(palette) - 1)
    which = np.where(pick < 0.55, 0, which)  # mostly silver, some tiles the swirl's inks
    rgb = palette[which] * (light * (0.75 + 0.5 * tile[row, (col + 1) % tile.shape[1]]))[..., None]
    flash = (pick > 0.93) & (light > 0.55)
    rgb[flash] = 255.0
    grout = (np.abs(((lat / np.pi + 0.5) * TILES) % 1 - 0.5) > 0.42) | (
        np.abs(((lon / np.pi + 0.5) * TILES * 1.4) % 1 - 0.5) > 0.42
    )
    rgb[grout] *= 0.45
    tile_img = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    mask = Image.fromarray((inside * 255).astype(np.uint8), "L")
    cx, cy = int(eye[0] * size), int(eye[1] * size)
    img.paste(tile_img, (cx - r, cy - r), mask)
    draw = aggdraw.Draw(img)
    white = aggdraw.Brush((255, 255, 255))
    for _ in range(int(rng.integers(5, 9))):  # star glints thrown off the ball
        a, d = rng.uniform(0, 2 * np.pi), rng.uniform(1.2, 3.2) * r
        gx, gy, s = cx + d * np.cos(a), cy + d * np.sin(a), rng.uniform(0.12, 0.3) * r
        w = s * 0.18
        star = [gx, gy - s, gx + w, gy - w, gx + s, gy, gx + w, gy + w]
        star += [gx, gy + s, gx - w, gy + w, gx - s, gy, gx - w, gy - w]
        draw.polygon(star, white)
    draw.flush()
    return (eye[0] - radius, eye[1] - radius, eye[0] + radius, eye[1] + radius)
