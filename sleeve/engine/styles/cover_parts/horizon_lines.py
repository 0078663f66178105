"""The loudness horizon's song lines, where the song's loudness curve itself is the
picture, not a mountain's rock, keeping the title's band ('top' or 'bottom') calm:

mirror: the whole song as one big dark land on still water, its reflection beneath
    broken by level lines (the curve and its mirror read as the song's waveform), the
    sun or moon over its quiet side; the seed moves the horizon, crop and side;
limb: a single curve of light, the whole song (or, cropped, its loudest stretch as
    one huge arc) as the rim of a dark land with the light rising behind it, its
    loudest point a flare (or the sun rising, for a title naming it), onsets as stars;
strata: three to five layered ridges, the nearest crisp and the whole song, the far
    ones paler and blurred into the air, a sky lighter for a brighter spectrum (a
    woodblock for folk: a stepped sky, flat crisp hills, key lines).

The limb leaves its space to the title only in a small band (a small title: the
space is the picture's), and reports the rest as focal.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from sleeve.engine.color import mix, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import horizon_marks as marks
from sleeve.engine.styles.cover_parts.horizon_forms import (
    CALM_TOP,
    XS,
    calm,
    curve,
    frame_of,
    stretch,
)
from sleeve.engine.styles.cover_parts.horizon_prints import stepped_sky
from sleeve.engine.styles.cover_parts.horizon_sheet import Sheet, at_columns
from sleeve.engine.styles.cover_parts.horizon_skies import Sky
from sleeve.engine.styles.cover_parts.title_words import motifs

SMALL_TITLE = 0.22  # the depth of the band a spacious print leaves its small title
WOODCUT = frozenset({"folk", "country", "celtic", "blues", "americana", "bluegrass"})


def song_line(d: ArtDirection, smoothing: int = 10, k: int = 3) -> np.ndarray:
    """The whole song's loudness across the cover (0..1), smoothed to read as one line
    (its intro, its build, its loudest stretch, its fade), never as beats."""
    return calm(curve(d, (0.0, 1.0), smoothing, smoothing), k)


def spacious(band: str) -> Box:
    """The focal box of a print whose space is its picture: all but the title's small
    band (the typography sets the title small there)."""
    return (0.0, SMALL_TITLE, 1.0, 1.0) if band == "top" else (0.0, 0.0, 1.0, 1.0 - SMALL_TITLE)


def lighter(colour: RGB, by: float) -> RGB:
    """`colour` `by` lighter (OKLCH lightness), its hue and chroma kept."""
    lit, chroma, hue = rgb_to_oklch(colour)
    return oklch_to_rgb(min(0.97, lit + by), chroma, hue)


def _reflection(s: Sheet, horizon: float, depth: np.ndarray, ink: RGB) -> None:
    """The land upside down under `horizon`, `depth` deep, broken by level lines of
    water, finer near the shore and wider towards the viewer (still water)."""
    y0, y1 = s.rows(horizon, horizon + float(depth.max()))
    ys = s.y[y0:y1]
    below = (ys - horizon) / max(float(depth.max()), 1e-3)  # 0 at the shore .. 1
    inside = np.clip((horizon + at_columns(depth, s.n) - ys) * s.n + 0.5, 0.0, 1.0)
    inside *= np.clip((ys - horizon) * s.n + 0.5, 0.0, 1.0)
    phase = (np.sqrt(np.clip(below, 0.0, None)) * 5.0) % 1.0  # the breaks' rhythm
    gap = 0.06 + 0.4 * below  # the breaks widen towards the viewer
    solid = np.clip((phase - gap) * s.n * 0.04 + 0.5, 0.0, 1.0)
    s.lay(inside * solid, ink, y0)


def mirror(d: ArtDirection, rng: np.random.Generator, s: Sheet, sky: Sky, band: str) -> Box:
    """The whole song as one big dark land on still water, its reflection beneath: the
    loudness curve above the horizon and mirrored below it reads as the song's
    waveform; the sun or moon over its quiet side. The seed and the song move the
    horizon, the land's reach, its crop and its side."""
    f = frame_of(d, rng)
    floor = 1.0 if band == "top" else 1.0 - CALM_TOP - 0.02
    if band == "top":
        top, horizon = CALM_TOP + 0.04, 0.62 + 0.08 * float(rng.random())
    else:
        top, horizon = 0.04 + 0.04 * float(rng.random()), 0.3 + 0.06 * float(rng.random())
    depth = 0.95  # the reflection a little shorter than the land, as seen from above
    tall = min(horizon - top, (floor - horizon) / depth) * (0.75 + 0.25 * f.scale)
    # the land runs off one edge or stands free, always leaving open water on the
    # other side (a land across the whole frame read as a slab)
    span = float(rng.uniform(0.7, 1.15))
    a = rng.uniform(0.62, 0.85) - span if f.left else rng.uniform(0.15, 0.38)
    u = np.clip((XS - a) / span, 0.0, 1.0)
    taper = np.clip(np.minimum(u, 1.0 - u) / 0.1, 0.0, 1.0) ** 0.7
    song = song_line(d, 16, 5)[np.round(u * (len(XS) - 1)).astype(int)]
    height = tall * (0.3 + 0.7 * song) * taper  # a land, never a sliver
    s.band(0.0, 1.0, sky.zenith)
    s.fog(top, horizon, sky.glow, 0.85)
    quiet_x = float(XS[int(np.argmin(height + 0.3 * np.abs(XS - 0.5)))])
    x = float(np.clip(quiet_x, 0.16, 0.84))
    r = 0.05 + 0.04 * f.scale
    disc_y = min(horizon - float(np.interp(x, XS, height)) - 1.6 * r, horizon - 2.2 * r)
    shown = disc_y - r > top
    if shown:
        s.glow(x, disc_y, r * 3.0, mix(sky.glow, sky.disc, 0.5), 0.5)
        s.dot(x, disc_y, r, sky.disc)
    water = mix(mix(sky.zenith, sky.glow, 0.35), sky.water, 0.4)  # the sky in the lake
    s.band(horizon, 1.0, water)
    s.fog(horizon, min(floor, horizon + 0.2), sky.glow, 0.5, down=True)
    s.fog(horizon + 0.1, floor, mix(water, sky.near, 0.3), 0.6)
    if floor < 1.0:
        s.band(floor, 1.0, mix(water, sky.near, 0.3))
    s.land(horizon - height, sky.near, horizon + 0.002)
    _reflection(s, horizon, depth * height, mix(sky.near, water, 0.06))
    s.stroke(np.full_like(XS, horizon), 0.003, sky.glow)
    crest = horizon - float(height.max())
    high = min(crest, disc_y - r) if shown else crest
    low = min(floor, horizon + depth * float(height.max()) + 0.02)
    return (0.0, max(top, high) - 0.03, 1.0, low)


