"""The band of the spectrogram style: the song's whole log-spectrogram as one luminous
band across a dark field, set as a scientific plate (Raster-Noton, a lab print).

- band: time runs across the frame (off both its sides, or to a crisp end short of a
  title column), frequency up the band (bass at the foot); each frame is one vertical
  hairline column lit as loud as the spectrum is there, so the loud passages and the
  bright (treble-rich) ones stand out as luminous towers inside the band. Under it a
  hairline time axis ticked every four bars from the tempo (a long tick every
  sixteen: a fast song packs them), and under that a rug of the song's onsets (the
  spectral flux), each stroke as long as the attack.

Every mark is crisp (ink or none, anti-aliased) and every pitch is a fraction of the
side, so every size draws the same plate."""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.spectro_layouts import (
    MARGIN,
    Canvas,
    Ink,
    cells,
    changes,
    lit,
)

SONG_SECONDS = 200.0  # the nominal length the tempo's bar ticks are laid over
STEPS = 4  # the band's value steps above its floor
COLUMN = 1 / 96  # the band's column pitch, fractions of the side
AXIS, RUG = 0.55, 0.8  # the axis's and the onset rug's values (spot, toward the tip)


def flux(spec: np.ndarray) -> np.ndarray:
    """Onset strength per frame in 0..1: the spectrum's rise from the frame before,
    summed over the bands (spectral flux)."""
    rise = np.clip(np.diff(spec, axis=0, prepend=spec[:1]), 0.0, None).sum(axis=1)
    return rise / max(float(rise.max()), 1e-6)


def bar_ticks(tempo: float) -> tuple[np.ndarray, np.ndarray]:
    """Tick positions (0..1 of the song) every four bars of four beats, and which are
    long (every sixteen bars)."""
    bars = max(tempo, 40.0) * SONG_SECONDS / 60.0 / 4.0
    at = np.arange(0.0, bars + 1e-6, 4.0)
    return at / bars, (at % 16.0) == 0.0


def _share(d: np.ndarray, width: float, res: int) -> np.ndarray:
    """A line's share of each pixel (a box filter) at distance `d` from its axis, the
    line `width` wide (fractions of the side): a hairline finer than a pixel is a tint."""
    d, half = d * res, width / 2 * res
    return np.clip(np.minimum(d + half, 0.5) - np.maximum(d - half, -0.5), 0.0, 1.0)


def _strokes(c: Canvas, xs: np.ndarray, width: float) -> tuple[np.ndarray, np.ndarray]:
    """Coverage of vertical strokes `width` wide (fractions of the side) at `xs` per pixel
    column, and the index of the nearest stroke."""
    near = np.abs(c.x[0][:, None] - xs[None, :])
    k = np.argmin(near, axis=1)
    return _share(near[np.arange(c.res), k], width, c.res).astype(np.float32), k


def band(c: Canvas, rng: np.random.Generator) -> Ink:
    """The luminous band with its axis and onset rug (see the module)."""
    fx0, fy0, fx1, fy1 = c.free
    top = fy0 + MARGIN if fy0 > 0.0 else 0.08
    bottom = fy1 - MARGIN if fy1 < 1.0 else 0.92
    if tuple(c.free) == (0.0, 0.0, 1.0, 1.0):  # a title across the middle: the plate below
        top, bottom = 0.68, 0.97
    x0 = fx0 + MARGIN if fx0 > 0.0 else 0.0
    x1 = fx1 - MARGIN if fx1 < 1.0 else 1.0
    room = bottom - top
    depth = room * rng.uniform(0.5, 0.62)  # the band, most of the free part
    gap, tick, rug = 0.045 * room, 0.06 * room, 0.15 * room  # axis gap, long tick, rug
    below = gap + tick + gap + rug
    band_top = top + (room - depth - below) * rng.uniform(0.2, 0.6)
    band_bottom = band_top + depth
    flip = rng.random() < 0.3  # time read right to left now and then
    smooth = np.apply_along_axis(signals.smooth, 0, changes(c.spec), 2)
    lo, hi = np.percentile(smooth, (5.0, 99.0))
    level = np.clip((smooth - lo) / max(float(hi - lo), 1e-6), 0.0, 1.0) ** 1.5
    level = np.round(level * STEPS) / STEPS  # a few inks: crisp contours, not a blur

    def song_time(x: np.ndarray) -> np.ndarray:
        t = np.clip((x - x0) / max(x1 - x0, 1e-6), 0.0, 0.9999)
        return 1.0 - t if flip else t

    # the band: a column per slice of the song, a hairline gap between them
    count = max(int(round((x1 - x0) / COLUMN)), 8)
    pitch = (x1 - x0) / count
    centres = x0 + (np.arange(count) + 0.5) * pitch
    cols, k = _strokes(c, centres, pitch * rng.uniform(0.62, 0.75))
    u = song_time(centres[k])[None, :]
    v = np.clip((band_bottom - c.y) / depth, 0.0, 1.0)
    value = cells(level.astype(np.float32), u, v)
    in_band = (c.y >= band_top) & (c.y < band_bottom)
    cover = cols[None, :] * in_band * (value > 0.0)  # the quietest cells stay dark
    value = np.where(in_band, 0.35 + 0.65 * value, 0.0)

    # the time axis: a hairline with a tick every four bars, a long one every sixteen
    axis_y = band_bottom + gap
    hair = 1.6 / 512
    span = (c.x >= x0) * (c.x <= x1)
    line = _share(np.abs(c.y - axis_y), hair, c.res) * span
    line = np.maximum(line, _share(np.abs(c.y - band_top + gap / 2), hair, c.res) * span)
    at, long = bar_ticks(c.tempo)
    shown = at <= 1.0
    xs = x0 + (1.0 - at[shown] if flip else at[shown]) * (x1 - x0)
    ticks, kt = _strokes(c, xs, hair)
    reach = np.where(long[shown], tick, 0.45 * tick)[kt][None, :]
    tick_cover = ticks[None, :] * (c.y > axis_y) * (c.y < axis_y + reach)
    axis = np.maximum(line, tick_cover)

    # the onset rug: a stroke per frame, as long as the attack there
    rug_y = axis_y + tick + gap
    hits = np.array([h.max() for h in np.array_split(flux(c.spec), count)])  # in song time
    strokes, ks = _strokes(c, centres, pitch * 0.45)
    strength = hits[count - 1 - ks if flip else ks]
    length = rug * np.where(strength > 0.12, 0.15 + 0.85 * strength, 0.0)[None, :]
    rug_cover = strokes[None, :] * (c.y > rug_y) * (c.y < rug_y + length)

    cover = np.maximum(np.maximum(cover, axis), rug_cover)
    value = np.where(in_band, value, np.where(rug_cover > axis, RUG, AXIS))
    cover = np.where(cover < 0.3, 0.0, cover)  # ink or none: no faint film
    box = (x0, band_top, x1, rug_y + rug)
    return lit(c, cover, value, box, floor=0.0)
