"""Ridgeline pictures: the song's ridges made into a thing. Each draws onto the
canvas and returns its focal box (the title keeps out of it):

torn: the ridges as strips of torn paper stacked on a field, each edge the song's
ridge with a white torn fibre and a shadow, the strips alternating the print's inks
(the hard genres' print).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine import raster, signals
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_stack import (
    POINTS,
    Canvas,
    U,
    band,
    busy,
    rows,
)


def _torn_edge(c: Canvas, row: np.ndarray) -> np.ndarray:
    """A ridge's crest torn: fine seeded jags over the song's shape."""
    jag = c.rng.normal(0.0, 1.0, POINTS)
    jag = 0.6 * jag + 0.4 * np.roll(jag, 1)
    return row + jag * 0.006


def torn(c: Canvas) -> Box:
    """The ridges as torn paper strips stacked down the field: each strip's edge the
    song's ridge, torn (a white fibre along it, a shadow under it), the strips
    alternating the print's inks from the top one to the near one."""
    rng, d = c.rng, c.direction
    count = int(4 + round(4 * busy(c)) + rng.integers(0, 2))
    h, kick = rows(c, count, 2.2)
    amp = 0.1 + 0.08 * d.loudness
    if c.calm_top:
        top, bottom = c.room + 0.04 + amp, 0.92
    else:
        top, bottom = 0.06 + amp, 0.98 - c.room - 0.06
    ink = c.inks
    fills = [f for f in (ink.near, ink.ink, ink.second, ink.far) if f != ink.bg]
    shift = int(rng.integers(0, len(fills)))
    x = U * 1.04 - 0.02
    fibre = raster.tone(ink.ink if rgb_to_oklch(ink.ink)[0] > 0.6 else ink.bg, 0.96, 0.01)
    shade = oklch_to_rgb(0.08, 0.0, 0.0)
    crest_top = 1.0
    for i in range(count):
        t = i / max(count - 1, 1)
        base = top + (bottom - top) * t
        ys = _torn_edge(c, base - amp * kick[i] * h[i])
        crest_top = min(crest_top, float(ys.min()))
        band(c, np.stack([x, ys + 0.012], axis=1), 1.05, shade)
        tear = ys - 0.004 - 0.005 * np.abs(signals.smooth(rng.normal(0.0, 1.0, POINTS), 1))
        band(c, np.stack([x, tear], axis=1), 1.05, fibre)
        band(c, np.stack([x, ys + 0.002], axis=1), 1.05, fills[(i + shift) % len(fills)])
    return (0.0, max(0.0, crest_top - 0.02), 1.0, 1.0 if c.calm_top else bottom + 0.06)


PICTURES: dict[str, Callable[[Canvas], Box]] = {"torn": torn}
