"""A Swiss construction after Müller-Brockmann, drawn into a `swiss_layouts.Frame`
and returning its focal box (fractions of the side):

fan: a quarter or half disc cropped at a corner or the far edge, cut into wedges one a
beat, each as long as the energy there, over a hairline grid, the peak's wedge in the
second colour.
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np

from sleeve.engine.color import contrast_ratio
from sleeve.engine.raster import brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks, slices, visible_arc


def fan(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A quarter disc at a far canvas corner or a half disc on the far edge (to one side
    of its middle), cropped by the canvas, over a hairline grid of the tempo's columns:
    cut into wedges, one a beat (six to fourteen), each as long as the energy curve
    there, black and the flat colour in turn (black and the field when the flat is
    black too), the peak's wedge in the second colour; a
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
    # a black flat beside black wedges merged them into one black mass over a colour
    # field (an EDM cover's field hidden): the field shows between them instead
    other = main if contrast_ratio(main, f.ink) > 1.6 else f.paper
    gap = min(2.0, span / n * 0.08)
    width = span / n
    for k in range(n):
        r = hole + (radius - hole) * float(level[k])
        a = start + width * k
        colour = second if k == peak else (f.ink if k % 2 == 0 else other)
        box = (cx - r, cy - r, cx + r, cy + r)
        draw.pieslice(box, a + gap / 2, a + width - gap / 2, None, brush(colour))
    if hole:  # a ring of paper at the centre: the wedges stand on a circle
        draw.ellipse((cx - hole, cy - hole, cx + hole, cy + hole), brush(f.paper))
    if rng.random() < 0.6:
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), hair)
    return f.fraction((cx - radius, cy - radius, cx + radius, cy + radius))
