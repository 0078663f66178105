"""Ridgeline compositions: every one is a pulsar print, 40-80 of the song's ridges (one
energy and spectrum slice per ridge, back to front, each filled so it hides the ones
behind) built into ONE bold silhouette, the field calm round it for the title. Each
draws onto the field and returns its focal box (the title keeps out of it): the
planet, the wave, the tower and the summit here; the centred plot, the skyline and
the road in ridge_scenes.

planet: a great disc of ridges, its rows bowed like a globe's latitudes, a crisp rim;
wave: the whole stack bent into one rolling wave that climbs to a steep face where
the song is loudest, the lines riding over it edge to edge;
tower: a tall block of ridges standing off centre, the loudest at its crown;
summit: the stack cut to one mountain peaked where the song is loudest, sky round it.
(The compositions reviewers retired are listed in ridgeline.RETIRED; their code is
gone.)
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_scenes import SCENES, paint
from sleeve.engine.styles.cover_parts.ridge_stack import (
    POINTS,
    Canvas,
    U,
    line_ink,
    lines,
    loudest,
    rows,
)


def _cut(c: Canvas, shape: Callable[[aggdraw.Draw, aggdraw.Brush], None]) -> None:
    """Cut the field back round the silhouette `shape` draws (its hole): everything
    outside it returns to the plain field, so the stack reads as one bold form."""
    s = c.size
    mask = Image.new("L", (s, s), 255)
    d = aggdraw.Draw(mask)
    shape(d, aggdraw.Brush(0))
    d.flush()
    c.cutout.append((mask, c.inks.bg))


def _rim(c: Canvas) -> aggdraw.Pen:
    """The silhouette's crisp edge (half of it survives the cut), heavier than a line."""
    return raster.pen(line_ink(c, 1.0), max(c.pen * 2.6, 1.8))


