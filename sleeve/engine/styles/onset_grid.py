"""Onset grid: the song's rhythm as a picture a musician knows (a sound-system stack, a
lighting rig, a drum machine, a mirror ball) in bold screen-print flats, one or two inks
on a flat field, each cone, beam, key or facet a sixteenth, the accent on the downbeats.

onsets -> every mark, so different rhythms draw different pictures; the composition
leans from calm to loud with the energy (in this order), the track's subgenre tripling
the weight of its own picture (SCENES; SHUNS cuts the ball for drill, trap, dub
or metal), the seed drawing:
- ball: a big faceted mirror ball in the dark, a facet row a bar and a facet column a
  sixteenth, a hard hit flashing its facet and throwing a glint into the room
  (onset_ball); disco, funk, house, k-pop;
- machine: a drum machine close up from above and turned a little, its row of step
  keys in groups of four the busiest bar (a played step's key and light lit), knobs
  above turned by the next bars' hits (onset_machine); hip-hop, trap, lo-fi, IDM;
- rig: a truss of lamps across the frame throwing beams down through the dark onto a
  crowd's silhouette, a beam per hit as wide and bright as the hit, a rest's lamp dark
  (onset_rig); techno, trance, EDM, pop;
- speakers: a wall of speaker cabinets (bass bins, mids, horn tops) stacked off one
  side, a cone per step pumped out as far as its hit (onset_speakers); dub, drum and
  bass, jungle, drill, afrobeats, reggaeton.
The ball and the rig are lit in the dark: their field is the palette's night (a vivid
field is kept).
Retired (RETIRED): the moire (two gratings: read as TV static and a test card), the
tunnel (nested frames: a screen saver), the bulge (a Vasarely checkerboard: an
optical-illusion demo) and the chevron (a knitted checkerboard: busy at 64 px); then
the row of huge dots and the barcode strip (two art directors: three dots on black,
a barcode, sparse marks that read as plots); then the step grid (a 4 x 4 sequencer of
squares: three of four reviewers saw an app icon or a plot) and the dot floor (rows of
dots to a horizon: it repeated and read as a chart); then the halftone sun (a coarse
dot screen: on every track one small diamond of dots floating in an empty field, the
same picture for every calm song); then the target (thick rings in a corner), the
Truchet tiles and the Riley bands (every art director scored them last: abstract
marks on a flat field read as wallpaper, test patterns, app icons or plots; a
picture with a subject replaced them).
Each keeps a calm band for the title at the top or the foot (the picture is drawn
for either, never flipped upside down) and is mirrored by the seed. Without audio the
rhythm is synthesized from the energy curve and the seed."""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, Box, StyleInfo
from sleeve.engine.styles.cover_parts import onset_ball, onset_machine, onset_rig, onset_speakers
from sleeve.engine.styles.cover_parts.calm_zone import title_zone
from sleeve.engine.styles.cover_parts.onset_marks import Sheet

STYLE = StyleInfo(
    name="onset_grid",
    family="graphic",
    fits=("electronic", "hiphop"),  # pop, afrobeats: their languages list it
    music=True,
    # a mirror ball or a drum machine on a ballad (桜の散る頃, a Thai rain ballad) read
    # as pasted on to three art directors
    min_energy=0.45,
    # the three styles four art directors ranked lowest (18 covers, one releasable, on
    # the final sheets): offered at half weight until they are rebuilt
    weight=0.5,
)

STEPS = 16
DRAW_MIN = 256  # the smallest side the marks are drawn at
CALM_TO_LOUD = ("ball", "machine", "rig", "speakers")
# not sleeves (docstring)
RETIRED = (
    "moire",
    "tunnel",
    "bulge",
    "chevron",
    "row",
    "strip",
    "steps",
    "floor",
    "halftone",
    "target",
    "truchet",
    "riley",
)
# the subgenres (design languages) each picture belongs to: a track of one draws it
# most often, any track may draw any of them
SCENES = {
    "ball": ("disco", "funk", "house", "kpop", "jpop", "city_pop", "hyperpop", "rnb"),
    "machine": ("hiphop", "trap", "drill", "lofi", "idm", "electronic", "industrial"),
    "rig": ("techno", "trance", "edm", "industrial", "synthwave", "latin", "pop"),
    "speakers": (
        "reggae",
        "dnb",
        "bass",
        "dancehall",
        "punk",
        "hardcore",
        "afrobeats",
        "reggaeton",
        "tropical",
        "bollywood",
        "arabic",
        "drill",
    ),
}
# subgenres a picture would betray (a glittering ball for drill or black metal): a
# seventh of its weight there
SHUNS = {
    "ball": (
        "drill",
        "trap",
        "punk",
        "hardcore",
        "industrial",
        "dark_ambient",
        "black_metal",
        "death_metal",
        "doom_metal",
        "reggae",
        "dnb",
    ),
}
# pictures lit in the dark: the field is the palette's night whatever its lightness
NIGHT = ("ball", "rig")

COMPOSITIONS: dict[str, Callable[[Sheet, np.ndarray, ArtDirection], Box]] = {
    "ball": lambda sheet, hits, _: onset_ball.ball(sheet, hits),
    "machine": lambda sheet, hits, _: onset_machine.machine(sheet, hits),
    "rig": lambda sheet, hits, _: onset_rig.rig(sheet, hits),
    "speakers": lambda sheet, hits, d: onset_speakers.speakers(sheet, hits, _dark(d)),
}


