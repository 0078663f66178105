"""Loudness horizon: the song's loudness curve as the horizon of a screen-printed
landscape in a few flat inks, drawing what the title names (a city's towers at night, a
moon, a sun, rain, the sea, snow) and else picked by genre.

Six compositions (cover_parts/horizon_forms): a headland mirrored on a still lake, a
sun or moon half set on the water line with its path of light (for the dark family a
dead sea: no light); a snowfield, broad swells of snow blue-grey far off and one grove
of dark spruces where the song is loud; a night of onsets as stars over a city's towers
with lit windows against their glow, or over thin hills under a big moon; a coastline
seen from the air; a storm sky from very low, one dark cloud mass lit from below, its
underside the curve, rain as slanted strokes under the loudest, a lightning fork on a
loud song; ranges receding into a huge cropped sun (or its glow alone behind the far
range). Every cover is printed (cover_parts/horizon_print): the painted picture pulled
down to five flat inks spread from a deep key to a pale light, so it reads at 64 px.
Retired (RETIRED) after art directors' reviews: the dunes (read as clip-art shark
fins), the poster cut (a line plot), the butte (a band floating in a void), the linocut
(a textile swatch) and the fields (layered pastel wavy bands, read as stock).

title -> what it names first (NAMED, title_words.motifs): a city the night's towers, a
night a dark sky with a moon over hills or water, rain the storm, the sea a lake or a
coast, a sun the ranges under it in a golden light, snow the snowfield;
genre and mood -> the compositions and the light (PREFERENCES: metal a black storm, bare
ridges, a dead sea, never a pastel field, its sky dark and its land at most faintly
coloured; classical, chamber and ambient a snowfield, a lake at dawn, a night or misty
ranges, every colour fogged; folk and country a lake, a night, ranges; lo-fi a coast, a
lake or a city night at dusk; afrobeats, city pop, the sunny dance genres, children's
songs and jingles a coast, a lake at sunset or ranges under a huge sun; other
genres any but the snowfield; a dark mood (valence under 0.3) keeps a dark sky in any
genre, a happy one (from 0.6) never gets the storm);
energy and turbulence -> the composition among the family's (calm songs lean to its
first, loud ones to its last); energy and density -> how high the horizon or land stands;
turbulence -> the landmark's scale (headland, peaks, waves, cloud pouches);
where the song is loudest -> the landmark's side; tempo -> the number of bands and
ranges; the energy curve -> every edge, at several scales, always
scaled to fill the frame; the palette -> the light (a dark field a night, a light one a
day), the land a silhouette fading to the sky's hue with distance; the title's band ->
sky or ground left calm; seed -> the composition among the near ones, a little play in
each measure of the frame, the light's place.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

from sleeve.engine import compose, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import horizon_forms as forms
from sleeve.engine.styles.cover_parts.calm_zone import title_band
from sleeve.engine.styles.cover_parts.horizon_inks import inks_for, scene_for, titled, treated
from sleeve.engine.styles.cover_parts.horizon_land import Canvas
from sleeve.engine.styles.cover_parts.horizon_print import print_side, screen_print
from sleeve.engine.styles.cover_parts.title_words import motifs

STYLE = StyleInfo(
    name="loudness_horizon",
    family="image",
    fits=("rock", "ambient", "classical", "folk", "electronic", "world", "metal"),
    music=True,
    subjects=("snow",),  # the snowfield (layout_for)
)

# no SKELETONS: the ranges are the only land under a huge sun, and the lake (a mirror),
# the night (a city or a moon over hills), the snowfield (a grove on snow), the storm
# and the coast are each their own picture

LAYOUTS = tuple(forms.FORMS)  # calm to loud
RETIRED = ("dunes", "poster", "mesa", "linocut", "fields")  # never drawn (see the docstring)


@dataclass(frozen=True)
class Preference:
    """What a genre family's landscape may be: its compositions (calm to loud, a subset
    of LAYOUTS) and the treatment of the palette's light (horizon_inks.treated)."""

    layouts: tuple[str, ...]
    treatment: str


