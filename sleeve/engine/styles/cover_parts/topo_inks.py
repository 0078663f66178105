"""The topographic style's map colours: a sea ramp, a hypsometric land ramp up to
snow, a line ink, one accent (a summit, the stack's loudest row), a paper and a night,
chosen by the genre and the palette. Natural map colours for the quiet and rooted
genres, the palette's own hues as a ramp for pop and dance (its lead hue climbing to a
second, as a two-ink print), bone and greys for the
grey palettes and metal (drill, techno, doom). Every colour passes a mud guard: a yellow or
lime is kept light, a dark orange turns red."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import hue_distance, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB

NATURAL = ("ambient", "classical", "folk", "world", "children", "spoken", "rock")


class Scheme(NamedTuple):
    """A map's colours. sea: deep to shallow; land: low to high, ending in snow."""

    sea: tuple[RGB, RGB]
    land: tuple[RGB, ...]
    ink: RGB
    accent: RGB
    paper: RGB
    night: RGB
    glow: RGB
    mono: bool


def clean(lightness: float, chroma: float, hue: float) -> RGB:
    """An OKLCH colour kept out of the mud: yellows and limes (hue 75-140) stay light
    and clear (as a dark ink they turn a warm red-black), a dark orange or ochre
    turns red."""
    hue %= 360.0
    if 75.0 <= hue <= 140.0 and chroma >= 0.03 and lightness < 0.5:  # a dark ink: warm
        hue = 30.0
    elif 75.0 <= hue <= 140.0 and chroma >= 0.03:
        lightness = max(lightness, 0.88)
        chroma = max(chroma, 0.1)
    elif 34.0 < hue < 75.0 and lightness < 0.66 and chroma >= 0.03:
        hue = 28.0  # the hillshade darkens it further: an orange at 38 degrees went brown
    return oklch_to_rgb(lightness, chroma, hue)


def _c(colour: RGB) -> float:
    return rgb_to_oklch(colour)[1]


def _h(colour: RGB) -> float:
    return rgb_to_oklch(colour)[2]


def ramp(stops: tuple[RGB, ...], n: int) -> list[RGB]:
    """n colours through the stops, stepped in OKLCH along the short way round the hue
    circle (no grey midpoints between two clean colours), each through the mud guard."""
    lch = np.asarray([rgb_to_oklch(c) for c in stops], np.float64)
    if n <= 1:
        return [stops[0]]
    out = []
    for t in np.linspace(0.0, 1.0, n):
        f = t * (len(stops) - 1)
        i = min(int(f), len(stops) - 2)
        u = f - i
        (l0, c0, h0), (l1, c1, h1) = lch[i], lch[i + 1]
        if c0 < 0.02:
            h0 = h1
        if c1 < 0.02:
            h1 = h0
        dh = (h1 - h0 + 180.0) % 360.0 - 180.0
        out.append(clean(l0 + (l1 - l0) * u, c0 + (c1 - c0) * u, h0 + dh * u))
    return out


def _natural(direction: ArtDirection) -> Scheme:
    """A printed atlas: sea blues, a green lowland, pale straw, ochre-red, snow; sepia
    lines and a red route."""
    warm = direction.genre in ("folk", "world")
    land = (
        oklch_to_rgb(0.7, 0.1, 152.0),
        oklch_to_rgb(0.92, 0.09, 105.0),
        oklch_to_rgb(0.78, 0.11, 62.0),
        oklch_to_rgb(0.6, 0.12, 38.0 if warm else 30.0),
        oklch_to_rgb(0.97, 0.01, 90.0),
    )
    return Scheme(
        sea=(oklch_to_rgb(0.36, 0.09, 250.0), oklch_to_rgb(0.8, 0.07, 228.0)),
        land=land,
        ink=oklch_to_rgb(0.36, 0.08, 40.0),
        accent=oklch_to_rgb(0.56, 0.21, 27.0),
        paper=oklch_to_rgb(0.96, 0.02, 85.0),
        night=oklch_to_rgb(0.2, 0.07, 256.0),
        glow=oklch_to_rgb(0.88, 0.1, 200.0),
        mono=False,
    )


