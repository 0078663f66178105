"""A heart a title names, built with compass and square at poster scale (after
Müller-Brockmann's concert posters), painted into a `swiss_layouts.Frame`, returning
the focal box (fractions of the side): one huge heart (a square on its corner and two
discs on its upper sides) cropped by the canvas, its beat as outlines echoing out
from it, one a beat of the bar, spaced by the energy curve. No second heart: a small
counterpoint heart across the cover read as "scattered stickers" (🌙✨💔).
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import signals
from sleeve.engine.raster import brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import swiss_grid as grid
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks, slices
from sleeve.engine.styles.cover_parts.swiss_systems import fifths_angle

# a heart outline's points per arc: smooth at 3000 px, cheap at 256
ARC_POINTS = 40


def _fill(draw: aggdraw.Draw, shapes: list[np.ndarray], tool, at=(0.0, 0.0)) -> None:
    """Closed point rings (n x 2), moved by -`at`, filled or stroked with `tool`."""
    for ring in shapes:
        draw.polygon((ring - np.asarray(at)).ravel().tolist(), tool)


def _turn(points: np.ndarray, angle: float) -> np.ndarray:
    """Points turned by `angle` radians about the origin."""
    c, s = math.cos(angle), math.sin(angle)
    return points @ np.array([[c, s], [-s, c]])


def heart_ring(d: float) -> np.ndarray:
    """A heart about the origin, point down: the square with half-diagonal `d` on its
    corner and a disc on each upper side (their diameter the side)."""
    r = d / math.sqrt(2.0)
    right = np.linspace(math.radians(45.0), math.radians(-135.0), ARC_POINTS)
    left = np.linspace(math.radians(-45.0), math.radians(-225.0), ARC_POINTS)
    arc1 = np.column_stack((d / 2 + r * np.cos(right), -d / 2 + r * np.sin(right)))
    arc2 = np.column_stack((-d / 2 + r * np.cos(left), -d / 2 + r * np.sin(left)))
    return np.vstack(([(0.0, d)], arc1, arc2))


def _slant(f: Frame, rng: np.random.Generator) -> float:
    """A lean (radians) from the key's place on the circle of fifths, to a seeded side."""
    return math.radians(float(rng.choice((-1.0, 1.0))) * (fifths_angle(f.key) - 10.0))


# a heart's width in half-diagonals: the two lobes' outer edges, 2 * (1/2 + 1/sqrt 2)
HEART_WIDTH = 1.0 + math.sqrt(2.0)
# its height in half-diagonals, from the lobes' tops to the point
HEART_HEIGHT = 1.5 + 1.0 / math.sqrt(2.0)


def place(f: Frame, reach: float = 1.0) -> tuple[float, float, float]:
    """The heart on the song's grid, before it is fitted clear of the title: its
    half-diagonal (its outermost echo, `reach` times the heart, three quarters of the
    art wide, all of it on a loud song, bleeding off the canvas) and its centre, its
    axis on the meter's grid line under the song's peak (swiss_grid.column), midway
    down the art. Placed anywhere the curve peaked, a heart in one corner and the
    emoji title in the other had read as a random scatter (🌙✨💔)."""
    x0, y0, x1, y1 = f.art
    span = 1.0 if f.energy > 0.55 else 0.75
    m = min(x0, f.size - x1)
    d = span * (x1 - x0) / HEART_WIDTH / reach
    # a short art: the heart's lobes and point kept, its outer echoes may bleed
    d = min(d, (y1 - y0 + m) / HEART_HEIGHT / (0.75 + 0.25 * reach))
    cx = x0 + (x1 - x0) * grid.column(f.curve, f.onsets, f.tempo, f.title)
    cy = (y0 + y1) / 2 + 0.25 * d  # the heart's middle (its centre sits above the point)
    return d, cx, max(cy, f.bleed()[1] + 1.1 * d)  # the two lobes in sight (not a drop)


# the heaviest echo's half pen, in half-diagonals of the heart (0.02 + 0.05 + 0.03) / 2
HALF_PEN = 0.05