def planet(c: Canvas) -> Box:
    """A great disc of the song's ridges, its rows bowed like a globe's latitudes
    (loud songs ride higher) and tilted by the seed, a crisp rim; off centre by the
    seed, the title in the calm band the disc leaves."""
    rng, s = c.rng, c.size
    r = float(np.clip(0.5 - c.room * 0.55, 0.3, 0.38))
    if c.calm_top:
        cy = 1.0 - r - float(rng.uniform(0.03, 0.06))
    else:
        cy = r + float(rng.uniform(0.03, 0.06))
    cx = 0.5 + float(rng.uniform(-1.0, 1.0)) * (0.5 - r - 0.04)
    count = lines(c, 36, 64)
    h, kick = rows(c, count, 1.2)
    head = r * (0.28 + 0.14 * c.direction.loudness)
    # the globe's tilt, the seed's (upright on some): its latitudes run aslant
    tilt = 0.0 if rng.random() < 0.3 else float(rng.uniform(-0.45, 0.45))
    turn = np.array([[np.cos(tilt), -np.sin(tilt)], [np.sin(tilt), np.cos(tilt)]])

    def tilted(pts: np.ndarray) -> np.ndarray:
        return (pts - (cx, cy)) @ turn.T + (cx, cy)

    for i in range(count):
        t = (i + 0.5) / count
        y = cy - r + 2 * r * t
        half = float(np.sqrt(max(r * r - (y - cy) ** 2, 0.0)))
        x = cx - r + 2 * r * U
        u = np.clip((x - cx) / max(half, 1e-3), -1.0, 1.0)
        inside = np.clip(1.0 - u * u, 0.0, 1.0)
        base = y + 0.16 * half * inside  # a latitude seen from above bows down
        crest = np.stack([x, base - head * kick[i] * h[i] * inside**0.8], axis=1)
        foot = np.stack([x, base + head + 0.02], axis=1)  # deep enough to hide
        paint(c, i, count, tilted(crest), tilted(foot))
    box = [(cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s]
    _cut(c, lambda d, hole: d.ellipse(box, hole))
    c.draw.ellipse(box, _rim(c))
    return (cx - r, cy - r, cx + r, cy + r)


def wave(c: Canvas) -> Box:
    """The stack bent into one rolling wave: every ridge rides over it edge to edge,
    climbing slowly to a steep face where the song is loudest (the face on the side
    the seed picks); far rows rise most, near rows flatten towards the calm ground."""
    rng = c.rng
    d = c.direction
    count = lines(c, 48, 80)
    h, kick = rows(c, count, 2.6)
    crest_x = float(np.clip(loudest(c) + float(rng.uniform(-0.1, 0.1)), 0.25, 0.75))
    lean = 1.0 if rng.random() < 0.5 else -1.0  # which side the steep face is on
    back, front = float(rng.uniform(0.34, 0.5)), float(rng.uniform(0.09, 0.14))
    dx = (U - crest_x) * lean
    roll = np.where(dx < 0, np.exp(-((dx / back) ** 2)), np.exp(-((dx / front) ** 2)))
    rise = 0.2 + 0.12 * d.energy
    head = 0.045 + 0.03 * d.loudness
    if c.calm_top:
        y0, y1 = c.room + rise + head + 0.04, 0.98
    else:
        y0, y1 = rise + head + 0.06, 0.95 - c.room
    x = U * 1.04 - 0.02
    for i in range(count):
        t = i / (count - 1)
        base = y0 + (y1 - y0) * t - rise * roll * (1.0 - 0.75 * t)
        crest = np.stack([x, base - head * kick[i] * h[i]], axis=1)
        paint(c, i, count, crest, np.stack([x, np.minimum(base + head + 0.02, 1.05)], axis=1))
    return (0.0, y0 - rise - head - 0.02, 1.0, min(1.0, y1 + 0.02))


def tower(c: Canvas) -> Box:
    """A tall block of the song's ridges standing off centre on the bottom edge (or
    hung from the top): the stack crowded into a column, its crown the loudest ridge
    breaking over the top edge, crisp sides; the title beside or above it."""
    rng, s = c.rng, c.size
    w = float(rng.uniform(0.4, 0.5))
    x0 = 0.5 - w / 2 + float(rng.choice((-1.0, 1.0))) * float(rng.uniform(0.12, 0.2))
    x0 = float(np.clip(x0, 0.04, 0.96 - w))
    x1 = x0 + w
    head = 0.045 + 0.03 * c.direction.loudness
    if c.calm_top:
        y0, y1 = c.room + head + 0.03, 1.0
    else:
        y0, y1 = head + 0.05, 0.96 - c.room
    count = lines(c, 46, 80)
    h, kick = rows(c, count, 1.1)
    x = x0 + (x1 - x0) * U
    for i in range(count):
        t = i / (count - 1)
        base = y0 + (y1 - y0 - 0.02) * t
        amp = head * kick[i] * (1.3 - 0.5 * t)  # the crown breaks highest
        # every row keeps its shape (a quiet intro left the crown a flat lid)
        row = h[i] / max(float(h[i].max()), 0.45)
        crest = np.stack([x, base - amp * row], axis=1)
        foot = np.full(POINTS, min(base + head * 1.3 + 0.02, 1.05))
        paint(c, i, count, crest, np.stack([x, foot], axis=1))
    top = y0 - head * 1.3
    box = [x0 * s, top * s, x1 * s, y1 * s + 2]
    _cut(c, lambda d, hole: d.rectangle(box, hole))
    rim = _rim(c)
    c.draw.line([x0 * s, top * s + 1, x0 * s, y1 * s + 2], rim)
    c.draw.line([x1 * s, top * s + 1, x1 * s, y1 * s + 2], rim)
    return (x0, top, x1, y1)


def _massif(c: Canvas) -> np.ndarray:
    """The summit's outline, 0..1: one peak where the song is loudest, its flanks the
    song's energy (a shoulder where a loud stretch is), so one summit leads."""
    rng = c.rng
    peak = float(np.clip(loudest(c) + float(rng.uniform(-0.08, 0.08)), 0.3, 0.7))
    # the flanks run off the frame, one steeper than the other
    left, right = (float(rng.uniform(0.45, 0.75)) for _ in range(2))
    dist = np.where(peak > U, (peak - U) / left, (U - peak) / right)
    cone = np.clip(1.0 - dist, 0.0, 1.0) ** 1.6
    level = signals.smooth(signals.energy(c.direction, POINTS), 5)
    crag = signals.smooth(rng.normal(0, 1, POINTS), 2)
    out = cone * (0.7 + 0.3 * level) + 0.035 * crag * (0.3 + cone)
    out = np.clip(out, 0.0, None)
    return out / max(float(out.max()), 1e-6)


def summit(c: Canvas) -> Box:
    """The stack cut to one mountain: rows of the song's ridges fill a peak that rises
    where the song is loudest, its flanks running off the frame, a clean sky round it
    for the title (or the peak high and its foot a calm ground below)."""
    s = c.size
    if c.calm_top:
        top, foot = c.room + 0.04, 1.0
    else:
        top, foot = 0.06, 0.97 - c.room
    outline = _massif(c)
    tall = (foot - top) * 0.92
    ys = foot - tall * outline
    count = lines(c, 40, 72)
    h, kick = rows(c, count, 2.8)
    head = 0.05 + 0.03 * c.direction.loudness
    x = U * 1.04 - 0.02
    for i in range(count):
        t = i / (count - 1)
        base = top + 0.02 + (foot - top) * t
        crest = np.stack([x, base - head * kick[i] * h[i]], axis=1)
        sole = np.full(POINTS, min(base + head + 0.02, 1.05))
        paint(c, i, count, crest, np.stack([x, sole], axis=1))
    pts = np.stack([U, ys], axis=1) * s
    poly = [0.0, foot * s + 2, *pts.ravel().tolist(), float(s), foot * s + 2]
    _cut(c, lambda d, hole: d.polygon(poly, hole))
    c.draw.line(pts.ravel().tolist(), _rim(c))
    return (0.0, float(ys.min()) - 0.01, 1.0, foot)


# calm to loud (ridgeline._pick leans within them): the wave, the planet, the plot,
# the summit, the tower; the skyline and the road only for a title that names one
LAYOUTS: dict[str, Callable[[Canvas], Box]] = {
    "wave": wave,
    "planet": planet,
    "pulsar": SCENES["pulsar"],
    "summit": summit,
    "tower": tower,
    "skyline": SCENES["skyline"],
    "road": SCENES["road"],
}
