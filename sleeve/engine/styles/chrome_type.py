"""Chrome type: the track's title in liquid-metal lettering as the whole picture, as
2020s trap, boom-bap, funk and hyperpop singles look.

The letters come from the heavy condensed face (Anton; a script's own heavy face
where Anton has no glyphs, never a box), filled with chrome (chrome_metal: a sky over
the upper part of each letter, a hard bright horizon line, a dark reflected ground
lifting toward the foot), bevelled from the mask's blurred gradient lit from one side,
outlined thin and dark, with a few specular glints (chrome_fill). The field is black
or a dark night lit in another hue than the metal's (never purple chrome on purple)
with fine grain and one hard light (chrome_field). Five compositions (chrome_layouts):
the title stacked huge, its chrome reflecting the song's energy curve as far hills;
small and wide under a big night and one lamp or horizon glow; on a slant across a
chrome ring drawn from the energy curve; standing on a wet floor over its rippling
reflection; and, for hyperpop and idol pop only, a silver sticker slapped on a neon
wall papered with the title (chrome_sticker).

The music: the genre picks the metal (icy steel for drill, pink-purple for trap, warm
bronze for R&B, gold for gospel and funk, silver for hip-hop) and valence warms or
cools it; energy sets the ramp's contrast, the horizon's height and the composition
(loud: the stack and the slant; calm: the lamp and the mirror); the strongest onsets
place the glints; tempo sets the slant. The seed picks among the compositions and
sets the light's side and the crops.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.fonts import title_face
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import chrome_field, chrome_layouts, chrome_set, wood_title
from sleeve.engine.styles.cover_parts.chrome_metal import metal_for
from sleeve.engine.styles.cover_parts.poster_kit import line_mask
from sleeve.engine.title_layout import TitleLayout

STYLE = StyleInfo(
    name="chrome_type",
    family="graphic",
    # chrome lettering is hip-hop's, trap's, drill's and R&B's (the families also hold
    # funk and gospel, whose gold it draws), and hyperpop's chrome
    fits=("funk", "trap", "hyperpop"),  # dark chrome read as WordArt on drill and gospel
    draws_title=True,
)

LAYOUTS = ("stack", "lamp", "slant", "mirror", "sticker")
# (calm, loud) weight of each composition, in LAYOUTS order
WEIGHTS = {
    "stack": (0.5, 1.1),
    "lamp": (1.2, 0.5),
    "slant": (0.6, 1.1),
    "mirror": (1.2, 0.6),
    "sticker": (1.0, 1.2),
}
LEANS = {  # a genre's lean: drill low and cold (the lamp), R&B calm (the mirror); the
    # neon sticker wall is hyperpop's and idol pop's only (a reviewer: a chrome title
    # alone on a purple night "reads as a Photoshop preset" for hyperpop)
    "drill": {"lamp": 1.5, "slant": 0.7},
    "rnb": {"mirror": 1.5, "stack": 0.6},
    "trap": {"stack": 1.3, "slant": 1.2},
    "hyperpop": {"sticker": 5.0, "stack": 0.5, "lamp": 0.3},
    "kpop": {"sticker": 1.5},
}
UNLEANED = {"sticker": 0.0}  # a composition only the genres that lean to it draw
GRAIN = 0.032  # the night's photographic grain (std dev, share of 255)
GRAIN_FULL = 512  # the side from which it is at full strength (less on a thumbnail)


def _choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition: energy leans (the stack and slant for loud songs, the lamp
    and mirror for calm ones), the genre leans, the seed picks."""
    e = float(np.clip(direction.energy, 0, 1))
    lean = {**UNLEANED, **LEANS.get(direction.language.subgenre, {})}
    weights = np.array(
        [(WEIGHTS[k][0] * (1 - e) + WEIGHTS[k][1] * e) * lean.get(k, 1.0) for k in LAYOUTS]
    )
    return LAYOUTS[int(rng.choice(len(LAYOUTS), p=weights / weights.sum()))]


