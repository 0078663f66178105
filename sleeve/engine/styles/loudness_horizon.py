"""Loudness horizon: the song's loudness curve as the horizon of a screen-printed
landscape in a few flat inks, drawing what the title names (a city's towers at night, a
moon, a sun, the sea, snow) and else picked by genre, always round one focal light.

Four compositions (cover_parts/horizon_forms): a snowfield, broad swells of snow under
a low sun or moon, one grove of dark spruces where the song is loud; a night of onsets
as stars over a city's towers with lit windows against their glow, or over thin hills
under a big moon; a coastline seen from the air (only for a title naming the sea);
ranges receding into a huge cropped sun or moon. Every cover is printed
(cover_parts/horizon_print): the painted picture pulled down to five flat inks spread
from a deep key to a pale light, so it reads at 64 px, plus one spot ink for its sun
or moon (the cut merged a small orange sun into a pale sky), red on a grey print of a
dark record (horizon_inks.accented).
Retired (RETIRED) after art directors' reviews: the dunes (read as clip-art shark
fins), the poster cut (a line plot), the butte (a band floating in a void), the linocut
(a textile swatch), the fields (layered pastel wavy bands, read as stock), the lake (its
reflection's stripes ran through the title, a mirrored headland read as a black blob)
and the storm (crude grey bands, its rain a jagged stripe).

title -> what it names first (NAMED, title_words.motifs): a city the night's towers, a
night a dark sky with a moon over hills, the sea a coast, a sun the ranges under it in a
golden light, snow the snowfield;
genre and mood -> the compositions and the light (PREFERENCES: metal a blood moon over
black hills or bare ridges under a red sun, its sky dark and its land at most faintly
coloured; classical, chamber and ambient a snowfield, a night or misty ranges, every
colour fogged; folk and country a night, ranges; lo-fi a city night or ranges at dusk;
afrobeats, city pop and the sunny dance genres a night or ranges under a huge sun,
children's songs and jingles only the ranges in daylight; other genres a night or
ranges; a dark mood (valence under 0.3) keeps a dark sky in any genre);
energy and turbulence -> the composition among the family's (calm songs lean to its
first, loud ones to its last); energy and density -> how high the horizon or land stands;
turbulence -> the landmark's scale (peaks, waves);
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
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import horizon_forms as forms
from sleeve.engine.styles.cover_parts.calm_zone import title_band
from sleeve.engine.styles.cover_parts.horizon_inks import (
    accented,
    inks_for,
    scene_for,
    titled,
    treated,
)
from sleeve.engine.styles.cover_parts.horizon_land import Canvas
from sleeve.engine.styles.cover_parts.horizon_print import print_side, screen_print
from sleeve.engine.styles.cover_parts.title_words import motifs

STYLE = StyleInfo(
    name="loudness_horizon",
    family="image",
    fits=("rock", "ambient", "classical", "folk", "electronic", "world", "metal"),
    music=True,
    subjects=("snow",),  # the snowfield (layout_for)
    # the three styles four art directors ranked lowest (18 covers, one releasable, on
    # the final sheets): offered at half weight until they are rebuilt
    weight=0.5,
)

# no SKELETONS: the ranges are the only land under a huge sun, and the night (a city or
# a moon over hills), the snowfield (a grove on snow) and the coast are each their own
# picture

LAYOUTS = tuple(forms.FORMS)  # calm to loud
# never drawn (see the docstring)
RETIRED = ("dunes", "poster", "mesa", "linocut", "fields", "lake", "storm")


@dataclass(frozen=True)
class Preference:
    """What a genre family's landscape may be: its compositions (calm to loud, a subset
    of LAYOUTS) and the treatment of the palette's light (horizon_inks.treated)."""

    layouts: tuple[str, ...]
    treatment: str


