"""A rainy window at night in paper, for lo-fi and for a title that names a window or
rain: a dusk-navy wall with a window cut in it (a sash of two to six panes, an arch, a
round window or a tall narrow one, seen nearer or farther), behind the glass
a far row of towers with a few lit windows and soft city lights, rain as thin cut
slivers across the panes; on the sill a cat, a potted plant or books and a mug in
silhouette, and a
desk lamp whose warm pool lights the desk below.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.paper_scenes import (
    FULL,
    Layer,
    Points,
    Scene,
    disc,
    flip_box,
    mirror,
    points,
    rect,
    song,
)


def _towers(
    rng: np.random.Generator, x0: float, x1: float, low: float
) -> tuple[Points, list[Points]]:
    """A far row of towers across the window, their tops between `low` and higher, and
    a few lit windows in them."""
    edge: Points = [(x0, 1.05)]
    lit: list[Points] = []
    x = x0
    while x < x1:
        w = rng.uniform(0.05, 0.1)
        top = low - rng.uniform(0.03, 0.16)
        edge += [(x, top), (x + w, top)]
        for _ in range(int(rng.integers(0, 4))):
            wx, wy = x + rng.uniform(0.01, w - 0.02), rng.uniform(top + 0.02, low + 0.1)
            lit.append(rect(wx, wy, wx + 0.012, wy + 0.016))
        x += w
    edge.append((x, 1.05))
    return edge, lit


def _cat(x: float, y: float, s: float) -> list[Points]:
    """A cat sitting on the sill at (x, y) seen from behind, s tall: a round body, a
    head with two pointed ears and a tail curling along the sill."""
    body = disc(x, y - s * 0.3, s * 0.26, s * 0.32, n=40)
    body = [(px, min(py, y)) for px, py in body]
    head = disc(x, y - s * 0.72, s * 0.16, s * 0.14, n=30)
    ears = [
        [
            (x + k * s * 0.16, y - s * 0.74),
            (x + k * s * 0.13, y - s * 0.98),
            (x + k * s * 0.02, y - s * 0.84),
        ]
        for k in (-1.0, 1.0)
    ]
    t = np.linspace(0, 1, 14)
    cxs, cys = x + s * (0.2 + 0.4 * t), y - s * 0.03 - s * 0.12 * np.sin(np.pi * t)
    tail = [*points(cxs, cys - s * 0.035), *points(cxs[::-1], cys[::-1] + s * 0.035)]
    return [body, head, *ears, tail]


def _plant(x: float, y: float, s: float, rng: np.random.Generator) -> list[Points]:
    """A potted plant on the sill at (x, y), s tall: a pot and long pointed leaves."""
    pot = [
        (x - s * 0.18, y - s * 0.3),
        (x + s * 0.18, y - s * 0.3),
        (x + s * 0.13, y),
        (x - s * 0.13, y),
    ]
    leaves = [pot]
    for _ in range(int(rng.integers(5, 8))):
        a = -np.pi / 2 + rng.uniform(-1.0, 1.0)
        length = s * rng.uniform(0.5, 0.75)
        w = s * 0.07
        bx, by = x, y - s * 0.3
        tip = (bx + length * np.cos(a), by + length * np.sin(a))
        nx, ny = -np.sin(a) * w, np.cos(a) * w
        mx, my = bx + 0.5 * length * np.cos(a), by + 0.5 * length * np.sin(a)
        leaves.append([(bx, by), (mx + nx, my + ny), tip, (mx - nx, my - ny)])
    return leaves


def _arched(x0: float, y0: float, x1: float, y1: float, bar: float) -> list[Points]:
    """An arched window's panes: a round head over two tall lights, split by a
    mullion and a transom where the arch springs."""
    cx, rad = (x0 + x1) / 2, (x1 - x0) / 2
    spring = y0 + rad
    t1 = np.pi + np.arccos(bar / (2 * rad))
    t = np.linspace(np.pi + 0.02, t1, 24)
    head = points(cx + rad * np.cos(t), spring + rad * np.sin(t) - bar / 2)
    left = [(x0, spring - bar / 2), *head, (cx - bar / 2, spring - bar / 2)]
    lows = [rect(x0, spring + bar / 2, cx - bar / 2, y1)]
    panes = [left, lows[0]]
    return panes + [[(2 * cx - x, y) for x, y in pane] for pane in panes]


def _round(x0: float, y0: float, x1: float, bar: float) -> list[Points]:
    """A round window's four quarter panes, split by a cross of glazing bars."""
    cx, rad = (x0 + x1) / 2, (x1 - x0) / 2
    cy = y0 + rad
    a = np.arcsin(bar / (2 * rad))
    t = np.linspace(a, np.pi / 2 - a, 20)
    quarter = [(bar / 2, bar / 2), *points(rad * np.cos(t), rad * np.sin(t))]
    return [[(cx + sx * x, cy + sy * y) for x, y in quarter] for sx in (-1, 1) for sy in (-1, 1)]


