"""Pixel sort: a colour field whose rows (or columns) are sorted by brightness inside
bright runs, drawn as a coarse pixel grid: IDM and hyperpop only.

turbulence -> the threshold (how much gets sorted); energy -> the pixel size and
the field's contrast; the energy curve -> the run lengths along the sort axis;
seed -> the source (stacked bands, a disc, a noise field), the axis and which band
of the cover is sorted.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="pixel_sort",
    family="graphic",
    fits=("electronic", "pop"),
    only=("hyperpop", "digicore", "idm", "glitch", "experimental"),
)

SOURCES = ("bands", "disc", "noise")


def _source(direction: ArtDirection, rng: np.random.Generator, kind: str, res: int) -> np.ndarray:
    c = (np.arange(res, dtype=np.float32) + 0.5) / res
    x, y = c[None, :], c[:, None]
    noise = raster.fractal_noise(rng, cells=3, octaves=3, res=res)
    if kind == "bands":
        song = signals.energy(direction, res)[:, None]
        return np.clip(0.6 * ((y * 5 + 0.4 * song) % 1.0) + 0.4 * noise, 0, 1) + 0 * x
    if kind == "disc":
        cx, cy = compose.thirds(rng, 0.05)
        d = np.sqrt((x - cx) ** 2 + (y - cy) ** 2)
        return np.clip(1.3 - d * 2.6, 0, 1) * 0.85 + 0.15 * noise
    return noise


def _sort_rows(tone: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """Indices that sort each row by tone inside runs of tone in lo..hi (others stay)."""
    rows, cols = tone.shape
    inside = (tone >= lo) & (tone <= hi)
    starts = np.ones_like(inside)
    starts[:, 1:] = ~(inside[:, 1:] & inside[:, :-1])
    run = np.cumsum(starts, axis=1)
    keys = run * 2.0 + np.where(inside, tone, 0.0)
    return np.argsort(keys, axis=1, kind="stable")


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the pixel-sort cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "pixel-sort")
    pal = direction.palette
    res = int(96 + 96 * (1 - direction.energy))
    kind = compose.pick(rng, SOURCES)
    levels = 4 + round(4 * direction.energy)  # posterized: the sorted runs are flat steps
    tone = np.floor(_source(direction, rng, kind, res) * levels) / (levels - 1)
    vertical = rng.random() < 0.5
    if vertical:
        tone = tone.T
    lo = 0.55 - 0.35 * direction.turbulence
    band = sorted(rng.uniform(0.0, 1.0, 2))
    order = _sort_rows(tone, lo, 1.0)
    sorted_tone = np.take_along_axis(tone, order, axis=1)
    keep = np.ones(res, bool)
    keep[int(band[0] * res * 0.6) : int((band[1] * 0.6 + 0.4) * res)] = False
    tone = np.where(keep[:, None], tone, sorted_tone)
    if vertical:
        tone = tone.T
    stops = [
        raster.tone(pal.background, 0.12, 0.04),
        raster.vivid(pal.colors[0], 0.6, 0.2),
        raster.vivid(pal.accent, 0.8, 0.18),
        raster.tone(pal.colors[1 % len(pal.colors)], 0.95, 0.05),
    ]
    img = Image.fromarray(raster.apply_lut(tone, raster.color_lut(stops)), "RGB")
    img = img.resize((size, size), Image.Resampling.NEAREST)
    return Artwork(finish(img, direction, "pixel-sort", 0.02), None)  # one even field
