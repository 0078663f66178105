"""Spectrogram: the song's spectrum folded into one bold object that carries the cover.

One of six compositions, chosen by the music (energy leans calm to loud: aurora,
mountain, record, line screen) and the seed, each a different skeleton (where the mass
sits, what the focal shape is) except the groove's two crops, one picture drawn as one
pick (SKELETONS):

- groove-disc: a big groove spectrogram (polar: angle time, radius frequency, fine
  sine grooves) slid half out of a side of the frame, a record out of its sleeve, its
  far rim past the frame's edge away from the title (calmer songs);
- groove-quarter: a big quarter groove disc swung out of a far corner of the frame,
  its arc across most of the free part, cut crisp at the title's band (louder songs);
- aurora (night fields only; paper or a vivid field draws the mountain or the
  slid-out record, and so does half the time a title on top, under which the curtain
  was a low band on an empty night): a curtain of light folding across a night sky,
  each fold a ray as tall as its moment is loud, bright at the hem (bass), fading up
  through the treble before the title; its folds gather the light but never double back into spikes;
- scan: a line screen (Raster-Noton, op art): straight hairlines across the frame, one
  per band group, that swell into one bloom round the song's loudest passage, the
  bloom's outline that passage's spectrum, its width how long the loud part lasts;
- peak: the spectrum at the loudest moment as a mountain printed in two inks: the
  summit is that moment, the flanks the spectrum just before and after it cut in a
  few broad facets, the lit faces in the tip ink, the quietest moment a paler range
  behind;
- haze (shoegaze mostly, and dream pop now and then): the log-spectrogram as a few
  big blurred blocks of one hue, melting into the field.

Retired (RETIRED), for reading as a plot, a heat map, clip art or a template: the
strip and the full-bleed cell field (a plot, a heat map), the bar code (a stock
equaliser), the terrain of stacked ridges (a generic landscape), the twisting ribbon
and the huge groove arc (a band across every other cover), the rosette of cells (a
pie chart), the column of slats (a stack of coins or a paper lantern, at any width);
then the rorschach (an ink-blot test, not a cover), the planet (a clip-art globe) and
the waterfall of spectrum slices (a plot, a line chart), and small whole records in a
void; then the sun (a sunburst round a glowing core, on 15 of 74 bench covers from
gospel to techno: the retro-sun template the art direction warns of), the light
painting (glowing threads: a line chart or a screen saver) and the halo (concentric
bands round an empty heart: an archery target, and a second ring picture beside the
record).

The mountain and the aurora are landscapes: the street, club and soul genres (STREET:
drill, trap, hip-hop, R&B, house, ...) get the line screen or the record instead. The
title's band is as deep as the title needs (band_depth: a long title set on a blank
frame), so the typography need not shrink it to fit beside the art.

Shapes sit whole in the part of the frame the title leaves free or run off the frame's
own edges; toward the title they end on a crisp edge (the haze melts, the aurora
glows). Colour runs from the field through one vivid spot colour (accent or lead
colour; a grey palette takes a hue from the mood) to a light or dark tip, never a
rainbow; grain from the finish.
Without audio the spectrum is synthesized from the energy curve and the seed."""

from __future__ import annotations

from functools import partial

import numpy as np

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import (
    calm_zone,
    spectro_figures,
    spectro_grooves,
    spectro_scenes,
)
from sleeve.engine.styles.cover_parts.spectro_layouts import Canvas

STYLE = StyleInfo(
    name="spectrogram",
    family="image",
    fits=("electronic", "ambient", "rock", "classical", "hiphop"),  # black metal: too clean
    music=True,
)

