"""The topographic style's dark prints (metal, ambient, techno, IDM, cinematic): deep
hypsometric tints of the palette's hue, never grey, islands on tinted water, and the
land lit from the upper left like an engraving so the massif reads at 64 px.

Two reviewers on Charnel Psalm: "grey cell blobs on black", "a generic tree-ring
chain". A grey card print (silver or pewter foil, ash screen) is re-inked in the
palette's strongest hue; the relief (hillshade) lights every dark genre's dark card print.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.topo_tints import Tint

SOMBER_FAMILIES = ("metal", "ambient")
SOMBER_SUBS = ("techno", "idm", "cinematic", "dark_ambient", "post_punk", "darkwave", "goth")
# not drill: its genre wants cold grey, no colour
GREY = 0.05  # a ramp whose most chromatic band is below this (OKLCH C) prints grey
DARK = 0.3  # a card darker than this (OKLCH L) is lit
WATER_HUE = 235.0  # the sea round a dark print's islands: a deep slate blue
GREY_HUES = (235.0, 25.0, 160.0, 295.0)  # slate, oxblood, pine, dusk violet (not umber)
LIGHT = 0.55  # the relief's strength: the lit face brightened, the far face darkened


def somber(direction: ArtDirection) -> bool:
    """A dark genre: metal, ambient, techno, IDM, cinematic, goth and post-punk."""
    return (
        direction.language.family in SOMBER_FAMILIES
        or direction.genre == "metal"
        or direction.language.subgenre in SOMBER_SUBS
    )


def dark(direction: ArtDirection, tint: Tint) -> bool:
    """A dark genre's card print on a dark card (the relief lights it)."""
    return somber(direction) and not tint.paper and rgb_to_oklch(tint.field)[0] < DARK


def _hue(direction: ArtDirection, tint: Tint) -> tuple[float, float]:
    """(hue, chroma) of the palette's most chromatic colour, else the print's own."""
    pal = direction.palette
    colours = (*pal.colors, pal.accent, *tint.ramp)
    _, chroma, hue = max((rgb_to_oklch(c) for c in colours), key=lambda c: c[1])
    if chroma < 0.02:  # a grey palette on a grey print: a deep hue by the seed
        return GREY_HUES[direction.seed % len(GREY_HUES)], 0.07
    return hue, float(np.clip(chroma, 0.07, 0.13))


def deep(direction: ArtDirection, tint: Tint, islands: bool) -> Tint:
    """A grey dark card print re-inked as deep bands of the palette's hue (from a
    dark saturated foot to a pale summit); round islands, the field is tinted water."""
    if not dark(direction, tint):
        return tint
    ramp, field = tint.ramp, tint.field
    if max(rgb_to_oklch(c)[1] for c in ramp) < GREY:
        hue, chroma = _hue(direction, tint)
        steps = np.linspace(0.0, 1.0, 6)
        ramp = tuple(oklch_to_rgb(0.34 + 0.58 * t, chroma * (1.25 - 0.9 * t), hue) for t in steps)
        field = oklch_to_rgb(0.15, 0.35 * chroma, hue)
    sea = (oklch_to_rgb(0.36, 0.06, WATER_HUE), oklch_to_rgb(0.27, 0.055, WATER_HUE))
    if islands:
        field = sea[1]
    line = oklch_to_rgb(0.1, 0.02, rgb_to_oklch(ramp[-1])[2])
    return Tint(field, ramp, line, sea, False)


def relief(h_small: np.ndarray, work: int, light: float = LIGHT) -> np.ndarray:
    """The hillshade at `work` px: a factor about 1, `light` above it on the slopes
    facing the upper left, below it on the far ones, 1 on flat ground."""
    n = h_small.shape[0]
    gy, gx = np.gradient(h_small.astype(np.float32) * n * 0.25)
    shade = np.tanh(-(gx + gy) / np.sqrt(2.0))
    return 1.0 + light * raster.upscale(shade.astype(np.float32), work)
