"""The spectrogram style's snow, for a title naming snow or winter: the song's spectrogram
as snow falling at night. Each flake is a loud cell of the spectrogram (its moment down
the frame, its band how near it falls: the bass large, soft and dim out of focus near
the eye, the treble fine, crisp and bright far off), scattered on a slant wind, so the
snow thickens where the song sounds and thins in its quiet passages and toward the
title. Under a title at the top, a pale snowbank closes the frame. The ink is a pale
tint of the spot (spectrogram.PALE)."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine.styles.cover_parts.spectro_layouts import Canvas, Ink, lit

GRID = (48, 20)  # the spectrogram's cells the flakes come from: moments, bands
SHARE = 78  # the percentile of loudness a cell must pass to fall as a flake
FLAKE = (0.0045, 0.034)  # a flake's radius, far to near (a share of the side)
BANK = 0.9  # the snowbank's tone (pale, toward the tip)


def _flakes(c: Canvas, rng: np.random.Generator) -> np.ndarray:
    """(n, 4) each flake's x, y (0..1 of the free part), depth (0 far .. 1 near) and
    loudness, from the spectrogram's loud cells: the moment its height, the band its
    depth (the bass near and large, the treble far and fine), scattered across."""
    frames, bands = GRID
    spec = ndimage.zoom(c.spec, (frames / c.spec.shape[0], bands / c.spec.shape[1]), order=1)
    spec = np.clip(spec, 0.0, None)
    t, f = np.nonzero(spec > np.percentile(spec, SHARE))
    level = spec[t, f] / max(float(spec.max()), 1e-6)
    x = rng.random(len(f))
    y = (t + rng.uniform(0.0, 1.0, len(t))) / frames
    wind = float(rng.choice((-1.0, 1.0))) * float(rng.uniform(0.15, 0.3))
    x = (x + wind * y) % 1.0
    low = 1.0 - (f + rng.random(len(f))) / bands  # 1 for the bass
    low = (low - low.min()) / max(float(np.ptp(low)), 1e-6) if len(low) else low
    depth = low**2.2  # most flakes far and fine, the song's lowest band the nearest
    return np.stack([x, y, depth, level], axis=1)


def _splat(value: np.ndarray, c: Canvas, at: tuple, radius: float, tone: float) -> None:
    """One flake into `value`: a disc with a soft rim (a near one out of focus)."""
    cx, cy = at
    soft = max(radius * (0.15 + 0.85 * radius / FLAKE[1]), 1.0 / c.res)
    reach = radius + 2 * soft
    i0, i1 = max(int((cy - reach) * c.res), 0), min(int((cy + reach) * c.res) + 2, c.res)
    j0, j1 = max(int((cx - reach) * c.res), 0), min(int((cx + reach) * c.res) + 2, c.res)
    if i0 >= i1 or j0 >= j1:
        return
    d = np.hypot(c.x[:, j0:j1] - cx, c.y[i0:i1] - cy)
    disc = np.clip((radius - d) / soft + 0.5, 0.0, 1.0) * tone
    value[i0:i1, j0:j1] = np.maximum(value[i0:i1, j0:j1], disc)


def _room(c: Canvas, y: float) -> float:
    """The chance a flake at `y` (0..1 down the free part) falls: fewer toward the
    title's band, all of them where the free part runs off the frame."""
    fy0, fy1 = c.free[1], c.free[3]
    if fy0 > 0.0:
        return float(np.clip(y / 0.25, 0.15, 1.0))
    if fy1 < 1.0:
        return float(np.clip((1.0 - y) / 0.25, 0.15, 1.0))
    return 1.0


def _bank(c: Canvas, rng: np.random.Generator, foot: float) -> np.ndarray:
    """(res, res) a pale snowbank's coverage: a low, soft swell over the frame's foot."""
    x = c.x[0]
    swell = 0.5 + 0.5 * np.sin(2 * np.pi * (x * rng.uniform(0.5, 0.9) + rng.uniform(0, 1)))
    edge = foot - 0.04 - 0.035 * swell
    return np.clip((c.y - edge[None, :]) * c.res + 0.5, 0.0, 1.0)


def snow(c: Canvas, rng: np.random.Generator) -> Ink:
    """The spectrogram as snow falling at night (see the module)."""
    fx0, fy0, fx1, fy1 = c.free
    top = fy0 + 0.04 if fy0 > 0.0 else 0.0
    bottom = fy1 - 0.03 if fy1 < 1.0 else 1.0
    value = np.zeros((c.res, c.res), np.float32)
    lo, hi = FLAKE
    for x, y, depth, level in _flakes(c, rng):
        if rng.random() > _room(c, y):
            continue
        radius = (lo + (hi - lo) * depth**3) * (0.75 + 0.25 * level)
        tone = (1.0 - 0.5 * depth**2) * (0.85 + 0.15 * level)  # pale; near ones dim, soft
        at = (fx0 + (fx1 - fx0) * x, top + (bottom - top) * y)
        _splat(value, c, at, radius, float(tone))
    if fy1 >= 1.0 and fy0 > 0.0:  # room under a title at the top: a snowbank
        bank = _bank(c, rng, bottom)
        value = value * (1.0 - bank) + BANK * bank
    cover = (value > 0.0).astype(np.float32)
    return lit(c, cover, value, c.free, floor=0.0)
