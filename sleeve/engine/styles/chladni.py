"""Chladni: sand on a plate rung from the song, as in Jenny's Cymatics photographs. The
sand figure is the image (round 19: an art director scored the style 4/10 for "the same
disc in a corner", read as food, a face or a planet, with too much empty black): the
whole cover one square plate, a giant plate rung through the song under the title, the
sand over the whole cover under a lamp, a giant plate rising from a corner, or one
photographed at a turn; for electronic music a cymascope.

The loudest spectrum bands, the key's tonic and the seed -> the modes (chladni_cymatics:
two square-plate cosine pairs of even numbers; round plates n and 2n diameters with the
ring mode), so different songs ring different figures; energy -> a step finer; the
tempo -> how much of the field's plate the frame sees; turbulence, energy, the genre and
the seed -> one of the compositions, calm to busy: field (the whole cover one square
plate wider than the frame, the figure's centre below the title), sweep (one giant round
plate rung through the song entering from a side edge, the title in the free corner:
time runs down it from the top, big open knots where the energy curve is quiet, small
dense cells where it is loud), lamp (the sand over the whole cover on black metal under
one lamp; dark covers only), dome (a giant plate rising from the bottom across the
width like a horizon under a title above it, seen close or whole by the song; not for
quiet songs nor titles at the bottom; round 21: the sweep and the dome both read as "a
disc off the top, title below"), angle (a square plate photographed at a turn, dark covers now and
then), and for electronic music the cymascope (chladni_frames draws the field, the lamp
and the dome). Children's songs, tropical music and jingles get bright ink on paper.
Retired (RETIRED): the whole plate small against one side and the suite's row of small
plates (round 19: a disc in a corner, biscuits on a table); the song's sections as two
or three overlapping lace plates (busy; plates alike from track to track), the level and
slanted bars (tape or carpet runners), the corner and the rising plate (with the whole
one, the same disc of pattern on every track), the small plate alone in a wide field (a
postage stamp at 64 px), the crop (one figure cropped huge) and the chart of six plates
(both read as texture swatches with no focal shape), the plate seen low across to a
horizon (squashed to an oval: a plate, a skull, an ear) and the spread's low modes
(noughts and crosses); before them the thick-lined fullbleed, series and pale plates
(wheels, crosshairs and sigils), the bench's tilted plate (a brownie, a pan, a rug), the
boxed plate of a low mode (an app icon), the atlas of sixteen badges, the closeup's
glowing rings; earlier the cropped sand photograph and the linocut blocks, the coloured
prints, the confetti sand, the lace, the steel plate, the drum, the violin and guitar
tops, the relief, dust, photo, macro, specimen, framed, tilted and poster plates, the
sheet, the disc and the engraving.

Colour is 60/30/10 from the palette: a calm field for the title, a saturated plate, sand
that reads on it, and a second ink. Dark moods print pale sand on a deep plate (gold for
classical, the warm hue itself on a night when the palette is warm, as deep warm hues go
brown); the water's ring light is the sand's hue and the second ink; the plates are near
black with pale sand. A vivid field the language chose (neon, gold, electric blue)
keeps its colour: such a cover gets the whole plate or the frieze (deep in the field's
hue, brass on yellow) on that field, never the water.
Each picture keeps the band the title's layout prefers quiet. Without audio the bands
come from a synthesized spectrum (see signals).
"""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import from_hex, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.scripts import is_cjk
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import chladni_frames as frames
from sleeve.engine.styles.cover_parts import chladni_layouts as lay
from sleeve.engine.styles.cover_parts import chladni_material as material
from sleeve.engine.styles.cover_parts import chladni_scenes as scenes
from sleeve.engine.styles.cover_parts.calm_zone import title_band, title_reach

STYLE = StyleInfo(
    name="chladni",
    family="graphic",
    # an acoustics figure: classical and chamber (modern classical), ambient, IDM and
    # experimental (the "idm" language); not jazz, world or children's songs
    fits=("classical", "ambient", "idm"),
    music=True,
    weight=0.6,
)

