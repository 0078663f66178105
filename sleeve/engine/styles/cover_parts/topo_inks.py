"""The topographic style's inks, from the art direction, as for a print in two or
three inks: the paper (the ground, the title's plain), `ramp` the land's few flat
elevation bands over it (the paper, then ever more of one ink, the summit band in a
second), the water one flat printed colour, and the contour ink.

The hues come from the song's palette (its most chromatic colour and a second one),
the lightness from the genre's language: ambient and new age pale, chamber and
classical ECM slate-blue, IDM and techno black on white (or white on black) with one
red spot and ice-blue water, metal, goth and drill bone on near-black, the rest the
palette's own hues on a light or a night paper. The contour ink always stands clear of the paper and
of every band (a muddy olive map with olive lines scored 2.5/10); the water is a
blue of the song's hue range, never the palette's lilac (it read as a worm).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB


class Inks(NamedTuple):
    """A map's colours: `ramp` the flat bands low to high (the paper first), `water`
    (its flat tint, its waterlines' ink), the contour `line` ink, the `paper`, and
    whether the map is dark."""

    ramp: tuple[RGB, ...]
    water: tuple[RGB, RGB]
    line: RGB
    paper: RGB
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


def _sea(hues: tuple[float, ...]) -> float:
    """The water's hue: the song's hue nearest a sea's blue, held within teal to
    blue-violet (a lilac river read as a worm)."""
    near = min(hues, key=lambda h: abs((h - 235.0 + 180.0) % 360.0 - 180.0))
    return 235.0 + float(np.clip((near - 235.0 + 180.0) % 360.0 - 180.0, -35.0, 25.0))


def _print(paper, bands, water, line, dark: bool) -> Inks:
    """The inks from OKLCH stops: the ramp is the paper and the bands above it."""
    flat = oklch_to_rgb(*water)
    edge = oklch_to_rgb(water[0] + (0.24 if dark else -0.2), water[1] * 1.4, water[2])
    ramp = _ramp([paper, *bands])
    return Inks(ramp, (flat, edge), oklch_to_rgb(*line), oklch_to_rgb(*paper), dark)


def inks(direction: ArtDirection, rng: np.random.Generator) -> Inks:
    """The song's map colours (see the module's note); a night or loud song of a
    light family is printed dark more often."""
    low, high, chroma = hues(direction)
    c = float(np.clip(chroma, 0.08, 0.15))
    fam = kind(direction)
    darkish = direction.night or direction.energy > 0.62
    turn = rng.uniform(-12, 12)
    low, high = low + turn, high + turn
    mid = low + ((high - low + 180.0) % 360.0 - 180.0) / 2
    sea = _sea((low, high, low + 180.0))
    if fam == "dark":
        bands = [(0.2, 0.018, low), (0.27, 0.025, low), (0.42, 0.12, 28)]
        return _print((0.14, 0.012, low), bands, (0.24, 0.035, sea), (0.88, 0.025, 80), True)
    if fam == "mono":
        spot = low if c > 0.1 and abs((low - 30 + 180) % 360 - 180) < 60 else 30.0
        if darkish and rng.random() < 0.6:
            bands = [(0.19, 0.0, 0), (0.26, 0.0, 0), (0.55, 0.19, spot)]
            return _print((0.12, 0.0, 0), bands, (0.3, 0.0, 0), (0.95, 0.0, 0), True)
        bands = [(0.94, 0.0, 0), (0.88, 0.0, 0), (0.66, 0.2, spot)]
        return _print((0.99, 0.0, 0), bands, (0.93, 0.03, 235), (0.16, 0.0, 0), False)
    if fam == "pale":
        bands = [(0.92, 0.045, low), (0.86, 0.06, mid), (0.79, 0.075, high)]
        return _print((0.965, 0.032, high), bands, (0.87, 0.05, sea), (0.36, 0.06, low), False)
    if fam == "slate":
        bands = [(0.86, 0.035, 230), (0.76, 0.05, 235), (0.62, 0.07, 245)]
        return _print((0.945, 0.031, 225), bands, (0.8, 0.05, 222), (0.2, 0.03, 245), False)
    if darkish and rng.random() < 0.55:  # night paper, the summits lit
        bands = [(0.27, c * 0.6, low), (0.36, c * 0.8, mid), (0.5, c, high)]
        paper, line = (0.2, c * 0.45, low), (0.93, 0.035, high)
        return _print(paper, bands, (0.3, 0.06, sea), line, True)
    bands = [(0.88, c * 0.55, high), (0.79, c * 0.8, mid), (0.69, c, low)]
    return _print((0.955, 0.022, high), bands, (0.8, 0.075, sea), (0.25, 0.05, low), False)
