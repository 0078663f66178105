"""Risograph: two or three riso inks overprinted on paper, off register, like a gig
poster or zine cover.

Compositions (riso_scenes, riso_posters, riso_figures, riso_blocks, riso_weather,
riso_citrus, riso_rings; riso_prints, riso_fields, riso_glyph, riso_ridges,
riso_motifs):
a wall of flames or a bonfire in three overprinted layers, for a loud title on fire, loud metal and
hardcore (flames);
a landscape in three ink layers, bled across the whole area about half the time,
else in a broad arch or a circle, its far range the song's energy (landscape); a
road to a vanishing point, its furrows in a neighbour of the road's ink (never pink
round aqua); a skyline of solid towers, whole windows lit on the
onsets, before a big flat sun or moon (city); tower blocks looming from the street,
windows lit on the onsets, echoed off register (tower: drill, hip-hop); one huge cut
diamond, its facets toned by the energy curve (diamond: trap, a title naming a
diamond); bold flat rain strokes, dashed to the onsets, over a window, a wall of lit
windows, an umbrella or from a cloud bank onto a street, the song choosing which,
always for a title that names rain, the strokes sparse and kept off the shapes (rain);
the loudness as flat overprinted ridges mirrored in a lake in ruled lines, no sun
(ridges); a cut-paper figure only where the title names it (a sun as one clean
halftone disc, moon, star, flower, wave, mountain, duck), big and off-centre over a
backing shape it overprints (figure), over its own second-ink copy offset as a hard
shadow (figure-shadow) or modelled round in second-ink dots like a printed photograph
(figure-halftone), in the colour the title names (a yellow duck prints yellow, its
shadow and backing knocked out under it); the title's first character printed whole
as big as the area before a screened sun, turned, or paired (glyph), rarer (a review:
"a giant letter stands in for an idea"); leaves only for a floral title (botanical);
the song as rings spreading from a corner, an edge or a thirds point, each band as
thick as the song is loud at its step, the hardest-hit rings echoed in the third ink
or, for a busier song, a second ripple crossing the first in a moire (rings: pop,
club, dub, jazz, the 808 ripple for drill and trap); a cut citrus slice, its segments
the onsets of a bar, for Latin, tropical and summer pop (citrus).
RETIRED (see the RETIRED tuple): the thrown pot whose profile was the song (vessel:
three reviewers graded it N as clip-art, a vase on Velvet and on Gravel Road Home), the
chain-link fence with a torn hole (an
"unexplained blank blob", twice on one sheet), the onsets as discs on a diagonal (pulse: "five dots
with no idea", drawn twice on the bench), the overprinted circles (Venn diagrams), the broken
repeat (wallpaper), the two huge overprinted shapes (generic), the crowd under stage
lights (blobs), the onset bars (rhythm: two reviewers read a grey bar chart, the
opposite of drill), the slanted bands (bands: empty pastel placeholder stripes), the
duotone sphere ("bland halftone ball"), the parade of stars ("cheap party
clip-art"), the split blob (a faded half-disc, "nothing to look at"), the stack of
blocks or pebbles (drawn by no genre since round 12: three reviewers read it as "blob
soup", shapes without a subject), and the figure
as a genre's stock icon (hand, heart, palm, notes) with its crop, row and ticket
("a rating widget", "a cropped jug"); the diamond only for a named diamond.
Objects are framed by the music (riso_framing): cropped huge for a loud song, small in
a wide field for a quiet one (never repeated as a pattern, never a figure cropped to a
blob), all with hand-cut edges.
The title is printed too (riso_lettering, riso_title): in one of the print's own inks
the song picks, and the song picks how (reviewers read one ghost on every title as a
stock drop shadow): one clean drum, pulled a second time off register in another drum
(further for a loud song), overprinted on the art it crosses, or knocked out of a
slab of ink.
Each print stops cleanly at the title's calm zone instead of fading into it.
What the title names leads a bit over half the time (rain always); otherwise the
genre weighs its favourites and the seed picks among them; a quiet song draws no
road and no flames.
night -> dark stock (black, navy, aubergine) and light inks; a title on fire -> warm
inks and, most of the time, the flames;
mood -> ink intensity; genre -> inks and paper (riso_inks: black and one hard ink for drill and
trap, black and bone for metal, fluoro for house, primaries and pink for children);
inks that would overprint to mud or olive (a yellow over a cornflower) are traded
for a clean drum (riso_overprint) or knock each other out;
energy, onsets, tempo, density -> the figure's measures; loudness -> dot gain;
density -> screen coarseness (coarse: 22 to 38 dots across); black stock -> sparse
screens (light dots past a third read as a checkerboard); seed -> placement, crop,
ink roles, paper and the direction of the misregistration.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import numpy as np
from PIL import Image
from scipy import ndimage

from sleeve.engine import raster
from sleeve.engine.color import hue_distance, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.measures import title_contrast
from sleeve.engine.replay import keep, recording, taken
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import (
    calm_zone,
    riso_colours,
    riso_framing,
    riso_inks,
    riso_lettering,
    riso_overprint,
    riso_posters,
    riso_title,
)
from sleeve.engine.styles.cover_parts.riso_fields import _word
from sleeve.engine.styles.cover_parts.riso_motifs import MOTIFS
from sleeve.engine.styles.cover_parts.riso_press import press
from sleeve.engine.styles.cover_parts.riso_shapes import Sheet
from sleeve.engine.styles.cover_parts.title_words import motifs as named_in
from sleeve.engine.title_layout import TitleLayout
from sleeve.engine.typography import set_title

STYLE = StyleInfo(
    name="risograph",
    family="graphic",
    # cream paper for doom: no; plain pop neither (with it, 15 of 148 bench covers, over
    # the 10% cap: bedroom pop lists it)
    fits=("punk", "hiphop", "lofi", "rock", "folk", "jazz"),
    subjects=(
        "city",
        "sea",
        "night",
        "sun",
        "rain",
        "mountain",
        "flower",
        "star",
        "cloud",
        "window",
        "duck",
        "road",
        "diamond",
    ),  # NAMED here and in riso_posters
)

# what a title names -> the compositions that draw it (leaves only when it names
# flowers; the face in profile, the flower heads, the pattern repeat, the word stack
# and the torn cut-out are retired: reviews read them as clip-art, as zig-zag bands
# under the title, as the title printed three times, as a generic torn patch; a named
# night or city drew the same skyline on every CJK title, so the title's own
# characters share it)
NAMED = {
    "city": ("city", "glyph"),
    "sea": ("landscape", "figure", "ridges"),
    "night": ("figure", "landscape"),  # its city on 🌙✨💔 read as an empty pink block
    "sun": ("landscape", "road", "figure"),
    "rain": ("rain",),  # always (_motif): a rain title read as a sphere or a wave
    "mountain": ("landscape", "ridges", "road", "figure"),
    "flower": ("botanical", "figure"),
    "star": ("figure",),  # the cut star (the parade of stars is retired)
    "cloud": ("landscape", "ridges"),
    "window": ("city", "landscape"),
    "duck": ("figure",),  # the duckling afloat (riso_posters)
}
# registry.draws_named: the figure is reported by its arrangement (figure-row, ...)
SUBJECT_LAYOUTS = {
    **{
        k: tuple(a for m in v for a in (riso_posters.ARRANGEMENTS if m == "figure" else (m,)))
        for k, v in NAMED.items()
    },
    "road": ("road",),
    "diamond": ("diamond",),
}
# the pictures (flames, a landscape, a road, a city, the figure) lead; the giant
# glyph (read as a template when it came twice) is rarer; the circles, the repeat,
# the shapes and the crowd are retired (module docstring)
RETIRED = (
    "circles", "tile", "shapes", "crowd", "rhythm", "bands", "sphere", "stars", "split", "pulse",
    "fence", "vessel", "stack",
)  # fmt: skip
# the cut figure and the diamond are drawn only for a title that names them, the
# flames besides only for loud metal and hardcore (two reviewers, 2026-12-02: the
# figure slot's stock icons gave 5 of 7 N covers, a ticket, a jug, rating stars, a
# trap diamond on drill, a flame row on R&B); the genres draw the prints reviewers
# praised: road, glyph, ridges, sun, city, towers
# no slice nor pot for pop or R&B unless the title names one: both s0 reviewers of
# 2026-12-03 graded the lemon on 🌙✨💔 and the vase on Velvet N, objects off the song
# no stack: round 12's three reviewers read the stacked pebbles and blocks as "blob
# soup", shapes without a subject (12 of 55 fitting bench tracks drew one, none
# releasable); the genres lean on the prints with a subject instead
POP = ("rings", "road", "glyph", "landscape", "city", "ridges")
CLUB = ("rings", "ridges", "tower", "city", "glyph")  # the blobs first read as mush
# drill: its giant grey N read "dull for drill"; the rings are its 808 ripple
STREET = ("tower", "city", "road", "rings")
FAVOURITES = {  # genre -> the compositions it draws most, likeliest first
    "drill": STREET,
    "trap": (*STREET, "glyph"),
    "hiphop": ("tower", "city", "road", "glyph", "rings"),  # the sub-bass ripple
    "metal": ("ridges", "landscape", "glyph", "tower", "flames"),  # loud only
    "post_punk": ("city", "tower", "glyph", "ridges"),
    "punk": ("glyph", "tower", "road"),
    "hardcore": ("glyph", "tower", "road", "flames"),
    "rock": ("road", "glyph", "ridges", "landscape"),
    "pop": POP,
    "kpop": ("city", "rings", "landscape", "glyph", "road"),
    "rnb": ("city", "rings", "landscape", "ridges", "glyph"),
    "folk": ("landscape", "road", "ridges", "rings"),  # a ripple on still water
    "country": ("road", "landscape", "ridges"),
    "lofi": ("city", "landscape", "rain", "ridges"),
    "jazz": ("glyph", "rings", "city", "ridges"),  # giant cropped letters (Blue Note)
    "electronic": CLUB,
    "dance": CLUB,
    "house": ("rings", "city", "ridges", "glyph"),
    "dnb": ("city", "tower", "glyph"),
    "ambient": ("ridges", "rings", "landscape"),
    "classical": ("ridges", "landscape", "glyph"),
    "synthwave": ("road", "landscape", "city"),
    "children": ("landscape", "citrus", "road", "ridges"),
    "psychedelic": ("landscape", "glyph", "road"),
    "world": ("citrus", "rings", "glyph", "landscape", "road", "ridges"),
    "reggae": (
        "rings",
        "citrus",
        "road",
        "ridges",
        "landscape",
    ),  # dub echo  # its giant letter: the weakest print
    "latin": ("citrus", "landscape", "road", "glyph"),
}
EVERY = (
    "landscape", "city", "road", "ridges", "glyph", "tower", "rings",
)  # fmt: skip  # the slice and the pot only where a genre lists them
RARER = {
    # "a giant letter stands in for an idea" (a review of 2026-12-02, on six covers)
    "glyph": 0.2,
    "ridges": 0.45,  # without the stack, 20 of 74 bench tracks drew the ridges at 0.7
    "city": 0.7,  # with the stars and sphere retired, 13 skylines on 74 bench tracks
    # ten landscape windows on 74 bench tracks: the new template (19 at 0.28, no stack)
    "landscape": 0.2,
    "rain": 0.5,  # unnamed, a lo-fi beat sometimes rains
    "road": 0.5,  # first for pop, rock and country: unchecked a third of all prints
    "rings": 0.55,  # new in round 12: at full weight 12 of 74 bench tracks drew it
    "citrus": 0.8,  # one everyday object: a slice on every summer song would be a template
}
COARSE = {"landscape": 0.8}
Printed = tuple[Image.Image, TitleLayout]
SOLID_LEAD = ("glyph", "tower", "diamond", "rings")  # the darker ink leads
CITRUS_INKS = ("orange", "yellow", "green")  # the citrus slice's flesh leads in one
LOUD_ONLY = ("road", "flames")  # off-mood on a quiet song


def _motif(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition: rain whenever the title names it (a rain title drew a sphere
    and a wave), else what the title names (a bit over half the time: the named sea,
    city and moon had become one picture across tracks), else the genre's favourites
    weighted gently to the first, else any. A quiet song draws no road and no flames,
    even where its title names them or burns (Slow Burn's flame row on R&B read as
    clip-art); the cut figure only where the title names it; a title with no
    word the heavy face can set (emoji, joined scripts) prints no huge glyph."""
    lettered = bool(_word(direction))
    words = named_in(direction.title)
    named = [m for word in sorted(words) for m in NAMED.get(word, ())]
    named = [m for m in named if lettered or m != "glyph"]
    if direction.energy < 0.55:  # a quiet song draws no loud picture
        named = [m for m in named if m not in LOUD_ONLY]
    if "road" in words:  # title_words: a road, a highway, a drive, in any script
        named.append("road")
    if "diamond" in words:  # title_words: a diamond in a word of its own, or 💎
        named.append("diamond")
    lean = rng.random()
    if "rain" in words:  # rain is always drawn when named
        return "rain"
    if riso_inks.on_fire(direction) and direction.energy >= 0.55 and lean < 0.75:
        return "flames"
    if "diamond" in named and lean < 0.8:  # a named diamond is the picture
        return "diamond"
    if named and lean < (0.8 if "duck" in words else 0.55):  # a duck is the picture
        return named[int(rng.integers(len(named)))]
    sub = direction.language.subgenre
    options = FAVOURITES.get(sub) or FAVOURITES.get(direction.genre) or EVERY
    weights = np.array([3.0, 2.5, 2.0, 1.5, *[1.0] * 10][: len(options)])
    if options is EVERY:  # no favourites: any composition alike
        weights = np.ones(len(options))
    weights = weights * np.array([RARER.get(o, 1.0) for o in options])
    if direction.energy < 0.55:
        weights = weights * np.array([0.0 if o in LOUD_ONLY else 1.0 for o in options])
    if not lettered:
        weights = weights * np.array([0.0 if o == "glyph" else 1.0 for o in options])
    if weights.sum() <= 0:
        return "ridges"
    return options[int(rng.choice(len(options), p=weights / weights.sum()))]


