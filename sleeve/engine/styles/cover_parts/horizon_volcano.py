"""The loudness horizon's volcano: a broad cone with a flat crater, a plume rising and
bending over in the wind, its swell the song's loudness (thin where the song is quiet,
billowing where it is loud), the crater's fire under it.

The plume in two flat inks, the fire's light on the rim, a woodblock print's stepped
sky and one dark ink for the mountain. Keeps the title's band ('top' or 'bottom') calm
and returns its honest focal box."""

from __future__ import annotations

import numpy as np

from sleeve.engine.color import mix, oklch_to_rgb
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.horizon_forms import (
    CALM_TOP,
    XS,
    calm,
    curve,
    frame_of,
    ridge,
)
from sleeve.engine.styles.cover_parts.horizon_prints import stepped_sky
from sleeve.engine.styles.cover_parts.horizon_sheet import Sheet
from sleeve.engine.styles.cover_parts.horizon_skies import Sky

FIRE = (0.68, 0.18, 40)  # the crater's glow, OKLCH


def volcano(d: ArtDirection, rng: np.random.Generator, s: Sheet, sky: Sky, band: str) -> Box:
    """A cone, its plume the song bending away on the wind, the crater's fire."""
    f = frame_of(d, rng)
    at = float(rng.uniform(0.28, 0.42) if f.left else rng.uniform(0.58, 0.72))
    away = 1.0 if f.left else -1.0
    if band == "top":
        sky_top, base, peak = CALM_TOP, 0.92, 0.6 + 0.06 * (1.0 - f.high)
    else:
        sky_top, base, peak = 0.0, 0.62, 0.34 + 0.06 * (1.0 - f.high)
    reach = 0.36 + 0.14 * f.scale
    cone = np.clip(1.0 - np.abs(XS - at) / reach, 0.0, 1.0) ** 1.6
    rough = ridge(d, (0.0, 1.0), 10, 10, 1.2)
    crest = base - (base - peak) * np.minimum(cone * (0.9 + 0.1 * rough), 0.86) / 0.86
    crater = float(crest.min())
    stepped_sky(s, sky, sky_top, base)
    # the plume: the song from the crater up and over, away from the mountain's side
    song = calm(curve(d, (0.0, 1.0), 12, 12), 4)
    rise = crater - sky_top - 0.06
    steps = 44
    fire = oklch_to_rgb(*FIRE)
    lit, shade = mix(sky.haze, sky.disc, 0.35), mix(sky.haze, sky.near, 0.35)
    tops = []
    for k in range(steps):
        t = k / (steps - 1)
        x = at + away * (0.05 + 0.45 * f.scale) * t**1.6
        y = crater - rise * t**0.75
        w = 0.015 + (0.03 + 0.07 * float(np.interp(t, XS, song))) * t**0.4
        s.dot(x + 0.3 * w * away, y + 0.25 * w, w, shade)
        tops.append(y - w)
    for k in range(steps):
        t = k / (steps - 1)
        x = at + away * (0.05 + 0.45 * f.scale) * t**1.6
        y = crater - rise * t**0.75
        w = 0.015 + (0.03 + 0.07 * float(np.interp(t, XS, song))) * t**0.4
        s.dot(x - 0.2 * w * away, y - 0.2 * w, w * 0.72, lit)
    s.glow(at, crater, 0.09, fire, 0.8)
    s.land(crest, sky.near)
    s.stroke(crest, 0.004, mix(sky.near, fire, 0.35))  # the fire's light on the rim
    s.land(base - 0.025 + 0.012 * np.sin(XS * 5.0 + at * 9.0), sky.range_ink(0.8))
    top = max(sky_top + 0.02, min(tops))
    return (0.0, top - 0.02, 1.0, 1.0 if band == "top" else base)
