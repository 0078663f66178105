"""Terrain and contour lines for the topographic style: height fields shaped by the
music (the spectrum as a relief, the energy curve as a ridge or a range's crest line,
a mountain's or an island's outline; the tempo roughens the land, the seed and key
place it), the plain or sea the title keeps (the land sinks there, so no plate is
needed), a hillshade lit from the northwest and anti-aliased contour masks."""

from __future__ import annotations

import numpy as np
from PIL import Image

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
    spec = np.apply_along_axis(signals.smooth, 1, spec, 2)  # no frame-to-frame streaks
    spec = raster.upscale(spec.astype(np.float32), RES)
    spec = _warp(spec, rng, 0.35 + 0.3 * direction.turbulence)
    x, y = _grid()
    song = signals.energy(direction, RES)[None, :].astype(np.float32)
    tilt = rng.uniform(-0.5, 0.5)
    ridge_y = rng.uniform(0.35, 0.65) + tilt * (x - 0.5) + 0.2 * (song - 0.5)
    ridge = np.exp(-(((y - ridge_y) / 0.14) ** 2)) * (0.3 + 0.7 * song)
    rough = raster.fractal_noise(rng, cells=roughness(direction), octaves=3, res=RES)
    return _norm(0.5 * spec + 0.35 * ridge + 0.3 * rough)


def roughness(direction: ArtDirection) -> int:
    """Noise cells per side: fast, turbulent songs give broken ground, slow ones long
    smooth slopes."""
    pace = float(np.clip((direction.tempo_bpm - 60.0) / 120.0, 0.0, 1.0))
    return 2 + round(2.0 * pace + 2.0 * direction.turbulence)


def massif(
    direction: ArtDirection, rng: np.random.Generator, box: tuple[float, float, float, float]
) -> np.ndarray:
    """A full-bleed land with one massif in `box` over the song's relief, so the lines
    gather round a form instead of lying in stripes."""
    x0, y0, x1, y1 = box
    along = rng.uniform(0.4, 0.6)
    if y1 - y0 > 0.9 and x1 - x0 > 0.9:  # the whole frame (a title in the middle): off it
        along = 0.22 if rng.random() < 0.5 else 0.78
    at = (x0 + (x1 - x0) * rng.uniform(0.25, 0.75), y0 + (y1 - y0) * along)
    land = 0.6 * mountain(direction, rng, at) + 0.4 * relief(direction, rng)
    return _norm(land)


def _turned(rng: np.random.Generator, cells: int, res: int) -> np.ndarray:
    """Value noise (res x res, about `cells` bumps a side) sampled on a grid turned by a
    random angle, so its folds do not line up with the frame's axes."""
    big = int(res * 1.42)
    noise = raster.value_noise(rng, int(cells * 1.42) + 1, big)
    a = rng.uniform(0.3, 1.2)
    yy, xx = np.mgrid[0:res, 0:res].astype(np.float32) - res / 2
    sx = np.clip(np.cos(a) * xx - np.sin(a) * yy + big / 2, 0, big - 1.001)
    sy = np.clip(np.sin(a) * xx + np.cos(a) * yy + big / 2, 0, big - 1.001)
    ix, iy = sx.astype(np.int32), sy.astype(np.int32)
    fx, fy = sx - ix, sy - iy
    top = noise[iy, ix] * (1 - fx) + noise[iy, ix + 1] * fx
    low = noise[iy + 1, ix] * (1 - fx) + noise[iy + 1, ix + 1] * fx
    return (top * (1 - fy) + low * fy).astype(np.float32)


def _ridged(rng: np.random.Generator, cells: int, octaves: int, res: int) -> np.ndarray:
    """Ridged noise (0..1): every octave folded at its middle so it peaks in sharp
    crests, the finer octaves riding on the coarser ones' crests like spurs."""
    total = np.zeros((res, res), np.float32)
    amp, weight, norm = 1.0, np.ones((res, res), np.float32), 0.0
    for o in range(octaves):
        n = _turned(rng, cells * 2**o, res)
        crest = (1.0 - np.abs(2.0 * n - 1.0)) ** 2
        total += amp * crest * weight
        weight = np.clip(crest * 1.6, 0.0, 1.0)
        norm += amp
        amp *= 0.42
    return total / norm


