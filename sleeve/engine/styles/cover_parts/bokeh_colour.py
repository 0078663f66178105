"""Bokeh's colour, systemised per genre and moved per song: the night (or dusk) sky,
the glow low on the horizon and the lights (lo-fi lamp amber and teal, R&B wine and
gold, k-pop pink and violet, Latin warm orange and pink, jazz amber on navy, the
club and the road sodium and steel), the song's own vivid colour as one light."""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection, Palette

SODIUM = (255, 158, 44)
LED = (215, 228, 255)
GOLD = (255, 196, 84)

# family: (night sky, horizon glow, dusk sky, dusk glow, lights)
SCHEMES: dict[str, tuple[RGB, RGB, RGB, RGB, tuple[RGB, ...]]] = {
    "lofi": (
        (22, 26, 48),
        (54, 52, 84),
        (34, 40, 84),
        (206, 118, 92),
        ((255, 172, 92), (92, 206, 200), (255, 226, 180)),
    ),
    "rnb": (
        (30, 6, 18),
        (84, 20, 44),
        (58, 16, 44),
        (196, 96, 90),
        ((255, 196, 92), (255, 118, 128), (255, 232, 200)),
    ),
    "kpop": (
        (26, 10, 48),
        (86, 30, 112),
        (52, 26, 100),
        (214, 100, 160),
        ((255, 110, 190), (170, 125, 255), (215, 232, 255)),
    ),
    "latin": (
        (36, 6, 36),
        (116, 26, 62),
        (70, 18, 66),
        (226, 104, 76),
        ((255, 140, 50), (255, 62, 150), (255, 214, 96)),
    ),
    "jazz": (
        (8, 16, 38),
        (22, 42, 84),
        (20, 36, 84),
        (196, 120, 90),
        ((255, 170, 80), (255, 228, 190), (96, 150, 255)),
    ),
    "night": (
        (8, 12, 20),
        (30, 44, 58),
        (24, 40, 72),
        (196, 116, 80),
        (SODIUM, LED, (235, 60, 50)),
    ),
    "neon": (
        (18, 6, 38),
        (60, 16, 84),
        (44, 20, 90),
        (220, 80, 140),
        ((255, 42, 109), (5, 217, 232), (255, 176, 0)),
    ),
    "mono": (
        (8, 9, 12),
        (36, 40, 46),
        (30, 34, 44),
        (120, 126, 140),
        ((232, 228, 218), (150, 170, 190), (200, 206, 214)),
    ),
    "still": (
        (12, 18, 28),
        (40, 56, 70),
        (30, 44, 66),
        (170, 150, 150),
        ((255, 226, 180), (170, 200, 230), (255, 244, 228)),
    ),
    "pop": (
        (18, 16, 58),
        (70, 36, 96),
        (40, 40, 120),
        (255, 130, 110),
        ((255, 112, 100), (90, 220, 230), (255, 236, 214)),
    ),
    "club": (
        (6, 4, 10),
        (40, 10, 40),
        (30, 14, 60),
        (220, 60, 150),
        ((255, 0, 160), (255, 230, 0), (57, 255, 120)),
    ),
    "citypop": (
        (8, 26, 70),
        (40, 80, 150),
        (30, 90, 190),
        (255, 143, 163),
        ((127, 209, 255), (255, 143, 163), (255, 250, 240)),
    ),
    "haze": (
        (43, 10, 46),
        (110, 30, 100),
        (90, 30, 110),
        (255, 143, 199),
        ((255, 143, 199), (224, 33, 138), (255, 210, 236)),
    ),
    "hyper": (
        (20, 0, 30),
        (80, 0, 90),
        (90, 20, 140),
        (255, 0, 229),
        ((255, 0, 229), (0, 255, 209), (255, 245, 0)),
    ),
    "kids": (
        (40, 50, 120),
        (90, 110, 190),
        (44, 70, 160),
        (255, 160, 100),
        ((255, 202, 58), (255, 89, 94), (138, 201, 38)),
    ),
}
SUB_SCHEME = {
    "kpop": "kpop",
    "jpop": "kpop",
    "hyperpop": "hyper",
    "city_pop": "citypop",
    "pop": "pop",
    "bedroom_pop": "lofi",
    "synthwave": "neon",
    "vaporwave": "neon",
    "funk": "latin",
    "disco": "latin",
    "nu_disco": "latin",
    "gospel": "rnb",
    "afrobeats": "latin",
    "reggae": "latin",
    "bollywood": "latin",
    "arabic": "rnb",
    "dnb": "night",
    "drill": "night",
    "trap": "neon",
    "shoegaze": "haze",
    "dream_pop": "haze",
    "black_metal": "mono",
    "doom_metal": "mono",
    "death_metal": "mono",
    "chamber": "still",
    "ambient": "still",
    "dark_ambient": "mono",
    "cinematic": "still",
    "classical": "still",
    "country": "jazz",
    "folk": "jazz",
    "mediterranean": "latin",
    "world": "latin",
    "children": "kids",
    "jingle": "still",
    "techno": "night",
    "house": "club",
    "edm": "club",
    "idm": "night",
    "post_punk": "mono",
    "hardcore": "night",
}
FAMILY_SCHEME = {
    "lofi": "lofi",
    "rnb": "rnb",
    "jazz": "jazz",
    "pop": "pop",
    "latin": "latin",
    "electronic": "night",
    "hiphop": "night",
    "rock": "night",
    "metal": "mono",
    "synthwave": "neon",
    "dance": "club",
    "classical": "still",
    "ambient": "still",
    "children": "kids",
    "world": "latin",
    "folk": "jazz",
    "punk": "night",
}


def scheme_name(direction: ArtDirection) -> str:
    """The colour family for the direction: its subgenre's, else its genre's, else
    the night's."""
    sub = direction.language.subgenre
    return SUB_SCHEME.get(sub) or FAMILY_SCHEME.get(direction.genre, "night")


def chroma(c: RGB) -> float:
    """A colour's OKLCH chroma."""
    return float(rgb_to_oklch(c)[1])


def song_colour(pal: Palette) -> RGB | None:
    """The palette's most colourful colour, lit as a light (None when the palette is
    grey): the song's own light among the genre's."""
    best = max((pal.accent, *pal.colors), key=chroma)
    if chroma(best) < 0.06:
        return None
    return raster.vivid(best, 0.8, 0.16)


def _f(c: RGB | np.ndarray) -> np.ndarray:
    return np.asarray(c, np.float32) / 255.0


def colours(direction: ArtDirection, dusk: bool) -> dict[str, np.ndarray]:
    """The scene's colours, floats 0..1: sky, low (the horizon's glow), lights (k, 3),
    lamp."""
    name = scheme_name(direction)
    night, low, dsky, dlow, lights = SCHEMES[name]
    lights = list(lights)
    own = song_colour(direction.palette)
    if own is not None and name not in ("mono", "still"):
        hue = rgb_to_oklch(own)[2]
        apart = [abs((rgb_to_oklch(c)[2] - hue + 180) % 360 - 180) for c in lights]
        if min(apart) > 25:  # a colour the genre's lights lack: it takes the third place
            lights[2] = own
    sky, glow = (dsky, dlow) if dusk else (night, low)
    lamp = SODIUM if name not in ("mono", "still", "kpop") else LED
    if name == "jazz":
        lamp = GOLD
    return {
        "sky": _f(sky),
        "low": _f(glow),
        "lights": np.asarray([_f(c) for c in lights], np.float32),
        "lamp": _f(lamp),
    }
