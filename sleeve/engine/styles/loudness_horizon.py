"""Loudness horizon: the song's loudness curve as the skyline of a landscape print
(Hiroshige, Kawase Hasui, flat-layer posters): a graded sky lit at the horizon, ranges
fading into it, flat inks, a sun or moon; the dark genres get a storm instead.

The light is dawn, dusk, night under a pale moon or a hazy noon (colour, never grey);
the dark genres' storm (horizon_skies.DARK) has heavy cloud bands, a low red or cold
moon, black land, and never the lake.

Seven compositions, calm to loud (cover_parts/horizon_waters, horizon_hill,
horizon_river, horizon_ranges, horizon_volcano): lake (a woodblock: a black headland,
the song, and a far shore mirrored in flat bands of still water under a stepped sky, the
disc's track, now and then a boat), shore (the song a headland over the sea, a
lighthouse or a pine on its head, a low horizon under a big sky), hill (the song one
broad hill with cut lines down its flank, a lone tree on its loudest point before a huge
sun or moon), river (a valley seen from a height, the river's bends the song from the
horizon to the viewer's feet), ranges (three to five ranges in atmospheric perspective,
the nearest crest the whole song, the sun sinking behind the farthest) and summit (the
song as one huge cropped mountain, snow on its head now and then), volcano (a cone
whose plume bends away on the wind as the song goes).
Retired after art directors' reviews (RETIRED): the grey still water, lone thing,
night coast and lines ("dark grey lines", "a band of lines", "muddy"), the old grey
peak; before them the haloed-sun travel posters and a dozen others.

title -> what it names first (NAMED): snow or a mountain the summit, the sea the shore
or the lake, the sun the lake, the shore or the hill; genre -> the compositions its family's
sleeves show (PREFERENCES); mood and the design language's tone -> the light
(horizon_skies), the palette -> its hues; energy and turbulence -> the composition;
energy and density -> how high the land stands and the disc's size; turbulence -> the
landform's scale and sharpness; tempo -> the number of ranges; where the song is
loudest -> the headland's side and the disc's; onsets -> the night's stars; seed ->
the composition among the near ones, the boat, the lighthouse or pine, the island.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, Box, StyleInfo
from sleeve.engine.styles.cover_parts import horizon_hill as hills
from sleeve.engine.styles.cover_parts import horizon_ranges as mountains
from sleeve.engine.styles.cover_parts import horizon_river as rivers
from sleeve.engine.styles.cover_parts import horizon_volcano as volcanoes
from sleeve.engine.styles.cover_parts import horizon_waters as waters
from sleeve.engine.styles.cover_parts.calm_zone import title_band
from sleeve.engine.styles.cover_parts.horizon_sheet import Sheet
from sleeve.engine.styles.cover_parts.horizon_skies import Sky, sky_for
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
    # scored 3 and 4 of 10 as grey lines; rebuilt as coloured landscape prints, still
    # offered at a third weight until reviewers see them
    weight=0.33,
)

View = Callable[[ArtDirection, np.random.Generator, Sheet, Sky, str], Box]
VIEWS: dict[str, View] = {
    "lake": waters.lake,
    "shore": waters.shore,
    "hill": hills.hill,
    "river": rivers.river,
    "ranges": mountains.ranges,
    "summit": mountains.summit,
    "volcano": volcanoes.volcano,
}
LAYOUTS = tuple(VIEWS)  # calm to loud
# never drawn (see the docstring)
RETIRED = ("still", "lone", "coast", "lines", "peak", "erg", "dunes", "poster", "night")

# each genre family draws the pictures its sleeves show: chamber music the still lake
# and the lone lighthouse (ECM), metal the ranges and the mountain under the moon
PREFERENCES: dict[str, tuple[str, ...]] = {
    # the dark genres' storms: never the lake (reviewers: "the same postcard lake went
    # to both dark ambient and folk")
    "heavy": ("river", "hill", "shore", "ranges", "summit", "volcano"),
    "classical": ("lake", "river", "shore", "hill", "ranges"),
    "roots": ("lake", "river", "hill", "shore", "ranges", "summit"),
}
FAMILY_OF = {
    "black_metal": "heavy",
    "death_metal": "heavy",
    "doom_metal": "heavy",
    "heavy_metal": "heavy",
    "dark_ambient": "heavy",
    "drone": "heavy",
    "post_punk": "heavy",
    "darkwave": "heavy",
    "goth": "heavy",
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
    ("snow", ("summit",)),
    ("sea", ("shore", "lake")),
    ("mountain", ("summit", "ranges")),
    ("sun", ("lake", "shore", "hill")),
)


def preference(direction: ArtDirection) -> tuple[str, ...]:
    """The genre family's compositions, calm to loud: by sub-genre, then by genre."""
    family = FAMILY_OF.get(direction.language.subgenre) or GENRE_FAMILY.get(direction.genre)
    return PREFERENCES[family] if family else LAYOUTS


def named(direction: ArtDirection) -> tuple[str, ...]:
    """The compositions that draw what the title names (NAMED); () for none."""
    words = motifs(direction.title)
    allowed = preference(direction)
    for motif, layouts in NAMED:
        if motif in words:
            return tuple(k for k in layouts if k in allowed)
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


GRAIN = 0.045  # the paper's grain, visible on the flat inks as on a pulled print
PRINTED = 0.62  # a cover over SHARP px is drawn at this share of its side, then scaled
SHARP = 400


def draw(direction: ArtDirection, layout: str, band: str, side: int) -> tuple[Image.Image, Box]:
    """One composition on a `side` px sheet in the cover's light, and its focal box."""
    rng = raster.rng_for(direction, "horizon")
    sky = sky_for(direction, rng)
    sheet = Sheet(side, sky.zenith)
    focal = VIEWS[layout](direction, rng, sheet, sky, band)
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
    return Artwork(finish(flat, direction, "horizon", GRAIN), focal, layout)