def composition_of(direction: ArtDirection) -> str:
    """The composition render draws, the figure's arrangements all "figure"."""
    return _motif(direction, raster.rng_for(direction, "riso"))


def layout_of(direction: ArtDirection) -> str:
    """The composition render draws for `direction`: the first draw of its rng, the
    figure named by its arrangement (riso_posters.arrangement)."""
    motif = _motif(direction, raster.rng_for(direction, "riso"))
    return riso_posters.arrangement(direction) if motif == "figure" else motif


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
            light = min(light, 0.8 - 0.2 * hush)
        # muted by at most a fifth: muted by 0.42 a navy over black printed the grey
        # split of "Fjord, Early Light"
        out.append(raster.tone(ink, light, chroma * (1 - 0.28 * hush)))
    return [out[0], out[1], out[0]]


def inks_for(direction: ArtDirection) -> tuple[tuple, list]:
    """The paper and the three inks a print uses: the genre's kit (riso_inks) in the
    mood's intensity, any muddy pair on pale stock traded for a clean drum
    (riso_overprint)."""
    paper, inks = riso_inks.choose(direction, raster.rng_for(direction, "riso-inks"))
    dark = rgb_to_oklch(paper)[0] < 0.5
    inks = _moody(direction, inks, dark)
    inks = inks if dark else riso_overprint.cleaned(inks)  # black stock: opaque
    composition = composition_of(direction)
    if composition == "figure":  # a yellow duck is yellow
        kinds = riso_posters.kinds_named(direction.title) or ["sun"]
        name = riso_colours.figure_ink(direction.title, kinds[0])
        if name:
            inks = riso_colours.leading(inks, name, dark)
    elif composition == "citrus":  # an orange, a lemon or a lime, never a blue slice
        fruit = CITRUS_INKS[direction.seed % len(CITRUS_INKS)]
        inks = riso_colours.leading(inks, riso_colours.named_ink(direction.title) or fruit, dark)
    return paper, inks


