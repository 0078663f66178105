"""The loudness horizon's per-pixel painting (numpy, at the canvas's size): solid land
bands laid back to front, each with mist settling in its valley and furrows along its
crest; streaked noise for rain and rock. Edges are arrays over horizon_land.XS in
fractions of the side; colours are 8-bit RGB, blended as float sRGB."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.horizon_land import XS


def grid(n: int) -> tuple[np.ndarray, np.ndarray]:
    """Pixel centres as fractions of the side: rows (n, 1) and columns (1, n)."""
    at = (np.arange(n, dtype=np.float32) + 0.5) / n
    return at[:, None], at[None, :]


def at_columns(edge: np.ndarray, n: int) -> np.ndarray:
    """An edge over XS sampled at the n pixel columns, (1, n)."""
    return np.interp((np.arange(n) + 0.5) / n, XS, edge).astype(np.float32)[None, :]


def under(rows: np.ndarray, edge: np.ndarray, n: int) -> np.ndarray:
    """Anti-aliased coverage of what lies below `edge` (columns, (1, n)) at `rows`."""
    return np.clip((rows - edge) * n + 0.5, 0.0, 1.0)


def streaks(rng: np.random.Generator, n: int, across: int, down: int) -> np.ndarray:
    """Smooth noise in 0..1, (n, n), with `across` bumps per row and `down` per column
    (across >> down: streaks that run down; down >> across: strata that run along)."""
    lattice = rng.random((down + 1, across + 1)).astype(np.float32)
    img = Image.fromarray(lattice, "F").resize((n, n), Image.Resampling.BICUBIC)
    return np.clip(np.asarray(img, dtype=np.float32), 0.0, 1.0)


@dataclass(frozen=True)
class Band:
    """One band of land: its crest over XS, its solid colour, the mist its valley fills
    with and how deep (a fraction of the side) the mist takes to settle, the furrows'
    strength (0 none) and spacing."""

    crest: np.ndarray
    colour: RGB
    mist: RGB
    depth: float
    furrows: float = 0.0
    gap: float = 0.02


def bands(sky: Image.Image, layers: list[Band], mist_share: float = 0.6) -> Image.Image:
    """`layers` (far first) laid over `sky`, each a solid colour from its crest down,
    paling towards its mist below the crest (the valley's haze that parts it from the
    nearer band), furrows running parallel to the crest."""
    n = sky.size[0]
    out = raster.from_image(sky).copy()
    rows, _ = grid(n)
    for band in layers:
        edge = at_columns(band.crest, n)
        top = max(0, int(float(edge.min()) * n) - 1)
        sub = rows[top:]
        cover = under(sub, edge, n)
        fall = np.clip((sub - edge) / band.depth, 0.0, 1.0)
        paint = raster.rgbf(band.colour)
        tint = (raster.rgbf(band.mist) - paint) * mist_share
        colour = paint + tint * (fall * (2.0 - fall))[..., None]
        if band.furrows > 0.0:
            phase = np.cos((sub - edge) * (2.0 * np.pi / band.gap))
            ridges = (0.5 + 0.5 * phase) ** 6 * np.clip((sub - edge) * n / 3.0, 0.0, 1.0)
            colour = colour * (1.0 - band.furrows * ridges)[..., None]
        block = out[top:]
        block += (colour - block) * cover[..., None]
    return raster.to_image(out)
