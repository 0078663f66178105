"""The risograph's citrus: one big slice of lime or orange, running off a side or
the foot of the sheet, its segments flat in the lead ink (an orange, lemon or lime
ink, or the colour the title names: a blue slice read as wrong) with paper between
them, its rind solid in the second: one everyday object, for Latin and summer pop.

Its seeds overprint the segments; the rind is pulled again off register.

The song cuts it: the onsets of a stretch of sixteenths size its segments (a heavy
hit, a fat one), eight to twelve of them, the energy how far the slice fills the
area; the seed picks the edge it runs off and how it turns.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_posters import _within, inside
from sleeve.engine.styles.cover_parts.riso_press import shift
from sleeve.engine.styles.cover_parts.riso_shapes import RES, Plates, Rng, Sheet, fill, grid


def citrus(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """A cut citrus slice off an edge: rind, segments and seeds (module docstring)."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    edges = [e for e, free in enumerate((x0 <= 0.0, x1 >= 1.0, y1 >= 1.0)) if free]
    edge = edges[int(rng.integers(len(edges)))] if edges else 3  # off a side or the foot
    grow = 0.9 + 0.1 * d.energy
    if edge < 2:  # off the left or the right, whole in height (the zone's cut read
        r = min(h / 2 - 0.03, w * 0.9) * grow  # as a slice sawn across)
        cx, cy = (x0 + r * 0.3, x1 - r * 0.3)[edge], (y0 + y1) / 2
    else:  # off the foot (or whole, where the area touches no sheet edge)
        r = min(h - 0.04, w * 0.46) * grow * (1.0 if edge == 2 else 0.55)
        cx = x0 + w * rng.uniform(0.4, 0.6)
        cy = y1 + r * 0.12 if edge == 2 else (y0 + y1) / 2
    dx, dy = x - cx, y - cy
    dist = np.sqrt(dx**2 + dy**2)
    spin = rng.uniform(0, 2 * np.pi)
    angle = (np.arctan2(dy, dx) + spin) % (2 * np.pi)
    n = 8 + int(rng.integers(5))
    hits = signals.onsets(d, 64)[16 : 16 + n].astype(np.float64)  # a bar's sixteenths
    share = 0.6 + 0.8 * hits  # a heavy hit cuts a fat segment
    bounds = np.concatenate(([0.0], np.cumsum(share / share.sum()))) * 2 * np.pi
    k = np.clip(np.searchsorted(bounds, angle) - 1, 0, n - 1)
    mid = (bounds[k] + bounds[k + 1]) / 2
    half = (bounds[k + 1] - bounds[k]) / 2
    across = np.abs(angle - mid)  # how far round from the segment's middle
    gap = 0.012 + 0.004 * (1 - d.density)
    inner = r * 0.8
    wedge = np.minimum((half - across) * dist - gap, inner - dist)
    segment = fill(np.minimum(wedge, dist - r * 0.08))
    rind = fill(np.minimum(r - dist, dist - r * 0.88))
    a = segment  # the flesh flat in the lead (a citrus ink), so it reads at a thumbnail
    b = rind  # the pith between rind and segments stays bare paper
    seeds = np.zeros_like(a)
    for j in range(0, n, 3):  # a seed in every third segment, near the heart
        sa = (bounds[j] + bounds[j + 1]) / 2 - spin
        sx, sy = cx + r * 0.3 * np.cos(sa), cy + r * 0.3 * np.sin(sa)
        seeds = np.maximum(seeds, fill(r * 0.045 - np.sqrt((x - sx) ** 2 + (y - sy) ** 2)))
    b = np.maximum(b, seeds * segment)
    step = int(0.02 * RES)
    c = shift(rind, step, step) * (1 - rind) * 0.4  # the rind pulled again off register
    keep = inside(sheet)
    plates = [(p * keep).astype(np.float32) for p in (a, b, c)]
    return plates, _within((cx - r, cy - r, cx + r, cy + r), sheet)