def _muddy(one: tuple, two: tuple) -> bool:
    """Whether two inks overprint to mud: their multiply lands on an olive or
    brown-grey (a yellow over a blue, a fluoro pink over a fluoro green). Black over
    anything reads black, not mud."""
    if min(rgb_to_oklch(one)[0], rgb_to_oklch(two)[0]) < 0.35:
        return False
    light, chroma, hue = rgb_to_oklch(
        tuple(int(a * b / 255) for a, b in zip(one, two, strict=True))
    )
    return 0.25 < light < 0.62 and chroma < 0.13 and (65 < hue < 140 or chroma < 0.05)


def _knock_out(plates: list, inks: list) -> list:
    """Where two inks would mix to mud the darker knocks the lighter out (the
    printer's choice: the lighter drum leaves paper under the darker shape), so
    they sit side by side instead of overprinting."""
    plates = list(plates)
    for i in range(3):
        for j in range(i + 1, 3):
            if inks[i] == inks[j] or not _muddy(inks[i], inks[j]):
                continue
            dark, light = (i, j) if rgb_to_oklch(inks[i])[0] < rgb_to_oklch(inks[j])[0] else (j, i)
            plates[light] = plates[light] * (1 - np.clip(plates[dark] * 1.5, 0, 1))
    return plates


