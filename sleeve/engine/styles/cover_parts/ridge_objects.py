"""Ridgeline objects: the song's ridges made into one thing. Each draws onto the
canvas and returns its focal box (the title keeps out of it):

beam: one bright ridge (the whole song or a close crop of it) across a black field, its
light falling away below it like a curtain or rising behind it like a dawn, a bloom
along the crest and a flare at its peak;
sphere: the ridges wrapped round a globe on a plain field, turning on a tilted axis,
each band one tone from the lit top to the shaded foot, a soft shadow under it.
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.color import RGB, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_stack import (
    Canvas,
    U,
    at,
    light,
    lines,
    loudest,
    region,
    ridge,
    rows,
)


def _paste(c: Canvas, pixels: np.ndarray) -> None:
    """Lay an (s, s, 3) float array (0..255) on the canvas; a fresh pen on it."""
    c.draw.flush()
    c.image.paste(Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8), "RGB"))
    c.draw = aggdraw.Draw(c.image)


def _beam_inks(c: Canvas) -> tuple[RGB, RGB]:
    """The beam's black field and its bright ink: the print's dark field or a near
    black in its hue; the glow of a dusk, a day print's sun lifted, a stark spot."""
    ink = c.inks
    field = ink.bg if not light(ink.bg) else oklch_to_rgb(0.13, 0.02, rgb_to_oklch(ink.near)[2])
    if light(ink.glow) and not light(ink.bg):
        return field, ink.glow
    return field, raster.vivid(ink.sun, 0.8, 0.14)


def _crest(c: Canvas) -> np.ndarray:
    """The beam's crest (POINTS, 0..1): the whole song or, by the seed, a stretch of it
    round its loudest moment seen close; a slow song's crest smoothed into long swells,
    a fast one's left jagged."""
    rng = c.rng
    h, _ = rows(c, 1, float(rng.uniform(1.0, 2.2)))
    span = float(rng.uniform(0.5, 1.0)) if rng.random() < 0.6 else 1.0
    x0 = float(np.clip(loudest(c) - span / 2 + rng.uniform(-0.1, 0.1), 0.0, 1.0 - span))
    crest = np.interp(x0 + U * span, U, h[0])
    crest = signals.smooth(crest, int(round(3 * (1.0 - signals.pace(c.direction)) / span)))
    # its floor lowered: a close crop's stretch rises from the dark, not a flat shelf
    floor = 0.8 * float(crest.min())
    return (crest - floor) / max(float(crest.max()) - floor, 1e-6)