def _plan(direction: ArtDirection) -> str:
    """The composition: the energy leans it from the ball to the speakers, the track's
    subgenre triples the weight of its own pictures (and cuts a picture it shuns to a seventh),
    and the seed draws."""
    rng = raster.rng_for(direction, "onsets-layout")
    at = float(np.clip(0.5 + 1.8 * (direction.energy - 0.5), 0.0, 1.0))
    pos = np.linspace(0.0, 1.0, len(CALM_TO_LOUD))
    weights = 1.0 + 0.4 * np.exp(-(((pos - at) / 0.3) ** 2))
    sub = direction.language.subgenre
    weights *= [3.0 if sub in SCENES[name] else 1.0 for name in CALM_TO_LOUD]
    weights *= [0.15 if sub in SHUNS.get(name, ()) else 1.0 for name in CALM_TO_LOUD]
    return CALM_TO_LOUD[int(rng.choice(len(CALM_TO_LOUD), p=weights / weights.sum()))]


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return _plan(direction)


def _paper(direction: ArtDirection) -> RGB:
    """The field: the palette's background, dark for a dark palette or a loud song."""
    return raster.ground(direction.palette.background, 0.13 if _dark(direction) else 0.93, 0.02)


def _dark(direction: ArtDirection) -> bool:
    """Whether the field is dark: a dark palette's, a loud song's, or a picture lit in
    the dark (NIGHT)."""
    return (
        compose.dark_field(rgb_to_oklch(direction.palette.background)[0])
        or direction.energy > 0.7
        or _plan(direction) in NIGHT
    )


def _sheet(
    direction: ArtDirection, img: Image.Image, rng: np.random.Generator, top: bool = True
) -> Sheet:
    """Field, ink and accent (Swiss: three colours, a mass colour the ink's stand-in): the
    palette's own field when vivid, an ink that reads on it, the accent lifted to
    print on it."""
    paper = _paper(direction)
    dark = rgb_to_oklch(paper)[0] < 0.6
    if img.getpixel((0, 0)) != paper:  # render makes the image in it already
        img.paste(paper, (0, 0, *img.size))
    ink = raster.tone(direction.palette.background, 0.92 if dark else 0.18, 0.02)
    hot = _accent(direction, paper, ink)
    return Sheet(
        draw=aggdraw.Draw(img),
        size=img.size[0],
        rng=rng,
        field=paper,
        ink=ink,
        mass=_mass(direction, paper, ink, hot),
        hot=hot,
        top=top,
    )


def _accent(direction: ArtDirection, paper: RGB, ink: RGB) -> RGB:
    """The accent for the downbeats: the palette's accent (or else its first colour
    with some hue) lifted to print on the field; the ink when the palette is grey (a
    grey accent read as a greyed-out, disabled mark)."""
    light = rgb_to_oklch(paper)[0]
    for colour in (direction.palette.accent, *direction.palette.colors):
        for level in (0.72 if light < 0.6 else 0.58, 0.3 if light > 0.6 else 0.8):
            hot = raster.vivid(colour, level, 0.2)
            lit, chroma, _ = rgb_to_oklch(hot)
            if chroma >= 0.05 and abs(lit - light) >= 0.2:
                return hot
    return ink


def _mass(direction: ArtDirection, paper: RGB, ink: RGB, hot: RGB) -> RGB:
    """The second colour (the 30 of 60/30/10): the palette's first colour flat and
    clear of the field, the accent and mud (warm hues lifted, never brown), or the
    ink when the palette offers none but greys."""
    light = rgb_to_oklch(paper)[0]
    for colour in direction.palette.colors:
        hue = rgb_to_oklch(colour)[2]
        level = 0.66 if 35 <= hue <= 75 else (0.6 if light < 0.6 else 0.46)
        mass = raster.vivid(colour, level, 0.15)
        if rgb_to_oklch(mass)[1] < 0.04:  # a grey second colour reads as a placeholder
            continue
        far = abs(rgb_to_oklch(mass)[0] - light) > 0.22
        if far and sum(abs(a - b) for a, b in zip(mass, hot, strict=True)) > 90:
            return mass
    return ink


def _hits(direction: ArtDirection, bars: int) -> np.ndarray:
    """(bars, 16) onset strengths, a row per bar. Measured onsets come a sixteenth
    each from the beat, so their own bars are kept (resampling them would slide the
    downbeats off the first column); without them, `bars` bars are synthesized."""
    raw = np.asarray(direction.onsets, dtype=np.float64)
    if len(raw) >= STEPS:
        rows = raw[: len(raw) // STEPS * STEPS].reshape(-1, STEPS)
        return np.clip(rows / max(float(rows.max()), 1e-6), 0.0, 1.0)
    return signals.onsets(direction, bars * STEPS).reshape(bars, STEPS)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the onset-grid cover (RGB, size x size): the picture keeps the title's band
    (top or foot) flat field and is mirrored by the seed."""
    kind = _plan(direction)
    rng = raster.rng_for(direction, "onsets")
    low = title_zone(direction, rng) == "bottom"
    mirror = bool(rng.random() < 0.5)
    bars = int(np.clip(round(6 + 10 * direction.density + rng.integers(-2, 3)), 4, 16))
    hits = _hits(direction, bars)
    img = Image.new("RGB", (max(size, DRAW_MIN),) * 2, _paper(direction))
    sheet = _sheet(direction, img, rng, top=not low)
    x0, y0, x1, y1 = COMPOSITIONS[kind](sheet, hits, direction)
    sheet.draw.flush()
    if mirror:
        img = img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        x0, x1 = 1 - x1, 1 - x0
    if img.size[0] > size:  # fine marks drawn small come out heavy: draw big, scale down
        img = img.resize((size, size), Image.Resampling.BOX)
    image = finish(img, direction, "onsets", 0.02)
    return Artwork(image, compose.clip_box((x0, y0, x1, y1)), kind)
