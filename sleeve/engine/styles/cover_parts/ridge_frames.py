"""Ridgeline frames: the song's ridges framed or cropped. Each draws onto the canvas
and returns its focal box (the title keeps out of it):

window: a small window on a big plain field, off-centre, holding a dense stack of the
song's ridges (each filled so near ones hide far ones, its crest in an ink that warms
from the far ridge to the near one): a dark window on paper, a light one on a dark
field;
crop: a few of the song's ridges cropped huge around its loudest swell, thick strokes
of one ink on a flat field, each filled with the field so near ones hide far ones.
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.color import RGB, rgb_to_oklch
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_stack import (
    POINTS,
    Canvas,
    U,
    at,
    lines,
    ridge,
    rows,
)


def light(colour: RGB) -> bool:
    """Whether a colour is a light one (a paper or a glow)."""
    return rgb_to_oklch(colour)[0] > 0.5


def region(c: Canvas, margin: float = 0.04) -> tuple[float, float]:
    """The span (top, bottom, side fractions) the art may take: all but the title's
    calm band and a margin."""
    if c.calm_top:
        return c.room + margin, 1.0 - margin
    return margin, 1.0 - c.room - margin


def _window_inks(c: Canvas) -> tuple[RGB, RGB, RGB, RGB]:
    """The window's inks: field, the window's inside, the far crest, the near crest.
    Paper holds a deep window in the print's own hue (never the plot's black) of
    light crests; a dark field a light window of dark ones (a pastel never: a stark
    print's spot glow makes bone with crests from the spot to black)."""
    ink = c.inks
    chroma = rgb_to_oklch(ink.near)[1]
    if light(ink.bg):
        inside = raster.tone(ink.near, 0.2, min(max(chroma, 0.02), 0.1))
        return ink.bg, inside, raster.tone(ink.far, 0.62), raster.tone(ink.sun, 0.92)
    if rgb_to_oklch(ink.glow)[1] > 0.1:  # a spot glow (stark): bone, crests spot to black
        return ink.bg, ink.sun, ink.glow, raster.tone(ink.near, 0.12)
    inside = raster.tone(ink.glow, max(rgb_to_oklch(ink.glow)[0], 0.84))
    return ink.bg, inside, raster.tone(ink.far, 0.45), raster.tone(ink.near, 0.12)


def window(c: Canvas) -> Box:
    """A small window off-centre on a big plain field, full of the song's ridges: a
    dense stack (more for a busier song), each filled with the window's inside, its
    crest stepping from the far ink to the near one; square or upright by the seed."""
    rng, s = c.rng, c.size
    field, inside, far, near = _window_inks(c)
    top, bottom = region(c, 0.08)
    w = float(rng.uniform(0.42, 0.54))
    tall = min(w * float(rng.choice((1.0, 1.0, 1.25))), bottom - top)
    x0 = float(rng.choice((0.08, 0.5 - w / 2, 0.92 - w)))
    y0 = float(rng.uniform(top, max(top, bottom - tall)))
    c.draw.rectangle([0, 0, s, s], aggdraw.Brush(field))
    side = (max(1, round(w * s)), max(1, round(tall * s)))
    pane = Image.new("RGB", side, inside)
    draw = aggdraw.Draw(pane)
    count = lines(c, 20, 40)
    h, kick = rows(c, count, 1.3)
    head = 0.28 * side[1]
    xs = U * side[0]
    for i in range(count):
        t = i / max(count - 1, 1)
        base = head + 0.12 * side[1] + (side[1] * 0.96 - head - 0.12 * side[1]) * t
        crest = np.stack([xs, base - head * kick[i] * h[i]], axis=1)
        foot = np.stack([xs, np.full(POINTS, side[1] + 2.0)], axis=1)
        fill = at((inside, raster.tone(inside, rgb_to_oklch(inside)[0] * 0.8 + 0.04)), t)
        ridge(draw, crest, foot, fill, at((far, near), t), max(c.pen * 0.9, 0.9))
    draw.flush()
    c.draw.flush()
    c.image.paste(pane, (round(x0 * s), round(y0 * s)))
    c.draw = aggdraw.Draw(c.image)
    return (x0, y0, x0 + w, y0 + tall)


def _crop_inks(c: Canvas) -> tuple[RGB, RGB]:
    """The crop's field and line: the print's field and its deepest ink on paper, or
    its brightest on a dark field (a stark print: black on the spot, bone on black)."""
    ink = c.inks
    if light(ink.bg):
        return ink.bg, ink.near
    return ink.bg, max(ink.sun, ink.glow, key=lambda k: rgb_to_oklch(k)[0])


def crop(c: Canvas) -> Box:
    """A few of the song's ridges cropped huge: the frame zooms into the stack's
    loudest swell, so each ridge is one great curve, and the bands between them are
    printed ink and field in turn (stripes as wide as the song's ridges leave them);
    fewer and wider for a sparse song."""
    rng, d, s = c.rng, c.direction, c.size
    field, ink = _crop_inks(c)
    count = 2 * lines(c, 3, 5)
    h, kick = rows(c, count, 1.0)
    span = float(rng.uniform(0.3, 0.45))
    peak = float(np.argmax(h.sum(axis=0))) / (POINTS - 1)
    x0 = float(np.clip(peak - span * rng.uniform(0.3, 0.7), 0.0, 1.0 - span))
    h = np.stack([signals.smooth(np.interp(x0 + U * span, U, row), 4) for row in h])
    h = 0.8 * h.mean(axis=0) + 0.2 * h  # one great swell, each ridge its own on it
    h = (h - h.min()) / max(float(np.ptp(h)), 1e-6)
    top, bottom = region(c, 0.0)
    amp = (bottom - top) * (0.34 + 0.12 * d.loudness)
    step = (bottom - top - 0.05 - amp) / max(count - 1, 1)
    c.draw.rectangle([0, 0, s, s], aggdraw.Brush(field))
    x = U * 1.1 - 0.05
    crest_top = 1.0
    for i in range(count):
        base = top + 0.03 + amp + step * i
        ys = base - amp * (0.8 + 0.2 * kick[i]) * h[i]
        crest_top = min(crest_top, float(ys.min()))
        foot = np.stack([x, np.full(POINTS, 1.1)], axis=1)
        # ink and field in turn, the last band the field (no block cut flat at the foot)
        ridge(c.draw, np.stack([x, ys], axis=1) * s, foot * s, field if i % 2 else ink)
    c.draw.rectangle([0, int(bottom * s), s, s], aggdraw.Brush(field))  # the title's band
    return (0.0, max(0.0, crest_top - 0.03), 1.0, bottom if not c.calm_top else 1.0)


FRAMES: dict[str, Callable[[Canvas], Box]] = {"window": window, "crop": crop}
