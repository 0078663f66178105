"""Compositions of the spectrogram style that draw the song's log-spectrogram as
cells: a thin precise strip in empty space, a tall waterfall column bleeding off an
edge, a huge fan cropped by an edge (angle is time, radius frequency, no centre) and
a grid of small multiples (one tile per stretch of the song, its spectrum as bars or
a filled curve).

Each returns an ``Ink``: a value field (0 = field tone, 1 = the spot's tip), where
the art is, and its focal box. Shapes depend only on the rng and fractions of the
side, so every size shows the same composition."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from sleeve.engine import compose

Box = tuple[float, float, float, float]
Spec = np.ndarray  # (frames, bands) in 0..1, low bands first


@dataclass(frozen=True)
class Canvas:
    """What a layout draws on: pixel-centre coordinates (x (1, res), y (res, 1)) in
    0..1, the part of the frame the title leaves free, and the music."""

    x: np.ndarray
    y: np.ndarray
    free: Box
    spec: Spec
    chroma: np.ndarray  # twelve pitch-class weights, C first
    onsets: Callable[[int], np.ndarray]  # onset strength (0..1) at n steps over the song
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
    """The spectrogram sampled at time u and frequency v (0..1, low at 0), nearest cell."""
    frames, bands = spec.shape
    fi = np.clip((u * frames).astype(np.intp), 0, frames - 1)
    bi = np.clip((v * bands).astype(np.intp), 0, bands - 1)
    return spec[fi, bi]


def along(spec: Spec, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """The spectrogram at time u (nearest frame) and frequency v, interpolated between
    bands (no rings where frequency is the radius)."""
    frames, bands = spec.shape
    fi = np.clip((u * frames).astype(np.intp), 0, frames - 1)
    b = np.clip(v * (bands - 1), 0, bands - 1)
    lo = np.minimum(b.astype(np.intp), bands - 2)
    w = b - lo
    return spec[fi, lo] * (1 - w) + spec[fi, lo + 1] * w


def rect(c: Canvas, box: Box, vertical: bool, flip: bool = False) -> Ink:
    """The spectrogram filling a box: time across (down when vertical, up when
    flipped), low frequencies at the bottom (at the left when vertical)."""
    x0, y0, x1, y1 = box
    fx = (c.x - x0) / (x1 - x0)
    fy = (c.y - y0) / (y1 - y0)
    inside = (fx >= 0) & (fx < 1) & (fy >= 0) & (fy < 1)
    u, v = (fy, fx) if vertical else (fx, 1.0 - fy)
    if flip:
        u = 1.0 - u
    value = np.where(inside, cells(c.spec, u, v), 0.0)
    return Ink(value.astype(np.float32), inside, compose.clip_box(box))


def hairline(c: Canvas, at: float, vertical: bool, width: float = 0.0025) -> np.ndarray:
    """A soft line (0..1) across the whole frame at `at`, at least a pixel wide."""
    half = max(width, 0.5 / c.res)
    d = np.abs((c.x if vertical else c.y) - at)
    line = np.clip(1.0 - (d - half) * c.res, 0.0, 1.0)
    return np.broadcast_to(line, (c.res, c.res))


def strip(c: Canvas, rng: np.random.Generator) -> Ink:
    """A thin precise band in much empty space, on a hairline across the free part
    (horizontal; vertical a third of the time), off-centre."""
    fx0, fy0, fx1, fy1 = c.free
    vertical = rng.random() < 0.35
    a0, a1 = (fy0, fy1) if vertical else (fx0, fx1)  # the free extent along the strip
    long = (a1 - a0) * rng.uniform(0.5, 0.8)
    thick = rng.uniform(0.035, 0.075) * (1.0 + 0.6 * c.density)
    lead = (a1 - a0) * rng.uniform(0.08, 0.16)
    start = a0 + lead if rng.random() < 0.55 else a1 - lead - long
    if vertical:
        at = fx0 + (fx1 - fx0) * rng.choice((0.22, 0.3, 0.7, 0.78)) + rng.uniform(-0.03, 0.03)
        box = (at - thick / 2, start, at + thick / 2, start + long)
    else:
        at = fy0 + (fy1 - fy0) * rng.uniform(0.3, 0.72)
        box = (start, at - thick / 2, start + long, at + thick / 2)
    ink = rect(c, box, vertical)
    free = (c.x >= fx0) & (c.x < fx1) & (c.y >= fy0) & (c.y < fy1)
    line = hairline(c, at, vertical) * 0.45 * (free & ~ink.inside)
    value = np.maximum(ink.value, line)
    x0, y0, x1, y1 = ink.box
    box = (x0, fy0, x1, fy1) if vertical else (fx0, y0, fx1, y1)  # the hairline's reach
    return Ink(value.astype(np.float32), ink.inside | (line > 0), box)


def column(c: Canvas, rng: np.random.Generator) -> Ink:
    """A tall waterfall (time running down or up, frequency across) bleeding off the
    edge away from the title, off-centre in a wide field."""
    fx0, fy0, fx1, fy1 = c.free
    width = rng.uniform(0.14, 0.3)
    side = rng.choice((0.2, 0.28, 0.72, 0.8)) + rng.uniform(-0.03, 0.03)
    cx = fx0 + (fx1 - fx0) * side
    if fy0 <= 0.0 and fy1 >= 1.0:  # the title takes a column or the middle: full height
        y0, y1 = -0.01, 1.01
    elif fy0 > 0.0:  # title on top: the column rises from the bottom edge
        y0, y1 = fy0 + rng.uniform(0.02, 0.12), 1.01
    else:
        y0, y1 = -0.01, fy1 - rng.uniform(0.02, 0.12)
    return rect(c, (cx - width / 2, y0, cx + width / 2, y1), True, flip=fy0 > 0.0)


def fan(c: Canvas, rng: np.random.Generator) -> Ink:
    """A huge partial polar fan rising from the edge away from the title: its apex
    lies off the frame, angle is time and radius frequency (low at the apex)."""
    fx0, fy0, fx1, fy1 = c.free
    if fy0 > 0.0 or (fy1 >= 1.0 and fx1 >= 1.0):  # rise from the bottom edge
        edge, reach = "bottom", fy1 - fy0
    elif fy1 < 1.0:
        edge, reach = "top", fy1 - fy0
    else:
        edge, reach = "left", fx1 - fx0
    off = rng.uniform(0.04, 0.35)
    across = rng.uniform(0.15, 0.85)
    span = np.radians(rng.uniform(30, 72))  # wider reads as a record
    tilt = np.radians(rng.uniform(-18, 18)) + (0.5 - across) * 0.9
    r1 = (reach + off) * rng.uniform(0.82, 0.97)
    if edge == "bottom":
        ax, ay, aim = across, 1.0 + off, -np.pi / 2
    elif edge == "top":
        ax, ay, aim = across, -off, np.pi / 2
    else:
        ax, ay, aim = -off, across, 0.0
    aim += tilt if edge != "top" else -tilt
    dx, dy = c.x - ax, c.y - ay
    r = np.sqrt(dx * dx + dy * dy) / r1
    ang = (np.arctan2(dy, dx) - (aim - span / 2) + np.pi) % (2 * np.pi) - np.pi
    u = ang / span
    inside = (r < 1.0) & (u >= 0.0) & (u < 1.0)
    value = np.where(inside, along(c.spec, u, r), 0.0).astype(np.float32)
    ys, xs = np.nonzero(inside)
    box = (xs.min() / c.res, ys.min() / c.res, (xs.max() + 1) / c.res, (ys.max() + 1) / c.res)
    return Ink(value, inside, compose.clip_box(box) if len(xs) else c.free)


def tiles(c: Canvas, rng: np.random.Generator) -> Ink:
    """Small multiples: the song cut into equal stretches, one tile each in a grid in
    the free part, read left to right and top to bottom; a tile is its stretch's
    spectrum as bars or a filled curve (low bands at the left), lit by loudness."""
    fx0, fy0, fx1, fy1 = c.free
    cols = int(rng.choice((3, 4, 4, 5, 6)))
    rows = int(np.clip(round(cols * (fy1 - fy0) / (fx1 - fx0) * rng.uniform(0.6, 1.0)), 2, 6))
    margin = rng.uniform(0.06, 0.12)
    gap = rng.uniform(0.12, 0.3)  # of a tile's pitch
    bars = int(rng.choice((8, 12, 16)))
    x0, x1 = fx0 + margin, fx1 - margin
    y0, y1 = fy0 + margin * 0.8, fy1 - margin * 0.8
    px, py = (x1 - x0) / (cols - gap), (y1 - y0) / (rows - gap)
    gx, gy = (c.x - x0) / px, (c.y - y0) / py
    i, j = np.floor(gx), np.floor(gy)
    inside = (i >= 0) & (i < cols) & (j >= 0) & (j < rows) & (gx - i < 1 - gap) & (gy - j < 1 - gap)
    n = cols * rows
    stretches = np.array_split(c.spec, n)
    level = np.stack(
        [np.stack([b.mean() for b in np.array_split(s, bars, axis=1)], 0) for s in stretches]
    )  # (n, bars)
    level = level / max(float(level.max()), 1e-6)
    tile = np.clip(j * cols + i, 0, n - 1).astype(np.intp)
    fx = (gx - i) / (1 - gap)
    at = np.clip(fx * bars, 0, bars - 1)
    if rng.random() < 0.5:  # bars
        height = level[tile, np.clip(at.astype(np.intp), 0, bars - 1)]
        solid = (fx * bars) % 1.0 < 0.72
    else:  # a filled spectrum curve
        lo = np.minimum(at.astype(np.intp), bars - 2)
        w = at - lo
        height = level[tile, lo] * (1 - w) + level[tile, lo + 1] * w
        solid = True
    up = 1.0 - (gy - j) / (1 - gap)  # 0 at the tile's foot
    lit = inside & (up <= height) & solid
    value = np.where(lit, 0.3 + 0.7 * height, 0.0)
    return Ink(value.astype(np.float32), inside, compose.clip_box((x0, y0, x1, y1)))
