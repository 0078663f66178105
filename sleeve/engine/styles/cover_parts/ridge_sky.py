"""Ridgeline clouds: the song's ridges as the cloud banks of a dusk sky over a low,
flat horizon (no sun, no mountain: the glow alone says where the song is loudest).

Each bank is one stretch of the song: its top billows with that stretch's energy and
spectrum slice (towering for a loud song, long flat strata for a calm one), kicked
by the stretch's strongest onset; its underside is flat and lit by the glow below.
Banks shrink and crowd towards the horizon (the far sky), the near ones high in the
frame large and deep; the water under the horizon catches a glint per strong onset.
"""

from __future__ import annotations

import aggdraw
import numpy as np

from sleeve.engine import raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.styles.cover_parts.ridge_stack import (
    POINTS,
    Canvas,
    at,
    busy,
    heights,
    loudest,
    ridge,
    scene,
    sky,
)

Box = tuple[float, float, float, float]
RGB = tuple[int, int, int]
U = np.linspace(0.0, 1.0, POINTS)


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    r, g, bl = (int(round(x + (y - x) * t)) for x, y in zip(a, b, strict=True))
    return r, g, bl


def clouds(c: Canvas) -> Box:
    """A dusk sky of the song's cloud banks over a low horizon and still water: the
    title in the clear sky above them, or on the dark water below."""
    rng, d, s = c.rng, c.direction, c.size
    if c.calm_top:
        upper, horizon = c.room + 0.06, float(rng.uniform(0.8, 0.86))
    else:
        upper, horizon = 0.04, 0.98 - c.room
    top_c, glow, far, near = scene(c)
    gx = loudest(c)
    sky(c, top_c, glow, horizon, gx)
    count = int(4 + round(3 * busy(c)))
    h = heights(d, rng, count, spread=3.0)
    h /= max(float(h.max()), 1e-6)
    kick = 0.55 + 0.45 * signals.onsets(d, count * 4).reshape(count, 4).max(axis=1)
    room = horizon - 0.03 - upper
    # billows rise with the song, never past `upper` (the nearest bank is the tallest)
    tower = min(0.05 + 0.11 * d.energy + 0.04 * d.loudness, 0.25 * room)
    lit = raster.tone(glow, min(rgb_to_oklch(glow)[0] + 0.08, 0.95), rgb_to_oklch(glow)[1])
    span = room - 0.08 - tower  # from the horizon to the nearest bank's underside
    hits = signals.onsets(d, count * 12).reshape(count, 12)
    for i in range(count):  # far (low, near the horizon) first
        t = i / max(count - 1, 1)
        under = horizon - 0.03 - span * t**0.9  # the bank's flat underside
        scale = 0.35 + 0.65 * t  # near banks larger
        # a bank floats somewhere in the sky, 0.35..0.8 wide, off the frame at times
        width = float(rng.uniform(0.35, 0.8)) * (0.8 + 0.4 * scale)
        a = float(rng.uniform(-0.15, 1.15 - width))
        u = a + width * U
        # billows: one per onset of the stretch, as tall as the onset is strong
        puffs = np.abs(np.sin(np.pi * U * len(hits[i]))) ** 0.6 * np.repeat(hits[i], POINTS // 12)
        swell = 0.5 * signals.smooth(h[i], 3) + 0.5 * (0.3 + 0.7 * puffs)
        ends = np.clip(np.minimum(U, 1.0 - U) / 0.18, 0.0, 1.0) ** 0.5
        thick = (0.03 + 0.05 * scale + tower * scale * kick[i] * swell) * ends
        base = under + signals.smooth(rng.normal(0.0, 1.0, POINTS), 10) * 0.004 * scale
        tone = _mix(at((far, near), t**0.8), glow, 0.2 * (1 - t))  # far banks hazed
        crest = np.stack([u, base - thick], 1) * s
        foot = np.stack([u, base], 1) * s
        ridge(c.draw, crest, foot, tone, None, 0)
        # the underside lit from below by the glow
        c.draw.line(foot[8:-8].ravel().tolist(), raster.pen(lit, c.pen * (0.6 + 0.5 * t)))
    _water(c, horizon, near, lit, gx)
    return (0.0, upper - 0.02, 1.0, 1.0 if c.calm_top else horizon + 0.01)


def _water(c: Canvas, horizon: float, deep: RGB, lit: RGB, gx: float) -> None:
    """Still water from the horizon down, a glint of the glow under the loudest
    stretch for each strong onset of the song (longer for stronger ones)."""
    s = c.size
    c.draw.rectangle([0, horizon * s, s, s], aggdraw.Brush(deep))
    hits = signals.onsets(c.direction, 24)
    depth = 1.0 - horizon
    rows = [k for k in range(24) if hits[k] > 0.45][:6]
    for n, k in enumerate(rows):
        y = horizon + depth * (0.06 + 0.8 * (n / max(len(rows), 1)) ** 1.3) * 0.4
        half = 0.02 + 0.08 * float(hits[k]) * (1 - 0.5 * n / 6)
        cx = gx + float(c.rng.normal(0.0, 0.02))
        pts = [(cx - half) * s, y * s, (cx + half) * s, y * s]
        c.draw.line(pts, raster.pen(_mix(deep, lit, 0.55 - 0.06 * n), c.pen))
