"""The loudness horizon's curve: the song's energy read as a ridge line (a window of
the song at a smoothing, with the seed's fine relief) and the anti-aliased polygons
that fill it.
"""

from __future__ import annotations

import aggdraw
import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB

POINTS = 320  # vertices along a ridge
XS = np.linspace(0.0, 1.0, POINTS)


def ridge(
    direction: ArtDirection,
    rng: np.random.Generator,
    window: tuple[float, float],
    smoothing: int,
    rough: float,
) -> np.ndarray:
    """Heights 0..1 (1 = the song's loudest) along the cover for the song between
    window[0] and window[1] (fractions of its length), smoothed over `smoothing`
    points, with `rough` of the seed's fine relief (crags for a turbulent song)."""
    song = signals.smooth(signals.energy(direction, 1024, stretch=False), 28)
    a, b = (int(np.clip(v, 0.0, 1.0) * 1023) for v in window)
    line = signals.smooth(signals.resample(song[a : max(b, a + 8)], POINTS), smoothing)
    fine = signals.smooth(rng.normal(0.0, 1.0, POINTS), 3) * 0.6
    broad = signals.smooth(signals.smooth(rng.normal(0.0, 1.0, POINTS), 12), 12) * 2.6
    span = max(float(np.ptp(line)), 0.25)  # a flat song stays flat: its land is the seed's
    flat = 0.4 * max(0.0, 1.0 - float(np.ptp(song)) / 0.3)  # a drone gets low hills
    heights = (line - line.min()) / span + rough * fine + (0.5 * rough + flat) * broad
    heights = heights - heights.min()  # the lowest point stands on the base line
    return heights * max(1.0, 0.6 / max(float(heights.max()), 1e-6))  # hills, even for a drone


def fill(
    draw: aggdraw.Draw,
    size: int,
    xs: np.ndarray,
    top: np.ndarray,
    colour: RGB,
    bottom: np.ndarray | float = 1.02,
) -> None:
    """Fill between the line `top` and `bottom` (fractions of the side, y down) over xs."""
    low = np.broadcast_to(np.asarray(bottom, dtype=np.float64), top.shape)
    px = np.concatenate(([-0.01], xs, [1.01])) * size
    upper = np.concatenate(([top[0]], top, [top[-1]])) * size
    lower = np.concatenate(([low[0]], low, [low[-1]])) * size
    ring = np.concatenate((np.stack((px, upper), 1), np.stack((px, lower), 1)[::-1]))
    draw.polygon(ring.ravel().tolist(), aggdraw.Brush(colour))


def loudest(direction: ArtDirection) -> float:
    """Where the song is loudest, as a fraction of its length (smoothed)."""
    curve = signals.smooth(signals.energy(direction, 256), 6)
    return float(np.argmax(curve)) / 255.0
