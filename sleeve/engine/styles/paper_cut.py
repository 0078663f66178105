"""Paper cut: sheets of coloured paper cut into a scene and stacked, each casting a
soft shadow on the sheets behind.

The title's words pick the scene when they name something drawable (sea -> waves,
city -> a skyline, night -> a moon and lit windows, sun, rain, mountain, flower,
heart, star, duck or bird, window, clouds); otherwise energy leans the choice (calm:
clouds and waves; loud: mountains and skylines) and the seed picks among the near
ones (scenes: paper_scenes, paper_city, paper_heart, paper_shapes, paper_weather).
The seed picks the viewpoint too: a named city or night is seen across water, from
the street looking up, as one lit tower or as rows of roofs, at dusk or night; the
sea far out, as big swells or flat under a big sky; a heart is nested papers, a
tunnel of sheets or folded (torn for a broken heart). The energy curve shapes the
skylines, swells and ridges; energy their height and roughness; turbulence how
ragged the cuts are. Colour: the language's palette gives the hues; a light field
gives pale sky and sheets darkening to the front, a dark one (metal, reggae, night)
vivid or silhouetted sheets on a dark sky; valence warms or cools the sky and the
sheets; sea scenes lean blue.
"""

from __future__ import annotations

from dataclasses import dataclass

import aggdraw
import numpy as np
from PIL import Image
from scipy import ndimage

from sleeve.engine import compose, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import paper_city, paper_heart, paper_weather, title_words
from sleeve.engine.styles.cover_parts import paper_scenes as ps
from sleeve.engine.styles.cover_parts.paper_colors import colors, is_dark
from sleeve.engine.styles.cover_parts.paper_shapes import crater, emblem, window

STYLE = StyleInfo(
    name="paper_cut",
    family="image",
    fits=("folk", "world", "classical", "ambient", "jazz", "lofi", "pop"),
    weight=0.55,  # listed by many languages, it was the most used style of the set
)

SHAPE_WORDS = ("heart", "star", "flower", "duck")
CALM_TO_LOUD = ("clouds", "waves", "window", "emblem", "mountains", "skyline")
SHADE = 256  # resolution of the shadow field


@dataclass(frozen=True)
class Plan:
    """What is cut: `scene` is skyline, waves, mountains, clouds, crater, heart or an
    emblem's shape (sun, moon, star, flower, duck); `window`: seen through a window
    cut in a front sheet; `sea`: the colours lean blue."""

    scene: str
    window: bool
    sea: bool

    @property
    def name(self) -> str:
        """The layout's name: "window", or the scene."""
        return "window" if self.window else self.scene


def _kind(direction: ArtDirection, rng: np.random.Generator, words: set[str]) -> str:
    """The kind of scene the words name, or one leaning on the energy."""
    if "city" in words:
        return "skyline"
    if "sea" in words:
        return "waves"
    if "mountain" in words:
        return "mountains"
    if "rain" in words or "cloud" in words:
        return "clouds"
    if words & set(SHAPE_WORDS):
        return "emblem"
    if "sun" in words:
        return str(rng.choice(("emblem", "waves")))
    if rng.random() < 0.025:
        return "crater"
    kind = compose.pick(rng, CALM_TO_LOUD, direction.energy)
    return "emblem" if kind == "window" and rng.random() < 0.5 else kind


def _emblem(direction: ArtDirection, rng: np.random.Generator, words: set[str]) -> str:
    """The emblem's shape (or heart) the words name; else the sun or moon they imply,
    a landscape for a sad song (no cheerful shape), or a cheerful shape."""
    night = "night" in words
    named = [w for w in SHAPE_WORDS if w in words]
    if named:
        return named[0]
    if "sun" in words and not night:
        return "sun"
    if night and "sun" not in words:
        return "moon"
    if direction.valence < 0.45:
        return str(rng.choice(("mountains", "waves", "clouds")))
    return str(rng.choice(("sun", "star", "flower")))


def plan(direction: ArtDirection, rng: np.random.Generator) -> Plan:
    """The composition: the first draws of the style's rng, before any cutting."""
    words = title_words.motifs(direction.title)
    kind = _kind(direction, rng, words)
    window = kind == "window" or ("window" in words and kind != "crater")
    if kind == "window":
        kind = str(rng.choice(("waves", "mountains", "clouds")))
    scene = _emblem(direction, rng, words) if kind == "emblem" else kind
    return Plan(scene, window, kind == "waves" or (scene == "duck" and not window))


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return plan(direction, raster.rng_for(direction, "paper_cut")).name


