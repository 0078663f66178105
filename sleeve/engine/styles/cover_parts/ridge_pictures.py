"""Ridgeline pictures: the song's ridges made into a thing. Each draws onto the
canvas and returns its focal box (the title keeps out of it):

city: a night city whose rooftops are the song's ridges, stepped into blocks (a far
row and a near one), lit windows where the song is loud, a moon over a glowing
horizon (only a city or night title's picture);
torn: the ridges as strips of torn paper stacked on a field, each edge the song's
ridge with a white torn fibre and a shadow, the strips alternating the print's inks
(the hard genres' print).
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np

from sleeve.engine import raster, signals
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_stack import (
    POINTS,
    RGB,
    Canvas,
    U,
    band,
    busy,
    disc,
    loudest,
    rows,
    sky,
)


def night_inks(c: Canvas) -> tuple[RGB, RGB, RGB, RGB, RGB]:
    """The city's inks: sky, horizon glow, far blocks, near blocks, lamps. A dark print
    keeps its own; a day print turns to night in its hues."""
    ink = c.inks
    light, chroma, hue = rgb_to_oklch(ink.sun)
    lamp = oklch_to_rgb(max(light, 0.88), min(chroma, 0.12), hue)  # windows and moon glow
    if rgb_to_oklch(ink.bg)[0] < 0.5:
        return ink.bg, ink.glow, ink.far, ink.near, lamp
    glow, hue = hue, rgb_to_oklch(ink.near)[2]
    return (
        oklch_to_rgb(0.17, 0.04, hue),
        oklch_to_rgb(0.62, 0.12, glow),
        oklch_to_rgb(0.34, 0.05, hue),
        oklch_to_rgb(0.1, 0.02, hue),
        lamp,
    )


def _blocks(
    c: Canvas, row: np.ndarray, count: int, ground: float, tall: float, low: float
) -> list[tuple[float, float, float]]:
    """The row's buildings (x0, x1, roof): the ridge stepped into `count` blocks of
    seeded widths, each as tall as the ridge's highest point over it."""
    widths = c.rng.dirichlet(np.full(count, 4.0)) * 1.04
    edges = np.concatenate([[-0.02], -0.02 + np.cumsum(widths)])
    out = []
    for x0, x1 in zip(edges[:-1], edges[1:], strict=True):
        span = row[(x0 <= U) & (x1 >= U)]
        top = float(span.max()) if len(span) else float(np.interp(x0, U, row))
        out.append((float(x0), float(x1), ground - tall * (low + (1 - low) * top)))
    return out


