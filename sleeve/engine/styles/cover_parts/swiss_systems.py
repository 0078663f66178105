"""A Swiss concert-poster system for a song whose title names no subject, after
Müller-Brockmann's Tonhalle and musica viva posters, drawn into a
`swiss_layouts.Frame` and returning the focal box: rhythm, a system of bars turned
off the grid (the angle is the key's place on the circle of fifths), each bar a
beat, flush on one line, its weight the onset and its length the energy curve, one
disc riding the loudest beat.
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np

from sleeve.engine import signals
from sleeve.engine.raster import brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks, slices


def _hits(onsets: np.ndarray, n: int) -> np.ndarray:
    """`n` onset strengths, the strongest of each slice, stretched to 0..1."""
    hits = np.array([float(p.max()) for p in np.array_split(signals.resample(onsets, n * 4), n)])
    return (hits - hits.min()) / max(1e-6, float(np.ptp(hits)))


def fifths_angle(key: int) -> float:
    """The system's turn (degrees, 15 to 40): the key's place on the circle of fifths,
    so songs in neighbouring keys lean alike and C and F sharp lean furthest apart."""
    place = (key * 7) % 12
    return 15.0 + 25.0 * min(place, 12 - place) / 6.0


def bar_lengths(curve: np.ndarray, energy: float, n: int) -> np.ndarray:
    """The bars' lengths (share of the reach) in order: the energy curve read beat by
    beat, so the stack's ragged edge is the song's shape; a loud song's bars longer."""
    level = 0.2 + 0.25 * float(np.clip(energy, 0.0, 1.0))
    return level + 0.7 * slices(curve, n)


def rhythm(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """Bars in one turned system (a Tonhalle poster): one bar a beat, stacked across
    the system on a strict pitch, flush on one start line; a bar's weight is its onset,
    its length the energy curve (bar_lengths), so the ragged edge draws the song's
    shape; black, the longest bar in the flat colour with a disc of the second colour
    riding its end."""
    x0, y0, x1, y1 = f.art
    s = float(f.size)
    main, second = inks(f)
    sign = float(rng.choice((-1.0, 1.0)))
    turn = math.radians(sign * fifths_angle(f.key))
    grow = float(rng.choice((-1.0, 1.0)))  # flush on the left or on the right
    ux, uy = grow * math.cos(turn), grow * math.sin(turn)  # along a bar
    vx, vy = -uy, ux  # across the stack
    # the stack off the middle by a seeded step, at a seeded depth: the same system on
    # two tracks had printed as one picture
    w, h = x1 - x0, y1 - y0
    cx = (x0 + x1) / 2 + w * float(rng.uniform(-0.2, 0.2))
    cy = (y0 + y1) / 2 + h * float(rng.uniform(-0.1, 0.1))
    n = int(np.clip(3 + f.steps + int(rng.integers(-1, 2)), 5, 10))
    # poster scale: the stack as deep as the art or deeper, cropped by the canvas
    span = max(w, h) * float(rng.uniform(1.0, 1.5))
    pitch = span / n
    hits = _hits(f.onsets, n)
    lengths = bar_lengths(f.curve, f.energy, n)
    pick = lengths + 0.3 * hits + rng.uniform(0, 0.01, n)
    reach = s * float(rng.uniform(1.0, 1.3))
    # the common start line past the canvas edge: the bars run in from it and only
    # their ragged ends (the energy curve) stop in the field
    flush = -reach * float(rng.uniform(0.32, 0.45))
    # the coloured bar is the loudest one whose end shows in the art (the stack now
    # runs past it: a loudest bar under the title zone had left the cover one ink)
    for k in range(n):
        v, end = -span / 2 + pitch * (k + 0.5), flush + reach * float(lengths[k]) * 0.8
        pick[k] += 2.0 * f.inside(cx + ux * end + vx * v, cy + uy * end + vy * v)
    loud = int(np.argmax(pick))
    boxes = []
    ride = (cx, cy)
    for k in range(n):
        v = -span / 2 + pitch * (k + 0.5)
        w = pitch * (0.22 + 0.66 * float(hits[k]))
        a = flush
        b = a + reach * float(lengths[k])
        pts = [
            (cx + ux * p + vx * q, cy + uy * p + vy * q)
            for p, q in ((a, v - w / 2), (b, v - w / 2), (b, v + w / 2), (a, v + w / 2))
        ]
        draw.polygon([c for pt in pts for c in pt], brush(main if k == loud else f.ink))
        boxes.extend(pts)
        if k == loud:
            ride = (cx + ux * b + vx * v, cy + uy * b + vy * v)
    r = pitch * 0.42  # small against the huge bars (a disc as big as a bar read as clip-art)
    rx, ry = ride
    # the disc stays in the art, off the title zone
    rx = float(np.clip(rx, x0 + r, x1 - r)) if x1 - x0 > 2 * r else rx
    ry = float(np.clip(ry, y0 + r, y1 - r)) if y1 - y0 > 2 * r else ry
    draw.ellipse((rx - r, ry - r, rx + r, ry + r), brush(second))
    xs = [p[0] for p in boxes] + [rx - r, rx + r]
    ys = [p[1] for p in boxes] + [ry - r, ry + r]
    return f.fraction((min(xs), min(ys), max(xs), max(ys)))
