"""The smooth compositions of the spectrogram style: the groove spectrogram (a polar
log-spectrogram, angle time and radius frequency, cut with fine sine grooves) as a big
disc slid half out of a side of the frame (a record out of its sleeve), its label always
well inside the frame, and a hazed field of soft colour for the hazy genres
(shoegaze) and the coloured fields the plate does not suit.

(The quarter disc swung out of a corner was retired: a stock corner motif. A huge arc, a
curved band across the cover, was retired: with the twisting ribbon it made every other
cover a band.) Edges are crisp except the haze's, which melts into the field toward the
title as the genre asks."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine.styles.cover_parts.spectro_layouts import (
    MARGIN,
    Box,
    Canvas,
    Ink,
    Spec,
    cells,
    changes,
    coverage,
    lit,
)

TIME_STEPS = 480  # the spectrum's frames interpolated to this many, so arcs run smooth


def smooth_time(spec: Spec) -> Spec:
    """The spectrum interpolated along time to TIME_STEPS frames (no stair steps)."""
    frames = spec.shape[0]
    at = np.linspace(0.0, frames - 1.0, TIME_STEPS)
    lo = np.minimum(at.astype(np.intp), frames - 2)
    w = (at - lo).astype(spec.dtype)[:, None]
    return spec[lo] * (1 - w) + spec[lo + 1] * w


def _stretch(value: np.ndarray, inside: np.ndarray) -> np.ndarray:
    """The value's own range (inside the shape) stretched to 0..1."""
    seen = value[inside] if inside.any() else value
    lo, hi = np.percentile(seen, (2.0, 99.5))
    return np.clip((value - lo) / max(float(hi - lo), 1e-6), 0.0, 1.0)


EYE = 0.2  # the least room (fractions of the side) between the label and the frame's edge


def room(free: Box) -> float:
    """The largest radius a record may take in the free part, whole toward the title
    and its label EYE inside the frame."""
    fx0, fy0, fx1, fy1 = free
    size = min(0.86 * (fy1 - fy0), 0.6)
    if fy0 > 0.0:  # title on top: whole up to a margin below it, cut by the bottom edge
        return min(size, 1.0 - EYE - fy0 - MARGIN)
    if fy1 < 1.0:  # title below: cut by the top edge
        return min(size, fy1 - MARGIN - EYE)
    return size


def _posed(free: Box, rng: np.random.Generator) -> tuple[float, float, float]:
    """Radius and centre of a big disc slid half out of a side of the frame (a record
    out of its sleeve), its far rim past the frame's edge away from the title, whole
    toward the title, how far it is out by the seed. Its label stays EYE inside the
    frame: a disc whose label sat in the frame's corner was the stock record on every
    other cover."""
    fx0, fy0, fx1, fy1 = free
    size = room(free) * rng.uniform(0.96, 1.0)
    if fy0 > 0.0:
        cy = fy0 + MARGIN + size
    elif fy1 < 1.0:
        cy = fy1 - MARGIN - size
    else:
        cy = 0.5 + rng.uniform(-1.0, 1.0) * max(0.0, 0.5 - MARGIN - size)
    edges = [e for e, at in ((-1.0, fx0), (1.0, fx1)) if at in (0.0, 1.0)] or [-1.0]
    edge = float(rng.choice(edges))
    past = max(size * rng.uniform(0.35, 0.8), EYE)  # the centre in from the edge
    return size, (fx0 + past if edge < 0 else fx1 - past), cy


