"""Bokeh scenes with a light source you can name: a mirrorball throwing its spots
round a dark room, and stage lights whose beams cut through haze. Light rows are as
in bokeh_lights (x, y, radius, colour index, opacity); beams are a float field."""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.styles.cover_parts.bokeh_lights import RES, Box, light_rows


def _beam(x: float, y: float, aim: float, width: float, fall: float) -> np.ndarray:
    """One beam's brightness (RES, RES) from (x, y) along angle `aim`, widening by
    `width` per unit of length and fading by `fall`."""
    yy, xx = (np.mgrid[0:RES, 0:RES].astype(np.float32) + 0.5) / RES
    dx, dy = xx - x, yy - y
    along = dx * np.cos(aim) + dy * np.sin(aim)
    off = np.abs(-dx * np.sin(aim) + dy * np.cos(aim))
    cone = np.exp(-((off / (width * np.maximum(along, 0.0) + 0.012)) ** 2))
    return cone * np.exp(-np.maximum(along, 0.0) * fall) * (along > 0)


def mirrorball(
    rng: np.random.Generator, n: int, k: int, band: str
) -> tuple[np.ndarray, np.ndarray, Box]:
    """A faceted ball away from the title's band (under a title below, sometimes seen
    from beneath: huge and cut by the top of the frame), lit by one spotlight from a top
    corner, throwing its spots in a wide ring round the room, bigger and softer the
    nearer they are to the lens, few in the title's band: (light rows, beam field
    (RES, RES, k), focal box)."""
    bx = float(rng.choice((0.3, 0.5, 0.7)) + rng.uniform(-0.06, 0.06))
    by = (0.3 if band == "bottom" else 0.6) + float(rng.uniform(-0.05, 0.05))
    br = float(rng.uniform(0.07, 0.13))
    if band == "bottom" and rng.random() < 0.5:  # seen from below: huge, cut by the top
        by, br = float(rng.uniform(0.0, 0.07)), float(rng.uniform(0.19, 0.25))
    rows = [light_rows(bx, by, br * s, 0, a) for s, a in ((3.0, 0.06), (1.8, 0.1), (1.02, 0.35))]
    step = br / 4.5  # the facets: a grid of tiles, each catching the light or not
    gy, gx = np.mgrid[-5:6, -5:6].reshape(2, -1) * step
    on = np.hypot(gx, gy) < br * 0.95
    gx, gy = gx[on], gy[on]
    bright = rng.random(gx.size) ** 2
    rows.append(light_rows(bx + gx, by + gy, step * 0.55, 0, 0.25 + 0.75 * bright))
    hot = rng.random(gx.size) < 0.12
    rows.append(light_rows(bx + gx[hot], by + gy[hot], step * 0.9, 2, 0.9))
    count = 40 + 2 * n
    ang = rng.uniform(0, 2 * np.pi, count)
    dist = br + rng.uniform(0.08, 0.95, count) ** 0.7 * rng.uniform(0.5, 0.85)
    x, y = bx + dist * np.cos(ang), by + 0.7 * dist * np.sin(ang)
    calm = (y > 0.72) if band == "bottom" else (y < 0.3)
    keep = ~calm | (rng.random(count) < 0.08)
    r = rng.uniform(0.006, 0.016, count) * (1 + 3.0 * rng.random(count) ** 6)
    spots = light_rows(x, y, r, rng.integers(0, k, count), rng.uniform(0.5, 1.0, count))
    rows.append(spots[keep])
    corner = float(rng.choice((-0.05, 1.05)))
    aim = float(np.arctan2(by + 0.05, bx - corner))
    beams = np.zeros((RES, RES, k), np.float32)
    beams[..., 0] = 0.5 * _beam(corner, -0.05, aim, 0.08, 0.6)
    return np.concatenate(rows), beams, compose.around(bx, by, br * 1.6)


def stage(rng: np.random.Generator, n: int, energy: float) -> tuple[np.ndarray, np.ndarray, Box]:
    """A rig of lamps blown out of focus, each throwing a beam through haze: a truss
    along the top (level or aslant, high or dropped), footlights fanning from one
    lower corner, or two or three big followspots in one upper corner sweeping wide
    beams across: (lamp rows, beam field (RES, RES, k=2) per colour, focal box).
    Energy -> more lamps, narrower, brighter beams."""
    lamps = 3 + int(round(4 * energy + rng.integers(0, 2)))
    kind = rng.choice(3, p=(0.45, 0.3, 0.25))
    r = rng.uniform(0.035, 0.055)
    if kind == 1:  # footlights: a fan from one lower corner
        side = float(rng.choice((0.08, 0.92)))
        sx = np.full(lamps, side) + rng.normal(0, 0.02, lamps)
        sy = np.linspace(0.62, 0.92, lamps)
        aim = np.arctan2(0.1 - sy, (0.5 - side) * 1.6) + rng.normal(0, 0.12, lamps)
        r *= 1.3
    elif kind == 2:  # followspots: a few big lamps in one upper corner
        lamps = int(rng.integers(2, 4))
        side = float(rng.choice((0.06, 0.94)))
        sx = side + (0.5 - side) * rng.uniform(0.0, 0.35, lamps)
        sy = rng.uniform(0.04, 0.22, lamps)
        aim = np.arctan2(rng.uniform(0.5, 0.95, lamps) - sy, (1 - side) - sx)
        r *= 1.8
    else:  # a truss along the top, level or aslant
        left = rng.uniform(0.05, 0.35)
        sx = np.linspace(left, left + rng.uniform(0.4, 0.6), lamps)
        sy = rng.uniform(0.06, 0.28) + rng.uniform(-0.12, 0.12) * np.linspace(-1, 1, lamps)
        sy = sy + rng.normal(0, 0.012, lamps)
        aim = np.pi / 2 + rng.uniform(-0.5, 0.5) + rng.normal(0, 0.18, lamps)
    colour = np.arange(lamps) % 2
    beams = np.zeros((RES, RES, 2), np.float32)
    width = (0.11 - 0.06 * energy) * (1.6 if kind == 2 else 1.0)
    for x, y, a, c in zip(sx, sy, aim, colour, strict=True):
        beams[..., c] += _beam(float(x), float(y), float(a), width, 1.4)
    rows = np.concatenate(
        [light_rows(sx, sy, r * 2.4, colour, 0.12), light_rows(sx, sy, r, colour, 0.95)]
    )
    lo, hi = (sx.min(), sy.min()), (sx.max(), sy.max())
    box = compose.around(
        (lo[0] + hi[0]) / 2,
        (lo[1] + hi[1]) / 2,
        0.5 * (hi[0] - lo[0]) + r,
        0.5 * (hi[1] - lo[1]) + r,
    )
    return rows, beams, box
