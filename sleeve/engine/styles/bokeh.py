"""Bokeh: out-of-focus lights, in one of thirteen scenes chosen from the music, each
one focal light structure that reads at thumbnail size.

genre -> which scenes are likely (lo-fi a rainy window with city lights behind, drum
and bass sodium street lamps running to a vanishing point, jazz and R&B one big soft
lamp in empty space, a few candles or huge near lights cut by the frame against a far
line of small ones, shoegaze and dream pop one huge light through a shaped aperture
with its ghosts, synthwave a blurred neon sign, city pop a line of town lights on a
horizon reflected in wet ground, pop a string of fairy lights or a burst of glitter,
hyperpop the glitter, disco and funk a mirrorball throwing its spots round a coloured
club, rock and electronic stage lights cutting beams through haze); valence and the
palette -> day or night (a light palette, or a happy track unless it is disco, gets
a day lit from behind, never a pale wash; a grey palette always a night); the genre
-> the colour (pop, dance, disco and hyperpop saturated and high-key, a night tinted
by the palette's blue, violet or pink, never brown); energy -> how many lights, how
sharp, how much glow; density -> how many; the seed -> the scene among the likely
ones and where every light sits.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, Box, StyleInfo
from sleeve.engine.styles.cover_parts import bokeh_colour as bc
from sleeve.engine.styles.cover_parts import bokeh_depth as bd
from sleeve.engine.styles.cover_parts import bokeh_lights as bl
from sleeve.engine.styles.cover_parts import bokeh_rain, bokeh_stage, calm_zone
from sleeve.engine.styles.cover_parts import bokeh_scenes as bs

STYLE = StyleInfo(
    name="bokeh",
    family="image",
    fits=("lofi", "rnb", "jazz", "pop"),  # dnb and bass list it; techno and drill do not
)

SCENES = (
    "rain",
    "street",
    "lamp",
    "candles",
    "fairy",
    "mirrorball",
    "stage",
    "flare",
    "neon",
    "horizon",
    "glitter",
    "near",
    "tunnel",
)
NIGHT_ONLY = ("rain", "street", "candles", "stage", "neon", "horizon")
# how likely each scene is per genre family (SCENES order); others weigh all alike
GENRE_SCENES: dict[str, tuple[float, ...]] = {
    "lofi": (4, 0.3, 0.9, 0.9, 1, 0.2, 0.2, 0.3, 0.8, 1, 0.7, 1.2, 0),
    "electronic": (0.5, 3, 0.3, 0.3, 0.3, 1, 2, 0.4, 1.5, 0.8, 0.7, 1, 0.5),
    "hiphop": (1.5, 2.5, 0.42, 0.42, 0.3, 0.5, 1.2, 0.3, 1.5, 1, 0.7, 1.2, 0.3),
    "rnb": (1, 0.1, 1.5, 1.2, 1.5, 1.2, 0.5, 0.4, 1.2, 0.6, 0.7, 1.2, 0.5),
    "jazz": (1, 0.1, 1.8, 1.5, 0.7, 0.4, 1, 0.2, 0.8, 0.8, 0.7, 1.2, 0),
    "rock": (0.7, 0.6, 0.42, 0.42, 0.5, 0.2, 2.5, 0.8, 0.6, 0.8, 0.7, 1, 0),
    "pop": (0.5, 0.3, 0.36, 0.36, 2, 1.2, 0.6, 0.9, 1.2, 1.2, 0.7, 1.2, 1.2),
}
OTHER_SCENES = (1.2, 0.2, 0.6, 0.4, 1.2, 0.6, 0.8, 0.5, 0.8, 0.8, 0.8, 0.9, 0.5)
SUBGENRE_SCENES = {
    "dnb": "street",
    "drill": "street",
    "shoegaze": "flare",
    "dream_pop": "flare",
    "city_pop": "horizon",
    "synthwave": "neon",
    "vaporwave": "neon",
    "funk": "mirrorball",
    "disco": "mirrorball",
    "nu_disco": "mirrorball",
    "hyperpop": "tunnel",
}
NIGHT_SUBGENRES = ("funk", "disco", "nu_disco")


# words in the title that call a scene (lower case, matched as substrings)
WORD_SCENES: dict[str, tuple[str, ...]] = {
    "rain": ("rain", "lluvia", "chuva", "pluie", "regen", "дожд", "雨", "비 "),
    "street": ("street", "road", "highway", "avenue", "drive", "calle", "улиц", "дорог"),
    "candles": ("candle", "vela", "bougie", "свеч", "flame"),
    "neon": ("neon", "неон", "sign", "motel", "arcade"),
    "horizon": ("city", "town", "ciudad", "cidade", "город", "都", "市", "skyline", "lights"),
    "mirrorball": ("disco", "mirrorball", "glitter", "dance"),
    "tunnel": ("tunnel", "túnel", "туннел", "subway", "metro", "터널"),
    "glitter": ("sea", "ocean", "beach", "summer", "tide", "verão", "mar ", "sol", "θάλασσ"),
}
NIGHT_WORDS = ("night", "noche", "nuit", "nacht", "ночь", "ночн", "夜", "밤", "3am", "midnight")


def _words(direction: ArtDirection) -> str:
    return f" {direction.title.lower()} "


def is_light(direction: ArtDirection) -> bool:
    """A day lit from behind for a light palette or a happy track; a night for disco
    and funk (a club is dark, whatever its palette), a title that names the night or
    a night scene (rain, a street, neon...), a grey palette, and otherwise."""
    title = _words(direction)
    night_words = [w for scene in NIGHT_ONLY for w in WORD_SCENES.get(scene, ())]
    if any(word in title for word in (*NIGHT_WORDS, *night_words)):
        return False
    if direction.language.subgenre in NIGHT_SUBGENRES:
        return False
    pal = direction.palette
    if max(bc.chroma(c) for c in (pal.background, pal.accent, *pal.colors)) < 0.05:
        return False  # a grey palette by day is a pale wash; its night is a photograph
    if rgb_to_oklch(pal.background)[0] >= 0.6:
        return True
    return direction.valence >= 0.62


def pick_scene(direction: ArtDirection, rng: np.random.Generator, light: bool) -> str:
    """The scene: the genre and the title's words weigh the scenes, energy leans to
    the busy ones (street, mirrorball, stage, neon) or the calm ones (rain, lamp,
    horizon), day rules out the night scenes and night the sun on water."""
    w = np.asarray(GENRE_SCENES.get(direction.genre, OTHER_SCENES), np.float64)
    favourite = SUBGENRE_SCENES.get(direction.language.subgenre)
    if favourite:
        w[SCENES.index(favourite)] += 7
    e = direction.energy
    w *= np.array(
        [
            1.5 - e,
            0.5 + e,
            1.5 - e,
            1.5 - e,
            1.0,
            0.6 + e,
            0.5 + e,
            1.0,
            0.5 + e,
            0.7 * (1.5 - 0.5 * e),
            1.0,
            1.0,
            0.5 + e,
        ]
    )
    if not light:  # one big orb on black repeats; the flare and neon carry that now
        w[SCENES.index("lamp")] *= 0.5
    if light:
        w[SCENES.index("mirrorball")] *= 0.15 if favourite != "mirrorball" else 1.0
        w[SCENES.index("fairy")] *= 0.4  # strings by day read as pale dots; keep them rare
        w[SCENES.index("near")] *= 0.6  # pale discs on a day gradient: one skeleton, not all
        w[SCENES.index("glitter")] *= 0.5  # a stream of glints under the title; the sea's own
    title = _words(direction)
    for scene, words in WORD_SCENES.items():  # the title's words call their scene
        if any(word in title for word in words):
            w[SCENES.index(scene)] += 8
    if not bc.is_bright(direction) and direction.genre not in ("electronic", "hiphop"):
        w[SCENES.index("tunnel")] = 0.0  # a tunnel of lights is a club's or a night drive's
    for i, scene in enumerate(SCENES):
        if (light and scene in NIGHT_ONLY) or (not light and scene == "glitter"):
            w[i] = 0.0
    return SCENES[int(rng.choice(len(SCENES), p=w / w.sum()))]


def _lights(
    direction: ArtDirection, scene: str, rng: np.random.Generator, k: int
) -> tuple[np.ndarray, Box | None]:
    """The scene's light rows and focal box."""
    n = 14 + round(50 * direction.density)
    size = 0.02 + 0.025 * direction.energy
    if scene == "rain":
        return bl.city_band(rng, n, size, k)
    if scene == "street":
        return bl.street(rng, n, direction.energy)
    band = calm_zone.title_band(direction, raster.rng_for(direction, "bokeh-zone"))
    if scene == "lamp":
        return bl.lamp(rng, n, k, _lamp_kind(direction), band)
    if scene == "fairy":
        return bl.fairy(rng, n, k, band, near=is_light(direction))
    if scene == "candles":
        return bl.candles(rng, n, k, band)
    rows, box, _ = bs.horizon(rng, n, k, band)
    return rows, box