def _grid(x0: float, y0: float, x1: float, y1: float, bar: float, cols: int, rows: int):
    """A sash window's panes: cols x rows rectangles between glazing bars."""
    ww, wh = x1 - x0, y1 - y0
    panes = []
    for i in range(cols):
        for j in range(rows):
            px0 = x0 + (ww + bar) * i / cols
            py0 = y0 + (wh + bar) * j / rows
            panes.append(
                rect(px0, py0, px0 + (ww + bar) / cols - bar, py0 + (wh + bar) / rows - bar)
            )
    return panes


def _books(x: float, y: float, s: float, rng: np.random.Generator) -> list[Points]:
    """A stack of books on the sill at (x, y), s wide, and a mug beside it."""
    out, top = [], y
    for _ in range(int(rng.integers(2, 4))):
        h, off = s * rng.uniform(0.12, 0.18), s * rng.uniform(-0.08, 0.08)
        out.append(rect(x - s / 2 + off, top - h, x + s / 2 + off, top - 0.003))
        top -= h
    mx = x + s * 0.75
    out.append(rect(mx, y - s * 0.32, mx + s * 0.24, y))
    out.append(rect(mx + s * 0.24, y - s * 0.26, mx + s * 0.32, y - s * 0.1))
    return out


WINDOWS = ("sash", "arched", "round", "tall")  # so two lo-fi songs are not one picture


