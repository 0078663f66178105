"""Terrain and contour lines for the topographic style: a mountain whose outline swells
with the song's energy curve, the plain or sea the title keeps (the land sinks there,
so no plate is needed), a noise warp that makes a built shape read as land, and
anti-aliased contour masks."""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.calm_zone import ZONES

RES = 192  # the height field's side; contours are traced from it upscaled
FLAT = 0.004  # contour steps per pixel below which the ground is flat: no line there


def _norm(h: np.ndarray) -> np.ndarray:
    """Stretch a field to span 0..1."""
    return ((h - h.min()) / max(float(np.ptp(h)), 1e-6)).astype(np.float32)


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


def mountain(
    direction: ArtDirection, rng: np.random.Generator, at: tuple[float, float], scale: float = 1.0
) -> np.ndarray:
    """One mountain centred at `at` (may lie off the frame), `scale` times its usual
    size: its outline swells where the song is loud, read round the summit like a
    clock."""
    x, y = raster.pixel_grid(RES)
    ang = np.arctan2(y - at[1], x - at[0])
    song = signals.smooth(signals.energy(direction, 64), 2)
    turn = 0.5 - 0.5 * np.cos(ang + rng.random() * 2 * np.pi)  # there and back, no crease
    lobe = np.interp(turn, np.linspace(0, 1, 64), song).astype(np.float32)
    radius = rng.uniform(0.5, 0.65) * scale * (0.7 + 0.45 * lobe)
    radius = radius * (1.0 + 0.3 * np.cos(2 * (ang - rng.uniform(0, np.pi))))  # a long ridge
    d = np.hypot(x - at[0], y - at[1]) / radius
    rough = raster.fractal_noise(rng, cells=3 + round(3 * direction.turbulence), octaves=3, res=RES)
    h = np.clip(1 - 0.75 * d, 0, 1) ** 1.3 + 0.12 * rough + 0.1 * np.exp(-(d**2) * 12)
    return _norm(warp(h.astype(np.float32), rng, 0.08))


def contours(
    h_small: np.ndarray,
    levels: float,
    work: int,
    weight: float,
    bold: float = 1.0,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Anti-aliased contour lines of a 0..1 field at `levels` steps, traced at `work`
    px, index lines `bold` times as wide: (line coverage 0..1, index-line flags (every
    fifth), the height in steps). Flat ground (a plateau lying on a step) draws no
    line: its whole area sat within a line's width and printed as a blob."""
    n = h_small.shape[0]
    gy, gx = np.gradient(h_small * levels * (n / work))
    slope = Image.fromarray(np.maximum(np.hypot(gx, gy), 1e-4).astype(np.float32), "F")
    slope = np.asarray(slope.resize((work, work), Image.Resampling.BILINEAR), np.float32)
    h = raster.upscale((h_small * levels).astype(np.float32), work)
    nearest = np.rint(h)
    index = (nearest % 5 == 0) & (nearest > 0)  # none on the floor
    dist = np.abs(h - nearest)
    dist /= slope  # pixels to the nearest contour line
    width = np.float32(work * 0.0017 * weight)  # half the line's width
    wide = np.where(index, np.float32(width * bold), width) if bold != 1.0 else width
    line = np.clip(wide + 0.5 - dist, 0, 1)
    line *= np.float32(min(1.0, 2 * width + 0.1)) * (nearest > 0)  # no line on the flat floor
    line *= np.clip(slope / np.float32(FLAT) - 1.0, 0.0, 1.0)  # nor on a flat top
    return line, index, h


def lowland(h: np.ndarray, zone: str, rng: np.random.Generator, shore: float = 0.25) -> np.ndarray:
    """The field sunk to sea level in the title's zone, sloping down to it over a
    wobbly shore `shore` wide: the title sits on the map's own plain or sea, never on
    a plate."""
    wobble = raster.fractal_noise(rng, cells=4, octaves=2, res=RES)
    calm = zone_mask(zone, feather=shore, wobble=wobble)
    if h.shape[0] != RES:
        calm = raster.upscale(calm, h.shape[0])
    return (h * (1.0 - calm)).astype(np.float32)
