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


def sort_runs(
    a: np.ndarray, lit: np.ndarray, reach: np.ndarray, cap: float = 0.45
) -> tuple[np.ndarray, np.ndarray]:
    """Each row's first run of `lit` pixels sorted light to dark and stretched `reach`
    (0..1 of the row) further: the streaked rows and which pixels changed."""
    m = a.shape[1]
    start, run = threshold_runs(a, lit, int(cap * m))
    length = np.minimum(run + (reach * m).astype(np.intp), m - start)
    out = smear(a, start, run, length)
    return out, np.abs(out - a).sum(axis=-1) > 1e-4


def shear(a: np.ndarray, down_right: bool) -> np.ndarray:
    """The picture (n, n, ...) sheared so that its diagonals become the rows of an
    (2n, n, ...) array, read top to bottom (cells off the picture are zero)."""
    n = a.shape[0]
    i, j = np.arange(n)[:, None], np.arange(n)[None, :]
    off = (n - 1 - i) if down_right else i
    canvas = np.zeros((n, 2 * n, *a.shape[2:]), a.dtype)
    canvas[i, off + j] = a
    return canvas.swapaxes(0, 1)


def unshear(c: np.ndarray, down_right: bool) -> np.ndarray:
    """The inverse of shear."""
    n = c.shape[1]
    i, j = np.arange(n)[:, None], np.arange(n)[None, :]
    off = (n - 1 - i) if down_right else i
    return c.swapaxes(0, 1)[i, off + j]


def polar_index(n: int, cx: float, cy: float, angles: int) -> tuple[np.ndarray, np.ndarray, int]:
    """For a radial sort from (cx, cy) (fractions): each pixel's (angle, radius) cell
    in a polar picture of `angles` rows and the radius count."""
    c = np.arange(n, dtype=np.float32) + 0.5
    dx, dy = c[None, :] - cx * n, c[:, None] - cy * n
    radii = int(np.ceil(np.hypot(max(cx, 1 - cx), max(cy, 1 - cy)) * n)) + 1
    ang = ((np.arctan2(dy, dx) / (2 * np.pi)) % 1.0 * angles).astype(np.intp) % angles
    return ang, np.minimum(np.hypot(dx, dy).astype(np.intp), radii - 1), radii


def to_polar(a: np.ndarray, cx: float, cy: float, angles: int, radii: int) -> np.ndarray:
    """The picture sampled along `angles` rays from (cx, cy), `radii` pixels out (the
    edge's pixel repeats past the frame)."""
    n = a.shape[0]
    t = (np.arange(angles, dtype=np.float32) + 0.5) / angles * 2 * np.pi
    r = np.arange(radii, dtype=np.float32) + 0.5
    xs = np.clip((cx * n + np.cos(t)[:, None] * r[None, :]).astype(np.intp), 0, n - 1)
    ys = np.clip((cy * n + np.sin(t)[:, None] * r[None, :]).astype(np.intp), 0, n - 1)
    return a[ys, xs]


def channel_split(a: np.ndarray, where: np.ndarray, dx: int, dy: int = 0) -> np.ndarray:
    """Red pushed (dx, dy) and blue pulled back by as much, inside `where` (a mask):
    the off-register RGB of a broken signal."""
    out = a.copy()
    red = np.roll(a[..., 0], (dy, dx), axis=(0, 1))
    blue = np.roll(a[..., 2], (-dy, -dx), axis=(0, 1))
    out[..., 0] = np.where(where, red, a[..., 0])
    out[..., 2] = np.where(where, blue, a[..., 2])
    return out


def scanlines(a: np.ndarray, pitch: int, depth: float) -> np.ndarray:
    """Every `pitch`-th row darkened by `depth` and the row before it lifted a little:
    a CRT's scanlines."""
    shade = np.ones(a.shape[0], np.float32)
    shade[pitch - 1 :: pitch] = 1.0 - depth
    shade[pitch - 2 :: pitch] = 1.0 + 0.25 * depth
    return np.clip(a * shade[:, None, None], 0.0, 1.0)


def block_shift(
    a: np.ndarray, rows: tuple[int, int], block: int, moves: np.ndarray, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """A datamosh band: in rows [r0, r1), each block-row's macroblocks copied from a
    place shifted by its move (dx, dy in blocks), some held and smeared down from their
    top line (a lost key frame). The band and where it changed."""
    out = a.copy()
    n = a.shape[1]
    r0, r1 = rows
    for b, top in enumerate(range(r0, r1 - block + 1, block)):
        mx, my = moves[b % len(moves)]
        for left in range(0, n, block):
            if rng.random() < 0.25:
                continue  # a block that stayed
            sy = int(np.clip(top + my * block, 0, a.shape[0] - block))
            sx = (left + mx * block) % n
            w = min(block, n - left, n - sx)
            piece = a[sy : sy + block, sx : sx + w]
            if rng.random() < 0.45:  # smeared: the block's top line drawn down
                piece = np.repeat(piece[:1], block, axis=0)
            out[top : top + block, left : left + w] = piece
    changed = np.abs(out - a).sum(axis=-1) > 1e-4
    return out, changed