def beam(c: Canvas) -> Box:
    """One bright ridge across a black field: the song's energy and spectrum as a
    single crest of light (_crest), the light falling away below it (a quiet song's
    slowly) or rising behind it, a bloom along it and a flare where it peaks. By the
    seed the crest runs level or climbs across the frame, low over the edge or hung
    high in the dark."""
    rng, d, s = c.rng, c.direction, c.size
    field, bright = _beam_inks(c)
    hs = _crest(c)
    xs = U * 1.02 - 0.01
    fall = 0.05 + 0.07 * (1.0 - d.energy)
    top, bottom = region(c, 0.06)
    slope = float(rng.choice((-1.0, 1.0))) * float(rng.uniform(0.0, 0.22))
    # the light falls from the crest like a curtain, or (by the seed, and always over a
    # title below) rises behind it like a dawn behind a range, the crest standing low
    # on the dark ground (the light falling from a crest at the top left a thin lit
    # shelf over a title below)
    up = not c.calm_top or bool(rng.random() < 0.45)
    if up:
        fall *= 1.0 if c.calm_top else 1.6
        base = bottom + 0.03 - abs(slope) / 2
        # a title above: the glow kept off it
        ceiling = top - 0.04 + 2.0 * fall if c.calm_top else top + 0.04
    else:
        base = bottom - 0.04 - abs(slope) / 2
        base -= float(rng.uniform(0.05, 0.24)) if rng.random() < 0.6 else 0.0
        ceiling = top + 0.04
    amp = max(min(0.42, base - ceiling - abs(slope) / 2), 0.12) * float(rng.uniform(0.7, 1.0))
    ys = base - amp * hs + slope * (xs - 0.5)
    crest = (np.interp((np.arange(s) + 0.5) / s, xs, ys) * s).astype(np.float32)
    depth = np.arange(s, dtype=np.float32)[:, None] - crest[None, :]
    depth = np.maximum(-depth if up else depth, 0.0)
    alpha = np.exp(depth * np.float32(-1.0 / (fall * s))) * np.float32(153.0)
    alpha[depth <= 0] = 0.0
    c.draw.flush()
    c.image.paste(field, (0, 0, s, s))
    c.image.paste(bright, (0, 0, s, s), Image.fromarray(alpha.astype(np.uint8)))
    c.draw = aggdraw.Draw(c.image)
    white = raster.tone(bright, 0.97, 0.03)
    line = np.stack([xs, ys], axis=1) * s
    c.draw.line(line.ravel().tolist(), raster.pen(white, max(c.pen * 1.8, 1.5)))
    peak = int(np.argmin(ys[8:-8])) + 8
    flare = s * (0.008 + 0.008 * d.loudness)
    px, py = line[peak]
    c.draw.ellipse([px - flare, py - flare, px + flare, py + flare], aggdraw.Brush(white))
    c.draw.flush()
    c.image.paste(raster.glow(c.image, s * 0.012, 0.7))
    c.draw = aggdraw.Draw(c.image)
    if up:
        return (0.0, max(0.0, float(ys.min()) - 2.0 * fall), 1.0, min(1.0, float(ys.max()) + 0.02))
    return (0.0, max(0.0, float(ys.min()) - 0.04), 1.0, 1.0)


def _sphere_ramp(c: Canvas) -> tuple[RGB, RGB, RGB]:
    """The globe's tones from its lit top to its shaded foot."""
    ink = c.inks
    if light(ink.bg):
        return raster.tone(ink.far, 0.86), ink.second, ink.near
    return ink.sun, raster.tone(ink.glow, max(rgb_to_oklch(ink.glow)[0], 0.76)), ink.far


def _globe_place(c: Canvas, top: float, bottom: float) -> tuple[float, float, float]:
    """Where the globe stands and how big (centre x, y and radius, side fractions), by
    the seed, a louder song's the bigger: whole, as big as the art's span allows;
    rising, huge and cut by the frame's edge away from the title; or in the corner,
    huger still and cut by that edge and a side (a small globe vanished at 64 px)."""
    rng = c.rng
    grow = 0.9 + 0.2 * c.direction.loudness
    pose = rng.random()
    if bottom - top < 0.58 or pose < 0.4:  # rising, or in the corner
        corner = bool(rng.random() < 0.5)
        r = float(rng.uniform(0.5, 0.6) if corner else rng.uniform(0.4, 0.52)) * grow
        sink = float(rng.uniform(0.0, 0.08))  # how deep the frame's edge cuts it
        cy = top + r + sink if c.calm_top else bottom - r - sink
        side = float(rng.choice((-1.0, 1.0)))
        reach = rng.uniform(0.2, 0.3) if corner else rng.uniform(0.0, 0.16)
        return 0.5 + side * float(reach), cy, r
    r = (bottom - top) / 2 * float(rng.uniform(0.9, 1.0))
    cy = float(rng.uniform(top + r, bottom - r))
    side = float(rng.choice((-1.0, 0.0, 1.0)))
    return 0.5 + side * float(rng.uniform(0.06, max(0.07, 0.5 - r - 0.04))), cy, r


def _latitudes(c: Canvas, count: int) -> np.ndarray:
    """Where each band's row stands down the globe (0 top .. 1 foot): spaced by the
    song's energy curve, a loud stretch a wide band and a quiet one a narrow one."""
    level = 0.35 + signals.energy(c.direction, count)
    edges = np.concatenate([[0.0], np.cumsum(level)]) / level.sum()
    return (edges[:-1] + edges[1:]) / 2


