"""Mono grain: a grainy monochrome darkroom print of one big, simple form.

The print is one of sixteen skeletons. Seven in mono_prints: a backlit form against
a blown-out sky (a slab, a cathedral spire, a bare tree), light trails on a night road,
a huge pale disc (or crescent) over a stark horizon, a pine forest in four fog planes,
a curl of smoke on black (or seen close, its strands wide; for lo-fi the steam off
a cup of coffee), a brutalist tower block in hard light with one lit window row, or
a photogram (mono_photogram: what the title names laid on the paper, a house key
among gravel, salt crystals, a hand, shells, lace, a flower, a leaf, a feather, else a
thing the seed and genre choose; one large off an edge, a row or a scatter, white on
black). Three night photographs in mono_night: rain on a
night window (a street's lights out of focus across the whole wet pane, streaked by
runs), a figure under a street lamp with its long shadow, a crowd's raised hands
against stage light. One day print in mono_day for bright songs: summer rain on a
pond, rings spreading across pale water. A great hall (mono_hall: two rows of
columns, or a vault of round arches, running to a blown-out doorway, a throne or a
lone figure black in its light) for a title naming a king or crown and for cinematic
and classical music; a gothic nave (pointed arcades, a rose window) for a title
naming a cathedral; a leaden sky
(mono_sky: heavy cloud pressing on a low black land, one pale seam at the horizon, a
lone tree or figure) for doom, dark ambient and a title naming the sky. Three hard
ones for heavy music, each in its own module:
thorns (mono_thorns: a mirror-symmetric tangle of thorned branches, or one thorned
tree, bone on black like a woodcut), fire (mono_fire: one great fire of smooth
tongues in three nested tones, like a woodcut, alone or behind a black skyline of
pines or ruins) and estate (mono_estate: a tower block at night from its foot, or
square-on from across the road, one street lamp, lit windows and stairwell,
sometimes a chain-link fence, coarse grain).

genre and sub-genre -> which prints are likely (WEIGHTS; techno: trails,
architecture, photogram; black metal: forest, thorns, spire; death metal: thorns,
fire; doom: the leaden sky, the monolith, the disc (never fire); the monolith only
ever for dark, heavy music (HEAVY: metal, dark ambient, industrial, techno), never
latin, pop, R&B or children's; ambient: disc, photogram; jazz and blues: the lamp,
smoke; lo-fi: rain, steam off a cup (never the noir lamp); R&B: rain, the lamp;
hip-hop, reggaeton, gospel: the crowd; drill and trap: the estate, the lamp; smoke no
longer filler for every night genre); pines only for metal; trails, smoke, fire,
estate and the night prints only in a dark print; a high-key print of a night genre,
or of a bright song naming rain, the summer rain or the disc (AIRY);
a title naming coffee its steam; a calm family (classical, ambient, folk, pop, world)
prints high-key for a share of seeds (so its covers are not all one black field);
the seed -> the print among those and its framing; energy, density, brightness,
tempo and the energy curve -> the form's size, the number of trails, the skyline, the
lit row, the photogram's arrangement and its key's bitting, the hall's and nave's
bays, how far each thorned stem reaches, how high the fire burns, which windows are
lit; loudness -> contrast;
the genre -> the toning (neutral, cold selenium, cyanotype blue, warm platinum) and,
for techno, jazz and trap, a spot colour from the palette on the highlight; a light
palette or a bright genre -> a high-key print. The title's band stays calm: the print
puts its subject in the rest of the frame.

Retired: a close crop of dark water, one band of glints (two art directors read it as
a broken render), and low sun through a window or blind onto a dark wall (a skewed
four-pane patch an art director read as the Windows logo, N); the genres it served
(soul, gospel, lo-fi, jazz) lean on the smoke, the disc and the photogram.
"""

from __future__ import annotations

import re

import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import (
    mono_day,
    mono_estate,
    mono_fire,
    mono_fireworks,
    mono_hall,
    mono_night,
    mono_photogram,
    mono_prints,
    mono_scenes,
    mono_sea_city,
    mono_sky,
    mono_thorns,
)
from sleeve.engine.styles.cover_parts.calm_zone import title_band
from sleeve.engine.styles.cover_parts.mono_scenes import RES, airy
from sleeve.engine.styles.cover_parts.title_words import motifs

