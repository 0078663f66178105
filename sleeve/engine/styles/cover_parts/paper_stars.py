"""A parade of paper stars for a title that names stars and a parade (별빛 Parade): a
procession of cut stars marching up across the night along a paper streamer, small
at its tail and big at its head, bobbing with the energy curve.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.paper_scenes import (
    Layer,
    Points,
    Scene,
    curve_at,
    flip_box,
    mirror,
    points,
)


def star(cx: float, cy: float, r: float, turn: float) -> Points:
    """A five-pointed star of outer radius r about (cx, cy), turned by `turn`."""
    t = turn - np.pi / 2 + np.arange(10) * np.pi / 5
    rad = np.where(np.arange(10) % 2 == 0, r, r * 0.46)
    return points(cx + rad * np.cos(t), cy + rad * np.sin(t))


def _path(s: np.ndarray, rise: float, bob: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The procession's line at s (0 tail .. 1 head): from low left rising to the
    right along a gentle arc, bobbing by `bob`."""
    x = 0.06 + 0.8 * s
    y = 0.9 - rise * s - 0.12 * np.sin(np.pi * s) + bob
    return x, y


def parade(rng: np.random.Generator, curve: tuple[float, ...], energy: float) -> Scene:
    """Six to ten stars along a rising streamer, each bigger than the one behind it,
    in two papers taking turns, the head star gold; the streamer a band of paper
    under them. A louder song: more stars, and they bob higher."""
    n = 6 + int(round(4 * energy))
    rise = rng.uniform(0.34, 0.46)
    loud = curve_at(curve, n) - float(np.mean(curve_at(curve, n)))
    s = np.linspace(0.0, 1.0, n)
    xs, ys = _path(s, rise, loud * (0.05 + 0.06 * energy))
    sizes = 0.045 + (rng.uniform(0.13, 0.16) - 0.045) * s**1.4
    fine = np.linspace(0.0, 1.0, 60)
    fx, fy = _path(fine, rise, np.interp(fine, s, loud) * (0.05 + 0.06 * energy))
    width = 0.008 + 0.022 * fine
    low = fy + 0.03
    streamer = [*points(fx - 0.04, low - width), *points(fx[::-1] - 0.04, (low + width)[::-1])]
    papers: tuple[list[tuple[Points, bool]], ...] = ([], [])
    for k in range(n - 1):
        turn = rng.uniform(-0.35, 0.35)
        papers[k % 2].append((star(float(xs[k]), float(ys[k]), float(sizes[k]), turn), True))
    head = star(float(xs[-1]), float(ys[-1]), float(sizes[-1]), rng.uniform(-0.2, 0.2))
    layers = [
        Layer(((streamer, True),), "moonshade"),
        Layer(tuple(papers[0]), "star"),
        Layer(tuple(papers[1]), "ring"),
        Layer(((head, True),), "motif"),
    ]
    top = float(min(ys - sizes))
    flip = bool(rng.random() < 0.5)
    focal = (0.0, max(0.0, top - 0.02), 1.0, 1.0)
    return Scene(mirror(layers, flip), flip_box(focal, flip), night=True, shape="stars", lift=1.2)
