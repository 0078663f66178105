"""Bokeh: out-of-focus lights, in one of nine scenes chosen from the music.

genre -> which scenes are likely (lo-fi a rainy window with city lights behind, drum
and bass sodium street lamps running to a vanishing point, jazz and R&B one big soft
lamp in empty space or a few candles, shoegaze a wash of one hue in haze, pop a
string of fairy lights or sun through leaves, disco and funk a mirrorball throwing
its spots round a dark room, rock and electronic stage lights cutting beams through
haze); valence and the palette -> day or night (a light palette, or a happy track
unless it is disco, gets a light, airy scene, never a dark night); energy -> how
many lights, how sharp, how much glow; density -> how many; the seed -> the scene among the likely
ones and where every light sits.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

from sleeve.engine import raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection, Palette
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, Box, StyleInfo
from sleeve.engine.styles.cover_parts import bokeh_lights as bl
from sleeve.engine.styles.cover_parts import bokeh_rain, bokeh_stage, calm_zone

STYLE = StyleInfo(
    name="bokeh",
    family="image",
    fits=("lofi", "rnb", "jazz", "pop"),  # dnb and bass list it; techno and drill do not
)

SCENES = ("rain", "street", "lamp", "candles", "fairy", "mirrorball", "stage", "wash", "leaves")
NIGHT_ONLY = ("rain", "street", "candles", "stage")
# how likely each scene is per genre family (SCENES order); others weigh all alike
GENRE_SCENES: dict[str, tuple[float, ...]] = {
    "lofi": (4, 0.3, 0.9, 0.9, 1, 0.2, 0.2, 0.3, 1),
    "electronic": (0.5, 3, 0.3, 0.3, 0.3, 1, 2, 0.7, 0.3),
    "hiphop": (1.5, 2.5, 0.42, 0.42, 0.3, 0.5, 1.2, 0.3, 0.3),
    "rnb": (1, 0.1, 1.5, 1.5, 1.5, 1.2, 0.5, 0.7, 1),
    "jazz": (1, 0.1, 1.8, 1.8, 0.7, 0.4, 1, 0.3, 0.5),
    "rock": (0.7, 0.6, 0.42, 0.42, 0.5, 0.2, 2.5, 2, 0.5),
    "pop": (0.5, 0.3, 0.36, 0.36, 2.5, 1.2, 1, 0.7, 1.0),
}
OTHER_SCENES = (1.2, 0.2, 0.48, 0.48, 1.2, 0.6, 0.8, 0.4, 0.6)
SUBGENRE_SCENES = {
    "dnb": "street",
    "drill": "street",
    "shoegaze": "wash",
    "dream_pop": "wash",
    "funk": "mirrorball",
    "disco": "mirrorball",
    "nu_disco": "mirrorball",
}
NIGHT_SUBGENRES = ("funk", "disco", "nu_disco")
SODIUM = (255, 158, 44)
TAIL = (235, 40, 40)
LED = (215, 228, 255)  # cold white street lights
ICE = (205, 232, 255)  # a mirrorball's silver
GOLD = (255, 196, 84)
WHITE = (255, 252, 244)
BULB = (255, 206, 130)  # a warm filament
LEAF_HUE = 135.0  # foliage green (OKLCH hue)


def is_light(direction: ArtDirection) -> bool:
    """A light, airy scene for a light palette, or a happy track unless it is disco or
    funk (a club is dark); a night otherwise."""
    if rgb_to_oklch(direction.palette.background)[0] >= 0.6:
        return True
    return direction.valence >= 0.62 and direction.language.subgenre not in NIGHT_SUBGENRES


def pick_scene(direction: ArtDirection, rng: np.random.Generator, light: bool) -> str:
    """The scene: the genre weighs the scenes, energy leans to the busy ones (street,
    mirrorball, stage, wash) or the calm ones (rain, lamp), day rules out the night scenes."""
    w = np.asarray(GENRE_SCENES.get(direction.genre, OTHER_SCENES), np.float64)
    favourite = SUBGENRE_SCENES.get(direction.language.subgenre)
    if favourite:
        w[SCENES.index(favourite)] += 5
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
            0.6 + e,
            0.5 + direction.valence,
        ]
    )
    if light:
        w[SCENES.index("mirrorball")] *= 0.3 if favourite != "mirrorball" else 1.0
        w[SCENES.index("lamp")] *= 0.6  # a pale sun is one picture; keep it rarer
        w[SCENES.index("fairy")] *= 0.6  # strings by day read as dots; keep them rarer
    for i, scene in enumerate(SCENES):
        if (light and scene in NIGHT_ONLY) or (not light and scene == "leaves"):
            w[i] = 0.0
    return SCENES[int(rng.choice(len(SCENES), p=w / w.sum()))]


def _vivid(pal: Palette) -> RGB:
    """The palette's most colourful colour (the accent unless it is near grey); a warm
    lamp amber when the whole palette is grey."""
    best = max(
        (pal.accent, *pal.colors), key=lambda c: rgb_to_oklch(c)[1] + 0.03 * (c == pal.accent)
    )
    return best if rgb_to_oklch(best)[1] > 0.04 else SODIUM


def _far_hue(pal: Palette) -> RGB:
    """The palette colour whose hue is farthest from the vivid one: the second gel; an
    electric blue when the palette has no second hue."""
    hue = rgb_to_oklch(_vivid(pal))[2]
    best = max(pal.colors, key=lambda c: abs((rgb_to_oklch(c)[2] - hue + 180) % 360 - 180))
    far = abs((rgb_to_oklch(best)[2] - hue + 180) % 360 - 180)
    return best if far > 60 and rgb_to_oklch(best)[1] > 0.04 else (70, 140, 255)


def _colours(direction: ArtDirection, scene: str, light: bool) -> np.ndarray:
    """The lights' colours (k, 3) in 0..1 for the scene."""
    pal = direction.palette
    if scene == "street":
        cold = (
            190.0 <= rgb_to_oklch(pal.accent)[2] <= 290.0 and direction.language.subgenre != "dnb"
        )
        cols = [LED if cold else SODIUM, TAIL, raster.tone(pal.accent, 0.8, 0.1)]
    elif scene == "wash":
        hue = _vivid(pal)
        lits = (0.97, 0.85, 0.6) if light else (0.55, 0.42, 0.3)
        cols = [raster.tone(hue, lit, 0.2) for lit in lits]
    elif scene == "mirrorball":  # silver ball, spots in the song's colour, gold glints
        if light:  # a grey ball whose lit tiles flash white by day
            cols = [raster.tone(ICE, 0.62, 0.03), raster.tone(_vivid(pal), 0.66, 0.18), WHITE]
        else:
            cols = [ICE, raster.tone(_vivid(pal), 0.78, 0.17), GOLD]
    elif scene == "stage":  # a warm and a cool gel
        cols = [raster.tone(_vivid(pal), 0.8, 0.17), raster.tone(_far_hue(pal), 0.72, 0.15)]
    elif scene == "candles":
        cols = [BULB, GOLD, raster.tone(_vivid(pal), 0.8, 0.14)]
    elif scene == "fairy":  # warm filaments, one in the song's colour
        cols = [BULB, raster.tone(_vivid(pal), 0.74 if light else 0.8, 0.17), GOLD]
    elif light and scene == "leaves":  # pale glints of sun
        cols = [(255, 253, 240), raster.tone(pal.accent, 0.95, 0.05)]
    elif light:  # coloured lights laid over a pale field
        cols = [
            raster.tone(_vivid(pal), 0.74, 0.15),
            raster.tone(pal.colors[0], 0.7, 0.13),
            raster.tone(pal.colors[1 % len(pal.colors)], 0.72, 0.13),
            raster.tone(pal.accent, 0.8, 0.12),
        ]
    else:
        warm = SODIUM if direction.valence > 0.45 else pal.colors[1 % len(pal.colors)]
        cols = [
            raster.tone(pal.accent, 0.8, 0.14),
            raster.tone(warm, 0.76, 0.13),
            raster.tone(pal.colors[0], 0.7, 0.1),
        ]
    return np.asarray(cols, np.float32) / 255.0


