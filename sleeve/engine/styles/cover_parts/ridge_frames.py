"""Ridgeline frames: the song's ridges framed. Each draws onto the canvas
and returns its focal box (the title keeps out of it):

window: a small window on a big plain field, off-centre, holding a dense stack of the
song's ridges (each filled so near ones hide far ones, its crest in an ink that warms
from the far ridge to the near one): a dark window on paper, a light one on a dark
field; for a city title each crest stepped into rooftops, lamps lit under the near
ones where the song is loud (the skyline seen through the window).
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.color import RGB, rgb_to_oklch
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_pictures import night_inks
from sleeve.engine.styles.cover_parts.ridge_stack import (
    POINTS,
    Canvas,
    U,
    at,
    busy,
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


def _night_inks(c: Canvas) -> tuple[RGB, RGB, RGB, RGB]:
    """A city window's inks: a light field, the far rooftops in the dusk's glow,
    the near ones in the night's darkest ink, the lamps (the city's night inks)."""
    _, glow, _, near, lamp = night_inks(c)
    field = c.inks.bg if light(c.inks.bg) else raster.tone(c.inks.glow, 0.86)
    return field, raster.tone(glow, 0.55), near, lamp


def _roofs(c: Canvas, row: np.ndarray, width: float) -> tuple[np.ndarray, np.ndarray]:
    """The ridge stepped into rooftops of seeded widths (a busier song, more and
    narrower), each as tall as the ridge over it: the outline's x (0..width) and
    height (0..1)."""
    count = int(8 + round(10 * busy(c)))
    edges = np.concatenate([[0.0], np.cumsum(c.rng.dirichlet(np.full(count, 3.0)))])
    xs, hs = [], []
    for x0, x1 in zip(edges[:-1], edges[1:], strict=True):
        span = row[(x0 <= U) & (x1 >= U)]
        xs += [x0, x1]
        hs += [float(span.max()) if len(span) else float(np.interp(x0, U, row))] * 2
    return np.asarray(xs) * width, np.asarray(hs)


def _lamps(c: Canvas, draw: aggdraw.Draw, roof: np.ndarray, chance: np.ndarray, lamp: RGB) -> None:
    """Lit windows in a row just under a stepped crest (x, y pairs in pixels), each
    block's lit by its chance (the song's level there)."""
    brush = aggdraw.Brush(lamp)
    size = max(float(roof[:, 0].max()) * 0.014, 1.0)
    for (x0, y), (x1, _), p in zip(roof[::2], roof[1::2], chance, strict=True):
        for x in np.arange(x0 + size, x1 - 2 * size, 2.2 * size):
            if c.rng.random() < p:
                draw.rectangle([x, y + size, x + size, y + 2.3 * size], brush)


def window(c: Canvas, city: bool = False) -> Box:
    """A small window off-centre on a big plain field, full of the song's ridges: a
    dense stack (more for a busier song), each filled with the window's inside, its
    crest stepping from the far ink to the near one; square or upright by the seed.
    For a city title the crests are stepped into rooftops, the near ones' windows lit
    where the song is loud: the skyline is the song's ridges."""
    rng, s = c.rng, c.size
    field, inside, far, near = _window_inks(c)
    if city:
        field, far, dark, near = _night_inks(c)
        inside = raster.tone(far, 0.66)
    top, bottom = region(c, 0.08)
    w = float(rng.uniform(0.42, 0.54))
    tall = min(w * float(rng.choice((1.0, 1.0, 1.25))), bottom - top)
    x0 = float(rng.choice((0.08, 0.5 - w / 2, 0.92 - w)))
    y0 = float(rng.uniform(top, max(top, bottom - tall)))
    c.draw.rectangle([0, 0, s, s], aggdraw.Brush(field))
    side = (max(1, round(w * s)), max(1, round(tall * s)))
    pane = Image.new("RGB", side, inside)
    draw = aggdraw.Draw(pane)
    count = lines(c, 6, 10) if city else lines(c, 20, 40)
    h, kick = rows(c, count, 1.3)
    head = (0.36 if city else 0.28) * side[1]
    level = signals.smooth(signals.energy(c.direction, POINTS), 8)
    level = (level - level.min()) / max(float(np.ptp(level)), 1e-6)
    for i in range(count):
        t = i / max(count - 1, 1)
        base = head + 0.12 * side[1] + (side[1] * 0.96 - head - 0.12 * side[1]) * t
        xs, hs = (
            _roofs(c, h[i] / max(float(h[i].max()), 1e-6), side[0]) if city else (U * side[0], h[i])
        )
        crest = np.stack([xs, base - head * kick[i] * hs], axis=1)
        foot = np.stack([xs, np.full(len(xs), side[1] + 2.0)], axis=1)
        fill = at((inside, raster.tone(inside, rgb_to_oklch(inside)[0] * 0.8 + 0.04)), t)
        edge: RGB | None = at((far, near), t)
        if city:  # the rooftops step from the glow's haze to the night's dark, unlined
            fill, edge = at((far, dark), t**0.7), None
        ridge(draw, crest, foot, fill, edge, max(c.pen * 0.9, 0.9))
        if city and t > 0.3:
            chance = np.interp(xs[::2] / side[0], U, level) * (0.2 + 0.6 * t)
            _lamps(c, draw, crest, chance, near)
    draw.flush()
    c.draw.flush()
    c.image.paste(pane, (round(x0 * s), round(y0 * s)))
    c.draw = aggdraw.Draw(c.image)
    return (x0, y0, x0 + w, y0 + tall)


FRAMES: dict[str, Callable[[Canvas], Box]] = {"window": window}