STYLE = StyleInfo(
    name="mono_grain",
    family="image",
    # R&B and soul list it (a curl of smoke is their photograph), but the rest of the
    # R&B family does not fit it: a grey feather on disco-funk (Mirrorball Boogie) and
    # a grey tower on reggaeton were graded N (lo-fi: a curl of steam is its own photo)
    fits=("metal", "ambient", "hiphop", "rock", "classical", "punk", "lofi"),
    # a long exposure of the display (mono_fireworks); rain on a night window and a
    # curl of smoke (a title naming one got the other: Blue Smoke its rain, rainy
    # window, 3am the smoke)
    subjects=("fireworks", "rain", "smoke", "crown", "cathedral", "cloud"),
    # never a children's song or a lullaby: grey rain rings on The Little Yellow Duck
    # (drawn for the water its title names) read as a funeral (round 17's sheet)
    never=("children", "lullaby"),
)
SUBJECT_LAYOUTS = {  # registry.draws_named
    "fireworks": ("fireworks",), "rain": ("rain", "ripples"), "smoke": ("smoke",),
    "crown": ("hall",), "cathedral": ("nave",), "cloud": ("sky",),
}  # fmt: skip

# reviewers read a glow behind a dark form on a hill as one picture
SKELETONS = {"monolith": "glow", "disc": "glow"}

