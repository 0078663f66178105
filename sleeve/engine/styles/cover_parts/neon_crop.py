"""How much of a neon sign a close crop shows. The close-up draws the tubes bigger than
the frame on purpose, but a crop that leaves two strokes of a star (별빛 Parade, round
18) or two zigzags of a crown (Hall of Kings) reads as loose tubes, not as the sign: a
crop is readable only where the sign's middle shows and most of its tubes do, its
outline (the drawing's first stroke) most of all.

Positions are fractions of the frame; a drawing is in sign units (neon_shapes), placed
at `centre`, `scale` fractions a unit, turned `turn` radians, as neon_tubes bends it."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts import neon_shapes as shapes

Box = tuple[float, float, float, float]
INSET = 0.03  # a tube this near the frame's or the title band's edge is lost in the crop
OUTLINE = 0.6  # the least share of the outline a readable crop shows
TUBES = 0.5  # the least share of all its tubes
SAMPLES = 160  # points along each stroke
# drawings whose outline's corners are what a viewer counts (a star's points): every
# n-th vertex of the outline from the first, and how many of them a crop must show
POINTS = {"star": (2, 3)}


def placed(
    points: np.ndarray, centre: tuple[float, float], scale: float, turn: float
) -> np.ndarray:
    """`points` (sign units) where they land on the frame (fractions), shape (n, 2)."""
    c, s = np.cos(turn), np.sin(turn)
    x = points[:, 0] * c - points[:, 1] * s
    y = points[:, 0] * s + points[:, 1] * c
    return np.stack([centre[0] + x * scale, centre[1] + y * scale], 1)


def _along(stroke: shapes.Stroke) -> tuple[np.ndarray, float]:
    """SAMPLES points evenly along the stroke (closed back to its start) and its length."""
    p = np.concatenate([stroke.points, stroke.points[:1]]) if stroke.closed else stroke.points
    run = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(p, axis=0), axis=1))])
    at = np.linspace(0.0, run[-1], SAMPLES)
    return np.stack([np.interp(at, run, p[:, 0]), np.interp(at, run, p[:, 1])], 1), float(run[-1])


def within(points: np.ndarray, view: Box) -> np.ndarray:
    """Which points (fractions) lie inside `view`, INSET clear of its edges."""
    x, y = points[:, 0], points[:, 1]
    across = (x > view[0] + INSET) & (x < view[2] - INSET)
    return across & (y > view[1] + INSET) & (y < view[3] - INSET)


def view_of(free: Box) -> Box:
    """What a crop shows of the sign: the frame's part the title leaves free."""
    return (max(free[0], 0.0), max(free[1], 0.0), min(free[2], 1.0), min(free[3], 1.0))


def shown(
    drawing: shapes.Drawing, centre: tuple[float, float], scale: float, turn: float, view: Box
) -> tuple[float, float]:
    """The share of the outline (the first stroke) and of all the tubes (by length)
    that land inside `view`."""
    total = seen = 0.0
    outline = 0.0
    for k, stroke in enumerate(drawing):
        points, length = _along(stroke)
        share = float(within(placed(points, centre, scale, turn), view).mean())
        total, seen = total + length, seen + share * length
        if k == 0:
            outline = share
    return outline, seen / max(total, 1e-9)


def readable(
    drawing: shapes.Drawing,
    centre: tuple[float, float],
    scale: float,
    turn: float,
    view: Box,
    name: str = "",
) -> bool:
    """Whether a crop of the drawing `name` reads as its sign: the drawing's middle
    inside the view, OUTLINE of its outline and TUBES of its tubes with it, and of a
    pointed drawing (POINTS: a star) enough of its points."""
    x0, y0, x1, y1 = shapes.extent(drawing)
    middle = placed(np.array([[(x0 + x1) / 2, (y0 + y1) / 2]]), centre, scale, turn)
    if not within(middle, view)[0]:
        return False
    if name in POINTS:
        every, least = POINTS[name]
        tips = placed(drawing[0].points[::every], centre, scale, turn)
        if int(within(tips, view).sum()) < least:
            return False
    outline, tubes = shown(drawing, centre, scale, turn, view)
    return outline >= OUTLINE and tubes >= TUBES
