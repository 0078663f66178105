"""Ridgeline's distant range: the song's loudness as a mountain range seen from far
away, low in a wide sky. It draws onto the canvas and returns its focal box (the title
keeps out of it):

distant: one to four silhouettes, the far one pale and the near one deep (a sparse,
slow song a single ridge: a horizon), each crest the song's loudness over its whole
length, left to right, the far crest drawn in the line ink; the sky empty but for the
song's strongest onsets as stars on a dark print under a top title. The title in the
sky, or on the near range's ground below (the sky then part of the picture).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine import raster, signals
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_stack import (
    POINTS,
    Canvas,
    U,
    at,
    band,
    busy,
    disc,
    light,
    rows,
    sky,
)


def _stars(c: Canvas, top: float, low: float) -> None:
    """The song's strongest onsets as stars between `top` and `low` (side fractions):
    each across the frame where it falls in the song, as big as it is strong."""
    if low - top < 0.04:
        return
    hits = signals.onsets(c.direction, 96)
    count = int(8 + 22 * busy(c))
    strongest = np.argsort(hits)[::-1][:count]
    for i in strongest:
        if hits[i] < 0.15:
            continue
        x = (i + 0.5) / len(hits) + float(c.rng.normal(0.0, 0.004))
        y = float(c.rng.uniform(top, low))
        disc(c, x, y, 0.0025 + 0.005 * float(hits[i]), c.inks.ink)


def distant(c: Canvas) -> Box:
    """The range seen from afar (see the module): a sparse, slow song's single
    horizon to a dense one's four ranges, the loud stretches highest; the base of the
    range low under a wide sky (or just above a bottom title's band, the title on its
    ground)."""
    rng, d = c.rng, c.direction
    count = 1 + int(round(3 * busy(c)))
    h, kick = rows(c, count, 3.4)
    level = signals.smooth(signals.energy(d, POINTS), 3)
    # the song's quiet stretches the valleys, its loud ones the peaks
    level = ((level - level.min()) / max(float(np.ptp(level)), 1e-6)) ** 1.3
    amp = 0.13 + 0.12 * d.loudness
    base = float(rng.uniform(0.72, 0.84)) if c.calm_top else 1.0 - c.room - 0.04
    sky(c, base)
    dark = not light(c.inks.bg)
    stars = c.room + 0.06
    if dark and c.calm_top:  # a bottom title may still be set in the sky: no stars there
        _stars(c, stars, base - amp * 1.1)
    x = U * 1.04 - 0.02
    rim = max(c.pen * 1.6, 1.4)
    ramp = (c.inks.far, c.inks.near)
    crest_top = 1.0
    for i in range(count):
        t = i / max(count - 1, 1)  # 0 the far range .. 1 the near one
        tone = t if count > 1 else 1.0  # a single horizon in the deep ink
        # the far range tallest and the song's own loudness; the near ones lower,
        # each with its spectrum slice, standing a little further down
        shape = (0.7 - 0.3 * t) * level + (0.3 + 0.3 * t) * h[i] * kick[i]
        ys = base + 0.05 * t * (count - 1) / 3 - amp * (1.0 - 0.35 * t) * shape
        crest_top = min(crest_top, float(ys.min()))
        # the far crest drawn in the line ink (on a dark print the last light): the
        # song's own line
        crest = np.stack([x, ys], axis=1)
        band(c, crest, 1.05, at(ramp, tone**0.7))
        if i == 0:
            c.draw.line((crest * c.size).ravel().tolist(), raster.pen(c.inks.ink, rim))
    if not c.calm_top:  # the sky is the picture, the title on the ground below
        return (0.0, 0.0, 1.0, base + 0.03)
    return (0.0, max(0.0, min(crest_top, stars if dark else 1.0) - 0.02), 1.0, 1.0)


FAR: dict[str, Callable[[Canvas], Box]] = {"distant": distant}
