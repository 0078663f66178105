"""The terrain composition of the spectrogram style: each frequency band a filled
ridge over time, treble far and high, bass near and low, on a tilted horizon, bleeding
off the frame's sides or dissolving across; far ranges glow dim, near ones run to the
spot's tip, each crest a bright line."""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.spectro_layouts import Canvas, Ink, lit


def terrain(c: Canvas, rng: np.random.Generator) -> Ink:
    """Frequency bands as stacked filled ridges drawn far to near: a louder band is a
    taller ridge, so treble-heavy music raises the far (upper) ranges."""
    fx0, fy0, fx1, fy1 = c.free
    x0, x1 = fx0 - 0.01, fx1 + 0.01
    y0 = fy0 + (fy1 - fy0) * rng.uniform(0.0, 0.35)  # the far ranges' height varies
    slope = rng.uniform(-0.3, 0.3)  # a tilted horizon: the ground rises to one side
    y1 = fy1 + 0.01 if fy1 >= 1.0 else fy1
    tilt = slope * (c.x[0] - 0.5)
    frames, bands = c.spec.shape
    count = int(np.clip(round(4 + 8 * c.density + rng.uniform(-1.5, 1.5)), 4, 12))
    soft = int(rng.integers(3, 11))  # rounds the coarse frames into hills
    groups = np.array_split(np.arange(bands), count)
    amp = (y1 - y0) * rng.uniform(0.45, 0.85)
    u = np.clip((c.x[0] - x0) / (x1 - x0), 0.0, 1.0)
    if rng.random() < 0.5:
        u = 1.0 - u
    tops = np.empty((count, c.res), np.float32)
    for k, group in enumerate(reversed(groups)):  # treble first: far and high
        raw = signals.smooth(c.spec[:, group].mean(axis=1), soft)
        shape = (raw - raw.min()) / max(float(np.ptp(raw)), 1e-6)  # its own swing, amplified
        profile = float(raw.mean()) ** 0.7 * (0.35 + 0.65 * shape**1.4)  # loud bands stand tall
        height = np.interp(u, np.linspace(0, 1, frames), profile)
        base = y0 + amp + (y1 - y0 - amp) * (k + 1) / (count + 0.3)
        tops[k] = base + tilt - amp * height
    near = np.full((c.res, c.res), -1, np.int8)  # the nearest ridge covering each pixel
    for k in range(count):
        near[c.y >= tops[k][None, :]] = k
    inside = (near >= 0) & (c.x >= x0) & (c.x < x1) & (c.y < y1)
    ridge = np.maximum(near, 0)
    top = tops[ridge, np.arange(c.res)[None, :]]
    depth = ridge.astype(np.float32) / max(count - 1, 1)
    below = np.clip((c.y - top) / max(y1 - y0, 1e-6), 0.0, 1.0)  # each ridge dims down
    value = (0.25 + 0.6 * depth) * (1.0 - 0.5 * below)
    line = max(0.004, 1.2 / c.res)
    value = np.where(c.y < top + line, 0.55 + 0.45 * depth, value)  # the crest
    mist: float | np.ndarray = 1.0
    if rng.random() < 0.55:  # the ranges rise from one side and dissolve across
        end, reach = rng.uniform(0.5, 0.85), rng.uniform(0.15, 0.35)
        across = c.x if rng.random() < 0.5 else 1.0 - c.x
        mist = np.clip((end - across) / reach, 0.0, 1.0) ** 1.5
    return lit(c, inside, value, (x0, y0, x1, y1), mist)
