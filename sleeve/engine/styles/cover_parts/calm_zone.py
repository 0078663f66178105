"""Where the title will land on a cover whose style leaves it a calm zone: predicted
from the direction's title layout (the typography looks for the calmest place its
layout allows), so a style can keep that zone clear and report the rest as focal;
and how deep the title's block will run (title_depth) and how far from its edge it
reaches (title_reach), so a style can leave a band deep enough for a long title
instead of the typography shrinking it."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import numpy as np
from PIL import Image

from sleeve.engine.direction import ArtDirection
from sleeve.engine.scripts import is_cjk
from sleeve.engine.typography import margin_for, set_title

Box = tuple[float, float, float, float]
ZONES: dict[str, Box] = {
    "top": (0.0, 0.0, 1.0, 0.34),
    "bottom": (0.0, 0.66, 1.0, 1.0),
    "right": (0.64, 0.0, 1.0, 1.0),
    "centre": (0.0, 0.34, 1.0, 0.66),
}


def title_zone(direction: ArtDirection, rng: np.random.Generator) -> str:
    """Where the title will look for calm ground, from the direction's title layout: a
    band at the top or bottom, the right column (vertical CJK) or the middle."""
    layout = direction.layout
    if layout == "vertical":  # columns for CJK; any other script is set top-left
        return "right" if is_cjk(direction.title) else "top"
    if layout == "title-image":
        return "centre"
    if layout == "top-left":
        return "top"
    if layout == "bottom-left":
        return "bottom"
    return "top" if rng.random() < 0.5 else "bottom"


def away_from(zone: str) -> Box:
    """The part of the frame the art may fill (honest focal box) for a title zone."""
    return {
        "top": (0.0, 0.36, 1.0, 1.0),
        "bottom": (0.0, 0.0, 1.0, 0.64),
        "right": (0.0, 0.0, 0.62, 1.0),
        "centre": (0.0, 0.0, 1.0, 1.0),
    }[zone]


def title_band(direction: ArtDirection, rng: np.random.Generator) -> str:
    """'top' or 'bottom': the band a style keeps calm when its subject fills the rest
    of the height (a right column or a middle title leaves the top band)."""
    zone = title_zone(direction, rng)
    return zone if zone in ("top", "bottom") else "top"


def subject_y(side: str, offset: float) -> float:
    """The vertical centre for a subject pushed `offset` (fraction of the side) from the
    middle away from the title's band `side` ('top' or 'bottom')."""
    return 0.5 + offset if side == "top" else 0.5 - offset


DEPTH_PROBE = 256  # a smaller probe breaks some titles into fewer lines than the cover


def title_depth(direction: ArtDirection) -> float:
    """How tall (share of the side) the track's title block stands when set on a blank
    frame as the pipeline sets it; 0 for no title. The block does not depend on the
    seed (its title, layout, faces and language set it), so the turns of a track's
    seed that the service tries share one measure."""
    return _depth(replace(direction, seed=0))


def title_reach(direction: ArtDirection) -> float:
    """How far from its edge of the frame the title's block reaches (share of the
    side): the layout's margin (typography.margin_for) and the block (title_depth); 0
    for no title."""
    depth = title_depth(direction)
    return margin_for(direction.layout) + depth if depth else 0.0


@lru_cache(maxsize=256)
def _depth(direction: ArtDirection) -> float:
    if not direction.title:
        return 0.0
    blank = Image.new("RGB", (DEPTH_PROBE, DEPTH_PROBE), (20, 20, 30))
    box = set_title(blank, direction, None)[1].mask.getbbox()
    return 0.0 if box is None else (box[3] - box[1]) / DEPTH_PROBE
