"""Where a cover keeps its calm title zone: the band (top or bottom) that the title's
layout prefers, so a style can put its subject in the other part of the cover."""

from __future__ import annotations

import numpy as np

from sleeve.engine.direction import ArtDirection

TOP_FIRST = ("top-left", "vertical", "edge")
BOTTOM_FIRST = ("bottom-left",)


def title_side(direction: ArtDirection, rng: np.random.Generator) -> str:
    """'top' or 'bottom': where the title will most likely sit (the layout's first
    place; layouts that allow both are settled by the seed)."""
    if direction.layout in TOP_FIRST:
        return "top"
    if direction.layout in BOTTOM_FIRST:
        return "bottom"
    return "top" if rng.random() < 0.5 else "bottom"


def subject_y(side: str, offset: float) -> float:
    """The vertical centre for a subject pushed `offset` (fraction of the side) from the
    middle away from the title's band."""
    return 0.5 + offset if side == "top" else 0.5 - offset
