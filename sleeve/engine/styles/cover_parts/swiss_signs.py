"""A heart a title names, built with compass and square at poster scale (after
Müller-Brockmann's concert posters), painted into a `swiss_layouts.Frame`, returning
the focal box (fractions of the side): one huge heart (a square on its corner and two
discs on its upper sides) cropped by the canvas, its beat as outlines echoing out
from it, one a beat of the bar, spaced by the energy curve, and a small heart as the
counterpoint.
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import signals
from sleeve.engine.raster import brush
from sleeve.engine.styles.base import Box
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


def _peak_place(f: Frame) -> float:
    """Where in the song (0..1) the energy curve peaks."""
    return float(np.argmax(f.curve)) / max(1, len(f.curve) - 1)


def heart(image: Image.Image, f: Frame, rng: np.random.Generator) -> Box:
    """One huge heart in the flat colour, turned a little by the key, cropped by the
    canvas (the louder the song, the bigger), placed across the cover where the song
    peaks; its beat as black outlines echoing out from it, one a beat of the bar at the
    tempo (three to seven), spaced by the energy curve and as heavy as the onsets; a
    small heart of the second colour as the counterpoint on the other side."""
    main, second = inks(f)
    x0, y0, x1, y1 = f.art
    bx0, by0, bx1, by1 = f.bleed()
    w, h = x1 - x0, y1 - y0
    lean = _slant(f, rng) * 0.5
    d = min(w, h) * float(rng.uniform(0.42, 0.55)) * (0.85 + 0.45 * f.energy)
    place = 0.2 + 0.6 * _peak_place(f)
    cx = x0 + w * place
    lx, ly = f.far()
    cy = (y0 + y1) / 2 + ly * h * float(rng.uniform(0.05, 0.3))
    if not ly:
        cx, cy = x0 + w * float(rng.uniform(0.25, 0.45)), y0 + h * place
    cy = max(cy, by0 + 1.1 * d)  # the two lobes in sight: a heart cut there read as a drop
    core = heart_ring(d)
    beats = int(np.clip(round(f.tempo / 24.0), 3, 7))
    gaps = 0.35 + slices(f.curve, beats)
    grow = np.cumsum(gaps) / gaps.sum() * float(rng.uniform(0.8, 1.3))
    hits = signals.resample(np.asarray(f.onsets, float), beats)
    hits = (hits - hits.min()) / max(1e-6, float(np.ptp(hits)))
    at = np.array((cx, cy))
    draw = aggdraw.Draw(image)
    for k in range(beats):
        ring = _turn(heart_ring(d * (1.0 + float(grow[k]))), lean) + at
        pen = d * (0.02 + 0.05 * float(hits[k]) + 0.03 * f.energy)
        _fill(draw, [ring], aggdraw.Pen(tuple(f.ink), pen))
    body = _turn(core, lean) + at
    _fill(draw, [body], brush(main))
    # the counterpoint: a small heart on the other side, a tenth of the big one
    sx = x0 + w * (0.85 if place < 0.5 else 0.15)
    sy = y0 + h * (0.2 if ly > 0 else 0.8) if ly else y0 + h * 0.15
    small = _turn(heart_ring(d * 0.12), lean) + np.array((sx, sy))
    _fill(draw, [small], brush(second))
    draw.flush()
    outer = _turn(heart_ring(d * (1.0 + float(grow[-1]))), lean) + at
    xs, ys = np.r_[outer[:, 0], small[:, 0]], np.r_[outer[:, 1], small[:, 1]]
    return f.fraction((float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max())))
