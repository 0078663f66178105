"""Paper-cut compositions as design, not as illustrated scenes: each is a stack of
sheets (paper_scenes.Layer, back to front, in fractions of the side, y down) that
paper_cut colours, shadows and grains.

- rays: a quarter sun in a corner, rings of paper and long cut rays whose lengths
  are the energy curve, bleeding off the edges;
- crescent, bloom: what the title names, drawn huge and cropped: a giant crescent, a
  rosette of petals running off the frame at a corner, the foot or a side.
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
    mirror,
)


def _pts(xs: np.ndarray, ys: np.ndarray) -> Points:
    """Coordinates as a list of points."""
    return list(zip(np.asarray(xs).tolist(), np.asarray(ys).tolist(), strict=True))


def _box(points: Points, pad: float = 0.0) -> tuple[float, float, float, float]:
    """The points' bounding box, clipped to the cover."""
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (
        max(0.0, min(xs) - pad),
        max(0.0, min(ys) - pad),
        min(1.0, max(xs) + pad),
        min(1.0, max(ys) + pad),
    )


def _turn(points: Points, cx: float, cy: float, ang: float) -> Points:
    """Points turned by ang (radians) about (cx, cy)."""
    c, s = np.cos(ang), np.sin(ang)
    return [(cx + (x - cx) * c - (y - cy) * s, cy + (x - cx) * s + (y - cy) * c) for x, y in points]


# --- cut shapes -------------------------------------------------------------------


def blob(rng: np.random.Generator, cx: float, cy: float, r: float, amount: float = 0.2) -> Points:
    """A soft organic blob: a circle whose radius swells in three slow lumps."""
    t = np.linspace(0, 2 * np.pi, 120, endpoint=False)
    rad = np.full_like(t, r)
    for k in (2, 3, 5):
        rad += r * amount / k * 2 * np.sin(k * t + rng.uniform(0, 6.3))
    return _pts(cx + rad * np.cos(t), cy + rad * np.sin(t))


def heart(cx: float, cy: float, r: float, n: int = 120) -> Points:
    """A heart (the classic curve), r about its half-width, point down."""
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    x = 16 * np.sin(t) ** 3
    y = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t))
    return _pts(cx + r * x / 16, cy + r * (y + 2) / 16)


# --- compositions -----------------------------------------------------------------


def rays(rng: np.random.Generator, curve: tuple[float, ...], energy: float) -> Scene:
    """A sun of cut rays (their lengths the energy curve) in two papers with rings of
    paper over them, bleeding off the edges: a quarter sun in a corner, a half sun
    rising from the bottom edge or one rising from a side, its size from the seed."""
    anchor = str(rng.choice(("corner", "bottom", "side")))
    if anchor == "corner":
        cx = rng.uniform(-0.06, 0.12)
        cy = float(rng.choice((rng.uniform(0.88, 1.06), rng.uniform(-0.06, 0.12))))
        a0, a1 = (-np.pi / 2 - 0.15, 0.15) if cy > 0.5 else (-0.15, np.pi / 2 + 0.15)
        focal = (0.0, 0.45, 0.6, 1.0) if cy > 0.5 else (0.0, 0.0, 0.6, 0.55)
    elif anchor == "bottom":
        cx, cy = rng.uniform(0.3, 0.7), rng.uniform(1.0, 1.08)
        a0, a1 = -np.pi - 0.1, 0.1
        focal = (0.1, 0.55, 0.9, 1.0)
    else:
        cx, cy = rng.uniform(-0.08, -0.02), rng.uniform(0.5, 0.7)
        a0, a1 = -np.pi / 2 - 0.1, np.pi / 2 + 0.1
        focal = (0.0, 0.3, 0.5, 1.0)
    n = (14 + int(energy * 16)) * (2 if anchor != "corner" else 1)
    lengths = curve_at(curve, n)
    reach = rng.uniform(0.45, 0.7)
    layers = []
    for half in (0, 1):
        shapes = []
        for k in range(half, n, 2):
            a = a0 + (a1 - a0) * (k + 0.5) / n
            da = (a1 - a0) / n * 0.42
            r = reach + 0.95 * lengths[k]
            tip0 = (cx + r * np.cos(a - da), cy + r * np.sin(a - da))
            tip1 = (cx + r * np.cos(a + da), cy + r * np.sin(a + da))
            shapes.append(([(cx, cy), tip0, tip1], True))
        layers.append(Layer(tuple(shapes)))
    r = rng.uniform(0.3, 0.56) * (0.8 if anchor == "side" else 1.0)
    for role, scale in (("sunhalo", 1.0), ("sunring", 0.74), ("sun", 0.5)):  # always warm
        layers.append(Layer(((disc(cx, cy, r * scale, n=120), True),), role))
    flip = bool(rng.random() < 0.5)
    return Scene(mirror(layers, flip), flip_box(focal, flip), shape="rays")