def city(c: Canvas) -> Box:
    """A night city: two rows of blocks whose rooftops are the song's ridges stepped
    flat (a busier song, more and narrower blocks), some with a setback or a mast;
    the near row's windows lit where the song is loud; a moon over the glow."""
    rng, d, s = c.rng, c.direction, c.size
    top_c, glow, far, near, lamp = night_inks(c)
    h, _ = rows(c, 2, 3.0)
    if c.calm_top:
        ground, tall = 0.9, 0.5 - 0.5 * c.room + 0.1 * d.loudness
    else:
        ground, tall = 1.0 - c.room, 0.36 + 0.1 * d.loudness
    tall *= float(rng.uniform(0.75, 1.05))  # the seed sets how high the city stands
    horizon = ground - tall * 0.35
    saved = c.inks
    c.inks = type(saved)(top_c, glow, far, near, lamp, saved.ink, saved.second)
    sky(c, horizon)
    c.inks = saved
    r = float(rng.uniform(0.04, 0.07))
    mx = float(np.clip(1.0 - loudest(c) + rng.uniform(-0.1, 0.1), 0.15, 0.85))
    my = ground - tall - r - 0.04 if c.calm_top else float(rng.uniform(0.1, 0.2))
    my = max(my, (c.room + r + 0.02) if c.calm_top else r + 0.04)
    disc(c, mx, my, r, lamp)
    n = int(9 + round(12 * busy(c)))
    back = _blocks(c, h[0], n + 4, ground, tall * 1.05, 0.45)
    front = _blocks(c, h[1], n, ground, tall * 0.8, 0.25)
    for x0, x1, roof in back:
        c.draw.rectangle([x0 * s, roof * s, x1 * s, s * 1.01], aggdraw.Brush(far))
    level = signals.smooth(signals.energy(d, POINTS), 8)
    lit = 0.12 + 0.6 * (level - level.min()) / max(float(np.ptp(level)), 1e-6)
    brush, lamp_brush = aggdraw.Brush(near), aggdraw.Brush(lamp)
    win_w, win_h, gap = 0.011, 0.015, 0.026
    for x0, x1, roof in front:
        c.draw.rectangle([x0 * s, roof * s, x1 * s, s * 1.01], brush)
        w = x1 - x0
        odd = rng.random()
        if odd < 0.3:  # a setback tower on the roof
            c.draw.rectangle(
                [(x0 + w * 0.25) * s, (roof - 0.04) * s, (x1 - w * 0.25) * s, roof * s + 1], brush
            )
        elif odd < 0.45:  # a mast
            mx0 = x0 + w * float(rng.uniform(0.3, 0.7))
            c.draw.rectangle(
                [mx0 * s, (roof - 0.07) * s, mx0 * s + max(c.pen, 1.5), roof * s], brush
            )
        cols = max(1, int((w - 0.012) / (win_w + 0.008)))
        xs = x0 + (w - cols * (win_w + 0.008) + 0.008) / 2 + np.arange(cols) * (win_w + 0.008)
        chance = float(np.interp((x0 + x1) / 2, U, lit))
        for y in np.arange(roof + 0.02, ground - 0.02, gap):
            on = rng.random(cols) < chance
            for x in xs[on]:
                c.draw.rectangle([x * s, y * s, (x + win_w) * s, (y + win_h) * s], lamp_brush)
    c.draw.rectangle([0, ground * s, s, s], brush)
    crest = min(roof for _, _, roof in back)
    return (0.0, max(0.0, min(crest, my - r) - 0.01), 1.0, ground if not c.calm_top else 1.0)


def _torn_edge(c: Canvas, row: np.ndarray) -> np.ndarray:
    """A ridge's crest torn: fine seeded jags over the song's shape."""
    jag = c.rng.normal(0.0, 1.0, POINTS)
    jag = 0.6 * jag + 0.4 * np.roll(jag, 1)
    return row + jag * 0.006


def torn(c: Canvas) -> Box:
    """The ridges as torn paper strips stacked down the field: each strip's edge the
    song's ridge, torn (a white fibre along it, a shadow under it), the strips
    alternating the print's inks from the top one to the near one."""
    rng, d = c.rng, c.direction
    count = int(4 + round(4 * busy(c)) + rng.integers(0, 2))
    h, kick = rows(c, count, 2.2)
    amp = 0.1 + 0.08 * d.loudness
    if c.calm_top:
        top, bottom = c.room + 0.04 + amp, 0.92
    else:
        top, bottom = 0.06 + amp, 0.98 - c.room - 0.06
    ink = c.inks
    fills = [f for f in (ink.near, ink.ink, ink.second, ink.far) if f != ink.bg]
    shift = int(rng.integers(0, len(fills)))
    x = U * 1.04 - 0.02
    fibre = raster.tone(ink.ink if rgb_to_oklch(ink.ink)[0] > 0.6 else ink.bg, 0.96, 0.01)
    shade = oklch_to_rgb(0.08, 0.0, 0.0)
    crest_top = 1.0
    for i in range(count):
        t = i / max(count - 1, 1)
        base = top + (bottom - top) * t
        ys = _torn_edge(c, base - amp * kick[i] * h[i])
        crest_top = min(crest_top, float(ys.min()))
        band(c, np.stack([x, ys + 0.012], axis=1), 1.05, shade)
        tear = ys - 0.004 - 0.005 * np.abs(signals.smooth(rng.normal(0.0, 1.0, POINTS), 1))
        band(c, np.stack([x, tear], axis=1), 1.05, fibre)
        band(c, np.stack([x, ys + 0.002], axis=1), 1.05, fills[(i + shift) % len(fills)])
    return (0.0, max(0.0, crest_top - 0.02), 1.0, 1.0 if c.calm_top else bottom + 0.06)


PICTURES: dict[str, Callable[[Canvas], Box]] = {"city": city, "torn": torn}