def road_inks(inks: list, dark: bool) -> list:
    """The road's inks: where its furrows' ink and the road's are two loud drums from
    across the wheel (a fluoro pink field striped round an aqua road, "garish pink
    stripes"; pink round fluoro green), the road takes the loud drum 30 to 70 degrees
    round the wheel from the furrows' ink that overprints cleanly with it (riso_overprint),
    the nearest to its old hue: pink with purple, pink with orange."""
    field, lane = inks[0], inks[1]
    (_, c0, h0), (_, c1, h1) = rgb_to_oklch(field), rgb_to_oklch(lane)
    if min(c0, c1) < 0.1 or hue_distance(h0, h1) <= 100:
        return inks
    options = []
    for ink in riso_overprint.SPARE:
        _, chroma, hue = rgb_to_oklch(ink)
        apart = hue_distance(hue, h0)
        if chroma >= 0.1 and 30 <= apart <= 70 and (dark or riso_overprint.clean(field, ink)):
            options.append((hue_distance(hue, h1), ink))
    if not options:
        return inks
    new = min(options)[1]
    return [new if ink == lane else ink for ink in inks]


def _sparse(plate: np.ndarray) -> np.ndarray:
    """A plate for black stock: its screened tones thinned to at most 0.3 (light dots
    on black past a third read as a checkerboard mesh), its solids and their
    anti-aliased edges kept."""
    solid = ndimage.binary_dilation(plate >= 0.97, iterations=2)
    return np.where(solid, plate, plate * np.float32(0.3)).astype(np.float32)