# The grey scenes xerox collage copies onto its paste-ups (mono grain itself prints
# PRINTS now).
SCENES = {
    "forest": mono_scenes.forest,
    "ridge": mono_scenes.ridge,
    "star_trails": mono_scenes.star_trails,
    "figure": mono_scenes.figure,
    "stone": mono_scenes.stone,
    "eclipse": mono_scenes.eclipse,
    "streak": mono_sea_city.streak,
    "sea": mono_sea_city.sea,
    "towers": mono_sea_city.towers,
    "smoke": mono_sea_city.smoke,
}
PRINTS = {
    **mono_prints.PRINTS,
    **mono_night.PRINTS,
    **mono_day.PRINTS,
    **mono_hall.PRINTS,
    **mono_sky.PRINTS,
    "thorns": mono_thorns.thorns,
    "estate": mono_estate.estate,
    "fire": mono_fire.fire,
    "fireworks": mono_fireworks.fireworks,
    "photogram": mono_photogram.photogram,
}
# print weights by sub-genre, then by genre family; anything else draws from DEFAULT
WEIGHTS: dict[str, dict[str, float]] = {
    "black_metal": {"forest": 3, "thorns": 3, "monolith": 2, "fire": 1, "disc": 1},
    # a leaden sky, not a clip-art fire: Under a Leaden Sky got flames
    "doom_metal": {"sky": 3, "monolith": 2.5, "disc": 1},
    "death_metal": {"thorns": 4, "fire": 2, "monolith": 1.5, "forest": 1},
    "metal": {"forest": 2, "thorns": 1.5, "fire": 1.5, "monolith": 2, "disc": 1, "block": 0.5},
    "punk": {"block": 2, "trail": 1.5, "photogram": 1.5, "crowd": 1.5},
    "hardcore": {"block": 2, "photogram": 1.5, "crowd": 1.5, "trail": 1},
    "post_punk": {"photogram": 2, "block": 1.5, "lamp": 1.5, "disc": 1},
    "dream_pop": {"disc": 1.5, "photogram": 1.5, "rain": 1.2, "smoke": 0.6},
    "shoegaze": {"rain": 1.5, "smoke": 1, "disc": 1.5, "photogram": 1},
    "drill": {"estate": 3.5, "lamp": 1.5, "block": 1.5, "trail": 1},
    "trap": {"estate": 3, "lamp": 1.2, "crowd": 1.2, "smoke": 1, "trail": 1},
    "hiphop": {"crowd": 2, "lamp": 1.5, "block": 1.5, "trail": 1, "smoke": 0.6},
    "techno": {"trail": 2.5, "block": 1.5, "photogram": 1.5, "crowd": 1, "monolith": 1},
    "industrial": {"block": 2, "monolith": 2, "trail": 1},
    "idm": {"photogram": 3, "trail": 1, "block": 1},
    "dnb": {"trail": 3, "rain": 1.5, "block": 1.5},
    "dark_ambient": {"disc": 2, "sky": 1.5, "monolith": 1.5, "smoke": 0.5},
    "ambient": {"disc": 2.5, "photogram": 1.2, "rain": 0.8},
    "jazz": {"smoke": 1.5, "lamp": 2, "rain": 1, "photogram": 1, "trail": 0.8},
    "blues": {"lamp": 2, "smoke": 1.2, "trail": 1, "disc": 1},
    "rnb": {"rain": 2, "lamp": 1.5, "smoke": 1, "disc": 1},
    "gospel": {"crowd": 2, "disc": 1.5, "photogram": 1},
    # steam off a cup, not a noir street lamp (coffee & notebooks got the lamp)
    "lofi": {"rain": 2.5, "smoke": 2, "disc": 0.6},
    # a great hall for orchestral and cinematic music (Hall of Kings got a fern)
    "cinematic": {"hall": 3, "disc": 1},
    "classical": {"hall": 1.5, "disc": 1.5, "photogram": 1.2},
    "folk": {"disc": 2, "photogram": 1.2, "lamp": 0.8},  # no monolith: doom on a country song
    "reggaeton": {"crowd": 3, "lamp": 1},  # the dance floor's hands, not a fern
    "latin": {"crowd": 2.5, "lamp": 1, "trail": 1},
    "electronic": {"trail": 2, "crowd": 1.5, "photogram": 1.2, "block": 1.2, "monolith": 0.8},
    # no tower block: Thunderstruck Highway's was one of four on a sheet (2026-12-03)
    "rock": {"trail": 1.5, "crowd": 1.2, "disc": 1},
    # a summer pond, a pale disc, leaves: The Little Yellow Duck's was a tower block
    "children": {"ripples": 2, "disc": 1.2, "photogram": 1.5},
}
# anything else (pop, world, dance ...): every print but the pines
DEFAULT = {
    "disc": 0.9, "block": 0.5, "trail": 1.0, "photogram": 0.9, "smoke": 0.6, "ripples": 0.9,
    "rain": 1.0, "lamp": 1.0, "crowd": 1.0,
}  # fmt: skip
# never high-key: pale smoke is mush
DARK_ONLY = ("trail", "smoke", "estate", "fire", "rain", "lamp", "crowd")
# a high-key print for a genre whose table is all night: summer rain on a pond or the
# pale disc, never the fern on reggaeton, never the monolith (a doom picture on bossa)
AIRY = {"": ("ripples", "disc", "photogram"), "reggaeton": ("ripples", "disc")}
# the monolith is a doom picture: drawn only for dark, heavy music (by sub-genre, or
# the metal family), never for latin, bossa, pop, children's or R&B
HEAVY = frozenset({
    "doom_metal", "black_metal", "death_metal", "heavy_metal", "metal", "sludge",
    "dark_ambient", "drone", "industrial", "techno", "ebm", "darkwave",
})  # fmt: skip
# a title naming coffee or tea: its steam (mono_prints.smoke, a cup under it for lo-fi)
COFFEE = re.compile(r"\b(coffee|espresso|latte|tea|café|cafe|kaffee|caffè|cafecito)\b"
                    r"|コーヒー|珈琲|咖啡|커피|кофе|чай|قهوة|कॉफ़ी|กาแฟ", re.IGNORECASE)  # fmt: skip
