"""Loudness horizon: the song's loudness curve as a landscape or one bold graphic.

Seven compositions that differ in anchor, scale and crop (cover_parts/horizon_scenes
and horizon_forms): a ridge mirrored in a lake, hazy layered hills, a huge cropped
summit, a sun or moon over a low horizon, a stepped skyline, a dub-echo stack of
lines, a cliff from one side. (The radial badge, diagonal ribbon and strata are gone:
reviewers read them as charts and as the same cover on every track.)

energy and turbulence -> the composition (calm songs lean to the lake and the hills,
loud ones to the echo and the cliff); the energy curve -> every ridge; the loudest
moment -> where the sun or moon stands and which stretch the summit zooms into;
onsets -> stars; density -> how many hills and echoes; the palette -> the sky (its
field graded to its most vivid colour) and the land in its hues, dark genres dark;
the title's band -> sky above the land, or near ground under it; seed -> the rest."""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import horizon_forms as forms
from sleeve.engine.styles.cover_parts import horizon_scenes as scenes
from sleeve.engine.styles.cover_parts.calm_zone import title_band
from sleeve.engine.styles.cover_parts.horizon_inks import inks_for

STYLE = StyleInfo(
    name="loudness_horizon",
    family="image",
    fits=("rock", "ambient", "classical", "folk", "electronic", "world", "metal"),
    music=True,
)

DRAWERS: dict[str, forms.Form] = {
    "lake": scenes.lake,
    "layers": scenes.layers,
    "peak": scenes.peak,
    "night": scenes.night,
    "skyline": scenes.skyline,
    "echo": forms.echo,
    "peak-side": forms.peak_side,
}
LAYOUTS = tuple(DRAWERS)  # calm to loud


def layout_for(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition: calm songs lean to the lake and the layered hills, loud ones
    to the echo and the side cliff; the seed picks among the near ones."""
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
    focal = DRAWERS[layout](direction, rng, canvas, inks, band)
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
