"""Paper-cut dioramas: layered scenes with one clear subject, each sheet a flat colour
and each casting its shadow on the sheets behind (paper_cut draws the shadows, lit
from the side the scene says).

- waves: an ocean of layered curling waves with a paper boat riding them, a sun or
  moon low on the horizon or giant at the edge, or a high sea without one.

The rolling-hills diorama (a sun over four to seven sheets of hills) is retired
(round 11: "the same stack of hills with a disc"); paper_aperture's window into
layers draws a mountain or cloud title.

All scenes leave the top of the cover (or the side away from the figure) calm for
the title; the focal box is where the subject is.
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
    rect,
    song,
)


def _sun(cx: float, cy: float, r: float, role: str = "sun") -> list[Layer]:
    """A layered sun: a pale halo ring behind a smaller disc (a sun's halo is warm)."""
    return [
        Layer(((disc(cx, cy, r * 1.45, n=96), True),), "halo" if role == "moon" else "sunhalo"),
        Layer(((disc(cx, cy, r, n=96), True),), role),
    ]


def _boat(cx: float, cy: float, s: float) -> tuple[Points, Points]:
    """A paper boat: a hull and a sail, s its width."""
    hull = [
        (cx - s / 2, cy),
        (cx + s / 2, cy),
        (cx + s * 0.34, cy + s * 0.22),
        (cx - s * 0.34, cy + s * 0.22),
    ]
    sail = [
        (cx - s * 0.05, cy - s * 0.02),
        (cx - s * 0.05, cy - s * 0.85),
        (cx + s * 0.36, cy - s * 0.02),
    ]
    return hull, sail


# what rides or stands by the sea, so no two sea covers are one sailboat
SEA_FIGURES = ("boat", "lighthouse", "pier", "gulls")


def _lighthouse(x: float, foot: float, h: float) -> list[Layer]:
    """A lighthouse on a rock: a tapering white tower with red bands, a lamp room and a
    red cap, standing at (x, foot), h tall."""
    w0, w1 = h * 0.2, h * 0.13
    rock = [(x - h * 0.5, foot + 0.06), (x - h * 0.3, foot - 0.01), (x + h * 0.05, foot - 0.02),
            (x + h * 0.4, foot + 0.01), (x + h * 0.6, foot + 0.06)]  # fmt: skip
    tower = [(x - w0 / 2, foot), (x - w1 / 2, foot - h * 0.78), (x + w1 / 2, foot - h * 0.78),
             (x + w0 / 2, foot)]  # fmt: skip

    def band(t0: float, t1: float) -> Points:
        def half(t: float) -> float:
            return (w0 + (w1 - w0) * t) / 2

        y0, y1 = foot - h * 0.78 * t0, foot - h * 0.78 * t1
        return [(x - half(t0), y0), (x - half(t1), y1), (x + half(t1), y1), (x + half(t0), y0)]

    lamp = rect(x - w1 * 0.38, foot - h * 0.9, x + w1 * 0.38, foot - h * 0.78)
    cap = [(x - w1 * 0.62, foot - h * 0.9), (x, foot - h), (x + w1 * 0.62, foot - h * 0.9)]
    return [
        Layer(((rock, True),), "rock"),
        Layer(((tower, True),), "tower"),
        Layer(((band(0.2, 0.38), True), (band(0.56, 0.74), True), (cap, True)), "boat"),
        Layer(((lamp, True),), "glow"),
    ]


def _pier(x0: float, x1: float, deck: float) -> Layer:
    """A wooden pier from the side edge out to sea: a deck on posts, a lamp at its end."""
    posts = [
        (rect(x - 0.006, deck, x + 0.006, deck + 0.09), True)
        for x in np.arange(x0 + 0.02, x1, 0.07)
    ]
    lamp = [(rect(x1 - 0.03, deck - 0.09, x1 - 0.024, deck), True),
            (disc(x1 - 0.027, deck - 0.095, 0.011, n=20), True)]  # fmt: skip
    return Layer(((rect(x0, deck - 0.012, x1, deck + 0.008), True), *posts, *lamp), "pier")


def _gull(x: float, y: float, s: float) -> Points:
    """A gull in flight: two curved wings meeting at the body, s its span."""
    t = np.linspace(0.0, 1.0, 10)
    upper = points(x - s / 2 + s / 2 * t, y - s * 0.22 * np.sin(np.pi * t) + s * 0.08 * t)
    right = points(x + s / 2 * t, y + s * 0.08 * (1 - t) - s * 0.22 * np.sin(np.pi * t))
    lower = [(px, py + s * 0.06) for px, py in reversed(upper + right)]
    return [*upper, *right, *lower]


def waves(
    rng: np.random.Generator,
    curve: tuple[float, ...],
    energy: float,
    moon: bool,
    high: bool = False,
) -> Scene:
    """An ocean of curling paper waves back to front, the sun or moon low over the
    horizon (now and then giant, cropped by the side edge), and one of SEA_FIGURES: a
    sailboat riding the middle waves, a lighthouse on a rock, a pier running out from
    the side or gulls over the water. The horizon stands low enough that the sky above
    every figure stays calm for the title, and the focal box holds every figure.
    `high`: no sun, a higher horizon, the sea filling most of the frame."""
    flip = bool(rng.random() < 0.5)
    figure = str(rng.choice(SEA_FIGURES))
    n = int(rng.integers(3, 7))
    xs = np.linspace(-0.06, 1.06, 240)
    # the horizon sits low (a wide sky), mid or high (the sea fills the frame), and
    # the figure and the sun swap sides, so two seas are not one picture
    horizon = float(rng.choice((0.76, 0.69, 0.63))) + rng.uniform(-0.01, 0.01)
    horizon += 0.03 * (1.0 - energy)  # a loud sea rises
    left = bool(rng.random() < 0.5)
    sx, r = rng.uniform(0.58, 0.8) if left else rng.uniform(0.15, 0.4), rng.uniform(0.06, 0.11)
    sy = horizon + r * 0.1  # half set: the sky above it stays the title's
    bare = high and not moon
    if bare:
        horizon, r = float(rng.choice((0.64, 0.7, 0.77))) - 0.03 * (1.0 - energy), 0.0
        sy = horizon
    elif rng.random() < 0.45:  # a giant sun or moon rising at the very edge, cropped
        sx, r = rng.uniform(0.9, 0.96), rng.uniform(0.09, 0.11)
        sx = sx if left else 1.0 - sx
        sy = horizon + r * 0.2
    layers = [] if bare else _sun(sx, sy, r, "moon" if moon else "sun")
    figure_at = max(1, n - 3)
    swell, chop = rng.uniform(0.7, 1.9), rng.uniform(0.55, 1.5)  # long rollers or a chop
    bx = rng.uniform(0.18, 0.4) if left else rng.uniform(0.55, 0.78)
    if figure == "gulls":
        for _ in range(int(rng.integers(3, 6))):
            gx, gy = bx + rng.uniform(-0.14, 0.3), horizon - rng.uniform(0.03, 0.08)
            layers.append(Layer(((_gull(gx, gy, rng.uniform(0.05, 0.08)), True),), "gull"))
    tops: list[np.ndarray] = []
    for k in range(n):
        t = k / (n - 1)
        base = horizon + 0.03 + (0.9 - horizon) * t**1.05
        amp = (0.02 + 0.07 * energy) * (0.5 + 0.8 * t) * swell  # a loud song: a rough sea
        f = rng.uniform(1.4, 2.2) * (0.7 + 0.8 * energy) * (1.3 - 0.5 * t) * chop
        ph = rng.uniform(0, 1)
        phase = (f * xs + ph) % 1.0
        crest = np.where(phase < 0.7, (phase / 0.7) ** 2, ((1.0 - phase) / 0.3) ** 0.6)  # curling
        top = base - amp * crest - 0.6 * amp * song(curve, xs + 0.2 * k, k % 2 == 0)
        tops.append(top)
        layers.append(Layer(((([*points(xs, top), (1.06, 1.06), (-0.06, 1.06)]), True),)))
        if k != figure_at:
            continue
        y = float(np.interp(bx, xs, top))
        if figure == "boat":
            hull, sail = _boat(bx, y - 0.02, 0.13 + 0.03 * rng.random())
            layers.insert(len(layers) - 1, Layer(((sail, True), (hull, True)), "boat"))
        elif figure == "lighthouse":
            lx = rng.uniform(0.8, 0.86) if left else rng.uniform(0.14, 0.2)
            layers[-1:-1] = _lighthouse(lx, float(np.interp(lx, xs, top)) - 0.01, 0.13)
        elif figure == "pier":
            layers.insert(len(layers) - 1, _pier(-0.06, rng.uniform(0.42, 0.58), y - 0.035))
    figures = [
        pt for layer in layers if layer.role != "ground" for pts, _ in layer.shapes for pt in pts
    ]
    sky = min([sy - r * 1.45] + [y for x, y in figures if 0.0 <= x <= 1.0])
    focal = (0.0, max(0.0, sky - 0.12), 1.0, 1.0)  # a margin the title keeps off
    return Scene(
        mirror(layers, flip),
        flip_box(focal, flip),
        night=moon,
        shape="waves",
        light=light_angle(not flip),
    )
