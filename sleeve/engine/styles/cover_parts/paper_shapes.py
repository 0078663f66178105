"""Paper-cut scenes around one big cut-out shape (a sun, a crescent moon, a heart, a
star, a flower, a duck) on layered ground, a window frame looking out on another
scene, and the (rare) concentric crater. Geometry only, in fractions of the side;
see paper_scenes."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from sleeve.engine import compose
from sleeve.engine.styles.cover_parts.paper_scenes import (
    Layer,
    Points,
    Scene,
    disc,
    hills,
    rect,
    sky_body,
    waves,
    wobble,
)

SHAPES = ("sun", "moon", "heart", "star", "flower", "duck")


def _polar(cx: float, cy: float, radii: np.ndarray, spin: float) -> Points:
    """A closed outline from radii spread evenly around a centre."""
    t = np.linspace(0, 2 * np.pi, len(radii), endpoint=False) + spin
    return list(
        zip((cx + radii * np.cos(t)).tolist(), (cy + radii * np.sin(t)).tolist(), strict=True)
    )


def _heart(cx: float, cy: float, r: float) -> Points:
    """The classic heart curve scaled to about radius r."""
    t = np.linspace(0, 2 * np.pi, 120, endpoint=False)
    x = 16 * np.sin(t) ** 3
    y = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t))
    s = r / 16.0
    return list(zip((cx + s * x).tolist(), (cy + s * (y + 2)).tolist(), strict=True))


def _shape_layers(rng: np.random.Generator, shape: str, cx: float, cy: float, r: float) -> list:
    """The big shape as one or two layers (a sun's rays and disc, a flower's petals
    and heart)."""
    if shape == "sun":
        n = int(rng.integers(10, 18))
        rays = np.where(np.arange(2 * n) % 2 == 0, r * 1.45, r * 1.08)
        return [
            Layer(((_polar(cx, cy, rays, float(rng.uniform(0, 1))), True),), "light"),
            Layer(((disc(cx, cy, r), True),), "sun"),
        ]
    if shape == "moon":
        return [sky_body(rng, True, cx, cy, r)]
    if shape == "heart":
        return [Layer(((_heart(cx, cy, r), True),), "motif")]
    if shape == "star":
        radii = np.where(np.arange(10) % 2 == 0, r * 1.15, r * 0.48)
        return [Layer(((_polar(cx, cy, radii, -np.pi / 2), True),), "motif")]
    if shape == "flower":
        k = int(rng.integers(5, 9))
        petals = [
            (disc(cx + 0.62 * r * np.cos(a), cy + 0.62 * r * np.sin(a), 0.42 * r), True)
            for a in np.linspace(0, 2 * np.pi, k, endpoint=False) + rng.uniform(0, 1)
        ]
        stem = rect(cx - 0.012, cy, cx + 0.012, 1.05)
        leaf = disc(cx + 0.08, cy + 1.4 * r, 0.09, 0.035)
        return [
            Layer(((stem, True), (leaf, True)), "ground"),
            Layer(tuple(petals), "motif"),
            Layer(((disc(cx, cy, 0.36 * r), True),), "sun"),
        ]
    return [Layer(tuple(_duck(cx, cy, r, bool(rng.random() < 0.5))), "motif")]


def _duck(cx: float, cy: float, r: float, left: bool) -> list:
    """A round duck floating: body, head, beak and tail, an eye cut through."""
    d = -1.0 if left else 1.0
    hx, hy = cx + d * 0.55 * r, cy - 0.75 * r
    beak = [
        (hx + d * 0.3 * r, hy - 0.02 * r),
        (hx + d * 0.75 * r, hy + 0.1 * r),
        (hx + d * 0.3 * r, hy + 0.2 * r),
    ]
    tail = [
        (cx - d * 0.7 * r, cy - 0.1 * r),
        (cx - d * 1.15 * r, cy - 0.55 * r),
        (cx - d * 0.95 * r, cy + 0.1 * r),
    ]
    return [
        (disc(cx, cy, r, 0.62 * r), True),
        (disc(hx, hy, 0.4 * r), True),
        (beak, True),
        (tail, True),
        (disc(hx + d * 0.12 * r, hy - 0.08 * r, 0.06 * r), False),
    ]


def emblem(rng: np.random.Generator, curve: tuple[float, ...], shape: str, rough: float):
    """One big shape (off-centre, on a third) over two or three ground sheets (sea
    swells under a duck)."""
    r = float(rng.uniform(0.17, 0.24))
    cx = float(rng.choice((0.36, 0.5, 0.64)) + rng.uniform(-0.04, 0.04))
    cy = float(rng.uniform(0.4, 0.5))
    if shape == "duck":
        sea = waves(rng, curve, 0.2, False, "far").layers[1:]
        cy = float(rng.uniform(0.55, 0.62))
        layers = sea[:2] + _shape_layers(rng, shape, cx, cy, r) + sea[3:]
        return Scene(
            layers,
            compose.clip_box((cx - 1.2 * r, cy - 1.3 * r, cx + 1.2 * r, cy + 0.7 * r)),
            False,
            shape,
        )
    front = hills(rng, curve, float(rng.uniform(0.62, 0.72)), int(rng.integers(2, 4)), rough)
    if shape == "moon":
        layout = "stand"
    else:
        layout = str(rng.choice(("stand", "cutout", "giant", "parade"), p=(0.3, 0.25, 0.25, 0.2)))
    if layout == "cutout":  # the shape is a hole in a sheet over the whole cover
        r = float(rng.uniform(0.26, 0.32))
        cut = _shape_layers(rng, shape, cx, cy, r)
        hole = [(points, False) for layer in cut for points, add in layer.shapes if add]
        sheet = Layer(((rect(-0.05, -0.05, 1.05, 1.05), True), *hole), "motif")
        box = compose.clip_box((cx - 1.2 * r, cy - 1.2 * r, cx + 1.2 * r, cy + 1.2 * r))
        return Scene([*front, sheet], box, False, "")
    if layout == "giant":  # huge, cropped by an edge
        r = float(rng.uniform(0.34, 0.42))
        cx = float(rng.choice((0.12, 0.88)))
        cy = float(rng.uniform(0.3, 0.5))
    elif layout == "parade":  # a few of them at different depths, between the hills
        layers = []
        for k, hill in enumerate(front):
            size = r * (0.45 + 0.25 * k)
            x = float(rng.uniform(0.2, 0.8))
            layers += _shape_layers(rng, shape, x, float(rng.uniform(0.25, 0.55)), size)
            layers.append(hill)
        return Scene(layers, (0.1, 0.15, 0.9, 0.75), False, shape)
    layers = front[:1] + _shape_layers(rng, shape, cx, cy, r) + front[1:]
    box = compose.clip_box((cx - 1.45 * r, cy - 1.45 * r, cx + 1.45 * r, cy + 1.45 * r))
    return Scene(layers, box, shape == "moon", shape)


def window(rng: np.random.Generator, outside: Scene, kind: str = "") -> Scene:
    """A wall with an arched, round or square window (`kind`, else the seed's) cut in
    it; `outside` is seen through it. The seed sets its scale (a small window, or a
    row of ship's portholes, in a wide wall; a mid one; a huge one cropped by the
    frame's edges), where it sits on an off-centre grid, the bars (none, a cross,
    one upright, small panes) and the trim (a sill, or a porthole's riveted rim)."""
    kind = kind or str(rng.choice(("arch", "round", "square")))
    scale = str(rng.choice(("small", "mid", "huge"), p=(0.3, 0.35, 0.35)))
    w = float(
        {"small": rng.uniform(0.24, 0.32), "mid": rng.uniform(0.44, 0.58)}.get(
            scale, rng.uniform(0.8, 1.05)
        )
    )
    cx = float(rng.choice((0.3, 0.4, 0.6, 0.7)) + rng.uniform(-0.03, 0.03))
    if scale == "huge":
        cx = float(rng.choice((0.25, 0.5, 0.75)))
        y0, y1 = float(rng.uniform(0.3, 0.36)), 1.1
    elif scale == "small":
        y0 = float(rng.uniform(0.4, 0.6))
        y1 = y0 + w * float(rng.uniform(1.0, 1.5))
    else:
        cx = float(0.5 + rng.uniform(-0.14, 0.14))
        y0, y1 = float(rng.uniform(0.3, 0.4)), float(rng.uniform(0.8, 0.86))
    count = int(rng.integers(2, 4)) if scale == "small" and kind == "round" else 1
    bars = str(rng.choice(("none", "cross", "upright", "panes"), p=(0.25, 0.35, 0.2, 0.2)))
    wall = rect(-0.05, -0.05, 1.05, 1.05)
    opening: list = []
    solid: list = []
    trim: list = []
    bar = 0.006 + 0.004 * w
    if kind == "round":
        r = min(w, y1 - y0) / 2 if scale != "huge" else w / 2
        cy = (y0 + y1) / 2 if scale != "huge" else y0 + r
        r = min(r, 0.84 / (2 + 2.6 * (count - 1)))  # a row of portholes fits across
        gap = 2.6 * r
        first = float(np.clip(cx - gap * (count - 1) / 2, r + 0.04, 0.96 - r - gap * (count - 1)))
        for i in range(count):
            x = first + gap * i
            opening.append((disc(x, cy, r), False))
            if bars in ("cross", "panes"):
                solid += [
                    rect(x - bar, cy - r, x + bar, cy + r),
                    rect(x - r, cy - bar, x + r, cy + bar),
                ]
            elif bars == "upright":
                solid.append(rect(x - bar, cy - r, x + bar, cy + r))
            if rng.random() < 0.6:  # a porthole's rim with rivets
                rim = r * float(rng.uniform(0.1, 0.2))
                trim.append((disc(x, cy, r + rim), True))
                trim.append((disc(x, cy, r), False))
                t = np.linspace(0, 2 * np.pi, 8, endpoint=False) + float(rng.uniform(0, 1))
                for a in t:
                    px, py = x + (r + rim / 2) * np.cos(a), cy + (r + rim / 2) * np.sin(a)
                    trim.append((disc(float(px), float(py), rim * 0.22, n=12), True))
        box = (first - r, cy - r, first + gap * (count - 1) + r, cy + r)
    else:
        top = y0 + w / 2 if kind == "arch" else y0
        opening.append((rect(cx - w / 2, top, cx + w / 2, y1), False))
        if kind == "arch":
            opening.append((disc(cx, top, w / 2), False))
        if bars != "none":
            solid.append(rect(cx - bar, y0, cx + bar, y1))
        if bars in ("cross", "panes"):
            for k in range(1 if bars == "cross" else 3):
                y = top + (min(y1, 1.0) - top) * (k + 1) / (2 if bars == "cross" else 4)
                solid.append(rect(cx - w / 2, y - bar, cx + w / 2, y + bar))
        if bars == "panes":
            solid += [rect(x - bar, y0, x + bar, y1) for x in (cx - w / 4, cx + w / 4)]
        box = (cx - w / 2, y0, cx + w / 2, y1)
        if y1 < 0.95:
            trim.append((rect(box[0] - 0.05, y1, box[2] + 0.05, y1 + 0.035), True))
    frame = Layer(((wall, True), *opening, *((b, True) for b in solid)), "frame")
    layers = [*outside.layers, frame] + ([Layer(tuple(trim), "frame")] if trim else [])
    focal = compose.clip_box((box[0] - 0.05, box[1], box[2] + 0.05, box[3] + 0.04))
    return replace(outside, layers=layers, focal=focal)


def crater(rng: np.random.Generator, energy: float):
    """Sheets with round holes, each deeper sheet's hole smaller: a paper crater."""
    cx, cy = float(rng.uniform(0.3, 0.7)), float(rng.uniform(0.35, 0.65))
    n = int(rng.integers(4, 8))
    t = np.linspace(0, 2 * np.pi, 96, endpoint=False)
    layers = [Layer(((rect(-0.05, -0.05, 1.05, 1.05), True),))]
    for k in range(1, n):
        r = 0.06 + 0.34 * k / n
        rr = r * (1 + wobble(rng, t / np.pi, 0.04 + 0.06 * energy))
        hole = list(
            zip((cx + rr * np.cos(t)).tolist(), (cy + rr * np.sin(t)).tolist(), strict=True)
        )
        layers.append(Layer(((rect(-0.05, -0.05, 1.05, 1.05), True), (hole, False))))
    return Scene(layers, (cx - 0.25, cy - 0.25, cx + 0.25, cy + 0.25))  # inside: cx, cy in 0.3..0.7
