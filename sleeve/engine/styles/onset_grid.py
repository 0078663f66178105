"""Onset grid: the song's onsets made into one print of op-art, tiles or stone on a
flat field, the downbeats in the accent: art made of the rhythm, never a chart of it
(no axis, no baseline, no numbers, no labels).

onsets -> every mark (16 sixteenths a bar from the tempo), so different rhythms draw
different pictures; the energy curve (the song's sections) sets each print's one bold
area, the tempo its scale, the seed its direction, focal point and shapes. The
composition leans from calm to loud with the energy (in CALM_TO_LOUD's order), the
track's subgenre quadrupling the weight of its own print (SCENES), the seed drawing;
reported in Artwork.layout:
- current: a Bridget Riley field of stripes, a sixteenth a stripe as wide as it hits,
  rippling hardest in the loud sections; techno, IDM, ambient, DnB, trance, synthwave;
- memphis: a wall of Memphis/Truchet tiles, a beat a tile, the hit picking its shape
  (slashes, quarter disc, half disc, the downbeat a disc), one giant accent tile at the
  busiest bar; house, pop, hyperpop, k-pop, funk, disco, city pop;
- terrazzo: the hits as stone chips laid in courses, a bar a course down the song and
  a sixteenth a chip across it in a twill, the loud section's chips swelling into one
  bold band (the heap of shards before read as rubble); hip-hop, trap, drill, lo-fi,
  EDM, afrobeats, latin, reggaeton, dancehall.
Drill prints in greys alone (its art direction: no colour); funk and disco in gold.
Retired (RETIRED, code deleted): round 19's review read every print before these as a
data plot ("an onset envelope, a numbered footstep chart, arc segments, a square
grid"): the drum clip's waveform (score), the circular sequencer (loop), the pads of
one bar (onebar), the numbered shoe prints (footwork), the rhythm arcs and the radial
flare (burst); before them the piano-roll lanes, the laser show, the mirror ball, the
cut diamond, the disco floor, the dot poster, rhythm chart, quadtree and step grid, the
small wallpaper tiles, weaves, wheels, pads and mazes. Each keeps a calm band for the
title at the top or the foot (flat field, whatever ran into it) and is mirrored by the
seed. Without audio the rhythm is synthesized from the energy curve and the seed."""

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
from sleeve.engine.styles.cover_parts import onset_current, onset_memphis, onset_terrazzo
from sleeve.engine.styles.cover_parts.calm_zone import title_reach, title_zone
from sleeve.engine.styles.cover_parts.onset_marks import KEEP_OUT, Sheet

STYLE = StyleInfo(
    name="onset_grid",
    family="graphic",
    fits=("electronic", "hiphop"),  # pop, afrobeats: their languages list it
    music=True,
    # club prints on a ballad (桜の散る頃, a Thai rain ballad) read as pasted on to
    # three art directors
    min_energy=0.45,
    # the three styles four art directors ranked lowest (18 covers, one releasable, on
    # the final sheets): offered at half weight until they are rebuilt
    weight=0.5,
)

STEPS = 16
DRAW_MIN = 256  # the smallest side the marks are drawn at
DEEPEST = 0.5  # the deepest title band kept (a longer title shrinks in it)
CALM_TO_LOUD = ("current", "memphis", "terrazzo")
# not sleeves (docstring)
RETIRED = (
    "score",
    "loop",
    "onebar",
    "footwork",
    "arcs",
    "burst",
    "matrix",
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
    "ball",
    "machine",
    "rig",
    "speakers",
    "roll",
    "quarters",
    "nested",
    "sequence",
    "flips",
    "dots",
    "bars",
    "maze",
    "numeral",
    "mosaic",
    "pianola",
    "pads",
    "panel",
    "wheel",
    "weave",
    "tiles",
    "swell",
    "chart",
    "blocks",
    "sequencer",
    "dancefloor",
    "gem",
    "lanes",
    "lasers",
    "facets",
)
# the subgenres (design languages) each print belongs to: a track of one draws it
# most often, any track may draw any of them
SCENES = {
    # op-art stripes: machine music, the night and the still
    "current": (
        *("techno", "minimal", "idm", "ambient", "trance", "dnb", "bass", "dubstep"),
        *("garage", "synthwave", "jazz", "dream_pop"),
    ),
    # Memphis tiles: the bright, the brash and the glossy
    "memphis": (
        *("house", "pop", "hyperpop", "kpop", "jpop", "bedroom_pop", "funk", "disco"),
        *("city_pop", "rnb", "children"),
    ),
    # terrazzo: the beat makers, the big room and dance music without a club floor
    "terrazzo": (
        *("hiphop", "trap", "drill", "lofi", "edm", "afrobeats", "latin", "reggaeton"),
        *("tropical", "dancehall", "reggae", "bollywood", "arabic", "industrial", "punk"),
        *("rock", "hardcore", "psychedelic", "heavy_metal", "grunge"),
    ),
}
GREY = ("drill",)  # subgenres printed in greys alone (their art direction: no colour)
BRASH = ("house", "funk", "disco")  # subgenres printed on a flat vivid field
GLOSS = ("funk", "disco")  # subgenres whose second colour is gold (their art direction)
GOLD = (212, 175, 55)
# the scene's own spot colour for a palette with no hue (art direction: Latin urban's
# hot pink, dancehall's and afrobeats' yellow): reggaeton in greys read as colourless
SPOT = {
    "reggaeton": (255, 62, 165),
    "latin": (255, 62, 165),
    "dancehall": (255, 209, 0),
    "afrobeats": (242, 169, 0),
}

