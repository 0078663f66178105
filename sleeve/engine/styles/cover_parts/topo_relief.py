"""The topographic style's song-shaped landforms: the range, the song's loudness as a
ridge of summits laid along the free ground (a summit where the song is loud, a
saddle where it falls quiet), and the crater, one cone whose rim rings a lake (the
lake's water: `crater_water`).

Heights are RES x RES, 0 on the plain, 1 at the highest point.
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import topo_forms, topo_land
from sleeve.engine.styles.cover_parts import topo_terrain as terrain

F32 = np.float32
RES = terrain.RES
RIM = 0.42  # the crater's radius, share of the cone's


def _axes(zone: str) -> tuple[np.ndarray, np.ndarray]:
    """(along, away): `along` the title's band (0..1), `away` from it (0 at the title's
    edge of the frame, 1 at the far one)."""
    x, y = raster.pixel_grid(RES)
    x, y = np.broadcast_to(x, (RES, RES)), np.broadcast_to(y, (RES, RES))
    if zone == "right":
        return y, 1.0 - x
    if zone == "bottom":
        return x, 1.0 - y
    if zone == "centre":
        return x, np.abs(2.0 * y - 1.0)
    return x, y


def _summits(song: np.ndarray, count: int) -> list[int]:
    """The song's loudest moments (indices), each a local peak, at most `count`."""
    inner = (song[1:-1] >= song[:-2]) & (song[1:-1] >= song[2:])
    peaks = [i + 1 for i in np.nonzero(inner)[0]]
    if song[0] > song[1]:
        peaks.append(0)
    if song[-1] > song[-2]:
        peaks.append(len(song) - 1)
    return sorted(sorted(peaks, key=lambda i: -song[i])[:count])


def ridge(direction: ArtDirection, rng: np.random.Generator, zone: str) -> topo_land.Land:
    """The song's loudness as a mountain range: a summit at each of its loudest moments
    (as high and broad as the song is loud there, read from one end of the crest to
    the other), saddles between them, the crest tilted, bent and cropped by the
    frame's sides."""
    along, away = _axes(zone)
    song = signals.smooth(signals.energy(direction, 40), 2)
    if rng.random() < 0.5:
        song = song[::-1]
    song = (song - song.min()) / max(float(np.ptp(song)), 1e-6)
    span = rng.uniform(1.0, 1.5)  # how much of the crest the frame crops off
    t = (along - 0.5) / span + 0.5  # the song's time under each point
    tilt = rng.uniform(-0.25, 0.25)
    bend = raster.fractal_noise(rng, cells=2, octaves=1, res=RES) - 0.5
    crest = rng.uniform(0.64, 0.76) + tilt * (along - 0.5) + 0.1 * bend
    rough = raster.fractal_noise(rng, cells=6, octaves=3, res=RES) - 0.5
    wob = (0.04 + 0.06 * direction.turbulence) * rough
    loud = np.interp(t, np.linspace(0, 1, 40), song)
    h = 0.3 * np.clip(1.0 - np.abs(away - crest + wob) / (0.08 + 0.12 * loud), 0.0, 1.0)
    for i in _summits(song, 2 + round(3 * signals.pace(direction))):
        v = float(song[i])
        at = (i / 39.0 - 0.5) * span + 0.5
        radius = 0.13 + 0.22 * v
        d = np.hypot((along - at) * 1.3, away - crest + wob) / radius
        h = np.maximum(h, (0.35 + 0.65 * v) * np.clip(1.0 - d, 0.0, 1.0) ** 1.2)
    h = terrain.warp(h.astype(F32), rng, 0.03 + 0.06 * direction.turbulence)
    return topo_land.Land(ndimage.gaussian_filter(h, 1.0))


def _cone_centre(zone: str, rng: np.random.Generator, radius: float) -> tuple[float, float]:
    """The cone's centre on a third of the free ground, clear of the title's band."""
    side = rng.choice([0.3, 0.7]) + rng.uniform(-0.05, 0.05)
    deep = max(0.62, 1.0 - radius * 0.7) + rng.uniform(-0.04, 0.04)
    if zone == "right":
        return 1.0 - deep, side
    if zone == "bottom":
        return side, 1.0 - deep
    if zone == "centre":
        return side, 0.5 + 0.5 * deep * (1 if rng.random() < 0.5 else -1)
    return side, deep


def crater(direction: ArtDirection, rng: np.random.Generator, zone: str) -> topo_land.Land:
    """One volcano whole in the field, its rim ringing a crater lake: a loud song's cone
    broad and steep, a quiet one's small in the paper; the rim as uneven as the song."""
    radius = 0.26 + 0.16 * direction.energy + rng.uniform(-0.02, 0.02)
    at = _cone_centre(zone, rng, radius)
    x, y = raster.pixel_grid(RES)
    ang = np.arctan2(y - at[1], x - at[0])
    song = signals.smooth(signals.energy(direction, 64), 3)
    turn = 0.5 - 0.5 * np.cos(ang + rng.uniform(0, 2 * np.pi))
    lobe = np.interp(turn, np.linspace(0, 1, 64), song).astype(F32)
    noise = raster.fractal_noise(rng, cells=5, octaves=3, res=RES) - 0.5
    r = np.hypot(x - at[0], y - at[1]) / (radius * (0.85 + 0.3 * lobe)) + 0.12 * noise
    r = terrain.warp(r.astype(F32), rng, 0.03 + 0.05 * direction.turbulence)
    flank = np.clip((1.0 - r) / (1.0 - RIM), 0.0, 1.0) ** (0.8 + 0.8 * direction.energy)
    bowl = 0.3 + 0.7 * np.clip(r / RIM, 0.0, 1.0) ** 2  # the crater floor lower than the rim
    h = np.where(r < RIM, bowl, flank)
    h = topo_forms.spurs(h, at, rng, 5 + round(4 * direction.turbulence), 0.6)
    return topo_land.Land(ndimage.gaussian_filter(h.astype(F32), 1.0))


def crater_water(h: np.ndarray) -> np.ndarray:
    """The crater's lake (bool, RES x RES): the low ground ringed by the rim, not
    joined to the plain outside."""
    low = h < 0.55
    labels, _ = ndimage.label(low)
    outside = set(np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]])))
    return low & ~np.isin(labels, list(outside))
