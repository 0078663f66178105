"""The onset-grid compositions: each draws the song's onsets (bars x 16 sixteenths,
0..1 strength) as one step grid with aggdraw at full size and returns the focal box
it drew in.

A score (a few bars as a block set off-centre in a wide margin), a giant crop (one
or two bars folded four beats deep, so a few huge marks fill the frame), and an
orbit (the sixteen steps bent round a circle, a ring or a spiral turn per bar).
Every mark is one shape for the whole cover (a square, a dot or a Bauhaus quarter
circle) whose size is the hit's strength, steeply, so the few strong hits are big
and most are small; a rest is a pin-point. Colour: the field, the ink and the
accent on the downbeats.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import aggdraw
import numpy as np

from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box

SHAPES = ("square", "dot", "quarter")


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

    def away(self, height: float, margin: float) -> float:
        """The top of a block `height` tall set `margin` in from the edge away from
        the title's band."""
        return 1 - margin - height if self.side == "top" else margin


def _weight(v: float) -> float:
    """A mark's size as a share of its cell: steep, so most marks stay small."""
    return 0.16 + 0.84 * v**1.4


def mark(sheet: Sheet, cx: float, cy: float, half: float, v: float, step: int, turn: int) -> None:
    """One hit centred on (cx, cy) in a cell of half-side `half` (fractions): its
    shape sized by strength v; a quarter circle hangs from the corner `turn` (0..3),
    and in a small cell becomes a dot (small quarters read as confetti)."""
    s = sheet.size
    if v < 0.05:  # a rest: a pin-point keeps the grid's rhythm visible
        r = max(half * 0.07, 0.6 / s)
        sheet.draw.ellipse(
            (s * (cx - r), s * (cy - r), s * (cx + r), s * (cy + r)), aggdraw.Brush(sheet.ghost)
        )
        return
    brush = aggdraw.Brush(sheet.colour(step))
    r = half * _weight(v)
    shape = sheet.shape if half >= 0.03 or sheet.shape != "quarter" else "dot"  # no confetti
    if shape == "square":
        sheet.draw.rectangle((s * (cx - r), s * (cy - r), s * (cx + r), s * (cy + r)), brush)
    elif shape == "dot":
        r *= 1.12
        sheet.draw.ellipse((s * (cx - r), s * (cy - r), s * (cx + r), s * (cy + r)), brush)
    else:  # a quarter disc from a cell corner, radius up to the full cell
        ox, oy = ((-1, -1), (1, -1), (1, 1), (-1, 1))[turn % 4]
        kx, ky = cx + ox * half, cy + oy * half
        rad = 2 * half * (0.2 + 0.8 * v**1.4)
        start = np.arctan2(-oy, -ox) - np.pi / 4
        t = start + np.linspace(0, np.pi / 2, 12)
        pts = np.concatenate(
            [[[kx, ky]], np.stack([kx + rad * np.cos(t), ky + rad * np.sin(t)], 1)]
        )
        sheet.draw.polygon((pts * s).ravel().tolist(), brush)


