"""Engraving: a copperplate print in one ink on warm paper (a pale ink on a deep field
for dark palettes). Classical music gets an instrument modelled in line hatching, a
huge cropped fragment of engraved score, or an engraved seascape in a ruled plate
under a spot-colour cartouche; every other genre (metal, folk, post-rock, dark
ambient) a landscape in the manner of Doré's wood engravings: a forest of pines in
ranks (engrave_forest), a bare oak on a hill (engrave_oak), a crag under a storm sky
(engrave_peak) or a heaving sea under a moon (engrave_storm), the song's loudness
their treeline, hill, crest and swells, its energy the wind, the storm and the
peak's steepness (a loud metal song's crag is struck by lightning). Each forest is
its own: the busier the music the closer its pines, its treeline high or low, its
near pines framing it, at one side or gone, its moon small, huge and low, or (on paper) none.
Folk and country hardly ever get the sea. A title naming fireworks (花火, firework,
hanabi) gets engraved bursts over a town's roofs at the song's loudest moments
(engrave_fireworks); one naming a cathedral or a crown gets it.

Classical music's three compositions, calm to busy (the energy and density lean the pick, the seed
decides): the instrument (a violin, or a cello cropped by the frame, laid across the
paper, its arch modelled by rules that bow over it and swell into its shadows, the
scroll raised when the song swells, engrave_instrument), the score (one staff or a
piano's two, huge and cropped, whose notes are the onsets of the song's loudest
stretch on its key's scale, rising with its loudness, its dynamic and hairpin in the
accent ink, engrave_score) and the cartouche (a seascape whose waves' waviness is the
loudness curve, between cliffs or by a headland, under a ruled sky with a sun or a moon
as the title names, framed by a double rule, the title's band a flat spot-colour panel
in the manner of a Deutsche Grammophon sleeve, engrave_plate).

The energy curve -> the ripples and waves of the rules; density -> the rules' pitch;
onsets, the key and the curve -> the score's notes; the palette -> the paper, the ink
and the spot colour. Dark languages (cinematic, metal) print a pale ink on a deep field. The
title's band, as deep as its block, holds no engraving.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import (
    engrave_cathedral,
    engrave_crown,
    engrave_fireworks,
    engrave_forest,
    engrave_instrument,
    engrave_oak,
    engrave_peak,
    engrave_plate,
    engrave_score,
    engrave_storm,
)
from sleeve.engine.styles.cover_parts.calm_zone import title_band, title_reach
from sleeve.engine.styles.cover_parts.engrave_hatch import Inks, Plate
from sleeve.engine.styles.cover_parts.title_words import motifs

STYLE = StyleInfo(
    name="engraving",
    family="graphic",
    fits=(
        "classical",
        "chamber",
        "cinematic",
        "metal",
        "black_metal",
        "death_metal",
        "doom_metal",
        "folk",
        "post_rock",
        "dark_ambient",
    ),
    music=True,
    weight=0.6,
    subjects=("cathedral", "crown", "fireworks"),  # what the title names is drawn (NAMED)
)

LAYOUTS = ("instrument", "cartouche", "score")  # classical music's, calm to busy
LANDSCAPES = ("forest", "oak", "peak", "storm")  # every other genre's, calm to busy
# how each genre family leans among the landscapes (forest, oak, peak, storm); metal
# draws the pines and the crag (both end reviewers found the calm moonlit sea "too
# gentle for death metal" and the oak a folk picture); folk and country the oak and the
# pines, hardly ever the sea (a seascape for a country song missed it)
FAMILY_LEAN = {
    "metal": (1.3, 0.15, 1.3, 0.15),
    "folk": (1.3, 1.5, 0.8, 0.1),
    "rock": (0.8, 1.0, 1.0, 1.3),
    "ambient": (1.0, 1.0, 0.8, 1.2),
}
# what a title names (title_words.motifs) -> the composition that draws it, first match wins
NAMED = (("fireworks", "fireworks"), ("cathedral", "cathedral"), ("crown", "crown"))
SUBJECT_LAYOUTS = {subject: (name,) for subject, name in NAMED}  # registry.draws_named
DRAW = {
    "cathedral": engrave_cathedral.draw,
    "crown": engrave_crown.draw,
    "fireworks": engrave_fireworks.draw,
    "instrument": engrave_instrument.draw,
    "score": engrave_score.draw,
    "cartouche": engrave_plate.draw,
    "peak": engrave_peak.draw,
    "forest": engrave_forest.draw,
    "storm": engrave_storm.draw,
    "oak": engrave_oak.draw,
}
MIN_WORK = 448  # small covers are engraved at this side and reduced (crisp rules)
ENGRAVE_CAP = 720  # larger ones are engraved at this side, enlarged and crisped
CRISP = [min(255, max(0, round((v - 128) * 1.4 + 128))) for v in range(256)]


def _inks(direction: ArtDirection) -> Inks:
    """Warm paper and a near-black ink (a pale bone or gold ink on a deep field for
    dark palettes), and the palette's most colourful hue as the accent."""
    pal = direction.palette
    hues = (*pal.colors, pal.accent)
    lead = max(hues, key=lambda c: rgb_to_oklch(c)[1])
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0])
    if dark:
        paper = raster.tone(pal.background, 0.17, 0.025)
        bone = max(hues, key=lambda c: rgb_to_oklch(c)[0])
        ink = raster.tone(bone, 0.9, 0.04)
        accent = raster.vivid(lead, 0.72, 0.14)
        return Inks(paper, ink, accent, panel_colour(direction, True), True)
    grey = rgb_to_oklch(pal.background)[1] <= 0.015
    paper = oklch_to_rgb(0.955, 0.02, 85.0) if grey else raster.ground(pal.background, 0.955, 0.022)
    darkest = min(hues, key=lambda c: rgb_to_oklch(c)[0])
    ink = raster.tone(darkest, 0.19, 0.015)
    reds = [c for c in hues if rgb_to_oklch(c)[1] > 0.06 and not 70 <= rgb_to_oklch(c)[2] <= 120]
    accent = raster.vivid(max(reds, key=lambda c: rgb_to_oklch(c)[1]), 0.48, 0.15) if reds else None
    accent = accent or oklch_to_rgb(0.45, 0.15, 25.0)
    return Inks(paper, ink, accent, panel_colour(direction, False), False)