def _ground(
    direction: ArtDirection, scene: str, light: bool, rng: np.random.Generator
) -> np.ndarray:
    """The field behind the lights (bl.RES square, float RGB): a night gradient, a pale
    day, or the wash's hue."""
    pal = direction.palette
    if scene == "wash":
        hue = _vivid(pal)
        stops = [raster.tone(hue, 0.8, 0.08), raster.tone(hue, 0.55, 0.14)]
        if not light:
            stops = [raster.tone(hue, 0.12, 0.05), raster.tone(hue, 0.26, 0.1)]
    elif light:
        stops = [raster.tone(pal.background, 0.88, 0.05), raster.tone(pal.colors[0], 0.7, 0.09)]
    else:
        stops = [raster.tone(pal.background, 0.1, 0.03), raster.tone(pal.colors[0], 0.22, 0.05)]
    angle = 90.0 + rng.uniform(-25, 25)
    field = raster.linear_field(angle, bl.RES)
    return raster.apply_lut(field, raster.color_lut(stops)).astype(np.float32) / 255.0


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
    if scene == "lamp":
        return bl.lamp(rng, n, k)
    band = calm_zone.title_band(direction, raster.rng_for(direction, "bokeh-zone"))
    if scene == "fairy":
        return bl.fairy(rng, n, k, band, near=is_light(direction))
    if scene == "candles":
        return bl.candles(rng, n, k, band)
    if scene == "wash":
        return bl.wash(rng, n, k), None
    return bl.glints(rng, n, size, k)


