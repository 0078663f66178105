"""The spectrogram style's city silhouette: a row of dark towers standing on a horizon
(the aurora's land, the tide's far shore) for a title that names a city, each tower as
tall as its band of the song is loud, a few of its windows lit where that band sounds."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.spectro_layouts import Canvas

TOWERS = (11, 17)  # how many towers line the horizon (sparse to dense songs)
PANE = 0.012  # a window's pitch (a share of the side)
WINDOW = 0.8  # a lit window's tone


def _heights(c: Canvas, rng: np.random.Generator, count: int) -> np.ndarray:
    """(count,) each tower's height, 0.4..1: its band's loudness, in a shuffled row
    (a city, not a bar chart), a few towers standing tall downtown."""
    groups = np.array_split(np.arange(c.spec.shape[1]), count)
    level = np.array([np.percentile(c.spec[:, g].mean(axis=1), 90) for g in groups])
    level = (level - level.min()) / max(float(np.ptp(level)), 1e-6)
    level = level[rng.permutation(count)]
    downtown = np.exp(-(((np.arange(count) - count * rng.uniform(0.3, 0.7)) / (0.2 * count)) ** 2))
    return 0.4 + 0.6 * np.clip(0.45 * level + 0.6 * downtown * rng.uniform(0.6, 1.0, count), 0, 1)


def silhouette(
    c: Canvas, rng: np.random.Generator, base: float, tall: float
) -> tuple[np.ndarray, np.ndarray]:
    """(cover, windows) of a city on the horizon `base`, its tallest tower `tall` high
    (fractions of the side): cover 1 inside a tower, windows 0..1 where a pane is lit."""
    lo, hi = TOWERS
    count = int(np.clip(round(lo + (hi - lo) * c.density), lo, hi))
    widths = rng.uniform(0.6, 1.4, count)
    edges = np.concatenate(([0.0], np.cumsum(widths) / widths.sum())) * 1.04 - 0.02
    heights = _heights(c, rng, count) * tall
    k = np.clip(np.searchsorted(edges, c.x[0], side="right") - 1, 0, count - 1)
    roof = base - heights[k]  # (res,)
    px = 1.0 / c.res
    cover = np.clip((c.y - roof[None, :]) / px + 0.5, 0.0, 1.0) * (c.y <= base + px)
    pitch = max(PANE, 3.0 / c.res)
    gx, gy = (c.x / pitch) % 1.0, ((base - c.y) / pitch) % 1.0
    pane = (np.abs(gx - 0.5) < 0.25) & (np.abs(gy - 0.5) < 0.25)
    col, row = np.floor(c.x / pitch), np.floor((base - c.y) / pitch)
    cell = (np.sin(col * 12.9898 + row * 78.233) * 43758.5453) % 1.0  # a hash, no stripes
    on = cell < 0.12 + 0.22 * c.energy
    inner = (c.y > roof[None, :] + pitch) & (c.y < base - pitch)
    windows = (pane & on & inner).astype(np.float32) * cover
    return cover.astype(np.float32), windows