# compositions reviews retired, none drawn: the lace's clamped plate and its stark steel
# plate read as cookware, the drum as a stock icon, the violin and guitar tops as
# clip-art cut-outs
RETIRED = ("lace", "steel", "violin", "guitar", "drum")
RETIRED += ("relief", "dust", "photo", "macro", "specimen", "plate", "tilt", "poster")
RETIRED += ("sheet", "disc", "engrave")
# two art directors read the coloured prints and the coloured sand as leopard print,
# cheese, giraffe print or microbes
RETIRED += ("roundel", "strip", "reduction", "bleed", "confetti")
# the sand cropped past the plate and the linocut: many loops that read as squiggles
RETIRED += ("sand", "print")
# the boxed whole plate (an app icon), the atlas grid of small plates (a sheet of badges)
# and the closeup's glowing rings on black (the same picture as the water's)
RETIRED += ("figure", "atlas", "closeup")
# two art directors: the thick-lined figures read as wheels, crosshairs, dartboards,
# gun sights and occult sigils, the series of panels as one layout on every track
RETIRED += ("fullbleed", "series", "pale")
# two art directors: the bench's tilted plate on its stand read as an object (a brownie,
# a pan, a rug)
RETIRED += ("bench",)
# two art directors: the plate seen low across read as a plate, a skull or an ear
# (squashed to an oval), the spread's low modes as noughts and crosses
RETIRED += ("horizon", "spread")
# two art directors: the crop and the chart of six plates read as texture swatches with
# no focal shape
RETIRED += ("crop", "chart")
# two art directors: the small plate alone in a wide field read as a postage stamp that
# shrinks to a dot at 64 px
RETIRED += ("small",)
# the round 9 art directors: the corner and the rising plate drew "the same disc of
# pattern" as the whole one, a round plate of lines on every track
RETIRED += ("corner", "rise")
# the round 10 art directors: the level and slanted bars read as tape or carpet runner
# strips on pale fields
RETIRED += ("frieze", "sash")
# the round 11 art directors: the song's sections as two or three overlapping lace
# plates read as busy (buttons, cookies), the plates alike from track to track
RETIRED += ("modes",)
# the round 19 art director (4/10): the whole plate small against one side and the
# suite's row of small plates read as "the same disc in a corner", food (biscuits on a
# table), a face or a planet, with too much empty ground round them
RETIRED += ("whole", "suite")
LAYOUTS = ("field", "angle", "sweep", "cymascope", "lamp", "dome")
GLOWING = ("electronic", "synthwave")  # the only families the water's ring light suits
# children's songs, tropical music and jingles: white sand on bright primary plates on
# paper; never the black plate or the neon water
JOYFUL_SUBGENRES = ("children", "lullaby", "tropical", "jingle")
# hard music never gets the glowing water: bone sand on near-black plates
STARK_FAMILIES = ("metal", "punk")
STARK_SUBGENRES = ("post_punk", "grunge", "industrial", "drill", "rock")
# calm to busy: the whole cover one square plate, the plate rung through the song, the
# sand over the whole cover under a lamp, a giant plate rising from a corner (round 17:
# three covers in four were one disc centred on plain ground; round 19: the figure too
# small, in a void)
FRAMINGS = ("field", "sweep", "lamp", "dome")
BRIGHT = ("field", "sweep", "dome")  # paper or a vivid field: no black metal
QUIET = 0.3  # below this energy no plate rises from the corner
ANGLED = 0.18  # the share of dark covers that photograph the plate at an angle
DRAW = {**lay.DRAW, "field": frames.field, "angle": scenes.angle, "sweep": scenes.sweep}
DRAW |= {"lamp": frames.lamp, "dome": frames.dome}
JOY = ("#FF595E", "#FFCA3A", "#8AC926", "#1982C4")  # children's primaries


def _track_bands(direction: ArtDirection) -> tuple[int, int]:
    """The song's two loudest band peaks, moved along by its key's tonic."""
    a, b = signals.dominant_bands(direction, 2, bands=24)
    tonic = int(np.argmax(signals.chroma(direction)))
    return a + tonic, b + 2 * tonic


def _gold(direction: ArtDirection) -> RGB:
    """The palette's own gold or yellow where it has one, else a leaf gold."""
    for colour in (direction.palette.background, *direction.palette.colors):
        _, chroma, hue = rgb_to_oklch(colour)
        if chroma > 0.06 and 65 <= hue <= 105:
            return raster.tone(colour, 0.84, 0.13)
    return oklch_to_rgb(0.82, 0.11, 84.0)


def _inks(direction: ArtDirection) -> lay.Inks:
    """The cover's colours (see _palette_inks) and, but for joyful music and a vivid
    field the language chose, the song's material (chladni_material: gold on black
    only for a dim minor song)."""
    inks = _palette_inks(direction)
    # light or dark (an electric blue night stays itself): festival EDM's neon is kept
    vivid = rgb_to_oklch(inks.field)[1] >= raster.VIVID_FIELD
    if joyful(direction) or vivid:
        return inks
    return material.dress(direction, inks, stark(direction))


