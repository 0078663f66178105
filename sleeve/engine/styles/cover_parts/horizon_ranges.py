"""The loudness horizon's mountain prints, keeping the title's band ('top' or 'bottom')
calm and returning their honest focal box:

ranges: three to five ranges far to near in atmospheric perspective, a Hasui print:
    a graded sky lit at the horizon, the sun or moon sinking behind the farthest range,
    each range one flat ink fading into the haze with distance, mist in every valley,
    the nearest crest the whole song;
summit: the song as one huge cropped mountain filling the lower part of the frame, a
    hazed range behind it, the sun or moon beside its shoulder (snow on its head for a
    title naming snow, or now and then).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.color import mix
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import horizon_marks as marks
from sleeve.engine.styles.cover_parts.horizon_forms import (
    CALM_TOP,
    XS,
    calm,
    curve,
    frame_of,
    ridge,
    stretch,
)
from sleeve.engine.styles.cover_parts.horizon_sheet import Sheet
from sleeve.engine.styles.cover_parts.horizon_skies import Sky
from sleeve.engine.styles.cover_parts.title_words import motifs


def sky_field(s: Sheet, sky: Sky, top: float, low: float, band: str) -> None:
    """The sky: the zenith ink down to `top` (the title's calm), graded to the glow
    at `low`; under a bottom title the print's dark band along its top edge."""
    s.band(0.0, 1.0, sky.zenith)
    s.fog(top, low, sky.glow, 1.0)
    if band == "bottom":
        s.fog(0.0, 0.12, mix(sky.zenith, sky.near, 0.55), 0.75, down=True)


def place_disc(
    s: Sheet, sky: Sky, x: float, ground: float, floor: float, r: float
) -> tuple[float, float] | None:
    """The sun or moon over x: a sun low, sinking towards `ground` (the land's crest
    there), a moon or a noon sun higher; never above `floor` (the title's calm).
    Returns its centre, or None where the sky has no room."""
    rise = {"dusk": 0.25, "dawn": 0.55, "night": 1.8, "noon": 2.6, "storm": 0.7}[sky.name]
    y = max(ground - r * rise, floor + r * 1.4)
    if y > ground + r * 0.3:
        return None
    marks.disc(s, sky, x, y, r)
    return x, y


def _jag(rng: np.random.Generator, rough: float) -> np.ndarray:
    """A seeded ridge line of straight flanks between random summits (0..1): the rock
    a song's smooth curve lacks."""
    out = np.zeros_like(XS)
    for knots, amp in ((9, 1.0), (23, 0.45 * rough)):
        out += amp * np.interp(XS, np.linspace(-0.05, 1.05, knots), rng.random(knots))
    return (out - out.min()) / max(float(np.ptp(out)), 1e-6)


def ranges(d: ArtDirection, rng: np.random.Generator, s: Sheet, sky: Sky, band: str) -> Box:
    """Ranges far to near, pale into the lit haze to dark, mist in the valleys, the
    nearest crest the whole song; the disc behind the farthest range."""
    f = frame_of(d, rng)
    count = 3 + int(round(2 * f.pace))
    if band == "top":
        sky_top, first, foot = CALM_TOP, CALM_TOP + 0.14 + 0.12 * (1.0 - f.high), 1.0
    else:
        sky_top, first, foot = 0.0, 0.28 + 0.14 * (1.0 - f.high), 1.0 - CALM_TOP
    bases = first + (foot - first) * np.linspace(0.0, 1.0, count) ** 1.3
    step = (foot - first) / (count - 1)
    edges = []
    for i in range(count):
        t = i / (count - 1)
        near = i == count - 1
        window = (0.0, 1.0) if near else stretch(d, rng, 0.35 + 0.3 * t, 0.55 + 0.3 * t)
        h = ridge(d, window, 14 if near else 24, 16, 1.4 + 0.6 * f.scale)
        if (i % 2 == 1) ^ f.left ^ (count % 2 == 0):
            h = h[::-1]
        rock = 0.25 if near else 0.4
        h = (1.0 - rock) * h + rock * _jag(rng, 0.5 + 0.5 * f.scale)
        tall = step * (1.5 + 1.2 * f.scale) * (0.9 + 0.4 * t)
        if near:
            tall = min(tall * 1.15, bases[i] - first + 0.02)
        tall = min(tall, bases[i] - sky_top - 0.12)  # sky left for the disc over a title
        edges.append(bases[i] - 0.01 - tall * (0.12 + 0.88 * h))
    edges[-1] = np.minimum(edges[-1], foot - 0.05)
    top = float(min(e.min() for e in edges))
    sky_field(s, sky, sky_top, float(bases[0]), band)
    if sky.name == "night":
        marks.stars(s, d, rng, (0.03, sky_top + 0.03, 0.97, top - 0.04), sky.disc)
    lo = 0.12 + 0.1 * rng.random() if f.left else 0.55 + 0.1 * rng.random()
    gap = np.abs(XS - lo - 0.165) < 0.165  # the disc sets in the far range's lowest saddle
    i = int(np.argmax(np.where(gap, edges[0], -1.0)))
    r = 0.045 + 0.035 * (1.0 - f.high)
    sun = place_disc(s, sky, float(XS[i]), float(edges[0][i]), sky_top, r)
    marks.clouds(s, sky, rng, sky_top + 0.03, float(edges[0].min()) - 0.02)
    mist = mix(sky.glow, sky.haze, 0.4)
    for i, edge in enumerate(edges):
        s.land(edge, sky.range_ink(i / (count - 1)), 1.0)
        if i < count - 1:  # mist lying in the valley before the next range
            low = float(np.percentile(edge, 65))
            s.fog(low, max(low + 0.03, float(edges[i + 1].max())), mist, 0.55)
    if sun:
        top = min(top, sun[1] - r)
    return (0.0, top - 0.03, 1.0, 1.0 if band == "top" else foot)


def summit(d: ArtDirection, rng: np.random.Generator, s: Sheet, sky: Sky, band: str) -> Box:
    """One huge cropped mountain, its flanks as long as the song builds and fades, its
    ridge the song's loudness; a hazed range behind, the disc beside its shoulder."""
    f = frame_of(d, rng)
    calmness = 1.0 - float(np.clip(d.turbulence, 0.0, 1.0))
    song = signals.smooth(signals.energy(d, 64), 3)
    build = float(np.clip(np.argmax(song) / 63.0, 0.2, 0.8))
    at = rng.uniform(0.58, 0.74) if f.left else rng.uniform(0.26, 0.42)
    reach = 0.42 + 0.3 * calmness  # a cone with sky on both flanks
    dist = np.where(
        at > XS,
        (at - XS) / (reach * (0.6 + 0.8 * build)),
        (XS - at) / (reach * (1.4 - 0.8 * build)),
    )
    env = np.clip(1.0 - dist, 0.0, 1.0) ** (0.9 + 0.8 * calmness)
    detail = 0.65 * ridge(d, stretch(d, rng, 0.3, 0.5), 8, 10, 1.2) + 0.35 * _jag(rng, 0.8)
    sky_top = CALM_TOP if band == "top" else 0.0
    peak_y = (CALM_TOP + 0.04 if band == "top" else 0.12) + 0.08 * (1.0 - f.high)
    valley = (0.82 if band == "top" else 0.6) + 0.06 * f.scale
    crest = valley - (valley - peak_y) * env * (0.62 + 0.38 * detail)
    far = 0.6 * ridge(d, (0.0, 1.0), 12, 14, 1.3) + 0.4 * _jag(rng, 0.6)
    back = peak_y + 0.1 + 0.22 * (1.0 - far)
    sky_field(s, sky, sky_top, valley, band)
    if sky.name == "night":
        marks.stars(s, d, rng, (0.03, sky_top + 0.03, 0.97, peak_y + 0.1), sky.disc)
    x = float(np.clip(at + (-0.34 if f.left else 0.34), 0.14, 0.86))
    r = 0.04 + 0.03 * f.scale
    ground = float(np.interp(x, XS, np.minimum(back, crest)))
    sun = place_disc(s, sky, x, ground, sky_top, r)
    marks.clouds(s, sky, rng, sky_top + 0.03, peak_y + 0.04)
    s.land(back, sky.range_ink(0.3))
    s.fog(float(back.min()) + 0.03, valley + 0.08, mix(sky.glow, sky.haze, 0.4), 0.6)
    s.land(crest, sky.range_ink(0.8))
    if "snow" in motifs(d.title) or rng.random() < 0.2:
        rag = calm(curve(d, stretch(d, rng, 0.2, 0.4), 3, 4), 2)
        top = float(crest.min())
        line = top + (valley - top) * (0.2 + 0.1 * f.scale) + 0.09 * (rag - 0.5)
        s.land(crest, mix(sky.disc, sky.glow, 0.45), np.maximum(line, crest))
    # a dark near ridge across the foot, the valley's mist between
    near = (0.97 if band == "top" else 1.0 - CALM_TOP - 0.02) - 0.06 * _jag(rng, 0.3) ** 1.5
    s.fog(float(near.min()) - 0.12, float(near.max()), mix(sky.glow, sky.haze, 0.4), 0.55)
    s.land(near, sky.near)
    top = float(crest.min()) if sun is None else min(float(crest.min()), sun[1] - r)
    return (0.0, top - 0.03, 1.0, 1.0 if band == "top" else valley)
