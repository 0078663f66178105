"""The topographic style's press: a height field printed as filled bands (hypsometric
tints) stepping up the tint's ramp, each band casting a short shadow on the one below,
thin contours a hair off register and a bold shore; round an island, tinted
shallows and water lines.

Returns a float RGB canvas (work x work).
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine import raster
from sleeve.engine.styles.cover_parts import topo_terrain as terrain
from sleeve.engine.styles.cover_parts.topo_tints import Tint

F32 = np.float32
SHADOW = 0.8  # a band's shadow on the band below: the ink at this share of its value
SHADOW_REACH = 0.007  # its reach, share of the side (down and to the right)
REGISTER = 0.0025  # the contour plate's slip off register, share of the side
SHALLOWS = 0.05  # the shallow water's reach off an island's shore, share of the side


def _shift(a: np.ndarray, d: int) -> np.ndarray:
    """`a` moved `d` px down and right, the edge repeated."""
    if d <= 0:
        return a
    out = np.empty_like(a)
    out[d:, d:] = a[:-d, :-d]
    out[:d, :] = out[d : d + 1, :] if d < a.shape[0] else a[:1, :]
    out[:, :d] = out[:, d : d + 1]
    return out


def bands(h_small: np.ndarray, levels: int, work: int) -> np.ndarray:
    """The band each pixel lies in (0: the plain or the open water, 1..levels: the
    land from the shore to the summit), at `work` px."""
    big = raster.upscale(h_small, work)
    return np.where(big > 0.004, 1 + np.floor(np.clip(big, 0.0, 0.999) * levels), 0).astype(
        np.int16
    )


def colours(tint: Tint, ramp: tuple, levels: int) -> np.ndarray:
    """The colour of each band (levels + 1, 3): the field, then the ramp stretched over
    the levels, a few bands to each ink."""
    steps = [ramp[min(len(ramp) - 1, (k * len(ramp)) // levels)] for k in range(levels)]
    return np.asarray([tint.field, *steps], F32)


def offshore(h_small: np.ndarray, work: int) -> np.ndarray:
    """Each pixel's distance from the nearest shore (share of the side), at `work` px."""
    far = ndimage.distance_transform_edt(h_small <= 0.0).astype(F32) / h_small.shape[0]
    return raster.upscale(far, work)


def ripples(far: np.ndarray, work: int, weight: float, count: int) -> np.ndarray:
    """Water lines round the shore, farther apart out at sea (0..1 coverage)."""
    lines = np.zeros((work, work), F32)
    half = work * 0.0024 * weight
    for k in range(1, count + 1):
        at = 0.016 * k * (1.0 + 0.3 * k)
        fade = 1.0 - k / (count + 2)
        lines = np.maximum(lines, np.clip(half + 0.5 - np.abs(far - at) * work, 0, 1) * fade)
    return lines


def press(
    h_small: np.ndarray,
    tint: Tint,
    levels: int,
    weight: float,
    work: int,
    water: int = 0,
    ramp: tuple | None = None,
    lit: np.ndarray | None = None,
) -> np.ndarray:
    """The print: filled bands with shadows, the land multiplied by `lit` (a relief
    factor at `work` px, if any), contours, a bold shore and `water` lines."""
    band = bands(h_small, levels, work)
    table = colours(tint, ramp or tint.ramp, levels)
    img = table[band]
    under = _shift(band, max(1, round(work * SHADOW_REACH))) > band
    img[under] *= SHADOW
    if lit is not None:
        img *= np.where(band > 0, lit, 1.0)[..., None]
    line, _, _ = terrain.contours(h_small, levels, work, 0.55 * weight)
    slip = _shift(line * (band > 0), max(1, round(work * REGISTER)))
    ink = np.asarray(tint.line, F32)
    img += (ink - img) * (0.75 * slip)[..., None]
    shore, _, _ = terrain.contours(np.clip(h_small * 250.0, 0.0, 1.01), 1, work, 1.8 * weight)
    if water:  # the shallows a tint of the water ink, then lines out at sea
        far = offshore(h_small, work)
        sea = band == 0
        shallow = np.clip((SHALLOWS - far) * work * 0.5, 0.0, 1.0) * sea
        img += (np.asarray(tint.water[0], F32) - img) * (0.85 * shallow)[..., None]
        shore = np.maximum(shore, ripples(far, work, weight, water) * sea)
    img += (ink - img) * shore[..., None]
    return img
