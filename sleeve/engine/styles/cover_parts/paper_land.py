"""Two paper-cut pictures with a subject of their own:

- road: a pale paper road winding from the bottom edge into layered hills, narrowing
  to the far crest, hidden where a nearer hill rises in front of it, a dashed line
  down its middle and conifers by its side (a road title's, folk's);
- crane: a big origami crane in flight over low hills, its facets lit and in shade.

All leave the sky over them calm for the title.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.paper_scenes import (
    Layer,
    Points,
    Scene,
    flip_box,
    light_angle,
    mirror,
    points,
    song,
)

XS = np.linspace(-0.06, 1.06, 180)


def _hills(rng: np.random.Generator, curve: tuple[float, ...], n: int, horizon: float) -> list:
    """The crests (sampled at XS) of n hill sheets, far to near, from the horizon down."""
    tops = []
    for k in range(n):
        t = k / (n - 1)
        base = horizon + (0.9 - horizon) * t**1.2
        amp = 0.05 * (1.0 - 0.3 * t)
        f, ph = rng.uniform(0.8, 1.5), rng.uniform(0, 6.3)
        top = base - amp * (0.5 + 0.5 * np.sin(2 * np.pi * f * XS + ph))
        tops.append(top - 0.4 * amp * song(curve, XS + 0.2 * k, k % 2 == 1))
    return tops


def _road_path(rng: np.random.Generator, vx: float, vy: float) -> tuple[np.ndarray, ...]:
    """The road's centre and half-width from the bottom edge (wide) to (vx, vy) (a
    point), winding in an S that shrinks with distance."""
    t = np.linspace(0.0, 1.0, 260)
    depth = (1.0 - t) ** 2  # 1 at the bottom edge, 0 at the vanishing point
    y = vy + (1.08 - vy) * depth
    swing, f, ph = rng.uniform(0.22, 0.34), rng.uniform(1.1, 1.6), rng.uniform(0, 6.3)
    x = vx + (rng.uniform(-0.15, 0.15) + swing * np.sin(2 * np.pi * f * t + ph)) * depth
    half = 0.004 + rng.uniform(0.17, 0.22) * depth
    return x, y, half


def _runs(x: np.ndarray, y: np.ndarray, tops: list[np.ndarray]) -> list[tuple[int, int, int]]:
    """The road's runs (start, end, sheet): each run lies on the front-most sheet whose
    crest is above it, so a nearer hill hides the road behind its crest."""
    sheet = np.full(len(x), -1)
    for k, top in enumerate(tops):
        sheet = np.where(y >= np.interp(x, XS, top) - 0.002, k, sheet)
    runs, start = [], 0
    for i in range(1, len(x) + 1):
        if i == len(x) or sheet[i] != sheet[start]:
            if sheet[start] >= 0 and i - start > 1:
                runs.append((start, min(i + 1, len(x)), int(sheet[start])))
            start = i
    return runs


def _strip(x: np.ndarray, y: np.ndarray, half: np.ndarray) -> Points:
    """A strip along (x, y), half wide on each side, as one outline."""
    return [*points(x - half, y), *points(x[::-1] + half[::-1], y[::-1])]


def _dashes(x: np.ndarray, y: np.ndarray, half: np.ndarray) -> list[tuple[Points, bool]]:
    """The dashed middle line: every other short stretch where the road is wide."""
    out: list[tuple[Points, bool]] = []
    step = 9
    for i in range(0, len(x) - step, 2 * step):
        if half[i] < 0.03:
            break
        j = slice(i, i + step)
        out.append((_strip(x[j], y[j], half[j] * 0.07), True))
    return out


def _conifer(x: float, y: float, h: float, tiers: int = 3) -> Points:
    """A paper conifer standing at (x, y), h tall: `tiers` stacked tiers and a stub."""
    w = h * 0.38
    left: Points = [(x - w * 0.1, y), (x - w * 0.1, y - h * 0.1)]
    for k in range(tiers):
        lo = y - h * (0.1 + 0.8 * k / tiers)
        wide = w * (1.0 - 0.55 * k / tiers)
        left += [(x - wide, lo), (x - wide * 0.45, lo - h * 0.9 / tiers * 0.55)]
    left.append((x, y - h))
    right = [(2 * x - px, py) for px, py in reversed(left[:-1])]
    return [*left, *right]


def road(rng: np.random.Generator, curve: tuple[float, ...], night: bool) -> Scene:
    """A road winding from the bottom edge over layered hills to the far crest, the
    sky above calm for the title; `night`: a night scene (no moon: the road is the
    picture, and a big title stood over the moon)."""
    flip = bool(rng.random() < 0.5)
    n = int(rng.integers(4, 6))
    horizon = rng.uniform(0.5, 0.58)  # low: a big title may stand over the far hills
    tops = _hills(rng, curve, n, horizon)
    vx = rng.uniform(0.42, 0.62)
    vy = float(np.interp(vx, XS, tops[1])) + 0.012
    x, y, half = _road_path(rng, vx, vy)
    pieces: dict[int, list[Layer]] = {}
    for start, end, k in _runs(x, y, tops):
        seg = slice(start, end)
        found = [Layer(((_strip(x[seg], y[seg], half[seg]), True),), "cloud")]
        dashes = _dashes(x[seg], y[seg], half[seg])
        found += [Layer(tuple(dashes), "glow")] if dashes else []
        pieces.setdefault(k, []).extend(found)
    layers: list[Layer] = []
    for k, top in enumerate(tops):
        layers.append(Layer((([*points(XS, top), (1.06, 1.06), (-0.06, 1.06)], True),)))
        layers += pieces.get(k, [])
        if k == n - 2:  # a few conifers by the road on the near hill, away from it
            at = float(np.interp(float(top.mean()), y[::-1], x[::-1]))  # the road there
            side = -1.0 if at > 0.5 else 1.0
            x0 = 0.5 + side * rng.uniform(0.3, 0.4)
            stand = []
            for j in range(int(rng.integers(2, 4))):
                tx = x0 + side * j * 0.05
                ty = float(np.interp(tx, XS, top)) + 0.01
                stand.append((_conifer(tx, ty, rng.uniform(0.1, 0.16), 2), True))
            layers.append(Layer(tuple(stand), "tree"))
    highest = min(float(top[(XS >= 0) & (XS <= 1)].min()) for top in tops[:2])
    focal = (0.0, max(0.0, highest - 0.04), 1.0, 1.0)
    return Scene(
        mirror(layers, flip), flip_box(focal, flip), night=night, shape="road",
        light=light_angle(flip),
    )  # fmt: skip


# an origami crane in flight, facing right, in a unit box (y down): its facets back to
# front, each a role ("crane" the lit paper, "crane2" the fold in shade)
CRANE = (
    ("crane2", ((0.47, 0.5), (0.86, 0.1), (0.6, 0.5))),  # the far wing
    ("crane", ((0.37, 0.56), (0.02, 0.36), (0.46, 0.52))),  # the tail
    ("crane", ((0.37, 0.56), (0.5, 0.47), (0.5, 0.7))),  # the body, lit half
    ("crane2", ((0.5, 0.47), (0.66, 0.56), (0.5, 0.7))),  # the body, shaded half
    ("crane2", ((0.59, 0.53), (0.9, 0.3), (0.66, 0.56))),  # the neck
    ("crane2", ((0.9, 0.3), (1.0, 0.38), (0.88, 0.34))),  # the head, bent down
    ("crane", ((0.39, 0.5), (0.14, 0.04), (0.5, 0.5))),  # the near wing, lit facet
    ("crane2", ((0.14, 0.04), (0.61, 0.5), (0.5, 0.5))),  # the near wing, fold
)


def crane(rng: np.random.Generator, curve: tuple[float, ...], energy: float) -> Scene:
    """A big origami crane in flight over low layered hills, its facets lit and in
    shade, its wings raised higher the louder the song; the sky above it calm for the
    title."""
    flip = bool(rng.random() < 0.5)
    s = rng.uniform(0.5, 0.62)
    cx, cy = rng.uniform(0.44, 0.58), rng.uniform(0.6, 0.66)
    lift = 0.85 + 0.3 * energy  # loud: the wings reach higher
    layers = [
        Layer(((pts, True),))
        for pts in (
            [*points(XS, top), (1.06, 1.06), (-0.06, 1.06)]
            for top in _hills(rng, curve, 3, rng.uniform(0.8, 0.86))
        )
    ]
    tip = cy - 0.5 * s
    for role, facet in CRANE:
        pts = [
            (cx + (u - 0.5) * s, cy + (v - 0.5) * s * (lift if v < 0.2 else 1.0)) for u, v in facet
        ]
        layers.append(Layer(((pts, True),), role))
        tip = min(tip, *(y for _, y in pts))
    focal = (max(0.0, cx - 0.5 * s), max(0.0, tip - 0.02), min(1.0, cx + 0.5 * s), 1.0)
    return Scene(
        mirror(layers, flip), flip_box(focal, flip), shape="crane", light=light_angle(flip),
        lift=1.3,
    )  # fmt: skip
