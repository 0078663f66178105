"""Two Swiss studies after Müller-Brockmann and the Bauhaus, each drawn into a
`swiss_layouts.Frame` and returning its focal box (fractions of the side):

pair: a big square turned by the key's place on the circle of fifths and a big disc
crossing it on a hairline grid, figure and ground swapped where they overlap;
ripple: circles that all touch one point of the canvas edge, off the middle, one a
beat of the bar, their steps the energy curve, cropped by the frame.
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np
from PIL import Image, ImageChops, ImageDraw

from sleeve.engine.raster import brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks, slices
from sleeve.engine.styles.cover_parts.swiss_systems import fifths_angle


def _shape_mask(size: int, points: list[float] | None, disc: tuple | None) -> Image.Image:
    """An anti-aliased mask of one polygon or one disc (cx, cy, r)."""
    mask = Image.new("L", (size, size), 0)
    draw = aggdraw.Draw(mask)
    if points is not None:
        draw.polygon(points, aggdraw.Brush(255))
    if disc is not None:
        cx, cy, r = disc
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), aggdraw.Brush(255))
    draw.flush()
    return mask


def pair(image: Image.Image, f: Frame, rng: np.random.Generator) -> Box:
    """A hairline grid (the tempo's columns) under a big square turned by the key and a
    disc crossing it from a seeded side, as big as the song is loud (both cropped by
    the canvas and the title's grid line where they reach them): the square in the
    flat colour, the disc black, where they overlap the paper (figure and ground
    swapped)."""
    x0, y0, x1, y1 = f.art
    s = f.size
    main, _ = inks(f)
    w, h = x1 - x0, y1 - y0
    cols = f.steps + 1
    grid = ImageDraw.Draw(image)
    hair = max(1, round(s * 0.0018))
    bx0, by0, bx1, by1 = f.bleed()
    for k in range(1, cols):
        gx = x0 + w * k / cols
        grid.rectangle((gx, by0, gx + hair - 1, by1), fill=tuple(f.ink))
    for k in range(1, int(cols * h / w) + 1):
        gy = y0 + w * k / cols
        grid.rectangle((bx0, gy, bx1, gy + hair - 1), fill=tuple(f.ink))
    side = (min(w, h) + 0.35 * abs(w - h)) * float(rng.uniform(0.8, 1.05)) * (0.9 + 0.25 * f.energy)
    cx = x0 + w * float(rng.uniform(0.3, 0.7))
    cy = y0 + h * float(rng.uniform(0.4, 0.6))
    turn = math.radians(float(rng.choice((-1.0, 1.0))) * fifths_angle(f.key))
    half = side / 2
    square = []
    for px, py in ((-half, -half), (half, -half), (half, half), (-half, half)):
        square += [cx + px * math.cos(turn) - py * math.sin(turn)]
        square += [cy + px * math.sin(turn) + py * math.cos(turn)]
    peak = float(np.argmax(f.curve)) / max(1, len(f.curve) - 1)  # where the song peaks
    r = half * float(rng.uniform(0.7, 1.0)) * (0.8 + 0.35 * f.energy)
    angle = math.radians(float(rng.uniform(0, 360)))
    reach = half * (0.6 + 0.7 * peak)
    dx, dy = cx + math.cos(angle) * reach, cy + math.sin(angle) * reach
    a = _shape_mask(s, square, None)
    b = _shape_mask(s, None, (dx, dy, r))
    both = ImageChops.multiply(a, b)
    image.paste(tuple(main), (0, 0), a)
    image.paste(tuple(f.ink), (0, 0), b)
    image.paste(tuple(f.paper), (0, 0), both)
    xs, ys = square[0::2], square[1::2]
    return f.fraction((min(*xs, dx - r), min(*ys, dy - r), max(*xs, dx + r), max(*ys, dy + r)))


def ripple(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """Circles nested on one point of the far canvas edge (or a side), off its middle,
    the largest cropped by the frame: one circle a beat of a bar at the tempo (four to
    nine), each step in from the last as wide as the energy curve there; black and
    paper alternate, the smallest in the flat colour, one in the second colour."""
    bx0, by0, bx1, by1 = f.bleed()
    x0, y0, x1, y1 = f.art
    main, second = inks(f)
    n = int(np.clip(round(f.tempo / 22.0), 4, 9))
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
