"""Chladni's guitar: a guitar's free top plate, as a luthier tunes it under sand,
lying on a cloth seen from above: the figure-of-eight outline (upper bout 0.76 and
waist 0.67 of the lower bout's width, a classical guitar's proportions), the round
sound hole in the upper bout with its rosette of rings, the binding, the spruce's
grain, and the sand on the song's nodal lines, clipped to the top.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.styles.cover_parts.chladni_instruments import TOP_YS, Top, wooden_top
from sleeve.engine.styles.cover_parts.chladni_layouts import Sheet

F32 = np.float32
SOUND_HOLE = (-0.19, 0.085)  # the hole's centre down the body and its radius (lengths)
ROSETTE = (0.097, 0.128)  # the rosette's inner and outer radius


def _bout(y: np.ndarray, centre: float, half_len: float, half_width: float) -> np.ndarray:
    return half_width * np.sqrt(np.clip(1.0 - ((y - centre) / half_len) ** 2, 0.0, 1.0))


def profile(y: np.ndarray) -> np.ndarray:
    """A guitar top's half width (body lengths) at y (-0.5 the neck's end to 0.5): an
    upper and a lower bout, ellipses joined by a smooth waist."""
    upper = _bout(y, -0.25, 0.25, 0.285)
    lower = _bout(y, 0.16, 0.34, 0.375)
    k = 0.1
    h = np.clip(0.5 + 0.5 * (lower - upper) / k, 0.0, 1.0)
    return (upper * (1 - h) + lower * h + k * h * (1 - h)).astype(F32)


def _near(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which cells lie near the sound hole, and their distance to its centre."""
    reach = ROSETTE[1] + 0.02
    box = (np.abs(x) < reach) & (np.abs(y - F32(SOUND_HOLE[0])) < reach)
    return box, np.hypot(x[box], y[box] - F32(SOUND_HOLE[0]))


def _hole(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The sound hole, a 0..1 mask, anti-aliased."""
    out = np.zeros_like(x)
    box, rho = _near(x, y)
    out[box] = np.clip((SOUND_HOLE[1] - rho) / 0.002 + 0.5, 0.0, 1.0)
    return out


def _rosette(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The rosette: a band of dark marquetry about the hole between two fine rings,
    its mosaic a checker of tiles around the ring."""
    out = np.zeros_like(x)
    box, rho = _near(x, y)
    inner, outer = ROSETTE
    band = np.clip((rho - inner) / 0.002, 0.0, 1.0) * np.clip((outer - rho) / 0.002, 0.0, 1.0)
    angle = np.arctan2(y[box] - F32(SOUND_HOLE[0]), x[box])
    tiles = np.cos(F32(48) * angle) * np.cos(F32(np.pi / 0.008) * (rho - inner))
    mosaic = np.where((rho > inner + 0.008) & (rho < outer - 0.008), 0.55 + 0.45 * (tiles > 0), 1)
    rings = np.exp(-(((rho - inner + 0.012) / 0.0018) ** 2))
    rings += np.exp(-(((rho - outer - 0.01) / 0.0018) ** 2))
    out[box] = np.clip(band * mosaic + 0.8 * rings, 0.0, 1.0)
    return out


GUITAR = Top(profile(TOP_YS), _hole, _rosette, ring_at=0.66)


def guitar(s: Sheet) -> compose.Box:
    """A guitar's top plate on a cloth under sand (see wooden_top), smaller than the
    violin's, as its body is wider."""
    return wooden_top(s, GUITAR, 0.84)
