"""Chladni's materials: what the plate, the sand and the light are, from the song (its
mode, energy and brightness), its genre and its palette (round 18: three covers in four
were gold rings on a black plate, so four chladni covers read as one picture).

On a dark cover:
- night: pale sand (gold for classical) on a deep plate of the palette's hue, on black,
  for a minor, dim, calm song (the style's first picture);
- gel: a metal plate photographed under two coloured stage lights (the palette's lead
  hue where the lamp falls, its second hue in the shade), white sand, for a loud song;
- blueprint: a negative, white sand on a strong blue (the palette's cool hue), evenly
  lit, for a bright song or IDM;
- slate: salt on blue-grey slate, for a minor song in a cool palette and for hard
  music in a major key;
On paper:
- brass: crimson ink sand on a pale brass plate, for classical;
- porcelain: deep coloured sand on a white plate on a pale tint of the palette, for a
  calm major or bright song;
- dyed: deep ink sand on a plate dyed the palette's lead hue, for a lively song;
- iron: iron filings on a pale steel plate, for hard music;
- ink: paper sand on a deep plate of the palette's hue (the first light picture).

Deep sand is never a dark warm hue (it goes brown): a palette with no cool hue gets
indigo ink.
"""

from __future__ import annotations

import dataclasses

from sleeve.engine import raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.styles.cover_parts.chladni_layouts import Inks

DARK = ("night", "gel", "blueprint", "slate")
LIGHT = ("brass", "porcelain", "dyed", "iron", "ink")
# how the plate takes the light: (lit at the dark edge of the pool, gained in it)
# and how solid the sand's lines are (1.4 grains; a blueprint's are drawn lines)
SHEEN = {"pale": (0.8, 0.22), "gel": (0.55, 0.5), "even": (0.72, 0.35)}


def _hues(direction: ArtDirection) -> list[RGB]:
    pal = direction.palette
    return [*pal.colors, pal.accent, pal.background]


def _cool(direction: ArtDirection, lo: float = 0.05) -> RGB | None:
    """The palette's most colourful hue that stays clean when deep (green to violet,
    or a clear red), or None."""
    found = [
        c
        for c in _hues(direction)
        if rgb_to_oklch(c)[1] > lo and not 20 <= rgb_to_oklch(c)[2] <= 135
    ]
    return max(found, key=lambda c: rgb_to_oklch(c)[1]) if found else None


def _lead(direction: ArtDirection) -> RGB:
    return max(_hues(direction)[:-1], key=lambda c: rgb_to_oklch(c)[1])


def deep_ink(direction: ArtDirection) -> RGB:
    """Dark sand that reads as a colour, never brown: the palette's cool hue, deep, or
    indigo ink."""
    cool = _cool(direction)
    return raster.tone(cool, 0.27, 0.11) if cool is not None else oklch_to_rgb(0.27, 0.1, 268.0)


def major(direction: ArtDirection) -> bool:
    """A major key, or without a key a happy song."""
    if direction.mode is not None:
        return direction.mode == "major"
    return direction.valence >= 0.5


def pick(direction: ArtDirection, dark: bool, stark: bool) -> str:
    """The material, from the music: see the module."""
    up, energy, lit = major(direction), direction.energy, direction.brightness
    classical = direction.genre == "classical"
    if dark:
        if stark:
            return "slate" if up else "night"
        if classical:  # gold sand on a deep plate (brass on black mixed to grey sand)
            return "night"
        if energy >= 0.6:
            return "gel"
        if direction.language.subgenre == "idm" or (lit >= 0.55 and up) or lit >= 0.7:
            return "blueprint"
        if not up and _cool(direction) is not None and lit < 0.45:
            return "slate"
        return "night" if not up else "blueprint" if lit >= 0.45 else "gel"
    if classical:
        return "brass"
    if stark:
        return "iron"
    if energy >= 0.55 and rgb_to_oklch(_lead(direction))[1] >= 0.06:  # a grey dye is mid grey
        return "dyed"
    if up or lit >= 0.55:
        return "porcelain"
    return "ink"


