"""The loudness horizon's drawing helpers: the points along the cover, anti-aliased
polygons filled between two curves, and where the song is loudest.
"""

from __future__ import annotations

import aggdraw
import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB

POINTS = 320  # vertices along a ridge
XS = np.linspace(0.0, 1.0, POINTS)


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
