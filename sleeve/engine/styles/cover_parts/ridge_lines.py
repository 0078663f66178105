"""Ridgeline's line stacks. Each draws onto the canvas and returns its focal box (the
title keeps out of it):

stack: the song's ridges full bleed, edge to edge from the title's band to the far
edge, their swell wide or narrow by the seed, the loudest line in the spot ink;
rift: that stack torn in two down a jagged line near the song's loudest moment, the
halves pulled apart and out of step, the spot ink showing through the tear;
thick: a crop of a few thick lines, the song's ridges seen close, each as heavy as
its stretch's strongest onset.
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import signals
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_paint import LineInks, Stack, line_inks, paint
from sleeve.engine.styles.cover_parts.ridge_stack import (
    Canvas,
    U,
    lines,
    loudest,
    region,
    rows,
)


def stack_lines(
    c: Canvas, count: int, spread: float, overlap: float, reach: float = 1.0
) -> tuple[Stack, float]:
    """`count` ridges spaced evenly down the art's span (its lower `reach`), each
    rising `overlap` gaps over its base (a louder song's higher): the stack and its
    top crest."""
    d = c.direction
    top, bottom = region(c, 0.03)
    top = bottom - (bottom - top) * reach
    h, kick = rows(c, count, spread)
    # each ridge swells to its own peak (a quiet ridge's faint swell read as a flat
    # line; the stack lost its mountain), a louder one the higher
    own = h.max(axis=1, keepdims=True)
    h = h / np.maximum(own, 1e-6) * (0.65 + 0.35 * own)
    gap = (bottom - top) / (count + overlap)
    amp = gap * overlap * (0.75 + 0.35 * d.loudness)
    bases = top + amp + (bottom - top - amp) * np.linspace(0.0, 1.0, count)
    x = U * 1.04 - 0.02
    crests = [np.stack([x, bases[i] - amp * kick[i] * h[i]], axis=1) for i in range(count)]
    weights = 0.9 + 0.9 * kick
    first = float(min(cr[:, 1].min() for cr in crests))
    return Stack(crests, weights, int(np.argmax(kick * h.max(axis=1)))), first


def _box(c: Canvas, first: float) -> Box:
    """The focal box of art spanning the frame's width from its top crest to the
    title's band (or the bottom)."""
    _, bottom = region(c, 0.0)
    return (0.0, max(0.0, first - 0.02), 1.0, 1.0 if c.calm_top else bottom)


def stack(c: Canvas) -> Box:
    """The song's ridges full bleed: a stack from edge to edge (more lines for a
    busier song), its swell narrow or wide by the seed; the title's band calm."""
    count = lines(c, 16, 30)
    geometry, first = stack_lines(c, count, float(c.rng.uniform(0.9, 1.7)), 8.0)
    paint(c, c.draw, geometry, line_inks(c))
    return _box(c, first)


def _tear(c: Canvas, top: float) -> np.ndarray:
    """The tear's path (n, 2) from above the art to below it (the frame's foot, or the
    title's band): a jagged line down near the song's loudest moment, leaning by the
    seed."""
    rng = c.rng
    ys = np.linspace(top - 0.05, 1.05 if c.calm_top else region(c, 0.0)[1], 60)
    x0 = float(np.clip(loudest(c) + rng.uniform(-0.12, 0.12), 0.3, 0.7))
    lean = float(rng.uniform(-0.18, 0.18))
    jag = np.cumsum(rng.normal(0.0, 0.012, len(ys)))
    jag -= np.linspace(0.0, float(jag[-1]), len(ys))
    xs = x0 + lean * (ys - 0.5) + jag + 0.01 * rng.normal(0.0, 1.0, len(ys))
    return np.stack([xs, ys], axis=1)


def rift(c: Canvas) -> Box:
    """The stack torn in two: a jagged tear near the loudest moment, the halves pulled
    apart and out of step (a louder song's further), the spot ink in the gap."""
    rng, d, s = c.rng, c.direction, c.size
    count = lines(c, 14, 26)
    geometry, first = stack_lines(c, count, float(rng.uniform(1.6, 3.0)), 4.0)
    inks = line_inks(c)
    path = _tear(c, first)
    apart = 0.02 + 0.03 * d.energy
    # the half that drops, by the seed, drops away from the title's band
    moved = float(rng.choice((-1.0, 1.0)))
    step = (0.03 + 0.04 * d.loudness) * (1.0 if c.calm_top else -1.0)
    paint(c, c.draw, geometry, inks)  # what shows under the title's band, where no tear runs
    c.draw.flush()
    behind = c.image.copy()
    gap = aggdraw.Draw(behind)
    wide = np.concatenate([path + [-apart, 0.0], (path + [apart, 0.0])[::-1]]) * s
    gap.polygon(wide.ravel().tolist(), aggdraw.Brush(inks.spot))
    gap.flush()
    for side in (-1.0, 1.0):
        shift = (side * apart, step if side == moved else 0.0)
        half = c.image.copy()
        draw = aggdraw.Draw(half)
        paint(c, draw, geometry, inks, shift)
        draw.flush()
        mask = Image.new("L", (s, s), 0)
        cut = aggdraw.Draw(mask)
        edge = (path + [shift[0], 0.0]) * s
        corner = 0.0 if side < 0 else float(s)
        outline = [corner, -s, *edge.ravel().tolist(), corner, 2.0 * s]
        cut.polygon(outline, aggdraw.Brush(255))
        cut.flush()
        behind.paste(half, (0, 0), mask)
    c.image.paste(behind)
    c.draw = aggdraw.Draw(c.image)
    return _box(c, first + min(step, 0.0))


def thick(c: Canvas) -> Box:
    """A crop of a few thick lines: the song's ridges seen close (a seeded stretch of
    them round the loudest moment), three to five down the art's span, tall and
    smooth, each line as heavy as its stretch's strongest onset, on the plain field
    (each hides the lines behind it)."""
    rng, d = c.rng, c.direction
    count = lines(c, 3, 5)
    top, bottom = region(c, 0.03)
    h, kick = rows(c, count, float(rng.uniform(1.2, 2.0)))
    span = float(rng.uniform(0.35, 0.6))
    x0 = float(np.clip(loudest(c) - span / 2 + rng.uniform(-0.1, 0.1), 0.0, 1.0 - span))
    h = np.stack([signals.smooth(np.interp(x0 + U * span, U, row), 9) for row in h])
    h = h / np.maximum(h.max(axis=1, keepdims=True), 1e-6)
    gap = (bottom - top) / (count + 0.6)
    amp = gap * (1.3 + 0.6 * d.loudness)  # a close crop: the lines swing, seldom cross
    bases = top + amp + (bottom - top - amp) * np.linspace(0.0, 1.0, count)
    x = U * 1.08 - 0.04
    crests = [np.stack([x, bases[i] - amp * h[i]], axis=1) for i in range(count)]
    heavy = c.size * (0.03 + 0.015 * d.energy) / max(c.pen, 1e-6)
    geometry = Stack(crests, heavy * (0.6 + 0.4 * kick), int(np.argmax(kick)))
    inks = line_inks(c)
    # the bands in the field's own tone: heavy lines on a plain ground, not layered
    # hills (a reviewer's "stock hills"); every line in the strongest ink
    deep = inks.edge[1]
    bold = LineInks(inks.field, (inks.field, inks.field), (deep, deep), inks.spot)
    paint(c, c.draw, geometry, bold)
    first = float(min(cr[:, 1].min() for cr in crests))
    return _box(c, first)


LINES: dict[str, Callable[[Canvas], Box]] = {"stack": stack, "rift": rift, "thick": thick}
