"""Compositions of the spectrogram style that draw the song's log-spectrogram as
large luminous plates: a wide waterfall band (upright, leaning or lying) bleeding off
the frame, a huge fan cropped by an edge (its apex off the frame) and a partial
rosette whose heart sits at the frame's side (angle is time, radius frequency, its rim
lobed by the song's sections). Fan and band carry fine sine grooves, the rosette
fine rays.

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
FINE = 256  # frequency steps between bands when sampling
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
    interpolated between bands (through a fine table: one lookup per pixel)."""
    frames, bands = spec.shape
    at = np.linspace(0.0, bands - 1.0, FINE)
    lo = np.minimum(at.astype(np.intp), bands - 2)
    w = (at - lo).astype(spec.dtype)
    fine = spec[:, lo] * (1 - w) + spec[:, lo + 1] * w  # (frames, FINE)
    fi = np.clip(u * frames, 0, frames - 1).astype(np.intp)
    bi = np.clip(v * (FINE - 1) + 0.5, 0, FINE - 1).astype(np.intp)
    return fine.ravel()[fi * FINE + bi]


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


def grooves(c: Canvas, r: np.ndarray, count: float) -> np.ndarray:
    """Fine sine grooves across a radius in 0..1 (fewer where the raster is coarse, so
    small renders do not alias into moire)."""
    n = min(count, c.res / 5.0)
    return 0.8 + 0.2 * np.sin(2 * np.pi * n * r)


def column(c: Canvas, rng: np.random.Generator) -> Ink:
    """A wide waterfall band (time along it, frequency across) bleeding off the frame at
    both ends: upright, leaning up to 35 degrees or lying across (a third of the time),
    off-centre; fine scan lines along time."""
    fx0, fy0, fx1, fy1 = c.free
    width = rng.uniform(0.3, 0.58)
    lying = rng.random() < 0.33
    if lying:  # across the free part, at a height in it
        lean = np.radians(90 + rng.uniform(-20, 20))
        cx = 0.5
        cy = fy0 + (fy1 - fy0) * rng.uniform(0.3, 0.7)
    else:
        lean = np.radians(rng.uniform(-35, 35))
        side = rng.uniform(0.12, 0.4) if rng.random() < 0.5 else rng.uniform(0.6, 0.88)
        cx = fx0 + (fx1 - fx0) * side
        cy = (fy0 + fy1) / 2
    ax, ay = np.sin(lean), np.cos(lean)  # the band's axis (time), down when upright
    dx, dy = c.x - cx, c.y - cy
    along = dx * ax + dy * ay
    fx = (dx * ay - dy * ax) / width + 0.5  # across the band, 0..1
    inside = (fx >= 0) & (fx < 1)
    u = np.clip(0.5 + along / 1.6, 0.0, 1.0)  # the whole song over the frame's diagonal
    if rng.random() < 0.5:
        u = 1.0 - u
    mirror = rng.random() < 0.4  # bass at the middle, treble to both sides
    v = np.abs(2 * fx - 1) if mirror else fx
    value = cells(c.spec, u, np.clip(v, 0, 1)) * grooves(c, along, 70)
    edge = np.clip(np.minimum(fx, 1.0 - fx) / 0.08, 0.0, 1.0)  # a beam's soft sides
    return lit(c, inside, value, c.free, edge)


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
    off = rng.uniform(0.05, 0.28)
    across = rng.uniform(0.12, 0.88)
    span = np.radians(rng.uniform(50, 95))  # narrower read as a lamp beam
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
    edge = np.clip(np.minimum(np.minimum(u, 1.0 - u) / 0.06, (1.0 - r) / 0.04), 0.0, 1.0)
    return lit(c, inside, value, c.free, edge)  # soft sides and rim


def rosette(c: Canvas, rng: np.random.Generator) -> Ink:
    """An off-centre rosette larger than the free part, its heart at or past the side
    of the frame (a partial bloom, no disc, no hole), cropped by the frame: angle is
    time (running out both ways from a seed-chosen start, so there is no seam), radius
    frequency; its rim swells in a few broad lobes with the song's sections, a bloom
    rather than a disc, and fine rays (not rings) run out from its heart."""
    fx0, fy0, fx1, fy1 = c.free
    left = rng.random() < 0.5  # the heart sits at or past a side of the free part
    cx = fx0 + (fx1 - fx0) * (rng.uniform(-0.22, 0.12) if left else rng.uniform(0.88, 1.22))
    cy = fy0 + (fy1 - fy0) * rng.uniform(0.1, 0.9)
    size = rng.uniform(0.75, 1.15) * max(fx1 - fx0, fy1 - fy0)
    turn = rng.uniform(0, 2 * np.pi)
    sections = int(rng.integers(3, 7))  # lobes on each half of the rim
    rays = int(rng.choice((48, 72, 96)))
    dx, dy = c.x - cx, c.y - cy
    ang = (np.arctan2(dy, dx) + turn) % (2 * np.pi) / (2 * np.pi)
    u = 0.5 - 0.5 * np.cos(2 * np.pi * ang)  # time 0 at one side, the end opposite
    frames = c.spec.shape[0]
    loud = signals.resample(c.spec.mean(axis=1), sections)  # the loudness per section
    loud = signals.smooth(signals.resample(loud, frames), frames // (2 * sections))
    loud = (loud - loud.min()) / max(float(np.ptp(loud)), 1e-6)  # always lobed, never a disc
    rims = np.interp(np.linspace(0, 1, FINE), np.linspace(0, 1, frames), 0.5 + 0.5 * loud)
    rim = rims.astype(np.float32)[(u * (FINE - 1) + 0.5).astype(np.intp)]
    dist = np.sqrt(dx * dx + dy * dy)
    r = dist / (size * rim)
    inside = r < 1.0
    glow = 1.0 - 0.35 * r * r * r  # the rim falls off a little, the heart glows
    ray = 1.0 - 0.25 * np.clip(dist * c.res / (0.8 * rays), 0.0, 1.0) * (
        0.5 + 0.5 * np.cos(2 * np.pi * rays * ang)
    )
    value = cells(c.spec, u, np.clip(r, 0, 1)) * glow * ray
    return lit(c, inside, value, c.free, np.clip((1.0 - r) / 0.06, 0.0, 1.0))  # a soft rim
