"""Ridgeline compositions (LAYOUTS) and the mountain title's dusk ranges: a few big
ranges layered like a mountain print at dusk (more for a busier song), a sun or moon
sinking behind the far one where the song is loudest; it draws onto the canvas and
returns its focal box (the title keeps out of it). The thick lines are in ridge_lines;
the massif in ridge_depth; the beam and the sphere in ridge_objects; the dune in
ridge_scenes; a road title's light trails in ridge_trails; the torn strips in
ridge_pictures; the distant range in ridge_far; the upright ridges in ridge_falls; a
city title's cities in ridge_city and ridge_views.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine import signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_bars import BARS
from sleeve.engine.styles.cover_parts.ridge_city import CITIES
from sleeve.engine.styles.cover_parts.ridge_depth import DEPTHS
from sleeve.engine.styles.cover_parts.ridge_falls import FALLS
from sleeve.engine.styles.cover_parts.ridge_far import FAR
from sleeve.engine.styles.cover_parts.ridge_lines import LINES
from sleeve.engine.styles.cover_parts.ridge_objects import OBJECTS
from sleeve.engine.styles.cover_parts.ridge_pictures import PICTURES
from sleeve.engine.styles.cover_parts.ridge_scenes import SCENES
from sleeve.engine.styles.cover_parts.ridge_stack import (
    Canvas,
    U,
    at,
    band,
    disc,
    lines,
    loudest,
    rows,
    sky,
)
from sleeve.engine.styles.cover_parts.ridge_trails import TRAILS
from sleeve.engine.styles.cover_parts.ridge_views import VIEWS


def _crop(c: Canvas, h: np.ndarray) -> np.ndarray:
    """The stack seen through a seeded window: a zoom into part of its width (the
    frame crops the ranges), or all of it."""
    span = float(c.rng.uniform(0.45, 1.0))
    x0 = float(c.rng.uniform(0.0, 1.0 - span))
    return np.stack([np.interp(x0 + U * span, U, row) for row in h])


def dusk(c: Canvas) -> Box:
    """A few big ranges layered back to front, each one flat tone from the hazed far
    range to the deep near one; the spacing opens towards the viewer by the seed; a
    sun (a pale moon on a dusk) sinking behind the far range where the song is
    loudest, or none. The title in the sky, or on the near range's calm ground."""
    rng, d = c.rng, c.direction
    count = lines(c, 3, 8) + int(rng.integers(0, 3))
    h, kick = rows(c, count, 2.8)
    h = _crop(c, np.stack([signals.smooth(row, 3) for row in h]))
    deep = float(rng.uniform(1.0, 1.7))
    if c.calm_top:
        amp = 0.1 + 0.08 * d.loudness
        top, bottom = c.room + 0.05 + amp, 0.96
    else:
        amp = 0.08 + 0.06 * d.loudness
        top, bottom = 0.24 + amp * 0.5, 0.98 - c.room
    sky(c, top + 0.05)
    r = float(rng.uniform(0.05, 0.1))
    sx = float(np.clip(loudest(c) + rng.uniform(-0.1, 0.1), 0.15, 0.85))
    dark = rgb_to_oklch(c.inks.bg)[0] < 0.5
    sy = top - amp * (1.1 if dark else 0.4) - (r if dark else 0.0)  # a dark print's moon clear
    sy = max(sy, (c.room + 0.02 + r) if c.calm_top else r + 0.05)
    # a sun or moon sinking behind the far range, or none; a dark print always its moon
    if rng.random() < 0.65 or dark:
        disc(c, sx, sy, r, c.inks.sun)
    ramp = (c.inks.far, c.inks.near)
    x = U * 1.04 - 0.02
    crest_top = 1.0
    for i in range(count):
        t = i / max(count - 1, 1)
        base = top + (bottom - top) * t**deep
        lift = amp * (0.55 + 0.45 * kick[i]) * (1.2 - 0.5 * t)
        ys = base - lift * h[i]
        crest_top = min(crest_top, float(ys.min()))
        band(c, np.stack([x, ys], axis=1), 1.05, at(ramp, t**0.8))
    return (0.0, max(0.0, min(crest_top, sy - r) - 0.01), 1.0, 1.0 if c.calm_top else bottom)


# calm to loud (ridgeline._pick leans within them); the road's trails, the dusk ranges and the
# night city only for a title that names them
LAYOUTS: dict[str, Callable[[Canvas], Box]] = {
    **FAR,
    "sphere": OBJECTS["sphere"],
    **DEPTHS,
    **BARS,
    **LINES,
    "beam": OBJECTS["beam"],
    "dune": SCENES["dune"],
    **FALLS,
    "torn": PICTURES["torn"],
    **TRAILS,
    "dusk": dusk,
    **CITIES,
    **VIEWS,
}