def layout_of(direction: ArtDirection) -> str:
    """The composition the track's cover draws."""
    return _choose(direction, raster.rng_for(direction, "chrome-layout"))


def _title(direction: ArtDirection) -> wood_title.Title | None:
    """The title as set: capitals in the heavy condensed face only (no slab or
    display face between lines), a script's own heavy face where it has no glyphs."""
    title = wood_title.prepare(direction.title, direction.language.subgenre, 0)
    return dataclasses.replace(title, faces=title.faces[:1]) if title else None


def _draw(direction: ArtDirection, size: int, titled: bool) -> tuple:
    """The cover at `size` before the grain, its focal box, composition and setter."""
    rng = raster.rng_for(direction, "chrome")
    layout = layout_of(direction)
    metal = metal_for(direction.language.subgenre, direction.genre, direction.valence)
    side = 1 if rng.random() < 0.5 else -1
    light = (side * 0.55, -0.835)
    title = _title(direction) if titled else None
    setter = wood_title.Setter(size, notes=title.notes if title else ())
    field = chrome_field.night(metal, float(rng.uniform(0.2, 1.0)) * (1 - 0.5 * direction.energy))
    scene = chrome_set.Scene(size, direction, metal, light, rng, title, setter, field)
    x0, y0, x1, y1 = chrome_layouts.DRAW[layout](scene)
    if title is not None and title.small:
        _small(scene)
    focal = (max(0.0, x0), max(0.0, y0), min(1.0, x1), min(1.0, y1))
    return scene.image, focal, layout, setter if title is not None else None


def _small(scene: chrome_set.Scene) -> None:
    """The qualifiers ("Remix", "feat. X") small in a pale grey of the metal, under
    the title (over it where the cover ends)."""
    s, text = scene.size, scene.title.small
    face = title_face(text, "condensed", 600.0)
    mask = line_mask(text.upper(), face, max(6, int(s * 0.03)), pad=0.1)
    if mask.width > s * 0.8:
        mask = mask.resize((int(s * 0.8), max(1, int(mask.height * s * 0.8 / mask.width))))
    x0, y0, x1, y1 = (v * s for v in scene.setter.extent())
    y = y1 + s * 0.025 if y1 + s * 0.025 + mask.height < s * 0.97 else y0 - s * 0.02 - mask.height
    x = min(max((x0 + x1 - mask.width) / 2, s * 0.03), s * 0.97 - mask.width)
    colour = tuple(int(0.5 * c + 0.5 * 225) for c in scene.metal.sky_low)
    scene.image.paste(colour, (int(x), int(y)), mask)


def _finished(image: Image.Image, direction: ArtDirection, size: int) -> Image.Image:
    """The cover at its side under fine mono grain (raster.grain's, without its copy)."""
    image = raster.to_size(image, size)
    rng = raster.rng_for(direction, "chrome-grain")
    amount = GRAIN * min(1.0, size / GRAIN_FULL) ** 0.5  # fine: it must not swamp a thumbnail
    tile = np.clip(rng.normal(128.0, amount * 255.0, (256, 256)), 0, 255).astype(np.uint8)
    noise = Image.fromarray(np.tile(tile, (-(-size // 256), -(-size // 256)))[:size, :size], "L")
    return ImageChops.add(image, Image.merge("RGB", (noise, noise, noise)), 1.0, -128)


def render_with_title(direction: ArtDirection, size: int) -> tuple[Image.Image, TitleLayout]:
    """The chrome title on its night, and where the title went."""
    work = raster.work_size(size)
    image, _, _, setter = _draw(direction, work, True)
    assert setter is not None and setter.boxes, "render_with_title needs a title"
    return _finished(image, direction, size), setter.layout(size)


def render(direction: ArtDirection, size: int) -> Artwork:
    """The cover: the title in chrome (the focal box), or for an untitled track the
    composition's chrome ring alone."""
    work = raster.work_size(size)
    titled = bool(direction.title.strip())
    image, focal, layout, _ = _draw(direction, work, titled)
    return Artwork(_finished(image, direction, size), focal, layout)
