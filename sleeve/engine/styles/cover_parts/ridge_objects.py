"""Ridgeline objects: the song's ridges made into one thing. Each draws onto the
canvas and returns its focal box (the title keeps out of it):

beam: one bright ridge (the whole song) across a black field, its light falling
away below it like a curtain, a bloom along the crest;
sphere: the ridges wrapped round a globe on a plain field, each band one tone from the
lit top to the shaded foot, a soft shadow under it;
weave: a woven mat on the field, its ribbons' edges the song's ridges (each swells
where the song is loud), woven over and under in two inks.
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.color import RGB, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_frames import light, region
from sleeve.engine.styles.cover_parts.ridge_stack import (
    Canvas,
    U,
    at,
    busy,
    lines,
    ridge,
    rows,
    smooth_rows,
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


def _skyline(c: Canvas, row: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The ridge stepped into a skyline of blocks of seeded widths (a busier song, more
    and narrower), each about as tall as the ridge over it (the seed trims some): the
    outline's x and height."""
    count = int(10 + round(14 * busy(c)))
    edges = np.concatenate([[0.0], np.cumsum(c.rng.dirichlet(np.full(count, 4.0)))])
    xs, hs = [], []
    for x0, x1 in zip(edges[:-1], edges[1:], strict=True):
        span = row[(x0 <= U) & (x1 >= U)]
        top = float(span.max()) if len(span) else float(np.interp(x0, U, row))
        xs += [x0, x1]
        hs += [(0.1 + 0.9 * top**1.6) * float(c.rng.uniform(0.7, 1.0))] * 2
    return np.asarray(xs) * 1.02 - 0.01, np.asarray(hs)


def beam(c: Canvas, city: bool = False) -> Box:
    """One bright ridge across a black field: the song's energy and spectrum as a
    single crest of light, the light falling away below it (a quiet song's slowly),
    a bloom along it; for a city title the ridge stepped into a skyline of light."""
    rng, d, s = c.rng, c.direction, c.size
    field, bright = _beam_inks(c)
    # a skyline spans the frame (a narrow swell stepped read as a ziggurat)
    h, _ = rows(c, 1, 2.4 if city else float(rng.uniform(1.0, 2.2)))
    xs, hs = _skyline(c, h[0]) if city else (U * 1.02 - 0.01, h[0])
    fall = 0.05 + 0.07 * (1.0 - d.energy)
    top, bottom = region(c, 0.06)
    base = bottom - (0.04 if c.calm_top else 3.2 * fall)
    amp = min(0.42, base - top - 0.04) * float(rng.uniform(0.8, 1.0))
    ys = base - amp * hs
    crest = (np.interp((np.arange(s) + 0.5) / s, xs, ys) * s).astype(np.float32)
    depth = np.maximum(np.arange(s, dtype=np.float32)[:, None] - crest[None, :], 0.0)
    alpha = np.exp(depth * np.float32(-1.0 / (fall * s))) * np.float32(153.0)
    alpha[depth <= 0] = 0.0
    c.draw.flush()
    c.image.paste(field, (0, 0, s, s))
    c.image.paste(bright, (0, 0, s, s), Image.fromarray(alpha.astype(np.uint8)))
    c.draw = aggdraw.Draw(c.image)
    white = raster.tone(bright, 0.97, 0.03)
    line = np.stack([xs, ys], axis=1) * s
    c.draw.line(line.ravel().tolist(), raster.pen(white, max(c.pen * 1.8, 1.5)))
    c.draw.flush()
    c.image.paste(raster.glow(c.image, s * 0.012, 0.7))
    c.draw = aggdraw.Draw(c.image)
    low = 1.0 if c.calm_top else min(1.0, base + 3.0 * fall)
    return (0.0, max(0.0, float(ys.min()) - 0.04), 1.0, low)


def _sphere_ramp(c: Canvas) -> tuple[RGB, RGB, RGB]:
    """The globe's tones from its lit top to its shaded foot."""
    ink = c.inks
    if light(ink.bg):
        return raster.tone(ink.far, 0.86), ink.second, ink.near
    return ink.sun, raster.tone(ink.glow, max(rgb_to_oklch(ink.glow)[0], 0.76)), ink.far