# families whose prints are high-key for a share of seeds (KEY_SHARE): a light grain
# print of a hall, a disc or a frond; the night genres stay dark
# (not jazz: Blue Note for Ellis lost its curl of smoke on black to a pale fern)
KEYED = ("classical", "ambient", "folk", "pop", "world", "spoken", "children")
KEY_SHARE = 0.45
# day prints: only ever high-key (summer rain on a pond is no night picture)
DAY_ONLY = ("ripples",)
# the toning by sub-genre or family: (hue, chroma of the mid-tones, of the paper)
COLD = (250.0, 0.03, 0.012)
SELENIUM = (285.0, 0.018, 0.006)
PLATINUM = (75.0, 0.004, 0.022)  # warm paper, neutral mid-tones (a warm grey reads as mud)
NEUTRAL = (250.0, 0.004, 0.003)
CYANOTYPE = (245.0, 0.08, 0.02)
TONING: dict[str, tuple[float, float, float]] = {
    "drill": COLD, "dnb": COLD, "trap": SELENIUM, "black_metal": NEUTRAL, "doom_metal": SELENIUM,
    "jazz": PLATINUM, "blues": PLATINUM, "rnb": SELENIUM, "folk": PLATINUM, "country": PLATINUM,
    "ambient": CYANOTYPE, "dream_pop": SELENIUM, "techno": NEUTRAL, "idm": NEUTRAL,
}  # fmt: skip
SPOT = ("techno", "jazz", "trap", "industrial", "dnb", "electronic", "house", "edm")


def heavy(direction: ArtDirection) -> bool:
    """Whether the track is dark, heavy music, the only kind the monolith is drawn for."""
    return direction.language.subgenre in HEAVY or direction.genre == "metal"


def high_key(direction: ArtDirection) -> bool:
    """A pale print: an airy track always; for a calm family (KEYED) not heavy, a
    share of seeds, so its covers are not all a black field under a grey title (a
    title naming rain or smoke keeps its night print)."""
    if airy(direction):
        return True
    if direction.genre not in KEYED or heavy(direction):
        return False
    if {"rain", "smoke"} & set(motifs(direction.title)):  # named night subjects stay dark
        return False
    return raster.rng_for(direction, "mono-key").random() < KEY_SHARE


