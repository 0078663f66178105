"""The topographic style's landforms, each one bold subject: an island (a heart for a
love song), a chain of islands, a peak cropped by the frame and furrowed by gullies, a
lake (the valley: topo_river).

A shape becomes a hill by its distance from its own shore (scipy's distance
transform), so every band repeats the outline: a heart stays a heart to the summit.
Heights are RES x RES, 0 on the plain or the open water, 1 at the summit.
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import topo_land
from sleeve.engine.styles.cover_parts import topo_terrain as terrain

F32 = np.float32
RES = terrain.RES


def _centre(zone: str, rng: np.random.Generator, inset: tuple[float, float]) -> tuple:
    """A subject's centre: on a third, `inset` (a range) in from the side away from
    the title."""
    along = rng.choice([0.34, 0.66]) + rng.uniform(-0.06, 0.06)
    deep = rng.uniform(*inset)
    if zone == "right":
        return deep, along
    if zone == "bottom":
        return along, deep
    if zone == "centre":
        return along, 1.0 - 0.5 * deep
    return along, 1.0 - deep


def _hill(
    mask: np.ndarray, rng: np.random.Generator, rough: float, peak: float = 0.8
) -> np.ndarray:
    """A hill on `mask` (bool): its height the distance from the shore, each separate
    island to its own summit, roughened so the bands wander like land."""
    inside = ndimage.distance_transform_edt(mask).astype(F32)
    labels, count = ndimage.label(mask)
    tops = ndimage.maximum(inside, labels, index=np.arange(1, count + 1)) if count else []
    top = np.ones_like(inside)
    for k, t in enumerate(tops, start=1):
        top[labels == k] = max(float(t), 1.0)
    h = (inside / top) ** peak
    noise = raster.fractal_noise(rng, cells=5, octaves=3, res=RES) - 0.5
    h = np.clip(h * (1.0 + rough * noise) + 0.5 * rough * noise * (h > 0), 0.0, None) * mask
    h = ndimage.gaussian_filter(h.astype(F32), 1.0) * mask
    return (h / max(float(h.max()), 1e-6)).astype(F32)


def heart(at: tuple[float, float], size: float, turn: float) -> np.ndarray:
    """A heart (bool mask) centred at `at`, `size` its half width, turned `turn` rad."""
    x, y = raster.pixel_grid(RES)
    dx, dy = (x - at[0]) / size, (at[1] - y) / size
    c, s = np.cos(turn), np.sin(turn)
    u, v = c * dx - s * dy, s * dx + c * dy
    v = v * 1.1 + 0.25
    return (u * u + v * v - 1.0) ** 3 - u * u * v**3 <= 0.0


def blob(
    direction: ArtDirection,
    rng: np.random.Generator,
    at: tuple[float, float],
    radius: float,
    swell: float = 0.4,
) -> np.ndarray:
    """An island's outline (bool mask): a round shore swelling by up to `swell` where
    the song is loud (read round it like a clock) and bitten by bays."""
    x, y = raster.pixel_grid(RES)
    ang = np.arctan2(y - at[1], x - at[0])
    song = signals.smooth(signals.energy(direction, 64), 2)
    turn = 0.5 - 0.5 * np.cos(ang + rng.random() * 2 * np.pi)
    lobe = np.interp(turn, np.linspace(0, 1, 64), song).astype(F32)
    r = (
        radius
        * (1.0 - swell * (0.6 - lobe))
        * (1.0 + 0.25 * np.cos(2 * (ang - rng.uniform(0, np.pi))))
    )
    bays = raster.fractal_noise(rng, cells=6, octaves=3, res=RES) - 0.5
    return np.hypot(x - at[0], y - at[1]) < r * (1.0 + 0.5 * bays)


def island(
    direction: ArtDirection, rng: np.random.Generator, zone: str, shape: str
) -> topo_land.Land:
    """One island off-centre: whole and mid-sized, or large and cropped by the frame
    (a loud song more often); a heart for a love song."""
    big = rng.random() < 0.35 + 0.4 * direction.energy
    at = _centre(zone, rng, (0.3, 0.36) if big else (0.3, 0.34))
    size = rng.uniform(0.36, 0.44) if big else rng.uniform(0.24, 0.3)
    if shape == "heart":
        mask = heart(at, size * 1.15, rng.uniform(-0.35, 0.35))
    else:
        mask = blob(direction, rng, at, size)
    return _land(_hill(mask, rng, 0.35 + 0.3 * direction.turbulence, 0.9 if shape else 0.75))


def islands(direction: ArtDirection) -> int:
    """How many islands the chain strings: 3 for a slow song to 4 for a fast one."""
    return 3 + round(signals.pace(direction))


def chain(direction: ArtDirection, rng: np.random.Generator, zone: str) -> topo_land.Land:
    """Islands strung along an arc across the free ground, as many as the tempo packs
    (3 to 4), the biggest where the song is loudest, the
    smallest where it is quietest (ranked: a song loud in one place still draws
    islands, not specks)."""
    count = islands(direction)
    song = signals.resample(signals.smooth(signals.energy(direction, 64), 3), count)
    rank = np.argsort(np.argsort(song, kind="stable"), kind="stable") / (count - 1)
    t = np.linspace(0.0, 1.0, count)
    lift, bow = rng.uniform(0.25, 0.4), rng.choice([-1.0, 1.0]) * rng.uniform(0.08, 0.16)
    along = 0.02 + 0.96 * t  # the end islands are cropped by the frame
    gap = 0.96 / (count - 1)  # between neighbours: each island stays its own
    across = lift + (0.6 - lift) * t + bow * np.sin(np.pi * t)  # a diagonal arc
    if rng.random() < 0.5:
        across = across[::-1]
    mask = np.zeros((RES, RES), bool)
    for a, c, r in zip(along, across, rank, strict=True):
        at = _place(zone, float(a), float(c))
        size = gap * rng.uniform(0.9, 1.1) * (0.27 + 0.2 * float(r))
        mask |= blob(direction, rng, at, size, 0.1)
    return _land(_hill(mask, rng, 0.3, 0.8))


def _place(zone: str, along: float, across: float) -> tuple[float, float]:
    """A point on the free ground: `along` the title's band, `across` away from it."""
    if zone == "right":
        return 0.08 + 0.5 * across, along
    if zone == "bottom":
        return along, 0.06 + 0.58 * across
    if zone == "centre":
        return along, across + (0.25 if across > 0.45 else -0.1)
    return along, 0.94 - 0.58 * across


