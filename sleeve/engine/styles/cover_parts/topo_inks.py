"""The topographic style's inks: a field (paper or a dark card), a hairline ink for
the minor contours, a mass ink for the index contours and the solid summit, and one
accent for a single index contour (or a basin's pool), from the genre's language in
the art direction: ambient pale, chamber and classical ECM slate, IDM and techno mono
with one red, prog and post-rock sand and navy, roots cream and barn red, metal,
dark ambient and goth near-black and bone.

Two reviewers: "a GIS default (beige and brown)": no hypsometric ramp any more, two
inks and one spot, the paper left empty round the form.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from sleeve.engine.color import from_hex, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB


class Inks(NamedTuple):
    """A print's colours: the field, the hairline ink, the mass ink (index contours
    and the solid summit), the accent, and whether the field is dark."""

    field: RGB
    hair: RGB
    mass: RGB
    accent: RGB
    dark: bool


# (field, hair, mass, accent) per genre language; light prints first, then dark ones
# fmt: off
SETS: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "pale": (("#F4F2EE", "#A3ADAF", "#2F3A3F", "#C27A4A"),    # ambient paper, rust
             ("#EEF1F0", "#9FB0AD", "#2F3A3F", "#7E9591"),    # mist, sage
             ("#F3EEE6", "#B9B0A5", "#3B4347", "#8FA9C4")),   # bone, pale blue
    "slate": (("#F7F6F2", "#A4ABB0", "#1E1E1E", "#3F5661"),   # ECM paper, lake
              ("#E4E6E5", "#8A9299", "#1E1E1E", "#7A1F2B"),   # fog, oxblood
              ("#2B3338", "#6B777D", "#E4E0D8", "#8FB3C4")),  # slate card, ice
    "mono": (("#FFFFFF", "#A8A8A8", "#000000", "#FF3B1F"),    # IDM white, red
             ("#000000", "#5C5C5C", "#EDEDED", "#E4312B"),    # techno black, red
             ("#0B0B0B", "#5C5C5C", "#BDBDBD", "#F7D117")),   # black, signal yellow
    "sand": (("#F1E3C8", "#B5A88E", "#1B2A49", "#C2562B"),    # sand, navy, rust
             ("#E9E6E0", "#A3A9B0", "#2E3A40", "#B5651D"),    # post-rock grey, copper
             ("#1B2A49", "#4C5F7A", "#F1E3C8", "#E0A458")),   # navy card, amber
    "roots": (("#F3E9D2", "#BFAE8E", "#1F3A5F", "#C0392B"),   # cream, navy, barn red
              ("#F1E4C8", "#BBA584", "#3B1E12", "#D4A017")),  # cream, umber, mustard
    "dark": (("#0B0B0B", "#4A4742", "#E6E2D8", "#8C1C13"),    # black, bone, blood
             ("#0E1012", "#3A4147", "#C9CFCF", "#4F5D66"),    # black, ash, slate
             ("#12100E", "#4A4036", "#C8BBA5", "#B8975A")),   # umber black, gold
}
# fmt: on
FAMILIES = {
    "ambient": "pale",
    "classical": "slate",
    "electronic": "mono",
    "folk": "roots",
    "world": "roots",
    "latin": "roots",
    "metal": "dark",
    "jazz": "slate",
}  # fmt: skip
SUBS = {
    "dark_ambient": "dark", "post_punk": "dark", "goth": "dark", "darkwave": "dark",
    "drill": "dark", "prog": "sand", "post_rock": "sand", "idm": "mono", "techno": "mono",
    "cinematic": "slate", "chamber": "slate", "new_age": "pale", "jingle": "mono",
}  # fmt: skip
PLAIN = ("#F2EFE8", "#B4B0A8", "#161616")  # other genres: paper, hair, ink + their spot
PLAIN_DARK = ("#111111", "#4A4A4A", "#EDEAE3")
LOUD = 0.6  # above this energy a light set's dark print is likelier


def kind(direction: ArtDirection) -> str:
    """The genre's ink set ("pale", "slate", "mono", "sand", "roots", "dark"), or ""
    for a genre printed in plain ink with its palette's spot colour."""
    sub = direction.language.subgenre
    return SUBS.get(sub) or FAMILIES.get(direction.language.family, "")


def _spot(direction: ArtDirection, dark: bool) -> RGB:
    """The palette's most chromatic colour, set to read as a spot on the field."""
    pal = direction.palette
    _, c, h = max((rgb_to_oklch(x) for x in (pal.accent, *pal.colors)), key=lambda v: v[1])
    if c < 0.04:  # a grey palette: a vermilion spot
        c, h = 0.18, 35.0
    return oklch_to_rgb(0.72 if dark else 0.58, float(np.clip(c, 0.09, 0.17)), h)


def inks(direction: ArtDirection, rng: np.random.Generator) -> Inks:
    """The song's inks: its genre's set (a dark card likelier for a loud or night
    song), else plain paper or black with the palette's spot."""
    name = kind(direction)
    darkish = direction.night or direction.energy > LOUD
    if not name:
        dark = darkish and rng.random() < 0.7
        field, hair, mass = (from_hex(c) for c in (PLAIN_DARK if dark else PLAIN))
        return Inks(field, hair, mass, _spot(direction, dark), dark)
    options = SETS[name]
    lights = [o for o in options if rgb_to_oklch(from_hex(o[0]))[0] > 0.5]
    darks = [o for o in options if o not in lights]
    pool = darks if darks and (not lights or (darkish and rng.random() < 0.6)) else lights
    field, hair, mass, accent = (from_hex(c) for c in pool[int(rng.integers(len(pool)))])
    dark = rgb_to_oklch(field)[0] < 0.5
    return Inks(field, hair, mass, accent, dark)