def _turn(sheet: Sheet, bar: int, step: int, v: float) -> int:
    """The corner a quarter circle hangs from: the beat sets it, the bar shifts it,
    so the quarters swing through each bar as a pattern."""
    return (step // 4 + bar + (1 if v > 0.8 else 0)) % 4


def _busiest(hits: np.ndarray, count: int) -> int:
    """The first of `count` consecutive bars with the most onset energy."""
    sums = np.convolve(hits.sum(axis=1), np.ones(count), mode="valid")
    return int(np.argmax(sums))


def score(sheet: Sheet, hits: np.ndarray) -> Box:
    """A few bars as the step sequencer itself, sixteen columns and a row per bar,
    as a block set off-centre in a wide margin on the side away from the title."""
    rng = sheet.rng
    rows = int(min(hits.shape[0], rng.integers(4, 9)))
    first = _busiest(hits, rows)
    width = rng.uniform(0.56, 0.78)
    cell = width / 16
    pitch = cell * float(rng.choice((1.0, 1.0, 1.5, 2.0)))  # rows touching or spaced
    height = (rows - 1) * pitch + cell
    if height > 0.52:
        pitch = (0.52 - cell) / max(rows - 1, 1)
        height = 0.52
    margin = rng.uniform(0.07, 0.13)
    x0 = float(rng.choice((margin, 1 - margin - width, (1 - width) / 2), p=(0.45, 0.4, 0.15)))
    y0 = sheet.away(height, rng.uniform(0.08, 0.2))
    for b in range(rows):
        for s in range(16):
            v = float(hits[first + b, s])
            mark(
                sheet,
                x0 + (s + 0.5) * cell,
                y0 + b * pitch + cell / 2,
                cell / 2,
                v,
                s,
                _turn(sheet, b, s, v),
            )
    return (x0, y0, x0 + width, y0 + height)


def giant(sheet: Sheet, hits: np.ndarray) -> Box:
    """One or two bars folded into four rows of beats (four sixteenths a row), so a
    few huge marks fill the frame; the block runs off the edge away from the title
    and off one side."""
    rng = sheet.rng
    count = int(min(hits.shape[0], rng.integers(1, 3)))
    first = _busiest(hits, count)
    cols = 4 * count
    cell = rng.uniform(0.2, 0.3) if count == 1 else rng.uniform(0.15, 0.21)
    width, height = cols * cell, 4 * cell
    bleed = rng.uniform(0.0, 0.6) * cell
    x0 = float(rng.choice((-bleed, 1 + bleed - width, (1 - width) / 2)))
    y0 = 1 + bleed - height if sheet.side == "top" else -bleed
    y0 = max(y0, 0.36) if sheet.side == "top" else min(y0, 0.64 - height)
    for bar in range(count):
        for s in range(16):
            v = float(hits[first + bar, s])
            col, row = bar * 4 + s % 4, s // 4
            cx, cy = x0 + (col + 0.5) * cell, y0 + (row + 0.5) * cell
            mark(sheet, cx, cy, cell / 2, v, s, _turn(sheet, bar, s, v))
    return (x0, y0, x0 + width, y0 + height)


def orbit(sheet: Sheet, hits: np.ndarray) -> Box:
    """The sixteen steps bent round a circle, a ring per bar from the centre out (or
    one spiral turn per bar); small in the open field, or huge with its centre
    beyond the edge away from the title."""
    rng = sheet.rng
    rows = int(min(hits.shape[0], rng.integers(2, 6)))
    first = _busiest(hits, rows)
    huge = rng.random() < 0.35
    away = 1.0 if sheet.side == "top" else -1.0
    if huge:
        reach = rng.uniform(0.62, 0.82)
        cx = float(rng.choice((0.0, 0.25, 0.75, 1.0)))
        cy = 0.5 + away * (0.5 + rng.uniform(-0.02, 0.1))
        reach = min(reach, abs(cy - (0.5 - away * 0.5)) - 0.32)
    else:
        reach = rng.uniform(0.22, 0.29)
        cx = float(rng.choice((0.34, 0.5, 0.66))) + rng.uniform(-0.03, 0.03)
        low = rng.uniform(0.36 + reach, 0.94 - reach)  # clear of a title band at the top
        cy = low if sheet.side == "top" else 1 - low
    inner = reach * rng.uniform(0.25, 0.42)
    gap = (reach - inner) / rows
    spiral = rng.random() < 0.75  # rings read as spokes; a spiral reads as the song
    turn0 = rng.uniform(0, 2 * np.pi) if not huge else -np.pi / 2 * away
    for b in range(rows):
        for s in range(16):
            v = float(hits[first + b, s])
            r = inner + (b + (s / 16 if spiral else 0.0) + 0.5) * gap
            a = turn0 + 2 * np.pi * s / 16
            half = min(gap, r * np.pi / 8) * 0.56
            mark(sheet, cx + r * np.cos(a), cy + r * np.sin(a), half, v, s, _turn(sheet, b, s, v))
    return (cx - reach, cy - reach, cx + reach, cy + reach)


COMPOSITIONS: dict[str, Callable[[Sheet, np.ndarray], Box]] = {
    "score": score,
    "orbit": orbit,
    "giant": giant,
}
