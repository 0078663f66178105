"""The risograph's gig-poster scenes: a crowd under stage lights (crowd) and a wall
of flames (flames), real pictures where the figure, circles and tile were icons.

Each keeps inside the sheet's area and stops there with a clean edge, so the title
sits on bare paper. The music sets the measures (energy: how many hands are up, how
high the fire climbs; density: how many heads and tongues; the energy curve: each
tongue's height; onsets: the sparks); the seed places, turns and picks.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_posters import _within, inside
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
)


def _beams(rng: Rng, sheet: Sheet, floor: float) -> tuple[np.ndarray, np.ndarray]:
    """Two to four stage lights along the area's top, each throwing a cone down to the
    crowd, screened from solid at the lamp to pale at the floor: the beams' tone and
    the lamps (solid discs)."""
    x, y = grid()
    x0, y0, x1, _ = sheet.area
    w = x1 - x0
    n = 2 + int(rng.integers(3))
    beams, lamps = blank(), blank()
    for k in range(n):
        sx = x0 + w * (k + 0.5 + rng.uniform(-0.25, 0.25)) / n
        sy = y0 - rng.uniform(0.05, 0.1)  # the lamp above the sheet: the cone enters it
        aim = rng.uniform(-0.45, 0.45)  # radians from straight down
        half = rng.uniform(0.14, 0.24)
        dx, dy = x - sx, y - sy
        reach = np.sqrt(dx**2 + dy**2)
        off = np.abs(np.arctan2(dx, np.maximum(dy, 1e-4)) - aim)
        cone = fill((half - off) * np.maximum(reach, 0.02)) * (dy > 0)
        fade = np.clip(1.0 - 0.7 * (y - sy) / max(floor - sy, 0.05), 0.3, 1.0)
        beams = np.maximum(beams, cone * fade)
        lamps = np.maximum(lamps, fill(disc(sx, y0, 0.012 + 0.01 * rng.random())))
    return beams.astype(np.float32), lamps


def _arm(hx: float, hy: float, r: float, side: float, rng: Rng) -> list[list[Point]]:
    """A raised arm from a shoulder to a small fist above the head: a quad tapering
    from the shoulder to the wrist, and the fist a little wider than the wrist."""
    bx, by = hx + side * 1.2 * r, hy + 1.9 * r
    tx = hx + side * rng.uniform(1.2, 2.8) * r
    ty = hy - rng.uniform(3.2, 4.8) * r
    t0, t1 = 0.36 * r, 0.22 * r
    fist = [
        (tx + 0.3 * r * float(np.cos(a)), ty - 0.15 * r + 0.38 * r * float(np.sin(a)))
        for a in np.linspace(0, 2 * np.pi, 12, endpoint=False)
    ]
    return [[(bx - t0, by), (bx + t0, by), (tx + t1, ty), (tx - t1, ty)], fist]


def crowd(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """A crowd seen from the back of the room: a front row of heads and shoulders solid
    in the lead ink, a back row in the third ink, hands raised as the song is loud,
    under stage lights whose cones the second ink screens from the lamps down."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    counts = [6 + round(4 * d.density) - 2 * row + int(rng.integers(2)) for row in (0, 1)]
    radii = [w / (n * (1.9 - 0.15 * row)) for row, n in enumerate(counts)]
    # with the title below, the front row shows its heads and shoulders above the area's
    # foot (a row cut at the chin read as domes on a wall)
    line = y0 + h * rng.uniform(0.56, 0.66)
    if sheet.zone == "bottom":
        line = min(line, y1 - 4.2 * radii[1])
    beams, lamps = _beams(rng, sheet, line)
    back, front, arms = blank(), blank(), []
    for row, plate in ((0, back), (1, front)):
        n, r = counts[row], radii[row]
        base = line + row * 2.2 * r
        for k in range(n + 1):
            hx = x0 + w * (k + rng.uniform(-0.3, 0.3) + 0.5 * row) / n
            hy = base + rng.uniform(-0.5, 0.5) * r
            hr = r * rng.uniform(0.9, 1.05)
            # drawn in the person's own window of the plate: a twentieth of the work
            c0, c1 = (int(np.clip(v * RES, 0, RES)) for v in (hx - 2.2 * r, hx + 2.2 * r + 0.01))
            top = int(np.clip((hy - 1.2 * r) * RES, 0, RES))
            if c1 <= c0 or top >= RES:
                continue
            px, py = x[:, c0:c1], y[top:, :]
            head = hr - np.sqrt((px - hx) ** 2 + (py - hy) ** 2)
            oval = np.sqrt(((px - hx) / (2.0 * r)) ** 2 + ((py - hy - 2.4 * r) / (1.3 * r)) ** 2)
            body = (1.0 - oval) * r  # shoulders: a squat oval run down off the area
            body = np.maximum(body, np.minimum(2.0 * r - np.abs(px - hx), py - hy - 2.4 * r))
            window = plate[top:, c0:c1]
            np.maximum(window, fill(np.maximum(head, body)), out=window)
            if row and rng.random() < 0.1 + 0.45 * d.energy:
                arms.extend(_arm(hx, hy, r, float(rng.choice((-1, 1))), rng))
    front = np.maximum(front, polygons(arms)) if arms else front
    if not sheet.dark:  # the lights print over the back row; the front row cuts them
        beams = beams * (1 - front)
    keep = inside(sheet)
    lit = np.maximum(beams, lamps)
    plates = [(p * keep).astype(np.float32) for p in (front, lit, back * (1 - front))]
    return plates, _within((x0, y0, x1, y1), sheet)


