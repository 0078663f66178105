"""Riso inks and stocks: the real drum colours a risograph prints, and which two or
three of them a track gets on which paper, from its genre.

Each genre has a kit: the papers it prints on and the ink sets it may use. Drill and
trap print black and one hard ink (bright red, orange, federal blue) on grey or
newsprint, or bone and a hard ink inverted on black stock; metal prints black on
bone or bone on black; pop prints fluoro pink with blue, teal or sunflower, k-pop
pastels; house, rave and hyperpop fluoro; children primaries and fluoro pink; jazz
black and one spot colour. The seed picks the paper and the set and trades the
inks' roles, so two tracks of a genre differ; a genre without a kit takes the inks
nearest its palette's hues on a paper from its background.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.color import hue_distance, mix, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB, tone
from sleeve.engine.styles.cover_parts.title_words import motifs, names_fire

INKS: dict[str, RGB] = {  # Riso drum colours
    "fluoro_pink": (255, 72, 176),
    "fluoro_orange": (255, 116, 119),
    "fluoro_green": (68, 214, 44),
    "scarlet": (241, 60, 70),  # bright red
    "orange": (255, 108, 47),
    "sunflower": (255, 181, 17),
    "yellow": (255, 232, 0),
    "green": (0, 169, 92),
    "hunter": (64, 112, 96),
    "teal": (0, 131, 138),
    "mint": (130, 216, 213),
    "aqua": (94, 200, 229),
    "cornflower": (98, 168, 229),
    "blue": (0, 120, 191),
    "federal": (61, 85, 136),
    "purple": (118, 91, 167),
    "lavender": (190, 170, 232),
    "pink": (255, 158, 205),
    "burgundy": (145, 40, 70),
    "brown": (146, 95, 82),
    "black": (28, 28, 32),
    "bone": (232, 226, 212),  # an opaque light ink, for black stock only
}
PASTELS = ("mint", "aqua", "cornflower", "lavender", "pink")
HARD = ("black", "bone", "scarlet", "orange", "federal", "burgundy", "purple")

WHITE, CREAM, NEWSPRINT, GREY = (246, 244, 238), (240, 231, 210), (224, 219, 205), (176, 177, 178)
KRAFT, BONE, BLACK = (198, 168, 128), (230, 224, 210), (17, 17, 19)
NAVY, AUBERGINE = (22, 27, 48), (34, 20, 36)  # night stocks
BLUSH, SKY, LEMON = (248, 222, 226), (220, 232, 242), (250, 238, 170)

# genre -> (papers, ink sets); a set of two prints its third drum in the first ink
Kit = tuple[tuple[RGB, ...], tuple[tuple[str, ...], ...]]
HARD_SETS = (("scarlet", "black"), ("orange", "black"), ("federal", "black"))
GENRES: dict[str, Kit] = {
    "drill": ((GREY, NEWSPRINT, BLACK), HARD_SETS),
    "trap": (
        (GREY, BLACK, NEWSPRINT),
        (("scarlet", "black"), ("purple", "black"), ("orange", "black")),
    ),
    "hiphop": (
        (KRAFT, CREAM),
        (("scarlet", "black"), ("burgundy", "black"), ("federal", "sunflower")),
    ),
    "metal": ((BONE, BLACK), (("black",), ("black", "burgundy"))),
    "black_metal": ((BONE, BLACK, GREY), (("black",),)),
    "death_metal": ((BONE, BLACK), (("black", "burgundy"),)),
    "doom_metal": ((BONE, BLACK), (("black", "burgundy"), ("black", "brown"))),
    "post_punk": ((BLACK, BONE, GREY), (("black", "scarlet"), ("black", "federal"), ("black",))),
    "punk": (
        (NEWSPRINT, WHITE),
        (("fluoro_pink", "black"), ("yellow", "black"), ("fluoro_pink", "yellow", "black")),
    ),
    "hardcore": (
        (NEWSPRINT, GREY),
        (("fluoro_pink", "black"), ("scarlet", "black"), ("yellow", "black")),
    ),
    "pop": (
        (WHITE, BLUSH, SKY),
        (
            ("fluoro_pink", "blue"),
            ("fluoro_pink", "sunflower"),
            ("teal", "fluoro_pink"),
            ("pink", "aqua"),
        ),
    ),
    "kpop": (
        (WHITE, BLUSH, SKY),
        (("pink", "cornflower"), ("lavender", "mint"), ("pink", "aqua", "yellow")),
    ),
    "bedroom_pop": (
        (BLUSH, WHITE, SKY),
        (("pink", "lavender"), ("cornflower", "pink"), ("mint", "fluoro_pink")),
    ),
    "jpop": ((WHITE, SKY), (("fluoro_pink", "aqua"), ("blue", "yellow"), ("pink", "cornflower"))),
    "city_pop": (
        (WHITE, SKY),
        (("aqua", "fluoro_pink"), ("blue", "fluoro_orange"), ("cornflower", "fluoro_pink")),
    ),
    "hyperpop": (
        (WHITE, BLACK),
        (("fluoro_pink", "fluoro_green"), ("fluoro_pink", "aqua", "yellow")),
    ),
    "house": (
        (WHITE, BLACK, LEMON),
        (("fluoro_pink", "yellow"), ("fluoro_green", "fluoro_pink"), ("orange", "blue")),
    ),
    "edm": (
        (WHITE, BLACK),
        (("fluoro_pink", "fluoro_green"), ("yellow", "fluoro_pink"), ("aqua", "fluoro_pink")),
    ),
    "techno": ((GREY, WHITE, BLACK), (("black", "scarlet"), ("black", "yellow"), ("black",))),
    "idm": ((WHITE, GREY), (("black", "scarlet"), ("black", "blue"), ("black",))),
    "dnb": ((BLACK, GREY), (("bone", "orange"), ("orange", "black"), ("federal", "orange"))),
    "electronic": (
        (WHITE, GREY),
        (("black", "scarlet"), ("blue", "yellow"), ("black", "fluoro_pink")),
    ),
    "jazz": ((CREAM, WHITE), (("black", "blue"), ("black", "orange"), ("black", "scarlet"))),
    "folk": (
        (CREAM, KRAFT),
        (("scarlet", "hunter"), ("teal", "sunflower"), ("federal", "scarlet"), ("teal", "orange")),
    ),
    "country": (
        (CREAM, KRAFT),
        (("scarlet", "federal"), ("scarlet", "sunflower"), ("scarlet", "black")),
    ),
    "lofi": (
        (CREAM, NEWSPRINT, SKY),
        (("orange", "federal"), ("teal", "fluoro_orange"), ("cornflower", "sunflower")),
    ),
    "ambient": (
        (WHITE, NEWSPRINT, SKY),
        (("federal", "mint"), ("cornflower",), ("teal", "lavender")),
    ),
    "dark_ambient": ((BLACK, GREY), (("bone", "federal"), ("bone",), ("black", "federal"))),
    "classical": ((WHITE, CREAM), (("black", "burgundy"), ("federal", "sunflower"), ("black",))),
    "chamber": (
        (WHITE, CREAM, NEWSPRINT),
        (("black", "federal"), ("federal",), ("black", "burgundy")),
    ),
    "cinematic": (
        (BLACK, CREAM),
        (("bone", "sunflower"), ("federal", "sunflower"), ("black", "orange")),
    ),
    "rnb": (
        (CREAM, KRAFT),
        (("burgundy", "sunflower"), ("burgundy", "fluoro_orange"), ("purple", "pink")),
    ),
    "funk": (
        (WHITE, LEMON),
        (("fluoro_pink", "sunflower"), ("orange", "purple"), ("aqua", "fluoro_pink")),
    ),
    "gospel": (
        (WHITE, CREAM),
        (("purple", "sunflower"), ("federal", "sunflower"), ("scarlet", "federal")),
    ),
    "reggae": (
        (BLACK, CREAM),
        (("scarlet", "yellow", "green"), ("yellow", "green"), ("scarlet", "black")),
    ),
    "latin": (
        (WHITE, CREAM),
        (("fluoro_pink", "teal"), ("scarlet", "sunflower"), ("orange", "federal")),
    ),
    "reggaeton": (
        (WHITE, BLACK),
        (("fluoro_pink", "teal"), ("fluoro_pink", "black"), ("aqua", "fluoro_pink")),
    ),
    "tropical": (
        (WHITE, LEMON),
        (("fluoro_pink", "fluoro_green"), ("fluoro_pink", "yellow", "teal")),
    ),
    "bossa": ((WHITE,), (("scarlet", "black"),)),  # Elenco: black and red (black alone: mud)
    "afrobeats": ((CREAM, KRAFT), (("orange", "green"), ("scarlet", "sunflower", "green"))),
    "bollywood": ((KRAFT, CREAM), (("orange", "sunflower", "scarlet"), ("fluoro_pink", "orange"))),
    "arabic": (
        (CREAM, WHITE),
        (("scarlet", "federal"), ("sunflower", "federal"), ("scarlet", "sunflower")),
    ),
    "world": ((CREAM, KRAFT), (("orange", "teal"), ("scarlet", "federal"), ("green", "sunflower"))),
    "synthwave": ((BLACK,), (("fluoro_pink", "aqua"), ("fluoro_pink", "sunflower"))),
    "vaporwave": ((BLUSH, SKY), (("pink", "aqua"), ("lavender", "fluoro_pink"))),
    "shoegaze": ((BLUSH, WHITE), (("fluoro_pink", "purple"), ("pink", "lavender"))),
    # lavender and pink on white printed washed out (Glass City): a deep ink leads
    "dream_pop": (
        (SKY, BLUSH),
        (("purple", "fluoro_pink"), ("federal", "pink"), ("blue", "fluoro_pink")),
    ),
    "psychedelic": ((CREAM, LEMON), (("orange", "purple", "green"), ("fluoro_pink", "teal"))),
    "rock": ((NEWSPRINT, BLACK), (("scarlet", "black"), ("yellow", "black"), ("bone", "scarlet"))),
    "children": (
        (WHITE, CREAM),
        (("scarlet", "yellow", "blue"), ("fluoro_pink", "yellow", "blue"), ("green", "scarlet")),
    ),
    "jingle": ((WHITE,), (("blue", "yellow"), ("scarlet", "blue"))),
}
LIGHT = tuple(name for name in INKS if name not in ("bone", "black"))
# on night stock a dark drum would vanish: it prints its light sister
BY_NIGHT = {
    "black": "bone",
    "federal": "cornflower",
    "blue": "aqua",
    "teal": "mint",
    "hunter": "mint",
    "purple": "lavender",
    "burgundy": "scarlet",
    "brown": "orange",
    "green": "fluoro_green",
}
# what a title on fire prints: warm inks (a heart of fire got teal dots on cream)
FIRE_SETS = (("scarlet", "sunflower"), ("orange", "scarlet", "yellow"), ("scarlet", "orange"))
SUN_INKS = ("sunflower", "orange", "yellow")  # the lead ink of a title that names the sun


def on_fire(direction: ArtDirection) -> bool:
    """Whether the title names fire (in any script; title_words.FIRE)."""
    return names_fire(direction.title)


def _lch(name: str) -> tuple[float, float, float]:
    return rgb_to_oklch(INKS[name])


def _nearest(names: tuple[str, ...], colour: RGB) -> str:
    """The ink whose hue is nearest the colour's (greys go to the first ink)."""
    chroma, hue = rgb_to_oklch(colour)[1:]
    if chroma < 0.03:
        return names[0]
    return min(names, key=lambda n: hue_distance(_lch(n)[2], hue))


