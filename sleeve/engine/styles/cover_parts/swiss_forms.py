"""Swiss compositions after Müller-Brockmann, Bauhaus and Blue Note, each one bold
picture read from the music, drawn into a `swiss_layouts.Frame` and returning the
focal box:

slice: one huge disc sliced by a black bar turned by the key, the part past the bar
slid along it as far as the song is loud;
nested: three to five squares stepped inside one another toward a seeded side
(Albers), their sizes the energy curve;
quadrants: a coarse grid of quarter discs turned by the onsets, flat colour where
the energy is high.

Retired from this module (see swiss_geometry.RETIRED): the bar's count as huge
numerals, the staircase of steps and the giant rule with one square.
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import signals
from sleeve.engine.raster import brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks, slices
from sleeve.engine.styles.cover_parts.swiss_systems import fifths_angle


def _hits(onsets: np.ndarray, n: int) -> np.ndarray:
    """`n` onset strengths, the strongest of each slice, stretched to 0..1."""
    hits = np.array([float(p.max()) for p in np.array_split(signals.resample(onsets, n * 4), n)])
    return (hits - hits.min()) / max(1e-6, float(np.ptp(hits)))


def _half_disc(
    image: Image.Image,
    disc: tuple[float, float, float],
    line: tuple[float, float, float],
    sign: float,
    colour,
) -> None:
    """Paint the part of disc (cx, cy, r) on one side of the line (nx, ny, level):
    where sign * (nx x + ny y - level) > 0, anti-aliased, over the disc's box only."""
    cx, cy, r = disc
    nx, ny, level = line
    x0, y0 = max(0, int(cx - r) - 1), max(0, int(cy - r) - 1)
    x1, y1 = min(image.size[0], int(cx + r) + 2), min(image.size[1], int(cy + r) + 2)
    if x1 <= x0 or y1 <= y0:
        return
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32) + 0.5
    inside = np.clip(r - np.hypot(xx - cx, yy - cy) + 0.5, 0, 1)
    side = np.clip(sign * (xx * nx + yy * ny - level) + 0.5, 0, 1)
    alpha = Image.fromarray((inside * side * 255).astype(np.uint8), "L")
    image.paste(tuple(colour), (x0, y0, x1, y1), alpha)


def slice_offset(energy: float, radius: float) -> float:
    """How far the disc's far part slides along the bar: a loud song's cut is wide."""
    return radius * (0.32 + 0.4 * float(np.clip(energy, 0.0, 1.0)))


def slice_(image: Image.Image, f: Frame, rng: np.random.Generator) -> Box:
    """One huge disc of the flat colour, sliced by a black bar across the whole art:
    the bar turned by the key's place on the circle of fifths (or near upright), crossing
    the disc where the song peaks (earlier peak, nearer the disc's top), the part of
    the disc past the bar slid along it as far as the song is loud."""
    x0, y0, x1, y1 = f.art
    bx0, by0, bx1, by1 = f.bleed()
    main, second = inks(f)
    w, h = x1 - x0, y1 - y0
    r = 0.5 * min(w, h) * float(rng.uniform(0.92, 1.08))
    cx = x0 + w * float(rng.choice((0.38, 0.5, 0.62)))
    cy = (y0 + y1) / 2
    r = min(r, max(0.3 * min(w, h), f.room(cx, cy)))
    steep = rng.random() < 0.3  # a steep bar, as far from upright as the key turns it
    lean = fifths_angle(f.key) - 15.0 if steep else fifths_angle(f.key)
    angle = (90.0 if steep else 0.0) + float(rng.choice((-1.0, 1.0))) * lean
    a = math.radians(angle)
    nx, ny = -math.sin(a), math.cos(a)  # the bar's normal
    peak = float(np.argmax(f.curve)) / max(1, len(f.curve) - 1)
    at = r * (peak - 0.5) * 0.6  # where the bar crosses, off the centre
    thick = r * (0.14 + 0.16 * f.energy)
    slide = slice_offset(f.energy, r) * float(rng.choice((-1.0, 1.0)))
    dx, dy = math.cos(a) * slide, math.sin(a) * slide
    # the bar's centre line as (nx, ny) . p = level; each part of the disc on its side
    level = cx * nx + cy * ny + at
    _half_disc(image, (cx, cy, r), (nx, ny, level - thick / 2), -1.0, main)
    far = second if rng.random() < 0.5 else main
    _half_disc(image, (cx + dx, cy + dy, r), (nx, ny, level + thick / 2), 1.0, far)
    mask = Image.new("L", image.size, 0)
    draw = aggdraw.Draw(mask)
    ux, uy, long = math.cos(a), math.sin(a), 2.0 * f.size
    mx, my = cx + nx * at, cy + ny * at
    hx, hy = nx * thick / 2, ny * thick / 2
    corners = [
        (mx - ux * long - hx, my - uy * long - hy),
        (mx + ux * long - hx, my + uy * long - hy),
        (mx + ux * long + hx, my + uy * long + hy),
        (mx - ux * long + hx, my - uy * long + hy),
    ]
    draw.polygon([v for pt in corners for v in pt], aggdraw.Brush(255))
    draw.flush()
    clip = tuple(int(round(v)) for v in (bx0, by0, bx1, by1))
    image.paste(tuple(f.ink), clip, mask.crop(clip))  # the bar stops at the title zone
    reach = r + abs(slide)
    return f.fraction((cx - reach, cy - reach, cx + reach, cy + reach))


def nested(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """Three to five squares stepped inside one another (Albers' Homage to the
    Square): the tempo sets how many, the energy curve each one's size, a seeded side
    the way they step; the flat colour, black, the second colour and the accent."""
    x0, y0, x1, y1 = f.art
    main, second = inks(f)
    w, h = x1 - x0, y1 - y0
    n = int(np.clip(f.steps, 3, 5))
    side = min(w, h)
    ox = x0 + (w - side) * float(rng.choice((0.0, 0.5, 1.0)))
    oy = y0 + (h - side) / 2
    sizes = np.sort(slices(f.curve, n))[::-1]
    shares = 1.0 - np.cumsum(np.r_[0.0, 0.12 + 0.1 * sizes[1:]]) * (3.5 / n)
    shares = np.clip(shares, 0.12, 1.0)
    sx, sy = [(0.5, 0.85), (0.5, 0.15), (0.15, 0.5), (0.85, 0.5)][int(rng.integers(4))]
    palette = [main, f.ink, second, f.accent, f.paper]
    if f.energy < 0.45:  # a calm song: paper, ink and one colour only
        palette = [f.ink, main, f.paper, main, f.ink]
    for k in range(n):
        s = side * float(shares[k])
        qx, qy = ox + (side - s) * sx, oy + (side - s) * sy
        draw.rectangle((qx, qy, qx + s, qy + s), brush(palette[k % len(palette)]))
    return f.fraction((ox, oy, ox + side, oy + side))


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
