"""Ridgeline's cities for a city or night title: a night skyline whose roofs are the
song's loudness (its loudest stretches towers, the tallest with an antenna, a few lit
windows) under a sky glowing at the horizon. Each draws onto the canvas and returns its
focal box:

city-river: two to four rows of skyline receding into the glow across a river that
mirrors them, each row's roofs one of the song's ridges (the far ones downtown towers
in haze, the near ones lower and black), under one far ridge of the song lit along
its crest. The other views of the city (from a rooftop, a tower, the air, under a
sky of clouds) are in ridge_views.
A rain title's city stands in slanting rain. (Round 17: the rooftop outlines that
stepped the ridge lines read as a bar chart, the same on two city titles.)
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
    busy,
    region,
    ridge,
    rows,
)
from sleeve.engine.styles.cover_parts.ridge_town import (
    Night,
    antennas,
    count,
    curve,
    fill,
    fog,
    glints,
    night,
    outline,
    rain,
    reflect,
    sky,
    skyline,
    windows,
)
from sleeve.engine.styles.cover_parts.title_words import motifs


def _crest(c: Canvas, ink: Night, foot: float, amp: float) -> float:
    """One of the song's ridges as a far range over the city, lit along its crest
    (a faint halo under the line), never sinking behind the roofs: its top."""
    s = c.size
    h, _ = rows(c, 1, float(c.rng.uniform(2.4, 3.4)))
    level = 0.3 + 0.7 * signals.smooth(h[0], 1)
    x = U * 1.04 - 0.02
    line = np.stack([x, foot - amp * level], axis=1) * s
    base = np.stack([line[:, 0], np.full(POINTS, 1.03 * s)], axis=1)
    ridge(c.draw, line, base, at((ink.top, ink.haze), 0.3), None)
    c.draw.line(line.ravel().tolist(), raster.pen(ink.lamp, max(c.pen * 4.0, 2.0), 40))
    c.draw.line(line.ravel().tolist(), raster.pen(ink.lamp, max(c.pen * 1.3, 1.0)))
    return foot - amp


def city_river(c: Canvas) -> Box:
    """Rows of the song's skylines receding into the glow under the song's far
    ridge, across a river (see the module)."""
    rng, d = c.rng, c.direction
    ink = night(c)
    top, low = region(c, 0.03)
    water = min(max(float(rng.uniform(0.62, 0.78)), top + 0.34), 0.86)  # room for a city
    base = water if c.calm_top else low
    ceiling = top + 0.07  # sky over the tallest tower
    n = min(4, 2 + int(round(2 * busy(c))) + int(rng.integers(0, 2)))
    h, _ = rows(c, n, float(rng.uniform(1.6, 2.8)))
    tall = (base - ceiling) * float(rng.uniform(0.6, 0.9))
    sky(c, ink, base - 0.25 * tall)
    foot = base - float(rng.uniform(0.45, 0.65)) * tall  # the song's far ridge over it
    first = _crest(c, ink, foot, min(0.7 * tall, foot - ceiling))
    roofs, downtown = 1.0, []
    for i in range(n):
        t = i / max(n - 1, 1)
        foot = base
        span = float(rng.uniform(0.45, 1.0))
        high = tall * (1.0 - 0.5 * t)  # the far rows downtown, tall and thin
        many = count(c, 26, 40, span) if t < 0.5 else count(c, 10, 22, span)
        blocks = skyline(c, curve(c, signals.smooth(h[i], 2), span), foot, high, many, ceiling)
        if i < n - 1 or n == 1:
            fog(c, ink, foot, foot - 0.5 * high)
        fill(c, outline(blocks, foot, 1.03), at((ink.haze, ink.black), t**0.9))
        if i == 0:  # downtown: its masts drawn last, over the haze
            downtown = blocks
        if t > 0.5:
            windows(c, blocks, foot, ink, 0.07 + 0.1 * d.energy)
        roofs = min(roofs, min(b.roof for b in blocks))
    antennas(c, downtown, ink, ink.haze, int(rng.integers(1, 3)))
    reflect(c, base, ink)
    glints(c, base, ink)
    if "rain" in motifs(d.title):
        rain(c, ink)
    return (0.0, max(0.0, min(first, roofs - 0.1) - 0.02), 1.0, 1.0 if c.calm_top else low)


CITIES: dict[str, Callable[[Canvas], Box]] = {"city-river": city_river}
