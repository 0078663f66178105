"""The topographic style's inks, from the art direction: a hypsometric ramp (the
land's tint from its lowest to its highest ground), the water's two tints, the
contour ink, the paper (a map's collar, a sky) and an accent (the river, a spot
height, the index contours of a single-ink print).

The hues come from the song's palette (its most chromatic colour and a second one),
the lightness from the genre's language: ambient and new age pale, chamber and
classical ECM slate-blue, IDM and techno a single ink on white or black, metal, goth
and drill near-black to bone, the rest the palette's own colours, deep to light.
Reviewers scored near-empty grey covers 2-3/10: every ramp carries some chroma.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB


class Inks(NamedTuple):
    """A map's colours: `ramp` low to high land, `water` (shallow, deep), the contour
    `line` ink, the `paper`, the `accent`, and whether the map is dark."""

    ramp: tuple[RGB, ...]
    water: tuple[RGB, RGB]
    line: RGB
    paper: RGB
    accent: RGB
    dark: bool


FAMILIES = {
    "ambient": "pale", "classical": "slate", "electronic": "mono", "metal": "dark",
    "jazz": "slate",
}  # fmt: skip
SUBS = {
    "dark_ambient": "dark", "post_punk": "dark", "goth": "dark", "darkwave": "dark",
    "drill": "dark", "black_metal": "dark", "doom_metal": "dark", "death_metal": "dark",
    "idm": "mono", "techno": "mono", "minimal": "mono", "cinematic": "slate",
    "chamber": "slate", "new_age": "pale", "house": "", "edm": "", "trance": "",
    "synthwave": "", "dnb": "",
}  # fmt: skip


def kind(direction: ArtDirection) -> str:
    """The genre's ink family ("pale", "slate", "mono", "dark"), or "" for one
    printed in its palette's own colours."""
    sub = direction.language.subgenre
    if sub in SUBS:
        return SUBS[sub]
    return FAMILIES.get(direction.language.family, "")


def hues(direction: ArtDirection) -> tuple[float, float, float]:
    """(hue, second hue, chroma) of the palette: its most chromatic colour, the next
    most chromatic one at least 40 degrees away (else a neighbour of the first)."""
    pal = direction.palette
    colours = (pal.accent, *pal.colors, pal.background)
    lch = sorted((rgb_to_oklch(c) for c in colours), key=lambda v: -v[1])
    first = lch[0]
    if first[1] < 0.04:  # a grey palette: the key sets a hue
        key = direction.key if direction.key is not None else direction.seed % 12
        return (key * 30.0 + 200.0) % 360, (key * 30.0 + 250.0) % 360, 0.08
    other = next(
        (v for v in lch[1:] if v[1] > 0.03 and abs((v[2] - first[2] + 180) % 360 - 180) > 40),
        (0.0, 0.0, first[2] + 50.0),
    )
    return first[2], other[2] % 360, float(first[1])


def _ramp(stops: list[tuple[float, float, float]]) -> tuple[RGB, ...]:
    return tuple(oklch_to_rgb(*s) for s in stops)


def inks(direction: ArtDirection, rng: np.random.Generator) -> Inks:
    """The song's map colours (see the module's note); a night or loud song of a
    light family is printed dark more often."""
    low, high, chroma = hues(direction)
    c = float(np.clip(chroma, 0.07, 0.16))
    fam = kind(direction)
    darkish = direction.night or direction.energy > 0.62
    turn = rng.uniform(-12, 12)
    low, high = low + turn, high + turn
    # the water in the song's hue nearest to a sea's blue (one cyan sea on every map
    # read as a template)
    sea = min((low, high, low + 180.0), key=lambda h: abs((h - 235.0 + 180.0) % 360.0 - 180.0))
    if fam == "dark":
        ramp = _ramp([(0.13, 0.01, low), (0.24, 0.02, low), (0.45, 0.025, high), (0.86, 0.02, 80)])
        return Inks(ramp, _ramp([(0.2, 0.03, low), (0.1, 0.02, low)]), oklch_to_rgb(0.9, 0.02, 80),
                    oklch_to_rgb(0.1, 0.01, low), oklch_to_rgb(0.55, 0.16, 28), True)  # fmt: skip
    if fam == "mono":
        spot = low if c > 0.1 else 30.0
        ink = oklch_to_rgb(0.62, 0.2, spot)
        if darkish and rng.random() < 0.6:  # the water a deep wash of the spot ink
            ramp = _ramp([(0.08, 0.0, 0), (0.14, 0.005, low), (0.26, 0.01, low), (0.4, 0.02, low)])
            water = _ramp([(0.2, 0.05, spot), (0.16, 0.045, spot)])
            return Inks(ramp, water, (236, 236, 236), (0, 0, 0), ink, True)
        # the water a pale wash of the spot ink: white water read as a hole in the map
        ramp = _ramp([(0.99, 0.0, 0), (0.95, 0.005, low), (0.9, 0.01, low), (0.82, 0.015, low)])
        water = _ramp([(0.89, 0.045, spot), (0.83, 0.06, spot)])
        return Inks(ramp, water, (10, 10, 10), (255, 255, 255), ink, False)
    if fam == "pale":  # pale water, the land from a soft mid tone up to paper
        ramp = _ramp([(0.56, 0.06, low), (0.7, 0.055, (low + high) / 2), (0.85, 0.035, high),
                      (0.96, 0.015, high)])  # fmt: skip
        water = _ramp([(0.92, 0.025, sea), (0.82, 0.04, sea + 5)])
        return Inks(ramp, water, oklch_to_rgb(0.3, 0.04, low), oklch_to_rgb(0.96, 0.01, high),
                    oklch_to_rgb(0.55, 0.13, low), False)  # fmt: skip
    if fam == "slate":
        ramp = _ramp([(0.36, 0.07, 245), (0.52, 0.065, 232), (0.72, 0.05, 220), (0.93, 0.02, 90)])
        water = _ramp([(0.3, 0.06, sea + 10), (0.22, 0.05, sea + 15)])
        return Inks(ramp, water, oklch_to_rgb(0.16, 0.02, 240), oklch_to_rgb(0.95, 0.01, 90),
                    oklch_to_rgb(0.6, 0.14, low), False)  # fmt: skip
    if darkish and rng.random() < 0.55:  # the palette deep: night land, lit summits
        ramp = _ramp([(0.2, c * 0.6, low), (0.34, c * 0.9, low), (0.55, c, (low + high) / 2),
                      (0.82, c * 0.7, high)])  # fmt: skip
        water = _ramp([(0.16, 0.05, low + 20), (0.11, 0.04, low + 20)])
        return Inks(ramp, water, oklch_to_rgb(0.93, 0.03, high), oklch_to_rgb(0.14, 0.03, low),
                    oklch_to_rgb(0.78, 0.15, high), True)  # fmt: skip
    ramp = _ramp([(0.5, c, low), (0.66, c * 0.9, (low + high) / 2), (0.8, c * 0.7, high),
                  (0.94, 0.03, high)])  # fmt: skip
    water = _ramp([(0.84, 0.06, sea), (0.7, 0.08, sea + 10)])
    return Inks(ramp, water, oklch_to_rgb(0.22, 0.04, low), oklch_to_rgb(0.95, 0.015, high),
                oklch_to_rgb(0.45, 0.15, low + 180), False)  # fmt: skip