COMPOSITIONS: dict[str, Callable[[Sheet, np.ndarray, np.ndarray], Box]] = {
    "current": onset_current.current,
    "memphis": onset_memphis.memphis,
    "terrazzo": onset_terrazzo.terrazzo,
}


def _plan(direction: ArtDirection) -> str:
    """The composition: the energy leans it from the op-art stripes to the terrazzo,
    the track's subgenre quadruples the weight of its own print, and the seed draws."""
    rng = raster.rng_for(direction, "onsets-layout")
    at = float(np.clip(0.5 + 1.8 * (direction.energy - 0.5), 0.0, 1.0))
    pos = np.linspace(0.0, 1.0, len(CALM_TO_LOUD))
    weights = 1.0 + 0.4 * np.exp(-(((pos - at) / 0.3) ** 2))
    sub = direction.language.subgenre
    weights *= [4.0 if sub in SCENES[name] else 1.0 for name in CALM_TO_LOUD]
    return CALM_TO_LOUD[int(rng.choice(len(CALM_TO_LOUD), p=weights / weights.sum()))]


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return _plan(direction)


def _paper(direction: ArtDirection) -> RGB:
    """The field: the palette's background, dark for a dark palette, a loud song or
    drill; a brash scene's (house, funk) a flat field of
    the palette's most colourful colour (a grey palette keeps its paper)."""
    if _grey(direction):
        return raster.tone(direction.palette.background, 0.14, 0.0)
    if direction.language.subgenre in BRASH:
        palette = direction.palette
        colours = sorted(
            (palette.accent, *palette.colors, palette.background),
            key=lambda c: -rgb_to_oklch(c)[1],
        )
        if rgb_to_oklch(colours[0])[1] >= 0.06:
            return raster.vivid(colours[0], 0.7, 0.17)
    return raster.ground(direction.palette.background, 0.13 if _dark(direction) else 0.93, 0.02)


def _grey(direction: ArtDirection) -> bool:
    """Whether the track prints in greys alone (drill: no colour)."""
    return direction.language.subgenre in GREY


def _dark(direction: ArtDirection) -> bool:
    """Whether the field is dark: a dark palette's or a loud song's."""
    return (
        compose.dark_field(rgb_to_oklch(direction.palette.background)[0]) or direction.energy > 0.7
    )


def _sheet(
    direction: ArtDirection,
    img: Image.Image,
    rng: np.random.Generator,
    top: bool = True,
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
    mass = _mass(direction, paper, ink, hot)
    if direction.language.subgenre in GLOSS:
        mass = raster.vivid(GOLD, 0.84, 0.14)
    if _grey(direction):  # greys: a steel ink, pale pads, a white downbeat
        ink, mass, hot = (raster.tone(paper, level, 0.0) for level in (0.5, 0.78, 0.99))
    return Sheet(
        draw=aggdraw.Draw(img),
        size=img.size[0],
        rng=rng,
        field=paper,
        ink=ink,
        mass=mass,
        hot=hot,
        top=top,
        keep=float(np.clip(title_reach(direction) + 0.05, KEEP_OUT, DEEPEST)),
        tempo=float(direction.tempo_bpm),
        drive=float(direction.energy),
    )


def _accent(direction: ArtDirection, paper: RGB, ink: RGB) -> RGB:
    """The accent for the downbeats: the palette's accent (or else its first colour
    with some hue, or else the scene's own spot colour) lifted to print on the field;
    the ink when none has a hue (a grey accent read as a greyed-out, disabled mark)."""
    light = rgb_to_oklch(paper)[0]
    spot = SPOT.get(direction.language.subgenre)
    for colour in (direction.palette.accent, *direction.palette.colors, *([spot] if spot else [])):
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
    rows = signals.onsets(direction, bars * STEPS).reshape(bars, STEPS)
    return np.clip(rows / max(float(rows.max()), 1e-6), 0.0, 1.0)  # the hardest hit a 1


def _swell(direction: ArtDirection) -> np.ndarray:
    """The energy curve (64 points) smoothed and stretched between its 5th and 95th
    percentiles, so a loud intro or a final hit does not flatten the rest of the song."""
    curve = signals.smooth(signals.energy(direction, 64, stretch=False), 2, "reflect")
    low, high = np.percentile(curve, (5, 95))
    return np.clip((curve - low) / max(float(high - low), 0.15), 0.0, 1.0)


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
    x0, y0, x1, y1 = COMPOSITIONS[kind](sheet, hits, _swell(direction))
    top, bottom = sheet.band  # the title's band stays flat field, whatever ran into it
    if top > 0:
        sheet.box(0.0, -0.01, 1.01, top, sheet.field)
    if bottom < 1:
        sheet.box(0.0, bottom, 1.01, 1.01, sheet.field)
    sheet.draw.flush()
    if mirror:
        img = img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        x0, x1 = 1 - x1, 1 - x0
    if img.size[0] > size:  # fine marks drawn small come out heavy: draw big, scale down
        img = img.resize((size, size), Image.Resampling.BOX)
    image = finish(img, direction, "onsets", 0.02)
    return Artwork(image, compose.clip_box((x0, y0, x1, y1)), kind)
