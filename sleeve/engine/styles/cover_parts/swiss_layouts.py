"""The Swiss geometry compositions: each draws into the art rectangle of a `Frame`
(the cover less its title zone) and returns its focal box (fractions of the side).

circle: one circle (small in a wide field .. huge and cropped) over rules; grid: a
strict modular grid of squares and quarter discs with one accent cell; bands:
level, upright or diagonal bands; arcs: concentric arcs from a corner or an
off-centre point (Müller-Brockmann); bars: stacked bars whose lengths are the energy
curve; glyph: one big letter or number of the title; field: a flat colour field
with one mark (small on a grid point, or big and cropped by an edge); barcode: the
song as a strip of bars over a few discs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import aggdraw
import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.color import contrast_ratio
from sleeve.engine.fonts import title_face
from sleeve.engine.raster import RGB
from sleeve.engine.scripts import clusters
from sleeve.engine.styles.base import Box


@dataclass(frozen=True)
class Frame:
    """Where a composition may draw: the cover side, the art rectangle in pixels
    (x0, y0, x1, y1; the title zone lies outside it), the colours, the music values
    it reads (curve, onsets, the track's energy) and the grid count from the tempo."""

    size: int
    art: tuple[float, float, float, float]
    paper: RGB
    ink: RGB
    flats: tuple[RGB, ...]
    accent: RGB
    curve: np.ndarray
    onsets: np.ndarray
    steps: int
    edge: str = "top"
    energy: float = 0.5

    def far_corners(self) -> tuple[tuple[float, float, float, float], ...]:
        """The canvas corners away from the title zone and the middle of the far edge:
        (x, y, start angle of the part that shows, counter-clockwise from 3 o'clock,
        and its span: 90 degrees at a corner, 180 at the edge)."""
        s, h = self.size, self.size / 2
        if self.edge == "top":
            return ((0.0, s, 0.0, 90.0), (s, s, 90.0, 90.0), (h, s, 0.0, 180.0))
        if self.edge == "bottom":
            return ((0.0, 0.0, 270.0, 90.0), (s, 0.0, 180.0, 90.0), (h, 0.0, 180.0, 180.0))
        return ((0.0, 0.0, 270.0, 90.0), (0.0, s, 0.0, 90.0), (0.0, h, 270.0, 180.0))

    def room(self, x: float, y: float) -> float:
        """How far a shape centred at (x, y) may reach before the title zone."""
        x0, y0, x1, y1 = self.art
        return {"top": y - y0, "bottom": y1 - y, "right": x1 - x}[self.edge]

    def fraction(self, box: tuple[float, float, float, float]) -> Box:
        """A pixel box as fractions of the side, clipped to the art rectangle."""
        x0, y0, x1, y1 = self.art
        s = self.size
        return (
            max(x0, box[0]) / s,
            max(y0, box[1]) / s,
            min(x1, box[2]) / s,
            min(y1, box[3]) / s,
        )


def _brush(color: RGB) -> aggdraw.Brush:
    return aggdraw.Brush(tuple(color))


def _staff(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> None:
    """A rule system: across the whole art, only a block of it (a third or a half on
    one side), or none; horizontal or vertical; the tempo sets the count, the song's
    mean energy the weight."""
    form = int(rng.choice(4, p=(0.3, 0.35, 0.15, 0.2)))  # full, block, vertical, none
    if form == 3:
        return
    x0, y0, x1, y1 = f.art
    count = max(3, f.steps + int(rng.integers(-1, 4)))
    pen = aggdraw.Pen(tuple(f.ink), f.size * (0.0018 + 0.006 * float(f.curve.mean()) ** 2))
    vertical = form == 2 or (f.edge == "right" and rng.random() < 0.5)
    lo, hi = (x0, x1) if not vertical else (y0, y1)
    if form == 1:  # a block on one side
        part = float(rng.choice((1 / 3, 1 / 2, 2 / 3)))
        lo, hi = (lo, lo + (hi - lo) * part) if rng.random() < 0.5 else (hi - (hi - lo) * part, hi)
    a, b = (y0, y1) if not vertical else (x0, x1)
    if form == 1:
        span = (b - a) * float(rng.uniform(0.25, 0.5))
        a = a + (b - a - span) * float(rng.choice((0.0, 0.5, 1.0)))
        b = a + span
    for k in range(count + 1):
        t = a + (b - a) * k / count
        draw.line((lo, t, hi, t) if not vertical else (t, lo, t, hi), pen)


def circle(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """One circle over a rule system. The seed sets its scale (a mid one on an
    off-centre grid, bigger for a louder song, or a huge one cropped by the canvas
    edges away from the title; the small disc in a wide field read as an empty cover
    at 64 px), its look (solid, a ring thin or thick, split in two), the
    rules (whole, a block, vertical or none) and the one secondary mark (an accent
    dot, a second small circle or a bar)."""
    x0, y0, x1, y1 = f.art
    w, h = x1 - x0, y1 - y0
    _staff(draw, f, rng)
    scale = 1 + int(rng.random() < 0.55)  # mid or huge
    across = float(rng.choice((0.2, 0.33, 0.67, 0.8)) + rng.uniform(-0.04, 0.04))
    if scale == 2 and f.edge == "right":
        r = w * rng.uniform(0.55, 0.8)
        cx, cy = x1 - r * rng.uniform(0.4, 1.0), y0 + h * across
    elif scale == 2:
        r = h * rng.uniform(0.6, 0.9)
        cx = x0 + w * across
        sink = r * rng.uniform(0.4, 1.0)
        cy = y0 + sink if f.edge == "top" else y1 - sink
    else:
        r = min(w, h) * (rng.uniform(0.34, 0.42) + 0.08 * f.energy)
        down = float(rng.choice((0.25, 0.4, 0.6, 0.75)))
        cx = x0 + r + (w - 2 * r) * across
        cy = y0 + r + (h - 2 * r) * down
    look = int(rng.choice(3, p=(0.5, 0.3, 0.2)))  # solid, ring, split in two
    if look == 1:
        thick = float(rng.uniform(0.08, 0.4))
        pen = aggdraw.Pen(tuple(f.flats[0]), r * thick)
        rr = r * (1 - thick / 2)
        draw.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), pen)
    else:
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), _brush(f.flats[0]))
    if look == 2:
        turn = 45.0 * int(rng.integers(8))
        draw.pieslice((cx - r, cy - r, cx + r, cy + r), turn, turn + 180.0, _brush(f.ink))
    _second(draw, f, rng, (cx, cy, r), across)
    return f.fraction((cx - r, cy - r, cx + r, cy + r))


