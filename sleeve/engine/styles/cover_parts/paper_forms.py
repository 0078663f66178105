"""Paper-cut parade: a children's toy town (little houses with cut windows, lollipop
trees) on a rolling hill under a swag of bunting, taller where the song is louder.
(The vertical tree, "a Christmas tree", and the geometric collage, "random shapes",
were retired.)
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.paper_scenes import (
    Layer,
    Scene,
    curve_at,
    disc,
    points,
    rect,
)


def _sheet(xs: np.ndarray, top: np.ndarray) -> Layer:
    """A ground sheet: everything below the edge `top` (sampled at xs)."""
    return Layer((([*points(xs, top), (1.06, 1.06), (-0.06, 1.06)], True),))


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
