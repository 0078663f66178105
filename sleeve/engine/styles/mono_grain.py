"""Mono grain: a monochrome, grainy photograph of one quiet scene. The scene (see
mono_scenes) is a fog treeline, mountain ridges at night, a long-exposure light streak,
a sea under a low sun, tower blocks with lit windows, a lone figure in a field, smoke, a
crumbling stone wall, or (rarely) an eclipse.

genre and sub-genre -> which scenes are likely (black metal: forest, ridges; drill:
towers, night streaks; ambient: sea, field; jazz: smoke, light; doom: stone); pine
forests only for metal (on a bluegrass song one read as black metal), every other
genre gets city, sea, figure or light;
the seed -> the scene among those and its framing; energy, density, turbulence and
the energy curve -> the land, trails and smoke inside it; loudness -> contrast;
black metal, hardcore and the loudest tracks -> a hard, dithered threshold; a light
palette or a bright genre (bossa) -> a light, airy print instead of a dark one;
the palette -> one hue, almost no chroma.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import mono_scenes, mono_sea_city
from sleeve.engine.styles.cover_parts.mono_scenes import airy

STYLE = StyleInfo(
    name="mono_grain",
    family="image",
    fits=("metal", "ambient", "hiphop", "rock", "classical", "punk"),
)

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
# scene weights by sub-genre, then by genre family; anything else draws from DEFAULT
WEIGHTS: dict[str, dict[str, float]] = {
    "black_metal": {"forest": 3, "ridge": 3, "star_trails": 1, "stone": 0.5, "eclipse": 0.3},
    "doom_metal": {"stone": 3, "ridge": 1.5, "smoke": 1, "figure": 1, "eclipse": 0.4},
    "death_metal": {"stone": 2.5, "forest": 1, "smoke": 1, "ridge": 1},
    "metal": {"ridge": 2, "forest": 2, "stone": 1.5, "eclipse": 0.3},
    "folk": {"figure": 2.5, "ridge": 1.5, "sea": 1},
    "psychedelic": {"smoke": 2.5, "star_trails": 1, "sea": 1, "figure": 1},
    "drill": {"towers": 3, "streak": 2, "figure": 0.5},
    "trap": {"towers": 1.5, "smoke": 2, "streak": 1.5},
    "hiphop": {"towers": 2, "smoke": 1, "streak": 1, "figure": 1},
    "dark_ambient": {"star_trails": 1, "ridge": 1.5, "sea": 1, "figure": 1.5, "eclipse": 0.3},
    "ambient": {"star_trails": 0.7, "sea": 2.5, "figure": 1.5, "ridge": 1},
    "jazz": {"smoke": 3, "streak": 2, "star_trails": 0.5, "sea": 0.5, "towers": 0.5},
    "bossa": {"sea": 3, "figure": 2},
    "classical": {"sea": 2, "figure": 1.5, "ridge": 1, "smoke": 0.5},
    "electronic": {"star_trails": 1, "streak": 2, "towers": 1.5, "sea": 1, "figure": 0.5},
    "punk": {"towers": 2, "streak": 1, "figure": 1, "stone": 1},
    "rock": {"towers": 1.5, "streak": 1.5, "figure": 1, "ridge": 1},
}
# anything else (pop, world, latin, r&b, dance ...): the city, the sea, a figure in fog,
# light trails; never pines (a pine forest reads as black metal)
DEFAULT = {
    "sea": 1.5, "towers": 1.2, "figure": 1.0, "streak": 1.0, "smoke": 0.7, "ridge": 0.5,
    "star_trails": 0.5,
}  # fmt: skip
DARK_ONLY = ("stone", "eclipse", "streak", "star_trails")  # never drawn airy
HARD = ("black_metal", "death_metal", "hardcore", "punk")  # a hard threshold


def pick_scene(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The scene, weighted by sub-genre or genre (loud songs lean to the hard-edged
    scenes, quiet ones to the open ones), chosen by the seed."""
    table = WEIGHTS.get(direction.language.subgenre) or WEIGHTS.get(direction.genre) or DEFAULT
    names = list(table)
    if airy(direction):
        names = [n for n in names if n not in DARK_ONLY] or ["sea", "ridge", "towers", "smoke"]
    lean = {"towers": 1, "streak": 1, "stone": 1, "sea": -1, "figure": -1, "forest": -0.5}
    weights = np.array(
        [table.get(n, 1.0) * (1 + 0.8 * lean.get(n, 0) * (direction.loudness - 0.5)) for n in names]
    )
    return names[int(rng.choice(len(names), p=weights / weights.sum()))]


def _print(tone: np.ndarray, direction: ArtDirection, rng: np.random.Generator) -> np.ndarray:
    """The print: contrast from loudness, a hard dithered threshold for the harsh
    genres and the loudest songs, lifted to a high key when airy."""
    tone = np.clip((tone - 0.5) * (0.85 + 0.7 * direction.loudness) + 0.5, 0, 1)
    if direction.language.subgenre in HARD or direction.loudness > 0.8:
        dither = rng.normal(0, 0.08, tone.shape).astype(np.float32)
        tone = np.clip((tone + dither - 0.42) * 12 + 0.5, 0, 1)
    if airy(direction):
        tone = 0.3 + 0.7 * tone**0.6
    return tone


def _start(direction: ArtDirection) -> tuple[str, np.random.Generator]:
    """The scene (the first draw of the style's rng) and that rng, to draw on."""
    rng = raster.rng_for(direction, "mono")
    return pick_scene(direction, rng), rng


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return _start(direction)[0].replace("_", "-")


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the mono-grain cover (RGB, size x size)."""
    scene, rng = _start(direction)
    g = mono_scenes.grid(rng)
    tone, focal = SCENES[scene](direction, rng, g)
    tone = _print(np.asarray(tone, np.float32), direction, rng)
    hue = direction.palette.background
    lut = raster.color_lut([raster.tone(hue, 0.08, 0.01), raster.tone(hue, 0.94, 0.012)])
    img = raster.map_field(tone, lut, size)
    return Artwork(finish(img, direction, "mono", 0.07), focal, layout_of(direction))
