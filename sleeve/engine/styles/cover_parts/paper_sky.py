"""A paper-cut picture of a single round thing:

- planet: a paper moon with cut craters showing a deeper sheet behind, in a night of
  small cut stars; rising huge from the bottom edge, or smaller and high, now and
  then with a ring round it (its far half behind, its near half in front).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.paper_scenes import (
    Layer,
    Points,
    Scene,
    disc,
    flip_box,
    mirror,
    points,
)


def _half_ring(cx: float, cy: float, a: float, b: float, tilt: float, near: bool) -> Points:
    """Half of a flat ring round (cx, cy), a wide and b deep, turned by tilt: the
    near (lower) half or the far one."""
    t = np.linspace(0.0, np.pi, 50) + (0.0 if near else np.pi)
    outer = np.stack([a * np.cos(t), b * np.sin(t)])
    inner = np.stack([0.78 * a * np.cos(t[::-1]), 0.7 * b * np.sin(t[::-1])])
    ring = np.concatenate([outer, inner], axis=1)
    c, s = np.cos(tilt), np.sin(tilt)
    xs = cx + c * ring[0] - s * ring[1]
    ys = cy + s * ring[0] + c * ring[1]
    return points(xs, ys)


def planet(rng: np.random.Generator, curve: tuple[float, ...], energy: float) -> Scene:
    """A cratered paper moon in a night of small stars, huge and rising or high."""
    rising = rng.random() < 0.5
    if rising:
        r = rng.uniform(0.42, 0.55)
        cx, cy = rng.uniform(0.3, 0.7), 1.0 + r * rng.uniform(0.05, 0.3)
    else:
        r = rng.uniform(0.2, 0.27)
        cx, cy = rng.uniform(0.56, 0.7), rng.uniform(0.5, 0.6)
    ringed = not rising and rng.random() < 0.5
    tilt = rng.uniform(-0.45, -0.2)
    craters = []
    for _ in range(int(rng.integers(5, 9))):
        d, a = r * np.sqrt(rng.uniform(0.0, 0.6)), rng.uniform(0, 2 * np.pi)
        cr = r * rng.uniform(0.07, 0.18) * (0.8 + 0.4 * energy)
        craters.append((disc(cx + d * np.cos(a), cy + d * np.sin(a), cr, n=36), False))
    stars = []
    for _ in range(int(rng.integers(14, 26))):
        sx, sy, s = rng.uniform(0, 1), rng.uniform(0.2, 1), rng.uniform(0.004, 0.009)
        stars.append(([(sx, sy - 2 * s), (sx + s, sy), (sx, sy + 2 * s), (sx - s, sy)], True))
    layers = [Layer(tuple(stars), "star")]
    if ringed:
        layers.append(Layer(((_half_ring(cx, cy, r * 1.8, r * 0.5, tilt, False), True),), "ring"))
    layers += [
        Layer(((disc(cx, cy, r, n=120), True),), "moonshade"),
        Layer(((disc(cx, cy, r, n=120), True), *craters), "moon"),
    ]
    if ringed:
        layers.append(Layer(((_half_ring(cx, cy, r * 1.8, r * 0.5, tilt, True), True),), "ring"))
    span = r * (1.8 if ringed else 1.0) + 0.02
    focal = (
        max(0.0, cx - span),
        max(0.0, cy - span * (0.75 if ringed else 1.0)),
        min(1.0, cx + span),
        1.0,
    )
    flip = bool(rng.random() < 0.5)
    return Scene(mirror(layers, flip), flip_box(focal, flip), night=True, shape="planet", lift=1.2)
