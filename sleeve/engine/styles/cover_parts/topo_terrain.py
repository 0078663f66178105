"""Terrain for the topographic style: the plain or sea the title keeps (the land sinks
there, so no plate is needed) and a noise warp that makes a built shape read as land."""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster
from sleeve.engine.styles.cover_parts.calm_zone import ZONES

RES = 192  # the height field's side; the print traces it upscaled


def zone_mask(zone: str, feather: float = 0.025, wobble: np.ndarray | None = None) -> np.ndarray:
    """1 inside the title zone, falling to 0 over `feather` (RES x RES); a wobble field
    (0..1) bends its edge so the calm ground reads as a plain or a lake, not a box."""
    x0, y0, x1, y1 = (v if 0.0 < v < 1.0 else 2.0 * v - 0.5 for v in ZONES[zone])
    x, y = raster.pixel_grid(RES)  # a side on the frame's edge is pushed out: the zone runs off it
    bend = 0.0 if wobble is None else (wobble - 0.5) * 0.16
    dx = np.maximum(x0 - x, x - x1)  # signed: negative inside
    dy = np.maximum(y0 - y, y - y1)
    outside = np.hypot(np.maximum(dx, 0.0), np.maximum(dy, 0.0))
    signed = outside + np.minimum(np.maximum(dx, dy), 0.0)
    m = np.clip(1.0 - (signed + bend) / feather, 0.0, 1.0)
    return (m * m * (3 - 2 * m)).astype(np.float32)


def warp(field: np.ndarray, rng: np.random.Generator, amount: float) -> np.ndarray:
    """Sample a field through a smooth noise displacement (bilinear), so a grid-born
    relief reads as land."""
    n = field.shape[0]
    dx = (raster.fractal_noise(rng, cells=3, octaves=2, res=n) - 0.5) * amount * n
    dy = (raster.fractal_noise(rng, cells=3, octaves=2, res=n) - 0.5) * amount * n
    yy, xx = np.mgrid[0:n, 0:n].astype(np.float32)
    sx = np.clip(xx + dx, 0, n - 1.001)
    sy = np.clip(yy + dy, 0, n - 1.001)
    ix, iy = sx.astype(np.int32), sy.astype(np.int32)
    fx, fy = sx - ix, sy - iy
    top = field[iy, ix] * (1 - fx) + field[iy, ix + 1] * fx
    low = field[iy + 1, ix] * (1 - fx) + field[iy + 1, ix + 1] * fx
    return (top * (1 - fy) + low * fy).astype(np.float32)


def lowland(h: np.ndarray, zone: str, rng: np.random.Generator, shore: float = 0.25) -> np.ndarray:
    """The field sunk to sea level in the title's zone, sloping down to it over a
    wobbly shore `shore` wide: the title sits on the map's own plain or sea, never on
    a plate."""
    wobble = raster.fractal_noise(rng, cells=4, octaves=2, res=RES)
    calm = zone_mask(zone, feather=shore, wobble=wobble)
    if h.shape[0] != RES:
        calm = raster.upscale(calm, h.shape[0])
    return (h * (1.0 - calm)).astype(np.float32)
