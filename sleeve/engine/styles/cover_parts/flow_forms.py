"""Flow-field compositions: where the strands start, how the field turns them and
how long each is. flow_field draws them; flow_more holds the rest and the catalogue.

Forms here: the vortex (strands spiralling into one eye); also the tracer every
strand form shares. Geometry is in fractions of the side; angles at RES x RES. (The
ribbon, one wide river of strands across the cover, the obstacle, streamlines parting
round a solid disc or an empty hole, and the disc, strands seen through a round
window, were retired: an art director read the hole as empty and the
same picture again and again, and the window as a hairball.)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine import compose, raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import calm_zone

RES = 192  # the angle field's resolution
STEP = 0.008  # integration step, in sides (about 8 px at 1024: aggdraw joins them smoothly)
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Form:
    """A composition: the angle field, the strands' start points (n, 2) and lengths
    (in steps) and the focal box; regions, where given, is a RES x RES map of cells: a
    strand stops where it leaves its own cell; eye, where given, is the point a vortex
    turns round (x, y)."""

    name: str
    angles: np.ndarray
    seeds: np.ndarray
    lengths: np.ndarray
    focal: Box | None
    regions: np.ndarray | None = None
    eye: tuple[float, float] | None = None


def trace(angles: np.ndarray, seeds: np.ndarray, steps: int) -> np.ndarray:
    """Integrate all streamlines at once: (steps, n, 2) positions in 0..1 (the field
    looked up by flat index, x and y kept apart: no per-step stacking or clipping
    wrappers, which cost more than the arithmetic)."""
    path = np.empty((steps, len(seeds), 2))
    cos, sin = (np.cos(angles) * STEP).ravel(), (np.sin(angles) * STEP).ravel()
    x, y = seeds[:, 0].copy(), seeds[:, 1].copy()
    top = RES - 1
    for k in range(steps):
        path[k, :, 0], path[k, :, 1] = x, y
        ix = np.minimum(np.maximum((x * RES).astype(np.intp), 0), top)
        iy = np.minimum(np.maximum((y * RES).astype(np.intp), 0), top)
        cell = iy * RES + ix
        x, y = x + cos[cell], y + sin[cell]
    return path


def _grid() -> tuple[np.ndarray, np.ndarray]:
    c = (np.arange(RES, dtype=np.float32) + 0.5) / RES
    return c[None, :], c[:, None]


def _lengths(rng: np.random.Generator, n: int, energy: float, scale: float = 1.0) -> np.ndarray:
    """Strand lengths in steps: long calm strands, short loud ones."""
    side = (0.95 - 0.6 * energy) * scale
    return np.maximum(8, side / STEP * rng.uniform(0.55, 1.0, n)).astype(int)


def _count(energy: float, scale: float = 1.0) -> int:
    """How many strands: more when loud, fewer when each is long (about the same ink)."""
    side = (0.95 - 0.6 * energy) * scale * 0.78  # the mean of _lengths
    return int((170 + 400 * energy) * min(1.6, 0.5 / max(side, 0.2)))


def _noise(rng: np.random.Generator, direction: ArtDirection, cells: int = 3) -> np.ndarray:
    """Fractal noise centred on 0, scaled by the turbulence (radians)."""
    turb = direction.turbulence
    return (raster.fractal_noise(rng, cells=cells, octaves=3, res=RES) - 0.5) * (0.6 + 2.4 * turb)


def vortex(direction: ArtDirection, rng: np.random.Generator) -> Form:
    """Strands spiralling into one eye, in the part of the cover the title leaves (they
    end against its band). The seed sets the eye's place on an off-centre grid of
    that room (or beyond its side: a cropped whirlpool), how far it reaches (a compact
    knot in empty space .. the whole room) and how oval it is; the tempo how it winds:
    a slow song's arms near rings, a fast one's an open, rushing spiral (never closed
    rings: those are another style's motif)."""
    x, y = _grid()
    where = calm_zone.title_zone(direction, rng)
    x0, y0, x1, y1 = calm_zone.away_from(where)
    fx, fy = rng.choice((-0.05, 0.2, 0.33, 0.67, 0.8, 1.05), 2) + rng.uniform(-0.04, 0.04, 2)
    if where in ("top", "bottom"):  # the eye a third of the side from the band, or more
        fy = float(np.clip(fy, 0.5, 1.05) if where == "top" else np.clip(fy, -0.05, 0.5))
    elif where == "right":
        fx = float(np.clip(fx, -0.05, 0.5))
    spots = np.array([[x0 + (x1 - x0) * fx, y0 + (y1 - y0) * fy]])
    reach = float(rng.uniform(0.25, 0.6 + 0.35 * direction.energy))
    if np.any((spots < 0) | (spots > 1)):  # an eye beyond the edge reaches well in
        reach = max(reach, 0.55)
    cx, cy = spots[0]
    band = {"top": cy - y0, "bottom": y1 - cy, "right": x1 - cx}.get(where, 9.0)
    reach = min(reach, 1.05 * band)  # the whirl turns short of the title's band
    pace = signals.pace(direction)
    inward = float((0.12 + 0.33 * pace) * rng.uniform(0.85, 1.15))
    tilt, squash = float(rng.uniform(0, np.pi)), float(rng.uniform(0.6, 1.0))
    spin = float(rng.choice((-1.0, 1.0)))
    dx, dy = x - cx, y - cy
    a_ = dx * np.cos(tilt) + dy * np.sin(tilt)
    b_ = (-dx * np.sin(tilt) + dy * np.cos(tilt)) / squash
    turn = np.arctan2(b_, a_) + spin * (np.pi / 2 + inward)
    angles = turn + tilt + 0.3 * _noise(rng, direction)
    n = _count(direction.energy, reach * 1.3)
    rad = reach * np.sqrt(rng.uniform(0.02, 1.0, n))
    t = rng.uniform(0, 2 * np.pi, n)
    seeds = spots[0] + np.stack([rad * np.cos(t), rad * np.sin(t)], axis=1)
    room = (x > x0) & (x < x1) & (y > y0) & (y < y1)
    cell = np.clip((seeds * RES).astype(np.intp), 0, RES - 1)
    keep = room[cell[:, 1], cell[:, 0]]
    lengths = _lengths(rng, n, direction.energy, reach * 1.3)
    half = 0.8 * reach  # the strands start within reach: most of the whirl's ink
    lo, hi = np.maximum(spots[0] - half, (x0, y0)), np.minimum(spots[0] + half, (x1, y1))
    box = compose.clip_box((*lo, *hi))
    room_map = room.astype(np.int8)
    eye = (float(cx), float(cy))
    return Form("vortex", angles, seeds[keep], lengths[keep], box, regions=room_map, eye=eye)
