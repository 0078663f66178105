"""Two risograph prints that read at 64 px and share no layout with the others:

split: a big soft blob, screened from dense dots at its core to paper at its rim
like a lit face in a two-colour portrait, cut in two by one hard straight edge: the
lead ink prints one side, the second the other, and a strip where both drums print
overlaps in their third colour. The energy sizes the blob, the valence tilts the
edge, the seed places them and turns the edge upright or level.

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


def split(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """A screened blob split by a hard edge, each half in its own ink, their overlap
    strip in the third colour (module docstring)."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    r = min(w, h) * (0.42 + 0.16 * d.energy) * rng.uniform(0.95, 1.15)
    cx = x0 + w * rng.uniform(0.35, 0.65)
    cy = y0 + h * rng.uniform(0.45, 0.6)
    squash = rng.uniform(0.8, 1.05)  # a head is taller than wide
    dist = np.sqrt(((x - cx) / squash) ** 2 + (y - cy) ** 2) / r
    # dense dots at the core, screened to paper at the rim (a solid core printed a
    # paper ring where the press cuts its solids from its screens)
    lit = np.clip(1.15 - dist**2, 0, 0.95)
    turn = float(rng.choice((0.0, 90.0)))  # split side by side, or top from bottom
    tilt = np.radians(turn + rng.uniform(-25, 25) + 30 * (d.valence - 0.5))
    across = (x - cx) * np.cos(tilt) + (y - cy) * np.sin(tilt)
    strip = r * rng.uniform(0.05, 0.12)  # both drums print here
    a = lit * fill(strip / 2 - across)
    b = lit * fill(across + strip / 2)
    keep = inside(sheet)
    plates = [(a * keep).astype(np.float32), (b * keep).astype(np.float32), blank()]
    box = (cx - r * squash, cy - r, cx + r * squash, cy + r)
    return plates, _within(box, sheet)


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
