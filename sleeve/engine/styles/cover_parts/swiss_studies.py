"""A Swiss study after Müller-Brockmann, drawn into a `swiss_layouts.Frame`,
returning its focal box (fractions of the side): ripple, circles that all touch one
point of the canvas edge, off the middle, one a beat of the bar, their steps the
energy curve, cropped by the frame.
"""

from __future__ import annotations

import aggdraw
import numpy as np

from sleeve.engine.raster import brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks, slices


def ripple(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """Circles nested on one point of the far canvas edge (or a side), off its middle,
    the largest cropped by the frame: one circle a beat of two bars at the tempo
    (seven to fifteen), each step in from the last as wide as the energy curve there; black and
    paper alternate, the smallest in the flat colour, one in the second colour."""
    bx0, by0, bx1, by1 = f.bleed()
    x0, y0, x1, y1 = f.art
    main, second = inks(f)
    # one circle a beat of two bars: a few broad rings had printed as one huge black
    # disc (the retired placeholder circle) on slow songs
    n = int(np.clip(round(f.tempo / 11.0), 7, 15))
    along = float(rng.choice((0.22, 0.35, 0.65, 0.78)))
    lx, ly = f.far()
    if rng.random() < 0.3 and f.edge != "right":  # from a side instead
        px = bx0 if rng.random() < 0.5 else bx1
        py = y0 + (y1 - y0) * float(rng.uniform(0.45, 0.75))
        if f.edge == "bottom":
            py = y1 - (py - y0)
        nx, ny = (1.0 if px == bx0 else -1.0), 0.0
    else:
        px = bx0 + (bx1 - bx0) * along if ly else bx0
        py = (by1 if ly > 0 else by0) if ly else y0 + (y1 - y0) * along
        nx, ny = -lx, -ly  # into the canvas
    big = max(x1 - x0, y1 - y0) * float(rng.uniform(0.55, 0.8))
    steps = 0.4 + slices(f.curve, n)
    radii = big * (1.0 - np.cumsum(np.r_[0.0, steps[:-1]]) / (steps.sum() + 0.6))
    second_at = int(rng.integers(1, n - 1))
    for k, r in enumerate(radii):
        cx, cy = px + nx * r, py + ny * r
        colour = (
            main if k == n - 1 else second if k == second_at else f.ink if k % 2 == 0 else f.paper
        )
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), brush(colour))
    r = float(radii[0])
    cx, cy = px + nx * r, py + ny * r
    return f.fraction((cx - r, cy - r, cx + r, cy + r))
