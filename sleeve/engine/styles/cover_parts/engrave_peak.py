"""The crag: one peak under a storm sky, engraved in the manner of Doré. Its skyline
is the song's loudness as a jagged crest falling from the summit; rules fan down its
faces along the fall lines, the faces lit on one side and in shade on the other,
broken into facets; the shade is cross-hatched with rules that echo the skyline; its
foot dissolves into mist, and a dark ledge in the foreground frames it. A loud metal
song's crag is struck by a forked bolt of lightning."""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.engrave_gothic import cover, ribbon
from sleeve.engine.styles.cover_parts.engrave_hatch import Plate, rules, smooth_mask, stroke
from sleeve.engine.styles.cover_parts.engrave_sky import spacing, storm, vignette

Box = tuple[float, float, float, float]


def _skyline(
    plate: Plate, x: np.ndarray, sx: float, sy: float, h: float, zoom: float
) -> np.ndarray:
    """The crest's height (fraction, per column): a peak falling to both sides, steeper
    the louder the song, and a lower shoulder, jagged by the song's loudness along the
    width; `zoom` (1 whole, more: nearer, its flanks leaving the frame) widens it."""
    rng = plate.rng
    d = plate.direction
    dx = (x - sx) / zoom
    steep = 0.75 + 0.5 * d.energy
    left, right = (np.float32(steep * rng.uniform(0.9, 1.5)) for _ in range(2))
    top = sy + h * np.where(dx < 0, left, right) * np.abs(dx) ** 0.8
    way = 1.0 if sx < 0.5 else -1.0  # the shoulder on the wider side
    bx = sx + way * zoom * float(rng.uniform(0.24, 0.34))
    top = np.minimum(top, sy + h * (0.3 + 1.2 * np.abs((x - bx) / zoom) ** 0.9))
    loud = np.interp(x, np.linspace(0.0, 1.0, 36), signals.energy(d, 36)).astype(np.float32)
    teeth = np.interp(x, np.linspace(0.0, 1.0, 50), rng.random(50)).astype(np.float32)
    crag = h * ((0.06 + 0.08 * d.energy) * (loud - 0.5) + 0.035 * (teeth - 0.5))
    return top + crag * np.clip(np.abs(dx) / 0.05, 0.0, 1.0)


def _facets(plate: Plate, f: np.ndarray) -> np.ndarray:
    """A random piecewise-linear profile (0..1) across the fan of fall lines: the
    ribs and gullies of the faces."""
    knots = np.linspace(-4.0, 4.0, 44)
    return np.interp(f, knots, plate.rng.random(len(knots))).astype(np.float32)


def draw(plate: Plate) -> Box:
    """The sky, the peak and the ledge; returns the peak's box (fractions)."""
    rng = plate.rng
    side = plate.side
    dark = plate.inks.dark
    y0, y1 = plate.art_span()
    h = y1 - y0
    s = spacing(plate)
    sx = float(rng.uniform(0.22, 0.78))
    sy = y0 + h * float(rng.uniform(0.05, 0.14))
    light = 1.0 if rng.random() < 0.5 else -1.0  # 1: the light comes from the left
    plate.focus((0.0, y0, 1.0, y1))  # the title's band is left alone
    storm(plate, (sx - 0.35 * light, sy + 0.1))
    x, y = plate.grid()
    top = _skyline(plate, x, sx, sy, h, float(rng.uniform(1.0, 1.7)))
    mass = smooth_mask(top - y, side)
    plate.erase(mass)
    # the fall lines: a fan from above the summit, one coordinate per line
    lift = 0.18 * h
    reach = y - sy + lift
    f = (x - sx) / reach
    depth = 0.5 * h + lift
    mist = np.clip((y - (y1 - 0.3 * h)) / (0.25 * h), 0.0, 1.0)
    shade = 0.5 + 0.5 * np.tanh((x - sx) * light / 0.05)
    darkness = 0.05 + 0.6 * shade + 0.35 * _facets(plate, f * 2.2) ** 1.5
    tone = (0.08 + 0.82 * (1.0 - darkness)) if dark else darkness
    tone = tone * (1.0 - 0.85 * mist) * mass
    plate.ink(rules(plate, tone, s, np.pi / 2, x - f * depth, depth / reach))
    cross = np.clip((tone - 0.5) * 2.2, 0.0, 1.0)
    plate.ink(rules(plate, cross, s * 1.1, 0.0, (sy - top) * 0.7))
    plate.ink(stroke(top - y, side, max(1.5 / side, 0.003)) * (1.0 - mist))
    if plate.direction.genre == "metal" and plate.direction.energy > 0.55:
        bx = sx + float(rng.uniform(0.1, 0.22)) * (1 if sx < 0.5 else -1)
        bolt(plate, bx, float(np.interp(bx, x[0], top[0])) + 0.02)
    plate.focus((0.0, y1 - 0.3 * h, 1.0, y1))  # the foot's rows: its mist and the ledge
    rows = plate.window[0].stop - plate.window[0].start  # the last rows of the picture's
    if dark:  # the mist at its foot in fine pale rules, for the ledge to stand against
        plate.ink(rules(plate, 0.22 * mist[-rows:] * mass[-rows:], s * 0.8, 0.0))
    _ledge(plate, -light)
    plate.focus((0.0, y0, 1.0, y1))
    vignette(plate)
    plate.focus(None)
    cols = np.nonzero(top[0] < y0 + 0.55 * h)[0]
    grid_x = x[0]
    left = float(grid_x[cols[0]]) if len(cols) else 0.2
    right = float(grid_x[cols[-1]]) if len(cols) else 0.8
    return (left, max(y0, sy - 0.03), right, y0 + 0.8 * h)


