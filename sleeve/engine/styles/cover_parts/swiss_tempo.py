"""The beat's path as one bold mark, drawn into a `swiss_layouts.Frame` and returning
its focal box (fractions of the side):

zigzag: one heavy zigzag across the cover and off both sides, a stroke a beat, each
swing as wide as the energy there (a quiet verse a ripple, the chorus a jolt), the
loudest swing in the flat colour;
bounce: a ball's path hopping across the cover as one heavy line, one hop a beat, as
high as the energy there, landing on the title's grid line or the canvas foot, the
ball a huge disc at the top of the loudest hop.
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np

from sleeve.engine import signals
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


def bounce(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A ball's path hopping across the cover as one heavy line (after Klee's and the
    Bauhaus motion diagrams): one hop a beat of the bar, each as high as the energy
    curve there and as long as the gap to the next onset, landing on the title's grid
    line when the title sits under it (the ball bounces on the title), else on the
    canvas foot; the ball itself a huge disc of the flat colour at the loudest hop's
    top, a small one of the second colour where the path leaves. The seed sets the
    heading and the ball's scale."""
    main, second = inks(f)
    x0, y0, x1, y1 = f.art
    bx0, by0, bx1, by1 = f.bleed()
    w, h = x1 - x0, y1 - y0
    s = float(f.size)
    floor = y1 if f.edge == "bottom" else by1
    big = min(w, h) * float(rng.uniform(0.2, 0.27)) * (0.85 + 0.3 * f.energy)
    n = int(np.clip(round(f.tempo / 30.0), 3, 6))
    gaps = 0.6 + signals.resample(np.asarray(f.onsets, float), n)
    gaps = gaps / gaps.sum() * (bx1 - bx0) * 1.1
    heights = (0.35 + 0.65 * slices(f.curve, n)) * (floor - y0 - 1.1 * big)
    xs = bx0 - (bx1 - bx0) * 0.05 + np.r_[0.0, np.cumsum(gaps)]
    if rng.random() < 0.5:  # heading the other way
        xs = (bx0 + bx1) - xs[::-1]
        heights = heights[::-1]
    loud = int(np.argmax(heights + rng.uniform(0, 0.01, n)))
    pen = aggdraw.Pen(tuple(f.ink), s * 0.022 * (0.75 + 0.5 * f.energy))
    t = np.linspace(0.0, 1.0, 40)
    for k in range(n):
        px = xs[k] + (xs[k + 1] - xs[k]) * t
        py = floor - 4.0 * float(heights[k]) * t * (1.0 - t)
        draw.line(np.column_stack((px, py)).ravel().tolist(), pen)
    # the ball at the loudest hop's top, huge, in the flat colour
    cx = float(xs[loud] + xs[loud + 1]) / 2.0
    cy = floor - float(heights[loud]) - big * 0.55
    draw.ellipse((cx - big, cy - big, cx + big, cy + big), brush(main))
    # a small ball of the second colour on the last hop, where the path leaves
    last = n - 1 if xs[-1] > xs[0] else 0
    lx = float(xs[last] + 0.7 * (xs[last + 1] - xs[last]))
    ly = floor - 4.0 * float(heights[last]) * 0.21 - s * 0.03
    r = big * 0.28
    draw.ellipse((lx - r, ly - r, lx + r, ly + r), brush(second))
    top = min(cy - big, floor - float(heights.max()))
    return f.fraction((bx0, top, bx1, floor))