def pick_print(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The print, weighted by sub-genre or genre (loud songs lean to trails and
    architecture, quiet ones to the disc), chosen by the seed; fireworks whenever the
    title names them, rain or smoke when it names them and the print is dark
    (STYLE.subjects)."""
    named = motifs(direction.title)
    if "fireworks" in named:
        return "fireworks"
    if "crown" in named:  # a throne in a great hall
        return "hall"
    if "cathedral" in named:  # a gothic nave, its rose window (not the throne's hall)
        return "nave"
    if "cloud" in named:  # the sky, low and heavy
        return "sky"
    if not high_key(direction):  # rain and smoke are night prints (DARK_ONLY)
        for subject in ("rain", "smoke"):
            if subject in named:
                return subject
        if COFFEE.search(direction.title):  # steam off the cup (lo-fi) or a curl of smoke
            return "smoke"
    elif "rain" in named:  # a bright song's rain is a summer shower on a pond
        return "ripples"
    sub = direction.language.subgenre
    table = WEIGHTS.get(sub) or WEIGHTS.get(direction.genre) or DEFAULT
    names = [n for n in table if n != "forest" or direction.genre == "metal"]
    if not heavy(direction):  # the monolith is a doom picture
        names = [n for n in names if n != "monolith"]
    if high_key(direction):
        day = AIRY.get(sub, AIRY[""])
        # a pale print is no tower block (pop drew one in five once its prints went pale)
        names = [n for n in names if n not in DARK_ONLY and n != "block"] or list(day)
    else:
        names = [n for n in names if n not in DAY_ONLY]
    lean = {"trail": 1, "block": 1, "disc": -1}
    weights = np.array(
        [table.get(n, 1.0) * (1 + 0.8 * lean.get(n, 0) * (direction.loudness - 0.5)) for n in names]
    )
    return names[int(rng.choice(len(names), p=weights / weights.sum()))]


def _start(direction: ArtDirection) -> tuple[str, np.random.Generator]:
    """The print (the first draw of the style's rng) and that rng, to draw on."""
    rng = raster.rng_for(direction, "mono")
    return pick_print(direction, rng), rng


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return _start(direction)[0]


def _develop(tone: np.ndarray, direction: ArtDirection, light: bool) -> np.ndarray:
    """The print's contrast: an S-curve, harder for loud songs (deep blacks, clean
    highlights), gentler in a high key."""
    k = (4.0 if not light else 2.6) + 4.0 * direction.loudness
    tone = np.clip(tone, 0.0, 1.2)
    s = 1.0 / (1.0 + np.exp(-k * (tone - 0.5)))
    lo, hi = 1.0 / (1.0 + np.exp(k * 0.5)), 1.0 / (1.0 + np.exp(-k * 0.5))
    return np.clip((s - lo) / (hi - lo), 0.0, 1.0).astype(np.float32)


def _toning(direction: ArtDirection, rng: np.random.Generator, light: bool) -> np.ndarray:
    """The colour table of the print: neutral blacks, toned mid-tones and paper."""
    sub = direction.language.subgenre
    hue, mid, paper = TONING.get(sub, NEUTRAL)
    if sub == "ambient" and not light and rng.random() < 0.5:
        hue, mid, paper = SELENIUM
    if (hue, mid, paper) == NEUTRAL:  # the palette's own hue, barely there
        lit, chroma, h = rgb_to_oklch(direction.palette.background)
        if chroma > 0.02:
            hue, mid, paper = h, 0.008, 0.005
        if light:  # a high-key print on toned paper, never plain grey
            warm = 30.0 <= h <= 120.0  # a warm mid-tone is brown: warm paper only
            hue, mid, paper = (h, 0.025, 0.024) if chroma > 0.02 and not warm else PLATINUM
    black = oklch_to_rgb(0.1 if not light else 0.16, min(mid, 0.02), hue)
    return raster.color_lut(
        [black, oklch_to_rgb(0.55, mid, hue), oklch_to_rgb(0.96, paper, hue)], (0.0, 0.5, 1.0)
    )


def _spot(direction: ArtDirection) -> tuple[int, int, int] | None:
    """The spot colour of the highlight, from the palette's accent, where the genre
    takes one and the accent is a colour."""
    if direction.language.subgenre not in SPOT and direction.genre not in ("electronic",):
        return None
    lit, chroma, hue = rgb_to_oklch(direction.palette.accent)
    if chroma < 0.08:
        return None
    return raster.vivid(direction.palette.accent, max(lit, 0.62), max(chroma, 0.16))


def _grid(rng: np.random.Generator) -> mono_scenes.Grid:
    """The grid of a print at RES, its fog noise drawn small and scaled up (the prints
    use it only for soft mottling)."""
    c = (np.arange(RES, dtype=np.float32) + 0.5) / RES
    fog = raster.upscale(raster.fractal_noise(rng, cells=3, octaves=3, res=128), RES)
    return mono_scenes.Grid(c[None, :], c[:, None], fog.astype(np.float32))


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the mono-grain cover (RGB, size x size)."""
    name, rng = _start(direction)
    g = _grid(rng)
    light = high_key(direction) and name != "fireworks"  # a display is always at night
    side = title_band(direction, raster.rng_for(direction, "mono-title"))
    tone, focal, spot = PRINTS[name](direction, rng, g, side, light)
    tone = _develop(np.asarray(tone, np.float32), direction, light)
    grey = Image.fromarray((tone * 255 + 0.5).astype(np.uint8), "L")
    if grey.size != (size, size):  # scaled as one channel, toned after: a third the work
        grey = grey.resize((size, size), Image.Resampling.BILINEAR)
    lut = _toning(direction, rng, light)
    img = Image.merge("RGB", [grey.point(lut[:, c].tolist()) for c in range(3)])
    colour = _spot(direction)
    if colour is not None and spot is not None:
        mask = raster.to_image(np.clip(spot, 0, 1))
        if mask.size != (size, size):
            mask = mask.resize((size, size), Image.Resampling.BILINEAR)
        img = Image.composite(Image.new("RGB", img.size, colour), img, mask)
    return Artwork(finish(img, direction, "mono", 0.055), focal, name)