def genre_key(direction: ArtDirection) -> str:
    """The ink table's genre for a track: its subgenre where listed, else its family."""
    sub = direction.language.subgenre
    if sub in GENRES:
        return sub
    return direction.genre if direction.genre in GENRES else ""


def _from_palette(direction: ArtDirection) -> tuple[RGB, tuple[str, ...]]:
    """A paper from the palette's background and the inks nearest its hues."""
    pal = direction.palette
    a = _nearest(LIGHT, pal.colors[0])
    apart = tuple(n for n in LIGHT if hue_distance(_lch(n)[2], _lch(a)[2]) > 60)
    b = _nearest(apart, pal.accent)
    if compose.dark_field(rgb_to_oklch(pal.background)[0]):
        return tone(pal.background, 0.16, 0.02), ("bone", a)
    return tone(pal.background, 0.95, 0.018), (a, b)


def choose(direction: ArtDirection, rng: np.random.Generator) -> tuple[RGB, list[RGB]]:
    """The paper and three inks of a print (a two-ink set repeats its first ink on
    the third drum). On black stock an ink set leads with its light ink (bone for
    black), so the print reads inverted. A night title prints on night stock (black,
    navy or aubergine) in light inks; a title on fire prints warm inks; a title that
    names the sun leads with a sun's ink."""
    kit = GENRES.get(genre_key(direction))
    if kit is None:
        paper, names = _from_palette(direction)
    else:
        paper = kit[0][int(rng.integers(len(kit[0])))]
        names = kit[1][int(rng.integers(len(kit[1])))]
    if on_fire(direction):
        names = FIRE_SETS[int(rng.integers(len(FIRE_SETS)))]
        paper = paper if rgb_to_oklch(paper)[0] < 0.5 or rng.random() < 0.5 else BLACK
    sunny = "sun" in motifs(direction.title) and not direction.night
    if sunny:
        # a sunny title's sun in a sun's ink: Солнечный день's figure in blue read as
        # "a virus" to both end reviewers
        lead = SUN_INKS[int(rng.integers(len(SUN_INKS)))]
        names = (lead, *(n for n in names if n != lead))[:3]
    if direction.night:  # night tracks print on dark stock, never a bright cream
        if rgb_to_oklch(paper)[0] >= 0.5:
            paper = (BLACK, NAVY, AUBERGINE)[int(rng.integers(3))]
        names = tuple(BY_NIGHT.get(n, n) for n in names)
    dark = rgb_to_oklch(paper)[0] < 0.5
    if dark:
        names = tuple("bone" if n == "black" else n for n in names)
        if "bone" not in names and rgb_to_oklch(INKS[names[0]])[0] < 0.6:
            names = ("bone", *names[1:]) if len(names) > 1 else ("bone", names[0])
    elif (
        len(names) > 1 and rng.random() < 0.4 and not sunny
    ):  # the seed trades the lead and the key
        names = (names[1], names[0], *names[2:])
    if rng.random() < 0.3 and not dark:  # a faint tint of the lead ink in the stock
        paper = mix(paper, INKS[names[0]], 0.07)
    inks = [INKS[n] for n in names] + [INKS[names[0]]] * (3 - len(names))
    return paper, inks[:3]
