"""The risograph's gig-poster scene: a wall of flames or a bonfire (flames). The
crowd under stage lights is retired: reviews read it as blobs, and with bigger heads
it still read as a wall of domes at 64 px.

Each keeps inside the sheet's area and stops there with a clean edge, so the title
sits on bare paper. The music sets the measures (energy: how high the fire climbs;
density: how many tongues; the energy curve: each
tongue's height; onsets: the sparks); the seed places, turns and picks.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_posters import _within, inside
from sleeve.engine.styles.cover_parts.riso_shapes import (
    Plates,
    Rng,
    Sheet,
    fill,
    grid,
    polygons,
)


def flames(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """A wall of flames rising from the area's foot in three overprinted layers: the
    outer tongues in the lead ink, the heart in the second, the white-hot core in the
    third, each tongue as tall as its part of the song and licked sideways by the
    seed; sparks drift above as the song has onsets."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    foot = y1
    tall = h * rng.uniform(0.85, 1.05) * (0.85 + 0.15 * d.energy)  # low, it read as hills
    n = 5 + round(3 * d.density) + int(rng.integers(3))
    level = 0.7 + 0.3 * signals.energy(d, n).astype(np.float32)  # a flat song still burns
    level = level * rng.uniform(0.8, 1.0, n).astype(np.float32)
    centres = x0 + w * (np.arange(n) + 0.5 + rng.uniform(-0.25, 0.25, n)) / n
    if rng.random() < 0.5:  # a bonfire heaped at a seeded point, not a wall of fire
        peak, reach = x0 + w * rng.uniform(0.25, 0.75), w * rng.uniform(0.22, 0.4)
        level = level * (0.3 + 0.7 * np.exp(-(((centres - peak) / reach) ** 2))).astype(np.float32)
    widths = w / n * rng.uniform(0.75, 1.15, n)
    curl = rng.uniform(0.9, 1.8)  # how many times a tongue licks sideways
    rise = np.clip((foot - y) / tall, 0, 1.2)  # 0 at the foot, 1 at the tallest tip
    bend = 0.5 * w / n * rise**1.4  # the tips lick sideways, the foot holds
    u = np.linspace(-0.3, 1.3, 2048, dtype=np.float32)  # the crest, tabled along x
    layers = []
    for scale, narrow, phase in ((1.0, 1.0, 0.0), (0.7, 0.78, 1.7), (0.4, 0.55, 3.1)):
        lick = np.sin(2 * np.pi * (curl * rise + rng.uniform(0, 1)) + phase + 7 * x)
        xs = (x + bend * lick).astype(np.float32)
        crest = np.zeros_like(u)
        for c, wd, lv in zip(centres, widths, level, strict=True):
            bump = np.clip(1 - np.abs(u - c) / (wd * narrow), 0, 1) ** 1.25
            np.maximum(crest, bump * float(lv) * scale, out=crest)
        body = np.interp(xs.ravel(), u, crest).reshape(xs.shape)
        layers.append(fill((body - rise) * tall))
    a, b, c = layers
    bed = fill(y - (foot - 0.08 * tall) + 0 * x)  # the embers, solid along the foot
    a, b = np.maximum(a, bed), np.maximum(b, bed * 0.8)
    hits = signals.onsets(d, 24)
    sparks = []
    for k in np.flatnonzero(hits > 0.5)[:9]:
        sx = x0 + w * ((k * 0.618 + rng.uniform(0, 0.2)) % 1)
        sy = foot - tall * rng.uniform(0.75, 1.0)
        r = 0.005 + 0.006 * rng.random()
        sparks.append([(sx, sy - r), (sx + r, sy), (sx, sy + r), (sx - r, sy)])
    if sparks:
        b = np.maximum(b, polygons(sparks))
    keep = inside(sheet)
    plates = [(p * keep).astype(np.float32) for p in (a, b, c)]
    return plates, _within((x0, foot - tall * 1.1, x1, y1), sheet)
