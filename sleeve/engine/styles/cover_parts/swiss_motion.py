"""A Swiss mark of motion, drawn into a `swiss_layouts.Frame`, returning its focal box
(fractions of the side): spiral, one square spiral of thick bars winding in to a point
off the middle (after Richard Paul Lohse and Stankowski), one bar a beat, its turns
counted by the tempo, its weight the energy curve, turned by the key on some seeds;
on a song of sections most often a frieze, a meander of one spiral a section.
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


# how often the spiral is a frieze, by the song's sections (one section: never): at
# 60% of songs of three sections, 月光下的城市 and Lift Every Hand still drew one
# square spiral each, one picture recoloured
FRIEZE_SHARE = {1: 0.0, 2: 0.5, 3: 0.9}
# the least room (share of the side, from the far edge to the title) a frieze needs:
# under Blue Smoke's two-line title its squares stood small and cramped at the top
# edge, read as "crude tilted spirals that look broken"
FRIEZE_ROOM = 0.5


def spiral(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """One square spiral of thick bars winding in from past the canvas to a point off
    the middle (Lohse, Stankowski): one bar a beat (spiral_turns by the tempo), each
    as heavy as the energy curve there, so the song swells and thins along the path;
    black, the loudest bar in the flat colour, a square of the second colour where it
    ends. Square on a calm song's seeds, else turned by the key's place on the circle
    of fifths; its centre on the song's grid line under its peak, the seed sets the
    winding. A song of sections is most often a frieze (FRIEZE_SHARE)."""
    parts = grid.sections(f.curve)
    bx0, by0, bx1, by1 = f.bleed()
    deep = ((bx1 - bx0) if f.edge == "right" else (by1 - by0)) >= FRIEZE_ROOM * f.size
    if rng.random() < FRIEZE_SHARE.get(len(parts), FRIEZE_SHARE[3]) and deep:
        return frieze(draw, f, rng, parts)
    main, second = inks(f)
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
    pitch = outer / ((n - 1) // 2 + 1.5)
    turn = 0.0
    if rng.random() < 0.15 + 0.4 * f.energy:
        turn = math.radians(float(rng.choice((-1.0, 1.0))) * fifths_angle(f.key))
    clock = float(rng.choice((-1.0, 1.0)))
    half = pitch * (0.15 + 0.25 * slices(f.curve, n))  # each bar's half weight
    loud = int(np.argmax(half[1:] + rng.uniform(0, 0.01, n - 1))) + 1
    inks_of = [main if k == loud else f.ink for k in range(n)]
    box = _wind(draw, (cx, cy), outer, half, turn, clock, inks_of, second)
    return f.fraction(box)


def _wind(
    draw: aggdraw.Draw,
    centre: tuple[float, float],
    outer: float,
    half: np.ndarray,
    turn: float,
    clock: float,
    colours: list,
    end: tuple,
) -> tuple[float, float, float, float]:
    """One square spiral `outer` wide about `centre`, its bars' half weights `half`
    (one a bar, the count its bars), turned by `turn` radians, winding by `clock`, bar
    k in colours[k], a square of `end` where it closes in; its pixel box."""
    n = len(half)
    cx, cy = centre
    pitch = outer / ((n - 1) // 2 + 1.5)
    c, s = math.cos(turn), math.sin(turn)
    heads = [(1.0, 0.0), (0.0, clock), (-1.0, 0.0), (0.0, -clock)]
    # start at the outer corner so the spiral ends on its centre
    pos = np.array((-outer / 2, -clock * outer / 2))
    lengths = [outer] + [outer - pitch * ((k - 1) // 2) for k in range(1, n)]

    def to(p: np.ndarray) -> tuple[float, float]:
        return (cx + p[0] * c - p[1] * s, cy + p[0] * s + p[1] * c)

    xs, ys = [], []
    for k in range(n):
        head = np.array(heads[k % 4])
        stop = pos + head * max(lengths[k], pitch)
        # each end runs on by the crossing bar's half weight: square, flush corners
        a = pos - head * (float(half[k - 1]) if k else 0.0)
        b = stop + head * (float(half[k + 1]) if k + 1 < n else 0.0)
        side = np.array((-head[1], head[0])) * float(half[k])
        pts = [to(a + side), to(b + side), to(b - side), to(a - side)]
        _polygon(draw, pts, colours[k])
        xs += [p[0] for p in pts]
        ys += [p[1] for p in pts]
        pos = stop
    r = pitch * 0.35
    ex, ey = to(pos)
    draw.rectangle((ex - r, ey - r, ex + r, ey + r), brush(end))
    return (min(xs), min(ys), max(xs), max(ys))


def frieze(
    draw: aggdraw.Draw, f: Frame, rng: np.random.Generator, parts: list[tuple[float, float, float]]
) -> Box:
    """The song's form as a meander (a Greek key): one square spiral a section, side by
    side, equal squares on the grid, each winding as many turns and standing as far up
    from the far edge as its section is loud, the windings alternating so the row
    reads as one wave; the loudest section's spiral in the flat colour. One spiral on
    every song had read as one picture recoloured (Lift Every Hand, 月光下的城市)."""
    main, second = inks(f)
    bx0, by0, bx1, by1 = f.bleed()
    upright = f.edge == "right"
    room = (bx1 - bx0) if upright else (by1 - by0)
    span = (by1 - by0) if upright else (bx1 - bx0)
    # equal squares on the grid, the row running off one side by a seeded bleed
    bleed = span * float(rng.uniform(0.0, 0.25))
    w = min(room * 0.92, (span + bleed) / len(parts))
    start = (by0 if upright else bx0) + (span - w * len(parts)) * float(rng.uniform(0.0, 1.0))
    loud = parts.index(grid.loudest(parts))
    clock = float(rng.choice((-1.0, 1.0)))
    turn = math.radians(float(rng.choice((-1.0, 1.0))) * fifths_angle(f.key) * 0.25)
    boxes = []
    at = start
    for k, (begin, end, level) in enumerate(parts):
        n = int(np.clip(round(6 + 6 * level), 8, 12))
        pitch = w / ((n - 1) // 2 + 1.5)
        piece = f.curve[int(begin * len(f.curve)) : max(1, int(end * len(f.curve)))]
        half = pitch * (0.14 + 0.2 * slices(np.asarray(piece if len(piece) > 1 else f.curve), n))
        centre_along = at + w / 2
        # a louder section steps up from the far edge towards the title: the form's
        # rise and fall a staircase across the art
        depth = w / 2 + room * 0.02 + max(0.0, room * 0.94 - w) * (level - 0.3) / 0.7
        if upright:
            centre = (bx1 - depth, centre_along)
        elif f.edge == "top":
            centre = (centre_along, by1 - depth)
        else:
            centre = (centre_along, by0 + depth)
        colour = main if k == loud else f.ink
        boxes.append(
            _wind(
                draw,
                centre,
                w * 0.96,
                half,
                turn,
                clock,
                [colour] * n,
                second if k == loud else main,
            )
        )
        clock = -clock
        at += w
    return f.fraction(
        (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )
    )