def _over(f: Frame, ring: np.ndarray, pad: float) -> float:
    """How far (px) a ring, with `pad` for its pen, runs past the art's title side."""
    x0, y0, x1, y1 = f.art
    if f.edge == "bottom":
        return float(ring[:, 1].max() + pad - y1)
    if f.edge == "top":
        return float(y0 - ring[:, 1].min() + pad)
    return float(ring[:, 0].max() + pad - x1)


def _fit(f: Frame, d: float, lean: float, cx: float, cy: float) -> tuple[float, float, float]:
    """The heart's size and centre, so that it ends on the art's title side, whole: the
    cover's title zone is cleared after the drawing, and what ran into it was cut by a
    hard straight seam (🌙✨💔's heart, "a rendering fault"). It moves away from the
    title (its lobes kept in sight, a heart cut there read as a drop), then shrinks; its
    axis stays on its column line."""
    top = f.bleed()[1]
    for _ in range(40):
        over = _over(f, _turn(heart_ring(d), lean) + (cx, cy), HALF_PEN * d)
        if f.edge == "bottom":
            cy -= max(0.0, over)
            ok = cy >= top + 1.1 * d
        elif f.edge == "top":
            cy += max(0.0, over)
            ok = True
        else:  # beside a vertical title it keeps its column line and shrinks
            ok = over <= 0.0
        if ok:
            break
        d *= 0.95
        cy = max(cy, top + 1.1 * d)
    return d, cx, cy


def _closed(f: Frame, d: float, lean: float, at: np.ndarray, last: float) -> float:
    """The share of their spread the echoes keep (at least 0.45, a beat's rhythm still
    read) so that the outermost ends on the art's title side, by bisection."""
    lo, hi = 0.45, 1.0
    if _over(f, _turn(heart_ring(d * (1.0 + last)), lean) + at, HALF_PEN * d) <= 0:
        return 1.0
    for _ in range(12):
        mid = (lo + hi) / 2
        ring = _turn(heart_ring(d * (1.0 + last * mid)), lean) + at
        lo, hi = (mid, hi) if _over(f, ring, HALF_PEN * d) <= 0 else (lo, mid)
    return lo


def heart(image: Image.Image, f: Frame, rng: np.random.Generator) -> Box:
    """One huge heart in the flat colour, turned a little by the key, cropped by the
    canvas (the louder the song, the bigger), placed across the cover where the song
    peaks; its beat as black outlines echoing out from it, one a beat of the bar at the
    tempo (three to seven), spaced by the energy curve and as heavy as the onsets; the
    one heart alone on its paper."""
    main, _ = inks(f)
    lean = _slant(f, rng) * 0.5
    beats = int(np.clip(round(f.tempo / 24.0), 3, 7))
    gaps = 0.35 + slices(f.curve, beats)
    grow = np.cumsum(gaps) / gaps.sum() * float(rng.uniform(0.8, 1.3))
    hits = signals.resample(np.asarray(f.onsets, float), beats)
    hits = (hits - hits.min()) / max(1e-6, float(np.ptp(hits)))
    d, cx, cy = place(f, 1.0 + float(grow[-1]))
    d, cx, cy = _fit(f, d, lean, cx, cy)
    core = heart_ring(d)
    at = np.array((cx, cy))
    grow = grow * _closed(f, d, lean, at, float(grow[-1]))
    draw = aggdraw.Draw(image)
    outer = _turn(core, lean) + at
    for k in range(beats):
        ring = _turn(heart_ring(d * (1.0 + float(grow[k]))), lean) + at
        pen = d * (0.02 + 0.05 * float(hits[k]) + 0.03 * f.energy)
        if _over(f, ring, pen / 2) > 0:  # an echo the title zone would cut: left out whole
            break
        _fill(draw, [ring], aggdraw.Pen(tuple(f.ink), pen))
        outer = ring
    body = _turn(core, lean) + at
    _fill(draw, [body], brush(main))
    draw.flush()
    xs, ys = outer[:, 0], outer[:, 1]
    return f.fraction((float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max())))
