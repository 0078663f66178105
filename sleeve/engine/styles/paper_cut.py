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


def _scene(
    direction: ArtDirection, rng: np.random.Generator, dark: bool
) -> tuple[ps.Scene, bool, str]:
    """The scene the words name, or one leaning on the energy; whether it is a sea;
    and its layout's name (the landscape, the big shape, "window" or "crater")."""
    words = title_words.motifs(direction.title)
    night = "night" in words
    energy = direction.energy
    rough = 0.003 + 0.012 * direction.turbulence
    if "city" in words:
        kind = "skyline"
    elif "sea" in words:
        kind = "waves"
    elif "mountain" in words:
        kind = "mountains"
    elif "rain" in words or "cloud" in words:
        kind = "clouds"
    elif words & set(SHAPE_WORDS):
        kind = "emblem"
    elif "sun" in words:
        kind = str(rng.choice(("emblem", "waves")))
    elif rng.random() < 0.025:
        kind = "crater"
    else:
        kind = compose.pick(rng, CALM_TO_LOUD, energy)
        kind = "emblem" if kind == "window" and rng.random() < 0.5 else kind
    if kind == "window" or ("window" in words and kind != "crater"):
        inner = kind if kind != "window" else str(rng.choice(("waves", "mountains", "clouds")))
        view, _ = _plain(rng, inner, direction, words, night, rough)
        return window(rng, view), inner == "waves", "window"
    scene, name = _plain(rng, kind, direction, words, night, rough)
    return scene, kind == "waves" or scene.shape == "duck", name


def _plain(
    rng: np.random.Generator,
    kind: str,
    direction: ArtDirection,
    words: set[str],
    night: bool,
    rough: float,
) -> tuple[ps.Scene, str]:
    """One scene without a window, and its name."""
    curve, energy = direction.energy_curve, direction.energy
    if kind == "skyline":  # a named city or night: a view of its own; else roofs by day
        named = bool(words & {"city", "night"})
        city = (
            paper_city.city(rng, curve, energy, night)
            if named
            else ps.skyline(rng, curve, energy, night)
        )
        if "rain" in words:  # rain over the city, in front of the back rows
            city.layers.insert(len(city.layers) // 2, paper_weather.rain(rng, energy, -0.1, 0.7))
        return city, kind
    if kind == "waves":
        return ps.waves(rng, curve, energy, night), kind
    if kind == "mountains":
        return ps.mountains(rng, curve, energy, night), kind
    if kind == "clouds":
        return paper_weather.clouds(rng, energy, "rain" in words, night), kind
    if kind == "crater":
        return crater(rng, energy), kind
    named = [w for w in SHAPE_WORDS if w in words]
    if named and named[0] == "heart":
        broken = "💔" in direction.title or direction.valence < 0.3
        return paper_heart.heart(rng, curve, rough, broken), "heart"
    if named:
        shape = named[0]
    elif "sun" in words and not night:
        shape = "sun"
    elif night and "sun" not in words:
        shape = "moon"
    elif direction.valence < 0.45:  # no cheerful shape for a sad song: a landscape
        return _plain(
            rng, str(rng.choice(("mountains", "waves", "clouds"))), direction, words, night, rough
        )
    else:
        shape = str(rng.choice(("sun", "star", "flower")))
    return emblem(rng, curve, shape, rough), shape


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
    scene, sea, name = _scene(direction, rng, dark)
    sky, roles, ramp = colors(direction, scene, dark, sea)
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
    return Artwork(img, scene.focal, name)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size, 1200))  # soft paper edges: 1200 px is enough
    image = finish(raster.to_size(art.image, size), direction, "paper", 0.018)
    return Artwork(image, art.focal, art.layout)
