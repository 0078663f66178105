"""Ridgeline's line stacks: the full-bleed stack's geometry (stack_lines, the city's
rooftop rows) and one composition, which draws onto the canvas and returns its focal
box (the title keeps out of it):

thick: a crop of a few thick lines, the song's ridges seen close, each as heavy as
its stretch's strongest onset, their gaps the song's loudness in turn.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

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


def thick(c: Canvas) -> Box:
    """A crop of a few thick lines: the song's ridges seen close (a seeded stretch of
    them round the loudest moment), three for a sparse slow song to six for a dense fast
    one, tall and smooth, each line as heavy as its stretch's strongest onset, on the
    plain field (each hides the lines behind it). The gaps between them are the song's
    loudness in turn (a loud stretch opens a wide gap), and by the seed the set runs
    level or slopes across the frame."""
    rng, d = c.rng, c.direction
    count = lines(c, 3, 6)
    top, bottom = region(c, 0.03)
    slope = float(rng.choice((-1.0, 1.0))) * float(rng.uniform(0.0, 0.2))
    top, bottom = top + abs(slope) / 2, bottom - abs(slope) / 2
    h, kick = rows(c, count, float(rng.uniform(1.2, 2.0)))
    span = float(rng.uniform(0.35, 0.6))
    x0 = float(np.clip(loudest(c) - span / 2 + rng.uniform(-0.1, 0.1), 0.0, 1.0 - span))
    h = np.stack([signals.smooth(np.interp(x0 + U * span, U, row), 9) for row in h])
    h = h / np.maximum(h.max(axis=1, keepdims=True), 1e-6)
    gap = (bottom - top) / (count + 0.6)
    amp = gap * (1.3 + 0.6 * d.loudness)  # a close crop: the lines swing, seldom cross
    level = 0.8 + signals.energy(d, max(count - 1, 1))
    steps = np.concatenate([[0.0], np.cumsum(level)])[:count] / max(float(level.sum()), 1e-6)
    bases = top + amp + (bottom - top - amp) * (steps if count > 1 else np.ones(1))
    x = U * 1.08 - 0.04
    tilt = slope * (x - 0.5)
    crests = [np.stack([x, bases[i] - amp * h[i] + tilt], axis=1) for i in range(count)]
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


LINES: dict[str, Callable[[Canvas], Box]] = {"thick": thick}
