"""Compositions of the spectrogram style that redraw the spectrogram as a picture:
a terrain (each frequency band a filled ridge over time, treble far and high, bass
near and low) and a chromagram (the twelve pitch classes over time as a bold score
of blocks, the tonic row in the spot colour)."""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose, signals
from sleeve.engine.styles.cover_parts.spectro_layouts import Canvas, Ink


def _span(c: Canvas, rng: np.random.Generator) -> tuple[float, float, float, float]:
    """The terrain's box: the free part, bleeding off the cover's edges it touches,
    sometimes inset as a window."""
    fx0, fy0, fx1, fy1 = c.free
    if rng.random() < 0.3:
        m = rng.uniform(0.08, 0.14)
        return fx0 + m, fy0 + m * 0.6, fx1 - m, fy1 - m
    return fx0, fy0 + 0.02, fx1, fy1 + (0.01 if fy1 >= 1.0 else -0.03)


def terrain(c: Canvas, rng: np.random.Generator) -> Ink:
    """Frequency bands as stacked filled ridges drawn far to near: a louder band is a
    taller ridge, so treble-heavy music raises the far (upper) ranges."""
    x0, y0, x1, y1 = _span(c, rng)
    frames, bands = c.spec.shape
    count = int(np.clip(round(4 + 8 * c.density + rng.uniform(-1.5, 1.5)), 4, 12))
    soft = int(rng.integers(4, 11))  # rounds the coarse frames into hills
    groups = np.array_split(np.arange(bands), count)
    amp = (y1 - y0) * rng.uniform(0.5, 0.8)
    reverse = rng.random() < 0.5
    u = np.clip((c.x[0] - x0) / (x1 - x0), 0.0, 1.0)
    if reverse:
        u = 1.0 - u
    value = np.zeros((c.res, c.res), np.float32)
    inside = np.zeros((c.res, c.res), bool)
    cols = (c.x >= x0) & (c.x < x1)
    line = max(0.003, 0.6 / c.res)
    for k, group in enumerate(reversed(groups)):  # treble first: far and high
        raw = signals.smooth(c.spec[:, group].mean(axis=1), soft)
        shape = (raw - raw.min()) / max(float(np.ptp(raw)), 1e-6)  # its own swing, amplified
        profile = float(raw.mean()) ** 0.7 * (0.35 + 0.65 * shape**1.4)  # loud bands stand tall
        height = np.interp(u, np.linspace(0, 1, frames), profile)
        base = y0 + amp + (y1 - y0 - amp) * (k + 1) / (count + 0.3)
        top = (base - amp * height)[None, :]
        body = cols & (c.y >= top) & (c.y < y1)
        depth = k / max(count - 1, 1)
        value[body] = 0.1 + 0.62 * depth**1.3  # far ranges fade into the field
        value[body & (c.y < top + line)] = 0.3 + 0.62 * depth
        inside |= body
    ys = np.nonzero(inside.any(axis=1))[0]
    top_y = ys.min() / c.res if len(ys) else y0
    return Ink(value, inside, compose.clip_box((x0, top_y, x1, y1)))


def chroma_over_time(c: Canvas, columns: int) -> np.ndarray:
    """(12, columns) pitch-class strength over time: the key's weights, each row moved
    by its own band of the spectrogram, each column by the loudness and the onsets."""
    spec = np.stack([signals.resample(c.spec[:, b], columns) for b in range(c.spec.shape[1])], 1)
    groups = np.array_split(np.arange(spec.shape[1]), 12)
    bands = np.stack([spec[:, g].mean(axis=1) for g in groups])  # (12, columns)
    loud = spec.mean(axis=1)[None, :]
    rows = c.chroma[:, None] ** 1.3 * (0.3 + 0.7 * bands / max(float(bands.max()), 1e-6))
    hits = c.onsets(columns)
    out = rows * (0.4 + 0.6 * loud / max(float(loud.max()), 1e-6)) * (0.2 + 0.8 * hits)[None, :]
    return out / max(float(out.max()), 1e-6)


def chromagram(c: Canvas, rng: np.random.Generator) -> Ink:
    """Twelve rows of square blocks (pitch classes, C at the bottom) across time; weak
    cells stay empty, strong ones run to the spot; the tonic row is the spot itself.
    In a tall free part it turns so time runs down, C at the left."""
    fx0, fy0, fx1, fy1 = c.free
    vertical = fy1 - fy0 > fx1 - fx0
    m = rng.uniform(0.03, 0.07)
    across = fy1 - fy0 if vertical else fx1 - fx0  # the time axis
    pitch = rng.uniform(0.85, 1.0) * ((fx1 - fx0 if vertical else fy1 - fy0) - 2 * m) / 12
    columns = int(np.clip(across / pitch * rng.uniform(0.6, 1.2), 6, 40))  # may bleed off
    grid = chroma_over_time(c, columns)
    tonic = int(np.argmax(c.chroma))
    gap = rng.uniform(0.12, 0.3)
    # a cell sounds where its pitch class is present and its row peaks in time
    cut = float(np.quantile(grid, rng.uniform(0.2, 0.4)))
    peak = grid >= np.quantile(grid, rng.uniform(0.3, 0.55), axis=1, keepdims=True)
    lit = np.where((grid >= cut) & peak, 0.35 + 0.5 * grid, 0.0)
    lit[tonic] = np.where(peak[tonic], 1.0, 0.0)
    if vertical:
        lit = lit.T[::-1]  # time down, C at the left
    rows, cols = lit.shape
    width, height = cols * pitch, rows * pitch
    x0 = fx0 + m + (fx1 - fx0 - 2 * m - width) * rng.uniform(0.0, 1.0)
    y0 = fy0 + m + (fy1 - fy0 - 2 * m - height) * rng.uniform(0.0, 1.0)
    gx = (c.x - x0) / pitch
    gy = (y0 + height - c.y) / pitch
    i, j = np.floor(gx), np.floor(gy)
    inside = (i >= 0) & (i < cols) & (j >= 0) & (j < rows) & (gx - i < 1 - gap) & (gy - j < 1 - gap)
    ii = np.clip(i, 0, cols - 1).astype(np.intp)
    jj = np.clip(j, 0, rows - 1).astype(np.intp)
    value = np.where(inside, lit[jj, ii], 0.0).astype(np.float32)
    inside &= value > 0
    return Ink(value, inside, compose.clip_box((x0, y0, x0 + width, y0 + height)))
