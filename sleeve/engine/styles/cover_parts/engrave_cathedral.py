"""The cathedral, for a title that names a cathedral or a church: a Gothic west front
engraved in the manner of Doré, seen from the square under a storm sky. Twin towers
(with spires when the song is loud), a gabled nave between them with a great rose
window, three deep portals under pointed archivolts, lancets in the towers and a
gallery of small arches across the front. The stone is ruled upright, its shade side
cross-hatched; the openings are the darkest ink, the rose's tracery scraped out of it.

The song's loudness is the towers' height, its energy the storm (engrave_sky.storm);
the seed turns the front a little off the axis (one tower's flank shows)."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.engrave_gothic import Points, arch, cover, ink_of
from sleeve.engine.styles.cover_parts.engrave_hatch import Plate, rules, stroke
from sleeve.engine.styles.cover_parts.engrave_sky import spacing, storm, vignette

Box = tuple[float, float, float, float]


def _rect(x0: float, y0: float, x1: float, y1: float) -> Points:
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def draw(plate: Plate) -> Box:
    """The sky, the front and the square; returns the front's box (fractions)."""
    rng = plate.rng
    d = plate.direction
    side = plate.side
    y0, y1 = plate.art_span()
    h = y1 - y0
    s = spacing(plate)
    cx = 0.5 + float(rng.uniform(-0.07, 0.07))
    wide = float(rng.uniform(0.74, 0.88))
    tower = wide * 0.28
    nave = wide - 2 * tower
    ground = y1 - 0.07 * h
    body = ground - h * (0.5 + 0.12 * d.loudness)  # the towers' tops
    spired = d.loudness > 0.55 or rng.random() < 0.35
    apex = max(y0 + 0.03 * h, body - h * (0.16 + 0.3 * d.loudness)) if spired else body
    gable = ground - 0.52 * h
    light = 1.0 if rng.random() < 0.5 else -1.0  # 1: lit from the left
    plate.focus((0.0, y0, 1.0, y1))  # the title's band is left alone
    storm(plate, (cx - 0.3 * light, body))
    xl, xr = cx - wide / 2, cx + wide / 2
    towers = [(xl, xl + tower), (xr - tower, xr)]
    shapes = [_rect(a, body, b, ground) for a, b in towers]
    shapes.append(_rect(xl + tower, gable + 0.04 * h, xr - tower, ground))
    shapes.append(
        [(xl + tower, gable + 0.04 * h), (cx, gable - 0.1 * h), (xr - tower, gable + 0.04 * h)]
    )
    for a, b in towers:
        if spired:
            m = (a + b) / 2  # a slender spire on a belfry stage
            stage = body - 0.05 * h
            shapes.append(_rect(m - 0.34 * tower, stage, m + 0.34 * tower, body + 0.005))
            shapes.append([(m - 0.3 * tower, stage), (m, apex), (m + 0.3 * tower, stage)])
        for px in (a, b):  # corner pinnacles
            shapes.append(
                [(px - 0.012, body + 0.005), (px, body - 0.07 * h), (px + 0.012, body + 0.005)]
            )
    mass = cover(plate, shapes)
    plate.erase(mass)
    x, y = plate.grid()
    # the stone: upright rules, darker low down and on the shade side; each tower's
    # flank on the shade side a strip of deep shade
    across = np.clip((x - xl) / wide, 0.0, 1.0)
    shade = 0.5 + 0.5 * light * (across - 0.5)
    strips = [(b - 0.22 * tower, b) if light > 0 else (a, a + 0.22 * tower) for a, b in towers]
    flank = sum(((x >= f0) & (x <= f1)).astype(np.float32) for f0, f1 in strips)
    darkness = 0.18 + 0.25 * shade + 0.2 * np.clip((y - gable) / (ground - gable), 0, 1)
    darkness = darkness + 0.45 * flank
    plate.ink(rules(plate, ink_of(plate, darkness) * mass, s * 0.9, np.pi / 2))
    deep = np.clip((darkness - 0.5) * 2.5, 0.0, 1.0)
    plate.ink(rules(plate, ink_of(plate, 0.3 + 0.6 * deep) * deep * mass, s, 0.0))
    # string courses: three level ledges across the front
    for k, level in enumerate((0.3, 0.55, 0.78)):
        yl = ground - level * (ground - body)
        plate.ink(stroke(y - yl, side, 2.2 / side) * mass * (0.9 if k else 1.0))
    # the openings: portals, lancets, a gallery of small arches
    holes: list[Points] = [arch(cx, ground, nave * 0.42, 0.3 * h)]
    for a, b in towers:
        m = (a + b) / 2
        holes.append(arch(m, ground, tower * 0.42, 0.2 * h))
        for off in (-0.19, 0.19):
            top = body + 0.04 * h
            holes.append(arch(m + off * tower, top + 0.22 * h, tower * 0.22, 0.22 * h))
    gallery = ground - 0.55 * (ground - body)
    n = 9 + round(4 * d.density)
    for k in range(n):
        gx = xl + wide * (k + 0.5) / n
        holes.append(arch(gx, gallery, wide / n * 0.55, 0.07 * h))
    voids = cover(plate, holes) * mass
    rose_y = gallery - 0.12 * h
    radius = min(nave * 0.36, 0.13 * h)
    r = np.hypot(x - cx, y - rose_y)
    rose = np.clip((radius - r) * side + 0.5, 0.0, 1.0)
    plate.erase(np.maximum(voids, rose))
    plate.ink(rules(plate, ink_of(plate, 0.92) * voids, s * 0.7, np.pi / 2))
    plate.ink(rules(plate, ink_of(plate, 0.85) * voids, s * 0.8, np.pi / 4))
    # archivolts: pointed rings round the great portal
    for k in range(1, 4):
        ring = cover(plate, [arch(cx, ground, nave * (0.42 + 0.07 * k), 0.3 * h + 0.035 * k)])
        edge = np.clip(ring * 4.0, 0, 1) * np.clip((1 - ring) * 4.0, 0, 1)
        plate.ink(edge * (1.0 if not plate.inks.dark else 0.8))
    # the rose: dark glass, its tracery scraped out
    angle = np.arctan2(y - rose_y, x - cx)
    spokes = 12 + 4 * round(2 * d.density)
    glass = rose * (r < radius * 0.92)
    plate.ink(ink_of(plate, 0.95) * glass)
    tracery = np.clip(1.6 - np.abs(np.sin(angle * spokes / 2)) * r * side / 1.4, 0, 1)
    rings = stroke(r - radius * 0.45, side, 2.0 / side) + stroke(
        r - radius * 0.92, side, 3.0 / side
    )
    hub = np.clip((radius * 0.12 - r) * side + 0.5, 0, 1)
    lit = np.clip(tracery * (r > radius * 0.12) + rings + hub, 0, 1) * rose
    if plate.inks.dark:  # pale stone tracery against the dark glass
        plate.ink(0.85 * lit)
    else:
        plate.erase(lit)
    plate.ink(stroke(r - radius, side, 2.0 / side))
    plate.ink(stroke(mass - 0.5, side, 1.6 / side))
    # the square: level rules, heavier toward the viewer
    plate.focus((0.0, ground - 0.005, 1.0, y1))
    _, gy = plate.grid()
    near = np.clip((gy - ground) / (y1 - ground), 0.0, 1.0)
    plate.ink(rules(plate, ink_of(plate, 0.25 + 0.5 * near) * np.ones_like(gy), s * 0.8, 0.0))
    plate.focus((0.0, y0, 1.0, y1))
    vignette(plate)
    plate.focus(None)
    return (max(0.0, xl - 0.02), max(y0, apex - 0.02), min(1.0, xr + 0.02), y1)
