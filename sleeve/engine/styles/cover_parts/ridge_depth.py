"""Ridgeline's stacks with depth. Each draws onto the canvas and returns its focal box
(the title keeps out of it):

massif: a mountain of lines rising from the bottom: the song's ridges nested under a
summit over each of the song's loud sections (as many, as wide and as high as they are),
the back line its silhouette, the front ones flattening to the ground, terraced or
mirrored in water; seen whole, as one tall peak off-centre, as a low wide range or close,
its loudest summit at the frame's side (round 18: six massifs read as the same two peaks);
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
    busy,
    lines,
    region,
    rows,
)


def _summits(c: Canvas) -> list[tuple[float, float, float]]:
    """The song's loud sections as summits (place across the frame, height 0..1,
    half-width): every clear local peak of the energy curve (a song of one build one
    peak, a song of four drops a range of four, up to five), each as wide as its loud
    stretch lasts and as high as it is loud."""
    level = signals.smooth(signals.energy(c.direction, POINTS), 6)
    top, floor = float(level.max()), float(level.min())
    span = max(top - floor, 1e-6)
    found: list[tuple[float, float, float]] = []
    for i in np.argsort(level)[::-1]:
        high = float(level[i])
        if high < floor + 0.4 * span or len(found) == 5:
            break
        x = 0.06 + 0.88 * i / (POINTS - 1)
        if any(abs(x - fx) < 0.12 for fx, _, _ in found):
            continue
        # a summit only where the curve falls well below it towards the louder ones
        near = [j for j in range(POINTS) if level[j] > high + 1e-9]
        if near:
            j = min(near, key=lambda j: abs(j - i))
            lo, hi = sorted((i, j))
            if high - float(level[lo : hi + 1].min()) < 0.25 * span:
                continue
        mid = floor + 0.5 * (high - floor)
        left, right = i, i
        while left > 0 and level[left - 1] > mid:
            left -= 1
        while right < POINTS - 1 and level[right + 1] > mid:
            right += 1
        wide = float(np.clip(0.88 * (right - left) / (POINTS - 1), 0.05, 0.45))
        found.append((x, (high - floor) / span, wide))
    return found or [(0.5, 1.0, 0.2)]


VIEWS = ("range", "single", "low", "cut")


def _view(c: Canvas, summits: list) -> str:
    """How the massif is seen, by the music and the seed: the whole range straight on,
    a single tall peak off-centre (a song of one build likelier), a low wide range (a
    calm song likelier), or close, its loudest summit cut by the frame's side (a loud
    song, or one whose peak is near its start or end, likelier)."""
    d = c.direction
    loud = max(summits, key=lambda s: s[1])
    edge = 1.0 - min(loud[0], 1.0 - loud[0]) / 0.5  # 1 at the frame's side
    weights = np.array(
        [
            0.6 + 0.3 * (len(summits) - 1),
            0.3 + (1.2 if len(summits) == 1 else 0.0),
            0.3 + 1.2 * (1.0 - d.energy),
            0.3 + 0.8 * d.energy + 0.8 * edge,
        ]
    )
    cum = np.cumsum(weights / weights.sum())
    return VIEWS[int(min(np.searchsorted(cum, c.rng.random()), len(VIEWS) - 1))]


def _peak(c: Canvas) -> tuple[np.ndarray, str]:
    """The mountain's outline (POINTS, 0..1) and its view: a summit over each of the
    song's loud sections (_summits) at its place, height and width, nudged by the seed;
    a fast song's flanks steep, a slow one's broad; roughened by the energy curve; the
    view (_view) moves and scales them."""
    rng = c.rng
    summits = _summits(c)
    view = _view(c, summits)
    steep = 0.9 + 0.9 * signals.pace(c.direction)
    jitter = [float(rng.uniform(-0.04, 0.04)) for _ in summits]
    side = float(rng.choice((-1.0, 1.0)))
    first = max(range(len(summits)), key=lambda k: summits[k][1])
    cone = np.zeros(POINTS)
    for k, (x, high, wide) in enumerate(summits):
        x, lift, grade = x + jitter[k], 0.35 + 0.65 * high, wide * 1.6 + 0.06
        if view == "single":  # the loudest alone, tall and narrow, off-centre
            anchor = summits[first][0]
            place = anchor if abs(anchor - 0.5) > 0.15 else 0.5 + side * 0.2
            if k != first:
                lift *= 0.35
            x = place + (x - anchor) * 0.6
            grade *= 0.8 if k == first else 0.6
        elif view == "low":  # a low wide range: broad flanks, summits evened
            grade *= 1.7
            lift = 0.6 + 0.4 * lift
        elif view == "cut":  # close: the range widened about its loudest summit, cut by the side
            anchor = summits[first][0]
            goal = 0.93 if anchor > 0.5 else 0.07
            x = goal + (x - anchor) * 1.5
            grade *= 1.5
            lift *= 1.2 if k == first else 0.85  # the nearest summit the tallest
        cone = np.maximum(cone, lift * np.clip(1.0 - np.abs(U - x) / grade, 0.0, 1.0) ** steep)
    level = signals.smooth(signals.energy(c.direction, POINTS), 5)
    outline = cone * (0.9 + 0.1 * level) + 0.03 * level
    return outline / max(float(outline.max()), 1e-6), view


# what the massif's lines are, by the seed and the song: strata (each nearer line lower
# and flatter, the stock pile), terraces (each line the mountain cut level at its
# height, fields stepped up its flanks) or ripples (its reflection in still water below)
GROUNDS = ("strata", "terraces", "water")


def mountain(c: Canvas) -> tuple[Stack, float]:
    """The mountain of lines (see massif) and its top crest: seen as the song and the
    seed choose (_peak), leaning to a side, its lines as many and as close as the song
    is busy, crowding at the summit or at the foot by the song's energy (a loud song
    piles its lines high), as tall as the song is loud and the view allows."""
    rng, d = c.rng, c.direction
    top, bottom = region(c, 0.04)
    count = lines(c, 9, 30)
    h, kick = rows(c, count, 2.6)
    outline, view = _peak(c)
    tall = (bottom - top) * float(rng.uniform(0.62, 0.8) + 0.17 * d.loudness)
    if view == "low":
        tall *= 0.55
    foot = bottom - (0.02 if c.calm_top else 0.0)
    lean = float(rng.choice((-1.0, 1.0))) * float(rng.uniform(0.0, 0.16))
    crowd = 0.6 + 1.2 * (1.0 - d.energy) + 0.4 * (1.0 - busy(c))
    ground = GROUNDS[int(rng.integers(0, len(GROUNDS)))]
    depth = 0.1 + 0.14 * (1.0 - busy(c))  # a sparse song's lines stand far apart
    crests = []
    for i in range(count):
        t = i / max(count - 1, 1)
        shape = np.interp(U - lean * t, U, outline)
        detail = 0.05 * (0.4 + 0.6 * d.loudness) * kick[i] * h[i] * (0.3 + shape)
        if ground == "terraces":
            cut = np.minimum(shape, 1.0 - 0.92 * t)
            y = foot - depth * 0.5 * (1.0 - t) * (bottom - top) - tall * cut - detail * 0.5
        elif ground == "water":  # the mountain on a shore, its reflection below
            shore = foot - 0.32 * (bottom - top)
            if t <= 0.6:
                tt = t / 0.6
                lift = 0.62 * tall * (1.0 - tt) ** crowd
                y = shore - depth * (1.0 - tt) * (bottom - top) - lift * shape - detail
            else:
                w = (t - 0.6) / 0.4  # each ripple line reaching deeper than the last
                deep = min(0.62 * tall, foot - shore - 0.01)
                y = shore + 0.008 + deep * shape * (0.2 + 0.8 * w) * (1.0 - 0.3 * kick[i] * h[i])
        else:
            lift = tall * (1.0 - t) ** crowd
            y = foot - depth * (1.0 - t) * (bottom - top) - lift * shape - detail
        crests.append(np.stack([U * 1.04 - 0.02, y], axis=1))
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
