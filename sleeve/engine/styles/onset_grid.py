"""Onset grid: the song's rhythm as a designed sleeve, sixteen steps to a bar.

onsets -> every mark's size (the strongest hit in its sixteenth, steeply, so a few
hits are big and most are small); the composition (onset_marks: a cropped bar of a
few huge marks, an Albers homage of the beats, a totem column, a floor in
perspective, a woven ribbon, a halftone swell, full-bleed Truchet tiles) leans from
calm to loud with the energy, the seed choosing among the near ones; the seed -> the
mark (square, dot or Bauhaus quarter circle), scale, placement and crop; palette ->
field, a mass colour, ink and the accent on the downbeats (60/30/10). The marks keep
out of the place the title's layout gives it."""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts.calm_zone import title_zone
from sleeve.engine.styles.cover_parts.onset_marks import COMPOSITIONS, SHAPES, Sheet

STYLE = StyleInfo(
    name="onset_grid",
    family="graphic",
    fits=("electronic", "hiphop"),  # pop, afrobeats: their languages list it
    music=True,
)

STEPS = 16
DRAW_MIN = 256  # the smallest side the marks are drawn at
CALM_TO_LOUD = ("crop", "albers", "totem", "floor", "ribbon", "halftone", "truchet")


def _plan(direction: ArtDirection) -> tuple[str, str]:
    """The composition (leaning from calm to loud with the energy) and the mark shape,
    from their own rng (no drawing)."""
    rng = raster.rng_for(direction, "onsets-layout")
    return compose.pick(rng, CALM_TO_LOUD, direction.energy), str(rng.choice(SHAPES))


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing (the
    mark's shape does not rename it: a ring of dots and of squares is one picture)."""
    return _plan(direction)[0]


def _sheet(
    direction: ArtDirection, img: Image.Image, rng: np.random.Generator, shape: str
) -> Sheet:
    """Field, ink and accent (Swiss: three colours and a faint ink for rests): the
    palette's own field when vivid, an ink that reads on it, the accent lifted to
    print on it; the mark shape and the title's band."""
    pal = direction.palette
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0]) or direction.energy > 0.7
    paper = raster.ground(pal.background, 0.13 if dark else 0.93, 0.02)
    dark = rgb_to_oklch(paper)[0] < 0.6
    img.paste(paper, (0, 0, *img.size))
    ink = raster.tone(pal.background, 0.92 if dark else 0.18, 0.02)
    hot = raster.vivid(pal.accent, 0.72 if dark else 0.58, 0.2)
    if abs(rgb_to_oklch(hot)[0] - rgb_to_oklch(paper)[0]) < 0.2:  # the accent on a like field
        hot = raster.vivid(pal.colors[0], 0.3 if rgb_to_oklch(paper)[0] > 0.6 else 0.8, 0.2)
    ghost = tuple(int(round(0.7 * p + 0.3 * i)) for p, i in zip(paper, ink, strict=True))
    zone = title_zone(direction, rng)
    return Sheet(
        draw=aggdraw.Draw(img),
        size=img.size[0],
        rng=rng,
        field=paper,
        ink=ink,
        mass=_mass(direction, paper, ink, hot),
        hot=hot,
        ghost=ghost,  # type: ignore[arg-type]
        shape=shape,
        side=zone if zone in ("top", "bottom") else "top",
        column=_column(direction, zone),
    )


def _mass(direction: ArtDirection, paper: RGB, ink: RGB, hot: RGB) -> RGB:
    """The second colour (the 30 of 60/30/10): the palette's first colour flat and
    clear of the field, the accent and mud (warm hues lifted, never brown), or the
    ink when the palette offers none."""
    light = rgb_to_oklch(paper)[0]
    for colour in direction.palette.colors:
        hue = rgb_to_oklch(colour)[2]
        level = 0.66 if 35 <= hue <= 75 else (0.6 if light < 0.6 else 0.46)
        mass = raster.vivid(colour, level, 0.15)
        far = abs(rgb_to_oklch(mass)[0] - light) > 0.22
        if far and sum(abs(a - b) for a, b in zip(mass, hot, strict=True)) > 90:
            return mass
    return ink


def _column(direction: ArtDirection, zone: str) -> str:
    """Which column the title sets in: 'right' for vertical CJK columns, 'centre' for
    centred layouts, else flush 'left'."""
    if zone == "right":
        return "right"
    return "centre" if direction.layout in ("centred", "title-image") else "left"


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
    """Draw the onset-grid cover (RGB, size x size)."""
    kind, shape = _plan(direction)
    rng = raster.rng_for(direction, "onsets")
    bars = int(np.clip(round(6 + 10 * direction.density + rng.integers(-2, 3)), 4, 16))
    hits = _hits(direction, bars)
    img = Image.new("RGB", (max(size, DRAW_MIN),) * 2)
    sheet = _sheet(direction, img, rng, shape)
    focal = COMPOSITIONS[kind](sheet, hits)
    sheet.draw.flush()
    if img.size[0] > size:  # fine marks drawn small come out heavy: draw big, scale down
        img = img.resize((size, size), Image.Resampling.BOX)
    image = finish(img, direction, "onsets", 0.02)
    return Artwork(image, compose.clip_box(focal), layout_of(direction))
