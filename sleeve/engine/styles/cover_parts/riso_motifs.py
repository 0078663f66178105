"""The risograph compositions: each takes the direction, its rng and the Sheet (the
area the art may fill, the title's zone, dark stock or not) and returns three plates
(tone fields for inks A, B and C, 0 paper .. 1 solid) and the focal box.

Drawn here: huge leaves fanning from an edge, and a road running to a vanishing
point dashed to the tempo; the poster prints (figure, landscape), the city, the
glyph, the ridges, the flames, the tower blocks, the diamond, the rain,
the vessel, the citrus and the rings have their own modules; the split blob, the onset pulse
and the stack are retired. The circles, the repeat, the shapes, the crowd, the onset bars and the
bands are retired (risograph's docstring). The halftone moon, field
and sea, the duotone sphere and the parade of stars are retired.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine import compose, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_blocks import diamond, tower
from sleeve.engine.styles.cover_parts.riso_citrus import citrus
from sleeve.engine.styles.cover_parts.riso_figures import city
from sleeve.engine.styles.cover_parts.riso_glyph import glyph
from sleeve.engine.styles.cover_parts.riso_posters import figure, landscape
from sleeve.engine.styles.cover_parts.riso_ridges import ridges
from sleeve.engine.styles.cover_parts.riso_rings import rings
from sleeve.engine.styles.cover_parts.riso_scenes import flames
from sleeve.engine.styles.cover_parts.riso_shapes import (
    Plates,
    Rng,
    Sheet,
    blank,
    disc,
    fill,
    grid,
    hush,
    leaf,
    polygons,
    ramp,
    wobble,
)
from sleeve.engine.styles.cover_parts.riso_weather import rain


def botanical(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """Two to five huge leaves fanning from a stem off the bottom or a side and running
    off the sheet, alternately solid and a halftone gradient, overprinting where they
    cross, as long as their part of the song."""
    n = 2 + int(rng.integers(2)) + round(1.5 * d.density)
    edge = int(rng.integers(3))  # bottom, left, right
    low = sheet.area[3]
    base = ((rng.uniform(0.3, 0.7), low + 0.05), (-0.05, rng.uniform(0.6, 0.9) * low),
            (1.05, rng.uniform(0.6, 0.9) * low))[edge]  # fmt: skip
    tilt = (0.0, np.pi / 2 - 0.5, -np.pi / 2 + 0.5)[edge] + rng.uniform(-0.3, 0.3)
    spread = rng.uniform(0.35, 0.8)
    level = signals.energy(d, n).astype(np.float32)
    scale = rng.uniform(0.75, 1.1) * (sheet.area[3] - sheet.area[1])
    plates, tips = [blank(), blank(), blank()], []
    for k in range(n):
        angle = tilt + spread * (k / max(1, n - 1) - 0.5) * 2 + rng.uniform(-0.1, 0.1)
        length = (0.62 + 0.38 * float(level[k])) * scale
        cover = fill(leaf(base, float(angle), length, length * rng.uniform(0.2, 0.3)) +
                     wobble(rng, 0.004))  # fmt: skip
        if k % 2:
            cover = cover * ramp(np.degrees(angle) - 90, 1.0, rng.uniform(0.25, 0.45))
        plates[k % 2] = np.maximum(plates[k % 2], cover)
        tips.append((base[0] + length * np.sin(angle), base[1] - length * np.cos(angle)))
    sx, sy = compose.thirds(rng)
    plates[2] = fill(disc(sx, sy, rng.uniform(0.1, 0.18) + 0.06 * d.energy))
    xs, ys = [t[0] for t in tips] + [base[0]], [t[1] for t in tips] + [base[1]]
    plates = [hush(p, sheet.zone) for p in plates]
    return plates, compose.clip_box((min(xs), min(ys), max(xs), max(ys)))


def road(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """A road running to a vanishing point on the horizon, dashed to the tempo, with
    ploughed furrows beside it and a low sun."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    hy = y0 + (y1 - y0) * rng.uniform(0.2, 0.4)
    vx = rng.uniform(0.35, 0.65)
    half = rng.uniform(0.3, 0.55)
    b = polygons([[(vx - 0.004, hy), (vx + 0.004, hy), (0.5 + half, 1.0), (0.5 - half, 1.0)]])
    t = np.clip((y - hy) / (1 - hy), 1e-3, 1)
    mid = vx + (0.5 - vx) * t
    dashes = (np.abs(x - mid) < 0.012 * t) & ((1 / t * d.tempo_bpm / 60) % 1 < 0.5)
    b = b * ~dashes
    angle = np.arctan2(x - vx, np.maximum(y - hy, 1e-3))
    rows = 9 + round(8 * d.density)  # fewer, thinner furrows: 14-28 wide stripes read garish
    furrow = ((angle * rows / np.pi) % 1 < 0.34) & (y > hy)
    a = furrow * (1 - b) + ramp(90, 0.3, 0.0) * (y < hy)  # flat furrows, a pale sky screen
    sx = vx + float(rng.choice((-1, 1))) * rng.uniform(0.18, 0.3)
    sr = rng.uniform(0.09, 0.14)
    c = fill(disc(sx, hy, sr)) * (y < hy)
    plates = [hush(p.astype(np.float32), sheet.zone) for p in (a, b, c)]
    return plates, (0.0, hy - sr, 1.0, 1.0)


Motif = Callable[[ArtDirection, Rng, Sheet], Plates]
MOTIFS: dict[str, Motif] = {
    "figure": figure,
    "landscape": landscape,
    "city": city,
    "tower": tower,
    "diamond": diamond,
    "glyph": glyph,
    "botanical": botanical,
    "road": road,
    "ridges": ridges,
    "flames": flames,
    "rain": rain,
    "citrus": citrus,
    "rings": rings,
}