FRAMES, BANDS = 120, 40
RES = 512  # the field is drawn at this size (or the cover's, if smaller) and scaled up
LAYOUTS = {
    "groove-disc": partial(spectro_grooves.groove, crop="disc"),
    "groove-quarter": partial(spectro_grooves.groove, crop="quarter"),
    "aurora": spectro_scenes.aurora,
    "scan": spectro_figures.scan,
    "peak": spectro_scenes.peak,
    "haze": spectro_grooves.haze,
}
PICKS = ("aurora", "peak", "groove", "scan")  # calm to loud; the record is one pick
HAZY = ("shoegaze", "dream_pop")  # genres that want blur, not crisp cells
# street, club and soul genres: a snowy mountain or a sky of northern lights is a
# postcard there (a blue snowy peak on UK drill, on an R&B ballad); they get the line
# screen or the record
STREET = (
    "drill",
    "trap",
    "hiphop",
    "rnb",
    "funk",
    "gospel",
    "hyperpop",
    "house",
    "edm",
    "trance",
    "reggaeton",
    "tropical",
    "industrial",
    "jingle",
)
SCENES = ("aurora", "peak")  # landscapes: never for the STREET genres
GLOWS = ("aurora",)  # light on a dark field: a soft glow, dark fields only
CRISP = tuple(name for name in LAYOUTS if name not in GLOWS + ("haze",))
SKELETONS = {"groove-disc": "groove", "groove-quarter": "groove"}  # one record, two crops
RETIRED = (
    "strip",
    "field",
    "barcode",
    "bars",
    "terrain",
    "ribbon",
    "ribbon-close",
    "groove-arc",
    "rosette",
    "column",
    "rorschach",
    "planet",
    "waterfall",
    "sun",
    "light-paint",
    "halo",
)


def _dark(direction: ArtDirection) -> bool:
    """Whether the cover sits on a dark field."""
    lightness = rgb_to_oklch(direction.palette.background)[0]
    return compose.dark_field(lightness) or direction.valence < 0.55


def field_colour(direction: ArtDirection) -> RGB:
    """The flat field around the art: the genre's background, darkened or lightened."""
    return raster.ground(direction.palette.background, 0.1 if _dark(direction) else 0.93, 0.02)


def spot_colour(direction: ArtDirection, rng: np.random.Generator) -> RGB:
    """The one spot colour: the accent or the lead colour, whichever is more colourful
    (by chance when both are); a grey palette takes a hue from the mood (cold blue when
    sad, teal, ember when bright), never a grey plate."""
    pal = direction.palette
    picks = sorted((pal.accent, pal.colors[0]), key=lambda c: -rgb_to_oklch(c)[1])
    first, second = picks
    pick = second if rgb_to_oklch(second)[1] > 0.08 and rng.random() < 0.4 else first
    if rgb_to_oklch(pick)[1] < 0.05:
        hue = float(np.interp(direction.valence, (0.0, 0.5, 1.0), (262.0, 200.0, 50.0)))
        return oklch_to_rgb(0.7, 0.15, hue)
    return raster.vivid(pick, 0.7, 0.19)


def colours(direction: ArtDirection, rng: np.random.Generator) -> np.ndarray:
    """A colour table from the field itself (so the art fades into it) through the spot
    to its tip (light on a dark field, dark on a light one). On a coloured field whose
    hue is far from the spot's (teal and pink, red and cyan) the way between them runs
    through grey, so the table turns to the spot's hue within its first tenth: only an
    edge's anti-aliasing passes the grey, never a shadow or a glow (no mud)."""
    dark = _dark(direction)
    field = field_colour(direction)
    spot = spot_colour(direction, rng)
    tip = raster.tone(spot, 0.96 if dark else 0.3, 0.06 + 0.08 * direction.brightness)
    stops, at = [field, spot, tip], [0.0, 0.6, 1.0]
    fl, fc, fh = rgb_to_oklch(field)
    sl, sc, sh = rgb_to_oklch(spot)
    if fc > 0.05 and abs((fh - sh + 180.0) % 360.0 - 180.0) > 50.0:
        stops.insert(1, oklch_to_rgb(0.6 * fl + 0.4 * sl, 0.8 * sc, sh))
        at.insert(1, 0.1)
    lut = raster.color_lut(stops, at)
    lut[0] = field  # exactly the field where there is no art
    return lut


