"""Grain gradient: one defined shape in soft, grainy light on a quiet field.

energy -> which scene (calm: a lit doorway, a sun half-set behind a horizon, a
sphere on a horizon; livelier: two translucent discs, a blob hard on one side, a
mesh gradient of the palette, a diagonal beam of light) and how strong the grain;
valence and the palette -> light or dark field and the colours (bright pastels for
happy tracks, deep fields for sad ones); the seed -> the shape's place, size, light
direction and which palette colours it takes, and inside each scene the scale
(tiny to huge and cropped), the place on a grid, one to three bodies, the horizon's
height and tilt, a second element (shadow, reflection, ring, small moon) and, on
about a third of tracks, swapped colour roles (the field takes the hue, the shape
the neutral). The shape keeps out of the band the
title's layout prefers.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import grain_horizons as hz
from sleeve.engine.styles.cover_parts.calm_zone import title_band
from sleeve.engine.styles.cover_parts.grain_scenes import SCENES as SHAPES
from sleeve.engine.styles.cover_parts.grain_scenes import Canvas, Colours

STYLE = StyleInfo(
    name="grain_gradient",
    family="image",
    fits=("ambient", "rnb"),
)

SCENES = {  # calm to lively
    "arch": hz.arch,
    "sunset": hz.sunset,
    "sphere": hz.sphere,
    **SHAPES,
    "beam": hz.beam,
}
RES = 512  # the painting's resolution at most (scaled up, then grained at full size)


def light_field(direction: ArtDirection) -> bool:
    """A light field for light palettes and for happy tracks (no dark smudge for a
    bright pop song); a dark one otherwise."""
    dark = compose.dark_field(rgb_to_oklch(direction.palette.background)[0])
    return not dark or direction.valence >= 0.68


def colours(direction: ArtDirection, rng: np.random.Generator) -> Colours:
    """The scene's colours from the palette: the seed orders the palette's colours."""
    pal = direction.palette
    light = light_field(direction)
    order = [pal.colors[i] for i in rng.permutation(len(pal.colors))]
    hue = order[0]
    pop = 0.12 + 0.06 * direction.energy
    if rng.random() < 0.35:
        return _swapped(direction, hue, light)
    if light:
        return Colours(
            sky=raster.ground(pal.background, 0.95, 0.03),
            low=raster.tone(order[-1], 0.86, 0.06),
            ground=raster.tone(hue, 0.8, 0.07),
            shape=raster.vivid(hue, 0.72, pop),
            second=raster.vivid(order[1 % len(order)], 0.66, pop),
            light=raster.vivid(pal.accent, 0.9, 0.08),
            light_field=True,
        )
    return Colours(
        sky=raster.ground(pal.background, 0.12, 0.03),
        low=raster.tone(order[-1], 0.3, 0.07),
        ground=raster.tone(hue, 0.16, 0.04),
        shape=raster.vivid(hue, 0.62, pop),
        second=raster.vivid(order[1 % len(order)], 0.4, pop * 0.8),
        light=raster.vivid(pal.accent, 0.88, 0.1),
        light_field=False,
    )


def _swapped(direction: ArtDirection, hue: RGB, light: bool) -> Colours:
    """Colour roles swapped: the field takes the hue (pastel on a light field, deep on
    a dark one) and the shape the neutral (deep ink on light, pale light on dark)."""
    pal = direction.palette
    if light:
        return Colours(
            sky=raster.tone(hue, 0.9, 0.05),
            low=raster.tone(hue, 0.8, 0.08),
            ground=raster.tone(hue, 0.7, 0.08),
            shape=raster.tone(pal.background, 0.3, 0.03),
            second=raster.tone(hue, 0.34, 0.06),
            light=raster.ground(pal.background, 0.97, 0.02),
            light_field=True,
        )
    return Colours(
        sky=raster.tone(hue, 0.3, 0.08),
        low=raster.tone(hue, 0.18, 0.06),
        ground=raster.tone(hue, 0.12, 0.04),
        shape=raster.ground(pal.background, 0.88, 0.03),
        second=raster.tone(hue, 0.55, 0.05),
        light=raster.ground(pal.background, 0.95, 0.02),
        light_field=False,
    )


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the grain-gradient cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "grain-gradient")
    scene = compose.pick(rng, tuple(SCENES), direction.energy)
    side = title_band(direction, rng)
    dither = raster.rng_for(direction, "grain-dither")  # its draws depend on the size
    canvas = Canvas(min(raster.work_size(size), RES), dither, 0.22 + 0.2 * direction.turbulence)
    focal = SCENES[scene](canvas, colours(direction, rng), rng, side)
    img = raster.upscale_rgb(raster.to_image(canvas.rgb), raster.work_size(size))
    img = finish(raster.to_size(img, size), direction, "grain-gradient", 0.035)
    return Artwork(img, compose.clip_box(focal))
