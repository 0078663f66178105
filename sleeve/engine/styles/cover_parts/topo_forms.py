"""The topographic style's landforms, each an elevation field (RES x RES: land 0..1,
water below 0) built on the song's terrain (topo_terrain):

- valley: the whole frame is land, the song's crest across it and a valley carved
  beside it, down to the title's plain;
- lake: the same land, the title set on a lake whose shore the hills come down to;
- coast: one island seen from above filling the frame, the song's crest its spine,
  the title out at sea; a heart for a title naming love or one;
- chain: an island for each of the song's sections, as big as it is loud;
- peak: one massif filling the frame, the crest running over its summit;
- crater: the massif with a long crater lake beside its top, a stream breaking out.
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import calm_zone
from sleeve.engine.styles.cover_parts import topo_terrain as terrain

F32 = np.float32
RES = terrain.RES


def _free(zone: str) -> tuple[float, float, float, float]:
    """The part of the frame away from the title (a middle title: the whole frame)."""
    return calm_zone.away_from(zone)


def _centre(zone: str, rng: np.random.Generator) -> tuple[float, float]:
    x0, y0, x1, y1 = _free(zone)
    cx = x0 + (x1 - x0) * rng.uniform(0.4, 0.6)
    cy = y0 + (y1 - y0) * rng.uniform(0.45, 0.6)
    if zone == "centre":
        cy = rng.choice([0.18, 0.82])
    return cx, cy


def _polyline_distance(points: np.ndarray) -> np.ndarray:
    """Each pixel's distance (share of the side) to the polyline through `points`
    (the line drawn densely on the grid, then a distance transform)."""
    fine = np.linspace(0, len(points) - 1, 8 * RES)
    px = np.interp(fine, np.arange(len(points)), points[:, 0]) * RES - 0.5
    py = np.interp(fine, np.arange(len(points)), points[:, 1]) * RES - 0.5
    keep = (px > -1) & (px < RES) & (py > -1) & (py < RES)
    on = np.zeros((RES, RES), bool)
    rows = np.clip(np.rint(py[keep]), 0, RES - 1).astype(int)
    on[rows, np.clip(np.rint(px[keep]), 0, RES - 1).astype(int)] = True
    if not on.any():
        return np.full((RES, RES), 9.0, F32)
    return (ndimage.distance_transform_edt(~on) / RES).astype(F32)


def _shift(points: np.ndarray, by: float, rng: np.random.Generator) -> np.ndarray:
    """The crest moved `by` (share of the side) to one side, wandering on its own."""
    step = np.gradient(points, axis=0)
    normal = np.stack([-step[:, 1], step[:, 0]], axis=1)
    normal /= np.maximum(np.linalg.norm(normal, axis=1, keepdims=True), 1e-6)
    t = np.linspace(0, 1, len(points))
    wander = 0.06 * np.sin(2 * np.pi * rng.uniform(1.2, 2.4) * t + rng.uniform(0, 6.3))
    return points + normal * (by + wander)[:, None]


def valley(direction: ArtDirection, rng: np.random.Generator, zone: str) -> np.ndarray:
    """Full-bleed hills, a valley carved down beside the song's crest, the land
    coming down to the title's plain (its river, a water ribbon wandering over the
    hills and the plain, read as a worm: the valley's contours draw its course)."""
    points = terrain.course(direction, rng, _free(zone))
    h = terrain.song_relief(direction, rng, points)
    course = _shift(points, rng.choice([-1.0, 1.0]) * rng.uniform(0.16, 0.24), rng)
    d = ndimage.gaussian_filter(_polyline_distance(course), 2.0)  # no stepped crease
    h = h * (0.3 + 0.7 * np.clip(d / 0.2, 0.0, 1.0) ** 0.8)
    return (0.04 + 0.96 * terrain.lowland(h, zone, rng, 0.2, 0.0)).astype(F32)


