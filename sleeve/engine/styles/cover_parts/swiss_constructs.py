"""Four Swiss constructions after Stankowski, Max Bill and Müller-Brockmann, each drawn
into a `swiss_layouts.Frame` and returning its focal box (fractions of the side):

bundle: a bundle of parallel stripes rising from the far edge and turning a corner
together (Anton Stankowski), one stripe a beat, its weight the onset, its ragged end
the energy curve, the peak's stripe in the flat colour;
polygons: Max Bill's theme, a triangle, square, pentagon and on (as many as the tempo
counts), each built on a side of the one before, turned by the key, the one at the
song's peak filled;
chain: overlapping discs overprinted (multiplied) along an axis turned by the key, each
sitting on the axis, as large as the song is loud there, a hairline axis through them;
fan: a quarter or half disc cropped at a corner or the far edge, cut into wedges one a
beat, each as long as the energy there, over a hairline grid, the peak's wedge in the
second colour.
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import signals
from sleeve.engine.raster import brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks, slices, visible_arc
from sleeve.engine.styles.cover_parts.swiss_systems import fifths_angle


def _hits(onsets: np.ndarray, n: int) -> np.ndarray:
    """`n` onset strengths, the strongest of each slice, stretched to 0..1."""
    hits = np.array([float(p.max()) for p in np.array_split(signals.resample(onsets, n * 4), n)])
    return (hits - hits.min()) / max(1e-6, float(np.ptp(hits)))


def _local(f: Frame, flip: bool):
    """A map from local coordinates (u across, v from the art's near line on the title
    side, 0, to the far canvas edge, depth) to the canvas, and the local width and
    depth."""
    bx0, by0, bx1, by1 = f.bleed()
    if f.edge == "right":  # the far edge is the left
        width, depth = by1 - by0, bx1 - bx0

        def to(u: float, v: float) -> tuple[float, float]:
            return bx1 - v, (by1 - u if flip else by0 + u)

    else:
        width, depth = bx1 - bx0, by1 - by0
        down = f.edge == "top"

        def to(u: float, v: float) -> tuple[float, float]:
            return (bx1 - u if flip else bx0 + u), (by0 + v if down else by1 - v)

    return to, width, depth


def bundle(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A bundle of parallel stripes (Stankowski): rising from the far canvas edge and
    turning one corner together (square or round, seeded) towards a side, one stripe a
    beat of the tempo's bar (four to nine), its weight the onset there, and where it
    stops the energy curve (the ragged ends are the song's shape); black, the stripe at
    the song's peak in the flat colour. The seed sets the side, the corner's place and
    the bundle's breadth."""
    main, _ = inks(f)
    to, width, depth = _local(f, bool(rng.random() < 0.5))
    n = int(np.clip(f.steps + 2 + int(rng.integers(-1, 2)), 4, 9))
    breadth = min(width, depth) * float(rng.uniform(0.6, 0.9))
    pitch = breadth / n
    hits = _hits(f.onsets, n)
    ends = slices(f.curve, n)
    peak = int(np.argmax(ends + 0.2 * hits + rng.uniform(0, 0.01, n)))
    rounded = rng.random() < 0.55
    inner = pitch * float(rng.uniform(0.5, 2.5)) if rounded else 0.0
    lead = width * float(rng.uniform(0.04, 0.3))  # where the outer upright rises
    high = depth * float(rng.uniform(0.02, 0.15))  # the outer stripe's run
    high = min(high, depth * 0.9 - breadth - inner)
    cu, cv = lead + breadth + inner, max(high, depth * 0.02) + breadth + inner
    boxes = []
    for k in range(n):
        r = inner + breadth - pitch * (k + 0.5)  # stripe 0 outermost
        w = pitch * (0.45 + 0.4 * float(hits[k]))
        out_r, in_r = r + w / 2, max(0.0, r - w / 2)
        end = cu + (width + pitch - cu) * (0.3 + 0.7 * float(ends[k]))
        pts = [(cu - out_r, depth + 2.0), *_turn(cu, cv, out_r, rounded)]
        pts += [(end, cv - out_r), (end, cv - in_r)]
        pts += [*_turn(cu, cv, in_r, rounded)[::-1], (cu - in_r, depth + 2.0)]
        canvas = [to(u, v) for u, v in pts]
        draw.polygon([c for p in canvas for c in p], brush(main if k == peak else f.ink))
        boxes.extend(canvas)
    xs, ys = [p[0] for p in boxes], [p[1] for p in boxes]
    return f.fraction((min(xs), min(ys), max(xs), max(ys)))