# art directors read a pink layered field on doom metal and a sandstone mesa on Chopin as
# wrong: each genre family draws only the pictures its sleeves show, lit its own way
PREFERENCES: dict[str, Preference] = {
    # a blood moon over black hills, bare ridges under a red sun
    "heavy": Preference(("night", "ranges"), "dark"),
    # black metal adds the snowfield at night (frost, a dead tree line)
    "frost": Preference(("snowfield", "night", "ranges"), "dark"),
    # a snowfield, a night over hills, misty ranges
    "classical": Preference(("snowfield", "night", "ranges"), "mist"),
    "cinematic": Preference(("snowfield", "night", "ranges"), "mist"),
    "ambient": Preference(("snowfield", "night", "ranges"), "mist"),
    # a night over hills under a moon, ranges
    "roots": Preference(("night", "ranges"), "earth"),
    # a city night at dusk, ranges at dusk
    "lofi": Preference(("night", "ranges"), "dusk"),
    # sunlit and vivid: ranges under a huge sun, a city night (never a storm: a
    # reviewer read afrobeats and city pop under grey skies as the wrong record)
    "sunny": Preference(("night", "ranges"), "sun"),
    # a children's song or a jingle in daylight under a sun, never black land at night
    "daylight": Preference(("ranges",), "sun"),
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
    "children": "daylight",
    "jingle": "daylight",
}
GENRE_FAMILY = {"metal": "heavy", "classical": "classical", "folk": "roots", "lofi": "lofi"}
# everyone else: a night or ranges (the snowfield is a classical, ambient or frost
# picture; the coast is drawn only for a title naming the sea: a reviewer read an aerial
# coast on a title that names no sea as an abstract, unfinished wave edge)
NAMED_SHARE = 0.85  # how often a title that names a drawable thing gets it
OPEN = Preference(("night", "ranges"), "")


def preference(direction: ArtDirection) -> Preference:
    """The genre family's compositions and light: by sub-genre, then by genre."""
    family = FAMILY_OF.get(direction.language.subgenre) or GENRE_FAMILY.get(direction.genre)
    return PREFERENCES[family] if family else OPEN


# what a title names -> the compositions that draw it, first match wins: a city's
# towers at night, snow, a moon over hills, the sea, a sun over ranges, peaks (a
# reviewer read Tokyo at night under pastel sunset ranges as stock)
NAMED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("city", ("night",)),
    ("snow", ("snowfield",)),
    ("night", ("night",)),
    ("sea", ("coast",)),
    ("sun", ("ranges",)),
    ("mountain", ("ranges",)),
)
NO_BEACH = frozenset({"heavy", "frost", "classical", "cinematic", "ambient"})


def named(direction: ArtDirection) -> tuple[str, ...]:
    """The compositions that draw what the title names (NAMED), the sea's beach kept
    from the dark and the quiet families; () for a title naming nothing drawable."""
    words = motifs(direction.title)
    family = FAMILY_OF.get(direction.language.subgenre) or GENRE_FAMILY.get(direction.genre)
    for motif, layouts in NAMED:
        if motif not in words:
            continue
        keep = tuple(k for k in layouts if not (k == "coast" and family in NO_BEACH))
        if keep:
            return keep
    return ()


def layout_for(direction: ArtDirection, rng: np.random.Generator) -> str:
    """What the title names first (named: mostly, NAMED_SHARE); else the composition
    among the genre family's (preference): calm songs lean to its first ones (the
    snowfield, the night), loud ones to its last (the ranges); the seed picks among the
    near ones (for four songs in ten among all of them: most songs' music sits mid-way)."""
    lean = 0.55 * direction.energy + 0.45 * direction.turbulence
    lean = 0.5 + 1.5 * (lean - 0.5)  # most songs sit mid-way: spread them over the family
    options = preference(direction).layouts
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


def _draw(direction: ArtDirection, size: int) -> tuple[Artwork, RGB | None]:
    """The composition at `size`, before the finish, and its spot ink (its sun or
    moon's colour, red on a grey dark print: horizon_inks.accented) or None."""
    layout, band = _plan(direction)
    rng = raster.rng_for(direction, "horizon")
    inks = inks_for(direction, rng)
    treatment = preference(direction).treatment
    inks, scene = treated(direction, inks, scene_for(direction, inks), treatment)
    scene = titled(direction, scene, treatment, motifs(direction.title))
    scene = accented(direction, scene, treatment)
    canvas = Canvas(size, inks.field)
    look = forms.Look(inks, scene, treatment)
    focal = forms.FORMS[layout](direction, rng, canvas, look, band)
    return Artwork(canvas.done(), compose.clip_box(focal), layout), canvas.spot


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art printed in flat inks at
    horizon_print.print_side (a big cover scaled up bilinearly, which anti-aliases the
    inks' edges), the finish (grain) at full size."""
    art, spot = _draw(direction, print_side(raster.work_size(size)))
    flat = screen_print(art.image, spot=spot)
    if flat.size != (size, size):  # the thresholded edges softened a pixel, then scaled
        flat = flat.filter(ImageFilter.SMOOTH).resize((size, size), Image.Resampling.BILINEAR)
    image = finish(flat, direction, "horizon", 0.03)
    return Artwork(image, art.focal, art.layout)