def sphere(c: Canvas) -> Box:
    """The song's ridges wrapped round a globe on a plain field: rows stacked down the
    sphere, each a band of one tone from the lit top to the shaded foot, as wide as the
    song is loud in its stretch, a darker rim on each crest, a soft shadow under it.
    The globe whole, rising from the frame's edge or in its corner (_globe_place), its
    axis tilted by the tempo (a fast song's the steeper) to the seed's side: a planet
    turning, never a sun set level behind hills."""
    rng, s = c.rng, c.size
    top, bottom = region(c, 0.05)
    cx, cy, r = _globe_place(c, top, bottom)
    tilt = float(rng.choice((-1.0, 1.0))) * (10.0 + 24.0 * signals.pace(c.direction))
    shadow = Image.new("L", (s, s), 0)
    dark = aggdraw.Draw(shadow)
    dark.ellipse(
        [(cx - r * 0.9) * s, (cy + r + 0.01) * s, (cx + r * 0.9) * s, (cy + r + 0.045) * s],
        aggdraw.Brush(110),
    )
    dark.flush()
    soft = np.asarray(raster.fast_blur(shadow, s * 0.012), np.float32)[..., None] / 255.0
    pixels = np.asarray(c.image, np.float32) * (1.0 - 0.6 * soft)
    _paste(c, pixels)
    # the globe on its own square (the frame may cut it), turned about its centre
    ox, oy = int(np.floor((cx - r) * s)) - 2, int(np.floor((cy - r) * s)) - 2
    side = int(np.ceil(2 * r * s)) + 5
    globe = Image.new("RGB", (side, side), c.inks.bg)
    draw = aggdraw.Draw(globe)
    shift = np.array([ox, oy], float)
    ramp = _sphere_ramp(c)
    count = lines(c, 12, 24)
    h, kick = rows(c, count, 1.6)
    # the tones run over the globe's visible part (its lit top kept where the frame
    # cuts the top off)
    seen_top, seen_foot = max(cy - r, 0.0), min(cy + r, 1.0)
    for i, t in enumerate(_latitudes(c, count)):
        phi = (t - 0.5) * np.pi * 0.92
        half, y = r * np.cos(phi), cy + r * np.sin(phi)
        xs = cx + half * (U * 2.0 - 1.0) * 1.05
        ys = y - r * 0.42 * np.cos(phi) * kick[i] * h[i]
        fill = at(ramp, (y - seen_top) / max(seen_foot - seen_top, 1e-6))
        rim = raster.tone(fill, max(rgb_to_oklch(fill)[0] - 0.25, 0.08))
        foot = np.stack([xs, np.full_like(xs, cy + r + 0.02)], axis=1)
        crest = np.stack([xs, ys], axis=1) * s - shift
        ridge(draw, crest, foot * s - shift, fill, rim, max(c.pen, 1.0))
    draw.flush()
    # the bands cover the whole disc, so turning them about its centre keeps it full
    middle = (cx * s - ox, cy * s - oy)
    globe = globe.rotate(tilt, Image.Resampling.BICUBIC, center=middle, fillcolor=c.inks.bg)
    mask = Image.new("L", (side, side), 0)
    disc = aggdraw.Draw(mask)
    disc.ellipse(
        [middle[0] - r * s, middle[1] - r * s, middle[0] + r * s, middle[1] + r * s],
        aggdraw.Brush(255),
    )
    disc.flush()
    c.draw.flush()
    c.image.paste(globe, (ox, oy), mask)
    c.draw = aggdraw.Draw(c.image)
    box = (cx - r - 0.01, cy - r - 0.01, cx + r + 0.01, cy + r + 0.05)
    return (max(0.0, box[0]), max(0.0, box[1]), min(1.0, box[2]), min(1.0, box[3]))


OBJECTS: dict[str, Callable[[Canvas], Box]] = {"beam": beam, "sphere": sphere}
