"""Ridgeline compositions: where and how the song's ridges sit on the cover. Each draws
onto the field and returns its focal box (the title keeps out of it). Eight skeletons a
viewer names differently (mirrors are the same one):

horizon: one bold ridge as a skyline, a sun and the onsets as stars; band: a thin
strip of ridges across the width, empty field above and below; planet: ridges wrapped
on a small sphere, an emblem in white space; column: a tall narrow stack beside a calm
side; peak: rows widening downwards into one mountain; block: the stack filling the
whole frame, one calm strip across it for the title; plane: rows on a ground plane
receding to a horizon; tilt: a long stack turned 22-30 degrees, rising out of a bottom
corner. (Rings about a point, quarter rings in a corner and a cropped close-up of a few
bare strokes were cut: the first two read as the planet's disc again, the last as a
stock chart.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import aggdraw
import numpy as np

from sleeve.engine import compose, raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.ridge_stack import POINTS, heights, horizon_line, ridge

Box = tuple[float, float, float, float]
RGB = tuple[int, int, int]
Warp = Callable[[np.ndarray, float, np.ndarray], np.ndarray]
U = np.linspace(0.0, 1.0, POINTS)


@dataclass(frozen=True)
class Inks:
    """Colours of a ridgeline cover: the field, line inks and solid-band fills (each
    graded back to front) and the accent (the highlighted ridge, the sun)."""

    bg: RGB
    lines: tuple[RGB, ...]
    fills: tuple[RGB, ...]
    hot: RGB


@dataclass(frozen=True)
class Canvas:
    """What a composition draws with."""

    direction: ArtDirection
    rng: np.random.Generator
    draw: aggdraw.Draw
    size: int
    inks: Inks
    pen: float  # the base line weight in pixels
    solid: bool = False  # graded palette bands instead of lines over the field


def _lut(colors: tuple[RGB, ...]) -> np.ndarray:
    return raster.color_lut(colors)


def _rgb(lut: np.ndarray, t: float) -> RGB:
    r, g, b = (int(v) for v in lut[int(np.clip(t, 0, 1) * 255)])
    return r, g, b


def _flat(x: np.ndarray, base: float, lift: np.ndarray) -> np.ndarray:
    return np.stack([x, base - lift], axis=1)


def _stack(
    c: Canvas,
    count: int,
    box: Box,
    amp: float,
    pen: float,
    warp: Warp = _flat,
    filled: bool = False,
    disc: RGB | None = None,
) -> None:
    """count ridges back to front in box (fractions), peaks amp high; warp places a
    ridge (x fractions, its base, its heights above it) on the cover (flat, turned,
    wrapped on a sphere)."""
    left, top, right, bottom = box
    h = heights(c.direction, c.rng, count)
    h /= max(float(h.max()), 1e-6)
    persp = c.rng.uniform(0.0, 0.5)
    t = np.linspace(0, 1, count)
    t = (1 - persp) * t + persp * t**1.6
    bases = top + amp * 0.6 + (bottom - top - amp * 0.6) * t
    hot_row = int(np.argmax(h.max(axis=1) * c.rng.uniform(0.7, 1.0, count)))
    lines, fills = _lut(c.inks.lines), _lut(c.inks.fills)
    x = left + (right - left) * U
    for i in range(count):
        crest = warp(x, bases[i], amp * h[i])
        # a solid band runs down to the stack's floor; a line's silhouette to its base
        foot = warp(x, bottom if filled else bases[i], np.full(POINTS, -pen / c.size))
        hot = i == hot_row  # the one accent line, over bands too
        fill = _rgb(fills, t[i]) if filled else (disc or c.inks.bg)
        ink = _accent(c, filled) if hot else (c.inks.bg if filled else _rgb(lines, t[i]))
        ridge(c.draw, crest * c.size, foot * c.size, fill, ink, pen * (1.6 if hot else 1.0))


def _accent(c: Canvas, solid: bool) -> RGB:
    """The one accent line: the vivid accent over the field; over bands, which already
    wear the vivid hue, the palette's line ink (bone on night, ink on paper)."""
    return c.inks.lines[0] if solid else c.inks.hot