def range_(
    direction: ArtDirection, rng: np.random.Generator, crest_y: float, res: int = 288
) -> np.ndarray:
    """A mountain range across the frame (res x res): ridged noise along a crest line
    near `crest_y` whose height is the energy curve read left to right (the song's
    loud stretch is its highest summit), with spurs running down both sides."""
    c = (np.arange(res, dtype=np.float32) + 0.5) / res
    x, y = c[None, :], c[:, None]
    song = signals.smooth(signals.energy(direction, 48), 4)
    song = np.interp(c, np.linspace(0, 1, 48), song)[None, :].astype(np.float32)
    ridges = _ridged(rng, max(2, roughness(direction) - 1), 4, res)
    line = crest_y + 0.07 * np.sin(x * rng.uniform(4, 7) + rng.uniform(0, 6.3))
    body = np.exp(-(((y - line) / 0.24) ** 2)) * (0.35 + 0.65 * song)
    hills = _turned(rng, max(2, roughness(direction) - 1), res)  # fills the ridges' rings
    h = body * (0.2 + 0.5 * ridges + 0.3 * hills)
    return _norm(_warp(h.astype(np.float32), rng, 0.06))


def shade(h: np.ndarray, relief_z: float, altitude: float = 40.0) -> np.ndarray:
    """A hillshade (0 dark .. 1 lit) of a 0..1 field lit from the northwest, the way
    Swiss maps light their mountains; `relief_z` exaggerates the slopes. Flat ground
    comes out at sin(altitude)."""
    gy, gx = np.gradient(h * relief_z * h.shape[0] / 8.0)
    alt = np.radians(altitude)
    lit = (gx + gy) * np.cos(alt) / np.sqrt(2.0) + np.sin(alt)
    return np.clip(lit / np.sqrt(1.0 + gx * gx + gy * gy), 0.0, 1.0).astype(np.float32)


def basin(rng: np.random.Generator, at: tuple[float, float], reach: float) -> np.ndarray:
    """The sea floor round an island at `at`: 1 at the coast falling to 0 `reach` away,
    its rings a little irregular, so depth lines ripple out to the frame's edges."""
    x, y = _grid()
    d = np.hypot(x - at[0], y - at[1]) / reach
    return _warp(np.clip(1.0 - d, 0.0, 1.0).astype(np.float32), rng, 0.12)


def mountain(
    direction: ArtDirection, rng: np.random.Generator, at: tuple[float, float]
) -> np.ndarray:
    """One mountain centred at `at` (may lie off the frame): its outline swells where
    the song is loud, read round the summit like a clock."""
    x, y = _grid()
    ang = np.arctan2(y - at[1], x - at[0])
    turn = ((ang / (2 * np.pi)) + 0.5 + rng.random()) % 1.0
    song = signals.smooth(signals.energy(direction, 64), 2)
    turn = 1.0 - np.abs(2.0 * turn - 1.0)  # there and back round the clock: no seam
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
    slope = Image.fromarray(np.maximum(np.hypot(gx, gy), 1e-4).astype(np.float32), "F")
    slope = np.asarray(slope.resize((work, work), Image.Resampling.BILINEAR), np.float32)
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
    turn = 1.0 - np.abs(2.0 * turn - 1.0)  # there and back round the clock: no seam
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
    if h.shape[0] != RES:
        calm = raster.upscale(calm, h.shape[0])
    return (h * (1.0 - calm)).astype(np.float32)


def sink(h: np.ndarray, zone: str, rng: np.random.Generator, shore: float = 0.3) -> np.ndarray:
    """The field lowered under the sea in the title's zone: the calm mask is subtracted,
    not multiplied, so the new coast follows the land's own contours instead of the
    zone's straight edge."""
    wobble = raster.fractal_noise(rng, cells=4, octaves=2, res=RES)
    calm = zone_mask(zone, feather=shore, wobble=wobble)
    return np.clip(h - 1.1 * calm, 0.0, 1.0).astype(np.float32)