def printable(plates: list, inks: list, dark: bool) -> list:
    """The plates as the press takes them: on black stock their screens thinned
    (_sparse); on any stock a muddy pair knocked out (a fluoro pink over a fluoro
    green on black printed an olive band across Hands Up Tonight)."""
    return _knock_out([_sparse(p) for p in plates] if dark else plates, inks)


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The print at `size`, before the finish."""
    rng = raster.rng_for(direction, "riso")
    paper, inks = inks_for(direction)
    zone = calm_zone.title_zone(direction, raster.rng_for(direction, "riso-zone"))
    sheet = Sheet(calm_zone.away_from(zone), zone, rgb_to_oklch(paper)[0] < 0.5)
    motif = _motif(direction, rng)
    dark_ink = rgb_to_oklch(inks[1])[0] < rgb_to_oklch(inks[0])[0]
    if motif in SOLID_LEAD and not sheet.dark and dark_ink:
        inks = [inks[1], inks[0], inks[2]]  # solid letters and bars: the darker ink
    if motif == "road":
        inks = road_inks(inks, sheet.dark)
    plates, focal = MOTIFS[motif](direction, rng, sheet)
    plates, focal = riso_framing.frame(direction, motif, plates, focal, sheet)
    for k in (1, 2):  # a drum that repeats an earlier drum's ink prints a tint of it
        if inks[k] in inks[:k]:
            plates[k] = plates[k] * np.float32(0.32)  # at half it printed a checkerboard
    plates = printable(plates, inks, sheet.dark)
    cells = (22 + 16 * direction.density) * COARSE.get(motif, 1.0)  # coarse, clean dots
    gain = 0.05 + 0.25 * direction.loudness  # more pushed the tints to a checkerboard
    ink_rng = raster.rng_for(direction, "riso-ink")
    image = press(plates, inks, paper, size, ink_rng, (cells, gain))
    layout = riso_posters.arrangement(direction) if motif == "figure" else motif
    return Artwork(image, focal, layout)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the print at up to raster.work_size, the
    finish (grain) at full size. A halftone texture is the press's own screen: the
    finish's finer 45-degree screen over it printed a moire (and cost 8 ms at
    1024 px), so the print takes the grain alone."""
    art = _draw(direction, raster.work_size(size))
    image = raster.to_size(art.image, size)
    if direction.texture == "halftone":
        image = raster.grain(image, raster.rng_for(direction, "riso-finish"), 0.03)
    else:
        image = finish(image, direction, "riso", 0.03)
    return Artwork(image, art.focal, art.layout)


