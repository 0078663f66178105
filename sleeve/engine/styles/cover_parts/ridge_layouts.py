"""Ridgeline compositions: where and how the song's ridges sit on the cover. Each draws
onto the field and returns its focal box (the title keeps out of it). Seven skeletons
a viewer names differently (mirrors are the same one), every one large at 64 px:

hills: the song cut into 4-6 broad ridges, each a flat tone (a layered print), the sky
calm above; window: the classic stack seen through a tall arch or a circle cut in a
coloured field; floor: rows on a ground plane receding steeply to a high horizon;
radial: rings of ridges round a centre, a ridgeline sun or record filling most of the
frame; curtain: vertical ridges hanging across the whole width, a calm hem below (or
rising from the floor, calm above); fullbleed: the stack edge to edge over the whole
frame, one solid band across it for the title; macro: 3-5 huge ridges in thick
strokes, cropped by the frame, the title on the body of the nearest one.
(A small planet, a thin band, a centred peak, a narrow column and a tilted stack were
cut: they left a small figure in empty black or repeated one pyramid.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.ridge_stack import (
    POINTS,
    closed,
    heights,
    hill_curves,
    loops,
    ridge,
)

Box = tuple[float, float, float, float]
RGB = tuple[int, int, int]
U = np.linspace(0.0, 1.0, POINTS)


@dataclass(frozen=True)
class Inks:
    """Colours of a ridgeline cover: the field, the line ink (bone on night, ink on
    paper), line hues graded across the stack (empty: every line in the ink), flat
    tones for filled ridges (far to near) and a calm solid panel colour."""

    bg: RGB
    ink: RGB
    hues: tuple[RGB, ...]
    tones: tuple[RGB, ...]
    panel: RGB


@dataclass
class Canvas:
    """What a composition draws with; a composition may leave a cut-out (a mask and
    the field colour round it) for render to lay over the drawing."""

    direction: ArtDirection
    rng: np.random.Generator
    draw: aggdraw.Draw
    size: int
    inks: Inks
    pen: float  # the base line weight in pixels
    filled: bool = False  # flat palette tones instead of lines over the field
    room: float = 0.22  # the calm strip the title needs (a side fraction)
    calm_top: bool = True  # where it goes: the title layout's own place, top or bottom
    cutout: list[tuple[Image.Image, RGB]] = field(default_factory=list)


def _at(colors: tuple[RGB, ...], t: float) -> RGB:
    lut = raster.color_lut(colors)
    r, g, b = (int(v) for v in lut[int(np.clip(t, 0, 1) * 255)])
    return r, g, b


def _line(c: Canvas, t: float) -> RGB:
    return _at(c.inks.hues, t) if c.inks.hues else c.inks.ink


def _light(c: Canvas) -> bool:
    return not compose.dark_field(rgb_to_oklch(c.inks.bg)[0])


def _edge(c: Canvas) -> RGB:
    """The line between flat tones: the light ink between coloured bands on a night
    field (dark edges over many coloured bands mix to brown at 64 px), else the field."""
    return c.inks.ink if c.inks.hues and not _light(c) else c.inks.bg


def _busy(c: Canvas) -> float:
    """0..1: density and tempo, which set how many ridges and how close."""
    tempo = float(np.clip((c.direction.tempo_bpm - 60.0) / 120.0, 0.0, 1.0))
    return 0.55 * c.direction.density + 0.45 * tempo


def _stack(c: Canvas, count: int, box: Box, amp: float, pen: float, spread: float = 1.0) -> None:
    """count ridges back to front with their bases from box's top to its bottom
    (fractions), peaks amp high: field-filled silhouettes under lines, or flat tones
    edged in the field."""
    left, top, right, bottom = box
    h = heights(c.direction, c.rng, count, spread)
    h /= max(float(h.max()), 1e-6)
    t = np.linspace(0.0, 1.0, count)
    x = left + (right - left) * U
    for i in range(count):
        base = top + (bottom - top) * t[i]
        crest = np.stack([x, base - amp * h[i]], axis=1)
        # a flat tone shows only down to the next ridge's base, which covers the rest
        # (filling each to the floor drew the frame fifty times over)
        nxt = bottom + 0.05 if i == count - 1 else base + (bottom - top) / (count - 1) + 0.004
        foot = np.stack([x, np.full(POINTS, nxt if c.filled else base + 0.003)], axis=1)
        if c.filled:
            ridge(c.draw, crest * c.size, foot * c.size, _at(c.inks.tones, t[i]), _edge(c), pen)
        else:
            ridge(c.draw, crest * c.size, foot * c.size, c.inks.bg, _line(c, t[i]), pen)


def fullbleed(c: Canvas) -> Box:
    """The stack edge to edge over the whole frame, one calm solid band (top or
    bottom) laid across it for the title."""
    rng = c.rng
    top_band = c.calm_top
    band = c.room + float(rng.uniform(0.0, 0.03))
    amp = 0.07 + 0.06 * c.direction.loudness
    count = int(30 + 22 * _busy(c))
    _stack(c, count, (-0.02, amp * 0.5, 1.02, 1.04), amp, c.pen * 1.2, spread=2.6)
    y0, y1 = (0.0, band) if top_band else (1.0 - band, 1.0)
    s = c.size
    c.draw.rectangle([-1, y0 * s, s + 1, y1 * s], aggdraw.Brush(c.inks.panel))
    return (0.0, band, 1.0, 1.0) if top_band else (0.0, 0.0, 1.0, 1.0 - band)


def hills(c: Canvas) -> Box:
    """The song in 4-6 broad ridges, each a flat tone, far ones nearest the sky; the
    sky calm above them for the title."""
    rng = c.rng
    count = int(4 + round(2 * _busy(c)))
    h = hill_curves(c.direction, rng, count)
    loud = 0.7 + 0.5 * c.direction.loudness
    if c.calm_top:  # under a calm sky
        first = max(float(rng.uniform(0.46, 0.52)), c.room + 0.21 * loud)
        last = float(rng.uniform(0.82, 0.88))
    else:  # high, the nearest hill's flat body a calm ground below
        first = float(rng.uniform(0.28, 0.32))
        last = 0.97 - c.room
    x = U * 1.04 - 0.02
    top = 1.0
    for i in range(count):
        t = i / (count - 1)
        base = first + (last - first) * t
        amp = (0.2 - 0.06 * t) * loud
        crest = np.stack([x, base - amp * h[i]], axis=1)
        top = min(top, float(crest[:, 1].min()))
        foot = np.stack([x, np.full(POINTS, 1.05)], axis=1)
        edge = c.inks.bg if c.filled else None
        # far hills nearest the sky's haze: on a night sky the nearest is the darkest
        tone = _at(c.inks.tones, t if _light(c) else 1.0 - t)
        ridge(c.draw, crest * c.size, foot * c.size, tone, edge, c.pen * 0.8)
    return (0.0, max(0.0, top - 0.01), 1.0, 1.0 if c.calm_top else last + 0.02)


def floor(c: Canvas) -> Box:
    """Rows on a ground plane receding steeply to a high horizon: near rows wide, tall
    and cropped by the frame, far ones flat at the vanishing line; the sky calm."""
    rng = c.rng
    count = int(16 + 18 * _busy(c))
    if c.calm_top:  # a calm sky over a floor running out of the frame
        yh = max(float(rng.uniform(0.3, 0.38)), c.room + 0.03)
        near = 1.0 + 0.13 * (1.0 - yh)
    else:  # a low sky, the floor ending in a calm strip of field
        yh = float(rng.uniform(0.18, 0.24))
        near = 0.98 - c.room
    vx = float(rng.uniform(0.38, 0.62))
    far = float(rng.uniform(10, 16))
    zs = np.geomspace(far, 0.75, count)
    f = (near - yh) * 0.75
    lift = float(rng.uniform(0.22, 0.3)) * (0.7 + 0.5 * c.direction.loudness)
    span = float(rng.uniform(2.6, 3.4))
    h = heights(c.direction, rng, count, spread=1.8)
    h /= max(float(h.max()), 1e-6)
    s = c.size
    c.draw.line([0, yh * s, s, yh * s], raster.pen(_line(c, 0.0), max(1.0, c.pen)))
    for i, z in enumerate(zs):
        t = i / (count - 1)
        base = yh + f / z
        xs = vx + (U - 0.5) * span / z
        crest = np.stack([xs, base - lift / z * h[i]], axis=1)
        nxt = 1.05 if i == count - 1 else yh + f / zs[i + 1] + 0.004
        foot = np.stack([xs, np.full(POINTS, nxt if c.filled else base + 0.004)], axis=1)
        pen = c.pen * (0.7 + 1.6 * t)
        if c.filled:
            ridge(c.draw, crest * s, foot * s, _at(c.inks.tones, t), _edge(c), pen)
        else:
            ridge(c.draw, crest * s, foot * s, c.inks.bg, _line(c, t), pen)
    return (0.0, yh - 0.03, 1.0, 1.0 if c.calm_top else near + 0.02)


def radial(c: Canvas) -> Box:
    """Rings of ridges round a centre, peaks pushing outwards (the song once round each
    ring): a ridgeline sun or record filling most of the frame, the title in the calm
    strip above or below it."""
    rng = c.rng
    low = c.calm_top
    outer = float(rng.uniform(0.4, 0.46))
    cy = c.room + outer if low else 1.0 - c.room - outer
    cx = 0.5 + float(rng.uniform(-0.06, 0.06))
    count = int(9 + 8 * _busy(c))
    n = 240
    h = loops(c.direction, rng, count, n)
    h /= np.maximum(h.max(axis=1, keepdims=True), 1e-6)
    h = h**1.6  # distinct peaks over a calm ring, not a wobbling contour
    h *= 0.45 + 0.55 * np.linspace(0.0, 1.0, count)[::-1, None] ** 0.5
    inner = outer * float(rng.uniform(0.16, 0.22))
    amp = (outer - inner) * (0.2 + 0.1 * c.direction.loudness)
    turn = float(rng.uniform(0, 2 * np.pi))
    ang = turn + np.linspace(0, 2 * np.pi, n, endpoint=False)
    cos, sin = np.cos(ang), np.sin(ang)
    s = c.size
    for i in range(count):  # outer first: inner peaks cover the rings behind them
        t = i / (count - 1)
        r = (outer - amp) - (outer - amp - inner) * t + amp * h[i]
        ring = np.stack([cx + r * cos, cy + r * sin], axis=1) * s
        if c.filled:
            closed(c.draw, ring, _at(c.inks.tones, t), _edge(c), c.pen * 1.4)
        else:
            closed(c.draw, ring, c.inks.bg, _line(c, t), c.pen * 1.6)
    hole = inner * 0.7
    c.draw.ellipse(
        [(cx - hole) * s, (cy - hole) * s, (cx + hole) * s, (cy + hole) * s],
        aggdraw.Brush(c.inks.panel),
    )
    return compose.around(cx, cy, outer)


def macro(c: Canvas) -> Box:
    """3-5 huge ridges in thick strokes, a close crop of the stack: far crests run
    off the top of the frame, the nearest ridge's calm body carries the title."""
    rng = c.rng
    count = int(3 + round(2 * _busy(c)))
    h = heights(c.direction, rng, count, spread=1.3)
    h = np.stack([np.convolve(np.pad(r, 3, mode="edge"), np.ones(7) / 7, "valid") for r in h])
    h /= np.maximum(h.max(axis=1, keepdims=True), 1e-6)  # every one of them huge
    amp = float(rng.uniform(0.34, 0.42)) * (0.8 + 0.3 * c.direction.loudness)
    if c.calm_top:  # crests just under the calm strip, the nearest cropped below
        first = c.room + amp + 0.01
        last = float(rng.uniform(0.9, 0.96))
    else:  # far crests cropped by the top, the nearest ridge's body a calm ground
        last = 0.98 - c.room
        first = last - float(rng.uniform(0.3, 0.36))
    zoom = float(rng.uniform(1.3, 1.7))
    x = 0.5 + (U - 0.5) * zoom
    pen = c.size * float(rng.uniform(0.011, 0.016)) * (0.8 + 0.4 * c.direction.energy)
    for i in range(count):
        t = i / (count - 1)
        base = first + (last - first) * t
        crest = np.stack([x, base - amp * h[i]], axis=1)
        foot = np.stack([x, np.full(POINTS, 1.05)], axis=1)
        fill = _at(c.inks.tones, 0.7 - 0.6 * t)  # the nearest body calm, near the field
        # one ink for the few thick crests: graded hues over 3-5 lines read as one
        # highlighted line; the colour is in the fills
        ridge(c.draw, crest * c.size, foot * c.size, fill, c.inks.ink, pen)
    return (0.0, first - amp, 1.0, 1.0) if c.calm_top else (0.0, 0.0, 1.0, last + 0.02)


