"""Mono grain's fire print for doom and death metal: a wall of flame in one tone,
rising from the foot of the frame or behind a black skyline of pines or broken
walls (always so under a bottom title), white at its roots, licking up into black.

The flame is noise stretched tall and bent sideways the higher it climbs, cut by a
crest that is the song's energy curve: the loud passages burn highest."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.mono_scenes import RES, Grid, energy_line, pine

Print = tuple[np.ndarray, Box, np.ndarray | None]


def _stretched(rng: np.random.Generator, rows: int, cols: int) -> np.ndarray:
    """Value noise of rows x cols cells scaled to the grid: tall cells are tongues."""
    cells = Image.fromarray(rng.random((rows, cols)).astype(np.float32), "F")
    return np.asarray(cells.resize((RES, RES), Image.Resampling.BICUBIC), np.float32)


def _skyline(direction: ArtDirection, rng: np.random.Generator, base: float) -> np.ndarray:
    """A black skyline standing in the fire at `base` (fraction of the side): a row
    of pines (black metal's) or a ruin's broken walls; 1 where it stands."""
    big = RES * 2
    img = Image.new("L", (big, big), 0)
    draw = ImageDraw.Draw(img)
    y = base * big
    draw.rectangle((0, y, big, big), fill=255)
    kind = "pines" if direction.language.subgenre == "black_metal" or rng.random() < 0.4 else "ruin"
    if kind == "pines":
        for _ in range(int(18 + 20 * direction.density)):
            h = rng.uniform(0.06, 0.2) * big
            pine(draw, rng.random() * big, y + 2, h, 255, width=0.2, tiers=6)
    else:  # broken walls: ragged tops, here and there a tall shard of a gable
        x = 0.0
        while x < big:
            w = rng.uniform(0.04, 0.16) * big
            h = rng.uniform(0.02, 0.12) * big * (2.2 if rng.random() < 0.2 else 1.0)
            n = int(rng.integers(3, 7))
            tops = [(x + w * i / (n - 1), y - h * rng.uniform(0.3, 1.0)) for i in range(n)]
            draw.polygon([(x, y), *tops, (x + w, y)], fill=255)
            x += w * rng.uniform(0.8, 1.1)
    return raster.from_image(img.resize((RES, RES), Image.Resampling.BOX))


def fire(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """A wall of flame in one tone: tongues of stretched noise, bent by the song's
    churn as they climb, their crest the energy curve, white at the roots; the band
    above (or the ground below) stays black for the title."""
    standing = side == "bottom" or rng.random() < 0.5  # a skyline in front of the fire
    if side == "top":
        base, ceiling = (0.88 if standing else 1.02), 0.4
    else:
        base, ceiling = 0.64, 0.04
    reach = base - ceiling
    h = np.clip((base - g.y) / reach, 0, None)  # 0 at the fire's roots, 1 at its ceiling
    sway = _stretched(rng, 5, 8) - 0.5
    x = g.x + (0.06 + 0.12 * direction.turbulence) * h * sway  # the flames lean and waver
    ix = np.clip(x * RES, 0, RES - 1).astype(np.intp)
    iy = np.broadcast_to(np.arange(RES)[:, None], ix.shape)
    song = energy_line(direction, 16)
    fuel = 0.75 + 0.75 * song[ix] * (0.6 + 0.4 * direction.energy)  # how high it burns here
    coarse = _stretched(rng, 4, 12 + round(10 * direction.density))[iy, ix]
    fine = _stretched(rng, 12, 48)[iy, ix]
    heat = 0.55 * coarse + 0.45 * fine + 0.9 * (1 - h / fuel) - 0.45
    flame = np.clip((heat - 0.5) * 5, 0, 1)  # tongues, and loose scraps above them
    core = np.clip(1 - h / (0.35 * fuel), 0, 1)  # white-hot at the roots
    lit = flame * (0.25 + 0.75 * fine) + 0.5 * core * flame
    glow = raster.from_image(raster.fast_blur(raster.to_image(np.clip(lit, 0, 1)), 14))
    tone = 0.015 + 1.05 * lit + 0.3 * glow
    if side == "top":  # the band above: smoke, black and even
        tone = tone * np.clip((g.y - 0.34) / 0.04, 0, 1)
    if standing:
        stand = _skyline(direction, rng, base)
        tone = tone * (1 - stand) + 0.012 * stand
    rows = np.nonzero((flame > 0.5).mean(axis=1) > 0.02)[0]
    top = rows.min() / RES if rows.size else ceiling
    y0, y1 = (max(top, 0.36), 1.0) if side == "top" else (top, 0.66)
    return tone, (0.0, float(y0), 1.0, float(max(y1, y0 + 0.05))), None