def _rising_light(s: Sheet, edge: np.ndarray, top: float, light: RGB, reach: float) -> None:
    """Light rising behind `edge` (an edge over XS), strongest on it, thinning over
    `reach` above and gone before `top` (the title's calm)."""
    y0, y1 = s.rows(top, float(edge.max()))
    ys = s.y[y0:y1]
    above = np.clip(at_columns(edge, s.n) - ys, 0.0, None)
    fade = np.clip((ys - top) / 0.12, 0.0, 1.0) ** 2
    strength = 0.65 * np.exp(-above / reach) + 0.25 * np.exp(-above / (4.0 * reach))
    s.lay(np.minimum(strength * fade, 1.0), light, y0)


def limb(d: ArtDirection, rng: np.random.Generator, s: Sheet, sky: Sky, band: str) -> Box:
    """The whole song as the rim of a dark land, lit from behind; its loudest point a
    flare (for a title naming the sun, the sun rising there); the onsets as stars."""
    f = frame_of(d, rng)
    h = song_line(d, 22, 9)  # the song's shape, not its beats
    if rng.random() < 0.4:  # a crop: the loudest stretch of the song, one huge arc
        at = int(np.argmax(h))
        half = int(len(XS) * rng.uniform(0.22, 0.35))
        lo = int(np.clip(at - half, 0, len(XS) - 2 * half))
        h = np.interp(XS, np.linspace(0.0, 1.0, 2 * half), h[lo : lo + 2 * half])
    lift = float(rng.uniform(-0.06, 0.06))  # the seed moves the horizon
    if band == "top":
        sky_top, base, amp = SMALL_TITLE + 0.04, 0.8 + 0.04 * (1.0 - f.high) + lift, 0.34
    else:
        sky_top, base, amp = 0.0, 0.62 - 0.04 * f.high + lift, 0.4
    edge = base - amp * (0.06 + 0.94 * h) * (0.75 + 0.25 * f.scale)
    day = sky.name in ("noon", "dawn")
    field, land = sky.zenith, sky.near
    s.band(0.0, 1.0, field)
    if not day:
        stars_box = (0.03, sky_top + 0.04, 0.97, float(edge.min()) - 0.08)
        marks.stars(s, d, rng, stars_box, mix(sky.disc, field, 0.25))
    _rising_light(s, edge, sky_top, sky.glow, 0.035 + 0.03 * f.scale)
    i = int(np.argmin(edge))  # the song's loudest point
    x, y = float(XS[i]), float(edge[i])
    sun = "sun" in motifs(d.title)  # a sun title: the sun rising there, half behind the rim
    if sun:
        r = min(0.09, (y - sky_top) / 2.2)
        s.glow(x, y, r * 3.0, mix(sky.glow, sky.disc, 0.5), 0.6)
        s.dot(x, y + 0.2 * r, r, sky.disc)
    s.land(edge, land)
    s.stroke(edge, 0.011, mix(sky.glow, sky.disc, 0.5))
    s.stroke(edge, 0.0035, sky.disc)
    if not sun:  # a flare on the rim
        s.glow(x, y, 0.09, sky.disc, 0.7)
        s.dot(x, y, 0.008, sky.disc)
    return spacious(band)


