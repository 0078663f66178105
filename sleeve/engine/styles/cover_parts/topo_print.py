"""The topographic style's press: an elevation field (land 0..1 above the shore,
water below 0 down to -1) printed as a contour poster in a few flat inks. The land in
flat elevation bands (the paper, then the ramp's steps, each edge on an index
contour), no hillshade (a shaded map read as a screenshot, its shade as a muddy grey
band on pale covers); crisp contours with every fifth (the index contour) heavier;
the water one flat printed tint, its shoreline heavier and a few waterlines along it
in the water's own deeper ink. Where the land is steep the minor lines fade before
they merge (as on a printed map) and the index lines lighten, so a cliff reads as a
run of index lines, not a blot.

Returns a float RGB canvas (work x work, 0..255).
"""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy import ndimage

from sleeve.engine import raster
from sleeve.engine.styles.cover_parts.topo_inks import Inks

F32 = np.float32
HAIR = 0.0012  # a minor contour's half width, share of the side
INDEX = 0.003  # an index contour's
SHORE = 0.0034  # the shoreline's
EVERY = 5  # every fifth contour is an index contour
MIN_HALF = 0.5  # no line thinner than a pixel at small sizes
WATERLINES = 8  # lines along a shore before open water
WATER_STEP = 0.009  # the first waterline's distance from the shore, share of the side


def _lum(rgb: np.ndarray) -> np.ndarray:
    return rgb @ np.asarray([0.2126, 0.7152, 0.0722], F32) / 255.0


def steps(e_small: np.ndarray, levels: float, work: int) -> tuple[np.ndarray, np.ndarray]:
    """The elevation in contour steps at `work` px and the steps per pixel (slope)."""
    n = e_small.shape[0]
    gy, gx = np.gradient(e_small.astype(F32) * levels * (n / work))
    slope = _bilinear(np.maximum(np.hypot(gx, gy), 1e-4).astype(F32), work)
    return raster.upscale((e_small * levels).astype(F32), work), np.maximum(slope, 1e-4)


def _bilinear(field: np.ndarray, work: int) -> np.ndarray:
    """A smooth field (slope, the title's calm) scaled up bilinearly: cheaper than
    bicubic."""
    img = Image.fromarray(field.astype(F32, copy=False), "F")
    return np.asarray(img.resize((work, work), Image.Resampling.BILINEAR), dtype=F32)


def lines(h: np.ndarray, slope: np.ndarray, work: int) -> tuple[np.ndarray, np.ndarray]:
    """Coverage (0..1) of the minor and the index contours of a field in steps."""
    near = np.rint(h)
    gap = np.abs(h - near) / slope  # px to the nearest contour
    hair = max(work * HAIR, MIN_HALF)
    heavy = max(work * INDEX, MIN_HALF * 1.8)
    index = (near % EVERY) == 0
    # minor lines fade where they would close up, and sooner at thumbnail sizes, where
    # they read as a grey hatch: the index contours carry the land alone
    tight = 1.6 + max(0.0, (200.0 - work) / 60.0)
    room = np.clip((1.0 / slope - 2.0 * hair - tight) / 1.8, 0.0, 1.0)
    minor = np.clip(hair + 0.5 - gap, 0.0, 1.0) * room * ~index
    to_index = np.abs(h - EVERY * np.rint(h / EVERY)) / slope  # unbroken where steep
    merge = np.clip((EVERY / slope - 2.0 * heavy - 0.5) / 1.5, 0.0, 1.0)  # on a cliff
    major = np.clip(heavy + 0.5 - to_index, 0.0, 1.0) * (0.45 + 0.55 * merge)
    return minor.astype(F32), major.astype(F32)


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
    fade = np.clip(1.0 - (k - 1.0) / (WATERLINES + 1.0), 0.0, 1.0)
    cover[near] = np.clip(half + 0.5 - gap, 0.0, 1.0) * fade
    return cover


def bands(h: np.ndarray, inks: Inks, levels: float) -> np.ndarray:
    """The flat colours under the lines (float RGB): the land in len(ramp) bands, each
    edge on an index contour (the lowest band the paper), the water one flat tint."""
    tiers = len(inks.ramp)
    spans = max(int(np.ceil(levels / EVERY)), 1)  # index intervals up the land
    step = np.floor(np.clip(h, 0.0, levels - 1e-3) / EVERY)
    band = np.minimum((step * tiers / spans).astype(np.int32), tiers - 1)
    lut = np.asarray([*inks.ramp, inks.water[0]], F32)
    return lut[np.where(h < 0.0, tiers, band)]


def ground(
    e_small: np.ndarray, inks: Inks, levels: float, work: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The map before its lines: (flat colour, elevation in steps, steps per pixel)
    at `work` px."""
    h, slope = steps(e_small, levels, work)
    return bands(h, inks, levels), h, slope


def contour_ink(img: np.ndarray, inks: Inks) -> np.ndarray:
    """The line ink at each pixel: the map's line colour, or where it would vanish
    into the band beneath, the band itself lightened on dark ground and deepened
    on light."""
    line = np.asarray(inks.line, F32)
    lum = _lum(img)
    near = np.abs(lum - _lum(line)) < 0.3
    flip = np.where((lum < 0.45)[..., None], img + (255.0 - img) * 0.6, img * 0.4)
    return np.where(near[..., None], flip, line)


def _ink(img: np.ndarray, alpha: np.ndarray, ink: np.ndarray | None, inks: Inks) -> None:
    """Print `alpha` (0..1) of an ink over `img` in place: `ink` (RGB), or the
    contour ink where None; only the inked pixels are touched."""
    on = alpha > 0.004
    under = img[on]
    colour = contour_ink(under, inks) if ink is None else ink
    img[on] = under + (colour - under) * alpha[on][:, None]


def draw_lines(
    img: np.ndarray,
    h: np.ndarray,
    slope: np.ndarray,
    inks: Inks,
    work: int,
    calm: np.ndarray | None = None,
) -> np.ndarray:
    """The contours (in the line ink), then the shoreline and the waterlines (in the
    water's ink, as a survey prints its water in blue) on `img`, all parting where
    `calm` (work px, 0..1) is."""
    # the lines stop at the label's edge (faded out over it, they read as a smudge)
    keep = 1.0 if calm is None else np.clip(3.5 - 7.0 * calm, 0.0, 1.0)
    minor, major = lines(h, slope, work)
    _ink(img, np.maximum(minor * 0.8, major) * (h >= 0.0) * keep, None, inks)
    shore = np.clip(max(work * SHORE, MIN_HALF * 2) + 0.5 - np.abs(h) / slope, 0.0, 1.0)
    wet = np.maximum(waterlines(h, work) * 0.8, shore)
    _ink(img, wet * keep, np.asarray(inks.water[1], F32), inks)
    return np.clip(img, 0.0, 255.0, out=img)


def press(
    e_small: np.ndarray,
    inks: Inks,
    levels: float,
    work: int,
    calm: np.ndarray | None = None,
) -> np.ndarray:
    """The printed map (see the module's note) of `e_small` (RES x RES) at `work` px;
    `calm` (RES x RES, 0..1) where the title will stand."""
    wide = None if calm is None else np.clip(_bilinear(calm, work), 0.0, 1.0)
    img, h, slope = ground(e_small, inks, levels, work)
    return draw_lines(img, h, slope, inks, work, wide)
