"""Swiss concert-poster systems for a song whose title names no subject, after
Müller-Brockmann's Tonhalle and musica viva posters, drawn into a
`swiss_layouts.Frame` and returning the focal box:

rhythm: a system of bars turned off the grid (the angle is the key's place on the
circle of fifths), each bar a beat, flush on one line, its weight the onset and its
length the energy curve, one disc riding the loudest beat;
pulse: a strict grid of circles cropped by the canvas, square or turned, one a
sixteenth, each as large as the song's energy there times its onset, the bar's
downbeats in the flat colour and the loudest sixteenth a huge disc over its neighbours.
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
    r = pitch * 0.8  # a small counterpoint to the bars
    rx, ry = ride
    # the disc stays in the art, off the title zone
    rx = float(np.clip(rx, x0 + r, x1 - r)) if x1 - x0 > 2 * r else rx
    ry = float(np.clip(ry, y0 + r, y1 - r)) if y1 - y0 > 2 * r else ry
    draw.ellipse((rx - r, ry - r, rx + r, ry + r), brush(second))
    xs = [p[0] for p in boxes] + [rx - r, rx + r]
    ys = [p[1] for p in boxes] + [ry - r, ry + r]
    return f.fraction((min(xs), min(ys), max(xs), max(ys)))


def pulse_columns(steps: int) -> int:
    """The circles to a row (a bar) for the tempo's grid count: a slow song's are few
    and big, a fast song's a fine matrix."""
    return {3: 6, 4: 6, 5: 8, 6: 8}.get(steps, 12)


def _lattice(f: Frame, rng: np.random.Generator, cols: int) -> tuple[np.ndarray, float, float]:
    """The pulse grid's dot centres in reading order (row by row, a row a bar) over
    the art pushed out to the canvas sides, so the canvas crops the grid: its cell
    from the tempo's column count at a seeded scale, its origin off the grid by a
    seeded step, on a slow or calm song square, else turned by the key's place on
    the circle of fifths (or on the diagonal). Returns (points, cell, turn)."""
    x0, y0, x1, y1 = f.art
    bx0, by0, bx1, by1 = f.bleed()
    cell = (x1 - x0) / cols * float(rng.choice((1.0, 1.2, 1.45)))  # poster scale
    pick = rng.random()
    turn = 0.0
    if pick < 0.15 + 0.25 * f.energy:  # a turned grid: a lively song leans
        turn = 45.0 if pick < 0.1 else float(rng.choice((-1.0, 1.0))) * fifths_angle(f.key)
    ox = bx0 + cell * float(rng.uniform(0.0, 1.0))
    oy = by0 + cell * float(rng.uniform(0.0, 1.0))
    a = math.radians(turn)
    ux, uy, vx, vy = math.cos(a), math.sin(a), -math.sin(a), math.cos(a)
    reach = int(math.hypot(bx1 - bx0, by1 - by0) / cell) + 2
    grid = np.arange(-reach, reach + 1, dtype=float)
    gi, gj = np.meshgrid(grid, grid)  # gj rows, gi columns
    xs = ox + (gi * ux + gj * vx) * cell
    ys = oy + (gi * uy + gj * vy) * cell
    pad = cell * 0.2
    keep = (xs > bx0 - pad) & (xs < bx1 + pad) & (ys > by0 - pad) & (ys < by1 + pad)
    # nothing crosses into the title zone: a dot keeps its whole disc off the line
    room = {"top": ys - f.art[1], "bottom": f.art[3] - ys, "right": f.art[2] - xs}[f.edge]
    keep &= room >= cell * 0.5
    order = np.lexsort((gi[keep], gj[keep]))
    points = np.column_stack((xs[keep], ys[keep], gi[keep]))[order]
    return points, cell, turn


def pulse_sizes(curve: np.ndarray, onsets: np.ndarray, energy: float, n: int) -> np.ndarray:
    """The dots' radii (share of half a cell) in reading order: the energy curve swells
    and thins the grid over the song (a quiet verse a field of pin-pricks, the chorus
    full discs), the onsets pick out the hits within it, the energy sets the level."""
    swell = signals.resample(np.asarray(curve, float), n)
    swell = ((swell - swell.min()) / max(1e-6, float(np.ptp(swell)))) ** 0.7
    hits = _hits(onsets, n)
    level = 0.35 + 0.65 * float(np.clip(energy, 0.0, 1.0))
    return np.clip(0.14 + 0.84 * level * (0.2 + 0.8 * swell) * (0.45 + 0.55 * hits), 0.12, 0.96)


def pulse(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A strict grid of circles, one a sixteenth note in rows of bars, cropped by the
    canvas, square or turned; each dot as large as the song's energy at that moment
    times its onset (pulse_sizes), so the grid swells where the song does; the
    downbeats in the flat colour, the loudest sixteenth a huge disc of the second
    colour over its neighbours, drawn first so the grid prints over it."""
    main, second = inks(f)
    cols = pulse_columns(f.steps)
    points, cell, _ = _lattice(f, rng, cols)
    n = len(points)
    if n == 0:
        return f.fraction(f.art)
    sizes = pulse_sizes(f.curve, f.onsets, f.energy, n)
    central = np.array([f.inside(x, y, cell) for x, y, _ in points])
    # the song's loudest moment (the curve unclipped: clipped sizes tie on a loud song)
    swell = signals.resample(np.asarray(f.curve, float), n)
    loud = int(np.argmax(swell + 0.3 * sizes + rng.uniform(0, 0.01, n) + 2.0 * central))
    # scale contrast as loud as the song: a quiet one's disc a few cells, a loud one's huge
    big = cell * (1.2 if cols < 8 else 1.4 if cols == 8 else 1.8) * (0.8 + 0.9 * f.energy)
    bx, by = float(points[loud, 0]), float(points[loud, 1])
    big = min(big, max(cell, f.room(bx, by)))
    draw.ellipse((bx - big, by - big, bx + big, by + big), brush(second))
    beat = max(1, cols // 2)
    for k, (cx, cy, col) in enumerate(points):
        if k == loud:
            continue
        rad = cell * 0.5 * float(sizes[k])
        colour = main if int(col) % beat == 0 else f.ink  # the bar's strong beats
        if colour == second and math.hypot(cx - bx, cy - by) < big + rad:
            colour = f.paper  # figure and ground swap on the disc of the same ink
        draw.ellipse((cx - rad, cy - rad, cx + rad, cy + rad), brush(colour))
    xs, ys = points[:, 0], points[:, 1]
    return f.fraction(
        (
            min(float(xs.min()), bx - big),
            min(float(ys.min()), by - big),
            max(float(xs.max()), bx + big),
            max(float(ys.max()), by + big),
        )
    )