def bolt(plate: Plate, bx: float, by: float) -> None:
    """A forked bolt of lightning from the picture's top down to (bx, by) on the
    crag's flank, jagged by the seed: pale ink on a deep field, on paper an ink bolt
    in a scraped halo. Works on the plate's window (the picture)."""
    rng = plate.rng
    y0 = plate.art_span()[0]
    steps = 9
    ys = np.linspace(y0, by, steps)
    xs = bx + np.concatenate([[0.0], np.cumsum(rng.normal(0, 0.045, steps - 1))])
    xs -= (xs[-1] - bx) * np.linspace(0.0, 1.0, steps)  # it strikes (bx, by)
    fork = int(rng.integers(3, 6))
    fx = xs[fork] + np.cumsum(rng.normal(0.04 if bx > 0.5 else -0.04, 0.025, 3))
    fy = ys[fork] + np.linspace(0.04, 0.12, 3) * (by - y0)
    lines = [(xs, ys, 0.016), (np.r_[xs[fork], fx], np.r_[ys[fork], fy], 0.009)]
    taper = [0.5 * w * np.linspace(1.0, 0.35, len(px)) for px, _, w in lines]
    path = cover(plate, [ribbon(px, py, t) for (px, py, _), t in zip(lines, taper, strict=True)])
    halo = cover(
        plate, [ribbon(px, py, 3 * t) for (px, py, _), t in zip(lines, taper, strict=True)]
    )
    plate.erase(halo)
    plate.ink(path)
    if plate.inks.dark:
        plate.ink(0.35 * halo)


def _ledge(plate: Plate, way: float) -> None:
    """A dark rock ledge rising to one side of the foreground (a repoussoir), its edge
    jagged by the song's end, solid ink scratched with pale rules (left unlit on a deep
    field), in the plate's window (the picture's last 0.3 of its height)."""
    side = plate.side
    x, y = plate.grid()
    y0, y1 = plate.art_span()
    h = y1 - y0
    u = np.clip(x if way > 0 else 1.0 - x, 0.0, 1.0)  # 1 at the ledge's high side
    loud = np.interp(u, np.linspace(0.0, 1.0, 24), signals.energy(plate.direction, 24))
    loud = loud.astype(np.float32)
    edge = y1 - h * (0.04 + 0.2 * u**2.2 + 0.03 * loud)
    rock = smooth_mask(edge - y, side)
    plate.erase(rock)
    s = spacing(plate)
    if plate.inks.dark:  # unlit, but for its rim catching the light in a few rules
        rim = np.clip(1.0 - (y - edge) / (0.05 * h), 0.0, 1.0) * rock
        plate.ink(rules(plate, 0.6 * rim, s * 0.9, 0.35 * way))
        return
    plate.ink(rock)  # solid, scratched with a few pale rules along its slope
    plate.erase(rules(plate, 0.12 * rock, s * 1.6, 0.35 * way))
