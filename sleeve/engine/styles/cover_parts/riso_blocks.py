"""The risograph's hard prints for drill, trap and hip-hop: tower blocks looming from
a low angle (tower), and one huge cut diamond (diamond). (The onset bars and the
slanted bands they replace are retired: reviewers read the bars as a grey bar chart,
the opposite of drill, and the bands as empty placeholder stripes.)

Each keeps inside the sheet's area and stops there with a clean edge. The music sets
the measures: the energy curve raises the blocks and tones the diamond's facets, the
tempo counts the floors, the onsets light the windows and throw the sparkles; the
seed places, leans and picks.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_posters import _within, inside
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
    polygons,
    star,
)


def tower(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """One, three or four slab towers seen from the street, leaning in to a point above the
    sheet, solid in the lead ink and echoed off register in the third; a grid of
    windows, each floor a step of the song, lit (paper, or the second ink on dark
    stock) where that step has an onset; a big flat moon in the second ink behind."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    # never two: a pair of slabs leaning in under a disc read as the World Trade Center
    # (Morning Briefing, "the worst cover" of a review)
    count = int(rng.choice((1, 3, 4), p=(0.35, 0.45, 0.2)))
    level = signals.energy(d, count + 2).astype(np.float32)[1 : count + 1]
    floors = 12 + round(10 * np.clip((d.tempo_bpm - 70) / 90, 0, 1)) + int(rng.integers(3))
    hits = signals.onsets(d, 64).astype(np.float32)
    vx = x0 + w * rng.uniform(0.35, 0.65)  # where the walls meet, high above the sheet
    vy = y0 - h * rng.uniform(0.8, 1.4)
    width = w / count * rng.uniform(0.5, 0.62)
    slabs, lit, boxes = blank(), blank(), []
    for k in range(count):
        cx = x0 + w * (k + 0.5) / count + rng.uniform(-0.06, 0.06) * w
        top = y1 - h * (0.78 + 0.4 * float(level[k])) * rng.uniform(0.92, 1.0)  # may run off
        half = width / 2 * (1.0 if count > 1 else 1.15)
        feet = (cx - half, cx + half)
        t = (y1 - top) / (y1 - vy)  # how far up to the vanishing point
        heads = (feet[0] + (vx - feet[0]) * t, feet[1] + (vx - feet[1]) * t)
        slabs = np.maximum(slabs, polygons([[(feet[0], y1 + 0.02), (heads[0], top),
                                             (heads[1], top), (feet[1], y1 + 0.02)]]))  # fmt: skip
        # windows: floor rows from the top, columns across the face at each height
        u = np.clip((y - top) / max(y1 - top, 1e-3), 0, 1)
        left = heads[0] + (feet[0] - heads[0]) * u
        right = heads[1] + (feet[1] - heads[1]) * u
        across = (x - left) / np.maximum(right - left, 1e-3)
        cols = 4 + int(rng.integers(3))
        gx, gy = across * cols, u * floors
        pane = (gx % 1 > 0.22) & (gx % 1 < 0.78) & (gy % 1 > 0.3) & (gy % 1 < 0.8)
        step = (np.floor(gy) * cols + np.floor(gx) + k * 17).astype(np.int64) % 64
        on = hits[step] > 0.45 - 0.15 * d.energy
        inside_face = (across > 0) & (across < 1) & (y > top) & (y < y1) & (gy > 0.5)
        lit = np.maximum(lit, (pane & on & inside_face).astype(np.float32))
        boxes.append((feet[0], top, feet[1], y1))
    mx = x0 + w * rng.uniform(0.2, 0.8)
    my = max(min(b[1] for b in boxes), y0 + 0.12) + rng.uniform(0.0, 0.08)
    moon = fill(disc(mx, my, min(w, h) * rng.uniform(0.2, 0.28)))
    a = slabs * (1 - lit)
    b = moon * (1 - slabs)
    if sheet.dark:  # light inks on black stock: the windows print in the second ink
        b = np.maximum(b, lit * slabs)
    drop = int(rng.uniform(0.015, 0.03) * RES) * int(rng.choice((-1, 1)))
    c = shift(a, drop, -abs(drop)) * (1 - slabs)  # the lead's ghost, off register, flat
    keep = inside(sheet)
    plates = [(p * keep).astype(np.float32) for p in (a, b, c)]
    low = min(b[1] for b in boxes)
    return plates, _within((x0, low, x1, y1), sheet)


