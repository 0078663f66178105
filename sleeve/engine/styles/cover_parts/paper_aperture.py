"""Paper cut's window into layers: a front sheet in the field's paper with openings cut
in it, a thin mat of accent paper inside each edge showing the cut's thickness, and
through them a stack of ground sheets whose crests are the song.

The song moves the openings (round 15: the same arch on the right third stood on
seven bench tracks): one to three arches as it is fast (an arcade over one landscape),
one arch as wide as it is loud (a narrow window in a wide field, or a wide one the
frame's side crops), pointed when it is turbulent, on a sill or running off the foot;
or one round hole as big as the song is loud, anywhere low in the frame.

A title naming a heart or a star gets that subject as the opening, cut huge and
cropped by the frame (a window, never a clip-art figure centred on a card).

The music moves the stack: the louder the song, the more sheets (three to eight) and
the taller their crests; a turbulent song cuts them as jagged ridges, a smooth one as
rolling swells; a fast one packs them closer. A sun or moon (a sun title's, or the
seed's) hangs low behind the far sheets. The rest of the front sheet is calm: the
title's.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.paper_design import heart
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
from sleeve.engine.styles.cover_parts.paper_stars import star

BIG = rect(-1.0, -1.0, 2.0, 2.0)  # a sheet wider than the frame: every hole lies inside it
# the seed's; "heart" and "star" the title's. The narrow slit is retired: its pill
# came back twice in three tracks and rose into the title (review J)
SHAPES = ("arch", "round")


def sheets(energy: float, tempo: float) -> int:
    """How many ground sheets the window shows: three for a quiet ballad, eight for a
    loud, fast song."""
    return int(np.clip(round(3 + 4.5 * energy + (tempo - 100.0) / 40.0), 3, 8))


def opening(shape: str, cx: float, scale: float) -> tuple[Points, tuple[float, ...]]:
    """A title subject's opening (a heart, a star) and its box (x0, y0, x1, y1), cut
    huge and cropped by the frame: `cx` its centre, `scale` (0..1) its size."""
    if shape == "heart":  # the point and a lobe run off the frame
        r = 0.5 + 0.06 * scale
        cy = 0.5
        return heart(cx, cy, r, n=160), (cx - r, cy - 0.63 * r, cx + r, cy + 1.19 * r)
    r = 0.6 + 0.08 * scale  # the star: two points run off the frame
    cy = 0.68
    return star(cx, cy, r, 0.2), (cx - r, cy - r, cx + r, cy + r)


def arcade(count: int, energy: float, rng: np.random.Generator) -> list[tuple[float, float]]:
    """Where the arches stand and how wide: (centre, width) for each of `count`. One
    arch is as wide as the song is loud (a small window in a wide field for a quiet
    song, a big one the frame's side crops for a loud one), anywhere across the
    frame; two or three stand in a row over part of the frame (an arcade)."""
    if count == 1:
        w = float(np.clip(0.2 + 0.42 * energy + rng.uniform(-0.04, 0.04), 0.18, 0.62))
        if w > 0.36 and rng.random() < 0.45:  # the frame's side crops a fifth of it
            return [(1.0 - 0.3 * w, w)]
        return [(float(rng.uniform(0.08 + w / 2, 0.92 - w / 2)), w)]
    span = rng.uniform(0.58, 0.94)
    step = span / count
    w = step * rng.uniform(0.62, 0.8)
    left = rng.uniform(-0.02, 1.0 - span + 0.02)
    return [(left + step * (k + 0.5), w) for k in range(count)]


def _arch(x0: float, x1: float, top: float, foot: float, pointed: bool) -> Points:
    """An arch from x0 to x1, its crown at `top`, standing on `foot`: round-headed, or
    `pointed` (a lancet, two arcs meeting at the crown)."""
    r = (x1 - x0) / 2
    if not pointed:
        t = np.linspace(np.pi, 2 * np.pi, 48)
        head = points(x0 + r + r * np.cos(t), top + r + r * np.sin(t))
        return [(x0, foot), *head, (x1, foot)]
    big = 1.6 * r  # each side an arc of this radius centred on the other side's spring
    spring = top + np.sqrt(big**2 - (big - r) ** 2)
    t = np.linspace(np.pi, np.pi + np.arccos((big - r) / big), 24)
    left = points(x0 + big + big * np.cos(t), spring + big * np.sin(t))
    right = [(2 * (x0 + r) - x, y) for x, y in reversed(left)]
    return [(x0, foot), *left, *right[1:], (x1, foot)]


def windows(
    shape: str, rng: np.random.Generator, energy: float, tempo: float, turbulence: float
) -> list[tuple[Points, tuple[float, ...]]]:
    """The openings cut in the front sheet and their boxes, moved by the song (how many,
    how big, where, whether the frame crops them): arches, one to three as the song is
    fast, pointed when it is turbulent, standing on a sill or running off the foot; or
    one round hole as big as the song is loud, anywhere low in the frame."""
    foot = 0.9 if rng.random() < 0.5 else 1.08
    if shape == "round":
        r = float(np.clip(0.14 + 0.3 * energy + rng.uniform(-0.03, 0.03), 0.13, 0.46))
        cx = rng.uniform(max(0.15, 0.5 * r), min(0.85, 1.0 - 0.5 * r))  # the side may crop it
        cy = max(0.3 + r, rng.uniform(0.55, 0.95))
        return [(disc(cx, cy, r, n=120), (cx - r, cy - r, cx + r, cy + r))]
    count = int(np.clip(round((tempo - 72.0) / 36.0 + rng.uniform(-0.6, 0.6)), 1, 3))
    pointed = turbulence > 0.55
    cut = []
    for cx, w in arcade(count, energy, rng):
        tall = w * rng.uniform(1.1, 2.4) if count == 1 else w * rng.uniform(1.6, 2.6)
        top = max(0.3, min(0.6, foot - tall))
        box = (cx - w / 2, top, cx + w / 2, foot)
        cut.append((_arch(box[0], box[2], top, foot, pointed), box))
    return cut


def _crest(
    xs: np.ndarray, base: float, amp: float, jagged: float, rng: np.random.Generator
) -> np.ndarray:
    """One sheet's top edge: a rolling swell blended towards saw-tooth ridges by
    `jagged` (0..1)."""
    f, ph = rng.uniform(1.2, 2.6), rng.uniform(0.0, 1.0)
    roll = 0.5 + 0.5 * np.sin(2 * np.pi * (f * xs + ph))
    saw = 1.0 - np.abs(2.0 * ((f * 1.7 * xs + ph) % 1.0) - 1.0)
    return base - amp * ((1.0 - jagged) * roll + jagged * saw**1.4)


def aperture(
    rng: np.random.Generator,
    curve: tuple[float, ...],
    energy: float,
    tempo: float,
    turbulence: float,
    sun: bool = False,
    peaks: bool = False,
    subject: str = "",
) -> Scene:
    """The window into layers (the module's docstring); `sun`: a disc always behind the
    far sheets (else now and then); `peaks`: the sheets cut as mountain ridges;
    `subject` ("heart", "star"): the opening's shape, else the seed's."""
    shape = subject or str(rng.choice(SHAPES))
    flip = bool(rng.random() < 0.5)
    if subject:
        cut = [opening(shape, rng.uniform(0.62, 0.7), energy)]
    else:
        cut = windows(shape, rng, energy, tempo, turbulence)
    boxes = [box for _, box in cut]
    x0, x1 = max(0.0, min(b[0] for b in boxes)), min(1.0, max(b[2] for b in boxes))
    top, foot = min(b[1] for b in boxes), min(1.0, max(b[3] for b in boxes))
    wide = min(0.6, min(b[2] - b[0] for b in boxes))  # one opening's width
    n = sheets(energy, tempo)
    jagged = 1.0 if peaks else float(np.clip(1.6 * turbulence - 0.3, 0.0, 1.0))
    xs = np.linspace(x0 - 0.04, x1 + 0.04, 120)
    inside = max(0.3, foot - top)
    horizon = top + inside * rng.uniform(0.36, 0.5)
    layers = [Layer(((rect(x0 - 0.05, -0.05, x1 + 0.05, 1.05), True),), "ground")]
    if sun or rng.random() < 0.35:  # low in one opening
        bx0, _, bx1, _ = boxes[int(rng.integers(0, len(boxes)))]
        r = max(0.05, (bx1 - bx0) * rng.uniform(0.2, 0.3))
        sx = bx0 + (bx1 - bx0) * rng.uniform(0.3, 0.7)
        layers.append(Layer(((disc(sx, horizon - r * 0.2, r, n=96), True),), "sun"))
    gap = (foot + 0.06 - horizon) / n  # a fast song's sheets stand closer
    for k in range(n):
        t = k / max(1, n - 1)
        base = horizon + gap * (k + 0.4) * (1.0 - 0.15 * min(1.0, tempo / 180.0) * (1 - t))
        amp = (0.03 + 0.09 * energy) * (1.0 - 0.45 * t) * (wide + 0.3)
        amp *= 2.0 if peaks and k < n - 1 else 1.0  # ranges tower, the near sheet lies low
        top_edge = _crest(xs, base, amp, jagged * (1.0 - 0.5 * t), rng)
        top_edge -= 0.6 * amp * song(curve, (xs - x0) / (x1 - x0) + 0.23 * k, k % 2 == 1)
        pts = [*points(xs, top_edge), (xs[-1], 1.05), (xs[0], 1.05)]
        layers.append(Layer(((pts, True),)))
    mats = tuple((_shrunk(hole, box, 0.012), False) for hole, box in cut)
    layers.append(Layer(((BIG, True), *mats), "motif"))
    layers.append(Layer(((BIG, True), *((hole, False) for hole, _ in cut)), "front"))
    focal = (x0, max(0.0, top), x1, foot)
    return Scene(
        mirror(layers, flip),
        flip_box(focal, flip),
        shape=f"aperture-{shape}",
        light=light_angle(flip),
        lift=1.5,  # paper_cut.depth moves it with the song
    )


def _shrunk(hole: Points, box: tuple[float, ...], d: float) -> Points:
    """The opening shrunk by `d` towards its centre (the mat's edge inside the cut)."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    w, h = max(1e-6, (box[2] - box[0]) / 2), max(1e-6, (box[3] - box[1]) / 2)
    return [(cx + (x - cx) * (1.0 - d / w), cy + (y - cy) * (1.0 - d / h)) for x, y in hole]
