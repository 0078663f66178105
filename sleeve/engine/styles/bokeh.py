"""Bokeh: a night photographed out of focus behind one sharp dark subject, graded to
two colours: a few big bright discs on near-black.

genre -> which scenes are likely (lo-fi and R&B a figure at a rainy window, drum and
bass, drill and synthwave a car's rear on a wet road of lamps, rock and jazz a mic
before the gig's lights, pop and Latin one firework over a city or a harbour, disco a
mirrorball); the title's words call their scene (rain, window, a road, neon, fire, a
fair, a party); a happy track or a light palette moves the outdoor scenes to dusk; the
genre -> the colours (bokeh_colour); energy -> the busy scenes and how many lights; the
seed -> the scene among the likely ones and where everything sits. Every scene keeps
the title's band calm and dark.

Two art directors read every cover as a blurred-lights stock photo (fairy lights, a
washed-out Ferris wheel, a candle flare, a neon triangle another style also draws):
those four scenes are retired (RETIRED) and the rest made designed covers. In focus
before the lights stands one bold ink shape with a clean edge and a thin rim of the
scene's light, as a real lens's depth of field leaves it (bokeh_figure): a figure's
head and shoulders at the rain window, a car's rear with its tail lights (flaring with
the downbeats' onsets, smeared down the wet road; loud music drives it further off), a
small watcher under most fireworks. Then the whole scene is graded (bokeh_grade):
its luminance through a crushed curve into a ramp from the sky's near-black through
the genre's second light to its first and white, so it reads at 64 px.

Earlier rounds, still true: the road runs off to a far end well to one side, its
lamps along the near kerb, one a beat, lit by the onsets (bokeh_street); the gig is
focused on the singer's microphone, black and sharp before the rig's blown-out lamps
(bokeh_mic); the rain on the glass keeps out of the title's band, loud music brings a
downpour (bokeh_rain); a firework's streaks bleed into discs over a dark city line or
a harbour, a willow for calm music, a crisp burst with a second far one for loud
(bokeh_fireworks); discs go through one lens (bokeh_lens: edge-bright with onion
rings, a magenta fringe, cat's eyes toward the corners). A title too big for the calm
band tilts the camera away from it (title_room).
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import bokeh_colour as bc
from sleeve.engine.styles.cover_parts import (
    bokeh_figure,
    bokeh_grade,
    bokeh_rain,
    bokeh_stage,
    calm_zone,
    title_words,
)
from sleeve.engine.styles.cover_parts import bokeh_lens as lens
from sleeve.engine.styles.cover_parts import bokeh_photo as bp
from sleeve.engine.styles.cover_parts.bokeh_fireworks import fireworks
from sleeve.engine.styles.cover_parts.bokeh_street import street

STYLE = StyleInfo(
    name="bokeh",
    family="image",
    fits=("lofi", "rnb", "jazz", "pop"),  # dnb and bass list it; techno and drill do not
    subjects=("rain", "window", "fireworks", "road"),  # NAMED_SCENES
    # the three styles four art directors ranked lowest (18 covers, one releasable, on
    # the final sheets): offered at half weight until they are rebuilt
    weight=0.5,
)

# no SKELETONS: every scene is its own picture (a figure at the window, a car on the
# road seen low to its far end, a mic before the rig, a burst over a city or harbour)

SCENES = ("rain", "street", "stage", "fireworks", "mirrorball")
# read as stock photographs by two art directors (fairy lights, a Ferris wheel washed
# out, a candle flare, the neon triangle another style also draws): code deleted
RETIRED = ("fairy", "wheel", "candle", "neon")
DUSK_SCENES = ("street", "fireworks")
GENRE_SCENES: dict[str, tuple[float, ...]] = {
    "lofi": (4, 1.0, 0.3, 0.5, 0),
    "rnb": (2, 1.6, 0.8, 0.8, 1),
    "jazz": (1.6, 1.4, 1.8, 0.2, 0.2),
    "electronic": (0.8, 3.5, 1.2, 0.6, 0.8),
    "hiphop": (1.5, 2, 1.2, 0.4, 0.3),
    "rock": (1, 1.2, 2.5, 0.8, 0),
    "metal": (1.5, 0.8, 2, 0.4, 0),
    "pop": (1, 1, 1, 2, 1),
    "latin": (0.8, 1, 0.8, 2.2, 1.2),
}
OTHER_SCENES = (1.6, 1.0, 0.8, 1.2, 0.3)
SUBGENRE_SCENES = {
    "dnb": "street",
    "drill": "street",
    "city_pop": "street",
    "synthwave": "street",
    "vaporwave": "street",
    "funk": "mirrorball",
    "disco": "mirrorball",
    "nu_disco": "mirrorball",
    "hyperpop": "fireworks",
    "children": "fireworks",
    "shoegaze": "rain",
    "dream_pop": "rain",
}
# words in the title that call a scene (lower case, matched as substrings)
WORD_SCENES: dict[str, tuple[str, ...]] = {
    "rain": ("rain", "lluvia", "chuva", "pluie", "regen", "дожд", "雨", "비 ", "ฝน", "window"),
    "street": (
        *("street", "road", "highway", "avenue", "drive", "calle", "улиц", "дорог", "sodium"),
        *("neon", "неон", "motel", " city", "город", "城市"),  # " city": not "electricity"
    ),
    "stage": ("smoke", "haze", "humo", "дым", " live", "concert", "crowd", "stage", "encore"),
    "fireworks": (
        *("firework", "花火", "fuego", "fire", "fiesta", "festival", "celebrat", "불꽃"),
        *("fair", "carnival", "parade", "azotea", "rooftop", "party"),
    ),
    "mirrorball": ("disco", "mirrorball", "glitter", "boogie"),
}
# title_words motifs (any script) -> the scene: STYLE.subjects
NAMED_SCENES = {"rain": "rain", "window": "rain", "fireworks": "fireworks", "road": "street"}
SUBJECT_LAYOUTS = {word: (scene,) for word, scene in NAMED_SCENES.items()}  # registry
NIGHT_WORDS = ("night", "noche", "nuit", "nacht", "ночь", "ночн", "夜", "밤", "3am", "midnight")


def _words(direction: ArtDirection) -> str:
    return f" {direction.title.lower()} "


def is_light(direction: ArtDirection) -> bool:
    """Dusk, not night, for a light palette or a happy track; never where the title
    names the night, for disco or shoegaze, or for a grey palette (its dusk is a wash)."""
    title = _words(direction)
    indoors = [w for k in ("rain", "stage") for w in WORD_SCENES[k]]
    named = title_words.motifs(direction.title) & {"night", "rain", "window"}
    if named or any(word in title for word in (*NIGHT_WORDS, *indoors)):
        return False  # the title names the night, or a scene only the night has
    if direction.language.subgenre in ("funk", "disco", "nu_disco", "shoegaze"):
        return False
    pal = direction.palette
    if max(bc.chroma(c) for c in (pal.background, pal.accent, *pal.colors)) < 0.05:
        return False
    if rgb_to_oklch(pal.background)[0] >= 0.6:
        return True
    return direction.valence >= 0.7


def pick_scene(direction: ArtDirection, rng: np.random.Generator, light: bool) -> str:
    """The scene: the genre and the title's words weigh the scenes, energy leans to
    the busy ones (street, stage, fireworks, mirrorball) or the calm one (rain);
    dusk keeps to the outdoor scenes."""
    w = np.asarray(GENRE_SCENES.get(direction.genre, OTHER_SCENES), np.float64)
    favourite = SUBGENRE_SCENES.get(direction.language.subgenre)
    if favourite:
        w[SCENES.index(favourite)] += 14
    e = direction.energy
    w *= np.array([1.5 - e, 0.5 + e, 0.4 + e, 0.5 + e, 0.5 + e])
    title = _words(direction)
    named = {NAMED_SCENES[m] for m in title_words.motifs(direction.title) if m in NAMED_SCENES}
    for scene, words in WORD_SCENES.items():
        if scene in named or any(word in title for word in words):  # the song names it
            w[SCENES.index(scene)] += 40
    if light:
        for i, scene in enumerate(SCENES):
            if scene not in DUSK_SCENES:
                w[i] *= 0.05
    return SCENES[int(rng.choice(len(SCENES), p=w / w.sum()))]


def layout_of(direction: ArtDirection) -> str:
    """The composition render draws for `direction` (its scene), without drawing:
    the first draw of the style's generator."""
    return pick_scene(direction, raster.rng_for(direction, "bokeh"), is_light(direction))


