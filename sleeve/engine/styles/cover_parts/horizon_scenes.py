"""The loudness horizon's landscapes: the song's loudness curve as land under a
luminous sky, each a different anchor and scale, the title's band kept calm (sky above
the land for a title at the top, flat near ground under it for one at the bottom).

lake: a ridge and its mirrored reflection in still water, broken by ripples;
layers: 3-5 ridges from the song's sections, far ones pale in the haze, near ones dark;
night: a huge sun or moon over a low horizon, placed where the song is loudest,
    the onsets as stars on a dark sky;
peak: the loudest moment zoomed till one peak fills the frame, a huge cropped mountain;
skyline: the curve stepped into one crisp block silhouette against a glowing sky.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import horizon_land as land
from sleeve.engine.styles.cover_parts.horizon_forms import Canvas, curve, peak_window, summit
from sleeve.engine.styles.cover_parts.horizon_inks import Inks


@dataclass(frozen=True)
class Sky:
    """A landscape's colours: the sky from `top` to `glow` at the horizon, the land
    from hazy far tones to the near one, and the sun or moon."""

    top: RGB
    glow: RGB
    lands: tuple[RGB, ...]  # far to near, lighter to darker
    sun: RGB
    dark: bool  # a night sky


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return tuple(int(v) for v in raster.color_lut([a, b], n=33)[round(t * 32)])  # type: ignore[return-value]


def sky_for(d: ArtDirection, inks: Inks, n: int) -> Sky:
    """The field leads the sky; the palette's most vivid colour glows at the horizon
    (deep on a dark field, a pale warm tint on a light one); the lands take the
    palette's colourful hues (greys only where it has no colour; the sky's hue where
    a dark one would turn amber to mud) stepping from the glow's lightness to the
    darkest ink; the sun is the accent, or the most vivid
    colour when the accent is grey."""
    pal = d.palette
    top = inks.field
    lit = rgb_to_oklch(top)[0]
    dark = lit < 0.5
    pool = dict.fromkeys((*pal.colors, pal.accent, inks.mass, inks.second))
    hues = sorted(pool, key=lambda c: rgb_to_oklch(c)[1], reverse=True)
    vivid = hues[0]
    colourful = [h for h in hues if rgb_to_oklch(h)[1] >= 0.06] or hues
    if dark:
        glow = raster.tone(vivid, min(0.62, lit + 0.36), None)
        far, near = rgb_to_oklch(glow)[0] - 0.12, max(0.06, lit - 0.08)
    else:
        glow = raster.tone(vivid, min(0.96, max(lit - 0.04, 0.8)), 0.1)
        far, near = min(lit, 0.86) - 0.16, min(0.3, rgb_to_oklch(inks.mass)[0])
    lands = []
    for i, t in enumerate(np.linspace(0.0, 1.0, n)):
        hue = colourful[(i + 1) % len(colourful)] if len(colourful) > 1 else colourful[0]
        lightness = far + (near - far) * float(t) ** 0.8
        if lightness < 0.45 and _muddy(hue) and not _muddy(top):
            hue = top  # a dark amber or yellow is brown or olive mud: the sky's hue instead
        chroma = rgb_to_oklch(hue)[1] * (0.7 + 0.3 * t)
        lands.append(raster.tone(hue, lightness, chroma))
    spot = pal.accent if rgb_to_oklch(pal.accent)[1] >= 0.08 else vivid
    sun_lit = 0.9 if dark else min(0.68, lit - 0.22)
    sun = raster.vivid(spot, sun_lit, max(0.12, rgb_to_oklch(spot)[1]))
    return Sky(top, glow, tuple(lands), sun, dark)


def _muddy(colour: RGB) -> bool:
    """Whether the colour's hue turns brown or olive when darkened (amber to yellow)."""
    return 20.0 < rgb_to_oklch(colour)[2] < 105.0


def paint_sky(c: Canvas, sky: Sky, horizon: float) -> None:
    """A vertical glow from the field at the head to the glow at `horizon` (fraction,
    y down), flat below; no horizontal change, so the title's band stays calm."""
    size = c.size
    ys = (np.arange(size) + 0.5) / size
    t = np.clip(ys / max(horizon, 0.05), 0.0, 1.0) ** 1.6
    lut = raster.color_lut([sky.top, sky.glow], n=256)
    column = Image.fromarray(np.ascontiguousarray(lut[np.round(t * 255).astype(int)][:, None]))
    c.lay(column.resize((size, size), Image.Resampling.NEAREST))


def _region(band: str) -> tuple[float, float]:
    """The land's crest range: under the title's calm band at the top, or above the
    near ground that holds a title at the bottom."""
    return (0.4, 1.0) if band == "top" else (0.06, 0.64)


