"""Where the title goes on a full-bleed marbled sheet: its side, its block's measure
(marbled_calm eases the marbling there) and the marbling's focus away from it."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import calm_zone
from sleeve.engine.typography import margin_for, set_title

CLEAR = -1  # the ink index of clear water (the ground shows through)
CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")
PROBE = 256  # the side of the blank frame the title's block is measured on


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


def focal(side: str) -> compose.Box:
    """The marbling the title keeps off: the cover away from its side."""
    if side in CORNERS:
        return calm_zone.away_from(side.split("-")[0])
    return calm_zone.away_from(side)


CLEARANCE = 0.05  # paper kept between the title's block and the art (share of the side)


def art_box(direction: ArtDirection, side: str) -> compose.Box:
    """The art's box (focal) cut back where the title's block reaches further into the
    cover (a three-line title), so a picture on plain paper never runs under it."""
    x0, y0, x1, y1 = focal(side)
    width, depth = title_block(direction)
    reach = margin_for(direction.layout) + CLEARANCE
    if side.startswith("top"):
        y0 = max(y0, min(reach + depth, 0.6))
    elif side.startswith("bottom"):
        y1 = min(y1, max(1.0 - reach - depth, 0.4))
    elif side == "right":
        x1 = min(x1, max(1.0 - reach - depth, 0.4))
    return x0, y0, x1, y1
