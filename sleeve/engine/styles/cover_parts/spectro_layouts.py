"""What the compositions of the spectrogram style share: the canvas they draw on, the
ink they return, and helpers to sample the spectrum and cut crisp edges. Every shape
either sits whole inside the part of the frame the title leaves free or runs off the
frame's own edges; toward the title it ends on a crisp, anti-aliased edge, never a
smeared fade.

Each returns an ``Ink``: a value field (0 = the field, 1 = the spot's tip), where the
art is, and its focal box. Shapes depend only on the rng and fractions of the side, so
every size shows the same composition."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from sleeve.engine import compose

Box = tuple[float, float, float, float]
Spec = np.ndarray  # (frames, bands) in 0..1, low bands first
FINE = 256  # frequency steps between bands when sampling
MARGIN = 0.05  # room kept between a whole shape and the free part's edges


@dataclass(frozen=True)
class Canvas:
    """What a layout draws on: pixel-centre coordinates (x (1, res), y (res, 1)) in
    0..1, the part of the frame the title leaves free, the music (spectrum, energy,
    density, tempo, onsets), whether the field is dark, whether it is printed and whether the
    title names a city or the night."""

    x: np.ndarray
    y: np.ndarray
    free: Box
    spec: Spec
    energy: float
    density: float
    dark: bool = True  # a dark field: ink is light (else ink is shadow, as on paper)
    tempo: float = 120.0  # beats a minute
    printed: bool = False  # a flat printed field (paper, a vivid colour), not a night
    city: bool = False  # the title names a city: a skyline on the horizon
    night: bool = False  # the title names the night or the moon: a moon over the tide
    # the song's onsets in 0..1, one a sixteenth over the song (signals.onsets); empty:
    # the compositions that use them read the spectrum's own rises instead
    hits: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))

    @property
    def res(self) -> int:
        return int(self.x.shape[1])


@dataclass(frozen=True)
class Ink:
    """A layout's drawing: value in 0..1 where inside, and the focal box."""

    value: np.ndarray
    inside: np.ndarray
    box: Box


def cells(spec: Spec, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """The spectrogram sampled at time u and frequency v (0..1, low at 0), interpolated
    between frames and between bands (through a fine table: two lookups per pixel); the
    nearest frame alone printed each frame as a column, a staircase on every edge."""
    frames, bands = spec.shape
    at = np.linspace(0.0, bands - 1.0, FINE)
    lo = np.minimum(at.astype(np.intp), bands - 2)
    w = (at - lo).astype(spec.dtype)
    fine = (spec[:, lo] * (1 - w) + spec[:, lo + 1] * w).ravel()  # (frames, FINE)
    t = np.clip(u * (frames - 1), 0, frames - 1).astype(spec.dtype)
    fi = np.minimum(t.astype(np.intp), max(frames - 2, 0))
    ft = np.clip(t - fi, 0, 1)
    bi = np.clip(v * (FINE - 1) + 0.5, 0, FINE - 1).astype(np.intp)
    at_frame = fi * FINE + bi
    nxt = np.minimum(at_frame + FINE, fine.size - 1)
    return fine[at_frame] * (1 - ft) + fine[nxt] * ft


def coverage(c: Canvas, inset: np.ndarray) -> np.ndarray:
    """A crisp anti-aliased edge: 1 where `inset` (distance inside a shape, fractions of
    the side) exceeds half a pixel, 0 outside."""
    return np.clip(inset * c.res + 0.5, 0.0, 1.0).astype(np.float32)


def clip_free(c: Canvas) -> np.ndarray:
    """Coverage of the free part: a crisp edge toward the title, none at the frame."""
    fx0, fy0, fx1, fy1 = c.free
    inset = np.full((c.res, c.res), 1.0, np.float32)
    for coord, edge, sign in ((c.x, fx0, 1), (c.y, fy0, 1), (c.x, fx1, -1), (c.y, fy1, -1)):
        if 0.0 < edge < 1.0:
            inset = np.minimum(inset, sign * (coord - edge))
    return coverage(c, inset)


def lit(c: Canvas, cover: np.ndarray, value: np.ndarray, box: Box, floor: float = 0.22) -> Ink:
    """An Ink from a shape's raw value and its coverage (0..1, anti-aliased edges):
    lifted so the whole shape glows, kept inside the free part, its box clipped to where
    it shows."""
    cover = cover * clip_free(c)
    inside = cover > 0.0
    value = np.where(inside, (floor + (1 - floor) * np.clip(value, 0.0, 1.0)) * cover, 0.0)
    xs, ys = np.nonzero(inside.any(axis=0))[0], np.nonzero(inside.any(axis=1))[0]
    if len(xs):
        shown = (xs[0] / c.res, ys[0] / c.res, (xs[-1] + 1) / c.res, (ys[-1] + 1) / c.res)
        box = (
            max(box[0], shown[0]),
            max(box[1], shown[1]),
            min(box[2], shown[2]),
            min(box[3], shown[3]),
        )
    return Ink(value.astype(np.float32), inside, compose.clip_box(box))
