"""The spectrogram style's polar print: the song's spectrum as a screenprint in a few
flat inks, never a plot (no axes, no ticks, no bars under it). (The contour print, a
smoothed land of flat inks, is retired: it read as melted mustard or pink drips.)

- polar: the spectrum wound round a point, the song's start at the centre and its end
  at the rim, frequency round the angle (mirrored, so no seam): rings of colour as
  the song changes, no label, no grooves and no rim (the last ring melts into the
  field), the centre off the frame's middle and the rings running off its edges.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from scipy import ndimage

from sleeve.engine.styles.cover_parts.spectro_layouts import (
    MARGIN,
    Canvas,
    Ink,
    cells,
    changes,
    lit,
)

STEPS = 5  # the flat inks a print takes above the field


def _print(value: np.ndarray) -> np.ndarray:
    """A 0..1 field in STEPS flat inks (a screenprint's separations)."""
    return np.ceil(np.clip(value, 0.0, 1.0) * STEPS - 0.35).clip(0, STEPS) / STEPS


def _room(c: Canvas) -> Canvas:
    """The canvas with its free part kept MARGIN clear of the title's edges."""
    fx0, fy0, fx1, fy1 = c.free
    inset = (
        fx0 + MARGIN if fx0 > 0.0 else 0.0,
        fy0 + MARGIN if fy0 > 0.0 else 0.0,
        fx1 - MARGIN if fx1 < 1.0 else 1.0,
        fy1 - MARGIN if fy1 < 1.0 else 1.0,
    )
    return dataclasses.replace(c, free=inset)


def _stretched(value: np.ndarray) -> np.ndarray:
    lo, hi = np.percentile(value, (8.0, 99.0))
    return np.clip((value - lo) / max(float(hi - lo), 1e-6), 0.0, 1.0)


def polar(c: Canvas, rng: np.random.Generator) -> Ink:
    """The spectrum wound round an off-centre point (see the module)."""
    c = _room(c)
    fx0, fy0, fx1, fy1 = c.free
    cx = fx0 + (fx1 - fx0) * rng.choice((0.3, 0.7)) + rng.uniform(-0.05, 0.05)
    cy = fy0 + (fy1 - fy0) * rng.uniform(0.4, 0.6)
    reach = max(fx1 - fx0, fy1 - fy0) * rng.uniform(0.75, 0.95)
    dx, dy = c.x - cx, c.y - cy
    r = (np.sqrt(dx * dx + dy * dy) / reach) ** 0.8  # wider inner rings: no bullseye
    turn = rng.uniform(0, 2 * np.pi)
    f = np.abs(((np.arctan2(dy, dx) + turn) % (2 * np.pi)) - np.pi) / np.pi  # 0..1, mirrored
    smooth = ndimage.gaussian_filter(changes(c.spec), (c.spec.shape[0] * 0.02, 1.5))
    value = _stretched(cells(smooth.astype(np.float32), np.clip(r, 0.0, 0.9999), 1.0 - f))
    melt = np.clip((1.04 - r) / 0.15, 0.0, 1.0)  # the end of the song melts into the field
    cover = np.ones((c.res, c.res), np.float32)
    box = (max(fx0, cx - reach), max(fy0, cy - reach), min(fx1, cx + reach), min(fy1, cy + reach))
    return lit(c, cover, _print((0.3 + 0.7 * value) * melt), box, floor=0.0)
