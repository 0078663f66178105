"""A flower a title names, built with compass and ruler like a Japanese family crest (mon)
at poster scale, drawn into a `swiss_layouts.Frame`, returning the focal box (fractions
of the side): one huge blossom in the flat colour, its centre in a far corner so the
canvas crops it, its petals each a disc drawn out to the centre, notched at the tip for
a cherry blossom (five) and round for any other flower (five to eight by the tempo), a
ring of stamens about an ink eye; and its petals falling away across the open field, one
a beat of the bar, tumbling and shrinking as they fall, spaced by the onsets, the
loudest beat's petal in the second colour.
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np

from sleeve.engine import signals
from sleeve.engine.color import contrast_ratio
from sleeve.engine.raster import brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks
from sleeve.engine.styles.cover_parts.swiss_systems import fifths_angle

# points on a petal's round edge: smooth at 3000 px, cheap at 256
EDGE_POINTS = 48
# a petal's disc: its radius and its centre's distance from the flower's centre, as
# shares of the flower's reach (centre to petal tip)
PETAL_R, PETAL_D = 0.34, 0.66
# the cherry petal's notch: its depth (share of the reach) and half its opening (degrees)
NOTCH_DEPTH, NOTCH_HALF = 0.13, 16.0


def petal(reach: float, notched: bool) -> np.ndarray:
    """One petal pointing up (towards -y) from the origin, as a closed ring (n x 2):
    a disc drawn out to the origin by its two tangents, its tip cut by a V notch when
    `notched` (a cherry blossom's petal)."""
    r, d = PETAL_R * reach, PETAL_D * reach
    # the part of the disc seen from the origin: from one tangent point round the tip
    tangent = math.degrees(math.acos(r / d))
    angles = np.linspace(-90.0 - (180.0 - tangent), -90.0 + (180.0 - tangent), EDGE_POINTS)
    if notched:
        angles = angles[np.abs(angles + 90.0) > NOTCH_HALF]
    rad = np.radians(angles)
    edge = np.column_stack((r * np.cos(rad), -d + r * np.sin(rad)))
    if notched:
        half = len(edge) // 2
        cut = np.array([[0.0, -reach * (1.0 - NOTCH_DEPTH)]])
        edge = np.vstack((edge[:half], cut, edge[half:]))
    return np.vstack(([[0.0, 0.0]], edge))


def _turn(points: np.ndarray, angle: float) -> np.ndarray:
    """Points turned by `angle` radians about the origin."""
    c, s = math.cos(angle), math.sin(angle)
    return points @ np.array([[c, s], [-s, c]])


def loose_petal(size: float, notched: bool) -> np.ndarray:
    """A fallen petal `size` long about the origin: a cherry's notched petal, another
    flower's an oval (a small round petal drawn out to a point read as a raindrop)."""
    if notched:
        return petal(size, True) + np.array((0.0, size / 2.0))
    a = np.linspace(0.0, 2.0 * math.pi, EDGE_POINTS, endpoint=False)
    return np.column_stack((0.3 * size * np.cos(a), 0.5 * size * np.sin(a)))


def petal_count(tempo: float, notched: bool) -> int:
    """A cherry blossom's five petals; another flower's five to eight by the tempo."""
    return 5 if notched else int(np.clip(round(tempo / 22.0), 5, 8))


def falling_count(tempo: float) -> int:
    """The falling petals, one a beat of the bar at the tempo (three to seven)."""
    return int(np.clip(round(tempo / 24.0), 3, 7))


def _polygon(draw: aggdraw.Draw, ring: np.ndarray, tool) -> None:
    draw.polygon(ring.ravel().tolist(), tool)


def blossom(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator, notched: bool) -> Box:
    """One huge blossom centred on a far corner of the art, turned by the key's place on
    the circle of fifths, as big as the song is loud, its petals (petal_count) in the
    flat colour round an ink eye ringed by stamens; its petals falling from it towards
    the title, one a beat (falling_count), each further one smaller and turned more,
    spaced by the onsets, the loudest beat's petal in the second colour."""
    main, second = inks(f)
    x0, y0, x1, y1 = f.art
    w, h = x1 - x0, y1 - y0
    reach = min(w, h) * float(rng.uniform(0.58, 0.68)) * (0.85 + 0.3 * f.energy)
    # the centre on the art's far side, in from a seeded corner: the canvas crops it
    fx, fy = f.far()
    left = rng.random() < 0.5
    if fy:
        cx = x0 + w * (0.28 if left else 0.72)
        cy = (y1 - h * 0.3) if fy > 0 else (y0 + h * 0.3)
    else:
        cx, cy = x0 + w * 0.3, y0 + h * (0.3 if left else 0.7)
    spin = math.radians(fifths_angle(f.key) * 0.5 + float(rng.uniform(0.0, 72.0)))
    n = petal_count(f.tempo, notched)
    at = np.array((cx, cy))
    shape = petal(reach, notched)
    # round petals overlap: each laid over the last with a paper rim, as a crest's are
    rim = aggdraw.Pen(tuple(f.paper), reach * 0.018) if not notched else None
    for k in range(n):
        ring = _turn(shape, spin + 2.0 * math.pi * k / n) + at
        if rim is None:
            _polygon(draw, ring, brush(main))
        else:
            draw.polygon(ring.ravel().tolist(), rim, brush(main))
    # the eye: an ink disc ringed by stamens, one a petal pair, each a rule and a dot;
    # paper where the petals print in the ink (a black flower on a colour field)
    heart = f.ink if contrast_ratio(f.ink, main) > 2.0 else f.paper
    eye = reach * 0.12
    pen = aggdraw.Pen(tuple(heart), reach * 0.022)
    for k in range(2 * n):
        a = spin + math.pi * (k + 0.5) / n
        tip = at + np.array((math.sin(a), -math.cos(a))) * reach * (0.3 + 0.06 * (k % 2))
        draw.line((cx, cy, float(tip[0]), float(tip[1])), pen)
        dot = reach * 0.035
        draw.ellipse((tip[0] - dot, tip[1] - dot, tip[0] + dot, tip[1] + dot), brush(heart))
    draw.ellipse((cx - eye, cy - eye, cx + eye, cy + eye), brush(heart))
    # the fall: from the flower's rim towards the art's opposite corner
    beats = falling_count(f.tempo)
    hits = signals.resample(np.asarray(f.onsets, float), beats)
    gaps = 1.0 + (hits - hits.min()) / max(1e-6, float(np.ptp(hits)))
    along = np.cumsum(gaps) / gaps.sum()
    corners = [
        np.array((x, y))
        for x in (x0 + w * 0.08, x1 - w * 0.08)
        for y in (y0 + h * 0.1, y1 - h * 0.1)
    ]
    target = max(corners, key=lambda c: float(np.hypot(*(c - at))))
    heading = (target - at) / max(1e-6, float(np.hypot(*(target - at))))
    start = at + heading * reach * 0.92
    side = np.array((-heading[1], heading[0]))
    loud = int(np.argmax(hits))
    boxes = [(cx - reach, cy - reach, cx + reach, cy + reach)]
    for k in range(beats):
        t = float(along[k])
        # a swaying fall: off the straight line by a sine, as a petal drifts
        p = start + (target - start) * t + side * reach * 0.16 * math.sin(3.0 * math.pi * t)
        size = reach * (0.17 - 0.07 * t)
        ring = _turn(loose_petal(size, notched), spin + (k + 1) * 1.1) + p
        _polygon(draw, ring, brush(second if k == loud else main))
        boxes.append((ring[:, 0].min(), ring[:, 1].min(), ring[:, 0].max(), ring[:, 1].max()))
    return f.union(boxes)