def _disc(c: Canvas, x: float, y: float, r: float, colour: RGB) -> None:
    a = np.linspace(0.0, 2 * np.pi, 96)
    c.poly(x + r * np.cos(a), y + r * np.sin(a), colour)


def layers(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """3-5 ridges, each a section of the song, stacked back to front: the far ones high,
    pale and soft in the haze, the near ones low, dark and sharp (atmospheric depth);
    sometimes a small sun behind the farthest ridge where the song is loudest."""
    n = 3 + round(2 * d.density) - int(rng.integers(0, 2) and d.density > 0.3)
    sky = sky_for(d, inks, n)
    y0, y1 = _region(band)
    span = y1 - y0
    crests = y0 + span * np.linspace(0.12, 0.62, n) + rng.uniform(-0.02, 0.02, n)
    paint_sky(c, sky, float(crests[0] + span * 0.12))
    if rng.random() < 0.5:
        _disc(c, 0.12 + 0.76 * land.loudest(d), crests[0] + span * 0.02, 0.05, sky.sun)
    start = rng.uniform(0.0, 0.2)
    for i in range(n):
        amp = span * (0.3 - 0.12 * i / max(n - 1, 1)) * rng.uniform(0.85, 1.15)
        smooth = round(14 - 10 * i / max(n - 1, 1))
        lo = start + (1.0 - start) * i / n
        heights = curve(d, (lo, lo + (1.0 - start) / n * 1.6), smooth)
        c.fill(crests[i] + amp * (1.0 - heights), sky.lands[i])
    if band == "bottom":
        c.rect((0.0, y1, 1.0, 1.0), sky.lands[-1])
    return (0.0, max(0.0, crests[0] - 0.06), 1.0, 1.0 if band == "top" else y1)


def lake(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """A ridge of the whole song on still water with its mirrored reflection under it,
    paler and cut by thin ripples; the sun or moon above it reflected as a broken
    streak."""
    sky = sky_for(d, inks, 3)
    y0, y1 = _region(band)
    span = y1 - y0
    horizon = y0 + span * rng.uniform(0.48, 0.56)
    amp = span * rng.uniform(0.34, 0.42)
    paint_sky(c, sky, horizon)
    water = _mix(sky.glow, sky.lands[-1], 0.35 if sky.dark else 0.25)
    c.rect((0.0, horizon, 1.0, 1.0), water)
    sun_x = 0.12 + 0.76 * land.loudest(d)
    sun_r = rng.uniform(0.045, 0.075)
    sun_y = max(horizon - amp * rng.uniform(1.0, 1.3), y0 + sun_r + 0.01)
    _disc(c, sun_x, sun_y, sun_r, sky.sun)
    heights = curve(d, (0.0, 1.0), round(4 + 8 * (1.0 - d.turbulence)))
    top = horizon - amp * (0.12 + 0.88 * heights)
    c.fill(top, sky.lands[-1], horizon)
    reflection = _mix(sky.lands[-1], water, 0.3)
    c.fill(np.full(land.POINTS, horizon), reflection, horizon + (horizon - top) * 0.85)
    for k in range(int(rng.integers(4, 7))):  # ripples across the reflection and the sun's
        y = horizon + 0.012 + k * amp * 0.16
        x = rng.uniform(-0.2, 0.4)
        c.rect((x, y, x + rng.uniform(0.5, 0.9), y + 0.006), water)
        c.rect((sun_x - sun_r * 0.8, y + 0.02, sun_x + sun_r * 0.8, y + 0.028), sky.sun)
    bottom = horizon + amp * 0.9 + 0.03
    if band == "bottom":
        bottom = y1
    return (0.0, max(0.0, sun_y - sun_r - 0.02), 1.0, min(1.0, bottom))


def night(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """A sun or moon over a low horizon of the song's loudness, its place along the
    horizon where the song is loudest: huge and sinking behind the land, or (on a dark
    sky) a small high crescent over a lower horizon; on a dark sky the onsets are
    stars."""
    sky = sky_for(d, inks, 2)
    y0, y1 = _region(band)
    span = y1 - y0
    high = rng.random() < 0.6 and sky.dark  # a light sky keeps the big sun: not empty
    low = rng.uniform(0.07, 0.11) if high else rng.uniform(0.14, 0.2)
    horizon = y1 - span * low if band == "top" else y1 - 0.02
    paint_sky(c, sky, horizon)
    x = 0.14 + 0.72 * land.loudest(d)
    if high:
        r = span * rng.uniform(0.08, 0.12)
        y = y0 + r + span * rng.uniform(0.04, 0.16)
    else:
        r = span * rng.uniform(0.26, 0.36)
        y = horizon - r * rng.uniform(0.25, 0.7)
    if sky.dark:
        hits = signals.onsets(d, 96)
        for i in np.flatnonzero(hits > 0.55)[:40]:
            sx, sy = (i + 0.5) / 96 + rng.uniform(-0.004, 0.004), rng.uniform(y0 + 0.02, horizon)
            if np.hypot(sx - x, sy - y) > r + 0.03:
                _disc(c, sx, sy, 0.002 + 0.004 * hits[i], sky.sun)
    _disc(c, x, y, r, sky.sun)
    if high:  # a crescent: the sky's own colour bites the disc
        bite = (x + r * 0.38 * (1 if x < 0.5 else -1), y - r * 0.2)
        _disc(c, bite[0], bite[1], r * 0.86, _sky_at(sky, horizon, bite[1]))
    heights = curve(d, (0.0, 1.0), round(3 + 6 * (1.0 - d.turbulence)))
    amp = span * rng.uniform(0.12, 0.2) * (0.7 if high else 1.0)
    c.fill(horizon - amp * heights, sky.lands[-1])
    return (0.0, max(0.0, min(y - r, y0) - 0.02), 1.0, 1.0 if band == "top" else y1)


def _sky_at(sky: Sky, horizon: float, y: float) -> RGB:
    """The sky's colour at height y (as paint_sky grades it)."""
    t = float(np.clip(y / max(horizon, 0.05), 0.0, 1.0)) ** 1.6
    return tuple(int(v) for v in raster.color_lut([sky.top, sky.glow], n=256)[round(t * 255)])  # type: ignore[return-value]


def skyline(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The song stepped into 14-30 blocks, one crisp dark silhouette like a city or a
    bar chart against a glowing sky; the loudest block a step taller, its top lit in
    the accent."""
    sky = sky_for(d, inks, 2)
    y0, y1 = _region(band)
    span = y1 - y0
    n = int(rng.integers(14, 31))
    heights = signals.resample(curve(d, (0.0, 1.0), 2), n)
    heights = 0.25 + 0.75 * heights ** rng.uniform(1.0, 1.8)
    base = 1.02 if band == "top" else y1
    reach = span * rng.uniform(0.62, 0.8)
    paint_sky(c, sky, base - reach * 0.55)
    edges = np.linspace(-0.02, 1.02, n + 1) + np.r_[0, rng.uniform(-0.012, 0.012, n - 1), 0]
    loud = int(np.argmax(heights))
    for i, h in enumerate(heights):
        top = base - reach * h * (1.12 if i == loud else 1.0)
        c.rect((edges[i], top, edges[i + 1] + 0.001, 1.02), sky.lands[-1])
    left, right = edges[loud], edges[loud + 1]
    tip = base - reach * heights[loud] * 1.12
    mast = left + 0.25 * (right - left)
    c.rect((mast, tip - 0.06, mast + 0.05 * (right - left), tip), sky.lands[-1])
    c.rect((left, tip, right, tip + 0.012), sky.sun)
    return (0.0, max(0.0, tip - 0.08), 1.0, 1.0 if band == "top" else y1)


def peak(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The song's loudest moment, zoomed till one peak fills the frame: a huge mountain
    in the palette's boldest colour cropped by the frame's foot (or standing on the
    near plain that holds a title at the bottom), its far face in shadow from the
    crest down, a snow line in the glow echoing the crest."""
    sky = sky_for(d, inks, 2)
    y0, y1 = _region(band)
    heights = summit(curve(d, peak_window(d, rng), 6, round(18 + 18 * (1.0 - d.turbulence))), rng)
    crest = y0 + rng.uniform(0.0, 0.05)
    base = rng.uniform(1.0, 1.25) if band == "top" else y1
    top = base - (base - crest) * heights
    paint_sky(c, sky, crest + (base - crest) * 0.7)
    lit = rgb_to_oklch(inks.mass)[0]
    face = inks.mass if lit > 0.32 else raster.tone(inks.mass, lit + 0.16)
    shade = raster.tone(face, rgb_to_oklch(face)[0] * 0.62)
    c.fill(top, face)
    i = int(np.argmax(heights))
    foot = min(land.XS[i] + rng.uniform(0.06, 0.3), 1.05)
    c.poly(
        np.r_[land.XS[i:], 1.05, foot],
        np.r_[top[i:], base + 0.3, base + 0.3] if band == "top" else np.r_[top[i:], base, base],
        shade,
    )
    c.line(land.XS, np.minimum(top + 0.045, base), sky.glow, 0.006)
    return (0.0, crest - 0.02, 1.0, 1.0 if band == "top" else y1)


Scene = Callable[[ArtDirection, np.random.Generator, Canvas, Inks, str], Box]

SCENES: dict[str, Scene] = {
    "lake": lake,
    "layers": layers,
    "night": night,
    "peak": peak,
    "skyline": skyline,
}
