"""Riso inks and stocks: the real drum colours a risograph prints, which two or three
of them a track gets (from its genre and its palette's hues), and the paper.

Drill and trap print on dark stock with cold or pushed inks; folk, country and
boom bap on warm paper with earthy inks; punk on newsprint in fluoro; k-pop on white
in fluoro pastels. Other genres take the inks nearest their palette's hues.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.color import mix, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB, tone

INKS: dict[str, RGB] = {  # Riso drum colours
    "fluoro_pink": (255, 72, 176),
    "fluoro_orange": (255, 116, 119),
    "scarlet": (246, 80, 88),
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
    "burgundy": (145, 78, 114),
    "brown": (146, 95, 82),
    "black": (44, 44, 48),
    "ice": (226, 232, 238),  # an opaque light ink, for dark stock only
}

# genre -> (stock, inks it may use, best first); stock None: from the palette
GENRES: dict[str, tuple[RGB | None, tuple[str, ...]]] = {
    "drill": ((16, 18, 22), ("cornflower", "ice", "aqua", "blue")),
    "trap": ((20, 11, 28), ("fluoro_pink", "purple", "scarlet", "aqua")),
    "hiphop": ((222, 203, 170), ("scarlet", "black", "burgundy", "federal", "sunflower")),
    "punk": ((241, 237, 227), ("fluoro_pink", "yellow", "black", "blue")),
    "hardcore": ((241, 237, 227), ("fluoro_pink", "yellow", "black")),
    "folk": ((238, 227, 203), ("scarlet", "hunter", "sunflower", "brown", "teal", "federal")),
    "country": ((235, 220, 190), ("scarlet", "federal", "sunflower", "brown", "hunter")),
    "kpop": ((249, 246, 243), ("fluoro_pink", "aqua", "yellow", "cornflower", "mint", "purple")),
    "lofi": (None, ("orange", "federal", "sunflower", "teal", "cornflower", "fluoro_orange")),
    "metal": ((15, 13, 13), ("scarlet", "ice", "burgundy", "brown")),
    "post_punk": ((14, 14, 15), ("ice", "sunflower", "brown", "scarlet")),
    "synthwave": ((27, 12, 46), ("fluoro_pink", "aqua", "sunflower", "purple")),
    "jazz": ((241, 236, 226), ("black", "blue", "orange")),
    "electronic": ((238, 238, 236), ("black", "scarlet", "yellow", "blue")),
    "ambient": (None, ("federal", "mint", "cornflower", "hunter")),
    "classical": (None, ("federal", "sunflower", "burgundy", "black", "mint")),
    "rnb": (None, ("sunflower", "brown", "fluoro_orange", "burgundy")),
    "reggae": ((20, 20, 20), ("scarlet", "yellow", "green")),
    "children": ((250, 248, 242), ("scarlet", "yellow", "blue", "green")),
}
LIGHT = ("blue", *(name for name in INKS if name not in ("ice", "blue", "black")))


def _hue_gap(a: float, b: float) -> float:
    return abs((a - b + 180) % 360 - 180)


def _lch(name: str) -> tuple[float, float, float]:
    return rgb_to_oklch(INKS[name])


def _nearest(names: tuple[str, ...], colour: RGB) -> str:
    """The ink whose hue is nearest the colour's (greys go to the first ink)."""
    lit, chroma, hue = rgb_to_oklch(colour)
    if chroma < 0.03:
        return names[0]
    return min(names, key=lambda n: _hue_gap(_lch(n)[2], hue) + (60 if _lch(n)[1] < 0.03 else 0))


def genre_key(direction: ArtDirection) -> str:
    """The ink table's genre for a track: its subgenre where listed, else its family."""
    sub = direction.language.subgenre
    if sub in GENRES:
        return sub
    return direction.genre if direction.genre in GENRES else ""


def stock(direction: ArtDirection) -> RGB:
    """The paper: the genre's stock, else the palette's background as pale paper or,
    for a dark palette, as a dark stock of its hue."""
    fixed = GENRES.get(genre_key(direction), (None, ()))[0]
    if fixed is not None:
        return fixed
    lit = rgb_to_oklch(direction.palette.background)[0]
    if compose.dark_field(lit):
        return tone(direction.palette.background, 0.2, 0.03)
    return tone(direction.palette.background, 0.95, 0.018)


def choose(direction: ArtDirection, rng: np.random.Generator, dark: bool) -> list[RGB]:
    """Three inks: A near the palette's lead hue, B well apart from it (near the
    accent), C a third; on dark stock the light ink may print too."""
    names = GENRES.get(genre_key(direction), (None, LIGHT))[1]
    if not dark:
        names = tuple(n for n in names if n != "ice")
    pal = direction.palette
    lead = rng.random() < 0.75 or names is LIGHT
    a = _nearest(names, pal.colors[0]) if lead else names[0]
    rest = tuple(n for n in names if n != a)
    apart = tuple(n for n in rest if _lch(n)[1] < 0.03 or _hue_gap(_lch(n)[2], _lch(a)[2]) > 55)
    pool = apart or rest
    b = _nearest(pool, pal.accent) if rng.random() < 0.6 else pool[int(rng.integers(len(pool)))]
    left = tuple(n for n in rest if n != b) or (b,)
    c = left[int(rng.integers(min(2, len(left))))]
    return [INKS[a], INKS[b], INKS[c]]


def shuffle(paper: RGB, inks: list[RGB], rng: np.random.Generator) -> tuple[RGB, list[RGB]]:
    """Seeded colour roles, so two tracks of a genre differ: the first two drums may
    trade inks, and a pale sheet may be a pastel stock of the third ink or a duller
    grey-buff; a dark sheet may take a little of the third ink's hue."""
    inks = [inks[1], inks[0], inks[2]] if rng.random() < 0.45 else list(inks)
    pick = rng.random()
    if rgb_to_oklch(paper)[0] < 0.5:
        return (mix(paper, inks[2], 0.12) if pick < 0.35 else paper), inks
    if pick < 0.35:
        return mix(paper, inks[2], 0.16), inks
    if pick < 0.55:
        return tone(paper, 0.88, 0.025), inks
    return paper, inks
