"""Loudness horizon: the song's smoothed loudness curve as a graphic cut, not a plot.

One of seven compositions (cover_parts/horizon_forms) that differ in skeleton (mass
position, crop, focal type): a tiny silhouette in a wide field, islands mirrored on
still water, a sun-like ring whose rim is the loudness, an upright coastline, a razor
edge between two fields, three paper strips with soft shadows, one swell filling
the frame. (Flat area charts and landscapes with moons were both read as clip-art.)

energy and turbulence -> the composition (calm songs lean to the tiny horizon and the
reflection, loud ones to the strips and the swell); the energy curve -> every edge; the
palette -> a few colour-blocked inks, its strongest colours, big fields gently graded
(the finish grains them; a dull grey field only for the grey genres); the title's band
-> which part stays calm; seed -> the composition among the near ones, crop, position.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import horizon_forms as forms
from sleeve.engine.styles.cover_parts.calm_zone import title_band
from sleeve.engine.styles.cover_parts.horizon_inks import inks_for
from sleeve.engine.styles.cover_parts.horizon_land import Canvas

STYLE = StyleInfo(
    name="loudness_horizon",
    family="image",
    fits=("rock", "ambient", "classical", "folk", "electronic", "world", "metal"),
    music=True,
)

LAYOUTS = tuple(forms.FORMS)  # calm to loud


def layout_for(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition: calm songs lean to the tiny horizon and the reflection, loud
    ones to the strips and the swell; the seed picks among the near ones (for three
    songs in ten among all seven: most songs' music sits mid-way)."""
    lean = 0.55 * direction.energy + 0.45 * direction.turbulence
    lean = 0.5 + 1.5 * (lean - 0.5)  # most songs sit mid-way: spread them over the seven
    return compose.pick(rng, LAYOUTS, None if rng.random() < 0.3 else lean)


def _plan(direction: ArtDirection) -> tuple[str, str]:
    """The composition and the title's band, from their own rng (no drawing)."""
    pick = raster.rng_for(direction, "horizon-layout")
    layout = layout_for(direction, pick)
    return layout, title_band(direction, pick)


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return _plan(direction)[0]


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The composition at `size`, before the finish."""
    layout, band = _plan(direction)
    rng = raster.rng_for(direction, "horizon")
    inks = inks_for(direction, rng)
    canvas = Canvas(size, inks.field)
    focal = forms.FORMS[layout](direction, rng, canvas, inks, band)
    return Artwork(canvas.done(), compose.clip_box(focal), layout)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain, which also breaks the gradients' banding) at full size."""
    art = _draw(direction, raster.work_size(size))
    flat = art.image
    if flat.size != (size, size):  # flat shapes and soft gradients scale up well bilinearly
        flat = flat.resize((size, size), Image.Resampling.BILINEAR)
    image = finish(flat, direction, "horizon", 0.03)
    return Artwork(image, art.focal, art.layout)
