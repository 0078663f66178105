"""Onset grid: the song's rhythm as a bold graphic print, big marks in one or two inks
on a flat field (Raster-Noton, Kompakt, a Riley or a Swiss concert poster), the accent
on the downbeats only.

onsets -> every mark, so different rhythms draw different prints; the composition
leans from calm to loud with the energy (in this order), the seed choosing among the
near ones:
- target: a few thick rings in a lower corner, a ring per sixteenth as thick as its hit,
  rests left open, stepping toward an eye (onset_marks);
- truchet: big quarter-circle Truchet tiles cropped off the frame, a tile a sixteenth,
  every hit turning the tiles over so the arcs meander, filled in two inks or drawn as
  thick bands; the round shape nearest each played downbeat in the accent
  (onset_tiles);
- riley: six to eight bands across the frame swelling on the hits and bending in a slow
  wave, the downbeats a column of accent swells (onset_fields).
Retired (RETIRED): the moire (two gratings: read as TV static and a test card), the
tunnel (nested frames: a screen saver), the bulge (a Vasarely checkerboard: an
optical-illusion demo) and the chevron (a knitted checkerboard: busy at 64 px); then
the row of huge dots and the barcode strip (two art directors: three dots on black,
a barcode, sparse marks that read as plots); then the step grid (a 4 x 4 sequencer of
squares: three of four reviewers saw an app icon or a plot) and the dot floor (rows of
dots to a horizon: it repeated and read as a chart); then the halftone sun (a coarse
dot screen: on every track one small diamond of dots floating in an empty field, the
same picture for every calm song). No faint ghost ink: every cover
is the field, one ink (or the palette's mass colour) and the accent.
Each keeps a calm band for the title (drawn at the top, flipped for a low title,
mirrored by the seed). Without audio the rhythm is synthesized from the energy curve
and the seed."""

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
from sleeve.engine.styles.cover_parts import onset_fields as fields
from sleeve.engine.styles.cover_parts import onset_marks as marks
from sleeve.engine.styles.cover_parts import onset_tiles as tiles
from sleeve.engine.styles.cover_parts.calm_zone import title_zone
from sleeve.engine.styles.cover_parts.onset_marks import Sheet

STYLE = StyleInfo(
    name="onset_grid",
    family="graphic",
    fits=("electronic", "hiphop"),  # pop, afrobeats: their languages list it
    music=True,
)

STEPS = 16
DRAW_MIN = 256  # the smallest side the marks are drawn at
CALM_TO_LOUD = ("target", "truchet", "riley")
# not sleeves (docstring)
RETIRED = ("moire", "tunnel", "bulge", "chevron", "row", "strip", "steps", "floor", "halftone")


def _truchet(sheet: Sheet, hits: np.ndarray, direction: ArtDirection) -> Box:
    """Truchet tiles, more and smaller for a busier rhythm, filled or banded."""
    played = float((hits >= tiles.TURN).mean())  # ghost notes do not count
    cols = int(np.clip(round(5 + 4 * played + sheet.rng.integers(-1, 2)), 5, 9))
    cut = "fill" if sheet.rng.random() < 0.5 else "band"
    return tiles.truchet(sheet, hits, cut, cols)


COMPOSITIONS: dict[str, Callable[[Sheet, np.ndarray, ArtDirection], Box]] = {
    "target": lambda sheet, hits, _: marks.target(sheet, hits),
    "riley": lambda sheet, hits, _: fields.riley(sheet, hits),
    "truchet": _truchet,
}


def _plan(direction: ArtDirection) -> str:
    """The composition, leaning from calm to loud with the energy, from its own rng."""
    rng = raster.rng_for(direction, "onsets-layout")
    return compose.pick(rng, CALM_TO_LOUD, direction.energy)


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return _plan(direction)


def _paper(direction: ArtDirection) -> RGB:
    """The field: the palette's background, dark for a dark palette or a loud song."""
    return raster.ground(direction.palette.background, 0.13 if _dark(direction) else 0.93, 0.02)


def _dark(direction: ArtDirection) -> bool:
    """Whether the field is dark: a dark palette's, or a loud song's."""
    return (
        compose.dark_field(rgb_to_oklch(direction.palette.background)[0]) or direction.energy > 0.7
    )


def _sheet(direction: ArtDirection, img: Image.Image, rng: np.random.Generator) -> Sheet:
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
    """Draw the onset-grid cover (RGB, size x size): drawn with the title's band at
    the top, then flipped for a low title and mirrored by the seed."""
    kind = _plan(direction)
    rng = raster.rng_for(direction, "onsets")
    low = title_zone(direction, rng) == "bottom"
    mirror = bool(rng.random() < 0.5)
    bars = int(np.clip(round(6 + 10 * direction.density + rng.integers(-2, 3)), 4, 16))
    hits = _hits(direction, bars)
    img = Image.new("RGB", (max(size, DRAW_MIN),) * 2, _paper(direction))
    sheet = _sheet(direction, img, rng)
    x0, y0, x1, y1 = COMPOSITIONS[kind](sheet, hits, direction)
    sheet.draw.flush()
    sheet.print_layers(img)
    turn = {
        (True, True): Image.Transpose.ROTATE_180,
        (True, False): Image.Transpose.FLIP_TOP_BOTTOM,
        (False, True): Image.Transpose.FLIP_LEFT_RIGHT,
    }.get((low, mirror))
    if turn is not None:  # one transpose for both flips
        img = img.transpose(turn)
    if low:
        y0, y1 = 1 - y1, 1 - y0
    if mirror:
        x0, x1 = 1 - x1, 1 - x0
    if img.size[0] > size:  # fine marks drawn small come out heavy: draw big, scale down
        img = img.resize((size, size), Image.Resampling.BOX)
    image = finish(img, direction, "onsets", 0.02)
    return Artwork(image, compose.clip_box((x0, y0, x1, y1)), layout_of(direction))
