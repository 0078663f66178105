"""The topographic style's press: an elevation field (land 0..1 above the shore,
water below 0 down to -1) printed as a map. Layer tints stepped at each index
contour (the song's palette, low to high), a hillshade lit from the north-west,
contours of one even weight across the whole frame with every fifth (the index
contour) heavier, a heavier shoreline, and bathymetric lines, farther apart, in the
water. Where the land is steep the minor lines fade before they merge (as on a
printed map), so a cliff reads as a tone, not a blot.

`ink_only` prints one ink on the paper (a single-colour survey sheet): the lines and
a light hatch of the shade, no tints.

Returns a float RGB canvas (work x work, 0..255).
"""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy import ndimage

from sleeve.engine import raster
from sleeve.engine.styles.cover_parts.topo_inks import Inks

F32 = np.float32
HAIR = 0.0011  # a minor contour's half width, share of the side
INDEX = 0.0024  # an index contour's
SHORE = 0.003  # the shoreline's
EVERY = 5  # every fifth contour is an index contour
MIN_HALF = 0.5  # no line thinner than a pixel at small sizes
WATERLINES = 6  # lines along a shore before open water
WATER_STEP = 0.008  # the first waterline's distance from the shore, share of the side


def _lum(rgb: np.ndarray) -> np.ndarray:
    return rgb @ np.asarray([0.2126, 0.7152, 0.0722], F32) / 255.0


def steps(e_small: np.ndarray, levels: float, work: int) -> tuple[np.ndarray, np.ndarray]:
    """The elevation in contour steps at `work` px and the steps per pixel (slope)."""
    n = e_small.shape[0]
    gy, gx = np.gradient(e_small.astype(F32) * levels * (n / work))
    slope = _bilinear(np.maximum(np.hypot(gx, gy), 1e-4).astype(F32), work)
    return raster.upscale((e_small * levels).astype(F32), work), np.maximum(slope, 1e-4)


def _bilinear(field: np.ndarray, work: int) -> np.ndarray:
    """A smooth field (slope, light) scaled up bilinearly: cheaper than bicubic."""
    img = Image.fromarray(field.astype(F32, copy=False), "F")
    return np.asarray(img.resize((work, work), Image.Resampling.BILINEAR), dtype=F32)


def lines(h: np.ndarray, slope: np.ndarray, work: int) -> tuple[np.ndarray, np.ndarray]:
    """Coverage (0..1) of the minor and the index contours of a field in steps."""
    near = np.rint(h)
    gap = np.abs(h - near) / slope  # px to the nearest contour
    hair = max(work * HAIR, MIN_HALF)
    heavy = max(work * INDEX, MIN_HALF * 1.8)
    index = (near % EVERY) == 0
    room = np.clip((1.0 / slope - 2.0 * hair - 0.8) / 1.6, 0.0, 1.0)  # minor lines fade
    minor = np.clip(hair + 0.5 - gap, 0.0, 1.0) * room * ~index
    major = np.clip(heavy + 0.5 - gap, 0.0, 1.0) * index
    return minor.astype(F32), major.astype(F32)


def hillshade(e_small: np.ndarray, work: int, relief: float = 6.0) -> np.ndarray:
    """The land lit from the north-west (work px): 1 flat, above 1 on the lit
    slopes, below 1 on the shaded ones."""
    n = e_small.shape[0]
    smooth = ndimage.gaussian_filter(np.maximum(e_small, 0.0), 1.5)
    gy, gx = np.gradient(smooth * relief, 1.0 / n)
    nz = 1.0 / np.sqrt(1.0 + gx * gx + gy * gy)
    lit = (gx * 0.5 + gy * 0.5) * nz * 0.7 + nz * 0.7  # light from the upper left
    return _bilinear((lit / 0.7).astype(F32), work)


def waterlines(h: np.ndarray, work: int) -> np.ndarray:
    """Coverage (0..1) of the waterlines: WATERLINES lines following the shore at
    growing distances (the k-th at WATER_STEP * k**1.4), each fainter, none beyond
    (the distance to the shore found at half the side, then scaled up)."""
    wet = h < 0.0
    cover = np.zeros(h.shape, F32)
    if not wet.any():
        return cover
    half_far = Image.fromarray(2.0 * ndimage.distance_transform_edt(wet[::2, ::2]).astype(F32))
    size = (h.shape[1], h.shape[0])
    far = np.asarray(half_far.resize(size, Image.Resampling.BILINEAR), dtype=F32)
    step = max(work * WATER_STEP, 3.0)
    near = wet & (far > 0.5 * step) & (far < step * (WATERLINES + 0.5) ** 1.4)
    d = far[near]
    k = np.rint((d / step) ** (1.0 / 1.4))
    gap = np.abs(d - step * k**1.4)
    half = max(work * HAIR, MIN_HALF)
    fade = np.clip(1.0 - (k - 1.0) / WATERLINES, 0.0, 1.0)
    cover[near] = np.clip(half + 0.5 - gap, 0.0, 1.0) * fade
    return cover


