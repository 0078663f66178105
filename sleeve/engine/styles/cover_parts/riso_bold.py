"""The risograph's poster graphics: a star, leaves and a shape stack drawn as bold riso
prints rather than clip-art: huge, cropped by the sheet's edges, one ink solid and a
second printing the same shape off register as a halftone gradient, paper showing
through cut lines.

The music sets the measures: the energy sharpens the star's points and swells the
shapes, the energy curve sizes each leaf and each stacked figure, density counts
them; the seed sets scale, crop, angle and where the echo falls.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_press import shift
from sleeve.engine.styles.cover_parts.riso_shapes import (
    RES,
    Plates,
    Rng,
    blank,
    disc,
    fill,
    grid,
    leaf,
    polygons,
    ramp,
    star,
    wobble,
)


def _echo(shape: np.ndarray, rng: Rng, reach: float = 0.05) -> np.ndarray:
    """The shape printed again off register as a halftone gradient (solid fading to a
    light screen), for the second drum."""
    angle = rng.uniform(0, 2 * np.pi)
    dist = rng.uniform(0.5, 1.0) * reach * RES
    moved = shift(shape, int(dist * np.cos(angle)), int(dist * np.sin(angle)))
    return moved * ramp(rng.uniform(0, 360), rng.uniform(0.85, 1.0), rng.uniform(0.15, 0.4))


def _bars(rng: Rng, count: float) -> np.ndarray:
    """Thin paper lines cut across a shape at a seeded angle (1 where ink stays)."""
    x, y = grid()
    a = rng.uniform(0, np.pi)
    t = (x * np.cos(a) + y * np.sin(a)) * count
    return (t % 1 > rng.uniform(0.12, 0.3)).astype(np.float32)


def stars(d: ArtDirection, rng: Rng) -> Plates:
    """One huge star or sunburst cropped by the edges (its points sharper the louder
    the song), an off-register gradient echo of it, and a second star or a screened
    sky in the third ink."""
    points = int(rng.choice((4, 5, 6, 8, 12)))
    inner = {4: 0.28, 5: 0.4, 6: 0.5, 8: 0.55, 12: 0.72}[points] * (1.15 - 0.3 * d.energy)
    r = rng.uniform(0.42, 0.72) * (0.85 + 0.3 * d.energy)
    cx = float(rng.choice((0.2, 0.5, 0.8))) + rng.uniform(-0.15, 0.15)
    cy = float(rng.choice((0.25, 0.55, 0.8))) + rng.uniform(-0.1, 0.1)
    turn = rng.uniform(0, 2 * np.pi / points)
    outline = star(cx, cy, r, points, min(inner, 0.85), turn)
    a = polygons([outline])
    if rng.random() < 0.5:  # paper lines cut through the solid star
        a = a * _bars(rng, rng.uniform(10, 22))
    b = _echo(polygons([outline]), rng, 0.08)
    if rng.random() < 0.5:  # a smaller star at another corner, in the third ink
        sx, sy = 1 - cx + rng.uniform(-0.1, 0.1), 1 - cy + rng.uniform(-0.1, 0.1)
        c = polygons([star(sx, sy, r * rng.uniform(0.3, 0.5), points, inner, -turn)])
    else:
        c = ramp(rng.uniform(0, 360), rng.uniform(0.35, 0.6), 0.0) * (1 - a)
    if rng.random() < 0.5:  # which drum carries the solid
        a, b = b, a
    return [a, b, c], compose.clip_box((cx - r, cy - r, cx + r, cy + r))


def botanical(d: ArtDirection, rng: Rng) -> Plates:
    """Two to five huge leaves fanning from a stem off one edge and running off the
    others, alternately solid and a halftone gradient, overprinting where they cross."""
    n = 2 + int(rng.integers(2)) + round(1.5 * d.density)
    edge = int(rng.integers(4))  # bottom, left, right, a bottom corner
    base = ((rng.uniform(0.3, 0.7), 1.05), (-0.05, rng.uniform(0.5, 0.95)),
            (1.05, rng.uniform(0.5, 0.95)), (float(rng.choice((0.0, 1.0))), 1.0))[edge]  # fmt: skip
    facing = (0.0, np.pi / 2 - 0.3, -np.pi / 2 + 0.3, 0.6 if base[0] < 0.5 else -0.6)[edge]
    tilt = facing + rng.uniform(-0.3, 0.3)
    spread = rng.uniform(0.35, 0.8)
    level = signals.energy(d, n).astype(np.float32)
    scale = rng.uniform(0.85, 1.25)
    plates, tips = [blank(), blank(), blank()], []
    for k in range(n):
        angle = tilt + spread * (k / max(1, n - 1) - 0.5) * 2 + rng.uniform(-0.1, 0.1)
        length = (0.62 + 0.38 * float(level[k])) * scale
        width = length * rng.uniform(0.2, 0.3)
        cover = fill(leaf(base, float(angle), length, width) + wobble(rng, 0.004))
        if k % 2:
            cover = cover * ramp(np.degrees(angle) - 90, 1.0, rng.uniform(0.25, 0.45))
        plates[k % 2] = np.maximum(plates[k % 2], cover)
        tips.append((base[0] + length * np.sin(angle), base[1] - length * np.cos(angle)))
    if rng.random() < 0.5:
        sx, sy = compose.thirds(rng)
        plates[2] = fill(disc(sx, sy, rng.uniform(0.16, 0.26) + 0.08 * d.energy))
    else:
        plates[2] = ramp(rng.uniform(0, 360), rng.uniform(0.3, 0.55), 0.0)
    xs, ys = [t[0] for t in tips] + [base[0]], [t[1] for t in tips] + [base[1]]
    return plates, compose.clip_box((min(xs), min(ys), max(xs), max(ys)))


def _figure(kind: str, cx: float, cy: float, r: float, turn: float) -> np.ndarray:
    """One big geometric figure (circle, square, triangle, half disc), turned."""
    if kind == "circle":
        return fill(disc(cx, cy, r))
    if kind == "half":
        arc = np.linspace(0, np.pi, 32) + turn
        pts = [(cx + r * np.cos(t), cy - r * np.sin(t)) for t in arc]
        return polygons([pts])
    sides = 4 if kind == "square" else 3
    span = r * (1.3 if sides == 4 else 1.25)
    pts = [
        (
            cx + span * np.cos(turn + 2 * np.pi * k / sides),
            cy + span * np.sin(turn + 2 * np.pi * k / sides),
        )
        for k in range(sides)
    ]
    return polygons([pts])


def stack(d: ArtDirection, rng: Rng) -> Plates:
    """Two to four huge figures overlapping along a seeded diagonal and cropped by the
    edges, each as big as its part of the song: the first solid, the next a gradient
    that overprints it, the last in the third ink; an echo of the first off register."""
    n = 2 + int(rng.integers(2)) + round(d.density)
    level = signals.energy(d, n).astype(np.float32)
    kinds = list(rng.permutation(("circle", "square", "triangle", "half")))
    angle = rng.uniform(0, 2 * np.pi)
    step = rng.uniform(0.22, 0.34)
    heading = np.array((np.cos(angle), np.sin(angle)))
    start = rng.uniform(0.38, 0.62, 2) - heading * step * (n - 1) / 2
    plates, boxes = [blank(), blank(), blank()], []
    for k in range(n):
        r = float((0.28 + 0.22 * level[k]) * rng.uniform(0.95, 1.35))
        cx = float(start[0] + np.cos(angle) * step * k + rng.uniform(-0.05, 0.05))
        cy = float(start[1] + np.sin(angle) * step * k + rng.uniform(-0.05, 0.05))
        shape = _figure(str(kinds[k % 4]), cx, cy, r, rng.uniform(0, np.pi))
        if k == 1:
            shape = shape * ramp(rng.uniform(0, 360), 1.0, rng.uniform(0.2, 0.4))
        ink = min(k, 2)
        plates[ink] = np.maximum(plates[ink], shape)
        boxes.append((cx - r, cy - r, cx + r, cy + r))
    if rng.random() < 0.5:
        plates[1] = np.maximum(plates[1], _echo(plates[0], rng, 0.06) * 0.8)
    box = (min(b[0] for b in boxes), min(b[1] for b in boxes),
           max(b[2] for b in boxes), max(b[3] for b in boxes))  # fmt: skip
    return plates, compose.clip_box(box)
