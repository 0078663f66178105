"""Onset grid: the song's rhythm drawn from its onsets, sixteen steps to a bar.

onsets -> every mark (its size, length, thickness or turn is the strongest hit in its
sixteenth); the composition (onset_marks: Truchet tiles, a radial clock, a bar-code
strip over a step sequencer, circles on an off-centre grid, a row of tall bars
cropped by the edges, the step grid) leans from calm to loud with the energy, the
seed choosing among the near ones; tempo and density -> how many bars are shown;
palette -> paper, ink, the lead colour on beats and the accent on downbeats and the
strongest hits; seed -> placement, scale and crop.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts.onset_marks import COMPOSITIONS, Sheet

STYLE = StyleInfo(
    name="onset_grid",
    family="graphic",
    fits=("electronic", "hiphop", "punk", "rock", "world"),  # pop: only hyperpop lists it
    music=True,
)

STEPS = 16
CALM_TO_LOUD = ("circles", "clock", "truchet", "grid", "strip", "bars")
RARITY = np.array([2.2, 0.8, 0.8, 0.4, 0.9, 1.2])  # the plain grid only now and then


def _kind(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition: calm songs lean to circles and the clock, loud ones to the
    strip and the bars; the seed chooses among the near ones."""
    centre = direction.energy * (len(CALM_TO_LOUD) - 1)
    weights = (np.exp(-(((np.arange(len(CALM_TO_LOUD)) - centre) / 2.0) ** 2)) + 0.1) * RARITY
    return CALM_TO_LOUD[int(rng.choice(len(CALM_TO_LOUD), p=weights / weights.sum()))]


def _sheet(direction: ArtDirection, img: Image.Image, rng: np.random.Generator) -> Sheet:
    """Colours from the palette: a paper (the palette's own field when vivid), an ink
    that reads on it, the lead colour and the accent lifted to print on it."""
    pal = direction.palette
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0]) or direction.energy > 0.65
    paper = raster.ground(pal.background, 0.12 if dark else 0.94, 0.02)
    dark = rgb_to_oklch(paper)[0] < 0.6
    img.paste(paper, (0, 0, *img.size))
    lead = 0.78 if dark else 0.5
    return Sheet(
        draw=aggdraw.Draw(img),
        size=img.size[0],
        rng=rng,
        ink=raster.tone(pal.background, 0.9 if dark else 0.2, 0.02),
        beat=raster.vivid(pal.colors[0], lead, 0.15),
        hot=raster.vivid(pal.accent, lead + 0.04, 0.2),
        soft=raster.vivid(pal.colors[1 % len(pal.colors)], 0.68 if dark else 0.58, 0.12),
        density=direction.density,
    )


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the onset-grid cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "onsets")
    kind = _kind(direction, rng)
    bars = int(np.clip(round(6 + 10 * direction.density + rng.integers(-2, 3)), 4, 16))
    hits = signals.onsets(direction, bars * STEPS).reshape(bars, STEPS)
    img = Image.new("RGB", (size, size))
    sheet = _sheet(direction, img, rng)
    focal = COMPOSITIONS[kind](sheet, hits)
    sheet.draw.flush()
    return Artwork(finish(img, direction, "onsets", 0.02), focal)