def _busy(c: Canvas) -> float:
    """0..1: density and tempo, which set how many ridges and how close."""
    tempo = float(np.clip((c.direction.tempo_bpm - 60.0) / 120.0, 0.0, 1.0))
    return 0.55 * c.direction.density + 0.45 * tempo


def _rows(
    c: Canvas, crests: list[np.ndarray], feet: list[np.ndarray], pen: float, solid: bool
) -> None:
    """Ridges already placed (fractions), back first: near ones hide far ones; in the
    solid treatment graded palette bands edged in the field, else field-filled
    silhouettes under palette lines with one hot ridge."""
    count = len(crests)
    lines, fills = _lut(c.inks.lines), _lut(c.inks.fills)
    peaks = np.array([float(np.ptp(cr[:, 1])) for cr in crests])
    hot_row = int(np.argmax(peaks * c.rng.uniform(0.7, 1.0, count)))
    for i in range(count):
        t = i / max(count - 1, 1)
        hot = i == hot_row  # the one accent line, over bands too
        fill = _rgb(fills, t) if solid else c.inks.bg
        ink = _accent(c, solid) if hot else (c.inks.bg if solid else _rgb(lines, t))
        ridge(c.draw, crests[i] * c.size, feet[i] * c.size, fill, ink, pen * (1.6 if hot else 1.0))


def band(c: Canvas) -> Box:
    """A thin band of many fine ridges across the whole width, a wide empty field
    above and below it."""
    rng = c.rng
    count = int(14 + 12 * _busy(c))  # fewer, so the band reads at 64 px
    depth = float(rng.uniform(0.12, 0.17))
    top = float(rng.uniform(0.42, 0.56 - depth / 2))
    amp = 0.05 + 0.04 * c.direction.loudness
    box = (-0.02, top, 1.02, top + depth)
    _stack(c, count, box, amp, c.pen)
    return (0.0, top - amp * 0.5, 1.0, top + depth + 0.01)


def tilt(c: Canvas) -> Box:
    """A long stack turned 22-30 degrees, rising from a bottom corner and leaving the
    frame at the far side, the opposite top corner empty."""
    rng = c.rng
    angle = np.radians(rng.uniform(22, 30) * rng.choice((-1, 1)))
    cx = 0.6 if angle < 0 else 0.4
    cy = float(rng.uniform(0.74, 0.8))
    cos, sin = np.cos(angle), np.sin(angle)

    def warp(x: np.ndarray, base: float, lift: np.ndarray) -> np.ndarray:
        dx, dy = x - cx, base - lift - cy
        return np.stack([cx + dx * cos - dy * sin, cy + dx * sin + dy * cos], axis=1)

    count = int(12 + 16 * _busy(c))
    depth = float(rng.uniform(0.12, 0.16))
    box = (cx - 0.8, cy - depth, cx + 0.8, cy + depth)
    amp = 0.06 + 0.05 * c.direction.loudness
    _stack(c, count, box, amp, c.pen * 1.5, warp, filled=c.solid)
    edge = warp(np.linspace(box[0], box[2], 64), box[1], np.full(64, amp * 0.6))
    seen = edge[(edge[:, 0] >= 0) & (edge[:, 0] <= 1), 1]
    return compose.clip_box((0.0, float(seen.min()), 1.0, 1.0))