def _second(
    draw: aggdraw.Draw, f: Frame, rng: np.random.Generator, disc: tuple, across: float
) -> None:
    """The circle's one companion, on the other side of the art: an accent dot sized
    by the loudest moment, a small second circle or a short bar; a lively or
    children's song always has one (a lone red disc had read as an empty cover)."""
    x0, y0, x1, y1 = f.art
    cx, cy, r = disc
    alone = max(0.0, 0.6 - 0.8 * float(f.energy))  # a calm song's circle stands alone
    each = (1 - alone) / 3
    kind = int(rng.choice(4, p=(each, each, each, alone)))  # a dot, a circle, a bar, none
    if kind == 3:  # the circle alone: the dot beside it had become a signature
        return
    dx = x0 + (x1 - x0) * (rng.uniform(0.7, 0.88) if across < 0.5 else rng.uniform(0.12, 0.3))
    dy = (y0 + y1) / 2 + (y1 - y0) * rng.uniform(-0.32, 0.32)
    if kind == 0:
        dot = f.size * (0.018 + 0.025 * float(f.curve.max()))
        draw.ellipse((dx - dot, dy - dot, dx + dot, dy + dot), _brush(f.accent))
    elif kind == 1:
        small = min(r * 0.45, (x1 - x0) * 0.12)
        draw.ellipse((dx - small, dy - small, dx + small, dy + small), _brush(f.accent))
    else:
        long, thin = (x1 - x0) * rng.uniform(0.12, 0.3), f.size * rng.uniform(0.012, 0.03)
        draw.rectangle((dx - long / 2, dy - thin, dx + long / 2, dy + thin), _brush(f.accent))