def window(c: Canvas) -> Box:
    """The classic stack seen through a strict shape cut in a solid coloured field:
    a tall arch standing on the bottom edge (the title above it) or a circle."""
    rng = c.rng
    s = c.size
    arch = c.calm_top and bool(rng.random() < 0.6)
    cx = 0.5 + float(rng.uniform(-0.1, 0.1))
    if arch:
        half = float(rng.uniform(0.25, 0.3))
        top = c.room + float(rng.uniform(0.02, 0.05))
        box = (cx - half, top, cx + half, 1.0)
    else:
        r = min(float(rng.uniform(0.3, 0.34)), (0.96 - c.room) / 2)
        gap = c.room + r + 0.02
        cy = 1.0 - gap if c.calm_top else gap
        box = (cx - r, cy - r, cx + r, cy + r)
    x0, y0, x1, y1 = box
    amp = 0.06 + 0.05 * c.direction.loudness
    count = int(18 + 16 * _busy(c))
    _stack(c, count, (x0 - 0.02, y0 + amp * 0.7, x1 + 0.02, y1 + 0.02), amp, c.pen * 1.2)
    mask = Image.new("L", (s, s), 255)
    d = aggdraw.Draw(mask)
    hole = aggdraw.Brush(0)
    if arch:
        w = x1 - x0
        d.ellipse([x0 * s, y0 * s, x1 * s, (y0 + w) * s], hole)
        d.rectangle([x0 * s, (y0 + w / 2) * s, x1 * s, s + 2], hole)
    else:
        d.ellipse([x0 * s, y0 * s, x1 * s, y1 * s], hole)
    d.flush()
    c.cutout.append((mask, c.inks.panel))
    return compose.clip_box(box)