def _palette_inks(direction: ArtDirection) -> lay.Inks:
    """The cover's colours by genre and mood, 60/30/10. Metal: bone on black. A dark
    mood: pale marks on a deep, saturated mass of the palette's most colourful hue
    (gold marks for classical) over a night of the same hue. A light one: paper sand
    on a saturated plate (or the language's own vivid field, with a near-black plate
    on it). The accent is the palette's second hue, clean (ash for metal)."""
    pal = direction.palette
    if joyful(direction):  # white sand on a bright primary plate, on paper
        one, two = primaries(direction)
        paper = oklch_to_rgb(0.965, 0.018, rgb_to_oklch(pal.background)[2])
        return lay.Inks(paper, one, paper, two, False)
    hues = (*pal.colors, pal.accent)
    lead = max(hues, key=lambda c: rgb_to_oklch(c)[1])
    plates = [c for c in hues if not 70 <= rgb_to_oklch(c)[2] <= 130]  # deep yellow: olive
    plate = max(plates, key=lambda c: rgb_to_oklch(c)[1]) if plates else lead
    accent = _second(hues, plate)
    if direction.genre == "metal":
        night = raster.tone(pal.background, 0.1, 0.006)
        bone = raster.tone(pal.colors[1 % len(pal.colors)], 0.86, 0.02)
        ash = raster.tone(pal.colors[0], 0.46, 0.012)  # the second ink is ash, never a hue
        return lay.Inks(night, raster.tone(pal.background, 0.16, 0.01), bone, ash, True)
    if compose.dark_field(rgb_to_oklch(pal.background)[0]) or direction.valence < 0.35:
        cool = [
            c for c in hues if not 30 <= rgb_to_oklch(c)[2] <= 130 and rgb_to_oklch(c)[1] > 0.05
        ]
        if direction.genre == "classical":
            mark = _gold(direction)
        elif cool:  # deep blue, violet, green or red: pale marks on it
            mark = raster.tone(pal.accent, 0.94, 0.03)
        else:  # a warm palette goes brown when deep: its warm hue glows on a night
            mark = raster.vivid(lead, 0.8, 0.15)
        deep = max(cool, key=lambda c: rgb_to_oklch(c)[1]) if cool else pal.background
        mass = raster.tone(deep, 0.3, 0.14) if cool else raster.tone(deep, 0.23, 0.02)
        night = raster.tone(deep, 0.13, 0.04)
        if rgb_to_oklch(pal.background)[1] >= raster.VIVID_FIELD and direction.valence >= 0.35:
            night = pal.background  # an electric blue field stays itself, not a night
            mass = raster.tone(pal.background, 0.3, 0.14)
        return lay.Inks(night, mass, mark, accent, True)
    field = raster.ground(pal.background, 0.95, 0.02)
    if rgb_to_oklch(field)[1] >= raster.VIVID_FIELD:  # neon, gold, primaries: keep it
        ink = min((*hues, pal.background), key=lambda c: rgb_to_oklch(c)[0])
        return lay.Inks(field, raster.tone(ink, 0.17, 0.03), field, accent, False)
    if rgb_to_oklch(plate)[1] < 0.04:  # a grey palette prints black, never mid grey
        return lay.Inks(field, raster.tone(plate, 0.19), field, accent, False)
    orange = 35 <= rgb_to_oklch(plate)[2] < 75  # a deep orange reads as rust or brick
    mass = raster.vivid(plate, 0.64 if orange else 0.5, 0.17)
    sand = _gold(direction) if direction.genre == "classical" and not orange else field
    return lay.Inks(field, mass, sand, accent, False)


