"""A figure of the spectrogram style that is an object, not a plot: the song's
spectrum folded into a thing that could hang in a gallery.

- scan: a line screen (Raster-Noton, op art): straight hairlines across the frame,
  one per band group (bass at the bottom), running off its sides; round the song's
  loudest passage they swell into one bloom (two where a second loud passage stands
  apart), set on a third of the width: the bloom's outline is that passage's
  spectrum, its width how long the loud part lasts; elsewhere bare hairlines.

Retired from this module: the sun (a radial burst round a glowing core: a sunburst
on gospel, techno and k-pop alike, 15 of 74 bench covers) and the light painting
(glowing threads: a line chart or a screen saver). Edges are crisp (anti-aliased)."""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.spectro_layouts import (
    MARGIN,
    Canvas,
    Ink,
    coverage,
    lit,
)


def _blooms(loud: np.ndarray) -> list[int]:
    """The song's loudest frame, and a second loud passage when one stands apart (at
    least nine tenths as loud, a third of the song away)."""
    first = int(np.argmax(loud))
    frames = len(loud)
    away = np.abs(np.arange(frames) - first) > frames / 3
    if away.any():
        second = int(np.argmax(np.where(away, loud, -np.inf)))
        floor = loud.min() + 0.9 * np.ptp(loud)
        if loud[second] >= floor and 0 < second < frames - 1:
            return [first, second]
    return [first]


def scan(c: Canvas, rng: np.random.Generator) -> Ink:
    """A line screen (see the module): straight hairlines across the frame, one per
    band group (bass at the bottom), running off its sides; they swell into a bloom
    round the song's loudest passage (and a second where one stands apart), the first
    set on a third of the width: the bloom's outline is that passage's spectrum, its
    width how long the loud part lasts; away from it the lines stay bare hairlines.
    (Standing lines read as a row of bottles: the screen lies across.)"""
    fx0, fy0, fx1, fy1 = c.free
    frames, bands = c.spec.shape
    lines = int(rng.integers(13, 25))
    top = fy0 + MARGIN if fy0 > 0.0 else 0.0
    bottom = fy1 - MARGIN if fy1 < 1.0 else 1.0
    x0, x1 = fx0, fx1 - MARGIN if fx1 < 1.0 else 1.0
    pitch = (bottom - top) / lines
    groups = np.array_split(np.arange(bands), lines)
    level = np.stack([c.spec[:, g].mean(axis=1) for g in groups[::-1]], axis=1)  # bass last
    level = np.apply_along_axis(signals.smooth, 0, level, 3)  # (frames, lines)
    loud = signals.smooth(c.spec.mean(axis=1), 6)
    held = float(np.mean(loud > loud.min() + 0.7 * np.ptp(loud)))  # how long it stays loud
    span = x1 - x0
    peaks = _blooms(loud)
    gap = (peaks[-1] - peaks[0]) / max(frames - 1, 1) / 0.8  # the second's lead, in spans
    # the first bloom on a third, time running either way, so that a second one
    # lands inside the frame
    ways = [(third, way) for third in (1 / 3, 2 / 3) for way in (1.0, -1.0)]
    fits = [w for w in ways if 0.1 <= w[0] + w[1] * gap <= 0.9] or ways
    third, way = fits[int(rng.integers(len(fits)))]
    first = x0 + span * (third + rng.uniform(-0.04, 0.04))
    pos = way * (c.x[0] - first)  # from the first bloom, in song time's direction
    t = np.clip(peaks[0] / max(frames - 1, 1) + pos / span * 0.8, 0.0, 1.0)  # song time
    width = span * (0.13 + 0.2 * held)
    bloom = np.exp(-((pos / width) ** 2))
    if len(peaks) > 1:  # the second passage
        at2 = gap * span
        bloom = np.maximum(bloom, 0.8 * np.exp(-(((pos - at2) / (0.7 * width)) ** 2)))
    frame_at = np.linspace(0, 1, frames)
    spec_at = np.stack([np.interp(t, frame_at, level[:, k]) for k in range(lines)])
    shape = spec_at / np.maximum(spec_at.max(axis=0, keepdims=True), 1e-6)  # the outline
    level_at = spec_at.max(axis=0) / max(float(spec_at.max()), 1e-6)
    shape = (0.3 + 0.7 * shape**1.1) * level_at**0.3  # a full lens, shaped by the spectrum
    swell = np.clip(shape * bloom[None, :] / 0.85, 0.0, 1.0) ** 1.2  # (lines, res)
    row = (c.y - top) / pitch
    k = np.clip(np.floor(row), 0, lines - 1).astype(np.intp)
    off = np.abs(row - k - 0.5) * pitch  # from the line's axis
    thick = swell[k, np.arange(c.res)[None, :]]
    # a line's share of each pixel (a box filter): a hairline finer than a pixel is a
    # faint tint at a thumbnail, as the full-size cover shrunk would show it, so the
    # bloom alone carries the cover at 64 px
    half = (pitch / 2 * (0.06 + 0.88 * thick)) * c.res
    off = off * c.res
    share = np.clip(np.minimum(off + half, 0.5) - np.maximum(off - half, -0.5), 0.0, 1.0)
    cover = share * coverage(c, np.minimum(c.y - top, bottom - c.y))
    if x1 < 1.0:  # a crisp end a margin short of a title column
        cover = cover * coverage(c, x1 - c.x)
    value = 0.55 + 0.45 * thick
    return lit(c, cover, value, (x0, top, x1, bottom), floor=0.0)
