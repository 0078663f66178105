"""Loudness horizon: the song's loudness curve as one bold, flat graphic.

One of six compositions (cover_parts/horizon_forms) that differ in anchor, crop and
focal object: a radial badge, a dub-echo stack, the loudest peak huge from the foot or
from a side, a diagonal ribbon, full-bleed strata. (A small ruled plot in a wide field
is gone: two reviewers read it as an image placeholder.)

energy and turbulence -> the composition (calm songs lean to the badge and the peak,
loud ones to the ribbon and the side peak); the energy curve -> every edge; density ->
how many echoes and strata; the palette -> flat colour-blocked inks, its strongest
colours (a dull grey field only for the grey genres); the title's band -> which half
stays calm; seed -> the composition among the near ones, the part of the song, the crop.
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

STYLE = StyleInfo(
    name="loudness_horizon",
    family="image",
    fits=("rock", "ambient", "classical", "folk", "electronic", "world", "metal"),
    music=True,
)

LAYOUTS = tuple(forms.FORMS)  # calm to loud


def layout_for(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition: calm songs lean to the badge and the peak, loud ones to the
    ribbon and the side peak; the seed picks among the near ones."""
    lean = 0.55 * direction.energy + 0.45 * direction.turbulence
    return compose.pick(rng, LAYOUTS, lean)


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
    canvas = forms.Canvas(size, inks.field)
    focal = forms.FORMS[layout](direction, rng, canvas, inks, band)
    return Artwork(canvas.done(), compose.clip_box(focal), layout)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    flat = art.image
    if flat.size != (size, size):  # flat shapes scale up well enough bilinearly, and fast
        flat = flat.resize((size, size), Image.Resampling.BILINEAR)
    image = finish(flat, direction, "horizon", 0.03)
    return Artwork(image, art.focal, art.layout)
