"""Chladni: the figure a vibrating plate draws in sand on its nodal lines, as ONE bold
focal image: a round plate's standing wave ringing in the song's frequencies.

the two loudest spectrum bands, the key's tonic and the seed -> the round-plate modes
ringing together (Bessel modes with an n-fold symmetry), so no two tracks share a
figure; energy -> the figure's size and the weight of its lines; turbulence and the
seed -> one of seven compositions, calm to rough, each with its own anchor, crop and
scale (see chladni_layouts): catalogue, rise, rhythm, ribbon, sand, cells, sector.

Colour is value contrast from the palette: luminous sand on a deep plate of the
palette's leading colour, or dark ink on light paper, by the mood; classical lines
are gold on deep colour; metal is bone or ash on black. The figure keeps out of the
band the title's layout prefers. Without audio the bands come from a synthesized
spectrum (see signals).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import chladni_layouts as lay
from sleeve.engine.styles.cover_parts.calm_zone import title_band

STYLE = StyleInfo(
    name="chladni",
    family="graphic",
    # an acoustics figure: classical and chamber (modern classical), ambient, IDM and
    # experimental (the "idm" language); not jazz, world or children's songs
    fits=("classical", "ambient", "idm"),
    music=True,
    weight=0.6,
)

LAYOUTS = ("catalogue", "rise", "rhythm", "ribbon", "sand", "cells", "sector")
GRAIN = {"catalogue": 0.008, "sand": 0.04, "ribbon": 0.03}  # others: 0.02


def _track_bands(direction: ArtDirection) -> tuple[int, int]:
    """The song's two loudest band peaks, moved along by its key's tonic."""
    a, b = signals.dominant_bands(direction, 2, bands=24)
    tonic = int(np.argmax(signals.chroma(direction)))
    return a + tonic, b + 2 * tonic


def _gold(direction: ArtDirection) -> RGB:
    """The palette's own gold or yellow where it has one, else a leaf gold."""
    for colour in (direction.palette.background, *direction.palette.colors):
        _, chroma, hue = rgb_to_oklch(colour)
        if chroma > 0.06 and 65 <= hue <= 105:
            return raster.tone(colour, 0.84, 0.13)
    return oklch_to_rgb(0.82, 0.11, 84.0)


def _inks(direction: ArtDirection) -> lay.Inks:
    """The cover's colours by genre and mood: bone or ash on black for metal; else a
    deep plate of the palette's most colourful hue, luminous sand of its accent (gold
    for classical), and a light paper or night field from its background."""
    pal = direction.palette
    if direction.genre == "metal":
        bone = raster.tone(pal.colors[1 % len(pal.colors)], 0.86, 0.02)
        return lay.Inks(
            raster.tone(pal.background, 0.1, 0.006),
            raster.tone(pal.background, 0.18, 0.008),
            bone,
            bone,
            raster.tone(pal.background, 0.42, 0.01),
            True,
            False,
        )
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0]) or direction.valence < 0.35
    field = raster.ground(pal.background, 0.13 if dark else 0.95, 0.025)
    field_l = rgb_to_oklch(field)[0]
    hues = (*pal.colors, pal.accent)
    lead = max(hues, key=lambda c: rgb_to_oklch(c)[1])
    plates = [c for c in hues if not 70 <= rgb_to_oklch(c)[2] <= 130]  # deep yellow: olive
    plate = max(plates, key=lambda c: rgb_to_oklch(c)[1]) if plates else lead
    deep = raster.tone(plate, 0.2 if dark else 0.24, 0.09 if plates else 0.015)
    light = pal.accent if rgb_to_oklch(pal.accent)[1] > 0.04 else lead
    glow = _gold(direction) if direction.genre == "classical" else raster.tone(light, 0.92, 0.07)
    ink = raster.tone(lead, 0.9 if field_l < 0.5 else 0.22, 0.1)
    vivid = rgb_to_oklch(field)[1] >= raster.VIVID_FIELD
    return lay.Inks(field, deep, glow, ink, _second(hues, lead), field_l < 0.5, vivid)


def _second(hues: tuple[RGB, ...], lead: RGB) -> RGB:
    """A clean mid colour for the second ink: the palette's most colourful hue at least
    60 degrees from the lead's (the lead itself when there is none), lifted if yellow."""
    hue = rgb_to_oklch(lead)[2]

    def apart(c: RGB) -> float:
        turn = abs((rgb_to_oklch(c)[2] - hue + 180) % 360 - 180)
        return rgb_to_oklch(c)[1] * min(1.0, turn / 60)

    other = max(hues, key=apart)
    second = other if rgb_to_oklch(other)[1] > 0.04 else lead
    grey = rgb_to_oklch(second)[1] <= 0.04
    return raster.tone(second, 0.5, 0.0) if grey else raster.vivid(second, 0.64, 0.15)


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing: one
    of LAYOUTS by the turbulence and the seed, from a generator of its own."""
    return compose.pick(raster.rng_for(direction, "chladni-layout"), LAYOUTS, direction.turbulence)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the Chladni cover (RGB, size x size)."""
    name = layout_of(direction)
    rng = raster.rng_for(direction, "chladni")
    side = title_band(direction, rng)
    inks = _inks(direction)
    work = raster.work_size(size)
    img = Image.new("RGB", (work, work), inks.field)
    key = (*_track_bands(direction), int(rng.integers(1 << 16)))
    turn = float(rng.uniform(0, 2 * np.pi))
    weight = 0.0035 + 0.003 * direction.energy  # a line's width, of the cover
    sheet = lay.Sheet(img, direction, rng, side, inks, key, turn, weight)
    focal = lay.DRAW[name](sheet)
    img = raster.to_size(img, size)
    grain = GRAIN.get(name, 0.02)
    return Artwork(finish(img, direction, "chladni", grain), compose.clip_box(focal), name)
