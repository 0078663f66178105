"""The line compositions of the spectrogram style: a terrain of stacked filled ridges
(frequency bands over time, treble far, bass near) running off the frame's sides, and
a waterfall of crisp spectrum slices in perspective (Unknown Pleasures), near slices
hiding far ones. Edges are crisp; nothing fades."""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.spectro_layouts import (
    MARGIN,
    Canvas,
    Ink,
    cells,
    coverage,
    lit,
)


def terrain(c: Canvas, rng: np.random.Generator) -> Ink:
    """Frequency bands as stacked filled ridges drawn far to near across the whole
    width: a louder band is a taller ridge, so treble-heavy music raises the far
    (upper) ranges; the nearest range runs to the free part's far edge."""
    fx0, fy0, fx1, fy1 = c.free
    y0 = fy0 + (fy1 - fy0) * rng.uniform(0.05, 0.35)  # the far ranges' height varies
    slope = rng.uniform(-0.3, 0.3)  # a tilted horizon: the ground rises to one side
    y1 = fy1 + 0.01 if fy1 >= 1.0 else fy1
    tilt = slope * (c.x[0] - 0.5)
    frames, bands = c.spec.shape
    count = int(np.clip(round(4 + 8 * c.density + rng.uniform(-1.5, 1.5)), 4, 12))
    soft = int(rng.integers(3, 11))  # rounds the coarse frames into hills
    groups = np.array_split(np.arange(bands), count)
    amp = (y1 - y0) * rng.uniform(0.45, 0.8)
    u = np.clip((c.x[0] - fx0) / (fx1 - fx0), 0.0, 1.0)
    if rng.random() < 0.5:
        u = 1.0 - u
    tops = np.empty((count, c.res), np.float32)
    for k, group in enumerate(reversed(groups)):  # treble first: far and high
        raw = signals.smooth(c.spec[:, group].mean(axis=1), soft)
        shape = (raw - raw.min()) / max(float(np.ptp(raw)), 1e-6)  # its own swing, amplified
        profile = float(raw.mean()) ** 0.7 * (0.35 + 0.65 * shape**1.4)  # loud bands stand tall
        height = np.interp(u, np.linspace(0, 1, frames), profile)
        base = y0 + amp + (y1 - y0 - amp) * (k + 1) / (count + 0.3)
        tops[k] = np.maximum(base + tilt - amp * height, fy0 + 0.01)
    near = np.full((c.res, c.res), -1, np.int8)  # the nearest ridge covering each pixel
    for k in range(count):
        near[c.y >= tops[k][None, :]] = k
    ridge = np.maximum(near, 0)
    top = tops[ridge, np.arange(c.res)[None, :]]
    depth = ridge.astype(np.float32) / max(count - 1, 1)
    below = np.clip((c.y - top) / max(y1 - y0, 1e-6), 0.0, 1.0)  # each ridge dims down
    value = (0.25 + 0.6 * depth) * (1.0 - 0.5 * below)
    line = max(0.004, 1.2 / c.res)
    value = np.where(c.y < top + line, 0.55 + 0.45 * depth, value)  # the crest
    cover = np.where(near >= 0, coverage(c, c.y - tops[0][None, :]), 0.0)
    cover = np.maximum(cover, (near > 0).astype(np.float32))
    return lit(c, cover, value, (fx0, float(tops.min()), fx1, y1))


def waterfall(c: Canvas, rng: np.random.Generator) -> Ink:
    """Spectrum slices (frequency across, loudness up) stacked far to near in
    perspective: far slices narrow, close together and dim, near ones wide and bright;
    each ridge is a crisp line whose body hides the slices behind it. The stack sits
    whole in the free part, or its near slices run off both sides."""
    fx0, fy0, fx1, fy1 = c.free
    n = int(np.clip(round(22 + 30 * c.density + rng.uniform(-6, 6)), 16, 56))
    wide = rng.random() < 0.6  # the near slices run off the frame's sides: a close mesh
    w_near = rng.uniform(1.15, 1.4) if wide else rng.uniform(0.55, 0.8) * (fx1 - fx0)
    w_far = w_near * rng.uniform(0.45, 0.75)
    cx = (
        (fx0 + fx1) / 2
        if wide
        else (fx0 + fx1) / 2 + rng.uniform(-1, 1) * max(0.0, (fx1 - fx0 - w_near) / 2 - MARGIN)
    )
    height = fy1 - fy0 - 2 * MARGIN
    amp = height * rng.uniform(0.18, 0.3)
    y_far = fy0 + MARGIN + amp
    y_near = fy1 - MARGIN
    if fy1 >= 1.0 and wide and rng.random() < 0.5:
        y_near = 1.0 + amp * 0.3  # the nearest slices sink past the bottom edge
    times = np.linspace(0, 1, n)
    if rng.random() < 0.5:
        times = times[::-1]
    thick = max(0.0035, 1.3 / c.res)
    value = np.zeros((c.res, c.res), np.float32)
    cover = np.zeros((c.res, c.res), np.float32)
    hidden = np.full((c.res,), 9.0, np.float32)  # the highest body drawn so far (near first)
    x = c.x[0]
    for k in range(n - 1, -1, -1):  # near first: a far slice shows only above it
        d = k / (n - 1)
        w = w_far + (w_near - w_far) * d
        base = y_far + (y_near - y_far) * d**1.3
        a = amp * (0.55 + 0.45 * d)
        f = (x - (cx - w / 2)) / w  # frequency across the slice
        on = (f >= 0) & (f <= 1)
        lift = cells(c.spec, np.full_like(f, times[k]), np.clip(np.abs(2 * f - 1), 0, 1))
        taper = np.clip(np.sin(np.pi * np.clip(f, 0, 1)), 0, 1) ** 0.6  # quiet ends: a pulsar
        top = np.where(on, base - a * lift * taper, 9.0).astype(np.float32)
        near_line = coverage(c, thick / 2 - np.abs(c.y - top[None, :]))
        near_line = near_line * (c.y < hidden[None, :] + thick / 2)
        tone = 0.35 + 0.65 * d
        value = np.where(near_line > cover, tone, value)
        cover = np.maximum(cover, near_line)
        hidden = np.minimum(hidden, top)
    box = (cx - w_near / 2, float(hidden.min()) - thick, cx + w_near / 2, y_near + thick)
    return lit(c, cover, value, box, floor=0.0)
