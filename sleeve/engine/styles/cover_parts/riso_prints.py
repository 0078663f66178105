"""The risograph's big cropped shapes overprinting each other (shapes: retired as a
composition, reviews read it as generic; kept only as the glyph's fallback for a
title with no settable letter). The slanted bands are retired: reviewers read them
as empty pastel placeholder stripes.
(The pattern repeat and the torn cut-out are retired: two reviews read the repeats
as zig-zag and flower clip-art, repeating the bands' "stripes under the title", and
the cut-out as a generic torn patch.)

Each fills the sheet's area and fades out of the title's zone. The music sets the
measures: the energy sizes the shapes; the seed places, crops, turns and picks the
shape kinds.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_press import shift
from sleeve.engine.styles.cover_parts.riso_shapes import (
    RES,
    Plates,
    Point,
    Rng,
    Sheet,
    disc,
    fill,
    hush,
    polygons,
    ramp,
)


def _quad(cx: float, cy: float, w: float, h: float, angle: float) -> list[Point]:
    """The corners of a w x h rectangle centred on (cx, cy) turned by `angle`."""
    c, s = np.cos(angle), np.sin(angle)
    pts = ((-w, -h), (w, -h), (w, h), (-w, h))
    return [(cx + (u * c - v * s) / 2, cy + (u * s + v * c) / 2) for u, v in pts]


def shapes(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """Two huge flat shapes cropped by the sheet's edges, each in its own ink, crossing
    so their overprint makes a third colour: a triangle wedged into a corner, a
    diamond, against a thick ring or a counter-wedge; the second
    ink sometimes screened to a fade; the lead shape's misregistered ghost in the
    third drum."""
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    size = 0.8 + 0.35 * d.energy
    right = rng.random() < 0.5
    low = sheet.zone != "bottom"  # anchored on the edge away from the title
    ax, ay = (x1 + 0.02 if right else x0 - 0.02), (y1 + 0.02 if low else y0 - 0.02)
    if rng.random() < 0.5:  # the lead: a corner wedge or a diamond (a turned slab
        # read, with a crossing bar, as pink and violet ribbons again)
        reach = (w * size * rng.uniform(0.85, 1.1), h * size * rng.uniform(0.8, 1.15))
        lead = [(ax, ay), (ax + (-1 if right else 1) * reach[0], ay),
                (ax, ay + (-1 if low else 1) * reach[1])]  # fmt: skip
    else:
        lead = _quad(ax, (y0 + y1) / 2 + rng.uniform(-0.1, 0.1) * h,
                     w * 0.95 * size, w * 0.95 * size, np.pi / 4)  # fmt: skip
    a = polygons([lead])
    # the second: a thick ring or a counter-wedge (a flat disc against a wedge came up
    # on one track in three; a crossing bar read as a ribbon)
    bx = (x0 + 0.3 * w) if right else (x1 - 0.3 * w)
    by = y0 + h * rng.uniform(0.3, 0.7)
    if rng.random() < 0.2:  # a ring on every other shapes print read as one stamp
        r = h * rng.uniform(0.38, 0.5) * size
        b = fill(np.minimum(disc(bx, by, r), r * rng.uniform(0.3, 0.45) - disc(bx, by, r)))
        box = compose.around(bx, by, r)
    else:
        tip = (bx + rng.uniform(-0.15, 0.15), y0 + 0.08 * h if low else y1 - 0.08 * h)
        base = y1 + 0.05 if low else y0 - 0.05
        b = polygons([[tip, (bx - 0.5 * w * size, base), (bx + 0.5 * w * size, base)]])
        box = (bx - 0.45, y0, bx + 0.45, y1)
    if rng.random() < 0.4:
        b = b * ramp(rng.uniform(0, 360), 1.0, 0.25)
    fall = rng.uniform(0.025, 0.05) * RES
    c = shift(a, int(fall * rng.choice((-1, 1))), int(fall * rng.choice((-1, 1)))) * (1 - a)
    plates = [hush(p.astype(np.float32), sheet.zone) for p in (a, b, c * 0.5)]
    return plates, compose.clip_box(box)
