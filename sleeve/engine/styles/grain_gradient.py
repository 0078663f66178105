"""Grain gradient: one hard-edged object or one light in soft, grainy colour.

The modern poster look: risograph-like gradients and one crisp focal shape, mostly
floating in a plain gradient (reviews found "an object on a horizon" on every track).

energy -> which composition, calm to lively (an aurora-like field with one tiny
sphere, a small moon over water, a column of light, an arched portal with light
falling through, an orb eclipse, a huge cropped sphere, a sphere on the floor, spheres
floating, a tilted torus, a ringed planet, two overlapping discs), named in the
Artwork's layout; only the moon and the floor sphere draw a horizon. valence and the
palette -> a light or a dark field (children's, pop and happy vivid tracks: a light
tint of a palette colour and the object in another, never grey; on a dark field the
object keeps a lit side, a rim or a glow so it reads at 64 px); the seed -> the
object's scale and its place on an off-centre grid, the light's side and height and
the colour roles. Edges are crisp, every gradient grainy, and the object keeps out of
the band the title's layout prefers.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import grain_lights as lights
from sleeve.engine.styles.cover_parts import grain_objects as solids
from sleeve.engine.styles.cover_parts.calm_zone import title_band
from sleeve.engine.styles.cover_parts.grain_scenes import (
    Canvas,
    Colours,
    Stage,
    paint_field,
    stage_for,
)

STYLE = StyleInfo(
    name="grain_gradient",
    family="image",
    fits=("ambient", "rnb"),
)

Painter = Callable[[Canvas, Colours, Stage, np.random.Generator], compose.Box]
LAYOUTS: dict[str, tuple[Painter, str]] = {  # calm to lively, with the ground each needs
    "aurora-field": (lights.aurora, "sky"),
    "moon-water": (solids.moon, "low"),
    "light-column": (lights.column, "sky"),
    "arch-portal": (lights.portal, "sky"),
    "orb-eclipse": (lights.eclipse, "sky"),
    "sphere-giant": (solids.giant, "sky"),
    "sphere-floor": (solids.sphere, "floor"),
    "spheres-float": (solids.spheres, "sky"),
    "torus-tilt": (solids.torus, "sky"),
    "planet-ring": (solids.planet, "sky"),
    "discs-overlap": (solids.pair, "sky"),
}
OBJECTS: dict[str, Painter] = {name: painter for name, (painter, _) in LAYOUTS.items()}
HORIZONS = frozenset(name for name, (_, ground) in LAYOUTS.items() if ground != "sky")

RES = 512  # the painting's resolution at most (scaled up, then grained at full size)


BRIGHT_GENRES = ("children", "pop")
BRIGHT_TONES = ("bright", "vivid", "neon")


def bright_track(direction: ArtDirection) -> bool:
    """Children's and pop songs, and happy tracks in a vivid language: light, vivid
    colour from the palette, never grey."""
    happy = direction.valence >= 0.68 and direction.language.tone in BRIGHT_TONES
    return direction.genre in BRIGHT_GENRES or happy


def light_field(direction: ArtDirection) -> bool:
    """A light field for light palettes, bright tracks and happy tracks (no dark
    smudge for a bright pop song); a dark one otherwise."""
    dark = compose.dark_field(rgb_to_oklch(direction.palette.background)[0])
    return not dark or direction.valence >= 0.68 or bright_track(direction)


def _by_chroma(colors: list) -> list:
    return sorted(colors, key=lambda c: -rgb_to_oklch(c)[1])


def bright_colours(direction: ArtDirection, rng: np.random.Generator) -> Colours:
    """A bright track's tones: the field a light tint of one palette colour, the
    object in another palette colour at full strength (the two most vivid, in the
    order the seed picks)."""
    pal = direction.palette
    hue, other = _by_chroma([*pal.colors, pal.accent])[:2]
    if rng.random() < 0.5:
        hue, other = other, hue
    # neon languages (EDM, hyperpop) take a saturated field: a pale tint of their
    # pink read as a wellness brand to reviewers, not a rave
    light, chroma = (0.72, 0.17) if direction.language.tone == "neon" else (0.9, 0.07)
    return Colours(
        far=raster.vivid(other, light, chroma),
        near=raster.vivid(other, light + 0.06, chroma * 0.6),
        floor=raster.vivid(other, light - 0.1, chroma + 0.03),
        floor_low=raster.vivid(other, light - 0.2, chroma + 0.05),
        dark=raster.vivid(hue, 0.52, 0.17),
        lit=raster.vivid(hue, 0.84, 0.14),
        accent=raster.vivid(pal.accent, 0.66, 0.16),
        shadow=raster.vivid(other, 0.6, 0.12),
        light_field=True,
    )


def colours(direction: ArtDirection, rng: np.random.Generator) -> Colours:
    """The cover's tones from the palette, in one of three roles the seed picks: the
    object in the palette's hue on a neutral field, the field tinted with the hue and
    the object in ink (or pale on a dark field), or one hue in two values."""
    if bright_track(direction):
        return bright_colours(direction, rng)
    pal = direction.palette
    light = light_field(direction)
    order = [pal.colors[i] for i in rng.permutation(len(pal.colors))]
    hue, other = order[0], order[1 % len(order)]
    role = str(rng.choice(("hue", "hue", "ink", "tonal")))
    pop = 0.1 + 0.06 * direction.energy
    if light:
        far = raster.ground(pal.background, 0.9, 0.03)
        if role == "ink":
            far = raster.tone(hue, 0.86, 0.05)
        elif role == "tonal":
            far = raster.tone(hue, 0.8, 0.07)
        l_far = rgb_to_oklch(far)[0]
        dark, lit = {
            "hue": (raster.vivid(hue, 0.42, pop), raster.vivid(hue, 0.8, pop)),
            "ink": (raster.tone(pal.background, 0.16, 0.02), raster.tone(other, 0.5, 0.06)),
            "tonal": (raster.tone(hue, 0.36, 0.08), raster.tone(hue, 0.93, 0.04)),
        }[role]
        return Colours(
            far=far,
            near=raster.tone(far, min(0.985, l_far + 0.09)),
            floor=raster.tone(far, l_far - 0.07),
            floor_low=raster.tone(far, l_far - 0.16),
            dark=dark,
            lit=lit,
            accent=raster.vivid(pal.accent, 0.66, 0.14),
            shadow=raster.tone(far, max(0.2, l_far - 0.38)),
            light_field=True,
        )
    far = raster.ground(pal.background, 0.13, 0.02)
    if role == "ink":
        far = raster.tone(hue, 0.26, 0.07)
    l_far = rgb_to_oklch(far)[0]
    dark, lit = {
        "hue": (raster.tone(hue, 0.2, 0.05), raster.vivid(hue, 0.8, pop)),
        "ink": (raster.tone(hue, 0.4, 0.05), raster.ground(pal.background, 0.94, 0.02)),
        "tonal": (raster.tone(hue, 0.18, 0.04), raster.tone(other, 0.72, 0.07)),
    }[role]
    return Colours(
        far=far,
        near=raster.tone(hue if role != "ink" else far, l_far + 0.16, 0.05),
        floor=raster.tone(far, l_far + 0.04),
        floor_low=raster.tone(far, max(0.05, l_far - 0.07)),
        dark=dark,
        lit=lit,
        accent=raster.vivid(pal.accent, 0.78, 0.12),
        shadow=raster.tone(far, max(0.03, l_far - 0.1)),
        light_field=False,
    )


def _pick(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition the energy leans to, the seed choosing: the generator's first draw."""
    return compose.pick(rng, tuple(LAYOUTS), direction.energy)


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return _pick(direction, raster.rng_for(direction, "grain-gradient"))


def plan(direction: ArtDirection) -> tuple[str, Stage, Colours, np.random.Generator]:
    """What the music and the seed choose before painting: the composition, the stage
    (light, horizon, the base it stands at, the title's band) and the tones, with the
    generator the object then sizes and places itself from."""
    rng = raster.rng_for(direction, "grain-gradient")
    kind = _pick(direction, rng)
    side = title_band(direction, rng)
    stage = stage_for(rng, side, LAYOUTS[kind][1])
    return kind, stage, colours(direction, rng), rng


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the grain-gradient cover (RGB, size x size)."""
    kind, stage, tones, rng = plan(direction)
    dither = raster.rng_for(direction, "grain-dither")  # its draws depend on the size
    canvas = Canvas(min(raster.work_size(size), RES), dither, 0.12 + 0.1 * direction.turbulence)
    paint_field(canvas, tones, stage)
    focal = OBJECTS[kind](canvas, tones, stage, rng)
    img = raster.upscale_rgb(raster.to_image(canvas.rgb), raster.work_size(size))
    img = finish(raster.to_size(img, size), direction, "grain-gradient", 0.035)
    return Artwork(img, compose.clip_box(focal), layout=kind)
