"""Ridgeline's stacks with depth. Each draws onto the canvas and returns its focal box
(the title keeps out of it):

massif: a mountain of lines rising from the bottom: the song's ridges nested under a
summit over each of the song's loud sections, the back line its silhouette, the front
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
    region,
    rows,
)


def _summits(c: Canvas) -> list[tuple[float, float]]:
    """The song's loud sections as summits (place across the frame, height 0..1): its
    loudest moment, and up to two more loud stretches at least a fifth of the frame
    away from the others (a song of one build one peak, a song of three drops a
    range)."""
    level = signals.smooth(signals.energy(c.direction, POINTS), 14)
    found: list[tuple[float, float]] = []
    for i in np.argsort(level)[::-1]:
        x, high = 0.1 + 0.8 * i / (POINTS - 1), float(level[i])
        if high < 0.6 * float(level.max()) or len(found) == 3:
            break
        if all(abs(x - fx) > 0.22 for fx, _ in found):
            found.append((x, high / max(float(level.max()), 1e-6)))
    return found


def _peak(c: Canvas) -> np.ndarray:
    """The mountain's outline (POINTS, 0..1): a summit over each of the song's loud
    sections (_summits), the loudest the highest, nudged by the seed; a fast song's
    flanks steep, a slow one's broad; roughened by the energy curve."""
    rng = c.rng
    width = float(rng.uniform(0.2, 0.28)) + 0.12 * (1.0 - signals.pace(c.direction))
    cone = np.zeros(POINTS)
    for rank, (x, high) in enumerate(_summits(c)):
        cx = float(np.clip(x + rng.uniform(-0.08, 0.08), 0.2, 0.8))
        grade = width * (1.0 if rank == 0 else 0.75)
        lift = 1.0 if rank == 0 else 0.45 + 0.4 * high
        cone = np.maximum(cone, lift * np.clip(1.0 - np.abs(U - cx) / grade, 0.0, 1.0) ** 1.15)
    level = signals.smooth(signals.energy(c.direction, POINTS), 5)
    outline = cone * (0.78 + 0.22 * level) + 0.05 * level
    return outline / max(float(outline.max()), 1e-6)


def mountain(c: Canvas) -> tuple[Stack, float]:
    """The mountain of lines (see massif) and its top crest: seen straight on or from
    a side by the seed (each nearer line moved across, the peak leaning), its lines
    crowding at the summit or at the foot by the song's energy (a loud song piles its
    lines high), as tall as the song is loud."""
    rng, d = c.rng, c.direction
    top, bottom = region(c, 0.04)
    count = lines(c, 14, 26)
    h, kick = rows(c, count, 2.6)
    outline = _peak(c)
    tall = (bottom - top) * float(rng.uniform(0.62, 0.8) + 0.17 * d.loudness)
    foot = bottom - (0.02 if c.calm_top else 0.0)
    lean = float(rng.choice((-1.0, 1.0))) * float(rng.uniform(0.0, 0.16))
    crowd = 0.7 + 1.1 * (1.0 - d.energy)
    crests = []
    for i in range(count):
        t = i / max(count - 1, 1)
        lift = tall * (1.0 - t) ** crowd
        ground = foot - 0.16 * (1.0 - t) * (bottom - top)
        shape = np.interp(U - lean * t, U, outline)
        detail = 0.05 * (0.4 + 0.6 * d.loudness) * kick[i] * h[i] * (0.3 + shape)
        crests.append(np.stack([U * 1.04 - 0.02, ground - lift * shape - detail], axis=1))
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
