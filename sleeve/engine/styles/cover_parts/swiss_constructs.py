"""Two Swiss constructions after Stankowski and Müller-Brockmann, each drawn into a
`swiss_layouts.Frame` and returning its focal box (fractions of the side):

bundle: a bundle of parallel stripes rising from the far edge and turning a corner
together (Anton Stankowski), one stripe a beat, its weight the onset, its ragged end
the energy curve, the peak's stripe in the flat colour;
fan: a quarter or half disc cropped at a corner or the far edge, cut into wedges one a
beat, each as long as the energy there, over a hairline grid, the peak's wedge in the
second colour.
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np

from sleeve.engine import signals
from sleeve.engine.raster import brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks, slices, visible_arc


def _hits(onsets: np.ndarray, n: int) -> np.ndarray:
    """`n` onset strengths, the strongest of each slice, stretched to 0..1."""
    hits = np.array([float(p.max()) for p in np.array_split(signals.resample(onsets, n * 4), n)])
    return (hits - hits.min()) / max(1e-6, float(np.ptp(hits)))


def _local(f: Frame, flip: bool):
    """A map from local coordinates (u across, v from the art's near line on the title
    side, 0, to the far canvas edge, depth) to the canvas, and the local width and
    depth."""
    bx0, by0, bx1, by1 = f.bleed()
    if f.edge == "right":  # the far edge is the left
        width, depth = by1 - by0, bx1 - bx0

        def to(u: float, v: float) -> tuple[float, float]:
            return bx1 - v, (by1 - u if flip else by0 + u)

    else:
        width, depth = bx1 - bx0, by1 - by0
        down = f.edge == "top"

        def to(u: float, v: float) -> tuple[float, float]:
            return (bx1 - u if flip else bx0 + u), (by0 + v if down else by1 - v)

    return to, width, depth


def bundle(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A bundle of parallel stripes (Stankowski): rising from the far canvas edge and
    turning one corner together (square or round, seeded) towards a side, one stripe a
    beat of the tempo's bar (four to nine), its weight the onset there, and where it
    stops the energy curve (the ragged ends are the song's shape); black, the stripe at
    the song's peak in the flat colour. The seed sets the side, the corner's place and
    the bundle's breadth."""
    main, _ = inks(f)
    to, width, depth = _local(f, bool(rng.random() < 0.5))
    n = int(np.clip(f.steps + 2 + int(rng.integers(-1, 2)), 4, 9))
    breadth = min(width, depth) * float(rng.uniform(0.6, 0.9))
    pitch = breadth / n
    hits = _hits(f.onsets, n)
    ends = slices(f.curve, n)
    peak = int(np.argmax(ends + 0.2 * hits + rng.uniform(0, 0.01, n)))
    rounded = rng.random() < 0.55
    inner = pitch * float(rng.uniform(0.5, 2.5)) if rounded else 0.0
    lead = width * float(rng.uniform(0.04, 0.3))  # where the outer upright rises
    high = depth * float(rng.uniform(0.02, 0.15))  # the outer stripe's run
    high = min(high, depth * 0.9 - breadth - inner)
    cu, cv = lead + breadth + inner, max(high, depth * 0.02) + breadth + inner
    boxes = []
    for k in range(n):
        r = inner + breadth - pitch * (k + 0.5)  # stripe 0 outermost
        w = pitch * (0.45 + 0.4 * float(hits[k]))
        out_r, in_r = r + w / 2, max(0.0, r - w / 2)
        end = cu + (width + pitch - cu) * (0.3 + 0.7 * float(ends[k]))
        pts = [(cu - out_r, depth + 2.0), *_turn(cu, cv, out_r, rounded)]
        pts += [(end, cv - out_r), (end, cv - in_r)]
        pts += [*_turn(cu, cv, in_r, rounded)[::-1], (cu - in_r, depth + 2.0)]
        canvas = [to(u, v) for u, v in pts]
        draw.polygon([c for p in canvas for c in p], brush(main if k == peak else f.ink))
        boxes.extend(canvas)
    xs, ys = [p[0] for p in boxes], [p[1] for p in boxes]
    return f.fraction((min(xs), min(ys), max(xs), max(ys)))


