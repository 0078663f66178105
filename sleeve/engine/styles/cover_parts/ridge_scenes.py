"""Ridgeline scenes: the dune. It draws onto the canvas and returns its
focal box (the title keeps out of it):

dune: one great dune, its crest the song's energy on a slant, the slip face in
shadow, the lit sand rippled with the song's spectrum slices (no sky, no sun).
(Round 18: the road to a sun on the horizon, another style's picture, is retired; a
road title's road is ridge_trails'.)
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np

from sleeve.engine import raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_stack import (
    POINTS,
    RGB,
    Canvas,
    U,
    lines,
    ridge,
    rows,
)


def _dune_inks(c: Canvas) -> tuple[RGB, RGB, RGB]:
    """The dune's lit sand (the field the title sits on), its slip face in shadow and
    the ripples' ink: dark ripples on paper sand, or on a dark print sand at dusk (its
    glow taken down) with pale ripples; a stark print's sand (its spot ink) bone
    ripples, a light to read by (its own inks' ripples left it a dim ochre)."""
    ink = c.inks
    shade = ink.near if rgb_to_oklch(ink.near)[0] < 0.45 else raster.tone(ink.near, 0.25)
    if rgb_to_oklch(ink.bg)[0] > 0.5:
        light = rgb_to_oklch(ink.bg)[0]
        if light < 0.75 and rgb_to_oklch(ink.sun)[0] > 0.85:  # a spot field, not paper
            return ink.bg, shade, ink.sun
        return ink.bg, shade, raster.tone(ink.far, max(0.2, min(light - 0.2, 0.62)))
    sand = raster.tone(ink.glow, min(rgb_to_oklch(ink.glow)[0], 0.5))
    return sand, raster.tone(shade, 0.1), raster.tone(ink.glow, 0.78)


def dune(c: Canvas) -> Box:
    """One great dune: its crest the song's energy swept across the frame on a slant,
    the slip face below it in shadow, the lit sand above rippled with the song's
    spectrum slices, each ripple following the crest (more for a busier song); the
    title on the lit sand, or a bottom title on the flat shadow of the slip face."""
    rng, d, s = c.rng, c.direction, c.size
    lit, shade, ripple = _dune_inks(c)
    h, kick = rows(c, lines(c, 7, 14) + 1, 2.2)
    main = signals.smooth(h.mean(axis=0), 6)
    main = (main - main.min()) / max(float(np.ptp(main)), 1e-6)
    slope = float(rng.uniform(0.18, 0.34)) * float(rng.choice((-1.0, 1.0)))
    amp = 0.12 + 0.08 * d.loudness
    # the ripples reach up to `top`; the crest stays above `floor`
    top, floor = (c.room + 0.06, 0.98) if c.calm_top else (0.04, 0.96 - c.room)
    high = floor - abs(slope) / 2
    low = min(top + amp + abs(slope) / 2 + 0.12, high)
    mid = float(rng.uniform(low, high))
    x = U * 1.04 - 0.02
    crest = np.clip(mid + slope * (x - 0.5) - amp * main, top + 0.12, floor)
    c.draw.rectangle([0, 0, s, s], aggdraw.Brush(lit))
    foot = np.stack([x, np.full(POINTS, 1.02)], axis=1)
    ridge(c.draw, np.stack([x, crest], axis=1) * s, foot * s, shade)
    count = len(h) - 1
    room = crest - top
    for j in range(count):
        t = (j + 1) / (count + 1)
        ys = crest - room * t * (0.85 + 0.15 * h[j + 1] * kick[j + 1])
        width = max(c.pen * (1.6 - 1.0 * t), 0.9)
        line = np.stack([x, ys], axis=1) * s
        c.draw.line(line.ravel().tolist(), raster.pen(ripple, width))
    if c.calm_top:
        return (0.0, top - 0.02, 1.0, 1.0)
    return (0.0, 0.0, 1.0, min(1.0, float(crest.max()) + 0.02))


SCENES: dict[str, Callable[[Canvas], Box]] = {"dune": dune}