def rainy_window(rng: np.random.Generator, energy: float) -> Scene:
    """The window on one side, the lamp on the other, the wall above calm for the title.
    The window is a sash (two to six panes), an arch, a round one or tall and narrow,
    seen nearer or farther; on its sill a cat, a plant or books and a mug."""
    kind = str(rng.choice(WINDOWS))
    near = rng.uniform(0.9, 1.15)  # how close the camera stands
    bar = 0.018
    wx0 = rng.uniform(0.06, 0.14)
    # three lines of title fit on the wall above: "rain" butted against the frame
    wy0 = rng.uniform(0.43, 0.47)
    if kind == "round":
        ww = wh = min(0.34, rng.uniform(0.29, 0.33) * near)
        wy0 += 0.05  # a porthole sits low: its crown rose into a three-line title
        panes = _round(wx0, wy0, wx0 + ww, bar)
    elif kind == "arched":
        ww, wh = rng.uniform(0.28, 0.33) * near, min(0.38, rng.uniform(0.34, 0.38) * near)
        panes = _arched(wx0, wy0, wx0 + ww, wy0 + wh, bar)
    elif kind == "tall":
        ww, wh = rng.uniform(0.24, 0.29) * near, min(0.38, rng.uniform(0.35, 0.38) * near)
        panes = _grid(wx0, wy0, wx0 + ww, wy0 + wh, bar, 2, 3)
    else:
        ww, wh = min(0.58, rng.uniform(0.44, 0.52) * near), rng.uniform(0.3, 0.34)
        cols, rows = ((2, 1), (2, 2), (3, 2))[int(rng.integers(3))]
        panes = _grid(wx0, wy0, wx0 + ww, wy0 + wh, bar, cols, rows)
    wx1, wy1 = wx0 + ww, wy0 + wh
    towers, lit = _towers(rng, wx0 - 0.02, wx1 + 0.02, wy1 - wh * rng.uniform(0.2, 0.35))
    bokeh = [
        (
            disc(
                rng.uniform(wx0, wx1), rng.uniform(wy0 + 0.05, wy1), rng.uniform(0.012, 0.03), n=24
            ),
            True,
        )
        for _ in range(int(rng.integers(5, 10)))
    ]
    slivers = []
    slant = rng.uniform(0.04, 0.12)
    for _ in range(int(30 + 40 * energy)):
        x, y = rng.uniform(wx0, wx1), rng.uniform(wy0 - 0.05, wy1)
        length, w = rng.uniform(0.04, 0.1), rng.uniform(0.0025, 0.004)
        slivers.append(([(x, y), (x + w, y), (x + w + slant * length, y + length)], True))
    sill = rect(wx0 - 0.04, wy1, wx1 + 0.04, wy1 + 0.03)
    desk = 0.88
    lx = rng.uniform(0.76, 0.84)  # the lamp's foot
    shade = [(lx - 0.15, desk - 0.24), (lx - 0.02, desk - 0.36), (lx + 0.05, desk - 0.31),
             (lx - 0.06, desk - 0.17)]  # fmt: skip
    arm = [(lx - 0.03, desk - 0.3), (lx + 0.05, desk - 0.16), (lx + 0.03, desk - 0.01),
           (lx + 0.055, desk - 0.01), (lx + 0.075, desk - 0.16), (lx, desk - 0.32)]  # fmt: skip
    base = rect(lx - 0.01, desk - 0.02, lx + 0.11, desk)
    bulb = disc(lx - 0.1, desk - 0.2, 0.03, n=30)
    pool = [(disc(lx - 0.14, desk + 0.05, 0.26, 0.08, n=60), True)]
    pick, sx = rng.random(), wx0 + ww * rng.uniform(0.2, 0.35)
    if pick < 0.4:
        sit = [(part, True) for part in _cat(sx, wy1, 0.14)]
    elif pick < 0.7:
        sit = [(leaf, True) for leaf in _plant(sx, wy1, 0.16, rng)]
    else:
        sit = [(part, True) for part in _books(sx, wy1, 0.12, rng)]
    layers = [
        Layer(((towers, True),), "city"),
        Layer(tuple((w, True) for w in lit), "glow"),
        Layer(tuple(bokeh), "bokeh"),
        Layer(tuple(slivers), "rain"),
        Layer(((FULL, True), *((p, False) for p in panes)), "wall"),
        Layer(((rect(-0.05, desk, 1.05, 1.05), True),), "desk"),
        Layer(tuple(pool), "pool"),
        Layer(((sill, True),), "sill"),
        Layer(tuple(sit), "silhouette"),
        Layer(((arm, True), (base, True)), "silhouette"),
        Layer(((bulb, True),), "glow"),
        Layer(((shade, True),), "lamp"),
    ]
    flip = bool(rng.random() < 0.5)
    focal = (max(0.0, wx0 - 0.04), wy0 - 0.07, 1.0, 1.0)  # a clear gap over the frame
    return Scene(mirror(layers, flip), flip_box(focal, flip), night=True, shape="room", lift=0.8)


def _walker(
    x: float, ground: float, s: float, rng: np.random.Generator
) -> tuple[Points, list[Points]]:
    """A figure s tall walking at x on the ground under an umbrella: the canopy (a
    scalloped dome tipped a little into the rain, its rim just over the head) and the
    figure (the shaft held in a raised arm, a head on a neck, a long coat, two legs
    mid-stride). The canopy floated a head above the figure ("crude")."""
    tilt = rng.uniform(-0.12, 0.12)
    cx, cy, r = x + s * tilt * 0.3, ground - s * 0.9, s * 0.38
    t = np.linspace(np.pi, 2 * np.pi, 31)
    ct, st = np.cos(tilt), np.sin(tilt)
    dx, dy = r * np.cos(t), r * 0.7 * np.sin(t)
    dome = points(cx + dx * ct - dy * st, cy + dx * st + dy * ct)
    rim = np.linspace(1.0, -1.0, 41)
    sag = r * 0.08 * np.abs(np.sin(np.pi * 3 * rim))
    canopy = [*dome, *points(cx + r * rim * ct - sag * st, cy + r * rim * st + sag * ct)]
    hand = (x + s * 0.1, ground - s * 0.66)
    shaft = [(cx - s * 0.012, cy), (cx + s * 0.012, cy), (hand[0] + s * 0.012, hand[1]),
             (hand[0] - s * 0.012, hand[1])]  # fmt: skip
    arm = [(x + s * 0.02, ground - s * 0.72), (x + s * 0.07, ground - s * 0.73),
           (hand[0] + s * 0.02, hand[1]), (hand[0] - s * 0.02, hand[1] + s * 0.03)]  # fmt: skip
    stride = rng.uniform(0.08, 0.14) * s
    coat = [
        (x - s * 0.06, ground - s * 0.75),
        (x + s * 0.06, ground - s * 0.75),
        (x + s * 0.11, ground - s * 0.67),
        (x + s * 0.16, ground - s * 0.3),
        (x - s * 0.14, ground - s * 0.3),
        (x - s * 0.11, ground - s * 0.67),
    ]
    neck = rect(x - s * 0.025, ground - s * 0.8, x + s * 0.025, ground - s * 0.74)
    head = disc(x, ground - s * 0.83, s * 0.06, n=24)
    legs = [
        [(x - s * 0.06, ground - s * 0.32), (x - s * 0.01, ground - s * 0.32),
         (x - stride + s * 0.03, ground), (x - stride - s * 0.02, ground)],
        [(x + s * 0.01, ground - s * 0.32), (x + s * 0.06, ground - s * 0.32),
         (x + stride + s * 0.02, ground), (x + stride - s * 0.03, ground)],
    ]  # fmt: skip
    return canopy, [shaft, arm, neck, head, coat, *legs]


