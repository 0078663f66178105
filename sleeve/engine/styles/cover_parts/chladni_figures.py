"""Chladni plate figures and their rendering: the standing-wave field of a square or
round plate (two modes ringing together), the distance to its nodal lines, and the
fine sand gathered on those lines, as on a photographed plate.

Fields are computed on a small grid and scaled up; distances are fractions of the
plate's side, so a plate looks the same at any size.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PIL import Image, ImageFilter

from sleeve.engine import raster

FIELD_RES = 384  # the grid a plate's field is computed on (per plate)
BESSEL_X = 60.0  # the Bessel tables cover 0..BESSEL_X
View = tuple[int, int, int, int]  # the part (x0, y0, x1, y1) of a plate's px square drawn


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


def square_figure(modes: list[tuple[int, int, float, float]], res: int) -> np.ndarray:
    """A square plate ringing in a few (n, m, sign, weight) modes at once."""
    field = np.zeros((res, res), np.float32)
    for n, m, sign, weight in modes:
        field += np.float32(weight) * square_field(n, m, sign, 0.0, 1.0, res)
    return field


@lru_cache(maxsize=32)
def _bessel(n: int) -> np.ndarray:
    """J_n on 0..BESSEL_X (1536 samples, linear between them is within 2e-4) from its
    integral form."""
    x = np.linspace(0.0, BESSEL_X, 1536, dtype=np.float32)[:, None]
    tau = np.linspace(0.0, np.pi, 129, dtype=np.float32)[None, :]
    return np.trapezoid(np.cos(n * tau - x * np.sin(tau)), dx=np.pi / 128, axis=1) / np.pi


def _bessel_at(n: int, x: np.ndarray) -> np.ndarray:
    """J_n(x) looked up (linearly) in its table."""
    table = _bessel(n)
    return np.interp(x, np.linspace(0.0, BESSEL_X, len(table)), table).astype(np.float32)


def round_field(
    modes: list[tuple[int, int, float]],
    turn: float,
    res: int,
    window: tuple[float, float, float] = (0.0, 0.0, 1.0),
) -> np.ndarray:
    """A round plate (radius 1) ringing in a few (n, s, weight) modes: weight *
    J_n(k r) cos(n theta), k near the s-th zero of J_n, each mode scaled to its peak on
    the plate so a weaker mode still bends the figure; seen through a square `window`
    (centre x, centre y, half side), by default the whole plate."""
    axis = -1.0 + 2.0 * (np.arange(res, dtype=np.float32) + 0.5) / res
    return round_field_xy(modes, turn, window[0] + window[2] * axis, window[1] + window[2] * axis)


def round_field_xy(
    modes: list[tuple[int, int, float]], turn: float, x: np.ndarray, y: np.ndarray
) -> np.ndarray:
    """A round plate's field (see round_field) on the grid of plate coordinates x
    (columns) by y (rows), radius 1 being the plate's rim."""
    x, y = x.astype(np.float32)[None, :], y.astype(np.float32)[:, None]
    r = np.sqrt(x * x + y * y)
    theta = np.arctan2(y, x) + np.float32(turn)
    field = np.zeros(r.shape, np.float32)
    for n, s, weight in modes:
        k = (s + n / 2 - 0.25) * np.pi
        peak = float(np.abs(_bessel(n)[: int(len(_bessel(n)) * min(k, BESSEL_X) / BESSEL_X)]).max())
        radial = _bessel_at(n, np.minimum(k * r, BESSEL_X)) * np.float32(weight / max(peak, 1e-3))
        field += radial * np.cos(n * theta)
    return field


def nodal_distance(field: np.ndarray) -> np.ndarray:
    """Signed distance to the nearest nodal line, f / |grad f|, as a fraction of the
    side (signed, so scaling it up keeps thin lines whole; see upscaled)."""
    gy, gx = np.gradient(field)
    grad = np.sqrt(gx * gx + gy * gy) + np.float32(1e-6)
    return field / grad / np.float32(field.shape[0])


def upscaled(distance: np.ndarray, px: int, view: View | None = None) -> np.ndarray:
    """A plate's unsigned distance at px x px, cut to the part of it that is drawn (the
    signed distance is scaled up: the unsigned one's dip to zero fell between grid
    points and broke thin lines into dashes)."""
    d = raster.upscale(distance, px)
    return np.abs(d if view is None else d[view[1] : view[3], view[0] : view[2]])


def line_ink(distance: np.ndarray, width: float, px: int, view: View | None = None) -> np.ndarray:
    """Smooth nodal lines `width` wide (fraction of the side) at px x px, 0..1."""
    d = upscaled(distance, px, view)
    return np.clip((width * 0.5 - d) * px + 0.5, 0.0, 1.0)


def sand_ink(
    distance: np.ndarray, width: float, px: int, rng: np.random.Generator, view: View | None = None
) -> np.ndarray:
    """Fine sand on the nodal lines, px x px, 0..1: every pixel holds a grain with a
    chance that is high on a line and falls off across it, a few strays between, and
    the sand packs solid at the line's heart. Grains are one working pixel, so sand
    stays sand at any size instead of growing into dots."""
    d = upscaled(distance, px, view)
    density = 0.85 * np.exp(-((d / width) ** 2)) + 0.12 * np.exp(-((d / (2.5 * width)) ** 2))
    density += np.float32(0.01)
    u = rng.random(d.shape, dtype=np.float32)
    lit = u < density
    shade = u / density * np.float32(0.55) + np.float32(0.45)  # uniform among lit grains
    core = np.clip((width * 0.4 - d) * px + 0.5, 0.0, 1.0) * np.float32(0.85)
    return np.maximum(np.where(lit, shade, np.float32(0.0)), core)


def violin_mask(px: int) -> np.ndarray:
    """A violin-like plate outline (upper and lower bouts, a waist with C-cuts) in a
    px x px square, 0..1: Chladni's and Savart's violin plates."""
    axis = (np.arange(px, dtype=np.float32) + 0.5) / px
    x, y = axis[None, :] - 0.5, axis[:, None]

    def bout(cy: float, rx: float, ry: float) -> np.ndarray:
        """About the signed distance inside an ellipse (positive inside)."""
        return (1.0 - np.sqrt((x / rx) ** 2 + ((y - cy) / ry) ** 2)) * min(rx, ry)

    waist = np.minimum(np.minimum(0.14 - np.abs(x), y - 0.3), 0.72 - y)
    body = np.maximum(np.maximum(bout(0.27, 0.27, 0.22), bout(0.71, 0.33, 0.26)), waist)
    cuts = np.sqrt((np.abs(x) - 0.25) ** 2 + (y - 0.49) ** 2) - 0.11
    return np.clip(np.minimum(body, cuts) * px + 0.5, 0.0, 1.0)


def outline(mask: np.ndarray, px: int) -> np.ndarray:
    """A thin line along a mask's edge (a drawn plate's rim), 0..1."""
    edge = np.abs(mask - 0.5) < 0.5
    img = Image.fromarray((edge * 255).astype(np.uint8), "L")
    img = img.filter(ImageFilter.MaxFilter(3 if px > 400 else 1))
    return np.asarray(img, np.float32) / np.float32(255.0)