def peak(direction: ArtDirection, rng: np.random.Generator, zone: str) -> topo_land.Land:
    """One summit dominating the frame, cropped hard by the edge or corner away from
    the title (the key turns it along that edge), empty paper on the far side; a loud
    song's flanks rise steep to a sharp top, a quiet one's swell as a low dome; a
    turbulent one's are rough and folded into gullies."""
    at = _edge(zone, rng)
    if direction.key is not None and zone in ("top", "bottom", "centre"):
        at = (0.2 + 0.6 * ((direction.key * 7) % 12) / 11.0, at[1])
    radius = rng.uniform(0.6, 0.75) * (0.85 + 0.3 * direction.energy)
    x, y = raster.pixel_grid(RES)
    ang = np.arctan2(y - at[1], x - at[0])
    song = signals.smooth(signals.energy(direction, 64), 2)
    turn = 0.5 - 0.5 * np.cos(ang + rng.random() * 2 * np.pi)  # there and back, no crease
    lobe = np.interp(turn, np.linspace(0, 1, 64), song).astype(F32)
    stretch = 1.0 + 0.25 * np.cos(2 * (ang - rng.uniform(0, np.pi)))  # a long ridge
    rough = 0.04 + 0.16 * direction.turbulence
    bumps = raster.fractal_noise(rng, cells=4, octaves=3, res=RES) - 0.5
    d = np.hypot(x - at[0], y - at[1]) / (radius * stretch * (0.8 + 0.35 * lobe))
    d = terrain.warp((d + rough * bumps).astype(F32), rng, 0.03 + 0.08 * direction.turbulence)
    h = np.clip(1.0 - d, 0.0, 1.0) ** (0.75 + 0.9 * direction.energy)  # loud: steep, sharp
    h = spurs(h, at, rng, 4 + round(3 * direction.turbulence), direction.turbulence)
    return _land(ndimage.gaussian_filter(h.astype(F32), 1.0))


def _edge(zone: str, rng: np.random.Generator) -> tuple[float, float]:
    """A summit's centre near the frame's edge (or corner) away from the title."""
    along, off = rng.uniform(0.25, 0.75), rng.uniform(0.02, 0.14)
    far = 1.0 - off
    if zone == "right":
        return off, along
    if zone == "bottom":
        return along, off
    if zone == "centre":
        return along, far if rng.random() < 0.5 else off
    return along, far


GULLY = 0.5  # how deep a gully cuts the flank, share of the summit's height


def spurs(
    h: np.ndarray, at: tuple[float, float], rng: np.random.Generator, count: int, turb: float
) -> np.ndarray:
    """Gullies cut down the flanks between `count` spurs that radiate, bending, from
    below the summit, each its own depth: the contours fold into Vs like a real
    mountain's, not rings round a low on a weather chart."""
    x, y = raster.pixel_grid(RES)
    ang = np.arctan2(y - at[1], x - at[0])
    d = np.hypot(x - at[0], y - at[1])
    bend = raster.fractal_noise(rng, cells=3, octaves=2, res=RES) - 0.5
    crest = 0.5 + 0.5 * np.cos(count * ang + 6.0 * bend + rng.uniform(0, 2 * np.pi))
    depth = raster.fractal_noise(rng, cells=4, octaves=1, res=RES)  # some gullies faint
    downhill = np.clip((d - 0.1) / 0.3, 0.0, 1.0)
    cut = GULLY * (0.4 + 0.6 * turb) * (1.0 - crest) ** 3 * downhill * (0.3 + depth)
    return np.clip(h - cut * (h > 0), 0.0, None).astype(F32)


def lake(
    direction: ArtDirection, rng: np.random.Generator, zone: str, shape: str
) -> topo_land.Land:
    """A lake: its depth from the shore (the height field is the depth), a heart for a
    love song."""
    at = _centre(zone, rng, (0.3, 0.35))
    size = rng.uniform(0.34, 0.42)  # a basin big enough to be the one shape at 64 px
    mask = (
        heart(at, size, rng.uniform(-0.3, 0.3))
        if shape == "heart"
        else blob(direction, rng, at, size)
    )
    return _land(_hill(mask, rng, 0.25, 0.7))


def _land(h: np.ndarray) -> topo_land.Land:
    return topo_land.Land(h.astype(F32))
