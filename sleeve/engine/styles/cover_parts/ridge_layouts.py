"""Ridgeline compositions: where and how the song's ridges sit on the cover. Each draws
onto the field and returns its focal box (the title keeps out of it). Four skeletons a
viewer names differently (mirrors are the same one), every one large at 64 px:

hills: the song cut into 4-6 broad ridges, each a flat tone, receding into haze under
a calm sky; floor: rows on a ground plane receding to a high horizon (the same
skeleton as the hills: level ridges over or under the title); door: those ranges
inside a tall arch cut in a solid field; radial: rings of ridges seen from above round
a centre, filling most of the frame; summit: one huge ridge cropped by the frame as a
mountain face, lit and shadowed.
(An art director's review of 148 covers retired the night, a sky of faint ridges over
one bright crest, read as a data chart, and the ribbon, a band of ridges folding in
space, read as a 3D plot. Earlier a Joy-Division stack in a circle, thin full-bleed
lines, a curtain of upright lines and a macro crop of stacked ridges were cut:
reviewers read a knock-off, a seismograph, and the hills again. Before them a small
planet, a thin band, a centred peak, a narrow column and a tilted stack: a small figure
in empty black.)
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


def summit(c: Canvas) -> Box:
    """One huge ridge, the song's loudest stretch as a mountain face cropped by the
    frame: a lit flank and a gully of shadow carved down from each peak, the sky calm
    above it for the title (or the face cut by still water, the title below)."""
    rng = c.rng
    s = c.size
    h = _massif(c, rng, heights(c.direction, rng, 3, spread=1.5).max(axis=0), 0.7)
    if c.calm_top:
        top, foot = c.room + 0.03, 1.05
    else:
        top, foot = float(rng.uniform(0.04, 0.08)), 0.98 - c.room
    span = (foot - top) * float(rng.uniform(0.55, 0.7)) if not c.calm_top else 0.5
    zoom = float(rng.uniform(1.5, 1.9))
    x = 0.5 + (U - 0.5) * zoom + float(rng.uniform(-0.08, 0.08))
    y = top + span * (1.0 - h)
    # one hue sculpted in two lights: the shadow is the lit tone darkened (a darker
    # palette tone can be a lifted yellow, lighter than the face it shades)
    lit = _at(c.inks.tones, 0.6 if _light(c) else 0.95)
    dark = shade(lit)
    body = np.stack([x, y], axis=1)
    base = np.stack([x, np.full(POINTS, foot)], axis=1)
    ridge(c.draw, body * s, base * s, lit, None, 0)
    # each peak's shadowed flank: from the peak down its right slope to the valley,
    # then down the gully to the foot and back up the spur under the peak
    peaks = [
        i
        for i in range(4, POINTS - 4)
        if h[i] >= h[i - 4 : i + 5].max() and h[i] > 0.2 and 0.0 < x[i] < 1.0
    ]
    for n, p in enumerate(peaks[:6]):
        stop = peaks[n + 1] if n + 1 < len(peaks) else POINTS - 1
        v = p + int(np.argmin(h[p : stop + 1]))
        if v - p < 3:
            continue
        # a facet: the spur runs down from the peak, the gully from the valley meets it
        depth = y[p] + (foot - y[p]) * float(rng.uniform(0.55, 0.95))
        drift = float(rng.uniform(0.0, 0.5)) * (x[v] - x[p])
        steps = np.linspace(0.0, 1.0, 16)
        wob = _wobble(rng, 16) * 0.01 * (1 - steps) * steps * 4
        spur = np.stack([x[p] + drift * steps + wob, y[p] + (depth - y[p]) * steps], 1)
        meet = spur[-1]
        gully = np.stack([x[v] + (meet[0] - x[v]) * steps, y[v] + (meet[1] - y[v]) * steps], 1)
        poly = np.concatenate([body[p : v + 1], gully[1:], spur[::-1][1:]])
        c.draw.polygon((poly * s).ravel().tolist(), aggdraw.Brush(dark))
    crest = float(y.min())
    return (0.0, max(0.0, crest - 0.01), 1.0, 1.0 if c.calm_top else foot + 0.01)


def shade(lit: RGB) -> RGB:
    """The shadowed side of a face in `lit`: darker in its own hue, but a gold, orange
    or yellow face turns towards red (darkened it would read as brown or olive)."""
    light, chroma, hue = rgb_to_oklch(lit)
    if 42 <= hue <= 125 and chroma > 0.04:
        return raster.tone(lit, max(0.58, light - 0.14), max(chroma, 0.12), 42 - hue + 8)
    return raster.tone(lit, max(0.12, light - 0.2), chroma * 0.9)


def _massif(c: Canvas, rng: np.random.Generator, h: np.ndarray, detail: float) -> np.ndarray:
    """A ridge as one mountain, 0..1: a broad swell off centre carries the song's own
    ridge (detail: its share), smoothed, so one summit leads (a row of equal spikes
    reads as a bar chart)."""
    h = np.convolve(np.pad(h / max(float(h.max()), 1e-6), 4, mode="edge"), np.ones(9) / 9, "valid")
    centre = float(rng.uniform(0.32, 0.68))
    bell = np.exp(-(((U - centre) / float(rng.uniform(0.28, 0.4))) ** 2))
    out = bell * (1.0 - detail + detail * h)
    return (out - out.min()) / max(float(np.ptp(out)), 1e-6)


def _wobble(rng: np.random.Generator, n: int) -> np.ndarray:
    """A smooth wobble of n points in about -1..1."""
    noise = np.cumsum(rng.normal(0.0, 1.0, n))
    noise -= np.linspace(noise[0], noise[-1], n)
    return noise / max(float(np.abs(noise).max()), 1e-6)


def door(c: Canvas) -> Box:
    """A tall arch (a door) cut in a solid field, the song's ranges receding into haze
    inside it: standing on the bottom edge, the title above it, or on a calm floor of
    the field, the title below."""
    rng = c.rng
    s = c.size
    cx = 0.5 + float(rng.uniform(-0.08, 0.08))
    half = float(rng.uniform(0.25, 0.29))
    if c.calm_top:
        y0, y1 = c.room + float(rng.uniform(0.02, 0.04)), 1.0
    else:
        y0, y1 = float(rng.uniform(0.05, 0.08)), 0.98 - c.room
    x0, x1 = cx - half, cx + half
    w = x1 - x0
    count = int(4 + round(2 * _busy(c)))
    h = hill_curves(c.direction, rng, count)
    first = y0 + w * 0.5 + (y1 - y0 - w * 0.5) * 0.25
    last = y1 - 0.1 * (y1 - y0)
    x = x0 - 0.02 + (w + 0.04) * U
    loud = 0.7 + 0.5 * c.direction.loudness
    for i in range(count):
        t = i / (count - 1)
        base = first + (last - first) * t
        amp = (0.3 - 0.1 * t) * loud * (y1 - y0) * 0.5
        crest = np.stack([x, base - amp * h[i]], axis=1)
        foot = np.stack([x, np.full(POINTS, y1 + 0.05)], axis=1)
        tone = _at(c.inks.tones, t if _light(c) else 1.0 - t)
        ridge(c.draw, crest * s, foot * s, tone, c.inks.bg if c.filled else None, c.pen * 0.8)
    mask = Image.new("L", (s, s), 255)
    d = aggdraw.Draw(mask)
    hole = aggdraw.Brush(0)
    d.ellipse([x0 * s, y0 * s, x1 * s, (y0 + w) * s], hole)
    d.rectangle([x0 * s, (y0 + w / 2) * s, x1 * s, y1 * s], hole)
    d.flush()
    c.cutout.append((mask, c.inks.panel))
    return compose.clip_box((x0, y0, x1, y1))


# calm to loud; the music leans the pick (ridgeline._pick), the seed decides
LAYOUTS: dict[str, Callable[[Canvas], Box]] = {
    "hills": hills,
    "door": door,
    "radial": radial,
    "floor": floor,
    "summit": summit,
}