def strata(d: ArtDirection, rng: np.random.Generator, s: Sheet, sky: Sky, band: str) -> Box:
    """Layered ridges, far pale and blurred to near crisp, the nearest the whole song;
    a woodblock's flat steps and key lines for folk."""
    f = frame_of(d, rng)
    cut = d.language.subgenre in WOODCUT or d.genre == "folk"
    count = 3 + int(round(2 * f.pace))
    if band == "top":
        sky_top, first, foot = CALM_TOP, CALM_TOP + 0.16 + 0.1 * (1.0 - f.high), 1.0
    else:
        sky_top, first, foot = 0.0, 0.3 + 0.1 * (1.0 - f.high), 1.0 - CALM_TOP
    bases = first + (foot - first) * np.linspace(0.0, 1.0, count + 1)[1:] ** 1.2
    edges = []
    for i in range(count):
        t = i / (count - 1)
        near = i == count - 1
        window = (0.0, 1.0) if near else stretch(d, rng, 0.4 + 0.3 * t, 0.6 + 0.3 * t)
        h = calm(curve(d, window, 18 + int(24 * (1.0 - t)), 16), 6 + int(6 * (1.0 - t)))
        tall = min((0.1 + 0.08 * f.scale) * (1.0 + 0.9 * t), bases[i] - sky_top - 0.06)
        edges.append(bases[i] - tall * (0.2 + 0.8 * h))
    top = float(min(e.min() for e in edges))
    zenith = lighter(sky.zenith, 0.2 * d.brightness)  # a bright song's sky lighter
    if cut:
        stepped_sky(s, replace(sky, zenith=zenith), sky_top, float(edges[0].max()), 3)
    else:
        s.band(0.0, 1.0, zenith)
        s.fog(sky_top, float(edges[0].max()), sky.glow, 1.0)
    if sky.moon or sky.name == "dusk":
        marks.stars(s, d, rng, (0.03, sky_top + 0.03, 0.97, top - 0.05), sky.disc)
    mist = mix(sky.glow, sky.haze, 0.4)
    for i, edge in enumerate(edges):
        t = i / (count - 1)
        # by night the far ridges take the horizon's glow (the haze barely parts them)
        ink = (
            mix(sky.glow, sky.near, 0.2 + 0.8 * t**0.8)
            if sky.moon
            else sky.range_ink(0.1 + 0.9 * t)
        )
        s.land(edge, ink, soft=0.0 if cut else 0.03 * (1.0 - t) ** 1.5)
        if cut:
            s.stroke(edge, 0.003, mix(ink, sky.near, 0.5))
        elif sky.moon:  # moonlight along each crest, fainter far off
            s.stroke(edge, 0.0025, mix(ink, sky.disc, 0.08 + 0.5 * t**2))
        elif i < count - 1:
            low = float(np.percentile(edge, 60))
            s.fog(low, max(low + 0.03, float(edges[i + 1].max())), mist, 0.5)
    return (0.0, top - 0.03, 1.0, 1.0 if band == "top" else foot)
