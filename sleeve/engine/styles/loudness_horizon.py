"""Loudness horizon: the song's loudness curve as a horizon, drawn the way ECM, post-rock
and ambient sleeves draw one: two or three muted inks, much empty field, no sun.

Five compositions, calm to loud (cover_parts/horizon_views, horizon_places): still (a
far shore on still water under a graded sky, a pale far range and a dark headland the
song, mist at their foot, mirrored in water broken by glints), lone (one house, pole or
boat big enough to read in a thumbnail, dark against a graded sky on a wide horizon
the song barely lifts, mist, furrows or glinting water), coast (a night coast from
above, the song its shoreline, its onsets the lit towns), lines (mountain ranges as flat
layered silhouettes, pale far to dark near, the nearest crest the song, mist in the
valleys, a bright rim on each crest) and peak (the song as one huge cropped mountain
or dune filling the lower two thirds).
Retired after art directors' reviews (RETIRED): every view round one huge haloed sun
or moon (the erg, the ranges, the old peak: "the stock landscape, four times"), and
before them the dunes, the poster cut, the butte, the linocut, the fields, the lake,
the storm, the snowfield and the night.

title -> what it names first (NAMED): snow a snowy peak, the sea the coast or the still
water, a mountain the peak or the lines, the sun the still water with a small sun;
genre -> the compositions its family's sleeves show (PREFERENCES) and, through its
design language's tone, a dark or a pale field (horizon_inks);
energy and turbulence -> the composition (calm songs lean to the still water, loud ones
to the peak); energy and density -> how high the land stands; turbulence -> the
landform's scale and sharpness; tempo -> the number of ranges; where the song is
loudest -> the landmark's side, the small thing's place; onsets -> the coast's towns;
seed -> the composition among the near ones, a little play in each measure.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, Box, StyleInfo
from sleeve.engine.styles.cover_parts import horizon_places as places
from sleeve.engine.styles.cover_parts import horizon_views as views
from sleeve.engine.styles.cover_parts.calm_zone import title_band
from sleeve.engine.styles.cover_parts.horizon_inks import Inks, inks_for
from sleeve.engine.styles.cover_parts.horizon_sheet import Sheet
from sleeve.engine.styles.cover_parts.title_words import motifs

STYLE = StyleInfo(
    name="loudness_horizon",
    family="image",
    # ambient only (and the languages that list it: folk, post-rock, prog, film
    # scores, chamber music): a landscape on death metal, IDM or afrobeats reads as
    # the wrong record
    fits=("ambient",),
    music=True,
    subjects=("snow",),  # a snowy peak (layout_for)
    # scored 3 of 10 as a haloed-sun travel poster; rebuilt as five horizons without
    # a sun, still offered at a third weight until reviewers see them
    weight=0.33,
)

View = Callable[[ArtDirection, np.random.Generator, Sheet, Inks, str], Box]
VIEWS: dict[str, View] = {
    "still": views.still,
    "lone": places.lone,
    "coast": places.coast,
    "lines": views.lines,
    "peak": views.peak,
}
LAYOUTS = tuple(VIEWS)  # calm to loud
# never drawn (see the docstring)
RETIRED = (
    "erg",
    "ranges",
    "dunes",
    "poster",
    "mesa",
    "linocut",
    "fields",
    "lake",
    "storm",
    "snowfield",
    "night",
)

# each genre family draws only the pictures its sleeves show: chamber music the still
# water and the lone thing (ECM), metal the night coast, the lines and the mountain
PREFERENCES: dict[str, tuple[str, ...]] = {
    "heavy": ("still", "coast", "lines", "peak"),
    "classical": ("still", "lone", "lines"),
    "roots": ("lone", "still", "lines", "peak"),
}
FAMILY_OF = {
    "black_metal": "heavy",
    "death_metal": "heavy",
    "doom_metal": "heavy",
    "heavy_metal": "heavy",
    "dark_ambient": "heavy",
    "industrial": "heavy",
    "classical": "classical",
    "chamber": "classical",
    "lullaby": "classical",
    "folk": "roots",
    "country": "roots",
    "celtic": "roots",
    "blues": "roots",
}
GENRE_FAMILY = {"metal": "heavy", "classical": "classical", "folk": "roots"}
NAMED_SHARE = 0.85  # how often a title that names a drawable thing gets it
# what a title names -> the compositions that draw it, first match wins
NAMED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("snow", ("peak",)),
    ("sea", ("coast", "still")),
    ("mountain", ("peak", "lines")),
    ("sun", ("still",)),
)


def preference(direction: ArtDirection) -> tuple[str, ...]:
    """The genre family's compositions, calm to loud: by sub-genre, then by genre."""
    family = FAMILY_OF.get(direction.language.subgenre) or GENRE_FAMILY.get(direction.genre)
    return PREFERENCES[family] if family else LAYOUTS


def named(direction: ArtDirection) -> tuple[str, ...]:
    """The compositions that draw what the title names (NAMED); () for none."""
    words = motifs(direction.title)
    for motif, layouts in NAMED:
        if motif in words:
            return layouts
    return ()


def layout_for(direction: ArtDirection, rng: np.random.Generator) -> str:
    """What the title names first (mostly, NAMED_SHARE); else the composition among
    the genre family's: calm songs lean to the first ones, loud ones to the last, the
    seed picking among the near ones (for four songs in ten among all of them)."""
    lean = 0.55 * direction.energy + 0.45 * direction.turbulence
    lean = 0.5 + 1.5 * (lean - 0.5)  # most songs sit mid-way: spread them over the family
    title = named(direction)
    if title and rng.random() < NAMED_SHARE:
        return title[int(rng.integers(len(title)))]
    return compose.pick(rng, preference(direction), None if rng.random() < 0.4 else lean)


def _plan(direction: ArtDirection) -> tuple[str, str]:
    """The composition and the title's band, from their own rng (no drawing)."""
    pick = raster.rng_for(direction, "horizon-layout")
    layout = layout_for(direction, pick)
    return layout, title_band(direction, pick)


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return _plan(direction)[0]


PRINTED = 0.62  # a cover over SHARP px is drawn at this share of its side, then scaled
SHARP = 400


def draw(direction: ArtDirection, layout: str, band: str, side: int) -> tuple[Image.Image, Box]:
    """One composition on a `side` px sheet in the cover's inks, and its focal box."""
    rng = raster.rng_for(direction, "horizon")
    inks = inks_for(direction, rng)
    sheet = Sheet(side, inks.field)
    focal = VIEWS[layout](direction, rng, sheet, inks, band)
    return sheet.image(), compose.clip_box(focal, 0.05)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the composition in flat inks, a big cover
    drawn smaller and scaled up bilinearly (flat inks lose nothing), then the finish
    (grain) at full size."""
    layout, band = _plan(direction)
    work = raster.work_size(size)
    side = work if work <= SHARP else max(SHARP, round(work * PRINTED))
    flat, focal = draw(direction, layout, band, side)
    if flat.size != (size, size):
        flat = flat.resize((size, size), Image.Resampling.BILINEAR)
    return Artwork(finish(flat, direction, "horizon", 0.03), focal, layout)
