"""Paper-cut compositions with skeletons of their own (not a disc over layered bands):

- tree: a tall paper conifer rising the full height of one side, its tiers each a
  sheet casting a shadow on the one below (widths the energy curve), over a low
  ground; the other side open for the title;
- collage: a block of geometric cut paper on a grid (quarter and half discs,
  squares, triangles, a disc), each a sheet standing off the one behind, set low
  and to one side;
- parade: a children's toy town (little houses with cut windows, lollipop trees)
  on a rolling hill under a swag of bunting, taller where the song is louder.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.paper_scenes import (
    Layer,
    Points,
    Scene,
    curve_at,
    disc,
    flip_box,
    light_angle,
    mirror,
    points,
    rect,
)

FULL = rect(-0.05, -0.05, 1.05, 1.05)


def _sheet(xs: np.ndarray, top: np.ndarray) -> Layer:
    """A ground sheet: everything below the edge `top` (sampled at xs)."""
    return Layer((([*points(xs, top), (1.06, 1.06), (-0.06, 1.06)], True),))


def tree(rng: np.random.Generator, curve: tuple[float, ...], energy: float) -> Scene:
    """A tall conifer of stacked paper tiers on one side, cropped by the top edge, on
    two low ground sheets; a tall panel of a second paper behind it."""
    flip = bool(rng.random() < 0.5)
    cx = rng.uniform(0.27, 0.35)
    ground = rng.uniform(0.86, 0.9)
    n = int(rng.integers(5, 8))
    widths = curve_at(curve, n)
    layers = [
        Layer(((rect(-0.05, -0.05, cx + rng.uniform(0.12, 0.2), 1.05), True),)),  # a panel
    ]
    xs = np.linspace(-0.06, 1.06, 120)
    for k in range(2):  # two low ground sheets, rolling a little
        base = ground - 0.035 + 0.045 * k
        top = base - 0.02 * np.sin(2 * np.pi * (xs * rng.uniform(0.6, 1.1) + rng.uniform(0, 1)))
        layers.append(_sheet(xs, top))
    trunk_w = 0.035 + 0.015 * energy
    layers.append(
        Layer(((rect(cx - trunk_w / 2, ground - 0.2, cx + trunk_w / 2, 1.05), True),), "tree")
    )
    top_y = -rng.uniform(0.02, 0.08)  # cropped by the top edge
    bottom = ground - 0.08
    span = (bottom - top_y) / n
    tiers = []
    for k in range(n):  # top tier first; drawn bottom first so each casts on the one below
        t = (k + 1) / n
        w = (0.07 + 0.2 * t**0.8) * (0.85 + 0.35 * widths[k])
        apex = top_y + span * k * 0.92
        foot = apex + span * 1.9
        teeth = int(rng.integers(3, 6))
        edge = np.linspace(cx + w, cx - w, 2 * teeth + 1)
        fringe = [(float(x), foot - (0.028 if j % 2 else 0.0)) for j, x in enumerate(edge)]
        tiers.append([(cx, apex), *fringe])
    for k, pts in enumerate(reversed(tiers)):  # two papers, alternating down the tree
        layers.append(Layer(((pts, True),), "r2" if (n - 1 - k) % 2 else "r1"))
    wmax = 0.07 + 0.2 * 1.2
    focal = (max(0.0, cx - wmax - 0.02), 0.0, min(1.0, cx + wmax + 0.02), 1.0)
    return Scene(mirror(layers, flip), flip_box(focal, flip), shape="tree", light=light_angle(flip))


def _quarter(x0: float, y0: float, s: float, corner: int) -> Points:
    """A quarter disc filling an s x s cell from (x0, y0), its centre at a corner."""
    cx, cy = (x0, x0 + s, x0 + s, x0)[corner], (y0, y0, y0 + s, y0 + s)[corner]
    a0 = (0.0, 0.5, 1.0, 1.5)[corner] * np.pi
    t = np.linspace(a0, a0 + np.pi / 2, 30)
    return [(cx, cy), *points(cx + s * np.cos(t), cy + s * np.sin(t))]


def _half(x0: float, y0: float, s: float, side: int) -> Points:
    """A half disc on one side of an s x s cell, flat edge on the cell's edge."""
    mid = (x0 + s / 2, y0 + s / 2)
    cx, cy, a0 = (
        (mid[0], y0 + s, np.pi),
        (x0, mid[1], -np.pi / 2),
        (mid[0], y0, 0.0),
        (x0 + s, mid[1], np.pi / 2),
    )[side]
    t = np.linspace(a0, a0 + np.pi, 40)
    return points(cx + s / 2 * np.cos(t), cy + s / 2 * np.sin(t))


