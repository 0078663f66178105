"""The topographic style's Land (a height field, RES x RES, 0..1) and the horizon: a
low band of high ground along the far edge whose skyline is the song's energy curve,
its bands running parallel to the skyline like wind lines."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from scipy import ndimage

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import topo_terrain as terrain

RES = terrain.RES


class Land(NamedTuple):
    """A landform: its height (RES x RES, 0 on the plain or the open water, 1 at the
    summit) and, for a valley, its river (the signed distance from the banks, share of
    the side, negative in the water)."""

    height: np.ndarray
    river: np.ndarray | None = None


def horizon(direction: ArtDirection, rng: np.random.Generator, zone: str) -> Land:
    """High ground along the frame's far edge, its skyline the song's energy curve: a
    low band of bands under wide calm ground."""
    x, y = raster.pixel_grid(RES)
    along, depth = (y, x) if zone == "right" else (x, y if zone == "bottom" else 1.0 - y)
    song = signals.smooth(signals.energy(direction, 48), 2)
    curve = np.interp(along, np.linspace(0, 1, 48), song if rng.random() < 0.5 else song[::-1])
    reach = rng.uniform(0.5, 0.6) if zone != "centre" else 0.36
    sky = reach * (0.7 + 0.5 * curve)  # how far from the edge the land reaches
    bump = raster.fractal_noise(rng, cells=3 + round(3 * direction.turbulence), octaves=3, res=RES)
    h = np.clip(1.0 - depth / sky, 0.0, 1.0) ** 0.9 + 0.1 * (bump - 0.5)
    h = terrain.warp(h.astype(np.float32), rng, 0.06)
    h = np.clip(ndimage.gaussian_filter(h, 1.5), 0.0, None)  # no clipped plateau on top
    return Land(h.astype(np.float32))