def _mono(direction: ArtDirection) -> Scheme:
    """Greys to bone for the grey palettes; the palette's accent as the one spot if
    it has a colour, else bone."""
    bone = oklch_to_rgb(0.93, 0.015, 85.0)
    spot = direction.palette.accent
    accent = raster.vivid(spot, 0.62, 0.2) if _c(spot) > 0.08 else bone
    land = tuple(oklch_to_rgb(v, 0.0, 0.0) for v in (0.42, 0.6, 0.78)) + (bone,)
    return Scheme(
        sea=(oklch_to_rgb(0.13, 0.0, 0.0), oklch_to_rgb(0.3, 0.0, 0.0)),
        land=land,
        ink=oklch_to_rgb(0.12, 0.0, 0.0),
        accent=accent,
        paper=oklch_to_rgb(0.94, 0.008, 85.0),
        night=oklch_to_rgb(0.12, 0.0, 0.0),
        glow=bone,
        mono=True,
    )


def _palette(direction: ArtDirection) -> Scheme:
    """The palette's hues as a map: the sea from its background's hue (a vivid field
    stays) or its coolest colour, the land in steps of its most colourful other hue
    (a yellow climbs from orange-red) up to a pale snow, the accent a second hue."""
    pal = direction.palette
    colours = [c for c in (*pal.colors, pal.accent) if _c(c) >= 0.04] or [pal.accent]
    bg_l, bg_c, bg_h = rgb_to_oklch(pal.background)
    if bg_c >= raster.VIVID_FIELD:
        sea_h, deep = bg_h, pal.background
    else:
        cool = [c for c in colours if 180.0 <= _h(c) <= 300.0]
        sea_h = bg_h if bg_c >= 0.03 and not 40.0 <= bg_h <= 140.0 else None
        if sea_h is None:
            sea_h = _h(cool[0]) if cool else 255.0
        deep = clean(0.3, 0.1, sea_h)
    shallow = clean(min(0.72, rgb_to_oklch(deep)[0] + 0.3), 0.12, sea_h)
    far = [c for c in colours if abs((_h(c) - sea_h + 180.0) % 360.0 - 180.0) > 30.0]
    lead = max(far or colours, key=_c)
    hue = _h(lead)
    if 75.0 <= hue <= 140.0:  # a yellow or lime land climbs from orange-red, never olive
        stops = [clean(0.62, 0.17, 38.0), clean(0.74, 0.16, 60.0), clean(0.9, 0.14, hue)]
    else:  # deep to light, climbing to the palette's next hue where it has one
        stops = [clean(lit, 0.15, hue + turn) for lit, turn in ((0.46, -12), (0.64, 0), (0.84, 10))]
        other = [
            c for c in far if c is not lead and _c(c) >= 0.08 and hue_distance(_h(c), hue) > 40.0
        ]
        if other:  # a risograph pair: the high ground in the second ink, kept light
            stops[2] = clean(0.86, 0.13, _h(max(other, key=_c)))
    snow = clean(0.96, 0.025, hue)
    accent = max((c for c in colours if c is not lead), key=_c, default=lead)
    if abs((_h(accent) - hue + 180.0) % 360.0 - 180.0) < 40.0:
        accent = clean(0.62, 0.2, hue + 180.0)
    return Scheme(
        sea=(deep, shallow),
        land=(*stops, snow),
        ink=clean(0.22, 0.06, sea_h),
        accent=raster.vivid(accent, 0.62, 0.2),
        paper=clean(0.95, 0.02, hue),
        night=clean(0.17, 0.07, sea_h),
        glow=raster.vivid(lead, 0.85, 0.14),
        mono=False,
    )


def scheme(direction: ArtDirection) -> Scheme:
    """The map colours for this song: grey palettes and metal print in greys and bone
    (the palette's spot colour kept), the quiet and rooted genres in atlas colours,
    the rest in the palette's hues."""
    pal = direction.palette
    if direction.genre == "metal" or max(_c(c) for c in (pal.background, *pal.colors)) < 0.05:
        return _mono(direction)
    if direction.genre in NATURAL:
        return _natural(direction)
    return _palette(direction)
