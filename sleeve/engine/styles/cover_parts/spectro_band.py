"""The plate of the spectrogram style: the song set as a scientific print (Raster-Noton,
a lab plate) on a night field or on paper.

- band: the whole log-spectrogram as one deep luminous field across the frame (off
  both its sides, or to a crisp end short of a title column), most of the part the
  title leaves free, time across, frequency up (bass at the foot); a close column per
  slice of the song, lit in a few steps as loud as the spectrum is there, so the loud
  and bright passages glow inside it (a slim stripe vanished at 64 px).
- the scale under it: a hairline time axis ticked every four bars from the tempo
  (a long tick every sixteen: a fast song packs them), and under it a rug of the
  song's onsets (the spectral flux), each stroke as long as the attack.

(The stack, an equaliser of fat bars in two inks, is retired: a stock audio
visualiser.)

Every mark is crisp (ink or none, anti-aliased) and every pitch is a fraction of the
side, so every size draws the same plate."""

from __future__ import annotations

from dataclasses import dataclass

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
AXIS, RUG = 0.55, 0.8  # the axis's and the rug's values
BODY = 0.7  # the band's depth, a share of the room over its scale (a field, not a stripe)
SCALE = 0.3  # the scale's depth under the band, a share of the room


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


@dataclass(frozen=True)
class Plate:
    """Where a plate's body and its scale sit (fractions of the side): the body from x0
    to x1 and top to bottom, time read right to left when flipped; its columns."""

    x0: float
    x1: float
    top: float
    bottom: float
    room: float
    flip: bool
    centres: np.ndarray
    pitch: float

    def song_time(self, x: np.ndarray) -> np.ndarray:
        """The song's time (0..1) at x."""
        t = np.clip((x - self.x0) / max(self.x1 - self.x0, 1e-6), 0.0, 0.9999)
        return 1.0 - t if self.flip else t


def _plate(c: Canvas, rng: np.random.Generator, column: float, body: float) -> Plate:
    """The plate's place in the free part (below a title across the middle): its body
    about `body` of the room over the axis and the rug, run off the frame's edge away
    from a title below it (a field, not a stripe floating in the dark), in columns
    `column` apart."""
    fx0, fy0, fx1, fy1 = c.free
    top = fy0 + MARGIN if fy0 > 0.0 else 0.0
    bottom = fy1 - MARGIN if fy1 < 1.0 else 0.97
    if tuple(c.free) == (0.0, 0.0, 1.0, 1.0):  # a title across the middle: the plate below
        top, bottom = 0.68, 0.97
    x0 = fx0 + MARGIN if fx0 > 0.0 else 0.0
    x1 = fx1 - MARGIN if fx1 < 1.0 else 1.0
    room = bottom - top
    depth = room * body * rng.uniform(0.92, 1.0)
    count = max(int(round((x1 - x0) / column)), 8)
    pitch = (x1 - x0) / count
    centres = x0 + (np.arange(count) + 0.5) * pitch
    flip = bool(rng.random() < 0.3)  # time read right to left now and then
    return Plate(x0, x1, top, top + depth, room, flip, centres, pitch)


def _scale(c: Canvas, p: Plate) -> tuple[np.ndarray, np.ndarray]:
    """Coverage and value of the scale under a plate's body: a hairline time axis
    ticked every four bars (long every sixteen), and under it the onset rug."""
    gap, tick, rug = 0.04 * p.room, 0.05 * p.room, 0.13 * p.room
    axis_y = p.bottom + gap
    hair = 1.6 / 512
    span = (c.x >= p.x0) * (c.x <= p.x1)
    line = _share(np.abs(c.y - axis_y), hair, c.res) * span
    at, long = bar_ticks(c.tempo)
    shown = at <= 1.0
    xs = p.x0 + (1.0 - at[shown] if p.flip else at[shown]) * (p.x1 - p.x0)
    ticks, kt = _strokes(c, xs, hair)
    reach = np.where(long[shown], tick, 0.45 * tick)[kt][None, :]
    axis = np.maximum(line, ticks[None, :] * (c.y > axis_y) * (c.y < axis_y + reach))
    rug_y = axis_y + tick + gap
    count = len(p.centres)
    hits = np.array([h.max() for h in np.array_split(flux(c.spec), count)])  # in song time
    strokes, ks = _strokes(c, p.centres, p.pitch * 0.45)
    strength = hits[count - 1 - ks if p.flip else ks]
    length = rug * np.where(strength > 0.12, 0.15 + 0.85 * strength, 0.0)[None, :]
    rugs = strokes[None, :] * (c.y > rug_y) * (c.y < rug_y + length)
    return np.maximum(axis, rugs), np.where(rugs > axis, RUG, AXIS)


def _inked(c: Canvas, p: Plate, body: np.ndarray, value: np.ndarray) -> Ink:
    """A plate's body and its scale as one crisp Ink."""
    scale, scale_value = _scale(c, p)
    cover = np.maximum(body, scale)
    value = np.where(body >= scale, value, scale_value)
    cover = np.where(cover < 0.3, 0.0, cover)  # ink or none: no faint film
    box = (p.x0, p.top, p.x1, p.bottom + SCALE * p.room)
    return lit(c, cover, value, box, floor=0.0)


def band(c: Canvas, rng: np.random.Generator) -> Ink:
    """The deep luminous band over its scale (see the module)."""
    p = _plate(c, rng, COLUMN, BODY)  # a deep field: it carries the cover at 64 px
    smooth = np.apply_along_axis(signals.smooth, 0, 0.75 * c.spec + 0.25 * changes(c.spec), 2)
    lo, hi = np.percentile(smooth, (15.0, 96.0))  # the loud part lit, the rest dim
    level = np.clip((smooth - lo) / max(float(hi - lo), 1e-6), 0.0, 1.0)
    level = np.round(level * STEPS) / STEPS  # a few inks: crisp contours, not a blur
    cols, k = _strokes(c, p.centres, p.pitch * rng.uniform(0.78, 0.86))  # close: a field
    u = p.song_time(p.centres[k])[None, :]
    v = np.clip((p.bottom - c.y) / (p.bottom - p.top), 0.0, 1.0)
    value = cells(level.astype(np.float32), u, v)
    in_band = (c.y >= p.top) & (c.y < p.bottom)
    body = cols[None, :] * in_band  # a crisp plate, its quietest cells a dim ink
    return _inked(c, p, body, np.where(in_band, 0.38 + 0.62 * value, 0.0))