def tints(e: np.ndarray, inks: Inks, levels: float) -> np.ndarray:
    """The layer tints: land stepped at each index contour along the ramp, water from
    shallow to deep (work px, float RGB)."""
    bands = max(levels, 1.0) / EVERY
    land = np.floor(np.clip(e, 0.0, 0.999) * bands) / bands
    lut = np.concatenate(
        [raster.color_lut(inks.ramp, n=256), raster.color_lut(inks.water, n=64)]
    ).astype(F32)
    at = np.where(e < 0.0, 256 + np.clip(-e * 63 * 1.6, 0, 63), land * 255).astype(np.int32)
    return lut[at]


def ground(
    e_small: np.ndarray,
    inks: Inks,
    levels: float,
    work: int,
    shade: float = 0.35,
    ink_only: bool = False,
    calm: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The map before its lines: (colour, elevation in steps, steps per pixel) at
    `work` px; tinted and shaded, or the paper with a light shade in the ink; the
    shade flattened where `calm` (work px, 0..1) is."""
    h, slope = steps(e_small, levels, work)
    lit = hillshade(e_small, work)
    if calm is not None:
        lit = 1.0 + (lit - 1.0) * (1.0 - calm)
    land = (h >= 0.0).astype(F32)[..., None]
    if ink_only:
        img = np.empty((work, work, 3), F32)
        img[:] = np.asarray(inks.paper, F32)
        dark = np.clip(1.0 - lit, 0.0, 1.0)[..., None] * shade * 1.4 * land
        return img + (np.asarray(inks.line, F32) - img) * dark, h, slope
    img = tints(h / levels, inks, levels)
    light = np.clip(1.0 + (lit - 1.0) * shade * 2.0, 0.55, 1.3)[..., None]
    return img * (light * land + 1.0 - land), h, slope


def contour_ink(img: np.ndarray, inks: Inks) -> np.ndarray:
    """The line ink at each pixel: the map's line colour, or where it would vanish
    into the tint beneath (a bone line on a bone summit, a slate line in deep
    water), the tint itself lightened on dark ground and deepened on light."""
    line = np.asarray(inks.line, F32)
    lum = _lum(img)
    near = np.abs(lum - _lum(line)) < 0.3
    flip = np.where((lum < 0.45)[..., None], img + (255.0 - img) * 0.6, img * 0.4)
    return np.where(near[..., None], flip, line)


def draw_lines(
    img: np.ndarray,
    h: np.ndarray,
    slope: np.ndarray,
    inks: Inks,
    work: int,
    calm: np.ndarray | None = None,
) -> np.ndarray:
    """The contours, the shoreline and the waterlines inked on `img` (one pass: the
    strongest of them at each pixel), all parting where `calm` (work px, 0..1) is."""
    dry = (h >= 0.0).astype(F32)
    minor, major = lines(h, slope, work)
    shore = np.clip(max(work * SHORE, MIN_HALF * 2) + 0.5 - np.abs(h) / slope, 0.0, 1.0)
    alpha = np.maximum(minor * 0.55, major * 0.9) * dry
    alpha = np.maximum(np.maximum(alpha, shore), waterlines(h, work) * 0.5)
    if calm is not None:
        alpha *= 1.0 - calm
    on = alpha > 0.004  # only the inked pixels (about a third of the map)
    under = img[on]
    img[on] = under + (contour_ink(under, inks) - under) * alpha[on][:, None]
    return np.clip(img, 0.0, 255.0, out=img)


def press(
    e_small: np.ndarray,
    inks: Inks,
    levels: float,
    work: int,
    shade: float = 0.35,
    ink_only: bool = False,
    calm: np.ndarray | None = None,
) -> np.ndarray:
    """The printed map (see the module's note) of `e_small` (RES x RES) at `work` px;
    `calm` (RES x RES, 0..1) where the title will stand."""
    wide = None if calm is None else np.clip(_bilinear(calm, work), 0.0, 1.0)
    img, h, slope = ground(e_small, inks, levels, work, shade, ink_only, wide)
    return draw_lines(img, h, slope, inks, work, wide)
