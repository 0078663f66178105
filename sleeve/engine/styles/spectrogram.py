"""Spectrogram: the song's own log-spectrogram made visible as a designed image, in one
of six compositions chosen by the music (energy leans calm to loud) and the seed:

- strip: a thin precise band on a hairline across the free part, in much empty space;
- column: a tall waterfall (time along it) bleeding off an edge, off-centre;
- tiles: small multiples, the song cut into stretches, each tile its spectrum
  as bars or a filled curve;
- terrain: frequency bands as stacked filled ridges, treble far, bass near;
- fan: a huge partial polar fan rising from an edge, its apex off the frame;
- chromagram: the twelve pitch classes over time as a bold score of blocks.

Every composition keeps the title's zone (calm_zone) empty and reports its own box as
the focal box; a title set over the middle of the art never sits on tiles or blocks.
Colour is a map from the genre's field to one spot colour (accent or lead colour) and
on to a light or dark tip, never a rainbow; grain from the finish. Without audio the
spectrum is synthesized from the energy curve and the seed (see signals).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import calm_zone, spectro_layouts, spectro_scores
from sleeve.engine.styles.cover_parts.spectro_layouts import Canvas

STYLE = StyleInfo(
    name="spectrogram",
    family="image",
    fits=("electronic", "ambient", "rock", "metal", "classical", "hiphop"),
    music=True,
)

FRAMES, BANDS = 120, 40
RES = 512  # the field is drawn at this size (or the cover's, if smaller) and scaled up
LAYOUTS = {  # calm to loud
    "strip": spectro_layouts.strip,
    "column": spectro_layouts.column,
    "tiles": spectro_layouts.tiles,
    "terrain": spectro_scores.terrain,
    "fan": spectro_layouts.fan,
    "chromagram": spectro_scores.chromagram,
}
BUSY = ("tiles", "chromagram")  # patterns a title set over the art could not be read on


def _dark(direction: ArtDirection) -> bool:
    """Whether the cover sits on a dark field."""
    lightness = rgb_to_oklch(direction.palette.background)[0]
    return compose.dark_field(lightness) or direction.valence < 0.55


def field_colour(direction: ArtDirection) -> RGB:
    """The flat field around the art: the genre's background, darkened or lightened."""
    return raster.ground(direction.palette.background, 0.1 if _dark(direction) else 0.93, 0.02)


def colours(direction: ArtDirection, rng: np.random.Generator) -> np.ndarray:
    """A colour table from near the field through the spot to its tip (light on a
    dark field, dark on a light one)."""
    pal = direction.palette
    dark = _dark(direction)
    spot = raster.vivid(pal.accent if rng.random() < 0.5 else pal.colors[0], 0.62, 0.17)
    tip = raster.tone(spot, 0.94 if dark else 0.22, 0.05 + 0.07 * direction.brightness)
    base = raster.tone(pal.background, 0.19 if dark else 0.84, 0.03)
    return raster.color_lut([base, spot, tip], (0.0, 0.62, 1.0))


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the spectrogram cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "spectrogram")
    zone = calm_zone.title_zone(direction, rng)
    options = tuple(n for n in LAYOUTS if zone != "centre" or n not in BUSY)
    name = compose.pick(rng, options, direction.energy)
    spec = signals.spectrum(direction, FRAMES, BANDS) ** (1.4 - 0.6 * direction.loudness)
    res = min(size, RES)
    grid = (np.arange(res, dtype=np.float32) + 0.5) / res
    canvas = Canvas(
        x=grid[None, :],
        y=grid[:, None],
        free=calm_zone.away_from(zone),
        spec=spec,
        chroma=signals.chroma(direction),
        onsets=lambda steps: signals.onsets(direction, steps),
        energy=direction.energy,
        density=direction.density,
    )
    ink = LAYOUTS[name](canvas, raster.rng_for(direction, f"spectrogram-{name}"))
    colour = raster.apply_lut(ink.value, colours(direction, rng))
    colour[~ink.inside] = field_colour(direction)
    img = raster.upscale_rgb(raster.to_image(colour), size)
    return Artwork(finish(img, direction, "spectrogram", 0.035), ink.box)
