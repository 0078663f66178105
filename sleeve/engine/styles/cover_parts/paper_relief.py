"""Paper relief: abstract compositions of stacked sheets with deep shadows, made from
the music, for genres a sunny picture does not suit (IDM, techno, jazz, classical).

- orbit: rings of paper cut round one centre (a corner, the foot or one side), each
  ring's edge swelling with the energy curve, the small front ring in accent paper;
- columns: rows of flat-topped bars standing in front of each other, their heights
  the energy curve, one bar of accent paper at the song's loudest moment.
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
    points,
    rect,
)

# where an orbit's centre sits: (cx, cy) ranges, the angles its rings span and the
# focal box they fill (the calm side left for the title)
ORBITS = {
    "corner": ((-0.08, 0.08), (0.92, 1.08), (0.0, 0.42, 0.62, 1.0)),
    "foot": ((0.38, 0.62), (1.02, 1.1), (0.0, 0.4, 1.0, 1.0)),
    "side": ((0.88, 1.04), (0.5, 0.66), (0.36, 0.12, 1.0, 1.0)),
}


def _ring(cx: float, cy: float, r: float, swell: np.ndarray, turn: float) -> Points:
    """A closed ring of radius r about (cx, cy), its edge swelling by `swell` (the
    energy curve round the circle, as fractions of r)."""
    t = np.linspace(0.0, 2 * np.pi, len(swell), endpoint=False) + turn
    rad = r * (1.0 + swell)
    return points(cx + rad * np.cos(t), cy + rad * np.sin(t))


def orbit(rng: np.random.Generator, curve: tuple[float, ...], energy: float, anchor: str) -> Scene:
    """Five to eight rings of paper about a centre at `anchor` (ORBITS), largest
    behind; the louder the song, the more the rings' edges swell and the more rings."""
    (x0, x1), (y0, y1), focal = ORBITS[anchor]
    cx, cy = rng.uniform(x0, x1), rng.uniform(y0, y1)
    n = 5 + int(round(3 * energy))
    outer = rng.uniform(0.92, 1.05) if anchor != "side" else rng.uniform(0.8, 0.9)
    inner = outer * rng.uniform(0.16, 0.24)
    depth = 0.12 + 0.14 * energy
    width = 12 + int(round(10 * (1.0 - energy)))  # a calm song: slow, round swells
    layers = []
    for k in range(n):
        r = outer + (inner - outer) * k / (n - 1)
        swell = (_round(curve, width, int(rng.integers(0, 96))) - 0.5) * depth
        ring = _ring(cx, cy, r, swell * (0.6 + 0.8 * k / n), rng.uniform(0.0, 0.3))
        layers.append(Layer(((ring, True),), "motif" if k == n - 1 else "ground"))
    flip = bool(rng.random() < 0.5)
    return Scene(
        mirror(layers, flip),
        flip_box(focal, flip),
        shape="relief-orbit",
        light=light_angle(not flip),
        lift=1.7,
    )


def _level(curve: tuple[float, ...], n: int, turn: int) -> np.ndarray:
    """The energy curve at n even times, stretched to 0..1 (a flat song still rises
    and falls), shifted by `turn` samples."""
    c = curve_at(curve, n)
    return np.roll((c - c.min()) / max(1e-6, float(c.max() - c.min())), turn)


def _round(curve: tuple[float, ...], width: int, turn: int) -> np.ndarray:
    """The energy curve round a circle (96 steps, 0..1), smoothed over `width` steps
    as a closed loop, so a ring's edge swells in lobes, never in teeth."""
    level = _level(curve, 96, turn)
    loop = np.concatenate([level[-width:], level, level[:width]])
    smooth = np.convolve(loop, np.ones(width) / width, "same")[width:-width]
    return (smooth - smooth.min()) / max(1e-6, float(smooth.max() - smooth.min()))


def columns(rng: np.random.Generator, curve: tuple[float, ...], energy: float) -> Scene:
    """Three rows of flat-topped bars standing in front of each other, back to front
    wider, fewer and lower (an equaliser in paper); heights the energy curve, read
    left to right; the front row's bar at the loudest moment cut from accent paper."""
    n = int(rng.integers(9, 13)) + int(round(6 * energy))
    base = rng.uniform(0.24, 0.34)
    layers = []
    for row in range(3):
        count = max(4, n - 3 * row)
        w = 1.1 / count
        level = _level(curve, count, int(rng.integers(0, count)) if row else 0)
        bars = []
        for k in range(count):
            top = base + 0.16 * row + (1.0 - level[k]) * rng.uniform(0.28, 0.36)
            x = -0.05 + k * w + w * 0.1
            bars.append((rect(x, top, x + w * 0.8, 1.06), True))
        layers.append(Layer(tuple(bars), "ground"))
    front = layers[-1].shapes
    peak = min(range(len(front)), key=lambda k: min(y for _, y in front[k][0]))
    layers.append(Layer((front[peak],), "motif"))
    flip = bool(rng.random() < 0.5)
    return Scene(
        mirror(layers, flip),
        flip_box((0.0, base, 1.0, 1.0), flip),
        shape="relief-columns",
        light=light_angle(flip),
        lift=1.5,
    )
