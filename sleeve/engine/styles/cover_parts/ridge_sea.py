"""Ridgeline swell: the song's ridges as a sea swell at dusk, rolling in from a low
glowing horizon (the clouds it replaces, flat-bottomed banks stacked in the sky, read
as floating shelves or rocks).

Each row of waves is one stretch of the song: its crests rise where that stretch's
ridge (energy and spectrum slice) is high, kicked by its strongest onset; rows crowd
and flatten towards the horizon and swell near; every crest catches the sky's glow,
brightest on the path under the glow (where the song is loudest). The title sits in
the clear sky above, or on the deep trough of the nearest wave below.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster, signals
from sleeve.engine.color import blend, rgb_to_oklch
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_stack import (
    POINTS,
    Canvas,
    U,
    at,
    busy,
    loudest,
    ridge,
    rows,
    scene,
    sky,
)


def swell(c: Canvas) -> Box:
    """Rows of the song's waves from a low horizon to the near edge, each filled in a
    tone from the glow-hazed far sea to the deep near one, its crest lit."""
    rng, d, s = c.rng, c.direction, c.size
    # the view is the seed's and the song's: a high or low horizon, tilted as from a
    # rolling deck on a loud song (reviewers saw the same sea twice)
    if c.calm_top:
        horizon, end = max(c.room + 0.12, float(rng.uniform(0.36, 0.66))), 1.04
    else:
        horizon, end = float(rng.uniform(0.14, 0.34)), 0.94 - c.room
    tilt = float(rng.uniform(-1.0, 1.0)) * 0.25 * max(d.energy - 0.35, 0.0)
    top_c, glow, far, near = scene(c)
    gx = loudest(c)
    sky(c, top_c, glow, horizon, gx)
    count = int(9 + round(7 * busy(c)))
    h, kick = rows(c, count, 3.0)
    lit = raster.tone(glow, min(rgb_to_oklch(glow)[0] + 0.1, 0.96), rgb_to_oklch(glow)[1])
    sea = blend(far, glow, 0.35)
    foot = np.stack([U, np.full(POINTS, 1.05)], 1) * s
    level = horizon + tilt * (U - 0.5)
    ridge(c.draw, np.stack([U, level], 1) * s, foot, sea, None, 0)
    height = 0.04 + 0.1 * d.energy**1.5 + 0.03 * d.loudness  # the nearest swell's height
    path = np.exp(-(((U - gx) / 0.12) ** 2))  # the glow's path on the water
    for i in range(count):  # far (thin, crowded at the horizon) first
        t = (i + 1) / count
        base = level + (end - level) * t**1.8
        waves = 2.0 + 7.0 * (1 - t) ** 1.5  # more, smaller waves far off
        phase = float(rng.uniform(0, 2 * np.pi))
        roll = (0.5 + 0.5 * np.cos(2 * np.pi * waves * U + phase)) ** 1.6  # peaked crests
        amp = height * t**1.3 * kick[i] * (0.35 + 0.65 * signals.smooth(h[i], 4))
        crest = np.stack([U * 1.02 - 0.01, base - amp * (0.25 + 0.75 * roll)], 1)
        tone = blend(at((far, near), t**0.7), glow, 0.25 * (1 - t))
        ridge(c.draw, crest * s, foot, tone, None, 0)
        # the crest catches the glow, brightest on its path and on the tall waves
        shine = blend(tone, lit, float(0.35 + 0.45 * (1 - t)))
        c.draw.line((crest * s).ravel().tolist(), raster.pen(shine, c.pen * (0.5 + 0.6 * t)))
        hot = (path * roll > 0.35) & (U > 0.01) & (U < 0.99)
        for seg in np.split(
            np.flatnonzero(hot), np.flatnonzero(np.diff(np.flatnonzero(hot)) > 1) + 1
        ):
            if len(seg) > 1:
                pts = (crest[seg] * s).ravel().tolist()
                c.draw.line(pts, raster.pen(lit, c.pen * (0.8 + 0.8 * t)))
    top = horizon - abs(tilt) / 2 - 0.02
    return (0.0, top, 1.0, 1.0 if c.calm_top else min(1.0, end + 0.02))