def grid(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A strict grid of squares, half and quarter discs from the onsets, a few blanks
    (fewer for a louder song: a sparse grid had read as scattered dots); one accent."""
    x0, y0, x1, y1 = f.art
    w, h = x1 - x0, y1 - y0
    cols = int(np.clip(f.steps, 3, 6))
    cell = w / cols * (1.0 if rng.random() < 0.5 else rng.uniform(0.6, 0.8))
    if cell * cols < w and rng.random() < 0.5:
        x0 = x1 - cell * cols
    rows = max(1, int(h // cell))
    top = y1 - rows * cell if rng.random() < 0.5 else y0
    hits = np.resize(f.onsets, rows * cols)
    accent_at = int(rng.integers(rows * cols))
    colours = (f.ink, *f.flats[:2])
    quiet = float(np.quantile(hits, 0.35 - 0.25 * float(np.clip(f.energy, 0, 1))))
    for k in range(rows * cols):
        r, c = divmod(k, cols)
        box = (x0 + c * cell, top + r * cell, x0 + (c + 1) * cell, top + (r + 1) * cell)
        colour = f.accent if k == accent_at else colours[(r + c + int(hits[k] * 3)) % 3]
        blank = hits[k] < quiet and rng.random() < 0.8
        kind = 3 if k == accent_at else 0 if blank else 1 + int(hits[k] * 2.99)
        _cell(draw, kind, box, int(rng.integers(4)), colour)
    return f.fraction((x0, top, x0 + cols * cell, top + rows * cell))


def _cell(draw: aggdraw.Draw, kind: int, box: tuple, turn: int, colour: RGB) -> None:
    """Cell kinds: 0 blank, 1 half disc, 2 quarter disc from a corner, 3 full square."""
    x0, y0, x1, y1 = box
    w = x1 - x0
    brush = _brush(colour)
    if kind == 1:
        draw.pieslice(box, 90 * turn, 90 * turn + 180, brush)
    elif kind == 2:
        cx, cy = (x0, x1)[turn in (1, 2)], (y0, y1)[turn >= 2]
        start = {0: 270.0, 1: 180.0, 2: 90.0, 3: 0.0}[turn]
        draw.pieslice((cx - w, cy - w, cx + w, cy + w), start, start + 90, brush)
    elif kind == 3:
        draw.rectangle(box, brush)


def bands(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """Bands whose widths follow the energy curve: level, upright or diagonal at 15 to
    60 degrees (the diagonal had become one picture across tracks); a calm song's
    bands lie level or stand upright (upbeat diagonals had come on a sad ballad)."""
    x0, y0, x1, y1 = f.art
    e = float(np.clip(f.energy, 0, 1))
    tilts = (0.0, 15.0, 30.0, 45.0, 60.0, 90.0)
    calm = np.array((0.45, 0.1, 0.0, 0.0, 0.0, 0.45))
    loud = np.array((0.1, 0.2, 0.2, 0.2, 0.2, 0.1))
    odds = (1 - e) * calm + e * loud
    tilt = float(rng.choice(tilts, p=odds / odds.sum()))
    angle = math.radians(tilt * (1 if rng.random() < 0.5 else -1))
    ux, uy = math.cos(angle), math.sin(angle)  # along the band
    nx, ny = -uy, ux  # across
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    reach = f.size * 1.5
    count = int(np.clip(2 + f.steps + round(2 * e), 4, 11))
    vals = np.interp(np.linspace(0, 1, count), np.linspace(0, 1, len(f.curve)), f.curve)
    widths = 0.2 + vals / vals.sum() * 0.8
    lengths = (vals - vals.min()) / max(1e-6, float(np.ptp(vals)))
    span = f.size * rng.uniform(0.45, 0.7)
    t = -span / 2 + f.size * rng.uniform(-0.12, 0.12)
    colours = (f.ink, *f.flats)
    accent_at = int(rng.integers(count))
    stepped = rng.random() < 0.5  # each band ends where its slice of the song does
    for k, wk in enumerate(widths):
        band = wk / widths.sum() * span * 1.6
        a, b = t, t + band * 0.62
        end = f.size * (0.75 * (0.3 + 0.7 * float(lengths[k])) - 0.25) if stepped else reach
        pts = [
            (cx + nx * a - ux * reach, cy + ny * a - uy * reach),
            (cx + nx * a + ux * end, cy + ny * a + uy * end),
            (cx + nx * b + ux * end, cy + ny * b + uy * end),
            (cx + nx * b - ux * reach, cy + ny * b - uy * reach),
        ]
        colour = f.accent if k == accent_at else colours[k % len(colours)]
        draw.polygon([v for p in pts for v in p], _brush(colour))
        t += band
    return f.fraction(f.art)


def arcs(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """Concentric rings from a canvas corner, the far edge or a point off the centre
    of the art (whole or halved, cropped by the edges), away from the title:
    thick arcs whose sweeps are slices of the energy curve (after Müller-Brockmann),
    or, for a steadier song, filled bands of a target; the loudest ring in the accent."""
    if rng.random() < 0.4:  # a target on an off-centre point of the art, whole or halved
        x0, y0, x1, y1 = f.art
        cx = x0 + (x1 - x0) * float(rng.choice((0.3, 0.4, 0.6, 0.7)))
        cy = y0 + (y1 - y0) * float(rng.choice((0.35, 0.5, 0.65)))
        start, span = 90.0 * int(rng.integers(4)), float(rng.choice((360.0, 180.0)))
        reach = min(f.room(cx, cy), cx - x0, x1 - cx) * float(rng.uniform(0.7, 1.35))
    else:
        cx, cy, start, span = f.far_corners()[int(rng.choice(3, p=(0.35, 0.35, 0.3)))]
        reach = f.room(cx, cy) * rng.uniform(0.55, 0.97)
    rings = int(np.clip(3 + f.steps * 1.5 + rng.integers(-2, 2), 5, 13))
    step = reach / rings
    vals = np.interp(np.linspace(0, 1, rings), np.linspace(0, 1, len(f.curve)), f.curve)
    accent_at = int(np.argmax(vals))
    if float(np.ptp(f.curve)) < 0.35 and rng.random() < 0.6:
        colours = (f.flats[0], f.ink, f.flats[-1], f.paper)
        for k in range(rings, 0, -1):
            r = step * k
            colour = f.accent if k - 1 == accent_at else colours[k % len(colours)]
            draw.ellipse((cx - r, cy - r, cx + r, cy + r), _brush(colour))
        return f.fraction((cx - reach, cy - reach, cx + reach, cy + reach))
    flip = rng.random() < 0.5
    for k in range(rings):
        r = step * (k + 0.6)
        colour = f.accent if k == accent_at else (f.ink if k % 2 else f.flats[0])
        pen = aggdraw.Pen(tuple(colour), step * (0.3 + 0.45 * float(vals[k])))
        sweep = span * (0.28 + 0.72 * float(vals[k]))
        offset = span - sweep if (k % 2) ^ flip else 0.0
        draw.arc((cx - r, cy - r, cx + r, cy + r), start + offset, start + offset + sweep, pen)
    return f.fraction((cx - reach, cy - reach, cx + reach, cy + reach))


def bars(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """The energy curve as stacked bars: rows from one side, columns rising from the
    far edge, or rows centred like a waveform; the loudest bar in the accent."""
    x0, y0, x1, y1 = f.art
    count = int(np.clip(5 + f.steps * 2, 8, 19))
    vals = np.interp(np.linspace(0, 1, count), np.linspace(0, 1, len(f.curve)), f.curve)
    vals = 0.12 + 0.88 * (vals - vals.min()) / max(1e-6, float(np.ptp(vals)))
    form = int(rng.integers(4))  # 0 rows from the left, 1 columns, 2 centred, 3 from the right
    colour = f.ink if rng.random() < 0.6 else f.flats[0]
    fill = rng.uniform(0.45, 0.75)
    peak = int(np.argmax(vals))
    for k, v in enumerate(vals):
        brush = _brush(f.accent if k == peak else colour)
        if form == 1:  # columns standing on the edge away from the title
            pitch = (x1 - x0) / count
            left, length = x0 + k * pitch, (y1 - y0) * float(v)
            top = y1 - length if f.edge != "bottom" else y0
            draw.rectangle((left, top, left + pitch * fill, top + length), brush)
            continue
        pitch = (y1 - y0) / count
        length = (x1 - x0) * float(v)
        left = {0: x0, 2: (x0 + x1 - length) / 2, 3: x1 - length}[form]
        top = y0 + k * pitch
        draw.rectangle((left, top, left + length, top + pitch * fill), brush)
    return f.fraction(f.art)


def glyph(image: Image.Image, f: Frame, rng: np.random.Generator, text: str) -> Box:
    """One big letter or number (digits in the title, else its first letter; never
    the tempo, which is data, not a picture) cropped by the canvas edge."""
    digits = "".join(ch for ch in text if ch.isdigit())[:4]
    first = next((c for c in clusters(text) if c.strip()), "\u25cf")
    mark = digits or first.upper()
    face = title_face(mark, "geometric", 800.0)
    x0, y0, x1, y1 = f.art
    probe = face.sized(200)
    left, top, right, bottom = probe.getbbox(mark, anchor="ls")
    scale = min((y1 - y0) * 1.15 / max(1, bottom - top), (x1 - x0) * 1.1 / max(1, right - left))
    px = max(8, int(200 * scale))
    font = face.sized(px)
    left, top, right, bottom = font.getbbox(mark, anchor="ls")
    x = (x0 - left - f.size * 0.06) if rng.random() < 0.5 else (x1 - right + f.size * 0.06)
    y = y1 - bottom + (y1 - y0) * 0.08
    ImageDraw.Draw(image).text((x, y), mark, font=font, fill=tuple(f.flats[0]), anchor="ls")
    return f.fraction((x + left, y + top, x + right, y + bottom))


def field(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A flat field (the caller's paper) with one big shape cropped by the far edge of
    the art: a half disc or a slab rising as high as the song is loud, in a colour
    that stands out on the field; a louder song adds a smaller second shape in the
    accent beside or inside it (beside a slab: a dot on top of it read as a pawn).
    (A small mark on a grid point read as an empty
    cover at 64 px.)"""
    x0, y0, x1, y1 = f.art
    level = float(np.clip(0.5 * np.mean(f.curve) + 0.5 * f.energy, 0, 1))
    ranked = sorted((f.accent, f.ink, *f.flats), key=lambda c: -contrast_ratio(c, f.paper))
    brush = _brush(ranked[int(rng.random() < 0.35)])
    loud = [c for c in (f.accent, *f.flats) if contrast_ratio(c, f.paper) >= 1.8]
    if loud:  # a big shape may take a colour, not only the darkest ink
        brush = _brush(loud[int(rng.integers(len(loud)))])
    w, h = x1 - x0, y1 - y0
    base = y1 if f.edge != "bottom" else y0
    up = -1 if f.edge != "bottom" else 1
    cx = x0 + w * float(rng.choice((0.22, 0.5, 0.78)))
    r = min(w, h) * (0.42 + 0.3 * level)
    disc = rng.random() < 0.55
    if disc:
        draw.ellipse((cx - r, base - r, cx + r, base + r), brush)
    else:
        r *= 0.8
        top = base + up * r * 1.4
        draw.rectangle((cx - r * 0.6, min(base, top), cx + r * 0.6, max(base, top)), brush)
    if rng.random() < 0.25 + 0.6 * level:  # a second, smaller shape
        small = r * float(rng.uniform(0.3, 0.45))
        if disc:  # a concentric half disc inside, or a dot above its crown
            inside = rng.random() < 0.5
            sy = base if inside else base + up * (r + small * 1.6)
            sx = cx if inside else cx + small * float(rng.uniform(-1.5, 1.5))
        else:  # a disc resting on the art's edge beside the slab, towards the middle
            side = 1 if cx < (x0 + x1) / 2 else -1
            sx, sy = cx + side * (r * 0.6 + small * 1.3), base + up * small
        draw.ellipse((sx - small, sy - small, sx + small, sy + small), _brush(f.accent))
    if rng.random() < 0.4:
        pen = aggdraw.Pen(tuple(f.ink), max(1.0, f.size * 0.002))
        draw.line((x0, y1, x0 + (x1 - x0) * 0.35, y1), pen)
    reach = base + up * r * 1.8
    return f.fraction((cx - r, min(base, reach), cx + r, max(base, reach)))


def barcode(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """The song as a strip of thin bars over a row of two or three discs."""
    x0, y0, x1, y1 = f.art
    h = y1 - y0
    n = int(rng.integers(2, 4))
    d = min((x1 - x0) / n, h * 0.55)
    for k in range(n):
        x = x0 + k * d
        draw.ellipse((x, y1 - d, x + d, y1), _brush(f.flats[k % len(f.flats)]))
    count = 24 + 2 * f.steps
    vals = np.interp(np.linspace(0, 1, count), np.linspace(0, 1, len(f.curve)), f.curve)
    pitch = (x1 - x0) / count
    base = y1 - d - h * 0.06
    brush = _brush(f.ink)
    for k, v in enumerate(vals):
        x = x0 + k * pitch
        top = base - h * 0.35 * float(v)
        draw.rectangle((x + pitch * 0.25, top, x + pitch * 0.75, base), brush)
    return f.fraction(f.art)
