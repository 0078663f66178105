"""The beat's path as one bold mark, drawn into a `swiss_layouts.Frame` and returning
its focal box (fractions of the side): one heavy zigzag across the cover and off both
sides, a stroke a beat, each swing as wide as the energy there (a quiet verse a
ripple, the chorus a jolt), the loudest swing in the flat colour.
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np

from sleeve.engine.raster import brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks, slices
from sleeve.engine.styles.cover_parts.swiss_systems import fifths_angle


def zigzag_swings(tempo: float) -> int:
    """The zigzag's strokes for a tempo (one a beat of two bars): a ballad a few long
    swings, a fast song a tight saw."""
    return int(np.clip(round(tempo / 16.0), 5, 11))


def zigzag_heights(curve: np.ndarray, energy: float, n: int) -> np.ndarray:
    """Each swing's height (share of the art's depth) in order: the energy curve beat
    by beat, a loud song's swings taller overall."""
    return (0.35 + 0.25 * float(np.clip(energy, 0.0, 1.0))) + 0.4 * slices(curve, n)


def _band(a: np.ndarray, b: np.ndarray, half: float) -> list[float]:
    """The stroke from a to b, `half` wide each side, as a flat polygon."""
    d = b - a
    n = np.array((-d[1], d[0])) / max(1e-6, float(np.hypot(*d))) * half
    return [float(c) for p in (a + n, b + n, b - n, a - n) for c in p]


def zigzag(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """One heavy zigzag running in past one canvas side and out past the other, a
    stroke a beat (zigzag_swings by the tempo), each swing as tall as the energy curve
    there (zigzag_heights): black, as heavy as the song is loud, the loudest swing in
    the flat colour and a disc of the second colour on its apex; a seeded tilt by the
    key's place on the circle of fifths. Beside an upright title it runs down."""
    main, second = inks(f)
    x0, y0, x1, y1 = f.art
    bx0, by0, bx1, by1 = f.bleed()
    upright = f.edge == "right"
    length, depth = (by1 - by0, x1 - x0) if upright else (bx1 - bx0, y1 - y0)
    n = zigzag_swings(f.tempo)
    mid = depth * float(rng.uniform(0.46, 0.54))
    pitch = length * 1.2 / n
    start = -length * 0.1
    tilt = math.radians(float(rng.choice((-1.0, 1.0))) * (fifths_angle(f.key) - 15.0) * 0.3)
    half = depth * (0.055 + 0.035 * f.energy) * float(rng.uniform(0.9, 1.2))
    dot = half * 2.4
    heights = zigzag_heights(f.curve, f.energy, n + 1) * (depth - 2.0 * dot)
    up = float(rng.choice((-1.0, 1.0)))
    pts = []
    for k in range(n + 1):
        u = start + pitch * k
        v = mid + up * (1.0 if k % 2 else -1.0) * float(heights[k]) / 2.0
        v += (u - length / 2) * math.tan(tilt)
        # the apexes stay in the art: the title's grid line never slices a swing
        v = float(np.clip(v, dot, depth - dot))
        pts.append(np.array((x0 + v, by0 + u) if upright else (bx0 + u, y0 + v)))
    loud = int(np.argmax(heights[1:] + rng.uniform(0, 0.01, n))) + 1
    for k in range(n):
        colour = main if k + 1 == loud else f.ink
        draw.polygon(_band(pts[k], pts[k + 1], half), brush(colour))
        # a round joint at each apex: the strokes meet without a notch
        x, y = pts[k + 1]
        draw.ellipse((x - half, y - half, x + half, y + half), brush(colour))
    ax, ay = pts[loud]
    draw.ellipse((ax - dot, ay - dot, ax + dot, ay + dot), brush(second))
    xs = [p[0] for p in pts] + [ax - dot, ax + dot]
    ys = [p[1] for p in pts] + [ay - dot, ay + dot]
    return f.fraction((min(xs) - half, min(ys) - half, max(xs) + half, max(ys) + half))