def _plan(direction: ArtDirection, rng: np.random.Generator) -> tuple[str, str]:
    """The title's zone and the composition, in the draw's rng order. The record is one
    pick, cropped as a slid-out disc for calmer songs and a quarter for louder ones;
    the hazy genres trade the line screen for the haze now and then, and shoegaze draws
    it most of the time; on a light or vivid field the aurora becomes the mountain or
    the slid-out record (calm pictures both), and so does half the time a title on
    top; beside a title column the mountain; the STREET genres trade the landscapes
    for the line screen or the record."""
    zone = calm_zone.title_zone(direction, rng)
    hazy = direction.language.subgenre in HAZY
    name = compose.pick(rng, PICKS, direction.energy)
    if name == "groove":
        name = "groove-disc" if rng.random() < 0.75 - 0.5 * direction.energy else "groove-quarter"
    if hazy and (
        (name == "scan" and rng.random() < 0.3)
        or (direction.language.subgenre == "shoegaze" and rng.random() < 0.85)
    ):
        name = "haze"
    if name in GLOWS and rgb_to_oklch(field_colour(direction))[0] > 0.3:  # light needs a night:
        # on paper or a vivid field the glow fills in as a solid sausage of colour
        name = "peak" if rng.random() < 0.5 else "groove-disc"  # both calm, like the aurora
    if name == "aurora" and zone == "right":  # a sky cut short by a title column: bars
        name = "peak"
    if name == "aurora" and zone == "top" and rng.random() < 0.5:  # a sky under the
        # title is a low band of light on an empty night ('a thin motif on empty black')
        name = "peak" if rng.random() < 0.5 else "groove-disc"
    if name in SCENES and direction.language.subgenre in STREET:
        name = "scan" if rng.random() < 0.5 + 0.3 * direction.energy else "groove-disc"
    return zone, name


TITLE_TOP = 0.07  # where a title's block starts from its edge of the frame (typography.MARGIN)
DEEPEST = 0.52  # the most of the side a title band may take from the picture


def band_depth(direction: ArtDirection) -> float:
    """How deep (fraction of the side) the title's band is kept calm: the usual band,
    or deeper where the title's block (calm_zone.title_depth) reaches past it (two or
    three lines of a big face), so that the typography need not shrink the title to
    fit (a long title on a record or a line screen came out at half its size)."""
    usual = calm_zone.away_from("top")[1]
    depth = calm_zone.title_depth(direction)
    if depth == 0.0:
        return usual
    return float(np.clip(TITLE_TOP + depth + 0.07, usual, DEEPEST))  # clear of the cut


def free_part(direction: ArtDirection, zone: str) -> tuple[float, float, float, float]:
    """The part of the frame the art may fill for a title zone, the title's band as deep
    as the title needs (band_depth)."""
    free = calm_zone.away_from(zone)
    if zone not in ("top", "bottom"):
        return free
    depth = band_depth(direction)
    return (0.0, depth, 1.0, 1.0) if zone == "top" else (0.0, 0.0, 1.0, 1.0 - depth)


def layout_of(direction: ArtDirection) -> str:
    """The composition render draws for `direction`, without drawing."""
    return _plan(direction, raster.rng_for(direction, "spectrogram"))[1]


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the spectrogram cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "spectrogram")
    zone, name = _plan(direction, rng)
    spec = signals.spectrum(direction, FRAMES, BANDS) ** (1.4 - 0.6 * direction.loudness)
    spec = spec.astype(np.float32)
    res = min(size, RES)
    grid = (np.arange(res, dtype=np.float32) + 0.5) / res
    canvas = Canvas(
        x=grid[None, :],
        y=grid[:, None],
        free=free_part(direction, zone),
        spec=spec,
        energy=direction.energy,
        density=direction.density,
        dark=_dark(direction),
    )
    ink = LAYOUTS[name](canvas, raster.rng_for(direction, f"spectrogram-{name}"))
    colour = raster.apply_lut(ink.value, colours(direction, rng))  # 0 is the field
    img = raster.upscale_rgb(raster.to_image(colour), size)
    return Artwork(finish(img, direction, "spectrogram", 0.035), ink.box, name)