def collage(rng: np.random.Generator, curve: tuple[float, ...], energy: float) -> Scene:
    """Cut geometric paper on a grid: a backing block, one big piece over two by two
    cells, then in each other cell a quarter disc, half disc, square, triangle or
    disc (which, from the seed; how big the disc, from the song), one of them the
    accent; the block sits low and to one side, the rest of the cover open."""
    flip = bool(rng.random() < 0.5)
    cols, rows = (3, 3) if rng.random() < 0.6 else (2, 3)
    side = rng.uniform(0.62, 0.7)  # the top third stays open for the title
    cell = side / 3
    w, h = cols * cell, rows * cell
    x0 = 1.0 - w - rng.uniform(0.04, 0.08) if cols == 3 else rng.uniform(0.36, 0.48)
    y0 = 1.0 - h - rng.uniform(0.04, 0.08)
    if rng.random() < 0.4:  # the block bleeds off the bottom and side
        x0, y0 = 1.0 - w + 0.03, 1.0 - h + 0.03
    gap = 0.012
    layers = [Layer(((rect(x0, y0, x0 + w, y0 + h), True),), "r0")]  # the backing
    loud = curve_at(curve, cols * rows)
    # one piece dominates: a quarter or half disc (or a disc, as big as the song is
    # loud) over two by two cells in a corner of the block
    bi, bj = int(rng.integers(0, cols - 1)), int(rng.integers(0, rows - 1))
    big = {(bi + a, bj + b) for a in (0, 1) for b in (0, 1)}
    accent = int(rng.integers(0, cols * rows))
    for j in range(rows):
        for i in range(cols):
            k = j * cols + i
            if (i, j) in big and (i, j) != (bi, bj):
                continue
            cx0, cy0 = x0 + i * cell + gap, y0 + j * cell + gap
            s = (2 * cell if (i, j) in big else cell) - 2 * gap
            kind = int(rng.integers(0, 5))
            if (i, j) in big:
                kind = (0, 1, 4)[int(rng.integers(3))]
            if kind == 0:
                pts = _quarter(cx0, cy0, s, int(rng.integers(4)))
            elif kind == 1:
                pts = _half(cx0, cy0, s, int(rng.integers(4)))
            elif kind == 2:
                inset = s * 0.12
                pts = rect(cx0 + inset, cy0 + inset, cx0 + s - inset, cy0 + s - inset)
            elif kind == 3:
                c = int(rng.integers(4))
                corners = [(cx0, cy0), (cx0 + s, cy0), (cx0 + s, cy0 + s), (cx0, cy0 + s)]
                pts = [corners[c], corners[(c + 1) % 4], corners[(c + 2) % 4]]
            else:
                r = s / 2 * (0.55 + 0.4 * loud[k])
                pts = disc(cx0 + s / 2, cy0 + s / 2, r, n=60)
            role = "motif" if k == accent else ("r1", "r2")[int(rng.integers(2))]
            layers.append(Layer(((pts, True),), role))
    focal = (max(0.0, x0 - 0.02), max(0.0, y0 - 0.02), 1.0, 1.0)
    return Scene(
        mirror(layers, flip), flip_box(focal, flip), shape="collage", light=light_angle(flip)
    )


