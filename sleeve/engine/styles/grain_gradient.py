"""Grain gradient: one bold element in rich, grainy light.

The modern poster look, done large: one dominant shape (a third of the frame or
more, or bleeding off an edge) with risograph-like grain on every gradient, so the
cover still reads as a clear shape at 64 px (reviews of the old small sphere, arch
and torus in a wide pale field found an empty placeholder at thumbnail size).

energy -> which composition, calm to lively (a glowing horizon, a tilted capsule
of light, a giant sphere cropped by a corner, an eclipse with a wide corona, a huge
ring rising from a side edge, a wide beam of light, two large overlapping discs, a
wave band swinging across the frame), named in the Artwork's layout, and the rhythm
inside it (the wave's turns, the corona's rays, the glow's spread). valence and the
palette -> a light or a dark field (dark languages keep a dark field with a light
shape; neon ones saturate; children's, pop and happy vivid tracks get a tinted
light field and a vivid shape, never grey, children's songs lighter still with no
dark body anywhere); warm hues never sink to brown or olive (their deep tones turn
towards red at full chroma); the seed -> the shape's size, anchor and crop, the
light's side and the colour roles. The light keeps out of the title's band.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import grain_bold as bold
from sleeve.engine.styles.cover_parts import grain_forms as forms
from sleeve.engine.styles.cover_parts.calm_zone import title_band
from sleeve.engine.styles.cover_parts.grain_scenes import (
    Canvas,
    Colours,
    Stage,
    stage_for,
)

STYLE = StyleInfo(
    name="grain_gradient",
    family="image",
    fits=("ambient", "rnb"),
)

Painter = Callable[[Canvas, Colours, Stage, float, np.random.Generator], compose.Box]
LAYOUTS: dict[str, tuple[Painter, str]] = {  # calm to lively, with the ground each needs
    "horizon-glow": (bold.horizon, "low"),
    "capsule-tilt": (forms.capsule, "sky"),
    "sphere-cropped": (bold.sphere, "sky"),
    "eclipse-corona": (bold.eclipse, "sky"),
    "ring-halo": (bold.halo, "sky"),
    "beam-light": (bold.beam, "sky"),
    "discs-venn": (bold.venn, "sky"),
    "wave-band": (forms.wave, "sky"),
}
OBJECTS: dict[str, Painter] = {name: painter for name, (painter, _) in LAYOUTS.items()}
# a children's song: no funnel of light and no heavy ground across the frame
FRIENDLY = tuple(name for name in LAYOUTS if name not in ("beam-light", "horizon-glow"))
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


def deep(color: RGB, lightness: float, chroma: float) -> RGB:
    """A deep, saturated tone of color that is never mud: oranges and ambers (which
    turn brown when darkened) turn towards red and stay at L 0.5 or more (0.62 for a
    muted tan, which cannot gain the chroma), yellows and limes are lifted
    (raster.vivid)."""
    _, own, hue = rgb_to_oklch(color)
    if 35.0 <= hue < 75.0:  # a muted tan cannot gain that chroma: it stays lighter
        floor = 0.5 if own >= 0.08 else 0.62
        return raster.tone(color, max(lightness, floor), max(chroma, 0.16), hue_shift=35.0 - hue)
    return raster.vivid(color, lightness, chroma)


def _warm(color: RGB) -> bool:
    """Oranges, ambers, yellows and olives: hues that go brown or olive in the dark."""
    return 35.0 <= rgb_to_oklch(color)[2] < 130.0


def _by_chroma(colors: list) -> list:
    return sorted(colors, key=lambda c: -rgb_to_oklch(c)[1])


def bright_colours(direction: ArtDirection, rng: np.random.Generator) -> Colours:
    """A bright track's tones: the field a light tint of one palette colour (a
    saturated one in a neon language), the shape in another palette colour at full
    strength (the two most vivid, in the order the seed picks)."""
    pal = direction.palette
    light, chroma = (0.66, 0.18) if direction.language.tone == "neon" else (0.88, 0.08)
    kids = direction.genre == "children"
    body, shade = (0.6, 0.56) if kids else (0.5, 0.34)  # no dark mass on a children's song
    vivid = _by_chroma([*pal.colors, pal.accent, pal.background])[:3]
    pairs = [(vivid[0], vivid[1]), (vivid[1], vivid[0]), (vivid[2], vivid[0]), (vivid[0], vivid[2])]
    if rng.random() < 0.5:
        pairs[0], pairs[1] = pairs[1], pairs[0]
    # the first pair whose shape stands apart from the field in lightness (a lime
    # shape on a lime field is no shape at 64 px)
    hue, other = next(
        (p for p in pairs if abs(rgb_to_oklch(deep(p[0], body, 0.19))[0] - light) >= 0.2),
        pairs[0],
    )
    return Colours(
        far=raster.vivid(other, light, chroma),
        near=raster.vivid(other, light + 0.06, chroma * 0.7),
        floor=raster.vivid(other, light - 0.14, chroma + 0.03),
        floor_low=raster.vivid(other, light - 0.26, chroma + 0.05),
        dark=deep(hue, body, 0.2),
        lit=raster.vivid(hue, 0.8, 0.16),
        accent=raster.vivid(pal.accent, 0.66, 0.2),
        shadow=deep(hue, shade, 0.16 if kids else 0.12),
        light_field=True,
        friendly=kids,
    )


def colours(direction: ArtDirection, rng: np.random.Generator) -> Colours:
    """The cover's tones from the palette: a light field (tinted paper, never a
    grey wash) with a deep, saturated shape, or a dark field with a bright shape and
    glow; the seed picks which palette colour is the shape and which the accent."""
    if bright_track(direction):
        return bright_colours(direction, rng)
    pal = direction.palette
    order = [pal.colors[i] for i in rng.permutation(len(pal.colors))]
    hue, other = order[0], order[1 % len(order)]
    if rgb_to_oklch(hue)[1] < 0.04:  # a grey shape reads unfinished: the most vivid colour
        hue = _by_chroma(order)[0]
    if light_field(direction) and rgb_to_oklch(raster.vivid(hue, 0.34, 0.1))[0] > 0.6:
        # a yellow is lifted to L 0.84 as a fill: no shape on paper; a deeper colour
        hue = next((c for c in order if rgb_to_oklch(raster.vivid(c, 0.34, 0.1))[0] < 0.6), hue)
    loud = direction.language.tone in BRIGHT_TONES
    pop = (0.13 if loud else 0.09) + 0.06 * direction.energy
    accent = pal.accent if rng.random() < 0.6 else other
    if light_field(direction):
        far = raster.ground(pal.background, 0.88, 0.035)
        if rgb_to_oklch(far)[0] > 0.9 or rgb_to_oklch(far)[1] < 0.02:
            far = raster.tone(other, 0.87, 0.045)  # tinted paper, not grey
        l_far = rgb_to_oklch(far)[0]
        return Colours(
            far=far,
            near=raster.tone(far, min(0.97, l_far + 0.07)),
            floor=raster.tone(hue, l_far - 0.2, 0.05),
            floor_low=raster.tone(hue, l_far - 0.34, 0.05),
            dark=deep(hue, 0.36, pop + 0.05),
            lit=raster.vivid(hue, 0.7, pop + 0.02),
            accent=raster.vivid(accent, 0.58, pop + 0.05),
            shadow=raster.tone(hue, 0.26, 0.08, hue_shift=-30.0 if _warm(hue) else 0.0),
            light_field=True,
        )
    far = raster.ground(pal.background, 0.13, 0.03)
    if rng.random() < 0.5 or rgb_to_oklch(far)[1] < 0.015:
        far = raster.tone(hue, 0.14, 0.05 if loud else 0.035)
    warm = _warm(hue)
    if warm and _warm(far):  # a warm night is brown: near-neutral, leaning to red
        far = raster.tone(far, 0.13, 0.018, hue_shift=-25.0)
    l_far = rgb_to_oklch(far)[0]
    return Colours(
        far=far,
        near=raster.tone(
            far if warm else hue, l_far + 0.1, 0.02 if warm else 0.06 if loud else 0.04
        ),
        floor=raster.tone(far, max(0.05, l_far - 0.04)),
        floor_low=raster.tone(far, max(0.03, l_far - 0.09)),
        dark=raster.tone(hue, 0.4, 0.13, hue_shift=-45.0) if warm else raster.tone(hue, 0.3, 0.07),
        lit=raster.vivid(hue, 0.86, pop),
        accent=raster.vivid(accent, 0.72, pop + 0.04),
        shadow=raster.tone(far, max(0.04, l_far - 0.08)),
        light_field=False,
    )


def _pick(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition the energy leans to, the seed choosing: the generator's first draw
    (a children's song chooses among the friendly ones)."""
    options = FRIENDLY if direction.genre == "children" else tuple(LAYOUTS)
    return compose.pick(rng, options, direction.energy)


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
    canvas = Canvas(min(raster.work_size(size), RES), dither, 0.13 + 0.1 * direction.turbulence)
    focal = OBJECTS[kind](canvas, tones, stage, direction.energy, rng)
    img = raster.upscale_rgb(raster.to_image(canvas.rgb), raster.work_size(size))
    img = finish(raster.to_size(img, size), direction, "grain-gradient", 0.035)
    return Artwork(img, compose.clip_box(focal), layout=kind)
