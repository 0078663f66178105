"""Chladni plate figures and their rendering: the standing-wave field of a square or
round plate, the distance to its nodal lines, and the sand (or ink) on those lines.

Fields are computed on a small grid and scaled up; distances are fractions of the
plate's side, so a plate looks the same at any size.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PIL import Image, ImageFilter

from sleeve.engine import raster

FIELD_RES = 384  # the grid a plate's field is computed on (per plate)
BESSEL_X = 40.0  # the Bessel tables cover 0..BESSEL_X


def square_field(
    n: int, m: int, sign: float, lo: float, hi: float, res: int, shift: float = 0.0
) -> np.ndarray:
    """cos(n pi x) cos(m pi y) + sign * cos(m pi x) cos(n pi y) over x in [lo, hi] and
    y in [lo + shift, hi + shift]."""
    x = lo + (hi - lo) * (np.arange(res, dtype=np.float32) + 0.5) / res
    y = x + np.float32(shift)
    pi = np.float32(np.pi)
    a = np.outer(np.cos(m * pi * y), np.cos(n * pi * x))
    return a + np.float32(sign) * np.outer(np.cos(n * pi * y), np.cos(m * pi * x))


@lru_cache(maxsize=16)
def _bessel(n: int) -> np.ndarray:
    """J_n on 0..BESSEL_X (2048 samples) from its integral form."""
    x = np.linspace(0.0, BESSEL_X, 2048)[:, None]
    tau = np.linspace(0.0, np.pi, 97)[None, :]
    return np.trapezoid(np.cos(n * tau - x * np.sin(tau)), dx=np.pi / 96, axis=1) / np.pi


def _bessel_at(n: int, x: np.ndarray) -> np.ndarray:
    """J_n(x) looked up (linearly) in its table."""
    table = _bessel(n)
    return np.interp(x, np.linspace(0.0, BESSEL_X, len(table)), table).astype(np.float32)


def round_field(modes: list[tuple[int, int, float]], turn: float, res: int) -> np.ndarray:
    """A round plate (radius 1 in a 2 x 2 square) ringing in a few (n, s, weight)
    modes: weight * J_n(k r) cos(n theta), k near the s-th zero of J_n."""
    axis = -1.0 + 2.0 * (np.arange(res, dtype=np.float32) + 0.5) / res
    x, y = axis[None, :], axis[:, None]
    r = np.sqrt(x * x + y * y)
    theta = np.arctan2(y, x) + np.float32(turn)
    field = np.zeros((res, res), np.float32)
    for n, s, weight in modes:
        k = (s + n / 2 - 0.25) * np.pi
        field += np.float32(weight) * _bessel_at(n, np.minimum(k * r, BESSEL_X)) * np.cos(n * theta)
    return field


def nodal_distance(field: np.ndarray) -> np.ndarray:
    """Distance to the nearest nodal line, |f| / |grad f|, as a fraction of the side."""
    gy, gx = np.gradient(field)
    grad = np.sqrt(gx * gx + gy * gy) + np.float32(1e-6)
    return np.abs(field) / grad / np.float32(field.shape[0])


def line_ink(distance: np.ndarray, width: float, px: int) -> np.ndarray:
    """Smooth nodal lines `width` wide (fraction of the side) at px x px, 0..1."""
    d = raster.upscale(distance, px)
    return np.clip((width * 0.5 - d) * px + 0.5, 0.0, 1.0)


def grain_px(size: int) -> int:
    """The side of one sand grain in pixels for a cover of `size` (odd, at least 1)."""
    return 1 + 2 * round(size * 0.0013)


def sand_ink(
    distance: np.ndarray, width: float, px: int, grain: int, rng: np.random.Generator
) -> np.ndarray:
    """Sand grains gathered on the nodal lines (a few strays between), px x px, 0..1:
    random grains kept with a chance that falls off with the distance to a line."""
    count = int(1.3 * px * px / (grain * grain))
    xs = rng.integers(0, px, count)
    ys = rng.integers(0, px, count)
    res = distance.shape[0]
    d = distance[ys * res // px, xs * res // px]
    keep = rng.random(count) < 0.94 * np.exp(-((d / width) ** 2)) + 0.012
    canvas = np.zeros((px, px), np.uint8)
    canvas[ys[keep], xs[keep]] = rng.integers(150, 256, int(keep.sum())).astype(np.uint8)
    img = Image.fromarray(canvas, "L")
    if grain > 1:
        img = img.filter(ImageFilter.MaxFilter(grain))
    return np.asarray(img, np.float32) * np.float32(1.0 / 255.0)


def disc_mask(px: int) -> np.ndarray:
    """An anti-aliased disc filling a px x px square, 0..1."""
    axis = (np.arange(px, dtype=np.float32) + 0.5) / px * 2.0 - 1.0
    r = np.sqrt(axis[None, :] ** 2 + axis[:, None] ** 2)
    return np.clip((1.0 - r) * px * 0.5 + 0.5, 0.0, 1.0)
