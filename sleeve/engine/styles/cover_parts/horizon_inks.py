"""The loudness horizon's inks: two or three muted inks and one small accent, spent
roughly 60/30/10 (a field, a mass, a mid tone between them for fog, reflections and far
land, an accent for one small thing). A pale paper field with a dark ink, or for the
dark languages (metal, post-punk, drill) and dark palettes a near-black field with a
pale one; the hue is the palette's, its chroma held low (ECM, not a travel poster)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB

DARK_TONES = frozenset({"dark-mono", "dark", "dark-vivid", "mid-dark"})
DARK_FIELD = 0.42  # a palette whose background is darker than this prints dark
MONO_TONES = frozenset({"dark-mono", "light-mono", "muted"})  # no hue in the field


@dataclass(frozen=True)
class Inks:
    """One cover's inks: `field` most of it, `mass` the land or the line, `mid` the
    fog, the water's reflection and far land, `accent` one small thing; `dark` whether
    the field is the dark one."""

    field: RGB
    mass: RGB
    mid: RGB
    accent: RGB
    dark: bool


def _lch(lit: float, chroma: float, hue: float) -> RGB:
    return oklch_to_rgb(float(np.clip(lit, 0.0, 1.0)), max(0.0, chroma), hue % 360.0)


def is_dark(direction: ArtDirection) -> bool:
    """Whether the cover is a dark one: a dark language always, else a dark palette."""
    if direction.language.tone in DARK_TONES:
        return True
    return rgb_to_oklch(direction.palette.background)[0] < DARK_FIELD


def inks_for(direction: ArtDirection, rng: np.random.Generator) -> Inks:
    """The cover's inks from the palette's hues, muted: the field and mass in its
    background's and strongest colour's hues at a low chroma, the accent its accent
    (kept a spot of colour, never loud)."""
    pal = direction.palette
    colours = (*pal.colors, pal.accent)
    strongest = max(colours, key=lambda c: rgb_to_oklch(c)[1])
    _, back_c, back_h = rgb_to_oklch(pal.background)
    _, mass_c, mass_h = rgb_to_oklch(strongest)
    mono = direction.language.tone in MONO_TONES
    tint = 0.0 if mono else 0.6
    field_h = back_h if back_c > 0.02 else mass_h
    _, acc_c, acc_h = rgb_to_oklch(pal.accent)
    if acc_c < 0.05 or abs((acc_h - mass_h + 180) % 360 - 180) < 25:
        acc_h = (mass_h + 150.0 + 60.0 * rng.random()) % 360.0
    dark = is_dark(direction)
    play = rng.uniform(-0.025, 0.025)
    if dark:
        field = _lch(0.16 + play, tint * min(0.03, back_c + 0.01), field_h)
        mass = _lch(0.88, tint * min(0.03, mass_c), mass_h)
        mid = _lch(0.34 + play, tint * min(0.04, mass_c), mass_h)
        accent = _lch(0.72, min(0.13, max(0.09, acc_c)), acc_h)
    else:
        field = _lch(0.95 + play / 2, tint * min(0.018, back_c), field_h)
        mass = _lch(0.27 + play, tint * min(0.045, mass_c + 0.01), mass_h)
        mid = _lch(0.74 + play, tint * min(0.03, mass_c), mass_h)
        accent = _lch(0.6, min(0.14, max(0.1, acc_c)), acc_h)
    return Inks(field, mass, mid, accent, dark)
