"""Terrain and contour lines for the topographic style: height fields shaped by the
music (the spectrum as a relief, the energy curve as a ridge, a mountain's or an
island's outline, a fingerprint whorl), the plain the title keeps (the land sinks to
sea level there, so no plate is needed) and anti-aliased contour masks."""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.calm_zone import ZONES

RES = 192  # the height field's side; contours are traced from it upscaled


def _grid() -> tuple[np.ndarray, np.ndarray]:
    """Pixel-centre coordinates in 0..1, shapes (1, RES) and (RES, 1)."""
    c = (np.arange(RES, dtype=np.float32) + 0.5) / RES
    return c[None, :], c[:, None]


def _norm(h: np.ndarray) -> np.ndarray:
    """Stretch a field to span 0..1."""
    return ((h - h.min()) / max(float(np.ptp(h)), 1e-6)).astype(np.float32)


def zone_mask(zone: str, feather: float = 0.025, wobble: np.ndarray | None = None) -> np.ndarray:
    """1 inside the title zone, falling to 0 over `feather` (RES x RES); a wobble field
    (0..1) bends its edge so the calm ground reads as a plain or a lake, not a box."""
    x0, y0, x1, y1 = (v if 0.0 < v < 1.0 else 2.0 * v - 0.5 for v in ZONES[zone])
    x, y = _grid()  # a side on the frame's edge is pushed out: the zone runs off it
    bend = 0.0 if wobble is None else (wobble - 0.5) * 0.16
    dx = np.maximum(x0 - x, x - x1)  # signed: negative inside
    dy = np.maximum(y0 - y, y - y1)
    outside = np.hypot(np.maximum(dx, 0.0), np.maximum(dy, 0.0))
    signed = outside + np.minimum(np.maximum(dx, dy), 0.0)
    m = np.clip(1.0 - (signed + bend) / feather, 0.0, 1.0)
    return (m * m * (3 - 2 * m)).astype(np.float32)


def _warp(field: np.ndarray, rng: np.random.Generator, amount: float) -> np.ndarray:
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


def relief(direction: ArtDirection, rng: np.random.Generator) -> np.ndarray:
    """A full-bleed terrain from the music: the spectrogram (time across, low bands at
    the bottom) as massifs, the energy curve as a ridge, warped and roughened by the
    turbulence."""
    spec = signals.spectrum(direction, 24, 12).T[::-1]  # (bands, frames), bass low
    spec = raster.upscale(spec.astype(np.float32), RES)
    spec = _warp(spec, rng, 0.35 + 0.3 * direction.turbulence)
    x, y = _grid()
    song = signals.energy(direction, RES)[None, :].astype(np.float32)
    tilt = rng.uniform(-0.5, 0.5)
    ridge_y = rng.uniform(0.35, 0.65) + tilt * (x - 0.5) + 0.2 * (song - 0.5)
    ridge = np.exp(-(((y - ridge_y) / 0.14) ** 2)) * (0.3 + 0.7 * song)
    rough = raster.fractal_noise(rng, cells=2 + round(3 * direction.turbulence), octaves=3, res=RES)
    return _norm(0.5 * spec + 0.35 * ridge + 0.3 * rough)


def mountain(
    direction: ArtDirection, rng: np.random.Generator, at: tuple[float, float]
) -> np.ndarray:
    """One mountain centred at `at` (may lie off the frame): its outline swells where
    the song is loud, read round the summit like a clock."""
    x, y = _grid()
    ang = np.arctan2(y - at[1], x - at[0])
    turn = ((ang / (2 * np.pi)) + 0.5 + rng.random()) % 1.0
    song = signals.smooth(signals.energy(direction, 64), 2)
    lobe = np.interp(turn, np.linspace(0, 1, 64), song).astype(np.float32)
    radius = rng.uniform(0.5, 0.65) * (0.7 + 0.45 * lobe)
    radius = radius * (1.0 + 0.3 * np.cos(2 * (ang - rng.uniform(0, np.pi))))  # a long ridge
    d = np.hypot(x - at[0], y - at[1]) / radius
    rough = raster.fractal_noise(rng, cells=3 + round(3 * direction.turbulence), octaves=3, res=RES)
    h = np.clip(1 - 0.75 * d, 0, 1) ** 1.3 + 0.12 * rough + 0.1 * np.exp(-(d**2) * 12)
    return _norm(_warp(h.astype(np.float32), rng, 0.08))


