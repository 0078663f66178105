"""The topographic style's press: a height field printed as contour lines with a
hierarchy, on an empty field. Minor contours are hairlines in a quiet ink; every
fifth (the index contour) is heavy in the mass ink; one index contour is in the
accent; towards the summit the lines thicken until they close into a solid mass,
the one shape that reads at 64 px. Round an island, hairline water lines.

Two reviewers: "a survey map printout" (one even density of lines over the whole
frame) and "the same blobby rings" (filled bands of one weight): the bands are gone.

Returns a float RGB canvas (work x work).
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine import raster
from sleeve.engine.styles.cover_parts.topo_inks import Inks

F32 = np.float32
HAIR = 0.0009  # a minor contour's half width, share of the side
INDEX = 0.0032  # an index contour's
ACCENT = 0.0045  # the accent contour's
EVERY = 5  # every fifth contour is an index contour
HAIR_INK = 0.8  # how fully a hairline inks (a fine pen, not a rule)


def _steps(h_small: np.ndarray, levels: float, work: int) -> tuple[np.ndarray, np.ndarray]:
    """The height in contour steps at `work` px and the steps per pixel (the slope)."""
    n = h_small.shape[0]
    gy, gx = np.gradient(h_small.astype(F32) * levels * (n / work))
    slope = raster.upscale(np.maximum(np.hypot(gx, gy), 1e-4).astype(F32), work)
    return raster.upscale((h_small * levels).astype(F32), work), np.maximum(slope, 1e-4)


def accent_step(levels: float, top: float, rng: np.random.Generator) -> int:
    """The index contour printed in the accent: one of those below the solid mass."""
    last = int(top * levels * 0.75) // EVERY
    return EVERY * int(rng.integers(1, max(2, last + 1)))


def lines(
    h_small: np.ndarray, levels: float, work: int, mass: float, accent: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Coverage (0..1, work px) of the hairlines, the index contours, the accent
    contour and the solid mass. `mass` is the share of the height, from the top, over
    which the lines thicken and close (0: none)."""
    h, slope = _steps(h_small, levels, work)
    near = np.rint(h)
    gap = np.abs(h - near) / slope  # px to the nearest contour
    on = (near > 0).astype(F32)
    top = max(float(h.max()), 1e-6)
    close = np.clip((h / top - (1.0 - mass)) / max(mass, 1e-6), 0.0, 1.0) if mass else 0.0
    grow = close * (0.5 / slope + 1.0)  # to half the gap: the lines meet
    index = (near % EVERY == 0) & (near > 0)
    hair = np.clip(work * HAIR + 0.5 - gap, 0.0, 1.0) * HAIR_INK * on * ~index
    heavy = np.clip(work * INDEX + 0.5 - gap, 0.0, 1.0) * index * (near != accent)
    spot = np.clip(work * ACCENT + 0.5 - gap, 0.0, 1.0) * (near == accent)
    solid = np.clip(grow + 0.5 - gap, 0.0, 1.0) * on * (grow > 0.0)
    return hair.astype(F32), heavy.astype(F32), spot.astype(F32), solid.astype(F32)


def ripples(h_small: np.ndarray, work: int, count: int) -> np.ndarray:
    """Hairline water lines round the shore, farther apart out at sea (0..1)."""
    far = ndimage.distance_transform_edt(h_small <= 0.0).astype(F32) / h_small.shape[0]
    far = raster.upscale(far, work)
    out = np.zeros((work, work), F32)
    for k in range(1, count + 1):
        at = 0.02 * k * (1.0 + 0.35 * k)
        out = np.maximum(out, np.clip(work * HAIR + 0.5 - np.abs(far - at) * work, 0, 1))
    return out * (far > 0.004)


def press(
    h_small: np.ndarray,
    inks: Inks,
    levels: float,
    work: int,
    mass: float,
    accent: int,
    water: int = 0,
    pool: bool = False,
    keep: np.ndarray | None = None,
) -> np.ndarray:
    """The print: the field, hairlines (and `water` lines round islands), index
    contours, the accent contour and the solid mass (in the accent for a `pool`: a
    basin's deep water); lines fade where `keep` (RES x RES, 0..1) does."""
    img = np.empty((work, work, 3), F32)
    img[:] = np.asarray(inks.field, F32)
    hair, heavy, spot, solid = lines(h_small, levels, work, mass, accent)
    if water:
        hair = np.maximum(hair, ripples(h_small, work, water) * HAIR_INK)
    if keep is not None:
        fade = raster.upscale(keep, work)
        hair, heavy, spot, solid = (c * fade for c in (hair, heavy, spot, solid))
    body = np.asarray(inks.accent if pool else inks.mass, F32)
    edge = np.asarray(inks.mass if pool else inks.accent, F32)
    for cover, ink in (
        (hair, inks.hair),
        (heavy, inks.mass),
        (solid, body),
        (spot, edge),
    ):
        img += (np.asarray(ink, F32) - img) * cover[..., None]
    return img


def flood(img: np.ndarray, water: np.ndarray, ink, work: int) -> np.ndarray:
    """`water` (bool, RES x RES) flooded solid in `ink` on the print (float RGB)."""
    cover = np.clip(raster.upscale(water.astype(F32), work) * 2.0 - 0.5, 0.0, 1.0)
    return img + (np.asarray(ink, F32) - img) * cover[..., None]
