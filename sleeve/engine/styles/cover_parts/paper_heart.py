"""Paper-cut hearts, each one heart designed, never a heart nested in a heart (two
reviewers read that as a Valentine's card):

- fire: a dark front sheet with one big heart cut out of it, and through the hole
  layered tongues of flame (deep red, orange, yellow; as tall as the song is loud)
  and a few sparks, for a title that names fire and a heart; a title that names fire
  alone sees the flames through a hearth's arch instead (three paper hearts on one
  sheet read as a template);
- dots: a heart made of many small cut dots and confetti squares in three papers,
  big at its heart and small at its edge (a halftone in paper);
- split: a sad song's heart, huge (it fills most of the frame): two halves of a
  heart built of stacked sheets (deep red behind, bright in front, so its edges show
  their thickness), cracked along a jagged line and tilted apart, light pouring
  through the gap onto a halo behind it. The small torn heart low in a wide field is
  retired (art directors: "a clip-art broken heart on plain grey");
- beat: a heartbeat title's pulse, the monitor's trace cut as the edge of stacked
  sheets in the lower half, its beats the tempo's and its spikes the energy curve's (a
  broken heart for "heartbeat" contradicted the title; a glossy heart with sound arcs
  read as a 3D emoji).
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine.styles.cover_parts.paper_design import heart
from sleeve.engine.styles.cover_parts.paper_scenes import (
    FULL,
    Layer,
    Points,
    Scene,
    curve_at,
    disc,
    flip_box,
    mirror,
    points,
    rect,
)


def _box(pts: Points) -> tuple[float, float, float, float]:
    """The points' bounding box, clipped to the cover."""
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return (max(0.0, min(xs)), max(0.0, min(ys)), min(1.0, max(xs)), min(1.0, max(ys)))


def _tongue(x: float, foot: float, w: float, h: float, lean: float) -> Points:
    """A flame's tongue standing at (x, foot), w wide at its base and h tall, its tip
    pointed and swept sideways by `lean`."""
    s = np.linspace(0.0, 1.0, 18)
    half = w / 2 * (1.0 - s) ** 0.75 * (1.0 + 0.35 * np.sin(np.pi * s))
    mid = x + lean * w * s**2
    ys = foot - h * s
    return [*points(mid - half, ys), *points(mid[::-1] + half[::-1], ys[::-1])]


def fire(
    rng: np.random.Generator, curve: tuple[float, ...], energy: float, hearth: bool = False
) -> Scene:
    """A heart (or, `hearth`, a hearth's arch) cut out of a dark front sheet, flames
    rising behind it."""
    r = rng.uniform(0.36, 0.41)  # big enough to carry the cover
    cx = 0.5 + rng.choice((-1.0, 1.0)) * rng.uniform(0.0, 0.06)
    cy = rng.uniform(0.55, 0.58)
    hole = _arch(cx, cy, r) if hearth else heart(cx, cy, r, n=160)
    x0, y0, x1, y1 = _box(hole)
    layers = []
    for k, (role, reach) in enumerate((("flame0", 1.0), ("flame1", 0.72), ("flame2", 0.45))):
        n = int(rng.integers(5, 8))
        heights = curve_at(curve, n)
        shapes: list[tuple[Points, bool]] = [(rect(-0.05, y1 - 0.08 * k, 1.05, 1.05), True)]
        for j in range(n):
            x = x0 + (x1 - x0) * (j + rng.uniform(0.2, 0.8)) / n
            h = (y1 - y0) * reach * (0.55 + 0.35 * heights[j] + 0.2 * energy)
            w = (x1 - x0) / n * rng.uniform(1.5, 2.1)
            shapes.append((_tongue(x, y1 + 0.02, w, h, rng.uniform(-0.5, 0.5)), True))
        layers.append(Layer(tuple(shapes), role))
    sparks = []
    for _ in range(int(rng.integers(4, 9))):
        sx, sy, s = rng.uniform(x0 + 0.05, x1 - 0.05), rng.uniform(y0 + 0.05, cy), 0.012
        sparks.append(([(sx, sy - s), (sx + s * 0.6, sy), (sx, sy + s), (sx - s * 0.6, sy)], True))
    layers.append(Layer(tuple(sparks), "flame2"))
    layers.append(Layer(((FULL, True), (hole, False)), "wall"))
    return Scene(layers, _box(hole), shape="hearth" if hearth else "heart-fire", lift=1.3)


def _arch(cx: float, cy: float, r: float) -> Points:
    """A hearth's round-topped arch about as big as the heart of radius `r`: straight
    jambs standing on the cover's lower part, a half circle over them."""
    half, top, foot = 0.8 * r, cy - 0.35 * r, cy + 1.0 * r
    crown = [(cx - half * np.cos(t), top - half * np.sin(t)) for t in np.linspace(0.0, np.pi, 48)]
    return [(cx - half, foot), *crown, (cx + half, foot)]


