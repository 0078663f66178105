"""Paper-cut creatures a title names, in their own little scenes:

- pond: a layered paper duck (head, beak, eye, body, a wing sheet on it, a raised
  tail) swimming on a pond of layered water sheets whose edges are the song's energy,
  paper ripples round it, reeds with cattails and lily pads, a sun and clouds over a
  far green bank (a moon at night); now and then a line of ducklings trails it;
- branch: a round paper songbird perched on a branch that runs in from one edge,
  leaves on it, a sun or moon behind.

Shapes are built facing right in fractions of the side (y down) and mirrored by the
seed; the sky above stays calm for the title.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.paper_scenes import (
    Layer,
    Points,
    Scene,
    disc,
    flip_box,
    light_angle,
    mirror,
    points,
    song,
)

Shapes = list[tuple[Points, bool]]


def _place(pts: Points, cx: float, cy: float, s: float, turn: float = 0.0) -> Points:
    """Unit-shape points (a creature facing right, its waterline or perch at 0) scaled
    by s, turned by `turn` radians and set at (cx, cy)."""
    c, si = np.cos(turn), np.sin(turn)
    return [(cx + s * (u * c - v * si), cy + s * (u * si + v * c)) for u, v in pts]


def _ellipse(u: float, v: float, ru: float, rv: float, n: int = 48, tilt: float = 0.0) -> Points:
    """An ellipse in unit coordinates, turned by tilt."""
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    x, y = ru * np.cos(t), rv * np.sin(t)
    c, s = np.cos(tilt), np.sin(tilt)
    return points(u + x * c - y * s, v + x * s + y * c)


def _curve(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float], n: int = 14):
    """A quadratic curve from a through control b to c."""
    t = np.linspace(0, 1, n)[:, None]
    p = (1 - t) ** 2 * np.array(a) + 2 * (1 - t) * t * np.array(b) + t**2 * np.array(c)
    return [(float(x), float(y)) for x, y in p]


def duck_parts(chunky: float = 0.0) -> dict[str, Shapes]:
    """A duckling facing right, waterline at v = 0, body about one unit long: the
    silhouette (body, neck, head and raised tail as one sheet), a wing, a beak, an eye
    (its glint cut to paper) and a cheek. `chunky` (0..1) makes a rounder baby."""
    hr = 0.25 + 0.05 * chunky  # a baby's head is big
    hx, hy = 0.3, -0.6 - 0.02 * chunky
    tail = [
        *_curve((-0.2, -0.34), (-0.45, -0.36), (-0.66, -0.52)),
        *_curve((-0.66, -0.52), (-0.6, -0.2), (-0.42, -0.02)),
    ]
    body: Shapes = [
        (_ellipse(0.0, -0.13, 0.5, 0.27, 64), True),
        (tail, True),
        (_ellipse(0.26, -0.36, 0.16, 0.22, 40, 0.25), True),  # the neck
        (_ellipse(hx, hy, hr, hr * 0.96, 56), True),
    ]
    wing = [
        *_curve((0.2, -0.14), (0.14, -0.34), (-0.12, -0.3)),
        *_curve((-0.12, -0.3), (-0.32, -0.3), (-0.46, -0.36)),  # its tip up the back
        *_curve((-0.46, -0.36), (-0.3, -0.08), (-0.02, -0.04)),
        *_curve((-0.02, -0.04), (0.16, -0.02), (0.2, -0.14)),
    ]
    bx = hx + hr * 0.82
    beak = [
        *_curve((bx - 0.06, hy - 0.06), (bx + 0.14, hy - 0.1), (bx + 0.27, hy + 0.0)),
        *_curve((bx + 0.27, hy + 0.0), (bx + 0.18, hy + 0.08), (bx - 0.04, hy + 0.06)),
    ]
    ex, ey, er = hx + hr * 0.25, hy - hr * 0.22, 0.05 + 0.012 * chunky
    return {
        "duck": body,
        "wing": [(wing, True)],
        "beak": [(beak, True)],
        "eye": [(_ellipse(ex, ey, er, er * 1.15, 24), True),
                (_ellipse(ex + er * 0.35, ey - er * 0.4, er * 0.35, er * 0.35, 12), False)],
        "blush": [(_ellipse(hx + hr * 0.1, hy + hr * 0.42, 0.055, 0.04, 20), True)],
    }  # fmt: skip


def _duck(cx: float, wy: float, s: float, turn: float, chunky: float) -> list[Layer]:
    """The duck's sheets at (cx, wy), s its body's length, back to front."""
    parts = duck_parts(chunky)
    return [
        Layer(tuple((_place(p, cx, wy, s, turn), a) for p, a in parts[role]), role)
        for role in ("duck", "wing", "beak", "blush", "eye")
    ]


def _water(xs: np.ndarray, top: np.ndarray) -> Layer:
    """A water sheet: everything below the edge `top`."""
    return Layer((([*points(xs, top), (1.06, 1.06), (-0.06, 1.06)], True),))


def _ripples(cx: float, wy: float, s: float, count: int) -> list[tuple[Points, bool]]:
    """Paper ripples: thin crescents of arcs round the duck on the water, wider out."""
    out = []
    for k in range(count):
        rx, ry = s * (0.62 + 0.22 * k), s * (0.07 + 0.03 * k)
        y = wy + s * (0.05 + 0.05 * k)
        t = np.linspace(0.12 * np.pi, 0.88 * np.pi, 30)  # the front half of a ring
        w = s * 0.022
        outer = points(cx + rx * np.cos(t), y + ry * np.sin(t))
        inner = points(cx + (rx - w) * np.cos(t[::-1]), y + (ry - w * 0.7) * np.sin(t[::-1]))
        out.append(([*outer, *inner], True))
    return out


def _reeds(x0: float, base: float, h: float, n: int, rng: np.random.Generator):
    """A clump of reeds rising from `base` at x0: thin leaning blades and cattails."""
    blades: list[tuple[Points, bool]] = []
    tails: list[tuple[Points, bool]] = []
    for k in range(n):
        x = x0 + (k - n / 2) * h * 0.09
        lean = rng.uniform(-0.12, 0.12)
        tall = h * rng.uniform(0.7, 1.0) * (1.0 if k % 2 else 0.85)
        w = h * 0.024
        tip = (x + lean * tall, base - tall)
        blades.append(([(x - w, base + 0.05), tip, (x + w, base + 0.05)], True))
        if k % 2 == 0:  # a cattail on a stalk
            ty = base - tall * 0.72
            tx = x + lean * tall * 0.72
            tails.append((_ellipse(tx, ty, w * 1.2, h * 0.07, 16, lean), True))
    return blades, tails


def _lily(cx: float, cy: float, r: float, notch: float) -> Points:
    """A lily pad seen low: a flat ellipse with a wedge cut to its centre."""
    t = np.linspace(notch + 0.35, notch + 2 * np.pi - 0.35, 40)
    return [(cx, cy), *points(cx + r * np.cos(t), cy + r * 0.34 * np.sin(t))]


def _cloud(cx: float, cy: float, w: float) -> Points:
    """A flat-bottomed paper cloud w wide."""
    t = np.linspace(np.pi, 2 * np.pi, 24)
    pts: Points = [(cx - w / 2, cy)]
    for bx, br in ((-0.28, 0.2), (0.02, 0.3), (0.3, 0.18)):
        pts += points(cx + bx * w + br * w * np.cos(t), cy - br * w * 0.2 + br * w * np.sin(t))
    pts.append((cx + w / 2, cy))
    return pts


def pond(
    rng: np.random.Generator,
    curve: tuple[float, ...],
    energy: float,
    night: bool = False,
    brood: bool = False,
    close: bool = False,
) -> Scene:
    """A paper duck swimming on a layered pond: a far green bank under a sun (a moon
    at night) and clouds, three water sheets whose edges are the song's energy, the
    duck between the middle and the front one (its belly under water), paper ripples
    round it, reeds on one side and lily pads; `brood` (or now and then): a line of
    ducklings trailing it on the middle water. `close`: the duck huge and low, its
    tail cropped by the side edge, the bank low behind it, no ducklings."""
    flip = bool(rng.random() < 0.5)
    xs = np.linspace(-0.06, 1.06, 200)
    horizon = rng.uniform(0.5, 0.56)
    s = rng.uniform(0.42, 0.5) * (0.95 + 0.1 * energy)  # the duck's body length
    brood = (brood or rng.random() < 0.3) and not close
    cx = rng.uniform(0.64, 0.7) if brood else rng.uniform(0.44, 0.54)
    s = s * (0.9 if brood else 1.0)
    wy = rng.uniform(0.76, 0.8)
    if close:
        horizon, s, wy = rng.uniform(0.6, 0.66), rng.uniform(0.72, 0.8), rng.uniform(0.92, 0.95)
        cx = rng.uniform(0.3, 0.38)
    amp = 0.008 + 0.018 * energy
    layers: list[Layer] = []
    # the sky: a sun (or moon) low behind the bank on the duck's far side, clouds
    sx, sr = rng.uniform(0.1, 0.24), rng.uniform(0.09, 0.12)
    sy = horizon - sr * rng.uniform(0.2, 0.7)
    layers += [
        Layer(((disc(sx, sy, sr * 1.45, n=96), True),), "halo"),
        Layer(((disc(sx, sy, sr, n=96), True),), "moon" if night else "sun"),
    ]
    if not night:
        for cx_, cy_, w in ((sx + rng.uniform(0.5, 0.7), horizon - 0.12, 0.2),
                            (sx + rng.uniform(0.1, 0.2), horizon - 0.02, 0.14)):  # fmt: skip
            layers.append(Layer(((_cloud(cx_, cy_, w * rng.uniform(0.9, 1.2)), True),), "cloud"))
    # the far bank: two green sheets, rolling
    for k in range(2):
        base = horizon + 0.01 + 0.025 * k
        f, ph = rng.uniform(0.8, 1.5), rng.uniform(0, 6.3)
        top = base - (0.03 - 0.01 * k) * (1 + np.sin(2 * np.pi * f * xs + ph))
        layers.append(Layer((([*points(xs, top), (1.06, 1.06), (-0.06, 1.06)], True),), f"bank{k}"))
    # reeds on the far side from the duck's head, rising from the bank
    rx = rng.uniform(0.04, 0.14) if rng.random() < 0.6 else rng.uniform(0.86, 0.96)
    blades, tails = _reeds(rx, horizon + 0.06, rng.uniform(0.2, 0.28), int(rng.integers(4, 7)), rng)
    layers += [Layer(tuple(blades), "reed"), Layer(tuple(tails), "cattail")]
    # the water: far, middle (ducklings ride it), front (the duck sits in it)
    mid_y = wy - rng.uniform(0.07, 0.1)
    tops = (horizon + 0.07, mid_y + 0.012, wy + 0.012)
    for k, base in enumerate(tops):
        edge = base - amp * (0.6 + 0.4 * np.sin(2 * np.pi * rng.uniform(2, 4) * xs + k))
        edge = edge - 0.5 * amp * song(curve, xs + 0.3 * k, k % 2 == 1)
        if k == 1 and brood:  # the ducklings between the far and middle water
            n = int(rng.integers(2, 4))
            for j in range(n):
                bs = s * rng.uniform(0.32, 0.38)
                bx = cx - s * 0.86 - j * bs * 1.4
                if bx < 0.02:  # the last may be cropped by the edge, not lost off it
                    break
                layers += _duck(bx, mid_y, bs, rng.uniform(-0.06, 0.06), 1.0)
        if k == 2:  # the duck, bobbing a little
            layers += _duck(cx, wy, s, rng.uniform(-0.07, 0.05), rng.uniform(0.3, 0.8))
        layers.append(_water(xs, edge))
    layers.append(Layer(tuple(_ripples(cx, wy, s, 2 + int(energy > 0.55))), "ripple"))
    # lily pads on the front water, a flower on one
    pads = []
    for _ in range(int(rng.integers(2, 4)) if not close else 1):
        left = rng.uniform(0.02, max(0.03, cx - s * 0.7))
        right = rng.uniform(min(cx + s * 0.7, 0.97), 1.0)
        px = left if rng.random() < 0.5 else right
        py = rng.uniform(0.88, 0.95) if not close else rng.uniform(0.74, 0.8)
        pads.append((_lily(float(px), py, rng.uniform(0.06, 0.09), rng.uniform(0, 6.3)), True))
    layers.append(Layer(tuple(pads), "lily"))
    fx, fy = pads[0][0][0]
    petals = [(_petal_fan(fx, fy - 0.012, 0.03), True)]
    layers.append(Layer(tuple(petals), "lilyflower"))
    head_top = wy - s * 0.9
    return Scene(
        mirror(layers, flip),
        flip_box((0.0, max(0.0, head_top - 0.03), 1.0, 1.0), flip),
        night=night,
        shape="pond",
        light=light_angle(flip),
    )


def _petal_fan(cx: float, cy: float, r: float) -> Points:
    """A water lily's flower seen from the side: a fan of pointed petals."""
    pts: Points = [(cx - r * 1.1, cy + r * 0.2)]
    for k in range(5):
        a = np.pi * (1.0 + (k + 0.5) / 5)  # up and out
        pts.append((cx + r * 0.45 * np.cos(a - 0.3), cy + r * 0.45 * np.sin(a - 0.3)))
        pts.append((cx + r * 1.2 * np.cos(a), cy + r * 1.2 * np.sin(a)))
    pts.append((cx + r * 1.1, cy + r * 0.2))
    return pts


