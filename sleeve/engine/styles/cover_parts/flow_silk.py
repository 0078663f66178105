"""The silk: a dense sheet of thin parallel lines folding like draped fabric, one big
fold (an S-fold or a drape over a bar) cropped by the frame, lit from one side: each
line is bright where the fold faces the light and sinks into the second ink where it
turns away, and the lines crowd into solid sheen where the fold is steep. The title's
band lies under a quiet, faded stretch of the sheet.

Drawn as a raster: the lines are the level sets of one smooth field (so they never
cross), computed small and scaled up; only the anti-aliased line profile is taken at
full size.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import calm_zone

SMALL = 256  # the smooth fields' resolution
Box = tuple[float, float, float, float]


def _fields(direction: ArtDirection, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """The sheet's line coordinate u (lines at u = k / count) and the light on it
    (0 shade .. 1 lit), both SMALL x SMALL."""
    c = (np.arange(SMALL, dtype=np.float32) + 0.5) / SMALL
    x, y = c[None, :], c[:, None]
    theta = float(rng.uniform(-0.5, 0.5) + rng.choice((0.0, np.pi / 2)))
    along = (x - 0.5) * np.cos(theta) + (y - 0.5) * np.sin(theta)
    across = -(x - 0.5) * np.sin(theta) + (y - 0.5) * np.cos(theta)
    centre = float(rng.uniform(-0.18, 0.18))
    lean = float(rng.choice((-1, 1)) * rng.uniform(0.1, 0.5))
    reach = float(rng.uniform(0.08, 0.15) * (1.2 - 0.5 * direction.energy))
    t = (along - centre - lean * across) / reach
    lift = float(rng.uniform(0.22, 0.4) * (0.8 + 0.5 * direction.energy))
    lift = min(lift, 0.8 * reach / abs(lean))  # the sheet never folds through itself
    s_fold = rng.random() < 0.5  # an S-fold, or a drape over a bar
    height = lift * (np.tanh(t) if s_fold else np.exp(-(t**2)))
    billow = (along - float(rng.uniform(-0.3, 0.3)) + lean * across) / (3.0 * reach)
    height = height + 0.6 * lift * np.tanh(billow) * float(rng.choice((-1, 1)))  # a broad swell
    ripples = 0.006 + 0.018 * direction.turbulence
    for _ in range(2):
        f = float(rng.uniform(1.0, 2.5))
        height = height + ripples * np.sin(
            2 * np.pi * (f * along + rng.uniform(-1, 1) * across) + rng.uniform(0, 6.3)
        )
    u = across + height
    gy, gx = np.gradient(height, 1.0 / SMALL)
    light = theta + float(rng.choice((0.0, np.pi)) + rng.uniform(-0.5, 0.5))  # across the fold
    slope = gx * np.cos(light) + gy * np.sin(light)
    lit = 0.5 + 0.5 * np.tanh(6.0 * slope / max(lift / reach, 1e-3) + 0.3)
    return u.astype(np.float32), lit.astype(np.float32)


def _up(field: np.ndarray, size: int) -> np.ndarray:
    """A smooth SMALL field scaled up to size x size (bilinear)."""
    img = Image.fromarray(field.astype(np.float32), "F")
    return np.asarray(img.resize((size, size), Image.Resampling.BILINEAR), dtype=np.float32)


def _fade(zone: str) -> np.ndarray:
    """The sheet's opacity (SMALL x SMALL or a row or column of it): full over the
    art, quiet (a tenth) over the title's zone, as far as the focal box leaves it."""
    c = (np.arange(SMALL, dtype=np.float32) + 0.5) / SMALL
    low, high = 0.1, 1.0
    if zone == "top":
        ramp = np.clip((c - 0.36) / 0.12, 0, 1)[:, None]
    elif zone == "bottom":
        ramp = np.clip((0.64 - c) / 0.12, 0, 1)[:, None]
    elif zone == "right":
        ramp = np.clip((0.58 - c) / 0.12, 0, 1)[None, :]
    else:
        return np.ones((1, 1), dtype=np.float32)
    return (low + (high - low) * ramp).astype(np.float32)


def paint(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, lit: RGB, shade: RGB
) -> tuple[Image.Image, Box]:
    """The sheet over `img` in `lit` (facing the light) and `shade` (turned away); the
    image and the focal box. Everything smooth (the light, the inks, the opacity, the
    lines' spacing) is computed small; only the line profile at full size."""
    zone = calm_zone.title_zone(direction, rng)
    count = float(44 + 50 * direction.density + rng.uniform(-6, 6))
    u_small, light = _fields(direction, rng)
    size = img.size[0]
    gy, gx = np.gradient(u_small * count * SMALL / size)  # line phase per pixel
    per_px = 1.0 / np.maximum(np.hypot(gx, gy), 1e-4)  # pixels per unit of phase
    phase = _up(u_small * count, size)
    spacing = _up(per_px, size)  # pixels between two lines
    dist = np.abs(phase - np.round(phase)) * spacing  # pixels to the nearest line
    half = max(0.45, size / 1024 * (0.6 + 0.6 * direction.energy))
    weight = _up(np.broadcast_to((0.12 + 0.88 * light) * _fade(zone), light.shape), size)
    lines = np.clip(half + 0.5 - dist, 0.0, 1.0)
    # lines closer than a few pixels (a thumbnail) blend into their mean tone: no moire
    sharp = np.clip(spacing / 2.0 - 1.0, 0.0, 1.0)
    alpha = (sharp * lines + (1.0 - sharp) * np.minimum(1.0, 2 * half / spacing)) * weight
    mask = Image.fromarray((alpha * 255).astype(np.uint8), "L")
    lo, hi = np.asarray(shade, np.float32), np.asarray(lit, np.float32)
    ink = lo + light[..., None] * (hi - lo)  # SMALL x SMALL x 3
    inks = Image.fromarray(ink.astype(np.uint8), "RGB").resize(img.size, Image.Resampling.BILINEAR)
    return Image.composite(inks, img, mask), calm_zone.away_from(zone)