def _scene(direction: ArtDirection, rng: np.random.Generator, chosen: Plan) -> ps.Scene:
    """The planned scene's sheets, in a window when planned so."""
    words = title_words.motifs(direction.title)
    night = "night" in words
    rough = 0.003 + 0.012 * direction.turbulence
    curve, energy = direction.energy_curve, direction.energy
    kind = chosen.scene
    if kind == "skyline":  # a named city or night: a view of its own; else roofs by day
        named = bool(words & {"city", "night"})
        city = (
            paper_city.city(rng, curve, energy, night)
            if named
            else ps.skyline(rng, curve, energy, night)
        )
        if "rain" in words:  # rain over the city, in front of the back rows
            city.layers.insert(len(city.layers) // 2, paper_weather.rain(rng, energy, -0.1, 0.7))
        scene = city
    elif kind == "waves":
        scene = ps.waves(rng, curve, energy, night)
    elif kind == "mountains":
        scene = ps.mountains(rng, curve, energy, night)
    elif kind == "clouds":
        scene = paper_weather.clouds(rng, energy, "rain" in words, night)
    elif kind == "crater":
        scene = crater(rng, energy)
    elif kind == "heart":
        broken = "💔" in direction.title or direction.valence < 0.3
        scene = paper_heart.heart(rng, curve, rough, broken)
    else:
        scene = emblem(rng, curve, kind, rough)
    return window(rng, scene) if chosen.window else scene


def _mask(layer: ps.Layer, size: int) -> Image.Image:
    """A layer's paper as an anti-aliased mask (L) at size."""
    mask = Image.new("L", (size, size), 0)
    draw = aggdraw.Draw(mask)
    brushes = {True: aggdraw.Brush(255), False: aggdraw.Brush(0)}
    for points, add in layer.shapes:
        draw.polygon([v * size for p in points for v in p], brushes[add])
    draw.flush()
    return mask


def _cut(img: Image.Image, layer: ps.Layer, color: RGB) -> None:
    """Lay a sheet of `color` on the image: drawn straight on it (anti-aliased) when
    it has no holes, through a mask when it has."""
    if all(add for _, add in layer.shapes):
        draw = aggdraw.Draw(img)
        brush = aggdraw.Brush(color)
        for points, _ in layer.shapes:
            draw.polygon([v * img.size[0] for p in points for v in p], brush)
        draw.flush()
    else:
        img.paste(color, (0, 0), _mask(layer, img.size[0]))


def _shading(scene: ps.Scene, offset: tuple[int, int], strength: float) -> np.ndarray:
    """The soft shadows every sheet casts on the sheets behind it, as a multiplier
    field at SHADE x SHADE: a sheet's blurred, shifted outline darkens what lies
    below it and is not covered by it or a sheet in front."""
    masks = [raster.from_image(_mask(layer, SHADE)) for layer in scene.layers]
    shade = np.ones((SHADE, SHADE), dtype=np.float32)
    front = np.zeros_like(shade)
    for mask in reversed(masks):
        cast = _shifted(ndimage.gaussian_filter(mask, 2.2), offset)
        shade *= 1.0 - strength * cast * (1.0 - mask) * (1.0 - front)
        front = np.maximum(front, mask)
    return shade


def _shifted(field: np.ndarray, offset: tuple[int, int]) -> np.ndarray:
    """A field moved by whole pixels (dx, dy), the edge repeated."""
    dx, dy = offset
    padded = np.pad(field, ((abs(dy), abs(dy)), (abs(dx), abs(dx))), mode="edge")
    h, w = field.shape
    return padded[abs(dy) - dy : abs(dy) - dy + h, abs(dx) - dx : abs(dx) - dx + w]


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The paper-cut art at `size`, before the finish."""
    rng = raster.rng_for(direction, "paper_cut")
    dark = is_dark(direction)
    chosen = plan(direction, rng)
    scene = _scene(direction, rng, chosen)
    sky, roles, ramp = colors(direction, scene, dark, chosen.sea)
    img = raster.linear_gradient(size, [roles["sky_top"], sky], 90.0)
    ang = rng.uniform(0.5, 1.2) if rng.random() < 0.7 else rng.uniform(1.9, 2.6)
    offset = (round(2.4 * np.cos(ang)), round(2.4 * np.sin(ang)))  # in 256ths (SHADE)
    strength = 0.5 if dark or scene.night else 0.36
    k = 0
    for layer in scene.layers:
        if layer.role == "ground":
            color, k = ramp[min(k, len(ramp) - 1)], k + 1
        else:
            color = roles[layer.role]
        _cut(img, layer, color)
    tex = raster.paper(raster.rng_for(direction, "paper-tex"), 0.07, res=512)
    shade = raster.upscale(_shading(scene, offset, strength), 512)
    img = raster.multiply(img, tex * shade * raster.upscale(raster.vignette_field(0.16), 512))
    return Artwork(img, scene.focal, chosen.name)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size, 1200))  # soft paper edges: 1200 px is enough
    image = finish(raster.to_size(art.image, size), direction, "paper", 0.018)
    return Artwork(image, art.focal, art.layout)