def bird_parts() -> dict[str, Shapes]:
    """A round songbird facing right, perched at v = 0, about one unit long: body,
    head and tail as one sheet, a breast, a wing, a beak, an eye and its legs."""
    tail = [(-0.22, -0.36), (-0.86, -0.02), (-0.78, 0.1), (-0.16, -0.14)]
    wing = [
        *_curve((0.16, -0.5), (-0.05, -0.66), (-0.36, -0.46)),
        *_curve((-0.36, -0.46), (-0.5, -0.36), (-0.66, -0.16)),
        *_curve((-0.66, -0.16), (-0.3, -0.12), (0.12, -0.3)),
    ]
    return {
        "bird": [
            (_ellipse(0.0, -0.36, 0.44, 0.33, 56, -0.3), True),
            (tail, True),
            (_ellipse(0.3, -0.74, 0.22, 0.21, 48), True),
        ],
        "breast": [(_ellipse(0.2, -0.4, 0.2, 0.26, 40, -0.3), True)],
        "feathers": [(wing, True)],
        "beak": [([(0.47, -0.8), (0.68, -0.74), (0.47, -0.68)], True)],
        "legs": [
            ([(-0.02, -0.1), (0.02, -0.1), (0.02, 0.03), (-0.02, 0.03)], True),
            ([(0.12, -0.12), (0.16, -0.12), (0.16, 0.03), (0.12, 0.03)], True),
        ],
        "eye": [(_ellipse(0.36, -0.78, 0.045, 0.05, 20), True)],
    }


