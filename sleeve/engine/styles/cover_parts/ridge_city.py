"""Ridgeline's other night cities, so three city titles in a batch get three pictures.
Each draws onto the canvas and returns its focal box (the title keeps out of it):

city-window: the night city seen through a small window on a big plain field;
city-globe: a tiny planet: the city's blocks stand round a glowing globe, their
heights the song's ridge, windows lit where the song is loud, the moon in the sky;
city-beam: the skyline as one line of light over black (the beam's ridge stepped).
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import signals
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_frames import region
from sleeve.engine.styles.cover_parts.ridge_objects import beam
from sleeve.engine.styles.cover_parts.ridge_pictures import city, night_inks
from sleeve.engine.styles.cover_parts.ridge_stack import POINTS, Canvas, busy, disc, rows


def city_window(c: Canvas) -> Box:
    """The night city (its rooftops the song's ridges, windows lit where it is loud)
    through a small window off-centre on a big plain field of the print's paper."""
    rng, s = c.rng, c.size
    top, bottom = region(c, 0.08)
    w = float(rng.uniform(0.44, 0.56))
    tall = min(w * float(rng.choice((1.0, 1.2))), bottom - top)
    x0 = float(rng.choice((0.08, 0.5 - w / 2, 0.92 - w)))
    y0 = float(rng.uniform(top, max(top, bottom - tall)))
    side = max(8, round(w * s))
    pane = Image.new("RGB", (side, side), c.inks.bg)
    inner = Canvas(c.direction, rng, pane, aggdraw.Draw(pane), c.inks, c.pen * 0.7, 0.2, True)
    city(inner)
    inner.draw.flush()
    pane = pane.resize((side, max(1, round(tall * s))), Image.Resampling.BICUBIC)
    field = c.inks.bg if c.inks.bg[0] + c.inks.bg[1] + c.inks.bg[2] > 380 else c.inks.glow
    c.draw.rectangle([0, 0, s, s], aggdraw.Brush(field))
    c.draw.flush()
    c.image.paste(pane, (round(x0 * s), round(y0 * s)))
    c.draw = aggdraw.Draw(c.image)
    return (x0, y0, x0 + w, y0 + tall)


def _quad(cx: float, cy: float, a0: float, a1: float, r0: float, r1: float) -> list[float]:
    """A block of a ring, side fractions: from angle a0 to a1, radius r0 to r1."""
    pts = [(r0, a0), (r1, a0), (r1, a1), (r0, a1)]
    return [v for r, a in pts for v in (cx + r * np.cos(a), cy + r * np.sin(a))]


def city_globe(c: Canvas) -> Box:
    """A tiny planet: blocks stand round a glowing globe (a busier song, more and thinner
    ones), each as tall as the song's ridge over its stretch; windows lit where the
    song is loud; the moon in the sky beside it."""
    rng, d, s = c.rng, c.direction, c.size
    top_c, glow, far, near, lamp = night_inks(c)
    c.draw.rectangle([0, 0, s, s], aggdraw.Brush(top_c))
    top, bottom = region(c, 0.05)
    r = min((bottom - top) / 2 * 0.95, 0.42)
    cx, cy = 0.5 + float(rng.uniform(-0.06, 0.06)), (top + bottom) / 2
    # the glow of the planet's sky behind its skyline: the blocks stand dark against it
    halo = tuple(int(a + 0.45 * (b - a)) for a, b in zip(top_c, glow, strict=True))
    disc(c, cx, cy, r + 0.015, halo)
    core = r * 0.38
    h, _ = rows(c, 2, 3.0)
    level = signals.smooth(signals.energy(d, POINTS), 8)
    lit = 0.15 + 0.6 * (level - level.min()) / max(float(np.ptp(level)), 1e-6)
    n = int(26 + round(22 * busy(c)))
    turn = float(rng.uniform(0.0, 2.0 * np.pi))
    edges = turn + np.cumsum(np.concatenate([[0.0], rng.dirichlet(np.full(n, 5.0))])) * 2 * np.pi
    z = np.linspace(0.0, 1.0, POINTS)
    lamp_brush = aggdraw.Brush(lamp)
    for row, colour, scale in ((h[0], far, 1.0), (h[1], near, 0.75)):
        fill = aggdraw.Brush(colour)
        for a0, a1 in zip(edges[:-1], edges[1:], strict=True):
            u = ((a0 + a1) / 2 - turn) / (2 * np.pi)
            tall = (r - core) * scale * (0.3 + 0.7 * float(np.interp(u, z, row)))
            c.draw.polygon([v * s for v in _quad(cx, cy, a0, a1, core - 0.01, core + tall)], fill)
            if colour is not near:
                continue
            for rr in np.arange(core + 0.02, core + tall - 0.012, 0.022):
                if rng.random() < float(np.interp(u, z, lit)):
                    mid = (a0 + a1) / 2
                    half = min(0.006 / rr, (a1 - a0) * 0.3)
                    pts = _quad(cx, cy, mid - half, mid + half, rr, rr + 0.011)
                    c.draw.polygon([v * s for v in pts], lamp_brush)
    ground = aggdraw.Brush(glow)  # the globe lit from within, the blocks dark on it
    c.draw.ellipse([(cx - core) * s, (cy - core) * s, (cx + core) * s, (cy + core) * s], ground)
    moon = 0.035
    mx = cx + (r + 0.02 + moon) * float(rng.choice((-1.0, 1.0))) * 0.8
    disc(c, float(np.clip(mx, moon + 0.03, 0.97 - moon)), top + moon + 0.01, moon, lamp)
    return (max(0.0, cx - r), cy - r, min(1.0, cx + r), cy + r)


def city_beam(c: Canvas) -> Box:
    """The night city as one skyline of light over black: the beam's ridge stepped
    into blocks, the light falling away below it."""
    return beam(c, city=True)


CITIES: dict[str, Callable[[Canvas], Box]] = {
    "city": city,
    "city-window": city_window,
    "city-globe": city_globe,
    "city-beam": city_beam,
}