def lake(direction: ArtDirection, rng: np.random.Generator, zone: str) -> np.ndarray:
    """Full-bleed hills coming down to a lake that holds the title (a shallow floor:
    a deep one drew the shore as a cliff, its bands and lines squeezed to a smudge)."""
    points = terrain.course(direction, rng, _free(zone))
    h = terrain.song_relief(direction, rng, points)
    return terrain.lowland(0.04 + 0.96 * h, zone, rng, 0.22, -0.15)


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
    squash: tuple[float, float] = (1.0, 1.0),
) -> np.ndarray:
    """An island's outline (bool mask): a shore swelling where the song is loud (read
    round it like a clock) and bitten by bays, `squash` (x, y) narrowing it."""
    x, y = raster.pixel_grid(RES)
    x = at[0] + (x - at[0]) / squash[0]
    y = at[1] + (y - at[1]) / squash[1]
    ang = np.arctan2(y - at[1], x - at[0])
    song = signals.smooth(signals.energy(direction, 64), 2)
    turn = 0.5 - 0.5 * np.cos(ang + rng.random() * 2 * np.pi)
    lobe = np.interp(turn, np.linspace(0, 1, 64), song).astype(F32)
    stretch = 1.0 + 0.22 * np.cos(2 * (ang - rng.uniform(0, np.pi)))
    bays = raster.fractal_noise(rng, cells=6, octaves=3, res=RES) - 0.5
    r = radius * (0.75 + 0.35 * lobe) * stretch * (1.0 + 0.45 * bays)
    return np.hypot(x - at[0], y - at[1]) < r


def _room(zone: str, at: tuple[float, float], size: float) -> tuple[float, float]:
    """How much an island at `at` must narrow (x, y) so its shore turns short of the
    title's zone (a shore cut straight along the zone read as a crop)."""
    x0, y0, x1, y1 = calm_zone.ZONES[zone]
    gap = {
        "top": at[1] - y1,
        "bottom": y0 - at[1],
        "right": x0 - at[0],
        "centre": min(abs(at[1] - y0), abs(at[1] - y1)),
    }[zone] - 0.04
    k = float(np.clip(gap / (1.3 * size), 0.4, 1.0))
    return (k, 1.0) if zone == "right" else (1.0, k)


def _island(h: np.ndarray, mask: np.ndarray, zone: str, rng: np.random.Generator) -> np.ndarray:
    """Land `h` on `mask` rising from its shore, the sea deepening away from it; the
    title's zone is open water, its edge wavering (a straight cut read as a crop)."""
    wobble = raster.fractal_noise(rng, cells=6, octaves=2, res=RES)
    calm = terrain.zone_mask(zone, 0.06, wobble) > 0.5
    mask = mask & ~calm
    inside = ndimage.distance_transform_edt(mask).astype(F32) / RES
    outside = ndimage.distance_transform_edt(~mask).astype(F32) / RES
    rise = 1.0 - np.exp(-inside / 0.05)
    land = 0.03 + 0.97 * h * rise
    sea = -(np.clip(outside / 0.3, 0.0, 1.0) ** 0.7)
    return ndimage.gaussian_filter(np.where(mask, land, sea), 0.8).astype(F32)


def coast(
    direction: ArtDirection, rng: np.random.Generator, zone: str, shape: str = ""
) -> np.ndarray:
    """One island filling the frame off the title, the song's crest along it."""
    at = _centre(zone, rng)
    size = rng.uniform(0.36, 0.46) * (0.85 + 0.3 * direction.energy)
    if shape == "heart":
        mask = heart(at, size * 1.1, rng.uniform(-0.35, 0.35))
    else:
        mask = blob(direction, rng, at, size, _room(zone, at, size))
    box = (at[0] - size, at[1] - size, at[0] + size, at[1] + size)
    h = terrain.song_relief(direction, rng, terrain.course(direction, rng, box))
    return _island(h, mask, zone, rng)