def _inside(outline: Points, res: int = 96) -> np.ndarray:
    """The outline filled as a boolean grid res x res (y, x) over the cover."""
    img = Image.new("1", (res, res), 0)
    ImageDraw.Draw(img).polygon([(x * res, y * res) for x, y in outline], fill=1)
    return np.asarray(img, dtype=bool)


def dots(rng: np.random.Generator, curve: tuple[float, ...], energy: float) -> Scene:
    """A heart of many cut dots and confetti squares, off the centre, each as big as
    it lies near the heart's middle (and the song is loud there)."""
    r = rng.uniform(0.35, 0.4)  # under a third of the frame, a heart reads thin
    cx, cy = rng.uniform(0.43, 0.5), rng.uniform(0.55, 0.59)
    outline = heart(cx, cy, r)
    grid, res = _inside(outline), 96
    step = rng.uniform(0.038, 0.046)
    loud = curve_at(curve, 12)
    papers: list[list[tuple[Points, bool]]] = [[], [], []]
    for y in np.arange(step / 2, 1.0, step * 0.87):
        row = int(round(y / (step * 0.87)))
        for x in np.arange(step / 2 + (row % 2) * step / 2, 1.0, step):
            px, py = x + rng.normal(0, step * 0.08), y + rng.normal(0, step * 0.08)
            if not grid[min(res - 1, int(py * res)), min(res - 1, int(px * res))]:
                continue
            near = 1.0 - min(1.0, np.hypot((px - cx) / r, (py - cy - 0.2 * r) / r) / 1.4)
            size = step * (0.2 + 0.3 * near + 0.12 * loud[min(11, int(px * 12))])
            paper = int(rng.choice(3, p=(0.55, 0.3, 0.15)))
            if rng.random() < 0.25:  # a confetti square, turned
                a = rng.uniform(0, np.pi / 2)
                sq = [
                    (px + size * np.cos(a + q), py + size * np.sin(a + q))
                    for q in (0, 1.57, 3.14, 4.71)
                ]
                papers[paper].append((sq, True))
            else:
                papers[paper].append((disc(px, py, size, n=20), True))
    layers = [Layer(tuple(shapes), f"dot{k}") for k, shapes in enumerate(papers) if shapes]
    flip = bool(rng.random() < 0.5)
    return Scene(mirror(layers, flip), flip_box(_box(outline), flip), shape="heart-dots", lift=0.6)


def _crack(x: float, top: float, bottom: float, rng: np.random.Generator) -> Points:
    """A crack from the heart's notch down to its point: a jagged line about x, its
    teeth uneven."""
    n = int(rng.integers(7, 11))
    ys = np.sort(rng.uniform(top, bottom, n - 1))
    amp = (bottom - top) * rng.uniform(0.045, 0.075)
    sides = np.array([1.0 if k % 2 else -1.0 for k in range(n - 1)])
    xs = x + sides * amp * rng.uniform(0.5, 1.2, n - 1)
    return points(np.array([x, *xs, x]), np.array([top, *ys, bottom]))


def _moved(pts: Points, dx: float, pivot: tuple[float, float], ang: float) -> Points:
    """Points turned by ang about pivot, then moved dx to the side."""
    c, s = np.cos(ang), np.sin(ang)
    px, py = pivot
    return [
        (px + (x - px) * c - (y - py) * s + dx, py + (x - px) * s + (y - py) * c) for x, y in pts
    ]


SHEETS = ("heart0", "heart1", "heart")  # a split heart's stacked papers, back to front


