"""The onset-grid compositions: each draws the song's onsets (bars x 16 sixteenths,
0..1 strength) with aggdraw at full size and returns the focal box it drew in.

Seven pictures a viewer names apart: a ring (one bar round a circular sequencer,
whole), a score (a few bars as a block in a wide margin), lanes (the bar split into
drum-machine lanes by strength), steps (the bar as a full-width staircase of heights
rising off the edge), a quad (one bar folded four by four, huge and whole), a weave
(many bars as a full-bleed woven pattern) and a hit (the bar's one big hit as a huge
cropped mark over its small score). Every mark is either wholly inside the frame or
cut at least in half by it; strong hits are big and ghost notes small. Colour: the
field, the ink and the accent on the downbeats.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

import aggdraw
import numpy as np

from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box

SHAPES = ("square", "dot", "quarter")
KEEP_OUT = 0.36  # the title's band and its margin, from the title's edge


@dataclass(frozen=True)
class Sheet:
    """Where and how to draw: the drawing, its side in pixels, the seed's generator,
    the ink, the accent, the faint ink for rests, the mark shape and the side of the
    title's band ('top' or 'bottom') to keep clear."""

    draw: aggdraw.Draw
    size: int
    rng: np.random.Generator
    ink: RGB
    hot: RGB
    ghost: RGB
    shape: str
    side: str

    def colour(self, step: int) -> RGB:
        """A hit's colour: the accent on the downbeat, the ink elsewhere."""
        return self.hot if step % 16 == 0 else self.ink

    def area(self) -> tuple[float, float]:
        """(top, bottom) of the art's area: the height the title's band leaves."""
        return (KEEP_OUT, 1.0) if self.side == "top" else (0.0, 1.0 - KEEP_OUT)

    def away(self, height: float, margin: float) -> float:
        """The top of a block `height` tall set `margin` in from the edge away from
        the title's band."""
        return 1 - margin - height if self.side == "top" else margin

    def box(self, x0: float, y0: float, x1: float, y1: float, colour: RGB) -> None:
        """A filled rectangle (fractions)."""
        s = self.size
        self.draw.rectangle((s * x0, s * y0, s * x1, s * y1), aggdraw.Brush(colour))

    def disc(self, cx: float, cy: float, r: float, colour: RGB) -> None:
        """A filled circle (fractions)."""
        s = self.size
        self.draw.ellipse(
            (s * (cx - r), s * (cy - r), s * (cx + r), s * (cy + r)), aggdraw.Brush(colour)
        )


def _weight(v: float) -> float:
    """A mark's size as a share of its cell: steep, so most marks stay small."""
    return 0.16 + 0.84 * v**1.4


def mark(sheet: Sheet, cx: float, cy: float, half: float, v: float, step: int, turn: int) -> None:
    """One hit centred on (cx, cy) in a cell of half-side `half` (fractions): its
    shape sized by strength v; a quarter circle hangs from the corner `turn` (0..3),
    and in a small cell becomes a dot (small quarters read as confetti)."""
    if v < 0.05:  # a rest: a pin-point keeps the grid's rhythm visible
        sheet.disc(cx, cy, max(half * 0.08, 0.6 / sheet.size), sheet.ghost)
        return
    colour = sheet.colour(step)
    r = half * _weight(v)
    shape = sheet.shape if half >= 0.03 or sheet.shape != "quarter" else "dot"  # no confetti
    if shape == "square":
        sheet.box(cx - r, cy - r, cx + r, cy + r, colour)
    elif shape == "dot":
        sheet.disc(cx, cy, r * 1.12, colour)
    else:  # a quarter disc from a cell corner, radius up to the full cell
        ox, oy = ((-1, -1), (1, -1), (1, 1), (-1, 1))[turn % 4]
        kx, ky = cx + ox * half, cy + oy * half
        rad = 2 * half * (0.2 + 0.8 * v**1.4)
        start = np.arctan2(-oy, -ox) - np.pi / 4
        t = start + np.linspace(0, np.pi / 2, 16)
        pts = np.concatenate(
            [[[kx, ky]], np.stack([kx + rad * np.cos(t), ky + rad * np.sin(t)], 1)]
        )
        sheet.draw.polygon((pts * sheet.size).ravel().tolist(), aggdraw.Brush(colour))


