"""Ridgeline's cities for a city or night title: the skyline drawn by the song's ridge
lines themselves, each crest stepped into rooftops, lit lines over the night (no
windows). Each draws onto the canvas and returns its focal box:

city-lines: the full-bleed stack, every ridge stepped into a row of rooftops, so the
stack reads as a city rising row behind row;
city-depth: the stack in perspective, stepped: streets of rooftops receding to a
horizon, the near rows tall and heavy.
(The city's peak, the mountain of lines stepped into towers, is retired: ridgeline.RETIRED.)
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_depth import receding
from sleeve.engine.styles.cover_parts.ridge_lines import stack_lines
from sleeve.engine.styles.cover_parts.ridge_paint import LineInks, Stack, paint
from sleeve.engine.styles.cover_parts.ridge_stack import Canvas, busy, lines, region


def _night(c: Canvas) -> LineInks:
    """The night's inks: a deep sky in the print's hue (a dark print keeps its own),
    rows from it down to near black, their lines from a dim haze to a lamp light,
    the loudest row in the print's sun lifted to a lamp."""
    ink = c.inks
    light, chroma, hue = rgb_to_oklch(ink.sun)
    lamp = oklch_to_rgb(max(light, 0.86), min(max(chroma, 0.06), 0.14), hue)
    if rgb_to_oklch(ink.bg)[0] < 0.5:
        sky = ink.bg
    else:
        sky = oklch_to_rgb(0.17, 0.04, rgb_to_oklch(ink.near)[2])
    haze = raster.tone(sky, 0.4, 0.05)  # the far rows in the night's own hue, not brown
    low = raster.tone(sky, 0.08)
    # the far rows' lines barely off their haze (silhouettes), the near ones lit (a
    # lit outline on every row read as a maze)
    return LineInks(sky, (haze, low), (raster.tone(sky, 0.48, 0.05), lamp), lamp)


def _stepped(c: Canvas, stack: Stack) -> Stack:
    """Every crest stepped into rooftops of seeded widths (a busier song, more and
    narrower), each roof as high as the ridge's highest point under it."""
    count = int(9 + round(12 * busy(c)))
    ceiling = region(c, 0.05)[0]  # a tower stops short of the frame or the title
    out = []
    for crest in stack.crests:
        left, right = float(crest[0, 0]), float(crest[-1, 0])
        edges = left + (right - left) * np.concatenate(
            [[0.0], np.cumsum(c.rng.dirichlet(np.full(count, 3.0)))]
        )
        street = float(crest[:, 1].max())
        # a smooth ridge stepped gave even mounds: some blocks stand lower, a few
        # tower over their row
        rise = c.rng.choice((0.55, 0.8, 1.0, 1.0, 1.4, 1.7), count)
        points = []
        for x0, x1, k in zip(edges[:-1], edges[1:], rise, strict=True):
            under = crest[(crest[:, 0] >= x0) & (crest[:, 0] <= x1), 1]
            roof = float(under.min()) if len(under) else float(np.interp(x0, *crest.T))
            roof = max(street - (street - roof) * k, ceiling)
            points += [(x0, roof), (x1, roof)]
        out.append(np.asarray(points))
    return Stack(out, stack.weights, stack.loudest)


def _paint_night(c: Canvas, stack: Stack, first: float) -> Box:
    """Lay the night sky and paint the stepped stack on it: the focal box."""
    inks = _night(c)
    c.draw.rectangle([0, 0, c.size, c.size], aggdraw.Brush(inks.field))
    paint(c, c.draw, _stepped(c, stack), inks)
    _, bottom = region(c, 0.0)
    return (0.0, max(0.0, first - 0.02), 1.0, 1.0 if c.calm_top else bottom)


def city_lines(c: Canvas) -> Box:
    """The city as the full-bleed stack of ridge lines, each stepped into rooftops:
    rows of the night city rising one behind another, lit lines on a night sky."""
    reach = float(c.rng.uniform(0.68, 1.0))  # the seed sets how high the city stands
    geometry, first = stack_lines(c, lines(c, 4, 7), float(c.rng.uniform(2.4, 3.2)), 2.6, reach)
    return _paint_night(c, geometry, first)


def city_depth(c: Canvas) -> Box:
    """The city as the stack in perspective, stepped: rows of rooftops receding to a
    horizon, crowding and thinning towards it, near rows tall and heavy."""
    geometry, first = receding(c, lines(c, 8, 13))
    return _paint_night(c, geometry, first)


CITIES: dict[str, Callable[[Canvas], Box]] = {
    "city-lines": city_lines,
    "city-depth": city_depth,
}
