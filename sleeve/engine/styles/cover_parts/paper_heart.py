"""A cut-paper heart, made the way one is made by hand rather than an emoji: hearts of
several papers cut one inside the other (each casting its shadow on the one below), a
tunnel of sheets with ever smaller heart-shaped holes, or a heart folded down the
middle, one half in the light and one in shade. The scissors' hand wobbles every
outline; the seed picks the make, size, tilt and place. Geometry only (see
paper_scenes)."""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.styles.cover_parts.paper_scenes import Layer, Points, Scene, hills, rect, wobble

MAKES = ("nested", "tunnel", "folded")
INKS = ("motif3", "motif", "motif2", "light")  # the nested papers, outermost first


def heart_line(
    rng: np.random.Generator, cx: float, cy: float, r: float, tilt: float, rough: float
) -> tuple[np.ndarray, np.ndarray]:
    """A hand-cut heart of about radius r: the heart curve, wobbled and turned by tilt
    (radians); returns xs, ys (120 points, starting at the top dip)."""
    t = np.linspace(0, 2 * np.pi, 120, endpoint=False)
    x = 16 * np.sin(t) ** 3 / 16.0
    y = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t) - 2) / 16.0
    grow = 1.0 + wobble(rng, t / np.pi, rough)
    x, y = x * grow * r, y * grow * r
    cos, sin = np.cos(tilt), np.sin(tilt)
    return cx + x * cos - y * sin, cy + x * sin + y * cos


def _points(xs: np.ndarray, ys: np.ndarray) -> Points:
    """Coordinates as a polygon."""
    return list(zip(xs.tolist(), ys.tolist(), strict=True))


def heart(rng: np.random.Generator, curve: tuple[float, ...], rough: float, broken: bool) -> Scene:
    """The heart scene in one of MAKES (a broken heart: folded and torn in two), over
    low hills unless it is a tunnel; small and off-centre or big and cropped."""
    make = "folded" if broken else str(rng.choice(MAKES))
    r = float(rng.choice((rng.uniform(0.17, 0.23), rng.uniform(0.26, 0.36))))
    cx = float(rng.uniform(0.3, 0.7))
    cy = float(rng.uniform(0.46, 0.6))
    tilt = float(rng.uniform(-0.25, 0.25))
    cut = 0.01 + 2.0 * rough
    box = compose.clip_box((cx - 1.15 * r, cy - 1.0 * r, cx + 1.15 * r, cy + 1.1 * r))
    if make == "tunnel":  # sheets over the whole cover, each hole a bigger heart
        n = int(rng.integers(4, 7))
        layers = [Layer(((rect(-0.05, -0.05, 1.05, 1.05), True),))]
        for k in range(n):
            size = r * (0.35 + 1.3 * k / (n - 1))
            xs, ys = heart_line(rng, cx, cy, size, tilt * (1 - k / n), cut)
            sheet = ((rect(-0.05, -0.05, 1.05, 1.05), True), (_points(xs, ys), False))
            layers.append(Layer(sheet))
        xs, ys = heart_line(rng, cx, cy, r * 0.22, tilt, cut)
        layers.insert(1, Layer(((_points(xs, ys), True),), "motif"))
        return Scene(layers, box, False, "heart")
    layers = hills(rng, curve, float(rng.uniform(0.74, 0.84)), 2, rough)
    if make == "folded":  # the left half lit, the right half in shade
        xs, ys = heart_line(rng, cx, cy, r, 0.0, cut)
        left, right = xs <= cx, xs >= cx
        tear = np.linspace(ys[right][-1], ys[0], 9)  # from the tip up to the dip
        zig = np.full(9, cx)  # the fold, or a zig-zag tear
        if broken:
            zig += 0.05 * r * (np.arange(9) % 2 * 2 - 1)
        gap = 0.03 * r if broken else 0.0
        halves = [
            Layer(
                ((_points(np.r_[xs[right], zig] + gap, np.r_[ys[right], tear]), True),), "motif3"
            ),
            Layer(
                ((_points(np.r_[xs[left], zig[::-1]] - gap, np.r_[ys[left], tear[::-1]]), True),),
                "motif",
            ),
        ]
        return Scene(layers[:1] + halves + layers[1:], box, False, "heart")
    hearts = []
    for k in range(int(rng.integers(3, 5))):  # nested: each paper a little smaller
        size = r * (1.0 - 0.2 * k)
        lift = 0.05 * r * k
        xs, ys = heart_line(rng, cx, cy - lift, size, tilt + rng.uniform(-0.06, 0.06), cut)
        hearts.append(Layer(((_points(xs, ys), True),), INKS[k]))
    return Scene(layers[:1] + hearts + layers[1:], box, False, "heart")
