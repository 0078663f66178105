"""Ridgeline objects: the song's ridges made into one thing. Each draws onto the
canvas and returns its focal box (the title keeps out of it):

beam: one bright ridge (the whole song) across a black field, its light falling
away below it like a curtain, a bloom along the crest;
sphere: the ridges wrapped round a globe on a plain field, each band one tone from the
lit top to the shaded foot, a soft shadow under it.
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.color import RGB, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_stack import (
    Canvas,
    U,
    at,
    light,
    lines,
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


def beam(c: Canvas) -> Box:
    """One bright ridge across a black field: the song's energy and spectrum as a
    single crest of light, the light falling away below it (a quiet song's slowly),
    a bloom along it."""
    rng, d, s = c.rng, c.direction, c.size
    field, bright = _beam_inks(c)
    h, _ = rows(c, 1, float(rng.uniform(1.0, 2.2)))
    xs, hs = U * 1.02 - 0.01, h[0]
    fall = 0.05 + 0.07 * (1.0 - d.energy)
    top, bottom = region(c, 0.06)
    # a title below left it a thin band at the top of an empty gradient
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
    the shaded foot, a darker rim on each crest, a soft shadow under it. By the seed
    the globe is whole, as big as the art's span allows, or rising: huge and cut by
    the frame's edge away from the title (a small globe vanished at 64 px)."""
    rng, s = c.rng, c.size
    top, bottom = region(c, 0.05)
    # a whole globe only where the art's span makes it a big one
    if rng.random() < 0.5 or bottom - top < 0.58:
        r = float(rng.uniform(0.4, 0.52))
        sink = float(rng.uniform(0.0, 0.08))  # how deep the frame's edge cuts it
        cy = top + r + sink if c.calm_top else bottom - r - sink
        cx = 0.5 + float(rng.uniform(-0.16, 0.16))
    else:
        r = (bottom - top) / 2 * float(rng.uniform(0.9, 1.0))
        cy = float(rng.uniform(top + r, bottom - r))
        side = float(rng.choice((-1.0, 0.0, 1.0)))
        cx = 0.5 + side * float(rng.uniform(0.06, max(0.07, 0.5 - r - 0.04)))
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
    # the tones run over the globe's visible part (its lit top kept where the frame
    # cuts the top off)
    seen_top, seen_foot = max(cy - r, 0.0), min(cy + r, 1.0)
    for i in range(count):
        t = (i + 0.5) / count
        phi = (t - 0.5) * np.pi * 0.92
        half, y = r * np.cos(phi), cy + r * np.sin(phi)
        xs = cx + half * (U * 2.0 - 1.0) * 1.05
        ys = y - r * 0.42 * np.cos(phi) * kick[i] * h[i]
        fill = at(ramp, (y - seen_top) / max(seen_foot - seen_top, 1e-6))
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
    box = (cx - r - 0.01, cy - r - 0.01, cx + r + 0.01, cy + r + 0.05)
    return (max(0.0, box[0]), max(0.0, box[1]), min(1.0, box[2]), min(1.0, box[3]))


OBJECTS: dict[str, Callable[[Canvas], Box]] = {"beam": beam, "sphere": sphere}
