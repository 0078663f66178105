"""The topographic style's valley: a river winding out of the title's plain through
hills that rise on both banks, its contours bending into Vs that point upstream, as
on a real map, so the cover reads as a place rather than a weather chart.

The song draws the river: it swings widest where the song is loud, a fast song bends
it more often, a turbulent one swings it further, a loud one runs broad and a still
one a thin stream; it widens towards its mouth. A rough song's river forks: a side
stream joins it at the song's loudest moment.

Returns a Land whose `river` field is the signed distance (share of the side) from
the river's banks: negative in the water.
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import topo_land
from sleeve.engine.styles.cover_parts import topo_terrain as terrain
from sleeve.engine.styles.cover_parts.topo_inks import Inks

F32 = np.float32
RES = terrain.RES
MOUTH = (0.03, 0.062)  # the river's half width at its mouth, share of the side: a still
# song's stream to a loud one's broad river
SOURCE = 0.35  # its half width at the far end, share of the mouth's


def _frame(zone: str) -> tuple[np.ndarray, np.ndarray]:
    """(along, across): `along` 0 at the title's side (the river's mouth) to 1 at the
    far edge, `across` the other axis."""
    x, y = raster.pixel_grid(RES)
    x, y = np.broadcast_to(x, (RES, RES)), np.broadcast_to(y, (RES, RES))
    if zone == "right":
        return 1.0 - x, y
    if zone == "bottom":
        return 1.0 - y, x
    return y, x


def _bends(direction: ArtDirection, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """The river's course at RES points from its mouth to its source: its place across
    the frame and its slope, swinging widest where the song is loud (smoothed: a kink
    in the course would crease the hills' relief)."""
    along = np.linspace(0.0, 1.0, RES)
    song = signals.smooth(signals.energy(direction, 48), 2)
    if rng.random() < 0.5:
        song = song[::-1]
    loud = ndimage.gaussian_filter1d(np.interp(along, np.linspace(0, 1, 48), song), RES / 48)
    swing = (0.1 + 0.12 * direction.turbulence) * (0.45 + 0.75 * loud)
    turns = 1.3 + 1.4 * signals.pace(direction)  # bends down the frame
    start = rng.choice([0.38, 0.62]) + rng.uniform(-0.05, 0.05)
    drift = rng.uniform(-0.14, 0.14)
    phase, lilt = rng.uniform(0, 2 * np.pi, 2)  # a second, slower wave: no pure sine
    bend = np.sin(2 * np.pi * turns * along + phase) + 0.4 * np.sin(np.pi * turns * along + lilt)
    course = start + drift * along + swing * bend / 1.2
    return course, np.gradient(course, along)


def valley(direction: ArtDirection, rng: np.random.Generator, zone: str) -> topo_land.Land:
    """Hills rising from both banks of the river and gently upstream (away from the
    title; a middle title's plain is a lake the river runs through), furrowed by side
    gullies; the height unnormalized, the river's banks as a signed distance."""
    along, across = _frame(zone)
    path = _bends(direction, rng)
    course, slope = (np.interp(along, np.linspace(0.0, 1.0, RES), c) for c in path)
    d = np.abs(across - course) / np.sqrt(1.0 + slope**2)  # distance from the mid-stream
    mouth = MOUTH[0] + (MOUTH[1] - MOUTH[0]) * direction.energy
    half = mouth * (1.0 - (1.0 - SOURCE) * along)
    wet = d - half
    if direction.turbulence + 0.3 * rng.random() > 0.55:  # a rough song's river forks
        side = _tributary(direction, rng, path[0], along, across) - 0.55 * half
        d, wet = np.minimum(d, side + 0.55 * half), np.minimum(wet, side)
    cells = 4 + round(3 * direction.turbulence)
    gullies = raster.fractal_noise(rng, cells=cells, octaves=2, res=RES)
    ridged = 1.0 - np.abs(2.0 * gullies - 1.0)  # sharp crests: spurs between side valleys
    banks = 1.6 * d * (0.85 + 0.3 * ridged)
    rise = np.abs(2.0 * along - 1.0) if zone == "centre" else along  # out of the plain
    h = 0.06 + 0.45 * rise + banks
    return topo_land.Land(h.astype(F32), wet.astype(F32))


def _tributary(
    direction: ArtDirection,
    rng: np.random.Generator,
    course: np.ndarray,
    along: np.ndarray,
    across: np.ndarray,
) -> np.ndarray:
    """The distance from a side stream that joins the river at the song's loudest
    moment and runs off upstream to one side, slanting as steeply as the song is fast."""
    song = signals.smooth(signals.energy(direction, 24), 2)[6:18]
    join = 0.25 + 0.5 * int(np.argmax(song)) / 11.0
    at = float(np.interp(join, np.linspace(0.0, 1.0, RES), course))
    slant = rng.choice([-1.0, 1.0]) * (0.6 + 0.8 * signals.pace(direction))
    u = np.maximum(along - join, 0.0)
    line = at + slant * u + 0.03 * np.sin(9.0 * u + rng.uniform(0, 6.3))
    return np.hypot(across - line, np.minimum(along - join, 0.0)) / np.sqrt(1.0 + slant**2)


def pour(img: np.ndarray, land: topo_land.Land, inks: Inks, work: int) -> np.ndarray:
    """The river inked solid on the print (float RGB, `work` px) in the mass ink,
    ending where the land meets the title's plain."""
    px = raster.upscale(land.river, work) * work
    ashore = np.clip(raster.upscale(land.height, work) * 60.0, 0.0, 1.0)
    inside = np.clip(0.5 - px, 0.0, 1.0) * ashore
    return img + (np.asarray(inks.mass, F32) - img) * inside[..., None]


def banks(land: topo_land.Land, reach: float) -> np.ndarray:
    """The hills kept within `reach` (share of the side) of the river, fading out to
    the empty paper beyond."""
    return np.clip(1.0 - (land.river / reach) ** 2, 0.0, 1.0).astype(F32)


def reach(land: topo_land.Land) -> tuple[float, float, float, float]:
    """The box (share of the side) round the river's water on the land: the focal
    region."""
    ys, xs = np.nonzero((land.river < 0) & (land.height > 0.02))
    if len(xs) == 0:
        return 0.0, 0.0, 1.0, 1.0
    return xs.min() / RES, ys.min() / RES, (xs.max() + 1) / RES, (ys.max() + 1) / RES
