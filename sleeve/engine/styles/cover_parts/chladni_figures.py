"""Chladni plate geometry: a round plate's standing-wave field (Bessel modes ringing
together) or a square or oblong one's (Chladni's cosine pairs) over any box of the
cover, the distance to its nodal lines, and the fine sand that lies on them.

Fields are computed on a grid of about FIELD_RES cells across the plate and scaled up;
distances are fractions of the cover, so a plate looks the same at any size.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.direction import RGB

FIELD_RES = 384  # the grid a plate's field is computed on (per plate)
BESSEL_X = 60.0  # the Bessel tables cover 0..BESSEL_X
Plate = tuple[float, float, float]  # centre x, centre y, radius: fractions of the cover
Rect = tuple[float, float, float, float]  # x0, y0, x1, y1: fractions of the cover
Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in working pixels


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


def round_field_xy(
    modes: list[tuple[int, int, float]], turn: float, x: np.ndarray, y: np.ndarray
) -> np.ndarray:
    """A round plate (radius 1) ringing in a few (n, s, weight) modes: weight *
    J_n(k r) cos(n theta), k near the s-th zero of J_n, each mode scaled to its peak on
    the plate so a weaker mode still bends the figure; on the grid of plate
    coordinates x (columns) by y (rows)."""
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


def _resize(field: np.ndarray, w: int, h: int) -> np.ndarray:
    if field.shape == (h, w):
        return field
    img = Image.fromarray(field.astype(np.float32, copy=False), "F")
    return np.asarray(img.resize((w, h), Image.Resampling.BICUBIC), np.float32)


def _grid(
    ringing: list, turn: float, plate: Plate, area: Box, work: int
) -> tuple[np.ndarray, np.ndarray]:
    """(field, slope per cover side) of a plate ringing in `ringing` over `area`, on a
    grid of about FIELD_RES cells across the plate."""
    cx, cy, r = plate
    x0, y0, x1, y1 = area
    w, h = x1 - x0, y1 - y0
    per = FIELD_RES / (2.0 * r * work)  # grid cells per working pixel
    gw, gh = (int(min(n, max(8, math.ceil(n * per)))) for n in (w, h))
    xs = ((x0 + (np.arange(gw) + 0.5) * (w / gw)) / work - cx) / r
    ys = ((y0 + (np.arange(gh) + 0.5) * (h / gh)) / work - cy) / r
    field = round_field_xy(ringing, turn, xs, ys)
    gy, gx = np.gradient(field)
    slope = np.hypot(gx * np.float32(gw * work / w), gy * np.float32(gh * work / h))
    return field, slope + np.float32(1e-4)


def wave(ringing: list, turn: float, plate: Plate, area: Box, work: int) -> np.ndarray:
    """The signed distance (fraction of the cover) to the plate's nodal lines over
    `area`: computed on the plate's grid and scaled up signed, so thin lines stay whole."""
    field, slope = _grid(ringing, turn, plate, area, work)
    return _resize(field / slope, area[2] - area[0], area[3] - area[1])


def square_wave(pairs: list, plate: Rect, area: Box, work: int) -> np.ndarray:
    """The signed distance (fraction of the cover) to the nodal lines of a square or
    oblong plate (x0, y0, x1, y1 fractions of the cover) ringing in `pairs` (n, m,
    sign, weight), over `area`: each pair is separable, so the field is a few outer
    products on a grid of about FIELD_RES cells across the plate, scaled up signed."""
    px0, py0, px1, py1 = plate
    x0, y0, x1, y1 = area
    w, h = x1 - x0, y1 - y0
    per = FIELD_RES / (max(px1 - px0, py1 - py0) * work)
    gw, gh = (int(min(n, max(8, math.ceil(n * per)))) for n in (w, h))
    xs = ((x0 + (np.arange(gw) + 0.5) * (w / gw)) / work - px0) / (px1 - px0)
    ys = ((y0 + (np.arange(gh) + 0.5) * (h / gh)) / work - py0) / (py1 - py0)
    xs, ys = np.pi * xs.astype(np.float32), np.pi * ys.astype(np.float32)
    field = np.zeros((gh, gw), np.float32)
    for n, m, sign, weight in pairs:
        cn_x, cm_x = np.cos(n * xs), np.cos(m * xs)
        cn_y, cm_y = np.cos(n * ys), np.cos(m * ys)
        field += np.float32(weight) * (np.outer(cm_y, cn_x) + sign * np.outer(cn_y, cm_x))
    gy, gx = np.gradient(field)
    slope = np.hypot(gx * np.float32(gw * work / w), gy * np.float32(gh * work / h))
    return _resize(field / (slope + np.float32(1e-4)), w, h)


SAND_STEPS = 32  # the sand's table: steps per line width, six widths
SAND_SHADES = 16  # the table's grain draws per step


@lru_cache(maxsize=1)
def _sand_table() -> np.ndarray:
    """Grain brightness (0..1) by distance step (rows) and random draw (columns): a
    draw under the step's chance is a grain, shaded by the draw."""
    t = np.arange(SAND_STEPS * 6 + 1, dtype=np.float32)[:, None] / SAND_STEPS
    u = (np.arange(SAND_SHADES, dtype=np.float32)[None, :] + 0.5) / SAND_SHADES
    chance = 0.9 * np.exp(-((t / 0.8) ** 2)) + 0.05 * np.exp(-((t / 2.2) ** 2)) + 0.004
    grains = np.where(u < chance, 1.0 - 0.5 * u, 0.0)
    grains[-1] = 0.0  # far from every line (and where the sand is thinned away): bare plate
    return grains.astype(np.float32)


def sand(
    distance: np.ndarray,
    width: float,
    work: int,
    rng: np.random.Generator,
    keep: np.ndarray | None = None,
) -> np.ndarray:
    """Fine sand on the nodal lines as an 8-bit mask: each working pixel holds a grain
    with a chance that is high on a line and falls off across it, a few strays between,
    and the sand packs solid at a line's heart; `keep` (0..1) thins it out where low."""
    width = max(width, 1.5 / work)
    last = SAND_STEPS * 6
    step = np.abs(distance) * np.float32(SAND_STEPS / width)
    if keep is not None:  # thinned sand is sand seen from further off the line
        step /= np.maximum(keep, np.float32(1.0 / last))
    at = np.minimum(step, np.float32(last)).astype(np.int32)
    t = np.arange(last + 1, dtype=np.float32)
    core = np.clip((0.4 * SAND_STEPS - t) * (width * work / SAND_STEPS) + 0.5, 0.0, 1.0)
    table = np.maximum(_sand_table(), core[:, None])  # the heart packed solid
    draw = rng.integers(0, SAND_SHADES, at.shape, dtype=np.uint8)
    at *= SAND_SHADES
    at += draw
    return (table.ravel() * 255.0 + 0.5).astype(np.uint8)[at]


def paste(img: Image.Image, colour: RGB, area: Box, alpha: np.ndarray) -> None:
    """Lay `colour` on `img` over `area` through the 0..1 mask `alpha`."""
    img.paste(colour, area, raster.to_image(alpha))
