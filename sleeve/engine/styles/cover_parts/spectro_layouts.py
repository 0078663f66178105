"""Compositions of the spectrogram style that draw the song's log-spectrogram as
large luminous plates: a wide waterfall column bleeding off an edge, a huge fan cropped
by an edge (its apex off the frame) and an off-centre rosette (angle is time, radius
frequency, its rim swelling with the loudness like a burst). Polar plates carry fine
sine grooves.

Each returns an ``Ink``: a value field (0 = the field, 1 = the spot's tip), where the
art is, and its focal box. The art fades into the field before the title's zone (no
hard edge). Shapes depend only on the rng and fractions of the side, so every size
shows the same composition."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine import compose, signals

Box = tuple[float, float, float, float]
Spec = np.ndarray  # (frames, bands) in 0..1, low bands first
FADE = 0.09  # how far the art fades out before the title's zone, of the side


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
    interpolated between bands."""
    frames, bands = spec.shape
    fi = np.clip((u * frames).astype(np.intp), 0, frames - 1)
    b = np.clip(v * (bands - 1), 0, bands - 1)
    lo = np.minimum(b.astype(np.intp), bands - 2)
    w = b - lo
    return spec[fi, lo] * (1 - w) + spec[fi, lo + 1] * w


def fade(c: Canvas) -> np.ndarray:
    """1 inside the free part, falling to 0 over FADE at its edges that face the title
    (the frame's own edges crop instead)."""
    fx0, fy0, fx1, fy1 = c.free
    out = np.ones((c.res, c.res), np.float32)
    for coord, edge, sign in ((c.x, fx0, 1), (c.y, fy0, 1), (c.x, fx1, -1), (c.y, fy1, -1)):
        if 0.0 < edge < 1.0:
            out = out * np.clip(sign * (coord - edge) / FADE, 0.0, 1.0)
    return out


def lit(
    c: Canvas, inside: np.ndarray, value: np.ndarray, box: Box, mist: float | np.ndarray = 1.0
) -> Ink:
    """An Ink from a plate's raw value: lifted so the whole plate glows, faded before the
    title (and by `mist`, 0..1, where the plate itself dissolves), its box clipped to
    where it shows."""
    soft = fade(c) * mist
    value = np.where(inside, (0.22 + 0.78 * np.clip(value, 0.0, 1.0)) * soft, 0.0)
    inside = inside & (soft > 0.0)
    ys, xs = np.nonzero(inside)
    if len(xs):
        shown = (xs.min() / c.res, ys.min() / c.res, (xs.max() + 1) / c.res, (ys.max() + 1) / c.res)
        box = (
            max(box[0], shown[0]),
            max(box[1], shown[1]),
            min(box[2], shown[2]),
            min(box[3], shown[3]),
        )
    return Ink(value.astype(np.float32), inside, compose.clip_box(box))


def grooves(c: Canvas, r: np.ndarray, count: float) -> np.ndarray:
    """Fine sine grooves across a radius in 0..1 (fewer where the raster is coarse, so
    small renders do not alias into moire)."""
    n = min(count, c.res / 5.0)
    return 0.8 + 0.2 * np.sin(2 * np.pi * n * r)


def column(c: Canvas, rng: np.random.Generator) -> Ink:
    """A wide waterfall (time running down or up, frequency across) bleeding off the
    frame's edges, off-centre; fine scan lines along time."""
    fx0, fy0, fx1, fy1 = c.free
    width = rng.uniform(0.22, 0.5)
    side = rng.uniform(0.12, 0.4) if rng.random() < 0.5 else rng.uniform(0.6, 0.88)
    cx = fx0 + (fx1 - fx0) * side
    x0, x1 = cx - width / 2, cx + width / 2
    flip = fy0 > 0.0
    fx = (c.x - x0) / width
    fy = np.broadcast_to(c.y, (c.res, c.res))
    inside = (fx >= 0) & (fx < 1) & (fy >= -0.01)
    u = 1.0 - fy if flip else fy
    mirror = rng.random() < 0.4  # bass at the middle, treble to both sides
    v = np.abs(2 * fx - 1) if mirror else fx
    value = cells(c.spec, np.clip(u, 0, 1), np.clip(v, 0, 1)) * grooves(c, fy, 70)
    return lit(c, inside, value, (x0, fy0, x1, fy1))


def _edge(c: Canvas) -> tuple[str, float]:
    """The frame edge a fan rises from (away from the title) and how far it may reach."""
    fx0, fy0, fx1, fy1 = c.free
    if fy0 > 0.0 or (fy1 >= 1.0 and fx1 >= 1.0):
        return "bottom", fy1 - fy0
    if fy1 < 1.0:
        return "top", fy1 - fy0
    return "left", fx1 - fx0


def fan(c: Canvas, rng: np.random.Generator) -> Ink:
    """A huge partial polar fan rising from the edge away from the title: its apex lies
    off the frame, angle is time and radius frequency (low at the apex); it runs past
    the frame and fades before the title."""
    edge, reach = _edge(c)
    off = rng.uniform(0.05, 0.4)
    across = rng.uniform(0.12, 0.88)
    span = np.radians(rng.uniform(38, 80))
    tilt = np.radians(rng.uniform(-16, 16)) + (0.5 - across) * 0.8
    r1 = (reach + off) * rng.uniform(0.95, 1.2)
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
    value = cells(c.spec, np.clip(u, 0, 1), np.clip(r, 0, 1)) * grooves(c, r, 90)
    return lit(c, inside, value, c.free)


def rosette(c: Canvas, rng: np.random.Generator) -> Ink:
    """An off-centre rosette larger than the free part, cropped by the frame: angle is
    time (running out both ways from a seed-chosen start, so there is no seam), radius
    frequency; its rim swells with the loudness, a burst rather than a disc."""
    fx0, fy0, fx1, fy1 = c.free
    cx = fx0 + (fx1 - fx0) * rng.choice((rng.uniform(-0.05, 0.3), rng.uniform(0.7, 1.05)))
    cy = fy0 + (fy1 - fy0) * rng.uniform(0.25, 0.8)
    size = rng.uniform(0.6, 0.95) * max(fx1 - fx0, fy1 - fy0)
    turn = rng.uniform(0, 2 * np.pi)
    petals = int(rng.integers(0, 2)) * int(rng.choice((5, 7, 9)))  # a lobed rim, sometimes
    dx, dy = c.x - cx, c.y - cy
    ang = (np.arctan2(dy, dx) + turn) % (2 * np.pi) / (2 * np.pi)
    u = np.abs(2 * ang - 1)  # time 0 at one side, the song's end opposite
    frames = c.spec.shape[0]
    loud = signals.smooth(c.spec.mean(axis=1), 9)  # broad lobes, not a starburst
    loud = (loud - loud.min()) / max(float(np.ptp(loud)), 1e-6)
    rim = np.interp(u, np.linspace(0, 1, frames), 0.55 + 0.45 * loud)
    if petals:
        rim = rim * (0.88 + 0.12 * np.cos(2 * np.pi * petals * ang))
    r = np.sqrt(dx * dx + dy * dy) / (size * rim)
    inside = r < 1.0
    glow = 1.0 - 0.35 * r**3  # the rim falls off a little, the heart glows
    value = cells(c.spec, u, np.clip(r, 0, 1)) * glow * grooves(c, r * rim, 80)
    return lit(c, inside, value, c.free)
