"""Bokeh: light itself, photographed out of focus at night (or in the sun), graded to the
genre's colours: big soft aperture-shaped discs placed from the music, the title on a
calm dark zone.

Six pictures, chosen from the genre, the energy, the title's words and the seed
(bokeh_field draws them): the city's lights as a few big discs where the strongest
onsets fall (x time, y the energy curve, size the onset); a far city through rainy
glass with sharp drops and streaks in focus (bokeh_rain); sodium lamps in a row
receding, one a beat; a string of bulbs in swags receding; fireworks blurred into
arms of discs; sun through leaves in warm haze for a sunny or daytime title (a bright
title never gets a night). The lens is the song's: the tempo sets the aperture's
blades, the energy how hard their edges are; every disc has a bright rim, a chromatic
fringe and a cat's eye toward the corners. The genre sets the colours (bokeh_colour).

Two strict reviews read the sharp dark subjects the old scenes put before the lights
(a car's tail lights, a figure at the window, a stage microphone, a mirrorball) as
stock clip-art repeated across tracks: those compositions are retired (RETIRED) and
their code deleted; the focal element is now the light, or the glass.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import bokeh_colour as bc
from sleeve.engine.styles.cover_parts import bokeh_field as bf
from sleeve.engine.styles.cover_parts import bokeh_lens as lens
from sleeve.engine.styles.cover_parts import bokeh_rain, calm_zone, title_words

STYLE = StyleInfo(
    name="bokeh",
    family="image",
    fits=("lofi", "rnb", "jazz", "pop"),  # dnb and bass list it; techno and drill do not
    # NAMED_SCENES that lean the registry here: not the sun's daylight haze nor the
    # road's lamps, which art directors read as stock lens blur on Sunny Days and Song
    # Title (no releasable bokeh in 17 covers over two reviews)
    subjects=("rain", "window", "fireworks"),
    # rebuilt as light out of focus, still scored 2 of 10 by two art directors ("stock
    # lens flare", one releasable cover in 17 with the grain gradient): offered at a
    # quarter weight, so the genres that list it take their stronger styles first
    weight=0.25,
)

SCENES = ("city", "rain", "lamps", "festoon", "fireworks", "daylight")
# read as stock photographs or clip-art by art directors (fairy lights, a Ferris wheel
# washed out, a candle flare, a neon triangle; a car's tail lights on a road, a figure
# at a rain window, a stage microphone, a mirrorball): code deleted
RETIRED = ("fairy", "wheel", "candle", "neon", "street", "stage", "mirrorball")
NIGHT_SCENES = ("city", "rain", "lamps", "festoon", "fireworks")
GENRE_SCENES: dict[str, tuple[float, ...]] = {
    # city, rain, lamps, festoon, fireworks (daylight only for a bright title)
    "lofi": (1.5, 3.0, 1.0, 1.5, 0.2),
    "rnb": (2.5, 1.5, 1.0, 1.5, 0.5),
    "jazz": (2.0, 1.5, 2.0, 1.0, 0.2),
    "electronic": (2.5, 1.0, 1.5, 0.5, 0.8),
    "hiphop": (2.0, 1.5, 1.5, 0.5, 0.3),
    "rock": (2.0, 1.0, 1.2, 0.5, 0.8),
    "metal": (2.0, 1.5, 1.0, 0.2, 0.3),
    "pop": (2.0, 1.0, 1.0, 1.5, 1.5),
    "latin": (1.5, 0.8, 1.0, 2.0, 2.0),
}
OTHER_SCENES = (2.0, 1.5, 1.2, 1.0, 0.8)
SUBGENRE_SCENES = {
    "dnb": "lamps",
    "drill": "lamps",
    "city_pop": "city",
    "synthwave": "lamps",
    "vaporwave": "city",
    "funk": "festoon",
    "disco": "festoon",
    "nu_disco": "festoon",
    "hyperpop": "fireworks",
    "children": "fireworks",
    "shoegaze": "rain",
    "dream_pop": "rain",
}
# words in the title that call a scene (lower case, matched as substrings)
WORD_SCENES: dict[str, tuple[str, ...]] = {
    "rain": ("rain", "lluvia", "chuva", "pluie", "regen", "дожд", "雨", "비 ", "ฝน", "window"),
    "lamps": (
        *("street", "road", "highway", "avenue", "drive", "calle", "улиц", "дорог", "sodium"),
        *("lamp", "lantern", "фонар", "motel"),
    ),
    "city": (" city", "город", "城市", "downtown", "lights", "glass"),
    "festoon": ("garden party", "string", "porch", "terrace", "patio", "cafe", "café"),
    "fireworks": (
        *("firework", "花火", "fuego", "fire", "fiesta", "festival", "celebrat", "불꽃"),
        *("fair", "carnival", "parade", "azotea", "rooftop", "party"),
    ),
}
# title_words motifs (any script) -> the scene: STYLE.subjects
NAMED_SCENES = {
    "rain": "rain",
    "window": "rain",
    "fireworks": "fireworks",
    "road": "lamps",
    "sun": "daylight",
}
SUBJECT_LAYOUTS = {  # registry.draws_named: the subjects that lean it here
    word: (scene,) for word, scene in NAMED_SCENES.items() if word in STYLE.subjects
}
NIGHT_WORDS = ("night", "noche", "nuit", "nacht", "ночь", "ночн", "夜", "밤", "3am", "midnight")
# a bright, sunny or daytime title: daylight, never a night
DAY_WORDS = (
    *(" day", "daylight", "morning", "afternoon", "noon", "sunny", "sunshine", "summer"),
    *("день", "дня", "утр", "día", "mañana", "manhã", "verão", "été", "sommer", "matin"),
    *("昼", "朝", "아침", "낮", "晴", "golden hour", "bright"),
)


def _words(direction: ArtDirection) -> str:
    return f" {direction.title.lower()} "


def names_night(direction: ArtDirection) -> bool:
    """Whether the title names the night or rain (its words, or the motif in any
    script): never a daylight picture then."""
    named = title_words.motifs(direction.title) & {"night", "rain", "window"}
    return bool(named) or any(w in _words(direction) for w in NIGHT_WORDS)


def is_day(direction: ArtDirection) -> bool:
    """Whether the title is bright, sunny or daytime (its words, or the sun named in any
    script) and names no night or rain: then the picture is daylight."""
    if names_night(direction):
        return False
    title = _words(direction)
    return "sun" in title_words.motifs(direction.title) or any(w in title for w in DAY_WORDS)


def is_light(direction: ArtDirection) -> bool:
    """A light palette or a happy track (not for a title naming the night, disco or
    shoegaze, or a grey palette): daylight becomes a likely picture."""
    if names_night(direction):
        return False
    if direction.language.subgenre in ("funk", "disco", "nu_disco", "shoegaze"):
        return False
    pal = direction.palette
    if max(bc.chroma(c) for c in (pal.background, pal.accent, *pal.colors)) < 0.05:
        return False
    if rgb_to_oklch(pal.background)[0] >= 0.6:
        return True
    return direction.valence >= 0.7


def pick_scene(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The picture: daylight for a sunny or daytime title; else the genre and the
    title's words weigh the night pictures, energy leans to the busy ones (city, lamps,
    fireworks) or the calm ones (rain, festoon); a happy track or a light palette may
    get daylight."""
    roll = rng.random(len(SCENES))  # drawn first, whatever decides, so seeds stay put
    if is_day(direction):
        return "daylight"
    w = np.asarray((*GENRE_SCENES.get(direction.genre, OTHER_SCENES), 0.0), np.float64)
    favourite = SUBGENRE_SCENES.get(direction.language.subgenre)
    if favourite:
        w[SCENES.index(favourite)] += 12
    e = direction.energy
    w *= np.array([0.6 + e, 1.5 - e, 0.3 + e, 1.1 - 0.5 * e, 0.4 + e, 1.0])
    title = _words(direction)
    named = {NAMED_SCENES[m] for m in title_words.motifs(direction.title) if m in NAMED_SCENES}
    for scene, words in WORD_SCENES.items():
        if scene in named or any(word in title for word in words):  # the song names it
            w[SCENES.index(scene)] += 80
    if (
        is_light(direction)
        and not named
        and not any(word in title for words in WORD_SCENES.values() for word in words)
    ):
        w[SCENES.index("daylight")] = w.sum() * 0.3
        w[SCENES.index("rain")] *= 0.2
    keys = roll ** (1.0 / np.maximum(w, 1e-9))
    return SCENES[int(np.argmax(np.where(w > 0, keys, -1.0)))]


