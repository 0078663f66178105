"""Flow-field compositions: where the strands start, how the field turns them and
how long each is. flow_field draws them; flow_more holds the rest and the catalogue.

Forms here: a ribbon (one wide, luminous river of strands carrying the frame) and a
vortex; also the tracer every strand form shares. Geometry is in fractions of the
side; angles at RES x RES. (The obstacle,
streamlines parting round a solid disc or an empty hole, and the disc, strands seen
through a round window, were retired: an art director read the hole as empty and the
same picture again and again, and the window as a hairball.)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine import compose, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import calm_zone

RES = 192  # the angle field's resolution
STEP = 0.008  # integration step, in sides (about 8 px at 1024: aggdraw joins them smoothly)
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Form:
    """A composition: the angle field, the strands' start points (n, 2) and lengths
    (in steps) and the focal box; inks, where given, is each strand's ink (0 the
    lead, 1 the second, 2 the accent); regions, where given, is a RES x RES map of
    cells: a strand stops where it leaves its own cell."""

    name: str
    angles: np.ndarray
    seeds: np.ndarray
    lengths: np.ndarray
    focal: Box | None
    inks: np.ndarray | None = None
    regions: np.ndarray | None = None


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


def ribbon(direction: ArtDirection, rng: np.random.Generator) -> Form:
    """One wide, luminous river of strands that carries the frame from edge to
    opposite edge, a third to a half of the cover broad: a solid mass of the lead ink
    with edges of the second, never a few thin lines in an empty field. It runs
    across the cover, pushed away from the title's band (or down it, left of a
    column title): one long arc, an S or a slow meander."""
    x, y = _grid()
    where = calm_zone.title_zone(direction, rng)
    across_cover = where != "right" and (where != "centre" or rng.random() < 0.5)
    base = float((0.0 if across_cover else np.pi / 2) + rng.choice((0.0, np.pi)))
    base += float(rng.uniform(-0.25, 0.25))
    along = (x - 0.5) * np.cos(base) + (y - 0.5) * np.sin(base)
    across = -(x - 0.5) * np.sin(base) + (y - 0.5) * np.cos(base)
    width = (0.13 + 0.07 * direction.density) * float(rng.uniform(1.0, 1.25))  # half-width
    push = {"top": (0.0, 1.0), "bottom": (0.0, -1.0), "right": (-1.0, 0.0)}.get(where, (0, 0))
    normal = np.array([-np.sin(base), np.cos(base)])
    off = float(np.dot(push, normal)) * float(rng.uniform(0.08, 0.13))
    off += float(rng.uniform(-0.03, 0.03))
    shape = int(rng.integers(3))  # an arc, an S, a meander
    bend = float(rng.uniform(0.3, 0.55) if shape else rng.uniform(0.45, 0.75))
    waves = float((rng.uniform(0.3, 0.45), rng.uniform(0.7, 1.0), rng.uniform(1.1, 1.4))[shape])
    angles = base + bend * np.sin(2 * np.pi * waves * along + rng.uniform(0, 6.3))
    angles = angles - 1.6 * (across - off) + 0.12 * _noise(rng, direction)  # keep it together
    spine = _spine(angles, off, base)
    n = int(240 + 140 * direction.density)  # one solid mass, even when calm
    pick_ = spine[rng.integers(0, max(1, len(spine) // 4), n)]  # upstream: strands run far
    spread = rng.uniform(-1.0, 1.0, (n, 1)) * width
    seeds = pick_ + normal * spread
    inks = np.where(np.abs(spread[:, 0]) < 0.62 * width, 0, 1) + (rng.random(n) < 0.05)
    lo, hi = spine.min(axis=0) - width, spine.max(axis=0) + width
    lengths = _lengths(rng, n, 0.0, 1.15)
    return Form("ribbon", angles, seeds, lengths, compose.clip_box((*lo, *hi)), inks=inks)


def _spine(angles: np.ndarray, offset: float, base: float) -> np.ndarray:
    """The ribbon's centre line from the upstream edge, (m, 2)."""
    pos = np.array(
        [
            0.5 - 0.75 * np.cos(base) - offset * np.sin(base),
            0.5 - 0.75 * np.sin(base) + offset * np.cos(base),
        ]
    )
    pts = []
    for _ in range(500):
        pts.append(pos.copy())
        if len(pts) > 40 and not (-0.1 < pos[0] < 1.1 and -0.1 < pos[1] < 1.1):
            break  # out of the frame again
        ix, iy = np.clip((pos * RES).astype(int), 0, RES - 1)
        pos = pos + 2 * STEP * np.array([np.cos(angles[iy, ix]), np.sin(angles[iy, ix])])
    pts_a = np.asarray(pts)
    inside = np.all((pts_a > -0.1) & (pts_a < 1.1), axis=1)
    return pts_a[inside] if inside.any() else pts_a


def vortex(direction: ArtDirection, rng: np.random.Generator) -> Form:
    """Strands spiralling into one eye or a pair turning against each other. The seed
    sets the eye's place on an off-centre grid (or beyond an edge: a cropped
    whirlpool), how far it reaches (a compact knot in empty space .. the whole
    cover), how tightly it winds (near rings .. a loose spiral) and how oval it is."""
    x, y = _grid()
    eyes = 2 if rng.random() < 0.3 else 1
    spots = rng.choice((-0.05, 0.2, 0.33, 0.67, 0.8, 1.05), (eyes, 2))
    spots += rng.uniform(-0.04, 0.04, spots.shape)
    reach = float(rng.uniform(0.2, 0.95) / (1.0 + 0.3 * (eyes - 1)))
    if np.any((spots < 0) | (spots > 1)):  # an eye beyond the edge reaches well in
        reach = max(reach, 0.55)
    inward = float(
        rng.choice((rng.uniform(0.03, 0.15), rng.uniform(0.15, 0.45)))
    )  # a spiral: the straight starburst is flow_more's burst
    tilt, squash = float(rng.uniform(0, np.pi)), float(rng.uniform(0.55, 1.0))
    vel = np.zeros((2, RES, RES))
    spin = float(rng.choice((-1.0, 1.0)))
    for k, (cx, cy) in enumerate(spots):
        dx, dy = x - cx, y - cy
        a_ = dx * np.cos(tilt) + dy * np.sin(tilt)
        b_ = (-dx * np.sin(tilt) + dy * np.cos(tilt)) / squash
        turn = np.arctan2(b_, a_) + spin * (-1) ** k * (np.pi / 2 + inward)
        weight = 1.0 / (np.hypot(a_, b_) + 0.05)
        vel += weight * np.stack([np.cos(turn), np.sin(turn)])
    angles = np.arctan2(vel[1], vel[0]) + tilt + 0.3 * _noise(rng, direction)
    n = _count(direction.energy, reach * 1.3)
    which = rng.integers(0, eyes, n)
    rad = reach * np.sqrt(rng.uniform(0.02, 1.0, n))
    t = rng.uniform(0, 2 * np.pi, n)
    seeds = spots[which] + np.stack([rad * np.cos(t), rad * np.sin(t)], axis=1)
    lengths = _lengths(rng, n, direction.energy, reach * 1.3)
    lo, hi = spots.min(axis=0) - reach / 2, spots.max(axis=0) + reach / 2
    return Form("vortex", angles, seeds, lengths, compose.clip_box((*lo, *hi)))