def plane(c: Canvas) -> Box:
    """Ridges on a ground plane receding to a horizon: near rows wide, tall and
    cropped by the frame, far ones narrow and flat at the vanishing point."""
    rng = c.rng
    count = int(12 + 16 * _busy(c))
    yh = float(rng.uniform(0.3, 0.4))
    vx = float(rng.uniform(0.35, 0.65))
    far = float(rng.uniform(9, 14))
    zs = np.geomspace(far, 0.9, count)
    f = (1.0 - yh) * 0.9
    lift = float(rng.uniform(0.2, 0.28)) * (0.7 + 0.5 * c.direction.loudness)
    span = float(rng.uniform(2.2, 3.0))
    h = heights(c.direction, rng, count)
    h /= max(float(h.max()), 1e-6)
    crests, feet = [], []
    for i, z in enumerate(zs):
        base = yh + f / z
        x = vx + (U - 0.5) * span / z
        crests.append(np.stack([x, base - lift / z * h[i]], axis=1))
        feet.append(np.stack([x, np.full(POINTS, base + 0.004)], axis=1))
    line = _rgb(_lut(c.inks.lines), 0.0)
    c.draw.line([0, yh * c.size, c.size, yh * c.size], raster.pen(line, max(1.0, c.pen * 0.6)))
    _rows(c, crests, feet, c.pen * 1.5, c.solid)
    return (0.0, yh - 0.02, 1.0, 1.0)


def peak(c: Canvas) -> Box:
    """Ridges stacked into one mountain: each row wider than the one behind it, the
    whole a triangle standing in the field."""
    rng = c.rng
    count = int(14 + 16 * _busy(c))
    mx = float(rng.choice((0.4, 0.5, 0.6))) + rng.uniform(-0.03, 0.03)
    apex = float(rng.uniform(0.3, 0.38))
    floor = float(rng.uniform(0.84, 0.9))
    wide = min(float(rng.uniform(0.36, 0.46)), mx - 0.05, 0.95 - mx)
    amp = (0.05 + 0.05 * c.direction.loudness) * float(rng.uniform(0.9, 1.3))
    h = heights(c.direction, rng, count)
    h /= max(float(h.max()), 1e-6)
    t = np.linspace(0, 1, count)
    crests, feet = [], []
    for i in range(count):
        half = 0.03 + (wide - 0.03) * t[i]
        x = mx + (U - 0.5) * 2 * half
        base = apex + (floor - apex) * t[i]
        crests.append(np.stack([x, base - amp * (0.5 + 0.5 * t[i]) * h[i]], axis=1))
        feet.append(np.stack([x, np.full(POINTS, base + 0.004)], axis=1))
    _rows(c, crests, feet, c.pen * 1.2, c.solid)
    return (mx - wide, apex - amp, mx + wide, floor + 0.01)


def block(c: Canvas) -> Box:
    """The stack filling the whole frame, edge to edge, broken by one calm strip of
    bare field across it where the title sits inside the art."""
    rng = c.rng
    low = bool(rng.random() < 0.6)
    gap = float(rng.uniform(0.16, 0.2))
    start = float(rng.uniform(0.6, 0.66)) if low else float(rng.uniform(0.22, 0.28))
    amp = 0.05 + 0.05 * c.direction.loudness
    pen = c.pen * 1.3
    per = (14 + 14 * _busy(c)) / 0.9  # ridges per frame height
    parts = ((0.02, start), (start + gap, 1.06))
    for top, bottom in parts:
        count = max(3, int(per * (bottom - top)))
        _stack(c, count, (-0.02, top, 1.02, bottom), amp, pen, filled=c.solid)
    if low:
        return (0.0, 0.0, 1.0, start)
    return (0.0, start + gap - amp * 0.4, 1.0, 1.0)


def column(c: Canvas) -> Box:
    """A tall narrow stack to one side, the other side calm."""
    rng = c.rng
    half = float(rng.uniform(0.11, 0.16))
    mid = float(rng.choice((0.2, 0.8))) + rng.uniform(-0.03, 0.03)
    box = (mid - half, float(rng.uniform(0.06, 0.12)), mid + half, float(rng.uniform(0.88, 0.94)))
    count = int(18 + 22 * _busy(c))
    amp = (0.05 + 0.05 * c.direction.loudness) * half / 0.16
    _stack(c, count, box, amp, c.pen * 1.2, filled=c.solid)
    return box


