"""Ridgeline scenes: the dune and the road. Each draws onto the canvas and returns its
focal box (the title keeps out of it):

dune: one great dune, its crest the song's energy on a slant, the slip face in
shadow, the lit sand rippled with the song's spectrum slices (no sky, no sun);
road: a road title's road to a vanishing point through the song's ridges, which lie
flat across it and rise either side as banded slopes, a sun on the horizon.
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
    at,
    band,
    disc,
    lines,
    ridge,
    rows,
    sky,
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


def road(c: Canvas) -> Box:
    """A road title: a road runs to a vanishing point through the song's ridges, which
    lie flat across it and rise either side as banded slopes (the loud ones highest),
    a sun on the horizon behind it: dark
    asphalt with white edge lines and a regular centre dash in the accent (reviewers
    read a pale road with dashes only on onsets as muddled). The seed and the song set
    the view: the horizon's height, where the road meets it and how far it bends (a
    loud song's road swings harder)."""
    rng = c.rng
    d = c.direction
    s = c.size
    if c.calm_top:
        horizon, end = c.room + float(rng.uniform(0.05, 0.22)), 1.02
    else:
        horizon, end = float(rng.uniform(0.08, 0.22)), 0.97 - c.room
    near_x = 0.5 + float(rng.uniform(-0.14, 0.14))
    vx = near_x + float(rng.uniform(-0.22, 0.22))
    bend = float(rng.uniform(-1.0, 1.0)) * (0.08 + 0.22 * d.energy)

    def centre(t: float | np.ndarray) -> float | np.ndarray:
        """The road's middle t of the way from the horizon (0) to the near edge (1)."""
        return vx + (near_x - vx) * t + bend * 4.0 * t * (1.0 - t)

    sky(c, horizon)
    r = float(rng.uniform(0.06, 0.1))
    disc(c, vx, horizon, min(r, horizon - c.room - 0.02) if c.calm_top else r, c.inks.sun)
    band(c, np.stack([U, np.full(POINTS, horizon)], axis=1), 1.05, c.inks.far)
    ramp = (c.inks.far, c.inks.near)
    count = lines(c, 18, 34)
    h, kick = rows(c, count, 3.0)
    width = float(rng.uniform(0.3, 0.42))  # the road's half-width at the near edge
    head = 0.16 + 0.08 * d.loudness
    ys = []
    for i in range(count):
        t = i / (count - 1)
        y = horizon + (end - horizon) * t**1.7
        ty = (y - horizon) / (end - horizon)
        half = 0.012 + width * ty
        off = np.abs(U - centre(ty)) - half  # distance from the road's edge
        bank = np.clip(off / 0.12, 0.0, 1.0) ** 1.5
        amp = head * (0.25 + 0.75 * t) * kick[i]
        crest = np.stack([U, y - amp * h[i] * bank - 0.004 * (off > 0)], axis=1)
        band(c, crest, 1.05, at(ramp, t), at(ramp, t * 0.6))
        ys.append((y, half, ty))
    near = width + 0.012
    tt = np.linspace(0.0, 1.0, 40)
    mid, halves, yy = centre(tt), 0.004 + near * tt, horizon + (end - horizon) * tt
    left = np.stack([mid - halves, yy], 1)
    right = np.stack([mid + halves, yy], 1)
    asphalt = raster.tone(c.inks.near, 0.2, 0.01)
    c.draw.polygon(
        (np.concatenate([left, right[::-1]]) * s).ravel().tolist(), aggdraw.Brush(asphalt)
    )
    # white edge lines and a regular centre dash make it a road at 64 px
    white = raster.pen((236, 234, 226), max(c.pen * 1.2, 1.0))
    for side in (-1, 1):
        edge_line = np.stack([mid + side * halves * 0.93, yy], 1) * s
        c.draw.line(edge_line.ravel().tolist(), white)
    accent = raster.vivid(d.palette.accent, 0.78, 0.16)
    for n, ((y, half, t1), (y2, _, t2)) in enumerate(zip(ys[:-1], ys[1:], strict=True)):
        if n % 2:
            dash = max(0.002, 0.035 * half)
            x1, x2 = float(centre(t1)), float(centre(t2))
            pts = [(x1 - dash) * s, y * s, (x1 + dash) * s, y * s]
            pts += [(x2 + dash * 1.4) * s, y2 * s, (x2 - dash * 1.4) * s, y2 * s]
            c.draw.polygon(pts, aggdraw.Brush(accent))
    return (0.0, horizon - head * 0.3, 1.0, min(1.0, end))


SCENES: dict[str, Callable[[Canvas], Box]] = {
    "dune": dune,
    "road": road,
}
