"""The printed composition of the spectrogram style: the song's log-spectrogram pulled
as a screenprint, a broad band of halftone dots across the frame.

- halftone: time runs across the frame (off both its sides), frequency up the band
  (bass at the foot); each dot of a 45-degree screen is as big as the spectrum is
  loud there, so quiet passages print as a fine tint and loud ones close up into
  solid ink; the print rises as high as the song is loud at each moment, a crest at
  its loudest passage, its outline fading by dot size, never by blur (a print, not a
  chart's cell field). The song's loudest passage is overprinted in the second ink,
  a touch out of register: the cover's focal point, set on a third of the width.

Dots are crisp (anti-aliased); every size draws the same screen (the pitch is a
fraction of the side)."""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.spectro_layouts import MARGIN, Canvas, Ink, cells, lit

SPOT, TIP = 0.62, 1.0  # the two inks' values (the colour table's spot and tip)


def _dots(
    c: Canvas, pitch: float, shift: tuple[float, float], size_at
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A 45-degree halftone screen: each pixel's coverage by its cell's dot, and the
    cell centre (x, y) the dot's size was read at. `size_at(x, y)` gives a dot's radius
    (fractions of the pitch) at its centre."""
    x, y = c.x - shift[0], c.y - shift[1]
    root = np.float32(np.sqrt(0.5))
    p, q = (x + y) * root / pitch, (x - y) * root / pitch
    cp, cq = np.floor(p) + 0.5, np.floor(q) + 0.5
    dist = np.hypot(p - cp, q - cq) * pitch  # from the cell's centre, fractions of the side
    cx = (cp + cq) * root * pitch + shift[0]
    cy = (cp - cq) * root * pitch + shift[1]
    radius = size_at(cx, cy) * pitch
    cover = np.clip((radius - dist) * c.res + 0.5, 0.0, 1.0) * (radius > 0)
    return cover.astype(np.float32), cx, cy


def halftone(c: Canvas, rng: np.random.Generator) -> Ink:
    """A screenprinted band of the log-spectrogram (see the module)."""
    fx0, fy0, fx1, fy1 = c.free
    frames = c.spec.shape[0]
    top = fy0 + MARGIN if fy0 > 0.0 else 0.0
    bottom = fy1 - MARGIN if fy1 < 1.0 else 1.0
    x0, x1 = fx0, (fx1 - MARGIN if fx1 < 1.0 else 1.0)
    room = bottom - top
    depth = room * rng.uniform(0.8, 0.92)  # most of the free part, standing on its foot
    band_bottom = bottom
    band_top = bottom - depth
    pitch = rng.uniform(1 / 56, 1 / 44)
    smooth = np.apply_along_axis(signals.smooth, 0, c.spec, 5)
    lo, hi = np.percentile(smooth, (5.0, 99.0))
    level = np.clip((smooth - lo) / max(float(hi - lo), 1e-6), 0.0, 1.0).astype(np.float32)
    loud = signals.smooth(c.spec.mean(axis=1), 8)
    crest = (loud - loud.min()) / max(float(np.ptp(loud)), 1e-6)
    peak = int(np.argmax(loud)) / max(frames - 1, 1)
    # the loudest moment on a third of the width: the song's time slid to put it there
    third = (1 / 3, 2 / 3)[int(rng.integers(2))] + rng.uniform(-0.03, 0.03)
    span = x1 - x0
    width = 0.75  # of the song shown across the frame
    starts = [peak - (t - x0) / span * width for t in (third, 1.0 - third)]
    fits = [s for s in starts if 0.0 <= s <= 1.0 - width]  # the other third, if need be
    start = float(np.clip(fits[0] if fits else starts[0], 0.0, 1.0 - width))

    def song_time(x):
        return np.clip(start + (x - x0) / span * width, 0.0, 1.0)

    def freq(y):
        return np.clip((band_bottom - y) / depth, 0.0, 1.0)  # bass at the foot

    def edge(x, y):
        """The print's outline: up to the song's loudness at that moment (a crest at
        the loudest passage), fading by dot size over its last fifth; a foot on the
        frame's edge bleeds, one above a title fades too."""
        v = freq(y)
        height = 0.3 + 0.7 * np.interp(song_time(x), np.linspace(0, 1, frames), crest)
        shape = np.clip((height - v) / 0.2, 0.0, 1.0)
        if band_bottom < 1.0:
            shape = shape * np.clip(v / 0.1, 0.0, 1.0)
        return shape * ((y > band_top) & (y < band_bottom))

    def spot_size(x, y):
        v = cells(level, song_time(x), freq(y))
        v = 0.25 + 0.75 * np.clip(v, 0.0, 1.0)
        return 0.72 * np.sqrt(v * edge(x, y)) * ((x >= x0 - pitch) & (x <= x1 + pitch))

    focus = peak  # the loudest passage, in song time
    reach = 0.07 + 0.05 * rng.random()

    def tip_size(x, y):
        near = np.exp(-(((song_time(x) - focus) / reach) ** 2))
        v = cells(level, song_time(x), freq(y))
        v = np.clip((v - 0.3) / 0.5, 0.0, 1.0)
        size = 0.62 * np.sqrt(v * edge(x, y) * near)
        return np.where(size > 0.12, size, 0.0)

    spot, _, _ = _dots(c, pitch, (0.0, 0.0), spot_size)
    slip = pitch * rng.uniform(0.2, 0.35)
    tip, _, _ = _dots(c, pitch, (slip, -0.6 * slip), tip_size)
    if x1 < 1.0:  # a crisp end short of a title column
        cut = np.clip((x1 - c.x) * c.res + 0.5, 0.0, 1.0)
        spot, tip = spot * cut, tip * cut
    cover = np.maximum(spot, tip)
    cover = np.where(cover < 0.15, 0.0, cover)  # ink or none: no grey film between dots
    value = (SPOT * spot * (1 - tip) + TIP * tip) / np.maximum(cover, 1e-6)
    return lit(c, cover, value, (x0, band_top, x1, band_bottom), floor=0.0)
