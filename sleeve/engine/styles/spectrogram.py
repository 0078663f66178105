"""Spectrogram: the song's spectrum folded into one bold object that carries the cover.

One of seven compositions, chosen by the music (energy leans calm to loud) and the seed,
each a different skeleton (where the mass sits, what the focal shape is) except the
groove's two crops, one picture (SKELETONS):

- groove-disc: a big groove spectrogram (polar: angle time, radius frequency, fine
  sine grooves) slid half out of a side of the frame, a record out of its sleeve, its
  far rim past the frame's edge away from the title;
- aurora (night fields only; paper or a vivid field draws the mountain or the halo): a curtain of
  light folding across a night sky, each fold a ray as tall as its moment is loud,
  bright at the hem (bass), fading up through the treble before the title;
- halo: a big sound ring of a few bold concentric bands round an empty heart, each
  band as thick as its frequencies are loud, its edge breathing with time; the rings
  drift like ripples, cut by the frame's edge away from the title;
- peak: the spectrum at the loudest moment as a mountain printed in two inks: the
  summit is that moment, the flanks the spectrum just before and after it, the lit
  faces in the tip ink, the quietest moment a paler range behind;
- sun: a radial burst round a glowing core, one wedge ray per moment as long as it is
  loud, running off the frame's edges and stopping short of the title;
- light-paint (night fields only, likewise): a long exposure of glowing frequency threads sweeping
  across the frame in a wide silk-like bundle, the gaps between them as wide as their
  bands are loud;
- groove-quarter: a quarter groove disc swung out of a far corner of the frame;
- haze (shoegaze mostly, and dream pop instead of the light painting): the
  log-spectrogram as a few big blurred blocks of one hue, melting into the field.

Retired, for reading as a plot, a heat map or a template: the strip and the full-bleed
cell field (a plot, a heat map), the bar code (a stock equaliser), the terrain of
stacked ridges (a generic landscape), the twisting ribbon and the huge groove arc (a
band across every other cover), the rosette of cells (a pie chart), the column of
slats (a stack of coins or a paper lantern, at any width); then the rorschach (an
ink-blot test, not a cover), the planet (a clip-art globe) and the waterfall of
spectrum slices (a plot, a line chart), and small whole records in a void.

Shapes sit whole in the part of the frame the title leaves free or run off the frame's
own edges; toward the title they end on a crisp edge (the haze melts, the light
painting glows). Colour runs from the field through one vivid spot colour (accent or
lead colour; a grey palette takes a hue from the mood) to a light or dark tip, never a
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
LAYOUTS = {  # calm to loud: whole figures first, big crops and sweeps last
    "groove-disc": partial(spectro_grooves.groove, crop="disc"),
    "aurora": spectro_scenes.aurora,
    "halo": spectro_scenes.halo,
    "peak": spectro_scenes.peak,
    "sun": spectro_figures.sun,
    "light-paint": spectro_figures.light_paint,
    "groove-quarter": partial(spectro_grooves.groove, crop="quarter"),
    "haze": spectro_grooves.haze,
}
HAZY = ("shoegaze", "dream_pop")  # genres that want blur, not crisp cells
PICKS = tuple(name for name in LAYOUTS if name != "haze")  # the haze only for HAZY
GLOWS = ("light-paint", "aurora")  # light on a dark field: soft glows, dark fields only
CRISP = tuple(name for name in PICKS if name not in GLOWS)
SKELETONS = {"groove-disc": "groove", "groove-quarter": "groove"}  # one record, two crops


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
    """The title's zone and the composition, in the draw's rng order. The hazy genres
    trade the light painting for the haze, and shoegaze draws it most of the time; on a
    light or vivid field the glows (light painting, aurora) become the mountain or the
    halo."""
    zone = calm_zone.title_zone(direction, rng)
    hazy = direction.language.subgenre in HAZY
    name = compose.pick(rng, PICKS, direction.energy)
    if hazy and (
        name == "light-paint" or (direction.language.subgenre == "shoegaze" and rng.random() < 0.85)
    ):
        name = "haze"
    if name in GLOWS and rgb_to_oklch(field_colour(direction))[0] > 0.3:  # light needs a night:
        # on paper or a vivid field the glow fills in as a solid sausage of colour
        name = "peak" if rng.random() < 0.5 else "halo"  # threads read as a line chart
    if name == "aurora" and zone == "right":  # a sky cut short by a title column: bars
        name = "peak"
    return zone, name


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
        free=calm_zone.away_from(zone),
        spec=spec,
        energy=direction.energy,
        density=direction.density,
        dark=_dark(direction),
    )
    ink = LAYOUTS[name](canvas, raster.rng_for(direction, f"spectrogram-{name}"))
    colour = raster.apply_lut(ink.value, colours(direction, rng))  # 0 is the field
    img = raster.upscale_rgb(raster.to_image(colour), size)
    return Artwork(finish(img, direction, "spectrogram", 0.035), ink.box, name)