def contours(
    h_small: np.ndarray,
    levels: float,
    work: int,
    weight: float,
    bold: float = 1.0,
    coast: bool = False,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Anti-aliased contour lines of a 0..1 field at `levels` steps, traced at `work`
    px, index lines `bold` times as wide: (line coverage 0..1, index-line flags (every
    fifth, and the lowest line too with `coast`), the height in steps)."""
    n = h_small.shape[0]
    gy, gx = np.gradient(h_small * levels * (n / work))
    slope = raster.upscale(np.maximum(np.hypot(gx, gy), 1e-4).astype(np.float32), work)
    h = raster.upscale((h_small * levels).astype(np.float32), work)
    nearest = np.rint(h)
    index = ((nearest % 5 == 0) | (coast & (nearest == 1))) & (nearest > 0)  # none on the floor
    dist = np.abs(h - nearest)
    dist /= slope  # pixels to the nearest contour line
    width = np.float32(work * 0.0017 * weight)  # half the line's width
    wide = np.where(index, np.float32(width * bold), width) if bold != 1.0 else width
    line = np.clip(wide + 0.5 - dist, 0, 1)
    line *= np.float32(min(1.0, 2 * width + 0.1)) * (nearest > 0)  # no line on the flat floor
    return line, index, h


def peak(
    direction: ArtDirection, rng: np.random.Generator, at: tuple[float, float], size: float
) -> np.ndarray:
    """One island in a flat sea (height 0 off the coast, so no lines there), evenly
    sloped so its rings stay apart: the coast swells where the song is loud, read round
    the summit like a clock, and a second top rises towards the loudest stretch."""
    x, y = _grid()
    ang = np.arctan2(y - at[1], x - at[0])
    turn = ((ang / (2 * np.pi)) + 0.5 + rng.random()) % 1.0
    song = signals.smooth(signals.energy(direction, 48), 3)
    lobe = np.interp(turn, np.linspace(0, 1, 48), song).astype(np.float32)
    tilt = rng.uniform(0, np.pi)
    stretch = 1.0 + 0.35 * np.cos(2 * (ang - tilt))  # an oval, not a disc
    d = np.hypot(x - at[0], y - at[1]) / (size * (0.7 + 0.45 * lobe) * stretch)
    loud = float(np.argmax(song)) / len(song) * 2 * np.pi + rng.uniform(-0.5, 0.5)
    sx, sy = at[0] + 0.45 * size * np.cos(loud), at[1] + 0.45 * size * np.sin(loud)
    second = np.clip(1 - np.hypot(x - sx, y - sy) / (0.35 * size), 0, 1) * 0.3
    rough = raster.fractal_noise(rng, cells=5 + round(4 * direction.turbulence), octaves=3, res=RES)
    h = np.clip(1 - d, 0, 1) ** 1.1 + second + 0.12 * (rough - 0.5)
    h = _warp(h.astype(np.float32), rng, 0.06)
    return np.clip((h - 0.04) / 1.0, 0, 1).astype(np.float32)


def lowland(h: np.ndarray, zone: str, rng: np.random.Generator, shore: float = 0.25) -> np.ndarray:
    """The field sunk to sea level in the title's zone, sloping down to it over a
    wobbly shore `shore` wide: the title sits on the map's own plain or sea, never on
    a plate."""
    wobble = raster.fractal_noise(rng, cells=4, octaves=2, res=RES)
    calm = zone_mask(zone, feather=shore, wobble=wobble)
    return (h * (1.0 - calm)).astype(np.float32)


def whorl(
    direction: ArtDirection, rng: np.random.Generator, at: tuple[float, float], size: float
) -> np.ndarray:
    """A fingerprint: a loop-and-whorl field whose isolines curl round a core at `at`,
    taller than wide, the ridges bent by the energy curve read round the core; 0 at
    the core rising outward (trace it with many levels)."""
    x, y = _grid()
    dx, dy = (x - at[0]) / size, (y - at[1]) / (size * 1.35)
    ang = np.arctan2(dy, dx)
    turn = (ang / (2 * np.pi) + 0.5) % 1.0
    song = signals.smooth(signals.energy(direction, 48), 3)
    song = np.append(song, song[0])  # closed round the core: no seam
    lobe = np.interp(turn, np.linspace(0, 1, 49), song).astype(np.float32)
    r = np.hypot(dx, dy) * (1.0 + 0.18 * lobe) + 0.08 * np.sin(ang + rng.uniform(0, 6.3))
    loop = 0.35 * np.exp(-((dx + 0.25) ** 2 + (dy - 0.3) ** 2) * 6)  # the loop's delta
    return _warp((r + loop).astype(np.float32), rng, 0.04)
