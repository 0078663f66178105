"""Risograph: two or three riso inks screened and overprinted on paper, off register.

Compositions (riso_motifs, riso_bold): a striped sun over hills, huge overlapping
geometric figures cropped by the edges, giant leaves, the tempo as a huge numeral,
concentric arches, tower blocks with lit windows, stacked waves, a huge cropped star
or sunburst, a road to a vanishing point. The genre weighs which of them a track
gets (country draws the road, drill the towers, folk the leaves); the energy leans
calm tracks to leaves and arches, loud ones to stars and numbers; the seed picks
among the near ones and places everything.
genre + palette hues -> inks and stock (riso_inks: dark stock for drill and trap,
warm paper for folk and country), the seed trading ink roles and tinting the paper;
the energy curve, tempo and density -> the figure's measures; loudness -> dot gain;
density -> screen coarseness; seed -> the misregistration.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, Box, StyleInfo
from sleeve.engine.styles.cover_parts import riso_inks
from sleeve.engine.styles.cover_parts.riso_motifs import MOTIFS
from sleeve.engine.styles.cover_parts.riso_press import press

STYLE = StyleInfo(
    name="risograph",
    family="graphic",
    fits=("punk", "hiphop", "lofi", "rock", "folk", "pop", "jazz", "metal"),
)

CALM_TO_LOUD = ("botanical", "arches", "sun", "waves", "windows", "stack", "stars", "number")
RARITY = np.array([1.4, 0.7, 0.12, 0.45, 0.3, 1.4, 1.4, 0.35])  # sunsets, tempo numbers: rare
TURNABLE = ("arches", "stack", "botanical", "stars")  # no ground line: any side may be down
FAVOURITES = {  # genre -> motifs it draws most, likeliest first (the final review saw a
    # sea porthole on drill, a star badge on trap, a sunset on boom bap, a road on shoegaze)
    "drill": ("windows", "stack"),
    "trap": ("stars", "stack", "windows"),
    "hiphop": ("stack", "windows", "arches"),
    "rock": ("road", "stars", "number", "stack"),
    "shoegaze": ("waves", "arches", "botanical"),
    "dream_pop": ("arches", "waves", "botanical"),
    "post_punk": ("stack", "arches", "number"),
    "punk": ("stars", "number", "stack", "arches"),
    "hardcore": ("number", "stars", "stack"),
    "folk": ("botanical", "sun", "arches", "waves"),
    "country": ("road", "sun", "botanical", "stars"),
    "kpop": ("stars", "arches", "stack", "botanical"),
    "lofi": ("windows", "sun", "botanical", "waves"),
    "rnb": ("arches", "botanical", "waves"),
}


def _motif(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition: from the genre's favourites (weighted to the first), else by
    the energy over all of them."""
    sub = direction.language.subgenre
    favourites = FAVOURITES.get(sub if sub in FAVOURITES else direction.genre)
    if favourites:
        weights = np.array([5.0, 3.0, 2.0, 1.5][: len(favourites)])
        return favourites[int(rng.choice(len(favourites), p=weights / weights.sum()))]
    centre = direction.energy * (len(CALM_TO_LOUD) - 1)
    weights = (np.exp(-(((np.arange(len(CALM_TO_LOUD)) - centre) / 2.5) ** 2)) + 0.15) * RARITY
    return CALM_TO_LOUD[int(rng.choice(len(CALM_TO_LOUD), p=weights / weights.sum()))]


def _turn(plates: list[np.ndarray], focal: Box, rng: np.random.Generator) -> tuple:
    """The sheet turned a seeded quarter (and maybe mirrored), so an arch may rise
    from any edge and a fan of leaves grow from any side; the focal box turns too."""
    x0, y0, x1, y1 = focal
    if rng.random() < 0.5:
        plates, (x0, x1) = [np.fliplr(p) for p in plates], (1 - x1, 1 - x0)
    for _ in range(int(rng.integers(4))):  # a quarter turn anticlockwise
        plates, (x0, y0, x1, y1) = [np.rot90(p) for p in plates], (y0, 1 - x1, y1, 1 - x0)
    return [np.ascontiguousarray(p) for p in plates], (x0, y0, x1, y1)


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The print at `size`, before the finish."""
    rng = raster.rng_for(direction, "riso")
    paper = riso_inks.stock(direction)
    inks = riso_inks.choose(direction, rng, rgb_to_oklch(paper)[0] < 0.5)
    paper, inks = riso_inks.shuffle(paper, inks, raster.rng_for(direction, "riso-roles"))
    motif = _motif(direction, rng)
    plates, focal = MOTIFS[motif](direction, rng)
    if motif in TURNABLE:
        plates, focal = _turn(plates, focal, raster.rng_for(direction, "riso-turn"))
    cells = 38 + 34 * direction.density
    gain = 0.1 + 0.6 * direction.loudness
    ink_rng = raster.rng_for(direction, "riso-ink")
    image = press(plates, inks, paper, size, ink_rng, (cells, gain))
    return Artwork(image, focal)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the print at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "riso", 0.03)
    return Artwork(image, art.focal)