def sets_title(direction: ArtDirection) -> bool:
    """Every risograph cover prints its own title (riso_title)."""
    return True


# the contrast at a thumbnail a printed title must reach in the song's pick of the
# kit's inks (then the kit's most legible ink, then the typography's own): with
# riso_title.LEGIBLE (the ink against bare paper) as the bar, five of the bench's nine
# titles under 4.5:1 were risograph's, at 3.5 to 4.0 (round 14's sheet; two reviewers)
TITLE_READS = 4.5


def render_with_title(direction: ArtDirection, size: int) -> tuple[Image.Image, TitleLayout]:
    """The cover with its title printed as part of the print (riso_lettering): placed
    by the typography out of the focal box, in one of the kit's legible inks the song
    picks, and treated as the song picks: one clean drum, ghosted by a second drum off
    register, overprinted on the art, or knocked out of a slab of ink. Where that
    print reads under TITLE_READS at a thumbnail (a brown title crossing the
    art), the kit's ink that stands off the paper the most is tried, then the
    typography's own ink is set instead if it reads better. Which of the three is
    measured on the art scaled to MEASURED px (the thumbnail the bar is read at) and
    only the chosen one is printed at `size`; an export replays the delivered cover's
    choice."""
    art = render(direction, size)
    chosen = taken("riso-title")
    if chosen is None:
        chosen = _chosen_option(direction, art)
    keep("riso-title", chosen)
    return _printed_option(direction, art, chosen)


# the side the ink picks are measured at: the thumbnail TITLE_READS is read at. Printing
# each pick at 1024 px cost 130 ms of Blue Hour's 196 ms risograph cover, and the
# first pick failed the bar on 18 of 40 bench tracks (then all three were printed)
MEASURED = 256


def _title_draws(direction: ArtDirection) -> tuple[float, list[float]]:
    """The ghost's direction (radians) and the title's ink picks (riso_title.title_inks):
    the song's, then the kit's most legible; one option past the picks sets the
    typography's own ink."""
    rng = raster.rng_for(direction, "riso-title")
    turn = float(rng.uniform(0, 2 * np.pi))
    return turn, list(dict.fromkeys((float(rng.random()), 0.0)))


def _printed_option(direction: ArtDirection, art: Artwork, k: int) -> Printed:
    """The art with its title printed by option `k` of _title_draws' picks (past them:
    the typography's own ink)."""
    paper, inks = inks_for(direction)
    turn, picks = _title_draws(direction)
    if k >= len(picks):
        return set_title(art.image, direction, art.focal)
    lead_second = riso_title.title_inks(paper, inks, picks[k])
    return riso_lettering.printed(direction, (art.image, art.focal), paper, lead_second, turn)


def _chosen_option(direction: ArtDirection, art: Artwork) -> int:
    """Which option prints the title (_legible_option), measured on the art scaled to
    MEASURED px (the same place, size and treatment at a fraction of the cost). The
    measuring's own title decisions are not kept: an export replays only the chosen
    print's."""
    paper, inks = inks_for(direction)
    if riso_title.title_inks(paper, inks)[0] is None:  # no kit ink: the typography's
        return 0
    side = min(art.image.size[0], MEASURED)
    shown = Artwork(art.image.resize((side, side), Image.Resampling.BOX), art.focal, art.layout)
    count = len(_title_draws(direction)[1])
    with recording():
        option = functools.cache(lambda k: _printed_option(direction, shown, k))
        return _legible_option(option, count, side)


def _legible_option(option: Callable[[int], Printed], count: int, thumb: int) -> int:
    """The first of the title's `count` ink picks that reads TITLE_READS at the
    thumbnail, else the one that reads best of them and the typography's own ink
    (option `count`)."""
    reads = []
    for k in range(count):
        read = title_contrast(*option(k), thumb)
        if read >= TITLE_READS:
            return k
        reads.append(read)
    reads.append(title_contrast(*option(count), thumb))
    return int(np.argmax(reads))
