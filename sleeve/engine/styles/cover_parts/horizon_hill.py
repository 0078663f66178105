"""The loudness horizon's lone tree: the song as one broad hill filling the foot of the
frame, its outline the song's loudness, a lone tree with real limbs (now and then a
lone figure) on its crown where the song is loudest, one to two pale far hills in the
air (the tempo's count), a small sun or moon low over the far flank.

A print: a pulled gradient sky (its title band a lightness a title reads on), one flat
ink for the hill under a field of grass blades, the crest's blades against the sky as
tall as the song's onsets (horizon_tree). Keeps the title's band ('top' or 'bottom')
calm and returns its honest focal box."""

from __future__ import annotations

import numpy as np

from sleeve.engine.color import mix
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import horizon_marks as marks
from sleeve.engine.styles.cover_parts import horizon_tree as life
from sleeve.engine.styles.cover_parts.horizon_forms import CALM_TOP, XS, frame_of, ridge, stretch
from sleeve.engine.styles.cover_parts.horizon_prints import Plate, print_sky
from sleeve.engine.styles.cover_parts.horizon_ranges import place_disc
from sleeve.engine.styles.cover_parts.horizon_sheet import Sheet
from sleeve.engine.styles.cover_parts.horizon_skies import Sky


def hill(d: ArtDirection, rng: np.random.Generator, s: Sheet, sky: Sky, band: str) -> Box:
    """A broad hill (the song) across the foot, a lone tree on its loudest point, the
    disc small and low over the far flank."""
    f = frame_of(d, rng)
    h = ridge(d, (0.0, 1.0), 22, 18, 1.0)
    if not f.left:
        h = h[::-1]
    at = float(rng.uniform(0.22, 0.4) if f.left else rng.uniform(0.6, 0.78))
    crown = float(XS[int(np.argmax(h))])
    shift = np.clip(XS + (crown - at), 0.0, 1.0)  # the loudest point under the tree
    dome = np.exp(-(((XS - at) / 0.42) ** 2))  # one hill, crowned under the tree
    h = 0.4 * np.interp(shift, XS, h) + 0.6 * dome
    if band == "top":
        sky_top, top, low = CALM_TOP, 0.56 + 0.06 * (1.0 - f.high), 0.88
    else:
        sky_top, top, low = 0.0, 0.24 + 0.06 * (1.0 - f.high), 0.6
    crest = low - (low - top) * (0.15 + 0.85 * h)
    i = int(np.argmin(np.abs(XS - at)))
    tx, ty = at, float(crest[i])
    size = min(0.24 + 0.08 * f.scale, ty - sky_top - 0.04)
    r = 0.04 + 0.02 * f.high
    print_sky(s, sky, sky_top, float(crest.max()))
    # a small sun or moon low over the far flank, away from the tree (a huge disc
    # haloing the tree read as a stock island)
    dx = float(np.clip(at + (0.42 if f.left else -0.42), 0.12, 0.88))
    sun = place_disc(s, sky, dx, float(np.interp(dx, XS, crest)), sky_top, r)
    disc_y = sun[1] if sun else 1.0
    marks.clouds(s, sky, rng, sky_top + 0.03, float(crest.min()) - 0.02)
    for k in range(1 + int(1.6 * f.pace)):  # far hills in the air, the tempo's count
        far = ridge(d, stretch(d, rng, 0.35, 0.7), 12, 12, 1.0)
        level = float(crest.min()) + (float(crest.max()) - float(crest.min())) * (0.25 + 0.25 * k)
        line = level - 0.09 * far
        s.land(line, sky.range_ink(0.15 + 0.2 * k), soft=0.003 * (1 - k))
    land = sky.near
    s.land(crest, land)
    foot = 1.0 if band == "top" else 1.0 - CALM_TOP - 0.02
    wind = 0.5 if f.left else -0.5
    blades = Plate(s.n)
    life.field(blades, d, rng, crest, foot, wind, 140 + int(220 * d.density))
    blades.lay(s, mix(land, sky.glow, 0.13))
    if band == "bottom":
        s.band(foot, 1.0, land)
    shape = Plate(s.n)
    life.crest_grass(shape, d, rng, crest, wind)
    if rng.random() < 0.25:  # a lone figure on the loudest point, a tree else
        mark = life.figure(shape, tx, ty, min(0.12 + 0.04 * f.scale, ty - sky_top - 0.04))
    else:
        mark = life.tree(shape, tx, ty, size, -0.25 * wind, rng)
    shape.lay(s, land)
    return (0.0, min(mark, disc_y - r) - 0.03, 1.0, 1.0 if band == "top" else foot)
