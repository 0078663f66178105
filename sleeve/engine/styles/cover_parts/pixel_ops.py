"""Pixel sort's operations on a float RGB picture (h, w, 3): turning it so the sort
runs along rows, finding each row's run of pixels past a threshold, the sorted smear
(that run, sorted light to dark, stretched into a streak) and the streak lengths that
follow the song.
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


def smear(a: np.ndarray, start: np.ndarray, sliver: np.ndarray, length: np.ndarray) -> np.ndarray:
    """In each row, the `sliver` pixels from `start`, sorted bright to dark, stretched
    over `length` pixels from `start` (rows with no sliver stay)."""
    out = a.copy()
    rows = np.flatnonzero(sliver > 0)
    if not len(rows):
        return out
    b, m = a[rows], a.shape[1]
    cols = np.arange(m)[None, :]
    start, length = start[rows, None], np.maximum(length[rows, None], 1)
    sliver = np.clip(sliver[rows], 0, m - start[:, 0])[:, None]
    width = int(sliver.max())
    at = np.arange(width)[None, :]
    window = np.minimum(start + at, m - 1)  # only the slivers are sorted
    lum = np.take_along_axis(b, window[..., None], axis=1) @ LUMA
    order = np.argsort(np.where(at < sliver, -lum, 9.0), axis=1, kind="stable")
    j = cols - start
    live = (j >= 0) & (j < length)
    pick = np.take_along_axis(order, np.clip(j * sliver // length, 0, width - 1), axis=1)
    src = np.take_along_axis(window, pick, axis=1)
    out[rows] = np.where(live[..., None], np.take_along_axis(b, src[..., None], axis=1), b)
    return out


def reach(
    direction: ArtDirection, rng: np.random.Generator, n: int, lo: float, hi: float
) -> np.ndarray:
    """Per row, a streak length in 0..1 of the axis: the energy curve laid across the
    rows (loud passages reach further), a slow swell from the seed, a fine comb of
    single-row differences (each streak its own) and long runners on the strong onsets.
    Values run from about `lo` to `hi`."""
    level = signals.smooth(signals.energy(direction, n), max(1, n // 40))
    swell = np.interp(np.linspace(0, 5, n), np.arange(7), rng.random(7))
    comb = rng.random(n) ** 2.5  # most streaks short, a few long: ragged drips
    hits = signals.resample(signals.onsets(direction, 32), n) > 0.8
    runners = hits & (rng.random(n) < 0.35)
    t = 0.35 * level + 0.2 * swell + 0.45 * comb + 0.3 * runners
    return np.maximum(lo + (hi - lo) * np.clip(t, 0.0, 1.2), 0.0)


def threshold_runs(a: np.ndarray, lit: np.ndarray, cap: int) -> tuple[np.ndarray, np.ndarray]:
    """Per row, where the first run of `lit` pixels starts and how long it is (at most
    `cap`); rows with none get a run of 0 (they stay untouched)."""
    m = a.shape[1]
    cols = np.arange(m)[None, :]
    start = np.argmax(lit, axis=1)
    after = ~lit & (cols > start[:, None])
    stop = np.where(after.any(axis=1), np.argmax(after, axis=1), m)
    run = np.where(lit.any(axis=1), np.minimum(stop - start, cap), 0)
    return start.astype(np.intp), run.astype(np.intp)