def rainy_street(rng: np.random.Generator, curve: tuple[float, ...], energy: float) -> Scene:
    """A street at night in the rain: a far row of towers with lit windows, the wet
    road below mirroring every light as a broken streak, one figure under an umbrella
    walking off the centre, rain cut across the whole sheet; the sky above is calm
    for the title. The towers' heights follow the song's loudness."""
    horizon = rng.uniform(0.56, 0.72)
    edge: Points = [(-0.05, horizon)]
    lit: list[Points] = []
    xs = np.linspace(0.0, 1.0, 40)
    loud = song(curve, xs, bool(rng.random() < 0.5))
    tall = rng.uniform(0.08, 0.22)
    x = -0.05
    while x < 1.05:
        w = rng.uniform(0.05, 0.12)
        lift = tall + rng.uniform(0.0, 0.1) + 0.6 * max(0.0, float(np.interp(x, xs, loud)))
        top = horizon - lift
        edge += [(x, top), (x + w, top)]
        for _ in range(int(rng.integers(1, 5))):
            wx, wy = x + rng.uniform(0.01, w - 0.02), rng.uniform(top + 0.02, horizon - 0.03)
            lit.append(rect(wx, wy, wx + 0.014, wy + 0.018))
        x += w
    edge.append((1.05, horizon))
    lamps = [(rng.uniform(0.05, 0.95), horizon - rng.uniform(0.0, 0.06))
             for _ in range(int(rng.integers(2, 5)))]  # fmt: skip
    bokeh = [(disc(lx, ly, rng.uniform(0.015, 0.035), n=24), True) for lx, ly in lamps]
    streaks = []
    for lx, _ in lamps:
        y = horizon + 0.015
        while y < 1.0:
            half = rng.uniform(0.004, 0.03) * (1 + 1.5 * (y - horizon))
            sx = lx + rng.normal(0.0, 0.006)
            streaks.append((rect(sx - half, y, sx + half, y + rng.uniform(0.004, 0.009)), True))
            y += rng.uniform(0.012, 0.04)
    walker_x = rng.uniform(0.2, 0.36) if rng.random() < 0.5 else rng.uniform(0.62, 0.78)
    ground = rng.uniform(0.9, 0.95)
    canopy, walker = _walker(walker_x, ground, rng.uniform(0.36, 0.48), rng)
    slivers = []
    slant = rng.uniform(0.04, 0.12)
    for _ in range(int(60 + 70 * energy)):
        x, y = rng.uniform(-0.05, 1.05), rng.uniform(0.15, 1.0)
        length, w = rng.uniform(0.04, 0.09), rng.uniform(0.002, 0.0035)
        slivers.append(([(x, y), (x + w, y), (x + w + slant * length, y + length)], True))
    layers = [
        Layer(((FULL, True),), "wall"),
        Layer(tuple(bokeh), "bokeh"),
        Layer(((edge, True),), "city"),
        Layer(tuple((w, True) for w in lit), "glow"),
        Layer(((rect(-0.05, horizon, 1.05, 1.05), True),), "sill"),
        Layer(tuple(streaks), "pool"),
        Layer(tuple((part, True) for part in walker), "silhouette"),
        Layer(((canopy, True),), "umbrella"),
        Layer(tuple(slivers), "rain"),
    ]
    flip = bool(rng.random() < 0.5)
    focal = (0.0, horizon - 0.3, 1.0, 1.0)
    return Scene(mirror(layers, flip), flip_box(focal, flip), night=True, shape="street", lift=0.6)