def branch(rng: np.random.Generator, curve: tuple[float, ...], energy: float, night: bool) -> Scene:
    """A round paper songbird perched on a branch that runs in from one edge, leaves
    in two greens along it, a big sun (a moon at night) behind the bird, two low far
    hills; the sky above the bird is the title's."""
    flip = bool(rng.random() < 0.5)
    s = rng.uniform(0.3, 0.36) * (0.95 + 0.1 * energy)
    bx, by = rng.uniform(0.5, 0.6), rng.uniform(0.66, 0.72)
    xs = np.linspace(-0.06, 1.06, 160)
    layers: list[Layer] = []
    sr = rng.uniform(0.2, 0.25)
    sx, sy = bx + rng.uniform(-0.06, 0.1), by - s * 0.55
    layers += [
        Layer(((disc(sx, sy, sr * 1.3, n=120), True),), "halo"),
        Layer(((disc(sx, sy, sr, n=120), True),), "moon" if night else "sun"),
    ]
    for k in range(2):  # far hills low in the frame
        base = 0.86 + 0.05 * k
        top = base - 0.04 * (1 + np.sin(2 * np.pi * rng.uniform(0.6, 1.2) * xs + rng.uniform(0, 6)))
        top = top - 0.02 * song(curve, xs + 0.3 * k, k == 1)
        layers.append(_water(xs, top))
    # the branch: a tapering bough from the left edge past the bird, a twig up
    end = bx + s * rng.uniform(0.9, 1.3)
    t = np.linspace(0, 1, 40)
    px = -0.06 + (end + 0.06) * t
    py = by + 0.012 + 0.05 * (1 - t) ** 2 - 0.02 * np.sin(np.pi * t)
    half = 0.022 * (1 - 0.7 * t) + 0.004
    bough = [*points(px, py - half), *points(px[::-1], (py + half)[::-1])]
    tx = bx - s * rng.uniform(0.9, 1.3)
    ty = float(np.interp(tx, px, py))
    twig = [(tx - 0.008, ty), (tx + 0.06, ty - 0.16), (tx + 0.068, ty - 0.155), (tx + 0.01, ty)]
    layers.append(Layer(((bough, True), (twig, True)), "bough"))
    leaves: list[list[tuple[Points, bool]]] = [[], []]
    for j in range(int(rng.integers(5, 8))):
        lx = float(rng.uniform(0.02, end - 0.02))
        if abs(lx - bx) < s * 0.5:
            continue
        ly = float(np.interp(lx, px, py))
        ang = rng.uniform(-2.4, -0.7) if j % 2 else rng.uniform(0.7, 2.4)
        ln = rng.uniform(0.06, 0.09)
        leaf = _ellipse(ln / 2, 0.0, ln / 2, ln * 0.2, 24, 0.0)
        c, si = np.cos(ang), np.sin(ang)
        leaves[j % 2].append(([(lx + u * c - v * si, ly + u * si + v * c) for u, v in leaf], True))
    layers += [Layer(tuple(lv), f"bank{k}") for k, lv in enumerate(leaves) if lv]
    parts = bird_parts()
    turn = rng.uniform(-0.06, 0.06)
    for role in ("legs", "bird", "breast", "feathers", "beak", "eye"):
        shapes = tuple((_place(p, bx, by, s, turn), a) for p, a in parts[role])
        layers.append(Layer(shapes, role))
    top = min(by - s * 0.98, sy - sr * 1.3)
    return Scene(
        mirror(layers, flip),
        flip_box((0.0, max(0.0, top - 0.02), 1.0, 1.0), flip),
        night=night,
        shape="branch",
        light=light_angle(flip),
    )
