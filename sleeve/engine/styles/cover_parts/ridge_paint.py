"""Ridgeline's line painter: a stack of the song's ridges (crests in side fractions,
back first) inked as lines over filled bands, near ones hiding far ones, the inks
stepping from the back to the front and the loudest ridge in the spot ink."""

from __future__ import annotations

from dataclasses import dataclass

import aggdraw
import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.styles.cover_parts.ridge_stack import RGB, Canvas, at, light, ridge


@dataclass(frozen=True)
class LineInks:
    """A stack's inks: the field, the bands' fill from back to front, the lines' ink
    from back to front, and the spot ink of the loudest line."""

    field: RGB
    fill: tuple[RGB, RGB]
    edge: tuple[RGB, RGB]
    spot: RGB


def line_inks(c: Canvas) -> LineInks:
    """Dark lines on bands that deepen from the paper on a light print; light lines
    on bands that deepen from the field on a dark one; the spot is the print's sun,
    kept off its own band's tone."""
    ink = c.inks
    if light(ink.bg):
        lit = rgb_to_oklch(ink.bg)[0]
        fill = (ink.bg, raster.tone(ink.far, max(lit - 0.32, 0.45)))
        edge = (raster.tone(ink.far, min(lit - 0.3, 0.5)), raster.tone(ink.near, 0.16))
        spot = ink.sun if abs(rgb_to_oklch(ink.sun)[0] - lit) > 0.2 else edge[1]
        return LineInks(ink.bg, fill, edge, spot)
    fill = (ink.bg, raster.tone(ink.near, max(rgb_to_oklch(ink.near)[0], 0.08)))
    bright = ink.glow if light(ink.glow) else ink.ink
    edge = (raster.tone(ink.far, 0.5), raster.tone(bright, max(rgb_to_oklch(bright)[0], 0.8)))
    return LineInks(ink.bg, fill, edge, ink.sun)


@dataclass(frozen=True)
class Stack:
    """A stack's geometry in side fractions: each ridge's crest (x, y), back first,
    its line weight (times the canvas pen) and which one is the loudest."""

    crests: list[np.ndarray]
    weights: np.ndarray
    loudest: int


def paint(
    c: Canvas,
    draw: aggdraw.Draw,
    stack: Stack,
    inks: LineInks,
    shift: tuple[float, float] = (0.0, 0.0),
    foot: float = 1.03,
) -> None:
    """Paint the stack onto `draw` (a canvas-sized image), moved by shift (dx, dy):
    each band filled to `foot`, then its crest line; the loudest in the spot ink."""
    s, count = c.size, len(stack.crests)
    move = np.asarray(shift)
    for i, crest in enumerate(stack.crests):
        t = i / max(count - 1, 1)
        line = (crest + move) * s
        base = np.stack([line[:, 0], np.full(len(line), foot * s)], axis=1)
        edge = inks.spot if i == stack.loudest else at(inks.edge, t)
        weight = stack.weights[i] * (1.5 if i == stack.loudest else 1.0)
        ridge(draw, line, base, at(inks.fill, t), edge, max(c.pen * weight, 0.9))
