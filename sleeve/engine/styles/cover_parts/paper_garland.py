"""Paper cut's garlands: strings of cut paper pennants at two to four depths (as many
as the song is loud), a festive song's picture in place of the stock paper flower
(review J: "stock paper flowers" on Candyfloss, Ọjọ́ Ayọ̀ and حبيبي Habibi). The strings
hang low across the frame under a clear sky (a song that builds), or swag from its top
edge over a clear foot (a song loud early) (round 15: three low strings were one
picture on two bench tracks); they sag as deep as the song is quiet at their moment
and cross as steeply as it is turbulent, run off both edges (a deliberate crop),
slack for a calm song, taut for a loud one. The front string's pennants are big and
few, the far ones small and many (as many as the song is fast); each pennant as long
as the song is loud at its place on the string, swung by the tempo, cut as a
triangle, a swallowtail, a flag or a scallop.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.paper_scenes import (
    Layer,
    Points,
    Scene,
    curve_at,
    flip_box,
    light_angle,
    mirror,
)

PAPERS = ("p0", "p1", "p2", "motif")  # marigold, magenta, teal and the genre's accent
CUTS = ("triangle", "tail", "square", "scallop")  # how the pennants are cut


def _string(x: np.ndarray, left: float, right: float, sag: float) -> np.ndarray:
    """A string's height over x (0..1 along it): a straight line from left to right
    sagging by `sag` in the middle (a parabola is close enough to a catenary)."""
    return left + (right - left) * x + sag * 4.0 * x * (1.0 - x)


def _cord(xs: np.ndarray, ys: np.ndarray, width: float) -> Points:
    """The string as a thin band of paper along (xs, ys)."""
    top = list(zip(xs.tolist(), (ys - width / 2).tolist(), strict=True))
    bottom = list(zip(xs[::-1].tolist(), (ys[::-1] + width / 2).tolist(), strict=True))
    return [*top, *bottom]


def _pennant(x0: float, y0: float, x1: float, y1: float, length: float, swing: float,
             cut: str) -> Points:  # fmt: skip
    """A pennant hung from the string between (x0, y0) and (x1, y1), `length` deep,
    its foot swung sideways by `swing`, cut (CUTS) as a triangle, a swallowtail, a
    square flag or a round scallop."""
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    if cut == "triangle":
        return [(x0, y0), (x1, y1), (mx + swing, my + length)]
    if cut == "scallop":
        t = np.linspace(0.0, np.pi, 24)
        r = (x1 - x0) / 2
        return [(x0, y0), (x1, y1)] + [
            (mx + swing * np.sin(a) + r * np.cos(a), my + 0.8 * length * np.sin(a)) for a in t
        ][1:-1]
    deep = 0.7 * length if cut == "square" else length
    foot = [(x1 + swing, y1 + deep), (x0 + swing, y0 + deep)]
    if cut == "tail":
        foot.insert(1, (mx + swing, my + deep - 0.35 * length))
    return [(x0, y0), (x1, y1), *foot]


def garland(
    rng: np.random.Generator,
    curve: tuple[float, ...],
    energy: float,
    tempo: float,
    turbulence: float = 0.3,
) -> Scene:
    """Strings of pennants at two to four depths (as many as the song is loud; back to
    front: smaller and more of them, as many as it is fast), swagged from the top edge
    over the title for a song that is loud early, hung low across the frame under it
    for one that builds (the lower the calmer the song); each string sagging as deep as
    the song is quiet at its moment (a calm song's slack, a loud one's taut), tilted as
    steeply as the song is turbulent; pennant length the energy curve along the
    string, their swing the tempo, their cut the seed (round 18: the garlands repeated
    across tracks, their rows, slack and place drawn by the seed alone)."""
    loud = curve_at(curve, 32)
    rows = int(np.clip(round(1.5 + 2.8 * energy), 2, 4))
    high = bool(loud[:16].mean() > loud[16:].mean())  # loud early: from the top
    cut = str(rng.choice(CUTS))
    slack = 1.3 - 0.6 * energy
    layers: list[Layer] = []
    swing = float(np.clip((tempo - 90.0) / 400.0, -0.02, 0.06))
    top, low = 1.0, 0.0
    for k in range(rows):  # back to front
        near = k / (rows - 1)
        quiet = 1.0 - float(loud[int((k + 0.5) / rows * 31)])  # the string's moment
        scale = 0.5 + 0.7 * near**1.5
        tilt = (0.06 + 0.34 * turbulence) * float(rng.uniform(0.85, 1.15))
        fall = tilt * (1.0 if k % 2 else -1.0) * (0.5 + near)
        if high:  # swagged from the top edge, the near string lowest, over the title
            scale, fall = 0.5 + 0.5 * near**1.5, 0.35 * fall
            mid = 0.02 + 0.1 * near
            sag = (0.06 + 0.12 * quiet) * slack * (0.7 + 0.4 * near)
        else:  # across the frame, lower for a calm song
            mid = 0.4 + 0.2 * near + 0.14 * (1.0 - energy)
            sag = (0.04 + 0.1 * quiet) * scale * slack
        left, right = mid - fall / 2, mid + fall / 2
        count = int(np.clip(round(tempo / 12.0 * (1.4 - 0.85 * near)), 4, 16))
        lengths = curve_at(curve, count)
        xs = np.linspace(-0.06, 1.06, 90)
        ys = _string((xs + 0.06) / 1.12, left, right, sag)
        shapes: dict[str, list[tuple[Points, bool]]] = {p: [] for p in PAPERS}
        step = 1.12 / count
        width = step * rng.uniform(0.7, 0.82)
        turn = int(rng.integers(0, len(PAPERS)))
        for j in range(count):
            cx = -0.06 + step * (j + 0.5)
            a, b = cx - width / 2, cx + width / 2
            ya = float(_string((a + 0.06) / 1.12, left, right, sag))
            yb = float(_string((b + 0.06) / 1.12, left, right, sag))
            length = (0.09 + 0.09 * lengths[j] + 0.05 * energy) * scale
            paper = PAPERS[(j + turn) % len(PAPERS)]
            shapes[paper].append((_pennant(a, ya, b, yb, length, swing * scale, cut), True))
            top, low = min(top, ya, yb), max(low, ya + length, yb + length)
        layers.append(Layer(((_cord(xs, ys, 0.006 * scale), True),), "cord"))
        layers += [Layer(tuple(s), paper) for paper, s in shapes.items() if s]
    flip = bool(rng.random() < 0.5)
    focal = (0.0, 0.0, 1.0, min(1.0, low + 0.02)) if high else (0.0, max(0.0, top - 0.03), 1.0, 1.0)
    return Scene(mirror(layers, flip), flip_box(focal, flip), shape="garland",
                 light=light_angle(flip), lift=1.5)  # fmt: skip