def chain(direction: ArtDirection, rng: np.random.Generator, zone: str) -> np.ndarray:
    """An island for each of the song's sections along an arc, each as big as the
    section is loud and long."""
    points = terrain.course(direction, rng, _free(zone))
    song = signals.smooth(signals.energy(direction, terrain.POINTS), 1)
    parts = terrain.sections(song)
    if len(parts) < 3:  # a song of one mood: its thirds
        n = len(song)
        parts = [(0, n // 3), (n // 3, 2 * n // 3), (2 * n // 3, n)]
    mask = np.zeros((RES, RES), bool)
    for a, b in parts:
        at = points[(a + b) // 2]
        loud = float(song[a:b].mean())
        size = (0.1 + 0.12 * loud) * (0.7 + 0.6 * (b - a) / len(song)) * (1.3 + 0.6 / len(parts))
        mask |= blob(direction, rng, (float(at[0]), float(at[1])), size)
    h = terrain.song_relief(direction, rng, points)
    return _island(h, mask, zone, rng)


def peak(direction: ArtDirection, rng: np.random.Generator, zone: str) -> np.ndarray:
    """One massif filling the free ground: its spurs reach out where the song is loud
    (read round it like a clock), a loud song's flanks steep, a quiet one's a low
    dome, the crest running over the top."""
    at = _centre(zone, rng)
    radius = rng.uniform(0.5, 0.62) * (0.85 + 0.3 * direction.energy)
    box = (at[0] - 0.3, at[1] - 0.3, at[0] + 0.3, at[1] + 0.3)
    h = terrain.song_relief(direction, rng, terrain.course(direction, rng, box))
    x, y = raster.pixel_grid(RES)
    ang = np.arctan2(y - at[1], x - at[0])
    song = signals.smooth(signals.energy(direction, 64), 2)
    turn = 0.5 - 0.5 * np.cos(ang + rng.random() * 2 * np.pi)  # round it like a clock
    lobe = np.interp(turn, np.linspace(0, 1, 64), song).astype(F32)
    r = np.hypot(x - at[0], y - at[1]) / (radius * (0.65 + 0.5 * lobe)) + 0.25 * (h - 0.5)
    cone = np.clip(1.0 - r, 0.0, 1.0) ** (0.8 + 0.8 * direction.energy)
    e = 0.35 * h + 0.65 * cone * (0.5 + 0.5 * h)
    e = terrain.lowland(e / max(float(e.max()), 1e-6), zone, rng, 0.2, 0.02)
    return e.astype(F32)


def crater(direction: ArtDirection, rng: np.random.Generator, zone: str) -> np.ndarray:
    """The massif with a crater lake near its summit: the bowl off to one side of
    the top, long and ragged-shored, its water flat, a stream breaking out through
    the low side of the rim and down the flank (a round lake dead on the summit,
    ringed by the contours, read as an eye)."""
    e = peak(direction, rng, zone)
    top = np.unravel_index(int(np.argmax(e)), e.shape)
    size = 0.1 + 0.05 * direction.energy
    turn = rng.uniform(0, 2 * np.pi)
    off = size * rng.uniform(0.4, 0.7)
    cx, cy = top[1] / RES + off * np.cos(turn), top[0] / RES + off * np.sin(turn)
    x, y = raster.pixel_grid(RES)
    lean = turn + rng.uniform(0.6, 1.2)  # the bowl's long axis, across the slope
    u = (x - cx) * np.cos(lean) + (y - cy) * np.sin(lean)
    v = (y - cy) * np.cos(lean) - (x - cx) * np.sin(lean)
    ragged = raster.fractal_noise(rng, cells=16, octaves=2, res=RES) - 0.5
    r = np.hypot(u / (size * 1.6), v / (size * 0.7)) * (1.0 + 0.8 * ragged)
    rim = float(e.max())
    bowl = rim * (0.6 + 0.4 * np.clip(r, 0.0, 1.0) ** 2)
    e = np.where(r < 1.0, np.minimum(e, bowl), e)
    t = np.linspace(0.0, 1.4, 24)[:, None]
    way = np.array([np.cos(turn), np.sin(turn)])
    bend = 0.05 * np.sin(2 * np.pi * (1.5 * t + rng.random())) * np.array([-way[1], way[0]])
    d = _polyline_distance(np.array([cx, cy]) + t * way + bend)
    e = e * (0.55 + 0.45 * np.clip(d / 0.08, 0.0, 1.0))  # the stream's gully
    stream = (d < 0.007 + 0.005 * direction.energy) & (terrain.zone_mask(zone, 0.08) < 0.05)
    return np.where((r < 0.6) | stream, -0.2, e).astype(F32)  # no stream under the title
