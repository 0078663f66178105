"""Risograph: two or three riso inks screened and overprinted on paper, slightly off
register.

Compositions (riso_prints, riso_figures, riso_fields, riso_glyph, riso_motifs): the
title's first character or two printed huge in two inks (cropped at a side with a
screened echo, turned and bleeding off, or a pair overprinting where they meet), two
huge flat shapes cropped by the edges and overprinting (shapes), wide bands slanted
or arced (bands), a skyline, the song's loudness as a mountain range (ridges), a sea of
screened waves, a moon shaded like a halftone
photograph, the onsets as bars, a road, and leaves only when the title names
flowers. Retired, each for a review: the word stack (the title printed three times),
the pattern repeat and waving bands (zig-zag clip-art under the title), the flower
heads, the torn cut-out (a generic patch) and the moon cropped from a corner (the
disc turned 180 degrees). The halftone field with its small solid and
the moon are drawn rarely (two reviews read "a halftone disc or field at the top"
as the style's template). What the title names leads a bit over half the time;
otherwise the genre weighs its favourites and the seed picks among them; a quiet
song draws no road and no beat bars.
mood -> ink intensity: a sad or calm song prints darker, muted inks, its third drum
a tint of the first; a happy or loud one the kit's bright drums;
genre -> inks and paper (riso_inks: black and one hard ink for drill and trap,
black and bone for metal, pastels for pop, fluoro for house, one spot for jazz; a
drum repeating an ink prints a tint of it);
the title's layout -> the calm zone every composition fades out of (calm_zone);
energy, onsets, tempo, density -> the figure's measures; loudness -> dot gain;
density -> screen coarseness; seed -> placement, crop, ink roles, paper and the
direction of the misregistration.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import calm_zone, riso_inks
from sleeve.engine.styles.cover_parts.riso_fields import _word
from sleeve.engine.styles.cover_parts.riso_motifs import MOTIFS
from sleeve.engine.styles.cover_parts.riso_press import press
from sleeve.engine.styles.cover_parts.riso_shapes import Sheet
from sleeve.engine.styles.cover_parts.title_words import motifs as named_in

STYLE = StyleInfo(
    name="risograph",
    family="graphic",
    # cream paper for doom: no; plain pop neither (with it, 15 of 148 bench covers, over
    # the 10% cap: bedroom pop lists it)
    fits=("punk", "hiphop", "lofi", "rock", "folk", "jazz"),
)

# what a title names -> the compositions that draw it (leaves only when it names
# flowers; the face in profile, the flower heads, the pattern repeat, the word stack
# and the torn cut-out are retired: reviews read them as clip-art, as zig-zag bands
# under the title, as the title printed three times, as a generic torn patch; a named
# night or city drew the same skyline on every CJK title, so the title's own
# characters share it)
NAMED = {
    "city": ("city", "glyph", "shapes"),
    "sea": ("sea",),
    "night": ("glyph", "city", "moon"),
    "sun": ("moon", "glyph"),
    "rain": ("city", "bands", "gradient"),
    "mountain": ("ridges", "road"),
    "flower": ("botanical",),
    "heart": ("glyph", "shapes"),
    "star": ("glyph", "moon"),
    "cloud": ("ridges", "sea"),
    "window": ("city",),
}
POP = ("shapes", "glyph", "bands", "moon", "sea")
CLUB = ("bands", "glyph", "shapes", "rhythm", "gradient")
FAVOURITES = {  # genre -> the compositions it draws most, likeliest first
    "drill": ("glyph", "city", "rhythm", "gradient"),
    "trap": ("glyph", "city", "gradient", "rhythm"),
    "hiphop": ("glyph", "city", "rhythm", "shapes", "bands"),
    "metal": ("glyph", "ridges", "moon", "gradient", "city"),
    "post_punk": ("glyph", "shapes", "gradient", "moon"),
    "punk": ("glyph", "shapes", "rhythm", "bands"),
    "hardcore": ("glyph", "rhythm", "shapes"),
    "rock": ("glyph", "shapes", "ridges", "road", "bands", "rhythm"),
    "pop": POP,
    "kpop": POP,
    "rnb": ("shapes", "bands", "glyph", "moon"),
    "folk": ("ridges", "road", "botanical", "bands", "moon", "sea"),
    "country": ("road", "ridges", "moon", "shapes", "bands"),
    "lofi": ("city", "ridges", "moon", "sea", "bands", "gradient"),
    "jazz": ("glyph", "shapes", "bands", "rhythm"),
    "electronic": CLUB,
    "dance": CLUB,
    "house": ("rhythm", "bands", "glyph", "shapes"),
    "dnb": ("city", "bands", "shapes", "rhythm"),
    "ambient": ("ridges", "sea", "gradient", "moon", "bands"),
    "classical": ("shapes", "ridges", "bands", "sea", "gradient"),
    "synthwave": ("city", "bands", "shapes", "moon"),
    "children": ("shapes", "sea", "rhythm", "moon"),
    "psychedelic": ("bands", "shapes", "glyph", "moon"),
    "world": ("glyph", "shapes", "ridges", "bands", "sea"),
    "latin": ("shapes", "glyph", "bands", "rhythm", "moon"),
}
EVERY = ("shapes", "glyph", "bands", "city", "ridges", "sea", "moon", "gradient", "rhythm")
# the moon and the halftone field with its small solid suit many genres and so filled
# the sheet (two reviews: "a halftone disc or field at the top, again"); the screened
# sea came up on one track in seven; the glyph leads most lists; slanted and arced
# bands took a sheet once the pattern retired, the new ridges one cover in ten
RARER = {
    "moon": 0.5,
    "gradient": 0.2,
    "sea": 0.45,
    "bands": 0.45,
    "glyph": 0.6,
    "shapes": 0.6,
    "ridges": 0.5,
}
COARSE = {"gradient": 0.55, "moon": 0.85, "sea": 0.8}
SOLID_LEAD = ("glyph", "rhythm")  # prints whose lead plate is solid: the darker ink leads
LOUD_ONLY = ("road", "rhythm")  # a road and beat bars on a quiet song read off-mood
ROADS = ("road", "highway", "route", "drive", "camino", "estrada", "дорог", "шосс")


def _motif(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition: what the title names (a bit over half the time: the named
    sea, city and moon had become one picture across tracks), else the genre's
    favourites weighted gently to the first, else any. A quiet song draws no road
    and no beat bars; a title with no word the heavy face can set (emoji, joined
    scripts) prints neither the huge glyph nor the stacked word."""
    lettered = bool(_word(direction))
    named = [m for word in sorted(named_in(direction.title)) for m in NAMED.get(word, ())]
    named = [m for m in named if lettered or m != "glyph"]
    if any(w in direction.title.lower() for w in ROADS):
        named.append("road")
    lean = rng.random()
    if named and lean < 0.55:
        return named[int(rng.integers(len(named)))]
    sub = direction.language.subgenre
    options = FAVOURITES.get(sub) or FAVOURITES.get(direction.genre) or EVERY
    weights = np.array([3.0, 2.5, 2.0, 1.5, *[1.0] * 6][: len(options)])
    if options is EVERY:  # no favourites: any composition alike
        weights = np.ones(len(options))
    weights = weights * np.array([RARER.get(o, 1.0) for o in options])
    if direction.energy < 0.55:
        weights = weights * np.array([0.0 if o in LOUD_ONLY else 1.0 for o in options])
    if not lettered:
        weights = weights * np.array([0.0 if o == "glyph" else 1.0 for o in options])
    if weights.sum() <= 0:
        return "shapes"
    return options[int(rng.choice(len(options), p=weights / weights.sum()))]