def _house(x: float, base: float, w: float, h: float, rng: np.random.Generator) -> list:
    """A little paper house: walls and a pitched roof as one outline, a window and
    now and then a door cut through."""
    roof = h * 0.38
    wall = h - roof
    outline = [
        (x, base), (x, base - wall), (x - w * 0.06, base - wall), (x + w / 2, base - h),
        (x + w * 1.06, base - wall), (x + w, base - wall), (x + w, base),
    ]  # fmt: skip
    shapes = [(outline, True)]
    ww = w * 0.22
    wy = base - wall * 0.72
    shapes.append((rect(x + w * 0.2, wy, x + w * 0.2 + ww, wy + ww), False))
    if rng.random() < 0.6 and wall > 0.08:
        shapes.append((rect(x + w * 0.58, base - wall * 0.5, x + w * 0.8, base - 0.006), False))
    return shapes


def parade(rng: np.random.Generator, curve: tuple[float, ...]) -> Scene:
    """A toy town: little houses with cut windows and lollipop trees along a rolling
    hill (taller where the song is louder), a swag of bunting strung across above
    them; the sky over the bunting left for the title."""
    base = rng.uniform(0.8, 0.86)
    xs = np.linspace(-0.06, 1.06, 120)
    hill_far = base - 0.06 - 0.05 * np.sin(2 * np.pi * (0.7 * xs + rng.uniform(0, 1)))
    layers = [_sheet(xs, hill_far)]
    n = int(rng.integers(4, 7))
    loud = curve_at(curve, n)
    step = 1.1 / n
    x = rng.uniform(-0.06, 0.0)
    things: list[Layer] = []
    sticks: list = []  # the lollipop trees' sticks and balls: one sheet each
    balls: list = []
    roles = ("p0", "p1", "p2")
    for k in range(n):
        w = step * rng.uniform(0.62, 0.8)
        h = min(0.42, w * 1.1 + 0.06 + 0.14 * loud[k] * rng.uniform(0.8, 1.1))
        if k % 2 == 0 or rng.random() < 0.25:
            things.append(Layer(tuple(_house(x, base + 0.01, w, h, rng)), roles[k % 3]))
        else:  # a lollipop tree: a ball on a stick
            r = w * 0.45
            stick = rect(x + w / 2 - 0.007, base - h + r, x + w / 2 + 0.007, base + 0.02)
            sticks.append((stick, True))
            balls.append((disc(x + w / 2, base - h + r, r, n=40), True))
        x += step
    near = base + 0.02 * np.sin(2 * np.pi * (1.3 * xs + rng.uniform(0, 1)))
    # the bunting: a sagging string across the cover, flags hanging in three papers
    y0, y1 = rng.uniform(0.3, 0.4), rng.uniform(0.26, 0.36)
    sag = rng.uniform(0.08, 0.12)
    t = np.linspace(0, 1, 90)
    string = y0 + (y1 - y0) * t + sag * 4 * t * (1 - t)
    sx = -0.05 + 1.1 * t
    line = [*points(sx, string), *points(sx[::-1], string[::-1] + 0.005)]
    flags: list[list] = [[], [], []]
    count = int(rng.integers(9, 13))
    for j in range(count):
        u = (j + 0.5) / count
        fx = -0.05 + 1.1 * u
        fy = float(np.interp(u, t, string))
        fw = 1.1 / count * 0.42
        flags[j % 3].append(([(fx - fw, fy), (fx + fw, fy), (fx, fy + fw * 2.1)], True))
    # the string shares the sticks' sheet (they never meet): fewer sheets, less time
    layers.append(Layer(((line, True), *sticks), "tree"))
    layers += [Layer(tuple(balls), "ground")] if balls else []
    layers += [*things, _sheet(xs, near)]
    layers += [Layer(tuple(f), roles[i]) for i, f in enumerate(flags) if f]
    top = min(y0, y1) - 0.02
    return Scene(layers, (0.0, top, 1.0, 1.0), shape="parade", light=0.9)
