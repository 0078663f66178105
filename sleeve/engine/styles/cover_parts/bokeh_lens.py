"""A fast lens wide open, in numpy, for the bokeh scenes that need its character: discs
with a bright edge and faint onion rings, a magenta-green fringe (each colour channel's
disc a touch wider or tighter), cat's eyes toward the corners, highlights that clip to
white; and the music as the few numbers a scene reads (energy, tempo, onsets).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.bokeh_photo import RES

YY, XX = (np.mgrid[0:RES, 0:RES].astype(np.float32) + 0.5) / RES
FRINGE = np.array([1.0, 0.0, 0.7], np.float32)  # red and blue discs wider: a magenta rim


@dataclass(frozen=True)
class Music:
    """What a scene hears: energy and density 0..1, the tempo, onsets per sixteenth."""

    energy: float
    density: float
    tempo: float
    onsets: np.ndarray

    def pulse(self, count: int, offset: int = 0) -> np.ndarray:
        """`count` onset strengths (0..1) read round the song from `offset`."""
        idx = (offset + np.arange(count) * len(self.onsets) // max(count, 1)) % len(self.onsets)
        return self.onsets[idx]


def music_of(direction: ArtDirection) -> Music:
    """The direction's music (onsets synthesized from the energy curve without audio)."""
    return Music(
        float(direction.energy),
        float(direction.density),
        float(direction.tempo_bpm),
        signals.onsets(direction, 128),
    )


def glass(
    rows: np.ndarray,
    cols: np.ndarray,
    cat: float = 0.5,
    rim: float = 0.45,
    fringe: float = 0.05,
    onion: float = 0.07,
) -> np.ndarray:
    """Lights (rows of x, y, radius, colour index, opacity) summed through the lens as
    (RES, RES, 3) light: a flat body brightening to its edge, faint concentric onion
    rings, each channel's disc scaled by `fringe` (a coloured rim) and clipped to a
    cat's eye toward the frame's edges by `cat`."""
    light = np.zeros((RES, RES, 3), np.float32)
    scale = (1.0 + fringe * FRINGE)[:, None, None]
    for x, y, r, ci, alpha in rows:
        rp = max(float(r) * RES, 0.7)
        cx, cy = float(x) * RES, float(y) * RES
        reach = rp * (1 + fringe) + 2
        x0, x1 = max(0, int(cx - reach)), min(RES, int(cx + reach) + 1)
        y0, y1 = max(0, int(cy - reach)), min(RES, int(cy + reach) + 1)
        if x0 >= x1 or y0 >= y1:
            continue
        dx = np.arange(x0, x1, dtype=np.float32)[None, :] + 0.5 - cx
        dy = np.arange(y0, y1, dtype=np.float32)[:, None] + 0.5 - cy
        d = np.sqrt(dx * dx + dy * dy) / rp
        if cat > 0:  # the lens barrel's shadow: an almond toward the edge
            ox, oy = (0.5 - float(x)) * cat * 1.6 * rp, (0.5 - float(y)) * cat * 1.6 * rp
            d = np.maximum(d, np.sqrt((dx - ox) ** 2 + (dy - oy) ** 2) / (rp * 1.04))
        dc = d[None] / scale
        edge = max(1.3 / rp, 0.05)
        body = np.clip((1.0 - dc) / edge + 0.5, 0.0, 1.0)
        ring = np.exp(-(((dc - 0.9) / 0.08) ** 2))
        rings = 1.0 + onion * np.cos(dc * 19.0)
        seen = body * (0.66 + 0.14 * np.clip(dc, 0, 1) + rim * ring) * rings
        light[y0:y1, x0:x1] += np.moveaxis(seen, 0, 2) * (float(alpha) * cols[int(ci)])
    return light


def burn(light: np.ndarray, knee: float = 0.8, spill: float = 0.8) -> np.ndarray:
    """Highlights that clip: where a channel passes `knee`, the excess spills into the
    others, so overlapping discs burn to white as on film."""
    over = np.maximum(light.max(axis=2) - knee, 0.0)
    return light + spill * over[..., None]


def hush(band: str, reach: float = 0.16, floor: float = 0.3) -> np.ndarray:
    """(RES, RES, 1) weights that dim the light to `floor` inside the title's band (the
    top or bottom 30%), rising to 1 over `reach` outside it."""
    y = YY[:, :1]
    away = ((y - 0.14) if band == "top" else (0.86 - y)) / reach
    return (floor + (1 - floor) * np.clip(away, 0.0, 1.0))[..., None]