# art directors read a pink layered field on doom metal and a sandstone mesa on Chopin as
# wrong: each genre family draws only the pictures its sleeves show, lit its own way
PREFERENCES: dict[str, Preference] = {
    # a black storm, bare ridges, a dead sea
    "heavy": Preference(("lake", "storm", "ranges"), "dark"),
    # black metal adds the snowfield at night (frost, a dead tree line)
    "frost": Preference(("lake", "snowfield", "storm", "ranges"), "dark"),
    # a lake at dawn, a snowfield, a night over hills, misty ranges
    "classical": Preference(("snowfield", "lake", "night", "ranges"), "mist"),
    "cinematic": Preference(("lake", "snowfield", "storm", "ranges"), "mist"),
    "ambient": Preference(("snowfield", "lake", "night", "ranges"), "mist"),
    # a lake, a night over hills under a moon, ranges
    "roots": Preference(("lake", "night", "ranges"), "earth"),
    # a dusk coast, a city night, a still lake at dusk
    "lofi": Preference(("coast", "lake", "night"), "dusk"),
    # sunlit and vivid: a beach from the air, a lake at sunset, ranges under a
    # huge sun (never a storm: a reviewer read afrobeats and city pop under grey skies
    # as the wrong record)
    "sunny": Preference(("lake", "coast", "ranges"), "sun"),
}
FAMILY_OF = {
    "black_metal": "frost",
    "death_metal": "heavy",
    "doom_metal": "heavy",
    "heavy_metal": "heavy",
    "dark_ambient": "heavy",
    "industrial": "heavy",
    "classical": "classical",
    "chamber": "classical",
    "lullaby": "classical",
    "cinematic": "cinematic",
    "ambient": "ambient",
    "new_age": "ambient",
    "folk": "roots",
    "country": "roots",
    "celtic": "roots",
    "blues": "roots",
    "lofi": "lofi",
    "afrobeats": "sunny",
    "highlife": "sunny",
    "city_pop": "sunny",
    "tropical": "sunny",
    "reggaeton": "sunny",
    "dancehall": "sunny",
    "mediterranean": "sunny",
    # a children's song or a jingle in daylight under a sun, never black land at night
    "children": "sunny",
    "jingle": "sunny",
}
GENRE_FAMILY = {"metal": "heavy", "classical": "classical", "folk": "roots", "lofi": "lofi"}
# everyone else: any picture but the snowfield (a classical, ambient or frost picture)
# reviewers read a black storm over pop, k-pop, a children's song and psychedelia as the
# wrong record: a song this happy (valence) draws any of its family's pictures but it
BRIGHT_MOOD = 0.6
NAMED_SHARE = 0.85  # how often a title that names a drawable thing gets it
OPEN = Preference(tuple(k for k in LAYOUTS if k != "snowfield"), "")


def preference(direction: ArtDirection) -> Preference:
    """The genre family's compositions and light: by sub-genre, then by genre."""
    family = FAMILY_OF.get(direction.language.subgenre) or GENRE_FAMILY.get(direction.genre)
    return PREFERENCES[family] if family else OPEN


# what a title names -> the compositions that draw it, first match wins: a city's
# towers at night, snow, a moon over hills or water, rain under a storm, the sea, a sun
# over ranges, peaks (a reviewer read Tokyo at night under pastel sunset ranges as stock)
NAMED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("city", ("night",)),
    ("snow", ("snowfield",)),
    ("night", ("night", "lake")),
    ("rain", ("storm",)),
    ("sea", ("lake", "coast")),
    ("sun", ("ranges",)),
    ("mountain", ("ranges",)),
)
NO_BEACH = frozenset({"heavy", "frost", "classical", "cinematic", "ambient"})


def named(direction: ArtDirection) -> tuple[str, ...]:
    """The compositions that draw what the title names (NAMED), the sea's beach kept
    from the dark and the quiet families and the storm from a happy song; () for a
    title naming nothing drawable."""
    words = motifs(direction.title)
    family = FAMILY_OF.get(direction.language.subgenre) or GENRE_FAMILY.get(direction.genre)
    for motif, layouts in NAMED:
        if motif not in words:
            continue
        keep = tuple(
            k
            for k in layouts
            if not (k == "coast" and family in NO_BEACH)
            and not (k == "storm" and direction.valence >= BRIGHT_MOOD)
        )
        if keep:
            return keep
    return ()


def layout_for(direction: ArtDirection, rng: np.random.Generator) -> str:
    """What the title names first (named: mostly, NAMED_SHARE); else the composition
    among the genre family's (preference): calm songs lean to its first ones (the
    lake, the night), loud ones to its last (the storm, the ranges); the seed picks
    among the near ones (for four songs in ten among all of them: most songs' music
    sits mid-way). A happy song (valence from BRIGHT_MOOD) never gets the storm."""
    lean = 0.55 * direction.energy + 0.45 * direction.turbulence
    lean = 0.5 + 1.5 * (lean - 0.5)  # most songs sit mid-way: spread them over the family
    options = preference(direction).layouts
    if direction.valence >= BRIGHT_MOOD:  # a happy song is never under a black storm
        options = tuple(k for k in options if k != "storm") or options
    title = named(direction)
    if title and rng.random() < NAMED_SHARE:
        return title[int(rng.integers(len(title)))]
    return compose.pick(rng, options, None if rng.random() < 0.4 else lean)


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
    treatment = preference(direction).treatment
    inks, scene = treated(direction, inks, scene_for(direction, inks), treatment)
    scene = titled(direction, scene, treatment, motifs(direction.title))
    canvas = Canvas(size, inks.field)
    look = forms.Look(inks, scene, treatment)
    focal = forms.FORMS[layout](direction, rng, canvas, look, band)
    return Artwork(canvas.done(), compose.clip_box(focal), layout)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art printed in flat inks at
    horizon_print.print_side (a big cover scaled up bilinearly, which anti-aliases the
    inks' edges), the finish (grain) at full size."""
    art = _draw(direction, print_side(raster.work_size(size)))
    flat = screen_print(art.image)
    if flat.size != (size, size):  # the thresholded edges softened a pixel, then scaled
        flat = flat.filter(ImageFilter.SMOOTH).resize((size, size), Image.Resampling.BILINEAR)
    image = finish(flat, direction, "horizon", 0.03)
    return Artwork(image, art.focal, art.layout)