def planet(c: Canvas) -> Box:
    """Ridges wrapped on a small sphere: each latitude a ridge, foreshortened at the
    rims; an emblem floating to one side of a wide empty field."""
    rng = c.rng
    r = float(rng.uniform(0.11, 0.15))
    cx = float(rng.choice((0.28, 0.72))) + rng.uniform(-0.03, 0.03)
    cy = float(rng.uniform(0.56, 0.72))
    rim = c.inks.lines[-1]
    disc = c.inks.fills[0]
    c.draw.ellipse(
        [(cx - r) * c.size, (cy - r) * c.size, (cx + r) * c.size, (cy + r) * c.size],
        aggdraw.Pen(rim, max(1.0, c.pen * 1.4)),
        aggdraw.Brush(disc),
    )

    lean = np.radians(rng.uniform(14, 26))  # seen a little from above

    def warp(x: np.ndarray, base: float, lift: np.ndarray) -> np.ndarray:
        lon = (x - 0.5) * np.pi  # -90..90 degrees across the front half
        lat = np.clip((base - cy) / r, -1, 1)
        ring = np.sqrt(1 - lat**2)
        px = cx + r * ring * np.sin(lon)
        py = cy + r * (lat * np.cos(lean) + ring * np.cos(lon) * np.sin(lean))
        return np.stack([px, py - lift * np.cos(lon) * (0.4 + 0.6 * ring)], axis=1)

    count = int(7 + 5 * c.direction.density)  # few: they must read apart at 64 px
    # the stack spans the sphere's latitudes; warp keeps each ridge on its own one
    box = (0.0, cy - r * 0.8, 1.0, cy + r * 0.9)
    _stack(c, count, box, r * (0.4 + 0.2 * c.direction.loudness), c.pen * 1.6, warp, disc=disc)
    return compose.around(cx, cy, r * 1.1)


def horizon(c: Canvas) -> Box:
    """One bold ridge of the whole song as a skyline, a sun behind it and the strongest
    onsets as stars; the ground solid. Low, under a big sky (the title above), or high,
    over a tall calm ground (the title below)."""
    rng = c.rng
    high = rng.random() < 0.4
    y = float(rng.uniform(0.4, 0.48) if high else rng.uniform(0.6, 0.72))
    amp = float(rng.uniform(0.1, 0.16) if high else rng.uniform(0.12, 0.2))
    sky = (0.08, y) if high else (0.3, y)  # where stars may go
    line = horizon_line(c.direction, rng)
    sun_x = float(rng.uniform(0.25, 0.75))
    sun_r = float(rng.uniform(0.08, 0.14) if high else rng.uniform(0.1, 0.17))
    # the sun rises over the ridge where it stands
    sun_y = y - amp * float(np.interp(sun_x, U, line)) - sun_r * rng.uniform(0.0, 0.6)
    _disc(c, sun_x, sun_y, sun_r, c.inks.hot)
    hits = signals.onsets(c.direction, 96)
    star = _rgb(_lut(c.inks.lines), 0.2)
    for k in np.flatnonzero(hits > 0.72)[:28]:
        low = y - amp * line[k * POINTS // 96] - 0.04
        _disc(c, (k + 0.5) / 96, rng.uniform(sky[0], low), 0.002 + 0.004 * hits[k], star)
    crest = np.stack([U * 1.04 - 0.02, y - amp * line], axis=1)
    foot = np.stack([U * 1.04 - 0.02, np.full(POINTS, 1.02)], axis=1)
    ground = _rgb(_lut(c.inks.fills), 1.0)
    ridge(c.draw, crest * c.size, foot * c.size, ground, _rgb(_lut(c.inks.lines), 1.0), c.pen * 2.6)
    if high:
        return (0.0, 0.06, 1.0, y + 0.06)
    return (0.0, min(sun_y - sun_r, y - amp, sky[0]) - 0.02, 1.0, 1.0)


def _disc(c: Canvas, x: float, y: float, r: float, color: RGB) -> None:
    s = c.size
    c.draw.ellipse([(x - r) * s, (y - r) * s, (x + r) * s, (y + r) * s], aggdraw.Brush(color))


# calm to loud; the music leans the pick (ridgeline._pick), the seed decides
LAYOUTS = {
    "horizon": horizon,
    "band": band,
    "planet": planet,
    "column": column,
    "peak": peak,
    "block": block,
    "plane": plane,
    "tilt": tilt,
}