def _second(hues: tuple[RGB, ...], lead: RGB) -> RGB:
    """A clean accent: the palette's most colourful hue at least 60 degrees from the
    lead's (the lead itself when there is none), lifted if yellow."""
    hue = rgb_to_oklch(lead)[2]

    def apart(c: RGB) -> float:
        turn = abs((rgb_to_oklch(c)[2] - hue + 180) % 360 - 180)
        return rgb_to_oklch(c)[1] * min(1.0, turn / 60)

    other = max(hues, key=apart)
    second = other if rgb_to_oklch(other)[1] > 0.04 else lead
    grey = rgb_to_oklch(second)[1] <= 0.04
    return raster.tone(second, 0.62, 0.0) if grey else raster.vivid(second, 0.68, 0.16)


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing, from
    a generator of its own: one of the framings (see _framings), calm to busy by the
    turbulence and energy, spread by the seed; on a dark cover now and then the plate
    at an angle (on paper it read as a rug); the glowing water only for electronic
    music (its rings on black came back across genres). Joyful music and a vivid field
    get plates on paper or on the field, never the water, the angle or black metal."""
    rng = raster.rng_for(direction, "chladni-layout")
    lean = 0.65 * direction.turbulence + 0.35 * direction.energy
    # the seed spreads the lean: most songs sit mid-way, and the middle framing took a
    # third of the bench's covers
    lean = 0.55 * lean + 0.45 * float(rng.random())
    inks = _inks(direction)
    bright = joyful(direction) or (
        not stark(direction) and rgb_to_oklch(inks.field)[1] >= raster.VIVID_FIELD
    )
    glowing = not bright and direction.genre in GLOWING and not stark(direction)
    if glowing and rng.random() < 0.3:
        return "cymascope"
    if not bright and inks.dark and rng.random() < ANGLED:
        return "angle"
    return compose.pick(rng, _framings(direction, inks.dark and not bright), lean)


def _framings(direction: ArtDirection, dark: bool) -> tuple[str, ...]:
    """The framings a song may get, calm to busy: black metal under a lamp only on a
    dark cover; the giant rising plate not for a quiet song (it reads as a swell) nor
    under a title set at the bottom (render draws the same band)."""
    names = FRAMINGS if dark else BRIGHT
    # the dome is a horizon rising from the bottom under a title above it (round 21:
    # hung from the top over the title it was one more "disc off the top, title below")
    below = title_band(direction, raster.rng_for(direction, "chladni")) == "bottom"
    if direction.energy < QUIET or below:
        names = tuple(n for n in names if n != "dome")
    return names


def primaries(direction: ArtDirection) -> list[RGB]:
    """Two clean, bright hues for joyful music (the plate and the second ink): the
    palette's most colourful hues at least 60 degrees apart, made vivid, topped up
    from the children's primaries."""
    found: list[RGB] = []
    pal = direction.palette
    options = sorted((*pal.colors, pal.accent, pal.background), key=lambda c: -rgb_to_oklch(c)[1])
    options += [from_hex(h) for h in JOY]
    for c in options:
        _, chroma, hue = rgb_to_oklch(c)
        apart = all(abs((hue - rgb_to_oklch(f)[2] + 180) % 360 - 180) >= 60 for f in found)
        if chroma > 0.08 and apart:
            found.append(raster.vivid(c, 0.66, 0.18))
        if len(found) == 2:
            break
    return found


def joyful(direction: ArtDirection) -> bool:
    """Whether the music is for children, tropical or a jingle: bright and light."""
    return direction.genre == "children" or direction.language.subgenre in JOYFUL_SUBGENRES


def stark(direction: ArtDirection) -> bool:
    """Whether the music is hard (metal, punk, post-punk, grunge, industrial, drill,
    rock): no glowing water, bone sand on near-black plates."""
    sub = direction.language.subgenre
    return direction.genre in STARK_FAMILIES or sub in STARK_SUBGENRES


def _band(direction: ArtDirection) -> float:
    """Where the title's calm band ends: deep enough for the title's block (two or
    three lines of a big face reach past the usual 0.3), at most half the cover."""
    return float(np.clip(title_reach(direction) + 0.05, 0.3, 0.5))


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the Chladni cover (RGB, size x size)."""
    name = layout_of(direction)
    rng = raster.rng_for(direction, "chladni")
    side = title_band(direction, rng)
    mirror = bool(rng.random() < 0.5)
    if is_cjk(direction.title) and direction.layout == "vertical":
        mirror = True  # CJK columns stand at the right: the plates, drawn right, go left
    inks = _inks(direction)
    work = raster.work_size(size)
    img = Image.new("RGB", (work, work), inks.field)
    key = (*_track_bands(direction), int(rng.integers(1 << 16)))
    turn = float(rng.uniform(0, 2 * np.pi))
    sheet = lay.Sheet(img, direction, rng, inks, key, turn, _band(direction), stark(direction))
    sheet = dataclasses.replace(sheet, joy=joyful(direction), flips=(side == "bottom", mirror))
    x0, y0, x1, y1 = DRAW[name](sheet)
    flips = {
        (True, False): Image.Transpose.FLIP_TOP_BOTTOM,  # drawn with the title's band at the top
        (False, True): Image.Transpose.FLIP_LEFT_RIGHT,
        (True, True): Image.Transpose.ROTATE_180,  # both flips in one pass
    }
    if (side == "bottom", mirror) in flips:
        img = img.transpose(flips[(side == "bottom", mirror)])
    if side == "bottom":
        y0, y1 = 1.0 - y1, 1.0 - y0
    if mirror:
        x0, x1 = 1.0 - x1, 1.0 - x0
    img = raster.to_size(img, size)
    return Artwork(
        finish(img, direction, "chladni", 0.02), compose.clip_box((x0, y0, x1, y1)), name
    )
