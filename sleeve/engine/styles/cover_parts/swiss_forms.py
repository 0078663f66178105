"""Swiss quarter discs after the Bauhaus, drawn into a `swiss_layouts.Frame` and
returning the focal box: quadrants, a coarse grid of quarter discs turned by the
onsets, flat colour where the energy is high.

Retired from this module (see swiss_geometry.RETIRED): the sliced disc, the nested
squares, the bar's count as huge numerals, the staircase of steps and the giant rule
with one square.
"""

from __future__ import annotations

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


def quadrants(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A coarse grid of quarter discs (three to five to a row, by the tempo), each
    turned by its onset (the strong beats face one way, the weak another) and printed
    in the flat colour where the energy curve is high, black where it is low; one in
    the second colour on the loudest beat."""
    x0, y0, x1, y1 = f.art
    main, second = inks(f)
    cols = int(np.clip(f.steps, 3, 5))
    cell = (x1 - x0) / cols
    rows = max(1, int((y1 - y0) // cell))
    top = y1 - rows * cell if f.edge == "top" else y0
    n = cols * rows
    hits = _hits(f.onsets, n)
    level = slices(f.curve, n)
    loud = int(np.argmax(hits + rng.uniform(0, 0.01, n)))
    base = int(rng.integers(4))
    for k in range(n):
        r, c = divmod(k, cols)
        ax, ay = x0 + c * cell, top + r * cell
        turn = (base + (2 if hits[k] > 0.5 else 0) + (1 if level[k] > 0.6 else 0)) % 4
        px = ax + (cell if turn in (1, 2) else 0.0)
        py = ay + (cell if turn in (2, 3) else 0.0)
        colour = second if k == loud else main if level[k] > 0.5 else f.ink
        start = (270.0, 180.0, 90.0, 0.0)[turn]  # the quarter that lies in the cell
        box = (px - cell, py - cell, px + cell, py + cell)
        draw.pieslice(box, start, start + 90.0, None, brush(colour))
    return f.fraction((x0, top, x1, top + rows * cell))