def groove(c: Canvas, rng: np.random.Generator) -> Ink:
    """The groove spectrogram posed in the frame (see the module): time runs round the angle
    the frame shows, frequency out from a small empty heart, bass inside; fine sine
    grooves follow the rings, the spectrum lights them."""
    size, cx, cy = _posed(c.free, rng)  # a big record, its label inside the frame
    hole, span, axis = rng.uniform(0.1, 0.2), np.pi, rng.uniform(0, 2 * np.pi)
    dx, dy = c.x - cx, c.y - cy
    dist = np.sqrt(dx * dx + dy * dy)
    turn = np.arctan2(dy, dx) - axis
    ang = (turn + np.pi) % (2 * np.pi) - np.pi  # -pi..pi about the axis
    u = np.clip(0.5 + ang / (2 * span), 0.0, 0.9999)
    if rng.random() < 0.5:
        u = 1.0 - u
    r = np.clip((dist / size - hole) / (1 - hole), 0.0, 0.9999)
    step = size * (1 - hole)  # the rings' depth, fractions of the side
    count = int(rng.integers(40, 90))
    count = int(min(count, step * c.res / 3.2))  # at least ~3 px a groove
    inset = np.minimum(size - dist, dist - hole * size)
    cover = coverage(c, inset)
    value = _stretch(cells(smooth_time(changes(c.spec)), u, r), cover > 0)
    if count >= 6:  # the grooves swing with the music: rings pushed out where it is loud
        value = value * (0.45 + 0.55 * np.cos(2 * np.pi * (r * count + 0.8 * value)))
    # the label: a solid disc in the tip ink round the spindle, the record's bright eye
    label = coverage(c, np.minimum(hole * size - dist, dist - 0.025 * size))
    cover = np.maximum(cover, label)
    value = np.where(label > 0, 1.0, value)
    box = (cx - size, cy - size, cx + size, cy + size)
    return lit(c, cover, value, box, floor=0.12)


def haze(c: Canvas, rng: np.random.Generator) -> Ink:
    """The log-spectrogram as a wall of glowing, blurred light bands filling the free
    part to the frame's edges (shoegaze's wall of sound): a few band groups, each a
    horizontal beam of light whose brightness runs with that group's level over the
    song, a soft halo round a bright core, dark gaps between the beams (structure a
    thumbnail still reads), melting into the field toward the title."""
    fx0, fy0, fx1, fy1 = c.free
    frames, bands = c.spec.shape
    beams = max(3, int(round((fy1 - fy0) / rng.uniform(0.14, 0.17))))
    groups = np.array_split(np.arange(bands), beams)
    level = np.stack([c.spec[:, g].mean(axis=1) for g in groups[::-1]])  # treble on top
    level = ndimage.gaussian_filter1d(level, frames * 0.04, axis=1, mode="nearest")
    level = (level - level.min()) / max(float(np.ptp(level)), 1e-6)
    if rng.random() < 0.5:
        level = level[:, ::-1]
    x = np.clip((c.x - fx0) / max(fx1 - fx0, 1e-6), 0.0, 1.0)
    y = (c.y - fy0) / max(fy1 - fy0, 1e-6)
    at = np.linspace(0.0, 1.0, frames)
    gap = 1.0 / beams
    core = rng.uniform(0.052, 0.058) / max(fy1 - fy0, 1e-6)  # soft: never a crisp edge
    value = np.zeros((c.res, c.res), np.float32)
    sway = rng.uniform(0.0, 2 * np.pi, beams)
    for k in range(beams):
        bright = np.interp(x[0], at, level[k]).astype(np.float32)[None, :]
        centre = (k + 0.5) * gap + 0.12 * gap * np.sin(2 * np.pi * x * 1.5 + sway[k])
        d = (y - centre) / core
        glow = np.exp(-0.5 * d * d) + 0.2 * np.exp(-0.5 * (d / 2.0) ** 2)
        value = np.maximum(value, (0.45 + 0.55 * bright) * glow / 1.2)
    value = np.clip(value, 0.0, 1.0)
    inside_free = (c.x >= fx0) & (c.x <= fx1) & (c.y >= fy0) & (c.y <= fy1)
    soft = 0.14  # the melt toward the title, fractions of the side
    melt = np.ones((c.res, c.res), np.float32)
    for coord, edge, sign in ((c.x, fx0, 1), (c.y, fy0, 1), (c.x, fx1, -1), (c.y, fy1, -1)):
        if 0.0 < edge < 1.0:
            t = np.clip(sign * (coord - edge) / soft, 0.0, 1.0)
            melt = np.minimum(melt, t * t * (3 - 2 * t))
    inside = (melt > 0.0) & inside_free
    value = np.where(inside, (0.06 + 0.94 * value) * melt, 0.0).astype(np.float32)
    return Ink(value, inside, c.free)