def _turn(bar: int, step: int, v: float) -> int:
    """The corner a quarter circle hangs from: the beat sets it, the bar shifts it,
    so the quarters swing through each bar as a pattern."""
    return (step // 4 + bar + (1 if v > 0.8 else 0)) % 4


def _busiest(hits: np.ndarray, count: int) -> int:
    """The first of `count` consecutive bars with the most onset energy."""
    sums = np.convolve(hits.sum(axis=1), np.ones(count), mode="valid")
    return int(np.argmax(sums))


def _bar(hits: np.ndarray) -> np.ndarray:
    """The busiest bar's sixteen strengths."""
    return hits[_busiest(hits, 1)]


def ring(sheet: Sheet, hits: np.ndarray) -> Box:
    """One bar round a circular sequencer, whole, step one at the top: a faint track
    and sixteen marks sized by their hits (or spokes as long as them), off-centre in
    the open field."""
    rng, bar = sheet.rng, _bar(hits)
    top, bottom = sheet.area()
    half_share = np.pi / 16 * 1.1  # a full-strength mark nearly touches its neighbours
    spokes = rng.random() < 0.4
    out = 2 if spokes else 1  # a spoke reaches out two half-cells, a mark one
    reach = min(rng.uniform(0.2, 0.27), ((bottom - top) / 2 - 0.05) / (1 + out * half_share))
    half = reach * half_share
    edge = reach + out * half + 0.05
    cx = float(rng.choice((edge, 0.5, 1 - edge), p=(0.4, 0.2, 0.4)))
    cy = (top + bottom) / 2
    s = sheet.size
    track = aggdraw.Pen(sheet.ghost, max(1.0, s * 0.006))
    sheet.draw.ellipse(
        (s * (cx - reach), s * (cy - reach), s * (cx + reach), s * (cy + reach)), track
    )
    round_ = dataclasses.replace(sheet, shape="dot" if sheet.shape == "quarter" else sheet.shape)
    for i, v in enumerate(bar):
        a = -np.pi / 2 + 2 * np.pi * i / 16
        ca, sa = float(np.cos(a)), float(np.sin(a))
        if spokes and v >= 0.05:  # a spoke outward from the track, as long as the hit
            out = reach + 2 * half * _weight(float(v))
            pen = aggdraw.Pen(sheet.colour(i), s * half * 0.7)
            sheet.draw.line(
                (
                    s * (cx + reach * ca),
                    s * (cy + reach * sa),
                    s * (cx + out * ca),
                    s * (cy + out * sa),
                ),
                pen,
            )
        else:
            mark(round_, cx + reach * ca, cy + reach * sa, half, float(v), i, 0)
    return (cx - edge + 0.05, cy - edge + 0.05, cx + edge - 0.05, cy + edge - 0.05)


def score(sheet: Sheet, hits: np.ndarray) -> Box:
    """A few bars printed as a score: a row per bar on a faint rule, sixteen steps
    set in four beat groups, as a block off-centre on the side away from the title."""
    rng = sheet.rng
    rows = int(min(hits.shape[0], rng.integers(3, 7)))
    first = _busiest(hits, rows)
    width = rng.uniform(0.72, 0.86)
    cell = width / (16 + 3 * 0.6)  # three beat gaps of 0.6 cell
    pitch = cell * float(rng.choice((1.2, 1.6, 2.2)))
    height = min((rows - 1) * pitch + cell, 0.52)
    pitch = (height - cell) / max(rows - 1, 1)
    x0 = float(rng.choice((0.07, 1 - 0.07 - width)))
    y0 = sheet.away(height, rng.uniform(0.07, 0.14))
    rule = max(0.0015, 1.2 / sheet.size)
    for b in range(rows):
        cy = y0 + b * pitch + cell / 2
        sheet.box(x0, cy - rule / 2, x0 + width, cy + rule / 2, sheet.ghost)
        for i in range(16):
            v = float(hits[first + b, i])
            if v >= 0.05:
                cx = x0 + (i + 0.6 * (i // 4) + 0.5) * cell
                mark(sheet, cx, cy, cell / 2, v, i, _turn(b, i, v))
    return (x0, y0, x0 + width, y0 + height)


def lanes(sheet: Sheet, hits: np.ndarray) -> Box:
    """The bar split into three drum-machine lanes by strength (accents, hits,
    ghosts): tall pads lit where the lane plays, a faint foot where it rests."""
    rng, bar = sheet.rng, _bar(hits)
    top, bottom = sheet.area()
    margin = rng.uniform(0.05, 0.08)
    cell = (1 - 2 * margin) / 16
    gap = cell * 0.18
    pad_h = min(cell * rng.uniform(2.0, 3.0), (bottom - top - 0.1) / 3.4)
    height = 3 * pad_h + 2 * cell * 0.6
    y0 = sheet.away(height, rng.uniform(0.07, 0.12))
    cuts = ((0.66, 1.01), (0.33, 0.66), (0.05, 0.33))
    for lane, (lo, hi) in enumerate(cuts):
        y = y0 + lane * (pad_h + cell * 0.6)
        for i, v in enumerate(bar):
            x = margin + i * cell
            on = lo <= v < hi
            if on:
                sheet.box(x + gap / 2, y, x + cell - gap / 2, y + pad_h, sheet.colour(i))
            else:  # a resting pad: a small mark at its foot
                foot = y + pad_h - cell * 0.3
                sheet.box(x + cell * 0.35, foot, x + cell * 0.65, y + pad_h, sheet.ghost)
    return (margin, y0, 1 - margin, y0 + height)


def steps(sheet: Sheet, hits: np.ndarray) -> Box:
    """One or two bars as a full-width staircase: a column per step, as tall as its
    hit, rising from the frame's edge away from the title (cut by it on purpose)."""
    rng = sheet.rng
    count = int(min(hits.shape[0], rng.integers(1, 3)))
    row = hits[_busiest(hits, count) : _busiest(hits, count) + count].ravel()
    top, bottom = sheet.area()
    reach = bottom - top - 0.04
    cell = 1 / len(row)
    gap = cell * float(rng.choice((0.0, 0.12, 0.3)))
    for i, v in enumerate(row):
        h = reach * (0.04 + 0.96 * float(v) ** 1.2)
        y0, y1 = (1 - h, 1.0) if sheet.side == "top" else (0.0, h)
        sheet.box(i * cell + gap / 2, y0, (i + 1) * cell - gap / 2, y1, sheet.colour(i))
    return (0.0, top, 1.0, bottom)


def quad(sheet: Sheet, hits: np.ndarray) -> Box:
    """One bar folded four beats deep, four by four, as big as the open field
    allows and wholly inside it, set to one side."""
    rng, bar = sheet.rng, _bar(hits)
    top, bottom = sheet.area()
    cell = (bottom - top - 0.08) / 4
    width = 4 * cell
    x0 = float(rng.choice((0.06, 1 - 0.06 - width)))
    y0 = sheet.away(width, 0.05)
    for i, v in enumerate(bar):
        cx, cy = x0 + (i % 4 + 0.5) * cell, y0 + (i // 4 + 0.5) * cell
        mark(sheet, cx, cy, cell / 2, float(v), i, _turn(0, i, float(v)))
    return (x0, y0, x0 + width, y0 + width)


def weave(sheet: Sheet, hits: np.ndarray) -> Box:
    """Many bars as a full-bleed woven pattern: sixteen columns edge to edge, a row
    per bar, each hit a bar of colour lying across its row or standing along it in
    turn, each row a step further round like a twill, so the rhythm reads as cloth and
    the downbeats run on the diagonal (ghost notes in the faint ink); whole rows end
    on the frame's edge."""
    top, bottom = sheet.area()
    cell = 1 / 16
    rows = int((bottom - top) / cell)
    for b in range(rows):
        bar = hits[b % hits.shape[0]]
        y = 1 - (rows - b) * cell if sheet.side == "top" else b * cell
        for i, v in enumerate(bar):
            v = float(v)
            if v < 0.05:
                sheet.disc(((i + b) % 16 + 0.5) * cell, y + cell / 2, cell * 0.06, sheet.ghost)
                continue
            long, thin = cell * 0.4, cell * (0.08 + 0.32 * v**1.4)
            rx, ry = (long, thin) if (b + i) % 2 == 0 else (thin, long)
            cx, cy = ((i + b) % 16 + 0.5) * cell, y + cell / 2
            colour = sheet.colour(i) if v >= 0.45 else sheet.ghost  # ghost notes recede
            sheet.box(cx - rx, cy - ry, cx + rx, cy + ry, colour)
    span = rows * cell
    return (0.0, 1 - span, 1.0, 1.0) if sheet.side == "top" else (0.0, 0.0, 1.0, span)


def hit(sheet: Sheet, hits: np.ndarray) -> Box:
    """The bar's one big hit as a huge accent mark, cut to a quarter in a corner or
    in half on a side by the frame (or whole), sized by how hard the bar hits; the
    bar's sixteen steps run small across the field over it."""
    rng, bar = sheet.rng, _bar(hits)
    top, bottom = sheet.area()
    strength = float(np.sort(bar)[-4:].mean())
    edge = bottom if sheet.side == "top" else top
    crop = str(rng.choice(("corner", "side", "whole"), p=(0.4, 0.25, 0.35)))
    r = (bottom - top - 0.02) * (0.3 + 0.7 * strength) * (1.0 if crop == "corner" else 0.5)
    if crop == "whole":
        cx, cy = float(rng.uniform(0.35, 0.65)), (top + bottom) / 2
    else:  # centred on a side edge (a half) or a corner (a quarter), never a sunrise
        cx = float(rng.choice((0.0, 1.0)))
        cy = edge if crop == "corner" else (top + bottom) / 2
    if sheet.shape == "square":
        sheet.box(cx - r, cy - r, cx + r, cy + r, sheet.hot)
    else:
        sheet.disc(cx, cy, r, sheet.hot)
    margin = 0.07
    cell = (1 - 2 * margin) / 16
    y = top + 0.04 + cell / 2 if sheet.side == "top" else bottom - 0.04 - cell / 2
    for i, v in enumerate(bar):
        v = float(v)
        if v >= 0.05:
            sheet.disc(margin + (i + 0.5) * cell, y, cell / 2 * _weight(v), sheet.ink)
        else:
            sheet.disc(margin + (i + 0.5) * cell, y, cell * 0.08, sheet.ghost)
    return (max(cx - r, 0.0), max(cy - r, top), min(cx + r, 1.0), min(cy + r, bottom))


COMPOSITIONS: dict[str, Callable[[Sheet, np.ndarray], Box]] = {
    "ring": ring,
    "score": score,
    "lanes": lanes,
    "steps": steps,
    "quad": quad,
    "weave": weave,
    "hit": hit,
}
