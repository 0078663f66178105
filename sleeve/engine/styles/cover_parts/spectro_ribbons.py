"""The spectrum as one ribbon of frequency threads twisting through space: time runs
along the ribbon, frequency across it (one thread per band group, bass on one edge),
and each twist turns the ribbon edge-on (a pinch) and shows its back, lit darker;
brighter (treble-heavy) music twists it more often.

Two crops: a long ribbon swept diagonally across the free part and off two sides of
the frame, or one huge close ribbon filling most of the free part and running off its
sides, a single dominant mass. Edges are crisp, never a fade."""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.spectro_layouts import (
    Canvas,
    Ink,
    cells,
    changes,
    coverage,
    lit,
)


def ribbon(c: Canvas, rng: np.random.Generator, close: bool = False) -> Ink:
    """A twisting ribbon (see the module); `close` gives the huge cropped one."""
    fx0, fy0, fx1, fy1 = c.free
    span_y = fy1 - fy0
    x, y = c.x, c.y
    flip = rng.random() < 0.5
    u = np.clip((x - fx0) / (fx1 - fx0), 0.0, 1.0)  # time along the ribbon
    if flip:
        u = 1.0 - u
    loud = signals.smooth(c.spec.mean(axis=1), 6)
    loud = (loud - loud.min()) / max(float(np.ptp(loud)), 1e-6)
    swell = np.interp(u, np.linspace(0, 1, len(loud)), loud)  # louder: a wider ribbon
    mean = c.spec.mean(axis=0) + 1e-6
    bright = float(np.average(np.linspace(0, 1, len(mean)), weights=mean))  # 0 bass .. 1 treble
    turns = (rng.uniform(1.0, 1.8) if close else rng.uniform(1.8, 3.0)) + 1.2 * bright
    phase = rng.uniform(0, np.pi)
    twist = np.cos(np.pi * turns * u + phase)  # +-1 face on, 0 edge on
    waves = rng.uniform(0.5, 1.1)
    wave = np.sin(2 * np.pi * waves * u + rng.uniform(0, 2 * np.pi))
    if close:
        half = span_y * rng.uniform(0.3, 0.38) * (0.75 + 0.25 * swell)
        mid = fy0 + span_y * 0.5 + span_y * 0.08 * wave
    else:
        half = span_y * rng.uniform(0.15, 0.2) * (0.7 + 0.3 * swell)
        rise = rng.choice((-1.0, 1.0)) * span_y * rng.uniform(0.2, 0.3)
        mid = fy0 + span_y * 0.5 + rise * (2 * u - 1) + span_y * 0.08 * wave
    width = np.maximum(half * (0.06 + 0.94 * np.abs(twist)), 1.5 / c.res)  # a pinch stays solid
    across = (y - mid) / width  # -1..1 across the ribbon
    side = np.sign(twist) + (twist == 0)
    v = np.clip((across * side + 1) / 2, 0.0, 0.9999)  # the back shows the bands reversed
    threads = int(rng.choice((8, 12, 16) if close else (6, 8, 10)))
    row = np.floor(v * threads)
    at = u, (np.arange(threads, dtype=np.float32)[:, None] + 0.5) / threads
    plain = c.spec / max(float(c.spec.max()), 1e-6)
    table = 0.5 * cells(plain, *at) + 0.5 * cells(changes(c.spec), *at)  # (threads, res)
    level = table[row.astype(np.intp), np.arange(c.res)[None, :]]
    light = np.where(twist > 0, 1.0, 0.62) * (0.55 + 0.45 * np.abs(twist))  # the back: darker
    sheen = 1.0 - 0.35 * across**2  # a curved face: brighter along its middle
    value = light * sheen * (0.2 + 0.8 * level**1.5)
    inset = width - np.abs(y - mid)
    step = 2 * width / threads  # a thread's width here (fractions of the side)
    frac = v * threads - row
    gap = np.maximum(0.18, 1.5 / np.maximum(step * c.res, 1e-6))  # at least 1.5 px wide
    seam = np.minimum(frac, 1.0 - gap - frac) * step
    inset = np.where(step * c.res > 4.0, np.minimum(inset, seam), inset)
    top = float(np.min(mid - width))
    bottom = float(np.max(mid + width))
    return lit(c, coverage(c, inset), value, (fx0, top, fx1, bottom), floor=0.35)
