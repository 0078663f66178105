"""The loudness horizon's mountain print, keeping the title's band ('top' or 'bottom')
calm and returning its honest focal box, and the sky and disc the landscapes share:

summit: the song as one huge cropped mountain filling the lower part of the frame, a
    hazed range behind it, the sun or moon beside its shoulder, snow on its head now and
    then; for a title naming snow a deep snowfield white down its flanks and the snow
    falling (the song's onsets) instead of a sun or moon.
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

WHITE = (255, 255, 255)


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
    snow = "snow" in motifs(d.title)  # a snow sky: no disc, the snow falling instead
    if sky.name == "night" and not snow:
        marks.stars(s, d, rng, (0.03, sky_top + 0.03, 0.97, peak_y + 0.1), sky.disc)
    x = float(np.clip(at + (-0.34 if f.left else 0.34), 0.14, 0.86))
    r = 0.04 + 0.03 * f.scale
    ground = float(np.interp(x, XS, np.minimum(back, crest)))
    sun = None if snow else place_disc(s, sky, x, ground, sky_top, r)
    if not snow:
        marks.clouds(s, sky, rng, sky_top + 0.03, max(peak_y + 0.04, sky_top + 0.2))
    s.land(back, sky.range_ink(0.12))
    s.fog(float(back.min()) + 0.03, valley + 0.08, mix(sky.glow, sky.haze, 0.4), 0.6)
    s.land(crest, sky.near if sky.name == "storm" else sky.range_ink(0.8))  # black under a storm
    if snow or rng.random() < 0.2:
        rag = calm(curve(d, stretch(d, rng, 0.2, 0.4), 3, 4), 2)
        top = float(crest.min())
        deep = 0.74 if snow else 0.2 + 0.1 * f.scale  # a snow title: the flanks white
        line = top + (valley - top) * deep + (0.14 if snow else 0.09) * (rag - 0.5)
        white = mix(sky.disc, WHITE, 0.9) if snow else mix(sky.disc, sky.glow, 0.45)
        s.land(crest, white, np.maximum(line, crest))
    # a dark near ridge across the foot, the valley's mist between
    near = (0.97 if band == "top" else 1.0 - CALM_TOP - 0.02) - 0.06 * _jag(rng, 0.3) ** 1.5
    s.fog(float(near.min()) - 0.12, float(near.max()), mix(sky.glow, sky.haze, 0.4), 0.55)
    s.land(near, sky.near)
    if snow:
        foot = 1.0 if band == "top" else 1.0 - CALM_TOP - 0.02
        marks.snowfall(s, d, rng, (0.0, sky_top + 0.03, 1.0, foot), mix(sky.disc, WHITE, 0.6))
    top = float(crest.min()) if sun is None else min(float(crest.min()), sun[1] - r)
    return (0.0, top - 0.03, 1.0, 1.0 if band == "top" else valley)