def colours(direction: ArtDirection, inks: Inks, name: str) -> tuple[RGB, ...]:
    """The ground, the plate (two for the gel: lit and shaded) and the sand."""
    hue = rgb_to_oklch(direction.palette.background)[2]
    cool = _cool(direction)
    cool_hue = rgb_to_oklch(cool)[2] if cool is not None else 250.0
    paper = raster.ground(direction.palette.background, 0.95, 0.02)
    if name == "gel":
        lead = _lead(direction)
        shade = cool if cool is not None and cool != lead else None
        cold = (
            raster.tone(shade, 0.3, 0.12)
            if shade is not None
            else oklch_to_rgb(0.3, 0.12, (rgb_to_oklch(lead)[2] + 150) % 360)
        )
        cold_hue = rgb_to_oklch(cold)[2]
        if 20 <= cold_hue <= 135:  # a deep warm shade goes brown: violet instead
            cold = oklch_to_rgb(0.3, 0.12, 295.0)
        hot = raster.vivid(lead, 0.68, 0.17)
        ground = oklch_to_rgb(0.1, 0.03, rgb_to_oklch(cold)[2])
        return ground, hot, cold, oklch_to_rgb(0.97, 0.015, rgb_to_oklch(hot)[2])
    if name == "blueprint":
        blue = cool_hue if 180 <= cool_hue <= 300 else 255.0
        return (
            oklch_to_rgb(0.27, 0.1, blue),
            oklch_to_rgb(0.42, 0.14, blue),
            oklch_to_rgb(0.97, 0.02, blue),
        )
    if name == "slate":
        grey = cool_hue if 180 <= cool_hue <= 300 else 240.0
        return (
            oklch_to_rgb(0.17, 0.025, grey),
            oklch_to_rgb(0.35, 0.06, grey),
            oklch_to_rgb(0.98, 0.006, grey),
        )
    if name == "brass":
        ground = raster.tone(inks.field, 0.1, 0.02) if inks.dark else paper
        # crimson ink: a deep blue and the gold mixed to grey at a thumbnail
        return ground, oklch_to_rgb(0.86, 0.125, 84.0), oklch_to_rgb(0.34, 0.14, 24.0)
    if name == "porcelain":
        tint = _lead(direction)
        ground = raster.vivid(tint, 0.85, 0.06)
        return ground, oklch_to_rgb(0.975, 0.008, hue), deep_ink(direction)
    if name == "dyed":
        lead = _lead(direction)
        plate = raster.vivid(lead, 0.68, 0.16)
        sand = deep_ink(direction)
        if abs((rgb_to_oklch(sand)[2] - rgb_to_oklch(plate)[2] + 180) % 360 - 180) < 40:
            sand = oklch_to_rgb(0.25, 0.08, (rgb_to_oklch(plate)[2] + 180) % 360)
            if 20 <= rgb_to_oklch(sand)[2] <= 135:
                sand = oklch_to_rgb(0.27, 0.1, 268.0)
        return paper, plate, sand
    if name == "iron":
        return paper, oklch_to_rgb(0.86, 0.012, hue), oklch_to_rgb(0.19, 0.01, hue)
    return ()  # night and ink: the style's own colours (chladni_cymatics.colours)


def sheen(name: str) -> tuple[float, ...]:
    """How the plate takes the light (see SHEEN): a pale plate stays pale outside
    the pool, the gel's shade keeps its colour, the blueprint is evenly lit."""
    if name in ("brass", "porcelain", "dyed", "iron"):  # dark sand: solid enough to read
        return (*SHEEN["pale"], 4.0)
    if name == "gel":
        return SHEEN["gel"]
    if name == "blueprint":
        return (*SHEEN["even"], 4.0)
    if name == "slate":
        return (*SHEEN["even"], 2.4)
    return (0.25, 0.55)


def dress(direction: ArtDirection, inks: Inks, stark: bool) -> Inks:
    """`inks` with the song's material: its name, colours and sheen."""
    name = pick(direction, inks.dark, stark)
    return dataclasses.replace(
        inks, material=name, plate=colours(direction, inks, name), sheen=sheen(name)
    )
