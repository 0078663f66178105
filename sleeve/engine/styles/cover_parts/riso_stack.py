"""The risograph's stacked shapes: three to six flat geometric blocks (a dome, a
slab, a disc, a wedge, a pill) balanced one on another like a totem, or for a quiet
song flat pebbles in a cairn, each in the other ink and slid off the one below, so
every join overprints a third colour.

The song builds it: the energy curve sets each block's width, the density how many
there are, the loudness how far each slips off register; the seed picks the shapes,
the column's place on the thirds and the side its halftone shadow falls to. It keeps
inside the sheet's area, so the title sits on bare paper.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_posters import _within, inside
from sleeve.engine.styles.cover_parts.riso_shapes import (
    RES,
    Plates,
    Rng,
    Sheet,
    blank,
    fill,
    grid,
    polygons,
    ramp,
)

SHAPES = ("dome", "slab", "disc", "wedge", "pill")
CALM = 0.45  # under this energy the blocks are pebbles: a cairn


def _block(kind: str, cx: float, top: float, w: float, h: float) -> np.ndarray:
    """Coverage of one block `w` wide and `h` tall, its top at `top`, centred on cx."""
    x, y = grid()
    bottom = top + h
    if kind == "dome":  # a half-disc standing on its flat side
        reach = np.sqrt(((x - cx) / (w / 2)) ** 2 + ((y - bottom) / h) ** 2)
        return fill(np.minimum((1 - reach) * min(w / 2, h), bottom - y))
    if kind == "stone":  # a flat pebble
        reach = np.sqrt(((x - cx) / (w / 2)) ** 2 + ((y - top - h / 2) / (h / 2)) ** 2)
        return fill((1 - reach) * min(w, h) / 2)
    if kind == "disc":
        r = min(w, h) / 2
        return fill(r - np.sqrt((x - cx) ** 2 + (y - top - h / 2) ** 2))
    if kind == "wedge":  # a triangle on its base
        return polygons([[(cx - w / 2, bottom), (cx + w / 2, bottom), (cx, top)]])
    if kind == "pill":  # a rounded bar
        r = h / 2
        core = np.clip(x, cx - w / 2 + r, cx + w / 2 - r)
        return fill(r - np.sqrt((x - core) ** 2 + (y - top - r) ** 2))
    across = np.minimum(x - cx + w / 2, cx + w / 2 - x)
    return fill(np.minimum(across, np.minimum(y - top, bottom - y)))


def stack(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """Blocks balanced in a column off-centre, alternating inks, each slid off the
    one below (module docstring); a screened shadow in the third ink beside it."""
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    n = 3 + round(1.5 * d.density) + int(rng.integers(2))
    widths = 0.5 + 0.5 * signals.energy(d, n).astype(np.float64)
    heights = rng.uniform(0.7, 1.3, n)
    tall = h * rng.uniform(0.86, 0.94)
    heights = heights / heights.sum() * tall
    cx = x0 + w * float(rng.choice((0.36, 0.5, 0.64))) + rng.uniform(-0.04, 0.04)
    wide = min(w * 0.9, h * 1.05)
    slip = (0.03 + 0.06 * d.loudness) * w
    kinds = list(rng.choice(SHAPES, n))
    kinds[-1] = "slab" if kinds[-1] in ("wedge", "disc") else kinds[-1]  # a footing
    if d.energy < CALM:  # a quiet song balances pebbles, the widest at the foot
        kinds, slip = ["stone"] * n, slip * 0.5
        widths = np.sort(widths) * np.linspace(0.55, 1.0, n)
    bottom = y1 - (h - tall) * rng.uniform(0.25, 0.5)
    plates = [blank(), blank()]
    xs, top = [], bottom
    for k in range(n - 1, -1, -1):  # from the foot up
        bw = wide * float(widths[k])
        bh = float(heights[k]) * (1.2 if k < n - 1 else 1.0)  # each sinks into the next
        top -= float(heights[k])
        bx = cx + slip * float(rng.uniform(-1, 1))
        bx = float(np.clip(bx, x0 + bw / 2 + 0.03, max(x1 - bw / 2 - 0.03, x0 + bw / 2 + 0.03)))
        kind = str(kinds[k])
        if kind in ("dome", "wedge") and k > 0:  # a point carries nothing: a slab on it
            kind = "slab" if rng.random() < 0.5 else "pill"
        block = _block(kind, bx, top, bw, bh)
        plates[k % 2] = np.maximum(plates[k % 2], block)
        xs += [bx - bw / 2, bx + bw / 2]
    side = float(rng.choice((-1, 1)))
    body = np.maximum(*plates)
    shadow = np.roll(body, int(side * 0.06 * RES), axis=1) * (1 - body)
    c = shadow * ramp(90 + 40 * side, 0.42, 0.2)  # screened (past 0.45: a checkerboard)
    keep = inside(sheet)
    a, b = (p * keep for p in plates)
    box = (min(xs), top, max(xs), bottom)
    return [a.astype(np.float32), b.astype(np.float32), (c * keep).astype(np.float32)], _within(
        box, sheet
    )
