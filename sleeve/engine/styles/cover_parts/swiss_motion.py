"""A Swiss mark of motion, drawn into a `swiss_layouts.Frame`, returning its focal box
(fractions of the side): spiral, one square spiral of thick bars winding in to a point
off the middle (after Richard Paul Lohse and Stankowski), one bar a beat, its turns
counted by the tempo, its weight the energy curve, turned by the key on some seeds.
The march of chevrons after Max Huber is retired (read as "a road-hazard sign").
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np

from sleeve.engine.raster import brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import swiss_grid as grid
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks, slices
from sleeve.engine.styles.cover_parts.swiss_systems import fifths_angle


def _polygon(draw: aggdraw.Draw, pts: list[tuple[float, float]], colour) -> None:
    draw.polygon([c for p in pts for c in p], brush(colour))


def spiral_turns(tempo: float) -> int:
    """The spiral's bars for a tempo: a ballad a few broad turns, a fast song many."""
    return int(np.clip(round(6 + (tempo - 60.0) / 16.0), 7, 12))


def spiral(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """One square spiral of thick bars winding in from past the canvas to a point off
    the middle (Lohse, Stankowski): one bar a beat (spiral_turns by the tempo), each
    as heavy as the energy curve there, so the song swells and thins along the path;
    black, the loudest bar in the flat colour, a square of the second colour where it
    ends. Square on a calm song's seeds, else turned by the key's place on the circle
    of fifths; its centre on the song's grid line under its peak, the seed sets the
    winding."""
    main, second = inks(f)
    bx0, by0, bx1, by1 = f.bleed()
    upright = f.edge == "right"
    # square: as deep as the room from the title's grid line to the far canvas edge,
    # or a little more, so the far edge crops its outer turn
    room = (bx1 - bx0) if upright else (by1 - by0)
    outer = room * float(rng.uniform(0.92, 1.2))
    n = spiral_turns(f.tempo) + int(rng.integers(-1, 2))
    # its centre on the song's grid line under its peak (a seeded place had read as
    # arbitrary)
    x0, y0, x1, y1 = f.art
    along = grid.column(f.curve, f.onsets, f.tempo, f.title)
    if upright:  # its right side on the grid line beside the title
        cx, cy = bx1 - outer / 2, y0 + (y1 - y0) * along
    else:  # its near side on the title's grid line
        cx = x0 + (x1 - x0) * along
        cy = by0 + outer / 2 if f.edge == "top" else by1 - outer / 2
    # the spiral closes in to a small square in its centre
    pitch = outer / ((n - 1) // 2 + 1.5)
    turn = 0.0
    if rng.random() < 0.15 + 0.4 * f.energy:
        turn = math.radians(float(rng.choice((-1.0, 1.0))) * fifths_angle(f.key))
    c, s = math.cos(turn), math.sin(turn)
    clock = float(rng.choice((-1.0, 1.0)))
    heads = [(1.0, 0.0), (0.0, clock), (-1.0, 0.0), (0.0, -clock)]
    half = pitch * (0.15 + 0.25 * slices(f.curve, n))  # each bar's half weight
    loud = int(np.argmax(half[1:] + rng.uniform(0, 0.01, n - 1))) + 1
    # start at the outer corner so the spiral ends on its centre
    pos = np.array((-outer / 2, -clock * outer / 2))
    lengths = [outer] + [outer - pitch * ((k - 1) // 2) for k in range(1, n)]

    def to(p: np.ndarray) -> tuple[float, float]:
        return (cx + p[0] * c - p[1] * s, cy + p[0] * s + p[1] * c)

    xs, ys = [], []
    for k in range(n):
        head = np.array(heads[k % 4])
        end = pos + head * max(lengths[k], pitch)
        # each end runs on by the crossing bar's half weight: square, flush corners
        a = pos - head * (float(half[k - 1]) if k else 0.0)
        b = end + head * (float(half[k + 1]) if k + 1 < n else 0.0)
        side = np.array((-head[1], head[0])) * float(half[k])
        pts = [to(a + side), to(b + side), to(b - side), to(a - side)]
        _polygon(draw, pts, main if k == loud else f.ink)
        xs += [p[0] for p in pts]
        ys += [p[1] for p in pts]
        pos = end
    r = pitch * 0.35
    ex, ey = to(pos)
    draw.rectangle((ex - r, ey - r, ex + r, ey + r), brush(second))
    return f.fraction((min(xs), min(ys), max(xs), max(ys)))