def _turn(cu: float, cv: float, r: float, rounded: bool) -> list[tuple[float, float]]:
    """The turn of a stripe edge of radius `r` about (cu, cv): from rising (at u = cu -
    r) to running along (at v = cv - r), a quarter arc or a square corner."""
    if not rounded or r <= 0.0:
        return [(cu - r, cv - r)]
    ts = np.linspace(0.0, math.pi / 2, 16)
    return [(cu - r * math.cos(t), cv - r * math.sin(t)) for t in ts]


def fan(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A quarter disc at a far canvas corner or a half disc on the far edge (to one side
    of its middle), cropped by the canvas, over a hairline grid of the tempo's columns:
    cut into wedges, one a beat (six to fourteen), each as long as the energy curve
    there, black and the flat colour in turn, the peak's wedge in the second colour; a
    hairline ring marks the full radius. The seed sets the corner, the radius and the
    ring."""
    main, second = inks(f)
    s = float(f.size)
    x0, y0, x1, y1 = f.art
    bx0, by0, bx1, by1 = f.bleed()
    cx, cy, start, span = f.far_corners()[int(rng.integers(2))]
    pick = rng.random()
    if pick < 0.3:  # pushed out past the corner: the wedges sweep in as a band
        out = s * float(rng.uniform(0.1, 0.25))
        norm = max(math.hypot(cx - s / 2, cy - s / 2), 1e-6)
        cx, cy = cx + (cx - s / 2) / norm * out, cy + (cy - s / 2) / norm * out
        start, span = visible_arc(f, cx, cy)
    reach = max(math.hypot(px - cx, py - cy) for px in (x0, x1) for py in (y0, y1))
    radius = reach * float(rng.uniform(0.85, 1.05))
    if pick >= 0.3:  # from the corner, kept off the title's grid line
        radius = min(radius, f.room(cx, cy) * 0.98 or reach)
    hole = radius * float(rng.uniform(0.15, 0.35)) if 0.3 <= pick < 0.6 else 0.0
    grey = tuple(int(round(0.4 * a + 0.6 * b)) for a, b in zip(f.ink, f.paper, strict=True))
    hair = aggdraw.Pen(grey, max(1.0, s * 0.0018))
    cols = f.steps + 2
    for k in range(1, cols):
        gx = bx0 + (bx1 - bx0) * k / cols
        draw.line((gx, by0, gx, by1), hair)
    rows = max(1, int(round(cols * (by1 - by0) / max(bx1 - bx0, 1.0))))
    for k in range(1, rows):
        gy = by0 + (by1 - by0) * k / rows
        draw.line((bx0, gy, bx1, gy), hair)
    n = int(np.clip(round(f.tempo / 14.0), 6, 12))
    n += int(rng.integers(-1, 2))
    level = 0.45 + 0.55 * slices(f.curve, n)
    peak = int(np.argmax(level + rng.uniform(0, 0.01, n)))
    gap = min(2.0, span / n * 0.08)
    width = span / n
    for k in range(n):
        r = hole + (radius - hole) * float(level[k])
        a = start + width * k
        colour = second if k == peak else (f.ink if k % 2 == 0 else main)
        box = (cx - r, cy - r, cx + r, cy + r)
        draw.pieslice(box, a + gap / 2, a + width - gap / 2, None, brush(colour))
    if hole:  # a ring of paper at the centre: the wedges stand on a circle
        draw.ellipse((cx - hole, cy - hole, cx + hole, cy + hole), brush(f.paper))
    if rng.random() < 0.6:
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), hair)
    return f.fraction((cx - radius, cy - radius, cx + radius, cy + radius))