def layout_of(direction: ArtDirection) -> str:
    """The composition render draws for `direction` (its picture), without drawing:
    the first draw of the style's generator."""
    return pick_scene(direction, raster.rng_for(direction, "bokeh"))


# a daylight haze and sun per colour family: (paper, sun)
DAY = {
    "rnb": ((246, 226, 204), (255, 190, 120)),
    "jazz": ((240, 232, 216), (255, 196, 110)),
    "kpop": ((246, 230, 240), (255, 196, 214)),
    "citypop": ((226, 240, 250), (255, 214, 170)),
    "kids": ((250, 240, 206), (255, 200, 80)),
    "haze": ((246, 222, 236), (255, 170, 210)),
}
DAY_DEFAULT = ((247, 234, 212), (255, 184, 104))


def colours(direction: ArtDirection) -> dict:
    """The genre's night colours (bokeh_colour) and its daylight haze and sun."""
    c = bc.colours(direction, False)
    paper, sun = DAY.get(bc.scheme_name(direction), DAY_DEFAULT)
    c["haze"] = np.asarray(paper, np.float32) / 255.0
    c["day"] = np.asarray(sun, np.float32) / 255.0
    return c


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The bokeh art at `size`, before the finish."""
    rng = raster.rng_for(direction, "bokeh")
    scene = pick_scene(direction, rng)
    band = calm_zone.title_band(direction, raster.rng_for(direction, "bokeh-zone"))
    music = lens.music_of(direction)
    curve = signals.energy(direction, 64)
    c = colours(direction)
    frame = bf.PICTURES[scene](rng, c, band, music, curve, bf.lens_for(rng, music))
    img = bf.to_image(frame, size)
    img = raster.glow(img, size * 0.025, 0.25 if frame.day else 0.45)
    if frame.glass:
        lit = tuple(int(255 * v) for v in c["lights"][0])
        storm = 0.2 + 0.35 * direction.turbulence + 0.35 * direction.energy  # loud: a downpour
        img = bokeh_rain.rain(img, rng, storm, band, lit)
    return Artwork(img, frame.focal, scene)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain on the gradients) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "bokeh", 0.04)
    return Artwork(image, art.focal, art.layout)
