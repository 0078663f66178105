"""Loudness horizon: the song's energy curve as a landscape, in one of six scenes.

Scenes: ranges (the curve at several smoothings as mountain ranges receding into the
haze), ridge (one ridge or city skyline with a big low sun or moon behind the loudest
moment), lake (ranges mirrored in still water, rippled by the onsets), dunes (the
curve, much smoothed, as a dune field with lit and shaded faces), sea (the curve as
the wave lines of a sea, a sun's path on it) and peak (a close crop of the loudest
moment as one snow-capped mountain).

energy and turbulence -> the scene (calm water and dunes, loud ranges and peaks) and
how craggy the land is; the energy curve -> every ridge and wave; onsets -> stars
and ripples; loudness -> the horizon's height; valence and the palette's lightness
-> the time of day (see horizon_sky); density -> how many ranges; seed -> the scene
among the near ones, windows of the song, sun or moon, crop.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, Box, StyleInfo
from sleeve.engine.styles.cover_parts import horizon_land as land
from sleeve.engine.styles.cover_parts import horizon_scene as canvas
from sleeve.engine.styles.cover_parts import horizon_sky as skies

STYLE = StyleInfo(
    name="loudness_horizon",
    family="image",
    fits=("rock", "ambient", "classical", "folk", "electronic", "world", "metal"),
    music=True,
)

SCENES = ("lake", "sea", "dunes", "ridge", "ranges", "peak")  # calm to loud
URBAN = ("hiphop", "electronic", "dance", "rnb", "synthwave", "pop", "rock")


def _ranges(s: canvas.Scene) -> Box:
    """Three to five ranges, each the curve at its own window and smoothing: far ones
    smooth and hazed into the sky, near ones craggy and dark."""
    d, rng = s.direction, s.rng
    layers = 3 + round(2 * d.density)
    sun = None
    if rng.random() < (0.8 if s.sky.time == "night" else 0.5):
        sun = (rng.uniform(0.15, 0.85), s.horizon - rng.uniform(0.12, 0.3), rng.uniform(0.04, 0.08))
    s.paint_sky(sun)
    s.stars(s.horizon - 0.1)
    if sun:
        s.body(*sun)
    top = 1.0
    for i in range(layers):
        t = i / (layers - 1)
        start = rng.uniform(0.0, 0.45)
        heights = land.ridge(
            d, rng, (start, start + 0.55), round(26 - 22 * t), 0.25 * t * d.turbulence
        )
        base = s.horizon + (1.0 - s.horizon) * 0.55 * t**1.3
        ridge = base - (0.1 + 0.16 * d.loudness) * (0.55 + 0.6 * t) * heights
        top = min(top, float(ridge.min()))
        land.fill(s.draw, s.size, land.XS, ridge, skies.haze(s.sky.near, s.sky.glow, 0.8 * (1 - t)))
    return (0.0, max(0.0, top), 1.0, 1.0)


def _ridge(s: canvas.Scene) -> Box:
    """One ridge, the whole song, or a city skyline stepped from it, with a big low
    sun or moon behind its loudest moment."""
    d, rng = s.direction, s.rng
    heights = land.ridge(d, rng, (0.0, 1.0), round(3 + 6 * (1 - d.turbulence)), 0.15 * d.turbulence)
    base = float(np.clip(s.horizon + 0.12, 0.6, 0.86))
    reach = 0.16 + 0.14 * d.loudness
    x = 0.15 + 0.7 * land.loudest(d)  # the sun stays on the cover
    r = rng.uniform(0.15, 0.24)
    y = base - reach * float(np.interp(x, land.XS, heights)) + r * rng.uniform(-0.15, 0.35)
    s.paint_sky((x, y, r))
    s.stars(y - r)
    s.body(x, y, r)
    xs, top = land.XS, heights
    if d.genre in URBAN and rng.random() < 0.5:
        xs, top = land.skyline(heights, rng)
        s.motif = "skyline"
    land.fill(s.draw, s.size, xs, base - reach * top, s.sky.near)
    return (0.0, max(0.0, y - r), 1.0, 1.0)


def _lake(s: canvas.Scene) -> Box:
    """Two or three ranges standing on still water that mirrors them and the sky;
    the onsets ripple the reflection."""
    d, rng = s.direction, s.rng
    s.horizon = float(np.clip(s.horizon + rng.uniform(-0.1, 0.14), 0.4, 0.72))
    sun = None
    if s.sky.time == "night" or rng.random() < 0.55:  # a night lake always has its moon
        sun = (rng.uniform(0.2, 0.8), s.horizon - rng.uniform(0.12, 0.24), rng.uniform(0.035, 0.1))
    s.paint_sky(sun)
    s.stars(s.horizon - 0.12)
    if sun:
        s.body(*sun)
    layers, tall = 2 + int(rng.integers(2)), rng.uniform(0.8, 2.2)  # low shores or a mountain lake
    top = s.horizon
    for i in range(layers):
        t = i / (layers - 1)
        start = rng.uniform(0.0, 0.5)
        heights = land.ridge(d, rng, (start, start + 0.5), round(20 - 14 * t), 0.1 * d.turbulence)
        ridge = s.horizon - (0.1 + 0.12 * d.loudness) * tall * (1.3 - 0.5 * t) * heights - 0.004
        top = min(top, float(ridge.min()))
        land.fill(
            s.draw,
            s.size,
            land.XS,
            ridge,
            skies.haze(s.sky.near, s.sky.glow, 0.7 * (1 - t)),
            s.horizon,
        )
    s.img = canvas.mirror(s.done(), d, s.horizon, s.sky)
    return (0.0, max(0.0, top), 1.0, min(1.0, 2 * s.horizon - top))


def _dunes(s: canvas.Scene) -> Box:
    """The curve much smoothed as four dune rows under a low sun: each dune lit on the
    faces turned to the sun, its slip faces (turned away) in shade."""
    d, rng = s.direction, s.rng
    sun = (rng.uniform(0.15, 0.85), s.horizon - rng.uniform(0.02, 0.1), rng.uniform(0.05, 0.1))
    s.paint_sky(sun)
    s.body(*sun)
    away = 1.0 if sun[0] < 0.5 else -1.0  # the sun's side: faces sloping away are shaded
    top = 1.0
    for i in range(4):
        t = i / 3
        start = rng.uniform(0.0, 0.6)
        heights = land.ridge(d, rng, (start, start + 0.3 + 0.2 * t), round(16 - 8 * t), 0.0)
        heights = signals.smooth(signals.smooth(heights, 9), 9)  # long, smooth crests
        base = s.horizon + (1.0 - s.horizon) * 0.62 * t**1.2 + 0.03
        crest = base - (0.06 + 0.1 * d.loudness) * (0.6 + 0.9 * t) * heights
        top = min(top, float(crest.min()))
        fade = 0.7 * (1 - t)
        land.fill(s.draw, s.size, land.XS, crest, skies.haze(s.sky.lit, s.sky.glow, fade))
        slope = np.gradient(crest, land.XS) * away
        depth = signals.smooth(np.clip(slope, 0.0, 1.2), 3) * (0.06 + 0.1 * t)  # slip face
        shade = skies.haze(s.sky.shade, s.sky.glow, fade)
        land.fill(s.draw, s.size, land.XS, crest - 0.001, shade, crest + depth)
    return (0.0, max(0.0, min(top, sun[1] - sun[2])), 1.0, 1.0)


def _sea(s: canvas.Scene) -> Box:
    """A flat sea horizon with the sun or moon's path on the water; the curve is the
    wave lines, small and far at the horizon, the nearest one the whole song."""
    d, rng = s.direction, s.rng
    s.horizon = float(np.clip(s.horizon, 0.4, 0.62))
    x, r = rng.uniform(0.25, 0.75), rng.uniform(0.05, 0.12)
    y = s.horizon - r * rng.uniform(0.0, 1.4)
    s.paint_sky((x, y, r))
    s.stars(s.horizon - 0.1)
    s.body(x, y, r)
    land.fill(
        s.draw,
        s.size,
        land.XS,
        np.full(land.POINTS, s.horizon),
        skies.haze(s.sky.water, s.sky.glow, 0.55),
    )
    rows = 7 + round(6 * d.density)
    for j in range(1, rows + 1):
        t = j / rows
        y0 = s.horizon + (1.0 - s.horizon) * t**1.7
        start = rng.uniform(0.0, 0.7) if j < rows else 0.0
        heights = land.ridge(
            d, rng, (start, start + (0.3 if j < rows else 1.0)), 3 + round(4 * t), 0.05
        )
        crest = y0 - (0.004 + (0.05 + 0.06 * d.loudness) * t**2) * heights
        land.fill(
            s.draw,
            s.size,
            land.XS,
            crest,
            skies.haze(s.sky.water, s.sky.glow, 0.5 * (1 - t) + 0.12 * (j % 2)),
        )
    _glitter(s, x, r)
    return (0.0, max(0.0, y - r), 1.0, 1.0)


def _glitter(s: canvas.Scene, x: float, r: float) -> None:
    """The sun's or moon's path on the water: short bright dashes under it."""
    brush = aggdraw.Brush(skies.haze(s.sky.body, s.sky.glow, 0.3), 200)
    for _ in range(60):
        v = s.rng.uniform(0.0, 1.0) ** 1.5
        y = s.horizon + 0.004 + (1.0 - s.horizon) * v
        half = r * (0.2 + 1.3 * v) * s.rng.uniform(0.2, 1.0)
        cx = x + s.rng.normal(0.0, r * (0.3 + 0.6 * v))
        thick = 0.002 + 0.004 * v
        s.draw.rectangle(
            ((cx - half) * s.size, y * s.size, (cx + half) * s.size, (y + thick) * s.size), brush
        )


def _peak(s: canvas.Scene) -> Box:
    """A close crop of the loudest moment: one mountain filling the cover, its top
    snow-capped, two hazed ranges behind it."""
    d, rng = s.direction, s.rng
    at, span = land.loudest(d), rng.uniform(0.12, 0.22)
    place = (1 / 3, 2 / 3)[int(rng.integers(2))] + rng.uniform(-0.05, 0.05)
    start = at - place * span
    s.paint_sky()
    s.stars(0.5)
    for i, t in enumerate((0.8, 0.5)):
        back = land.ridge(d, rng, (rng.uniform(0, 0.5), rng.uniform(0.6, 1.0)), 10, 0.2)
        land.fill(
            s.draw,
            s.size,
            land.XS,
            0.5 + 0.12 * i - 0.2 * back,
            skies.haze(s.sky.near, s.sky.glow, t),
        )
    heights = land.ridge(d, rng, (start, start + span), 6, 0.05 + 0.1 * d.turbulence)
    envelope = np.exp(-(((land.XS - place) / 0.3) ** 2))  # one summit
    heights = np.maximum(heights, 0.0) * (0.35 + 0.65 * envelope) + 0.6 * envelope
    summit = rng.uniform(0.14, 0.3)
    ridge = 1.0 - (1.0 - summit) * heights / float(heights.max()) - 0.05
    land.fill(s.draw, s.size, land.XS, ridge, s.sky.near)
    snow = summit + rng.uniform(0.1, 0.2) + 0.02 * signals.smooth(rng.normal(0, 1, land.POINTS), 3)
    cap = skies.haze(
        raster.tone(s.sky.glow, 0.95, 0.02), s.sky.near, 0.3 if s.sky.time == "night" else 0.0
    )
    land.fill(s.draw, s.size, land.XS, ridge, cap, np.maximum(ridge, snow))
    px = float(land.XS[int(np.argmin(ridge))])
    return compose.around(px, 0.6, 0.34, 0.42)


DRAW = {
    "ranges": _ranges,
    "ridge": _ridge,
    "lake": _lake,
    "dunes": _dunes,
    "sea": _sea,
    "peak": _peak,
}


def scene_for(direction: ArtDirection, rng: np.random.Generator, time: str) -> str:
    """The scene: calm songs lean to water and dunes, loud ones to ranges and peaks;
    no dune field at night."""
    lean = (0.55 * direction.energy + 0.45 * direction.turbulence - 0.2) / 0.55
    scene = compose.pick(rng, SCENES, lean + rng.uniform(-0.2, 0.2))
    if scene == "dunes" and time == "night":
        return ("ranges", "ridge", "peak")[int(rng.integers(3))]
    return scene


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The landscape at `size`, before the finish."""
    pick = raster.rng_for(direction, "horizon-scene")
    horizon = float(np.clip(0.4 + 0.3 * direction.loudness + pick.uniform(-0.12, 0.12), 0.32, 0.74))
    s = canvas.Scene(direction, size, horizon)
    scene = scene_for(direction, pick, s.sky.time)
    focal = DRAW[scene](s)
    return Artwork(s.done(), focal, s.motif or scene)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    flat = art.image
    if flat.size != (size, size):  # flat shapes scale up well enough bilinearly, and fast
        flat = flat.resize((size, size), Image.Resampling.BILINEAR)
    image = finish(flat, direction, "horizon", 0.03)
    return Artwork(image, art.focal, art.layout)
