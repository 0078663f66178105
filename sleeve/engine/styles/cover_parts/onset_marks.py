"""The onset-grid compositions: each draws the song's onsets (bars x 16 sixteenths,
0..1 strength) with aggdraw at full size and returns the focal box it drew in.

Truchet tiles turned by each hit's strength, a radial clock (sixteen steps around,
one ring a bar), a bar-code strip over a one-bar step sequencer, a field of circles
sized by strength on an off-centre grid, one row of tall bars cropped by the edges,
and the plain step grid. Colour: downbeats and the strongest hits in the accent,
beats in the palette's lead colour, the rest in the ink.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import aggdraw
import numpy as np

from sleeve.engine import compose
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box


@dataclass(frozen=True)
class Sheet:
    """Where and how to draw: the drawing, its side in pixels, the seed's generator,
    the colours (ink, beat, hot accent, soft second colour) and the density."""

    draw: aggdraw.Draw
    size: int
    rng: np.random.Generator
    ink: RGB
    beat: RGB
    hot: RGB
    soft: RGB
    density: float

    def colour(self, step: int, v: float) -> RGB:
        """A hit's colour: the accent on downbeats and the strongest hits, the lead
        colour on the other beats, the second colour on strong off-beats, the ink on
        the rest."""
        if step == 0 or v > 0.92:
            return self.hot
        if step % 4 == 0:
            return self.beat
        return self.soft if v > 0.6 else self.ink


def _px(sheet: Sheet, *coords: float) -> list[float]:
    return [c * sheet.size for c in coords]


def truchet(sheet: Sheet, hits: np.ndarray) -> Box:
    """Quarter-arc Truchet tiles, one per hit, turned one way by strong hits and the
    other by weak ones; the grid is big and may run off an edge."""
    rows = min(hits.shape[0], 12)
    span = sheet.rng.uniform(0.75, 1.1)
    cell = span / 16
    x0 = float(sheet.rng.choice((0.06, 1 - 0.06 - span, (1 - span) / 2)))
    y0 = float(sheet.rng.uniform(0.05, max(0.06, 0.95 - rows * cell)))
    cut = float(np.median(hits[hits > 0.05])) if (hits > 0.05).any() else 0.5
    for b in range(rows):
        for s in range(16):
            v = float(hits[b, s])
            x, y = x0 + s * cell, y0 + b * cell
            if v < 0.05:  # a rest: the tile is there, drawn as a hairline
                pen = aggdraw.Pen(sheet.soft, max(1.0, cell * sheet.size * 0.03))
            else:
                pen = aggdraw.Pen(sheet.colour(s, v), cell * sheet.size * (0.12 + 0.3 * v))
            corners = ((x, y), (x + cell, y + cell)) if v >= cut else ((x + cell, y), (x, y + cell))
            for cx, cy in corners:
                start = np.arctan2(y + cell / 2 - cy, x + cell / 2 - cx) - np.pi / 4
                t = start + np.linspace(0, np.pi / 2, 9)
                pts = np.stack([cx + cell / 2 * np.cos(t), cy + cell / 2 * np.sin(t)], 1)
                sheet.draw.line(list((pts * sheet.size).ravel()), pen)
    return (max(0.0, x0), y0, min(1.0, x0 + span), min(1.0, y0 + rows * cell))


def clock(sheet: Sheet, hits: np.ndarray) -> Box:
    """Sixteen steps around a circle, one ring per bar from the centre out; each hit a
    radial stroke as long as it is strong. Big, off-centre, sometimes cropped."""
    rng = sheet.rng
    radius = rng.uniform(0.32, 0.55)
    cx, cy = compose.thirds(rng, 0.06) if radius < 0.45 else (rng.uniform(0.3, 0.7), 0.62)
    rings = hits.shape[0]
    inner = radius * rng.uniform(0.18, 0.32)
    gap = (radius - inner) / rings
    guide = aggdraw.Pen(sheet.soft, max(1.0, sheet.size * 0.002))
    sheet.draw.ellipse(_px(sheet, cx - inner, cy - inner, cx + inner, cy + inner), guide)
    turn = rng.uniform(0, 2 * np.pi)
    for b in range(rings):
        r0 = inner + b * gap
        for s in range(16):
            v = float(hits[b, s])
            if v < 0.05:
                continue
            a = turn + 2 * np.pi * s / 16
            r1 = r0 + gap * (0.25 + 0.7 * v)
            pen = aggdraw.Pen(sheet.colour(s, v), sheet.size * r1 * 2 * np.pi / 16 * 0.32)
            ca, sa = np.cos(a), np.sin(a)
            sheet.draw.line(_px(sheet, cx + r0 * ca, cy + r0 * sa, cx + r1 * ca, cy + r1 * sa), pen)
    return compose.around(cx, cy, radius)


def _turn(box: tuple[float, float, float, float], turned: bool) -> Box:
    """A box as drawn: mirrored about the diagonal when the picture stands up."""
    return (box[1], box[0], box[3], box[2]) if turned else box


def strip(sheet: Sheet, hits: np.ndarray) -> Box:
    """The whole song as a bar code (a line per sixteenth, as thick as the hit), and
    beside it one bar as a step sequencer: the groove summed over all bars. It lies
    across the sheet or stands up beside the title."""
    rng = sheet.rng
    turned = rng.random() < 0.4
    flat = hits.ravel()[: 16 * int(rng.integers(2, min(hits.shape[0], 8) + 1))]
    height = rng.uniform(0.16, 0.42)
    top = float(rng.choice((0.1, 0.72 - height))) if turned else rng.uniform(0.08, 0.82 - height)
    x0, x1 = (0.08, 0.92) if rng.random() < 0.5 else (0.0, 1.0)
    step = (x1 - x0) / len(flat)
    for k, v in enumerate(flat):
        if v < 0.05:
            continue
        w = step * (0.25 + 0.75 * float(v))
        x = x0 + k * step
        colour = sheet.hot if v > 0.92 else sheet.ink
        box = _turn((x, top, x + w, top + height), turned)
        sheet.draw.rectangle(_px(sheet, *box), aggdraw.Brush(colour))
    groove = hits.mean(axis=0)
    groove = groove / max(float(groove.max()), 1e-6)
    cell = (x1 - x0) / 16
    y = top + height + 0.05
    if rng.random() < 0.4 and top > cell + 0.08:  # the sequencer before the code
        y = top - 0.05 - cell * 0.8
    for s in range(16):
        g = float(groove[s])
        box = _turn((x0 + s * cell + cell * 0.1, y, x0 + (s + 0.9) * cell, y + cell * 0.8), turned)
        if g > 0.35:
            sheet.draw.rectangle(_px(sheet, *box), aggdraw.Brush(sheet.colour(s, g)))
        else:
            pen = aggdraw.Pen(sheet.soft, max(1.0, sheet.size * 0.003))
            sheet.draw.rectangle(_px(sheet, *box), pen)
    return _turn((x0, min(top, y), x1, max(top + height, y + cell)), turned)


def circles(sheet: Sheet, hits: np.ndarray) -> Box:
    """Circles sized by strength on a grid set off-centre (and off one edge): strong
    hits outgrow their cells and overlap."""
    rng = sheet.rng
    cols = int(rng.integers(6, 11))
    rows = int(rng.integers(5, 9))
    flat = np.resize(hits.ravel(), cols * rows).reshape(rows, cols)
    cell = rng.uniform(0.09, 0.14)
    w, h = cols * cell, rows * cell
    x0 = float(rng.choice((-0.08, 1 + 0.08 - w, 0.06)))
    y0 = float(rng.choice((0.3, 1 + 0.06 - h, 0.04))) if h < 0.9 else (1 - h) / 2
    for r in range(rows):
        for c in range(cols):
            v = float(flat[r, c])
            if v < 0.05:
                continue
            half = cell / 2 * (0.2 + 1.15 * v)
            cx, cy = x0 + (c + 0.5) * cell, y0 + (r + 0.5) * cell
            colour = sheet.hot if v > 0.9 else sheet.beat if v > 0.55 else sheet.ink
            sheet.draw.ellipse(
                _px(sheet, cx - half, cy - half, cx + half, cy + half), aggdraw.Brush(colour)
            )
    return (max(0.0, x0), max(0.0, y0), min(1.0, x0 + w), min(1.0, y0 + h))


def bars(sheet: Sheet, hits: np.ndarray) -> Box:
    """One or two bars of the song as a single row of tall bars, cropped by the sheet's
    left and right edges: standing on a floor, hanging from the top, or centred on a
    line like a waveform."""
    rng = sheet.rng
    count = 16 * int(rng.integers(1, 3)) + int(rng.integers(0, 8))
    start = int(rng.integers(0, max(1, hits.size - count)))
    flat = np.resize(hits.ravel()[start:], count)
    left = -rng.uniform(0.04, 0.15)
    step = (1 - 2 * left) / count
    tall = rng.uniform(0.55, 0.78)
    hang = float(rng.choice((0.0, 0.5, 1.0), p=(0.5, 0.25, 0.25)))  # floor, centre, ceiling
    line = rng.uniform(0.86, 0.97) if hang == 0 else rng.uniform(0.03, 0.14) if hang == 1 else 0.5
    for k, v in enumerate(flat):
        x = left + k * step
        h = tall * (0.04 + 0.96 * float(v))
        y0 = line - h * (1 - hang) if hang != 0.5 else line - h / 2
        colour = sheet.colour((start + k) % 16, float(v))
        sheet.draw.rectangle(_px(sheet, x, y0, x + step * 0.62, y0 + h), aggdraw.Brush(colour))
    if hang == 0.5:
        return (0.0, 0.5 - tall / 2, 1.0, 0.5 + tall / 2)
    return (0.0, line - tall, 1.0, line) if hang == 0 else (0.0, line, 1.0, line + tall)


def grid(sheet: Sheet, hits: np.ndarray) -> Box:
    """The step sequencer itself: sixteen columns, a row per bar, squares sized by the
    strongest hit in their sixteenth, set off-centre."""
    rng = sheet.rng
    rows = hits.shape[0]
    span = rng.uniform(0.55, 0.8)
    cell = span / max(16, rows * 0.9)
    w, h = cell * 16, cell * rows
    x0 = float(rng.choice((0.08, 1 - 0.08 - w)))
    y0 = float(rng.choice((0.08, 1 - 0.08 - h))) if h < 0.7 else (1 - h) / 2
    for b in range(rows):
        for s in range(16):
            v = float(hits[b, s])
            if v < 0.05:
                continue
            half = cell * np.sqrt(v) * 0.44
            cx, cy = x0 + (s + 0.5) * cell, y0 + (b + 0.5) * cell
            box = _px(sheet, cx - half, cy - half, cx + half, cy + half)
            sheet.draw.rectangle(box, aggdraw.Brush(sheet.colour(s, v)))
    return (x0, y0, min(1.0, x0 + w), min(1.0, y0 + h))


COMPOSITIONS: dict[str, Callable[[Sheet, np.ndarray], Box]] = {
    "circles": circles,
    "clock": clock,
    "truchet": truchet,
    "grid": grid,
    "strip": strip,
    "bars": bars,
}