def _leaves(rng: np.random.Generator, direction: ArtDirection, ground: np.ndarray) -> np.ndarray:
    """Out-of-focus foliage over the day's field: soft dark blobs, backlit, framing
    the sun's glints."""
    rows = bl.foliage(rng, 12 + round(14 * direction.density), 0.1)
    leaf = oklch_to_rgb(rng.uniform(0.36, 0.48), 0.09, LEAF_HUE + rng.uniform(-20, 20))
    _, cover = bl.light_field(rows, np.zeros((1, 3), np.float32))
    a = (1.0 - np.exp(-1.4 * cover))[..., None]
    return ground * (1 - a) + raster.rgbf(leaf) * a


def _compose(ground: np.ndarray, light: np.ndarray, cover: np.ndarray, mode: str) -> np.ndarray:
    """Lights over the ground: added as light at night ("add"), screened toward white
    ("screen", sun glints and haze by day), or laid on as coloured glass ("over")."""
    if mode == "screen":
        return 1.0 - (1.0 - ground) * np.clip(1.0 - 0.9 * light, 0.0, 1.0)
    if mode == "over":
        a = (1.0 - np.exp(-2.4 * cover))[..., None]
        return ground * (1 - a) + light / np.maximum(cover, 1e-4)[..., None] * a
    out = ground + light
    return np.where(out > 0.8, 0.8 + 0.2 * np.tanh((out - 0.8) / 0.2), out)


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction` (its scene), without
    drawing: the first draw of the style's generator."""
    return pick_scene(direction, raster.rng_for(direction, "bokeh"), is_light(direction))


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The bokeh art at `size`, before the finish."""
    rng = raster.rng_for(direction, "bokeh")
    light_scene = is_light(direction)
    scene = pick_scene(direction, rng, light_scene)
    colours = _colours(direction, scene, light_scene)
    ground = _ground(direction, scene, light_scene, rng)
    if scene == "leaves":
        ground = _leaves(rng, direction, ground)
    beams = None
    if scene == "mirrorball":
        band = calm_zone.title_band(direction, raster.rng_for(direction, "bokeh-zone"))
        rows, beams, focal = bokeh_stage.mirrorball(
            rng, 14 + round(50 * direction.density), 3, band
        )
    elif scene == "stage":
        rows, beams, focal = bokeh_stage.stage(
            rng, 14 + round(50 * direction.density), direction.energy
        )
    else:
        rows, focal = _lights(direction, scene, rng, len(colours))
    light, cover = bl.light_field(rows, colours)
    if beams is not None and not light_scene:  # the beams lit in the haze
        light += 0.3 * (0.6 + 0.6 * direction.energy) * (beams @ colours)
    if scene == "street" and focal is not None:  # the lamps' glow hangs over the road
        cx, cy = (focal[0] + focal[2]) / 2, (focal[1] + focal[3]) / 2
        light += (
            0.22 * colours[0] * (1.0 - raster.radial_field((cx, cy), 0.55, bl.RES))[..., None] ** 2
        )
    mode = "add" if not light_scene else "screen" if scene in ("leaves", "wash") else "over"
    art = _compose(ground, light, cover, mode)
    img = raster.to_image(art)
    soft = {"wash": 4.0, "leaves": 2.5, "lamp": 3.0, "candles": 1.5}.get(scene, 1.0)
    img = img.filter(ImageFilter.GaussianBlur(soft * (0.6 + 1.2 * (1 - direction.energy))))
    haze = {"wash": 0.7, "lamp": 0.45}.get(scene, 0.3 + 0.25 * direction.energy)
    img = raster.glow(img, bl.RES * 0.03, haze * (0.5 if light_scene else 1.0))
    img = img.resize((size, size), Image.Resampling.BILINEAR)  # all soft: no detail lost
    if scene == "rain":
        img = bokeh_rain.rain(img, rng, direction.turbulence)
    return Artwork(img, focal, scene)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "bokeh", 0.035)
    return Artwork(image, art.focal, art.layout)