def curtain(c: Canvas) -> Box:
    """Vertical ridges across the whole width, each lifting sideways: a curtain
    hanging from the top to a calm hem (the title below) or rising from the floor
    (the title above)."""
    rng = c.rng
    hang = not c.calm_top
    y0, y1 = (-0.02, 1.0 - c.room) if hang else (c.room, 1.02)
    count = int(22 + 18 * _busy(c))
    amp = 0.06 + 0.05 * c.direction.loudness
    h = heights(c.direction, rng, count, spread=1.6)
    h /= max(float(h.max()), 1e-6)
    y = y0 + (y1 - y0) * U
    s = c.size
    for i in range(count):  # left first: each lifts leftwards over the one behind
        t = i / (count - 1)
        base = amp * 0.6 + (1.02 - amp * 0.6) * t
        crest = np.stack([base - amp * h[i], y], axis=1)
        nxt = 1.05 if i == count - 1 else base + (1.02 - amp * 0.6) / (count - 1) + 0.003
        foot = np.stack([np.full(POINTS, nxt if c.filled else base + 0.003), y], axis=1)
        if c.filled:
            ridge(c.draw, crest * s, foot * s, _at(c.inks.tones, t), _edge(c), c.pen * 1.2)
        else:
            ridge(c.draw, crest * s, foot * s, c.inks.bg, _line(c, t), c.pen * 1.2)
    return compose.clip_box((0.0, y0, 1.0, y1))


# calm to loud; the music leans the pick (ridgeline._pick), the seed decides
LAYOUTS: dict[str, Callable[[Canvas], Box]] = {
    "hills": hills,
    "window": window,
    "radial": radial,
    "floor": floor,
    "macro": macro,
    "fullbleed": fullbleed,
    "curtain": curtain,
}
