"""More flow-field compositions, and the catalogue flow_field chooses from.

The catalogue: smoke, an aurora and a flame (flow_scene), the kite (flow_kite), the
strokes (flow_strokes) and the vortex (flow_forms); the kite always for KITE_ALWAYS;
the vortex only for genres whose imagery is a swirl (SWIRLS).
(Retired: the ribbon, a wide river of strands across the cover, read as a paint
swatch with no subject; the drift, a few bold strokes in one slowly turning current, read as
confetti; the cut, a dense field of streaks parted by a bare band, as rain; the burst,
light trails radiating from one point, as a hyperspace screensaver or fireworks; the
silk, a sheet of thin lines folding like fabric, as a blurred light streak, a
gradient at 64 px.)
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import flow_forms, flow_strokes, flow_words, title_words

# the catalogue: the seed chooses among them, leaning by genre (the ribbon, the
# obstacle, the disc, the drift, the cut, the burst and the silk are retired: a paint
# swatch with no subject, an empty hole, a hairball, confetti, rain streaks, a
# hyperspace screensaver and a blurred streak).
FORMS = ("smoke", "aurora", "flame", "strokes", "vortex", "kite")
WEIGHTS = (0.4, 0.0, 0.3, 0.8, 0.0, 0.0)  # the aurora and the kite only for their genres
# the vortex only where a swirl is the genre's own imagery (psychedelic swirls, a
# shoegaze or dream-pop haze, trance's tunnel, trap's liquid smoke, a disco spin):
# the same whirl on folk, IDM, house, rock and a children's song read as a generic
# swirl for unrelated songs (art directors)
SWIRLS = ("psychedelic", "shoegaze", "dream_pop", "trance", "trap", "funk")
# smoke from one ember: late-night, smoky-room and dark genres
SMOKE = (
    "jazz", "lofi", "rnb", "soul", "blues", "hiphop", "trap", "drill", "post_punk",
    "goth", "dark_ambient", "doom_metal", "black_metal", "grunge", "rock", "country",
    "reggae", "dub", "chamber", "cinematic", "arabic", "folk", "bossa",
)  # fmt: skip
# an aurora over a black horizon: electronic, ambient and night-time genres
AURORA = (
    "electronic", "ambient", "synthwave", "techno", "trance", "edm", "dnb", "idm",
    "classical", "city_pop", "vaporwave", "dream_pop", "shoegaze", "kpop", "jpop",
)  # fmt: skip
# a flame on a confident field: hot, bright and loud genres
FLAME = (
    "pop", "latin", "reggaeton", "afrobeats", "tropical", "salsa", "cumbia",
    "house", "bollywood", "mediterranean", "bedroom_pop", "world", "hard_rock", "metal",
    "heavy_metal", "dancehall", "gospel", "disco",
)  # fmt: skip
# a kite streaming ribbon tails on a bright sky: joyful, bright and children's music
KITE = (
    "children", "family", "jingle", "podcast", "bollywood", "hyperpop", "kpop", "afrobeats",
    "tropical", "cumbia", "salsa", "bedroom_pop", "gospel", "city_pop", "pop",
)  # fmt: skip
# the kite is the picture for these (the strokes' disc was no picture for a child)
KITE_ALWAYS = ("children", "family", "jingle", "podcast", "bollywood", "hyperpop")
# what a title names (stems, any script; title_words.holds) -> the picture it gets
TITLE_FORMS = {
    "smoke": ("smoke", "smoky", "incense", "ash", "ashes", "cigarette", "humo", "fumée",
              "rauch", "дым", "煙", "烟", "연기", "دخان", "haze"),
    "flame": ("fire", "flame", "burn", "burning", "blaze", "ember", "fuego", "feu", "fogo",
              "feuer", "огонь", "пожар", "炎", "आग", "نار", "heat", "inferno"),
    "kite": ("kite", "kites", "cometa", "papalote", "drachen", "cerf-volant", "पतंग", "凧",
             "风筝", "wind", "viento", "風", "바람", "ветер"),
    "aurora": ("aurora", "northern lights", "borealis", "polar", "сияни", "オーロラ", "极光",
               "오로라", "midnight", "ночн", "夜", "밤"),
}  # fmt: skip


def named_form(title: str) -> str | None:
    """The form the title's words name (TITLE_FORMS), if any."""
    text = title.lower()
    for form, stems in TITLE_FORMS.items():
        if any(title_words.holds(text, s) for s in stems):
            return form
    return None


def choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The form's name: smoke for late-night and dark genres (SMOKE), an aurora for
    electronic, ambient and night pop (AURORA; never on a bright vivid field, which
    keeps its colour), a flame for hot, bright genres (FLAME), the strokes' painted disc elsewhere
    and for the violent metals, the vortex only for SWIRLS; the seed choosing among
    them. A title naming a cloud, a sky or candyfloss gets the strokes: their figure
    is then that cloud (flow_strokes.cloud)."""
    if names_cloud(direction.title):
        return "strokes"
    named = named_form(direction.title)
    if named is not None and not flow_strokes.violent(direction):
        return named
    names = {direction.genre, direction.language.subgenre}
    weights = np.asarray(WEIGHTS, dtype=float)
    for form, genres in (("smoke", SMOKE), ("aurora", AURORA), ("flame", FLAME), ("kite", KITE)):
        if names & set(genres):
            weights[FORMS.index(form)] += 2.5 if form != "kite" else 1.6
    if names & set(KITE_ALWAYS):  # a child's song, a jingle, a filmi song: the kite
        return "kite"
    if title_words.motifs(direction.title) & {"rain", "snow", "sea"}:  # no fire in the rain
        weights[FORMS.index("smoke")] += weights[FORMS.index("flame")]
        weights[FORMS.index("flame")] = 0.0
    lit, chroma, _ = rgb_to_oklch(direction.palette.background)
    if lit > 0.6 and chroma >= raster.VIVID_FIELD:  # a bright vivid field stays bright:
        flame = FORMS.index("flame")  # no night for the aurora (a yellow night is olive)
        weights[flame] += weights[FORMS.index("aurora")]
        weights[FORMS.index("aurora")] = 0.0
    if names & {"punk", "hardcore"}:  # hacked bone and blood strokes, not a wisp
        weights[FORMS.index("smoke")] = 0.0
    if flow_strokes.violent(direction):
        weights[:] = (0.4, 0.0, 0.6, 3.0, 0.0, 0.0)
    if direction.language.subgenre in SWIRLS:
        weights[FORMS.index("vortex")] = 4.0
    return FORMS[int(rng.choice(len(FORMS), p=weights / weights.sum()))]


def names_cloud(title: str) -> bool:
    """Whether the title names a cloud, a sky or candyfloss (the strokes draw it)."""
    return "cloud" in title_words.motifs(title) or flow_words.named(title) == "candyfloss"


BUILDERS = {
    "vortex": flow_forms.vortex,
}