def split(rng: np.random.Generator, curve: tuple[float, ...], energy: float) -> Scene:
    """A huge heart of stacked sheets split along a crack, its halves tilted apart
    about its point, a wedge of light pouring through the gap and down onto a halo
    behind the heart; the sky above stays calm for the title."""
    r = rng.uniform(0.38, 0.43)
    cx, cy = rng.uniform(0.47, 0.53), rng.uniform(0.56, 0.6)
    t = np.linspace(0, np.pi, 80)
    x = 16 * np.sin(t) ** 3
    y = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t))
    right = points(cx + r * x / 16, cy + r * (y + 2) / 16)
    left = [(2 * cx - px, py) for px, py in right]
    crack = _crack(cx, right[0][1], right[-1][1], rng)
    wide = 0.5 + 0.5 * float(np.mean(curve_at(curve, 8)))  # a loud song: a wider break
    gap, ang = rng.uniform(0.018, 0.026), rng.uniform(0.045, 0.07) * (0.8 + 0.4 * wide)
    pivot = right[-1]
    halves = (
        _moved([*left, *crack[::-1]], -gap, pivot, -ang),
        _moved([*right, *crack[::-1]], gap, pivot, ang),
    )
    notch = right[0][1]
    spread = rng.uniform(0.16, 0.26)
    beam = [(cx - 0.01, notch - 0.02), (cx + 0.01, notch - 0.02),
            (cx + spread, 1.06), (cx - spread, 1.06)]  # fmt: skip
    layers = [
        Layer(((disc(cx, cy + 0.04, r * rng.uniform(1.12, 1.22), n=140), True),), "halo"),
        Layer(((beam, True),), "light"),
    ]
    depth = rng.uniform(0.011, 0.015)  # each sheet stands a little up and towards the light
    for k, role in enumerate(SHEETS):
        dx, dy = (2 - k) * depth * 0.6, (2 - k) * depth
        layers.append(
            Layer(tuple(([(px + dx, py + dy) for px, py in half], True) for half in halves), role)
        )
    flip = bool(rng.random() < 0.5)
    focal = _box([*halves[0], *halves[1]])
    return Scene(mirror(layers, flip), flip_box(focal, flip), shape="heart-split", lift=1.5)


def _pulse(xs: np.ndarray, beats: np.ndarray, heights: np.ndarray, width: float) -> np.ndarray:
    """A heart monitor's trace over xs (its rise, up is positive): flat, and at each
    beat a small P bump, the QRS (a dip, a tall spike as high as that beat's
    `heights`, a deep dip) and a rounded T bump, the beat `width` wide."""
    y = np.zeros_like(xs)
    for b, h in zip(beats, heights, strict=True):
        u = (xs - b) / width  # -0.5 .. 0.5 about the spike
        y += 0.08 * h * np.exp(-(((u + 0.32) / 0.06) ** 2))  # P
        y -= 0.12 * h * np.exp(-(((u + 0.07) / 0.025) ** 2))  # Q
        y += h * np.clip(1.0 - np.abs(u) / 0.06, 0.0, None) ** 1.2  # R: a sharp spike
        y -= 0.3 * h * np.exp(-(((u - 0.07) / 0.025) ** 2))  # S
        y += 0.16 * h * np.exp(-(((u - 0.3) / 0.08) ** 2))  # T
    return y


PULSE_SHEETS = ("pulse0", "pulse1", "heart1", "heart0", "heart")  # back to front


def beat(
    rng: np.random.Generator, curve: tuple[float, ...], energy: float, tempo: float = 100.0
) -> Scene:
    """A heartbeat: the monitor's trace cut as the top edge of four or five stacked
    sheets, a landscape of pulses in the lower half, each sheet lower and nearer than
    the one behind, its beats as many across the frame as the song is fast and each
    spike as tall as the song is loud at its moment (the energy curve); the back sheets
    beat a little later, like an echo. The glossy heart with sound arcs read as a 3D
    emoji on grey ("clip-art, not Bollywood"): the heart is in the title, the paper
    shows its beat. The sky above stays calm for the title."""
    sheets = 4 + int(energy > 0.55)
    roles = PULSE_SHEETS[-sheets:]
    count = int(np.clip(round(tempo / 60.0), 1, 3))  # beats across the front sheet
    xs = np.linspace(-0.06, 1.06, 420)
    loud = curve_at(curve, sheets * count + 1)
    phase = rng.uniform(0.1, 0.9)
    layers, tops = [], []
    for k, role in enumerate(roles):  # back to front
        near = k / max(1, sheets - 1)  # 0 at the back, 1 in front
        base = 0.56 + 0.34 * near**0.8 + rng.uniform(-0.012, 0.012)
        n = count + (sheets - 1 - k + 1) // 2  # farther sheets: more, smaller beats
        step = 1.0 / n
        beats = (np.arange(-1, n + 1) + phase + 0.13 * (sheets - 1 - k)) * step
        beats = beats[(beats > -0.08) & (beats < 1.08)]
        tall = (0.09 + 0.36 * near**1.6) * (0.6 + 0.4 * energy)
        heights = tall * (0.55 + 0.6 * loud[k * count : k * count + len(beats)])
        if len(heights) < len(beats):
            heights = np.resize(heights, len(beats))
        ys = base - _pulse(xs, beats, heights, min(0.42, step * 0.9))
        edge = points(xs, ys)
        tops.append(float(ys.min()))
        layers.append(Layer((([(1.06, 1.06), (-0.06, 1.06), *edge], True),), role))
    flip = bool(rng.random() < 0.5)
    focal = (0.0, max(0.38, min(tops) - 0.02), 1.0, 1.0)
    return Scene(mirror(layers, flip), flip_box(focal, flip), shape="heart-beat", lift=1.3)
