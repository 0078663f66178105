"""Compositions of the spectrogram style drawn as crisp printed graphics (a whole
circular rosette of hard-edged cells set off-centre) and the helpers they share.
Every shape either sits whole inside the part of the frame the title leaves free or
runs off the frame's own edges; toward the title it ends on a
crisp, anti-aliased edge, never a smeared fade.

Each returns an ``Ink``: a value field (0 = the field, 1 = the spot's tip), where the
art is, and its focal box. Shapes depend only on the rng and fractions of the side, so
every size shows the same composition."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine import compose

Box = tuple[float, float, float, float]
Spec = np.ndarray  # (frames, bands) in 0..1, low bands first
FINE = 256  # frequency steps between bands when sampling
MARGIN = 0.05  # room kept between a whole shape and the free part's edges


@dataclass(frozen=True)
class Canvas:
    """What a layout draws on: pixel-centre coordinates (x (1, res), y (res, 1)) in
    0..1, the part of the frame the title leaves free, and the music."""

    x: np.ndarray
    y: np.ndarray
    free: Box
    spec: Spec
    energy: float
    density: float

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
    """The spectrogram sampled at time u and frequency v (0..1, low at 0), nearest frame,
    interpolated between bands (through a fine table: one lookup per pixel)."""
    frames, bands = spec.shape
    at = np.linspace(0.0, bands - 1.0, FINE)
    lo = np.minimum(at.astype(np.intp), bands - 2)
    w = (at - lo).astype(spec.dtype)
    fine = spec[:, lo] * (1 - w) + spec[:, lo + 1] * w  # (frames, FINE)
    fi = np.clip(u * frames, 0, frames - 1).astype(np.intp)
    bi = np.clip(v * (FINE - 1) + 0.5, 0, FINE - 1).astype(np.intp)
    return fine.ravel()[fi * FINE + bi]


def changes(spec: Spec) -> Spec:
    """The spectrum with its changes over time brought out: each band measured against
    its own mean and swing (so a steady loud bass does not paint flat rings), mixed with
    the plain level (so the loud bands still lead)."""
    level = (spec - spec.min()) / max(float(np.ptp(spec)), 1e-6)
    z = (spec - spec.mean(axis=0)) / (spec.std(axis=0) + 1e-3)
    return (0.35 * level + 0.65 * (0.5 + 0.5 * np.tanh(0.9 * z))).astype(spec.dtype)


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


def rosette(c: Canvas, rng: np.random.Generator) -> Ink:
    """A whole circular rosette set off-centre in the free part, its rim crisp: a polar
    spectrogram of hard-edged cells, angle time (running out both ways from a
    seed-chosen start, so there is no seam) in sectors, radius frequency in rings,
    around a small empty heart."""
    fx0, fy0, fx1, fy1 = c.free
    room = min(fx1 - fx0, fy1 - fy0) / 2 - MARGIN / 2
    size = room * rng.uniform(0.85, 1.0)
    slack_x = (fx1 - fx0) / 2 - MARGIN / 2 - size
    slack_y = (fy1 - fy0) / 2 - MARGIN / 2 - size
    cx = (fx0 + fx1) / 2 + rng.choice((-1.0, 1.0)) * slack_x * rng.uniform(0.6, 1.0)
    cy = (fy0 + fy1) / 2 + slack_y * rng.uniform(-1.0, 1.0)
    turn = rng.uniform(0, 2 * np.pi)
    ringed = rng.random() < 0.4  # gaps between a few rings (a target), else a wheel
    rings = int(rng.choice((4, 5, 7) if ringed else (6, 10, 14)))
    sectors = int(rng.choice((36, 48, 64, 90)))
    hole = rng.uniform(0.1, 0.25)
    dx, dy = c.x - cx, c.y - cy
    dist = np.sqrt(dx * dx + dy * dy)
    ang = (np.arctan2(dy, dx) + turn) % (2 * np.pi) / (2 * np.pi)
    sector = np.floor(ang * sectors)
    u = 0.5 - 0.5 * np.cos(2 * np.pi * (sector + 0.5) / sectors)  # time 0 at one side
    r = np.clip((dist / size - hole) / (1 - hole), 0.0, 0.9999)
    ring = np.floor(r * rings)
    value = cells(c.spec, u, (ring + 0.5) / rings)
    value = np.clip((value - value.min()) / max(float(np.ptp(value)), 1e-6), 0, 1) ** 1.2
    step = size * (1 - hole) / rings
    gap = max(0.14, 1.2 / (c.res * step))  # a ring gap at least about a pixel wide
    inset = np.minimum(size - dist, dist - hole * size)
    if ringed:
        frac = r * rings - ring
        inset = np.minimum(inset, np.minimum(frac, 1.0 - gap - frac) * step)
    arc = dist * 2 * np.pi / sectors  # a sector's width here
    frac = ang * sectors - sector
    spoke = np.minimum(frac, 1.0 - 0.2 - frac) * arc
    inset = np.where(arc * c.res > 4, np.minimum(inset, spoke), inset)
    box = (cx - size, cy - size, cx + size, cy + size)
    return lit(c, coverage(c, inset), value, box)