def crescent(rng: np.random.Generator) -> Scene:
    """A crescent cut in three offset papers: a giant in a top corner or, one time in
    three, whole and smaller high in a wide night, its phase (a sliver to a fat bite)
    and the side its light comes from moved by the seed. The giant's bite faces its
    corner, so the frame crops its horns and the dark, never its lit belly (the lit
    rim had run off the edge: "a clipped moon" on 月光下的城市, round 18)."""
    r = rng.uniform(0.42, 0.55)
    cx, cy = rng.uniform(0.72, 0.86), rng.uniform(0.08, 0.2)
    bite, turn = r * rng.uniform(0.36, 0.5), rng.uniform(-1.15, -0.45)  # toward the corner
    bite_x, bite_y, shade, o = bite * np.cos(turn), bite * np.sin(turn), 0.9 * r, 0.035
    whole = rng.random() < 0.35
    if whole:
        r = rng.uniform(0.2, 0.27)
        cx, cy = rng.uniform(0.34, 0.66), rng.uniform(0.27, 0.4)
        bite, turn = r * rng.uniform(0.3, 0.55), rng.uniform(1.8, 4.4)
        bite_x, bite_y = bite * np.cos(turn), bite * np.sin(turn)
        shade, o = r * rng.uniform(0.86, 0.95), 0.018
    layers = []
    for k in range(3):
        step = o * (2 - k)
        outer = disc(cx + step, cy - step, r, n=140)
        inner = disc(cx + step + bite_x, cy - step + bite_y, shade, n=140)
        layers.append(Layer(((outer, True), (inner, False)), "moon" if k == 2 else "ground"))
    flip = bool(rng.random() < 0.5)
    focal = _box(disc(cx, cy, r), 0.02 if whole else 0.0)
    return Scene(mirror(layers, flip), flip_box(focal, flip), night=True, shape="moon")


# where a bloom's heart sits: (cx, cy) ranges and its radius range ("" a lower
# corner, "foot" rising half-seen from the bottom edge, "side" from the right edge)
BLOOMS = {
    "": ((0.62, 0.85), (0.6, 0.85), (0.5, 0.65)),
    "foot": ((0.36, 0.64), (0.95, 1.04), (0.6, 0.72)),
    "side": ((0.92, 1.02), (0.42, 0.62), (0.55, 0.68)),
}


def bloom(rng: np.random.Generator, curve: tuple[float, ...], energy: float, anchor: str) -> Scene:
    """A rosette of cut petals, huge and running off an edge (BLOOMS: a lower corner,
    the foot or a side): two rings of petals (three for a loud song; their lengths the
    energy curve, more and thinner petals the louder) and a heart of accent paper."""
    (x0, x1), (y0, y1), (r0, r1) = BLOOMS[anchor]
    cx, cy = rng.uniform(x0, x1), rng.uniform(y0, y1)
    r = rng.uniform(r0, r1)
    more = int(round(4 * energy))
    rings = [(1.0, int(rng.integers(6, 9)) + more), (0.68, int(rng.integers(5, 7)) + more)]
    if energy > 0.6:
        rings.append((0.45, int(rng.integers(5, 7))))
    layers = []
    for ring, (scale, count) in enumerate(rings):
        lengths = curve_at(curve, count)
        shapes = []
        turn = rng.uniform(0, 6.3)
        thin = 0.19 * (1.3 if ring else 1.0) * (1.0 - 0.25 * energy)
        for k in range(count):
            a = turn + 2 * np.pi * k / count
            pl = r * scale * (0.8 + 0.35 * lengths[k])
            petal = disc(0.0, 0.0, pl / 2, pl * thin, n=48)
            petal = [(x + pl / 2, y) for x, y in petal]
            shapes.append((_turn([(cx + x, cy + y) for x, y in petal], cx, cy, a), True))
        layers.append(Layer(tuple(shapes), f"bloom{ring % 2}"))  # warm, never grey-blue
    layers.append(Layer(((blob(rng, cx, cy, r * 0.2, 0.1), True),), "pistil"))
    flip = bool(rng.random() < 0.5)
    focal = _box(disc(cx, cy, r))
    return Scene(mirror(layers, flip), flip_box(focal, flip), shape="bloom")
