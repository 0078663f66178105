"""Loudness horizon: the song's loudness curve as a landscape at full scale, not a
chart: a storm sky seen from low, terraced hills as a layered print, a mirror lake, a
coast from the air, a starlit night, ranges under a huge sun, a butte cropped big or a
poster cut.

Eight compositions, eight skeletons (cover_parts/horizon_forms): a headland mirrored
on a still lake, a small sun set on the water line; a moonless night of onsets as stars
over a low skyline, or over thin hills under the Milky Way (bright where the song is
loud); terraced hills as a layered landscape print, solid bands of the palette's colour
paling and turning blue towards a high horizon with mist in every valley, every crest
the curve; a coastline seen from the air; a storm sky from very low, one dark cloud mass
lit from below by a band of light along the horizon, its underside the curve, rain as
streaked grain under the loudest, a lightning fork on a loud song; ranges receding into
a huge cropped sun; one butte cropped big, its cliff face the curve top to bottom, its
rock in a lit and a shadowed face banded with strata as thick as the song is loud (at
night the rock holds the last light); a two-colour poster cut engraved with furrows.
Retired after an art director's review of 148 covers: the dunes (crests of sand under a
tiny sun at the frame's edge), whose crescent slip faces read as clip-art shark fins.
Reworked after a later review: the fields (thin grey outlines stacked in a dark field
read as an empty line chart), the storm (outlined scallops with thin rain columns read
as a doodle) and the butte (one flat colour with stripes read as a striped block); the
pixel work for the three is in cover_parts/horizon_paint.

energy and turbulence -> the composition (calm songs lean to the lake and the night,
loud ones to the mesa and the cut); the energy curve -> every edge, at several scales,
always scaled to fill the frame; the palette -> the light (a dark field a night, a light
one a day), the land a silhouette fading to the sky's hue with distance; the title's
band -> sky or ground left calm; seed -> the composition among the near ones, crop,
the light's place.
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
from sleeve.engine.styles.cover_parts.horizon_inks import inks_for, scene_for
from sleeve.engine.styles.cover_parts.horizon_land import Canvas

STYLE = StyleInfo(
    name="loudness_horizon",
    family="image",
    fits=("rock", "ambient", "classical", "folk", "electronic", "world", "metal"),
    music=True,
)

# no SKELETONS: with the dunes retired the ranges are the only land under a sun, and
# the lake (a mirror), the night (no moon: stars or a city), the fields, the storm, the
# coast, the butte and the cut are each their own picture

LAYOUTS = tuple(forms.FORMS)  # calm to loud


def layout_for(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition: calm songs lean to the lake and the night, loud ones to the
    mesa and the cut; the seed picks among the near ones (for four songs in ten
    among all eight: most songs' music sits mid-way)."""
    lean = 0.55 * direction.energy + 0.45 * direction.turbulence
    lean = 0.5 + 1.5 * (lean - 0.5)  # most songs sit mid-way: spread them over the eight
    return compose.pick(rng, LAYOUTS, None if rng.random() < 0.4 else lean)


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
    look = forms.Look(inks, scene_for(direction, inks))
    focal = forms.FORMS[layout](direction, rng, canvas, look, band)
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
