"""The risograph's onset pulse, a print that reads at 64 px and shares no layout
with the others. (Its sibling, the split blob screened to paper at its rim, is
retired: two art directors read 별빛 Parade's faded half-disc as "nothing to look
at" and Candyfloss's as unfinished.)

pulse: the song's onsets as overlapping discs marching along an arcing diagonal,
each as big as its hit, alternately in the lead and second ink so every overlap
prints the third colour; the biggest bleed off the sheet, the soft hits are small.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_posters import _within, inside
from sleeve.engine.styles.cover_parts.riso_shapes import Plates, Rng, Sheet, blank, fill, grid


def pulse(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """The onsets as discs along a diagonal, alternating inks, overlapping in the
    third colour (module docstring)."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    n = 5 + round(3 * d.density)
    hits = signals.onsets(d, n).astype(np.float32)
    rise = float(rng.choice((-1, 1)))
    start = np.array((x0 - 0.05 * w, (y1 if rise > 0 else y0) - 0.05 * h * rise))
    end = np.array((x1 + 0.05 * w, (y0 if rise > 0 else y1) + 0.2 * h * rise))
    plates = [blank(), blank()]
    xs, ys = [], []
    bend, phase = rng.uniform(0.06, 0.2) * h, rng.uniform(0, np.pi)  # the march arcs
    for k in range(n):
        t = (k + 0.5) / n
        px, py = start + (end - start) * t + rng.uniform(-0.03, 0.03, 2)
        py += bend * np.sin(np.pi * t + phase)
        r = min(w, h) * (0.09 + 0.3 * float(hits[k]) ** 1.5)
        disc = fill(r - np.sqrt((x - px) ** 2 + (y - py) ** 2))
        plates[k % 2] = np.maximum(plates[k % 2], disc)
        xs += [px - r, px + r]
        ys += [py - r, py + r]
    keep = inside(sheet)
    a, b = (p * keep for p in plates)
    box = (min(xs), min(ys), max(xs), max(ys))
    return [a.astype(np.float32), b.astype(np.float32), blank()], _within(box, sheet)