def layout_of(direction: ArtDirection) -> str:
    """The composition render draws for `direction`: the first draw of its rng."""
    return _motif(direction, raster.rng_for(direction, "riso"))


def _moody(direction: ArtDirection, inks: list, dark: bool) -> list:
    """Mood sets the inks' intensity: a sad or calm song prints fewer, darker and
    muted inks (its third drum repeats the first, as a tint), a happy or loud one
    keeps the kit's bright drums (reviewers saw bubbly pink dots on sad ballads).
    Yellows keep their lightness and only mute: darkened they print olive."""
    hush = max(0.42 - direction.valence, 0.0) * 1.6 + max(0.45 - direction.energy, 0.0) * 1.4
    hush = min(hush, 0.7)
    if hush < 0.12:
        return inks
    out = []
    for ink in inks:
        light, chroma, hue = rgb_to_oklch(ink)
        if chroma < 0.04:  # black and bone stay as they are
            out.append(ink)
            continue
        yellow = 60 < hue < 125  # a darkened yellow prints olive, and mixes to mud
        if not (dark or yellow):  # black stock: no darker
            light = min(light, 0.78 - 0.3 * hush)
        out.append(raster.tone(ink, light, chroma * (1 - 0.6 * hush)))
    return [out[0], out[1], out[0]]


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The print at `size`, before the finish."""
    rng = raster.rng_for(direction, "riso")
    paper, inks = riso_inks.choose(direction, raster.rng_for(direction, "riso-inks"))
    inks = _moody(direction, inks, rgb_to_oklch(paper)[0] < 0.5)
    zone = calm_zone.title_zone(direction, raster.rng_for(direction, "riso-zone"))
    sheet = Sheet(calm_zone.away_from(zone), zone, rgb_to_oklch(paper)[0] < 0.5)
    motif = _motif(direction, rng)
    dark_ink = rgb_to_oklch(inks[1])[0] < rgb_to_oklch(inks[0])[0]
    if motif in SOLID_LEAD and not sheet.dark and dark_ink:
        inks = [inks[1], inks[0], inks[2]]  # solid letters and bars: the darker ink
    plates, focal = MOTIFS[motif](direction, rng, sheet)
    for k in (1, 2):  # a drum that repeats an earlier drum's ink prints a tint of it
        if inks[k] in inks[:k]:
            plates[k] = plates[k] * np.float32(0.55)
    cells = (34 + 30 * direction.density) * COARSE.get(motif, 1.0)
    gain = 0.1 + 0.6 * direction.loudness
    ink_rng = raster.rng_for(direction, "riso-ink")
    image = press(plates, inks, paper, size, ink_rng, (cells, gain))
    return Artwork(image, focal, motif)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the print at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "riso", 0.03)
    return Artwork(image, art.focal, art.layout)
