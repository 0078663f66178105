"""Paper-cut flowers with a name: a cherry branch for a sakura title (a bough reaching in
from one side, pink five-petal blossoms with notched petals, petals falling below it),
the top of the cover left calm for the title."""

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
)


def petal(cx: float, cy: float, length: float, ang: float) -> Points:
    """A cherry petal from (cx, cy) outwards at `ang`: round, with the notch at its tip
    that makes it sakura and not any flower."""
    t = np.linspace(0.0, 0.94, 16)
    half = length * 0.36 * np.sin(np.pi * (0.08 + 0.86 * t)) ** 0.55
    side = points(t * length, half)
    tip = [(length, length * 0.12), (length * 0.86, 0.0), (length, -length * 0.12)]
    outline = [*side, *tip, *points(t[::-1] * length, -half[::-1])]
    c, s = np.cos(ang), np.sin(ang)
    return [(cx + x * c - y * s, cy + x * s + y * c) for x, y in outline]


def flower(cx: float, cy: float, r: float, turn: float) -> list[Points]:
    """A five-petal blossom of radius r: five notched petals round its heart."""
    return [petal(cx, cy, r, turn + 2 * np.pi * k / 5) for k in range(5)]


def _bough(path: np.ndarray, w0: float, w1: float) -> Points:
    """A tapering branch along `path` (n x 2), w0 wide at its start and w1 at its tip."""
    d = np.gradient(path, axis=0)
    d /= np.maximum(np.linalg.norm(d, axis=1, keepdims=True), 1e-9)
    normal = np.stack([-d[:, 1], d[:, 0]], axis=1)
    w = np.linspace(w0, w1, len(path))[:, None] / 2
    left, right = path + normal * w, path - normal * w
    return [*points(left[:, 0], left[:, 1]), *points(right[::-1, 0], right[::-1, 1])]


def _curve(p0: tuple, p1: tuple, p2: tuple, n: int = 40) -> np.ndarray:
    """A quadratic Bezier from p0 through the pull of p1 to p2, n points."""
    t = np.linspace(0.0, 1.0, n)[:, None]
    a, b, c = (np.asarray(p, dtype=float) for p in (p0, p1, p2))
    return (1 - t) ** 2 * a + 2 * (1 - t) * t * b + t**2 * c


def branch(rng: np.random.Generator, curve: tuple[float, ...], energy: float) -> Scene:
    """A cherry branch reaching in from one side under a calm sky: blossoms of two
    pinks along it and its twigs (more, the louder the song), buds, and petals
    falling below it (more, the louder the song)."""
    flip = bool(rng.random() < 0.5)
    y0 = rng.uniform(0.6, 0.72)
    end = (rng.uniform(0.78, 0.9), rng.uniform(0.5, 0.58))
    main = _curve((-0.06, y0), (rng.uniform(0.3, 0.45), rng.uniform(0.5, 0.56)), end)
    boughs = [_bough(main, 0.055, 0.012)]
    tips = [tuple(main[-1])]
    for s in (rng.uniform(0.3, 0.42), rng.uniform(0.55, 0.68)):
        start = main[int(s * (len(main) - 1))]
        up = rng.random() < 0.6
        tip = (
            start[0] + rng.uniform(0.1, 0.18),
            start[1] + (-1 if up else 1) * rng.uniform(0.08, 0.12),
        )
        mid = ((start[0] + tip[0]) / 2 - 0.02, (start[1] + tip[1]) / 2)
        boughs.append(_bough(_curve(tuple(start), mid, tip, 20), 0.022, 0.006))
        tips.append(tip)
    spots = [tuple(main[int(s * (len(main) - 1))]) for s in np.linspace(0.28, 0.92, 5)]
    spots += tips
    count = len(spots) + int(2 + 4 * energy)
    back: list[tuple[Points, bool]] = []
    front: list[tuple[Points, bool]] = []
    hearts: list[tuple[Points, bool]] = []
    buds: list[tuple[Points, bool]] = []
    for k in range(count):
        x, y = spots[k % len(spots)]
        x, y = x + rng.normal(0, 0.03), y + rng.normal(0, 0.025)
        r = rng.uniform(0.045, 0.07)
        if k >= len(spots) and rng.random() < 0.35:
            buds.append((disc(x, y, r * 0.35, n=24), True))
            continue
        into = front if k % 3 else back
        into += [(p, True) for p in flower(x, y, r, rng.uniform(0, 6.3))]
        hearts.append((disc(x, y, r * 0.22, n=24), True))
    top = min(y for pts, _ in back + front + buds for _, y in pts)
    falling: list[tuple[Points, bool]] = []
    levels = np.clip(
        np.interp(np.linspace(0, 1, 16), np.linspace(0, 1, len(curve or (0.5,))), curve or (0.5,)),
        0,
        1,
    )
    for k in range(int(6 + 10 * energy)):
        x = rng.uniform(0.12, 0.96)
        y = rng.uniform(max(0.62, float(np.interp(x, main[:, 0], main[:, 1])) + 0.1), 0.96)
        length = 0.022 + 0.014 * float(levels[k % len(levels)])
        falling.append((petal(x, y, length, rng.uniform(0, 6.3)), True))
    layers = [
        Layer(tuple((b, True) for b in boughs), "bough"),
        Layer(tuple(back), "petal2"),
        Layer(tuple(buds), "petal2"),
        Layer(tuple(front), "petal"),
        Layer(tuple(hearts), "stamen"),
        Layer(tuple(falling), "petal"),
    ]
    focal = (0.0, max(0.0, top - 0.02), 1.0, 1.0)
    return Scene(
        mirror(layers, flip),
        flip_box(focal, flip),
        shape="blossom",
        light=light_angle(flip),
        lift=0.8,
    )
