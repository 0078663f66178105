"""Pixel sort's operations on a float RGB picture (h, w, 3): turning it so the sort
runs along rows, sorting runs of pixels by luminance, and the sorted smear (a sliver
of pixels, sorted, stretched into a streak) whose lengths follow the song.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection

LUMA = np.array([0.2126, 0.7152, 0.0722], dtype=np.float32)


def to_axis(a: np.ndarray, k: int) -> np.ndarray:
    """The picture turned so that sorting runs along rows, left to right: k 0 sorts
    rightwards, 1 downwards, 2 leftwards, 3 upwards."""
    if k in (1, 3):
        a = a.swapaxes(0, 1)
    return a[:, ::-1] if k in (2, 3) else a


def from_axis(a: np.ndarray, k: int) -> np.ndarray:
    """The inverse of to_axis."""
    if k in (2, 3):
        a = a[:, ::-1]
    return a.swapaxes(0, 1) if k in (1, 3) else a


def sort_spans(img: np.ndarray, span: np.ndarray) -> np.ndarray:
    """Sort each row's pixels by luminance inside every run of `span`; pixels outside
    the runs stay put."""
    starts = np.ones_like(span)
    starts[:, 1:] = span[:, 1:] != span[:, :-1]
    key = np.cumsum(starts, axis=1) * 4.0 + np.where(span, img @ LUMA, 0.0)
    order = np.argsort(key, axis=1, kind="stable")
    return np.take_along_axis(img, order[..., None], axis=1)


def smear(a: np.ndarray, start: np.ndarray, sliver: np.ndarray, length: np.ndarray) -> np.ndarray:
    """In each row, the `sliver` pixels from `start`, sorted bright to dark, stretched
    over `length` pixels from `start` (rows with no sliver stay)."""
    m = a.shape[1]
    cols = np.arange(m)[None, :]
    start, sliver = start[:, None], np.clip(sliver, 0, m - start)[:, None]
    inside = (cols >= start) & (cols < start + sliver)
    order = np.argsort(np.where(inside, -(a @ LUMA), 9.0), axis=1, kind="stable")
    j = cols - start
    live = (j >= 0) & (j < length[:, None]) & (sliver > 0)
    pick = np.clip(j * sliver // np.maximum(length[:, None], 1), 0, m - 1)
    src = np.take_along_axis(order, pick, axis=1)
    return np.where(live[..., None], np.take_along_axis(a, src[..., None], axis=1), a)


def bundles(rng: np.random.Generator, n: int) -> np.ndarray:
    """A per-row value in 0..1 held over bundles of 1-6 rows: streak ends jag."""
    return np.repeat(rng.random(n), rng.integers(1, 7, n))[:n]


def on_beats(direction: ArtDirection, ends: np.ndarray, m: int) -> np.ndarray:
    """Streak ends moved on to the next strong onset's column (the song's hits, laid
    along the sort axis), so the streaks stop in step."""
    hits = signals.onsets(direction, 32)
    grid = np.concatenate(((np.flatnonzero(hits > 0.55) + 1) * m // 32, [m]))
    return grid[np.clip(np.searchsorted(grid, ends), 0, len(grid) - 1)]


def plan(
    a: np.ndarray, direction: ArtDirection, rng: np.random.Generator, threshold: float, reach: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row: where a streak starts (the first pixel whose luminance stands
    `threshold` from the row's median, else a jagged place), its sliver and its length:
    longer where the energy curve is loud, ending on an onset."""
    n, m = a.shape[:2]
    lum = a @ LUMA
    bright = np.abs(lum - np.median(lum, axis=1, keepdims=True)) >= threshold
    first = np.where(bright.any(axis=1), np.argmax(bright, axis=1), (bundles(rng, n) * 0.5 * m))
    start = first.astype(np.intp)
    sliver = ((0.02 + 0.08 * bundles(rng, n)) * m).astype(np.intp) + 2
    level = signals.energy(direction, n)
    length = ((0.15 + 0.55 * level + 0.3 * bundles(rng, n)) * reach * m).astype(np.intp)
    ends = on_beats(direction, start + np.maximum(length, sliver), m)
    return start, sliver, ends - start
