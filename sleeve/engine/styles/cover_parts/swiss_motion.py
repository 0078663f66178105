"""Two Swiss marks of motion, each drawn into a `swiss_layouts.Frame` and returning its
focal box (fractions of the side):

chevrons: a march of huge chevrons cropped by the canvas (after Max Huber's Monza
posters), one a beat of the bar, spaced by the energy curve, as heavy as the onsets,
the loudest in the flat colour;
spiral: one square spiral of thick bars winding in to a point off the middle (after
Richard Paul Lohse and Stankowski), one bar a beat, its turns counted by the tempo,
its weight the energy curve, turned by the key on some seeds.
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np

from sleeve.engine import signals
from sleeve.engine.raster import brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks, slices
from sleeve.engine.styles.cover_parts.swiss_systems import fifths_angle


def _hits(onsets: np.ndarray, n: int) -> np.ndarray:
    """`n` onset strengths, the strongest of each slice, stretched to 0..1."""
    hits = np.array([float(p.max()) for p in np.array_split(signals.resample(onsets, n * 4), n)])
    return (hits - hits.min()) / max(1e-6, float(np.ptp(hits)))


def _polygon(draw: aggdraw.Draw, pts: list[tuple[float, float]], colour) -> None:
    draw.polygon([c for p in pts for c in p], brush(colour))


def chevrons(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """Huge chevrons marching across the art (Max Huber): one a beat of the bar (four
    to eight), their apexes spaced by the energy curve (a swelling song bunches them,
    a quiet passage spreads them), each arm as heavy as the onset there, the arms
    cropped by the canvas and the title's grid line; black, the loudest chevron in the
    flat colour. The seed sets the heading, the opening and the row's reach; beside an
    upright title they climb instead."""
    main, _ = inks(f)
    bx0, by0, bx1, by1 = f.bleed()
    upright = f.edge == "right"
    length, across = (by1 - by0, bx1 - bx0) if upright else (bx1 - bx0, by1 - by0)
    ahead = float(rng.choice((-1.0, 1.0)))
    n = int(np.clip(f.steps + 1 + int(rng.integers(-1, 2)), 4, 8))
    mid = across * float(rng.uniform(0.42, 0.58))  # the apex line, a little off centre
    half = across * float(rng.uniform(0.55, 0.75))  # the arms run past the crop
    lean = half * float(rng.uniform(0.3, 0.6))  # the chevron's depth: sharp, never flat
    gaps = 0.45 + slices(f.curve, n)
    # the march runs in from the trailing edge, which crops its last arms, and stops
    # short of the leading one: the open paper ahead is where it is heading
    reach = length * float(rng.uniform(0.45, 0.7))
    apex = lean * float(rng.uniform(0.4, 1.0)) + (np.cumsum(gaps) - gaps[0]) / gaps.sum() * reach
    hits = _hits(f.onsets, n)
    pitch = reach / n
    loud = int(np.argmax(slices(f.curve, n) + 0.5 * hits + rng.uniform(0, 0.01, n)))

    def to(u: float, v: float) -> tuple[float, float]:
        u = u if ahead > 0 else length - u
        return (bx0 + v, by1 - u) if upright else (bx0 + u, by0 + v)

    xs, ys = [], []
    for k in range(n):
        a = float(apex[k])
        t = pitch * (0.28 + 0.42 * float(hits[k]))  # the arm's weight
        local = [
            (a - lean, mid - half),
            (a, mid),
            (a - lean, mid + half),
            (a - lean - t, mid + half),
            (a - t, mid),
            (a - lean - t, mid - half),
        ]
        pts = [to(u, v) for u, v in local]
        _polygon(draw, pts, main if k == loud else f.ink)
        xs += [p[0] for p in pts]
        ys += [p[1] for p in pts]
    return f.fraction((min(xs), min(ys), max(xs), max(ys)))


def spiral_turns(tempo: float) -> int:
    """The spiral's bars for a tempo: a ballad a few broad turns, a fast song many."""
    return int(np.clip(round(6 + (tempo - 60.0) / 16.0), 7, 12))


def spiral(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """One square spiral of thick bars winding in from past the canvas to a point off
    the middle (Lohse, Stankowski): one bar a beat (spiral_turns by the tempo), each
    as heavy as the energy curve there, so the song swells and thins along the path;
    black, the loudest bar in the flat colour, a square of the second colour where it
    ends. Square on a calm song's seeds, else turned by the key's place on the circle
    of fifths; the seed sets the centre and the winding."""
    main, second = inks(f)
    bx0, by0, bx1, by1 = f.bleed()
    upright = f.edge == "right"
    # square: as deep as the room from the title's grid line to the far canvas edge,
    # or a little more, so the far edge crops its outer turn
    room = (bx1 - bx0) if upright else (by1 - by0)
    outer = room * float(rng.uniform(0.92, 1.2))
    n = spiral_turns(f.tempo) + int(rng.integers(-1, 2))
    along = float(rng.uniform(0.3, 0.7))
    if upright:  # its right side on the grid line beside the title
        cx, cy = bx1 - outer / 2, by0 + (by1 - by0) * along
    else:  # its near side on the title's grid line
        cx = bx0 + (bx1 - bx0) * along
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
