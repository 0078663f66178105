"""The loudness horizon's river: a valley seen from a height, a river winding from the
far horizon towards the viewer, its bends the song's loudness (its start far off, its
end at the viewer's feet), dark valley sides closing in from both edges.

Flat bands of the land's ink darken towards the viewer under a hazed range on the
horizon. Keeps the title's band ('top' or 'bottom') calm and returns its honest focal
box."""

from __future__ import annotations

import numpy as np

from sleeve.engine.color import mix, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
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
from sleeve.engine.styles.cover_parts.horizon_ranges import place_disc
from sleeve.engine.styles.cover_parts.horizon_sheet import Sheet
from sleeve.engine.styles.cover_parts.horizon_skies import Sky


def river(d: ArtDirection, rng: np.random.Generator, s: Sheet, sky: Sky, band: str) -> Box:
    """The valley from above: the river's bends the song, widening towards the viewer."""
    f = frame_of(d, rng)
    if band == "top":
        sky_top, horizon, foot = CALM_TOP, 0.44 + 0.06 * (1.0 - f.high), 1.0
    else:
        sky_top, horizon, foot = 0.0, 0.2 + 0.06 * (1.0 - f.high), 1.0 - CALM_TOP - 0.02
    song = calm(curve(d, (0.0, 1.0), 18, 16), 5)
    stepped_sky(s, sky, sky_top, horizon)
    x = 0.7 + 0.15 * rng.random() if f.left else 0.15 + 0.15 * rng.random()
    r = 0.05 + 0.02 * f.high
    sun = place_disc(s, sky, x, horizon, sky_top, r)
    marks.clouds(s, sky, rng, sky_top + 0.03, horizon - 0.05)
    far = calm(curve(d, stretch(d, rng, 0.4, 0.7), 10, 12), 5)
    s.land(horizon - 0.02 - 0.05 * far, sky.range_ink(0.2), horizon + 0.01)
    # the valley floor in flat bands of the land's own ink, lit far off and darker
    # towards the viewer (the haze's hue mixed in made the old mauve valleys)
    depth = np.linspace(0.0, 1.0, 6) ** 1.7
    _, chroma, hue = rgb_to_oklch(sky.near)
    for k in range(5):
        ink = oklch_to_rgb(0.62 - 0.07 * k, max(chroma, 0.06), hue)
        s.band(float(horizon + (1.0 - horizon) * depth[k]), 1.0, ink)
    # the river: y from the horizon to the foot, its bend the song at that time
    n = s.n
    rows = np.arange(int(horizon * n) + 1, n)
    y = (rows + 0.5) / n
    z = np.clip((y - horizon) / (1.0 - horizon), 0.0, 1.0)  # 0 far .. 1 at the feet
    lean = 0.42 + 0.16 * rng.random()
    bend = np.interp(z**0.6, XS, song) - 0.5 + 0.3 * np.sin(z**0.5 * (7.0 + 6.0 * f.pace))
    cx = lean + (0.04 + 0.45 * z) * bend * (1.0 if f.left else -1.0)
    half = 0.006 + 0.1 * z**1.2  # wide enough near the viewer to read at 64 px
    dist = np.abs(s.x - cx[:, None]) * n
    water = np.clip(half[:, None] * n - dist + 0.5, 0.0, 1.0)
    bank = np.clip((half[:, None] * n + 1.5 + 2.0 * z[:, None]) - dist + 0.5, 0.0, 1.0)
    y0 = int(rows[0])
    s.lay(bank, mix(sky.near, sky.zenith, 0.2), y0)
    s.lay(water, mix(sky.glow, sky.disc, 0.3), y0)
    # the valley's dark sides closing in from both edges, curving up out of the floor
    near_side = 0.36 + 0.14 * f.scale  # the near side (away from the bends) the wider
    for edge, width in (
        (XS, near_side if f.left else 0.3),
        (1.0 - XS, 0.3 if f.left else near_side),
    ):
        s.land(
            np.minimum(horizon + 0.04 + 1.6 * (1.0 - horizon) * (edge / width) ** 1.5, 1.3),
            sky.near,
        )
    if band == "bottom":  # the near ridge the viewer stands on
        s.land(foot - 0.03 + 0.02 * np.sin(XS * 4.0 + 2.0 * f.scale), sky.near)
    top = horizon - 0.08 if sun is None else min(horizon - 0.08, sun[1] - r)
    return (0.0, top - 0.03, 1.0, foot)