def _mirrorball(rng: np.random.Generator, c: dict, band: str, n: int) -> bp.Shot:
    """A mirrorball lit by one spot, throwing its spots round a dark club."""
    rows, beams, focal = bokeh_stage.mirrorball(rng, n, 3, band)
    cols = np.asarray([[0.86, 0.92, 1.0], c["lights"][0], c["lights"][1]], np.float32)
    light = bp.discs(rows, cols, 0.45, 0.35) + 0.16 * (bp.down(beams) @ cols)
    ground = bp.sky(c["sky"] * 0.6, c["low"] * 0.8, 0.9, c["sky"] * 0.8)
    return bp.Shot(ground, light, None, None, focal)


def _shot(direction: ArtDirection, scene: str, rng: np.random.Generator, dusk: bool) -> bp.Shot:
    c = bc.colours(direction, dusk)
    band = calm_zone.title_band(direction, raster.rng_for(direction, "bokeh-zone"))
    n = round(40 * direction.density)
    if scene == "stage":
        return bokeh_stage.stage(rng, c, band, n, lens.music_of(direction))
    if scene == "mirrorball":
        return _mirrorball(rng, c, band, n)
    if scene == "fireworks":
        return fireworks(rng, c, band, n, lens.music_of(direction))
    if scene == "street":
        return street(rng, c, band, n, lens.music_of(direction))
    music = lens.music_of(direction)
    return bp.rain(rng, c, band, n, direction.energy, music.pulse(64))


