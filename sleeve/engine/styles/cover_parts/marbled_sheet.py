"""The title's calm space on a full-bleed marbled sheet, made the way a marbler would:
drops of clear water laid where the title goes (they push the ink aside into a bunched
rim and leave the bare ground: a pool), a bay as wide and deep as the title's own
block, open to its edge; the marbling runs full-bleed everywhere else (two big drops
far past the edge left a plain band across the cover: a generic title block)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.runs import is_rtl
from sleeve.engine.styles.cover_parts import calm_zone
from sleeve.engine.typography import margin_for, set_title

CLEAR = -1  # the ink index of clear water (the ground shows through)
CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")
PROBE = 256  # the side of the blank frame the title's block is measured on
SHORE = 0.08  # clear water left round the title's block (share of the side)


def title_side(direction: ArtDirection) -> str:
    """Where the title will sit (its layout's calmest place, see title_spot): top,
    bottom, right (a CJK column), or a corner (a corner title); where a layout allows
    two places the seed picks one and the marbling leaves it calm."""
    rng = raster.rng_for(direction, "marbled-zone")
    if direction.layout == "corner":
        return CORNERS[int(rng.integers(4))]
    return calm_zone.title_zone(direction, rng)


@lru_cache(maxsize=256)
def _block(direction: ArtDirection) -> tuple[float, float]:
    """The title block's width and depth (shares of the side) as set on a blank frame."""
    if not direction.title:
        return 0.0, 0.0
    blank = Image.new("RGB", (PROBE, PROBE), (20, 20, 30))
    box = set_title(blank, direction, None)[1].mask.getbbox()
    return (0.0, 0.0) if box is None else ((box[2] - box[0]) / PROBE, (box[3] - box[1]) / PROBE)


def title_block(direction: ArtDirection) -> tuple[float, float]:
    """How wide and deep the title's block stands (shares of the side); the seed does
    not change it, so the turns of a track share one measure."""
    return _block(replace(direction, seed=0))


Pool = tuple[tuple[float, float], float]  # a drop of clear water: centre, radius


def pool_drops(
    side: str, block: tuple[float, float], margin: float, rng: np.random.Generator, rtl: bool
) -> list[Pool]:
    """Drops of clear water (centre, radius) over the title's block (`block`: width,
    depth; `margin` from the edge) on `side`: a row of drops along the block, centred
    near the edge, each reaching SHORE past the block's inner side, so the pool is a
    bay open to the edge with a scalloped shore (the caller spreads it unevenly); `rtl`:
    the block flush right on a top or bottom edge."""
    width, depth = max(block[0], 0.2), max(block[1], 0.08)
    if side == "right":  # a column down the right edge: the block turned
        width, depth = depth, width
    radius = margin + depth + SHORE - 0.02
    count = max(1, int(np.ceil(width / radius)))
    start, end = margin + radius * 0.3, margin + width - radius * 0.3
    along = np.linspace(start, max(start, end), count) + rng.uniform(-0.02, 0.02, count)
    wobble = rng.uniform(0.0, 0.03, count)
    if side == "right":
        return [((1.02 - w, float(y)), radius) for y, w in zip(along, wobble, strict=True)]
    top = side.startswith("top")
    flip = side.endswith("right") or (rtl and side in ("top", "bottom"))  # from the right
    drops = []
    for x, w in zip(along, wobble, strict=True):
        y = -0.02 + w if top else 1.02 - w
        drops.append(((float(1.0 - x if flip else x), float(y)), float(radius)))
    return drops


def pools(direction: ArtDirection, side: str, rng: np.random.Generator) -> list[Pool]:
    """The clear drops for the direction's title on `side` (pool_drops)."""
    rtl = is_rtl(direction.title)
    return pool_drops(side, title_block(direction), margin_for(direction.layout), rng, rtl)


def focal(side: str) -> compose.Box:
    """The marbling the title keeps off: the cover away from its side."""
    if side in CORNERS:
        return calm_zone.away_from(side.split("-")[0])
    return calm_zone.away_from(side)
