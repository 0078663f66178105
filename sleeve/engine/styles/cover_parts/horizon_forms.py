"""The loudness horizon's compositions: the song's smoothed loudness curve as a graphic
cut (one razor edge between colour fields), never a plot. Each draws on a canvas of
the field colour and returns its honest focal box, keeping the title's band ('top' or
'bottom') calm. Seven skeletons, calm to loud:

tiny: the whole song as one small island on a hairline horizon in a wide field;
reflection: a low range of islands (the loud passages) mirrored on still water;
ring: the song wrapped round a sun-like ring, its outer rim the loudness, off-centre;
coast: the curve turned upright, a coastline running the full height;
cut: the curve as one slow tilted edge between two fields, halfway down (a seascape);
strips: three paper strips with soft shadows, seen through a window in the margin;
swell: the loudest moment so close that one swell fills the frame from a corner.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import horizon_land as land
from sleeve.engine.styles.cover_parts.horizon_inks import Inks, deeper
from sleeve.engine.styles.cover_parts.horizon_land import XS, Canvas

CALM_TOP = 0.36  # the title's band ends here (or starts at 1 - CALM_TOP)


def curve(
    d: ArtDirection, window: tuple[float, float], smoothing: int, least: int = 12
) -> np.ndarray:
    """The song's loudness between window[0] and [1] (fractions of its length) along
    the cover, smoothed over `smoothing` points, 0 at its quiet end to 1 at its loud
    end. A compressed master whose loudness barely moves shows its beat instead (the
    onsets' envelope), never invented hills; a silent intro or one spike does not
    flatten the rest. `least`: the least smoothing (of 1024 points over the song), so
    a zoomed stretch does not show every beat as a tooth."""
    song = signals.energy(d, 1024, stretch=False)
    hits = signals.resample(signals.onsets(d, 256), 1024)
    a, b = (int(np.clip(v, 0.08, 0.94) * 1023) for v in window)  # edges: fade-in/out
    b = max(b, a + 8)
    k = max(least, round(smoothing * (b - a) / land.POINTS))  # smoothed over the whole song,
    line = signals.resample(signals.smooth(song, k, "reflect")[a:b], land.POINTS)  # so no edge lift
    reach = max(8, k)  # smoothed twice: no ripple at the beat
    beats = signals.smooth(signals.smooth(hits, reach, "reflect"), reach, "reflect")
    pulse = signals.resample(beats[a:b], land.POINTS)
    low, high = np.percentile(line, (12, 98))
    relief = float(high - low)
    line = np.clip((line - low) / max(relief, 0.08), 0.0, 1.0)
    beat = (pulse - pulse.min()) / max(float(np.ptp(pulse)), 0.1)  # an even beat stays even
    heights = line + max(0.0, 1.0 - relief / 0.08) * beat
    return heights / max(float(heights.max()), 1e-6)


def mix(a: raster.RGB, b: raster.RGB, t: float) -> raster.RGB:
    """`a` moved `t` of the way to `b` in OKLab (no mud between near hues)."""
    lut = raster.color_lut([a, b], n=101)
    return tuple(int(v) for v in lut[round(t * 100)])  # type: ignore[return-value]


def calm(heights: np.ndarray, k: int) -> np.ndarray:
    """`heights` smoothed again over 2k+1 of the cover's points and stretched back to
    0..1: a beat-by-beat master still gives one clean edge, not teeth."""
    out = signals.smooth(signals.smooth(heights, k, "reflect"), k, "reflect")
    return (out - out.min()) / max(float(np.ptp(out)), 1e-6)


def _flip_box(box: Box, band: str) -> Box:
    x0, y0, x1, y1 = box
    return box if band == "top" else (x0, 1.0 - y1, x1, 1.0 - y0)


def _sky(c: Canvas, inks: Inks, horizon: float) -> Image.Image:
    """The field as a gradient, deeper far up, lightest at `horizon`, flat below it
    (returned, to show through a hole later)."""
    sky = land.vertical(c.size, [inks.sky[0], inks.sky[1], inks.sky[1]], [0.0, horizon, 1.0])
    c.paint(sky)
    return sky


def _under(top: np.ndarray, foot: float = 1.05) -> tuple[np.ndarray, np.ndarray]:
    """The polygon under the edge `top` across the cover, down to `foot`."""
    xs = np.r_[-0.01, XS, 1.01, 1.01, -0.01]
    return xs, np.r_[top[0], top, top[-1], foot, foot]


def tiny(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The whole song as one small silhouette (a quarter of the width) on a hairline
    horizon across a wide graded field: low on a third under a title at the top, high
    on a third over a title at the bottom."""
    w = rng.uniform(0.3, 0.42)
    cx = (1 / 3, 2 / 3)[int(rng.integers(2))] + rng.uniform(-0.05, 0.05)
    base = rng.uniform(0.74, 0.8) if band == "top" else rng.uniform(0.3, 0.36)
    amp = w * rng.uniform(0.16, 0.26)  # a long low island, not a peak
    _sky(c, inks, base)
    c.poly(np.array([-0.01, 1.01, 1.01, -0.01]), np.array([base, base, 1.01, 1.01]), inks.field)
    taper = np.sin(np.pi * np.clip(np.minimum(XS, 1.0 - XS) / 0.24, 0.0, 0.5)) ** 0.8
    heights = calm(curve(d, (0.0, 1.0), 12, 16), 24) * taper  # an island, no cliff
    xs = cx - w / 2 + w * XS
    top = base - amp * heights
    c.poly(np.r_[xs, xs[::-1]], np.r_[top, np.full(land.POINTS, base + 0.001)], inks.mass)
    c.line(np.array([-0.01, 1.01]), np.array([base, base]), inks.mass, 0.0025)
    return (cx - w / 2 - 0.02, base - amp - 0.02, cx + w / 2 + 0.02, base + 0.02)


def reflection(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The loud passages as a low range of islands on a waterline below the middle (above
    it for a title at the bottom), mirrored paler in still water broken by a few
    ripples: quiet, much empty sky."""
    water = rng.uniform(0.6, 0.66) if band == "top" else rng.uniform(0.36, 0.42)
    amp = rng.uniform(0.07, 0.12)
    heights = calm(curve(d, (0.0, 1.0), 10, 14), 14)
    sea = rng.uniform(0.1, 0.3)  # how much of the song stays under water
    heights = np.clip((heights - sea) / (1.0 - sea), 0.0, 1.0)
    _sky(c, inks, water)
    still = inks.sky[1]
    c.poly(np.array([-0.01, 1.01, 1.01, -0.01]), np.array([water, water, 1.01, 1.01]), still)
    c.poly(*_under(water - amp * heights, water + 0.001), inks.mass)
    c.poly(*_under(water + 0.92 * amp * heights, water), mix(inks.mass, still, 0.45))
    for y in water + amp * np.cumsum(rng.uniform(0.1, 0.26, 5)):
        c.poly(np.array([-0.01, 1.01, 1.01, -0.01]), np.array([y, y, y + 0.005, y + 0.005]), still)
    return (0.0, water - amp - 0.02, 1.0, water + amp + 0.02)


def ring(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The whole song wrapped clockwise from twelve o'clock round a sun-like ring whose
    outer rim is the loudness (fine, a corona) and whose hole is a clean circle the
    sky shows through, off-centre on a third below the title, often cut by the frame."""
    cx = (0.28, 0.72)[int(rng.integers(2))] + rng.uniform(-0.08, 0.08)
    cy = rng.uniform(0.68, 0.8)
    reach = min(rng.uniform(0.34, 0.46), cy - CALM_TOP - 0.02)  # big, often cut by the frame
    sky = _sky(c, inks, min(1.0, cy + 0.2))
    heights = calm(curve(d, (0.0, 1.0), 6, 10), 3)  # a soft rim, not a gear
    close = np.clip((XS - 0.85) / 0.15, 0.0, 1.0)  # the end eases into the start
    heights = heights * (1.0 - close) + heights[0] * close
    angle = -np.pi / 2 + 2 * np.pi * XS
    radius = reach * (0.91 + 0.09 * heights)
    hole = reach * rng.uniform(0.5, 0.66)
    c.poly(cx + radius * np.cos(angle), cy + radius * np.sin(angle), inks.mass)
    c.paint(sky, c.mask([(cx + hole * np.cos(angle), cy + hole * np.sin(angle), 255)]))
    if band != "top":
        c.flip()
    return _flip_box((cx - reach, cy - reach, cx + reach, cy + reach), band)


def cut(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The whole song as the one razor edge between two fields, one slow gesture
    tilting across the middle: a graded sky above, the mass below, flat to the foot
    (a seascape, a hard-edge painting)."""
    left, right = rng.uniform(0.5, 0.56), rng.uniform(0.62, 0.7)
    if rng.random() < 0.5:
        left, right = right, left
    amp = rng.uniform(0.1, 0.18)
    _sky(c, inks, min(left, right))
    gesture = calm(curve(d, (0.0, 1.0), 16, 40), round(16 + 14 * (1.0 - d.turbulence)))
    top = left + (right - left) * XS - amp * gesture
    c.poly(*_under(top), inks.mass)
    if band != "top":
        c.flip()
    return _flip_box((0.0, float(top.min()) - 0.02, 1.0, 1.0), band)


def strips(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The song in three paper strips, one a third of it each, in three inks (the big
    back strip, the mass, a narrow front strip in the accent), each casting a soft
    shadow on the one behind, seen through a window cut in the sky's sheet: a paper
    diorama inset in a wide margin, the window's edge shadowed too."""
    m = rng.uniform(0.08, 0.13)
    x0, y0, x1, y1 = m, CALM_TOP + 0.02, 1.0 - m, 1.0 - m
    h = y1 - y0
    sky = _sky(c, inks, 1.0)
    back = land.vertical(c.size, [deeper(inks.sky[0]), inks.sky[1]], [y0, y1])
    c.fill_box(back, (x0, y0, x1, y1))
    bases = y0 + h * np.array([0.4, 0.62, 0.8]) + rng.uniform(-0.02, 0.02, 3)
    amps = h * np.array([0.3, 0.2, 0.13]) * rng.uniform(0.85, 1.0)
    colours = (inks.second, inks.mass, inks.accent)
    smoothing = round(8 + 10 * (1.0 - d.turbulence))
    for i in range(3):
        top = bases[i] - amps[i] * calm(curve(d, (i / 3, (i + 1) / 3), smoothing, 24), 5)
        c.shadow(top, 0.006, 0.016, 0.35)
        c.poly(*_under(top), colours[i])
    c.window(sky, (x0, y0, x1, y1), 0.012, 0.014)
    if band != "top":
        c.flip()
    return _flip_box((x0, y0, x1, y1), band)


def coast(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The curve turned upright: the song a coastline running the full height, the
    land (the mass) on the right reaching further into the sea where it is loud, the
    sea (the field, graded across) left open for the title."""
    shore = rng.uniform(0.82, 0.9)
    amp = rng.uniform(0.28, 0.38)
    c.paint(
        land.vertical(c.size, [inks.sky[0], inks.sky[1]], [0.0, 1.0]).transpose(
            Image.Transpose.TRANSPOSE
        )
    )
    heights = calm(curve(d, (0.0, 1.0), round(5 + 8 * (1.0 - d.turbulence)), 14), 6)
    xs = shore - amp * heights
    ys = np.r_[-0.01, XS, 1.01]
    edge = np.r_[xs[0], xs, xs[-1]]
    c.poly(np.r_[edge, 1.01, 1.01], np.r_[ys, 1.01, -0.01], inks.mass)
    if rng.random() < 0.5:
        c.line(edge - rng.uniform(0.025, 0.04), ys, inks.second, 0.004)
    return (float(xs.min()) - 0.06, 0.0, 1.0, 1.0)


def swell(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The song's loudest moment so close that one swell fills the frame: rising from
    the foot of one side to a crest just under the title on the other third, cut by
    the frame, graded deeper to its foot."""
    at = land.loudest(d)
    span = rng.uniform(0.1, 0.18)
    crest_x = rng.uniform(0.68, 0.84)
    start = float(np.clip(at - span * crest_x, 0.0, 1.0 - span))
    heights = curve(d, (start, start + span), 4, 40)
    reach = np.where(crest_x > XS, 0.9, 0.22)  # a long rise, a short fall: a wave, not a bell
    heights = 0.6 * heights + 0.4 * np.exp(-(((XS - crest_x) / reach) ** 2))
    heights = (heights - heights.min()) / max(float(np.ptp(heights)), 1e-6)
    if rng.random() < 0.5:
        heights = heights[::-1]
    crest = CALM_TOP + rng.uniform(0.02, 0.05)
    top = 1.04 - (1.04 - crest) * heights
    _sky(c, inks, 1.0)
    shade = land.vertical(c.size, [inks.mass, inks.mass, inks.deep], [0.0, crest, 1.0])
    c.paint(shade, c.mask([(*_under(top), 255)]))
    if band != "top":
        c.flip()
    return _flip_box((0.0, crest - 0.02, 1.0, 1.0), band)


Form = Callable[[ArtDirection, np.random.Generator, Canvas, Inks, str], Box]

FORMS: dict[str, Form] = {
    "tiny": tiny,
    "reflection": reflection,
    "ring": ring,
    "coast": coast,
    "cut": cut,
    "strips": strips,
    "swell": swell,
}  # calm to loud