def sphere(c: Canvas) -> Box:
    """The song's ridges wrapped round a globe on a plain field: rows stacked down the
    sphere, crowding at its top and foot, each a band of one tone from the lit top to
    the shaded foot, a darker rim on each crest, a soft shadow under it."""
    rng, s = c.rng, c.size
    top, bottom = region(c, 0.05)
    room = (bottom - top - 0.05) / 2 * float(rng.uniform(0.8, 1.0))
    r = min(float(rng.uniform(0.24, 0.33)), room)
    cx = 0.5 + float(rng.choice((-1.0, 0.0, 1.0))) * float(rng.uniform(0.08, 0.5 - r - 0.06))
    cy = float(rng.uniform(top + r, max(top + r, bottom - 0.05 - r)))
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
    globe = Image.new("RGB", (s, s), c.inks.bg)
    draw = aggdraw.Draw(globe)
    ramp = _sphere_ramp(c)
    count = lines(c, 12, 24)
    h, kick = rows(c, count, 1.6)
    for i in range(count):
        t = (i + 0.5) / count
        phi = (t - 0.5) * np.pi * 0.92
        half, y = r * np.cos(phi), cy + r * np.sin(phi)
        xs = cx + half * (U * 2.0 - 1.0) * 1.05
        ys = y - r * 0.42 * np.cos(phi) * kick[i] * h[i]
        fill = at(ramp, t)
        rim = raster.tone(fill, max(rgb_to_oklch(fill)[0] - 0.25, 0.08))
        foot = np.stack([xs, np.full_like(xs, cy + r + 0.02)], axis=1)
        ridge(draw, np.stack([xs, ys], axis=1) * s, foot * s, fill, rim, max(c.pen, 1.0))
    draw.flush()
    mask = Image.new("L", (s, s), 0)
    disc = aggdraw.Draw(mask)
    disc.ellipse([(cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s], aggdraw.Brush(255))
    disc.flush()
    c.draw.flush()
    c.image.paste(globe, (0, 0), mask)
    c.draw = aggdraw.Draw(c.image)
    return (max(0.0, cx - r - 0.01), cy - r - 0.01, min(1.0, cx + r + 0.01), cy + r + 0.05)


def _weave_inks(c: Canvas) -> tuple[RGB, RGB, RGB]:
    """The weave's field and its two ribbon inks: the second the print's ink farthest
    from the first that still stands well off the field in lightness (a glow and its
    own hue's second ink read as one salmon; a dim brown on black as murk)."""
    ink = c.inks
    first = ink.near if light(ink.bg) else ink.glow

    def apart(a: RGB, b: RGB) -> float:
        return float(np.abs(np.subtract(a, b)).sum())

    field = rgb_to_oklch(ink.bg)[0]
    inks = (ink.second, ink.sun, ink.ink, ink.far, ink.near)
    others = [k for k in inks if abs(rgb_to_oklch(k)[0] - field) > 0.3]
    second = max(others, key=lambda k: apart(k, first), default=ink.second)
    return ink.bg, first, second


def _ribbons(
    c: Canvas, count: int, lo: float, hi: float, span: tuple[float, float]
) -> tuple[np.ndarray, np.ndarray]:
    """`count` ribbons across the frame between lo and hi (side fractions), each edge
    one of the song's ridges (a ribbon swells where the song is loud), soft-edged over
    (s, s) pixels, cut to `span` along their length: the coverage (0..255) and which
    ribbon covers each pixel."""
    s = c.size
    h = smooth_rows(rows(c, 2 * count, 2.4)[0], 3)
    gap = (hi - lo) / count
    along = (np.arange(s) + 0.5) / s
    cut = (along >= span[0]) & (along <= span[1])
    cover = np.zeros((s, s), np.uint8)
    which = np.zeros((s, s), np.uint8)
    for i in range(count):
        mid = lo + gap * (i + 0.5)
        upper = (mid - gap * (0.13 + 0.33 * np.interp(along, U, h[2 * i]))) * s
        lower = (mid + gap * (0.13 + 0.33 * np.interp(along, U, h[2 * i + 1]))) * s
        r0, r1 = max(int(upper.min()) - 1, 0), min(int(lower.max()) + 2, s)
        grid = (np.arange(r0, r1, dtype=np.float32) + 0.5)[:, None]
        band = np.clip(grid - upper + 0.5, 0, 1) * np.clip(lower - grid + 0.5, 0, 1)
        band = (band * cut * 255.0).astype(np.uint8)
        np.maximum(cover[r0:r1], band, out=cover[r0:r1])
        which[r0:r1][band > 127] = i
    return cover, which


def weave(c: Canvas) -> Box:
    """Ribbons woven over and under: rows in one ink, columns in the other, each edge
    one of the song's ridges (a busier song, more and narrower ribbons); where two
    cross, the one on top casts a soft shadow on the other."""
    s = c.size
    field, first, second = _weave_inks(c)
    top, bottom = region(c, 0.05)
    n = int(2 + round(3 * (0.55 * c.direction.density + 0.45 * c.direction.energy)))
    across, rows_of = _ribbons(c, n, top, bottom, (0.06, 0.94))
    cols = max(2, round(n / (bottom - top) * 0.7))
    down, cols_of = _ribbons(c, cols, 0.06, 0.94, (top, bottom))
    down, cols_of = down.T, cols_of.T
    column_over = ((rows_of ^ cols_of) & 1).astype(bool)
    row_shown = np.where(column_over, ((255 - down.astype(np.uint16)) * across) // 255, across)
    row_shown = row_shown.astype(np.uint8)
    # where a ribbon lies over another, the one under it darkens along its edges
    over = np.minimum(across, down)
    shade = np.asarray(raster.fast_blur(Image.fromarray(over), s * 0.01), np.int16)
    shade = np.clip(shade - over, 0, 255) * np.maximum(across, down).astype(np.int16) // 255
    c.draw.flush()
    c.image.paste(field, (0, 0, s, s))
    c.image.paste(second, (0, 0, s, s), Image.fromarray(down))
    c.image.paste(first, (0, 0, s, s), Image.fromarray(row_shown))
    dark = Image.fromarray((shade * 0.45).astype(np.uint8))
    c.image.paste((0, 0, 0), (0, 0, s, s), dark)
    c.draw = aggdraw.Draw(c.image)
    return (0.05, top, 0.95, bottom)


OBJECTS: dict[str, Callable[[Canvas], Box]] = {"beam": beam, "sphere": sphere, "weave": weave}
