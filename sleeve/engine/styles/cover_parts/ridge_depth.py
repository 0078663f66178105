"""Ridgeline's stacks with depth. Each draws onto the canvas and returns its focal box
(the title keeps out of it):

massif: a mountain of lines rising from the bottom: the song's ridges nested under
one great peak where the song is loudest, the back line its silhouette, the front
ones flattening to the ground;
and the stack seen in perspective (receding, the city's receding streets): the ridges
receding to a horizon, far ones close, thin and low, near ones wide apart.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine import signals
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_paint import Stack, line_inks, paint
from sleeve.engine.styles.cover_parts.ridge_stack import (
    POINTS,
    Canvas,
    U,
    lines,
    loudest,
    region,
    rows,
)


def _peak(c: Canvas) -> np.ndarray:
    """The mountain's outline (POINTS, 0..1): one peak where the song is loudest,
    its flanks steep or broad and a lower summit beside it or none by the seed,
    roughened by the energy curve."""
    rng = c.rng
    cx = float(np.clip(loudest(c) + rng.uniform(-0.12, 0.12), 0.25, 0.75))
    width = float(rng.uniform(0.2, 0.34))
    cone = np.clip(1.0 - np.abs(U - cx) / width, 0.0, 1.0) ** 1.15
    if rng.random() < 0.45:  # by the seed a lower second summit beside it (a range)
        side = cx + float(rng.choice((-1.0, 1.0))) * float(rng.uniform(0.22, 0.32))
        low = float(rng.uniform(0.5, 0.72))
        cone = np.maximum(cone, low * np.clip(1.0 - np.abs(U - side) / (0.75 * width), 0, 1))
    level = signals.smooth(signals.energy(c.direction, POINTS), 5)
    outline = cone * (0.78 + 0.22 * level) + 0.05 * level
    return outline / max(float(outline.max()), 1e-6)


def mountain(c: Canvas) -> tuple[Stack, float]:
    """The mountain of lines (see massif) and its top crest."""
    rng, d = c.rng, c.direction
    top, bottom = region(c, 0.04)
    count = lines(c, 14, 26)
    h, kick = rows(c, count, 2.6)
    outline = _peak(c)
    tall = (bottom - top) * float(rng.uniform(0.78, 0.95))
    foot = bottom - (0.02 if c.calm_top else 0.0)
    x = U * 1.04 - 0.02
    crests = []
    for i in range(count):
        t = i / max(count - 1, 1)
        lift = tall * (1.0 - t) ** 1.1
        ground = foot - 0.16 * (1.0 - t) * (bottom - top)
        detail = 0.05 * (0.4 + 0.6 * d.loudness) * kick[i] * h[i] * (0.3 + outline)
        crests.append(np.stack([x, ground - lift * outline - detail], axis=1))
    first = float(min(cr[:, 1].min() for cr in crests))
    return Stack(crests, 1.0 + 0.8 * kick, int(np.argmax(kick[: max(count // 2, 1)]))), first


def massif(c: Canvas) -> Box:
    """A mountain of lines rising from the bottom: the song's ridges nested under one
    peak (more lines for a busier song), the back line its silhouette, each nearer one
    lower and flatter, down to the ground; the sky above calm for the title."""
    geometry, first = mountain(c)
    paint(c, c.draw, geometry, line_inks(c))
    _, bottom = region(c, 0.04)
    return (0.0, max(0.0, first - 0.02), 1.0, 1.0 if c.calm_top else bottom)


def receding(c: Canvas, count: int = 0) -> tuple[Stack, float]:
    """The stack in perspective (see the module), `count` ridges (by default more for
    a busier song), and its top crest."""
    rng, d = c.rng, c.direction
    top, bottom = region(c, 0.03)
    count = count or lines(c, 18, 32)
    h, kick = rows(c, count, float(rng.uniform(1.4, 2.6)))
    horizon = top + (bottom - top) * float(rng.uniform(0.12, 0.3))
    vx = 0.5 + float(rng.uniform(-0.18, 0.18))
    head = (bottom - horizon) * (0.32 + 0.12 * d.loudness)
    crests = []
    for i in range(count):
        t = (i + 1) / count
        near = t**1.9
        y = horizon + (bottom + (0.04 if c.calm_top else 0.0) - horizon) * near
        spread = 0.45 + 1.4 * near
        xs = vx + (U - 0.5) * spread
        crests.append(np.stack([xs, y - head * (0.12 + 0.88 * near) * kick[i] * h[i]], axis=1))
    weights = 0.5 + 2.6 * np.linspace(1.0 / count, 1.0, count) ** 1.9
    first = float(min(cr[:, 1].min() for cr in crests))
    front = int(count * 0.6)
    return Stack(crests, weights, front + int(np.argmax(kick[front:]))), first


DEPTHS: dict[str, Callable[[Canvas], Box]] = {"massif": massif}