def _facets(cx: float, cy: float, s: float) -> list[list[Point]]:
    """A brilliant-cut diamond seen from the side: the crown's seven facets between
    the table and the girdle, then the pavilion's eight down to the culet."""
    table = [(cx + u * s, cy - 0.5 * s) for u in (-0.55, -0.18, 0.18, 0.55)]
    girdle = [(cx + u * s, cy - 0.12 * s) for u in (-1.0, -0.5, 0.0, 0.5, 1.0)]
    out = []
    for k in range(4):  # the crown, a zig-zag strip
        out.append([girdle[k], table[k], girdle[k + 1]])
        if k < 3:
            out.append([table[k], girdle[k + 1], table[k + 1]])
    culet = (cx, cy + 0.95 * s)
    rim = [(cx + u * s, cy - 0.12 * s) for u in np.linspace(-1, 1, 9)]
    for k in range(8):  # the pavilion, a fan to the culet
        out.append([rim[k], rim[k + 1], culet])
    return out


def _shrunk(points: list[Point], by: float) -> list[Point]:
    """A facet pulled toward its centre by `by`: the gaps print as paper edges."""
    mx = sum(p[0] for p in points) / len(points)
    my = sum(p[1] for p in points) / len(points)
    out = []
    for px, py in points:
        dist = max(float(np.hypot(px - mx, py - my)), 1e-6)
        k = max(dist - by, 0) / dist
        out.append((mx + (px - mx) * k, my + (py - my) * k))
    return out


def diamond(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """One huge cut diamond: each facet solid or a pale screen of the lead ink as its
    part of the song's energy curve is loud or soft (a range of screened tones read
    as a checkerboard), every other facet overprinted solid in the
    second, the cuts left as paper lines; its ghost off register in the third ink
    and four-point sparkles round it, one per strong onset."""
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    s = min(w * 0.46, h * 0.62) * (0.88 + 0.12 * d.energy)
    cx = (x0 + x1) / 2 + rng.uniform(-1, 1) * max(w / 2 - 1.05 * s, 0)
    cy = (y0 + y1) / 2 - 0.12 * s + rng.uniform(-0.04, 0.04) * h
    facets = _facets(cx, cy, s)
    level = signals.energy(d, len(facets)).astype(np.float32)
    order = rng.permutation(len(facets))
    a, b = blank(), blank()
    for k, pts in enumerate(facets):
        cut = polygons([_shrunk(pts, 0.006)])
        loud = float(level[order[k]]) >= float(np.median(level))  # two tones, not mush:
        a = np.maximum(a, cut * (1.0 if loud else 0.28))  # solid or coarse pale dots
        if k % 2 == int(rng.integers(2)):
            b = np.maximum(b, cut)
    whole = polygons(facets)
    drop = int(rng.uniform(0.02, 0.035) * RES)
    c = shift(whole, drop * int(rng.choice((-1, 1))), drop) * (1 - whole)  # flat ghost
    hits = signals.onsets(d, 32)
    sparks = []
    for k in np.flatnonzero(hits > 0.5)[:6]:
        turn = 2 * np.pi * (k * 0.618) % (2 * np.pi)
        rr = s * rng.uniform(1.1, 1.35)
        px, py = cx + rr * np.cos(turn), cy + 0.8 * rr * np.sin(turn)
        sparks.append(star(float(px), float(py), s * (0.08 + 0.1 * float(hits[k])), 4, 0.22, 0.0))
    if sparks:
        b = np.maximum(b, polygons(sparks))
    keep = inside(sheet)
    plates = [(p * keep).astype(np.float32) for p in (a, b, c)]
    return plates, _within((cx - s, cy - 0.6 * s, cx + s, cy + s), sheet)
