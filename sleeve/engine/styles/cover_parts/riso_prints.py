"""The risograph's poster prints: big cropped shapes overprinting each other, stacked
overprinted bands, a pattern repeat, and a halftoned cut-out pasted on a block.

Each fills the sheet's area and fades out of the title's zone. The music sets the
measures: the energy curve sizes the shapes, thickens the bands and swells the
pattern column by column, the tempo counts the bands; the seed places, crops, turns
and picks the shape kinds.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose, raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_press import shift
from sleeve.engine.styles.cover_parts.riso_shapes import (
    RES,
    Plates,
    Point,
    Rng,
    Sheet,
    blank,
    disc,
    fill,
    grid,
    hush,
    polygons,
    ramp,
    star,
    wobble,
)


def _turned(angle: float) -> tuple[np.ndarray, np.ndarray]:
    """Sheet coordinates turned by `angle` radians about the centre: (along, across)."""
    x, y = grid()
    c, s = float(np.cos(angle)), float(np.sin(angle))
    return (x - 0.5) * c + (y - 0.5) * s, -(x - 0.5) * s + (y - 0.5) * c


def _quad(cx: float, cy: float, w: float, h: float, angle: float) -> list[Point]:
    """The corners of a w x h rectangle centred on (cx, cy) turned by `angle`."""
    c, s = np.cos(angle), np.sin(angle)
    pts = ((-w, -h), (w, -h), (w, h), (-w, h))
    return [(cx + (u * c - v * s) / 2, cy + (u * s + v * c) / 2) for u, v in pts]


def shapes(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """Two huge flat shapes cropped by the sheet's edges, each in its own ink, crossing
    so their overprint makes a third colour: a triangle wedged into a corner, a
    turned slab or a diamond, against a thick ring, a crossing bar or a counter-wedge; the second
    ink sometimes screened to a fade; the lead shape's misregistered ghost in the
    third drum."""
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    size = 0.8 + 0.35 * d.energy
    right = rng.random() < 0.5
    low = sheet.zone != "bottom"  # anchored on the edge away from the title
    ax, ay = (x1 + 0.02 if right else x0 - 0.02), (y1 + 0.02 if low else y0 - 0.02)
    kind = int(rng.integers(3))  # the lead: a corner wedge, a turned slab, a diamond
    if kind == 0:
        reach = (w * size * rng.uniform(0.85, 1.1), h * size * rng.uniform(0.8, 1.15))
        lead = [(ax, ay), (ax + (-1 if right else 1) * reach[0], ay),
                (ax, ay + (-1 if low else 1) * reach[1])]  # fmt: skip
    elif kind == 1:
        lead = _quad(ax + (-0.25 if right else 0.25) * w, (y0 + y1) / 2, 1.6, h * 0.55 * size,
                     rng.uniform(0.35, 0.8) * (1 if right == low else -1))  # fmt: skip
    else:
        lead = _quad(ax, (y0 + y1) / 2 + rng.uniform(-0.1, 0.1) * h,
                     w * 0.95 * size, w * 0.95 * size, np.pi / 4)  # fmt: skip
    a = polygons([lead])
    # the second: a thick ring, a crossing bar, a counter-wedge (a flat disc against
    # a wedge came up on one track in three)
    other = int(rng.choice(3, p=(0.25, 0.4, 0.35)))
    bx = (x0 + 0.3 * w) if right else (x1 - 0.3 * w)
    by = y0 + h * rng.uniform(0.3, 0.7)
    if other == 0:
        r = h * rng.uniform(0.38, 0.5) * size
        b = fill(np.minimum(disc(bx, by, r), r * rng.uniform(0.3, 0.45) - disc(bx, by, r)))
        box = compose.around(bx, by, r)
    elif other == 1:
        b = polygons([_quad(bx, by, 1.8, h * rng.uniform(0.2, 0.32), rng.uniform(-1.2, 1.2))])
        box = (x0, by - 0.2, x1, by + 0.2)
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


def bands(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """Wide bands stacked across the sheet: slanted, bent into huge arcs round a centre
    off the far edge, or waving with the tempo; the lead ink's bands solid and the
    second ink's screened or solid, set half a band off so each pair overprints a
    third colour; each band as thick as its part of the song."""
    kind = int(rng.choice(3, p=(0.5, 0.15, 0.35)))  # slanted, arcs (striking: rarer), waves
    angle = float(rng.choice((0.25, -0.25, 0.55, -0.55))) + rng.uniform(-0.05, 0.05)
    across = _turned(angle)[1]
    if kind == 1:  # arcs round a centre beyond the far edge (round a side they read
        x, y = grid()  # as the retired halftone disc)
        lift = rng.uniform(0.25, 0.9)  # how far off the edge: a tight or a wide rainbow
        cy = -lift if sheet.zone == "bottom" else 1 + lift
        cx = rng.uniform(-0.2, 1.2)
        across = np.sqrt((x - cx) ** 2 + (y - cy) ** 2) - lift
    elif kind == 2:  # level bands waving, a wave a beat across the sheet
        x, y = grid()
        beats = max(1.0, round(d.tempo_bpm / 60))
        swing = (0.02 + 0.04 * d.energy) * np.sin(2 * np.pi * beats * x + rng.uniform(0, 6))
        across = y - 0.5 + swing
    n = 2 + round(2 * d.density) + (d.tempo_bpm > 125)
    period = 1.2 / n
    level = signals.energy(d, 2 * n + 4).astype(np.float32)
    pos = (across - rng.uniform(0, period)) / period + n
    k = np.clip(np.floor(pos).astype(np.int32), 0, 2 * n + 3)
    frac = pos % 1
    thick = 0.25 + 0.35 * level[k]
    a = fill((thick / 2 - np.abs(frac - 0.5)) * period)
    second = (pos + rng.uniform(0.3, 0.45)) % 1
    b = fill((0.15 + 0.2 * level[::-1][k] - np.abs(second - 0.5)) * period)
    if rng.random() < 0.5:
        b = b * ramp(np.degrees(angle) + float(rng.choice((0, 180))), 1.0, 0.3)
    c = blank()
    if rng.random() < 0.6:  # one band printed in the third ink
        pick = int(rng.integers(n // 2, n + 3))
        c = (k == pick) * fill((0.45 - np.abs(frac - 0.5)) * period)
        a = a * (1 - c)
    plates = [hush(p.astype(np.float32), sheet.zone) for p in (a, b, c)]
    return plates, sheet.area


# genre -> the repeat motifs it prints (0 plus, 1 star, 2 triangle, 3 half-disc,
# 4 chevron): a flyer's crosses for punk and the club, a quilt's stars and chevrons
# for folk, half-discs and stars for pop and children's songs
REPEATS = {
    "punk": (0, 4), "hardcore": (0, 4), "house": (0, 2, 4), "electronic": (0, 2, 4),
    "dance": (0, 2, 4), "folk": (4, 1, 2), "country": (1, 4), "world": (4, 2, 1),
    "latin": (4, 3, 2), "pop": (3, 1, 2), "kpop": (3, 1), "children": (1, 3, 2),
    "psychedelic": (1, 3), "lofi": (3, 2), "jazz": (2, 3, 0),
}  # fmt: skip


def _tile(kind: int, u: np.ndarray, v: np.ndarray, r: np.ndarray) -> np.ndarray:
    """Signed distance (cell fractions) of one repeat motif of radius r in a cell,
    (u, v) -0.5..0.5 from the cell's centre: a plus, a star, a triangle, a half-disc
    or a zig-zag stroke."""
    dist = np.sqrt(u**2 + v**2)
    if kind == 0:  # a plus
        return np.maximum(np.minimum(r - np.abs(u), 0.35 * r - np.abs(v)),
                          np.minimum(r - np.abs(v), 0.35 * r - np.abs(u)))  # fmt: skip
    if kind == 1:  # a five-point star
        theta = np.arctan2(v, u) + np.pi / 2
        return r * (0.62 + 0.38 * np.cos(5 * theta)) - dist
    if kind == 2:  # a triangle pointing up
        return np.minimum(0.6 * r - v, ((v + r) * 0.62 - np.abs(u)) * 0.85)
    if kind == 3:  # a half-disc, flat side down
        return np.minimum(r - dist, 0.3 * r - v)
    return (0.45 * r - np.abs(v - r * (2 * np.abs(u) - 0.5))) * 0.7  # a chevron a cell


def pattern(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """A pattern repeat printed edge to edge: a motif (plus, star, triangle, half-disc,
    zig-zag) in rows, each column's motif as big as its part of the song, the rows
    slid by half a cell; under it a huge flat slab or band of the second ink cropped
    by the edges (or the rows alternating inks), and every few motifs picked out in
    the third ink off register."""
    kinds = REPEATS.get(d.language.subgenre) or REPEATS.get(d.genre) or (0, 1, 2, 3, 4)
    kind = int(kinds[int(rng.integers(len(kinds)))])
    n = 3 + round(2 * d.density) + int(rng.integers(2))
    x, y = grid()
    gx = x * n + rng.uniform(0, 1)
    gy = y * n + rng.uniform(0, 1)
    row = np.floor(gy)
    gx = gx + 0.5 * (row % 2)
    col = np.floor(gx)
    level = signals.energy(d, n + 2).astype(np.float32)
    r = 0.25 + 0.2 * level[np.clip(col, 0, n + 1).astype(np.int32)]
    u, v = gx % 1 - 0.5, gy % 1 - 0.5
    motif = fill(_tile(kind, u, v, r) / n)
    pick = (((col * 3 + row * 2) % int(rng.integers(4, 7))) == 0) & (kind != 4)  # not a stroke
    a = motif * ~pick
    c = shift(motif * pick, int(RES * 0.012), int(RES * 0.01))
    x0, y0, x1, y1 = sheet.area
    # a slab from a side, a band, none (a corner wedge is the shapes print's)
    block = int(rng.choice(3, p=(0.4, 0.25, 0.35)))
    if block == 0:
        bw = rng.uniform(0.45, 0.65)
        slab = [(x0 - 0.05, y0 - 0.05), (x0 + bw + 0.15, y0 - 0.05), (x0 + bw - 0.1, y1 + 0.05),
                (x0 - 0.05, y1 + 0.05)]  # fmt: skip
    elif block == 1:
        mid = y0 + (y1 - y0) * rng.uniform(0.3, 0.7)
        slab = _quad(0.5, mid, 1.5, (y1 - y0) * rng.uniform(0.3, 0.45), rng.uniform(-0.15, 0.15))
    else:
        slab = []
    if rng.random() < 0.5:
        slab = [(1 - px, py) for px, py in slab]
    b = polygons([slab]) if slab else blank()
    if not slab:  # no block: the rows alternate inks instead
        b = motif * (row % 2 == 1) * ~pick
        a = a * (row % 2 == 0)
    if rng.random() < 0.4:
        b = b * ramp(90 if sheet.zone != "bottom" else 270, 0.95, 0.35)
    plates = [hush(p.astype(np.float32), sheet.zone) for p in (a, b, c)]
    return plates, sheet.area


def cutout(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """A halftoned photograph torn out and pasted at a tilt, like a xerox in a zine:
    a far ridge, a pine treeline or a flat sea horizon (the ridge and the trees as
    high as their part of the song) under a smoky sky, in the lead ink on a torn
    sheet set in the middle or so big a side crops it; a flat block of the second ink
    behind it off register, and a strip of tape or a star in the third."""
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    cx = (x0 + x1) / 2 + rng.uniform(-0.12, 0.12)
    cy = (y0 + y1) / 2 + rng.uniform(-0.05, 0.05) * h
    pw, ph = w * rng.uniform(0.7, 0.88), h * rng.uniform(0.78, 0.92)
    tilt = rng.uniform(0.06, 0.16) * float(rng.choice((-1, 1)))
    if rng.random() < 0.45:  # big, run off a side
        pw, tilt = w * rng.uniform(0.95, 1.15), tilt * 0.5
        cx = float(rng.choice((x0 + pw * 0.3, x1 - pw * 0.3)))
    torn = wobble(rng, 0.012)
    along, across = _turned(tilt)
    lx, ly = along + 0.5 - cx, across + 0.5 - cy
    sheet_sdf = np.minimum(pw / 2 - np.abs(lx), ph / 2 - np.abs(ly)) + torn
    paper = fill(sheet_sdf)
    smoke = raster.fractal_noise(rng, cells=4, octaves=4, res=RES)
    u = np.clip(lx / pw + 0.5, 0, 1)  # across the picture 0..1
    hills = signals.energy(d, 24).astype(np.float32)
    rise = np.interp(u, np.linspace(0, 1, 24), hills)
    ridge = rng.uniform(0.05, 0.3) - (0.15 + 0.3 * d.energy) * rise
    view = int(rng.integers(3))  # a ridge, a treeline, a sea
    if view == 1:  # pines: a spike a tree, taller where the song is
        trees = 1 - 2 * np.abs((u * rng.uniform(9, 16)) % 1 - 0.5)
        ridge = rng.uniform(0.1, 0.3) - (0.08 + 0.3 * rise) * trees**1.5
    elif view == 2:  # a flat horizon, the sea screened in lines below it
        ridge = ridge * 0 + rng.uniform(-0.05, 0.15)
    ground = ly / ph > ridge
    sky = np.clip(0.08 + 0.9 * (ridge - ly / ph) + (smoke - 0.5) * 0.5, 0.0, 0.75)
    land = np.clip(0.92 + (smoke - 0.5) * 0.4, 0.7, 1.0)
    if view == 2:
        deep = np.clip(ly / ph - ridge, 0, 1)
        land = (((deep * 40) ** 0.8 % 1) < 0.6 + deep).astype(np.float32)
    photo = np.where(ground, land, sky)
    a = paper * photo * 0.97
    off = rng.uniform(0.05, 0.09)
    angle = rng.uniform(0, 2 * np.pi)
    back = fill(np.minimum(pw / 2 + 0.02 - np.abs(lx - off * np.cos(angle)),
                           ph / 2 + 0.02 - np.abs(ly - off * np.sin(angle))))  # fmt: skip
    b = back * (1 - paper)
    if rng.random() < 0.5:  # tape across the top corner
        tx, ty = cx + pw * 0.35 * float(rng.choice((-1, 1))), cy - ph / 2
        c = polygons([_quad(tx, ty, 0.2, 0.055, tilt + rng.uniform(-0.7, 0.7))]) * 0.6
    else:  # a star stamped over the picture's corner
        sx, sy = cx + pw * 0.38 * float(rng.choice((-1, 1))), cy + ph * 0.36
        c = polygons([star(sx, sy, 0.09 + 0.04 * d.energy, 5, 0.45, rng.uniform(0, 1))])
    plates = [hush(p.astype(np.float32), sheet.zone) for p in (a, b, c)]
    return plates, compose.clip_box((cx - pw / 2, cy - ph / 2, cx + pw / 2, cy + ph / 2))
