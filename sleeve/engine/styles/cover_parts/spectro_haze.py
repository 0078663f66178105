"""The haze of the spectrogram style, for the hazy genres (shoegaze) and where nothing
crisp has room: the spectrum as a wall of glowing, blurred light bands melting into
the field toward the title."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine.styles.cover_parts.spectro_layouts import (
    Canvas,
    Ink,
)


def haze(c: Canvas, rng: np.random.Generator) -> Ink:
    """The log-spectrogram as a wall of glowing, blurred light bands filling the free
    part to the frame's edges (shoegaze's wall of sound): a few band groups, each a
    horizontal beam of light whose brightness runs with that group's level over the
    song, a soft halo round a bright core, dark gaps between the beams (structure a
    thumbnail still reads), melting into the field toward the title."""
    fx0, fy0, fx1, fy1 = c.free
    frames, bands = c.spec.shape
    beams = max(3, int(round((fy1 - fy0) / rng.uniform(0.14, 0.17))))
    groups = np.array_split(np.arange(bands), beams)
    level = np.stack([c.spec[:, g].mean(axis=1) for g in groups[::-1]])  # treble on top
    level = ndimage.gaussian_filter1d(level, frames * 0.04, axis=1, mode="nearest")
    level = (level - level.min()) / max(float(np.ptp(level)), 1e-6)
    if rng.random() < 0.5:
        level = level[:, ::-1]
    x = np.clip((c.x - fx0) / max(fx1 - fx0, 1e-6), 0.0, 1.0)
    y = (c.y - fy0) / max(fy1 - fy0, 1e-6)
    at = np.linspace(0.0, 1.0, frames)
    gap = 1.0 / beams
    core = rng.uniform(0.052, 0.058) / max(fy1 - fy0, 1e-6)  # soft: never a crisp edge
    value = np.zeros((c.res, c.res), np.float32)
    sway = rng.uniform(0.0, 2 * np.pi, beams)
    for k in range(beams):
        bright = np.interp(x[0], at, level[k]).astype(np.float32)[None, :]
        centre = (k + 0.5) * gap + 0.12 * gap * np.sin(2 * np.pi * x * 1.5 + sway[k])
        d = (y - centre) / core
        glow = np.exp(-0.5 * d * d) + 0.2 * np.exp(-0.5 * (d / 2.0) ** 2)
        value = np.maximum(value, (0.45 + 0.55 * bright) * glow / 1.2)
    value = np.clip(value, 0.0, 1.0)
    inside_free = (c.x >= fx0) & (c.x <= fx1) & (c.y >= fy0) & (c.y <= fy1)
    soft = 0.14  # the melt toward the title, fractions of the side
    melt = np.ones((c.res, c.res), np.float32)
    for coord, edge, sign in ((c.x, fx0, 1), (c.y, fy0, 1), (c.x, fx1, -1), (c.y, fy1, -1)):
        if 0.0 < edge < 1.0:
            t = np.clip(sign * (coord - edge) / soft, 0.0, 1.0)
            melt = np.minimum(melt, t * t * (3 - 2 * t))
    inside = (melt > 0.0) & inside_free
    value = np.where(inside, (0.06 + 0.94 * value) * melt, 0.0).astype(np.float32)
    return Ink(value, inside, c.free)
