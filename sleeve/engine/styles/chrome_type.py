"""Chrome type: liquid metal as 2020s trap, rap, drill, hyperpop and y2k covers use
it, with restraint: one chrome thing on a black night.

The chrome is a mirror-polished solid (chrome_fill): each stroke swollen into a tube,
its surface poured with a slight ripple, reflecting a world (a sky over a hard
horizon line, a dark ground, a softbox window, a dark wall), so the horizon bends
round every stroke, the edges go dark and hard specular highlights sit where the
surface faces the light; grey, toned through the genre's metal. The title's face is
the wide heavy display face (Unbounded, Archivo Black; a script's own heavy face
where it has no glyphs, never a box), not a stretched condensed one. The field is
near-black with a grey haze and film grain (chrome_field). Five compositions
(chrome_layouts): the title stacked big in chrome, standing on a horizon with a
glowing floor that mirrors it, the backdrop the title names (a heart, a diamond, a
sun, a moon, a star; else the genre's) behind it (chrome_world); its initials in
chrome, giant and cropped by the frame, with the title set plainly; a chrome object
(a ring swelling with the song's energy, a poured drop, the y2k star) with the title
set plainly under it; a tight chrome wordmark across that backdrop, beams fanning
from behind it and smoke drifting low, under halation and heavy grain; and, for
hyperpop and idol pop only, a chrome sticker slapped on a neon wall papered with the
title (chrome_sticker). A reviewer read the stack and the wordmark alone on an empty
gradient as a WordArt preset.

The music: the genre picks the metal (icy steel for drill, pink for trap, bronze for
R&B, gold for gospel and funk, silver for hip-hop) and valence warms or cools it;
energy picks the composition (loud: the stack and the monogram; calm: the object and
the wordmark), sizes the monogram, the object and the backdrop, lowers the stack's
horizon, raises the reflected horizon and the ripple; valence sets the wordmark's
backdrop high or low; the energy curve shapes the ring and the drop; tempo tilts the
sticker and the wordmark and sets the floor grid's pitch and the beams. The seed
picks among the compositions and sets the light's side, the crops, the backdrop's
side and the surface's ripple.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.fonts import title_face
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import (
    chrome_field,
    chrome_fill,
    chrome_layouts,
    chrome_set,
    wood_title,
)
from sleeve.engine.styles.cover_parts.chrome_metal import metal_for
from sleeve.engine.styles.cover_parts.poster_kit import line_mask
from sleeve.engine.title_layout import TitleLayout

STYLE = StyleInfo(
    name="chrome_type",
    family="graphic",
    # chrome lettering is hip-hop's, trap's, drill's and R&B's (the families also hold
    # funk and gospel, whose gold it draws), and hyperpop's chrome
    fits=("funk", "trap", "hyperpop"),  # dark chrome read as WordArt on drill and gospel
    # black liquid metal is a street and club finish: as a stranger it ranked second
    # for a lullaby and sixth for a nursery song
    never=("children", "lullaby", "classical", "folk", "ambient", "jazz"),
    draws_title=True,
)

LAYOUTS = ("stack", "monogram", "object", "wordmark", "sticker")
# (calm, loud) weight of each composition, in LAYOUTS order
WEIGHTS = {
    "stack": (0.4, 1.2),
    "monogram": (0.8, 1.1),
    "object": (1.2, 0.6),
    "wordmark": (1.2, 0.7),
    "sticker": (1.0, 1.2),
}
LEANS = {  # a genre's lean: drill low and cold (the wordmark, the monogram),
    # R&B calm (the poured drop); the neon sticker wall is hyperpop's and idol pop's
    # only (a reviewer: a chrome title alone on a purple night "reads as a Photoshop
    # preset" for hyperpop)
    "drill": {"wordmark": 1.5, "monogram": 1.3, "stack": 0.6},
    "rnb": {"object": 1.4, "stack": 0.6},
    "trap": {"monogram": 1.3, "stack": 1.1},
    "hyperpop": {"sticker": 5.0, "stack": 0.5},
    "kpop": {"sticker": 1.5, "object": 1.2},
}
UNLEANED = {"sticker": 0.0}  # a composition only the genres that lean to it draw
GRAIN = 0.032  # the night's photographic grain (std dev, share of 255)
GRAIN_FULL = 512  # the side from which it is at full strength (less on a thumbnail)


def _choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition: energy leans (the stack and monogram for loud songs, the object
    and wordmark for calm ones), the genre leans, the seed picks."""
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
    """The title as set: capitals in the heavy wide display face only (a stretched
    condensed face read as WordArt), a script's own heavy face where it has no glyphs."""
    title = wood_title.prepare(direction.title, direction.language.subgenre, 2)
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
    scene.ripple = rng.normal(0, 1, chrome_fill.RIPPLE).astype(np.float32)
    x0, y0, x1, y1 = chrome_layouts.DRAW[layout](scene)
    if title is not None and title.small:
        _small(scene)
    focal = (max(0.0, x0), max(0.0, y0), min(1.0, x1), min(1.0, y1))
    return scene.image, focal, layout, setter if title is not None else None, scene.grain


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


def _finished(image: Image.Image, direction: ArtDirection, size: int, grain: float) -> Image.Image:
    """The cover at its side under fine mono grain (raster.grain's, without its copy),
    `grain` times the style's."""
    image = raster.to_size(image, size)
    rng = raster.rng_for(direction, "chrome-grain")
    amount = (
        grain * GRAIN * min(1.0, size / GRAIN_FULL) ** 0.5
    )  # fine: it must not swamp a thumbnail
    tile = np.clip(rng.normal(128.0, amount * 255.0, (256, 256)), 0, 255).astype(np.uint8)
    noise = Image.fromarray(np.tile(tile, (-(-size // 256), -(-size // 256)))[:size, :size], "L")
    return ImageChops.add(image, Image.merge("RGB", (noise, noise, noise)), 1.0, -128)


def render_with_title(direction: ArtDirection, size: int) -> tuple[Image.Image, TitleLayout]:
    """The chrome title on its night, and where the title went."""
    work = raster.work_size(size)
    image, _, _, setter, grain = _draw(direction, work, True)
    assert setter is not None and setter.boxes, "render_with_title needs a title"
    return _finished(image, direction, size, grain), setter.layout(size)


def render(direction: ArtDirection, size: int) -> Artwork:
    """The cover: the title in chrome (the focal box), or for an untitled track the
    composition's chrome ring alone."""
    work = raster.work_size(size)
    titled = bool(direction.title.strip())
    image, focal, layout, _, grain = _draw(direction, work, titled)
    return Artwork(_finished(image, direction, size, grain), focal, layout)
