"""Bokeh scenes with a light source you can name: a mirrorball throwing its spots
round a dark room, and a gig's microphone before the rig's lamps, whose beams cut
through haze. Light rows are as in bokeh_lights (x, y, radius, colour index,
opacity); beams are a float field."""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.styles.cover_parts import bokeh_lens, bokeh_mic
from sleeve.engine.styles.cover_parts.bokeh_lens import Music
from sleeve.engine.styles.cover_parts.bokeh_lights import RES, Box, light_rows
from sleeve.engine.styles.cover_parts.bokeh_photo import RES as PHOTO_RES
from sleeve.engine.styles.cover_parts.bokeh_photo import Shot, clear_of_band, discs, glow, sky


def _beam(x: float, y: float, aim: float, width: float, fall: float, res: int = RES) -> np.ndarray:
    """One beam's brightness (res, res) from (x, y) along angle `aim`, widening by
    `width` per unit of length and fading by `fall`."""
    yy, xx = (np.mgrid[0:res, 0:res].astype(np.float32) + 0.5) / res
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


def stage(rng: np.random.Generator, c: dict, band: str, n: int, music: Music) -> Shot:
    """A gig seen from the stage's edge, focused on the singer's microphone (bokeh_mic):
    the mic and its stand black and sharp off-centre, behind it the rig's coloured spots
    blown out of focus (a row, or the rig seen down its length, its near lamp huge at
    one side, the far ones small), their beams cutting through haze. The onsets light
    the lamps (a hit bright, a rest dim), the energy how many lamps and how narrow
    their beams, and how far back the mic stands."""
    energy = music.energy
    top = band == "top"
    ry = rng.uniform(0.4, 0.48) if top else rng.uniform(0.1, 0.2)
    lamps = 4 + int(round(4 * energy))
    left = rng.uniform(0.04, 0.16)
    sx = np.linspace(left, 1 - rng.uniform(0.04, 0.16), lamps)
    sy = ry + rng.uniform(-0.06, 0.06) * np.linspace(-1, 1, lamps) + rng.normal(0, 0.01, lamps)
    scale = np.ones(lamps)
    if rng.random() < 0.5:  # the rig seen down its length: a huge near lamp at one side
        u = 1 - (1 - np.linspace(0, 1, lamps)) ** 1.6
        near = float(rng.choice((0.02, 0.98)))
        sx = near + (1 - near - near) * 0.75 * u
        slope = (-1 if top else 1) * rng.uniform(0.14, 0.2)  # the near lamp off the title
        sy = ry - slope / 2 + slope * u + rng.normal(0, 0.006, lamps)
        scale = 2.8 - 2.2 * u
    k = len(c["lights"])
    ci = np.arange(lamps) % min(k, 2)
    haze = c["sky"] + (c["low"] - c["sky"]) * 0.6
    ground = sky(c["sky"] * 0.8, haze, 0.9, haze)
    cols = c["lights"]
    beams = np.zeros((PHOTO_RES, PHOTO_RES, 2), np.float32)
    width = 0.09 - 0.04 * energy
    beat = int(rng.integers(0, 128))  # the lamps read one bar's sixteenths in turn: a chase
    hits = 0.3 + 0.7 * music.onsets[(beat + np.arange(lamps)) % len(music.onsets)]
    for x, y, j, hit in zip(sx, sy, ci, hits, strict=True):
        aim = (
            np.pi / 2 + rng.uniform(-0.6, 0.6)
            if not top
            else rng.uniform(0.4, 1.2) * rng.choice((1, -1)) + np.pi / 2
        )
        beams[..., j] += hit * _beam(float(x), float(y), float(aim), width, 1.2, PHOTO_RES)
    light = 0.35 * (beams @ cols[:2])
    r = rng.uniform(0.04, 0.06)
    rows = [
        light_rows(sx, sy, r * 2.3 * scale, ci, 0.1 * hits),
        light_rows(sx, sy, r * scale, ci, 0.95 * hits),
    ]
    light += discs(np.concatenate(rows), cols, 0.3, 0.5)
    light += glow(0.5, ry, 0.7, 0.12, cols[0], 0.15)
    light = light * bokeh_lens.hush(band, 0.14, 0.35)
    mic = bokeh_mic.pose(rng, band, energy, cols[0])
    x0, y0, x1, y1 = mic.box()
    lo = float(sy.min() - r * scale.max())
    box = (min(x0, 0.1), min(y0, lo), max(x1, 0.9), y1)
    return Shot(
        ground,
        light,
        None,
        None,
        clear_of_band(compose.clip_box(box), band),
        None,
        lambda img, dy: bokeh_mic.draw(img, mic, dy),
    )
