"""Terrain for the topographic style: the song as land. Its energy curve runs along a
spine (a meandering crest, bending more for a fast song or one of many sections and
tilted as the song builds or fades: course) so each loud moment is a summit and each quiet one a
saddle; its sections (where the curve changes most) are massifs parted by cols;
spurs and gullies (ridged noise, as rough as the song is turbulent) fill the rest of
the frame so contours run everywhere. Also the title's plain or water (`lowland`)
and a noise warp that makes a built shape read as land.

Heights are RES x RES floats; the landforms (topo_forms) shape them further.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.calm_zone import ZONES

F32 = np.float32
RES = 192  # the height field's side; the print traces it upscaled
POINTS = 48  # the energy curve's samples along the spine


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
    return (m * m * (3 - 2 * m)).astype(F32)


def warp(field: np.ndarray, rng: np.random.Generator, amount: float) -> np.ndarray:
    """Sample a field through a smooth noise displacement (bilinear), so a grid-born
    relief reads as land."""
    n = field.shape[0]
    dx = (raster.fractal_noise(rng, cells=3, octaves=2, res=n) - 0.5) * amount * n
    dy = (raster.fractal_noise(rng, cells=3, octaves=2, res=n) - 0.5) * amount * n
    yy, xx = np.mgrid[0:n, 0:n].astype(F32)
    sx = np.clip(xx + dx, 0, n - 1.001)
    sy = np.clip(yy + dy, 0, n - 1.001)
    ix, iy = sx.astype(np.int32), sy.astype(np.int32)
    fx, fy = sx - ix, sy - iy
    top = field[iy, ix] * (1 - fx) + field[iy, ix + 1] * fx
    low = field[iy + 1, ix] * (1 - fx) + field[iy + 1, ix + 1] * fx
    return (top * (1 - fy) + low * fy).astype(F32)


def lowland(
    h: np.ndarray, zone: str, rng: np.random.Generator, shore: float = 0.25, floor: float = 0.0
) -> np.ndarray:
    """The field sunk to `floor` in the title's zone (a plain, or water below 0),
    sloping down to it over a wobbly shore `shore` wide: the title sits on the map's
    own plain or water, never on a plate."""
    wobble = raster.fractal_noise(rng, cells=4, octaves=2, res=RES)
    calm = zone_mask(zone, feather=shore, wobble=0.5 + 2.5 * (wobble - 0.5))  # a bold shore
    if h.shape[0] != RES:
        calm = raster.upscale(calm, h.shape[0])
    return (h * (1.0 - calm) + floor * calm).astype(F32)


def sections(song: np.ndarray, most: int = 5) -> list[tuple[int, int]]:
    """The song's sections as (start, end) indices: cut where the smoothed curve
    changes most (at most `most` cuts, at least 5 samples apart)."""
    change = np.abs(np.diff(signals.smooth(song, 2)))
    cuts: list[int] = []
    for i in np.argsort(-change, kind="stable"):
        if len(cuts) >= most or change[i] < 0.02:
            break
        if 4 <= i <= len(song) - 5 and all(abs(int(i) - c) >= 5 for c in cuts):
            cuts.append(int(i) + 1)
    edges = [0, *sorted(cuts), len(song)]
    return list(zip(edges[:-1], edges[1:], strict=True))


def song_line(direction: ArtDirection) -> np.ndarray:
    """The crest's height along the spine (POINTS, 0..1): the energy curve with each
    section lifted or lowered towards its own level and a col cut at each boundary."""
    song = signals.smooth(signals.energy(direction, POINTS), 1)
    parts = sections(song)
    level = np.empty_like(song)
    for a, b in parts:
        level[a:b] = song[a:b].mean()
    crest = 0.55 * song + 0.45 * level
    t = np.arange(POINTS)
    for a, _ in parts[1:]:
        crest *= 1.0 - 0.45 * np.exp(-(((t - a + 0.5) / 1.6) ** 2))
    return np.clip(0.12 + 0.88 * crest, 0.0, 1.0)


def course(
    direction: ArtDirection, rng: np.random.Generator, box: tuple[float, float, float, float]
) -> np.ndarray:
    """The song's crest across `box` (spine): it bends more often for a faster song
    and once more for each section, and climbs across the frame as the song builds (a
    song that grows leans one way, one that fades the other)."""
    song = signals.smooth(signals.energy(direction, POINTS), 1)
    third = POINTS // 3
    lean = float(song[-third:].mean() - song[:third].mean())
    turns = 0.5 + 0.9 * signals.pace(direction) + 0.15 * (len(sections(song)) - 1)
    return spine(rng, box, turns, lean)


def spine(
    rng: np.random.Generator,
    box: tuple[float, float, float, float],
    turns: float,
    lean: float = 0.0,
) -> np.ndarray:
    """POINTS (x, y) points of a crest across `box` (x0, y0, x1, y1) along its long
    side, meandering `turns` times and tilted by `lean` (-1..1), run past its ends so
    the frame crops it."""
    x0, y0, x1, y1 = box
    t = np.linspace(-0.12, 1.12, POINTS)
    wide = (x1 - x0) >= (y1 - y0)
    mid = 0.5 + rng.uniform(-0.12, 0.12)
    tilt = float(np.clip(rng.uniform(-0.12, 0.12) + 0.6 * lean, -0.45, 0.45))
    swing = 0.22 * np.sin(2 * np.pi * turns * t + rng.uniform(0, 2 * np.pi))
    across = mid + tilt * (t - 0.5) + swing
    if rng.random() < 0.5:
        t = t[::-1]
    if wide:
        return np.stack([x0 + (x1 - x0) * t, y0 + (y1 - y0) * across], axis=1)
    return np.stack([x0 + (x1 - x0) * across, y0 + (y1 - y0) * t], axis=1)


def crest(points: np.ndarray, heights: np.ndarray, width: float, res: int = RES) -> np.ndarray:
    """A crest through `points` (n x 2, share of the side) `heights` high: each point a
    rounded summit as broad as it is high (the max over the points)."""
    half = res // 2  # a broad shape: drawn at half the side, scaled up
    x, y = raster.pixel_grid(half)
    h = np.zeros((half, half), F32)
    for (px, py), v in zip(points, heights, strict=True):
        w = width * (0.6 + 0.8 * float(v))
        d2 = ((x - px) ** 2 + (y - py) ** 2) / (w * w)
        np.maximum(h, (float(v) * np.exp(-d2)).astype(F32), out=h)
    return raster.upscale(h, res)


def detail(rng: np.random.Generator, rough: float, cells: int = 5) -> np.ndarray:
    """Spurs and gullies (-0.5..0.5): ridged noise, sharp crests between side valleys."""
    n = raster.fractal_noise(rng, cells=cells, octaves=2, res=RES)
    return (0.5 - np.abs(2.0 * n - 1.0)) * (0.6 + 0.8 * rough)


def song_relief(
    direction: ArtDirection, rng: np.random.Generator, points: np.ndarray, width: float = 0.16
) -> np.ndarray:
    """Land across the whole frame (RES x RES, about 0..1): the song's crest along
    `points`, spurs and gullies off it, and a rolling floor so no part is flat."""
    rough = direction.turbulence
    h = crest(points, song_line(direction), width)
    floor = raster.fractal_noise(rng, cells=3, octaves=3, res=RES)
    spurs = detail(rng, rough, 4 + round(2 * rough))
    h = 0.75 * h + 0.22 * floor + (0.06 + 0.08 * rough) * spurs * (0.3 + h)
    h = warp(h.astype(F32), rng, 0.04 + 0.06 * rough)
    lo, hi = float(h.min()), float(h.max())
    return ((h - lo) / max(hi - lo, 1e-6)).astype(F32)
