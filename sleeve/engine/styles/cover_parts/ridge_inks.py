"""Ridgeline inks: the print's colours, a sky from its top to its glow at the horizon,
the ridges' bands stepping from the far one (hazed, near the glow) to the near one
(deep), a sun or moon, a line ink and a second ink (the torn strips, the globe's
middle). Metal and the mono languages keep greys (bone, ash, black); a dark or sad
song gets a dusk (never brown ranges: dark oranges turn slate), a bright one a day
print on paper; the hard genres a stark print (black on their spot ink, black on
bone, or black and bone under a spot sun); never a murky green or olive field, and
every dark print has a bright glow or disc to read by."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import RGB, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.ridge_genres import BONE, HARD, is_metal

BLUE = 255.0  # the hue a palette without a usable one falls back on


@dataclass(frozen=True)
class Inks:
    """The print's colours (see the module)."""

    bg: RGB  # the field: the sky's top, the paper
    glow: RGB  # the sky at the horizon
    far: RGB  # the farthest band
    near: RGB  # the nearest band
    sun: RGB  # the disc
    ink: RGB  # lines: the strip's ridges, rims
    second: RGB  # a second ink: the torn strips


def _grey(dark: bool, hue: float) -> Inks:
    """Greys with a breath of the palette's hue: bone on black, or ink on paper."""

    def g(light: float, chroma: float = 0.006) -> RGB:
        return oklch_to_rgb(light, chroma, hue)

    if dark:  # a lit horizon over black ranges (a grey glow under grey ranges read as murk)
        return Inks(g(0.1), g(0.62), g(0.34), g(0.06), g(0.93, 0.012), g(0.9, 0.012), g(0.6))
    return Inks(g(0.95), g(0.9), g(0.78), g(0.2), g(0.24), g(0.2), g(0.55))


def _hues(direction: ArtDirection) -> tuple[float, float]:
    """Two usable hues from the palette, strongest first: no green or olive (a murky
    field), the second the first turned where the palette has only one."""
    pal = direction.palette
    colours = sorted((*pal.colors, pal.accent), key=lambda k: -rgb_to_oklch(k)[1])
    hues = [rgb_to_oklch(k)[2] for k in colours if rgb_to_oklch(k)[1] >= 0.05]
    hues = [h for h in hues if not 95 <= h <= 175] or [BLUE]
    second = next((h for h in hues[1:] if abs((h - hues[0] + 180) % 360 - 180) > 25), None)
    return hues[0], (hues[0] + 150.0) % 360 if second is None else second


def _warm(hue: float) -> bool:
    """Whether a hue is a red, orange or yellow (brown or maroon when taken dark)."""
    return hue <= 120 or hue >= 345


def _ink(light: float, chroma: float, hue: float) -> RGB:
    """A flat ink at this lightness: a yellow or orange taken dark turns red, not brown."""
    if 42 <= hue <= 120 and light < 0.62:
        hue = 36.0
    return oklch_to_rgb(light, chroma, hue)


def _stark(spot: RGB, pick: float) -> Inks:
    """A hard genre's print by the seed's `pick`: black ridges on the spot ink with a
    bone disc, black on bone with a spot disc, or a black night with a spot glow."""
    light, chroma, hue = rgb_to_oklch(spot)
    spot = oklch_to_rgb(min(max(light, 0.58), 0.8), max(chroma, 0.04), hue)
    black, bone = oklch_to_rgb(0.13, 0.004, hue), oklch_to_rgb(0.93, 0.015, 85.0)
    if pick < 0.4:
        deep = oklch_to_rgb(0.4, chroma * 0.8, hue)
        return Inks(spot, spot, deep, black, bone, bone, black)
    if pick < 0.7:
        return Inks(bone, bone, oklch_to_rgb(0.62, 0.005, hue), black, spot, black, spot)
    dim = oklch_to_rgb(0.33, chroma * 0.5, hue)
    return Inks(oklch_to_rgb(0.1, 0.004, hue), spot, dim, black, bone, bone, spot)


def inks_for(direction: ArtDirection, rng: np.random.Generator) -> Inks:
    """The inks by genre, tone, palette and mood (see the module)."""
    base_hue = rgb_to_oklch(direction.palette.background)[2]
    if is_metal(direction):
        return _grey(True, rgb_to_oklch(BONE)[2])
    if direction.language.subgenre in HARD or direction.genre == "punk":
        return _stark(HARD.get(direction.language.subgenre, HARD["punk"]), float(rng.random()))
    tone_name = direction.language.tone
    dark = rgb_to_oklch(direction.palette.background)[0] < 0.55 or direction.valence < 0.4
    if tone_name.endswith("mono"):
        return _grey(tone_name.startswith("dark") or dark, base_hue)
    sky, land = _hues(direction)
    if rng.random() < 0.3:  # the seed swaps which hue is the sky's
        sky, land = land, sky
    punch = 0.7 + 0.5 * direction.energy  # loud songs print stronger inks
    if dark:  # a dusk: a deep sky, a glow at the horizon, the near range near black
        if _warm(land):  # dark red and orange ranges read as mud: slate under the glow
            turned = (sky + 180) % 360
            if _warm(turned) or 95 <= turned <= 175:
                turned = BLUE if abs(sky - BLUE) > 40 else 290.0  # or a violet
            land = turned
        return Inks(
            bg=_ink(0.22, 0.05, land),
            glow=_ink(0.74, 0.12 * punch, sky),
            far=_ink(0.5, 0.07, land),
            near=_ink(0.13, 0.035, land),
            sun=_ink(0.9, 0.09, sky),
            ink=_ink(0.92, 0.03, sky),
            second=_ink(0.66, 0.15, sky),
        )
    # a day print on paper: pale sky, bands from a pale tint to a deep ink, a spot sun
    return Inks(
        bg=_ink(0.96, 0.012, sky),
        glow=_ink(0.89, 0.045, sky),
        far=_ink(0.8, 0.05, land),
        near=_ink(0.3, 0.08 * punch, land),
        sun=raster.vivid(oklch_to_rgb(0.6, 0.17, sky), 0.6, 0.17),
        ink=_ink(0.25, 0.06, land),
        second=raster.vivid(oklch_to_rgb(0.66, 0.16, sky), 0.66, 0.16),
    )
