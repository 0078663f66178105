"""The beat's path as one bold mark, drawn into a `swiss_layouts.Frame` and returning
its focal box (fractions of the side):

zigzag: one heavy zigzag across the cover and off both sides, a stroke a beat, each
swing as wide as the energy there (a quiet verse a ripple, the chorus a jolt), the
loudest swing in the flat colour;
bounce: a ball bouncing across the cover, one bounce a beat, as high as the energy
there, its path a dotted hairline, the ball landing on the loudest beat a huge disc
cut by the frame.
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
    heights = zigzag_heights(f.curve, f.energy, n + 1) * depth
    mid = depth * float(rng.uniform(0.42, 0.58))
    pitch = length * 1.2 / n
    start = -length * 0.1
    tilt = math.radians(float(rng.choice((-1.0, 1.0))) * (fifths_angle(f.key) - 15.0) * 0.5)
    up = float(rng.choice((-1.0, 1.0)))
    pts = []
    for k in range(n + 1):
        u = start + pitch * k
        v = mid + up * (1.0 if k % 2 else -1.0) * float(heights[k]) / 2.0
        v += (u - length / 2) * math.tan(tilt)
        pts.append(np.array((bx0 + v, by0 + u) if upright else (bx0 + u, y0 + v)))
    half = depth * (0.055 + 0.035 * f.energy) * float(rng.uniform(0.9, 1.2))
    loud = int(np.argmax(heights[1:] + rng.uniform(0, 0.01, n))) + 1
    for k in range(n):
        colour = main if k + 1 == loud else f.ink
        draw.polygon(_band(pts[k], pts[k + 1], half), brush(colour))
        # a square joint at each apex: the strokes meet without a notch
        x, y = pts[k + 1]
        draw.ellipse((x - half, y - half, x + half, y + half), brush(colour))
    ax, ay = pts[loud]
    dot = half * 2.4
    draw.ellipse((ax - dot, ay - dot, ax + dot, ay + dot), brush(second))
    xs = [p[0] for p in pts] + [ax - dot, ax + dot]
    ys = [p[1] for p in pts] + [ay - dot, ay + dot]
    return f.fraction((min(xs) - half, min(ys) - half, max(xs) + half, max(ys) + half))


def bounce(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """A ball bouncing across the cover on the title's grid line or the far edge, one
    bounce a beat of the bar, each as high as the energy curve there and as long as the
    gap to the next onset; its path a dotted hairline, the ball at each landing a small
    disc, and on the loudest bounce a huge disc of the flat colour cut by the frame;
    a band of black as the floor. The seed sets the heading and the ball's scale."""
    main, second = inks(f)
    x0, y0, x1, y1 = f.art
    bx0, by0, bx1, by1 = f.bleed()
    w, h = x1 - x0, y1 - y0
    s = float(f.size)
    # the floor: the art's edge far from the title (on the canvas side it is a band)
    floor = y1 - h * 0.12 if f.edge != "bottom" else y1 - h * 0.08
    n = int(np.clip(round(f.tempo / 24.0), 3, 7))
    gaps = 0.6 + signals.resample(np.asarray(f.onsets, float), n)
    gaps = gaps / gaps.sum() * (bx1 - bx0) * 1.05
    heights = (0.3 + 0.7 * slices(f.curve, n)) * (floor - y0) * 0.9
    xs = bx0 - (bx1 - bx0) * 0.03 + np.r_[0.0, np.cumsum(gaps)]
    if rng.random() < 0.5:  # heading the other way
        xs = (bx0 + bx1) - xs[::-1]
        heights = heights[::-1]
    loud = int(np.argmax(heights + rng.uniform(0, 0.01, n)))
    dots = max(2.0, s * 0.008)
    for k in range(n):
        a, b = xs[k], xs[k + 1]
        t = np.linspace(0.0, 1.0, 14)
        px = a + (b - a) * t
        py = floor - 4.0 * float(heights[k]) * t * (1.0 - t)
        for x, y in zip(px[1:-1], py[1:-1], strict=True):
            draw.ellipse((x - dots, y - dots, x + dots, y + dots), brush(f.ink))
    ball = h * float(rng.uniform(0.05, 0.07))
    for k in range(n + 1):
        x = float(xs[k])
        draw.ellipse((x - ball, floor - 2 * ball, x + ball, floor), brush(f.ink))
    # the loudest bounce's apex: the ball at its height, huge, in the flat colour
    cx = float(xs[loud] + xs[loud + 1]) / 2.0
    cy = floor - float(heights[loud])
    big = min(w, h) * float(rng.uniform(0.3, 0.4)) * (0.85 + 0.3 * f.energy)
    draw.ellipse((cx - big, cy - big, cx + big, cy + big), brush(main))
    # the floor band, from the floor line to the canvas side (or the title's line)
    foot = by1
    draw.rectangle((bx0, floor, bx1, foot), brush(f.ink))
    sx = float(xs[min(n, loud + 2)]) if loud + 2 <= n else float(xs[max(0, loud - 1)])
    draw.rectangle((sx - ball, floor - 2 * ball, sx + ball, floor), brush(second))
    return f.fraction((bx0, min(cy - big, y0), bx1, foot))