def _compose(ground: np.ndarray, light: np.ndarray, day: bool) -> np.ndarray:
    """Lights over the ground: screened toward white by day, added as light at night
    (rolled off softly toward white)."""
    if day:
        return 1.0 - (1.0 - ground) * np.clip(1.0 - 1.2 * light, 0.0, 1.0)
    out = ground + light
    return np.where(out > 0.8, 0.8 + 0.2 * np.tanh((out - 0.8) / 0.2), out)


def _flare_crop(direction: ArtDirection) -> str:
    """How the flare's light is cropped (bs.FLARE_CROPS), from its own generator:
    loud music leans to the whole, smaller light with a long chain of ghosts."""
    e = direction.energy
    p = np.array([1.2 - 0.6 * e, 1.0, 0.4 + 1.2 * e])
    rng = raster.rng_for(direction, "bokeh-flare")
    return bs.FLARE_CROPS[int(rng.choice(3, p=p / p.sum()))]


def _horizon_shore(direction: ArtDirection) -> bool:
    """Whether the town's lights recede along a shore from a near edge, or lie in a
    flat line along the horizon; from its own generator."""
    return bool(raster.rng_for(direction, "bokeh-horizon").random() < 0.5)


def _lamp_kind(direction: ArtDirection) -> str:
    """The lamp huge and cropped by an edge, or a pair (night only); the lone orb on a
    third is retired (it read as the mirrorball's and the flare's orb again); from its
    own generator."""
    p = np.array([1.0, 0.0 if is_light(direction) else 1.4])
    rng = raster.rng_for(direction, "bokeh-lamp")
    return bl.LAMP_KINDS[int(rng.choice(2, p=p / p.sum()))]


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction` (its scene, and for
    the flare how its light is cropped), without drawing: the first draw of the
    style's generator."""
    scene = pick_scene(direction, raster.rng_for(direction, "bokeh"), is_light(direction))
    if scene == "flare":
        return f"flare-{_flare_crop(direction)}"
    if scene == "glitter":
        return "glitter-path"
    if scene == "lamp":
        return f"lamp-{_lamp_kind(direction)}"
    if scene == "horizon":
        return "horizon-shore" if _horizon_shore(direction) else "horizon-line"
    return scene


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The bokeh art at `size`, before the finish."""
    rng = raster.rng_for(direction, "bokeh")
    light_scene = is_light(direction)
    scene = pick_scene(direction, rng, light_scene)
    colours = bc.colours(direction, scene, light_scene)
    ground = bc.ground(direction, scene, light_scene, rng)
    beams = None
    band = calm_zone.title_band(direction, raster.rng_for(direction, "bokeh-zone"))
    if scene == "flare":
        crop = _flare_crop(direction)
        rows, focal, sides = bs.flare(rng, len(colours), band, crop, direction.energy)
        light, _ = bs.shaped_field(rows, colours, sides, rng.uniform(0, np.pi), 0.35)
    elif scene == "neon":
        rows, paths, focal = bs.neon(rng, direction.energy, band)
        light, _ = bs.tube_field(paths, colours)
        floor, _ = bl.light_field(rows, colours)
        light = light + floor
    elif scene == "glitter":
        rows, focal, hy = bs.glitter(rng, 14 + round(50 * direction.density), band)
        y = (np.arange(bl.RES, dtype=np.float32)[:, None, None] + 0.5) / bl.RES
        deep = (y - hy) / (1 - hy)  # 0 at the horizon, 1 at the viewer's feet
        sea = raster.rgbf(raster.tone(bc.sea(direction.palette), 0.58, 0.09))
        sea = sea * (1.12 - 0.35 * deep)  # the water darkens toward the viewer
        water = np.clip((y - hy) * bl.RES / 1.5, 0.0, 1.0)
        ground = ground * (1 - water) + sea * water
    elif scene == "horizon":
        draw = bs.shore if _horizon_shore(direction) else bs.horizon
        rows, focal, hy = draw(rng, 14 + round(50 * direction.density), 3, band)
        light, _ = bl.light_field(rows, colours)
        light = bs.reflect(light, hy, rng)
    elif scene == "mirrorball":
        rows, beams, focal = bokeh_stage.mirrorball(
            rng, 14 + round(50 * direction.density), 3, band
        )
    elif scene == "near":
        rows, focal = bd.near(rng, 14 + round(50 * direction.density), len(colours), band)
    elif scene == "tunnel":
        rows, focal = bd.tunnel(rng, 14 + round(50 * direction.density), len(colours), band)
        light, _ = bl.light_field(rows, colours)
        if bc.is_bright(direction):  # a few lights flash as star glints where pop sparkles
            glints = bd.glints(rng, rows, 6 + round(10 * direction.energy))
            light = light + bd.star_field(glints, colours)[0]
    elif scene == "stage":
        rows, beams, focal = bokeh_stage.stage(
            rng, 14 + round(50 * direction.density), direction.energy
        )
    else:
        rows, focal = _lights(direction, scene, rng, len(colours))
    if scene not in ("flare", "neon", "horizon", "tunnel"):
        light, _ = bl.light_field(rows, colours)
    if beams is not None and not light_scene:  # the beams lit in the haze, faint in a club
        haze = 0.12 if bc.is_bright(direction) and scene == "mirrorball" else 0.3
        light += haze * (0.6 + 0.6 * direction.energy) * (beams @ colours)
    if scene == "street" and focal is not None:  # the lamps' glow hangs over the road
        cx, cy = (focal[0] + focal[2]) / 2, (focal[1] + focal[3]) / 2
        light += (
            0.22 * colours[0] * (1.0 - raster.radial_field((cx, cy), 0.55, bl.RES))[..., None] ** 2
        )
    art = _compose(ground, light, light_scene)
    img = raster.to_image(art)
    soft = {"flare": 3.0, "glitter": 0.6, "lamp": 3.0, "candles": 1.5, "horizon": 0.5}.get(
        scene, 1.0
    )
    img = img.filter(ImageFilter.GaussianBlur(soft * (0.6 + 1.2 * (1 - direction.energy))))
    haze = {"flare": 0.5, "lamp": 0.45, "neon": 0.8}.get(scene, 0.3 + 0.25 * direction.energy)
    img = raster.glow(img, bl.RES * 0.03, haze * (0.5 if light_scene else 1.0))
    img = img.resize((size, size), Image.Resampling.BILINEAR)  # all soft: no detail lost
    if scene == "rain":
        img = bokeh_rain.rain(img, rng, direction.turbulence)
    return Artwork(img, focal, layout_of(direction))


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "bokeh", 0.035)
    return Artwork(image, art.focal, art.layout)
