"""Loudness horizon: the song's loudness curve as a horizon: one big land mirrored in
still water, one curve of light rising behind dark land, layered ridges fading into the
air, or a woodblock landscape, in the genre palette's hues; dark genres' skies are storms.

The song's line is the subject (cover_parts/horizon_lines): mirror (the whole song one
big dark land over its reflection, a waveform on still water), limb (the whole song,
or its loudest stretch cropped, the rim of a dark land lit from behind, its loudest
point a flare, the onsets as stars), strata (three to five ridges, the nearest the
whole song, the far ones pale and blurred; a brighter spectrum a lighter sky; flat and
crisp as a woodblock for folk). Woodblock landscapes (horizon_hill, horizon_river,
horizon_volcano): hill (the song one broad hill in grass, a lone tree or figure on its
loudest point), river (a valley from a height in the land's own ink, its bends the
song), volcano (the song the mountain itself: each loud passage its own cone, the
crater at the loudest moment, an ash column billowing with the onsets). Drawn only
for a title that names them (NAMED_ONLY; horizon_waters, horizon_ranges): lake and
shore (the sea), summit (snow, a mountain: snow deep down its flanks for a snow title).
Retired after art directors' reviews (RETIRED): the thread ("near-black or pale at 64
px"), the ranges ("a stock moon over mountains"), the grey still water, lone thing,
night coast and lines, the old grey peak; before them a dozen others.

title -> what it names first (NAMED); genre -> the compositions its family's sleeves
show (PREFERENCES) and, for chamber, classical and ambient music, a focal box that
leaves the title only a narrow band (quiet); mood and the design language's tone -> the
light (horizon_skies), the palette -> its hues (sky, land, light); energy and
turbulence -> the composition; energy and density -> how high the land stands;
turbulence -> the landform's scale; tempo -> the number of ridges; where the song is
loudest -> the land's side; onsets -> the night's stars; seed -> the composition among
the near ones, the horizon's height and the crop.
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
from sleeve.engine.styles.cover_parts import horizon_lines as lines
from sleeve.engine.styles.cover_parts import horizon_ranges as mountains
from sleeve.engine.styles.cover_parts import horizon_river as rivers
from sleeve.engine.styles.cover_parts import horizon_volcano as volcanoes
from sleeve.engine.styles.cover_parts import horizon_waters as waters
from sleeve.engine.styles.cover_parts.calm_zone import title_band
from sleeve.engine.styles.cover_parts.horizon_sheet import Sheet
from sleeve.engine.styles.cover_parts.horizon_skies import Sky, dark, sky_for
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
    # scored 3 and 4 of 10 as grey lines, then as landscape prints ("stock"); rebuilt
    # round the song's own line, still offered at a third weight until reviewers see it
    weight=0.33,
)

SUBJECT_LAYOUTS = {"snow": ("summit",)}  # registry.draws_named

View = Callable[[ArtDirection, np.random.Generator, Sheet, Sky, str], Box]
VIEWS: dict[str, View] = {
    "mirror": lines.mirror,
    "limb": lines.limb,
    "lake": waters.lake,
    "shore": waters.shore,
    "hill": hills.hill,
    "river": rivers.river,
    "strata": lines.strata,
    "summit": mountains.summit,
    "volcano": volcanoes.volcano,
}
LAYOUTS = tuple(VIEWS)  # calm to loud
# never drawn (see the docstring)
RETIRED = (
    "thread",
    "ranges",
    "still",
    "lone",
    "coast",
    "lines",
    "peak",
    "erg",
    "dunes",
    "poster",
    "night",
)
# drawn only for a title that names what they show (NAMED): the sea's island and
# headland and the snowy peak (reviewers: "stock landscapes", "the shore repeats")
NAMED_ONLY = ("lake", "shore", "summit")

# each genre family draws the pictures its sleeves show: chamber music a horizon over
# still water (ECM), ambient one curve of light, folk woodblock landscapes; three or
# more each, so none dominates a genre
PREFERENCES: dict[str, tuple[str, ...]] = {
    # the dark genres' storms: never the lake (reviewers: "the same postcard lake went
    # to both dark ambient and folk")
    "heavy": ("mirror", "limb", "strata", "river", "volcano"),
    # ECM: a horizon, still water, fog
    "classical": ("mirror", "limb", "strata"),
    "roots": ("hill", "mirror", "strata", "river"),  # woodblock prints
    "ambient": ("mirror", "limb", "strata"),
}
ANY = ("mirror", "limb", "river", "strata", "volcano")  # the others' choice
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
GENRE_FAMILY = {"metal": "heavy", "classical": "classical", "folk": "roots", "ambient": "ambient"}
NAMED_SHARE = 0.85  # how often a title that names a drawable thing gets it
# what a title names -> the compositions that draw it, first match wins
NAMED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("snow", ("summit",)),
    ("sea", ("mirror", "shore", "lake")),
    ("mountain", ("summit", "strata")),
    ("sun", ("limb", "hill")),  # the sun rising at the song's loudest point
)


def preference(direction: ArtDirection) -> tuple[str, ...]:
    """The genre family's compositions, calm to loud: by sub-genre, then by genre."""
    family = FAMILY_OF.get(direction.language.subgenre) or GENRE_FAMILY.get(direction.genre)
    return PREFERENCES[family] if family else ANY


def quiet(direction: ArtDirection) -> bool:
    """Whether the song's genre sets a small title in much space: chamber and classical
    music, ambient and drone (reviewers: "the 3-line serif titles are too big")."""
    family = FAMILY_OF.get(direction.language.subgenre)
    return family == "classical" or direction.genre in ("ambient", "classical")


def named(direction: ArtDirection) -> tuple[str, ...]:
    """The compositions that draw what the title names (NAMED); () for none."""
    words = motifs(direction.title)
    allowed = preference(direction) + NAMED_ONLY[dark(direction) :]  # a storm: no lake
    for motif, layouts in NAMED:
        if motif in words:
            return tuple(k for k in layouts if k in allowed)
    return ()


def layout_for(direction: ArtDirection, rng: np.random.Generator) -> str:
    """What the title names first (mostly, NAMED_SHARE); else the composition among
    the genre family's: calm songs lean to the first ones, loud ones to the last, the
    seed picking among the near ones (for four songs in ten, and for every quiet
    genre's song, whose calm would always draw the first, among all of them)."""
    lean = 0.55 * direction.energy + 0.45 * direction.turbulence
    lean = 0.5 + 1.5 * (lean - 0.5)  # most songs sit mid-way: spread them over the family
    title = named(direction)
    if title and rng.random() < NAMED_SHARE:
        return title[int(rng.integers(len(title)))]
    free = rng.random() < 0.4 or quiet(direction)  # quiet songs all lean calm: the seed's
    return compose.pick(rng, preference(direction), None if free else lean)


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
    if quiet(direction):  # the title small in a narrow band, the space the picture's
        room = lines.spacious(band)
        focal = (0.0, min(focal[1], room[1]), 1.0, max(focal[3], room[3]))
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