def flames(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """A wall of flames rising from the area's foot in three overprinted layers: the
    outer tongues in the lead ink, the heart in the second, the white-hot core in the
    third, each tongue as tall as its part of the song and licked sideways by the
    seed; sparks drift above as the song has onsets."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    foot = y1
    tall = h * rng.uniform(0.85, 1.05) * (0.85 + 0.15 * d.energy)  # low, it read as hills
    n = 5 + round(3 * d.density) + int(rng.integers(3))
    level = 0.7 + 0.3 * signals.energy(d, n).astype(np.float32)  # a flat song still burns
    level = level * rng.uniform(0.8, 1.0, n).astype(np.float32)
    centres = x0 + w * (np.arange(n) + 0.5 + rng.uniform(-0.25, 0.25, n)) / n
    if rng.random() < 0.5:  # a bonfire heaped at a seeded point, not a wall of fire
        peak, reach = x0 + w * rng.uniform(0.25, 0.75), w * rng.uniform(0.22, 0.4)
        level = level * (0.3 + 0.7 * np.exp(-(((centres - peak) / reach) ** 2))).astype(np.float32)
    widths = w / n * rng.uniform(0.75, 1.15, n)
    curl = rng.uniform(0.9, 1.8)  # how many times a tongue licks sideways
    rise = np.clip((foot - y) / tall, 0, 1.2)  # 0 at the foot, 1 at the tallest tip
    bend = 0.5 * w / n * rise**1.4  # the tips lick sideways, the foot holds
    u = np.linspace(-0.3, 1.3, 2048, dtype=np.float32)  # the crest, tabled along x
    layers = []
    for scale, narrow, phase in ((1.0, 1.0, 0.0), (0.7, 0.78, 1.7), (0.4, 0.55, 3.1)):
        lick = np.sin(2 * np.pi * (curl * rise + rng.uniform(0, 1)) + phase + 7 * x)
        xs = (x + bend * lick).astype(np.float32)
        crest = np.zeros_like(u)
        for c, wd, lv in zip(centres, widths, level, strict=True):
            bump = np.clip(1 - np.abs(u - c) / (wd * narrow), 0, 1) ** 1.25
            np.maximum(crest, bump * float(lv) * scale, out=crest)
        body = np.interp(xs.ravel(), u, crest).reshape(xs.shape)
        layers.append(fill((body - rise) * tall))
    a, b, c = layers
    bed = fill(y - (foot - 0.08 * tall) + 0 * x)  # the embers, solid along the foot
    a, b = np.maximum(a, bed), np.maximum(b, bed * 0.8)
    hits = signals.onsets(d, 24)
    sparks = []
    for k in np.flatnonzero(hits > 0.5)[:9]:
        sx = x0 + w * ((k * 0.618 + rng.uniform(0, 0.2)) % 1)
        sy = foot - tall * rng.uniform(0.75, 1.0)
        r = 0.005 + 0.006 * rng.random()
        sparks.append([(sx, sy - r), (sx + r, sy), (sx, sy + r), (sx - r, sy)])
    if sparks:
        b = np.maximum(b, polygons(sparks))
    keep = inside(sheet)
    plates = [(p * keep).astype(np.float32) for p in (a, b, c)]
    return plates, _within((x0, foot - tall * 1.1, x1, y1), sheet)