def _turn(cu: float, cv: float, r: float, rounded: bool) -> list[tuple[float, float]]:
    """The turn of a stripe edge of radius `r` about (cu, cv): from rising (at u = cu -
    r) to running along (at v = cv - r), a quarter arc or a square corner."""
    if not rounded or r <= 0.0:
        return [(cu - r, cv - r)]
    ts = np.linspace(0.0, math.pi / 2, 16)
    return [(cu - r * math.cos(t), cv - r * math.sin(t)) for t in ts]


def _spiral(first: int, count: int, turn: float) -> list[np.ndarray]:
    """Max Bill's theme: regular polygons of one side (1.0) from a triangle up, each
    built outside the one before on the side after their shared one."""
    shapes = []
    p, q = np.array([0.0, 0.0]), np.array([math.cos(turn), math.sin(turn)])
    for sides in range(first, first + count):
        ext = 2.0 * math.pi / sides
        heading = math.atan2(q[1] - p[1], q[0] - p[0])
        pts = [p, q]
        for i in range(1, sides - 1):
            a = heading + i * ext
            pts.append(pts[-1] + np.array([math.cos(a), math.sin(a)]))
        poly = np.array(pts)
        shapes.append(poly)
        p, q = poly[2], poly[1]  # the next stands on the side after the shared one
    return shapes