HOODED = ("metal", "punk", "drill", "trap", "hardcore", "post_punk")  # the figure's hood up
BAND_DEPTH = 0.34  # how deep the scenes keep the title's band calm


def title_room(direction: ArtDirection) -> float:
    """How far the picture tilts away from the title's band (a fraction of the side) so
    that the title fits there at its full size: a title block (calm_zone.title_reach)
    that reaches past the band's depth (two or three lines of a big face) asks for that
    much more calm; 0 for a title the band holds, at most 0.25."""
    reach = calm_zone.title_reach(direction)
    if reach == 0.0:
        return 0.0
    return float(np.clip(reach + 0.03 - BAND_DEPTH, 0.0, 0.25))


def _tilt(art: np.ndarray, focal: bp.Box, band: str, room: float) -> tuple[np.ndarray, bp.Box]:
    """The camera tilted `room` away from the title's band: the picture slides away
    from it, the band grows by the sky (or ground) at its edge; the focal box follows."""
    k = int(round(room * art.shape[0]))
    if k <= 0:
        return art, focal
    x0, y0, x1, y1 = focal
    if band == "top":
        art = np.concatenate([np.repeat(art[:1], k, 0), art[:-k]])
        box = (x0, min(y0 + room, 0.9), x1, min(y1 + room, 1.0))
    else:
        art = np.concatenate([art[k:], np.repeat(art[-1:], k, 0)])
        box = (x0, max(y0 - room, 0.0), x1, max(y1 - room, 0.1))
    return art, box


def subject_of(
    direction: ArtDirection, scene: str, band: str, colours: dict
) -> bokeh_figure.Figure | bokeh_figure.Car | None:
    """The sharp subject `scene` puts before its lights for this song (bokeh_figure):
    its tail lights flare with the downbeats' onsets, its hood is up for heavy genres."""
    at = raster.rng_for(direction, "bokeh-subject")
    brake = float(np.clip(lens.music_of(direction).onsets[::16].mean() * 1.2, 0.0, 1.0))
    hooded = direction.genre in HOODED or direction.language.subgenre in HOODED
    return bokeh_figure.subject(scene, band, at, colours, direction.energy, brake, hooded)


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The bokeh art at `size`, before the finish."""
    rng = raster.rng_for(direction, "bokeh")
    dusk = is_light(direction)
    scene = pick_scene(direction, rng, dusk)
    shot = _shot(direction, scene, rng, dusk)
    if dusk:
        art = 1.0 - (1.0 - shot.ground) * np.clip(1.0 - shot.light, 0.0, 1.0)
    else:
        out = shot.ground + shot.light
        art = np.where(out > 0.8, 0.8 + 0.2 * np.tanh((out - 0.8) / 0.2), out)
    if shot.front is not None:
        f = shot.front[..., None]
        art = art * (1 - f) + shot.front_colour * f
    if shot.over is not None:
        art = art + shot.over
    colours = bc.colours(direction, dusk)
    art = bokeh_grade.grade(art, colours)
    band = calm_zone.title_band(direction, raster.rng_for(direction, "bokeh-zone"))
    room = title_room(direction)
    art, focal = _tilt(art, shot.focal, band, room)
    img = raster.to_image(np.clip(art, 0, 1))
    img = img.filter(ImageFilter.GaussianBlur(0.35 + 0.5 * (1 - direction.energy)))
    img = raster.glow(img, bp.RES * 0.03, 0.35 if dusk else 0.55)
    img = img.resize((size, size), Image.Resampling.BILINEAR)
    dy = room if band == "top" else -room
    if shot.sharp is not None:
        img = shot.sharp(img, dy)
    if scene == "rain":
        lit = tuple(int(255 * v) for v in colours["lights"][0])
        storm = 0.15 + 0.35 * direction.turbulence + 0.35 * direction.energy  # loud: a downpour
        img = bokeh_rain.rain(img, rng, storm, band, lit, room)
    thing = subject_of(direction, scene, band, colours)
    if thing is not None:  # the sharp subject before the lights, moved with the tilt
        img = bokeh_figure.draw(img, thing, dy)
    return Artwork(img, focal, scene)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "bokeh", 0.035)
    return Artwork(image, art.focal, art.layout)