def panel_colour(direction: ArtDirection, dark: bool) -> RGB:
    """The cartouche's spot colour: the palette's yellow or gold where it has one (the
    yellow label), else its most colourful hue, light enough for a dark title. A dark
    field's title is pale: its panel is the most colourful hue that is not yellow, deep
    (a gold taken deep reads as olive under a pale title)."""
    pal = direction.palette
    hues = (pal.background, *pal.colors, pal.accent)
    if dark:
        deep = [c for c in hues if not 60 <= rgb_to_oklch(c)[2] <= 125]
        lead = max(deep, key=lambda c: rgb_to_oklch(c)[1], default=pal.background)
        if rgb_to_oklch(lead)[1] < 0.04:
            return raster.tone(pal.background, 0.3, 0.02)
        return raster.vivid(lead, 0.42, 0.13)
    for colour in hues:
        _, chroma, hue = rgb_to_oklch(colour)
        if chroma > 0.08 and 70 <= hue <= 105:
            return raster.vivid(colour, 0.86, 0.16)
    lead = max(hues, key=lambda c: rgb_to_oklch(c)[1])
    if rgb_to_oklch(lead)[1] < 0.04:
        return oklch_to_rgb(0.86, 0.16, 92.0)
    return raster.vivid(lead, 0.6, 0.15)


def layout_of(direction: ArtDirection) -> str:
    """The composition render draws: classical music's instrument, cartouche or score,
    every other genre's forest, oak, peak or storm. Calm and sparse music leans to the
    first, loud and busy music to the last; a genre family leans among the landscapes
    (metal to the peak, folk to the forest and the oak, rock to the storm); each keeps
    a fair chance, the seed decides. A title that names fireworks, a cathedral or a
    crown gets it (NAMED)."""
    named = motifs(direction.title)
    for subject, name in NAMED:
        if subject in named:
            return name
    rng = raster.rng_for(direction, "engraving-layout")
    lean = float(
        np.clip(0.5 + 1.6 * (0.5 * direction.energy + 0.5 * direction.density - 0.5), 0, 1)
    )
    if direction.genre == "classical":
        names = LAYOUTS
        weights = np.array([0.6 + 0.8 * (1.0 - lean), 0.75, 0.6 + 0.8 * lean])
    else:
        names = LANDSCAPES
        calm = [0.6 + 0.8 * (1.0 - lean), 0.7 + 0.4 * (1.0 - lean), 0.7 + 0.4 * lean]
        weights = np.array([*calm, 0.6 + 0.8 * lean])
        weights *= np.array(FAMILY_LEAN.get(direction.genre, (1.0, 1.0, 1.0, 1.0)))
    return names[int(rng.choice(len(names), p=weights / weights.sum()))]


def _band(direction: ArtDirection) -> float:
    """How deep the title's calm band is: its block and a gap, at most 0.42."""
    return float(np.clip(title_reach(direction) + 0.05, 0.26, 0.42))


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the engraving cover (RGB, size x size)."""
    name = layout_of(direction)
    rng = raster.rng_for(direction, "engraving")
    top = title_band(direction, rng) == "top"
    inks = _inks(direction)
    work = min(max(size, MIN_WORK), ENGRAVE_CAP)
    cover = np.zeros((work, work), np.float32)
    spot = np.zeros((work, work), np.float32)
    flat = np.zeros((work, work), np.float32)
    plate = Plate(work, cover, spot, flat, direction, rng, inks, _band(direction), top)
    focal = DRAW[name](plate)
    img = _print(plate, raster.work_size(size))
    img = raster.multiply(img, raster.paper(raster.rng_for(direction, "engraving-paper"), 0.05))
    img = raster.to_size(img, size)
    return Artwork(finish(img, direction, "engraving", 0.015), compose.clip_box(focal), name)


def _print(plate: Plate, side: int) -> Image.Image:
    """The paper with the panel, the ink and the accent laid on it, at `side`: the
    plate's layers reduced, or enlarged and their edges crisped again."""
    size = (side, side)
    out = Image.new("RGB", size, plate.inks.paper)
    for layer, colour in (
        (plate.flat, plate.inks.panel),
        (plate.cover, plate.inks.ink),
        (plate.spot, plate.inks.accent),
    ):
        if not layer.any():
            continue
        mask = raster.to_image(layer)
        if side < plate.side:
            mask = mask.resize(size, Image.Resampling.BOX)
        elif side > plate.side:
            mask = mask.resize(size, Image.Resampling.BICUBIC).point(CRISP)
        out = Image.composite(Image.new("RGB", size, colour), out, mask)
    return out