def polygons(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """Max Bill's theme with variations: a triangle, a square, a pentagon and on (four
    to seven shapes, as the tempo counts), each standing outside the one before on one
    of its sides, all of one side length, turned by the key's place on the circle of
    fifths; drawn as black outlines as heavy as the song is loud, the shape at the
    song's peak filled in the flat colour and the next in the second. The seed sets
    the scale (from whole to cropped), the place and the mirror."""
    main, second = inks(f)
    x0, y0, x1, y1 = f.art
    count = int(rng.choice((3, 4), p=(0.4, 0.6)))
    first = 3 + int(np.clip((f.tempo - 85.0) // 35.0, 0, 2))  # a fast song's more sides
    turn = math.radians(float(rng.choice((-1.0, 1.0))) * fifths_angle(f.key))
    shapes = _spiral(first, count, turn)
    if rng.random() < 0.5:  # mirrored: the spiral turns the other way
        shapes = [s * np.array([-1.0, 1.0]) for s in shapes]
    every = np.vstack(shapes)
    lo, hi = every.min(axis=0), every.max(axis=0)
    grow = float(rng.uniform(0.95, 1.4))
    scale = min((x1 - x0) / (hi[0] - lo[0]), (y1 - y0) / (hi[1] - lo[1])) * grow
    spare_x = (x1 - x0) - (hi[0] - lo[0]) * scale
    spare_y = (y1 - y0) - (hi[1] - lo[1]) * scale
    ox = x0 + spare_x * float(rng.uniform(0.0, 1.0)) - lo[0] * scale
    oy = y0 + spare_y * float(rng.uniform(0.0, 1.0)) - lo[1] * scale
    if spare_y < 0:  # too big to fit: the part beyond the far edge is cropped
        oy = (y0 - lo[1] * scale) if f.edge == "top" else (y1 - hi[1] * scale)
    level = slices(f.curve, count)
    peak = int(np.argmax(level + rng.uniform(0, 0.01, count)))
    fills = {peak: main, (peak + 1) % count: second}
    pen = aggdraw.Pen(tuple(f.ink), scale * (0.06 + 0.08 * f.energy))
    placed = [s * scale + np.array([ox, oy]) for s in shapes]
    for k, poly in enumerate(placed):
        if k in fills:
            draw.polygon(poly.ravel().tolist(), brush(fills[k]))
    for poly in placed:
        draw.polygon(poly.ravel().tolist(), pen)
    every = np.vstack(placed)
    pad = scale * 0.06
    return f.fraction(
        (
            float(every[:, 0].min()) - pad,
            float(every[:, 1].min()) - pad,
            float(every[:, 0].max()) + pad,
            float(every[:, 1].max()) + pad,
        )
    )


def _disc_mask(shape: tuple[int, int], cx: float, cy: float, r: float) -> np.ndarray:
    """An anti-aliased disc (0..1) on a canvas of `shape` (height, width)."""
    mask = Image.new("L", (shape[1], shape[0]), 0)
    pen = aggdraw.Draw(mask)
    pen.ellipse((cx - r, cy - r, cx + r, cy + r), aggdraw.Brush(255))
    pen.flush()
    return np.asarray(mask, np.float32) / 255.0


def chain(image: Image.Image, f: Frame, rng: np.random.Generator) -> Box:
    """Overlapping discs overprinted along one axis turned by the key's place on the
    circle of fifths: each disc sits on the axis (a hairline through the canvas), one a
    beat of the tempo's bar (four to eight), as large as the song is loud there, each
    overlapping the one before; the inks multiply where they cross (the flat colour,
    the second and the accent in turn), so the overlaps print a third colour. The seed
    sets the side the discs sit on, the axis' place and the run's length."""
    main, second = inks(f)
    s = f.size
    x0, y0, x1, y1 = f.art
    w, h = x1 - x0, y1 - y0
    n = int(np.clip(round(f.tempo / 24.0) + int(rng.integers(-1, 2)), 4, 8))
    angle = math.radians(float(rng.choice((-1.0, 1.0))) * fifths_angle(f.key))
    ux, uy = math.cos(angle), math.sin(angle)
    side = float(rng.choice((-1.0, 0.0, 1.0)))  # on either side of it, or threaded
    nx, ny = -uy * side, ux * side  # the side of the axis the discs sit on
    level = 0.3 + 0.7 * slices(f.curve, n) ** 0.8
    overlap = float(rng.uniform(0.5, 0.75))
    along = np.concatenate(([0.0], np.cumsum((level[:-1] + level[1:]) * overlap)))
    run = along[-1] + level[0] + level[-1]
    unit = min(w * float(rng.uniform(0.95, 1.3)) / max(run, 1e-6), h * 0.5 / max(level))
    radii = level * unit
    mid = along[0] - level[0] + run / 2
    cx = x0 + w * float(rng.uniform(0.4, 0.6))
    cy = y0 + h * float(rng.uniform(0.4, 0.6))
    centres = [
        (cx + ux * (t - mid) * unit + nx * r, cy + uy * (t - mid) * unit + ny * r)
        for t, r in zip(along, radii, strict=True)
    ]
    # kept off the title zone: the whole run slides away from it
    room = min(f.room(px, py) - r for (px, py), r in zip(centres, radii, strict=True))
    if room < 0:
        dx, dy = f.far()
        centres = [(px - dx * room, py - dy * room) for px, py in centres]
    ink_cycle = (main, second, f.accent if f.accent != f.paper else main)
    colours = [ink_cycle[k % 3] for k in range(n)]
    peak = int(np.argmax(level))
    colours[peak] = main
    bx0 = int(max(0, min(px - r for (px, _), r in zip(centres, radii, strict=True)) - 2))
    by0 = int(max(0, min(py - r for (_, py), r in zip(centres, radii, strict=True)) - 2))
    bx1 = int(min(s, max(px + r for (px, _), r in zip(centres, radii, strict=True)) + 2))
    by1 = int(min(s, max(py + r for (_, py), r in zip(centres, radii, strict=True)) + 2))
    if bx1 <= bx0 or by1 <= by0:
        return f.fraction(f.art)
    draw = ImageDraw.Draw(image)
    hair = max(1, round(s * 0.002))
    reach = 2.0 * s
    ax, ay = cx, cy  # the axis, through the point the run is centred on
    if room < 0:
        ax, ay = ax - f.far()[0] * room, ay - f.far()[1] * room
    draw.line(
        (ax - ux * reach, ay - uy * reach, ax + ux * reach, ay + uy * reach),
        fill=tuple(f.ink),
        width=hair,
    )
    region = np.asarray(image.crop((bx0, by0, bx1, by1)), np.float32) / 255.0
    cover = np.zeros(region.shape[:2], np.float32)
    layer = np.ones_like(region)
    height, width = region.shape[:2]
    for (px, py), r, colour in zip(centres, radii, colours, strict=True):
        # each disc only over its own box (a whole-region mask per disc took 3 s at 3000 px)
        lx0, ly0 = max(0, int(px - r - bx0) - 1), max(0, int(py - r - by0) - 1)
        lx1, ly1 = min(width, int(px + r - bx0) + 2), min(height, int(py + r - by0) + 2)
        if lx1 <= lx0 or ly1 <= ly0:
            continue
        m = _disc_mask((ly1 - ly0, lx1 - lx0), px - bx0 - lx0, py - by0 - ly0, r)
        ink = 1.0 - np.asarray(colour, np.float32) / 255.0
        layer[ly0:ly1, lx0:lx1] *= 1.0 - m[..., None] * ink
        np.maximum(cover[ly0:ly1, lx0:lx1], m, out=cover[ly0:ly1, lx0:lx1])
    region += (layer - region) * cover[..., None]
    image.paste(Image.fromarray((region * 255.0 + 0.5).astype(np.uint8)), (bx0, by0))
    return f.fraction((bx0, by0, bx1, by1))


def fan(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A quarter disc at a far canvas corner or a half disc on the far edge (to one side
    of its middle), cropped by the canvas, over a hairline grid of the tempo's columns:
    cut into wedges, one a beat (six to fourteen), each as long as the energy curve
    there, black and the flat colour in turn, the peak's wedge in the second colour; a
    hairline ring marks the full radius. The seed sets the corner, the radius and the
    ring."""
    main, second = inks(f)
    s = float(f.size)
    x0, y0, x1, y1 = f.art
    bx0, by0, bx1, by1 = f.bleed()
    cx, cy, start, span = f.far_corners()[int(rng.integers(2))]
    pick = rng.random()
    if pick < 0.3:  # pushed out past the corner: the wedges sweep in as a band
        out = s * float(rng.uniform(0.1, 0.25))
        norm = max(math.hypot(cx - s / 2, cy - s / 2), 1e-6)
        cx, cy = cx + (cx - s / 2) / norm * out, cy + (cy - s / 2) / norm * out
        start, span = visible_arc(f, cx, cy)
    reach = max(math.hypot(px - cx, py - cy) for px in (x0, x1) for py in (y0, y1))
    radius = reach * float(rng.uniform(0.85, 1.05))
    if pick >= 0.3:  # from the corner, kept off the title's grid line
        radius = min(radius, f.room(cx, cy) * 0.98 or reach)
    hole = radius * float(rng.uniform(0.15, 0.35)) if 0.3 <= pick < 0.6 else 0.0
    grey = tuple(int(round(0.4 * a + 0.6 * b)) for a, b in zip(f.ink, f.paper, strict=True))
    hair = aggdraw.Pen(grey, max(1.0, s * 0.0018))
    cols = f.steps + 2
    for k in range(1, cols):
        gx = bx0 + (bx1 - bx0) * k / cols
        draw.line((gx, by0, gx, by1), hair)
    rows = max(1, int(round(cols * (by1 - by0) / max(bx1 - bx0, 1.0))))
    for k in range(1, rows):
        gy = by0 + (by1 - by0) * k / rows
        draw.line((bx0, gy, bx1, gy), hair)
    n = int(np.clip(round(f.tempo / 14.0), 6, 12))
    n += int(rng.integers(-1, 2))
    level = 0.45 + 0.55 * slices(f.curve, n)
    peak = int(np.argmax(level + rng.uniform(0, 0.01, n)))
    gap = min(2.0, span / n * 0.08)
    width = span / n
    for k in range(n):
        r = hole + (radius - hole) * float(level[k])
        a = start + width * k
        colour = second if k == peak else (f.ink if k % 2 == 0 else main)
        box = (cx - r, cy - r, cx + r, cy + r)
        draw.pieslice(box, a + gap / 2, a + width - gap / 2, None, brush(colour))
    if hole:  # a ring of paper at the centre: the wedges stand on a circle
        draw.ellipse((cx - hole, cy - hole, cx + hole, cy + hole), brush(f.paper))
    if rng.random() < 0.6:
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), hair)
    return f.fraction((cx - radius, cy - radius, cx + radius, cy + radius))
